//! The parts-language helper: a sentence rewritten to speak for a part, keeping the
//! person's own words, with the safety note for words of violence. Sentences are read in
//! English and in Spanish, and each suggestion is in its sentence's language; the safety
//! words are read in the reader's language and English.

use dioxus::prelude::*;

use crate::domain::language::{rewrite, sounds_unsafe};
use crate::t;
use crate::ui::components::SafetyNote;
use crate::ui::context::use_lang;

/// The parts-language helper: a sentence in, gentler ways to say it out. Words of violence,
/// threats or fear bring the safety note instead: rewording is not the answer then.
#[component]
pub(super) fn PartsLanguage() -> Element {
    let lang = use_lang();
    let mut text = use_signal(String::new);
    let typed = text();
    let unsafe_words = sounds_unsafe(lang, &typed);
    let suggestions = if unsafe_words {
        Vec::new()
    } else {
        rewrite(&typed)
    };
    let unsafe_line = t!(lang, "practice-helper-unsafe");
    let none_line = t!(lang, "practice-helper-none");
    // Screen readers hear how many suggestions there are, not the whole list at every key.
    let heard = match (typed.trim().is_empty(), unsafe_words, suggestions.len()) {
        (true, _, _) => String::new(),
        (false, true, _) => unsafe_line.clone(),
        (false, false, 0) => none_line.clone(),
        (false, false, n) => t!(lang, "practice-helper-count", count = n),
    };
    rsx! {
        section { class: "card", aria_labelledby: "helper-heading",
            h2 { id: "helper-heading", {t!(lang, "practice-helper")} }
            p { class: "hint", {t!(lang, "practice-helper-intro")} }
            div { class: "field",
                label { r#for: "helper-input", class: "field-label", {t!(lang, "practice-helper-label")} }
                textarea {
                    id: "helper-input",
                    dir: "auto",
                    rows: "3",
                    maxlength: "10000",
                    value: "{typed}",
                    oninput: move |e| text.set(e.value()),
                }
            }
            p { class: "visually-hidden", role: "status", "{heard}" }
            div { class: "suggestions",
                if typed.trim().is_empty() {
                    p { class: "hint", {t!(lang, "practice-helper-empty")} }
                } else if unsafe_words {
                    div { class: "helper-safety",
                        p { strong { "{unsafe_line}" } }
                        SafetyNote {}
                    }
                } else if suggestions.is_empty() {
                    p { "{none_line}" }
                } else {
                    ul { class: "plain-list",
                        for (i, r) in suggestions.into_iter().enumerate() {
                            li { key: "{i}", class: "suggestion",
                                p { class: "suggestion-found", {t!(lang, "practice-helper-instead", found = r.found)} }
                                // The suggestion is in the language of the sentence it rewrites.
                                p { class: "suggestion-text", dir: "auto", lang: r.language, "{r.suggestion}" }
                                p { class: "hint", {r.rule.why(lang)} }
                            }
                        }
                    }
                }
            }
        }
    }
}
