//! Chips: large, thumb-friendly toggle buttons in a labelled group.

use dioxus::prelude::*;

use crate::domain::AgeBand;
use crate::ui::context::use_lang;

/// One toggle chip. Screen readers hear its label and whether it is pressed.
#[component]
pub fn Chip(
    label: String,
    selected: bool,
    onclick: EventHandler<()>,
    /// The language of the label, where it is not the page's (a language's own name).
    #[props(default)]
    lang: Option<&'static str>,
) -> Element {
    rsx! {
        button {
            r#type: "button",
            lang,
            class: if selected { "chip chip-on" } else { "chip" },
            "aria-pressed": if selected { "true" } else { "false" },
            onclick: move |_| onclick.call(()),
            "{label}"
        }
    }
}

/// A group of chips under a visible legend.
#[component]
pub fn ChipGroup(
    legend: String,
    #[props(default)] hint: Option<String>,
    children: Element,
) -> Element {
    rsx! {
        fieldset { class: "field",
            legend { class: "field-label", "{legend}" }
            if let Some(hint) = hint {
                p { class: "hint", "{hint}" }
            }
            div { class: "chips", {children} }
        }
    }
}

/// How old a part feels: one chip per age band; tapping the chosen one again clears it.
#[component]
pub fn AgeBandChips(
    legend: String,
    value: Option<AgeBand>,
    onchange: EventHandler<Option<AgeBand>>,
) -> Element {
    let lang = use_lang();
    rsx! {
        ChipGroup { legend,
            for band in AgeBand::ALL {
                Chip {
                    key: "{band.code()}",
                    label: band.label(lang),
                    selected: value == Some(band),
                    onclick: move |_| onchange.call(if value == Some(band) { None } else { Some(band) }),
                }
            }
        }
    }
}
