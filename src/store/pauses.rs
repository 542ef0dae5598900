//! Pauses: kept as a start and a planned end, and once over, when and how they ended.

use rusqlite::{Connection, OptionalExtension, Row, params};
use tracing::instrument;

use super::{Result, Store, StoreError};
use crate::domain::time::{from_parts, offset_s};
use crate::domain::{Moment, Pause, PauseEnd, PauseId};

pub(super) const V1: &str = "
CREATE TABLE pauses (
    id TEXT PRIMARY KEY NOT NULL,
    started_at_ms INTEGER NOT NULL,
    started_offset_s INTEGER NOT NULL,
    planned_end_ms INTEGER NOT NULL,
    ended_at_ms INTEGER,
    ended_offset_s INTEGER,
    outcome TEXT CHECK (outcome IN ('completed', 'ended_early', 'cancelled')),
    rupture_id TEXT REFERENCES ruptures (id) ON DELETE SET NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER,
    CHECK ((ended_at_ms IS NULL) = (outcome IS NULL))
) STRICT;
CREATE INDEX pauses_timeline ON pauses (started_at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;
CREATE INDEX pauses_open ON pauses (started_at_ms DESC)
    WHERE ended_at_ms IS NULL AND deleted_at_ms IS NULL;
CREATE INDEX pauses_rupture ON pauses (rupture_id);
";

const COLUMNS: &str = "id, started_at_ms, started_offset_s, planned_end_ms, ended_at_ms, ended_offset_s, outcome, rupture_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Pause> {
    let offset: i32 = r.get(2)?;
    let started = from_parts(r.get(1)?, offset);
    let planned_end = from_parts(r.get(3)?, offset);
    let ended_ms: Option<i64> = r.get(4)?;
    let ended_off: Option<i32> = r.get(5)?;
    let outcome: Option<String> = r.get(6)?;
    let ended = match (ended_ms, outcome.as_deref().and_then(PauseEnd::from_code)) {
        (Some(ms), Some(end)) => Some((from_parts(ms, ended_off.unwrap_or(offset)), end)),
        _ => None,
    };
    Ok(Pause::restore(
        r.get(0)?,
        started,
        planned_end,
        ended,
        r.get(7)?,
    ))
}

fn get(conn: &Connection, sql_where: &str, id: Option<PauseId>) -> Result<Option<Pause>> {
    let sql = format!("SELECT {COLUMNS} FROM pauses WHERE deleted_at_ms IS NULL AND {sql_where}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let found = match id {
        Some(id) => stmt.query_row([id], from_row),
        None => stmt.query_row([], from_row),
    };
    Ok(found.optional()?)
}

impl Store {
    /// Saves a new pause or its changes (extended, ended, cancelled, linked).
    #[instrument(skip_all, err)]
    pub fn save_pause(&mut self, p: &Pause, now: &Moment) -> Result<()> {
        self.write(|tx| {
            let ended = p.ended();
            tx.execute(
                "INSERT INTO pauses (id, started_at_ms, started_offset_s, planned_end_ms,
                     ended_at_ms, ended_offset_s, outcome, rupture_id, created_at_ms, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
                 ON CONFLICT (id) DO UPDATE SET
                     planned_end_ms = excluded.planned_end_ms, ended_at_ms = excluded.ended_at_ms,
                     ended_offset_s = excluded.ended_offset_s, outcome = excluded.outcome,
                     rupture_id = excluded.rupture_id, updated_at_ms = excluded.updated_at_ms",
                params![
                    p.id(),
                    p.started_at().timestamp_millis(),
                    offset_s(&p.started_at()),
                    p.planned_end().timestamp_millis(),
                    ended.map(|(at, _)| at.timestamp_millis()),
                    ended.map(|(at, _)| offset_s(&at)),
                    ended.map(|(_, end)| end.code()),
                    p.rupture_id,
                    now.timestamp_millis(),
                ],
            )?;
            Ok(())
        })
    }

    /// One pause, unless deleted.
    #[instrument(skip_all, err)]
    pub fn pause(&self, id: PauseId) -> Result<Pause> {
        get(&self.conn, "id = ?1", Some(id))?.ok_or(StoreError::NotFound("pause"))
    }

    /// The pause that has not ended yet, if any (the newest, should there be several).
    #[instrument(skip_all, err)]
    pub fn open_pause(&self) -> Result<Option<Pause>> {
        get(
            &self.conn,
            "ended_at_ms IS NULL ORDER BY started_at_ms DESC LIMIT 1",
            None,
        )
    }
}
