//! The pause: time out when flooded, kept as a start and a planned end (never a counter), so
//! it survives restarts, a killed process and clock reads in between.

use std::fmt;

use chrono::{NaiveTime, TimeDelta};

use super::i18n::Lang;
use super::{Moment, PauseId, RuptureId};

/// How long a pause is planned to last, in whole minutes (1 to 240).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PauseLength(u16);

impl PauseLength {
    /// Couples research suggests at least twenty minutes to settle, so that is the default.
    pub const DEFAULT: PauseLength = PauseLength(20);
    pub const PRESETS: [PauseLength; 5] = [
        PauseLength(5),
        PauseLength(10),
        PauseLength(20),
        PauseLength(30),
        PauseLength(60),
    ];
    pub const MAX_MINUTES: u16 = 240;

    pub fn from_minutes(minutes: u16) -> Option<Self> {
        (1..=Self::MAX_MINUTES)
            .contains(&minutes)
            .then_some(Self(minutes))
    }

    /// Reads a custom length typed by the user.
    pub fn parse(input: &str) -> Result<Self, PauseError> {
        input
            .trim()
            .parse::<u16>()
            .ok()
            .and_then(Self::from_minutes)
            .ok_or(PauseError::BadLength)
    }

    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn duration(self) -> TimeDelta {
        TimeDelta::minutes(i64::from(self.0))
    }
}

/// How much time "+5 min" adds.
pub const EXTEND_BY: TimeDelta = TimeDelta::minutes(5);

/// How a pause came to an end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PauseEnd {
    /// The planned time passed and the user came back.
    Completed,
    /// The user came back before the planned time.
    EndedEarly,
    /// The user called the pause off.
    Cancelled,
}

impl PauseEnd {
    pub fn code(self) -> &'static str {
        match self {
            PauseEnd::Completed => "completed",
            PauseEnd::EndedEarly => "ended_early",
            PauseEnd::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [
            PauseEnd::Completed,
            PauseEnd::EndedEarly,
            PauseEnd::Cancelled,
        ]
        .into_iter()
        .find(|end| end.code() == code)
    }

    /// How it ended, in the reader's language.
    pub fn label(self, lang: Lang) -> String {
        lang.word("pause-end", self.code())
    }
}

/// Something that cannot be done to a pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseError {
    BadLength,
    AlreadyEnded,
}

impl fmt::Display for PauseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PauseError::BadLength => write!(
                f,
                "Choose a length between 1 and {} minutes.",
                PauseLength::MAX_MINUTES
            ),
            PauseError::AlreadyEnded => write!(f, "This pause has already ended."),
        }
    }
}

impl std::error::Error for PauseError {}

/// Where a pause stands at a given moment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PausePhase {
    /// Still counting down.
    Running {
        remaining: TimeDelta,
        /// From 0 at the start to 1 at the planned end.
        progress: f64,
    },
    /// The planned time has passed; the pause waits for the user to come back.
    TimeUp,
    /// Over.
    Ended(PauseEnd),
}

/// A pause. It keeps when it started, when it is planned to end and, once over, when and how
/// it ended; everything else is computed from those and the current time.
#[derive(Debug, Clone, PartialEq)]
pub struct Pause {
    id: PauseId,
    started_at: Moment,
    planned_end: Moment,
    ended: Option<(Moment, PauseEnd)>,
    pub rupture_id: Option<RuptureId>,
}

impl Pause {
    /// Starts a pause now.
    pub fn start(
        id: PauseId,
        now: Moment,
        length: PauseLength,
        rupture_id: Option<RuptureId>,
    ) -> Self {
        Self {
            id,
            started_at: now,
            planned_end: now + length.duration(),
            ended: None,
            rupture_id,
        }
    }

    /// Rebuilds a pause from what was stored, exactly. A planned end before the start (a
    /// damaged row) is kept as it is: such a pause reads as having no planned time, and its
    /// time is up.
    pub fn restore(
        id: PauseId,
        started_at: Moment,
        planned_end: Moment,
        ended: Option<(Moment, PauseEnd)>,
        rupture_id: Option<RuptureId>,
    ) -> Self {
        Self {
            id,
            started_at,
            planned_end,
            ended,
            rupture_id,
        }
    }

    pub fn id(&self) -> PauseId {
        self.id
    }

    pub fn started_at(&self) -> Moment {
        self.started_at
    }

    pub fn planned_end(&self) -> Moment {
        self.planned_end
    }

    pub fn ended(&self) -> Option<(Moment, PauseEnd)> {
        self.ended
    }

    /// The planned length, including any extensions; none for a planned end before the
    /// start.
    pub fn planned(&self) -> TimeDelta {
        (self.planned_end - self.started_at).max(TimeDelta::zero())
    }

