//! A labelled field for a secret: a passphrase or a PIN, never shown as typed.

use dioxus::prelude::*;

/// A passphrase or PIN field. `pin` asks for a number pad; `new` tells password managers
/// that this is a new secret rather than the current one.
#[component]
pub fn SecretField(
    id: String,
    label: String,
    value: String,
    oninput: EventHandler<String>,
    #[props(default)] pin: bool,
    #[props(default)] new: bool,
) -> Element {
    let autocomplete = match (pin, new) {
        (true, _) => "off",
        (false, true) => "new-password",
        (false, false) => "current-password",
    };
    rsx! {
        div { class: "field",
            label { r#for: "{id}", class: "field-label", "{label}" }
            input {
                id: "{id}",
                r#type: "password",
                inputmode: if pin { "numeric" } else { "text" },
                autocomplete,
                maxlength: if pin { "12" } else { "1024" },
                value: "{value}",
                oninput: move |e| oninput.call(e.value()),
            }
        }
    }
}
