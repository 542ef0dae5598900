//! Which alerts the phone should hold at a given moment: the end of an open pause, and the
//! daily reflection reminder for the coming week. The platform only makes the operating
//! system's scheduled alerts match this list, so an alert comes even while Mend is closed.
//! The stored pause and settings stay the truth: opening Mend after an alert shows the same
//! screens as ever.
//!
//! Each alert has a fixed slot (`mend.pause`, `mend.reflect.0` to `.6`), so making the
//! system match is always the same: remove every slot, add what the plan holds.

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDateTime, NaiveTime, TimeDelta, Utc};

use super::i18n::Lang;
use super::reflection::reminder_due;
use super::{Moment, Pause, PausePhase};
use crate::t;

/// How many days of reminders are set ahead. Mend sets them again each time it opens, so a
/// week without opening it lets the reminders rest rather than nag.
pub const REMINDER_DAYS: usize = 7;

/// The slot of the pause's alert.
pub const PAUSE_SLOT: &str = "mend.pause";

/// What an alert is for, with the words it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlertKind {
    /// The pause's planned time is up.
    PauseOver,
    /// The daily reflection reminder.
    Reflect,
}

impl AlertKind {
    /// Its name in the plan the phone's own receivers read.
    pub fn code(self) -> &'static str {
        match self {
            AlertKind::PauseOver => "pause_over",
            AlertKind::Reflect => "reflect",
        }
    }

    pub fn from_code(code: &str) -> Option<AlertKind> {
        [AlertKind::PauseOver, AlertKind::Reflect]
            .into_iter()
            .find(|k| k.code() == code)
    }

    /// Its title, in `lang`.
    pub fn title(self, lang: Lang) -> String {
        match self {
            AlertKind::PauseOver => t!(lang, "alert-pause-over-title"),
            AlertKind::Reflect => t!(lang, "alert-reflect-title"),
        }
    }

    /// Its words, in `lang`.
    pub fn body(self, lang: Lang) -> String {
        match self {
            AlertKind::PauseOver => t!(lang, "alert-pause-over-body"),
            AlertKind::Reflect => t!(lang, "alert-reflect-body"),
        }
    }
}

/// When an alert comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertTime {
    /// At an instant, such as the end of a pause.
    At(DateTime<Utc>),
    /// At a time on the local wall clock, such as 20:00 on a given day. The phone's own
    /// calendar turns it into an instant, so it keeps to 20:00 across daylight saving.
    Local(NaiveDateTime),
}

/// One alert to hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub slot: String,
    pub kind: AlertKind,
    pub time: AlertTime,
}

/// The slot of the reminder `day` days ahead of the first.
fn reminder_slot(day: usize) -> String {
    format!("mend.reflect.{day}")
}

/// Every slot there is, to clear before setting the plan.
pub fn all_slots() -> Vec<String> {
    std::iter::once(PAUSE_SLOT.to_owned())
        .chain((0..REMINDER_DAYS).map(reminder_slot))
        .collect()
}

/// The alerts to hold at `now`:
/// - a running pause's end, at the moment its time is up (as [`Pause::phase`] counts it, so
///   a clock set back never makes it later than the planned length);
/// - with the reminder on, one a day at its time for [`REMINDER_DAYS`] days, starting today
///   if the time is still to come and today has no reflection yet, otherwise tomorrow.
///
/// A pause that has ended, was called off, or whose time is already up (Mend shows that
/// itself) has none; neither has a reminder that is off.
pub fn plan(
    pause: Option<&Pause>,
    reminder: Option<NaiveTime>,
    reflected_today: bool,
    now: &Moment,
) -> Vec<Alert> {
    let mut alerts = Vec::new();
    if let Some(pause) = pause
        && let PausePhase::Running { remaining, .. } = pause.phase(*now)
    {
        alerts.push(Alert {
            slot: PAUSE_SLOT.to_owned(),
            kind: AlertKind::PauseOver,
            time: AlertTime::At((*now + remaining).to_utc()),
        });
    }
    if let Some(at) = reminder {
        let today = now.date_naive();
        let skip_today = reflected_today || now.time() >= at;
        let first = if skip_today {
            today + TimeDelta::days(1)
        } else {
            today
        };
        alerts.extend((0..REMINDER_DAYS).map(|day| Alert {
            slot: reminder_slot(day),
            kind: AlertKind::Reflect,
            time: AlertTime::Local((first + TimeDelta::days(day as i64)).and_time(at)),
        }));
    }
    alerts
}

