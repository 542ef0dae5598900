//! The app lock on real files: the PIN kept only as an Argon2id hash, waits that grow after
//! wrong tries and survive a restart, and the lock untouched by other settings.

use chrono::TimeDelta;
use mend::domain::lock::LockAfter;
use mend::store::{PinOutcome, Settings, Store, Theme};
use tempfile::TempDir;

mod common;
use common::at;

const T0: &str = "2026-11-23T20:00:00+01:00";

#[test]
fn the_pin_is_kept_only_as_a_hash_and_wrong_tries_make_the_next_wait() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    store.set_app_lock("482916", LockAfter::OneMinute).unwrap();
    let lock = store.settings().unwrap().app_lock.unwrap();
    assert!(lock.pin_hash.starts_with("$argon2id$"));
    assert!(!lock.pin_hash.contains("482916"));
    assert_eq!(lock.after, LockAfter::OneMinute);

    let t = at(T0);
    assert_eq!(
        store.try_pin("111111", &t).unwrap(),
        PinOutcome::Wrong {
            wait: TimeDelta::zero()
        }
    );
    assert_eq!(
        store.try_pin("222222", &t).unwrap(),
        PinOutcome::Wrong {
            wait: TimeDelta::zero()
        }
    );
    assert_eq!(
        store.try_pin("333333", &t).unwrap(),
        PinOutcome::Wrong {
            wait: TimeDelta::seconds(30)
        }
    );
    // Even the right PIN waits now, and a restart does not end the wait.
    assert_eq!(
        store
            .try_pin("482916", &(t + TimeDelta::seconds(10)))
            .unwrap(),
        PinOutcome::Wait {
            left: TimeDelta::seconds(20)
        }
    );
    drop(store);
    let mut store = Store::open_in(dir.path()).unwrap();
    assert!(matches!(
        store
            .try_pin("482916", &(t + TimeDelta::seconds(20)))
            .unwrap(),
        PinOutcome::Wait { .. }
    ));
    // After the wait, another wrong try doubles it; then the right one opens and resets.
    assert_eq!(
        store
            .try_pin("444444", &(t + TimeDelta::seconds(31)))
            .unwrap(),
        PinOutcome::Wrong {
            wait: TimeDelta::seconds(60)
        }
    );
    assert_eq!(
        store
            .try_pin("482916", &(t + TimeDelta::seconds(92)))
            .unwrap(),
        PinOutcome::Open
    );
    let s = store.settings().unwrap();
    assert_eq!((s.lock_failures, s.lock_wait_until_ms), (0, None));
}

#[test]
fn other_settings_leave_the_lock_alone_and_it_turns_off_only_with_the_pin() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    store.set_app_lock("1234", LockAfter::Immediately).unwrap();
    store
        .save_settings(&Settings {
            theme: Theme::Dark,
            welcomed: true,
            ..Settings::default()
        })
        .unwrap();
    let s = store.settings().unwrap();
    assert_eq!(s.theme, Theme::Dark);
    assert!(s.app_lock.is_some(), "saving the theme kept the lock");
    store.set_lock_after(LockAfter::FiveMinutes).unwrap();
    assert_eq!(
        store.settings().unwrap().app_lock.unwrap().after,
        LockAfter::FiveMinutes
    );

    let t = at(T0);
    assert!(matches!(
        store.clear_app_lock("9999", &t).unwrap(),
        PinOutcome::Wrong { .. }
    ));
    assert!(store.settings().unwrap().app_lock.is_some());
    assert_eq!(store.clear_app_lock("1234", &t).unwrap(), PinOutcome::Open);
    assert!(store.settings().unwrap().app_lock.is_none());
    // With no lock, any try opens.
    assert_eq!(store.try_pin("", &t).unwrap(), PinOutcome::Open);
}
