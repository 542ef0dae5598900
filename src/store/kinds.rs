//! The registry of record kinds: every kind Mend keeps, with its table, its list in an export
//! and its words. Counting, purging deleted records, the timeline, export and import all go
//! through it, so a kind is named in one place.

use std::fmt;

use crate::domain::EntryKind;
use crate::domain::i18n::{Args, Lang};

/// Every kind of record Mend keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Part,
    Person,
    Rupture,
    CheckIn,
    Pause,
    Repair,
    Reflection,
    OwnPhrase,
    Practice,
    /// One of our phrases kept as a favourite, known by its id in the content.
    Favourite,
    /// A line of the user's own in Help now.
    HelpLine,
    /// Two people, one phone: a talk it through.
    Talk,
    /// A sentence of the couple's shared words.
    Shared,
}

/// What the registry knows of a kind.
struct About {
    table: &'static str,
    /// Its list in an export file (and its field in [`Counts`]).
    list: &'static str,
    /// A word for one, in the store's messages (English, for the log and the import's
    /// reasons).
    one: &'static str,
    /// Deleted softly (`deleted_at_ms`), so it can be brought back for a while.
    soft_delete: bool,
    /// Its file among an export's CSV files.
    csv: &'static str,
}

impl Kind {
    /// In the order an export lists them, which is the order an import writes them: what
    /// others point at comes first (nothing points at a favourite or a talk). A file read as
    /// it arrives is imported a list at a time as each comes (`transfer::arriving`).
    pub const ALL: [Kind; 13] = [
        Kind::Part,
        Kind::Person,
        Kind::Rupture,
        Kind::CheckIn,
        Kind::Pause,
        Kind::Repair,
        Kind::Reflection,
        Kind::OwnPhrase,
        Kind::Favourite,
        Kind::Practice,
        Kind::HelpLine,
        Kind::Talk,
        Kind::Shared,
    ];

    /// The order a summary names them in: what people do most, first.
    const SUMMARY: [Kind; 13] = [
        Kind::CheckIn,
        Kind::Pause,
        Kind::Rupture,
        Kind::Repair,
        Kind::Talk,
        Kind::Reflection,
        Kind::Practice,
        Kind::OwnPhrase,
        Kind::Favourite,
        Kind::Part,
        Kind::Person,
        Kind::HelpLine,
        Kind::Shared,
    ];

    fn about(self) -> About {
        let (table, list, one, soft_delete, csv) = match self {
            Kind::Part => ("parts", "parts", "part", false, "parts.csv"),
            Kind::Person => ("people", "people", "person", false, "people.csv"),
            Kind::Rupture => ("ruptures", "ruptures", "rupture", true, "ruptures.csv"),
            Kind::CheckIn => ("checkins", "checkins", "check-in", true, "checkins.csv"),
            Kind::Pause => ("pauses", "pauses", "pause", true, "pauses.csv"),
            Kind::Repair => ("repairs", "repairs", "repair", true, "repairs.csv"),
            Kind::Reflection => (
                "reflections",
                "reflections",
                "reflection",
                true,
                "reflections.csv",
            ),
            Kind::OwnPhrase => (
                "own_phrases",
                "own_phrases",
                "phrase of your own",
                true,
                "phrases.csv",
            ),
            Kind::Practice => (
                "practice_sessions",
                "practice_sessions",
                "practice session",
                true,
                "practice_cards.csv",
            ),
            Kind::Favourite => (
                "phrase_favourites",
                "favourite_phrases",
                "favourite phrase",
                false,
                "favourite_phrases.csv",
            ),
            Kind::HelpLine => (
                "help_lines",
                "help_lines",
                "line of your own",
                true,
                "help_lines.csv",
            ),
            Kind::Talk => ("talks", "talks", "talk", true, "talks.csv"),
            Kind::Shared => (
                "shared_words",
                "shared_words",
                "shared sentence",
                true,
                "shared_words.csv",
            ),
        };
        About {
            table,
            list,
            one,
            soft_delete,
            csv,
        }
    }

