//! The history timeline: one list of check-ins, pauses, ruptures, repairs, reflections and
//! practice sessions, newest first.

use uuid::Uuid;

use super::content::library_in;
use super::i18n::Lang;
use super::kept::Code;
use super::pause::{PauseEnd, duration};
use super::practice::Band;
use super::talk::{TalkStage, status_word};
use super::text::excerpt;
use super::together::kept_in;
use super::{
    CheckInId, Moment, PartId, PauseId, PersonId, PracticeId, ReflectionId, RepairId,
    RepairOutcome, RuptureId, RuptureStatus, TalkId,
};
use crate::t;

/// The kinds of record on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    CheckIn,
    Pause,
    Rupture,
    Repair,
    Reflection,
    Practice,
    Talk,
}

impl EntryKind {
    pub const ALL: [EntryKind; 7] = [
        EntryKind::CheckIn,
        EntryKind::Pause,
        EntryKind::Rupture,
        EntryKind::Repair,
        EntryKind::Reflection,
        EntryKind::Practice,
        EntryKind::Talk,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "checkin",
            EntryKind::Pause => "pause",
            EntryKind::Rupture => "rupture",
            EntryKind::Repair => "repair",
            EntryKind::Reflection => "reflection",
            EntryKind::Practice => "practice",
            EntryKind::Talk => "talk",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// A singular label, for a badge.
    pub fn label(self, lang: Lang) -> String {
        lang.word("entry", self.code())
    }

    /// A plural label, for a filter.
    pub fn plural(self, lang: Lang) -> String {
        lang.word("entries", self.code())
    }
}

impl std::fmt::Display for EntryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for EntryKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_code(s).ok_or_else(|| format!("no such kind: {s}"))
    }
}

/// One record of the timeline, by its own kind of id: what the detail screen shows, what a
/// delete takes away and its undo brings back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryId {
    CheckIn(CheckInId),
    Pause(PauseId),
    Rupture(RuptureId),
    Repair(RepairId),
    Reflection(ReflectionId),
    Practice(PracticeId),
    Talk(TalkId),
}

/// `EntryId::from` for each kind of id, and its kind.
macro_rules! entry_ids {
    ($($variant:ident($id:ty)),*) => {
        impl EntryId {
            /// The entry of `kind` with this UUID (a timeline row, a route's address).
            pub fn of(kind: EntryKind, id: Uuid) -> Self {
                match kind {
                    $(EntryKind::$variant => EntryId::$variant(<$id>::from(id)),)*
                }
            }

            pub fn kind(self) -> EntryKind {
                match self {
                    $(EntryId::$variant(_) => EntryKind::$variant,)*
                }
            }

            /// The UUID, for SQL and for addresses.
            pub fn uuid(self) -> Uuid {
                match self {
                    $(EntryId::$variant(id) => id.0,)*
                }
            }
        }

        $(impl From<$id> for EntryId {
            fn from(id: $id) -> Self {
                EntryId::$variant(id)
            }
        })*
    };
}

entry_ids!(
    CheckIn(CheckInId),
    Pause(PauseId),
    Rupture(RuptureId),
    Repair(RepairId),
    Reflection(ReflectionId),
    Practice(PracticeId),
    Talk(TalkId)
);

/// Where a page ends: the next page starts after this entry (keyset paging).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub at_ms: i64,
    pub id: Uuid,
}

/// One line of the timeline: the record, and what it shows of itself as kept (its lines
/// are said in the reader's language by [`TimelineEntry::lines`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub kind: EntryKind,
    pub id: Uuid,
    pub at: Moment,
    pub person: Option<String>,
    pub shown: Shown,
}

/// What a record shows of itself in the timeline: its own words and codes, as kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    CheckIn {
        part: String,
        note: String,
    },
    Pause {
        /// What happened, when it is about a rupture.
        about: String,
        length: chrono::TimeDelta,
        /// How it ended (a code), while it hasn't `None`.
        end: Option<String>,
    },
    Rupture {
        what: String,
        size: i64,
        status: Option<String>,
    },
    Repair {
        what: String,
        intention: String,
        outcome: Option<String>,
    },
    Reflection {
        /// The prompt as it was kept, and its id: shown in the reader's language by its id.
        prompt: String,
        prompt_id: Option<String>,
        answer: String,
        self_level: Option<i64>,
    },
    Practice {
        /// The first card's situation as it was kept, and its id, as for a prompt.
        first_card: String,
        first_card_id: Option<String>,
        cards: i64,
    },
    Together {
        /// Who it was for (a band's code).
        band: String,
        feeling: String,
        sentence: String,
        swapped: bool,
    },
    Talk {
        about: String,
        /// Each one's "next time", a line each.
        intentions: String,
        /// Where it stands (a stage's code, or "repaired").
        stage: Option<String>,
    },
}

/// A record's lines in the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Lines {
    /// The part's name, what happened, or the pause's length.
    pub headline: String,
    /// A short excerpt of a note, when there is one.
    pub detail: String,
    /// A status word, such as "open" or "came back early".
    pub status: Option<String>,
}

