//! Ruptures: when, with whom, what happened, how big, and where repair stands.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::record::{
    Imported, Names, Reason, Record, RecordError, Refer, Stamp, known, required, stamps, updated,
};
use super::row::{self, Fields, OnConflict, Stamps, Table, moment, opt_moment, val};
use super::{Result, Store, StoreError};
use crate::domain::rupture::WHAT_WHAT;
use crate::domain::time::from_parts;
use crate::domain::{
    CheckInId, Moment, PauseId, PersonId, RepairId, Rupture, RuptureId, RuptureStatus, Severity,
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

impl Table for Rupture {
    const TABLE: &'static str = "ruptures";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "at_ms",
        "at_offset_s",
        "person_id",
        "what",
        "severity",
        "status",
        "repaired_at_ms",
        "repaired_offset_s",
    ];

    fn to_row(&self) -> Vec<Value> {
        let [at_ms, at_offset] = moment(&self.at);
        let [repaired_ms, repaired_offset] = opt_moment(&self.repaired_at);
        vec![
            val(self.id),
            at_ms,
            at_offset,
            val(self.person_id),
            val(self.what.as_str()),
            val(self.severity),
            val(self.status.code()),
            repaired_ms,
            repaired_offset,
        ]
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        Ok(Rupture {
            id: f.get("id")?,
            at: f.moment("at_ms", "at_offset_s")?,
            person_id: f.get("person_id")?,
            what: f.note("what", WHAT_WHAT)?,
            severity: f.get("severity")?,
            status: f.checked("status")?,
            repaired_at: f.opt_moment("repaired_at_ms", "repaired_offset_s", 0)?,
        })
    }
}

/// A rupture as an export file writes it.
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

impl Record for Rupture {
    const KIND: Kind = Kind::Rupture;
    type Rec = RuptureRec;
    const CSV: &'static [&'static str] = &[
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
    ];

    fn key(&self) -> Uuid {
        self.id.0
    }

    fn to_rec(&self, s: &Stamps) -> RuptureRec {
        RuptureRec {
            id: self.id.0,
            at: self.at,
            person_id: self.person_id.map(|p| p.0),
            what: self.what.as_str().to_owned(),
            severity: self.severity.get(),
            status: self.status.code().to_owned(),
            repaired_at: self.repaired_at,
            created_at: s.created,
            updated_at: updated(s),
        }
    }

    fn from_rec(r: &RuptureRec) -> Result<Imported<Self>, Reason> {
        Ok(Imported {
            record: Rupture {
                id: RuptureId(r.id),
                at: r.at,
                person_id: r.person_id.map(PersonId),
                what: required(&r.what, WHAT_WHAT)?,
                severity: Severity::new(r.severity)
                    .ok_or_else(|| format!("its size ({}) is not between 1 and 5", r.severity))?,
                status: known::<RuptureStatus>(&r.status, "its status")?,
                repaired_at: r.repaired_at,
            },
            stamps: stamps(&r.created_at, &r.updated_at),
        })
    }

    fn refer(&mut self, known: &dyn Refer) -> Result<(), RecordError> {
        self.person_id = known
            .refer_opt(Kind::Person, self.person_id.map(|p| p.0))?
            .map(PersonId);
        Ok(())
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
        Ok(links)
    }
}

pub(super) fn save_in(tx: &Transaction<'_>, r: &Rupture, now: &Moment) -> Result<()> {
    Ok(row::upsert(tx, r, &Stamps::now(now), OnConflict::Edit)?)
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
    row::get(conn, id, "AND t.deleted_at_ms IS NULL")?.ok_or(StoreError::NotFound("rupture"))
}
