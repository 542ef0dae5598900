//! Reading a Mend export back in. The whole file is checked before anything is written;
//! then every acceptable record is written in one transaction (all or nothing). Importing the
//! same file twice adds nothing; a record present on both sides keeps the newer edit.

use std::collections::HashMap;
use std::fmt;

use chrono::Datelike;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::de::DeserializeOwned;
use tracing::instrument;
use uuid::Uuid;

use super::format::{
    CheckInRec, DAY, ExportFile, FORMAT, FORMAT_VERSION, Header, OwnPhraseRec, PartRec, PauseRec,
    PersonRec, PracticeCardRec, PracticeSessionRec, REFLECT_AND_PRACTISE, ReflectionRec, RepairRec,
    RuptureRec, Stamp,
};
use crate::domain::content::{Audience, PhraseStep, library};
use crate::domain::part::{FEARS_WHAT, NEEDS_WHAT, NOTES_WHAT, PartRole, TRIGGERS_WHAT};
use crate::domain::practice::STRENGTHS;
use crate::domain::time::offset_s;
use crate::domain::{
    AgeBand, Level, Name, Note, PauseEnd, RepairOutcome, RepairStage, RuptureStatus, SelfQuality,
    Severity,
};
use crate::store::{Store, StoreError, to_json_list};

/// The largest file the importer reads: far beyond ten years of a person's records.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024 * 1024;
/// The most items in one list (fears, body places, phrases) of one record.
const MAX_LIST: usize = 100;
/// The longest id of our words (a prompt, a phrase, a situation) a record may name.
const MAX_CODE: usize = 100;

/// Why a file was refused as a whole. Nothing was written. The messages are shown to the user.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("This file is empty, so there was nothing to import.")]
    Empty,
    #[error("This file is too large to be a Mend export ({mb} MB), so nothing was imported.")]
    TooBig { mb: usize },
    #[error("This file seems to be cut short, so nothing was imported. Try exporting it again.")]
    Truncated,
    #[error("This file isn't a Mend export, so nothing was imported.")]
    NotMend,
    #[error(
        "This file comes from a newer version of Mend (export format {found}; this version reads up to {known}). Nothing was imported. Please update Mend, then try again."
    )]
    Newer { found: u32, known: u32 },
    #[error("This Mend export is damaged ({detail}), so nothing was imported.")]
    Damaged { detail: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A record that was not imported, and why; or one imported with a change, and what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rejection {
    pub kind: &'static str,
    pub id: Option<String>,
    pub reason: String,
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
}

impl Counts {
    pub fn total(&self) -> usize {
        self.parts
            + self.people
            + self.ruptures
            + self.checkins
            + self.pauses
            + self.repairs
            + self.reflections
            + self.own_phrases
            + self.favourite_phrases
            + self.practice_sessions
    }

    fn bump(&mut self, kind: Kind) {
        *match kind {
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
        } += 1;
    }
}

impl fmt::Display for Counts {
    /// "3 check-ins, 1 reflection", or "nothing".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        for (n, one, many) in [
            (self.checkins, "check-in", "check-ins"),
            (self.pauses, "pause", "pauses"),
            (self.ruptures, "rupture", "ruptures"),
            (self.repairs, "repair", "repairs"),
            (self.reflections, "reflection", "reflections"),
            (
                self.practice_sessions,
                "practice session",
                "practice sessions",
            ),
            (
                self.own_phrases,
                "phrase of your own",
                "phrases of your own",
            ),
            (
                self.favourite_phrases,
                "favourite phrase",
                "favourite phrases",
            ),
            (self.parts, "part", "parts"),
            (self.people, "person", "people"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {}", if n == 1 { one } else { many }));
            }
        }
        if parts.is_empty() {
            f.write_str("nothing")
        } else {
            f.write_str(&parts.join(", "))
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// New here.
    pub added: Counts,
    /// Here already, and the file's edit was newer.
    pub updated: Counts,
    /// Here already and as new or newer, or deleted here.
    pub skipped: Counts,
    /// Parts and people from the file joined to ones here with the same name.
    pub merged: Counts,
    pub rejected: Vec<Rejection>,
    /// Records imported with a change, and what changed (a part merged into a part that is
    /// neither in the file nor here keeps no link to it).
    pub amended: Vec<Rejection>,
}

impl ImportReport {
    /// A short summary for people.
    pub fn summary(&self) -> String {
        let mut lines = vec![
            format!("Added: {}.", self.added),
            format!("Updated: {}.", self.updated),
            format!("Already here: {}.", self.skipped),
        ];
        if self.merged.total() > 0 {
            lines.push(format!(
                "Joined to yours with the same name: {}.",
                self.merged
            ));
        }
        for (heading, list) in [
            ("Imported with a change", &self.amended),
            ("Not imported", &self.rejected),
        ] {
            if list.is_empty() {
                continue;
            }
            lines.push(format!("{heading}: {}.", list.len()));
            for r in list.iter().take(20) {
                lines.push(format!(
                    "  a {} ({}): {}",
                    r.kind,
                    r.id.as_deref().unwrap_or("no id"),
                    r.reason
                ));
            }
            if list.len() > 20 {
                lines.push(format!("  and {} more.", list.len() - 20));
            }
        }
        lines.join("\n")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Part,
    Person,
    Rupture,
    CheckIn,
    Pause,
    Repair,
    Reflection,
    OwnPhrase,
    /// One of our phrases kept as a favourite, known by its id in the content.
    Favourite,
    Practice,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Part => "part",
            Kind::Person => "person",
            Kind::Rupture => "rupture",
            Kind::CheckIn => "check-in",
            Kind::Pause => "pause",
            Kind::Repair => "repair",
            Kind::Reflection => "reflection",
            Kind::OwnPhrase => "phrase of your own",
            Kind::Favourite => "favourite phrase",
            Kind::Practice => "practice session",
        }
    }

    fn table(self) -> &'static str {
        match self {
            Kind::Part => "parts",
            Kind::Person => "people",
            Kind::Rupture => "ruptures",
            Kind::CheckIn => "checkins",
            Kind::Pause => "pauses",
            Kind::Repair => "repairs",
            Kind::Reflection => "reflections",
            Kind::OwnPhrase => "own_phrases",
            Kind::Favourite => "phrase_favourites",
            Kind::Practice => "practice_sessions",
        }
    }
}

