//! The app lock: a PIN asked at start and after the app has been in the background for a
//! chosen time, with growing waits after wrong tries. Pure rules; the PIN's hash and the
//! count of wrong tries are kept by the store.

use chrono::TimeDelta;
use serde::{Deserialize, Serialize};

use super::Moment;

/// The shortest and longest PIN, in digits.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=12;
/// Wrong tries allowed before waits begin.
pub const FREE_TRIES: u32 = 3;
/// The first wait, doubled after each further wrong try, up to [`LONGEST_WAIT`].
pub const FIRST_WAIT: TimeDelta = TimeDelta::seconds(30);
pub const LONGEST_WAIT: TimeDelta = TimeDelta::hours(1);

/// How long the app may stay in the background before it locks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LockAfter {
    #[default]
    Immediately,
    OneMinute,
    FiveMinutes,
    FifteenMinutes,
}

impl LockAfter {
    pub const ALL: [LockAfter; 4] = [
        LockAfter::Immediately,
        LockAfter::OneMinute,
        LockAfter::FiveMinutes,
        LockAfter::FifteenMinutes,
    ];

    pub fn duration(self) -> TimeDelta {
        TimeDelta::minutes(match self {
            LockAfter::Immediately => 0,
            LockAfter::OneMinute => 1,
            LockAfter::FiveMinutes => 5,
            LockAfter::FifteenMinutes => 15,
        })
    }
}

/// Whether the app should lock on coming back at `now` after leaving at `left_at`. A clock
/// set back while away locks too, rather than trusting it.
pub fn should_lock(left_at: Moment, now: Moment, after: LockAfter) -> bool {
    let away = now - left_at;
    away < TimeDelta::zero() || away >= after.duration()
}

/// How long to wait before the next try, after `failures` wrong tries in a row.
pub fn wait_after(failures: u32) -> TimeDelta {
    if failures < FREE_TRIES {
        return TimeDelta::zero();
    }
    let doublings = (failures - FREE_TRIES).min(16);
    (FIRST_WAIT * 2_i32.pow(doublings)).min(LONGEST_WAIT)
}

/// Why a new PIN cannot be used. The words people see are in the message files; these are
/// for the log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("A PIN is 4 to 12 digits.")]
    Shape,
    #[error("The two PINs are not the same. Type them again.")]
    Mismatch,
}

/// Checks a new PIN and its repetition.
pub fn check_new_pin(pin: &str, again: &str) -> Result<(), PinError> {
    let ok = PIN_DIGITS.contains(&pin.chars().count()) && pin.chars().all(|c| c.is_ascii_digit());
    if !ok {
        return Err(PinError::Shape);
    }
    if pin != again {
        return Err(PinError::Mismatch);
    }
    Ok(())
}

/// The app lock: the PIN's Argon2id hash (the PIN itself is never kept) and when to lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppLock {
    pub pin_hash: String,
    pub after: LockAfter,
}

/// What a try of the PIN gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinOutcome {
    Open,
    /// Wrong; the next try must wait this long (zero for the first few).
    Wrong {
        wait: TimeDelta,
    },
    /// Too soon after wrong tries; this much is left to wait. The PIN was not checked.
    Wait {
        left: TimeDelta,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(s: &str) -> Moment {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn waits_grow_after_three_wrong_tries_and_stop_at_an_hour() {
        let check =
            |n: u32, secs: i64| assert_eq!(wait_after(n), TimeDelta::seconds(secs), "{n} wrong");
        check(0, 0);
        check(2, 0);
        check(3, 30);
        check(4, 60);
        check(5, 120);
        check(9, 1920);
        check(10, 3600);
        check(40, 3600);
    }

    #[test]
    fn locking_on_coming_back() {
        let left = at("2026-11-23T20:00:00+01:00");
        assert!(should_lock(left, left, LockAfter::Immediately));
        assert!(!should_lock(
            left,
            at("2026-11-23T20:00:59+01:00"),
            LockAfter::OneMinute
        ));
        assert!(should_lock(
            left,
            at("2026-11-23T20:01:00+01:00"),
            LockAfter::OneMinute
        ));
        assert!(!should_lock(
            left,
            at("2026-11-23T20:14:00+01:00"),
            LockAfter::FifteenMinutes
        ));
        // Travelling west: the offset changes, the instant is what counts.
        assert!(!should_lock(
            left,
            at("2026-11-23T19:02:00+00:00"),
            LockAfter::FiveMinutes
        ));
        // A clock set back locks.
        assert!(should_lock(
            left,
            at("2026-11-23T19:00:00+01:00"),
            LockAfter::FifteenMinutes
        ));
    }

    #[test]
    fn new_pins() {
        assert_eq!(check_new_pin("1234", "1234"), Ok(()));
        assert_eq!(check_new_pin("123456789012", "123456789012"), Ok(()));
        assert_eq!(check_new_pin("123", "123"), Err(PinError::Shape));
        assert_eq!(
            check_new_pin("1234567890123", "1234567890123"),
            Err(PinError::Shape)
        );
        assert_eq!(check_new_pin("12a4", "12a4"), Err(PinError::Shape));
        assert_eq!(check_new_pin("١٢٣٤", "١٢٣٤"), Err(PinError::Shape));
        assert_eq!(check_new_pin("1234", "1235"), Err(PinError::Mismatch));
    }
}
