//! What every record's detail screen has: its labelled lines, and a delete with Undo.

use dioxus::prelude::*;

use crate::domain::EntryId;
use crate::platform;
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::ErrorNote;
use crate::ui::context::{Undo, use_lang};

/// A "Delete" button: deletes softly, goes back to History and offers Undo.
#[component]
pub fn DeleteButton(entry: EntryId) -> Element {
    let lang = use_lang();
    let kind = entry.kind();
    let write = use_command();
    let nav = use_navigator();
    rsx! {
        button {
            r#type: "button",
            class: "button danger",
            aria_label: lang.word("delete", kind.code()),
            disabled: write.busy(),
            onclick: move |_| async move {
                let now = platform::now();
                let said = lang.word("deleted", kind.code());
                let undo = Some(Undo::Delete(entry));
                if write.say(move |s| s.delete(entry, &now), said, undo).await.is_some() {
                    nav.replace(Route::History {});
                }
            },
            {t!(lang, "delete")}
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
