//! A level from 0 to 10 picked with one tap: eleven buttons in two rows, with words at
//! each end, and a way back to "not set".

use dioxus::prelude::*;

use crate::domain::Level;
use crate::t;
use crate::ui::context::use_lang;

/// Picks a level 0–10, or none. Tapping the chosen number again clears it.
#[component]
pub fn LevelPicker(
    legend: String,
    low: String,
    high: String,
    value: Option<Level>,
    onchange: EventHandler<Option<Level>>,
) -> Element {
    let lang = use_lang();
    let shown = value.map_or_else(
        || t!(lang, "level-not-set"),
        |v| t!(lang, "level-of-ten", level = v.get()),
    );
    rsx! {
        fieldset { class: "field",
            legend { class: "field-label",
                "{legend} "
                span { class: "level-value", "({shown})" }
            }
            div { class: "level-ends", "aria-hidden": "true",
                span { "0 · {low}" }
                span { "10 · {high}" }
            }
            div { class: "levels",
                for n in 0..=Level::MAX {
                    {
                        let selected = value.map(Level::get) == Some(n);
                        let aria = match n {
                            0 => format!("0, {low}"),
                            10 => format!("10, {high}"),
                            _ => n.to_string(),
                        };
                        rsx! {
                            button {
                                key: "{n}",
                                r#type: "button",
                                class: if selected { "level level-on" } else { "level" },
                                "aria-pressed": if selected { "true" } else { "false" },
                                aria_label: "{aria}",
                                onclick: move |_| {
                                    onchange.call(if selected { None } else { Level::new(n) })
                                },
                                "{n}"
                            }
                        }
                    }
                }
            }
        }
    }
}