/// Reads the file's outer shape, refusing anything that is not a Mend export this build
/// can read.
fn parse_file(bytes: &[u8]) -> Result<ExportFile, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooBig {
            mb: bytes.len() / (1024 * 1024),
        });
    }
    let classify = |e: serde_json::Error| {
        if e.is_eof() {
            ImportError::Truncated
        } else {
            ImportError::NotMend
        }
    };
    let header: Header = serde_json::from_slice(bytes).map_err(classify)?;
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
    serde_json::from_slice(bytes).map_err(|e| ImportError::Damaged {
        detail: where_damaged(&e),
    })
}

/// What is wrong with a damaged export, and where, in words that never quote the file: a
/// JSON error's own message repeats the value it tripped on, which may be the user's words,
/// and this message reaches the log.
fn where_damaged(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Syntax => "its text is broken",
        Category::Data => "a value isn't the kind Mend expects",
        Category::Eof => "it ends too soon",
        Category::Io => "it couldn't be read",
    };
    format!("{what} at line {}, column {}", e.line(), e.column())
}

/// Reads one record, or says why not.
fn record<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, String> {
    serde_json::from_value(value.clone()).map_err(|e| format!("it could not be read ({e})"))
}

/// The id a record gives itself: its `id` field, or a favourite's phrase id.
fn id_of(value: &serde_json::Value) -> Option<String> {
    value
        .get("id")
        .and_then(|v| v.as_str())
        .or_else(|| value.as_str())
        .map(|id| id.chars().take(MAX_CODE).collect())
}

fn name(text: &str) -> Result<String, String> {
    Name::parse(text)
        .map(Name::into_string)
        .map_err(|e| e.to_string())
}

fn note(text: &str, what: &'static str) -> Result<String, String> {
    Note::parse(text, what)
        .map(Note::into_string)
        .map_err(|e| e.to_string())
}

fn level(n: Option<u8>, what: &str) -> Result<(), String> {
    match n {
        Some(v) if Level::new(v).is_none() => {
            Err(format!("its {what} ({v}) is not between 0 and 10"))
        }
        _ => Ok(()),
    }
}

fn short_list(items: &[String], what: &str) -> Result<Vec<String>, String> {
    if items.len() > MAX_LIST {
        return Err(format!("it lists more than {MAX_LIST} {what}"));
    }
    items.iter().map(|i| name(i)).collect()
}

/// Text that must not be empty, checked as a note.
fn required(text: &str, what: &'static str) -> Result<String, String> {
    Note::parse_required(text, what)
        .map(Note::into_string)
        .map_err(|e| e.to_string())
}

/// The id of something in our words (a prompt, a phrase, a situation): 1 to [`MAX_CODE`]
/// characters without spaces or control characters. It need not be one this build has, as
/// records keep the words as they read then.
fn code(text: &str, what: &str) -> Result<String, String> {
    let chars = text.chars().count();
    if (1..=MAX_CODE).contains(&chars) && !text.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        Ok(text.to_owned())
    } else {
        Err(format!("its {what} id is not one Mend could have written"))
    }
}

fn ms(s: &Stamp) -> i64 {
    s.timestamp_millis()
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
            .query_row(
                &format!("SELECT id FROM {} WHERE id = ?1", kind.table()),
                [id.hyphenated().to_string()],
                |r| r.get(0),
            )
            .optional()?;
        Ok(here.map(|_| id))
    }

    fn accept(&mut self, kind: Kind, from: Uuid, to: Uuid) {
        self.accepted.entry(kind).or_default().insert(from, to);
    }
}

