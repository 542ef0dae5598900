//! iOS, through the objc2 crates: the data folder in Application Support with its file
//! protection class, exports in Documents (shown in the Files app), and the alerts held by
//! `UNUserNotificationCenter` so they come while Mend is closed.
//!
//! Type-checked for `aarch64-apple-ios` and `aarch64-apple-ios-sim` by
//! `scripts/phone-check.sh`; run only on a Mac with Xcode (docs/PHONES.md).

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use block2::RcBlock;
use chrono::{Datelike, Timelike, Utc};
use objc2::msg_send;
use objc2::rc::Retained;
use objc2::runtime::{AnyClass, AnyObject, Bool};
use objc2_foundation::{
    NSArray, NSDateComponents, NSDictionary, NSError, NSFileManager,
    NSFileProtectionCompleteUntilFirstUserAuthentication, NSFileProtectionKey, NSLocale,
    NSSearchPathDirectory, NSSearchPathDomainMask, NSString, NSURL,
};
use objc2_user_notifications::{
    UNAuthorizationOptions, UNAuthorizationStatus, UNCalendarNotificationTrigger,
    UNMutableNotificationContent, UNNotificationRequest, UNNotificationSettings,
    UNNotificationSound, UNNotificationTrigger, UNTimeIntervalNotificationTrigger,
    UNUserNotificationCenter,
};

use super::Permission;
use crate::domain::alerts::{Alert, AlertTime, all_slots};

/// How long to wait for the notification centre to answer a question.
const ANSWER_WITHIN: Duration = Duration::from_secs(5);

fn message(e: &NSError) -> String {
    e.localizedDescription().to_string()
}

/// A folder of the app's own sandbox, made if it is missing.
fn sandbox_folder(which: NSSearchPathDirectory) -> Option<PathBuf> {
    let url = NSFileManager::defaultManager()
        .URLForDirectory_inDomain_appropriateForURL_create_error(
            which,
            NSSearchPathDomainMask::UserDomainMask,
            None,
            true,
        )
        .map_err(|e| tracing::error!(error = %message(&e), "no sandbox folder"))
        .ok()?;
    Some(PathBuf::from(url.path()?.to_string()))
}

/// `Library/Application Support/mend` inside the sandbox: kept, backed up with the phone,
/// never purged like the caches.
pub fn data_dir() -> Option<PathBuf> {
    sandbox_folder(NSSearchPathDirectory::ApplicationSupportDirectory).map(|d| d.join("mend"))
}

/// Opens a `tel:` or `sms:` link through `UIApplication.sharedApplication.openURL`, looked
/// up at run time (UIKit is there in every app). Called from the UI's event, on the main
/// thread.
pub fn open_url(url: &str) {
    let Some(url) = NSURL::URLWithString(&NSString::from_str(url)) else {
        tracing::warn!("a call or text link could not be read");
        return;
    };
    let Some(class) = AnyClass::get(c"UIApplication") else {
        tracing::warn!("no UIApplication to open a link with");
        return;
    };
    // SAFETY: `sharedApplication` and `openURL:options:completionHandler:` are UIKit's
    // documented methods, with these argument and return types.
    unsafe {
        let app: *mut AnyObject = msg_send![class, sharedApplication];
        if app.is_null() {
            return;
        }
        let options = NSDictionary::<NSString, AnyObject>::new();
        let none: *mut AnyObject = std::ptr::null_mut();
        let _: () = msg_send![app, openURL: &*url, options: &*options, completionHandler: none];
    }
}

/// The device's locale identifier ("en_GB"), from `NSLocale.currentLocale`.
pub fn locale() -> Option<String> {
    Some(NSLocale::currentLocale().localeIdentifier().to_string())
}

/// Gives a file or folder the protection class "complete until first user authentication":
/// unreadable after a restart until the phone is first unlocked. Files made later in a
/// protected folder take its class.
pub fn protect(path: &std::path::Path) {
    let manager = NSFileManager::defaultManager();
    // SAFETY: the two statics are NSString constants of Foundation, valid for the program.
    let (key, value): (&NSString, &NSString) = unsafe {
        (
            NSFileProtectionKey,
            NSFileProtectionCompleteUntilFirstUserAuthentication,
        )
    };
    let attributes: Retained<NSDictionary<NSString, AnyObject>> =
        NSDictionary::from_slices(&[key], &[value.as_ref()]);
    let at = NSString::from_str(&path.to_string_lossy());
    // SAFETY: the dictionary holds a protection key with one of its own values.
    if let Err(e) = unsafe { manager.setAttributes_ofItemAtPath_error(&attributes, &at) } {
        tracing::warn!(error = %message(&e), "a file's protection class was not set");
    }
}

