//! Small shared messages: an error, a loading line, and the safety note.

use dioxus::prelude::*;

use crate::t;
use crate::ui::Route;
use crate::ui::context::use_lang;

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
pub fn KeptAsItWas(what: String, code: String) -> Element {
    let lang = use_lang();
    rsx! {
        p { class: "hint kept", {t!(lang, "kept-as-it-was", what = what, code = code)} }
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
    let lang = use_lang();
    rsx! {
        p { class: "loading", role: "status", {t!(lang, "loading")} }
    }
}

/// What Mend is and is not, and what to do when someone is not safe.
#[component]
pub fn SafetyNote() -> Element {
    let lang = use_lang();
    rsx! {
        div { class: "safety",
            p { {t!(lang, "safety-not-therapy")} }
            p {
                strong { {t!(lang, "safety-if-unsafe")} }
                " "
                {t!(lang, "safety-unsafe-text")}
            }
            p {
                Link { to: Route::HelpNow {}, class: "button secondary", {t!(lang, "safety-help-now")} }
            }
        }
    }
}
