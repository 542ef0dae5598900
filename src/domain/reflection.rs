//! Daily reflection: one answer a day to that day's prompt, and the month calendar of days
//! reflected. A day without a reflection is simply a day; nothing here counts streaks.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, TimeDelta, Weekday};

use super::i18n::Lang;
use super::{Kept, Level, Moment, ReflectionId};

/// One day's reflection.
#[derive(Debug, Clone, PartialEq)]
pub struct Reflection {
    pub id: ReflectionId,
    /// The user's local date when they first wrote it.
    pub day: Kept<NaiveDate>,
    pub prompt_id: String,
    /// The prompt as it read that day (our words may change later).
    pub prompt: String,
    pub answer: String,
    pub self_level: Option<Level>,
    /// When it was first written.
    pub at: Moment,
}

/// The first day of the month `day` falls in.
pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The first day of the month before, or after, the month of `first`.
pub fn shift_month(first: NaiveDate, forward: bool) -> NaiveDate {
    let first = month_start(first);
    let moved = if forward {
        first.checked_add_months(Months::new(1))
    } else {
        first.checked_sub_months(Months::new(1))
    };
    moved.unwrap_or(first)
}

/// The days of a month laid out in weeks starting on `week_start` (the reader's first day of
/// the week); `None` pads the first and last week.
pub fn month_grid(first: NaiveDate, week_start: Weekday) -> Vec<[Option<NaiveDate>; 7]> {
    let first = month_start(first);
    let lead = first.weekday().days_since(week_start) as usize;
    let mut weeks = Vec::new();
    let mut week = [None; 7];
    let mut slot = lead;
    let mut day = first;
    while day.month() == first.month() {
        week[slot] = Some(day);
        slot += 1;
        if slot == 7 {
            weeks.push(week);
            week = [None; 7];
            slot = 0;
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    if slot > 0 {
        weeks.push(week);
    }
    weeks
}

/// A kind sentence about the reflections of the month starting at `first`: never a streak,
/// never a failure.
pub fn month_summary(lang: Lang, count: usize, first: NaiveDate, this_month: bool) -> String {
    if this_month {
        crate::t!(lang, "reflect-month-this", count = count)
    } else {
        crate::t!(
            lang,
            "reflect-month-past",
            count = count,
            month = lang.month(first.month())
        )
    }
}

/// How long after the chosen time a reminder may still come (Mend was opened a little late,
/// or the computer was asleep). Later than that, the day's reminder is let go.
pub const REMINDER_GRACE: TimeDelta = TimeDelta::hours(1);

/// Whether the daily reminder should come now: the chosen local time has come within the
/// last hour, today's reminder has not come yet, and today has no reflection.
pub fn reminder_due(
    at: NaiveTime,
    now: &Moment,
    reminded_on: Option<NaiveDate>,
    reflected_today: bool,
) -> bool {
    let today = now.date_naive();
    let since = now.time() - at;
    !reflected_today
        && reminded_on != Some(today)
        && since >= TimeDelta::zero()
        && since <= REMINDER_GRACE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_month_is_laid_out_in_weeks_from_the_readers_first_day() {
        // November 2026 starts on a Sunday and has 30 days.
        let grid = month_grid(day("2026-11-23"), Weekday::Mon);
        assert_eq!(grid.len(), 6);
        assert_eq!(grid[0][..6], [None; 6]);
        assert_eq!(grid[0][6], Some(day("2026-11-01")));
        assert_eq!(grid[1][0], Some(day("2026-11-02")));
        assert_eq!(grid[5][0], Some(day("2026-11-30")));
        assert_eq!(grid[5][1..], [None; 6]);
        let days: usize = grid.iter().flatten().flatten().count();
        assert_eq!(days, 30);
        // February 2027 starts on a Monday and fills exactly four weeks.
        let feb = month_grid(day("2027-02-10"), Weekday::Mon);
        assert_eq!(feb.len(), 4);
        assert!(feb.iter().all(|w| w.iter().all(Option::is_some)));
        // From Sunday, November 2026 starts its first week and ends in its fifth.
        let sunday = month_grid(day("2026-11-23"), Weekday::Sun);
        assert_eq!(sunday.len(), 5);
        assert_eq!(sunday[0][0], Some(day("2026-11-01")));
        assert_eq!(sunday[4][1], Some(day("2026-11-30")));
        assert_eq!(sunday[4][2..], [None; 5]);
    }

    #[test]
    fn months_move_across_years() {
        assert_eq!(shift_month(day("2026-12-15"), true), day("2027-01-01"));
        assert_eq!(shift_month(day("2026-01-31"), false), day("2025-12-01"));
        assert_eq!(month_start(day("2024-02-29")), day("2024-02-01"));
    }

    #[test]
    fn the_reminder_comes_once_in_its_hour() {
        let at = NaiveTime::from_hms_opt(20, 0, 0).unwrap();
        let now = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        let today = day("2026-11-23");
        for (when, reminded, reflected, expected) in [
            ("2026-11-23T19:59:00+01:00", None, false, false),
            ("2026-11-23T20:00:00+01:00", None, false, true),
            ("2026-11-23T20:59:00+01:00", None, false, true),
            ("2026-11-23T21:01:00+01:00", None, false, false),
            ("2026-11-23T20:10:00+01:00", Some(today), false, false),
            (
                "2026-11-23T20:10:00+01:00",
                Some(day("2026-11-22")),
                false,
                true,
            ),
            ("2026-11-23T20:10:00+01:00", None, true, false),
        ] {
            assert_eq!(
                reminder_due(at, &now(when), reminded, reflected),
                expected,
                "{when} {reminded:?} {reflected}"
            );
        }
    }

    #[test]
    fn the_summary_never_counts_misses() {
        let november = day("2026-11-01");
        let es = Lang::from_tag("es").unwrap();
        for (count, now, expected, spanish) in [
            (
                0,
                true,
                "No reflections yet this month. Whenever you're ready.",
                "Aún no has reflexionado este mes. Cuando quieras.",
            ),
            (
                1,
                true,
                "You've reflected on 1 day this month.",
                "Este mes has reflexionado 1 día.",
            ),
            (
                12,
                true,
                "You've reflected on 12 days this month.",
                "Este mes has reflexionado 12 días.",
            ),
            (
                3,
                false,
                "You reflected on 3 days in November.",
                "Reflexionaste 3 días de noviembre.",
            ),
            (
                0,
                false,
                "No reflections in November.",
                "No reflexionaste ningún día de noviembre.",
            ),
        ] {
            let said = month_summary(Lang::ENGLISH, count, november, now);
            assert_eq!(said, expected);
            assert!(!said.contains("streak") && !said.contains("missed"));
            assert_eq!(month_summary(es, count, november, now), spanish);
        }
    }
}
