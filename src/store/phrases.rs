//! Repair phrases: favourites among ours (kept by their id in `assets/content/phrases.toml`)
//! and the user's own phrases, tagged like ours.

pub(super) const V1: &str = "
CREATE TABLE phrase_favourites (
    phrase_id TEXT PRIMARY KEY NOT NULL,
    created_at_ms INTEGER NOT NULL
) STRICT;
CREATE TABLE own_phrases (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    step TEXT NOT NULL CHECK (step IN ('notice', 'find_self', 'listen', 'acknowledge', 'respond', 'intention')),
    audience TEXT NOT NULL CHECK (audience IN ('partner', 'child_2_4', 'child_5_8', 'child_9_12', 'teen', 'myself')),
    why TEXT NOT NULL DEFAULT '',
    favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
    created_at_ms INTEGER NOT NULL,
    created_offset_s INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
";
