//! Pauses: kept as a start and a planned end, and once over, when and how they ended.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::record::{
    Imported, Names, Reason, Record, RecordError, Refer, Stamp, opt_known, stamps, updated,
};
use super::row::{self, Fields, OnConflict, Stamps, Table, moment, opt_moment, val};
use super::{Result, Store, StoreError};
use crate::domain::pause::PauseAsk;
use crate::domain::time::from_parts;
use crate::domain::{Moment, Pause, PauseEnd, PauseId, RuptureId};

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

impl Table for Pause {
    const TABLE: &'static str = "pauses";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "started_at_ms",
        "started_offset_s",
        "planned_end_ms",
        "ended_at_ms",
        "ended_offset_s",
        "outcome",
        "rupture_id",
    ];

    fn to_row(&self) -> Vec<Value> {
        let [started_ms, started_offset] = moment(&self.started_at());
        let [ended_ms, ended_offset] = opt_moment(&self.ended().map(|(at, _)| at));
        vec![
            val(self.id()),
            started_ms,
            started_offset,
            val(self.planned_end().timestamp_millis()),
            ended_ms,
            ended_offset,
            val(self.ended().map(|(_, end)| end.code())),
            val(self.rupture_id),
        ]
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        let offset: i32 = f.get("started_offset_s")?;
        let started = f.moment("started_at_ms", "started_offset_s")?;
        let planned_end = from_parts(f.get("planned_end_ms")?, offset);
        let ended_at = f.opt_moment("ended_at_ms", "ended_offset_s", offset)?;
        let ended = ended_at.zip(f.opt_checked::<PauseEnd>("outcome")?);
        Ok(Pause::restore(
            f.get("id")?,
            started,
            planned_end,
            ended,
            f.get("rupture_id")?,
        ))
    }
}

/// A pause as an export file writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PauseRec {
    pub id: Uuid,
    pub started_at: Stamp,
    pub planned_end: Stamp,
    #[serde(default)]
    pub ended_at: Option<Stamp>,
    #[serde(default)]
    pub outcome: Option<String>,
    #[serde(default)]
    pub rupture_id: Option<Uuid>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

impl Record for Pause {
    const KIND: Kind = Kind::Pause;
    type Rec = PauseRec;
    fn csv() -> Vec<&'static str> {
        vec![
            "id",
            "started_at",
            "planned_end",
            "planned_minutes",
            "ended_at",
            "outcome",
            "rupture_id",
            "created_at",
            "updated_at",
        ]
    }

    fn key(&self) -> Uuid {
        self.id().0
    }

    fn to_rec(&self, s: &Stamps) -> PauseRec {
        PauseRec {
            id: self.id().0,
            started_at: self.started_at(),
            planned_end: self.planned_end(),
            ended_at: self.ended().map(|(at, _)| at),
            outcome: self.ended().map(|(_, end)| end.code().to_owned()),
            rupture_id: self.rupture_id.map(|r| r.0),
            created_at: s.created,
            updated_at: updated(s),
        }
    }

    fn from_rec(p: &PauseRec) -> Result<Imported<Self>, Reason> {
        if p.planned_end < p.started_at {
            return Err("it ends before it starts".to_owned());
        }
        let end = opt_known::<PauseEnd>(&p.outcome, "its ending")?;
        let ended = match (p.ended_at, end) {
            (Some(at), Some(end)) => Some((at, end)),
            (None, None) => None,
            _ => {
                return Err(
                    "it has an end time without an ending, or the other way round".to_owned(),
                );
            }
        };
        Ok(Imported {
            record: Pause::restore(
                PauseId(p.id),
                p.started_at,
                p.planned_end,
                ended,
                p.rupture_id.map(RuptureId),
            ),
            stamps: stamps(&p.created_at, &p.updated_at),
        })
    }

    fn refer(&mut self, known: &dyn Refer) -> Result<(), RecordError> {
        self.rupture_id = known
            .refer_opt(Kind::Rupture, self.rupture_id.map(|r| r.0))?
            .map(RuptureId);
        Ok(())
    }

    fn csv_extra(p: &PauseRec, _: &Names) -> Vec<(&'static str, String)> {
        let minutes = (p.planned_end - p.started_at).num_seconds() / 60;
        vec![("planned_minutes", minutes.to_string())]
    }
}

/// The open pause, as a condition: the newest not yet ended, should there be several.
const OPEN: &str = "t.ended_at_ms IS NULL ORDER BY t.started_at_ms DESC LIMIT 1";

fn get(conn: &Connection, sql_where: &str, id: Option<PauseId>) -> Result<Option<Pause>> {
    let sql = format!(
        "{} WHERE t.deleted_at_ms IS NULL AND {sql_where}",
        row::select::<Pause>()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let found = match id {
        Some(id) => stmt.query_row([id], Pause::from_row),
        None => stmt.query_row([], Pause::from_row),
    };
    Ok(found.optional()?)
}

impl Store {
    /// Saves a new pause or its changes (extended, ended, cancelled, linked).
    #[instrument(skip_all, err)]
    pub fn save_pause(&mut self, p: &Pause, now: &Moment) -> Result<()> {
        self.write(|tx| Ok(row::upsert(tx, p, &Stamps::now(now), OnConflict::Edit)?))
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
            row::upsert(tx, &pause, &Stamps::now(now), OnConflict::Edit)?;
            Ok(Some(pause))
        })
    }

    /// The pause that has not ended yet, if any (the newest, should there be several).
    #[instrument(skip_all, err)]
    pub fn open_pause(&self) -> Result<Option<Pause>> {
        get(&self.conn, OPEN, None)
    }
}
