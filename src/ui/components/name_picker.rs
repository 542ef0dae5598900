//! Chips of names (parts or people), most recent first, with a quick way to add a new one.

use dioxus::prelude::*;
use uuid::Uuid;

use super::{Chip, ENTER_STAYS};
use crate::domain::Named;

/// One name to choose.
#[derive(Debug, Clone, PartialEq)]
pub struct NameChoice {
    pub id: Uuid,
    pub name: String,
}

impl<Id: Copy + Into<Uuid>> From<&Named<Id>> for NameChoice {
    fn from(named: &Named<Id>) -> Self {
        Self {
            id: named.id.into(),
            name: named.name.clone(),
        }
    }
}

/// Picks one name or none, and adds new ones by typing.
#[component]
pub fn NamePicker(
    legend: String,
    names: Vec<NameChoice>,
    selected: Option<Uuid>,
    onselect: EventHandler<Option<Uuid>>,
    add_label: String,
    onadd: EventHandler<String>,
    #[props(default)] error: Option<String>,
) -> Element {
    let mut draft = use_signal(String::new);
    let input_id = format!(
        "add-{}",
        legend
            .to_lowercase()
            .replace(|c: char| !c.is_alphanumeric(), "-")
    );
    let mut add = move || {
        let text = draft.peek().clone();
        if !text.trim().is_empty() {
            onadd.call(text);
            draft.set(String::new());
        }
    };
    rsx! {
        fieldset { class: "field",
            legend { class: "field-label", "{legend}" }
            div { class: "chips",
                for choice in names {
                    Chip {
                        key: "{choice.id}",
                        label: choice.name.clone(),
                        selected: selected == Some(choice.id),
                        onclick: move |_| {
                            onselect.call(if selected == Some(choice.id) { None } else { Some(choice.id) })
                        },
                    }
                }
            }
            div { class: "quick-add",
                label { r#for: "{input_id}", class: "visually-hidden", "{add_label}" }
                input {
                    id: "{input_id}",
                    r#type: "text",
                    dir: "auto",
                    placeholder: "{add_label}",
                    maxlength: "200",
                    value: "{draft}",
                    oninput: move |e| draft.set(e.value()),
                    "onkeydown": ENTER_STAYS,
                    onkeydown: move |e| {
                        if e.key() == Key::Enter {
                            e.prevent_default();
                            add();
                        }
                    },
                }
                button {
                    r#type: "button",
                    class: "button secondary",
                    aria_label: "{add_label}",
                    onclick: move |_| add(),
                    "Add"
                }
            }
            if let Some(error) = error {
                p { class: "error", role: "alert", "{error}" }
            }
        }
    }
}
