//! The backups: the list, one made now, and restoring one after a confirmation.

use dioxus::prelude::*;

use crate::domain::Moment;
use crate::domain::i18n::Lang;
use crate::domain::time::describe_in;
use crate::platform;
use crate::store::{BackupInfo, BackupKind, Store};
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::{Confirm, ConfirmStyle, ErrorNote};
use crate::ui::context::{use_lang, use_load, use_shared};
use crate::ui::errors::Told;

/// The backups, newest first, each with Restore (after a confirmation).
#[component]
pub(super) fn BackupsSection() -> Element {
    let lang = use_lang();
    let shared = use_shared();
    let write = use_command();
    let backups = use_load(|s| s.backups());
    let mut asking = use_signal(|| None::<std::path::PathBuf>);
    let back_up = move |_| async move {
        let now = platform::now();
        let made = move |s: &mut Store| s.backup(BackupKind::Manual, &now);
        write.say(made, t!(lang, "data-backed-up"), None).await;
    };
    let restore = use_callback(move |path: std::path::PathBuf| {
        spawn(async move {
            let now = platform::now();
            let said = t!(lang, "data-restored");
            write.say(move |s| s.restore(&path, &now), said, None).await;
            asking.set(None);
        });
    });
    let now = shared.now_by_minute();
    let list: Vec<BackupInfo> = match &*backups.read() {
        Some(Ok(list)) => list.clone(),
        Some(Err(failed)) => return rsx! { ErrorNote { message: failed.told_in(lang) } },
        None => Vec::new(),
    };
    rsx! {
        section { aria_labelledby: "backups-heading",
            h2 { id: "backups-heading", {t!(lang, "data-backups")} }
            p { {t!(lang, "data-backups-note")} }
            if list.is_empty() {
                p { class: "empty", {t!(lang, "data-no-backups")} }
            }
            ul { class: "plain-list backups",
                for b in list {
                    li { key: "{b.path.display()}", class: "backup-row",
                        span { class: "backup-what",
                            {row_words(lang, &b, &now)}
                        }
                        if asking() == Some(b.path.clone()) {
                            Confirm {
                                label: t!(lang, "data-restore-confirm-label"),
                                yes: t!(lang, "data-restore-yes"),
                                cancel: t!(lang, "cancel"),
                                style: ConfirmStyle::Inline,
                                busy: write.busy(),
                                onyes: {
                                    let path = b.path.clone();
                                    move |_| restore.call(path.clone())
                                },
                                oncancel: move |_| asking.set(None),
                                span { {t!(lang, "data-restore-confirm")} }
                            }
                        } else {
                            button {
                                r#type: "button",
                                class: "button secondary small",
                                aria_label: t!(lang, "data-restore-named", when = when(lang, &b, &now)),
                                onclick: {
                                    let path = b.path.clone();
                                    move |_| asking.set(Some(path.clone()))
                                },
                                {t!(lang, "data-restore")}
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
                {t!(lang, "data-back-up-now")}
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}

/// When a backup was made, as the list says it.
fn when(lang: Lang, b: &BackupInfo, now: &Moment) -> String {
    describe_in(lang, &b.made_at.with_timezone(now.offset()), now)
}

/// A backup in the list: when, its kind and its size.
fn row_words(lang: Lang, b: &BackupInfo, now: &Moment) -> String {
    t!(
        lang,
        "data-backup-row",
        when = when(lang, b, now),
        kind = b.kind.label(lang),
        kb = b.bytes.div_ceil(1024)
    )
}
