//! Practise: the phrase library (ours and the user's own, with favourites), practice cards
//! with gentle guidance, and the parts-language helper.

use std::collections::HashSet;

use dioxus::prelude::*;

use crate::domain::content::{Audience, Phrase, PhraseStep, Situation, library};
use crate::domain::language::{Guidance, encouragement, guidance, rewrite, sounds_unsafe};
use crate::domain::practice::{OwnPhrase, PracticeCard, check_code};
use crate::domain::text::excerpt;
use crate::domain::{EntryKind, PhraseId, PracticeId};
use crate::platform;
use crate::ui::Route;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Form, Loading, SafetyNote};
use crate::ui::context::{Undo, use_db, use_load, use_shared};

const TITLE: &str = "Practise";
const INTRO: &str = "Words for repair, to try out before you need them. They are examples to make your own, never scripts.";
const VIEWS_LABEL: &str = "What to practise";
const PHRASES: &str = "Phrases";
const CARDS: &str = "Practice cards";
const HELPER: &str = "Parts language";
const STEP_LEGEND: &str = "Step";
const AUDIENCE_LEGEND: &str = "For";
const ALL: &str = "All";
const FAVOURITES_ONLY: &str = "Favourites only";
const NONE_MATCH: &str = "No phrases here yet. Try another step or person, or add your own below.";
const NO_FAVOURITES: &str = "No favourites yet. Tap the star on a phrase you'd like to keep close.";
const MINE: &str = "Mine";
const ADD_HEADING: &str = "Add my own phrase";
const EDIT_HEADING: &str = "Change my phrase";
const PHRASE_LABEL: &str = "The phrase";
const WHY_LABEL: &str = "Why it helps me (optional)";
const SAVE_PHRASE: &str = "Save phrase";
const CANCEL: &str = "Cancel";
const EDIT: &str = "Edit";
const DELETE: &str = "Delete";
const PHRASE_SAVED: &str = "Your phrase is saved.";
const PHRASE_DELETED: &str = "Phrase deleted.";
const CARD_AUDIENCE: &str = "Situations with";
const PARTNER: &str = "A partner";
const CHILD: &str = "A child";
const CHOOSE_LEGEND: &str = "Choose a response, or write your own";
const OWN_RESPONSE: &str = "My own words";
const SEE_GUIDANCE: &str = "See gentle guidance";
const KEEP_AND_NEXT: &str = "Keep this and try another";
const SKIP: &str = "Another situation";
const DONE: &str = "Finish for now";
const PICK_FIRST: &str = "Choose a response or write your own first.";
const HELPER_INTRO: &str = "Type or paste something you said, or want to say. Mend suggests ways to say it for a part of you, so it is easier to hear.";
const HELPER_LABEL: &str = "Your sentence";
const HELPER_NONE: &str =
    "Nothing here sounds like blame. If it still feels sharp, try starting with “A part of me…”.";
const HELPER_EMPTY: &str = "Suggestions appear here as you type.";
const HELPER_UNSAFE: &str = "What you wrote sounds like it may not be safe for you. Finding other words isn't the answer to that. You matter, and your safety comes first.";

/// The three things on this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Phrases,
    Cards,
    Helper,
}

