//! The toast: a short message at the bottom, with Undo after a delete. It stays for ten
//! seconds, long enough to read and reach.

use std::time::Duration;

use dioxus::prelude::*;

use crate::t;
use crate::ui::command::use_command;
use crate::ui::context::{use_lang, use_shared};

const SHOWN_FOR: Duration = Duration::from_secs(10);

/// Shows the current toast, if any, in a live region.
#[component]
pub fn ToastHost() -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let write = use_command();
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
                            onclick: move |_| async move {
                                toast.set(None);
                                if write.say(move |s| s.undo(undo), undo.undone(), None).await.is_none() {
                                    // The toast is where this was offered, so it says why not.
                                    if let Some(message) = write.error() {
                                        shared.say(message, None);
                                    }
                                }
                            },
                            {t!(lang, "undo")}
                        }
                    }
                    button {
                        r#type: "button",
                        class: "button toast-close",
                        aria_label: t!(lang, "toast-dismiss"),
                        onclick: move |_| toast.set(None),
                        "×"
                    }
                }
            }
        }
    }
}
