//! Reading everything out: a consistent snapshot of every record, written as JSON or CSV.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use tracing::instrument;
use uuid::Uuid;

use super::format::{
    CheckInRec, ExportFile, FORMAT, FORMAT_VERSION, OwnPhraseRec, PartRec, PauseRec, PersonRec,
    PracticeSessionRec, ReflectionRec, RepairRec, RuptureRec, Stamp,
};
use crate::domain::content::library;
use crate::domain::practice::{OwnPhrase, PracticeSession};
use crate::domain::reflection::Reflection;
use crate::domain::{CheckIn, Pause, Repair, Rupture};
use crate::store::kinds::{Counts, Kind};
use crate::store::named::PersonRow;
use crate::store::parts::PartRow;
use crate::store::row::{self, Stamps, Table};
use crate::store::{Result, Store, StoreError, files, phrases, practice, repairs};

/// Every record that is not deleted, read in one transaction.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snapshot {
    pub parts: Vec<PartRec>,
    pub people: Vec<PersonRec>,
    pub ruptures: Vec<RuptureRec>,
    pub checkins: Vec<CheckInRec>,
    pub pauses: Vec<PauseRec>,
    pub repairs: Vec<RepairRec>,
    pub reflections: Vec<ReflectionRec>,
    pub own_phrases: Vec<OwnPhraseRec>,
    /// The ids of our phrases kept as favourites, in order.
    pub favourite_phrases: Vec<String>,
    /// Each with its cards.
    pub practice_sessions: Vec<PracticeSessionRec>,
}