/// The practice screen.
#[component]
pub fn PractiseScreen() -> Element {
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

/// What the phrase library loads: the favourites among ours, and the user's own.
#[derive(Debug, Clone, PartialEq)]
struct Mine {
    favourites: HashSet<String>,
    own: Vec<OwnPhrase>,
}

/// Our phrases and the user's own, filtered by step, audience and favourites.
#[component]
fn PhraseLibrary() -> Element {
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
    let ours: Vec<Phrase> = library()
        .phrases
        .iter()
        .filter(|p| {
            fits(p.step, p.audience) && (!favourites_only() || mine.favourites.contains(&p.id))
        })
        .cloned()
        .collect();
    let count = own.len() + ours.len();
    let shown = match count {
        1 => "1 phrase".to_owned(),
        n => format!("{n} phrases"),
    };
    rsx! {
        ChipGroup { legend: STEP_LEGEND,
            Chip { label: ALL, selected: step().is_none(), onclick: move |_| step.set(None) }
            for s in PhraseStep::ALL {
                Chip { key: "{s.code()}", label: s.label(), selected: step() == Some(s), onclick: move |_| step.set(Some(s)) }
            }
        }
        ChipGroup { legend: AUDIENCE_LEGEND,
            Chip { label: ALL, selected: audience().is_none(), onclick: move |_| audience.set(None) }
            for a in Audience::ALL {
                Chip { key: "{a.code()}", label: a.label(), selected: audience() == Some(a), onclick: move |_| audience.set(Some(a)) }
            }
        }
        div { class: "chips",
            Chip {
                label: "★ {FAVOURITES_ONLY}",
                selected: favourites_only(),
                onclick: move |_| favourites_only.toggle(),
            }
        }
        p { class: "hint phrase-count", role: "status", "{shown}" }
        if count == 0 {
            p { class: "empty", if favourites_only() { "{NO_FAVOURITES}" } else { "{NONE_MATCH}" } }
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
fn tags(step: PhraseStep, audience: Audience) -> String {
    format!("{} · {}", step.label(), audience.label())
}

/// A favourite star for a phrase.
#[component]
fn Star(on: bool, text: String, onclick: EventHandler<()>) -> Element {
    rsx! {
        button {
            r#type: "button",
            class: if on { "button quiet small star star-on" } else { "button quiet small star" },
            "aria-pressed": if on { "true" } else { "false" },
            aria_label: "Favourite: {excerpt(&text, 60)}",
            onclick: move |_| onclick.call(()),
            if on { "★" } else { "☆" }
        }
    }
}

/// One of our phrases.
#[component]
fn PhraseRow(phrase: Phrase, favourite: bool) -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut error = use_signal(|| None::<String>);
    let id = phrase.id.clone();
    rsx! {
        li { class: "phrase card",
            div { class: "phrase-top",
                blockquote { class: "phrase-text", dir: "auto", "{phrase.text}" }
                Star {
                    on: favourite,
                    text: phrase.text.clone(),
                    onclick: move |_| {
                        let db = db.clone();
                        let id = id.clone();
                        async move {
                            let now = platform::now();
                            match db.run(move |s| s.set_favourite_phrase(&id, !favourite, &now)).await {
                                Ok(()) => shared.changed(),
                                Err(message) => error.set(Some(message)),
                            }
                        }
                    },
                }
            }
            p { class: "phrase-why", "{phrase.why}" }
            p { class: "phrase-tags", "{tags(phrase.step, phrase.audience)}" }
            if let Some(message) = error() {
                ErrorNote { message }
            }
        }
    }
}

/// One of the user's own phrases, with favourite, edit and delete.
#[component]
fn OwnPhraseRow(phrase: OwnPhrase, onedit: EventHandler<OwnPhrase>) -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut error = use_signal(|| None::<String>);
    let id: PhraseId = phrase.id;
    let starred = {
        let mut next = phrase.clone();
        next.favourite = !phrase.favourite;
        next
    };
    let edited = phrase.clone();
    let db2 = db.clone();
    rsx! {
        li { class: "phrase card phrase-mine",
            div { class: "phrase-top",
                blockquote { class: "phrase-text", dir: "auto", "{phrase.text}" }
                Star {
                    on: phrase.favourite,
                    text: phrase.text.clone(),
                    onclick: move |_| {
                        let db = db.clone();
                        let next = starred.clone();
                        async move {
                            let now = platform::now();
                            match db.run(move |s| s.save_own_phrase(&next, &now)).await {
                                Ok(()) => shared.changed(),
                                Err(message) => error.set(Some(message)),
                            }
                        }
                    },
                }
            }
            if !phrase.why.is_empty() {
                p { class: "phrase-why", dir: "auto", "{phrase.why}" }
            }
            p { class: "phrase-tags",
                span { class: "badge", "{MINE}" }
                " {tags(phrase.step, phrase.audience)}"
            }
            div { class: "row-actions",
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: "{EDIT}: {excerpt(&phrase.text, 40)}",
                    onclick: move |_| {
                        onedit.call(edited.clone());
                        document::eval(
                            "setTimeout(() => { const f = document.getElementById('own-phrase'); f?.scrollIntoView({ block: 'center' }); f?.focus(); }, 50)",
                        );
                    },
                    "{EDIT}"
                }
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: "{DELETE}: {excerpt(&phrase.text, 40)}",
                    onclick: move |_| {
                        let db = db2.clone();
                        async move {
                            let now = platform::now();
                            match db.run(move |s| s.delete_own_phrase(id, &now)).await {
                                Ok(()) => {
                                    shared.changed();
                                    shared.say(PHRASE_DELETED, Some(Undo::DeletePhrase(id)));
                                }
                                Err(message) => error.set(Some(message)),
                            }
                        }
                    },
                    "{DELETE}"
                }
            }
            if let Some(message) = error() {
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
    let db = use_db();
    let shared = use_shared();
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
    let mut error = use_signal(|| None::<String>);
    let save = move |_| {
        let db = db.clone();
        async move {
            let phrase = draft.peek().clone();
            let now = platform::now();
            match db.run(move |s| s.save_own_phrase(&phrase, &now)).await {
                Ok(()) => {
                    error.set(None);
                    let next = OwnPhrase {
                        id: PhraseId::random(),
                        text: String::new(),
                        why: String::new(),
                        favourite: false,
                        ..draft.peek().clone()
                    };
                    draft.set(next);
                    shared.changed();
                    shared.say(PHRASE_SAVED, None);
                    ondone.call(());
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let d = draft();
    rsx! {
        section { class: "card", aria_labelledby: "phrase-form-heading",
            h2 { id: "phrase-form-heading", if is_edit { "{EDIT_HEADING}" } else { "{ADD_HEADING}" } }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "own-phrase", class: "field-label", "{PHRASE_LABEL}" }
                    textarea {
                        id: "own-phrase",
                        dir: "auto",
                        rows: "2",
                        maxlength: "1000",
                        value: "{d.text}",
                        oninput: move |e| draft.write().text = e.value(),
                    }
                }
                div { class: "field",
                    label { r#for: "own-step", class: "field-label", "{STEP_LEGEND}" }
                    select {
                        id: "own-step",
                        onchange: move |e| {
                            if let Some(s) = PhraseStep::from_code(&e.value()) {
                                draft.write().step = s;
                            }
                        },
                        for s in PhraseStep::ALL {
                            option { key: "{s.code()}", value: s.code(), selected: d.step == s, "{s.label()}" }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "own-audience", class: "field-label", "{AUDIENCE_LEGEND}" }
                    select {
                        id: "own-audience",
                        onchange: move |e| {
                            if let Some(a) = Audience::from_code(&e.value()) {
                                draft.write().audience = a;
                            }
                        },
                        for a in Audience::ALL {
                            option { key: "{a.code()}", value: a.code(), selected: d.audience == a, "{a.label()}" }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "own-why", class: "field-label", "{WHY_LABEL}" }
                    input {
                        id: "own-why",
                        r#type: "text",
                        dir: "auto",
                        maxlength: "1000",
                        value: "{d.why}",
                        oninput: move |e| draft.write().why = e.value(),
                    }
                }
                if let Some(message) = error() {
                    ErrorNote { message }
                }
                div { class: "row-actions",
                    button { r#type: "submit", class: "button primary", "{SAVE_PHRASE}" }
                    if is_edit {
                        button { r#type: "button", class: "button quiet", onclick: move |_| ondone.call(()), "{CANCEL}" }
                    }
                }
            }
        }
    }
}

/// Which situations to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum With {
    Partner,
    Child,
}

/// Practice cards: a situation, a response chosen or written, guidance, and the next one.
/// Each card kept is saved at once to this sitting's practice session.
#[component]
fn PracticeCards() -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut with = use_signal(|| With::Partner);
    // Start somewhere new each time, so the same situation does not always come first.
    let mut turn = use_signal(|| (platform::now().timestamp() / 60) as usize);
    let mut chosen = use_signal(|| None::<usize>);
    let mut own = use_signal(String::new);
    let mut shown = use_signal(|| None::<Vec<Guidance>>);
    let mut error = use_signal(|| None::<String>);
    let mut session = use_signal(|| None::<PracticeId>);
    let mut kept = use_signal(|| 0usize);
    let situations: Vec<Situation> = library()
        .situations
        .iter()
        .filter(|s| match with() {
            With::Partner => s.audience == Audience::Partner,
            With::Child => s.audience.is_child(),
        })
        .cloned()
        .collect();
    let Some(situation) = situations.get(turn() % situations.len().max(1)).cloned() else {
        return rsx! { p { class: "empty", "{NONE_MATCH}" } };
    };
    let mut reset = move || {
        chosen.set(None);
        own.set(String::new());
        shown.set(None);
        error.set(None);
    };
    let response = {
        let situation = situation.clone();
        move || -> Option<(String, Option<usize>)> {
            let written = own.peek().trim().to_owned();
            if !written.is_empty() {
                return Some((written, None));
            }
            let c = (*chosen.peek())?;
            situation.choices.get(c).map(|t| (t.clone(), Some(c)))
        }
    };
    let look = {
        let response = response.clone();
        move |_| match response() {
            Some((text, _)) => {
                error.set(None);
                shown.set(Some(guidance(&text)));
            }
            None => error.set(Some(PICK_FIRST.to_owned())),
        }
    };
    let keep = {
        let situation = situation.clone();
        move |_| {
            let db = db.clone();
            let situation = situation.clone();
            let picked = response();
            async move {
                let Some((text, choice)) = picked else {
                    return error.set(Some(PICK_FIRST.to_owned()));
                };
                let met = guidance(&text)
                    .into_iter()
                    .filter(|g| g.met)
                    .map(|g| check_code(g.check).to_owned())
                    .collect();
                let now = platform::now();
                let card = PracticeCard {
                    situation_id: situation.id.clone(),
                    situation: situation.text.clone(),
                    response: text,
                    chosen: choice,
                    met,
                    at: now,
                };
                let id = session.peek().unwrap_or_else(PracticeId::random);
                match db.run(move |s| s.add_practice_card(id, &card, &now)).await {
                    Ok(()) => {
                        session.set(Some(id));
                        kept += 1;
                        shared.changed();
                        reset();
                        turn += 1;
                        focus_situation();
                    }
                    Err(message) => error.set(Some(message)),
                }
            }
        }
    };
    let kept_line = match kept() {
        0 => String::new(),
        1 => "1 card kept in this practice.".to_owned(),
        n => format!("{n} cards kept in this practice."),
    };
    rsx! {
        div { class: "segments", role: "group", aria_label: CARD_AUDIENCE,
            for (w, label) in [(With::Partner, PARTNER), (With::Child, CHILD)] {
                button {
                    key: "{label}",
                    r#type: "button",
                    class: if with() == w { "segment segment-on" } else { "segment" },
                    "aria-pressed": if with() == w { "true" } else { "false" },
                    onclick: move |_| {
                        with.set(w);
                        reset();
                    },
                    "{label}"
                }
            }
        }
        section { class: "card practice-card", aria_labelledby: "situation",
            p { class: "eyebrow", "{situation.audience.label()}" }
            h2 { id: "situation", class: "situation", dir: "auto", tabindex: "-1", "{situation.text}" }
            fieldset { class: "field",
                legend { class: "field-label", "{CHOOSE_LEGEND}" }
                for (i, choice) in situation.choices.iter().enumerate() {
                    label { key: "{situation.id}-{i}", class: "choice",
                        input {
                            r#type: "radio",
                            name: "choice",
                            checked: chosen() == Some(i) && own().trim().is_empty(),
                            onchange: move |_| {
                                chosen.set(Some(i));
                                own.set(String::new());
                                shown.set(None);
                                error.set(None);
                            },
                        }
                        span { dir: "auto", "{choice}" }
                    }
                }
                label { r#for: "own-response", class: "field-label", "{OWN_RESPONSE}" }
                textarea {
                    id: "own-response",
                    dir: "auto",
                    rows: "3",
                    maxlength: "10000",
                    value: "{own}",
                    oninput: move |e| {
                        own.set(e.value());
                        shown.set(None);
                        error.set(None);
                    },
                }
            }
            if let Some(message) = error() {
                ErrorNote { message }
            }
            div { class: "row-actions",
                button { r#type: "button", class: "button primary", onclick: look, "{SEE_GUIDANCE}" }
                button {
                    r#type: "button",
                    class: "button quiet",
                    onclick: move |_| {
                        reset();
                        turn += 1;
                        focus_situation();
                    },
                    "{SKIP}"
                }
            }
            div { role: "status", aria_live: "polite",
                if let Some(notes) = shown() {
                    GuidanceList { notes }
                }
            }
            if shown().is_some() {
                button { r#type: "button", class: "button secondary wide", onclick: keep, "{KEEP_AND_NEXT}" }
            }
        }
        p { class: "hint", role: "status", "{kept_line}" }
        if let Some(id) = session() {
            Link { to: Route::detail(EntryKind::Practice, id.0), class: "button quiet", "{DONE}" }
        }
    }
}

/// Moves the keyboard focus to the situation of the card now shown, so that a keyboard or
/// screen-reader user starts on the new card rather than on the page.
fn focus_situation() {
    document::eval("setTimeout(() => document.getElementById('situation')?.focus(), 50)");
}

/// The gentle guidance on a response: what it already does, and what might help.
#[component]
fn GuidanceList(notes: Vec<Guidance>) -> Element {
    rsx! {
        div { class: "guidance",
            p { class: "guidance-lead", "{encouragement(&notes)}" }
            ul { class: "plain-list",
                for g in notes {
                    li { key: "{check_code(g.check)}", class: if g.met { "guidance-item met" } else { "guidance-item" },
                        span { class: "guidance-mark", "aria-hidden": "true", if g.met { "✓" } else { "○" } }
                        span {
                            strong { "{g.check.label()}: " }
                            "{g.note}"
                        }
                    }
                }
            }
        }
    }
}

/// The parts-language helper: a sentence in, gentler ways to say it out. Words of violence,
/// threats or fear bring the safety note instead: rewording is not the answer then.
#[component]
fn PartsLanguage() -> Element {
    let mut text = use_signal(String::new);
    let typed = text();
    let unsafe_words = sounds_unsafe(&typed);
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
