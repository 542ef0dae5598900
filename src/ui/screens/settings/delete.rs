//! Deleting everything, after a confirmation naming what goes.

use dioxus::prelude::*;

use crate::store::Settings;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{CANCEL, Confirm, ConfirmStyle, ErrorNote};
use crate::ui::context::{use_load, use_shared};

const DELETE: &str = "Delete everything";
const DELETE_NOTE: &str =
    "Removes everything Mend keeps on this device, including every backup. This can't be undone.";
const DELETE_BUTTON: &str = "Delete everything…";
const DELETE_YES: &str = "Yes, delete everything";

/// Deletes everything after a confirmation that names what will be lost.
#[component]
pub(super) fn DeleteSection() -> Element {
    let shared = use_shared();
    let write = use_command();
    let nav = use_navigator();
    let mut asking = use_signal(|| false);
    let what = use_load(|s| Ok((s.counts()?, s.backups()?.len())));
    let delete = move |_| async move {
        let said = "Everything was deleted. Mend is starting fresh.";
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
                Confirm {
                    label: "Confirm deleting everything",
                    yes: DELETE_YES,
                    cancel: CANCEL,
                    style: ConfirmStyle::Danger,
                    busy: write.busy(),
                    onyes: delete,
                    oncancel: move |_| asking.set(false),
                    p { strong { "{lost}" } }
                    p { "It can't be undone. If you might want any of it later, export it first." }
                }
            } else {
                button {
                    r#type: "button",
                    class: "button danger",
                    onclick: move |_| asking.set(true),
                    "{DELETE_BUTTON}"
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
