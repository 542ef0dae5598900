//! iOS, through the objc2 crates: the data folder in Application Support with its file
//! protection class; the alerts held by `UNUserNotificationCenter` so they come while Mend
//! is closed (and a delegate so they show while it is open); exports and texts handed to
//! the share sheet or the document picker; the home-screen quick actions; a gentle pulse;
//! and a cover over the window in the app switcher while the app lock is on.
//!
//! Type-checked for `aarch64-apple-ios` and `aarch64-apple-ios-sim` by
//! `scripts/phone-check.sh`; run only on a Mac with Xcode (docs/PHONES.md).

use std::path::{Path, PathBuf};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, mpsc};
use std::time::Duration;

use block2::{Block, DynBlock, RcBlock};
use chrono::{Datelike, Timelike, Utc};
use dispatch2::DispatchQueue;
use objc2::rc::Retained;
use objc2::runtime::{AnyClass, AnyObject, Bool, Imp, NSObject, ProtocolObject, Sel};
use objc2::{AnyThread, MainThreadMarker, define_class, msg_send, sel};
use objc2_core_foundation::{CGPoint, CGRect, CGSize};
use objc2_foundation::{
    NSArray, NSDateComponents, NSDictionary, NSError, NSFileManager,
    NSFileProtectionCompleteUntilFirstUserAuthentication, NSFileProtectionKey, NSLocale,
    NSNotification, NSNotificationCenter, NSObjectProtocol, NSSearchPathDirectory,
    NSSearchPathDomainMask, NSString, NSURL,
};
use objc2_ui_kit::{
    UIActivityViewController, UIApplication, UIApplicationDidBecomeActiveNotification,
    UIApplicationShortcutItem, UIApplicationWillResignActiveNotification, UIColor,
    UIDocumentPickerViewController, UIImpactFeedbackGenerator, UIImpactFeedbackStyle, UIView,
    UIViewAutoresizing, UIViewController,
};
use objc2_user_notifications::{
    UNAuthorizationOptions, UNAuthorizationStatus, UNCalendarNotificationTrigger,
    UNMutableNotificationContent, UNNotification, UNNotificationInterruptionLevel,
    UNNotificationPresentationOptions, UNNotificationRequest, UNNotificationResponse,
    UNNotificationSettings, UNNotificationSound, UNNotificationTrigger,
    UNTimeIntervalNotificationTrigger, UNUserNotificationCenter, UNUserNotificationCenterDelegate,
};

use super::shared::{Permission, Pulse, note_link};
use crate::domain::alerts::{Alert, AlertKind, AlertTime, PAUSE_SLOT, all_slots};
use crate::domain::i18n::Lang;
use crate::domain::links::Link;

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

