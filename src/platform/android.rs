//! Android, through JNI on the Activity that the Android runtime hands the app (via
//! `ndk-context`): the private files folder, a Documents folder for exports, and the alerts
//! held by `AlarmManager`, which wakes `AlertReceiver` (in `android/MainActivity.kt`) to
//! post the notification on Mend's channel while Mend is closed.
//!
//! Type-checked for `aarch64-linux-android` by `scripts/phone-check.sh`; run only on a
//! phone or an emulator (docs/PHONES.md).

use std::path::PathBuf;

use chrono::{Local, Offset, TimeZone};
use jni::objects::{JObject, JString, JValue};
use jni::{JNIEnv, JavaVM};

use super::Permission;
use crate::domain::alerts::{Alert, AlertTime, all_slots, resolve_local};

/// The receiver that posts an alert's notification, declared in android/AndroidManifest.xml.
const RECEIVER: &str = "dev.dioxus.main.AlertReceiver";
/// The notification channel of Mend's alerts (the receiver posts on it).
const CHANNEL_ID: &str = "mend-alerts";
const CHANNEL_NAME: &str = "Pause and reflection reminders";
const CHANNEL_ABOUT: &str = "When a pause is over, and the daily reminder to reflect.";
/// Android's names and numbers, from the SDK's reference.
const ALARM_SERVICE: &str = "alarm";
const NOTIFICATION_SERVICE: &str = "notification";
const POST_NOTIFICATIONS: &str = "android.permission.POST_NOTIFICATIONS";
const DIRECTORY_DOCUMENTS: &str = "Documents";
const RTC_WAKEUP: i32 = 0;
const IMPORTANCE_DEFAULT: i32 = 3;
const FLAG_IMMUTABLE: i32 = 0x0400_0000;
const FLAG_UPDATE_CURRENT: i32 = 0x0800_0000;
const FLAG_NO_CREATE: i32 = 0x2000_0000;
/// Android 12 (S) asks apps to check before exact alarms; 13 (T) asks before notifying.
const SDK_S: i32 = 31;
const SDK_T: i32 = 33;

/// Runs `f` with a JNI environment on this thread and the app's Activity. A Java exception
/// is cleared and reported as an error, never left pending.
fn with_activity<T>(
    f: impl FnOnce(&mut JNIEnv<'_>, &JObject<'_>) -> jni::errors::Result<T>,
) -> Result<T, String> {
    // After the Activity is destroyed there is no context, and ndk-context panics.
    let context = std::panic::catch_unwind(ndk_context::android_context)
        .map_err(|_| "the Activity has gone".to_owned())?;
    // SAFETY: the runtime gives ndk-context a valid JavaVM pointer for the process's life.
    let vm = unsafe { JavaVM::from_raw(context.vm().cast()) }.map_err(|e| e.to_string())?;
    let mut env = vm.attach_current_thread().map_err(|e| e.to_string())?;
    // SAFETY: ndk-context holds a global reference to the Activity for the process's life;
    // it is borrowed here and never deleted.
    let activity = unsafe { JObject::from_raw(context.context().cast()) };
    let result = f(&mut env, &activity);
    if env.exception_check().unwrap_or(false) {
        let _ = env.exception_describe();
        let _ = env.exception_clear();
    }
    result.map_err(|e| e.to_string())
}

/// A Java string as a Rust one.
fn text(env: &mut JNIEnv<'_>, value: JObject<'_>) -> jni::errors::Result<String> {
    let value = JString::from(value);
    Ok(env.get_string(&value)?.into())
}

/// The absolute path of a `java.io.File`.
fn file_path(env: &mut JNIEnv<'_>, file: &JObject<'_>) -> jni::errors::Result<PathBuf> {
    let path = env
        .call_method(file, "getAbsolutePath", "()Ljava/lang/String;", &[])?
        .l()?;
    Ok(PathBuf::from(text(env, path)?))
}

fn sdk(env: &mut JNIEnv<'_>) -> jni::errors::Result<i32> {
    env.get_static_field("android/os/Build$VERSION", "SDK_INT", "I")?
        .i()
}

fn service<'a>(
    env: &mut JNIEnv<'a>,
    activity: &JObject<'_>,
    name: &str,
) -> jni::errors::Result<JObject<'a>> {
    let name = env.new_string(name)?;
    env.call_method(
        activity,
        "getSystemService",
        "(Ljava/lang/String;)Ljava/lang/Object;",
        &[JValue::Object(&name)],
    )?
    .l()
}

