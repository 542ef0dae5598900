//! Ruptures: when, with whom, what happened, how big, and where repair stands.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use tracing::instrument;

use super::declare::{Checked, Required, record};
use super::record::Names;
use super::row::{self, OnConflict, Stamps, Table};
use super::{Result, Store, StoreError};
use crate::domain::kept::Code;
use crate::domain::rupture::WHAT_WHAT;
use crate::domain::talk::TalkStage;
use crate::domain::time::from_parts;
use crate::domain::{
    CheckInId, Moment, Note, PauseId, PersonId, RepairId, Rupture, RuptureId, RuptureStatus,
    Severity, TalkId,
};

pub(super) const V1: &str = "
CREATE TABLE ruptures (
    id TEXT PRIMARY KEY NOT NULL,
    at_ms INTEGER NOT NULL,
    at_offset_s INTEGER NOT NULL,
    person_id TEXT REFERENCES people (id),
    what TEXT NOT NULL,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    status TEXT NOT NULL CHECK (status IN ('open', 'repairing', 'repaired', 'let_go')),
    repaired_at_ms INTEGER,
    repaired_offset_s INTEGER,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
CREATE INDEX ruptures_timeline ON ruptures (at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;
CREATE INDEX ruptures_person ON ruptures (person_id, at_ms DESC) WHERE deleted_at_ms IS NULL;
CREATE INDEX ruptures_status ON ruptures (status, at_ms DESC) WHERE deleted_at_ms IS NULL;
";

record! {
    /// A rupture as an export file writes it.
    Rupture => RuptureRec, table "ruptures", kind Rupture {
        id: RuptureId = ["id"] => id,
        at: Moment = ["at_ms", "at_offset_s"] => at,
        #[serde(default)]
        person_id: Option<PersonId> = ["person_id"] => person_id refers Person csv "person",
        what: Note as Required = ["what"] => what what WHAT_WHAT,
        severity: Severity = ["severity"] => severity what "size",
        status: RuptureStatus as Checked = ["status"] => status what "its status",
        #[serde(default)]
        repaired_at: Option<Moment> = ["repaired_at_ms", "repaired_offset_s"] => repaired_at,
    }

    fn csv_extra(r: &RuptureRec, names: &Names) -> Vec<(&'static str, String)> {
        vec![("person", names.person(r.person_id))]
    }
}

/// The records tied to one rupture.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuptureLinks {
    pub checkins: Vec<(CheckInId, Moment, String)>,
    pub pauses: Vec<(PauseId, Moment, i64)>,
    pub repairs: Vec<(RepairId, Moment, bool)>,
    /// Each talk about it, with where it stands, and whether both said it's repaired.
    pub talks: Vec<(TalkId, Moment, TalkStage, bool)>,
}

impl Store {
    /// Saves a new rupture or the edits to one.
    #[instrument(skip_all, err)]
    pub fn save_rupture(&mut self, rupture: &Rupture, now: &Moment) -> Result<()> {
        self.write(|tx| save_in(tx, rupture, now))
    }

    /// One rupture, unless deleted.
    #[instrument(skip_all, err)]
    pub fn rupture(&self, id: RuptureId) -> Result<Rupture> {
        get(&self.conn, id)
    }

    /// Ruptures still waiting for repair, newest first.
    #[instrument(skip_all, err)]
    pub fn open_ruptures(&self, limit: usize) -> Result<Vec<Rupture>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} WHERE t.deleted_at_ms IS NULL AND t.status IN ('open', 'repairing')
             ORDER BY t.at_ms DESC, t.id DESC LIMIT ?1",
            row::select::<Rupture>()
        ))?;
        let rows = stmt.query_map([limit as i64], Rupture::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Lets a rupture go, or opens it again.
    #[instrument(skip_all, err)]
    pub fn set_rupture_status(
        &mut self,
        id: RuptureId,
        status: RuptureStatus,
        now: &Moment,
    ) -> Result<()> {
        self.write(|tx| {
            let mut rupture = get(tx, id)?;
            rupture.status = status;
            if status != RuptureStatus::Repaired {
                rupture.repaired_at = None;
            }
            save_in(tx, &rupture, now)
        })
    }

    /// The check-ins, pauses and repairs tied to a rupture, oldest first.
    #[instrument(skip_all, err)]
    pub fn rupture_links(&self, id: RuptureId) -> Result<RuptureLinks> {
        let mut links = RuptureLinks::default();
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.at_ms, c.at_offset_s, p.name FROM checkins c JOIN parts p ON p.id = c.part_id
             WHERE c.rupture_id = ?1 AND c.deleted_at_ms IS NULL ORDER BY c.at_ms",
        )?;
        for row in stmt.query_map([id], |r| {
            Ok((r.get(0)?, from_parts(r.get(1)?, r.get(2)?), r.get(3)?))
        })? {
            links.checkins.push(row?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, started_at_ms, started_offset_s, planned_end_ms FROM pauses
             WHERE rupture_id = ?1 AND deleted_at_ms IS NULL ORDER BY started_at_ms",
        )?;
        for row in stmt.query_map([id], |r| {
            let start: i64 = r.get(1)?;
            let end: i64 = r.get(3)?;
            Ok((
                r.get(0)?,
                from_parts(start, r.get(2)?),
                ((end - start) / 1000 + 30) / 60,
            ))
        })? {
            links.pauses.push(row?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, started_at_ms, started_offset_s, completed_at_ms IS NOT NULL FROM repairs
             WHERE rupture_id = ?1 AND deleted_at_ms IS NULL ORDER BY started_at_ms",
        )?;
        for row in stmt.query_map([id], |r| {
            Ok((r.get(0)?, from_parts(r.get(1)?, r.get(2)?), r.get(3)?))
        })? {
            links.repairs.push(row?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, started_at_ms, started_offset_s, stage, repaired FROM talks
             WHERE rupture_id = ?1 AND deleted_at_ms IS NULL ORDER BY started_at_ms",
        )?;
        for row in stmt.query_map([id], |r| {
            let stage: String = r.get(3)?;
            let stage = TalkStage::from_code(&stage).unwrap_or(TalkStage::Ready);
            Ok((
                r.get(0)?,
                from_parts(r.get(1)?, r.get(2)?),
                stage,
                r.get(4)?,
            ))
        })? {
            links.talks.push(row?);
        }
        Ok(links)
    }
}

pub(super) fn save_in(tx: &Transaction<'_>, r: &Rupture, now: &Moment) -> Result<()> {
    Ok(row::upsert(tx, r, &Stamps::now(now), OnConflict::Edit)?)
}

/// Sets a rupture's status from its repairs, after one of them (or a talk that mended it) was
/// deleted or brought back: mended if a repair mended it, or both said so at the end of a
/// talk (as of the latest), repairing if one is
/// under way, open otherwise. A rupture let go, or itself deleted, is left as it is.
pub(super) fn resync_with_repairs(tx: &Transaction<'_>, id: RuptureId) -> Result<()> {
    let rupture = match get(tx, id) {
        Ok(r) => r,
        Err(StoreError::NotFound(_)) => return Ok(()),
        Err(e) => return Err(e),
    };
    if rupture.status == RuptureStatus::LetGo {
        return Ok(());
    }
    let mended: Option<(i64, i32)> = tx
        .query_row(
            "SELECT completed_at_ms AS at_ms, completed_offset_s FROM repairs
             WHERE rupture_id = ?1 AND deleted_at_ms IS NULL
               AND outcome IN ('reconnected', 'partly')
             UNION ALL
             SELECT finished_at_ms, finished_offset_s FROM talks
             WHERE rupture_id = ?1 AND deleted_at_ms IS NULL AND repaired = 1
             ORDER BY at_ms DESC LIMIT 1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let under_way: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM repairs WHERE rupture_id = ?1
             AND deleted_at_ms IS NULL AND completed_at_ms IS NULL)",
        [id],
        |r| r.get(0),
    )?;
    let status = match (mended, under_way) {
        (Some(_), _) => RuptureStatus::Repaired,
        (None, true) => RuptureStatus::Repairing,
        (None, false) => RuptureStatus::Open,
    };
    tx.execute(
        "UPDATE ruptures SET status = ?2, repaired_at_ms = ?3, repaired_offset_s = ?4
         WHERE id = ?1",
        params![id, status.code(), mended.map(|m| m.0), mended.map(|m| m.1)],
    )?;
    Ok(())
}

/// Reads one rupture that is not deleted.
pub(super) fn get(conn: &Connection, id: RuptureId) -> Result<Rupture> {
    row::get(conn, id, "AND t.deleted_at_ms IS NULL")?.ok_or(StoreError::NotFound("rupture"))
}
