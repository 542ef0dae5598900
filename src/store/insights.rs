//! Patterns over a span of time, added up from the kept sums of `insight_sums` (never by
//! loading every row):
//! ruptures and repairs per week or month, the repair rate, the median time to repair, the
//! most active parts, Self over time, pauses taken and kept, and reflections per month.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use chrono::{Datelike, Months, NaiveDate, TimeDelta};
use rusqlite::{OptionalExtension, params};
use tracing::instrument;

use super::insight_sums::{BUCKET_BITS, DAY_FIGURES, DAY_SOURCES, local_day};
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
    /// `("2026-11", talks)` per month with any talk it through (started, finished or not), by
    /// its local day, oldest first.
    pub talks_by_month: Vec<(String, u32)>,
}

impl Insights {
    /// Repaired ruptures as a share of all, from 0 to 1; `None` with no ruptures.
    pub fn repair_rate(&self) -> Option<f64> {
        (self.ruptures > 0).then(|| f64::from(self.repaired) / f64::from(self.ruptures))
    }
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

/// The sums behind the insights, gathered per local day (and per part), from the kept sums
/// or from the rows themselves: both add up to the same.
#[derive(Default)]
struct Tally {
    /// Per local day (`"2026-11-16"`), the figures of [`DAY_FIGURES`], in that order.
    days: BTreeMap<String, [i64; DAY_FIGURES.len()]>,
    /// Check-ins per part id.
    parts: HashMap<String, i64>,
}

/// The positions in [`DAY_FIGURES`] the insights read.
const RUPTURES: usize = 0;
const REPAIRED: usize = 1;
const REPAIRS_DONE: usize = 2;
const SELF_SUM: usize = 3;
const SELF_N: usize = 4;
const PAUSES: usize = 5;
const PAUSES_KEPT: usize = 6;

impl Tally {
    /// Adds the rows of `sql` (a day, then each of [`DAY_FIGURES`]) and of `parts_sql` (a
    /// part id and its check-ins), both taking the two bounds as `?1` and `?2`.
    fn add(
        &mut self,
        tx: &rusqlite::Transaction,
        (sql, parts_sql): (&str, &str),
        bounds: (i64, i64),
    ) -> Result<()> {
        let mut stmt = tx.prepare_cached(sql)?;
        let mut rows = stmt.query(params![bounds.0, bounds.1])?;
        while let Some(r) = rows.next()? {
            let slot = self.days.entry(r.get(0)?).or_default();
            for (i, figure) in slot.iter_mut().enumerate() {
                *figure += r.get::<_, i64>(i + 1)?;
            }
        }
        let mut stmt = tx.prepare_cached(parts_sql)?;
        let mut rows = stmt.query(params![bounds.0, bounds.1])?;
        while let Some(r) = rows.next()? {
            *self.parts.entry(r.get(0)?).or_default() += r.get::<_, i64>(1)?;
        }
        Ok(())
    }

    /// Adds the rows themselves from `a` to `b` milliseconds, both included.
    fn add_rows(&mut self, tx: &rusqlite::Transaction, a: i64, b: i64) -> Result<()> {
        self.add(tx, (&ROWS_BY_DAY, ROWS_BY_PART), (a, b))
    }

    /// Adds the kept sums of the stretches from `first` to `last`, both included.
    fn add_sums(&mut self, tx: &rusqlite::Transaction, first: i64, last: i64) -> Result<()> {
        self.add(tx, (&SUMS_BY_DAY, SUMS_BY_PART), (first, last))
    }

    fn total(&self, figure: usize) -> u32 {
        let sum: i64 = self.days.values().map(|f| f[figure]).sum();
        u32::try_from(sum.max(0)).unwrap_or(u32::MAX)
    }
}

/// The figures per local day from the rows, from `?1` to `?2` milliseconds.
static ROWS_BY_DAY: LazyLock<String> = LazyLock::new(|| {
    let union: Vec<String> = DAY_SOURCES
        .iter()
        .map(|s| {
            let figures: Vec<String> = DAY_FIGURES
                .iter()
                .map(|f| match s.adds.iter().find(|(c, _)| c == f) {
                    Some((_, expr)) => format!("({expr}) AS {f}"),
                    None => format!("0 AS {f}"),
                })
                .collect();
            format!(
                "SELECT {} AS day, {} FROM {} WHERE {} AND {} BETWEEN ?1 AND ?2",
                local_day(s.ms, s.off),
                figures.join(", "),
                s.table,
                s.counts,
                s.ms
            )
        })
        .collect();
    format!(
        "SELECT day, {} FROM ({}) GROUP BY day",
        sums(),
        union.join(" UNION ALL ")
    )
});

/// The kept figures per local day, over the stretches `?1` to `?2`.
static SUMS_BY_DAY: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT day, {} FROM insight_days WHERE bucket BETWEEN ?1 AND ?2 GROUP BY day",
        sums()
    )
});