impl TimelineEntry {
    /// The record's lines, in the reader's language.
    pub fn lines(&self, lang: Lang) -> Lines {
        let (headline, detail, status) = match &self.shown {
            Shown::CheckIn { part, note } => (part.clone(), excerpt(note, 120), None),
            Shown::Pause { about, length, end } => (
                t!(lang, "line-pause", length = duration(lang, *length)),
                if about.is_empty() {
                    String::new()
                } else {
                    t!(lang, "line-about", what = excerpt(about, 100))
                },
                Some(match end.as_deref().and_then(PauseEnd::from_code) {
                    Some(end) => end.label(lang),
                    None => t!(lang, "pause-end-none"),
                }),
            ),
            Shown::Rupture { what, size, status } => (
                excerpt(what, 120),
                t!(lang, "line-size", size = *size),
                status
                    .as_deref()
                    .and_then(RuptureStatus::from_code)
                    .map(|s| s.label(lang)),
            ),
            Shown::Repair {
                what,
                intention,
                outcome,
            } => (
                t!(lang, "line-repairing", what = excerpt(what, 100)),
                excerpt(intention, 120),
                Some(
                    match outcome.as_deref().and_then(RepairOutcome::from_code) {
                        Some(outcome) => outcome.label(lang),
                        None => t!(lang, "repair-outcome-none"),
                    },
                ),
            ),
            Shown::Reflection {
                prompt,
                prompt_id,
                answer,
                self_level,
            } => (
                excerpt(
                    &library_in(lang).prompt_or(prompt_id.as_deref().unwrap_or(""), prompt),
                    120,
                ),
                excerpt(answer, 120),
                self_level.map(|level| t!(lang, "line-self", level = level)),
            ),
            Shown::Together {
                band,
                feeling,
                sentence,
                swapped,
            } => (
                t!(
                    lang,
                    "line-together",
                    band = Band::from_code(band)
                        .map_or(band.clone(), |b| b.label(lang).to_lowercase())
                ),
                t!(
                    lang,
                    "line-felt",
                    feeling = excerpt(&kept_in(lang, feeling), 40),
                    sentence = excerpt(&kept_in(lang, sentence), 100)
                ),
                swapped.then(|| t!(lang, "line-swapped")),
            ),
            Shown::Practice {
                first_card,
                first_card_id,
                cards,
            } => (
                t!(lang, "line-cards", count = *cards),
                excerpt(
                    &library_in(lang)
                        .situation_or(first_card_id.as_deref().unwrap_or(""), first_card),
                    120,
                ),
                None,
            ),
            Shown::Talk {
                about,
                intentions,
                stage,
            } => (
                if about.is_empty() {
                    t!(lang, "line-talk")
                } else {
                    t!(lang, "line-talk-about", what = excerpt(about, 100))
                },
                if intentions.is_empty() {
                    String::new()
                } else {
                    t!(
                        lang,
                        "line-next-time",
                        words = excerpt(&intentions.replace('\n', " · "), 120)
                    )
                },
                Some(match stage.as_deref() {
                    Some("repaired") => status_word(lang, TalkStage::Done, true),
                    code => status_word(
                        lang,
                        code.and_then(TalkStage::from_code)
                            .unwrap_or(TalkStage::Ready),
                        false,
                    ),
                }),
            ),
        };
        Lines {
            headline,
            detail,
            status,
        }
    }

    /// Which record it is.
    pub fn entry(&self) -> EntryId {
        EntryId::of(self.kind, self.id)
    }

    pub fn cursor(&self) -> Cursor {
        Cursor {
            at_ms: self.at.timestamp_millis(),
            id: self.id,
        }
    }
}

/// What to show. The default shows everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineFilter {
    pub kind: Option<EntryKind>,
    pub person: Option<PersonId>,
    pub part: Option<PartId>,
    /// Ruptures with this status, and repairs of such ruptures.
    pub status: Option<RuptureStatus>,
    /// Words to look for in names and notes.
    pub text: String,
}

impl TimelineFilter {
    /// Whether any filter narrows the list.
    pub fn is_narrowed(&self) -> bool {
        self != &TimelineFilter::default()
    }

    /// Whether records of this kind can match at all.
    pub fn admits(&self, kind: EntryKind) -> bool {
        if self.kind.is_some_and(|k| k != kind) {
            return false;
        }
        if self.part.is_some() && kind != EntryKind::CheckIn {
            return false;
        }
        if self.person.is_some() && matches!(kind, EntryKind::Reflection | EntryKind::Practice) {
            return false;
        }
        if self.status.is_some() && !matches!(kind, EntryKind::Rupture | EntryKind::Repair) {
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_admit_kinds() {
        let all = TimelineFilter::default();
        assert!(!all.is_narrowed());
        assert!(EntryKind::ALL.iter().all(|k| all.admits(*k)));

        let by_part = TimelineFilter {
            part: Some(PartId::random()),
            ..Default::default()
        };
        assert!(by_part.is_narrowed());
        assert_eq!(
            EntryKind::ALL.map(|k| by_part.admits(k)),
            [true, false, false, false, false, false, false]
        );

        let by_status = TimelineFilter {
            status: Some(RuptureStatus::Open),
            ..Default::default()
        };
        assert_eq!(
            EntryKind::ALL.map(|k| by_status.admits(k)),
            [false, false, true, true, false, false, false]
        );

        let by_person = TimelineFilter {
            person: Some(PersonId::random()),
            ..Default::default()
        };
        assert_eq!(
            EntryKind::ALL.map(|k| by_person.admits(k)),
            [true, true, true, true, false, false, true]
        );

        let pauses = TimelineFilter {
            kind: Some(EntryKind::Pause),
            ..Default::default()
        };
        assert_eq!(
            EntryKind::ALL.map(|k| pauses.admits(k)),
            [false, true, false, false, false, false, false]
        );
    }

    #[test]
    fn kind_codes_round_trip() {
        for k in EntryKind::ALL {
            assert_eq!(EntryKind::from_code(k.code()), Some(k));
        }
    }
}
