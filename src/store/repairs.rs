//! Repairs: the five steps' notes, the phrases used, the outcome and the time to repair.

use chrono::TimeDelta;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use tracing::instrument;

use super::{Result, Store, StoreError, json_list, ruptures, to_json_list};
use crate::domain::repair::StepNotes;
use crate::domain::time::{from_parts, offset_s};
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

const COLUMNS: &str = "id, rupture_id, started_at_ms, started_offset_s, stage, notice_note,
    find_self_note, listen_note, acknowledge_note, respond_note, intention, phrases, outcome,
    felt, completed_at_ms, completed_offset_s, time_to_repair_ms";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Repair> {
    let note = |i: usize| -> rusqlite::Result<Note> {
        Ok(Note::parse(&r.get::<_, String>(i)?, "the note").unwrap_or_default())
    };
    let stage: String = r.get(4)?;
    let outcome: Option<String> = r.get(12)?;
    let completed_ms: Option<i64> = r.get(14)?;
    let completed_off: Option<i32> = r.get(15)?;
    let ttr: Option<i64> = r.get(16)?;
    Ok(Repair {
        id: r.get(0)?,
        rupture_id: r.get(1)?,
        started_at: from_parts(r.get(2)?, r.get(3)?),
        stage: RepairStage::from_code(&stage).unwrap_or(RepairStage::FIRST),
        notes: StepNotes {
            notice: note(5)?,
            find_self: note(6)?,
            listen: note(7)?,
            acknowledge: note(8)?,
            respond: note(9)?,
        },
        intention: note(10)?,
        phrases: json_list(&r.get::<_, String>(11)?),
        outcome: outcome.as_deref().and_then(RepairOutcome::from_code),
        felt: note(13)?,
        completed_at: completed_ms.map(|ms| from_parts(ms, completed_off.unwrap_or(0))),
        time_to_repair: ttr.map(TimeDelta::milliseconds),
    })
}

fn get(conn: &Connection, id: RepairId) -> Result<Repair> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM repairs r WHERE id = ?1 AND deleted_at_ms IS NULL
             AND EXISTS (SELECT 1 FROM ruptures u WHERE u.id = r.rupture_id AND u.deleted_at_ms IS NULL)"
        ),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound("repair"))
}

fn save_in(tx: &Transaction<'_>, r: &Repair, now: &Moment) -> Result<()> {
    tx.execute(
        "INSERT INTO repairs (id, rupture_id, started_at_ms, started_offset_s, stage, notice_note,
             find_self_note, listen_note, acknowledge_note, respond_note, intention, phrases,
             outcome, felt, completed_at_ms, completed_offset_s, time_to_repair_ms,
             created_at_ms, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)
         ON CONFLICT (id) DO UPDATE SET
             stage = excluded.stage, notice_note = excluded.notice_note,
             find_self_note = excluded.find_self_note, listen_note = excluded.listen_note,
             acknowledge_note = excluded.acknowledge_note, respond_note = excluded.respond_note,
             intention = excluded.intention, phrases = excluded.phrases,
             outcome = excluded.outcome, felt = excluded.felt,
             completed_at_ms = excluded.completed_at_ms,
             completed_offset_s = excluded.completed_offset_s,
             time_to_repair_ms = excluded.time_to_repair_ms,
             updated_at_ms = excluded.updated_at_ms",
        params![
            r.id,
            r.rupture_id,
            r.started_at.timestamp_millis(),
            offset_s(&r.started_at),
            r.stage.code(),
            r.notes.notice.as_str(),
            r.notes.find_self.as_str(),
            r.notes.listen.as_str(),
            r.notes.acknowledge.as_str(),
            r.notes.respond.as_str(),
            r.intention.as_str(),
            to_json_list(&r.phrases),
            r.outcome.map(RepairOutcome::code),
            r.felt.as_str(),
            r.completed_at.map(|m| m.timestamp_millis()),
            r.completed_at.map(|m| offset_s(&m)),
            r.time_to_repair.map(|d| d.num_milliseconds()),
            now.timestamp_millis(),
        ],
    )?;
    Ok(())
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
