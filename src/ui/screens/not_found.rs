//! A gentle page for an address that leads nowhere.

use dioxus::prelude::*;

use crate::t;
use crate::ui::Route;
use crate::ui::context::use_lang;

/// Shown for an unknown address.
#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let _ = segments;
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "not-found-title"));
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "not-found-heading")} }
        p { {t!(lang, "not-found-note")} }
        Link { to: Route::Now {}, class: "button primary", {t!(lang, "not-found-back")} }
    }
}
