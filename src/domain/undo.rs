//! What can be undone from the toast, for a while after it was done.

use super::{EntryKind, HelpLineId, PartId, PhraseId};

/// Something just done that can be undone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Undo {
    /// A record of the timeline deleted (softly).
    Delete(EntryKind, uuid::Uuid),
    ArchivePart(PartId),
    DeletePhrase(PhraseId),
    DeleteHelpLine(HelpLineId),
}

impl Undo {
    /// What to say once it is undone.
    pub fn undone(self) -> &'static str {
        match self {
            Undo::Delete(EntryKind::CheckIn, _) => "The check-in is back.",
            Undo::Delete(EntryKind::Pause, _) => "The pause is back.",
            Undo::Delete(EntryKind::Rupture, _) => "The rupture is back.",
            Undo::Delete(EntryKind::Repair, _) => "The repair is back.",
            Undo::Delete(EntryKind::Reflection, _) => "The reflection is back.",
            Undo::Delete(EntryKind::Practice, _) => "The practice session is back.",
            Undo::DeletePhrase(_) => "The phrase is back.",
            Undo::DeleteHelpLine(_) => "The line is back.",
            Undo::ArchivePart(_) => "The part is back.",
        }
    }
}
