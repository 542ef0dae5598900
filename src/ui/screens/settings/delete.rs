//! Deleting everything, after a confirmation naming what goes.

use dioxus::prelude::*;

use crate::store::Settings;
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Confirm, ConfirmStyle, ErrorNote};
use crate::ui::context::{use_lang, use_load, use_shared};

/// Deletes everything after a confirmation that names what will be lost.
#[component]
pub(super) fn DeleteSection() -> Element {
    let lang = use_lang();
    let shared = use_shared();
    let write = use_command();
    let nav = use_navigator();
    let mut asking = use_signal(|| false);
    let what = use_load(|s| Ok((s.counts()?, s.backups()?.len())));
    let delete = move |_| async move {
        let said = t!(lang, "data-deleted");
        if write
            .say(|s| s.delete_everything(), said, None)
            .await
            .is_some()
        {
            let mut settings = shared.settings;
            settings.set(Settings::default());
            asking.set(false);
            nav.replace(Route::Now {});
        }
    };
    let lost = match &*what.read() {
        Some(Ok((counts, backups))) => t!(
            lang,
            "data-delete-lost",
            what = counts.said(lang),
            backups = *backups
        ),
        _ => String::new(),
    };
    rsx! {
        section { aria_labelledby: "delete-heading",
            h2 { id: "delete-heading", {t!(lang, "data-delete")} }
            p { {t!(lang, "data-delete-note")} }
            if asking() {
                Confirm {
                    label: t!(lang, "data-delete-confirm-label"),
                    yes: t!(lang, "data-delete-yes"),
                    cancel: t!(lang, "cancel"),
                    style: ConfirmStyle::Danger,
                    busy: write.busy(),
                    onyes: delete,
                    oncancel: move |_| asking.set(false),
                    p { strong { "{lost}" } }
                    p { {t!(lang, "data-delete-cant-undo")} }
                }
            } else {
                button {
                    r#type: "button",
                    class: "button danger",
                    onclick: move |_| asking.set(true),
                    {t!(lang, "data-delete-button")}
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