/// The alerts Mend says itself while it is open (on a computer and in the browser preview,
/// where nothing holds alerts for it): the same [`plan`], and today's reminder too when its
/// time passed less than [`REMINDER_GRACE`](super::reflection::REMINDER_GRACE) ago and today
/// has no reflection yet (Mend was closed at its time), due at once. Mend says each one once
/// (see `ui::device`).
pub fn plan_in_app(
    pause: Option<&Pause>,
    reminder: Option<NaiveTime>,
    reflected_today: bool,
    now: &Moment,
) -> Vec<Alert> {
    let mut alerts = plan(pause, reminder, reflected_today, now);
    if let Some(at) = reminder
        && reminder_due(at, now, None, reflected_today)
    {
        alerts.push(Alert {
            slot: LATE_REMINDER_SLOT.to_owned(),
            kind: AlertKind::Reflect,
            time: AlertTime::Local(now.date_naive().and_time(at)),
        });
    }
    alerts
}

/// The slot of today's reminder said late, in Mend only.
const LATE_REMINDER_SLOT: &str = "mend.reflect.late";

/// The instant of a local wall-clock time, given the zone's offset at local times. A time
/// that comes twice (the clocks go back) is the first of the two; one that never comes (the
/// clocks go forward over it) is the same time an hour on, when the day has caught up.
pub fn resolve_local(
    local: NaiveDateTime,
    offset_at: impl Fn(&NaiveDateTime) -> LocalResult<FixedOffset>,
) -> Option<DateTime<Utc>> {
    let at = |t: &NaiveDateTime| match offset_at(t) {
        LocalResult::Single(offset) | LocalResult::Ambiguous(offset, _) => {
            t.and_local_timezone(offset).single().map(|m| m.to_utc())
        }
        LocalResult::None => None,
    };
    at(&local).or_else(|| at(&(local + TimeDelta::hours(1))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PauseId, PauseLength};

    fn moment(s: &str) -> Moment {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        moment(s).to_utc()
    }

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn twenty() -> NaiveTime {
        NaiveTime::from_hms_opt(20, 0, 0).unwrap()
    }

    fn pause_at(start: &str, minutes: u16) -> Pause {
        Pause::start(
            PauseId::random(),
            moment(start),
            PauseLength::from_minutes(minutes).unwrap(),
            None,
        )
    }

    fn pause_alert(alerts: &[Alert]) -> Option<AlertTime> {
        alerts
            .iter()
            .find(|a| a.kind == AlertKind::PauseOver)
            .map(|a| a.time)
    }

    fn reminder_days(alerts: &[Alert]) -> Vec<NaiveDateTime> {
        alerts
            .iter()
            .filter(|a| a.kind == AlertKind::Reflect)
            .map(|a| match a.time {
                AlertTime::Local(t) => t,
                AlertTime::At(_) => panic!("a reminder keeps to the wall clock"),
            })
            .collect()
    }

    #[test]
    fn a_pause_has_an_alert_at_its_end_which_moves_when_it_is_extended() {
        let mut pause = pause_at("2026-12-01T21:00:00+01:00", 20);
        let now = moment("2026-12-01T21:05:00+01:00");
        let alerts = plan(Some(&pause), None, false, &now);
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].slot, PAUSE_SLOT);
        assert_eq!(
            alerts[0].time,
            AlertTime::At(utc("2026-12-01T21:20:00+01:00"))
        );
        pause.extend(now).unwrap();
        assert_eq!(
            pause_alert(&plan(Some(&pause), None, false, &now)),
            Some(AlertTime::At(utc("2026-12-01T21:25:00+01:00")))
        );
    }

    #[test]
    fn a_pause_ended_early_called_off_or_already_over_has_no_alert() {
        let now = moment("2026-12-01T21:05:00+01:00");
        let mut early = pause_at("2026-12-01T21:00:00+01:00", 20);
        early.finish(now).unwrap();
        let mut cancelled = pause_at("2026-12-01T21:00:00+01:00", 20);
        cancelled.cancel(now).unwrap();
        let over = pause_at("2026-12-01T20:00:00+01:00", 30);
        for pause in [&early, &cancelled, &over] {
            assert_eq!(plan(Some(pause), None, false, &now), []);
        }
        assert_eq!(plan(None, None, false, &now), []);
    }

    #[test]
    fn a_clock_set_back_never_makes_the_pause_alert_later_than_its_length() {
        let pause = pause_at("2026-12-01T21:00:00+01:00", 20);
        // The clock goes back an hour, before the pause began.
        let now = moment("2026-12-01T20:10:00+01:00");
        assert_eq!(
            pause_alert(&plan(Some(&pause), None, false, &now)),
            Some(AlertTime::At(utc("2026-12-01T20:30:00+01:00")))
        );
        // Forward past the end: Mend shows it's over, no alert is needed.
        let later = moment("2026-12-01T23:00:00+01:00");
        assert_eq!(pause_alert(&plan(Some(&pause), None, false, &later)), None);
    }

    #[test]
    fn the_reminder_comes_daily_for_a_week_from_today_or_tomorrow() {
        let before = moment("2026-12-01T09:00:00+01:00");
        let days = reminder_days(&plan(None, Some(twenty()), false, &before));
        assert_eq!(days.len(), REMINDER_DAYS);
        assert_eq!(days[0], local("2026-12-01 20:00"));
        assert_eq!(days[6], local("2026-12-07 20:00"));
        // Already reflected today: from tomorrow.
        let days = reminder_days(&plan(None, Some(twenty()), true, &before));
        assert_eq!(days[0], local("2026-12-02 20:00"));
        // Past today's time: from tomorrow.
        let after = moment("2026-12-01T20:00:00+01:00");
        let days = reminder_days(&plan(None, Some(twenty()), false, &after));
        assert_eq!(days[0], local("2026-12-02 20:00"));
        // Across the end of the year.
        let eve = moment("2026-12-31T21:00:00+01:00");
        let days = reminder_days(&plan(None, Some(twenty()), false, &eve));
        assert_eq!(days[0], local("2027-01-01 20:00"));
        // Each day has its own slot, all among the slots there are.
        let alerts = plan(None, Some(twenty()), false, &before);
        let slots: Vec<&str> = alerts.iter().map(|a| a.slot.as_str()).collect();
        assert_eq!(slots[0], "mend.reflect.0");
        assert!(alerts.iter().all(|a| all_slots().contains(&a.slot)));
        assert_eq!(all_slots().len(), REMINDER_DAYS + 1);
    }

    #[test]
    fn a_changed_reminder_moves_and_one_turned_off_goes() {
        let now = moment("2026-12-01T09:00:00+01:00");
        let seven = NaiveTime::from_hms_opt(7, 30, 0).unwrap();
        let days = reminder_days(&plan(None, Some(seven), false, &now));
        assert_eq!(days[0], local("2026-12-02 07:30"), "07:30 has passed today");
        assert_eq!(plan(None, None, false, &now), []);
        // A pause and the reminder together.
        let pause = pause_at("2026-12-01T08:55:00+01:00", 10);
        assert_eq!(plan(Some(&pause), Some(seven), false, &now).len(), 8);
    }

    /// Europe/London in 2026: GMT until 01:00 on 29 March, then BST (+1) until 02:00 BST on
    /// 25 October, when 01:00–02:00 comes twice.
    fn london(t: &NaiveDateTime) -> LocalResult<FixedOffset> {
        let gmt = FixedOffset::east_opt(0).unwrap();
        let bst = FixedOffset::east_opt(3600).unwrap();
        if *t < local("2026-03-29 01:00") {
            LocalResult::Single(gmt)
        } else if *t < local("2026-03-29 02:00") {
            LocalResult::None
        } else if *t < local("2026-10-25 01:00") {
            LocalResult::Single(bst)
        } else if *t < local("2026-10-25 02:00") {
            LocalResult::Ambiguous(bst, gmt)
        } else {
            LocalResult::Single(gmt)
        }
    }

    #[test]
    fn the_reminder_keeps_to_the_wall_clock_across_daylight_saving() {
        let now = moment("2026-03-28T09:00:00+00:00");
        let days = reminder_days(&plan(None, Some(twenty()), false, &now));
        let instants: Vec<DateTime<Utc>> = days
            .iter()
            .map(|d| resolve_local(*d, london).unwrap())
            .collect();
        assert_eq!(instants[0], utc("2026-03-28T20:00:00Z"));
        assert_eq!(instants[1], utc("2026-03-29T19:00:00Z"), "20:00 BST");
        assert_eq!(instants[1] - instants[0], TimeDelta::hours(23));
        // A time that never comes is an hour on; one that comes twice is the first.
        assert_eq!(
            resolve_local(local("2026-03-29 01:30"), london),
            Some(utc("2026-03-29T01:30:00Z"))
        );
        assert_eq!(
            resolve_local(local("2026-10-25 01:30"), london),
            Some(utc("2026-10-25T00:30:00Z"))
        );
    }

    #[test]
    fn the_words_are_ours_in_each_language() {
        let es = Lang::from_tag("es").unwrap();
        for kind in [AlertKind::PauseOver, AlertKind::Reflect] {
            assert_eq!(AlertKind::from_code(kind.code()), Some(kind));
            for lang in Lang::shipped() {
                assert!(kind.body(lang).len() > 20, "{kind:?} in {}", lang.tag());
            }
            assert_ne!(kind.title(es), kind.title(Lang::ENGLISH));
        }
        assert_eq!(AlertKind::PauseOver.title(es), "Tu pausa ha terminado");
    }

    #[test]
    fn in_the_app_a_reminder_missed_by_less_than_its_grace_is_due_at_once() {
        let late = moment("2026-03-10T20:40:00+01:00");
        let alerts = plan_in_app(None, Some(twenty()), false, &late);
        let today = alerts
            .iter()
            .find(|a| a.slot == LATE_REMINDER_SLOT)
            .expect("today's reminder, said late");
        assert_eq!(
            today.time,
            AlertTime::Local(late.date_naive().and_time(twenty()))
        );
        // The days ahead are the plan's, as a phone holds them.
        assert_eq!(
            alerts.len(),
            plan(None, Some(twenty()), false, &late).len() + 1
        );
        // Not once today is reflected on, not past the grace, and not before its time.
        assert!(
            plan_in_app(None, Some(twenty()), true, &late)
                .iter()
                .all(|a| a.slot != LATE_REMINDER_SLOT)
        );
        let much_later = moment("2026-03-10T21:30:00+01:00");
        assert!(
            plan_in_app(None, Some(twenty()), false, &much_later)
                .iter()
                .all(|a| a.slot != LATE_REMINDER_SLOT)
        );
        let before = moment("2026-03-10T19:30:00+01:00");
        assert_eq!(
            plan_in_app(None, Some(twenty()), false, &before),
            plan(None, Some(twenty()), false, &before)
        );
    }
}
