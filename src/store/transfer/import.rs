//! Reading a Mend export back in. The whole file is checked before anything is written;
//! then every acceptable record is written in one transaction (all or nothing). Importing the
//! same file twice adds nothing; a record present on both sides keeps the newer edit.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{OptionalExtension, Transaction};
use serde::Deserialize;
use serde_json::value::RawValue;
use tracing::instrument;
use uuid::Uuid;

use super::format::{
    ExportFile, FORMAT, FORMAT_VERSION, Header, PartRec, REFLECT_AND_PRACTISE, Stamp,
};
use crate::domain::content::library;
use crate::domain::help::OwnLine;
use crate::domain::practice::OwnPhrase;
use crate::domain::reflection::Reflection;
use crate::domain::talk::{SharedWords, Talk};
use crate::domain::{CheckIn, PartId, Repair, Rupture};
use crate::store::bulk::Bulk;
use crate::store::kinds::Kind;
use crate::store::named::PersonRow;
use crate::store::parts::{self, PartRow};
use crate::store::pauses::PauseKept;
use crate::store::practice::PracticeKept;
use crate::store::record::{Imported, MAX_CODE, Reason, Record, RecordError, Refer};
use crate::store::row::{self, OnConflict, Stamps};
use crate::store::{Store, StoreError, named, phrases};

use super::report::{ImportError, ImportReport, Rejection};

/// The largest file the importer reads: far beyond ten years of a person's records.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024 * 1024;

/// The page cache while importing, as SQLite writes it: negative for KiB (64 MiB).
const IMPORT_CACHE_KIB: i64 = -65_536;

/// A file being imported, and where its pages go once the import is done with them.
struct Reading<'a> {
    bytes: &'a [u8],
    /// Takes the pages of a stretch of `bytes` back (an arrived file's, mapped in place).
    give_back: Option<&'a dyn Fn(std::ops::Range<usize>)>,
    /// Where the stretch read since pages were last given back begins.
    from: std::cell::Cell<usize>,
}

impl<'a> Reading<'a> {
    /// How much of the file is read before its pages are given back.
    const WINDOW: usize = 4 << 20;

    fn new(bytes: &'a [u8], give_back: Option<&'a dyn Fn(std::ops::Range<usize>)>) -> Reading<'a> {
        Reading {
            bytes,
            give_back,
            from: std::cell::Cell::new(0),
        }
    }

    /// The import has come to the record `raw`: the stretch before it is given back once
    /// it is [`Self::WINDOW`] long. Records are read kind by kind, in the file's order within
    /// a kind; a record before the stretch starts a new one.
    fn reached(&self, raw: &RawValue) {
        let Some(give_back) = self.give_back else {
            return;
        };
        let at = (raw.get().as_ptr() as usize).saturating_sub(self.bytes.as_ptr() as usize);
        let from = self.from.get();
        if at < from {
            self.from.set(at);
        } else if at - from >= Self::WINDOW {
            give_back(from..at);
            self.from.set(at);
        }
    }

    /// Gives back the pages of the whole file.
    fn give_back_all(&self) {
        if let Some(give_back) = self.give_back {
            give_back(0..self.bytes.len());
        }
    }
}

/// The file as read: each record is still its own text, a slice of the file, and is read
/// into a value only when its turn comes and let go after it. Reading all of them into values
/// at once, and freeing them all at the end, took about a quarter of an import's time at ten
/// years, and held the whole file several times over in memory (docs/PERFORMANCE.md).
type ReadFile<'a> = ExportFile<&'a RawValue>;