/// The languages chosen in the system's settings, best first (`NSLocale`'s preferred
/// languages: "es-MX", "en-US").
pub fn languages() -> Vec<String> {
    NSLocale::preferredLanguages()
        .iter()
        .map(|tag| tag.to_string())
        .collect()
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
/// iOS keeps at most 64 pending notifications for an app and silently drops the rest; a
/// plan holds at most 8 (a pause and 7 days of reminders), well under it. The pause's end
/// is time-sensitive, so it comes through a Focus where the person allows that (it needs
/// the entitlement in Dioxus.toml). The alerts' words are in `lang`.
pub fn hold(plan: &[Alert], lang: Lang) {
    let center = UNUserNotificationCenter::currentNotificationCenter();
    let slots: Vec<Retained<NSString>> =
        all_slots().iter().map(|s| NSString::from_str(s)).collect();
    center.removePendingNotificationRequestsWithIdentifiers(&NSArray::from_retained_slice(&slots));
    for alert in plan {
        let content = UNMutableNotificationContent::new();
        content.setTitle(&NSString::from_str(&alert.kind.title(lang)));
        content.setBody(&NSString::from_str(&alert.kind.body(lang)));
        content.setSound(Some(&UNNotificationSound::defaultSound()));
        content.setThreadIdentifier(&NSString::from_str(alert.kind.code()));
        if alert.kind == AlertKind::PauseOver {
            content.setInterruptionLevel(UNNotificationInterruptionLevel::TimeSensitive);
        }
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

/// The view controller on top, to present the share sheet or the picker from.
fn top_controller(mtm: MainThreadMarker) -> Option<Retained<UIViewController>> {
    // tao runs Mend without scenes, in one key window.
    #[allow(deprecated)]
    let window = UIApplication::sharedApplication(mtm).keyWindow()?;
    let mut top = window.rootViewController()?;
    while let Some(presented) = top.presentedViewController() {
        top = presented;
    }
    Some(top)
}

/// Presents `controller` over Mend, anchored to the middle of its view on an iPad (where a
/// share sheet is a popover and must be anchored).
fn present(mtm: MainThreadMarker, controller: &UIViewController) {
    let Some(top) = top_controller(mtm) else {
        tracing::warn!("no window to present the share sheet from");
        return;
    };
    if let (Some(popover), Some(view)) = (controller.popoverPresentationController(), top.view()) {
        let bounds = view.bounds();
        popover.setSourceView(Some(&view));
        popover.setSourceRect(CGRect::new(
            CGPoint::new(bounds.size.width / 2.0, bounds.size.height / 2.0),
            CGSize::new(0.0, 0.0),
        ));
    }
    top.presentViewController_animated_completion(controller, true, None);
}

/// Runs `work` on the main thread, where UIKit must be used, without waiting for it.
fn on_main(work: impl FnOnce(MainThreadMarker) + Send + 'static) {
    DispatchQueue::main().exec_async(move || {
        if let Some(mtm) = MainThreadMarker::new() {
            work(mtm);
        }
    });
}

/// Shows the share sheet with `items` (a file's URL, or a text).
fn share(items: impl FnOnce() -> Option<Retained<NSArray<AnyObject>>> + Send + 'static) {
    on_main(move |mtm| {
        let Some(items) = items() else {
            return;
        };
        // SAFETY: the items are an NSURL or an NSString, which the share sheet takes.
        let sheet = unsafe {
            UIActivityViewController::initWithActivityItems_applicationActivities(
                mtm.alloc::<UIActivityViewController>(),
                &items,
                None,
            )
        };
        present(mtm, &sheet);
    });
}

/// Hands a file to the share sheet.
pub fn share_file(path: &Path, _mime: &str) -> bool {
    let path = path.to_string_lossy().into_owned();
    share(move || {
        let url = NSURL::fileURLWithPath(&NSString::from_str(&path));
        Some(NSArray::from_retained_slice(&[Retained::into_super(
            Retained::into_super(url),
        )]))
    });
    true
}

/// Hands a short text to the share sheet.
pub fn share_text(text: &str) -> bool {
    let text = text.to_owned();
    share(move || {
        let text = NSString::from_str(&text);
        Some(NSArray::from_retained_slice(&[Retained::into_super(
            Retained::into_super(text),
        )]))
    });
    true
}

/// Offers to save a copy of a file where the person picks (the document picker, iOS 14+,
/// which names the file's type itself).
pub fn save_file_as(path: &Path, _mime: &str) -> bool {
    let path = path.to_string_lossy().into_owned();
    on_main(move |mtm| {
        let url = NSURL::fileURLWithPath(&NSString::from_str(&path));
        let picker = UIDocumentPickerViewController::initForExportingURLs_asCopy(
            mtm.alloc::<UIDocumentPickerViewController>(),
            &NSArray::from_retained_slice(&[url]),
            true,
        );
        present(mtm, &picker);
    });
    true
}

/// A gentle pulse of the haptic engine: a soft tap for a breath, a firmer one at a pause's
/// end.
pub fn pulse(kind: Pulse) {
    on_main(move |mtm| {
        let style = match kind {
            Pulse::Breath => UIImpactFeedbackStyle::Soft,
            Pulse::PauseOver => UIImpactFeedbackStyle::Medium,
        };
        // Deprecated from iOS 17.5 for a form tied to a view; Mend supports iOS 16.
        #[allow(deprecated)]
        let generator = UIImpactFeedbackGenerator::initWithStyle(
            mtm.alloc::<UIImpactFeedbackGenerator>(),
            style,
        );
        generator.impactOccurred();
    });
}

/// Whether the window is covered as Mend goes to the background (the app lock is on).
static COVER: AtomicBool = AtomicBool::new(false);
/// The cover's tag, to find it again.
const COVER_TAG: isize = 0x4D454E44;

/// Covers the window in the app switcher while `on`: as Mend leaves the front, a plain view
/// in the system's background colour goes over it, before iOS takes its picture; it goes
/// when Mend is back.
pub fn keep_out_of_app_switcher(on: bool) {
    COVER.store(on, Ordering::Relaxed);
    static WATCHING: Once = Once::new();
    WATCHING.call_once(|| on_main(watch_leaving));
}

/// Watches Mend leave and come back to the front, covering and uncovering the window.
fn watch_leaving(_mtm: MainThreadMarker) {
    let center = NSNotificationCenter::defaultCenter();
    let leaving = RcBlock::new(|_: NonNull<NSNotification>| {
        let Some(mtm) = MainThreadMarker::new() else {
            return;
        };
        if !COVER.load(Ordering::Relaxed) {
            return;
        }
        #[allow(deprecated)]
        let Some(window) = UIApplication::sharedApplication(mtm).keyWindow() else {
            return;
        };
        if window.viewWithTag(COVER_TAG).is_some() {
            return;
        }
        let cover = UIView::initWithFrame(mtm.alloc::<UIView>(), window.bounds());
        cover.setTag(COVER_TAG);
        cover.setBackgroundColor(Some(&UIColor::systemBackgroundColor()));
        cover.setAutoresizingMask(
            UIViewAutoresizing::FlexibleWidth | UIViewAutoresizing::FlexibleHeight,
        );
        window.addSubview(&cover);
    });
    let back = RcBlock::new(|_: NonNull<NSNotification>| {
        let Some(mtm) = MainThreadMarker::new() else {
            return;
        };
        #[allow(deprecated)]
        if let Some(cover) = UIApplication::sharedApplication(mtm)
            .keyWindow()
            .and_then(|w| w.viewWithTag(COVER_TAG))
        {
            cover.removeFromSuperview();
        }
    });
    // SAFETY: no queue is given, so each block runs at once on the thread that posts the
    // notification (UIKit posts these on the main thread), before iOS takes its picture.
    // The observers live as long as the app: their tokens are never removed.
    unsafe {
        let (name_leaving, name_back) = (
            UIApplicationWillResignActiveNotification,
            UIApplicationDidBecomeActiveNotification,
        );
        std::mem::forget(center.addObserverForName_object_queue_usingBlock(
            Some(name_leaving),
            None,
            None,
            &leaving,
        ));
        std::mem::forget(center.addObserverForName_object_queue_usingBlock(
            Some(name_back),
            None,
            None,
            &back,
        ));
    }
}

define_class!(
    /// Lets an alert show while Mend is open (iOS otherwise keeps it quiet), and opens the
    /// pause when its end is tapped.
    #[unsafe(super(NSObject))]
    #[name = "MendNotificationDelegate"]
    struct NotificationDelegate;

    unsafe impl NSObjectProtocol for NotificationDelegate {}

    unsafe impl UNUserNotificationCenterDelegate for NotificationDelegate {
        #[unsafe(method(userNotificationCenter:willPresentNotification:withCompletionHandler:))]
        fn will_present(
            &self,
            _center: &UNUserNotificationCenter,
            _notification: &UNNotification,
            done: &DynBlock<dyn Fn(UNNotificationPresentationOptions)>,
        ) {
            done.call((UNNotificationPresentationOptions::Banner
                | UNNotificationPresentationOptions::List
                | UNNotificationPresentationOptions::Sound,));
        }

        #[unsafe(method(userNotificationCenter:didReceiveNotificationResponse:withCompletionHandler:))]
        fn did_receive(
            &self,
            _center: &UNUserNotificationCenter,
            response: &UNNotificationResponse,
            done: &DynBlock<dyn Fn()>,
        ) {
            if response.notification().request().identifier().to_string() == PAUSE_SLOT {
                note_link(&Link::Pause.address());
            }
            done.call(());
        }
    }
);

/// Makes the notification centre's delegate ours. iOS wants it set before the app has
/// finished launching; the centre holds it weakly, so it is kept for the app's life.
pub fn on_launched() {
    let delegate: Retained<NotificationDelegate> = {
        let this = NotificationDelegate::alloc().set_ivars(());
        // SAFETY: NSObject's init, on a freshly allocated object of a subclass of it.
        unsafe { msg_send![super(this), init] }
    };
    UNUserNotificationCenter::currentNotificationCenter()
        .setDelegate(Some(ProtocolObject::from_ref(&*delegate)));
    std::mem::forget(delegate);
}

/// The method iOS calls when a quick action is chosen, as a function.
type QuickAction = unsafe extern "C-unwind" fn(
    &AnyObject,
    Sel,
    &AnyObject,
    &UIApplicationShortcutItem,
    &Block<dyn Fn(Bool)>,
);

/// What iOS calls when a quick action is chosen, on tao's app delegate.
unsafe extern "C-unwind" fn perform_quick_action(
    _this: &AnyObject,
    _cmd: Sel,
    _app: &AnyObject,
    item: &UIApplicationShortcutItem,
    done: &Block<dyn Fn(Bool)>,
) {
    let handled = match Link::from_quick_action(&item.r#type().to_string()) {
        Some(link) => {
            note_link(&link.address());
            true
        }
        None => false,
    };
    done.call((Bool::new(handled),));
}

/// Teaches tao's app delegate (the class `AppDelegate`, made when the event loop is built)
/// the quick actions, before the app launches: iOS asks the delegate for them from then on,
/// on a cold start as well (tao's launch says yes). tao has no way of its own to hear them.
pub fn before_launch() {
    let Some(class) = AnyClass::get(c"AppDelegate") else {
        tracing::warn!("no app delegate to teach the quick actions");
        return;
    };
    let method: QuickAction = perform_quick_action;
    // SAFETY: the function's arguments match the method's types (`v@:@@@?`: nothing back;
    // self, the selector, the application, the item, the completion block), and the class
    // is a registered class that has not yet been used.
    let added = unsafe {
        objc2::ffi::class_addMethod(
            (class as *const AnyClass).cast_mut(),
            sel!(application:performActionForShortcutItem:completionHandler:),
            std::mem::transmute::<QuickAction, Imp>(method),
            c"v@:@@@?".as_ptr(),
        )
    };
    if !added.as_bool() {
        tracing::warn!("the quick actions could not be taught to the app delegate");
    }
}
