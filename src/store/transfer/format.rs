//! The export file format, version 5 (documented in `docs/export-format.md`, with what
//! changed since version 1). Every record keeps its UUID and its timestamps with their
//! offsets, so files can be imported, merged and imported again without clashes.

//!
//! Each kind's record, as the file writes it, is declared in its table's file beside its
//! columns, and named here for readers of the format.

use serde::{Deserialize, Serialize};

use crate::store::kinds::Kind;

pub use crate::store::checkins::CheckInRec;
pub use crate::store::help_lines::HelpLineRec;
pub use crate::store::named::PersonRec;
pub use crate::store::parts::PartRec;
pub use crate::store::pauses::PauseRec;
pub use crate::store::phrases::OwnPhraseRec;
pub use crate::store::practice::{PracticeCardRec, PracticeSessionRec, TogetherRec};
pub use crate::store::record::Stamp;
pub use crate::store::reflections::ReflectionRec;
pub use crate::store::repairs::{RepairRec, StepNotesRec};
pub use crate::store::ruptures::RuptureRec;
pub use crate::store::talks::{SharedRec, TalkRec, TurnRec};

/// The value of the `format` field, telling a Mend export from any other JSON.
pub const FORMAT: &str = "mend-export";
/// The format version this build writes and reads. A file with a higher number is refused;
/// a file with a lower one is read, with what its version did not have left as it is here.
pub const FORMAT_VERSION: u32 = 5;
/// The first version with reflections, phrases, practice and the parts' details.
pub const REFLECT_AND_PRACTISE: u32 = 2;
/// The first version with Practise together (practice sessions of kind "together") and the
/// user's own lines in Help now.
pub const TOGETHER_AND_HELP: u32 = 3;

/// The whole file. Records are kept as raw JSON here so that each can be checked, and
/// rejected with a reason, on its own. Its lists are written in the order of [`Kind::ALL`],
/// the order an import writes them, so a file can be imported as it arrives.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportFile<R = serde_json::Value> {
    pub format: String,
    pub format_version: u32,
    /// When the file was written. Mend always writes it; a file without it is read all the
    /// same (the format does not require it).
    #[serde(default)]
    pub exported_at: Option<Stamp>,
    /// The version of Mend that wrote it, for people reading the file; not required.
    #[serde(default)]
    pub app_version: Option<String>,
    #[serde(default = "Vec::new")]
    pub parts: Vec<R>,
    #[serde(default = "Vec::new")]
    pub people: Vec<R>,
    #[serde(default = "Vec::new")]
    pub ruptures: Vec<R>,
    #[serde(default = "Vec::new")]
    pub checkins: Vec<R>,
    #[serde(default = "Vec::new")]
    pub pauses: Vec<R>,
    #[serde(default = "Vec::new")]
    pub repairs: Vec<R>,
    /// Since version 2.
    #[serde(default = "Vec::new")]
    pub reflections: Vec<R>,
    /// Since version 2.
    #[serde(default = "Vec::new")]
    pub own_phrases: Vec<R>,
    /// The ids of our phrases kept as favourites, each a JSON string. Since version 2.
    #[serde(default = "Vec::new")]
    pub favourite_phrases: Vec<R>,
    /// Since version 2; of kind "together" since version 3.
    #[serde(default = "Vec::new")]
    pub practice_sessions: Vec<R>,
    /// The user's own lines in Help now. Since version 3.
    #[serde(default = "Vec::new")]
    pub help_lines: Vec<R>,
    /// Talks it through, two people with one phone. Since version 5.
    #[serde(default = "Vec::new")]
    pub talks: Vec<R>,
    /// The couple's shared words. Since version 5.
    #[serde(default = "Vec::new")]
    pub shared_words: Vec<R>,
}

impl<R> ExportFile<R> {
    /// The file's records of one kind.
    pub fn list(&self, kind: Kind) -> &[R] {
        match kind {
            Kind::Part => &self.parts,
            Kind::Person => &self.people,
            Kind::Rupture => &self.ruptures,
            Kind::CheckIn => &self.checkins,
            Kind::Pause => &self.pauses,
            Kind::Repair => &self.repairs,
            Kind::Reflection => &self.reflections,
            Kind::OwnPhrase => &self.own_phrases,
            Kind::Favourite => &self.favourite_phrases,
            Kind::Practice => &self.practice_sessions,
            Kind::HelpLine => &self.help_lines,
            Kind::Talk => &self.talks,
            Kind::Shared => &self.shared_words,
        }
    }
}

/// Just enough of a file to tell whether it is ours and which version.
#[derive(Debug, Deserialize)]
pub struct Header {
    pub format: Option<String>,
    pub format_version: Option<u32>,
}