impl Snapshot {
    /// How many records of each kind (a favourite counts as one, a practice session with
    /// its cards as one).
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for kind in Kind::ALL {
            *counts.of(kind) = match kind {
                Kind::Part => self.parts.len(),
                Kind::Person => self.people.len(),
                Kind::Rupture => self.ruptures.len(),
                Kind::CheckIn => self.checkins.len(),
                Kind::Pause => self.pauses.len(),
                Kind::Repair => self.repairs.len(),
                Kind::Reflection => self.reflections.len(),
                Kind::OwnPhrase => self.own_phrases.len(),
                Kind::Favourite => self.favourite_phrases.len(),
                Kind::Practice => self.practice_sessions.len(),
            };
        }
        counts
    }

    /// How many records, of every kind together.
    pub fn len(&self) -> usize {
        self.counts().total()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The export file for this snapshot.
    pub fn to_file(&self, exported_at: Stamp) -> ExportFile {
        fn values<T: serde::Serialize>(v: &[T]) -> Vec<serde_json::Value> {
            v.iter()
                .map(|r| serde_json::to_value(r).unwrap_or(serde_json::Value::Null))
                .collect()
        }
        ExportFile {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            exported_at: Some(exported_at),
            app_version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            parts: values(&self.parts),
            people: values(&self.people),
            ruptures: values(&self.ruptures),
            checkins: values(&self.checkins),
            pauses: values(&self.pauses),
            repairs: values(&self.repairs),
            reflections: values(&self.reflections),
            own_phrases: values(&self.own_phrases),
            favourite_phrases: values(&self.favourite_phrases),
            practice_sessions: values(&self.practice_sessions),
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub file: PathBuf,
    /// Empty when no CSV was asked for.
    pub csv_files: Vec<PathBuf>,
    pub counts: Counts,
}

impl Store {
    /// Writes everything to one JSON file at `file` and, if `csv` names a folder, a CSV
    /// file per kind there. Each file is written whole or not at all.
    #[instrument(skip_all, err)]
    pub fn export_to(&self, file: &Path, csv: Option<&Path>, now: Stamp) -> Result<Exported> {
        let snapshot = self.snapshot()?;
        let failed = |path: &Path| {
            let path = path.to_path_buf();
            move |source| StoreError::Export { path, source }
        };
        write_json(&snapshot, now, file).map_err(failed(file))?;
        let csv_files = match csv {
            Some(dir) => write_csv(&snapshot, dir).map_err(failed(dir))?,
            None => Vec::new(),
        };
        Ok(Exported {
            file: file.to_path_buf(),
            csv_files,
            counts: snapshot.counts(),
        })
    }
}

/// Every record of a table for which `rest` (conditions and order, on `t`) holds, as the
/// format writes it.
fn all<T, R>(conn: &Connection, rest: &str) -> Result<Vec<R>>
where
    T: Table,
    for<'a> R: From<(&'a T, &'a Stamps)>,
{
    Ok(row::all_stamped::<T>(conn, rest)?
        .iter()
        .map(|(record, stamps)| R::from((record, stamps)))
        .collect())
}

impl Store {
    /// Reads every record that is not deleted, consistently (one read transaction), each
    /// exactly as it is kept.
    #[instrument(skip_all, err)]
    pub fn snapshot(&self) -> Result<Snapshot> {
        let tx = self.conn.unchecked_transaction()?;
        const LIVE: &str = "WHERE t.deleted_at_ms IS NULL";
        let practice_sessions =
            row::all_stamped::<PracticeSession>(&tx, &format!("{LIVE} ORDER BY t.at_ms, t.id"))?
                .into_iter()
                .map(|(mut session, stamps)| {
                    session.cards = practice::cards(&tx, &session)?;
                    Ok(PracticeSessionRec::from((&session, &stamps)))
                })
                .collect::<Result<_>>()?;
        let snapshot = Snapshot {
            parts: all::<PartRow, _>(&tx, "ORDER BY t.created_at_ms, t.rowid")?,
            people: all::<PersonRow, _>(&tx, "ORDER BY t.created_at_ms, t.rowid")?,
            ruptures: all::<Rupture, _>(&tx, &format!("{LIVE} ORDER BY t.at_ms, t.id"))?,
            checkins: all::<CheckIn, _>(&tx, &format!("{LIVE} ORDER BY t.at_ms, t.id"))?,
            pauses: all::<Pause, _>(&tx, &format!("{LIVE} ORDER BY t.started_at_ms, t.id"))?,
            repairs: all::<Repair, _>(
                &tx,
                &format!("WHERE 1 {} ORDER BY t.started_at_ms, t.id", repairs::LIVE),
            )?,
            reflections: all::<Reflection, _>(&tx, &format!("{LIVE} ORDER BY t.day, t.id"))?,
            own_phrases: all::<OwnPhrase, _>(
                &tx,
                &format!("{LIVE} ORDER BY t.created_at_ms, t.id"),
            )?,
            favourite_phrases: phrases::favourites_in_order(&tx)?,
            practice_sessions,
        };
        tx.finish()?;
        Ok(snapshot)
    }
}

/// Writes the snapshot as one JSON file.
pub fn write_json(snapshot: &Snapshot, exported_at: Stamp, path: &Path) -> std::io::Result<()> {
    let file = snapshot.to_file(exported_at);
    let mut bytes = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    files::write_atomically(path, &bytes)
}

/// Writes one CSV file per record type into `dir` (created if needed), with names beside
/// ids for spreadsheets. Returns the files written.
pub fn write_csv(snapshot: &Snapshot, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    files::create_dir_all(dir)?;
    let part_name = |id: &Uuid| {
        snapshot
            .parts
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let person_name = |id: &Option<Uuid>| {
        id.and_then(|id| snapshot.people.iter().find(|p| p.id == id))
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let stamp = |s: &Stamp| s.to_rfc3339();
    let opt_stamp = |s: &Option<Stamp>| s.as_ref().map(Stamp::to_rfc3339).unwrap_or_default();
    let opt = |u: &Option<Uuid>| u.map(|u| u.to_string()).unwrap_or_default();
    let num = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
    let list = |l: &[String]| l.join("; ");
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();

    let mut written = Vec::new();
    let mut table = |name: &str, header: &[&str], rows: Vec<Vec<String>>| -> std::io::Result<()> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(header).map_err(std::io::Error::other)?;
        for row in rows {
            w.write_record(&row).map_err(std::io::Error::other)?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let path = dir.join(name);
        files::write_atomically(&path, &bytes)?;
        written.push(path);
        Ok(())
    };
    table(
        "parts.csv",
        &[
            "id",
            "name",
            "role",
            "age_band",
            "fears",
            "needs",
            "triggers",
            "notes",
            "created_at",
            "updated_at",
            "archived_at",
            "merged_into",
            "merged_into_name",
        ],
        snapshot
            .parts
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.name.clone(),
                    p.role.clone().unwrap_or_default(),
                    p.age_band.clone().unwrap_or_default(),
                    p.fears.clone(),
                    p.needs.clone(),
                    p.triggers.clone(),
                    p.notes.clone(),
                    stamp(&p.created_at),
                    stamp(&p.updated_at),
                    opt_stamp(&p.archived_at),
                    opt(&p.merged_into),
                    p.merged_into.as_ref().map(part_name).unwrap_or_default(),
                ]
            })
            .collect(),
    )?;
    table(
        "people.csv",
        &["id", "name", "created_at", "updated_at", "archived_at"],
        snapshot
            .people
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.name.clone(),
                    stamp(&p.created_at),
                    stamp(&p.updated_at),
                    opt_stamp(&p.archived_at),
                ]
            })
            .collect(),
    )?;
    table(
        "ruptures.csv",
        &[
            "id",
            "at",
            "person_id",
            "person",
            "what",
            "severity",
            "status",
            "repaired_at",
            "created_at",
            "updated_at",
        ],
        snapshot
            .ruptures
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    stamp(&r.at),
                    opt(&r.person_id),
                    person_name(&r.person_id),
                    r.what.clone(),
                    r.severity.to_string(),
                    r.status.clone(),
                    opt_stamp(&r.repaired_at),
                    stamp(&r.created_at),
                    stamp(&r.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "checkins.csv",
        &[
            "id",
            "at",
            "part_id",
            "part",
            "intensity",
            "age_band",
            "fears",
            "body",
            "self_level",
            "self_qualities",
            "person_id",
            "person",
            "note",
            "rupture_id",
            "created_at",
            "updated_at",
        ],
        snapshot
            .checkins
            .iter()
            .map(|c| {
                vec![
                    c.id.to_string(),
                    stamp(&c.at),
                    c.part_id.to_string(),
                    part_name(&c.part_id),
                    num(c.intensity),
                    c.age_band.clone().unwrap_or_default(),
                    list(&c.fears),
                    list(&c.body),
                    num(c.self_level),
                    list(&c.self_qualities),
                    opt(&c.person_id),
                    person_name(&c.person_id),
                    c.note.clone(),
                    opt(&c.rupture_id),
                    stamp(&c.created_at),
                    stamp(&c.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "pauses.csv",
        &[
            "id",
            "started_at",
            "planned_end",
            "planned_minutes",
            "ended_at",
            "outcome",
            "rupture_id",
            "created_at",
            "updated_at",
        ],
        snapshot
            .pauses
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    stamp(&p.started_at),
                    stamp(&p.planned_end),
                    ((p.planned_end - p.started_at).num_seconds() / 60).to_string(),
                    opt_stamp(&p.ended_at),
                    p.outcome.clone().unwrap_or_default(),
                    opt(&p.rupture_id),
                    stamp(&p.created_at),
                    stamp(&p.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "repairs.csv",
        &[
            "id",
            "rupture_id",
            "started_at",
            "stage",
            "notice",
            "find_self",
            "listen",
            "acknowledge",
            "respond",
            "intention",
            "phrases",
            "outcome",
            "felt",
            "completed_at",
            "time_to_repair_minutes",
            "created_at",
            "updated_at",
        ],
        snapshot
            .repairs
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    r.rupture_id.to_string(),
                    stamp(&r.started_at),
                    r.stage.clone(),
                    r.notes.notice.clone(),
                    r.notes.find_self.clone(),
                    r.notes.listen.clone(),
                    r.notes.acknowledge.clone(),
                    r.notes.respond.clone(),
                    r.intention.clone(),
                    list(&r.phrases),
                    r.outcome.clone().unwrap_or_default(),
                    r.felt.clone(),
                    opt_stamp(&r.completed_at),
                    r.time_to_repair_ms
                        .map(|ms| (ms / 60_000).to_string())
                        .unwrap_or_default(),
                    stamp(&r.created_at),
                    stamp(&r.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "reflections.csv",
        &[
            "id",
            "day",
            "prompt_id",
            "prompt",
            "answer",
            "self_level",
            "at",
            "created_at",
            "updated_at",
        ],
        snapshot
            .reflections
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    r.day.clone(),
                    r.prompt_id.clone(),
                    r.prompt.clone(),
                    r.answer.clone(),
                    num(r.self_level),
                    stamp(&r.at),
                    stamp(&r.created_at),
                    stamp(&r.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "phrases.csv",
        &[
            "id",
            "text",
            "step",
            "audience",
            "why",
            "favourite",
            "created_at",
            "updated_at",
        ],
        snapshot
            .own_phrases
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.text.clone(),
                    p.step.clone(),
                    p.audience.clone(),
                    p.why.clone(),
                    yes_no(p.favourite),
                    stamp(&p.created_at),
                    stamp(&p.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "favourite_phrases.csv",
        &["phrase_id", "step", "audience", "text"],
        snapshot
            .favourite_phrases
            .iter()
            .map(|id| match library().phrase(id) {
                Some(ours) => vec![
                    id.clone(),
                    ours.step.code().to_owned(),
                    ours.audience.code().to_owned(),
                    ours.text.clone(),
                ],
                None => vec![id.clone(), String::new(), String::new(), String::new()],
            })
            .collect(),
    )?;
    table(
        "practice_cards.csv",
        &[
            "session_id",
            "session_at",
            "position",
            "situation_id",
            "situation",
            "response",
            "chosen",
            "met",
            "at",
        ],
        snapshot
            .practice_sessions
            .iter()
            .flat_map(|s| {
                s.cards.iter().enumerate().map(move |(position, c)| {
                    vec![
                        s.id.to_string(),
                        stamp(&s.at),
                        position.to_string(),
                        c.situation_id.clone(),
                        c.situation.clone(),
                        c.response.clone(),
                        c.chosen.map(|n| n.to_string()).unwrap_or_default(),
                        list(&c.met),
                        stamp(&c.at),
                    ]
                })
            })
            .collect(),
    )?;
    Ok(written)
}
