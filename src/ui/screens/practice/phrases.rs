//! Repair phrases: ours and the user's own, filtered by step and audience, with favourites,
//! and the form that adds or changes one of the user's own.

use std::collections::HashSet;

use dioxus::prelude::*;

use crate::domain::PhraseId;
use crate::domain::content::{Audience, Phrase, PhraseStep, library_in};
use crate::domain::practice::OwnPhrase;
use crate::domain::text::excerpt;
use crate::platform;
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Form, Loading};
use crate::ui::context::{Undo, use_lang, use_load};

/// What the phrase library loads: the favourites among ours, and the user's own.
#[derive(Debug, Clone, PartialEq)]
struct Mine {
    favourites: HashSet<String>,
    own: Vec<OwnPhrase>,
}

/// Our phrases and the user's own, filtered by step, audience and favourites.
#[component]
pub(super) fn PhraseLibrary() -> Element {
    let lang = use_lang();
    let mine = use_load(|s| {
        Ok(Mine {
            favourites: s.favourite_phrases()?,
            own: s.own_phrases()?,
        })
    });
    let mut step = use_signal(|| None::<PhraseStep>);
    let mut audience = use_signal(|| None::<Audience>);
    let mut favourites_only = use_signal(|| false);
    let mut editing = use_signal(|| None::<OwnPhrase>);
    let loaded = mine.read().clone();
    let mine = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => return rsx! { ErrorNote { message } },
        Some(Ok(m)) => m,
    };
    let fits = |s: PhraseStep, a: Audience| {
        step().is_none_or(|x| x == s) && audience().is_none_or(|x| x == a)
    };
    let own: Vec<OwnPhrase> = mine
        .own
        .iter()
        .filter(|p| fits(p.step, p.audience) && (!favourites_only() || p.favourite))
        .cloned()
        .collect();
    let ours: Vec<Phrase> = library_in(lang)
        .phrases
        .iter()
        .filter(|p| {
            fits(p.step, p.audience) && (!favourites_only() || mine.favourites.contains(&p.id))
        })
        .cloned()
        .collect();
    let count = own.len() + ours.len();
    let shown = t!(lang, "practice-phrase-count", count = count);
    rsx! {
        ChipGroup { legend: t!(lang, "practice-step-legend"),
            Chip { label: t!(lang, "practice-all"), selected: step().is_none(), onclick: move |_| step.set(None) }
            for s in PhraseStep::ALL {
                Chip { key: "{s.code()}", label: s.label(lang), selected: step() == Some(s), onclick: move |_| step.set(Some(s)) }
            }
        }
        ChipGroup { legend: t!(lang, "practice-audience-legend"),
            Chip { label: t!(lang, "practice-all"), selected: audience().is_none(), onclick: move |_| audience.set(None) }
            for a in Audience::ALL {
                Chip { key: "{a.code()}", label: a.label(lang), selected: audience() == Some(a), onclick: move |_| audience.set(Some(a)) }
            }
        }
        div { class: "chips",
            Chip {
                label: format!("★ {}", t!(lang, "practice-favourites-only")),
                selected: favourites_only(),
                onclick: move |_| favourites_only.toggle(),
            }
        }
        p { class: "hint phrase-count", role: "status", "{shown}" }
        if count == 0 {
            p { class: "empty",
                if favourites_only() {
                    {t!(lang, "practice-no-favourites")}
                } else {
                    {t!(lang, "practice-none-match")}
                }
            }
        }
        ul { class: "plain-list phrase-list",
            for p in own {
                OwnPhraseRow { key: "{p.id}", phrase: p, onedit: move |p| editing.set(Some(p)) }
            }
            for p in ours {
                PhraseRow { key: "{p.id}", favourite: mine.favourites.contains(&p.id), phrase: p }
            }
        }
        {
            let form_key = editing().map(|p| p.id.to_string()).unwrap_or_default();
            rsx! {
                PhraseForm {
                    key: "{form_key}",
                    editing: editing(),
                    step: step().unwrap_or(PhraseStep::Respond),
                    audience: audience().unwrap_or(Audience::Partner),
                    ondone: move |_| editing.set(None),
                }
            }
        }
    }
}

/// Where a phrase belongs, in words: "Listen · Partner".
/// A phrase's step and who it is for, the latter (an age range, "Child 2–4") on one line.
#[component]
fn Tags(step: PhraseStep, audience: Audience) -> Element {
    let lang = use_lang();
    rsx! {
        "{step.label(lang)} · "
        span { class: "nowrap", "{audience.label(lang)}" }
    }
}

/// A favourite star for a phrase.
#[component]
fn Star(on: bool, text: String, onclick: EventHandler<()>) -> Element {
    let lang = use_lang();
    let named = t!(
        lang,
        "practice-favourite-named",
        phrase = excerpt(&text, 60)
    );
    rsx! {
        button {
            r#type: "button",
            class: if on { "button quiet small star star-on" } else { "button quiet small star" },
            "aria-pressed": if on { "true" } else { "false" },
            aria_label: named,
            onclick: move |_| onclick.call(()),
            if on { "★" } else { "☆" }
        }
    }
}