/// What is here already for an id: when it was last edited, and whether it is deleted.
fn existing(tx: &Transaction<'_>, kind: Kind, id: Uuid) -> Result<Option<(i64, bool)>, StoreError> {
    let deleted = match kind {
        Kind::Part | Kind::Person => "0",
        _ => "deleted_at_ms IS NOT NULL",
    };
    Ok(tx
        .query_row(
            &format!(
                "SELECT updated_at_ms, {deleted} FROM {} WHERE id = ?1",
                kind.table()
            ),
            [id.hyphenated().to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// What to do with a record whose id may be here already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    Insert,
    Update,
    Skip,
}

fn plan(tx: &Transaction<'_>, kind: Kind, id: Uuid, updated: &Stamp) -> Result<Plan, StoreError> {
    Ok(match existing(tx, kind, id)? {
        None => Plan::Insert,
        Some((_, true)) => Plan::Skip,
        Some((here, false)) if ms(updated) > here => Plan::Update,
        Some(_) => Plan::Skip,
    })
}

/// Writes a record as planned: `insert` for a new one, `update` for a newer edit, nothing
/// for a skipped one. Both statements take the same parameters, the id first.
fn write(
    tx: &Transaction<'_>,
    plan: Plan,
    insert: &str,
    update: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<(), StoreError> {
    match plan {
        Plan::Insert => tx.execute(insert, args)?,
        Plan::Update => tx.execute(update, args)?,
        Plan::Skip => 0,
    };
    Ok(())
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

/// One record's result: a fate, or the reason it was not imported. The outer error is a
/// database failure, which undoes the whole import.
type Outcome = Result<Result<Fate, String>, StoreError>;

/// Leaves the importer with a reason when a check fails.
macro_rules! check {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(reason) => return Ok(Err(reason)),
        }
    };
}

/// What a part has beyond a person's fields, checked.
struct PartFields {
    role: Option<String>,
    age_band: Option<String>,
    notes: String,
    fears: String,
    needs: String,
    triggers: String,
}

/// The fields parts and people share, plus a part's own.
struct NamedFields {
    id: Uuid,
    name: String,
    created_at: Stamp,
    updated_at: Stamp,
    archived_at: Option<Stamp>,
    /// `None` for a person.
    part: Option<PartFields>,
}

fn part_fields(r: &PartRec) -> Result<PartFields, String> {
    if let Some(code) = &r.role
        && PartRole::from_code(code).is_none()
    {
        return Err(format!("its role \"{code}\" is not one Mend knows"));
    }
    if let Some(code) = &r.age_band
        && AgeBand::from_code(code).is_none()
    {
        return Err(format!("its age band \"{code}\" is not one Mend knows"));
    }
    Ok(PartFields {
        role: r.role.clone(),
        age_band: r.age_band.clone(),
        notes: note(&r.notes, NOTES_WHAT)?,
        fears: note(&r.fears, FEARS_WHAT)?,
        needs: note(&r.needs, NEEDS_WHAT)?,
        triggers: note(&r.triggers, TRIGGERS_WHAT)?,
    })
}

/// Imports a part or a person. A part's link to the part it was merged into is written
/// afterwards, by [`link_merged`], once every part of the file is in. `version` is the
/// file's: an edit from a version 1 file, whose app could not set a part's details, leaves
/// the details here unless the file has some.
fn import_named(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    kind: Kind,
    value: &serde_json::Value,
    version: u32,
) -> Outcome {
    let fields = check!(match kind {
        Kind::Part => record::<PartRec>(value).and_then(|r| {
            Ok(NamedFields {
                id: r.id,
                name: name(&r.name)?,
                created_at: r.created_at,
                updated_at: r.updated_at,
                archived_at: r.archived_at,
                part: Some(part_fields(&r)?),
            })
        }),
        _ => record::<PersonRec>(value).and_then(|r| {
            Ok(NamedFields {
                id: r.id,
                name: name(&r.name)?,
                created_at: r.created_at,
                updated_at: r.updated_at,
                archived_at: r.archived_at,
                part: None,
            })
        }),
    });
    let active = fields.archived_at.is_none();
    let id_text = fields.id.hyphenated().to_string();
    let plan = plan(tx, kind, fields.id, &fields.updated_at)?;
    if plan != Plan::Insert {
        known.accept(kind, fields.id, fields.id);
    }
    if plan == Plan::Skip {
        return Ok(Ok(Fate::Skipped));
    }
    if active && let Some(other) = same_name(tx, kind, &fields.name, fields.id)? {
        if plan == Plan::Insert {
            if let Some(part) = &fields.part {
                fill_in(tx, other, part, &fields.updated_at)?;
            }
            known.accept(kind, fields.id, other);
            return Ok(Ok(Fate::Merged));
        }
        return Ok(Err(format!(
            "its new name \"{}\" is already used by another {} here",
            fields.name,
            kind.word()
        )));
    }
    let (created, created_off) = (ms(&fields.created_at), offset_s(&fields.created_at));
    let updated = ms(&fields.updated_at);
    let archived = fields.archived_at.as_ref().map(ms);
    match (&fields.part, plan) {
        (Some(p), Plan::Insert) => tx.execute(
            "INSERT INTO parts (id, name, role, age_band, notes, fears, needs, triggers,
                 created_at_ms, created_offset_s, updated_at_ms, archived_at_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                id_text,
                fields.name,
                p.role,
                p.age_band,
                p.notes,
                p.fears,
                p.needs,
                p.triggers,
                created,
                created_off,
                updated,
                archived
            ],
        )?,
        (Some(p), _) if version >= REFLECT_AND_PRACTISE => tx.execute(
            "UPDATE parts SET name = ?2, role = ?3, age_band = ?4, notes = ?5, fears = ?6,
                 needs = ?7, triggers = ?8, updated_at_ms = ?9, archived_at_ms = ?10
             WHERE id = ?1",
            params![
                id_text,
                fields.name,
                p.role,
                p.age_band,
                p.notes,
                p.fears,
                p.needs,
                p.triggers,
                updated,
                archived
            ],
        )?,
        // Version 1 apps could not set a part's details, so an empty one means "not known"
        // there, and never empties the detail here.
        (Some(p), _) => tx.execute(
            "UPDATE parts SET name = ?2, role = coalesce(?3, role),
                 age_band = coalesce(?4, age_band),
                 notes = CASE WHEN ?5 = '' THEN notes ELSE ?5 END, updated_at_ms = ?6,
                 archived_at_ms = ?7 WHERE id = ?1",
            params![
                id_text,
                fields.name,
                p.role,
                p.age_band,
                p.notes,
                updated,
                archived
            ],
        )?,
        (None, Plan::Insert) => tx.execute(
            "INSERT INTO people (id, name, created_at_ms, created_offset_s, updated_at_ms,
                 archived_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id_text,
                fields.name,
                created,
                created_off,
                updated,
                archived
            ],
        )?,
        (None, _) => tx.execute(
            "UPDATE people SET name = ?2, updated_at_ms = ?3, archived_at_ms = ?4 WHERE id = ?1",
            params![id_text, fields.name, updated, archived],
        )?,
    };
    known.accept(kind, fields.id, fields.id);
    Ok(Ok(plan.into()))
}

/// Gives a part here, joined by name to one in the file, what it lacks from the file's: a
/// role or age band it has not got, and the texts it has left empty. Its own words are kept.
/// It takes the file's edit time if that is later, and is left alone when nothing is missing,
/// so importing again changes nothing.
fn fill_in(
    tx: &Transaction<'_>,
    here: Uuid,
    from: &PartFields,
    updated: &Stamp,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE parts SET role = coalesce(role, ?2), age_band = coalesce(age_band, ?3),
             notes = CASE WHEN notes = '' THEN ?4 ELSE notes END,
             fears = CASE WHEN fears = '' THEN ?5 ELSE fears END,
             needs = CASE WHEN needs = '' THEN ?6 ELSE needs END,
             triggers = CASE WHEN triggers = '' THEN ?7 ELSE triggers END,
             updated_at_ms = max(updated_at_ms, ?8)
         WHERE id = ?1 AND (
             (role IS NULL AND ?2 IS NOT NULL) OR (age_band IS NULL AND ?3 IS NOT NULL)
             OR (notes = '' AND ?4 <> '') OR (fears = '' AND ?5 <> '')
             OR (needs = '' AND ?6 <> '') OR (triggers = '' AND ?7 <> ''))",
        params![
            here.hyphenated().to_string(),
            from.role,
            from.age_band,
            from.notes,
            from.fears,
            from.needs,
            from.triggers,
            ms(updated),
        ],
    )?;
    Ok(())
}

