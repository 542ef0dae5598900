//! The backups: the list, one made now, and restoring one after a confirmation.

use dioxus::prelude::*;

use crate::domain::time::describe;
use crate::platform;
use crate::store::{BackupInfo, BackupKind, Store};
use crate::ui::command::use_command;
use crate::ui::components::{CANCEL, Confirm, ConfirmStyle, ErrorNote};
use crate::ui::context::{use_load, use_shared};

const BACKUPS: &str = "Backups";
const BACKUPS_NOTE: &str = "Mend backs up your data by itself each day you use it, keeps the last seven days and one a week for a month, and checks every copy.";
const BACKUP_NOW: &str = "Back up now";
const NO_BACKUPS: &str = "No backups yet. The first is made today.";
const RESTORE: &str = "Restore";
const RESTORE_CONFIRM: &str =
    "Restore this backup? What you have now is backed up first, so you can come back to it.";
const RESTORE_YES: &str = "Yes, restore it";

/// The backups, newest first, each with Restore (after a confirmation).
#[component]
pub(super) fn BackupsSection() -> Element {
    let shared = use_shared();
    let write = use_command();
    let backups = use_load(|s| s.backups());
    let mut asking = use_signal(|| None::<std::path::PathBuf>);
    let back_up = move |_| async move {
        let now = platform::now();
        let made = move |s: &mut Store| s.backup(BackupKind::Manual, &now);
        write.say(made, "Backed up, and checked.", None).await;
    };
    let restore = use_callback(move |path: std::path::PathBuf| {
        spawn(async move {
            let now = platform::now();
            let said = "Restored. What you had before is kept as a backup too.";
            write.say(move |s| s.restore(&path, &now), said, None).await;
            asking.set(None);
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
                            Confirm {
                                label: "Confirm restore",
                                yes: RESTORE_YES,
                                cancel: CANCEL,
                                style: ConfirmStyle::Inline,
                                busy: write.busy(),
                                onyes: {
                                    let path = b.path.clone();
                                    move |_| restore.call(path.clone())
                                },
                                oncancel: move |_| asking.set(None),
                                span { "{RESTORE_CONFIRM}" }
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
                disabled: write.busy(),
                onclick: back_up,
                "{BACKUP_NOW}"
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