/// One of our phrases.
#[component]
fn PhraseRow(phrase: Phrase, favourite: bool) -> Element {
    let write = use_command();
    let id = phrase.id.clone();
    rsx! {
        li { class: "phrase card",
            div { class: "phrase-top",
                blockquote { class: "phrase-text", dir: "auto", "{phrase.text}" }
                Star {
                    on: favourite,
                    text: phrase.text.clone(),
                    onclick: move |_| {
                        let id = id.clone();
                        async move {
                            let now = platform::now();
                            write.run(move |s| s.set_favourite_phrase(&id, !favourite, &now)).await;
                        }
                    },
                }
            }
            p { class: "phrase-why", "{phrase.why}" }
            p { class: "phrase-tags", Tags { step: phrase.step, audience: phrase.audience } }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}

/// One of the user's own phrases, with favourite, edit and delete.
#[component]
fn OwnPhraseRow(phrase: OwnPhrase, onedit: EventHandler<OwnPhrase>) -> Element {
    let write = use_command();
    let lang = use_lang();
    let start = excerpt(&phrase.text, 40);
    let edit_named = t!(lang, "practice-edit-named", phrase = start.clone());
    let delete_named = t!(lang, "practice-delete-named", phrase = start);
    let id: PhraseId = phrase.id;
    let starred = {
        let mut next = phrase.clone();
        next.favourite = !phrase.favourite;
        next
    };
    let edited = phrase.clone();
    rsx! {
        li { class: "phrase card phrase-mine",
            div { class: "phrase-top",
                blockquote { class: "phrase-text", dir: "auto", "{phrase.text}" }
                Star {
                    on: phrase.favourite,
                    text: phrase.text.clone(),
                    onclick: move |_| {
                        let next = starred.clone();
                        async move {
                            let now = platform::now();
                            write.run(move |s| s.save_own_phrase(&next, &now)).await;
                        }
                    },
                }
            }
            if !phrase.why.is_empty() {
                p { class: "phrase-why", dir: "auto", "{phrase.why}" }
            }
            p { class: "phrase-tags",
                span { class: "badge", {t!(lang, "practice-mine")} }
                " "
                Tags { step: phrase.step, audience: phrase.audience }
            }
            div { class: "row-actions",
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: edit_named,
                    // The form opens on this phrase, and takes the focus as it mounts.
                    onclick: move |_| onedit.call(edited.clone()),
                    {t!(lang, "practice-edit")}
                }
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: delete_named,
                    onclick: move |_| async move {
                        let now = platform::now();
                        let undo = Some(Undo::DeletePhrase(id));
                        let deleted = t!(lang, "practice-phrase-deleted");
                        write.say(move |s| s.delete_own_phrase(id, &now), deleted, undo).await;
                    },
                    {t!(lang, "practice-delete")}
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}

/// Adds a phrase of the user's own, or changes one.
#[component]
fn PhraseForm(
    editing: Option<OwnPhrase>,
    step: PhraseStep,
    audience: Audience,
    ondone: EventHandler<()>,
) -> Element {
    let write = use_command();
    let lang = use_lang();
    let start = editing.clone().unwrap_or(OwnPhrase {
        id: PhraseId::random(),
        text: String::new(),
        step,
        audience,
        why: String::new(),
        favourite: false,
    });
    let is_edit = editing.is_some();
    let mut draft = use_signal(|| start);
    let save = move |_| async move {
        let phrase = draft.peek().clone();
        let now = platform::now();
        let saved = write.say(
            move |s| s.save_own_phrase(&phrase, &now),
            t!(lang, "practice-phrase-saved"),
            None,
        );
        if saved.await.is_some() {
            let next = OwnPhrase {
                id: PhraseId::random(),
                text: String::new(),
                why: String::new(),
                favourite: false,
                ..draft.peek().clone()
            };
            draft.set(next);
            ondone.call(());
        }
    };
    let d = draft();
    rsx! {
        section { class: "card", aria_labelledby: "phrase-form-heading",
            h2 { id: "phrase-form-heading",
                if is_edit {
                    {t!(lang, "practice-edit-heading")}
                } else {
                    {t!(lang, "practice-add-heading")}
                }
            }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "own-phrase", class: "field-label", {t!(lang, "practice-phrase-label")} }
                    textarea {
                        id: "own-phrase",
                        dir: "auto",
                        rows: "2",
                        maxlength: "1000",
                        value: "{d.text}",
                        oninput: move |e| draft.write().text = e.value(),
                        // Opened to change a phrase, the form comes into view with the
                        // phrase ready to edit.
                        onmounted: move |e: MountedEvent| async move {
                            if is_edit {
                                let _ = e.scroll_to(ScrollBehavior::Smooth).await;
                                let _ = e.set_focus(true).await;
                            }
                        },
                    }
                }
                div { class: "field",
                    label { r#for: "own-step", class: "field-label", {t!(lang, "practice-step-legend")} }
                    select {
                        id: "own-step",
                        onchange: move |e| {
                            if let Some(s) = PhraseStep::from_code(&e.value()) {
                                draft.write().step = s;
                            }
                        },
                        for s in PhraseStep::ALL {
                            option { key: "{s.code()}", value: s.code(), selected: d.step == s, "{s.label(lang)}" }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "own-audience", class: "field-label", {t!(lang, "practice-audience-legend")} }
                    select {
                        id: "own-audience",
                        onchange: move |e| {
                            if let Some(a) = Audience::from_code(&e.value()) {
                                draft.write().audience = a;
                            }
                        },
                        for a in Audience::ALL {
                            option { key: "{a.code()}", value: a.code(), selected: d.audience == a, "{a.label(lang)}" }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "own-why", class: "field-label", {t!(lang, "practice-why-label")} }
                    input {
                        id: "own-why",
                        r#type: "text",
                        dir: "auto",
                        maxlength: "1000",
                        value: "{d.why}",
                        oninput: move |e| draft.write().why = e.value(),
                    }
                }
                if let Some(message) = write.error() {
                    ErrorNote { message }
                }
                div { class: "row-actions",
                    button { r#type: "submit", class: "button primary", {t!(lang, "practice-save-phrase")} }
                    if is_edit {
                        button { r#type: "button", class: "button quiet", onclick: move |_| ondone.call(()), {t!(lang, "practice-cancel")} }
                    }
                }
            }
        }
    }
}
