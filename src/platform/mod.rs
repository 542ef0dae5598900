//! The thin platform layer: where data lives, the clock, system notifications, alerts held
//! by a phone's system, and whether a display is present. The only module that looks at the
//! operating system. Desktop and the browser preview are here; the phones have a file each,
//! `android.rs` (through JNI) and `ios.rs` (through the objc2 crates), compiled for the real
//! phone targets by `scripts/phone-check.sh`.

use std::path::{Path, PathBuf};

use chrono::Local;

use crate::domain::Moment;
use crate::domain::alerts::Alert;
use crate::domain::i18n::Lang;
pub use alert_plan::{PLAN_FILE, PlanFile, PlanQueue, next_plan_number};
pub use shared::{NoDataDir, Permission, Pulse, link_noted, note_link};

mod alert_plan;
#[cfg(target_os = "android")]
mod android;
#[cfg(target_os = "ios")]
mod ios;
mod shared;

/// The phone's own way: the function `$f` of Android's and iOS's files, called with these
/// arguments; `$computer` elsewhere, where the arguments go unused.
macro_rules! phones {
    ($f:ident($($arg:expr),*), $computer:expr) => {{
        #[cfg(target_os = "android")]
        let done = android::$f($($arg),*);
        #[cfg(target_os = "ios")]
        let done = ios::$f($($arg),*);
        #[cfg(not(any(target_os = "android", target_os = "ios")))]
        let done = {
            $(let _ = &$arg;)*
            $computer
        };
        done
    }};
}

/// The environment variable that moves the data folder (tests and the preview use it).
pub const DATA_DIR_VAR: &str = "MEND_DATA_DIR";

/// The folder holding `mend.db`: `MEND_DATA_DIR` if set, otherwise the platform's own:
/// on Android the app's private files folder (from the Activity's `getFilesDir()`), on iOS
/// `Application Support/mend` in the sandbox, on desktop `dirs::data_local_dir()/mend`.
pub fn data_dir() -> Result<PathBuf, NoDataDir> {
    if let Some(dir) = std::env::var_os(DATA_DIR_VAR).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    #[cfg(target_os = "android")]
    {
        android::files_dir()
    }
    #[cfg(target_os = "ios")]
    {
        ios::data_dir().ok_or(NoDataDir::Phone)
    }
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    {
        dirs::data_local_dir()
            .map(|d| d.join("mend"))
            .ok_or(NoDataDir::Computer)
    }
}

/// The folder beside the data that holds exports when the computer has neither a Downloads
/// nor a Documents folder (the store keeps it private under the same name).
pub const EXPORT_FALLBACK_DIR: &str = "exports";

/// The environment variable that chooses where exports are written.
pub const EXPORT_DIR_VAR: &str = "MEND_EXPORT_DIR";

/// Where a computer's exports are written, somewhere the person can reach:
/// `MEND_EXPORT_DIR`, else the Downloads folder or Documents; beside the data as a last
/// resort. A phone hands its exports to the system instead ([`share_file`]).
pub fn export_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(EXPORT_DIR_VAR).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::download_dir()
        .or_else(dirs::document_dir)
        .unwrap_or_else(|| {
            data_dir()
                .unwrap_or_else(|_| PathBuf::from("."))
                .join(EXPORT_FALLBACK_DIR)
        })
}

/// Whether this device has a share sheet to hand exports and texts to (a phone, with its
/// "Save to…" for a file), rather than a folder to leave them in and a clipboard.
pub fn has_share_sheet() -> bool {
    cfg!(any(target_os = "android", target_os = "ios"))
}

/// Hands the file at `path` (of type `mime`) to the phone's share sheet, where the person
/// chooses where it goes: a message to themselves, their own cloud drive, Files. Whether
/// the sheet could be opened. Nothing on a computer.
pub fn share_file(path: &Path, mime: &str) -> bool {
    phones!(share_file(path, mime), false)
}

/// Offers to save a copy of the file at `path` where the person chooses (Android's
/// "Save to…" document picker, iOS's Files). Whether the picker could be opened.
pub fn save_file_as(path: &Path, mime: &str) -> bool {
    phones!(save_file_as(path, mime), false)
}

/// Hands a short text to the phone's share sheet (a message, an email, a note). Whether the
/// sheet could be opened. On a computer Mend copies it instead (the page does that).
pub fn share_text(text: &str) -> bool {
    phones!(share_text(text), false)
}