/// Opens a `tel:` or `sms:` link with the system's dialler or messages
/// (`Intent.ACTION_VIEW`), from the Activity.
pub fn open_view(url: &str) {
    let opened = with_activity(|env, activity| {
        let text = env.new_string(url)?;
        let uri = env
            .call_static_method(
                "android/net/Uri",
                "parse",
                "(Ljava/lang/String;)Landroid/net/Uri;",
                &[JValue::Object(&text)],
            )?
            .l()?;
        let action = env.new_string("android.intent.action.VIEW")?;
        let intent = env.new_object(
            "android/content/Intent",
            "(Ljava/lang/String;Landroid/net/Uri;)V",
            &[JValue::Object(&action), JValue::Object(&uri)],
        )?;
        env.call_method(
            activity,
            "startActivity",
            "(Landroid/content/Intent;)V",
            &[JValue::Object(&intent)],
        )?;
        Ok(())
    });
    if let Err(e) = opened {
        tracing::warn!(error = %e, "could not open a call or text link");
    }
}

/// The device's locale as a language tag ("en-GB"), from `java.util.Locale.getDefault()`.
pub fn locale() -> Option<String> {
    with_activity(|env, _| {
        let locale = env
            .call_static_method(
                "java/util/Locale",
                "getDefault",
                "()Ljava/util/Locale;",
                &[],
            )?
            .l()?;
        let tag = env
            .call_method(&locale, "toLanguageTag", "()Ljava/lang/String;", &[])?
            .l()?;
        text(env, tag)
    })
    .map_err(|e| tracing::warn!(error = %e, "no locale"))
    .ok()
}

/// The app's private files folder (`Context.getFilesDir()`), which only Mend can read and
/// which goes when the app is uninstalled.
pub fn files_dir() -> Result<PathBuf, String> {
    with_activity(|env, activity| {
        let dir = env
            .call_method(activity, "getFilesDir", "()Ljava/io/File;", &[])?
            .l()?;
        file_path(env, &dir)
    })
    .map_err(|e| {
        tracing::error!(error = %e, "no files folder");
        "Mend couldn't find its folder on this phone.".to_owned()
    })
}

/// Whether notifications are on for Mend (`NotificationManager.areNotificationsEnabled()`:
/// false until the permission is given on Android 13 and later, or when turned off).
pub fn permission() -> Permission {
    let enabled = with_activity(|env, activity| {
        let manager = service(env, activity, NOTIFICATION_SERVICE)?;
        env.call_method(&manager, "areNotificationsEnabled", "()Z", &[])?
            .z()
    });
    match enabled {
        Ok(true) => Permission::Allowed,
        Ok(false) => Permission::NotAllowed,
        Err(e) => {
            tracing::warn!(error = %e, "could not tell whether notifications are on");
            Permission::NotAllowed
        }
    }
}

/// Shows the system's question (Android 13 and later), on the UI thread as the Activity
/// wants; the answer arrives later, so this returns what is known now.
pub fn ask_permission() -> Permission {
    wry::prelude::dispatch(|env, activity, _webview| {
        let asked = (|| {
            if sdk(env)? < SDK_T {
                return Ok(());
            }
            let name = env.new_string(POST_NOTIFICATIONS)?;
            let names = env.new_object_array(1, "java/lang/String", &name)?;
            env.call_method(
                activity,
                "requestPermissions",
                "([Ljava/lang/String;I)V",
                &[JValue::Object(&names), JValue::Int(1)],
            )?
            .v()
        })();
        if let Err(e) = asked {
            if env.exception_check().unwrap_or(false) {
                let _ = env.exception_clear();
            }
            tracing::warn!(error = %e, "could not ask to notify");
        }
    });
    permission()
}

/// The broadcast for one slot, aimed at the receiver by name (so no class has to be found
/// from this thread), with the words to show.
fn alert_intent<'a>(
    env: &mut JNIEnv<'a>,
    activity: &JObject<'_>,
    slot: i32,
    words: Option<(&str, &str)>,
) -> jni::errors::Result<JObject<'a>> {
    let intent = env.new_object("android/content/Intent", "()V", &[])?;
    let package = env
        .call_method(activity, "getPackageName", "()Ljava/lang/String;", &[])?
        .l()?;
    let receiver = env.new_string(RECEIVER)?;
    env.call_method(
        &intent,
        "setClassName",
        "(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;",
        &[JValue::Object(&package), JValue::Object(&receiver)],
    )?;
    put_extra(env, &intent, "slot", "I", JValue::Int(slot))?;
    if let Some((title, body)) = words {
        for (key, value) in [("title", title), ("body", body), ("channel", CHANNEL_ID)] {
            let value = env.new_string(value)?;
            put_extra(
                env,
                &intent,
                key,
                "Ljava/lang/String;",
                JValue::Object(&value),
            )?;
        }
    }
    Ok(intent)
}

