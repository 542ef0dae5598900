//! What every screen shares: the store's handle, the write version, the clock, the toast
//! and the settings; the hooks that read the store; and the theme's class.

use dioxus::prelude::*;

use super::Db;
pub use crate::domain::Undo;
use crate::domain::links::Link;
use crate::domain::{Moment, Name, Named};
use crate::platform;
use crate::store::{self, NamedKind, Settings, Store, Theme};

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
    /// A `mend://` link Mend was opened with, waiting to be followed once Mend is open
    /// (after the app lock, when it is on).
    pub link: Signal<Option<Link>>,
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

/// The one way a screen writes. [`Write::run`] calls the store off the UI thread, one write
/// at a time, shows that it is busy, keeps its error for the screen to show, and once the
/// write is done moves the shared version, so every screen showing the data loads it again;
/// [`Write::say`] also offers a toast, with Undo where there is one. It is `Copy`, so every
/// handler of a screen can hold it.
#[derive(Clone, Copy)]
pub struct Write {
    db: CopyValue<Db>,
    shared: Shared,
    busy: Signal<bool>,
    error: Signal<Option<String>>,
}

/// A [`Write`] for one screen or component.
pub fn use_write() -> Write {
    let db = use_db();
    let shared = use_shared();
    Write {
        db: use_hook(|| CopyValue::new(db)),
        shared,
        busy: use_signal(|| false),
        error: use_signal(|| None),
    }
}

impl Write {
    /// Whether a write is under way.
    pub fn busy(&self) -> bool {
        (self.busy)()
    }

    /// The message of the last write that failed, or of a problem found before writing.
    pub fn error(&self) -> Option<String> {
        (self.error)()
    }

    /// Shows a problem found before writing (a field to fix); nothing is written.
    pub fn refuse(mut self, message: impl Into<String>) {
        self.error.set(Some(message.into()));
    }

    /// Takes the message away (the person is fixing it).
    pub fn clear(mut self) {
        if self.error.peek().is_some() {
            self.error.set(None);
        }
    }

    /// Runs `call` on the store. Gives its value once it is written, or `None` when it
    /// failed (its message is kept to show) or another write of this screen is under way.
    pub async fn run<T, E, F>(self, call: F) -> Option<T>
    where
        T: Send + 'static,
        E: std::fmt::Display + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        let done = self.call(call).await;
        if done.is_some() {
            self.shared.changed();
        }
        done
    }

    /// As [`Write::run`], without moving the shared version: for saving what is typed as it
    /// is typed (the repair's autosave), where nothing else on screen changes.
    pub async fn quietly<T, E, F>(self, call: F) -> Option<T>
    where
        T: Send + 'static,
        E: std::fmt::Display + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        self.call(call).await
    }

    /// Changes the settings: `change` is applied to a copy, which is saved, then shown
    /// everywhere (the theme, the reminder). Says `said` once saved, if given. Whether it
    /// was saved.
    pub async fn settings(self, change: impl FnOnce(&mut Settings), said: Option<&str>) -> bool {
        let mut settings = self.shared.settings;
        let mut next = settings.peek().clone();
        change(&mut next);
        let kept = next.clone();
        let saved = self.call(move |s| s.save_settings(&kept)).await.is_some();
        if saved {
            settings.set(next);
            if let Some(said) = said {
                self.shared.say(said, None);
            }
        }
        saved
    }

    /// The store call itself: one at a time, busy while it runs, its error kept.
    async fn call<T, E, F>(mut self, call: F) -> Option<T>
    where
        T: Send + 'static,
        E: std::fmt::Display + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        if *self.busy.peek() {
            return None;
        }
        self.busy.set(true);
        let db = self.db.peek().clone();
        let result = db.run(call).await;
        self.busy.set(false);
        match result {
            Ok(value) => {
                self.error.set(None);
                Some(value)
            }
            Err(message) => {
                self.error.set(Some(message));
                None
            }
        }
    }

    /// Adds a part or a person by the name typed (or finds the one already there); a name
    /// that can't be kept is refused with its reason.
    pub async fn add_name<K>(self, typed: &str) -> Option<Named<K::Id>>
    where
        K: NamedKind + 'static,
        K::Id: Send,
    {
        let name = match Name::parse(typed) {
            Ok(name) => name,
            Err(e) => {
                self.refuse(e.to_string());
                return None;
            }
        };
        let now = platform::now();
        self.run(move |s| s.add::<K>(&name, &now)).await
    }

    /// As [`Write::run`], then says `message` in the toast, with Undo if there is one.
    pub async fn say<T, E, F>(
        self,
        call: F,
        message: impl Into<String>,
        undo: Option<Undo>,
    ) -> Option<T>
    where
        T: Send + 'static,
        E: std::fmt::Display + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        let done = self.run(call).await;
        if done.is_some() {
            self.shared.say(message, undo);
        }
        done
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

/// The record an editing screen opens, loaded once for what `dep` reads (the route's id).
/// Call it with `?`: the screen waits under the shell's suspense boundary ("One moment…")
/// until the record is here, and a failure to load it goes to the shell's error boundary,
/// which says so in words. Unlike [`use_load`], it is not loaded again when something else
/// is saved, so a form is never swapped under the person's hands.
pub fn use_record<D, T, F>(dep: impl Fn() -> D + 'static, load: F) -> Result<T, RenderError>
where
    D: Send + 'static,
    T: Clone + Send + 'static,
    F: Fn(&mut Store, D) -> store::Result<T> + Clone + Send + 'static,
{
    let db = use_db();
    let found = use_resource(move || {
        let d = dep();
        let db = db.clone();
        let load = load.clone();
        async move { db.run(move |s| load(s, d)).await }
    });
    let found = found.suspend()?.read().clone();
    found.map_err(|message| dioxus::CapturedError::from_display(message).into())
}

/// The classes on the app's root: its colours, its text size, and movement stopped by hand.
pub fn root_class(settings: &Settings) -> String {
    let theme = match settings.theme {
        Theme::System => "theme-system",
        Theme::Light => "theme-light",
        Theme::Dark => "theme-dark",
    };
    let motion = if settings.reduce_motion {
        " motion-reduced"
    } else {
        ""
    };
    format!("{theme} {}{motion}", settings.text_size.class())
}
