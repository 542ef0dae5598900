//! What every screen shares: the store's handle, the write version, the clock, the toast
//! and the settings; the hooks that read the store (writes go through
//! [`super::command::use_command`]); and the theme's class.

use dioxus::prelude::*;

use super::Db;
use super::errors::Failed;
pub use crate::domain::Undo;
use crate::domain::i18n::Lang;
use crate::domain::links::Link;
use crate::domain::{Moment, Pause};
use crate::store::{self, Settings, Store, Theme};

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
    /// The language Mend speaks: the one chosen in Settings, or the device's.
    pub lang: Memo<Lang>,
}

/// The languages the device (or, in the preview, the browser) asks for, best first; given
/// at the root where they are known other than from the system (a preview tab).
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceLanguages(pub Vec<String>);

/// The language to speak: the one chosen in Settings, if Mend has it, or the best Mend has
/// of those the device asks for; its dates written for the device's region either way.
pub fn choose_lang(chosen: Option<&str>, device: &[String]) -> Lang {
    chosen
        .and_then(Lang::from_tag)
        .map(|lang| lang.in_region_of(device))
        .unwrap_or_else(|| Lang::negotiate(device))
}

/// The language Mend speaks now: once the data is open, the one chosen in Settings or the
/// device's; before (a lock, a start-up problem), the device's; English for a component
/// shown on its own, as in a test.
pub fn use_lang() -> Lang {
    match try_use_context::<Shared>() {
        Some(shared) => (shared.lang)(),
        None => try_use_context::<DeviceLanguages>()
            .map_or(Lang::ENGLISH, |device| Lang::negotiate(&device.0)),
    }
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

/// The database handle of this app, for the hooks here and the app's start; screens read
/// through [`use_load`] and [`Reader`], and write through [`super::command::use_command`].
pub(super) fn use_db() -> Db {
    use_context::<Db>()
}

/// Where the data file is, to show and to put exports and arrivals beside.
pub fn use_data_file() -> std::path::PathBuf {
    use_db().path().to_path_buf()
}

/// The folder that holds the data file.
pub fn use_data_dir() -> std::path::PathBuf {
    let file = use_data_file();
    file.parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default()
}

/// The shared state of this app.
pub fn use_shared() -> Shared {
    use_context::<Shared>()
}

/// A handle for reading from the store when asked (the next page of the history), off the
/// UI thread. Writes go through [`super::command::use_command`].
#[derive(Clone, Copy)]
pub struct Reader {
    db: CopyValue<Db>,
    /// The language a failure is told in: the reader's, where it is known.
    lang: Option<Memo<Lang>>,
}

/// A [`Reader`] for one screen or component.
pub fn use_reader() -> Reader {
    let db = use_db();
    Reader {
        db: use_hook(|| CopyValue::new(db)),
        lang: try_use_context::<Shared>().map(|shared| shared.lang),
    }
}

impl Reader {
    /// Reads what `read` reads; a failure is kept typed, to show.
    pub async fn read<T, F>(self, read: F) -> Result<T, Failed>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> store::Result<T> + Send + 'static,
    {
        let db = self.db.peek().clone();
        let lang = self.lang.map_or(Lang::ENGLISH, |lang| *lang.peek());
        db.run(read).await.map_err(|e| Failed::new(e, lang))
    }
}

/// Loads something from the store, off the UI thread, and again after every write.
pub fn use_load<T, F>(load: F) -> Resource<Result<T, Failed>>
where
    T: Send + 'static,
    F: Fn(&mut Store) -> store::Result<T> + Clone + Send + 'static,
{
    use_load_with(|| (), move |s, ()| load(s))
}

/// Like [`use_load`], and again whenever what `dep` reads changes (a route's id, a filter).
pub fn use_load_with<D, T, F>(dep: impl Fn() -> D + 'static, load: F) -> Resource<Result<T, Failed>>
where
    D: Send + 'static,
    T: Send + 'static,
    F: Fn(&mut Store, D) -> store::Result<T> + Clone + Send + 'static,
{
    let reader = use_reader();
    let shared = use_shared();
    use_resource(move || {
        let _ = (shared.version)();
        let d = dep();
        let load = load.clone();
        reader.read(move |s| load(s, d))
    })
}

/// The open pause, read once after every write for all that show or plan from it (the
/// pause screen, the banner on every other screen, the alerts' plan), from the frame.
#[derive(Clone, Copy)]
struct OpenPause(Resource<Result<Option<Pause>, Failed>>);

/// Reads the open pause for the frame's screens; called once, by the frame.
pub fn provide_open_pause() {
    let open = use_load(|s| s.open_pause());
    use_context_provider(|| OpenPause(open));
}

/// The open pause, as the frame read it: `None` until it is read.
pub fn use_open_pause() -> Resource<Result<Option<Pause>, Failed>> {
    use_context::<OpenPause>().0
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
    let reader = use_reader();
    let found = use_resource(move || {
        let d = dep();
        let load = load.clone();
        reader.read(move |s| load(s, d))
    });
    let found = found.suspend()?.read().clone();
    found.map_err(|failed| dioxus::CapturedError::from_display(failed).into())
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
