//! Pauses: kept as a start and a planned end, and once over, when and how they ended.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tracing::instrument;

use super::declare::{Checked, Column, InFile, record};
use super::record::{Names, Reason, Stamp};
use super::row::{self, Fields, OnConflict, Stamps, Table, opt_moment, val};
use super::{Result, Store, StoreError};
use crate::domain::pause::PauseAsk;
use crate::domain::time::from_parts;
use crate::domain::{Moment, Pause, PauseEnd, PauseId, PauseLength, RuptureId};

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

/// A pause as its row and an export file hold it: [`Pause`] with its ending as two fields.
/// Declared once below; the store keeps and reads a `Pause` through it.
#[derive(Debug, Clone, PartialEq)]
pub struct PauseKept {
    pub id: PauseId,
    pub started_at: Moment,
    pub planned_end: Moment,
    pub ended_at: Option<Moment>,
    pub outcome: Option<PauseEnd>,
    pub rupture_id: Option<RuptureId>,
}

record! {
    /// A pause as an export file writes it.
    PauseKept => PauseRec, table "pauses", kind Pause {
        id: PauseId = ["id"] => id,
        started_at: Moment = ["started_at_ms", "started_offset_s"] => started_at,
        planned_end: Moment as InStartZone = ["planned_end_ms"] => planned_end
            csv "planned_minutes",
        #[serde(default)]
        ended_at: Option<Moment> as InStartZone = ["ended_at_ms", "ended_offset_s"] => ended_at,
        #[serde(default)]
        outcome: Option<PauseEnd> as Checked = ["outcome"] => outcome what "its ending",
        #[serde(default)]
        rupture_id: Option<RuptureId> = ["rupture_id"] => rupture_id refers Rupture,
    }

    fn check(self) -> Result<Self, Reason> {
        if self.planned_end < self.started_at {
            return Err(Reason::new("import-why-ends-before-start"));
        }
        if self.ended_at.is_some() != self.outcome.is_some() {
            return Err(Reason::new("import-why-pause-end-half"));
        }
        Ok(self)
    }

    fn csv_extra(p: &PauseRec, _: &Names) -> Vec<(&'static str, String)> {
        let minutes = (p.planned_end - p.started_at).num_seconds() / 60;
        vec![("planned_minutes", minutes.to_string())]
    }
}

impl From<&Pause> for PauseKept {
    fn from(p: &Pause) -> Self {
        PauseKept {
            id: p.id(),
            started_at: p.started_at(),
            planned_end: p.planned_end(),
            ended_at: p.ended().map(|(at, _)| at),
            outcome: p.ended().map(|(_, end)| end),
            rupture_id: p.rupture_id,
        }
    }
}

impl From<PauseKept> for Pause {
    fn from(k: PauseKept) -> Self {
        Pause::restore(
            k.id,
            k.started_at,
            k.planned_end,
            k.ended_at.zip(k.outcome),
            k.rupture_id,
        )
    }
}

/// A moment in UTC milliseconds shown in the zone the pause started in (its planned end);
/// or, with an offset column of its own, one that falls back to that zone (its end).
pub struct InStartZone;

/// The column of the zone a pause started in.
const STARTED_OFFSET: &str = "started_offset_s";

impl InFile<Moment> for InStartZone {
    type Rec = Stamp;
}

