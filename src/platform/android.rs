//! Android, through one bridge object of Mend's own: `app.mend.device.MendDevice`, in the
//! Gradle module `android/device`, which `dx` builds into the app as a Dioxus native plugin.
//! `#[manganis::ffi]` below names that module (so `dx` bundles it) and generates the JNI
//! calls from each method's Rust types, so no method signature is written by hand here.
//! The module also holds the alarms and their receivers (`AlertPlan.kt`, reading the plan
//! file `alert_plan` writes), the FileProvider for the share sheet, the notification icon,
//! the home-screen shortcuts and the backup rules.
//!
//! The bridge is made once, from the Activity the runtime hands the app (`ndk-context`).
//! Its class is found through the Activity's own class loader (`WryActivity.getAppClass`,
//! as wry finds its classes): Mend's Rust runs on a thread of its own, where JNI's
//! `FindClass` sees only the system's classes.
//!
//! Type-checked for `aarch64-linux-android` by `scripts/phone-check.sh`; run only on a
//! phone or an emulator (docs/PHONES.md).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use jni::JavaVM;
use jni::objects::{JObject, JValue};

use super::shared::{Permission, Pulse};
use kotlin::MendDevice;

/// The bridge's class, in the module's namespace (android/device/build.gradle.kts).
const BRIDGE_CLASS: &str = "app.mend.device.MendDevice";

/// The bridge's methods, as `MendDevice.kt` has them (in camelCase there). A yes or no
/// crosses as an `Int`, 1 or 0: the code manganis 0.7.10 generates for a Kotlin `Boolean`
/// does not compile against jni 0.21 (it compares a `bool` with 0).
mod kotlin {
    #[manganis::ffi("android/device")]
    extern "Kotlin" {
        pub type MendDevice;
        pub fn files_dir(this: &MendDevice) -> String;
        pub fn locale(this: &MendDevice) -> String;
        pub fn languages(this: &MendDevice) -> String;
        pub fn notifications_allowed(this: &MendDevice) -> i32;
        pub fn ask_notifications(this: &MendDevice);
        pub fn set_alerts_from_plan(this: &MendDevice);
        pub fn alerts_on_time(this: &MendDevice) -> i32;
        pub fn ask_alerts_on_time(this: &MendDevice) -> i32;
        pub fn open_link(this: &MendDevice, address: String) -> i32;
        pub fn share_file(this: &MendDevice, path: String, mime: String) -> i32;
        pub fn save_file_as(this: &MendDevice, path: String, mime: String) -> i32;
        pub fn share_text(this: &MendDevice, text: String) -> i32;
        pub fn take_link(this: &MendDevice) -> Option<String>;
        pub fn pulse(this: &MendDevice, kind: String);
        pub fn keep_out_of_app_switcher(this: &MendDevice, on: i32);
    }
}

/// A yes from the bridge.
const YES: i32 = 1;

/// The bridge, made on first use.
fn bridge() -> Result<&'static MendDevice, BridgeError> {
    static BRIDGE: OnceLock<MendDevice> = OnceLock::new();
    if let Some(bridge) = BRIDGE.get() {
        return Ok(bridge);
    }
    let made = make_bridge()?;
    Ok(BRIDGE.get_or_init(|| made))
}

/// Makes the bridge with the Activity, its class found by the Activity's class loader.
fn make_bridge() -> Result<MendDevice, BridgeError> {
    // After the Activity is destroyed there is no context, and ndk-context panics.
    let context = std::panic::catch_unwind(ndk_context::android_context)
        .map_err(|_| BridgeError::ActivityGone)?;
    // SAFETY: the runtime gives ndk-context a valid JavaVM pointer for the process's life.
    let vm = unsafe { JavaVM::from_raw(context.vm().cast()) }?;
    let mut env = vm.attach_current_thread()?;
    // SAFETY: ndk-context holds a global reference to the Activity for the process's life;
    // it is borrowed here and never deleted.
    let activity = unsafe { JObject::from_raw(context.context().cast()) };
    let made = (|| {
        let name = env.new_string(BRIDGE_CLASS)?;
        let class = env
            .call_method(
                &activity,
                "getAppClass",
                "(Ljava/lang/String;)Ljava/lang/Class;",
                &[JValue::Object(&name)],
            )?
            .l()?;
        let bridge = env.new_object(
            jni::objects::JClass::from(class),
            "(Landroid/app/Activity;)V",
            &[JValue::Object(&activity)],
        )?;
        env.new_global_ref(bridge)
    })();
    if env.exception_check().unwrap_or(false) {
        let _ = env.exception_describe();
        let _ = env.exception_clear();
    }
    Ok(made.map(MendDevice::from_global_ref)?)
}