/// Points a part just written at the part it was merged into, now that every part of the
/// file is in. A link to a part that is neither in the file (and accepted) nor here, or to
/// itself, is dropped; the reason is returned for the report.
fn link_merged(
    tx: &Transaction<'_>,
    known: &Known<'_>,
    value: &serde_json::Value,
) -> Result<Option<String>, StoreError> {
    // The part was accepted, so it reads.
    let Ok(part) = record::<PartRec>(value) else {
        return Ok(None);
    };
    let (target, amended) = match part.merged_into {
        None => (None, None),
        Some(into) => match known.resolve(Kind::Part, into)? {
            Some(found) if found == part.id => (
                None,
                Some("it was merged into itself, so that link was left out".to_owned()),
            ),
            Some(found) => (Some(found.hyphenated().to_string()), None),
            None => (
                None,
                Some(
                    "the part it was merged into is neither in the file nor here, so that link \
                     was left out"
                        .to_owned(),
                ),
            ),
        },
    };
    tx.execute(
        "UPDATE parts SET merged_into = ?2 WHERE id = ?1",
        params![part.id.hyphenated().to_string(), target],
    )?;
    Ok(amended)
}

/// Resolves a reference, or gives the reason the record cannot be imported.
fn reference(
    known: &Known<'_>,
    kind: Kind,
    id: Option<Uuid>,
) -> Result<Result<Option<String>, String>, StoreError> {
    let Some(id) = id else { return Ok(Ok(None)) };
    Ok(match known.resolve(kind, id)? {
        Some(found) => Ok(Some(found.hyphenated().to_string())),
        None => Err(format!(
            "it refers to a {} that is neither in the file nor here",
            kind.word()
        )),
    })
}