    /// Whole minutes planned, rounded to the nearest minute.
    pub fn planned_minutes(&self) -> i64 {
        (self.planned().num_seconds() + 30) / 60
    }

    /// Where the pause stands at `now`. If the clock has been set back before the start,
    /// the remaining time never grows beyond the planned length.
    pub fn phase(&self, now: Moment) -> PausePhase {
        if let Some((_, end)) = self.ended {
            return PausePhase::Ended(end);
        }
        let total = self.planned();
        if now >= self.planned_end || total.is_zero() {
            return PausePhase::TimeUp;
        }
        let remaining = (self.planned_end - now).min(total);
        let progress = 1.0 - remaining.num_milliseconds() as f64 / total.num_milliseconds() as f64;
        PausePhase::Running {
            remaining,
            progress,
        }
    }

    pub fn is_open(&self) -> bool {
        self.ended.is_none()
    }

    /// Adds [`EXTEND_BY`]. Once the time is up, the extra time counts from now.
    pub fn extend(&mut self, now: Moment) -> Result<(), PauseError> {
        match self.phase(now) {
            PausePhase::Ended(_) => Err(PauseError::AlreadyEnded),
            PausePhase::TimeUp => {
                self.planned_end = now + EXTEND_BY;
                Ok(())
            }
            PausePhase::Running { .. } => {
                self.planned_end += EXTEND_BY;
                Ok(())
            }
        }
    }

    /// The user comes back: completed if the planned time has passed, early otherwise.
    pub fn finish(&mut self, now: Moment) -> Result<PauseEnd, PauseError> {
        let end = match self.phase(now) {
            PausePhase::Ended(_) => return Err(PauseError::AlreadyEnded),
            PausePhase::TimeUp => PauseEnd::Completed,
            PausePhase::Running { .. } => PauseEnd::EndedEarly,
        };
        self.ended = Some((now, end));
        Ok(end)
    }

    /// The user calls the pause off.
    pub fn cancel(&mut self, now: Moment) -> Result<(), PauseError> {
        if !self.is_open() {
            return Err(PauseError::AlreadyEnded);
        }
        self.ended = Some((now, PauseEnd::Cancelled));
        Ok(())
    }
}

/// What the person asks of an open pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseAsk {
    /// Five more minutes.
    Extend,
    /// "I'm back".
    Finish,
    /// Called off.
    Cancel,
}

impl Pause {
    /// Does what was asked at `now`.
    pub fn ask(&mut self, ask: PauseAsk, now: Moment) -> Result<(), PauseError> {
        match ask {
            PauseAsk::Extend => self.extend(now),
            PauseAsk::Finish => self.finish(now).map(|_| ()),
            PauseAsk::Cancel => self.cancel(now),
        }
    }
}

/// Seconds breathing in, then in a whole breath (in and out), on the pause's pacer.
pub const BREATHE_IN_S: i64 = 4;
pub const BREATH_S: i64 = 10;

/// Whether a breath in or a breath out begins at this second of the pause (when the pacer
/// may give a gentle pulse).
pub fn breath_turns(elapsed_s: i64) -> bool {
    matches!(elapsed_s.rem_euclid(BREATH_S), 0 | BREATHE_IN_S)
}

/// The sentence to say before leaving, with the return time filled in.
pub fn pause_sentence(lang: Lang, length: TimeDelta, back_at: NaiveTime) -> String {
    crate::t!(
        lang,
        "pause-sentence",
        length = duration(lang, length),
        back = lang.clock(back_at)
    )
}

/// A length of time to the nearest minute, in words: "1 minute", "20 minutes", "1 hour",
/// "1 hour 30 minutes".
pub fn duration(lang: Lang, length: TimeDelta) -> String {
    let minutes = (length.num_seconds() + 30) / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => crate::t!(lang, "duration-minutes", minutes = m),
        (h, 0) => crate::t!(lang, "duration-hours", hours = h),
        (h, m) => crate::t!(lang, "duration-hours-minutes", hours = h, minutes = m),
    }
}

/// [`duration`] in English, for what is not yet in the reader's language (the history's
/// lines, made by the store).
pub fn minutes_phrase(length: TimeDelta) -> String {
    duration(Lang::ENGLISH, length)
}

