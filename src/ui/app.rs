//! The root of the app: how it boots, its routes, the state shared by every screen, and the
//! shell around each screen.

use std::path::{Path, PathBuf};

use dioxus::prelude::*;
use uuid::Uuid;

use super::Db;
use super::components::{Form, PauseWatch, SecretField, ToastHost};
use super::device::{AlertSync, BackButton, FollowPresence};
use super::launch::SmokeTest;
use super::screens::*;
use crate::domain::alerts::AlertKind;
use crate::domain::lock::should_lock;
use crate::domain::reflection::reminder_due;
use crate::domain::{CheckInId, EntryKind, Moment, PartId, PhraseId, RepairId, RuptureId};
use crate::platform;
use crate::store::cipher::{Key, key_for};
use crate::store::{self, DB_FILE, OpenError, PinOutcome, Settings, Store, Theme, restore_file};

/// What the app starts with: an open store, or the reason there is none.
#[derive(Clone)]
pub enum Boot {
    Ready(Db),
    /// The data is encrypted and waits for its passphrase.
    Locked {
        dir: PathBuf,
    },
    Failed {
        message: String,
        path: String,
        /// The data folder, to open again after a restore.
        dir: PathBuf,
        /// A damaged file was moved aside and this good backup can take its place.
        backup: Option<PathBuf>,
        /// The key of encrypted data, to check and open the backup.
        key: Option<Key>,
    },
}

impl Boot {
    /// Opens the store in `dir` (or waits for the passphrase if it is encrypted) and clears
    /// away records deleted in an earlier session (their undo window has passed).
    pub fn open(dir: &Path, now: &Moment) -> Boot {
        match Store::open_in(dir) {
            Err(OpenError::Locked { .. }) => Boot::Locked {
                dir: dir.to_path_buf(),
            },
            result => Self::opened(result, dir, None, now),
        }
    }

    /// Opens encrypted data with its passphrase. A wrong passphrase is an error to show on
    /// the lock screen, and changes nothing.
    pub fn unlock(dir: &Path, passphrase: &str, now: &Moment) -> Result<Boot, String> {
        match Store::unlock(dir, passphrase) {
            Err(err @ (OpenError::WrongPassphrase { .. } | OpenError::Key(_))) => {
                Err(err.to_string())
            }
            result => {
                let key = key_for(&dir.join(DB_FILE), passphrase).ok();
                Ok(Self::opened(result, dir, key, now))
            }
        }
    }

    fn opened(
        result: Result<Store, OpenError>,
        dir: &Path,
        key: Option<Key>,
        now: &Moment,
    ) -> Boot {
        match result {
            Ok(mut store) => {
                if let Err(err) = store.purge_deleted(now) {
                    tracing::warn!(%err, "could not clear deleted records; they stay hidden");
                }
                Boot::Ready(Db::new(store))
            }
            Err(err) => {
                tracing::error!(%err, "the store did not open");
                let backup = match &err {
                    OpenError::Damaged { backup, .. } => backup.clone(),
                    _ => None,
                };
                Boot::Failed {
                    message: err.to_string(),
                    path: err.path().display().to_string(),
                    dir: dir.to_path_buf(),
                    backup,
                    key,
                }
            }
        }
    }
}

/// Every screen of the app.
#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
#[allow(clippy::empty_line_after_outer_attr)]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Now {},
        #[route("/check-in")]
        CheckInNew {},
        #[route("/check-in/:id/edit")]
        CheckInEdit { id: CheckInId },
        #[route("/check-in/:id/saved")]
        CheckInSaved { id: CheckInId },
        #[route("/pause")]
        PauseScreen {},
        #[route("/pause/back")]
        ComeBack {},
        #[route("/rupture/new")]
        RuptureNew {},
        #[route("/rupture/:id/edit")]
        RuptureEdit { id: RuptureId },
        #[route("/repair")]
        RepairStart {},
        #[route("/repair/new")]
        RepairNew {},
        #[route("/repair/:id")]
        RepairFlow { id: RuptureId },
        #[route("/repairs/:id/edit")]
        RepairEdit { id: RepairId },
        #[route("/history")]
        History {},
        #[route("/history/:kind/:id")]
        Detail { kind: EntryKind, id: Uuid },
        #[route("/parts")]
        PartsScreen {},
        #[route("/parts/:id")]
        PartDetail { id: PartId },
        #[route("/reflect")]
        ReflectScreen {},
        #[route("/practise")]
        PractiseScreen {},
        #[route("/insights")]
        InsightsScreen {},
        #[route("/settings")]
        SettingsScreen {},
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