/// `intent.putExtra(key, value)`, with the value's JNI type.
fn put_extra(
    env: &mut JNIEnv<'_>,
    intent: &JObject<'_>,
    key: &str,
    kind: &str,
    value: JValue<'_, '_>,
) -> jni::errors::Result<()> {
    let key = env.new_string(key)?;
    env.call_method(
        intent,
        "putExtra",
        format!("(Ljava/lang/String;{kind})Landroid/content/Intent;"),
        &[JValue::Object(&key), value],
    )?;
    Ok(())
}

fn pending<'a>(
    env: &mut JNIEnv<'a>,
    activity: &JObject<'_>,
    slot: i32,
    intent: &JObject<'_>,
    flags: i32,
) -> jni::errors::Result<JObject<'a>> {
    env.call_static_method(
        "android/app/PendingIntent",
        "getBroadcast",
        "(Landroid/content/Context;ILandroid/content/Intent;I)Landroid/app/PendingIntent;",
        &[
            JValue::Object(activity),
            JValue::Int(slot),
            JValue::Object(intent),
            JValue::Int(flags),
        ],
    )?
    .l()
}

/// Mend's notification channel, made (or left as it is) before any alert is set.
fn make_channel(env: &mut JNIEnv<'_>, activity: &JObject<'_>) -> jni::errors::Result<()> {
    let id = env.new_string(CHANNEL_ID)?;
    let name = env.new_string(CHANNEL_NAME)?;
    let channel = env.new_object(
        "android/app/NotificationChannel",
        "(Ljava/lang/String;Ljava/lang/CharSequence;I)V",
        &[
            JValue::Object(&id),
            JValue::Object(&name),
            JValue::Int(IMPORTANCE_DEFAULT),
        ],
    )?;
    let about = env.new_string(CHANNEL_ABOUT)?;
    env.call_method(
        &channel,
        "setDescription",
        "(Ljava/lang/String;)V",
        &[JValue::Object(&about)],
    )?;
    let manager = service(env, activity, NOTIFICATION_SERVICE)?;
    env.call_method(
        &manager,
        "createNotificationChannel",
        "(Landroid/app/NotificationChannel;)V",
        &[JValue::Object(&channel)],
    )?
    .v()
}

/// When an alert comes, in milliseconds since 1970 on the wall clock (`RTC_WAKEUP`): a
/// reminder's local time is read in the phone's zone today, daylight saving and all.
fn epoch_ms(time: &AlertTime) -> Option<i64> {
    match time {
        AlertTime::At(at) => Some(at.timestamp_millis()),
        AlertTime::Local(local) => resolve_local(*local, |t| {
            Local.offset_from_local_datetime(t).map(|o| o.fix())
        })
        .map(|at| at.timestamp_millis()),
    }
}

/// Makes `AlarmManager` hold exactly the plan: each of Mend's slots cancelled, then each
/// alert set, exact where the system allows it and otherwise as close as it will.
pub fn hold(plan: &[Alert]) {
    let held = with_activity(|env, activity| {
        make_channel(env, activity)?;
        let alarms = service(env, activity, ALARM_SERVICE)?;
        let slots = all_slots();
        for (slot, _) in slots.iter().enumerate() {
            let intent = alert_intent(env, activity, slot as i32, None)?;
            let old = pending(
                env,
                activity,
                slot as i32,
                &intent,
                FLAG_NO_CREATE | FLAG_IMMUTABLE,
            )?;
            if !old.is_null() {
                env.call_method(
                    &alarms,
                    "cancel",
                    "(Landroid/app/PendingIntent;)V",
                    &[JValue::Object(&old)],
                )?;
                env.call_method(&old, "cancel", "()V", &[])?;
            }
        }
        let exact = sdk(env)? < SDK_S
            || env
                .call_method(&alarms, "canScheduleExactAlarms", "()Z", &[])?
                .z()?;
        let set = if exact {
            "setExactAndAllowWhileIdle"
        } else {
            "setAndAllowWhileIdle"
        };
        for alert in plan {
            let Some(slot) = slots.iter().position(|s| *s == alert.slot) else {
                continue;
            };
            let Some(at) = epoch_ms(&alert.time) else {
                continue;
            };
            let words = (alert.kind.title(), alert.kind.body());
            let intent = alert_intent(env, activity, slot as i32, Some(words))?;
            let due = pending(
                env,
                activity,
                slot as i32,
                &intent,
                FLAG_UPDATE_CURRENT | FLAG_IMMUTABLE,
            )?;
            env.call_method(
                &alarms,
                set,
                "(IJLandroid/app/PendingIntent;)V",
                &[
                    JValue::Int(RTC_WAKEUP),
                    JValue::Long(at),
                    JValue::Object(&due),
                ],
            )?;
        }
        Ok(exact)
    });
    match held {
        Ok(exact) => tracing::info!(alerts = plan.len(), exact, "alerts held by the system"),
        Err(e) => tracing::warn!(error = %e, "the alerts could not be set"),
    }
}
