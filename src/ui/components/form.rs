//! A form that never reloads the page: submitting (Enter in a field, or the submit button)
//! calls `onsubmit` and nothing else, in the desktop window and in the browser preview alike.

use dioxus::prelude::*;

use super::{ErrorNote, KeptText};

/// A form whose submission stays inside the app.
#[component]
pub fn Form(class: String, onsubmit: EventHandler<()>, children: Element) -> Element {
    rsx! {
        form {
            class,
            novalidate: true,
            // The preview handles events over a socket, too late to stop the browser's own
            // submission, so the page stops it here.
            "onsubmit": "event.preventDefault()",
            onsubmit: move |e| {
                e.prevent_default();
                onsubmit.call(());
            },
            {children}
        }
    }
}

/// For a text field inside a form whose Enter key means "add this", not "submit the form":
/// stops the browser's own submission (the preview cannot stop it from the server side).
pub const ENTER_STAYS: &str = "if (event.key === 'Enter') event.preventDefault()";

/// The bar at the foot of a form, kept in reach of the thumb: what went wrong, if anything,
/// and the submit button, which is held while the form saves.
#[component]
pub fn SaveBar(
    label: String,
    /// Shown on the button while saving; the label stays when there is none.
    #[props(default)]
    busy_label: Option<String>,
    busy: bool,
    error: Option<String>,
) -> Element {
    let shown = match (&busy_label, busy) {
        (Some(working), true) => working.clone(),
        _ => label,
    };
    rsx! {
        div { class: "sticky-actions",
            if let Some(message) = error {
                ErrorNote { message }
            }
            button { r#type: "submit", class: "button primary wide", disabled: busy, "{shown}" }
        }
    }
}

/// A text area with its label, an optional hint tied to it for screen readers, and, for a
/// text kept from before that today's checks would not keep, why (see `Note::kept_notice`).
#[component]
pub fn LabelledText(
    id: String,
    label: String,
    value: String,
    oninput: EventHandler<String>,
    #[props(default)] hint: Option<String>,
    #[props(default)] notice: Option<String>,
    #[props(default = 3)] rows: u32,
    #[props(default)] required: bool,
) -> Element {
    let hint_id = format!("{id}-hint");
    rsx! {
        div { class: "field",
            label { r#for: "{id}", class: "field-label", "{label}" }
            if let Some(hint) = &hint {
                p { id: "{hint_id}", class: "hint", "{hint}" }
            }
            textarea {
                id: "{id}",
                dir: "auto",
                rows: "{rows}",
                required,
                aria_describedby: hint.as_ref().map(|_| hint_id.clone()),
                value: "{value}",
                oninput: move |e| oninput.call(e.value()),
            }
            KeptText { notice }
        }
    }
}