/// Reads the file's outer shape, refusing anything that is not a Mend export this build
/// can read.
fn parse_file(bytes: &[u8]) -> Result<ReadFile<'_>, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooBig {
            mb: bytes.len() / (1024 * 1024),
        });
    }
    // Most files read whole at the first try; only then are their format and version looked
    // at. One that doesn't is read again for its outer shape alone, to say what is wrong.
    let whole = serde_json::from_slice::<ReadFile>(bytes);
    let header = match &whole {
        Ok(file) => Header {
            format: Some(file.format.clone()),
            format_version: Some(file.format_version),
        },
        Err(_) => serde_json::from_slice(bytes).map_err(|e: serde_json::Error| {
            if e.is_eof() {
                ImportError::Truncated
            } else {
                ImportError::NotMend
            }
        })?,
    };
    if header.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotMend);
    }
    match header.format_version {
        Some(v) if v > FORMAT_VERSION => {
            return Err(ImportError::Newer {
                found: v,
                known: FORMAT_VERSION,
            });
        }
        Some(v) if v >= 1 => {}
        _ => return Err(ImportError::NotMend),
    }
    whole.map_err(|e| ImportError::Damaged {
        detail: where_damaged(&e),
    })
}

/// What is wrong with a damaged export, and where, in words that never quote the file: a
/// JSON error's own message repeats the value it tripped on, which may be the user's words,
/// and this message reaches the log.
fn where_damaged(e: &serde_json::Error) -> Reason {
    damaged_at(e, e.line(), e.column())
}

fn damaged_at(e: &serde_json::Error, line: usize, column: usize) -> Reason {
    use serde_json::error::Category;
    let id = match e.classify() {
        Category::Syntax => "import-damage-broken",
        Category::Data => "import-damage-value",
        Category::Eof => "import-damage-ends",
        Category::Io => "import-damage-unreadable",
    };
    Reason::new(id)
        .number("line", line as i64)
        .number("column", column as i64)
}

/// Reads one record of `file` into a value. Reading the file checked its text already; what
/// only reading a value can find (a number too large for one, a broken escape) refuses the
/// whole file, as reading it whole did, and names the same place: the first such record in
/// the file's own order, which need not be the one being imported.
fn record_value(
    bytes: &[u8],
    file: &ReadFile,
    raw: &RawValue,
) -> Result<serde_json::Value, ImportError> {
    serde_json::from_str(raw.get()).map_err(|first_found| {
        let mut in_order: Vec<&RawValue> = Kind::ALL
            .into_iter()
            .flat_map(|kind| file.list(kind))
            .copied()
            .collect();
        in_order.sort_by_key(|raw| raw.get().as_ptr() as usize);
        in_order
            .into_iter()
            .find_map(|raw| {
                serde_json::from_str::<serde_json::Value>(raw.get())
                    .err()
                    .map(|e| (raw, e))
            })
            .map_or_else(
                || ImportError::Damaged {
                    detail: where_damaged(&first_found),
                },
                |(raw, e)| damaged_in(bytes, raw, &e),
            )
    })
}

/// The file's damage `e`, found reading the record `raw` on its own, at its place in the
/// whole file (`bytes`).
fn damaged_in(bytes: &[u8], raw: &RawValue, e: &serde_json::Error) -> ImportError {
    let start = (raw.get().as_ptr() as usize).saturating_sub(bytes.as_ptr() as usize);
    let before = &bytes[..start.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = start
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
    let detail = if e.line() == 1 {
        damaged_at(e, line, column + e.column())
    } else {
        damaged_at(e, line + e.line() - 1, e.column())
    };
    ImportError::Damaged { detail }
}

type Outcome = Result<Fate, RecordError>;

/// Reads one record of the file, and parses it into the store's record.
fn parse<T: Record>(value: &serde_json::Value) -> Result<Imported<T>, RecordError> {
    let rec = T::Rec::deserialize(value)
        .map_err(|e| Reason::new("import-why-unreadable").text("detail", e.to_string()))?;
    Ok(T::from_rec(&rec)?)
}

/// The id a record gives itself: its `id` field, or a favourite's phrase id.
fn id_of(value: &serde_json::Value) -> Option<String> {
    value
        .get("id")
        .and_then(|v| v.as_str())
        .or_else(|| value.as_str())
        .map(|id| id.chars().take(MAX_CODE).collect())
}

/// Ids known to be acceptable targets of a reference: in the file and accepted, or here.
struct Known<'a> {
    tx: &'a Transaction<'a>,
    accepted: HashMap<Kind, HashMap<Uuid, Uuid>>,
}

