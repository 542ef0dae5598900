//! Practice cards: a situation, a response chosen or written, gentle guidance on it, and
//! the next card; each card kept goes into this sitting's practice session.

use dioxus::prelude::*;

use crate::domain::PracticeId;
use crate::domain::content::{Audience, Situation, library_in};
use crate::domain::language::{Guidance, encouragement, guidance};
use crate::domain::practice::{PracticeCard, check_code};
use crate::platform;
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::ErrorNote;
use crate::ui::context::use_lang;

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
    let lang = use_lang();
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
    let situations: Vec<Situation> = library_in(lang)
        .situations
        .iter()
        .filter(|s| match with() {
            With::Partner => s.audience == Audience::Partner,
            With::Child => s.audience.is_child(),
        })
        .cloned()
        .collect();
    let Some(situation) = situations.get(turn() % situations.len().max(1)).cloned() else {
        return rsx! {
            p { class: "empty", {t!(lang, "practice-none-match")} }
        };
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
            None => write.refuse(t!(lang, "practice-pick-first")),
        }
    };
    let keep = {
        let situation = situation.clone();
        move |_| {
            let situation = situation.clone();
            let picked = response();
            async move {
                let Some((text, choice)) = picked else {
                    return write.refuse(t!(lang, "practice-pick-first"));
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
        n => t!(lang, "practice-cards-kept", count = n),
    };
    let choices = [
        (With::Partner, t!(lang, "practice-card-partner")),
        (With::Child, t!(lang, "practice-card-child")),
    ];
    rsx! {
        div { class: "segments", role: "group", aria_label: t!(lang, "practice-card-audience"),
            for (w, label) in choices {
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
            p { class: "eyebrow", "{situation.audience.label(lang)}" }
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
                legend { class: "field-label", {t!(lang, "practice-choose")} }
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
                label { r#for: "own-response", class: "field-label", {t!(lang, "practice-own-response")} }
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
                button { r#type: "button", class: "button primary", onclick: look, {t!(lang, "practice-see-guidance")} }
                button {
                    r#type: "button",
                    class: "button quiet",
                    onclick: move |_| {
                        reset();
                        turn += 1;
                        moved_on.set(true);
                    },
                    {t!(lang, "practice-skip")}
                }
            }
            div { role: "status", aria_live: "polite",
                if let Some(notes) = shown() {
                    GuidanceList { notes }
                }
            }
            if shown().is_some() {
                button {
                    r#type: "button",
                    class: "button secondary wide",
                    disabled: write.busy(),
                    onclick: keep,
                    {t!(lang, "practice-keep-next")}
                }
            }
        }
        p { class: "hint", role: "status", "{kept_line}" }
        if let Some(id) = session() {
            Link { to: Route::detail(id), class: "button quiet", {t!(lang, "practice-finish")} }
        }
    }
}

/// The gentle guidance on a response: what it already does, and what might help.
#[component]
fn GuidanceList(notes: Vec<Guidance>) -> Element {
    let lang = use_lang();
    rsx! {
        div { class: "guidance",
            p { class: "guidance-lead", {encouragement(lang, &notes)} }
            ul { class: "plain-list",
                for g in notes {
                    li { key: "{check_code(g.check)}", class: if g.met { "guidance-item met" } else { "guidance-item" },
                        span { class: "guidance-mark", "aria-hidden": "true", if g.met { "✓" } else { "○" } }
                        span {
                            strong { "{g.check.label(lang)}: " }
                            {g.note(lang)}
                        }
                    }
                }
            }
        }
    }
}
