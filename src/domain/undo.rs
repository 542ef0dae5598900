//! What can be undone from the toast, for a while after it was done.

use super::{EntryId, EntryKind, HelpLineId, PartId, PhraseId, SharedId};

/// Something just done that can be undone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Undo {
    /// A record of the timeline deleted (softly).
    Delete(EntryId),
    ArchivePart(PartId),
    DeletePhrase(PhraseId),
    DeleteHelpLine(HelpLineId),
    /// A sentence taken out of the shared words.
    DeleteShared(SharedId),
}

impl Undo {
    /// What to say once it is undone.
    pub fn undone(self) -> &'static str {
        match self {
            Undo::Delete(entry) => match entry.kind() {
                EntryKind::CheckIn => "The check-in is back.",
                EntryKind::Pause => "The pause is back.",
                EntryKind::Rupture => "The rupture is back.",
                EntryKind::Repair => "The repair is back.",
                EntryKind::Reflection => "The reflection is back.",
                EntryKind::Practice => "The practice session is back.",
                EntryKind::Talk => "The talk is back.",
            },
            Undo::DeletePhrase(_) => "The phrase is back.",
            Undo::DeleteHelpLine(_) => "The line is back.",
            Undo::DeleteShared(_) => "The sentence is back.",
            Undo::ArchivePart(_) => "The part is back.",
        }
    }
}
