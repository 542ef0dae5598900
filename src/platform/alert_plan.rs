//! The alerts a phone's system holds, one plan at a time.
//!
//! Every change of plan (`domain::alerts::plan`, after a write, when the day turns, when
//! Mend comes back to the front) goes through one queue with one worker: a plan waiting
//! to be set is replaced by a newer one, and a plan older than one already given is
//! dropped, so two updates never overlap and the newest always wins.
//!
//! Setting a plan writes it first as a small private file beside the data
//! ([`PLAN_FILE`]): the alerts' slots, kinds, times and our own words, never anything the
//! person wrote. On Android the receivers in `android/device` read that file to set the
//! alarms again after the phone restarts, the time or its zone changes, or Mend is updated,
//! without Mend's code or its data; Mend itself asks them to set it the same way, so there
//! is one way of setting alarms. iOS keeps its own pending notifications across restarts.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use crate::domain::alerts::{Alert, AlertKind, AlertTime, all_slots};
use crate::domain::i18n::Lang;
use crate::domain::links::Link;
use crate::t;

/// The plan's file, beside the data (`Context.getFilesDir()` on Android).
pub const PLAN_FILE: &str = "mend.alerts.json";
/// The plan file's version: a receiver from an older Mend that finds a newer one leaves
/// the alarms as they are until Mend opens.
pub const PLAN_VERSION: u32 = 1;

/// The plan as the file has it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanFile {
    pub version: u32,
    /// How many slots there are, numbered from 0: each is cleared before the plan is set.
    pub slots: usize,
    pub alerts: Vec<PlannedAlert>,
    /// The running pause, while there is one: its notification counts down to `ends_at_ms`.
    pub pause: Option<RunningPause>,
    pub channels: Channels,
}

/// One alert: an instant (`at_ms`, UTC milliseconds) or a time on the wall clock (`local`,
/// `2026-12-07T20:00`, read in the phone's zone whenever it is set, so a reminder keeps to
/// its time after the zone changes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedAlert {
    pub slot: usize,
    pub kind: String,
    pub at_ms: Option<i64>,
    pub local: Option<String>,
    pub title: String,
    pub body: String,
}

/// A pause that is running: its end, its notification's words, and the links its two
/// actions open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunningPause {
    pub ends_at_ms: i64,
    pub title: String,
    pub body: String,
    pub back: String,
    pub back_link: String,
    pub more: String,
    pub more_link: String,
}

/// The notification channels' names and what each is for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Channels {
    pub alerts: String,
    pub alerts_about: String,
    pub pause: String,
    pub pause_about: String,
}

/// The format a wall-clock time is written in.
const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

impl PlanFile {
    /// The file for `plan`, its words in `lang`.
    pub fn of(plan: &[Alert], lang: Lang) -> PlanFile {
        let slots = all_slots();
        let alerts: Vec<PlannedAlert> = plan
            .iter()
            .filter_map(|alert| {
                let slot = slots.iter().position(|s| *s == alert.slot)?;
                let (at_ms, local) = match alert.time {
                    AlertTime::At(at) => (Some(at.timestamp_millis()), None),
                    AlertTime::Local(t) => (None, Some(t.format(LOCAL_FORMAT).to_string())),
                };
                Some(PlannedAlert {
                    slot,
                    kind: alert.kind.code().to_owned(),
                    at_ms,
                    local,
                    title: alert.kind.title(lang),
                    body: alert.kind.body(lang),
                })
            })
            .collect();
        let pause = alerts
            .iter()
            .find(|a| a.kind == AlertKind::PauseOver.code())
            .and_then(|a| a.at_ms)
            .map(|ends_at_ms| RunningPause {
                ends_at_ms,
                title: t!(lang, "alert-pause-running-title"),
                body: t!(lang, "alert-pause-running-body"),
                back: t!(lang, "alert-action-back"),
                back_link: Link::PauseBack.address(),
                more: t!(lang, "alert-action-more"),
                more_link: Link::PauseMore.address(),
            });
        PlanFile {
            version: PLAN_VERSION,
            slots: slots.len(),
            alerts,
            pause,
            channels: Channels {
                alerts: t!(lang, "alert-channel-alerts"),
                alerts_about: t!(lang, "alert-channel-alerts-about"),
                pause: t!(lang, "alert-channel-pause"),
                pause_about: t!(lang, "alert-channel-pause-about"),
            },
        }
    }