impl Route {
    /// The detail screen of one timeline record.
    pub fn detail(kind: EntryKind, id: Uuid) -> Route {
        Route::Detail { kind, id }
    }
}

/// Something that can be undone from the toast.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Undo {
    Delete(EntryKind, Uuid),
    ArchivePart(PartId),
    DeletePhrase(PhraseId),
}

/// A short message at the bottom of the screen, perhaps with an Undo button.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub message: String,
    pub undo: Option<Undo>,
    /// Tells one toast from the next, so each gets its own timer.
    pub serial: u64,
}

/// State shared by every screen.
#[derive(Clone, Copy)]
pub struct Shared {
    /// Goes up after every write, so that screens reading it load again.
    pub version: Signal<u64>,
    /// The current time, ticking once a second.
    pub now: Signal<Moment>,
    /// The current minute, for screens that show times but need not redraw every second.
    pub minute: Memo<i64>,
    pub toast: Signal<Option<Toast>>,
    pub settings: Signal<Settings>,
    /// The app lock is showing: nothing else is.
    pub locked: Signal<bool>,
    /// Goes up each time Mend comes back to the front, so what depends on the world outside
    /// (the alerts a phone holds) is looked at again.
    pub returned: Signal<u64>,
}

impl Shared {
    /// Call after a write: screens showing data load it again.
    pub fn changed(mut self) {
        *self.version.write() += 1;
    }

    /// The current time, redrawing the reader once a minute rather than every second (so
    /// forms are not redrawn while someone types).
    pub fn now_by_minute(self) -> Moment {
        let _ = (self.minute)();
        *self.now.peek()
    }

    /// Shows a message, optionally with Undo.
    pub fn say(mut self, message: impl Into<String>, undo: Option<Undo>) {
        // Never reused, so an older toast's timer can never close a newer toast.
        static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let serial = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.toast.set(Some(Toast {
            message: message.into(),
            undo,
            serial,
        }));
    }
}

/// The database handle of this app.
pub fn use_db() -> Db {
    use_context::<Db>()
}

/// The shared state of this app.
pub fn use_shared() -> Shared {
    use_context::<Shared>()
}

/// Loads something from the store, off the UI thread, and again after every write.
pub fn use_load<T, F>(load: F) -> Resource<Result<T, String>>
where
    T: Send + 'static,
    F: Fn(&mut Store) -> store::Result<T> + Clone + Send + 'static,
{
    use_load_with(|| (), move |s, ()| load(s))
}

