//! Full-text search: FTS5 indexes over the text of check-ins, ruptures and repairs (and of
//! reflections and talks, whose indexes are made with their tables), kept in step by
//! triggers. The indexes read their text from the tables themselves (external
//! content), so words are not stored twice; names of parts and people are matched apart.

pub(super) const V1: &str = "
CREATE VIRTUAL TABLE checkins_fts USING fts5(
    note, fears, body,
    content = 'checkins', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER checkins_fts_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO checkins_fts (rowid, note, fears, body) VALUES (new.rowid, new.note, new.fears, new.body);
END;
CREATE TRIGGER checkins_fts_delete AFTER DELETE ON checkins BEGIN
    INSERT INTO checkins_fts (checkins_fts, rowid, note, fears, body)
        VALUES ('delete', old.rowid, old.note, old.fears, old.body);
END;
CREATE TRIGGER checkins_fts_update AFTER UPDATE OF note, fears, body ON checkins BEGIN
    INSERT INTO checkins_fts (checkins_fts, rowid, note, fears, body)
        VALUES ('delete', old.rowid, old.note, old.fears, old.body);
    INSERT INTO checkins_fts (rowid, note, fears, body) VALUES (new.rowid, new.note, new.fears, new.body);
END;
INSERT INTO checkins_fts (checkins_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE ruptures_fts USING fts5(
    what,
    content = 'ruptures', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER ruptures_fts_insert AFTER INSERT ON ruptures BEGIN
    INSERT INTO ruptures_fts (rowid, what) VALUES (new.rowid, new.what);
END;
CREATE TRIGGER ruptures_fts_delete AFTER DELETE ON ruptures BEGIN
    INSERT INTO ruptures_fts (ruptures_fts, rowid, what) VALUES ('delete', old.rowid, old.what);
END;
CREATE TRIGGER ruptures_fts_update AFTER UPDATE OF what ON ruptures BEGIN
    INSERT INTO ruptures_fts (ruptures_fts, rowid, what) VALUES ('delete', old.rowid, old.what);
    INSERT INTO ruptures_fts (rowid, what) VALUES (new.rowid, new.what);
END;
INSERT INTO ruptures_fts (ruptures_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE repairs_fts USING fts5(
    notice_note, find_self_note, listen_note, acknowledge_note, respond_note, intention,
    phrases, felt,
    content = 'repairs', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER repairs_fts_insert AFTER INSERT ON repairs BEGIN
    INSERT INTO repairs_fts (rowid, notice_note, find_self_note, listen_note, acknowledge_note,
        respond_note, intention, phrases, felt)
    VALUES (new.rowid, new.notice_note, new.find_self_note, new.listen_note,
        new.acknowledge_note, new.respond_note, new.intention, new.phrases, new.felt);
END;
CREATE TRIGGER repairs_fts_delete AFTER DELETE ON repairs BEGIN
    INSERT INTO repairs_fts (repairs_fts, rowid, notice_note, find_self_note, listen_note,
        acknowledge_note, respond_note, intention, phrases, felt)
    VALUES ('delete', old.rowid, old.notice_note, old.find_self_note, old.listen_note,
        old.acknowledge_note, old.respond_note, old.intention, old.phrases, old.felt);
END;
CREATE TRIGGER repairs_fts_update AFTER UPDATE OF notice_note, find_self_note, listen_note,
    acknowledge_note, respond_note, intention, phrases, felt ON repairs BEGIN
    INSERT INTO repairs_fts (repairs_fts, rowid, notice_note, find_self_note, listen_note,
        acknowledge_note, respond_note, intention, phrases, felt)
    VALUES ('delete', old.rowid, old.notice_note, old.find_self_note, old.listen_note,
        old.acknowledge_note, old.respond_note, old.intention, old.phrases, old.felt);
    INSERT INTO repairs_fts (rowid, notice_note, find_self_note, listen_note, acknowledge_note,
        respond_note, intention, phrases, felt)
    VALUES (new.rowid, new.notice_note, new.find_self_note, new.listen_note,
        new.acknowledge_note, new.respond_note, new.intention, new.phrases, new.felt);
END;
INSERT INTO repairs_fts (repairs_fts) VALUES ('rebuild');
";

/// The full-text tables, for housekeeping.
pub(super) const FTS_TABLES: [&str; 5] = [
    "checkins_fts",
    "ruptures_fts",
    "repairs_fts",
    "reflections_fts",
    "talks_fts",
];

/// Turns what the user typed into an FTS5 query: every word must appear, each as the start
/// of a word ("dish" finds "dishes"). Quotes and operators typed by the user are taken as
/// plain text. `None` when nothing searchable was typed.
pub fn fts_query(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_from_typing() {
        let check = |typed: &str, expected: Option<&str>| {
            assert_eq!(fts_query(typed).as_deref(), expected, "{typed:?}")
        };
        check("dishes", Some("\"dishes\"*"));
        check("  Number 7 ", Some("\"Number\"* \"7\"*"));
        check("sure_of", Some("\"sure\"* \"of\"*"));
        check("\"quoted\" OR NOT", Some("\"quoted\"* \"OR\"* \"NOT\"*"));
        check("100%", Some("\"100\"*"));
        check("Ölkrise שלום", Some("\"Ölkrise\"* \"שלום\"*"));
        check("  %%% ", None);
        check("", None);
    }
}
