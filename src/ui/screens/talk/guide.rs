//! When one of you is further along: a short guide for both sides, and the couple's shared
//! words, chosen from our suggestions or written in their own words, with Undo for each one
//! taken out.

use dioxus::prelude::*;

use super::{TalkBar, UnsafeWords};
use crate::domain::Undo;
use crate::domain::language::sounds_unsafe;
use crate::domain::talk::content::{Side, content_in};
use crate::platform;
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Loading};
use crate::ui::context::{use_lang, use_load};

/// The guide for both sides, and the shared words.
#[component]
pub fn TalkGuide() -> Element {
    let lang = use_lang();
    let found = use_load(|s| s.shared_words());
    let write = use_command();
    let mut draft = use_signal(String::new);
    // The suggestion the words in the box came from, if they did.
    let mut from = use_signal(|| None::<String>);
    let loaded = found.read().clone();
    let add = move |text: String, suggestion: Option<String>| async move {
        let now = platform::now();
        if write
            .say(
                move |s| s.add_shared_words(&text, suggestion.as_deref(), &now),
                t!(lang, "talk-shared-added"),
                None,
            )
            .await
            .is_some()
        {
            draft.set(String::new());
            from.set(None);
        }
    };
    let c = content_in(lang);
    let window = format!("{} · Mend", t!(lang, "talk-guide-window"));
    let (add_word, own) = (t!(lang, "add"), t!(lang, "talk-own-words"));
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "talk-guide-title")} }
        p { class: "lead", {t!(lang, "talk-guide-lead")} }
        for side in Side::ALL {
            section { key: "{side.code()}", class: "talk-guide", aria_labelledby: "guide-{side:?}",
                h2 { id: "guide-{side:?}", {side.heading(lang)} }
                ul { class: "plain-list guide-cards",
                    for card in c.cards(side) {
                        li { key: "{card.id}", class: "card",
                            h3 { "{card.title}" }
                            p { "{card.text}" }
                        }
                    }
                }
            }
        }
        section { id: "shared", aria_labelledby: "shared-heading",
            h2 { id: "shared-heading", {t!(lang, "talk-shared")} }
            p { class: "hint", {t!(lang, "talk-shared-lead")} }
            match loaded {
                None => rsx! { Loading {} },
                Some(Err(message)) => rsx! { ErrorNote { message } },
                Some(Ok(words)) => {
                    let chosen: Vec<String> = words.iter().map(|w| w.suggestion.clone()).collect();
                    rsx! {
                        if words.is_empty() {
                            p { {t!(lang, "talk-shared-none-yet")} }
                        }
                        ul { class: "plain-list shared-words",
                            for w in words {
                                li { key: "{w.id}", class: "phrase-row",
                                    span { dir: "auto", "{w.text}" }
                                    button {
                                        r#type: "button",
                                        class: "button quiet small",
                                        aria_label: t!(lang, "talk-take-out-named", words = w.text.clone()),
                                        disabled: write.busy(),
                                        onclick: move |_| async move {
                                            let now = platform::now();
                                            let id = w.id;
                                            let said = t!(lang, "talk-shared-taken-out");
                                            write.say(move |s| s.delete_shared_words(id, &now), said, Some(Undo::DeleteShared(id))).await;
                                        },
                                        {t!(lang, "talk-take-out")}
                                    }
                                }
                            }
                        }
                        ChipGroup { legend: t!(lang, "talk-ideas"), hint: t!(lang, "talk-ideas-hint"),
                            for s in c.shared.iter().filter(|s| !chosen.contains(&s.id)) {
                                Chip {
                                    key: "{s.id}",
                                    label: s.text.clone(),
                                    selected: false,
                                    onclick: {
                                        let (text, id) = (s.text.clone(), s.id.clone());
                                        move |_| {
                                            draft.set(text.clone());
                                            from.set(Some(id.clone()));
                                        }
                                    },
                                }
                            }
                        }
                    }
                }
            }
            div { class: "quick-add",
                label { r#for: "own-shared", class: "visually-hidden", "{own}" }
                input {
                    id: "own-shared",
                    r#type: "text",
                    dir: "auto",
                    maxlength: "300",
                    placeholder: "{own}",
                    value: "{draft}",
                    oninput: move |e| draft.set(e.value()),
                    onkeydown: move |e| {
                        if e.key() == Key::Enter {
                            spawn(add(draft.peek().clone(), from.peek().clone()));
                        }
                    },
                }
                button {
                    r#type: "button",
                    class: "button secondary",
                    aria_label: "{add_word}: {own}",
                    disabled: write.busy(),
                    onclick: move |_| add(draft.peek().clone(), from.peek().clone()),
                    "{add_word}"
                }
            }
            if sounds_unsafe(lang, &draft.read()) {
                UnsafeWords {}
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
        p { class: "secondary-actions",
            Link { to: Route::TalkStart {}, class: "button primary", {t!(lang, "talk-title")} }
        }
        TalkBar { talk: None }
    }
}
