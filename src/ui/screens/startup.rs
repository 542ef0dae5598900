//! Shown instead of the app when its data could not be opened: what happened, where the file
//! is, and a backup to restore when there is one.

use std::path::PathBuf;

use dioxus::prelude::*;

use crate::store::cipher::Key;
use crate::t;
use crate::ui::boot::Boot;
use crate::ui::context::use_lang;
use crate::ui::errors::Told;

/// Shown instead of the app when the data could not be opened.
#[component]
pub fn StartupProblem(
    message: String,
    path: String,
    dir: PathBuf,
    backup: Option<PathBuf>,
    db_key: Option<Key>,
    onrestored: EventHandler<Boot>,
) -> Element {
    let lang = use_lang();
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let backup_name = backup
        .as_ref()
        .and_then(|b| b.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    rsx! {
        div { class: "app theme-system",
            main { class: "content startup-problem",
                h1 { {t!(lang, "startup-title")} }
                p { role: "alert", "{message}" }
                p { {t!(lang, "startup-nothing-deleted")} }
                p { code { class: "path", "{path}" } }
                if let Some(backup) = backup.clone() {
                    section { class: "card", aria_labelledby: "restore-heading",
                        h2 { id: "restore-heading", {t!(lang, "startup-backup")} }
                        p { {t!(lang, "startup-backup-note", name = backup_name.clone())} }
                        button {
                            r#type: "button",
                            class: "button primary wide",
                            disabled: busy(),
                            onclick: move |_| {
                                let (dir, backup, key) = (dir.clone(), backup.clone(), db_key.clone());
                                async move {
                                    busy.set(true);
                                    let restored = Boot::restore(dir, backup, key).await;
                                    busy.set(false);
                                    match restored {
                                        Ok(next) => onrestored.call(next),
                                        Err(failed) => error.set(Some(failed.told_in(lang))),
                                    }
                                }
                            },
                            {t!(lang, "startup-restore")}
                        }
                        if let Some(message) = error() {
                            p { class: "error", role: "alert", "{message}" }
                        }
                    }
                }
                p { {t!(lang, "startup-show-someone")} }
            }
        }
    }
}