    /// The table its records live in.
    pub fn table(self) -> &'static str {
        self.about().table
    }

    /// Its file among an export's CSV files.
    pub fn csv_file(self) -> &'static str {
        self.about().csv
    }

    /// Its list in an export file.
    pub fn list(self) -> &'static str {
        self.about().list
    }

    /// A word for one, in messages.
    pub fn word(self) -> &'static str {
        self.about().one
    }

    /// Words for `n` of them: "1 pause", "3 pauses".
    pub fn count(self, n: usize) -> String {
        self.count_in(Lang::ENGLISH, n)
    }

    /// Words for `n` of them in `lang`: "3 pauses", "3 pausas".
    pub fn count_in(self, lang: Lang, n: usize) -> String {
        let mut args = Args::new();
        args.set("count", n);
        lang.tr(&format!("data-count-{}", self.list()), Some(&args))
    }

    /// Words for one of them, with its article, in `lang`: "a pause", "una pausa".
    pub fn one_in(self, lang: Lang) -> String {
        lang.word("data-one", self.list())
    }

    /// Whether deleting one keeps it a while, so it can be brought back.
    pub fn soft_delete(self) -> bool {
        self.about().soft_delete
    }
}

impl From<EntryKind> for Kind {
    fn from(kind: EntryKind) -> Kind {
        match kind {
            EntryKind::CheckIn => Kind::CheckIn,
            EntryKind::Pause => Kind::Pause,
            EntryKind::Rupture => Kind::Rupture,
            EntryKind::Repair => Kind::Repair,
            EntryKind::Reflection => Kind::Reflection,
            EntryKind::Practice => Kind::Practice,
            EntryKind::Talk => Kind::Talk,
        }
    }
}

/// How many records of each kind. A favourite counts as one record, and so does a practice
/// session with its cards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub parts: usize,
    pub people: usize,
    pub ruptures: usize,
    pub checkins: usize,
    pub pauses: usize,
    pub repairs: usize,
    pub reflections: usize,
    pub own_phrases: usize,
    pub favourite_phrases: usize,
    pub practice_sessions: usize,
    pub help_lines: usize,
    pub talks: usize,
    pub shared_words: usize,
}

impl Counts {
    /// The count of one kind.
    pub fn of(&mut self, kind: Kind) -> &mut usize {
        match kind {
            Kind::Part => &mut self.parts,
            Kind::Person => &mut self.people,
            Kind::Rupture => &mut self.ruptures,
            Kind::CheckIn => &mut self.checkins,
            Kind::Pause => &mut self.pauses,
            Kind::Repair => &mut self.repairs,
            Kind::Reflection => &mut self.reflections,
            Kind::OwnPhrase => &mut self.own_phrases,
            Kind::Favourite => &mut self.favourite_phrases,
            Kind::Practice => &mut self.practice_sessions,
            Kind::HelpLine => &mut self.help_lines,
            Kind::Talk => &mut self.talks,
            Kind::Shared => &mut self.shared_words,
        }
    }

    pub fn get(mut self, kind: Kind) -> usize {
        *self.of(kind)
    }

    pub fn total(&self) -> usize {
        Kind::ALL.iter().map(|k| self.get(*k)).sum()
    }
}

impl Counts {
    /// "3 check-ins, 1 reflection", or "nothing", in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        let parts: Vec<String> = Kind::SUMMARY
            .iter()
            .filter(|k| self.get(**k) > 0)
            .map(|k| k.count_in(lang, self.get(*k)))
            .collect();
        if parts.is_empty() {
            crate::t!(lang, "data-nothing")
        } else {
            parts.join(", ")
        }
    }
}

impl fmt::Display for Counts {
    /// "3 check-ins, 1 reflection", or "nothing".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(Lang::ENGLISH))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_table_list_and_count() {
        let mut counts = Counts::default();
        for (i, kind) in Kind::ALL.iter().enumerate() {
            *counts.of(*kind) = i + 1;
            assert!(!kind.word().is_empty());
        }
        assert_eq!(counts.total(), (1..=13).sum::<usize>());
        let tables: std::collections::HashSet<_> = Kind::ALL.iter().map(|k| k.table()).collect();
        let lists: std::collections::HashSet<_> = Kind::ALL.iter().map(|k| k.list()).collect();
        assert_eq!((tables.len(), lists.len()), (13, 13));
        // The field of Counts for a kind is named after its list.
        let json = serde_json::to_value(counts).unwrap();
        for kind in Kind::ALL {
            assert_eq!(json[kind.list()], counts.get(kind), "{kind:?}");
        }
    }

    #[test]
    fn summaries_name_every_kind_once_in_plain_words() {
        assert_eq!(Counts::default().to_string(), "nothing");
        let one = Counts {
            checkins: 3,
            people: 1,
            ..Counts::default()
        };
        assert_eq!(one.to_string(), "3 check-ins, 1 person");
        let mut seen = Kind::SUMMARY.to_vec();
        seen.sort_by_key(|k| k.table());
        let mut all = Kind::ALL.to_vec();
        all.sort_by_key(|k| k.table());
        assert_eq!(seen, all);
    }
}