impl Column<Moment> for InStartZone {
    fn put(value: &Moment, row: &mut Vec<Value>) {
        row.push(val(value.timestamp_millis()));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Moment> {
        Ok(from_parts(f.get(columns[0])?, f.get(STARTED_OFFSET)?))
    }

    fn out(value: &Moment) -> Stamp {
        *value
    }

    fn parse(rec: &Stamp, _: &'static str) -> Result<Moment, Reason> {
        Ok(*rec)
    }
}

impl InFile<Option<Moment>> for InStartZone {
    type Rec = Option<Stamp>;
}

impl Column<Option<Moment>> for InStartZone {
    fn put(value: &Option<Moment>, row: &mut Vec<Value>) {
        row.extend(opt_moment(value));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Option<Moment>> {
        f.opt_moment(columns[0], columns[1], f.get(STARTED_OFFSET)?)
    }

    fn out(value: &Option<Moment>) -> Option<Stamp> {
        *value
    }

    fn parse(rec: &Option<Stamp>, _: &'static str) -> Result<Option<Moment>, Reason> {
        Ok(*rec)
    }
}

/// The open pause, as a condition: the newest not yet ended, should there be several.
const OPEN: &str = "t.ended_at_ms IS NULL ORDER BY t.started_at_ms DESC LIMIT 1";

fn get(conn: &Connection, sql_where: &str, id: Option<PauseId>) -> Result<Option<Pause>> {
    let sql = format!(
        "{} WHERE t.deleted_at_ms IS NULL AND {sql_where}",
        row::select::<PauseKept>()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let found = match id {
        Some(id) => stmt.query_row([id], PauseKept::from_row),
        None => stmt.query_row([], PauseKept::from_row),
    };
    Ok(found.optional()?.map(Pause::from))
}

fn save_in(conn: &Connection, p: &Pause, now: &Moment) -> Result<()> {
    let kept = PauseKept::from(p);
    Ok(row::upsert(
        conn,
        &kept,
        &Stamps::now(now),
        OnConflict::Edit,
    )?)
}

/// The pause running, or a new one of the usual length started now (about `rupture`, if
/// any): for "We need a pause", which never starts a second pause over the first.
pub(super) fn pause_now(
    conn: &Connection,
    rupture: Option<RuptureId>,
    now: &Moment,
) -> Result<Pause> {
    if let Some(open) = get(conn, OPEN, None)? {
        return Ok(open);
    }
    let pause = Pause::start(PauseId::random(), *now, PauseLength::DEFAULT, rupture);
    save_in(conn, &pause, now)?;
    Ok(pause)
}

impl Store {
    /// "We need a pause" outside a talk: the pause running, or one of the usual length
    /// started now.
    #[instrument(skip_all, err)]
    pub fn pause_now(&mut self, rupture: Option<RuptureId>, now: &Moment) -> Result<Pause> {
        self.write(|tx| pause_now(tx, rupture, now))
    }

    /// Saves a new pause or its changes (extended, ended, cancelled, linked).
    #[instrument(skip_all, err)]
    pub fn save_pause(&mut self, p: &Pause, now: &Moment) -> Result<()> {
        self.write(|tx| save_in(tx, p, now))
    }

    /// One pause, unless deleted.
    #[instrument(skip_all, err)]
    pub fn pause(&self, id: PauseId) -> Result<Pause> {
        get(&self.conn, "t.id = ?1", Some(id))?.ok_or(StoreError::NotFound("pause"))
    }

    /// Does what was asked of a pause (`id`, or the open one) and saves it, reading and
    /// writing in one transaction, so two quick taps add up rather than both changing the
    /// same old copy. The pause as it is now; `None` when no pause is open.
    #[instrument(skip_all, err)]
    pub fn ask_of_pause(
        &mut self,
        id: Option<PauseId>,
        ask: PauseAsk,
        now: &Moment,
    ) -> Result<Option<Pause>> {
        self.write(|tx| {
            let found = match id {
                Some(id) => get(tx, "t.id = ?1", Some(id))?,
                None => get(tx, OPEN, None)?,
            };
            let Some(mut pause) = found else {
                return match id {
                    Some(_) => Err(StoreError::NotFound("pause")),
                    None => Ok(None),
                };
            };
            pause.ask(ask, *now)?;
            save_in(tx, &pause, now)?;
            Ok(Some(pause))
        })
    }

    /// The pause that has not ended yet, if any (the newest, should there be several).
    #[instrument(skip_all, err)]
    pub fn open_pause(&self) -> Result<Option<Pause>> {
        get(&self.conn, OPEN, None)
    }
}
