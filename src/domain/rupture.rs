//! A rupture: a moment when the connection tore a little.

use chrono::TimeDelta;

use super::i18n::Lang;
use super::{Moment, Note, PersonId, RuptureId, Severity};

/// What names a rupture's words in messages.
pub const WHAT_WHAT: &str = "what happened";

/// Where a rupture stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuptureStatus {
    Open,
    Repairing,
    Repaired,
    LetGo,
}

impl RuptureStatus {
    pub const ALL: [RuptureStatus; 4] = [
        RuptureStatus::Open,
        RuptureStatus::Repairing,
        RuptureStatus::Repaired,
        RuptureStatus::LetGo,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RuptureStatus::Open => "open",
            RuptureStatus::Repairing => "repairing",
            RuptureStatus::Repaired => "repaired",
            RuptureStatus::LetGo => "let_go",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Where it stands, in the reader's language.
    pub fn label(self, lang: Lang) -> String {
        lang.word("rupture-status", self.code())
    }

    /// Still waiting for repair: shown on Now and offered for linking.
    pub fn awaits_repair(self) -> bool {
        matches!(self, RuptureStatus::Open | RuptureStatus::Repairing)
    }
}

/// One rupture as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Rupture {
    pub id: RuptureId,
    pub at: Moment,
    pub person_id: Option<PersonId>,
    pub what: Note,
    pub severity: Severity,
    pub status: RuptureStatus,
    /// When it was marked repaired, if it is.
    pub repaired_at: Option<Moment>,
}

impl Rupture {
    /// How long repair took, once repaired.
    pub fn time_to_repair(&self) -> Option<TimeDelta> {
        self.repaired_at.map(|r| time_to_repair(self.at, r))
    }
}

/// The time from a rupture to its repair; never negative, even if the clock was changed.
pub fn time_to_repair(rupture_at: Moment, repaired_at: Moment) -> TimeDelta {
    (repaired_at - rupture_at).max(TimeDelta::zero())
}

/// [`rough_duration_in`] in English, for screens not yet in the reader's language.
pub fn rough_duration(d: TimeDelta) -> String {
    rough_duration_in(Lang::ENGLISH, d)
}

/// "45 minutes", "3 hours", "2 days": a gentle, rounded length of time, in the reader's
/// language.
pub fn rough_duration_in(lang: Lang, d: TimeDelta) -> String {
    let minutes = d.num_minutes();
    if minutes < 1 {
        crate::t!(lang, "time-under-a-minute")
    } else if minutes < 60 {
        crate::t!(lang, "time-minutes", count = minutes)
    } else if minutes < 48 * 60 {
        crate::t!(lang, "time-hours", count = (minutes + 30) / 60)
    } else {
        crate::t!(lang, "time-days", count = (minutes + 12 * 60) / (24 * 60))
    }
}

crate::domain::kept::coded!(RuptureStatus);

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn status_codes_round_trip() {
        for s in RuptureStatus::ALL {
            assert_eq!(RuptureStatus::from_code(s.code()), Some(s));
        }
        assert!(RuptureStatus::Open.awaits_repair());
        assert!(RuptureStatus::Repairing.awaits_repair());
        assert!(!RuptureStatus::Repaired.awaits_repair());
        assert!(!RuptureStatus::LetGo.awaits_repair());
    }

    #[test]
    fn repair_time_is_never_negative() {
        let a = DateTime::parse_from_rfc3339("2026-11-23T20:00:00+01:00").unwrap();
        let b = DateTime::parse_from_rfc3339("2026-11-23T19:30:00+00:00").unwrap();
        assert_eq!(time_to_repair(a, b), TimeDelta::minutes(30));
        assert_eq!(time_to_repair(b, a), TimeDelta::zero());
    }

    #[test]
    fn rough_durations() {
        let check = |mins: i64, expected: &str| {
            assert_eq!(
                rough_duration(TimeDelta::minutes(mins)),
                expected,
                "{mins} minutes"
            )
        };
        check(0, "less than a minute");
        check(1, "1 minute");
        check(45, "45 minutes");
        check(60, "1 hour");
        check(150, "3 hours");
        check(47 * 60, "47 hours");
        check(48 * 60, "2 days");
        check(10 * 24 * 60, "10 days");
        let es = Lang::from_tag("es").unwrap();
        assert_eq!(rough_duration_in(es, TimeDelta::minutes(150)), "3 horas");
        assert_eq!(rough_duration_in(es, TimeDelta::minutes(1)), "1 minuto");
    }
}
