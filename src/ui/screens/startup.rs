//! Shown instead of the app when its data could not be opened: what happened, where the file
//! is, and a backup to restore when there is one.

use std::path::PathBuf;

use dioxus::prelude::*;

use crate::store::cipher::Key;
use crate::ui::boot::Boot;
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
                h1 { "Mend couldn't open your data" }
                p { role: "alert", "{message}" }
                p { "Nothing has been deleted. The file is here:" }
                p { code { class: "path", "{path}" } }
                if let Some(backup) = backup.clone() {
                    section { class: "card", aria_labelledby: "restore-heading",
                        h2 { id: "restore-heading", "A backup can take its place" }
                        p { "Mend has a backup that passed its check: {backup_name}. Restoring it brings back everything up to the day it was made. The damaged file stays where it was moved." }
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
                                        Err(failed) => error.set(Some(failed.told())),
                                    }
                                }
                            },
                            "Restore the newest backup"
                        }
                        if let Some(message) = error() {
                            p { class: "error", role: "alert", "{message}" }
                        }
                    }
                }
                p { "If you need help, show this message to someone you trust with your device." }
            }
        }
    }
}
