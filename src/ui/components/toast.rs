//! The toast: a short message at the bottom, with Undo after a delete. It stays for ten
//! seconds, long enough to read and reach.

use std::time::Duration;

use dioxus::prelude::*;

use crate::domain::EntryKind;
use crate::store::Parts;
use crate::ui::context::{Undo, use_db, use_shared};

const SHOWN_FOR: Duration = Duration::from_secs(10);

/// Shows the current toast, if any, in a live region.
#[component]
pub fn ToastHost() -> Element {
    let shared = use_shared();
    let db = use_db();
    let mut toast = shared.toast;
    let serial = toast.read().as_ref().map(|t| t.serial);
    // Each new toast gets its own timer; an older timer finds a newer toast and leaves it.
    use_effect(use_reactive!(|serial| {
        if let Some(serial) = serial {
            spawn(async move {
                tokio::time::sleep(SHOWN_FOR).await;
                if toast.peek().as_ref().is_some_and(|t| t.serial == serial) {
                    toast.set(None);
                }
            });
        }
    }));
    let current = toast.read().clone();
    rsx! {
        div { class: "toast-region", role: "status", aria_live: "polite",
            if let Some(t) = current {
                div { class: "toast",
                    span { "{t.message}" }
                    if let Some(undo) = t.undo {
                        button {
                            r#type: "button",
                            class: "button toast-undo",
                            onclick: move |_| {
                                let db = db.clone();
                                async move {
                                    toast.set(None);
                                    let result = match undo {
                                        Undo::Delete(kind, id) => db.run(move |s| s.undo_delete(kind, id)).await,
                                        Undo::ArchivePart(id) => db.run(move |s| s.unarchive::<Parts>(id)).await,
                                        Undo::DeletePhrase(id) => db.run(move |s| s.undo_delete_own_phrase(id)).await,
                                    };
                                    match result {
                                        Ok(()) => {
                                            shared.changed();
                                            shared.say(undone_message(undo), None);
                                        }
                                        Err(message) => shared.say(message, None),
                                    }
                                }
                            },
                            "Undo"
                        }
                    }
                    button {
                        r#type: "button",
                        class: "button toast-close",
                        aria_label: "Dismiss message",
                        onclick: move |_| toast.set(None),
                        "×"
                    }
                }
            }
        }
    }
}

fn undone_message(undo: Undo) -> &'static str {
    match undo {
        Undo::Delete(EntryKind::CheckIn, _) => "The check-in is back.",
        Undo::Delete(EntryKind::Pause, _) => "The pause is back.",
        Undo::Delete(EntryKind::Rupture, _) => "The rupture is back.",
        Undo::Delete(EntryKind::Repair, _) => "The repair is back.",
        Undo::Delete(EntryKind::Reflection, _) => "The reflection is back.",
        Undo::Delete(EntryKind::Practice, _) => "The practice session is back.",
        Undo::DeletePhrase(_) => "The phrase is back.",
        Undo::ArchivePart(_) => "The part is back.",
    }
}
