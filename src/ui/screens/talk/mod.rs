//! Talk it through: two people, one phone. The first screen (names, what it is about, the
//! couple's shared words, and who this is not for), the talk itself ([`flow`]), the guide
//! for when one of you is further along ([`guide`]) and a talk's page in History ([`page`]).
//! Every talk screen has "We need a pause" and "I feel unsafe".

mod flow;
mod guide;
mod page;

use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::language::sounds_unsafe;
use crate::domain::talk::{Move, Talk, Who};
use crate::domain::text::excerpt;
use crate::domain::time::describe;
use crate::domain::{RuptureId, TalkId};
use crate::platform;
use crate::store::StoreError;
use crate::ui::Route;
use crate::ui::command::{use_command, use_lasting_command};
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Loading};
use crate::ui::context::{use_load, use_shared};

pub use flow::TalkFlow;
pub use guide::TalkGuide;
pub use page::TalkPage;

const TITLE: &str = "Talk it through";
const LEAD: &str = "For two of you, with one phone passed between you. Each of you speaks for your parts, one turn at a time, and the other listens and says back what they heard.";
const NOT_FOR: &str = "Talking together is not for relationships with violence, threats or control. If that is part of yours, this isn't the answer, and your safety comes first.";
const HELP_NOW: &str = "Help now";
const NEW_TO_THIS: &str = "New to this? A short guide for both of you";
const NAMES: &str = "Names, if you like";
const NAMES_HINT: &str = "Kept only on this device, like everything else. Leave them empty for \"You\" and \"Your partner\".";
const NAME_ONE: &str = "Your first name";
const NAME_TWO: &str = "Your partner's first name";
const ABOUT: &str = "What is it about?";
const ABOUT_HINT: &str = "Optional. A talk can be about a rupture, or simply time together.";
const NOTHING_IN_PARTICULAR: &str = "Nothing in particular";
pub(super) const SHARED: &str = "Our shared words";
const SHARED_NONE: &str =
    "You haven't chosen shared words yet: a few sentences you both agree to use when it gets hard.";
const SHARED_CHANGE: &str = "Choose our shared words";
const BEGIN: &str = "Begin";
const UNDER_WAY: &str = "You have a talk under way";
const PICK_UP: &str = "Pick it up where you stopped";
const PAUSE: &str = "We need a pause";
const UNSAFE: &str = "I feel unsafe";
const NOT_WRITTEN: &str = "Not written down";
const PAUSED_SAID: &str = "The talk will wait. When you're both ready, pick it up from Now.";

/// The first screen of a talk, from Now or Repair.
#[component]
pub fn TalkStart() -> Element {
    rsx! { TalkBegin { about: None } }
}

/// The first screen of a talk about one rupture, from the rupture's page.
#[component]
pub fn TalkAbout(id: RuptureId) -> Element {
    rsx! { TalkBegin { key: "{id}", about: Some(id) } }
}