impl Known<'_> {
    /// The id to store for a reference to `id`, if it can be found.
    fn resolve(&self, kind: Kind, id: Uuid) -> Result<Option<Uuid>, StoreError> {
        if let Some(mapped) = self.accepted.get(&kind).and_then(|m| m.get(&id)) {
            return Ok(Some(*mapped));
        }
        let here: Option<String> = self
            .tx
            .prepare_cached(&format!("SELECT id FROM {} WHERE id = ?1", kind.table()))?
            .query_row([id.hyphenated().to_string()], |r| r.get(0))
            .optional()?;
        Ok(here.map(|_| id))
    }

    fn accept(&mut self, kind: Kind, from: Uuid, to: Uuid) {
        self.accepted.entry(kind).or_default().insert(from, to);
    }
}

impl Refer for Known<'_> {
    fn refer(&self, kind: Kind, id: Uuid) -> Result<Uuid, RecordError> {
        self.resolve(kind, id)?.ok_or_else(|| {
            RecordError::Refused(Reason::new("import-why-refers-to-nothing").kind("kind", kind))
        })
    }
}

/// What is here already for an id: when it was last edited, and whether it is deleted.
fn existing(tx: &Transaction<'_>, kind: Kind, id: Uuid) -> Result<Option<(i64, bool)>, StoreError> {
    let deleted = if kind.soft_delete() {
        "deleted_at_ms IS NOT NULL"
    } else {
        "0"
    };
    Ok(tx
        .prepare_cached(&format!(
            "SELECT updated_at_ms, {deleted} FROM {} WHERE id = ?1",
            kind.table()
        ))?
        .query_row([id.hyphenated().to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?)
}

/// What to do with a record whose id may be here already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    Insert,
    Update,
    Skip,
}

fn plan(tx: &Transaction<'_>, kind: Kind, id: Uuid, stamps: &Stamps) -> Result<Plan, StoreError> {
    Ok(match existing(tx, kind, id)? {
        None => Plan::Insert,
        Some((_, true)) => Plan::Skip,
        Some((here, false)) if stamps.updated_ms > here => Plan::Update,
        Some(_) => Plan::Skip,
    })
}

/// What became of one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Added,
    Updated,
    Skipped,
    Merged,
}

impl From<Plan> for Fate {
    fn from(plan: Plan) -> Fate {
        match plan {
            Plan::Insert => Fate::Added,
            Plan::Update => Fate::Updated,
            Plan::Skip => Fate::Skipped,
        }
    }
}

/// Imports a record of a kind with no rules of its own: parsed, its references pointed at
/// what is known, then written as its plan says.
fn import<T: Record>(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
) -> Outcome {
    let mut imported = parse::<T>(value)?;
    imported.record.refer(known)?;
    let plan = plan(tx, T::KIND, imported.record.key(), &imported.stamps)?;
    write_as(tx, known, &imported, plan)
}

/// Writes a parsed record as `plan` says, through the table's own column list, unless it
/// clashes with a record here.
fn write_as<T: Record>(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    imported: &Imported<T>,
    plan: Plan,
) -> Outcome {
    let id = imported.record.key();
    if plan != Plan::Skip {
        if let Some(reason) = imported.record.clash(tx)? {
            return Err(RecordError::Refused(reason));
        }
        let how = match plan {
            Plan::Insert => OnConflict::New,
            _ => OnConflict::Replace,
        };
        row::upsert(tx, &imported.record, &imported.stamps, how)?;
        imported.record.write_rest(tx, plan == Plan::Update)?;
    }
    known.accept(T::KIND, id, id);
    Ok(plan.into())
}

/// An active name of this kind equal to `name` (any case), other than `id`.
fn same_name(
    tx: &Transaction<'_>,
    kind: Kind,
    name: &str,
    id: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    let found: Option<String> =
        named::active_with_name(tx, kind.table(), name, Some(id.hyphenated().to_string()))?;
    Ok(found.and_then(|f| Uuid::parse_str(&f).ok()))
}