fn import_rupture(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
) -> Outcome {
    let r = check!(record::<RuptureRec>(value));
    let what = check!(
        Note::parse_required(&r.what, "what happened")
            .map(Note::into_string)
            .map_err(|e| e.to_string())
    );
    if Severity::new(r.severity).is_none() {
        return Ok(Err(format!(
            "its size ({}) is not between 1 and 5",
            r.severity
        )));
    }
    if RuptureStatus::from_code(&r.status).is_none() {
        return Ok(Err(format!(
            "its status \"{}\" is not one Mend knows",
            r.status
        )));
    }
    let person = check!(reference(known, Kind::Person, r.person_id)?);
    let plan = plan(tx, Kind::Rupture, r.id, &r.updated_at)?;
    let p = params![
        r.id.hyphenated().to_string(),
        ms(&r.at),
        offset_s(&r.at),
        person,
        what,
        r.severity,
        r.status,
        r.repaired_at.as_ref().map(ms),
        r.repaired_at.as_ref().map(offset_s),
        ms(&r.created_at),
        ms(&r.updated_at),
    ];
    write(
        tx,
        plan,
        "INSERT INTO ruptures (id, at_ms, at_offset_s, person_id, what, severity, status,
             repaired_at_ms, repaired_offset_s, created_at_ms, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        "UPDATE ruptures SET at_ms = ?2, at_offset_s = ?3, person_id = ?4, what = ?5,
             severity = ?6, status = ?7, repaired_at_ms = ?8, repaired_offset_s = ?9,
             created_at_ms = ?10, updated_at_ms = ?11 WHERE id = ?1",
        p,
    )?;
    known.accept(Kind::Rupture, r.id, r.id);
    Ok(Ok(plan.into()))
}

fn import_checkin(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
) -> Outcome {
    let c = check!(record::<CheckInRec>(value));
    check!(level(c.intensity, "intensity"));
    check!(level(c.self_level, "Self level"));
    if let Some(code) = &c.age_band
        && AgeBand::from_code(code).is_none()
    {
        return Ok(Err(format!(
            "its age band \"{code}\" is not one Mend knows"
        )));
    }
    if let Some(q) = c
        .self_qualities
        .iter()
        .find(|q| SelfQuality::from_label(q).is_none())
    {
        return Ok(Err(format!(
            "\"{q}\" is not one of the eight qualities of Self"
        )));
    }
    let fears = check!(short_list(&c.fears, "fears"));
    let body = check!(short_list(&c.body, "places in the body"));
    let text = check!(note(&c.note, "the note"));
    let Some(part) = check!(reference(known, Kind::Part, Some(c.part_id))?) else {
        return Ok(Err("it has no part".to_owned()));
    };
    let person = check!(reference(known, Kind::Person, c.person_id)?);
    let rupture = check!(reference(known, Kind::Rupture, c.rupture_id)?);
    let plan = plan(tx, Kind::CheckIn, c.id, &c.updated_at)?;
    let p = params![
        c.id.hyphenated().to_string(),
        ms(&c.at),
        offset_s(&c.at),
        part,
        c.intensity,
        c.age_band,
        to_json_list(&fears),
        to_json_list(&body),
        c.self_level,
        to_json_list(&c.self_qualities),
        person,
        text,
        rupture,
        ms(&c.created_at),
        ms(&c.updated_at),
    ];
    write(
        tx,
        plan,
        "INSERT INTO checkins (id, at_ms, at_offset_s, part_id, intensity, age_band, fears,
             body, self_level, self_qualities, person_id, note, rupture_id, created_at_ms,
             updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        "UPDATE checkins SET at_ms = ?2, at_offset_s = ?3, part_id = ?4, intensity = ?5,
             age_band = ?6, fears = ?7, body = ?8, self_level = ?9, self_qualities = ?10,
             person_id = ?11, note = ?12, rupture_id = ?13, created_at_ms = ?14,
             updated_at_ms = ?15 WHERE id = ?1",
        p,
    )?;
    known.accept(Kind::CheckIn, c.id, c.id);
    Ok(Ok(plan.into()))
}

fn import_pause(tx: &Transaction<'_>, known: &mut Known<'_>, value: &serde_json::Value) -> Outcome {
    let p = check!(record::<PauseRec>(value));
    if p.planned_end < p.started_at {
        return Ok(Err("it ends before it starts".to_owned()));
    }
    if let Some(code) = &p.outcome
        && PauseEnd::from_code(code).is_none()
    {
        return Ok(Err(format!("its ending \"{code}\" is not one Mend knows")));
    }
    if p.outcome.is_some() != p.ended_at.is_some() {
        return Ok(Err(
            "it has an end time without an ending, or the other way round".to_owned(),
        ));
    }
    let rupture = check!(reference(known, Kind::Rupture, p.rupture_id)?);
    let plan = plan(tx, Kind::Pause, p.id, &p.updated_at)?;
    let args = params![
        p.id.hyphenated().to_string(),
        ms(&p.started_at),
        offset_s(&p.started_at),
        ms(&p.planned_end),
        p.ended_at.as_ref().map(ms),
        p.ended_at.as_ref().map(offset_s),
        p.outcome,
        rupture,
        ms(&p.created_at),
        ms(&p.updated_at),
    ];
    write(
        tx,
        plan,
        "INSERT INTO pauses (id, started_at_ms, started_offset_s, planned_end_ms, ended_at_ms,
             ended_offset_s, outcome, rupture_id, created_at_ms, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        "UPDATE pauses SET started_at_ms = ?2, started_offset_s = ?3, planned_end_ms = ?4,
             ended_at_ms = ?5, ended_offset_s = ?6, outcome = ?7, rupture_id = ?8,
             created_at_ms = ?9, updated_at_ms = ?10 WHERE id = ?1",
        args,
    )?;
    known.accept(Kind::Pause, p.id, p.id);
    Ok(Ok(plan.into()))
}

