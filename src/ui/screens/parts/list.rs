//! The list of parts: each with its role and how often it comes up, adding one, and the
//! archived ones with Bring back.

use dioxus::prelude::*;

use super::{BRING_BACK, bring_back};
use crate::domain::part::{PartRole, seen_ago, times};
use crate::domain::{Moment, Part};
use crate::store::{ArchivedPart, PartSummary, Parts};
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Form, Loading};
use crate::ui::context::{use_load, use_shared};

const TITLE: &str = "My parts";
const INTRO: &str = "These are the parts offered when you check in. Name them in a way that feels true to you, and open one to get to know it better.";
const ADD_LABEL: &str = "Add a part by name";
const ADD: &str = "Add";
const EMPTY: &str = "No parts yet. Add one below, or when you check in.";
const NOT_YET: &str = "not checked in yet";
const SHOW_ARCHIVED: &str = "Show archived parts";
const HIDE_ARCHIVED: &str = "Hide archived parts";
const ARCHIVED_TITLE: &str = "Archived parts";
const ARCHIVED_NOTE: &str =
    "Archived parts aren't offered when you check in. Their check-ins stay as they were.";
const NO_ARCHIVED: &str = "No archived parts.";

/// "seen 12 times · last seen 3 days ago", for the list.
fn seen_line(checkins: u32, last_seen: Option<&Moment>, now: &Moment) -> String {
    match last_seen {
        Some(last) if checkins > 0 => format!(
            "seen {} · last seen {}",
            times(checkins),
            seen_ago(last, now)
        ),
        _ => NOT_YET.to_owned(),
    }
}

/// The list of parts.
#[component]
pub fn PartsScreen() -> Element {
    let shared = use_shared();
    let parts = use_load(|s| s.part_summaries());
    let mut new_name = use_signal(String::new);
    let write = use_command();
    let mut show_archived = use_signal(|| false);
    let add = move |_| async move {
        let typed = new_name.peek().clone();
        if write.add_name::<Parts>(&typed).await.is_some() {
            new_name.set(String::new());
        }
    };
    let now = shared.now_by_minute();
    let loaded = parts.read().clone();
    rsx! {
        document::Title { "My parts · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{INTRO}" }
        match loaded {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", "{EMPTY}" } },
            Some(Ok(list)) => rsx! {
                ul { class: "timeline parts-list", aria_label: TITLE,
                    for summary in list {
                        PartLink { key: "{summary.part.id}", summary, now }
                    }
                }
            },
        }
        Form {
            class: "quick-add",
            onsubmit: add,
            label { r#for: "new-part", class: "visually-hidden", "{ADD_LABEL}" }
            input {
                id: "new-part",
                r#type: "text",
                dir: "auto",
                placeholder: ADD_LABEL,
                maxlength: "200",
                value: "{new_name}",
                oninput: move |e| new_name.set(e.value()),
            }
            button { r#type: "submit", class: "button secondary", aria_label: ADD_LABEL, "{ADD}" }
        }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
        div { class: "secondary-actions",
            button {
                r#type: "button",
                class: "button quiet",
                aria_expanded: if show_archived() { "true" } else { "false" },
                onclick: move |_| show_archived.toggle(),
                if show_archived() { "{HIDE_ARCHIVED}" } else { "{SHOW_ARCHIVED}" }
            }
        }
        if show_archived() {
            ArchivedParts {}
        }
    }
}

/// One active part on the list, leading to its screen.
#[component]
fn PartLink(summary: PartSummary, now: Moment) -> Element {
    let seen = seen_line(summary.checkins, summary.last_seen.as_ref(), &now);
    let role = summary
        .role
        .filter(|r| *r != PartRole::NotSure)
        .map(PartRole::label);
    rsx! {
        li { class: "entry",
            Link { to: Route::PartDetail { id: summary.part.id }, class: "entry-link",
                span { class: "entry-headline", dir: "auto", "{summary.part.name}" }
                span { class: "entry-meta",
                    if let Some(role) = role {
                        span { class: "badge", "{role}" }
                    }
                    span { "{seen}" }
                }
            }
        }
    }
}

/// The archived parts, each with Bring back.
#[component]
fn ArchivedParts() -> Element {
    let write = use_command();
    let archived = use_load(|s| s.archived_parts());
    let bring_back = use_callback(move |part: Part| {
        spawn(async move { bring_back(write, part).await });
    });
    let loaded = archived.read().clone();
    rsx! {
        section { id: "archived-parts", aria_labelledby: "archived-heading",
            h2 { id: "archived-heading", "{ARCHIVED_TITLE}" }
            p { class: "hint", "{ARCHIVED_NOTE}" }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
            match loaded {
                None => rsx! { Loading {} },
                Some(Err(message)) => rsx! { ErrorNote { message } },
                Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", "{NO_ARCHIVED}" } },
                Some(Ok(list)) => rsx! {
                    ul { class: "plain-list",
                        for ArchivedPart { part, merged_into } in list {
                            li { key: "{part.id}", class: "part-row",
                                span { class: "archived-part",
                                    Link { to: Route::PartDetail { id: part.id }, class: "part-name", dir: "auto", "{part.name}" }
                                    if let Some(into) = merged_into {
                                        span { class: "hint", dir: "auto", "merged into {into.name}" }
                                    }
                                }
                                button {
                                    r#type: "button",
                                    class: "button secondary small",
                                    aria_label: "{BRING_BACK} {part.name}",
                                    onclick: {
                                        let part = part.clone();
                                        move |_| bring_back.call(part.clone())
                                    },
                                    "{BRING_BACK}"
                                }
                            }
                        }
                    }
                },
            }
        }
    }
}
