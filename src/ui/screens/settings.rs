//! Settings and privacy: the theme, your parts, where the data lives, export and import,
//! backups, deleting everything, and what Mend is and is not.

use dioxus::prelude::*;

use crate::domain::lock::{LockAfter, check_new_pin};
use crate::domain::time::describe;
use crate::platform;
use crate::store::PinOutcome;
use crate::store::cipher::check_new_passphrase;
use crate::store::{BackupInfo, BackupKind, Settings, Theme};
use crate::ui::Route;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Form, Loading, SafetyNote, SecretField};
use crate::ui::context::{use_db, use_load, use_shared};
use crate::ui::launch::InBrowser;

const TITLE: &str = "Settings";
const THEME: &str = "Appearance";
const PARTS: &str = "My parts";
const PARTS_LINK: &str = "See and change my parts";
const REMINDERS: &str = "Reminders";
const REMINDER_OFF: &str = "The daily reflection reminder is off.";
const REMINDER_LINK: &str = "Set the reminder on Reflect";
const DATA: &str = "Your data";
const DATA_NOTE: &str = "Everything you write stays in one file on this device. Mend has no account, sends nothing anywhere and collects no analytics.";
const DATA_WHERE: &str = "The file is here:";
const EXPORT: &str = "Export";
const EXPORT_NOTE: &str = "One file with everything, to keep or to move to another device, and spreadsheet (CSV) files beside it. An export is not encrypted: keep it somewhere only you can reach.";
const EXPORT_BUTTON: &str = "Export everything";
const EXPORT_TO_FILES: &str =
    "On this phone, exports go to the Files app, under On My iPhone › Mend.";
const EXPORT_TO_STORAGE: &str = "On this phone, exports go to Mend's Documents folder on the phone's storage (Android › data › app.mend.companion › files › Documents), which a computer or a file manager can open.";
const IMPORT: &str = "Import";
const IMPORT_NOTE: &str = "Bring in a Mend export, from this device or another. Nothing you have is lost: what is already here stays, and importing the same file twice adds nothing.";
const IMPORT_LABEL: &str = "Choose a Mend export file (.json)";
const BACKUPS: &str = "Backups";
const BACKUPS_NOTE: &str = "Mend backs up your data by itself each day you use it, keeps the last seven days and one a week for a month, and checks every copy.";
const BACKUP_NOW: &str = "Back up now";
const NO_BACKUPS: &str = "No backups yet. The first is made today.";
const RESTORE: &str = "Restore";
const RESTORE_CONFIRM: &str =
    "Restore this backup? What you have now is backed up first, so you can come back to it.";
const RESTORE_YES: &str = "Yes, restore it";
const CANCEL: &str = "Cancel";
const DELETE: &str = "Delete everything";
const DELETE_NOTE: &str =
    "Removes everything Mend keeps on this device, including every backup. This can't be undone.";
const DELETE_BUTTON: &str = "Delete everything…";
const DELETE_YES: &str = "Yes, delete everything";
const ABOUT: &str = "About Mend";

/// The settings screen.
#[component]
pub fn SettingsScreen() -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut settings = shared.settings;
    let path = db.path().display().to_string();
    let current = settings.read().theme;
    let set_theme = use_callback(move |theme: Theme| {
        let db = db.clone();
        let mut next = settings.peek().clone();
        next.theme = theme;
        settings.set(next.clone());
        spawn(async move {
            if let Err(message) = db.run(move |s| s.save_settings(&next)).await {
                shared.say(message, None);
            }
        });
    });
    rsx! {
        document::Title { "Settings · Mend" }
        h1 { "{TITLE}" }
        ChipGroup { legend: THEME,
            for theme in Theme::ALL {
                Chip {
                    key: "{theme.label()}",
                    label: theme.label(),
                    selected: current == theme,
                    onclick: move |_| set_theme.call(theme),
                }
            }
        }
        section { aria_labelledby: "parts-heading",
            h2 { id: "parts-heading", "{PARTS}" }
            Link { to: Route::PartsScreen {}, class: "button secondary", "{PARTS_LINK}" }
        }
        section { aria_labelledby: "reminder-heading",
            h2 { id: "reminder-heading", "{REMINDERS}" }
            p {
                match settings.read().reflect_reminder {
                    Some(at) => format!("The daily reflection reminder comes at {}.", at.format("%H:%M")),
                    None => REMINDER_OFF.to_owned(),
                }
            }
            Link { to: Route::ReflectScreen {}, class: "button secondary", "{REMINDER_LINK}" }
        }
        section { aria_labelledby: "data-heading",
            h2 { id: "data-heading", "{DATA}" }
            p { "{DATA_NOTE}" }
            p { "{DATA_WHERE}" }
            p { code { class: "path", "{path}" } }
        }
        AppLockSection {}
        EncryptionSection {}
        ExportSection {}
        ImportSection {}
        BackupsSection {}
        DeleteSection {}
        section { aria_labelledby: "about-heading",
            h2 { id: "about-heading", "{ABOUT}" }
            SafetyNote {}
        }
    }
}

