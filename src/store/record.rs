//! How a record kind goes out in an export file and comes back in. Each table's file
//! implements [`Record`] beside its [`Table`]: the record as the file writes it (`Rec`), the
//! way out (`to_rec`, as it is kept, nothing left out), the way back in (`from_rec`, which
//! parses each field into the domain's own type or gives the reason the record cannot be
//! kept), the records it points at, and its row in a CSV file. Export, import and CSV are
//! generic over this trait, so a field is named only in its table's file.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::StoreError;
use super::kinds::Kind;
use super::row::{Stamps, Table};
use crate::domain::kept::Code;
use crate::domain::time::from_parts;
use crate::domain::{Level, Moment, Name, Note};

/// The most items in one list (fears, body places, phrases) of one record.
pub const MAX_LIST: usize = 100;
/// The longest id of our words (a prompt, a phrase, a situation) a record may name.
pub const MAX_CODE: usize = 100;

/// A time as an export file writes it: with its offset.
pub type Stamp = Moment;

pub use super::reason::Reason;

/// A record from a file, parsed: the store's record and its stamps.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported<T> {
    pub record: T,
    pub stamps: Stamps,
}

/// Why one record was not imported, or why the whole import stopped.
#[derive(Debug)]
pub(crate) enum RecordError {
    /// The record is not imported, for this reason; the rest go on.
    Refused(Reason),
    /// The device failed: the whole import is undone.
    Failed(StoreError),
}

impl From<Reason> for RecordError {
    fn from(reason: Reason) -> Self {
        RecordError::Refused(reason)
    }
}

impl From<StoreError> for RecordError {
    fn from(e: StoreError) -> Self {
        RecordError::Failed(e)
    }
}

impl From<rusqlite::Error> for RecordError {
    fn from(e: rusqlite::Error) -> Self {
        RecordError::Failed(e.into())
    }
}

/// Where an importer finds the records a record points at: in the file and accepted (perhaps
/// joined to one here), or here.
pub(crate) trait Refer {
    /// The id to keep for a reference to `id` of `kind`, or the reason the record can't be
    /// imported without it.
    fn refer(&self, kind: Kind, id: Uuid) -> Result<Uuid, RecordError>;

    /// As [`Refer::refer`], for a reference the record may leave out.
    fn refer_opt(&self, kind: Kind, id: Option<Uuid>) -> Result<Option<Uuid>, RecordError> {
        id.map(|id| self.refer(kind, id)).transpose()
    }
}

/// The names a CSV file puts beside ids, for spreadsheets.
#[derive(Debug, Default)]
pub(crate) struct Names {
    pub parts: HashMap<Uuid, String>,
    pub people: HashMap<Uuid, String>,
}

impl Names {
    pub fn part(&self, id: Option<Uuid>) -> String {
        id.and_then(|id| self.parts.get(&id).cloned())
            .unwrap_or_default()
    }

    pub fn person(&self, id: Option<Uuid>) -> String {
        id.and_then(|id| self.people.get(&id).cloned())
            .unwrap_or_default()
    }
}

/// One CSV row: its cells by header.
pub(crate) type CsvRow = BTreeMap<String, String>;

/// A record kind as an export file has it.
pub(crate) trait Record: Table {
    const KIND: Kind;
    /// The words its fields' reasons use, field by field (`what` in its declaration).
    #[cfg(test)]
    const WHATS: &'static [&'static str];
    /// The record as the file writes it (the fields `docs/export-format.md` gives).
    type Rec: Serialize + DeserializeOwned;
    /// The headers of its CSV file, in order: the record's fields (a nested group's own
    /// names, a list joined with `; `) and the extra cells of [`Record::csv_extra`].
    fn csv() -> Vec<&'static str>;

    /// The UUID of its id.
    fn key(&self) -> Uuid;

    /// The record as the file writes it, exactly as it is kept.
    fn to_rec(&self, stamps: &Stamps) -> Self::Rec;

    /// The record from the file, each field parsed, or the reason it can't be kept.
    fn from_rec(rec: &Self::Rec) -> Result<Imported<Self>, Reason>;

    /// The record from a file, its fields parsed, checked as a whole (a rule across its
    /// fields), or the reason it can't be kept.
    fn check(self) -> Result<Self, Reason> {
        Ok(self)
    }

    /// Points its references at what the importer knows, or refuses the record.
    fn refer(&mut self, _known: &dyn Refer) -> Result<(), RecordError> {
        Ok(())
    }

    /// Why the record can't be written here though it parsed (a rule across records, such
    /// as one reflection a day), if it can't.
    fn clash(&self, _conn: &Connection) -> Result<Option<Reason>, StoreError> {
        Ok(None)
    }

    /// Reads what the record keeps in other tables (a practice session's cards).
    fn read_rest(&mut self, _conn: &Connection) -> Result<(), StoreError> {
        Ok(())
    }

    /// Writes what the record keeps in other tables, after its own row; `replacing` when it
    /// was here already.
    fn write_rest(&self, _tx: &Connection, _replacing: bool) -> Result<(), StoreError> {
        Ok(())
    }

    /// Cells a spreadsheet wants beside the record's own, such as a name beside an id.
    fn csv_extra(_rec: &Self::Rec, _names: &Names) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    /// Its rows in a CSV file: one, unless the record holds a list of its own (a practice
    /// session, a row per card).
    fn csv_rows(rec: &Self::Rec, names: &Names) -> Vec<CsvRow> {
        let mut row = flatten(&serde_json::to_value(rec).unwrap_or_default());
        for (header, cell) in Self::csv_extra(rec, names) {
            row.insert(header.to_owned(), cell);
        }
        vec![row]
    }
}