/// `sum(ruptures), sum(repaired), …`
fn sums() -> String {
    DAY_FIGURES.map(|f| format!("sum({f})")).join(", ")
}

const ROWS_BY_PART: &str = "SELECT part_id, count(*) FROM checkins
    WHERE deleted_at_ms IS NULL AND at_ms BETWEEN ?1 AND ?2 GROUP BY part_id";
const SUMS_BY_PART: &str = "SELECT part_id, sum(checkins) FROM insight_parts
    WHERE bucket BETWEEN ?1 AND ?2 GROUP BY part_id";

/// How the figures are gathered: from the kept sums wherever a whole stretch lies inside the
/// span, or from the rows alone.
#[derive(Clone, Copy, PartialEq)]
enum Way {
    Sums,
    Rows,
}

/// The first record ever, by time, with its offset.
const FIRST_RECORD: &str = "SELECT ms, off FROM (
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
) ORDER BY ms LIMIT 1";

/// The middle time to repair of repairs started from `?1` to `?2` (the lower of the two
/// middles for an even count); no row when none was timed.
const MEDIAN_TIME_TO_REPAIR: &str = "SELECT time_to_repair_ms FROM repairs
    WHERE deleted_at_ms IS NULL AND time_to_repair_ms IS NOT NULL AND started_at_ms BETWEEN ?1 AND ?2
    ORDER BY time_to_repair_ms LIMIT 1 OFFSET (SELECT (count(*) - 1) / 2 FROM repairs
        WHERE deleted_at_ms IS NULL AND time_to_repair_ms IS NOT NULL
        AND started_at_ms BETWEEN ?1 AND ?2)";

const PART_NAMES: &str = "SELECT id, name FROM parts";

const REFLECTIONS_BY_MONTH: &str = "SELECT substr(day, 1, 7) AS m, count(*) FROM reflections
    WHERE deleted_at_ms IS NULL AND at_ms BETWEEN ?1 AND ?2 GROUP BY m ORDER BY m";

const TOGETHER_BY_MONTH: &str =
    "SELECT strftime('%Y-%m', (at_ms / 1000) + at_offset_s, 'unixepoch') AS m, count(*)
    FROM practice_sessions
    WHERE deleted_at_ms IS NULL AND together_band IS NOT NULL AND at_ms BETWEEN ?1 AND ?2
    GROUP BY m ORDER BY m";

const TALKS_BY_MONTH: &str =
    "SELECT strftime('%Y-%m', (started_at_ms / 1000) + started_offset_s, 'unixepoch') AS m, count(*)
    FROM talks
    WHERE deleted_at_ms IS NULL AND started_at_ms BETWEEN ?1 AND ?2
    GROUP BY m ORDER BY m";

/// From and to, both included: milliseconds, or stretches.
type Range = (i64, i64);

/// Which stretches of a span from `a` to `b` milliseconds come from the kept sums (the first
/// and last whole stretch inside it), and which ranges of milliseconds are counted from the
/// rows: the two ends, or the whole span when no stretch fits or `way` is [`Way::Rows`].
fn split(a: i64, b: i64, way: Way) -> (Option<Range>, Vec<Range>) {
    let first = a.checked_neg().map(|n| -(n >> BUCKET_BITS));
    let last = b.checked_add(1).map(|n| (n >> BUCKET_BITS) - 1);
    match (way, first, last) {
        (Way::Sums, Some(first), Some(last)) if first <= last => {
            let ends = [
                (a, (first << BUCKET_BITS) - 1),
                ((last + 1) << BUCKET_BITS, b),
            ];
            (
                Some((first, last)),
                ends.into_iter().filter(|(a, b)| a <= b).collect(),
            )
        }
        _ => (None, vec![(a, b)]),
    }
}

/// Every statement [`Store::insights`] runs for a span, with its parameters, in order: for
/// timing the same SQL elsewhere (the benchmark runs it in the `sqlite3` shell).
pub fn insights_statements(from: &Moment, to: &Moment) -> Vec<(String, Vec<i64>)> {
    let (a, b) = (from.timestamp_millis(), to.timestamp_millis());
    let (sums, rows) = split(a, b, Way::Sums);
    let mut out = Vec::new();
    if let Some((first, last)) = sums {
        out.push((SUMS_BY_DAY.clone(), vec![first, last]));
        out.push((SUMS_BY_PART.to_owned(), vec![first, last]));
    }
    for (a, b) in rows {
        out.push((ROWS_BY_DAY.clone(), vec![a, b]));
        out.push((ROWS_BY_PART.to_owned(), vec![a, b]));
    }
    out.push((FIRST_RECORD.to_owned(), vec![]));
    for sql in [
        MEDIAN_TIME_TO_REPAIR,
        REFLECTIONS_BY_MONTH,
        TOGETHER_BY_MONTH,
        TALKS_BY_MONTH,
    ] {
        out.push((sql.to_owned(), vec![a, b]));
    }
    out.push((PART_NAMES.to_owned(), vec![]));
    out
}

