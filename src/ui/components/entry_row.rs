//! One line of the history timeline, linking to its detail.

use dioxus::prelude::*;

use crate::domain::time::describe_in;
use crate::domain::{Moment, TimelineEntry};
use crate::t;
use crate::ui::Route;
use crate::ui::context::use_lang;

/// A timeline entry: its kind, when, what, with whom, and its status.
#[component]
pub fn EntryRow(entry: TimelineEntry, now: Moment) -> Element {
    let lang = use_lang();
    let when = describe_in(lang, &entry.at, &now);
    let kind = entry.kind;
    let lines = entry.lines(lang);
    rsx! {
        li { class: "entry entry-{kind.code()}",
            Link { to: Route::detail(entry.entry()), class: "entry-link",
                span { class: "entry-top",
                    span { class: "badge badge-{kind.code()}", {kind.label(lang)} }
                    span { class: "entry-when", "{when}" }
                }
                span { class: "entry-headline", dir: "auto", "{lines.headline}" }
                span { class: "entry-meta",
                    if let Some(person) = &entry.person {
                        span { dir: "auto", {t!(lang, "entry-with", person = person.clone())} }
                    }
                    if let Some(status) = &lines.status {
                        span { class: "status", "{status}" }
                    }
                }
                if !lines.detail.is_empty() {
                    span { class: "entry-detail", dir: "auto", "{lines.detail}" }
                }
            }
        }
    }
}
