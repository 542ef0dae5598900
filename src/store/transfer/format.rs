//! The export file format, version 2 (documented in `docs/export-format.md`, with what
//! changed since version 1). Every record keeps its UUID and its timestamps with their
//! offsets, so files can be imported, merged and imported again without clashes.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The value of the `format` field, telling a Mend export from any other JSON.
pub const FORMAT: &str = "mend-export";
/// The format version this build writes and reads. A file with a higher number is refused;
/// a file with a lower one is read, with what its version did not have left as it is here.
pub const FORMAT_VERSION: u32 = 2;
/// The first version with reflections, phrases, practice and the parts' details.
pub const REFLECT_AND_PRACTISE: u32 = 2;

pub type Stamp = DateTime<FixedOffset>;

/// The whole file. Records are kept as raw JSON here so that each can be checked, and
/// rejected with a reason, on its own.
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
    /// Since version 2.
    #[serde(default = "Vec::new")]
    pub practice_sessions: Vec<R>,
}

/// Just enough of a file to tell whether it is ours and which version.
#[derive(Debug, Deserialize)]
pub struct Header {
    pub format: Option<String>,
    pub format_version: Option<u32>,
}

/// A part of the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartRec {
    pub id: Uuid,
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub age_band: Option<String>,
    #[serde(default)]
    pub notes: String,
    /// What it fears. Since version 2, like the three fields after it.
    #[serde(default)]
    pub fears: String,
    /// What it needs.
    #[serde(default)]
    pub needs: String,
    /// What sets it off.
    #[serde(default)]
    pub triggers: String,
    /// The part this one was merged into.
    #[serde(default)]
    pub merged_into: Option<Uuid>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
    #[serde(default)]
    pub archived_at: Option<Stamp>,
}

/// A person the user is in relationship with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonRec {
    pub id: Uuid,
    pub name: String,
    pub created_at: Stamp,
    pub updated_at: Stamp,
    #[serde(default)]
    pub archived_at: Option<Stamp>,
}

/// A rupture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuptureRec {
    pub id: Uuid,
    pub at: Stamp,
    #[serde(default)]
    pub person_id: Option<Uuid>,
    pub what: String,
    pub severity: u8,
    pub status: String,
    #[serde(default)]
    pub repaired_at: Option<Stamp>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

/// A check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckInRec {
    pub id: Uuid,
    pub at: Stamp,
    pub part_id: Uuid,
    #[serde(default)]
    pub intensity: Option<u8>,
    #[serde(default)]
    pub age_band: Option<String>,
    #[serde(default)]
    pub fears: Vec<String>,
    #[serde(default)]
    pub body: Vec<String>,
    #[serde(default)]
    pub self_level: Option<u8>,
    #[serde(default)]
    pub self_qualities: Vec<String>,
    #[serde(default)]
    pub person_id: Option<Uuid>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub rupture_id: Option<Uuid>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

/// A pause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PauseRec {
    pub id: Uuid,
    pub started_at: Stamp,
    pub planned_end: Stamp,
    #[serde(default)]
    pub ended_at: Option<Stamp>,
    #[serde(default)]
    pub outcome: Option<String>,
    #[serde(default)]
    pub rupture_id: Option<Uuid>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

/// The notes of the five repair steps.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepNotesRec {
    pub notice: String,
    pub find_self: String,
    pub listen: String,
    pub acknowledge: String,
    pub respond: String,
}

/// A repair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RepairRec {
    pub id: Uuid,
    pub rupture_id: Uuid,
    pub started_at: Stamp,
    pub stage: String,
    #[serde(default)]
    pub notes: StepNotesRec,
    #[serde(default)]
    pub intention: String,
    #[serde(default)]
    pub phrases: Vec<String>,
    #[serde(default)]
    pub outcome: Option<String>,
    #[serde(default)]
    pub felt: String,
    #[serde(default)]
    pub completed_at: Option<Stamp>,
    #[serde(default)]
    pub time_to_repair_ms: Option<i64>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

/// One day's reflection. Since version 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReflectionRec {
    pub id: Uuid,
    /// The user's local date when they first wrote it, as `YYYY-MM-DD`; at most one
    /// reflection a day. Kept as text, so that a day the store holds in another shape goes
    /// out as it is, and the importer can say why it refuses it.
    pub day: String,
    pub prompt_id: String,
    /// The prompt as it read that day.
    pub prompt: String,
    pub answer: String,
    #[serde(default)]
    pub self_level: Option<u8>,
    /// When it was first written.
    pub at: Stamp,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

/// A repair phrase the user wrote. Since version 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnPhraseRec {
    pub id: Uuid,
    pub text: String,
    pub step: String,
    pub audience: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub favourite: bool,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

/// One card of a practice session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PracticeCardRec {
    pub situation_id: String,
    /// The situation as it read then.
    pub situation: String,
    pub response: String,
    /// Which of the offered responses was chosen, from 0; `None` when the user wrote their own.
    #[serde(default)]
    pub chosen: Option<u32>,
    /// The codes of the gentle checks the response met.
    #[serde(default)]
    pub met: Vec<String>,
    pub at: Stamp,
}

/// The cards done in one sitting, in the order they were done. Since version 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PracticeSessionRec {
    pub id: Uuid,
    pub at: Stamp,
    pub cards: Vec<PracticeCardRec>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}