impl Store {
    /// The insights for records from `from` to `to`.
    #[instrument(skip_all, err)]
    pub fn insights(&self, from: &Moment, to: &Moment) -> Result<Insights> {
        self.insights_by(from, to, Way::Sums)
    }

    /// The same insights counted from the rows alone, ignoring the kept sums: slower, and
    /// kept to show the sums are right.
    pub fn insights_from_rows(&self, from: &Moment, to: &Moment) -> Result<Insights> {
        self.insights_by(from, to, Way::Rows)
    }

    fn insights_by(&self, from: &Moment, to: &Moment, way: Way) -> Result<Insights> {
        let (a, b) = (from.timestamp_millis(), to.timestamp_millis());
        let weekly = *to - *from <= WEEKLY_UP_TO;
        let mut out = Insights {
            weekly,
            ..Insights::default()
        };
        // One read transaction, so every figure comes from the same moment of the data.
        let tx = self.conn.unchecked_transaction()?;

        let mut tally = Tally::default();
        let (sums, rows) = split(a, b, way);
        if let Some((first, last)) = sums {
            tally.add_sums(&tx, first, last)?;
        }
        for (a, b) in rows {
            tally.add_rows(&tx, a, b)?;
        }

        // Every period of the span gets a row, from the later of its start and the first
        // record ever, so "all time" starts when the user did.
        let first: Option<(i64, i32)> = tx
            .query_row(FIRST_RECORD, [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        // Per period: ruptures, repairs, and the sum and count of Self.
        let mut periods: BTreeMap<String, (i64, i64, i64, i64)> = BTreeMap::new();
        if let Some((ms, off)) = first {
            let start = from.date_naive().max(from_parts(ms, off).date_naive());
            for key in period_keys(weekly, start, to.date_naive()) {
                periods.insert(key, (0, 0, 0, 0));
            }
        }
        for (day, f) in &tally.days {
            let Ok(day) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
                continue;
            };
            let rows = f[RUPTURES] + f[REPAIRS_DONE] > 0;
            if rows || f[SELF_N] > 0 {
                let slot = periods.entry(period_key(weekly, day)).or_default();
                slot.0 += f[RUPTURES];
                slot.1 += f[REPAIRS_DONE];
                slot.2 += f[SELF_SUM];
                slot.3 += f[SELF_N];
            }
        }
        let count = |n: i64| u32::try_from(n.max(0)).unwrap_or(u32::MAX);
        for (key, (ruptures, repairs, self_sum, self_n)) in periods {
            let level = (self_n > 0).then(|| self_sum as f64 / self_n as f64);
            out.by_period
                .push((key.clone(), count(ruptures), count(repairs)));
            out.self_by_period.push((key, level));
        }
        out.ruptures = tally.total(RUPTURES);
        out.repaired = tally.total(REPAIRED);
        out.pauses = tally.total(PAUSES);
        out.pauses_kept = tally.total(PAUSES_KEPT);

        out.median_time_to_repair = tx
            .query_row(MEDIAN_TIME_TO_REPAIR, params![a, b], |r| r.get(0))
            .optional()?
            .map(TimeDelta::milliseconds);

        // The parts checked in with most; ties go by name, then by id.
        let mut stmt = tx.prepare_cached(PART_NAMES)?;
        let mut top: Vec<(String, u32, String)> = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .filter_map(|row| match row {
                Ok((id, name)) => match tally.parts.get(&id) {
                    Some(&n) if n > 0 => Some(Ok((name, count(n), id))),
                    _ => None,
                },
                Err(e) => Some(Err(e)),
            })
            .collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        top.sort_by(|x, y| {
            y.1.cmp(&x.1)
                .then_with(|| x.0.cmp(&y.0))
                .then_with(|| x.2.cmp(&y.2))
        });
        out.top_parts = top
            .into_iter()
            .take(5)
            .map(|(name, n, _)| (name, n))
            .collect();

        let mut stmt = tx.prepare_cached(REFLECTIONS_BY_MONTH)?;
        out.reflections_by_month = stmt
            .query_map(params![a, b], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        let mut stmt = tx.prepare_cached(TOGETHER_BY_MONTH)?;
        out.together_by_month = stmt
            .query_map(params![a, b], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        let mut stmt = tx.prepare_cached(TALKS_BY_MONTH)?;
        out.talks_by_month = stmt
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
