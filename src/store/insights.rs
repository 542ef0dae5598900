//! Patterns over a span of time, computed by SQL aggregates (never by loading every row):
//! ruptures and repairs per week or month, the repair rate, the median time to repair, the
//! most active parts, Self over time, pauses taken and kept, and reflections per month.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate, TimeDelta};
use rusqlite::{OptionalExtension, params};
use tracing::instrument;

use super::{Result, Store};
use crate::domain::Moment;
use crate::domain::time::from_parts;

/// Spans up to this long go week by week; longer ones month by month, so that a chart keeps
/// a readable number of bars (four weeks or three months by week, a year or more by month).
pub const WEEKLY_UP_TO: TimeDelta = TimeDelta::days(120);

/// What the insights show for a span of time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Insights {
    /// Whether the series below go week by week (each keyed by its Monday, `"2026-11-16"`)
    /// or month by month (`"2026-11"`). Weeks run Monday to Sunday in the user's local time.
    pub weekly: bool,
    /// `(period, ruptures, repairs)`, oldest first, with every period from the start of the
    /// span (or of the first record, if that is later) to its end, so quiet periods show as
    /// zeros. A repair counts in the period it was completed in.
    pub by_period: Vec<(String, u32, u32)>,
    pub ruptures: u32,
    /// Ruptures marked repaired.
    pub repaired: u32,
    pub median_time_to_repair: Option<TimeDelta>,
    /// The parts checked in with most, and how often.
    pub top_parts: Vec<(String, u32)>,
    /// `(period, average Self 0–10)` from check-ins, over the same periods as `by_period`;
    /// `None` where no check-in noted Self.
    pub self_by_period: Vec<(String, Option<f64>)>,
    pub pauses: u32,
    /// Pauses that ran their planned time and ended with the user coming back.
    pub pauses_kept: u32,
    /// `("2026-11", reflections)` per month with any, by the reflection's local day, oldest
    /// first.
    pub reflections_by_month: Vec<(String, u32)>,
    /// `("2026-11", times)` per month with any time of Practise together, by its local
    /// day, oldest first.
    pub together_by_month: Vec<(String, u32)>,
}

impl Insights {
    /// Repaired ruptures as a share of all, from 0 to 1; `None` with no ruptures.
    pub fn repair_rate(&self) -> Option<f64> {
        (self.ruptures > 0).then(|| f64::from(self.repaired) / f64::from(self.ruptures))
    }
}

/// The local Monday of a row's week, from its UTC milliseconds and its offset.
const WEEK: &str = "date(({ms} / 1000) + {off}, 'unixepoch', 'weekday 0', '-6 days')";
/// The local month of a row.
const MONTH: &str = "strftime('%Y-%m', ({ms} / 1000) + {off}, 'unixepoch')";

/// The SQL naming a row's period.
fn period(weekly: bool, ms: &str, off: &str) -> String {
    let template = if weekly { WEEK } else { MONTH };
    template.replace("{ms}", ms).replace("{off}", off)
}

/// The key of the period holding `day`.
fn period_key(weekly: bool, day: NaiveDate) -> String {
    if weekly {
        let monday = day - TimeDelta::days(i64::from(day.weekday().num_days_from_monday()));
        monday.format("%Y-%m-%d").to_string()
    } else {
        day.format("%Y-%m").to_string()
    }
}

/// At most this many periods are filled in (a century of months), whatever the span.
const MAX_PERIODS: usize = 1200;

/// Every period key from the one holding `start` to the one holding `end`, in order.
fn period_keys(weekly: bool, start: NaiveDate, end: NaiveDate) -> Vec<String> {
    let mut keys = Vec::new();
    let mut day = if weekly {
        start - TimeDelta::days(i64::from(start.weekday().num_days_from_monday()))
    } else {
        start.with_day(1).unwrap_or(start)
    };
    while day <= end && keys.len() < MAX_PERIODS {
        keys.push(period_key(weekly, day));
        day = match if weekly {
            day.checked_add_signed(TimeDelta::days(7))
        } else {
            day.checked_add_months(Months::new(1))
        } {
            Some(next) => next,
            None => break,
        };
    }
    keys
}