/// Shows the file at `path` in the computer's file manager (its folder opened; on macOS and
/// Windows with the file selected). Whether a file manager could be asked.
pub fn show_in_folder(path: &Path) -> bool {
    #[cfg(any(target_os = "android", target_os = "ios"))]
    {
        let _ = path;
        false
    }
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    {
        let (opener, args) = if cfg!(target_os = "macos") {
            ("open", vec!["-R".into(), path.as_os_str().to_owned()])
        } else if cfg!(windows) {
            let mut select = std::ffi::OsString::from("/select,");
            select.push(path.as_os_str());
            ("explorer", vec![select])
        } else {
            let folder = path.parent().unwrap_or(path);
            ("xdg-open", vec![folder.as_os_str().to_owned()])
        };
        run_opener(opener, &args)
    }
}

/// Starts one of the computer's openers (`xdg-open`, `open`, `explorer`) and lets it finish
/// on its own thread, so it leaves nothing behind. Whether it could be started.
#[cfg(not(any(target_os = "android", target_os = "ios")))]
fn run_opener(program: &str, args: &[std::ffi::OsString]) -> bool {
    match std::process::Command::new(program).args(args).spawn() {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
            true
        }
        Err(err) => {
            tracing::warn!(%err, program, "the system's opener could not be started");
            false
        }
    }
}

/// Gives the data folder, and the files in it and its backups, the phone's protection for
/// private files where there is one (iOS: unreadable after a restart until the first
/// unlock). Elsewhere the file modes do that work (`store::files`).
pub fn protect_data(dir: &Path) {
    #[cfg(target_os = "ios")]
    {
        let mut paths = vec![dir.to_path_buf()];
        for folder in [dir.to_path_buf(), dir.join("backups")] {
            if let Ok(entries) = std::fs::read_dir(&folder) {
                paths.extend(entries.flatten().map(|e| e.path()));
            }
        }
        for path in paths {
            ios::protect(&path);
        }
    }
    #[cfg(not(target_os = "ios"))]
    let _ = dir;
}

/// The device's locale, as it names it ("en_GB.UTF-8", "en-GB"): Help now takes its
/// region from it until the user chooses one. `None` where the system does not say.
pub fn locale() -> Option<String> {
    phones!(
        locale(),
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.trim().is_empty())
    )
}

/// The languages the device asks for, best first, as it names them (`es_MX.UTF-8`,
/// `es-MX`): on a computer the `LANGUAGE` list, then the locale; on a phone the languages
/// chosen in its settings (Android's `LocaleList`, iOS's preferred languages), then its
/// locale.
pub fn languages() -> Vec<String> {
    let listed: Vec<String> = phones!(
        languages(),
        std::env::var("LANGUAGE")
            .unwrap_or_default()
            .split(':')
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect()
    );
    listed.into_iter().chain(locale()).collect()
}

/// The language of these [`languages`] that Mend speaks (English if none): what Mend says
/// where no choice in Settings applies, such as on the command line or before the data opens.
pub fn language() -> Lang {
    Lang::negotiate(&languages())
}

/// Whether the system keeps Mend's alerts (the end of a pause, the daily reminder) and shows
/// them while Mend is closed: on the phones. On desktop Mend shows them itself while it is
/// open.
/// The instant an alert's time means on this device's clock: a local wall-clock time in
/// the device's zone (see `domain::alerts::resolve_local`).
pub fn instant_of(
    time: &crate::domain::alerts::AlertTime,
) -> Option<chrono::DateTime<chrono::Utc>> {
    use crate::domain::alerts::{AlertTime, resolve_local};
    use chrono::{Offset, TimeZone};
    match time {
        AlertTime::At(at) => Some(*at),
        AlertTime::Local(local) => resolve_local(*local, |t| {
            Local.offset_from_local_datetime(t).map(|o| o.fix())
        }),
    }
}

pub fn holds_alerts() -> bool {
    cfg!(any(target_os = "android", target_os = "ios"))
}

/// Whether Mend may show alerts now. May wait briefly for the system: call it off the UI
/// thread.
pub fn alert_permission() -> Permission {
    phones!(permission(), Permission::Allowed)
}

