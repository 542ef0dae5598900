//! The history timeline: one list of check-ins, pauses, ruptures, repairs, reflections and
//! practice sessions, newest first.

use uuid::Uuid;

use super::{
    CheckInId, Moment, PartId, PauseId, PersonId, PracticeId, ReflectionId, RepairId, RuptureId,
    RuptureStatus, TalkId,
};

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
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "Check-in",
            EntryKind::Pause => "Pause",
            EntryKind::Rupture => "Rupture",
            EntryKind::Repair => "Repair",
            EntryKind::Reflection => "Reflection",
            EntryKind::Practice => "Practice",
            EntryKind::Talk => "Talk",
        }
    }

    /// A plural label, for a filter.
    pub fn plural(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "Check-ins",
            EntryKind::Pause => "Pauses",
            EntryKind::Rupture => "Ruptures",
            EntryKind::Repair => "Repairs",
            EntryKind::Reflection => "Reflections",
            EntryKind::Practice => "Practice",
            EntryKind::Talk => "Talks",
        }
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

/// One line of the timeline, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub kind: EntryKind,
    pub id: Uuid,
    pub at: Moment,
    /// The part's name, what happened, or the pause's length.
    pub headline: String,
    pub person: Option<String>,
    /// A short excerpt of a note, when there is one.
    pub detail: String,
    /// A status word, such as "open" or "came back early".
    pub status: Option<String>,
}

impl TimelineEntry {
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