/// A part or a person, new by id, joined by name to an active one here, if there is one:
/// its records will point at the one here. `Ok(None)` when it is to be written itself.
fn join_by_name(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    kind: Kind,
    id: Uuid,
    name: &str,
    active: bool,
    plan: Plan,
) -> Result<Option<(Uuid, Fate)>, RecordError> {
    if plan == Plan::Skip || !active {
        return Ok(None);
    }
    let Some(other) = same_name(tx, kind, name, id)? else {
        return Ok(None);
    };
    if plan == Plan::Insert {
        known.accept(kind, id, other);
        return Ok(Some((other, Fate::Merged)));
    }
    Err(RecordError::Refused(
        Reason::new("import-why-name-taken")
            .text("name", name)
            .kind("kind", kind),
    ))
}

/// Imports a part. Its link to the part it was merged into is written afterwards, by
/// [`link_merged`], once every part of the file is in. `version` is the file's: an edit from
/// a version 1 file, whose app could not set a part's details, leaves the details here
/// unless the file has some.
fn import_part(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
    version: u32,
) -> Outcome {
    let mut part = parse::<PartRow>(value)?;
    let id = part.record.id.0;
    let plan = plan(tx, Kind::Part, id, &part.stamps)?;
    if plan != Plan::Insert {
        known.accept(Kind::Part, id, id);
    }
    if let Some((here, fate)) = join_by_name(
        tx,
        known,
        Kind::Part,
        id,
        part.record.name.as_str(),
        part.record.archived_at.is_none(),
        plan,
    )? {
        fill_in(tx, PartId(here), &part)?;
        return Ok(fate);
    }
    if plan == Plan::Skip {
        return Ok(Fate::Skipped);
    }
    if plan == Plan::Update {
        let here = parts::part_row(tx, part.record.id)?;
        part.record.merged_into = here.merged_into;
        if version < REFLECT_AND_PRACTISE {
            let edited = here.details().edited_by_v1(part.record.details());
            part.record.set_details(edited);
        }
    }
    write_as(tx, known, &part, plan)
}

/// Gives a part here, joined by name to one in the file, what it lacks from the file's: a
/// role or age band it has not got, and the texts it has left empty. Its own words are kept.
/// It takes the file's edit time if that is later, and is left alone when nothing is missing,
/// so importing again changes nothing.
fn fill_in(
    tx: &Transaction<'_>,
    here: PartId,
    from: &Imported<PartRow>,
) -> Result<(), RecordError> {
    let Some((mut row, stamps)) = row::get_stamped::<PartRow>(tx, here)? else {
        return Ok(());
    };
    let mut details = row.details();
    if details.fill_gaps(&from.record.details()) {
        row.set_details(details);
        let stamps = Stamps {
            updated_ms: stamps.updated_ms.max(from.stamps.updated_ms),
            ..stamps
        };
        row::upsert(tx, &row, &stamps, OnConflict::Edit)?;
    }
    Ok(())
}

/// Points a part just written at the part it was merged into, now that every part of the
/// file is in. A link to a part that is neither in the file (and accepted) nor here, or to
/// itself, is dropped; the reason is returned for the report.
fn link_merged(
    tx: &Transaction<'_>,
    known: &Known<'_>,
    value: &serde_json::Value,
) -> Result<Option<Reason>, StoreError> {
    // The part was accepted, so it reads.
    let Ok(part) = PartRec::deserialize(value) else {
        return Ok(None);
    };
    let (target, amended) = match part.merged_into {
        None => (None, None),
        Some(into) => match known.resolve(Kind::Part, into)? {
            Some(found) if found == part.id => {
                (None, Some(Reason::new("import-why-merged-into-itself")))
            }
            Some(found) => (Some(PartId(found)), None),
            None => (None, Some(Reason::new("import-why-merged-into-nothing"))),
        },
    };
    parts::set_merged_into(tx, PartId(part.id), target)?;
    Ok(amended)
}