    /// Writes the file for `plan` into `dir`, whole or not at all, readable by its owner only.
    pub fn write(plan: &[Alert], lang: Lang, dir: &Path) -> std::io::Result<()> {
        let bytes =
            serde_json::to_vec_pretty(&PlanFile::of(plan, lang)).map_err(std::io::Error::other)?;
        let tmp = dir.join(format!(".{PLAN_FILE}.partial"));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let written = (|| {
            use std::io::Write;
            let mut file = options.open(&tmp)?;
            file.write_all(&bytes)?;
            file.sync_all()?;
            std::fs::rename(&tmp, dir.join(PLAN_FILE))
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written
    }
}

/// Orders plans as they are made: a plan made later is newer.
static MADE: AtomicU64 = AtomicU64::new(1);

/// The number of a plan being made now, to give [`PlanQueue::submit`] with it. Take it
/// where the plan is read from the data, so the order of the numbers is the order of what
/// they were made from.
pub fn next_plan_number() -> u64 {
    MADE.fetch_add(1, Ordering::Relaxed)
}

/// What the queue holds between its callers and its worker.
#[derive(Default)]
struct Pending {
    /// The number of the newest plan given.
    newest: u64,
    /// The newest plan not yet set, if any, and the language of its words.
    waiting: Option<(Vec<Alert>, Lang)>,
    /// The worker is setting a plan now.
    setting: bool,
}

/// One plan at a time: plans given are set by one worker, in turn, the newest winning.
pub struct PlanQueue {
    shared: Arc<(Mutex<Pending>, Condvar)>,
}

impl PlanQueue {
    /// A queue whose worker sets each plan with `set` (on its own thread).
    pub fn new(set: impl Fn(&[Alert], Lang) + Send + 'static) -> PlanQueue {
        let shared = Arc::new((Mutex::new(Pending::default()), Condvar::new()));
        let worker = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("mend-alerts".to_owned())
            .spawn(move || {
                let (lock, changed) = &*worker;
                loop {
                    let (plan, lang) = {
                        let mut pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
                        loop {
                            if let Some(plan) = pending.waiting.take() {
                                pending.setting = true;
                                break plan;
                            }
                            pending = changed
                                .wait(pending)
                                .unwrap_or_else(PoisonError::into_inner);
                        }
                    };
                    set(&plan, lang);
                    lock.lock().unwrap_or_else(PoisonError::into_inner).setting = false;
                    changed.notify_all();
                }
            });
        if let Err(err) = spawned {
            tracing::error!(%err, "the alerts' worker could not start");
        }
        PlanQueue { shared }
    }

    /// Gives the plan numbered `number` (from [`next_plan_number`]), its words to be in
    /// `lang`. It replaces a plan still waiting; a plan older than one already given is
    /// dropped.
    pub fn submit(&self, number: u64, plan: Vec<Alert>, lang: Lang) {
        let (lock, changed) = &*self.shared;
        let mut pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
        if number < pending.newest {
            tracing::debug!(number, newest = pending.newest, "an older plan was dropped");
            return;
        }
        pending.newest = number;
        pending.waiting = Some((plan, lang));
        changed.notify_all();
    }

    /// Waits until every plan given has been set or dropped.
    pub fn settle(&self) {
        let (lock, changed) = &*self.shared;
        let mut pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
        while pending.waiting.is_some() || pending.setting {
            pending = changed
                .wait(pending)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::alerts::{PAUSE_SLOT, REMINDER_DAYS};
    use chrono::{DateTime, NaiveDateTime};
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    fn pause_ending(ms: i64) -> Alert {
        Alert {
            slot: PAUSE_SLOT.to_owned(),
            kind: AlertKind::PauseOver,
            time: AlertTime::At(DateTime::from_timestamp_millis(ms).unwrap()),
        }
    }

    fn reminder(day: usize, at: &str) -> Alert {
        Alert {
            slot: format!("mend.reflect.{day}"),
            kind: AlertKind::Reflect,
            time: AlertTime::Local(NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M").unwrap()),
        }
    }

    #[test]
    fn the_file_holds_times_kinds_and_our_words_and_a_running_pause() {
        let plan = [
            pause_ending(1_765_050_000_000),
            reminder(0, "2026-12-07 20:00"),
        ];
        let file = PlanFile::of(&plan, Lang::ENGLISH);
        assert_eq!(file.version, PLAN_VERSION);
        assert_eq!(file.slots, REMINDER_DAYS + 1);
        assert_eq!(file.alerts.len(), 2);
        assert_eq!(file.alerts[0].slot, 0);
        assert_eq!(file.alerts[0].kind, "pause_over");
        assert_eq!(file.alerts[0].at_ms, Some(1_765_050_000_000));
        assert_eq!(file.alerts[0].title, "Your pause is over");
        assert_eq!(file.alerts[1].slot, 1);
        assert_eq!(file.alerts[1].kind, "reflect");
        assert_eq!(file.alerts[1].local.as_deref(), Some("2026-12-07T20:00"));
        assert_eq!(file.alerts[1].at_ms, None);
        let pause = file.pause.as_ref().unwrap();
        assert_eq!(pause.ends_at_ms, 1_765_050_000_000);
        assert_eq!(pause.back_link, "mend://pause/back");
        assert_eq!(pause.more_link, "mend://pause/more");
        assert_eq!(pause.back, "I'm back");
        assert_eq!(file.channels.pause, "While you pause");
        // Without a pause, no running pause.
        assert_eq!(PlanFile::of(&plan[1..], Lang::ENGLISH).pause, None);
        assert_eq!(PlanFile::of(&[], Lang::ENGLISH).alerts, []);
        // Every word in the reader's language; the times, kinds and links the same.
        let es = PlanFile::of(&plan, Lang::from_tag("es").unwrap());
        assert_eq!(es.alerts[0].title, "Tu pausa ha terminado");
        assert_eq!(
            es.alerts[1].body,
            "La pregunta de hoy te espera en Mend, cuando quieras."
        );
        let running = es.pause.as_ref().unwrap();
        assert_eq!(running.back, "Ya estoy aquí");
        assert_eq!(running.more, "5 minutos más");
        assert_eq!(
            es.channels.alerts,
            "Pausas y recordatorios para reflexionar"
        );
        assert_eq!(
            (es.alerts[0].at_ms, &es.alerts[1].local, &running.back_link),
            (
                file.alerts[0].at_ms,
                &file.alerts[1].local,
                &pause.back_link
            )
        );
    }

    #[test]
    fn the_file_is_written_whole_and_private_and_reads_back() {
        let dir = tempfile::TempDir::new().unwrap();
        let plan = [reminder(0, "2026-12-07 20:00")];
        PlanFile::write(&plan, Lang::ENGLISH, dir.path()).unwrap();
        let read: PlanFile =
            serde_json::from_slice(&std::fs::read(dir.path().join(PLAN_FILE)).unwrap()).unwrap();
        assert_eq!(read, PlanFile::of(&plan, Lang::ENGLISH));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(dir.path().join(PLAN_FILE)).unwrap();
            assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        }
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [PLAN_FILE], "no partial file is left");
    }

    /// Plans given from many threads at once, each numbered as it is made, while the worker
    /// is slow: the sets never overlap, and what is held at the end is the newest plan.
    #[test]
    fn overlapping_updates_leave_the_newest_plan_held() {
        let dir = tempfile::TempDir::new().unwrap();
        let held_in = dir.path().to_path_buf();
        let at_once = Arc::new(AtomicUsize::new(0));
        let most_at_once = Arc::new(AtomicUsize::new(0));
        let sets = Arc::new(AtomicUsize::new(0));
        let (now, most, count) = (at_once.clone(), most_at_once.clone(), sets.clone());
        let queue = Arc::new(PlanQueue::new(move |plan, lang| {
            let during = now.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(during, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(3));
            PlanFile::write(plan, lang, &held_in).unwrap();
            count.fetch_add(1, Ordering::SeqCst);
            now.fetch_sub(1, Ordering::SeqCst);
        }));
        let newest = Arc::new(Mutex::new((0_u64, Vec::new())));
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let (queue, newest) = (Arc::clone(&queue), Arc::clone(&newest));
                std::thread::spawn(move || {
                    for i in 0..25 {
                        // Made and numbered together, as AlertSync does under the store.
                        let (number, plan) = {
                            let mut newest = newest.lock().unwrap();
                            let number = next_plan_number();
                            let plan = vec![pause_ending(1_000_000 * (t * 100 + i) as i64)];
                            *newest = (number, plan.clone());
                            (number, plan)
                        };
                        if i % 3 == 0 {
                            std::thread::sleep(Duration::from_millis(1));
                        }
                        queue.submit(number, plan, Lang::ENGLISH);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        queue.settle();
        let held: PlanFile =
            serde_json::from_slice(&std::fs::read(dir.path().join(PLAN_FILE)).unwrap()).unwrap();
        let (_, last) = newest.lock().unwrap().clone();
        assert_eq!(
            held,
            PlanFile::of(&last, Lang::ENGLISH),
            "the newest plan is the one held"
        );
        assert_eq!(
            most_at_once.load(Ordering::SeqCst),
            1,
            "two plans were never set at once"
        );
        let set = sets.load(Ordering::SeqCst);
        assert!((1..=200).contains(&set), "{set} sets for 200 plans");
        // An older plan given late changes nothing.
        queue.submit(0, vec![reminder(3, "2027-01-01 09:00")], Lang::ENGLISH);
        queue.settle();
        let still: PlanFile =
            serde_json::from_slice(&std::fs::read(dir.path().join(PLAN_FILE)).unwrap()).unwrap();
        assert_eq!(still, held);
    }
}
