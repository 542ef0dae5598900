//! Reflect: one prompt a day, an answer, and a month of days reflected.

use dioxus::prelude::*;

/// The reflection screen.
#[component]
pub fn ReflectScreen() -> Element {
    rsx! {
        document::Title { "Reflect · Mend" }
        h1 { "Reflect" }
    }
}