fn import_person(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
) -> Outcome {
    let person = parse::<PersonRow>(value)?;
    let id = person.record.id.0;
    let plan = plan(tx, Kind::Person, id, &person.stamps)?;
    if plan != Plan::Insert {
        known.accept(Kind::Person, id, id);
    }
    let name = person.record.name.as_str();
    let active = person.record.archived_at.is_none();
    if let Some((_, fate)) = join_by_name(tx, known, Kind::Person, id, name, active, plan)? {
        return Ok(fate);
    }
    write_as(tx, known, &person, plan)
}

/// Keeps one of our phrases as a favourite: the favourites here and in the file are joined.
/// `since_ms` is when it became one, as far as is known (the file's export time).
fn import_favourite(tx: &Transaction<'_>, value: &serde_json::Value, since_ms: i64) -> Outcome {
    let id = value
        .as_str()
        .ok_or_else(|| Reason::new("import-why-not-a-phrase-id"))?;
    if library().phrase(id).is_none() {
        return Err(RecordError::Refused(Reason::new(
            "import-why-unknown-phrase",
        )));
    }
    Ok(if phrases::add_favourite(tx, id, since_ms)? {
        Fate::Added
    } else {
        Fate::Skipped
    })
}

impl ImportReport {
    /// Notes what became of one record; a failure of the device stops the import.
    fn record(
        &mut self,
        kind: Kind,
        value: &serde_json::Value,
        outcome: Outcome,
    ) -> Result<Option<Fate>, StoreError> {
        let fate = match outcome {
            Ok(fate) => fate,
            Err(RecordError::Refused(reason)) => {
                self.rejected.push(Rejection {
                    kind: kind.word(),
                    id: id_of(value),
                    reason,
                });
                return Ok(None);
            }
            Err(RecordError::Failed(e)) => return Err(e),
        };
        let counts = match fate {
            Fate::Added => &mut self.added,
            Fate::Updated => &mut self.updated,
            Fate::Skipped => &mut self.skipped,
            Fate::Merged => &mut self.merged,
        };
        *counts.of(kind) += 1;
        Ok(Some(fate))
    }
}

impl Store {
    /// Imports a Mend export. The file is refused as a whole if it is not one this build can
    /// read; otherwise each record is checked, and the acceptable ones are written in one
    /// transaction, parents before the records that point at them. Running it again with the
    /// same file changes nothing.
    #[instrument(skip_all, err, fields(bytes = bytes.len()))]
    pub fn import(&mut self, bytes: &[u8]) -> Result<ImportReport, ImportError> {
        self.import_reading(&Reading::new(bytes, None))
    }

    /// Imports `bytes` (see [`Store::import`]), handing each stretch of them the import is
    /// done with to `give_back` (an arrived file's pages, mapped in place: see
    /// `Store::import_arrived`).
    pub(super) fn import_giving_back(
        &mut self,
        bytes: &[u8],
        give_back: &dyn Fn(std::ops::Range<usize>),
    ) -> Result<ImportReport, ImportError> {
        self.import_reading(&Reading::new(bytes, Some(give_back)))
    }

    fn import_reading(&mut self, reading: &Reading) -> Result<ImportReport, ImportError> {
        let bytes = reading.bytes;
        let file = parse_file(bytes)?;
        // Reading it checked every byte; what is read again comes back a record at a time.
        reading.give_back_all();
        self.importing(|tx| {
            let mut writing = Writing::begin(tx, file.format_version)?;
            writing.since(file.exported_at.as_ref());
            let read = |raw: &RawValue| record_value(bytes, &file, raw);
            for kind in Kind::ALL {
                for raw in file.list(kind) {
                    reading.reached(raw);
                    writing.record(kind, read(raw)?)?;
                }
            }
            writing.finish()
        })
    }

