//! Reflections: at most one a day, the answer to that day's prompt, with an optional Self
//! score. The day is the user's local date when they first wrote.

pub(super) const V1: &str = "
CREATE TABLE reflections (
    id TEXT PRIMARY KEY NOT NULL,
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    prompt_id TEXT NOT NULL,
    prompt TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (length(answer) BETWEEN 1 AND 10000),
    self_level INTEGER CHECK (self_level BETWEEN 0 AND 10),
    at_ms INTEGER NOT NULL,
    at_offset_s INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
CREATE UNIQUE INDEX reflections_day ON reflections (day) WHERE deleted_at_ms IS NULL;
CREATE INDEX reflections_timeline ON reflections (at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;

CREATE VIRTUAL TABLE reflections_fts USING fts5(
    prompt, answer,
    content = 'reflections', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER reflections_fts_insert AFTER INSERT ON reflections BEGIN
    INSERT INTO reflections_fts (rowid, prompt, answer) VALUES (new.rowid, new.prompt, new.answer);
END;
CREATE TRIGGER reflections_fts_delete AFTER DELETE ON reflections BEGIN
    INSERT INTO reflections_fts (reflections_fts, rowid, prompt, answer)
        VALUES ('delete', old.rowid, old.prompt, old.answer);
END;
CREATE TRIGGER reflections_fts_update AFTER UPDATE OF prompt, answer ON reflections BEGIN
    INSERT INTO reflections_fts (reflections_fts, rowid, prompt, answer)
        VALUES ('delete', old.rowid, old.prompt, old.answer);
    INSERT INTO reflections_fts (rowid, prompt, answer) VALUES (new.rowid, new.prompt, new.answer);
END;
";