/// Like [`use_load`], and again whenever what `dep` reads changes (a route's id, a filter).
pub fn use_load_with<D, T, F>(dep: impl Fn() -> D + 'static, load: F) -> Resource<Result<T, String>>
where
    D: Send + 'static,
    T: Send + 'static,
    F: Fn(&mut Store, D) -> store::Result<T> + Clone + Send + 'static,
{
    let db = use_db();
    let shared = use_shared();
    use_resource(move || {
        let _ = (shared.version)();
        let d = dep();
        let db = db.clone();
        let load = load.clone();
        async move { db.run(move |s| load(s, d)).await }
    })
}

/// How often Mend looks whether the reflection reminder is due.
const REMINDER_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// How often Mend looks whether today's backup is due.
const BACKUP_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// The root component. It expects a [`Boot`] in the root context.
#[component]
pub fn App() -> Element {
    // A restore from the start-up problem screen replaces the boot.
    let mut boot = use_signal(consume_context::<Boot>);
    match boot() {
        Boot::Ready(db) => rsx! { Ready { db } },
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

/// The app once its data is open: shared state, the clock, the router.
#[component]
fn Ready(db: Db) -> Element {
    let db = use_context_provider(|| db);
    let mut settings = use_signal(Settings::default);
    let mut locked = use_signal(|| false);
    let mut now = use_signal(platform::now);
    let minute = use_memo(move || now().timestamp().div_euclid(60));
    let shared = use_context_provider(|| Shared {
        version: Signal::new(0),
        now,
        minute,
        toast: Signal::new(None),
        settings,
        locked,
        returned: Signal::new(0),
    });
    // The screens wait for the settings, so that nothing flashes in the wrong theme and the
    // first-run note shows only on the first run.
    let loaded = use_resource(move || {
        let db = db.clone();
        async move {
            match db.run(|s| s.settings()).await {
                Ok(saved) => {
                    // With an app lock, the PIN comes first.
                    locked.set(saved.app_lock.is_some());
                    settings.set(saved);
                }
                Err(message) => tracing::warn!(%message, "settings unreadable; using defaults"),
            }
        }
    });
    use_future(move || async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            now.set(platform::now());
        }
    });
    // The daily backup: at start, then checked every hour while Mend is open.
    let db = use_db();
    use_future(move || {
        let db = db.clone();
        async move {
            let mut warned = false;
            loop {
                let now = platform::now();
                match db.run(move |s| s.backup_if_due(&now)).await {
                    Ok(_) => warned = false,
                    Err(message) if !warned => {
                        warned = true;
                        shared.say(format!("Today's backup couldn't be made. {message}"), None);
                    }
                    Err(_) => {}
                }
                tokio::time::sleep(BACKUP_CHECK_EVERY).await;
            }
        }
    });
    // The daily reflection reminder, while Mend is open.
    let db = use_db();
    use_future(move || {
        let db = db.clone();
        async move {
            let mut reminded_on = None;
            loop {
                tokio::time::sleep(REMINDER_CHECK_EVERY).await;
                let Some(at) = settings.peek().reflect_reminder else {
                    continue;
                };
                let now = platform::now();
                let today = now.date_naive();
                let reflected = db
                    .run(move |s| s.reflection_on(today))
                    .await
                    .map(|r| r.is_some())
                    .unwrap_or(false);
                if reminder_due(at, &now, reminded_on, reflected) {
                    reminded_on = Some(today);
                    let kind = AlertKind::Reflect;
                    tokio::task::spawn_blocking(move || {
                        platform::notify(kind.title(), kind.body())
                    });
                    shared.say(kind.body(), None);
                }
            }
        }
    });
    let smoke = try_use_context::<SmokeTest>().is_some();
    // Going away (another tab, another window, the phone's home screen): what was written is
    // moved into the main file, as a phone may end Mend without warning. Coming back: after
    // the chosen time the lock is asked for, and the clock and the alerts catch up.
    let db = use_db();
    let went_away = move |_| {
        let db = db.clone();
        spawn(async move {
            if let Err(message) = db.run(|s| s.checkpoint()).await {
                tracing::warn!(%message, "the log was not checkpointed on going away");
            }
        });
    };
    let mut returned = shared.returned;
    let came_back = move |left: Moment| {
        let at = platform::now();
        now.set(at);
        if let Some(lock) = &settings.peek().app_lock
            && should_lock(left, at, lock.after)
        {
            locked.set(true);
        }
        *returned.write() += 1;
    };
    rsx! {
        FollowPresence { onaway: went_away, onback: came_back }
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

/// For the desktop smoke test: waits for the home screen and logs which of its labels the
/// window shows, then taps "Check in" and waits for the check-in screen (so events work end
/// to end), and exits with 0; with 1 if either never comes.
#[component]
fn SmokeCheck() -> Element {
    /// Waits for `needle` on the screen, then says which of `labels` (words of ours) are
    /// there too. The report names only our words: the screen may hold the user's.
    async fn wait_for(needle: &str, labels: &[&str]) -> Option<String> {
        for _ in 0..60 {
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let shown = document::eval("return document.body.innerText").await;
            if let Ok(text) = shown
                && let Some(text) = text.as_str()
                && text.contains(needle)
            {
                let found: Vec<&str> = labels
                    .iter()
                    .copied()
                    .filter(|label| text.contains(label))
                    .collect();
                return Some(found.join(" | "));
            }
        }
        None
    }
    use_future(|| async {
        const HOME: [&str; 5] = ["Now", "Check in", "Take a pause", "Repair", "History"];
        let Some(home) = wait_for("Take a pause", &HOME).await else {
            tracing::error!(target: "mend::smoke", "the home screen never appeared");
            std::process::exit(1);
        };
        tracing::info!(target: "mend::smoke", "window shows: {home}");
        let tapped =
            document::eval("document.querySelector('a.action-checkin').click(); return true").await;
        const CHECK_IN: [&str; 1] = ["Which part of you is here?"];
        let Some(next) = wait_for("Which part of you is here?", &CHECK_IN).await else {
            tracing::error!(target: "mend::smoke", ?tapped, "tapping Check in led nowhere");
            std::process::exit(1);
        };
        tracing::info!(target: "mend::smoke", "after tapping Check in: {next}");
        std::process::exit(0);
    });
    rsx! {}
}

/// The class on the app's root that picks its colours.
fn theme_class(theme: Theme) -> &'static str {
    match theme {
        Theme::System => "theme-system",
        Theme::Light => "theme-light",
        Theme::Dark => "theme-dark",
    }
}

/// The frame around every screen: the top bar, the pause banner, the toast.
#[component]
fn Shell() -> Element {
    let shared = use_shared();
    // After moving to another screen, focus goes to the new content, so keyboard and
    // screen-reader users start at its heading rather than on a link that is gone.
    let route = use_route::<Route>();
    let mut first_screen = use_signal(|| true);
    use_effect(use_reactive!(|route| {
        let _ = route;
        if *first_screen.peek() {
            first_screen.set(false);
        } else {
            document::eval(
                "document.getElementById('content')?.focus({ preventScroll: false }); window.scrollTo(0, 0);",
            );
        }
    }));
    let theme = theme_class(shared.settings.read().theme);
    rsx! {
        div { class: "app {theme}",
            a { class: "skip-link", href: "#content", "Skip to content" }
            header { class: "topbar",
                Link { to: Route::Now {}, class: "brand", "Mend" }
                nav { aria_label: "Main",
                    Link { to: Route::History {}, class: "topbar-link", "History" }
                    Link { to: Route::SettingsScreen {}, class: "topbar-link", "Settings" }
                }
            }
            PauseWatch {}
            main { id: "content", class: "content", tabindex: "-1", Outlet::<Route> {} }
            ToastHost {}
            AlertSync {}
            BackButton {}
        }
    }
}

/// Shown instead of the app when the data could not be opened.
#[component]
fn StartupProblem(
    message: String,
    path: String,
    dir: PathBuf,
    backup: Option<PathBuf>,
    db_key: Option<Key>,
    onrestored: EventHandler<Boot>,
) -> Element {
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let backup_name = backup
        .as_ref()
        .and_then(|b| b.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    rsx! {
        div { class: "app theme-system",
            main { class: "content startup-problem",
                h1 { "Mend couldn't open your data" }
                p { role: "alert", "{message}" }
                p { "Nothing has been deleted. The file is here:" }
                p { code { class: "path", "{path}" } }
                if let Some(backup) = backup.clone() {
                    section { class: "card", aria_labelledby: "restore-heading",
                        h2 { id: "restore-heading", "A backup can take its place" }
                        p { "Mend has a backup that passed its check: {backup_name}. Restoring it brings back everything up to the day it was made. The damaged file stays where it was moved." }
                        button {
                            r#type: "button",
                            class: "button primary wide",
                            disabled: busy(),
                            onclick: move |_| {
                                let backup = backup.clone();
                                let dir = dir.clone();
                                let key = db_key.clone();
                                async move {
                                    busy.set(true);
                                    let restored = tokio::task::spawn_blocking(move || {
                                        restore_file(&dir.join(DB_FILE), &backup, key.as_ref())
                                            .map(|()| Boot::open(&dir, &platform::now()))
                                    })
                                    .await;
                                    busy.set(false);
                                    match restored {
                                        Ok(Ok(next)) => onrestored.call(next),
                                        Ok(Err(e)) => error.set(Some(e.to_string())),
                                        Err(e) => error.set(Some(e.to_string())),
                                    }
                                }
                            },
                            "Restore the newest backup"
                        }
                        if let Some(message) = error() {
                            p { class: "error", role: "alert", "{message}" }
                        }
                    }
                }
                p { "If you need help, show this message to someone you trust with your device." }
            }
        }
    }
}

const LOCKED_TITLE: &str = "Mend is locked";
const LOCKED_NOTE: &str = "Your data is encrypted. Enter your passphrase to open it.";
const PASSPHRASE_LABEL: &str = "Passphrase";
const OPEN: &str = "Open";
const OPENING: &str = "Opening…";
const FORGOTTEN: &str = "If the passphrase is forgotten, the data can't be recovered, by us or by anyone. That is what keeps it private.";

/// Asks for the passphrase of encrypted data. It shows nothing of the data.
#[component]
fn LockScreen(dir: PathBuf, onopened: EventHandler<Boot>) -> Element {
    let mut passphrase = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let open = move |_| {
        let dir = dir.clone();
        async move {
            if *busy.peek() {
                return;
            }
            busy.set(true);
            let typed = passphrase.peek().clone();
            let opened =
                tokio::task::spawn_blocking(move || Boot::unlock(&dir, &typed, &platform::now()))
                    .await;
            busy.set(false);
            match opened {
                Ok(Ok(next)) => {
                    passphrase.set(String::new());
                    onopened.call(next);
                }
                Ok(Err(message)) => error.set(Some(message)),
                Err(e) => error.set(Some(e.to_string())),
            }
        }
    };
    rsx! {
        div { class: "app theme-system",
            main { class: "content lock-screen",
                h1 { "{LOCKED_TITLE}" }
                p { "{LOCKED_NOTE}" }
                Form { class: "form", onsubmit: open,
                    SecretField {
                        id: "passphrase",
                        label: PASSPHRASE_LABEL,
                        value: passphrase(),
                        oninput: move |v| {
                            passphrase.set(v);
                            error.set(None);
                        },
                    }
                    if let Some(message) = error() {
                        p { class: "error", role: "alert", "{message}" }
                    }
                    button {
                        r#type: "submit",
                        class: "button primary wide",
                        disabled: busy(),
                        if busy() { "{OPENING}" } else { "{OPEN}" }
                    }
                }
                p { class: "hint", "{FORGOTTEN}" }
            }
        }
    }
}

const PIN_TITLE: &str = "Mend is locked";
const PIN_NOTE: &str = "Enter your PIN to open Mend.";
const PIN_LABEL: &str = "PIN";
const UNLOCK: &str = "Unlock";
const PIN_WRONG: &str = "That PIN isn't right.";

/// "0:30", "2:00", "1:00:00".
fn wait_text(wait: chrono::TimeDelta) -> String {
    crate::domain::pause::format_remaining(wait)
}

/// The app lock's screen. It shows nothing of the data, and no way around it.
#[component]
fn PinScreen() -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut locked = shared.locked;
    let mut pin = use_signal(String::new);
    let mut message = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let theme = theme_class(shared.settings.read().theme);
    let unlock = move |_| {
        let db = db.clone();
        async move {
            if *busy.peek() {
                return;
            }
            busy.set(true);
            let typed = pin.peek().clone();
            let now = platform::now();
            let outcome = db.run(move |s| s.try_pin(&typed, &now)).await;
            busy.set(false);
            pin.set(String::new());
            match outcome {
                Ok(PinOutcome::Open) => {
                    message.set(None);
                    locked.set(false);
                }
                Ok(PinOutcome::Wrong { wait }) if wait.is_zero() => {
                    message.set(Some(PIN_WRONG.to_owned()))
                }
                Ok(PinOutcome::Wrong { wait }) => message.set(Some(format!(
                    "{PIN_WRONG} You can try again in {}.",
                    wait_text(wait)
                ))),
                Ok(PinOutcome::Wait { left }) => message.set(Some(format!(
                    "Please wait {} before trying again.",
                    wait_text(left)
                ))),
                Err(e) => message.set(Some(e)),
            }
        }
    };
    rsx! {
        document::Title { "Mend" }
        div { class: "app {theme}",
            main { class: "content lock-screen",
                h1 { "{PIN_TITLE}" }
                p { "{PIN_NOTE}" }
                Form { class: "form", onsubmit: unlock,
                    SecretField {
                        id: "pin",
                        label: PIN_LABEL,
                        value: pin(),
                        oninput: move |v| pin.set(v),
                        pin: true,
                    }
                    if let Some(text) = message() {
                        p { class: "error", role: "alert", "{text}" }
                    }
                    button {
                        r#type: "submit",
                        class: "button primary wide",
                        disabled: busy(),
                        "{UNLOCK}"
                    }
                }
            }
        }
    }
}