#[component]
fn TalkBegin(about: Option<RuptureId>) -> Element {
    let lang = crate::ui::context::use_lang();
    let shared = use_shared();
    let nav = use_navigator();
    let write = use_command();
    let found = use_load(move |s| {
        Ok::<_, StoreError>((
            s.open_talk()?,
            s.last_talk_names()?,
            s.shared_words()?,
            s.open_ruptures(5)?,
        ))
    });
    let mut names = use_signal(|| None::<[String; 2]>);
    let mut chosen = use_signal(|| about);
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let (open, last_names, words, ruptures) = match loaded {
        None => return rsx! { h1 { "{TITLE}" } Loading {} },
        Some(Err(message)) => return rsx! { h1 { "{TITLE}" } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    let typed = names.read().clone().unwrap_or_else(|| last_names.clone());
    let unsafe_names = typed.iter().any(|n| sounds_unsafe(lang, n));
    let begin = {
        let offered = last_names.clone();
        move |_| {
            // The names as they are when Begin is tapped, not as the screen was drawn.
            let typed = names.peek().clone().unwrap_or_else(|| offered.clone());
            async move {
                let rupture = *chosen.peek();
                let now = platform::now();
                if let Some(talk) = write
                    .run(move |s| s.begin_talk(rupture, [&typed[0], &typed[1]], &now))
                    .await
                {
                    nav.push(Route::TalkFlow { id: talk.id });
                }
            }
        }
    };
    rsx! {
        document::Title { "Talk it through · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{LEAD}" }
        div { class: "talk-not-for", role: "note",
            p { "{NOT_FOR}" }
            Link { to: Route::HelpNow {}, class: "button secondary", "{HELP_NOW}" }
        }
        if let Some(talk) = open {
            section { class: "card", aria_labelledby: "under-way-heading",
                h2 { id: "under-way-heading", "{UNDER_WAY}" }
                p { class: "hint", "Begun {describe(&talk.started_at, &now)}, between {talk.name_within(Who::One)} and {talk.name_within(Who::Two)}." }
                Link { to: Route::TalkFlow { id: talk.id }, class: "button primary wide", "{PICK_UP}" }
            }
        }
        p {
            Link { to: Route::TalkGuide {}, class: "button quiet", "{NEW_TO_THIS}" }
        }
        section { class: "talk-shared", aria_labelledby: "shared-heading",
            h2 { id: "shared-heading", "{SHARED}" }
            if words.is_empty() {
                p { class: "hint", "{SHARED_NONE}" }
            } else {
                ul { class: "shared-words",
                    for w in words {
                        li { key: "{w.id}", dir: "auto", "{w.text}" }
                    }
                }
            }
            Link { to: Route::TalkGuide {}, class: "button secondary", "{SHARED_CHANGE}" }
        }
        fieldset { class: "field",
            legend { class: "field-label", "{NAMES}" }
            p { class: "hint", "{NAMES_HINT}" }
            for (i, (label, placeholder)) in [(NAME_ONE, Who::One.default_name()), (NAME_TWO, Who::Two.default_name())].into_iter().enumerate() {
                div { class: "field", key: "{i}",
                    label { r#for: "talk-name-{i}", "{label}" }
                    input {
                        id: "talk-name-{i}",
                        r#type: "text",
                        dir: "auto",
                        autocomplete: "off",
                        maxlength: "60",
                        placeholder,
                        value: "{typed[i]}",
                        oninput: {
                            // From the names as they are now, not as this screen was drawn:
                            // two quick edits must not undo each other.
                            let offered = typed.clone();
                            move |e: FormEvent| {
                                names.write().get_or_insert_with(|| offered.clone())[i] = e.value();
                            }
                        },
                    }
                }
            }
        }
        if unsafe_names {
            UnsafeWords {}
        }
        if about.is_none() && !ruptures.is_empty() {
            ChipGroup { legend: ABOUT, hint: ABOUT_HINT.to_owned(),
                Chip {
                    label: NOTHING_IN_PARTICULAR,
                    selected: chosen().is_none(),
                    onclick: move |_| chosen.set(None),
                }
                for r in ruptures {
                    Chip {
                        key: "{r.id}",
                        label: excerpt(r.what.as_str(), 60),
                        selected: chosen() == Some(r.id),
                        onclick: move |_| chosen.set(Some(r.id)),
                    }
                }
            }
        }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
        div { class: "sticky-actions",
            button {
                r#type: "button",
                class: "button primary wide",
                disabled: write.busy(),
                onclick: begin,
                "{BEGIN}"
            }
        }
        TalkBar { talk: None, rupture: chosen() }
    }
}

/// "We need a pause" and "I feel unsafe", on every talk screen. A pause starts at once (the
/// usual length, about the talk's rupture) and the talk waits where it is; feeling unsafe
/// stops a talk still going and opens Help now at once, whatever happens to the save.
#[component]
fn TalkBar(
    /// The talk still going, if any: a finished one is not stopped or paused.
    talk: Option<TalkId>,
    /// The rupture a pause is about, when there is no talk going.
    #[props(default)]
    rupture: Option<RuptureId>,
) -> Element {
    let shared = use_shared();
    let nav = use_navigator();
    let write = use_command();
    let lasting = use_lasting_command();
    let pause = move |_| async move {
        let now = platform::now();
        let started = match talk {
            Some(id) => write.run(move |s| s.pause_talk(id, &now)).await,
            None => write.run(move |s| s.pause_now(rupture, &now)).await,
        };
        if started.is_some() {
            if talk.is_some() {
                shared.say(PAUSED_SAID, None);
            }
            nav.push(Route::PauseScreen {});
        }
    };
    let feel_unsafe = move |_| {
        if let Some(id) = talk {
            // Through the app's own command: it waits for anything still saving, and
            // outlives this screen.
            let now = platform::now();
            lasting.leave(move |s| s.move_talk(id, Move::Stop, &now));
        }
        nav.push(Route::HelpNow {});
    };
    rsx! {
        div { class: "talk-bar",
            button {
                r#type: "button",
                class: "button secondary",
                disabled: write.busy(),
                onclick: pause,
                "{PAUSE}"
            }
            button {
                r#type: "button",
                class: "button danger-quiet",
                onclick: feel_unsafe,
                "{UNSAFE}"
            }
        }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
    }
}

/// Shown under words typed in a talk that speak of violence, threats or fear.
#[component]
fn UnsafeWords() -> Element {
    rsx! {
        div { class: "helper-safety talk-unsafe", role: "note",
            p { "What you wrote sounds like someone may not be safe. Talking it through isn't the answer to that, and your safety comes first." }
            Link { to: Route::HelpNow {}, class: "button secondary", "Help now: numbers to call" }
        }
    }
}

/// Whether any of the texts speaks of violence, threats or fear, in `lang` or English.
fn any_unsafe<'a>(lang: Lang, texts: impl IntoIterator<Item = &'a str>) -> bool {
    texts.into_iter().any(|text| sounds_unsafe(lang, text))
}

/// What each will do next time, side by side: the calm end of a talk, and its page.
#[component]
fn Intentions(talk: Talk) -> Element {
    rsx! {
        dl { class: "talk-intentions",
            for who in Who::BOTH {
                div { key: "{who.code()}",
                    dt { "{talk.name(who)}" }
                    dd { dir: "auto",
                        if talk.intention(who).as_str().is_empty() {
                            span { class: "hint", "{NOT_WRITTEN}" }
                        } else {
                            "{talk.intention(who).as_str()}"
                        }
                    }
                }
            }
        }
    }
}