    /// Runs `import` in one transaction, committed if it gives a report, with room in the
    /// page cache for the pages a large import changes (with room for them it doesn't write
    /// pages out and read them back before the end).
    pub(super) fn importing<E: From<StoreError>>(
        &mut self,
        import: impl FnOnce(&Transaction<'_>) -> Result<ImportReport, E>,
    ) -> Result<ImportReport, E> {
        self.ensure_checked().map_err(StoreError::from)?;
        let cache: i64 = self
            .conn
            .query_row("PRAGMA cache_size", [], |r| r.get(0))
            .map_err(StoreError::from)?;
        self.conn
            .pragma_update(None, "cache_size", IMPORT_CACHE_KIB)
            .map_err(StoreError::from)?;
        let result = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from(e).into())
            .and_then(|tx| {
                let report = import(&tx)?;
                tx.commit().map_err(StoreError::from)?;
                Ok(report)
            });
        self.conn
            .pragma_update(None, "cache_size", cache)
            .map_err(StoreError::from)?;
        result
    }

    /// Imports the Mend export at `path` (see [`Store::import`]), read once into memory.
    pub fn import_file(&mut self, path: &Path) -> Result<ImportReport, ImportError> {
        let bytes = std::fs::read(path).map_err(ImportError::Reading)?;
        let done = self.import(&bytes);
        drop(bytes);
        done
    }
}

/// An import under way in its transaction: each record of the file is handed to it in turn,
/// kind by kind in the order of [`Kind::ALL`], and it writes what is acceptable and notes the rest.
pub(super) struct Writing<'a> {
    tx: &'a Transaction<'a>,
    known: Known<'a>,
    report: ImportReport,
    bulk: Bulk,
    /// The file's format version.
    version: u32,
    /// When a favourite of the file became one, as far as is known.
    since_ms: i64,
    /// The file's parts, which come first, kept until they are all there (see
    /// [`Writing::write_parts`]).
    parts: Vec<serde_json::Value>,
}

