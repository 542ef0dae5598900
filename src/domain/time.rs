//! Moments in time: an instant together with the local offset the user had then.

use chrono::{DateTime, FixedOffset, Offset, Utc};

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

#[cfg(test)]
mod tests {
    use super::*;

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
