//! What every record's detail screen has: its labelled lines, and a delete with Undo.

use dioxus::prelude::*;

use crate::domain::EntryId;
use crate::platform;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::ErrorNote;
use crate::ui::context::Undo;

const DELETE: &str = "Delete";

/// A "Delete" button: deletes softly, goes back to History and offers Undo.
#[component]
pub fn DeleteButton(entry: EntryId) -> Element {
    let kind = entry.kind();
    let write = use_command();
    let nav = use_navigator();
    rsx! {
        button {
            r#type: "button",
            class: "button danger",
            aria_label: "Delete this {kind.label().to_lowercase()}",
            disabled: write.busy(),
            onclick: move |_| async move {
                let now = platform::now();
                let said = format!("{} deleted.", kind.label());
                let undo = Some(Undo::Delete(entry));
                if write.say(move |s| s.delete(entry, &now), said, undo).await.is_some() {
                    nav.replace(Route::History {});
                }
            },
            "{DELETE}"
        }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
    }
}

/// One labelled line of a detail.
#[component]
pub fn Fact(label: String, value: String) -> Element {
    rsx! {
        div { class: "fact",
            dt { "{label}" }
            dd { dir: "auto", "{value}" }
        }
    }
}