/// Why the bridge to the Kotlin side could not be made.
#[derive(Debug, thiserror::Error)]
enum BridgeError {
    #[error("the Activity has gone")]
    ActivityGone,
    #[error(transparent)]
    Jni(#[from] jni::errors::Error),
    #[error(transparent)]
    JavaVm(#[from] jni::errors::JniError),
}

/// Calls the bridge; a failure is logged, saying what was being done, and gives `None`.
/// The calls' own errors are as the generated bindings give them.
fn call<T, E: std::fmt::Display>(
    doing: &str,
    f: impl FnOnce(&MendDevice) -> Result<T, E>,
) -> Option<T> {
    let bridge = match bridge() {
        Ok(bridge) => bridge,
        Err(error) => {
            tracing::warn!(%error, doing, "the Android bridge could not be made");
            return None;
        }
    };
    match f(bridge) {
        Ok(value) => Some(value),
        Err(error) => {
            tracing::warn!(%error, doing, "the Android bridge failed");
            None
        }
    }
}

/// The app's private files folder (`Context.getFilesDir()`), which only Mend can read and
/// which goes when the app is uninstalled.
pub fn files_dir() -> Result<PathBuf, super::shared::NoDataDir> {
    call("finding the files folder", kotlin::files_dir)
        .map(PathBuf::from)
        .ok_or(super::shared::NoDataDir::Phone)
}

/// The device's locale as a language tag ("en-GB").
pub fn locale() -> Option<String> {
    call("reading the locale", kotlin::locale)
}

/// The languages chosen in the system's settings, best first (Android's `LocaleList`).
pub fn languages() -> Vec<String> {
    call("reading the languages", kotlin::languages)
        .map(|tags| {
            tags.split(',')
                .filter(|t| !t.trim().is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether notifications are on for Mend (false until allowed on Android 13 and later, or
/// when turned off).
pub fn permission() -> Permission {
    match call(
        "asking whether notifications are on",
        kotlin::notifications_allowed,
    ) {
        Some(YES) => Permission::Allowed,
        _ => Permission::NotAllowed,
    }
}

/// Shows the system's question (Android 13 and later); the answer comes later, so this
/// returns what is known now.
pub fn ask_permission() -> Permission {
    call("asking to notify", kotlin::ask_notifications);
    permission()
}

/// Sets the alarms from the plan file just written (`AlertPlan.set`).
pub fn set_alerts_from_plan() {
    call("setting the alerts", kotlin::set_alerts_from_plan);
}

/// Whether exact alarms are allowed (always before Android 12).
pub fn alerts_on_time() -> Option<bool> {
    call("asking whether alarms may be exact", kotlin::alerts_on_time).map(|on| on == YES)
}

/// Opens the system's "Alarms & reminders" page for Mend.
pub fn ask_alerts_on_time() -> bool {
    call("opening Alarms & reminders", kotlin::ask_alerts_on_time) == Some(YES)
}

/// Opens a `tel:` or `sms:` link with the system's dialler or messages.
pub fn open_view(url: &str) {
    call("opening a call or text link", |b| {
        kotlin::open_link(b, url.to_owned())
    });
}

/// Hands a file to the share sheet.
pub fn share_file(path: &Path, mime: &str) -> bool {
    let path = path.to_string_lossy().into_owned();
    call("sharing a file", |b| {
        kotlin::share_file(b, path, mime.to_owned())
    }) == Some(YES)
}

/// Offers to save a copy of a file where the person picks (`ACTION_CREATE_DOCUMENT`).
pub fn save_file_as(path: &Path, mime: &str) -> bool {
    let path = path.to_string_lossy().into_owned();
    call("saving a copy of a file", |b| {
        kotlin::save_file_as(b, path, mime.to_owned())
    }) == Some(YES)
}

/// Hands a short text to the share sheet.
pub fn share_text(text: &str) -> bool {
    call("sharing a text", |b| kotlin::share_text(b, text.to_owned())) == Some(YES)
}

/// The `mend://` link Mend was opened with, once.
pub fn take_link() -> Option<String> {
    call("taking the link Mend was opened with", kotlin::take_link).flatten()
}

/// A gentle pulse of the phone's vibration.
pub fn pulse(kind: Pulse) {
    let kind = match kind {
        Pulse::PauseOver => "pause_over",
        Pulse::Breath => "breath",
    };
    call("pulsing", |b| kotlin::pulse(b, kind.to_owned()));
}

/// Keeps the screen out of the app switcher and screenshots (`FLAG_SECURE`) while `on`.
pub fn keep_out_of_app_switcher(on: bool) {
    call("keeping the screen private", |b| {
        kotlin::keep_out_of_app_switcher(b, i32::from(on))
    });
}
