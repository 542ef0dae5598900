//! Practice sessions: the cards done in one sitting, each a situation, the response chosen
//! or written, and which of the gentle checks it met.

pub(super) const V1: &str = "
CREATE TABLE practice_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    at_ms INTEGER NOT NULL,
    at_offset_s INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
CREATE INDEX practice_timeline ON practice_sessions (at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;
CREATE TABLE practice_cards (
    session_id TEXT NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    situation_id TEXT NOT NULL,
    situation TEXT NOT NULL,
    response TEXT NOT NULL CHECK (length(response) BETWEEN 1 AND 10000),
    chosen INTEGER,
    met TEXT NOT NULL DEFAULT '',
    at_ms INTEGER NOT NULL,
    PRIMARY KEY (session_id, position)
) STRICT;
";
