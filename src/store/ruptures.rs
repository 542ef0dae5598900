//! Ruptures: when, with whom, what happened, how big, and where repair stands.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use tracing::instrument;

use super::{Result, Store, StoreError};
use crate::domain::time::{from_parts, offset_s};
use crate::domain::{
    CheckInId, Moment, Note, PauseId, RepairId, Rupture, RuptureId, RuptureStatus, Severity,
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

const COLUMNS: &str =
    "id, at_ms, at_offset_s, person_id, what, severity, status, repaired_at_ms, repaired_offset_s";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Rupture> {
    let severity: u8 = r.get(5)?;
    let status: String = r.get(6)?;
    let repaired_ms: Option<i64> = r.get(7)?;
    let repaired_off: Option<i32> = r.get(8)?;
    Ok(Rupture {
        id: r.get(0)?,
        at: from_parts(r.get(1)?, r.get(2)?),
        person_id: r.get(3)?,
        what: Note::parse(&r.get::<_, String>(4)?, "what happened").unwrap_or_default(),
        severity: Severity::new(severity).unwrap_or(Severity::DEFAULT),
        status: RuptureStatus::from_code(&status).unwrap_or(RuptureStatus::Open),
        repaired_at: repaired_ms.map(|ms| from_parts(ms, repaired_off.unwrap_or(0))),
    })
}

/// The records tied to one rupture.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuptureLinks {
    pub checkins: Vec<(CheckInId, Moment, String)>,
    pub pauses: Vec<(PauseId, Moment, i64)>,
    pub repairs: Vec<(RepairId, Moment, bool)>,
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
            "SELECT {COLUMNS} FROM ruptures
             WHERE deleted_at_ms IS NULL AND status IN ('open', 'repairing')
             ORDER BY at_ms DESC, id DESC LIMIT ?1"
        ))?;
        let rows = stmt.query_map([limit as i64], from_row)?;
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
        Ok(links)
    }
}

pub(super) fn save_in(tx: &Transaction<'_>, r: &Rupture, now: &Moment) -> Result<()> {
    let now_ms = now.timestamp_millis();
    tx.execute(
        "INSERT INTO ruptures (id, at_ms, at_offset_s, person_id, what, severity, status,
             repaired_at_ms, repaired_offset_s, created_at_ms, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
         ON CONFLICT (id) DO UPDATE SET
             at_ms = excluded.at_ms, at_offset_s = excluded.at_offset_s,
             person_id = excluded.person_id, what = excluded.what, severity = excluded.severity,
             status = excluded.status, repaired_at_ms = excluded.repaired_at_ms,
             repaired_offset_s = excluded.repaired_offset_s, updated_at_ms = excluded.updated_at_ms",
        params![
            r.id,
            r.at.timestamp_millis(),
            offset_s(&r.at),
            r.person_id,
            r.what.as_str(),
            r.severity.get(),
            r.status.code(),
            r.repaired_at.map(|m| m.timestamp_millis()),
            r.repaired_at.map(|m| offset_s(&m)),
            now_ms,
        ],
    )?;
    Ok(())
}

/// Sets a rupture's status from its repairs, after one of them was deleted or brought
/// back: mended if a repair mended it (as of the latest such repair), repairing if one is
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
            "SELECT completed_at_ms, completed_offset_s FROM repairs
             WHERE rupture_id = ?1 AND deleted_at_ms IS NULL
               AND outcome IN ('reconnected', 'partly')
             ORDER BY completed_at_ms DESC LIMIT 1",
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
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM ruptures WHERE id = ?1 AND deleted_at_ms IS NULL"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound("rupture"))
}