impl<'a> Writing<'a> {
    pub(super) fn begin(tx: &'a Transaction<'a>, version: u32) -> Result<Writing<'a>, ImportError> {
        Ok(Writing {
            tx,
            known: Known {
                tx,
                accepted: HashMap::new(),
            },
            report: ImportReport::default(),
            bulk: Bulk::begin(tx).map_err(StoreError::from)?,
            version,
            since_ms: chrono::Utc::now().timestamp_millis(),
            parts: Vec::new(),
        })
    }

    /// When the file was written: a favourite became one then, as far as is known; a file
    /// that does not say when is taken as of now.
    pub(super) fn since(&mut self, exported_at: Option<&Stamp>) {
        if let Some(at) = exported_at {
            self.since_ms = at.timestamp_millis();
        }
    }

    /// Writes the file's parts, all there once a record of another kind comes (or the end):
    /// each is written, then each written one is linked to the part it was merged into,
    /// which may be any part of the file.
    fn write_parts(&mut self) -> Result<(), ImportError> {
        let parts = std::mem::take(&mut self.parts);
        let tx = self.tx;
        let mut written = Vec::new();
        for value in &parts {
            self.bulk
                .writing(tx, Kind::Part.table())
                .map_err(StoreError::from)?;
            let outcome = import_part(tx, &mut self.known, value, self.version);
            if let Some(Fate::Added | Fate::Updated) =
                self.report.record(Kind::Part, value, outcome)?
            {
                written.push(value);
            }
        }
        if self.version >= REFLECT_AND_PRACTISE {
            for value in written {
                if let Some(reason) = link_merged(tx, &self.known, value)? {
                    self.report.amended.push(Rejection {
                        kind: Kind::Part.word(),
                        id: id_of(value),
                        reason,
                    });
                }
            }
        }
        Ok(())
    }

    /// One record of `kind`, in the file's order (parts first).
    pub(super) fn record(
        &mut self,
        kind: Kind,
        value: serde_json::Value,
    ) -> Result<(), ImportError> {
        let tx = self.tx;
        if kind != Kind::Part {
            if !self.parts.is_empty() {
                self.write_parts()?;
            }
            self.bulk
                .writing(tx, kind.table())
                .map_err(StoreError::from)?;
        }
        let known = &mut self.known;
        let outcome = match kind {
            Kind::Part => {
                self.parts.push(value);
                return Ok(());
            }
            Kind::Person => import_person(tx, known, &value),
            Kind::Rupture => import::<Rupture>(tx, known, &value),
            Kind::CheckIn => import::<CheckIn>(tx, known, &value),
            Kind::Pause => import::<PauseKept>(tx, known, &value),
            Kind::Repair => import::<Repair>(tx, known, &value),
            Kind::Reflection => import::<Reflection>(tx, known, &value),
            Kind::OwnPhrase => import::<OwnPhrase>(tx, known, &value),
            Kind::Favourite => import_favourite(tx, &value, self.since_ms),
            Kind::Practice => import::<PracticeKept>(tx, known, &value),
            Kind::HelpLine => import::<OwnLine>(tx, known, &value),
            Kind::Talk => import::<Talk>(tx, known, &value),
            Kind::Shared => import::<SharedWords>(tx, known, &value),
        };
        self.report.record(kind, &value, outcome)?;
        Ok(())
    }

    /// Puts back what the import took away, and gives its report (the caller commits).
    pub(super) fn finish(mut self) -> Result<ImportReport, ImportError> {
        self.write_parts()?;
        self.bulk.finish(self.tx).map_err(StoreError::from)?;
        Ok(self.report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What refusing `bytes` said when the file was read into values whole.
    fn read_whole(bytes: &[u8]) -> String {
        let e = serde_json::from_slice::<ExportFile>(bytes).unwrap_err();
        ImportError::Damaged {
            detail: where_damaged(&e),
        }
        .to_string()
    }

    #[test]
    fn what_only_reading_a_record_finds_refuses_the_file_at_the_same_place() {
        let record = |at: &str| {
            format!(
                r#"{{"id": "5a1c2b9e-8f4d-4c3a-9e7b-1d2f3a4b5c6d", "at": "{at}", "part_id": null, "intensity": 3}}"#
            )
        };
        let good = record("2026-11-23T09:00:00+01:00");
        let files = |bad: &str| {
            [
                // As Mend writes it, over many lines: the bad record on a line of its own.
                format!(
                    "{{\n  \"format\": \"mend-export\",\n  \"format_version\": 3,\n  \"checkins\": [\n    {good},\n    {bad}\n  ]\n}}"
                ),
                // On one line, so the place is counted from the start of the file's line.
                format!(
                    r#"{{"format": "mend-export", "format_version": 3, "checkins": [{good}, {bad}]}}"#
                ),
            ]
        };
        let bad_records = [
            good.replace("\"intensity\": 3", "\"intensity\": 1e400"),
            good.replace("2026-11-23", "\\ud800 2026-11-23"),
            good.replace("2026-11-23", "\\udc00x"),
        ];
        let mut found_reading_the_record = 0;
        for bad in &bad_records {
            for file in files(bad) {
                if serde_json::from_slice::<ReadFile>(file.as_bytes()).is_ok() {
                    found_reading_the_record += 1;
                }
                let dir = tempfile::TempDir::new().unwrap();
                let mut store = Store::open_in(dir.path()).unwrap();
                let said = store.import(file.as_bytes()).unwrap_err().to_string();
                assert_eq!(said, read_whole(file.as_bytes()), "{file}");
                assert!(
                    store.snapshot().unwrap().checkins.is_empty(),
                    "nothing written"
                );
            }
        }
        assert!(
            found_reading_the_record >= 2,
            "only {found_reading_the_record} of the damaged files got past reading the file"
        );

        // Two damaged records, the first in the file imported last: the place named is the
        // first in the file, as before.
        let file = format!(
            "{{\"format\": \"mend-export\", \"format_version\": 3,\n\"favourite_phrases\": [\"\\udc00x\"],\n\"checkins\": [{good}, {}]}}",
            bad_records[0]
        );
        assert!(serde_json::from_slice::<ReadFile>(file.as_bytes()).is_ok());
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        let said = store.import(file.as_bytes()).unwrap_err().to_string();
        assert_eq!(said, read_whole(file.as_bytes()), "{file}");
        assert!(said.contains("line 2"), "{said}");
    }
}
