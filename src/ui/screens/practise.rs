//! Practise: the phrase library, practice cards and the parts-language helper.

use dioxus::prelude::*;

/// The practice screen.
#[component]
pub fn PractiseScreen() -> Element {
    rsx! {
        document::Title { "Practise · Mend" }
        h1 { "Practise" }
    }
}
