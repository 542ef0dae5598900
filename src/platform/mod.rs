//! The thin platform layer: where data lives, the clock, system notifications, and whether
//! a display is present. The only module that looks at the operating system.

use std::path::PathBuf;

use chrono::Local;

use crate::domain::Moment;

/// The environment variable that moves the data folder (tests and the preview use it).
pub const DATA_DIR_VAR: &str = "MEND_DATA_DIR";

/// The folder holding `mend.db`: `MEND_DATA_DIR` if set, otherwise the platform's local
/// data folder (on desktop `dirs::data_local_dir()/mend`).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_VAR).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    #[cfg(target_os = "android")]
    {
        // The app's private files folder, named after the bundle identifier in Dioxus.toml.
        PathBuf::from("/data/data/app.mend.companion/files")
    }
    #[cfg(not(target_os = "android"))]
    {
        dirs::data_local_dir()
            .map(|d| d.join("mend"))
            .unwrap_or_else(|| PathBuf::from("mend-data"))
    }
}

/// The folder beside the data that holds exports when the system has neither a Downloads
/// nor a Documents folder (the store keeps it private under the same name).
pub const EXPORT_FALLBACK_DIR: &str = "exports";

/// The environment variable that chooses where exports are written.
pub const EXPORT_DIR_VAR: &str = "MEND_EXPORT_DIR";

/// Where exports are written: `MEND_EXPORT_DIR`, else the Downloads folder, or Documents, or
/// beside the data.
pub fn export_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(EXPORT_DIR_VAR).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::download_dir()
        .or_else(dirs::document_dir)
        .unwrap_or_else(|| data_dir().join(EXPORT_FALLBACK_DIR))
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

/// The current time with the local offset.
pub fn now() -> Moment {
    Local::now().fixed_offset()
}

/// The same instant in the device's current time zone, for showing times still to come
/// (such as when a pause ends) in today's offset.
pub fn in_local_zone(moment: &Moment) -> Moment {
    moment.with_timezone(&Local).fixed_offset()
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

/// Shows a system notification where the platform has them. Failure is logged, never fatal.
/// This may block briefly, so call it off the UI thread.
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