/// Whether Mend may show alerts, asking the notification centre.
pub fn permission() -> Permission {
    let (tx, rx) = mpsc::channel();
    let answer = RcBlock::new(move |settings: std::ptr::NonNull<UNNotificationSettings>| {
        // SAFETY: the centre passes a valid settings object for the length of the call.
        let status = unsafe { settings.as_ref() }.authorizationStatus();
        let _ = tx.send(status);
    });
    UNUserNotificationCenter::currentNotificationCenter()
        .getNotificationSettingsWithCompletionHandler(&answer);
    match rx.recv_timeout(ANSWER_WITHIN) {
        Ok(UNAuthorizationStatus::Authorized)
        | Ok(UNAuthorizationStatus::Provisional)
        | Ok(UNAuthorizationStatus::Ephemeral) => Permission::Allowed,
        _ => Permission::NotAllowed,
    }
}

/// Asks the person, through the system's own question, whether Mend may show alerts.
/// Returns once they have answered (or after a short wait, with what is known then).
pub fn ask_permission() -> Permission {
    let (tx, rx) = mpsc::channel();
    let answer = RcBlock::new(move |granted: Bool, error: *mut NSError| {
        // SAFETY: the error, when there is one, is valid for the length of the call.
        if let Some(e) = unsafe { error.as_ref() } {
            tracing::warn!(error = %message(e), "asking to notify failed");
        }
        let _ = tx.send(granted.as_bool());
    });
    UNUserNotificationCenter::currentNotificationCenter()
        .requestAuthorizationWithOptions_completionHandler(
            UNAuthorizationOptions::Alert | UNAuthorizationOptions::Sound,
            &answer,
        );
    // The person may take a while over the question; the answer is read again later.
    match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(true) => Permission::Allowed,
        Ok(false) => Permission::NotAllowed,
        Err(_) => permission(),
    }
}

/// The trigger for an alert's time: a count of seconds for an instant (so a clock changed
/// meanwhile doesn't move it), the calendar for a wall-clock time (so it keeps to it
/// across daylight saving).
fn trigger(time: &AlertTime) -> Retained<UNNotificationTrigger> {
    match time {
        AlertTime::At(at) => {
            let seconds = (*at - Utc::now()).num_milliseconds() as f64 / 1000.0;
            Retained::into_super(
                UNTimeIntervalNotificationTrigger::triggerWithTimeInterval_repeats(
                    seconds.max(1.0),
                    false,
                ),
            )
        }
        AlertTime::Local(local) => {
            let parts = NSDateComponents::new();
            parts.setYear(local.year() as isize);
            parts.setMonth(local.month() as isize);
            parts.setDay(local.day() as isize);
            parts.setHour(local.hour() as isize);
            parts.setMinute(local.minute() as isize);
            Retained::into_super(
                UNCalendarNotificationTrigger::triggerWithDateMatchingComponents_repeats(
                    &parts, false,
                ),
            )
        }
    }
}

/// Makes the pending alerts exactly the plan: every slot cleared, then each alert added.
pub fn hold(plan: &[Alert]) {
    let center = UNUserNotificationCenter::currentNotificationCenter();
    let slots: Vec<Retained<NSString>> =
        all_slots().iter().map(|s| NSString::from_str(s)).collect();
    center.removePendingNotificationRequestsWithIdentifiers(&NSArray::from_retained_slice(&slots));
    for alert in plan {
        let content = UNMutableNotificationContent::new();
        content.setTitle(&NSString::from_str(alert.kind.title()));
        content.setBody(&NSString::from_str(alert.kind.body()));
        content.setSound(Some(&UNNotificationSound::defaultSound()));
        let request = UNNotificationRequest::requestWithIdentifier_content_trigger(
            &NSString::from_str(&alert.slot),
            &content,
            Some(&trigger(&alert.time)),
        );
        let done = RcBlock::new(|error: *mut NSError| {
            // SAFETY: the error, when there is one, is valid for the length of the call.
            if let Some(e) = unsafe { error.as_ref() } {
                tracing::warn!(error = %message(e), "an alert was not set");
            }
        });
        center.addNotificationRequest_withCompletionHandler(&request, Some(&done));
    }
}