/// A countdown as "19:59" or "1:04:00", rounding up so the last second shows "0:01".
pub fn format_remaining(remaining: TimeDelta) -> String {
    let ms = remaining.num_milliseconds().max(0);
    let total_s = (ms + 999) / 1000;
    let (h, m, s) = (total_s / 3600, (total_s % 3600) / 60, total_s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

crate::domain::kept::coded!(PauseEnd);

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(rfc3339: &str) -> Moment {
        DateTime::parse_from_rfc3339(rfc3339).unwrap()
    }

    fn twenty_from(start: &str) -> Pause {
        Pause::start(PauseId::random(), at(start), PauseLength::DEFAULT, None)
    }

    fn remaining(p: &Pause, now: &str) -> Option<i64> {
        match p.phase(at(now)) {
            PausePhase::Running { remaining, .. } => Some(remaining.num_seconds()),
            _ => None,
        }
    }

    #[test]
    fn lengths() {
        assert_eq!(PauseLength::DEFAULT.minutes(), 20);
        assert!(PauseLength::PRESETS.contains(&PauseLength::DEFAULT));
        assert_eq!(PauseLength::parse(" 45 ").map(PauseLength::minutes), Ok(45));
        assert_eq!(PauseLength::parse("0"), Err(PauseError::BadLength));
        assert_eq!(PauseLength::parse("241"), Err(PauseError::BadLength));
        assert_eq!(PauseLength::parse("twenty"), Err(PauseError::BadLength));
        assert_eq!(PauseLength::parse("-5"), Err(PauseError::BadLength));
        assert_eq!(PauseLength::parse(""), Err(PauseError::BadLength));
    }

    #[test]
    fn counts_down_from_stored_times() {
        let p = twenty_from("2026-11-23T20:20:00+01:00");
        assert_eq!(remaining(&p, "2026-11-23T20:20:00+01:00"), Some(1200));
        assert_eq!(remaining(&p, "2026-11-23T20:30:00+01:00"), Some(600));
        assert_eq!(p.phase(at("2026-11-23T20:40:00+01:00")), PausePhase::TimeUp);
        assert_eq!(p.phase(at("2026-11-24T08:00:00+01:00")), PausePhase::TimeUp);
    }

    #[test]
    fn restart_after_restore_shows_same_time() {
        // The process dies and the pause is read back from its stored times.
        let p = twenty_from("2026-11-23T20:20:00+01:00");
        let restored = Pause::restore(
            p.id(),
            p.started_at(),
            p.planned_end(),
            p.ended(),
            p.rupture_id,
        );
        assert_eq!(restored, p);
        assert_eq!(remaining(&restored, "2026-11-23T20:35:30+01:00"), Some(270));
    }

    #[test]
    fn daylight_saving_jump_does_not_change_remaining_time() {
        // Europe springs forward at 02:00 → 03:00 local on 2026-03-29.
        let p = twenty_from("2026-03-29T01:50:00+01:00");
        assert_eq!(remaining(&p, "2026-03-29T03:05:00+02:00"), Some(300));
        assert_eq!(p.phase(at("2026-03-29T03:10:00+02:00")), PausePhase::TimeUp);
        // And back in autumn: 03:00 → 02:00 local on 2026-10-25.
        let p = twenty_from("2026-10-25T02:55:00+02:00");
        assert_eq!(remaining(&p, "2026-10-25T02:05:00+01:00"), Some(600));
    }

    #[test]
    fn clock_set_back_never_grows_remaining() {
        let p = twenty_from("2026-11-23T20:20:00+00:00");
        assert_eq!(remaining(&p, "2026-11-23T19:00:00+00:00"), Some(1200));
        match p.phase(at("2026-11-23T19:00:00+00:00")) {
            PausePhase::Running { progress, .. } => assert_eq!(progress, 0.0),
            other => panic!("expected running, got {other:?}"),
        }
    }

    #[test]
    fn clock_set_forward_ends_the_pause() {
        let p = twenty_from("2026-11-23T20:20:00+00:00");
        assert_eq!(p.phase(at("2027-01-01T00:00:00+00:00")), PausePhase::TimeUp);
    }

    #[test]
    fn progress_runs_from_zero_to_one() {
        let p = twenty_from("2026-11-23T20:00:00+00:00");
        match p.phase(at("2026-11-23T20:05:00+00:00")) {
            PausePhase::Running { progress, .. } => assert!((progress - 0.25).abs() < 1e-9),
            other => panic!("expected running, got {other:?}"),
        }
    }

    #[test]
    fn extend_while_running_and_after_time_up() {
        let mut p = twenty_from("2026-11-23T20:00:00+00:00");
        p.extend(at("2026-11-23T20:10:00+00:00")).unwrap();
        assert_eq!(p.planned_minutes(), 25);
        assert_eq!(remaining(&p, "2026-11-23T20:10:00+00:00"), Some(900));
        // Time up at 20:25; extending at 20:40 gives five minutes from 20:40.
        p.extend(at("2026-11-23T20:40:00+00:00")).unwrap();
        assert_eq!(remaining(&p, "2026-11-23T20:41:00+00:00"), Some(240));
    }

    #[test]
    fn finishing() {
        let mut early = twenty_from("2026-11-23T20:00:00+00:00");
        assert_eq!(
            early.finish(at("2026-11-23T20:05:00+00:00")),
            Ok(PauseEnd::EndedEarly)
        );
        assert_eq!(
            early.phase(at("2026-11-23T21:00:00+00:00")),
            PausePhase::Ended(PauseEnd::EndedEarly)
        );
        assert_eq!(
            early.finish(at("2026-11-23T20:06:00+00:00")),
            Err(PauseError::AlreadyEnded)
        );
        assert_eq!(
            early.extend(at("2026-11-23T20:06:00+00:00")),
            Err(PauseError::AlreadyEnded)
        );

        let mut kept = twenty_from("2026-11-23T20:00:00+00:00");
        assert_eq!(
            kept.finish(at("2026-11-23T20:20:00+00:00")),
            Ok(PauseEnd::Completed)
        );

        let mut called_off = twenty_from("2026-11-23T20:00:00+00:00");
        called_off.cancel(at("2026-11-23T20:01:00+00:00")).unwrap();
        assert_eq!(
            called_off.ended().map(|(_, e)| e),
            Some(PauseEnd::Cancelled)
        );
        assert_eq!(
            called_off.cancel(at("2026-11-23T20:02:00+00:00")),
            Err(PauseError::AlreadyEnded)
        );
    }

    #[test]
    fn damaged_row_is_read_safely() {
        let start = at("2026-11-23T20:00:00+00:00");
        let p = Pause::restore(
            PauseId::random(),
            start,
            at("2026-11-23T19:00:00+00:00"),
            None,
            None,
        );
        assert_eq!(p.phase(start), PausePhase::TimeUp);
    }

    #[test]
    fn sentence() {
        // English as written in the United Kingdom: a 24-hour clock.
        let en = Lang::negotiate(&["en-GB"]);
        let back = NaiveTime::from_hms_opt(20, 40, 0).unwrap();
        assert_eq!(
            pause_sentence(en, TimeDelta::minutes(20), back),
            "I'm getting overwhelmed and want to hear you properly. I'm taking 20 minutes and I'll be back at 20:40."
        );
        let check = |minutes: i64, words: &str| {
            assert!(
                pause_sentence(en, TimeDelta::minutes(minutes), back).contains(words),
                "{minutes}"
            );
        };
        check(1, "taking 1 minute and");
        check(60, "taking 1 hour and");
        check(90, "taking 1 hour 30 minutes and");
        check(120, "taking 2 hours and");
        assert!(
            pause_sentence(
                en,
                TimeDelta::minutes(5),
                NaiveTime::from_hms_opt(9, 5, 0).unwrap()
            )
            .ends_with("back at 09:05.")
        );
        // In the United States, a 12-hour one.
        let us = Lang::negotiate(&["en-US"]);
        let said = pause_sentence(us, TimeDelta::minutes(20), back).replace('\u{202f}', " ");
        assert!(said.ends_with("I'll be back at 8:40 PM."), "{said}");
        // In Spanish, with its own plurals and its own way of joining hours and minutes.
        let es = Lang::from_tag("es").unwrap();
        assert_eq!(
            pause_sentence(es, TimeDelta::minutes(20), back),
            "Me estoy desbordando y quiero escucharte bien. Me tomo 20 minutos y vuelvo a las 20:40."
        );
        assert_eq!(duration(es, TimeDelta::minutes(1)), "1 minuto");
        assert_eq!(duration(es, TimeDelta::minutes(90)), "1 hora y 30 minutos");
        assert_eq!(duration(es, TimeDelta::minutes(180)), "3 horas");
    }

    #[test]
    fn countdown_text() {
        assert_eq!(format_remaining(TimeDelta::minutes(20)), "20:00");
        assert_eq!(
            format_remaining(TimeDelta::milliseconds(1_199_001)),
            "20:00"
        );
        assert_eq!(
            format_remaining(TimeDelta::milliseconds(1_198_999)),
            "19:59"
        );
        assert_eq!(format_remaining(TimeDelta::milliseconds(1)), "0:01");
        assert_eq!(format_remaining(TimeDelta::zero()), "0:00");
        assert_eq!(format_remaining(TimeDelta::minutes(64)), "1:04:00");
    }

    #[test]
    fn a_breath_turns_as_each_half_begins() {
        let turns: Vec<i64> = (0..25).filter(|s| breath_turns(*s)).collect();
        assert_eq!(turns, [0, 4, 10, 14, 20, 24]);
    }
}
