//! Moments in time: an instant together with the local offset the user had then.

use chrono::{DateTime, Datelike, FixedOffset, Offset, Utc};

use super::i18n::{Lang, Length};
use super::text::capitalise;

/// An instant plus the user's local offset at that instant.
pub type Moment = DateTime<FixedOffset>;

/// Milliseconds since the Unix epoch, in UTC.
pub fn utc_ms(moment: &Moment) -> i64 {
    moment.timestamp_millis()
}

/// The local offset of a moment, in seconds east of UTC.
pub fn offset_s(moment: &Moment) -> i32 {
    moment.offset().local_minus_utc()
}

/// Rebuilds a moment from its stored parts. An offset out of range falls back to UTC and an
/// instant out of range to the epoch, so a damaged row still shows rather than failing.
pub fn from_parts(utc_ms: i64, offset_s: i32) -> Moment {
    let offset = FixedOffset::east_opt(offset_s).unwrap_or_else(|| Utc.fix());
    let instant = DateTime::<Utc>::from_timestamp_millis(utc_ms).unwrap_or_default();
    instant.with_timezone(&offset)
}

/// A friendly "when", in the reader's language and as its region writes dates and times:
/// "Today, 20:40", "Yesterday, 18:02", "Monday, 09:15", "23 Nov, 20:40" or
/// "23 Nov 2025, 20:40" in the United Kingdom; "Today, 8:40 PM" or "Nov 23, 8:40 PM" in the
/// United States. The time is shown as the user saw it then, in its own offset. It begins
/// with a capital, as it begins a line.
pub fn describe_in(lang: Lang, at: &Moment, now: &Moment) -> String {
    capitalise(&describe_within(lang, at, now))
}

/// The same "when", as it stands inside a sentence: "Begun today, 20:40", "Empezada el
/// lunes…" keeps its words' own case.
pub fn describe_within(lang: Lang, at: &Moment, now: &Moment) -> String {
    let day = at.date_naive();
    let today = now.date_naive();
    let time = lang.clock(at.time());
    match (today - day).num_days() {
        0 => crate::t!(lang, "time-today", time = time),
        1 => crate::t!(lang, "time-yesterday", time = time),
        2..=6 => crate::t!(
            lang,
            "time-weekday",
            weekday = lang.weekday(day.weekday(), Length::Long),
            time = time
        ),
        _ if day.year() == today.year() => crate::t!(
            lang,
            "time-date",
            date = lang.day_month(day, Length::Short),
            time = time
        ),
        _ => crate::t!(
            lang,
            "time-date",
            date = lang.day_month_year(day, Length::Short),
            time = time
        ),
    }
}

/// The value for an `<input type="datetime-local">`: local date and time to the minute.
pub fn to_input(at: &Moment) -> String {
    at.format("%Y-%m-%dT%H:%M").to_string()
}

/// Reads an `<input type="datetime-local">` value in the offset of `reference` (the current
/// time, usually). Returns `None` for text that is not a date and time.
pub fn from_input(value: &str, reference: &Moment) -> Option<Moment> {
    let naive = chrono::NaiveDateTime::parse_from_str(value.trim(), "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(value.trim(), "%Y-%m-%dT%H:%M:%S"))
        .ok()?;
    naive.and_local_timezone(*reference.offset()).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Moment {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn describes_when() {
        // As English is written in the United Kingdom.
        let gb = Lang::negotiate(&["en-GB"]);
        let now = at("2026-11-23T21:00:00+01:00");
        let check =
            |s: &str, expected: &str| assert_eq!(describe_in(gb, &at(s), &now), expected, "{s}");
        check("2026-11-23T20:40:00+01:00", "Today, 20:40");
        check("2026-11-22T18:02:00+01:00", "Yesterday, 18:02");
        check("2026-11-18T09:15:00+01:00", "Wednesday, 09:15");
        check("2026-11-16T09:15:00+01:00", "16 Nov, 09:15");
        check("2025-11-23T20:40:00+01:00", "23 Nov 2025, 20:40");
        // Written while travelling: shown in the offset it was written in.
        check("2026-11-23T08:00:00-05:00", "Today, 08:00");
        // And in the United States.
        let us = Lang::negotiate(&["en-US"]);
        let said = |s: &str| describe_in(us, &at(s), &now).replace('\u{202f}', " ");
        assert_eq!(said("2026-11-23T20:40:00+01:00"), "Today, 8:40 PM");
        assert_eq!(said("2026-11-16T09:15:00+01:00"), "Nov 16, 9:15 AM");
        assert_eq!(said("2025-11-23T20:40:00+01:00"), "Nov 23, 2025, 8:40 PM");
    }

    #[test]
    fn describes_when_in_spanish() {
        let es = Lang::from_tag("es").unwrap();
        let now = at("2026-11-23T21:00:00+01:00");
        let check =
            |s: &str, expected: &str| assert_eq!(describe_in(es, &at(s), &now), expected, "{s}");
        check("2026-11-23T20:40:00+01:00", "Hoy, 20:40");
        check("2026-11-22T18:02:00+01:00", "Ayer, 18:02");
        check("2026-11-18T09:15:00+01:00", "Miércoles, 09:15");
        check("2026-11-16T09:15:00+01:00", "16 nov, 09:15");
        check("2025-11-23T20:40:00+01:00", "23 nov 2025, 20:40");
    }

    #[test]
    fn input_values_round_trip() {
        let now = at("2026-11-23T21:00:00+01:00");
        assert_eq!(to_input(&now), "2026-11-23T21:00");
        assert_eq!(from_input("2026-11-23T21:00", &now), Some(now));
        assert_eq!(from_input("2026-11-23T21:00:00", &now), Some(now));
        assert_eq!(from_input("yesterday", &now), None);
        assert_eq!(from_input("", &now), None);
    }

    #[test]
    fn parts_round_trip() {
        let m = DateTime::parse_from_rfc3339("2026-03-29T01:59:30.250+01:00").unwrap();
        let back = from_parts(utc_ms(&m), offset_s(&m));
        assert_eq!(back, m);
        assert_eq!(back.offset(), m.offset());
    }

    #[test]
    fn damaged_offset_falls_back_to_utc() {
        let m = from_parts(0, 999_999);
        assert_eq!(offset_s(&m), 0);
    }
}
