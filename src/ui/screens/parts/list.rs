//! The list of parts: each with its role and how often it comes up, adding one, and the
//! archived ones with Bring back.

use dioxus::prelude::*;

use super::bring_back;
use crate::domain::i18n::Lang;
use crate::domain::part::{PartRole, seen_ago, times_in};
use crate::domain::{Moment, Part};
use crate::store::{ArchivedPart, PartSummary, Parts};
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Form, Loading};
use crate::ui::context::{use_lang, use_load, use_shared};

/// "seen 12 times · last seen 3 days ago", for the list.
fn seen_line(lang: Lang, checkins: u32, last_seen: Option<&Moment>, now: &Moment) -> String {
    match last_seen {
        Some(last) if checkins > 0 => t!(
            lang,
            "parts-seen",
            times = times_in(lang, checkins),
            ago = seen_ago(lang, last, now)
        ),
        _ => t!(lang, "parts-not-yet"),
    }
}

/// The list of parts.
#[component]
pub fn PartsScreen() -> Element {
    let shared = use_shared();
    let lang = use_lang();
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
    let title = t!(lang, "parts-title");
    let window = format!("{title} · Mend");
    let add_label = t!(lang, "parts-add");
    rsx! {
        document::Title { "{window}" }
        h1 { "{title}" }
        p { class: "lead", {t!(lang, "parts-intro")} }
        match loaded {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", {t!(lang, "parts-empty")} } },
            Some(Ok(list)) => rsx! {
                ul { class: "timeline parts-list", aria_label: "{title}",
                    for summary in list {
                        PartLink { key: "{summary.part.id}", summary, now }
                    }
                }
            },
        }
        Form {
            class: "quick-add",
            onsubmit: add,
            label { r#for: "new-part", class: "visually-hidden", "{add_label}" }
            input {
                id: "new-part",
                r#type: "text",
                dir: "auto",
                placeholder: "{add_label}",
                maxlength: "200",
                value: "{new_name}",
                oninput: move |e| new_name.set(e.value()),
            }
            button { r#type: "submit", class: "button secondary", aria_label: "{add_label}", {t!(lang, "add")} }
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
                if show_archived() {
                    {t!(lang, "parts-hide-archived")}
                } else {
                    {t!(lang, "parts-show-archived")}
                }
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
    let lang = use_lang();
    let seen = seen_line(lang, summary.checkins, summary.last_seen.as_ref(), &now);
    let role = summary
        .role
        .filter(|r| *r != PartRole::NotSure)
        .map(|r| r.label(lang));
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
    let lang = use_lang();
    let write = use_command();
    let archived = use_load(|s| s.archived_parts());
    let bring_back = use_callback(move |part: Part| {
        spawn(async move { bring_back(lang, write, part).await });
    });
    let loaded = archived.read().clone();
    rsx! {
        section { id: "archived-parts", aria_labelledby: "archived-heading",
            h2 { id: "archived-heading", {t!(lang, "parts-archived-title")} }
            p { class: "hint", {t!(lang, "parts-archived-note")} }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
            match loaded {
                None => rsx! { Loading {} },
                Some(Err(message)) => rsx! { ErrorNote { message } },
                Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", {t!(lang, "parts-no-archived")} } },
                Some(Ok(list)) => rsx! {
                    ul { class: "plain-list",
                        for ArchivedPart { part, merged_into } in list {
                            li { key: "{part.id}", class: "part-row",
                                span { class: "archived-part",
                                    Link { to: Route::PartDetail { id: part.id }, class: "part-name", dir: "auto", "{part.name}" }
                                    if let Some(into) = merged_into {
                                        span { class: "hint", dir: "auto", {t!(lang, "parts-merged-into-name", name = into.name.as_str())} }
                                    }
                                }
                                button {
                                    r#type: "button",
                                    class: "button secondary small",
                                    aria_label: t!(lang, "parts-bring-back-named", name = part.name.as_str()),
                                    onclick: {
                                        let part = part.clone();
                                        move |_| bring_back.call(part.clone())
                                    },
                                    {t!(lang, "parts-bring-back")}
                                }
                            }
                        }
                    }
                },
            }
        }
    }
}
