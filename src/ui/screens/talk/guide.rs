//! When one of you is further along: a short guide for both sides, and the couple's shared
//! words, chosen from our suggestions or written in their own words, with Undo for each one
//! taken out.

use dioxus::prelude::*;

use super::{SHARED, TalkBar, UnsafeWords};
use crate::domain::Undo;
use crate::domain::language::sounds_unsafe;
use crate::domain::talk::content::{Side, content};
use crate::platform;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Loading};
use crate::ui::context::use_load;

const TITLE: &str = "When one of you is further along";
const LEAD: &str = "Often one of you has done more inner work than the other. One speaks the language of parts; the other may feel judged, left behind, or pressed to catch up. A few words for each of you.";
const SHARED_LEAD: &str = "Pick a few sentences you both agree to use when it gets hard. They show on the first screen of every talk.";
const SHARED_NONE: &str = "None chosen yet.";
const TAKE_OUT: &str = "Take out";
const IDEAS: &str = "Ideas to start from";
const IDEAS_HINT: &str =
    "Tap one to put it in the box below. Change the words to make them yours, then add it.";
const OWN: &str = "In your own words";
const ADD: &str = "Add";
const TAKEN_OUT: &str = "Taken out of your shared words.";
const TO_TALK: &str = "Talk it through";

/// The guide for both sides, and the shared words.
#[component]
pub fn TalkGuide() -> Element {
    let lang = crate::ui::context::use_lang();
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
                "Added to your shared words.",
                None,
            )
            .await
            .is_some()
        {
            draft.set(String::new());
            from.set(None);
        }
    };
    let c = content();
    rsx! {
        document::Title { "A guide for both of you · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{LEAD}" }
        for side in Side::ALL {
            section { key: "{side.heading()}", class: "talk-guide", aria_labelledby: "guide-{side:?}",
                h2 { id: "guide-{side:?}", "{side.heading()}" }
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
            h2 { id: "shared-heading", "{SHARED}" }
            p { class: "hint", "{SHARED_LEAD}" }
            match loaded {
                None => rsx! { Loading {} },
                Some(Err(message)) => rsx! { ErrorNote { message } },
                Some(Ok(words)) => {
                    let chosen: Vec<String> = words.iter().map(|w| w.suggestion.clone()).collect();
                    rsx! {
                        if words.is_empty() {
                            p { "{SHARED_NONE}" }
                        }
                        ul { class: "plain-list shared-words",
                            for w in words {
                                li { key: "{w.id}", class: "phrase-row",
                                    span { dir: "auto", "{w.text}" }
                                    button {
                                        r#type: "button",
                                        class: "button quiet small",
                                        aria_label: "{TAKE_OUT}: {w.text}",
                                        disabled: write.busy(),
                                        onclick: move |_| async move {
                                            let now = platform::now();
                                            let id = w.id;
                                            write.say(move |s| s.delete_shared_words(id, &now), TAKEN_OUT, Some(Undo::DeleteShared(id))).await;
                                        },
                                        "{TAKE_OUT}"
                                    }
                                }
                            }
                        }
                        ChipGroup { legend: IDEAS, hint: IDEAS_HINT.to_owned(),
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
                label { r#for: "own-shared", class: "visually-hidden", "{OWN}" }
                input {
                    id: "own-shared",
                    r#type: "text",
                    dir: "auto",
                    maxlength: "300",
                    placeholder: OWN,
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
                    aria_label: "{ADD}: {OWN}",
                    disabled: write.busy(),
                    onclick: move |_| add(draft.peek().clone(), from.peek().clone()),
                    "{ADD}"
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
            Link { to: Route::TalkStart {}, class: "button primary", "{TO_TALK}" }
        }
        TalkBar { talk: None }
    }
}