/// Asks, with the system's own question, whether Mend may show alerts. Returns what is known
/// once it is asked (on Android the answer comes later; read [`alert_permission`] again).
/// Call it off the UI thread.
pub fn ask_alert_permission() -> Permission {
    phones!(ask_permission(), Permission::Allowed)
}

/// Makes the alerts the system holds exactly `plan` (see `domain::alerts`), their words in
/// `lang`, numbered by
/// [`next_plan_number`] when it was made from the data: every slot of Mend's cleared, then
/// each alert of the plan set. Plans go through one queue (`alert_plan`), newest first, and
/// each is written to the plan file beside the data before it is set. Returns at once.
/// Failures are logged; the stored pause and reminder stay the truth.
pub fn hold_alerts(number: u64, plan: Vec<Alert>, lang: Lang) {
    static QUEUE: std::sync::OnceLock<PlanQueue> = std::sync::OnceLock::new();
    QUEUE
        .get_or_init(|| PlanQueue::new(set_plan))
        .submit(number, plan, lang);
}

/// Sets one plan: its file first, then the system's alerts from it.
fn set_plan(plan: &[Alert], lang: Lang) {
    match data_dir() {
        Ok(dir) => {
            if let Err(err) = PlanFile::write(plan, lang, &dir) {
                tracing::warn!(%err, "the plan of alerts could not be written");
            }
        }
        Err(err) => tracing::warn!(%err, "no folder for the plan of alerts"),
    }
    #[cfg(target_os = "android")]
    android::set_alerts_from_plan();
    #[cfg(target_os = "ios")]
    ios::hold(plan, lang);
    tracing::info!(alerts = plan.len(), "alerts held by the system");
}

/// Whether the phone lets the end of a pause come on time. `Some(false)` on Android 12 and
/// later when exact alarms are not allowed (the alert may then come a few minutes late);
/// `None` where there is nothing to ask.
pub fn alerts_on_time() -> Option<bool> {
    #[cfg(target_os = "android")]
    return android::alerts_on_time();
    #[cfg(not(target_os = "android"))]
    None
}

/// Opens the phone's own page where Mend's alarms can be allowed to come on time (Android's
/// "Alarms & reminders"). Whether it could be opened.
pub fn ask_alerts_on_time() -> bool {
    #[cfg(target_os = "android")]
    return android::ask_alerts_on_time();
    #[cfg(not(target_os = "android"))]
    false
}

/// A link (`mend://…`) the system opened Mend with, from a home-screen shortcut or a
/// notification's action, if one is waiting; each is given once.
pub fn take_link() -> Option<String> {
    #[cfg(target_os = "android")]
    return android::take_link();
    #[cfg(not(target_os = "android"))]
    return shared::take_waiting_link();
}

/// What the phone app does once its event loop exists, before it launches (iOS: teaches
/// the app delegate the home-screen quick actions).
pub fn before_launch() {
    #[cfg(target_os = "ios")]
    ios::before_launch();
}

/// What the phone app does as it finishes launching (iOS: the notification centre's
/// delegate, so alerts show while Mend is open).
pub fn on_launched() {
    #[cfg(target_os = "ios")]
    ios::on_launched();
}

/// Whether this device can pulse (a phone's vibration or haptic engine).
pub fn can_pulse() -> bool {
    cfg!(any(target_os = "android", target_os = "ios"))
}

/// Pulses the phone gently; nothing elsewhere. The caller decides when (Reduce motion).
pub fn pulse(pulse: Pulse) {
    phones!(pulse(pulse), ())
}

/// Hides what Mend shows from the phone's app switcher and screenshots (`on`, while the app
/// lock is on): Android's secure window flag, a cover over the window on iOS as it goes to
/// the background. Nothing on a computer.
pub fn keep_out_of_app_switcher(on: bool) {
    phones!(keep_out_of_app_switcher(on), ())
}

/// Makes every file and folder this process (and any process it starts, such as the
/// webview's) creates from now on its owner's alone: the umask `077`. Mend's own files are
/// created `0600` and its folders `0700` by the calls that make them; this covers anything
/// else written on its behalf. Called first thing in `main`.
pub fn keep_new_files_private() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file mode creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

/// The variable that turns WebKitGTK's DMA-BUF renderer off.
#[cfg(all(target_os = "linux", feature = "desktop"))]
const NO_DMABUF_RENDERER: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";

