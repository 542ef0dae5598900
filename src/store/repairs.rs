//! Repairs: the five steps' notes, the phrases used, the outcome and the time to repair.

use chrono::TimeDelta;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::record::{
    Imported, Names, Reason, Record, RecordError, Refer, Stamp, known, list, note, opt_known,
    required, stamps, updated,
};
use super::row::{self, Fields, OnConflict, Stamps, Table, list_value, moment, opt_moment, val};
use super::{Result, Store, StoreError, ruptures};
use crate::domain::kept::Kept;
use crate::domain::repair::{FELT_WHAT, INTENTION_WHAT, NOTE_WHAT, StepNotes};
use crate::domain::{
    Moment, Note, Repair, RepairId, RepairOutcome, RepairStage, RuptureId, RuptureStatus,
};

pub(super) const V1: &str = "
CREATE TABLE repairs (
    id TEXT PRIMARY KEY NOT NULL,
    rupture_id TEXT NOT NULL REFERENCES ruptures (id) ON DELETE CASCADE,
    started_at_ms INTEGER NOT NULL,
    started_offset_s INTEGER NOT NULL,
    stage TEXT NOT NULL,
    notice_note TEXT NOT NULL DEFAULT '',
    find_self_note TEXT NOT NULL DEFAULT '',
    listen_note TEXT NOT NULL DEFAULT '',
    acknowledge_note TEXT NOT NULL DEFAULT '',
    respond_note TEXT NOT NULL DEFAULT '',
    intention TEXT NOT NULL DEFAULT '',
    phrases TEXT NOT NULL DEFAULT '[]',
    outcome TEXT CHECK (outcome IN ('reconnected', 'partly', 'not_yet')),
    felt TEXT NOT NULL DEFAULT '',
    completed_at_ms INTEGER,
    completed_offset_s INTEGER,
    time_to_repair_ms INTEGER,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
CREATE INDEX repairs_timeline ON repairs (started_at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;
CREATE INDEX repairs_rupture ON repairs (rupture_id, started_at_ms DESC);
";

impl Table for Repair {
    const TABLE: &'static str = "repairs";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "rupture_id",
        "started_at_ms",
        "started_offset_s",
        "stage",
        "notice_note",
        "find_self_note",
        "listen_note",
        "acknowledge_note",
        "respond_note",
        "intention",
        "phrases",
        "outcome",
        "felt",
        "completed_at_ms",
        "completed_offset_s",
        "time_to_repair_ms",
    ];

    fn to_row(&self) -> Vec<Value> {
        let [started_ms, started_offset] = moment(&self.started_at);
        let [completed_ms, completed_offset] = opt_moment(&self.completed_at);
        vec![
            val(self.id),
            val(self.rupture_id),
            started_ms,
            started_offset,
            Value::Text(self.stage.code().into_owned()),
            val(self.notes.notice.as_str()),
            val(self.notes.find_self.as_str()),
            val(self.notes.listen.as_str()),
            val(self.notes.acknowledge.as_str()),
            val(self.notes.respond.as_str()),
            val(self.intention.as_str()),
            list_value(&self.phrases),
            val(self.outcome.map(RepairOutcome::code)),
            val(self.felt.as_str()),
            completed_ms,
            completed_offset,
            val(self.time_to_repair.map(|d| d.num_milliseconds())),
        ]
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        Ok(Repair {
            id: f.get("id")?,
            rupture_id: f.get("rupture_id")?,
            started_at: f.moment("started_at_ms", "started_offset_s")?,
            stage: f.code("stage")?,
            notes: StepNotes {
                notice: f.note("notice_note", NOTE_WHAT)?,
                find_self: f.note("find_self_note", NOTE_WHAT)?,
                listen: f.note("listen_note", NOTE_WHAT)?,
                acknowledge: f.note("acknowledge_note", NOTE_WHAT)?,
                respond: f.note("respond_note", NOTE_WHAT)?,
            },
            intention: f.note("intention", INTENTION_WHAT)?,
            phrases: f.list("phrases")?,
            outcome: f.opt_checked("outcome")?,
            felt: f.note("felt", FELT_WHAT)?,
            completed_at: f.opt_moment("completed_at_ms", "completed_offset_s", 0)?,
            time_to_repair: f
                .get::<Option<i64>>("time_to_repair_ms")?
                .map(TimeDelta::milliseconds),
        })
    }
}

/// A repair as an export file writes it.
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

/// The notes of the five repair steps, as an export file writes them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepNotesRec {
    pub notice: String,
    pub find_self: String,
    pub listen: String,
    pub acknowledge: String,
    pub respond: String,
}

