//! Repairs: the five steps' notes, the phrases used, the outcome and the time to repair.

use chrono::TimeDelta;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use super::declare::{Checked, Column, InFile, Phrases, Plain, record};
use super::record::{Names, Reason, note};
use super::row::{self, Fields, OnConflict, Stamps, val};
use super::{Result, Store, StoreError, ruptures};
use crate::domain::kept::Kept;
use crate::domain::repair::{FELT_WHAT, INTENTION_WHAT, NOTE_WHAT, RepairEdit, StepNotes};
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

record! {
    /// A repair as an export file writes it.
    Repair => RepairRec, table "repairs", kind Repair {
        id: RepairId = ["id"] => id,
        rupture_id: RuptureId = ["rupture_id"] => rupture_id refers Rupture,
        started_at: Moment = ["started_at_ms", "started_offset_s"] => started_at,
        stage: Kept<RepairStage> = ["stage"] => stage what "its step",
        #[serde(default)]
        notes: StepNotes = [
            "notice_note",
            "find_self_note",
            "listen_note",
            "acknowledge_note",
            "respond_note"
        ] => notes what NOTE_WHAT,
        #[serde(default)]
        intention: Note = ["intention"] => intention what INTENTION_WHAT,
        #[serde(default)]
        phrases: Vec<String> as Phrases = ["phrases"] => phrases,
        #[serde(default)]
        outcome: Option<RepairOutcome> as Checked = ["outcome"] => outcome what "its outcome",
        #[serde(default)]
        felt: Note = ["felt"] => felt what FELT_WHAT,
        #[serde(default)]
        completed_at: Option<Moment> = ["completed_at_ms", "completed_offset_s"] => completed_at,
        #[serde(default)]
        time_to_repair: Option<TimeDelta> = ["time_to_repair_ms"] => time_to_repair_ms
            what "time to repair" csv "time_to_repair_minutes",
    }

    fn check(self) -> std::result::Result<Self, Reason> {
        if self.outcome.is_some() != self.completed_at.is_some() {
            return Err(Reason::new("import-why-repair-end-half"));
        }
        Ok(self)
    }

    fn csv_extra(r: &RepairRec, _: &Names) -> Vec<(&'static str, String)> {
        let minutes = r.time_to_repair_ms.map(|ms| (ms / 60_000).to_string());
        vec![("time_to_repair_minutes", minutes.unwrap_or_default())]
    }
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

/// The five steps' notes: a column each, a group of its own in a file.
impl InFile<StepNotes> for Plain {
    type Rec = StepNotesRec;
}

impl Column<StepNotes> for Plain {
    fn put(value: &StepNotes, row: &mut Vec<Value>) {
        let StepNotes {
            notice,
            find_self,
            listen,
            acknowledge,
            respond,
        } = value;
        row.extend([notice, find_self, listen, acknowledge, respond].map(|n| val(n.as_str())));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        what: &'static str,
    ) -> rusqlite::Result<StepNotes> {
        Ok(StepNotes {
            notice: f.note(columns[0], what)?,
            find_self: f.note(columns[1], what)?,
            listen: f.note(columns[2], what)?,
            acknowledge: f.note(columns[3], what)?,
            respond: f.note(columns[4], what)?,
        })
    }

    fn csv(_: &'static str) -> Vec<&'static str> {
        vec!["notice", "find_self", "listen", "acknowledge", "respond"]
    }

    fn out(value: &StepNotes) -> StepNotesRec {
        StepNotesRec {
            notice: value.notice.as_str().to_owned(),
            find_self: value.find_self.as_str().to_owned(),
            listen: value.listen.as_str().to_owned(),
            acknowledge: value.acknowledge.as_str().to_owned(),
            respond: value.respond.as_str().to_owned(),
        }
    }

    fn parse(rec: &StepNotesRec, what: &'static str) -> std::result::Result<StepNotes, Reason> {
        Ok(StepNotes {
            notice: note(&rec.notice, what)?,
            find_self: note(&rec.find_self, what)?,
            listen: note(&rec.listen, what)?,
            acknowledge: note(&rec.acknowledge, what)?,
            respond: note(&rec.respond, what)?,
        })
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
                return Err(StoreError::RuptureClosed(rupture.status));
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

    /// Saves what was written on a repair's screens and where the person is, as they go:
    /// applied to the repair as it is kept, in one transaction. The repair as it now is.
    #[instrument(skip_all, err)]
    pub fn advance_repair(&mut self, edit: impl Into<RepairEdit>, now: &Moment) -> Result<Repair> {
        let edit = edit.into();
        self.write(|tx| {
            let mut repair = get(tx, edit.id)?;
            edit.apply(&mut repair);
            save_in(tx, &repair, now)?;
            Ok(repair)
        })
    }

    /// Records how a repair went, with what was last written, and updates its rupture, in
    /// one transaction. The repair as it now is.
    #[instrument(skip_all, err)]
    pub fn complete_repair(
        &mut self,
        edit: impl Into<RepairEdit>,
        outcome: RepairOutcome,
        now: &Moment,
    ) -> Result<Repair> {
        let edit = edit.into();
        self.write(|tx| {
            let mut done = get(tx, edit.id)?;
            edit.apply(&mut done);
            let mut rupture = ruptures::get(tx, done.rupture_id)?;
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
