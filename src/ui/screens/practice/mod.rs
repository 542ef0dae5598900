//! Practise: the phrase library (ours and the user's own, with favourites), practice cards
//! with gentle guidance, and the parts-language helper.

mod cards;
mod language;
mod phrases;
mod together;

use dioxus::prelude::*;

use cards::PracticeCards;
use language::{HELPER, PartsLanguage};
use phrases::PhraseLibrary;
pub use together::TogetherScreen;

use crate::ui::Route;

const TITLE: &str = "Practise";
const INTRO: &str = "Words for repair, to try out before you need them. They are examples to make your own, never scripts.";
const TOGETHER: &str = "Practise together";
const TOGETHER_HINT: &str =
    "With your child, side by side: feelings, a repair sentence and a small game.";
const VIEWS_LABEL: &str = "What to practise";
const PHRASES: &str = "Phrases";
const CARDS: &str = "Practice cards";

/// The three things on this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Phrases,
    Cards,
    Helper,
}

/// The practice screen.
#[component]
pub fn PracticeScreen() -> Element {
    let mut view = use_signal(|| View::Phrases);
    let tab = |v: View, label: &'static str| {
        let on = view() == v;
        rsx! {
            button {
                r#type: "button",
                class: if on { "segment segment-on" } else { "segment" },
                "aria-pressed": if on { "true" } else { "false" },
                onclick: move |_| view.set(v),
                "{label}"
            }
        }
    };
    rsx! {
        document::Title { "Practise · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{INTRO}" }
        div { class: "together-entry card",
            Link { to: Route::TogetherScreen {}, class: "button primary", aria_describedby: "together-hint", "{TOGETHER}" }
            p { id: "together-hint", class: "hint", "{TOGETHER_HINT}" }
        }
        div { class: "together-entry card",
            Link { to: Route::TalkGuide {}, class: "button secondary", aria_describedby: "guide-hint", "When one of you is further along" }
            p { id: "guide-hint", class: "hint", "A short guide for partners, and the shared words you agree to use when it gets hard." }
        }
        div { class: "segments", role: "group", aria_label: VIEWS_LABEL,
            {tab(View::Phrases, PHRASES)}
            {tab(View::Cards, CARDS)}
            {tab(View::Helper, HELPER)}
        }
        match view() {
            View::Phrases => rsx! { PhraseLibrary {} },
            View::Cards => rsx! { PracticeCards {} },
            View::Helper => rsx! { PartsLanguage {} },
        }
    }
}