impl Record for Repair {
    const KIND: Kind = Kind::Repair;
    type Rec = RepairRec;
    const CSV: &'static [&'static str] = &[
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
        "time_to_repair_ms",
        "time_to_repair_minutes",
        "created_at",
        "updated_at",
    ];

    fn key(&self) -> Uuid {
        self.id.0
    }

    fn to_rec(&self, s: &Stamps) -> RepairRec {
        let n = &self.notes;
        RepairRec {
            id: self.id.0,
            rupture_id: self.rupture_id.0,
            started_at: self.started_at,
            stage: self.stage.code().into_owned(),
            notes: StepNotesRec {
                notice: n.notice.as_str().to_owned(),
                find_self: n.find_self.as_str().to_owned(),
                listen: n.listen.as_str().to_owned(),
                acknowledge: n.acknowledge.as_str().to_owned(),
                respond: n.respond.as_str().to_owned(),
            },
            intention: self.intention.as_str().to_owned(),
            phrases: self.phrases.clone(),
            outcome: self.outcome.map(|o| o.code().to_owned()),
            felt: self.felt.as_str().to_owned(),
            completed_at: self.completed_at,
            time_to_repair_ms: self.time_to_repair.map(|d| d.num_milliseconds()),
            created_at: s.created,
            updated_at: updated(s),
        }
    }

    fn from_rec(r: &RepairRec) -> Result<Imported<Self>, Reason> {
        let outcome = opt_known::<RepairOutcome>(&r.outcome, "its outcome")?;
        if outcome.is_some() != r.completed_at.is_some() {
            return Err(
                "it has an outcome without a finish time, or the other way round".to_owned(),
            );
        }
        if r.time_to_repair_ms.is_some_and(|t| t < 0) {
            return Err("its time to repair is negative".to_owned());
        }
        let step = |text: &str| note(text, NOTE_WHAT);
        Ok(Imported {
            record: Repair {
                id: RepairId(r.id),
                rupture_id: RuptureId(r.rupture_id),
                started_at: r.started_at,
                stage: Kept::Known(known::<RepairStage>(&r.stage, "its step")?),
                notes: StepNotes {
                    notice: step(&r.notes.notice)?,
                    find_self: step(&r.notes.find_self)?,
                    listen: step(&r.notes.listen)?,
                    acknowledge: step(&r.notes.acknowledge)?,
                    respond: step(&r.notes.respond)?,
                },
                intention: note(&r.intention, INTENTION_WHAT)?,
                phrases: list(&r.phrases, "phrases", |p| {
                    required(p, "a phrase").map(Note::into_string)
                })?,
                outcome,
                felt: note(&r.felt, FELT_WHAT)?,
                completed_at: r.completed_at,
                time_to_repair: r.time_to_repair_ms.map(TimeDelta::milliseconds),
            },
            stamps: stamps(&r.created_at, &r.updated_at),
        })
    }

    fn refer(&mut self, known: &dyn Refer) -> Result<(), RecordError> {
        self.rupture_id = RuptureId(known.refer(Kind::Rupture, self.rupture_id.0)?);
        Ok(())
    }

    fn csv_extra(r: &RepairRec, _: &Names) -> Vec<(&'static str, String)> {
        let minutes = r.time_to_repair_ms.map(|ms| (ms / 60_000).to_string());
        vec![("time_to_repair_minutes", minutes.unwrap_or_default())]
    }
}

/// The condition for a repair that is not deleted and whose rupture is not either.
pub(crate) const LIVE: &str = "AND t.deleted_at_ms IS NULL AND EXISTS (SELECT 1 FROM ruptures u
    WHERE u.id = t.rupture_id AND u.deleted_at_ms IS NULL)";

fn get(conn: &Connection, id: RepairId) -> Result<Repair> {
    row::get(conn, id, LIVE)?.ok_or(StoreError::NotFound("repair"))
}

fn save_in(tx: &Transaction<'_>, r: &Repair, now: &Moment) -> Result<()> {
    Ok(row::upsert(tx, r, &Stamps::now(now), OnConflict::Edit)?)
}

impl Store {
    /// Begins repairing a rupture, or picks up the repair already under way. The rupture is
    /// marked as repairing in the same transaction.
    #[instrument(skip_all, err)]
    pub fn begin_repair(&mut self, rupture_id: RuptureId, now: &Moment) -> Result<Repair> {
        self.write(|tx| {
            let mut rupture = ruptures::get(tx, rupture_id)?;
            if !rupture.status.awaits_repair() {
                return Err(StoreError::RuptureClosed(rupture.status.label()));
            }
            let under_way: Option<RepairId> = tx
                .query_row(
                    "SELECT id FROM repairs WHERE rupture_id = ?1 AND deleted_at_ms IS NULL
                     AND completed_at_ms IS NULL ORDER BY started_at_ms DESC LIMIT 1",
                    [rupture_id],
                    |r| r.get(0),
                )
                .optional()?;
            let repair = match under_way {
                Some(id) => get(tx, id)?,
                None => {
                    let repair = Repair::begin(RepairId::random(), rupture_id, *now);
                    save_in(tx, &repair, now)?;
                    repair
                }
            };
            if rupture.status != RuptureStatus::Repairing {
                rupture.status = RuptureStatus::Repairing;
                rupture.repaired_at = None;
                ruptures::save_in(tx, &rupture, now)?;
            }
            Ok(repair)
        })
    }

    /// Saves the notes, phrases and stage of a repair as it goes.
    #[instrument(skip_all, err)]
    pub fn save_repair(&mut self, repair: &Repair, now: &Moment) -> Result<()> {
        self.write(|tx| save_in(tx, repair, now))
    }

    /// Records how a repair went and updates its rupture, in one transaction.
    #[instrument(skip_all, err)]
    pub fn complete_repair(
        &mut self,
        repair: &Repair,
        outcome: RepairOutcome,
        now: &Moment,
    ) -> Result<Repair> {
        self.write(|tx| {
            let mut rupture = ruptures::get(tx, repair.rupture_id)?;
            let mut done = repair.clone();
            let status = done.complete(outcome, *now, rupture.at)?;
            save_in(tx, &done, now)?;
            rupture.status = status;
            rupture.repaired_at = (status == RuptureStatus::Repaired).then_some(*now);
            ruptures::save_in(tx, &rupture, now)?;
            Ok(done)
        })
    }

    /// One repair, unless it or its rupture is deleted.
    #[instrument(skip_all, err)]
    pub fn repair(&self, id: RepairId) -> Result<Repair> {
        get(&self.conn, id)
    }
}