fn import_repair(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
) -> Outcome {
    let r = check!(record::<RepairRec>(value));
    if RepairStage::from_code(&r.stage).is_none() {
        return Ok(Err(format!(
            "its step \"{}\" is not one Mend knows",
            r.stage
        )));
    }
    if let Some(code) = &r.outcome
        && RepairOutcome::from_code(code).is_none()
    {
        return Ok(Err(format!("its outcome \"{code}\" is not one Mend knows")));
    }
    if r.outcome.is_some() != r.completed_at.is_some() {
        return Ok(Err(
            "it has an outcome without a finish time, or the other way round".to_owned(),
        ));
    }
    if r.time_to_repair_ms.is_some_and(|t| t < 0) {
        return Ok(Err("its time to repair is negative".to_owned()));
    }
    let notes = [
        check!(note(&r.notes.notice, "the note")),
        check!(note(&r.notes.find_self, "the note")),
        check!(note(&r.notes.listen, "the note")),
        check!(note(&r.notes.acknowledge, "the note")),
        check!(note(&r.notes.respond, "the note")),
    ];
    let intention = check!(note(&r.intention, "the intention"));
    let felt = check!(note(&r.felt, "how it felt"));
    if r.phrases.len() > MAX_LIST {
        return Ok(Err(format!("it lists more than {MAX_LIST} phrases")));
    }
    let phrases: Vec<String> = check!(
        r.phrases
            .iter()
            .map(|p| Note::parse_required(p, "a phrase")
                .map(Note::into_string)
                .map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()
    );
    let Some(rupture) = check!(reference(known, Kind::Rupture, Some(r.rupture_id))?) else {
        return Ok(Err("it has no rupture".to_owned()));
    };
    let plan = plan(tx, Kind::Repair, r.id, &r.updated_at)?;
    let [notice, find_self, listen, acknowledge, respond] = notes;
    let args = params![
        r.id.hyphenated().to_string(),
        rupture,
        ms(&r.started_at),
        offset_s(&r.started_at),
        r.stage,
        notice,
        find_self,
        listen,
        acknowledge,
        respond,
        intention,
        to_json_list(&phrases),
        r.outcome,
        felt,
        r.completed_at.as_ref().map(ms),
        r.completed_at.as_ref().map(offset_s),
        r.time_to_repair_ms,
        ms(&r.created_at),
        ms(&r.updated_at),
    ];
    write(
        tx,
        plan,
        "INSERT INTO repairs (id, rupture_id, started_at_ms, started_offset_s, stage,
             notice_note, find_self_note, listen_note, acknowledge_note, respond_note,
             intention, phrases, outcome, felt, completed_at_ms, completed_offset_s,
             time_to_repair_ms, created_at_ms, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19)",
        "UPDATE repairs SET rupture_id = ?2, started_at_ms = ?3, started_offset_s = ?4,
             stage = ?5, notice_note = ?6, find_self_note = ?7, listen_note = ?8,
             acknowledge_note = ?9, respond_note = ?10, intention = ?11, phrases = ?12,
             outcome = ?13, felt = ?14, completed_at_ms = ?15, completed_offset_s = ?16,
             time_to_repair_ms = ?17, created_at_ms = ?18, updated_at_ms = ?19 WHERE id = ?1",
        args,
    )?;
    known.accept(Kind::Repair, r.id, r.id);
    Ok(Ok(plan.into()))
}

