//! Small shared messages: an error, a loading line, and the safety note.

use dioxus::prelude::*;

use crate::ui::Route;

/// An error the user should read now; screen readers announce it.
#[component]
pub fn ErrorNote(#[props(into)] message: String) -> Element {
    rsx! {
        p { class: "error", role: "alert", "{message}" }
    }
}

/// Says that a value was kept from before in a form this version doesn't know (a code from
/// another build, or a day it can't read), and that it stays as it is until changed.
#[component]
pub fn KeptAsItWas(what: &'static str, code: String) -> Element {
    rsx! {
        p { class: "hint kept",
            "{what} was kept as “{code}”, which this version of Mend doesn't know. It stays as it is unless you choose another."
        }
    }
}

/// Says that a text was kept from before in a form today's checks would not keep, and what
/// that means for changing it (see `Note::kept_notice`).
#[component]
pub fn KeptText(notice: Option<String>) -> Element {
    rsx! {
        if let Some(notice) = notice {
            p { class: "hint kept", "{notice}" }
        }
    }
}

/// A quiet line while something loads.
#[component]
pub fn Loading() -> Element {
    rsx! {
        p { class: "loading", role: "status", "One moment…" }
    }
}

/// What Mend is and is not, and what to do when someone is not safe.
#[component]
pub fn SafetyNote() -> Element {
    rsx! {
        div { class: "safety",
            p {
                "Mend is a self-help companion, not therapy. It can help you notice what happens in you and find your way back to each other. It doesn't replace a counsellor or therapist."
            }
            p {
                strong { "If you are not safe. " }
                "If there is violence, threats or control in your relationship, repair exercises are not the answer. Your safety comes first. If you are in danger right now, call your local emergency number. A local helpline for domestic abuse can talk things through with you in confidence."
            }
            p {
                Link { to: Route::HelpNow {}, class: "button secondary", "Help now: numbers to call" }
            }
        }
    }
}
