//! The pure heart of Mend: types, rules, the pause state machine and the repair steps.
//!
//! Nothing here does IO. The current time is always passed in as a [`Moment`].

pub mod alerts;
pub mod checkin;
pub mod content;
pub mod help;
pub mod i18n;
pub mod ids;
pub mod kept;
pub mod language;
pub mod levels;
pub mod links;
pub mod lock;
pub mod part;
pub mod pause;
pub mod practice;
pub mod reflection;
pub mod repair;
pub mod rupture;
pub mod talk;
pub mod text;
pub mod time;
pub mod timeline;
pub mod together;
pub mod undo;

pub use checkin::{AgeBand, CheckIn, Place, SelfQuality, Suggestion};
pub use ids::{
    CheckInId, HelpLineId, PartId, PauseId, PersonId, PhraseId, PracticeId, ReflectionId, RepairId,
    RuptureId, SharedId, TalkId,
};
pub use kept::Kept;
pub use levels::{Level, Severity};
pub use pause::{Pause, PauseEnd, PauseLength, PausePhase};
pub use repair::{Repair, RepairOutcome, RepairStage, RepairStep};
pub use rupture::{Rupture, RuptureStatus};
pub use text::{Name, Note, TextError};
pub use time::Moment;
pub use timeline::{Cursor, EntryId, EntryKind, TimelineEntry, TimelineFilter};
pub use undo::Undo;

/// Something the user keeps a list of and picks from: a part of them, or a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named<Id> {
    pub id: Id,
    pub name: String,
}

/// A part of the user, as shown on the check-in chips.
pub type Part = Named<PartId>;
/// Someone the user is in relationship with.
pub type Person = Named<PersonId>;

/// The parts a new user starts with, so that even the first check-in needs no typing, named
/// in `lang`. Once written they are the person's own, to rename as they like.
pub fn starter_parts(lang: i18n::Lang) -> [String; 4] {
    [
        crate::t!(lang, "parts-starter-angry"),
        crate::t!(lang, "parts-starter-worried"),
        crate::t!(lang, "parts-starter-critic"),
        crate::t!(lang, "parts-starter-leave"),
    ]
}
