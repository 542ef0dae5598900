//! The root of the app: the boot chosen (the app, a lock, or a start-up problem), the shared
//! state and the clock once the data is open, the routes, and the shell around each screen.

use dioxus::prelude::*;

use super::Db;
use super::background::{Presence, SmokeCheck, SmokeTest, use_daily_backup};
use super::boot::Boot;
use super::command::provide_lasting_command;
use super::context::{DeviceLanguages, Shared, choose_lang, use_reader};
use super::route::Route;
use super::screens::{LockScreen, PinScreen, StartupProblem};
use crate::platform;
use crate::store::Settings;

/// The root component. It expects a [`Boot`] in the root context.
#[component]
pub fn App() -> Element {
    use_context_provider(super::probe::Painted::default);
    // The languages the device asks for, known before the data (and Settings) opens.
    let given = try_use_context::<DeviceLanguages>();
    use_context_provider(move || given.unwrap_or_else(|| DeviceLanguages(platform::languages())));
    // A restore from the start-up problem screen replaces the boot.
    let mut boot = use_signal(consume_context::<Boot>);
    match boot() {
        Boot::Ready(db) => rsx! {
            Ready { db, onfailed: move |next: Boot| boot.set(next) }
        },
        Boot::Locked { dir } => rsx! {
            LockScreen { dir, onopened: move |next: Boot| boot.set(next) }
        },
        Boot::Failed {
            message,
            path,
            dir,
            backup,
            key,
        } => rsx! {
            StartupProblem {
                message,
                path,
                dir,
                backup,
                db_key: key,
                onrestored: move |next: Boot| boot.set(next),
            }
        },
    }
}

/// How long the check of the data file waits for Now's first paint at most.
const CHECK_AFTER_AT_MOST: std::time::Duration = std::time::Duration::from_secs(1);

/// The app once its data is open: shared state, the clock, the router. Once Now has painted,
/// opening is finished (the file's check, the old deleted records cleared); a damaged file
/// gives `onfailed` the start-up problem to show instead.
#[component]
fn Ready(db: Db, onfailed: EventHandler<Boot>) -> Element {
    let db = use_context_provider(|| db);
    let painted = use_context::<super::probe::Painted>();
    let probe = try_use_context::<super::probe::Probe>();
    let mut settings = use_signal(Settings::default);
    let mut locked = use_signal(|| false);
    let mut now = use_signal(platform::now);
    let minute = use_memo(move || now().timestamp().div_euclid(60));
    let device = use_hook(|| consume_context::<DeviceLanguages>().0);
    let lang = use_memo(move || choose_lang(settings.read().language.as_deref(), &device));
    use_context_provider(|| Shared {
        version: Signal::new(0),
        now,
        minute,
        toast: Signal::new(None),
        settings,
        locked,
        returned: Signal::new(0),
        link: Signal::new(None),
        lang,
    });
    use_future(move || {
        let (db, painted) = (db.clone(), painted.clone());
        async move {
            painted.now_painted(CHECK_AFTER_AT_MOST).await;
            match Boot::finish_opening(&db).await {
                Some(failed) => onfailed.call(failed),
                None => super::probe::opening_finished(probe),
            }
        }
    });
    // The screens wait for the settings, so that nothing flashes in the wrong theme and the
    // first-run note shows only on the first run.
    let reader = use_reader();
    let loaded = use_resource(move || async move {
        // Unreadable settings are logged as read; the defaults stand.
        if let Ok(saved) = reader.read(|s| s.settings()).await {
            // With an app lock, the PIN comes first.
            locked.set(saved.app_lock.is_some());
            settings.set(saved);
        }
    });
    use_future(move || async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            now.set(platform::now());
        }
    });
    provide_lasting_command();
    use_daily_backup();
    let smoke = try_use_context::<SmokeTest>().is_some();
    rsx! {
        Presence {}
        if loaded.read().is_none() {
        } else if locked() {
            PinScreen {}
        } else {
            Router::<Route> {}
            if smoke {
                SmokeCheck {}
            }
        }
    }
}