/// On Linux with no graphics device to draw with, lets the window's WebKit draw the page
/// itself rather than through its DMA-BUF renderer, whose GL would then be Mesa's, run on
/// the processor: measured under Xvfb, the window painted its first screen about 0.1 s
/// sooner and WebKit's web process held about 70 MB less (docs/PERFORMANCE.md). Where there
/// is a graphics device (a render node in `/dev/dri`), WebKit chooses for itself, and a value
/// the person has set is left as it is. Called first thing in `main`, before any thread
/// starts: WebKit reads it when the window is made.
pub fn choose_window_renderer() {
    #[cfg(all(target_os = "linux", feature = "desktop"))]
    if std::env::var_os(NO_DMABUF_RENDERER).is_none() && !has_render_node(Path::new("/dev/dri")) {
        // SAFETY: `main` calls this before it starts any thread, so nothing reads the
        // environment while it is changed.
        unsafe { std::env::set_var(NO_DMABUF_RENDERER, "1") };
    }
}

/// Whether `dri` holds a render node (`renderD128` and so on): a graphics device that GL can
/// draw with.
#[cfg(all(target_os = "linux", feature = "desktop"))]
fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|entry| entry.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// Hands memory the app has freed back to the system, where the allocator would otherwise
/// keep it for later: after the daily backup or an import, which use tens of MB for a few
/// seconds and then hold none of it. On glibc (Linux) only; the phones' allocators give
/// memory back by themselves.
pub fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the system; it may be called at any
    // time, from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The current time with the local offset.
pub fn now() -> Moment {
    Local::now().fixed_offset()
}

/// The same instant in the device's current time zone, for showing times still to come
/// (such as when a pause ends) in today's offset.
pub fn in_local_zone(moment: &Moment) -> Moment {
    moment.with_timezone(&Local).fixed_offset()
}

/// Whether a link is one the system opens rather than the web view: a call (`tel:`) or a
/// text (`sms:`), from Help now.
pub fn is_dial_link(url: &str) -> bool {
    url.starts_with("tel:") || url.starts_with("sms:")
}

/// Hands a `tel:` or `sms:` link to the system: the dialler or messages on a phone, the
/// desktop's handler for the scheme (a softphone, say) elsewhere. A web view does not open
/// these itself. Failure is logged: the number is on the screen to dial by hand.
pub fn open_dial_link(url: &str) {
    if !is_dial_link(url) {
        return;
    }
    #[cfg(target_os = "android")]
    android::open_view(url);
    #[cfg(target_os = "ios")]
    ios::open_url(url);
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    {
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        run_opener(opener, &[url.into()]);
    }
}

/// Whether a graphical display is there to open a window on.
pub fn has_display() -> bool {
    #[cfg(target_os = "linux")]
    {
        ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
    }
    #[cfg(not(target_os = "linux"))]
    {
        true
    }
}

/// Shows a system notification now, on desktop (the phones' alerts are held by the system
/// instead, see [`hold_alerts`]). Failure is logged, never fatal. This may block briefly, so
/// call it off the UI thread.
pub fn notify(title: &str, body: &str) {
    #[cfg(all(
        feature = "desktop",
        any(target_os = "linux", target_os = "macos", target_os = "windows")
    ))]
    {
        match notify_rust::Notification::new()
            .appname("Mend")
            .summary(title)
            .body(body)
            .show()
        {
            Ok(_) => tracing::info!("notification shown"),
            Err(err) => tracing::warn!(%err, "could not show a notification"),
        }
    }
    #[cfg(not(all(
        feature = "desktop",
        any(target_os = "linux", target_os = "macos", target_os = "windows")
    )))]
    {
        tracing::info!(title, body, "no system notifications on this platform");
    }
}

#[cfg(test)]
mod tests {
    #[cfg(all(target_os = "linux", feature = "desktop"))]
    #[test]
    fn a_render_node_is_a_graphics_device_to_draw_with() {
        let dri = tempfile::TempDir::new().unwrap();
        assert!(!super::has_render_node(&dri.path().join("missing")));
        assert!(!super::has_render_node(dri.path()));
        // A display card alone (a plain frame buffer, say) is not one GL can render with.
        std::fs::write(dri.path().join("card0"), "").unwrap();
        assert!(!super::has_render_node(dri.path()));
        std::fs::write(dri.path().join("renderD128"), "").unwrap();
        assert!(super::has_render_node(dri.path()));
    }
}
