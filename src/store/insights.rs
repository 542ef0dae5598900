//! Patterns over a span of time, computed by SQL aggregates (never by loading every row):
//! ruptures and repairs per week, the repair rate, the median time to repair, the most
//! active parts, Self over the months, and pauses taken and kept.

use chrono::TimeDelta;
use rusqlite::params;
use tracing::instrument;

use super::{Result, Store};
use crate::domain::Moment;

/// What the insights show for a span of time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Insights {
    /// `("2026-47", ruptures, repairs)` per week with any, oldest first. Weeks run Monday to
    /// Sunday in the user's local time.
    pub weeks: Vec<(String, u32, u32)>,
    pub ruptures: u32,
    /// Ruptures marked repaired.
    pub repaired: u32,
    pub median_time_to_repair: Option<TimeDelta>,
    /// The parts checked in with most, and how often.
    pub top_parts: Vec<(String, u32)>,
    /// `("2026-11", average Self 0–10)` per month with any Self noted.
    pub self_by_month: Vec<(String, f64)>,
    pub pauses: u32,
    /// Pauses that ran their planned time and ended with the user coming back.
    pub pauses_kept: u32,
}

impl Insights {
    /// Repaired ruptures as a share of all, from 0 to 1; `None` with no ruptures.
    pub fn repair_rate(&self) -> Option<f64> {
        (self.ruptures > 0).then(|| f64::from(self.repaired) / f64::from(self.ruptures))
    }
}

/// The local week of a row, from its UTC milliseconds and its offset.
const WEEK: &str = "strftime('%Y-%W', ({ms} / 1000) + {off}, 'unixepoch')";

fn week(ms: &str, off: &str) -> String {
    WEEK.replace("{ms}", ms).replace("{off}", off)
}

impl Store {
    /// The insights for records from `from` to `to`.
    #[instrument(skip_all, err)]
    pub fn insights(&self, from: &Moment, to: &Moment) -> Result<Insights> {
        let (a, b) = (from.timestamp_millis(), to.timestamp_millis());
        let mut out = Insights::default();
        let sql = format!(
            "SELECT w, sum(r), sum(p) FROM (
                 SELECT {} AS w, 1 AS r, 0 AS p FROM ruptures
                 WHERE deleted_at_ms IS NULL AND at_ms BETWEEN ?1 AND ?2
                 UNION ALL
                 SELECT {} AS w, 0, 1 FROM repairs
                 WHERE deleted_at_ms IS NULL AND started_at_ms BETWEEN ?1 AND ?2
                   AND outcome IN ('reconnected', 'partly')
             ) GROUP BY w ORDER BY w",
            week("at_ms", "at_offset_s"),
            week("completed_at_ms", "completed_offset_s"),
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        out.weeks = stmt
            .query_map(params![a, b], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        (out.ruptures, out.repaired) = self.conn.query_row(
            "SELECT count(*), coalesce(sum(status = 'repaired'), 0) FROM ruptures
             WHERE deleted_at_ms IS NULL AND at_ms BETWEEN ?1 AND ?2",
            params![a, b],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let timed: i64 = self.conn.query_row(
            "SELECT count(*) FROM repairs WHERE deleted_at_ms IS NULL
             AND time_to_repair_ms IS NOT NULL AND started_at_ms BETWEEN ?1 AND ?2",
            params![a, b],
            |r| r.get(0),
        )?;
        if timed > 0 {
            // The middle value (the lower of the two middles for an even count).
            let ms: i64 = self.conn.query_row(
                "SELECT time_to_repair_ms FROM repairs WHERE deleted_at_ms IS NULL
                 AND time_to_repair_ms IS NOT NULL AND started_at_ms BETWEEN ?1 AND ?2
                 ORDER BY time_to_repair_ms LIMIT 1 OFFSET ?3",
                params![a, b, (timed - 1) / 2],
                |r| r.get(0),
            )?;
            out.median_time_to_repair = Some(TimeDelta::milliseconds(ms));
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.name, count(*) AS n FROM checkins c JOIN parts p ON p.id = c.part_id
             WHERE c.deleted_at_ms IS NULL AND c.at_ms BETWEEN ?1 AND ?2
             GROUP BY c.part_id ORDER BY n DESC, p.name LIMIT 5",
        )?;
        out.top_parts = stmt
            .query_map(params![a, b], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT strftime('%Y-%m', (at_ms / 1000) + at_offset_s, 'unixepoch') AS m,
                    avg(self_level)
             FROM checkins WHERE deleted_at_ms IS NULL AND self_level IS NOT NULL
               AND at_ms BETWEEN ?1 AND ?2
             GROUP BY m ORDER BY m",
        )?;
        out.self_by_month = stmt
            .query_map(params![a, b], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        (out.pauses, out.pauses_kept) = self.conn.query_row(
            "SELECT count(*), coalesce(sum(outcome = 'completed'), 0) FROM pauses
             WHERE deleted_at_ms IS NULL AND started_at_ms BETWEEN ?1 AND ?2",
            params![a, b],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(out)
    }
}
