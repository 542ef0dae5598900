//! Chips of names (parts or people), most recent first, with a quick way to add a new one.

use dioxus::prelude::*;

use crate::t;
use crate::ui::context::use_lang;

use super::{Chip, ENTER_STAYS};
use crate::domain::Named;

/// One name to choose, by its own kind of id (a part's, a person's).
#[derive(Debug, Clone, PartialEq)]
pub struct NameChoice<Id> {
    pub id: Id,
    pub name: String,
}

impl<Id: Copy> From<&Named<Id>> for NameChoice<Id> {
    fn from(named: &Named<Id>) -> Self {
        Self {
            id: named.id,
            name: named.name.clone(),
        }
    }
}

/// Picks one name or none, and adds new ones by typing.
#[component]
pub fn NamePicker<Id: Copy + PartialEq + std::fmt::Display + 'static>(
    legend: String,
    names: Vec<NameChoice<Id>>,
    selected: Option<Id>,
    onselect: EventHandler<Option<Id>>,
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
    let lang = use_lang();
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
                    {t!(lang, "add")}
                }
            }
            if let Some(error) = error {
                p { class: "error", role: "alert", "{error}" }
            }
        }
    }
}
