//! Practice cards: a situation, a response chosen or written, gentle guidance on it, and
//! the next card; each card kept goes into this sitting's practice session.

use dioxus::prelude::*;

use crate::domain::PracticeId;
use crate::domain::content::{Audience, Situation, library};
use crate::domain::language::{Guidance, encouragement, guidance};
use crate::domain::practice::{PracticeCard, check_code};
use crate::platform;
use crate::ui::Route;
use crate::ui::command::use_command;

/// What an empty list of phrases or cards says.
pub(super) const NONE_MATCH: &str =
    "No phrases here yet. Try another step or person, or add your own below.";
use crate::ui::components::ErrorNote;

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

/// Which situations to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum With {
    Partner,
    Child,
}

/// Practice cards: a situation, a response chosen or written, guidance, and the next one.
/// Each card kept is saved at once to this sitting's practice session.
#[component]
pub(super) fn PracticeCards() -> Element {
    let write = use_command();
    let mut with = use_signal(|| With::Partner);
    // Start somewhere new each time, so the same situation does not always come first.
    let mut turn = use_signal(|| (platform::now().timestamp() / 60) as usize);
    let mut chosen = use_signal(|| None::<usize>);
    let mut own = use_signal(String::new);
    let mut shown = use_signal(|| None::<Vec<Guidance>>);
    // Set when the person moves on to the next card, so the new situation takes the focus.
    let mut moved_on = use_signal(|| false);
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
        write.clear();
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
                write.clear();
                shown.set(Some(guidance(&text)));
            }
            None => write.refuse(PICK_FIRST),
        }
    };
    let keep = {
        let situation = situation.clone();
        move |_| {
            let situation = situation.clone();
            let picked = response();
            async move {
                let Some((text, choice)) = picked else {
                    return write.refuse(PICK_FIRST);
                };
                let now = platform::now();
                let card = PracticeCard::keep(&situation, text, choice, now);
                let id = session.peek().unwrap_or_else(PracticeId::random);
                if write
                    .run(move |s| s.add_practice_card(id, &card, &now))
                    .await
                    .is_some()
                {
                    session.set(Some(id));
                    kept += 1;
                    reset();
                    turn += 1;
                    moved_on.set(true);
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
            h2 {
                key: "{situation.id}",
                id: "situation",
                class: "situation",
                dir: "auto",
                tabindex: "-1",
                // A new card takes the focus, so keyboard and screen-reader users start on it.
                onmounted: move |e: MountedEvent| async move {
                    if *moved_on.peek() {
                        let _ = e.set_focus(true).await;
                    }
                },
                "{situation.text}"
            }
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
                                write.clear();
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
                        write.clear();
                    },
                }
            }
            if let Some(message) = write.error() {
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
                        moved_on.set(true);
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
                button { r#type: "button", class: "button secondary wide", disabled: write.busy(), onclick: keep, "{KEEP_AND_NEXT}" }
            }
        }
        p { class: "hint", role: "status", "{kept_line}" }
        if let Some(id) = session() {
            Link { to: Route::detail(id), class: "button quiet", "{DONE}" }
        }
    }
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