impl Store {
    /// The insights for records from `from` to `to`.
    #[instrument(skip_all, err)]
    pub fn insights(&self, from: &Moment, to: &Moment) -> Result<Insights> {
        let (a, b) = (from.timestamp_millis(), to.timestamp_millis());
        let weekly = *to - *from <= WEEKLY_UP_TO;
        let mut out = Insights {
            weekly,
            ..Insights::default()
        };
        // One read transaction, so every figure comes from the same moment of the data.
        let tx = self.conn.unchecked_transaction()?;

        // Every period of the span gets a row, from the later of its start and the first
        // record ever, so "all time" starts when the user did.
        let first: Option<(i64, i32)> = tx
            .query_row(
                "SELECT ms, off FROM (
                     SELECT * FROM (SELECT at_ms AS ms, at_offset_s AS off FROM ruptures
                         WHERE deleted_at_ms IS NULL ORDER BY at_ms LIMIT 1)
                     UNION ALL
                     SELECT * FROM (SELECT at_ms, at_offset_s FROM checkins
                         WHERE deleted_at_ms IS NULL ORDER BY at_ms LIMIT 1)
                     UNION ALL
                     SELECT * FROM (SELECT started_at_ms, started_offset_s FROM pauses
                         WHERE deleted_at_ms IS NULL ORDER BY started_at_ms LIMIT 1)
                     UNION ALL
                     SELECT * FROM (SELECT at_ms, at_offset_s FROM reflections
                         WHERE deleted_at_ms IS NULL ORDER BY at_ms LIMIT 1)
                 ) ORDER BY ms LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let mut periods: BTreeMap<String, (u32, u32, Option<f64>)> = BTreeMap::new();
        if let Some((ms, off)) = first {
            let start = from.date_naive().max(from_parts(ms, off).date_naive());
            for key in period_keys(weekly, start, to.date_naive()) {
                periods.insert(key, (0, 0, None));
            }
        }

        let sql = format!(
            "SELECT w, sum(r), sum(p) FROM (
                 SELECT {} AS w, 1 AS r, 0 AS p FROM ruptures
                 WHERE deleted_at_ms IS NULL AND at_ms BETWEEN ?1 AND ?2
                 UNION ALL
                 SELECT {} AS w, 0, 1 FROM repairs
                 WHERE deleted_at_ms IS NULL AND completed_at_ms BETWEEN ?1 AND ?2
                   AND outcome IN ('reconnected', 'partly')
             ) GROUP BY w",
            period(weekly, "at_ms", "at_offset_s"),
            period(weekly, "completed_at_ms", "completed_offset_s"),
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![a, b], |r| {
            Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?))
        })?;
        for row in rows {
            let (key, ruptures, repairs) = row?;
            let slot = periods.entry(key).or_insert((0, 0, None));
            (slot.0, slot.1) = (ruptures, repairs);
        }
        drop(stmt);

        let sql = format!(
            "SELECT {} AS w, avg(self_level)
             FROM checkins WHERE deleted_at_ms IS NULL AND self_level IS NOT NULL
               AND at_ms BETWEEN ?1 AND ?2
             GROUP BY w",
            period(weekly, "at_ms", "at_offset_s"),
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![a, b], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
        for row in rows {
            let (key, level) = row?;
            periods.entry(key).or_insert((0, 0, None)).2 = Some(level);
        }
        drop(stmt);
        for (key, (ruptures, repairs, level)) in periods {
            out.by_period.push((key.clone(), ruptures, repairs));
            out.self_by_period.push((key, level));
        }

        (out.ruptures, out.repaired) = tx.query_row(
            "SELECT count(*), coalesce(sum(status = 'repaired'), 0) FROM ruptures
             WHERE deleted_at_ms IS NULL AND at_ms BETWEEN ?1 AND ?2",
            params![a, b],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let timed: i64 = tx.query_row(
            "SELECT count(*) FROM repairs WHERE deleted_at_ms IS NULL
             AND time_to_repair_ms IS NOT NULL AND started_at_ms BETWEEN ?1 AND ?2",
            params![a, b],
            |r| r.get(0),
        )?;
        if timed > 0 {
            // The middle value (the lower of the two middles for an even count).
            let ms: i64 = tx.query_row(
                "SELECT time_to_repair_ms FROM repairs WHERE deleted_at_ms IS NULL
                 AND time_to_repair_ms IS NOT NULL AND started_at_ms BETWEEN ?1 AND ?2
                 ORDER BY time_to_repair_ms LIMIT 1 OFFSET ?3",
                params![a, b, (timed - 1) / 2],
                |r| r.get(0),
            )?;
            out.median_time_to_repair = Some(TimeDelta::milliseconds(ms));
        }
        let mut stmt = tx.prepare_cached(
            "SELECT p.name, count(*) AS n FROM checkins c JOIN parts p ON p.id = c.part_id
             WHERE c.deleted_at_ms IS NULL AND c.at_ms BETWEEN ?1 AND ?2
             GROUP BY c.part_id ORDER BY n DESC, p.name LIMIT 5",
        )?;
        out.top_parts = stmt
            .query_map(params![a, b], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        (out.pauses, out.pauses_kept) = tx.query_row(
            "SELECT count(*), coalesce(sum(outcome = 'completed'), 0) FROM pauses
             WHERE deleted_at_ms IS NULL AND started_at_ms BETWEEN ?1 AND ?2",
            params![a, b],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut stmt = tx.prepare_cached(
            "SELECT substr(day, 1, 7) AS m, count(*) FROM reflections
             WHERE deleted_at_ms IS NULL AND at_ms BETWEEN ?1 AND ?2
             GROUP BY m ORDER BY m",
        )?;
        out.reflections_by_month = stmt
            .query_map(params![a, b], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT {} AS m, count(*) FROM practice_sessions
             WHERE deleted_at_ms IS NULL AND together_band IS NOT NULL AND at_ms BETWEEN ?1 AND ?2
             GROUP BY m ORDER BY m",
            period(false, "at_ms", "at_offset_s")
        ))?;
        out.together_by_month = stmt
            .query_map(params![a, b], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        tx.finish()?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn periods_are_filled_from_start_to_end() {
        let check = |weekly: bool, start: &str, end: &str, expected: &[&str]| {
            assert_eq!(
                period_keys(weekly, day(start), day(end)),
                expected,
                "{start} to {end}"
            );
        };
        // 2026-11-18 is a Wednesday; its week began on Monday the 16th.
        check(
            true,
            "2026-11-18",
            "2026-12-06",
            &["2026-11-16", "2026-11-23", "2026-11-30"],
        );
        check(true, "2026-11-16", "2026-11-16", &["2026-11-16"]);
        check(
            true,
            "2026-11-22",
            "2026-11-23",
            &["2026-11-16", "2026-11-23"],
        );
        check(
            false,
            "2026-11-30",
            "2027-01-01",
            &["2026-11", "2026-12", "2027-01"],
        );
        check(false, "2027-01-01", "2026-11-30", &[]);
    }
}
