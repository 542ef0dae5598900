//! Practise: the phrase library (ours and the user's own, with favourites), practice cards
//! with gentle guidance, and the parts-language helper.

mod cards;
mod language;
mod phrases;
mod together;

use dioxus::prelude::*;

use cards::PracticeCards;
use language::PartsLanguage;
use phrases::PhraseLibrary;
pub use together::TogetherScreen;

use crate::t;
use crate::ui::Route;
use crate::ui::context::use_lang;

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
    let lang = use_lang();
    let mut view = use_signal(|| View::Phrases);
    let tab = |v: View, label: String| {
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
    let window = format!("{} · Mend", t!(lang, "practice-title"));
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "practice-title")} }
        p { class: "lead", {t!(lang, "practice-intro")} }
        div { class: "together-entry card",
            Link { to: Route::TogetherScreen {}, class: "button primary", aria_describedby: "together-hint", {t!(lang, "practice-together")} }
            p { id: "together-hint", class: "hint", {t!(lang, "practice-together-hint")} }
        }
        div { class: "together-entry card",
            Link { to: Route::TalkGuide {}, class: "button secondary", aria_describedby: "guide-hint", {t!(lang, "practice-guide")} }
            p { id: "guide-hint", class: "hint", {t!(lang, "practice-guide-hint")} }
        }
        div { class: "segments", role: "group", aria_label: t!(lang, "practice-views"),
            {tab(View::Phrases, t!(lang, "practice-phrases"))}
            {tab(View::Cards, t!(lang, "practice-cards"))}
            {tab(View::Helper, t!(lang, "practice-helper"))}
        }
        match view() {
            View::Phrases => rsx! { PhraseLibrary {} },
            View::Cards => rsx! { PracticeCards {} },
            View::Helper => rsx! { PartsLanguage {} },
        }
    }
}