/// Another reflection, not deleted, on `day` (as `YYYY-MM-DD`) than `id`.
fn reflection_on(tx: &Transaction<'_>, day: &str, id: Uuid) -> Result<bool, StoreError> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM reflections WHERE day = ?1 AND deleted_at_ms IS NULL AND id <> ?2",
            params![day, id.hyphenated().to_string()],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn import_reflection(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
) -> Outcome {
    let r = check!(record::<ReflectionRec>(value));
    if !(1..=9999).contains(&r.day.year()) {
        return Ok(Err(format!("its day ({}) is not one Mend can keep", r.day)));
    }
    let prompt_id = check!(code(&r.prompt_id, "prompt"));
    let prompt = check!(required(&r.prompt, "the prompt"));
    let answer = check!(required(&r.answer, "your answer"));
    check!(level(r.self_level, "Self level"));
    let day = r.day.format(DAY).to_string();
    let plan = plan(tx, Kind::Reflection, r.id, &r.updated_at)?;
    if plan != Plan::Skip && reflection_on(tx, &day, r.id)? {
        return Ok(Err(format!(
            "there is already another reflection for {day} here, and Mend keeps one a day, so \
             the one here was kept"
        )));
    }
    let args = params![
        r.id.hyphenated().to_string(),
        day,
        prompt_id,
        prompt,
        answer,
        r.self_level,
        ms(&r.at),
        offset_s(&r.at),
        ms(&r.created_at),
        ms(&r.updated_at),
    ];
    write(
        tx,
        plan,
        "INSERT INTO reflections (id, day, prompt_id, prompt, answer, self_level, at_ms,
             at_offset_s, created_at_ms, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        "UPDATE reflections SET day = ?2, prompt_id = ?3, prompt = ?4, answer = ?5,
             self_level = ?6, at_ms = ?7, at_offset_s = ?8, created_at_ms = ?9,
             updated_at_ms = ?10 WHERE id = ?1",
        args,
    )?;
    known.accept(Kind::Reflection, r.id, r.id);
    Ok(Ok(plan.into()))
}

fn import_own_phrase(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
) -> Outcome {
    let p = check!(record::<OwnPhraseRec>(value));
    let text = check!(required(&p.text, "the phrase"));
    if PhraseStep::from_code(&p.step).is_none() {
        return Ok(Err(format!(
            "its step \"{}\" is not one Mend knows",
            p.step
        )));
    }
    if Audience::from_code(&p.audience).is_none() {
        return Ok(Err(format!(
            "who it is for (\"{}\") is not one Mend knows",
            p.audience
        )));
    }
    let why = check!(note(&p.why, "why it helps"));
    let plan = plan(tx, Kind::OwnPhrase, p.id, &p.updated_at)?;
    let args = params![
        p.id.hyphenated().to_string(),
        text,
        p.step,
        p.audience,
        why,
        p.favourite,
        ms(&p.created_at),
        offset_s(&p.created_at),
        ms(&p.updated_at),
    ];
    write(
        tx,
        plan,
        "INSERT INTO own_phrases (id, text, step, audience, why, favourite, created_at_ms,
             created_offset_s, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        "UPDATE own_phrases SET text = ?2, step = ?3, audience = ?4, why = ?5, favourite = ?6,
             created_at_ms = ?7, created_offset_s = ?8, updated_at_ms = ?9 WHERE id = ?1",
        args,
    )?;
    known.accept(Kind::OwnPhrase, p.id, p.id);
    Ok(Ok(plan.into()))
}

/// One practice card, checked: the situation's id and words, the response, which offered
/// response was chosen, the checks met (joined with commas, as kept), and when.
struct Card {
    situation_id: String,
    situation: String,
    response: String,
    chosen: Option<u32>,
    met: String,
    at_ms: i64,
}

fn card(c: &PracticeCardRec) -> Result<Card, String> {
    if c.met.len() > MAX_LIST {
        return Err(format!("it lists more than {MAX_LIST} checks met"));
    }
    if let Some(m) = c
        .met
        .iter()
        .find(|m| !STRENGTHS.iter().any(|(code, _)| code == m))
    {
        return Err(format!("\"{m}\" is not one of the checks Mend knows"));
    }
    Ok(Card {
        situation_id: code(&c.situation_id, "situation")?,
        situation: required(&c.situation, "the situation")?,
        response: required(&c.response, "your response")?,
        chosen: c.chosen,
        met: c.met.join(","),
        at_ms: ms(&c.at),
    })
}

/// Imports a practice session with its cards. A session here is replaced as a whole, cards
/// and all, by a newer one from the file.
fn import_practice(
    tx: &Transaction<'_>,
    known: &mut Known<'_>,
    value: &serde_json::Value,
) -> Outcome {
    let s = check!(record::<PracticeSessionRec>(value));
    if s.cards.is_empty() {
        return Ok(Err("it has no cards".to_owned()));
    }
    let cards: Vec<Card> = check!(
        s.cards
            .iter()
            .enumerate()
            .map(|(i, c)| card(c).map_err(|reason| format!("its card {}: {reason}", i + 1)))
            .collect::<Result<_, _>>()
    );
    let plan = plan(tx, Kind::Practice, s.id, &s.updated_at)?;
    let id = s.id.hyphenated().to_string();
    let args = params![
        id,
        ms(&s.at),
        offset_s(&s.at),
        ms(&s.created_at),
        ms(&s.updated_at),
    ];
    match plan {
        Plan::Insert => {
            tx.execute(
                "INSERT INTO practice_sessions (id, at_ms, at_offset_s, created_at_ms,
                     updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
                args,
            )?;
        }
        Plan::Update => {
            tx.execute(
                "UPDATE practice_sessions SET at_ms = ?2, at_offset_s = ?3, created_at_ms = ?4,
                     updated_at_ms = ?5 WHERE id = ?1",
                args,
            )?;
            tx.execute("DELETE FROM practice_cards WHERE session_id = ?1", [&id])?;
        }
        Plan::Skip => {}
    }
    if plan != Plan::Skip {
        let mut insert = tx.prepare_cached(
            "INSERT INTO practice_cards (session_id, position, situation_id, situation, response,
                 chosen, met, at_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (position, c) in cards.iter().enumerate() {
            insert.execute(params![
                id,
                position as i64,
                c.situation_id,
                c.situation,
                c.response,
                c.chosen,
                c.met,
                c.at_ms,
            ])?;
        }
    }
    known.accept(Kind::Practice, s.id, s.id);
    Ok(Ok(plan.into()))
}

/// Keeps one of our phrases as a favourite: the favourites here and in the file are joined.
/// `since_ms` is when it became one, as far as is known (the file's export time).
fn import_favourite(tx: &Transaction<'_>, value: &serde_json::Value, since_ms: i64) -> Outcome {
    let Some(id) = value.as_str() else {
        return Ok(Err("it is not a phrase's id".to_owned()));
    };
    if library().phrase(id).is_none() {
        return Ok(Err(
            "it is not one of the phrases this version of Mend has".to_owned()
        ));
    }
    let added = tx.execute(
        "INSERT INTO phrase_favourites (phrase_id, created_at_ms) VALUES (?1, ?2)
         ON CONFLICT (phrase_id) DO NOTHING",
        params![id, since_ms],
    )?;
    Ok(Ok(if added == 1 {
        Fate::Added
    } else {
        Fate::Skipped
    }))
}

impl ImportReport {
    fn record(&mut self, kind: Kind, value: &serde_json::Value, outcome: Result<Fate, String>) {
        match outcome {
            Ok(Fate::Added) => self.added.bump(kind),
            Ok(Fate::Updated) => self.updated.bump(kind),
            Ok(Fate::Skipped) => self.skipped.bump(kind),
            Ok(Fate::Merged) => self.merged.bump(kind),
            Err(reason) => self.rejected.push(Rejection {
                kind: kind.word(),
                id: id_of(value),
                reason,
            }),
        }
    }
}

impl Store {
    /// Imports a Mend export. The file is refused as a whole if it is not one this build can
    /// read; otherwise each record is checked, and the acceptable ones are written in one
    /// transaction, parents before the records that point at them. Running it again with the
    /// same file changes nothing.
    #[instrument(skip_all, err, fields(bytes = bytes.len()))]
    pub fn import(&mut self, bytes: &[u8]) -> Result<ImportReport, ImportError> {
        let file = parse_file(bytes)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let mut report = ImportReport::default();
        {
            let mut known = Known {
                tx: &tx,
                accepted: HashMap::new(),
            };
            let version = file.format_version;
            let mut written_parts = Vec::new();
            for value in &file.parts {
                let outcome = import_named(&tx, &mut known, Kind::Part, value, version)?;
                if matches!(outcome, Ok(Fate::Added | Fate::Updated)) {
                    written_parts.push(value);
                }
                report.record(Kind::Part, value, outcome);
            }
            // Every part of the file is in now, so a merged part can point at any of them.
            if version >= REFLECT_AND_PRACTISE {
                for value in written_parts {
                    if let Some(reason) = link_merged(&tx, &known, value)? {
                        report.amended.push(Rejection {
                            kind: Kind::Part.word(),
                            id: id_of(value),
                            reason,
                        });
                    }
                }
            }
            for value in &file.people {
                let outcome = import_named(&tx, &mut known, Kind::Person, value, version)?;
                report.record(Kind::Person, value, outcome);
            }
            type Importer = fn(&Transaction<'_>, &mut Known<'_>, &serde_json::Value) -> Outcome;
            let rest: [(Kind, &[serde_json::Value], Importer); 7] = [
                (Kind::Rupture, &file.ruptures, import_rupture),
                (Kind::CheckIn, &file.checkins, import_checkin),
                (Kind::Pause, &file.pauses, import_pause),
                (Kind::Repair, &file.repairs, import_repair),
                (Kind::Reflection, &file.reflections, import_reflection),
                (Kind::OwnPhrase, &file.own_phrases, import_own_phrase),
                (Kind::Practice, &file.practice_sessions, import_practice),
            ];
            for (kind, values, import) in rest {
                for value in values {
                    let outcome = import(&tx, &mut known, value)?;
                    report.record(kind, value, outcome);
                }
            }
            let since_ms = ms(&file.exported_at);
            for value in &file.favourite_phrases {
                let outcome = import_favourite(&tx, value, since_ms)?;
                report.record(Kind::Favourite, value, outcome);
            }
        }
        tx.commit().map_err(StoreError::from)?;
        Ok(report)
    }
}

/// An active name of this kind equal to `name` (any case), other than `id`.
fn same_name(
    tx: &Transaction<'_>,
    kind: Kind,
    name: &str,
    id: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    let found: Option<String> = tx
        .query_row(
            &format!(
                "SELECT id FROM {} WHERE fold(name) = fold(?1) AND archived_at_ms IS NULL AND id <> ?2",
                kind.table()
            ),
            params![name, id.hyphenated().to_string()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.and_then(|f| Uuid::parse_str(&f).ok()))
}
