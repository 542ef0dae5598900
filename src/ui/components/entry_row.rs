//! One line of the history timeline, linking to its detail.

use dioxus::prelude::*;

use crate::domain::time::describe;
use crate::domain::{Moment, TimelineEntry};
use crate::ui::Route;

/// A timeline entry: its kind, when, what, with whom, and its status.
#[component]
pub fn EntryRow(entry: TimelineEntry, now: Moment) -> Element {
    let when = describe(&entry.at, &now);
    let kind = entry.kind;
    rsx! {
        li { class: "entry entry-{kind.code()}",
            Link { to: Route::detail(entry.entry()), class: "entry-link",
                span { class: "entry-top",
                    span { class: "badge badge-{kind.code()}", "{kind.label()}" }
                    span { class: "entry-when", "{when}" }
                }
                span { class: "entry-headline", dir: "auto", "{entry.headline}" }
                span { class: "entry-meta",
                    if let Some(person) = &entry.person {
                        span { dir: "auto", "with {person}" }
                    }
                    if let Some(status) = &entry.status {
                        span { class: "status", "{status}" }
                    }
                }
                if !entry.detail.is_empty() {
                    span { class: "entry-detail", dir: "auto", "{entry.detail}" }
                }
            }
        }
    }
}
