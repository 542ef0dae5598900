//! My parts (for now): rename, remove and add the parts offered on the check-in.

use dioxus::prelude::*;

use crate::domain::{Name, Part, PartId};
use crate::platform;
use crate::store::Parts;
use crate::ui::app::{Undo, use_db, use_load, use_shared};
use crate::ui::components::{ErrorNote, Form, Loading};

const TITLE: &str = "My parts";
const INTRO: &str =
    "These are the parts offered when you check in. Name them in a way that feels true to you.";
const ADD_LABEL: &str = "Add a part by name";
const RENAME: &str = "Rename";
const REMOVE: &str = "Remove";
const SAVE: &str = "Save";
const CANCEL: &str = "Cancel";
const EMPTY: &str = "No parts yet. Add one below, or when you check in.";

/// The list of parts.
#[component]
pub fn PartsScreen() -> Element {
    let shared = use_shared();
    let parts = use_load(|s| s.list::<Parts>());
    let mut new_name = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let db = use_db();
    let add = move |_| {
        let db = db.clone();
        async move {
            let typed = new_name.peek().clone();
            match db.add_name::<Parts>(&typed).await {
                Ok(_) => {
                    new_name.set(String::new());
                    error.set(None);
                    shared.changed();
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let loaded = parts.read().clone();
    rsx! {
        document::Title { "My parts · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{INTRO}" }
        match loaded {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", "{EMPTY}" } },
            Some(Ok(list)) => rsx! {
                ul { class: "plain-list parts-list",
                    for part in list {
                        PartRow { key: "{part.id}", part }
                    }
                }
            },
        }
        Form {
            class: "quick-add",
            onsubmit: add,
            label { r#for: "new-part", class: "visually-hidden", "{ADD_LABEL}" }
            input {
                id: "new-part",
                r#type: "text",
                dir: "auto",
                placeholder: ADD_LABEL,
                maxlength: "200",
                value: "{new_name}",
                oninput: move |e| new_name.set(e.value()),
            }
            button { r#type: "submit", class: "button secondary", aria_label: ADD_LABEL, "Add" }
        }
        if let Some(message) = error() {
            ErrorNote { message }
        }
    }
}

/// One part, with Rename and Remove.
#[component]
fn PartRow(part: Part) -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut editing = use_signal(|| false);
    let mut text = use_signal(|| part.name.clone());
    let mut error = use_signal(|| None::<String>);
    let id: PartId = part.id;
    let rename = move |_| {
        let db = db.clone();
        async move {
            let name = match Name::parse(&text.peek()) {
                Ok(n) => n,
                Err(e) => return error.set(Some(e.to_string())),
            };
            let now = platform::now();
            match db.run(move |s| s.rename::<Parts>(id, &name, &now)).await {
                Ok(()) => {
                    editing.set(false);
                    error.set(None);
                    shared.changed();
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let db = use_db();
    let name = part.name.clone();
    let remove = move |_| {
        let db = db.clone();
        let name = name.clone();
        async move {
            let now = platform::now();
            match db.run(move |s| s.archive::<Parts>(id, &now)).await {
                Ok(()) => {
                    shared.changed();
                    shared.say(
                        format!("Removed “{name}”. Past check-ins keep it."),
                        Some(Undo::ArchivePart(id)),
                    );
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let input_id = format!("rename-{id}");
    rsx! {
        li { class: "part-row",
            if editing() {
                Form {
                    class: "quick-add",
                    onsubmit: rename,
                    label { r#for: "{input_id}", class: "visually-hidden", "New name for {part.name}" }
                    input {
                        id: "{input_id}",
                        r#type: "text",
                        dir: "auto",
                        maxlength: "200",
                        value: "{text}",
                        oninput: move |e| text.set(e.value()),
                    }
                    button { r#type: "submit", class: "button primary small", "{SAVE}" }
                    button {
                        r#type: "button",
                        class: "button quiet small",
                        onclick: move |_| {
                            editing.set(false);
                            error.set(None);
                        },
                        "{CANCEL}"
                    }
                }
            } else {
                span { class: "part-name", dir: "auto", "{part.name}" }
                span { class: "part-actions",
                    button {
                        r#type: "button",
                        class: "button quiet small",
                        aria_label: "{RENAME} {part.name}",
                        onclick: move |_| editing.set(true),
                        "{RENAME}"
                    }
                    button {
                        r#type: "button",
                        class: "button quiet small",
                        aria_label: "{REMOVE} {part.name}",
                        onclick: remove,
                        "{REMOVE}"
                    }
                }
            }
            if let Some(message) = error() {
                ErrorNote { message }
            }
        }
    }
}

/// One part: what the user knows of it, and how often it has been around.
#[component]
pub fn PartDetail(id: PartId) -> Element {
    rsx! {
        document::Title { "A part · Mend" }
        h1 { "A part" }
        p { "{id}" }
    }
}