/// A record's JSON as CSV cells: a nested group's fields by their own names, a list joined
/// with `; `, `yes` or `no`, and nothing for a value left out.
pub(crate) fn flatten(value: &serde_json::Value) -> CsvRow {
    let mut row = CsvRow::new();
    if let serde_json::Value::Object(fields) = value {
        for (name, v) in fields {
            match v {
                serde_json::Value::Object(_) => row.extend(flatten(v)),
                v => {
                    row.insert(name.clone(), cell(v));
                }
            }
        }
    }
    row
}

/// One value as a CSV cell, written as its JSON is (a time with its offset, `Z` for UTC).
pub(crate) fn cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::Bool(b) => if *b { "yes" } else { "no" }.to_owned(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

// The way in: each field of a file's record, parsed.

/// A record's stamps from a file's times.
pub(crate) fn stamps(created: &Stamp, updated: &Stamp) -> Stamps {
    Stamps {
        created: *created,
        updated_ms: updated.timestamp_millis(),
    }
}

/// When the record was last changed, as a file writes it (in UTC, as the store keeps it).
pub(crate) fn updated(s: &Stamps) -> Stamp {
    from_parts(s.updated_ms, 0)
}

pub(crate) fn name(text: &str) -> Result<Name, Reason> {
    Ok(Name::parse(text)?)
}

pub(crate) fn note(text: &str, what: &'static str) -> Result<Note, Reason> {
    Ok(Note::parse(text, what)?)
}

/// Text that must not be empty, checked as a note.
pub(crate) fn required(text: &str, what: &'static str) -> Result<Note, Reason> {
    Ok(Note::parse_required(text, what)?)
}

/// A number, which must be between `low` and `high`, made into `T` by `make`.
pub(crate) fn between<T>(
    n: u8,
    (low, high): (u8, u8),
    what: &'static str,
    make: impl Fn(u8) -> Option<T>,
) -> Result<T, Reason> {
    make(n).ok_or_else(|| {
        Reason::new("import-why-out-of-range")
            .field("what", what)
            .number("value", n)
            .number("low", low)
            .number("high", high)
    })
}

pub(crate) fn level(n: Option<u8>, what: &'static str) -> Result<Option<Level>, Reason> {
    n.map(|v| between(v, (0, 10), what, Level::new)).transpose()
}

/// A code of a closed set, which must be one this build knows.
pub(crate) fn known<T: Code>(code: &str, what: &'static str) -> Result<T, Reason> {
    T::from_code(code).ok_or_else(|| unknown(what, code))
}

/// A code this build doesn't know among those of `what`.
pub(crate) fn not_one_of(what: &'static str, code: &str) -> Reason {
    Reason::new("import-why-not-one-of")
        .field("what", what)
        .text("code", code)
}

/// A code of `what` this build doesn't know.
pub(crate) fn unknown(what: &'static str, code: &str) -> Reason {
    Reason::new("import-why-unknown")
        .field("what", what)
        .text("code", code)
}

pub(crate) fn opt_known<T: Code>(
    code: &Option<String>,
    what: &'static str,
) -> Result<Option<T>, Reason> {
    code.as_deref().map(|c| known(c, what)).transpose()
}

/// At most [`MAX_LIST`] items, each checked with `item`.
pub(crate) fn list<T>(
    items: &[String],
    what: &'static str,
    item: impl Fn(&str) -> Result<T, Reason>,
) -> Result<Vec<T>, Reason> {
    too_many(items.len(), what)?;
    items.iter().map(|i| item(i)).collect()
}

/// At most [`MAX_LIST`] of `what`.
pub(crate) fn too_many(n: usize, what: &'static str) -> Result<(), Reason> {
    if n > MAX_LIST {
        return Err(Reason::new("import-why-too-many")
            .number("most", MAX_LIST as i64)
            .field("what", what));
    }
    Ok(())
}

/// A list of short texts, each checked as a name.
pub(crate) fn short_list(items: &[String], what: &'static str) -> Result<Vec<String>, Reason> {
    list(items, what, |i| name(i).map(Name::into_string))
}

/// The id of something in our words (a prompt, a phrase, a situation): 1 to [`MAX_CODE`]
/// characters without spaces or control characters. It need not be one this build has, as
/// records keep the words as they read then.
pub(crate) fn code(text: &str, what: &'static str) -> Result<String, Reason> {
    let chars = text.chars().count();
    if (1..=MAX_CODE).contains(&chars) && !text.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        Ok(text.to_owned())
    } else {
        Err(Reason::new("import-why-bad-id").field("what", what))
    }
}

// The way out.

/// A kept code as the file writes it.
pub(crate) fn kept_code<T: Code>(kept: &Option<crate::domain::kept::Kept<T>>) -> Option<String> {
    kept.as_ref().map(|k| k.code().into_owned())
}
