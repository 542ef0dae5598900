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
use crate::domain::time::describe_within;
use crate::domain::{RuptureId, TalkId};
use crate::platform;
use crate::store::StoreError;
use crate::t;
use crate::ui::Route;
use crate::ui::command::{use_command, use_lasting_command};
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Loading};
use crate::ui::context::{use_lang, use_load, use_shared};

pub use flow::TalkFlow;
pub use guide::TalkGuide;
pub use page::TalkPage;

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
    let shared = use_shared();
    let lang = use_lang();
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
    let title = t!(lang, "talk-title");
    let (open, last_names, words, ruptures) = match loaded {
        None => return rsx! { h1 { "{title}" } Loading {} },
        Some(Err(message)) => return rsx! { h1 { "{title}" } ErrorNote { message } },
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
    let window = format!("{title} · Mend");
    rsx! {
        document::Title { "{window}" }
        h1 { "{title}" }
        p { class: "lead", {t!(lang, "talk-lead")} }
        div { class: "talk-not-for", role: "note",
            p { {t!(lang, "talk-not-for")} }
            Link { to: Route::HelpNow {}, class: "button secondary", {t!(lang, "talk-help-now")} }
        }
        if let Some(talk) = open {
            section { class: "card", aria_labelledby: "under-way-heading",
                h2 { id: "under-way-heading", {t!(lang, "talk-under-way")} }
                p { class: "hint",
                    {
                        t!(
                            lang,
                            "talk-under-way-begun",
                            when = describe_within(lang, &talk.started_at, &now),
                            one = talk.name_within(lang, Who::One),
                            two = talk.name_within(lang, Who::Two)
                        )
                    }
                }
                Link { to: Route::TalkFlow { id: talk.id }, class: "button primary wide", {t!(lang, "talk-pick-up")} }
            }
        }
        p {
            Link { to: Route::TalkGuide {}, class: "button quiet", {t!(lang, "talk-new-to-this")} }
        }
        section { class: "talk-shared", aria_labelledby: "shared-heading",
            h2 { id: "shared-heading", {t!(lang, "talk-shared")} }
            if words.is_empty() {
                p { class: "hint", {t!(lang, "talk-shared-none")} }
            } else {
                ul { class: "shared-words",
                    for w in words {
                        li { key: "{w.id}", dir: "auto", "{w.text}" }
                    }
                }
            }
            Link { to: Route::TalkGuide {}, class: "button secondary", {t!(lang, "talk-shared-change")} }
        }
        fieldset { class: "field",
            legend { class: "field-label", {t!(lang, "talk-names")} }
            p { class: "hint", {t!(lang, "talk-names-hint")} }
            for (i, (label, placeholder)) in [
                (t!(lang, "talk-name-one"), Who::One.default_name(lang)),
                (t!(lang, "talk-name-two"), Who::Two.default_name(lang)),
            ]
                .into_iter()
                .enumerate()
            {
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
            ChipGroup { legend: t!(lang, "talk-about"), hint: t!(lang, "talk-about-hint"),
                Chip {
                    label: t!(lang, "talk-nothing-in-particular"),
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
                {t!(lang, "talk-begin")}
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
    let lang = use_lang();
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
                shared.say(t!(lang, "talk-paused-said"), None);
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
                {t!(lang, "talk-pause")}
            }
            button {
                r#type: "button",
                class: "button danger-quiet",
                onclick: feel_unsafe,
                {t!(lang, "talk-unsafe")}
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
    let lang = use_lang();
    rsx! {
        div { class: "helper-safety talk-unsafe", role: "note",
            p { {t!(lang, "talk-unsafe-words")} }
            Link { to: Route::HelpNow {}, class: "button secondary", {t!(lang, "safety-help-now")} }
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
    let lang = use_lang();
    rsx! {
        dl { class: "talk-intentions",
            for who in Who::BOTH {
                div { key: "{who.code()}",
                    dt { {talk.name(lang, who)} }
                    dd { dir: "auto",
                        if talk.intention(who).as_str().is_empty() {
                            span { class: "hint", {t!(lang, "talk-not-written")} }
                        } else {
                            "{talk.intention(who).as_str()}"
                        }
                    }
                }
            }
        }
    }
}