const APP_LOCK: &str = "App lock";
const APP_LOCK_NOTE: &str = "Ask for a PIN when Mend opens, and when you come back to it after a while. The PIN is kept only in a form that can't be read back.";
const APP_LOCK_ON: &str = "App lock is on.";
const NEW_PIN: &str = "New PIN (4 to 12 digits)";
const PIN_AGAIN: &str = "The same PIN again";
const LOCK_AFTER: &str = "Lock when Mend has been in the background";
const TURN_ON: &str = "Turn on app lock";
const LOCK_NOW: &str = "Lock now";
const CURRENT_PIN: &str = "Your PIN, to turn the lock off";
const TURN_OFF: &str = "Turn off app lock";

/// Turns the app lock on or off, and sets when it locks.
#[component]
fn AppLockSection() -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut settings = shared.settings;
    let mut locked = shared.locked;
    let mut pin = use_signal(String::new);
    let mut again = use_signal(String::new);
    let mut after = use_signal(LockAfter::default);
    let mut error = use_signal(|| None::<String>);
    let lock = settings.read().app_lock.clone();
    let reload = move |db: crate::ui::Db| async move {
        if let Ok(saved) = db.run(|s| s.settings()).await {
            settings.set(saved);
        }
    };
    let turn_on = move |_| {
        let db = db.clone();
        async move {
            let (p, a) = (pin.peek().clone(), again.peek().clone());
            if let Err(e) = check_new_pin(&p, &a) {
                return error.set(Some(e.to_string()));
            }
            let when = *after.peek();
            match db.run(move |s| s.set_app_lock(&p, when)).await {
                Ok(()) => {
                    pin.set(String::new());
                    again.set(String::new());
                    error.set(None);
                    reload(db).await;
                    shared.say("App lock is on.", None);
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let db = use_db();
    let turn_off = move |_| {
        let db = db.clone();
        async move {
            let p = pin.peek().clone();
            let now = platform::now();
            match db.run(move |s| s.clear_app_lock(&p, &now)).await {
                Ok(PinOutcome::Open) => {
                    pin.set(String::new());
                    error.set(None);
                    reload(db).await;
                    shared.say("App lock is off.", None);
                }
                Ok(PinOutcome::Wrong { .. } | PinOutcome::Wait { .. }) => {
                    pin.set(String::new());
                    error.set(Some(
                        "That PIN isn't right, so the lock stays on.".to_owned(),
                    ));
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let db = use_db();
    let change_after = use_callback(move |when: LockAfter| {
        let db = db.clone();
        after.set(when);
        spawn(async move {
            if settings.peek().app_lock.is_some() {
                match db.run(move |s| s.set_lock_after(when)).await {
                    Ok(()) => reload(db).await,
                    Err(message) => error.set(Some(message)),
                }
            }
        });
    });
    let chosen = lock.as_ref().map_or(after(), |l| l.after);
    rsx! {
        section { aria_labelledby: "lock-heading",
            h2 { id: "lock-heading", "{APP_LOCK}" }
            p { if lock.is_some() { "{APP_LOCK_ON}" } else { "{APP_LOCK_NOTE}" } }
            ChipGroup { legend: LOCK_AFTER,
                for when in LockAfter::ALL {
                    Chip {
                        key: "{when.label()}",
                        label: when.label(),
                        selected: chosen == when,
                        onclick: move |_| change_after.call(when),
                    }
                }
            }
            if lock.is_some() {
                button {
                    r#type: "button",
                    class: "button secondary",
                    onclick: move |_| locked.set(true),
                    "{LOCK_NOW}"
                }
                Form { class: "form", onsubmit: turn_off,
                    SecretField {
                        id: "current-pin",
                        label: CURRENT_PIN,
                        value: pin(),
                        oninput: move |v| pin.set(v),
                        pin: true,
                    }
                    button { r#type: "submit", class: "button quiet", "{TURN_OFF}" }
                }
            } else {
                Form { class: "form", onsubmit: turn_on,
                    SecretField {
                        id: "new-pin",
                        label: NEW_PIN,
                        value: pin(),
                        oninput: move |v| pin.set(v),
                        pin: true,
                        new: true,
                    }
                    SecretField {
                        id: "pin-again",
                        label: PIN_AGAIN,
                        value: again(),
                        oninput: move |v| again.set(v),
                        pin: true,
                        new: true,
                    }
                    button { r#type: "submit", class: "button secondary", "{TURN_ON}" }
                }
            }
            if let Some(message) = error() {
                ErrorNote { message }
            }
        }
    }
}

const ENCRYPTION: &str = "Encryption";
const ENCRYPT_NOTE: &str = "Encrypt your data with a passphrase. Mend will ask for it each time it opens, and your backups are encrypted too.";
const FORGET_WARNING: &str = "If you forget your passphrase, your data cannot be recovered, not by us and not by anyone. Write it down somewhere safe, or choose words you won't forget.";
const ENCRYPTED_NOTE: &str =
    "Your data and your backups are encrypted. Mend asks for your passphrase each time it opens.";
const NEW_PASSPHRASE: &str = "New passphrase";
const AGAIN: &str = "The same passphrase again";
const ENCRYPT: &str = "Encrypt my data";
const CHANGE: &str = "Change passphrase";
const WORKING: &str = "One moment, this takes a few seconds…";

/// Turns encryption on, or changes the passphrase.
#[component]
fn EncryptionSection() -> Element {
    let db = use_db();
    let shared = use_shared();
    let encrypted = use_load(|s| Ok(s.is_encrypted()));
    let mut first = use_signal(String::new);
    let mut again = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let is_encrypted = matches!(&*encrypted.read(), Some(Ok(true)));
    let apply = move |_| {
        let db = db.clone();
        async move {
            let (pass, repeat) = (first.peek().clone(), again.peek().clone());
            if let Err(e) = check_new_passphrase(&pass, &repeat) {
                return error.set(Some(e.to_string()));
            }
            busy.set(true);
            let done = db
                .run(move |s| {
                    if s.is_encrypted() {
                        s.change_passphrase(&pass)
                    } else {
                        s.encrypt(&pass)
                    }
                })
                .await;
            busy.set(false);
            match done {
                Ok(()) => {
                    first.set(String::new());
                    again.set(String::new());
                    error.set(None);
                    shared.changed();
                    shared.say(
                        if is_encrypted {
                            "Passphrase changed."
                        } else {
                            "Your data is encrypted."
                        },
                        None,
                    );
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    rsx! {
        section { aria_labelledby: "encryption-heading",
            h2 { id: "encryption-heading", "{ENCRYPTION}" }
            if is_encrypted {
                p { "{ENCRYPTED_NOTE}" }
            } else {
                p { "{ENCRYPT_NOTE}" }
            }
            p { class: "warning", strong { "{FORGET_WARNING}" } }
            Form { class: "form", onsubmit: apply,
                SecretField {
                    id: "new-passphrase",
                    label: NEW_PASSPHRASE,
                    value: first(),
                    oninput: move |v| first.set(v),
                    new: true,
                }
                SecretField {
                    id: "passphrase-again",
                    label: AGAIN,
                    value: again(),
                    oninput: move |v| again.set(v),
                    new: true,
                }
                if let Some(message) = error() {
                    ErrorNote { message }
                }
                button {
                    r#type: "submit",
                    class: "button secondary",
                    disabled: busy(),
                    if busy() { "{WORKING}" } else if is_encrypted { "{CHANGE}" } else { "{ENCRYPT}" }
                }
            }
        }
    }
}

/// Writes everything to a JSON file and CSV files in the export folder.
#[component]
fn ExportSection() -> Element {
    let db = use_db();
    let mut result = use_signal(|| None::<Result<String, String>>);
    let mut busy = use_signal(|| false);
    let export = move |_| {
        let db = db.clone();
        async move {
            busy.set(true);
            let now = platform::now();
            let stem = format!("mend-export-{}", now.format("%Y-%m-%d-%H%M%S"));
            let folder = platform::export_dir();
            let file = folder.join(format!("{stem}.json"));
            let csv = folder.join(format!("{stem}-csv"));
            let csv_shown = csv.clone();
            let outcome = db.run(move |s| s.export_to(&file, Some(&csv), now)).await;
            busy.set(false);
            result.set(Some(outcome.map(|done| {
                format!(
                    "Saved {} records to {}. Spreadsheet files are in {}.",
                    done.counts.total(),
                    done.file.display(),
                    csv_shown.display()
                )
            })));
        }
    };
    rsx! {
        section { aria_labelledby: "export-heading",
            h2 { id: "export-heading", "{EXPORT}" }
            p { "{EXPORT_NOTE}" }
            match platform::export_place() {
                platform::ExportPlace::FilesApp => rsx! { p { "{EXPORT_TO_FILES}" } },
                platform::ExportPlace::PhoneStorage => rsx! { p { "{EXPORT_TO_STORAGE}" } },
                platform::ExportPlace::Folder => rsx! {},
            }
            button {
                r#type: "button",
                class: "button secondary",
                disabled: busy(),
                onclick: export,
                "{EXPORT_BUTTON}"
            }
            match result() {
                Some(Ok(done)) => rsx! { p { class: "done", role: "status", "{done}" } },
                Some(Err(message)) => rsx! { ErrorNote { message } },
                None => rsx! {},
            }
        }
    }
}

/// Reads a chosen export file and imports it, then shows the report.
#[component]
fn ImportSection() -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut result = use_signal(|| None::<Result<String, String>>);
    let mut busy = use_signal(|| false);
    let in_browser = try_use_context::<InBrowser>().is_some();
    let import = move |e: FormEvent| {
        let db = db.clone();
        async move {
            busy.set(true);
            let read = if in_browser {
                read_in_browser("import-file").await
            } else {
                match e.files().into_iter().next() {
                    Some(file) => file
                        .read_bytes()
                        .await
                        .map(|b| Some(b.to_vec()))
                        .map_err(|e| e.to_string()),
                    None => Ok(None),
                }
            };
            let outcome = match read.transpose() {
                // No file was chosen after all.
                None => return busy.set(false),
                Some(read) => read,
            };
            let outcome = match outcome {
                Ok(bytes) => db
                    .run(move |s| s.import(&bytes))
                    .await
                    .map(|report| report.summary()),
                Err(e) => Err(format!(
                    "That file couldn't be read: {e}. Nothing was imported."
                )),
            };
            busy.set(false);
            if outcome.is_ok() {
                shared.changed();
            }
            result.set(Some(outcome));
        }
    };
    rsx! {
        section { aria_labelledby: "import-heading",
            h2 { id: "import-heading", "{IMPORT}" }
            p { "{IMPORT_NOTE}" }
            div { class: "field",
                label { r#for: "import-file", class: "field-label", "{IMPORT_LABEL}" }
                input {
                    id: "import-file",
                    r#type: "file",
                    accept: ".json,application/json",
                    disabled: busy(),
                    onchange: import,
                }
            }
            if busy() {
                Loading {}
            }
            match result() {
                Some(Ok(report)) => rsx! { pre { class: "report", role: "status", "{report}" } },
                Some(Err(message)) => rsx! { ErrorNote { message } },
                None => rsx! {},
            }
        }
    }
}

/// Reads the file chosen in an `<input type="file">` inside the browser and brings its
/// bytes over (base64, through the page's script channel): in the preview the file lives in
/// the browser, not on the machine running Mend.
async fn read_in_browser(input_id: &str) -> Result<Option<Vec<u8>>, String> {
    use base64::Engine;
    let script = format!(
        r#"const input = document.getElementById("{input_id}");
        const file = input && input.files && input.files[0];
        if (!file) return null;
        const bytes = new Uint8Array(await file.arrayBuffer());
        let text = "";
        for (let i = 0; i < bytes.length; i += 0x8000) {{
          text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        }}
        return btoa(text);"#
    );
    let value = document::eval(&script).await.map_err(|e| e.to_string())?;
    let Some(encoded) = value.as_str() else {
        return Ok(None);
    };
    base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// The backups, newest first, each with Restore (after a confirmation).
#[component]
fn BackupsSection() -> Element {
    let db = use_db();
    let shared = use_shared();
    let backups = use_load(|s| s.backups());
    let mut asking = use_signal(|| None::<std::path::PathBuf>);
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let back_up = move |_| {
        let db = db.clone();
        async move {
            busy.set(true);
            let now = platform::now();
            let made = db.run(move |s| s.backup(BackupKind::Manual, &now)).await;
            busy.set(false);
            match made {
                Ok(_) => {
                    error.set(None);
                    shared.changed();
                    shared.say("Backed up, and checked.", None);
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let db = use_db();
    let restore = use_callback(move |path: std::path::PathBuf| {
        let db = db.clone();
        spawn(async move {
            busy.set(true);
            let now = platform::now();
            let done = db.run(move |s| s.restore(&path, &now)).await;
            busy.set(false);
            asking.set(None);
            match done {
                Ok(()) => {
                    error.set(None);
                    shared.changed();
                    shared.say(
                        "Restored. What you had before is kept as a backup too.",
                        None,
                    );
                }
                Err(message) => error.set(Some(message)),
            }
        });
    });
    let now = shared.now_by_minute();
    let list: Vec<BackupInfo> = match &*backups.read() {
        Some(Ok(list)) => list.clone(),
        Some(Err(message)) => return rsx! { ErrorNote { message: message.clone() } },
        None => Vec::new(),
    };
    rsx! {
        section { aria_labelledby: "backups-heading",
            h2 { id: "backups-heading", "{BACKUPS}" }
            p { "{BACKUPS_NOTE}" }
            if list.is_empty() {
                p { class: "empty", "{NO_BACKUPS}" }
            }
            ul { class: "plain-list backups",
                for b in list {
                    li { key: "{b.path.display()}", class: "backup-row",
                        span { class: "backup-what",
                            "{describe(&b.made_at.with_timezone(now.offset()), &now)} · {b.kind.label()} · {b.bytes.div_ceil(1024)} KB"
                        }
                        if asking() == Some(b.path.clone()) {
                            span { class: "confirm", role: "group", aria_label: "Confirm restore",
                                span { "{RESTORE_CONFIRM}" }
                                button {
                                    r#type: "button",
                                    class: "button primary small",
                                    disabled: busy(),
                                    onclick: {
                                        let path = b.path.clone();
                                        move |_| restore.call(path.clone())
                                    },
                                    "{RESTORE_YES}"
                                }
                                button {
                                    r#type: "button",
                                    class: "button quiet small",
                                    onclick: move |_| asking.set(None),
                                    "{CANCEL}"
                                }
                            }
                        } else {
                            button {
                                r#type: "button",
                                class: "button secondary small",
                                aria_label: "{RESTORE} the backup from {describe(&b.made_at.with_timezone(now.offset()), &now)}",
                                onclick: {
                                    let path = b.path.clone();
                                    move |_| asking.set(Some(path.clone()))
                                },
                                "{RESTORE}"
                            }
                        }
                    }
                }
            }
            button {
                r#type: "button",
                class: "button secondary",
                disabled: busy(),
                onclick: back_up,
                "{BACKUP_NOW}"
            }
            if let Some(message) = error() {
                ErrorNote { message }
            }
        }
    }
}

/// Deletes everything after a confirmation that names what will be lost.
#[component]
fn DeleteSection() -> Element {
    let db = use_db();
    let shared = use_shared();
    let nav = use_navigator();
    let mut asking = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let what = use_load(|s| Ok((s.counts()?, s.backups()?.len())));
    let delete = move |_| {
        let db = db.clone();
        async move {
            match db.run(|s| s.delete_everything()).await {
                Ok(()) => {
                    let mut settings = shared.settings;
                    settings.set(Settings::default());
                    asking.set(false);
                    shared.changed();
                    shared.say("Everything was deleted. Mend is starting fresh.", None);
                    nav.replace(Route::Now {});
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let lost = match &*what.read() {
        Some(Ok((counts, backups))) => format!(
            "This deletes {counts} and {backups} backup{}, and your settings.",
            if *backups == 1 { "" } else { "s" }
        ),
        _ => String::new(),
    };
    rsx! {
        section { aria_labelledby: "delete-heading",
            h2 { id: "delete-heading", "{DELETE}" }
            p { "{DELETE_NOTE}" }
            if asking() {
                div { class: "card danger-zone", role: "group", aria_label: "Confirm deleting everything",
                    p { strong { "{lost}" } }
                    p { "It can't be undone. If you might want any of it later, export it first." }
                    div { class: "row-actions",
                        button { r#type: "button", class: "button danger", onclick: delete, "{DELETE_YES}" }
                        button { r#type: "button", class: "button secondary", onclick: move |_| asking.set(false), "{CANCEL}" }
                    }
                }
            } else {
                button {
                    r#type: "button",
                    class: "button danger",
                    onclick: move |_| asking.set(true),
                    "{DELETE_BUTTON}"
                }
            }
            if let Some(message) = error() {
                ErrorNote { message }
            }
        }
    }
}
