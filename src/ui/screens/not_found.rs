//! A gentle page for an address that leads nowhere.

use dioxus::prelude::*;

use crate::ui::Route;

/// Shown for an unknown address.
#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let _ = segments;
    rsx! {
        document::Title { "Not found · Mend" }
        h1 { "This page isn't here" }
        p { "It may have moved, or the link was mistyped." }
        Link { to: Route::Now {}, class: "button primary", "Back to Now" }
    }
}
