//! The parts-language helper: a sentence rewritten to speak for a part, keeping the
//! person's own words, with the safety note for words of violence.

use dioxus::prelude::*;

use crate::domain::language::{rewrite, sounds_unsafe};
use crate::ui::components::SafetyNote;

/// The helper's name, on its tab.
pub(super) const HELPER: &str = "Parts language";
const HELPER_INTRO: &str = "Type or paste something you said, or want to say. Mend suggests ways to say it for a part of you, so it is easier to hear.";
const HELPER_LABEL: &str = "Your sentence";
const HELPER_NONE: &str =
    "Nothing here sounds like blame. If it still feels sharp, try starting with “A part of me…”.";
const HELPER_EMPTY: &str = "Suggestions appear here as you type.";
const HELPER_UNSAFE: &str = "What you wrote sounds like it may not be safe for you. Finding other words isn't the answer to that. You matter, and your safety comes first.";

/// The parts-language helper: a sentence in, gentler ways to say it out. Words of violence,
/// threats or fear bring the safety note instead: rewording is not the answer then.
#[component]
pub(super) fn PartsLanguage() -> Element {
    let lang = crate::ui::context::use_lang();
    let mut text = use_signal(String::new);
    let typed = text();
    let unsafe_words = sounds_unsafe(lang, &typed);
    let suggestions = if unsafe_words {
        Vec::new()
    } else {
        rewrite(&typed)
    };
    // Screen readers hear how many suggestions there are, not the whole list at every key.
    let heard = match (typed.trim().is_empty(), unsafe_words, suggestions.len()) {
        (true, _, _) => String::new(),
        (false, true, _) => HELPER_UNSAFE.to_owned(),
        (false, false, 0) => HELPER_NONE.to_owned(),
        (false, false, 1) => "1 suggestion.".to_owned(),
        (false, false, n) => format!("{n} suggestions."),
    };
    rsx! {
        section { class: "card", aria_labelledby: "helper-heading",
            h2 { id: "helper-heading", "{HELPER}" }
            p { class: "hint", "{HELPER_INTRO}" }
            div { class: "field",
                label { r#for: "helper-input", class: "field-label", "{HELPER_LABEL}" }
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
                    p { class: "hint", "{HELPER_EMPTY}" }
                } else if unsafe_words {
                    div { class: "helper-safety",
                        p { strong { "{HELPER_UNSAFE}" } }
                        SafetyNote {}
                    }
                } else if suggestions.is_empty() {
                    p { "{HELPER_NONE}" }
                } else {
                    ul { class: "plain-list",
                        for (i, r) in suggestions.into_iter().enumerate() {
                            li { key: "{i}", class: "suggestion",
                                p { class: "suggestion-found", "Instead of “{r.found}”:" }
                                p { class: "suggestion-text", dir: "auto", "{r.suggestion}" }
                                p { class: "hint", "{r.why}" }
                            }
                        }
                    }
                }
            }
        }
    }
}
