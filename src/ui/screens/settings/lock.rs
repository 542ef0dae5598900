//! The app lock: a PIN asked at start and after a while away, turned on, off, or used now.

use dioxus::prelude::*;

use crate::domain::lock::{LockAfter, check_new_pin};
use crate::platform;
use crate::store::{PinOutcome, StoreError};
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Form, SecretField};
use crate::ui::context::use_shared;

const APP_LOCK: &str = "App lock";
const APP_LOCK_NOTE: &str = "Ask for a PIN when Mend opens, and when you come back to it after a while. The PIN is kept only in a form that can't be read back.";
const APP_LOCK_ON: &str = "App lock is on.";
const NEW_PIN: &str = "New PIN (4 to 12 digits)";
const PIN_AGAIN: &str = "The same PIN again";
const LOCK_AFTER: &str = "Lock when Mend has been in the background";
const TURN_ON: &str = "Turn on app lock";
const LOCK_NOW: &str = "Lock now";
const CURRENT_PIN: &str = "Your PIN, to turn the lock off";
const TURN_OFF: &str = "Turn off app lock";

/// Turns the app lock on or off, and sets when it locks.
#[component]
pub(super) fn AppLockSection() -> Element {
    let shared = use_shared();
    let mut settings = shared.settings;
    let mut locked = shared.locked;
    let write = use_command();
    let mut pin = use_signal(String::new);
    let mut again = use_signal(String::new);
    let mut after = use_signal(LockAfter::default);
    let lock = settings.read().app_lock.clone();
    let turn_on = move |_| async move {
        let (p, a) = (pin.peek().clone(), again.peek().clone());
        if let Err(e) = check_new_pin(&p, &a) {
            return write.refuse(e.to_string());
        }
        let when = *after.peek();
        let done = write.run(move |s| {
            s.set_app_lock(&p, when)?;
            s.settings()
        });
        if let Some(saved) = done.await {
            pin.set(String::new());
            again.set(String::new());
            settings.set(saved);
            shared.say("App lock is on.", None);
        }
    };
    let turn_off = move |_| async move {
        let p = pin.peek().clone();
        let now = platform::now();
        let done = write.run(move |s| {
            let outcome = s.clear_app_lock(&p, &now)?;
            Ok::<_, StoreError>((outcome, s.settings()?))
        });
        pin.set(String::new());
        match done.await {
            Some((PinOutcome::Open, saved)) => {
                settings.set(saved);
                shared.say("App lock is off.", None);
            }
            Some(_) => write.refuse("That PIN isn't right, so the lock stays on."),
            None => {}
        }
    };
    let change_after = use_callback(move |when: LockAfter| {
        after.set(when);
        spawn(async move {
            if settings.peek().app_lock.is_some() {
                let done = write.run(move |s| {
                    s.set_lock_after(when)?;
                    s.settings()
                });
                if let Some(saved) = done.await {
                    settings.set(saved);
                }
            }
        });
    });
    let chosen = lock.as_ref().map_or(after(), |l| l.after);
    rsx! {
        section { aria_labelledby: "lock-heading",
            h2 { id: "lock-heading", "{APP_LOCK}" }
            p { if lock.is_some() { "{APP_LOCK_ON}" } else { "{APP_LOCK_NOTE}" } }
            ChipGroup { legend: LOCK_AFTER,
                for when in LockAfter::ALL {
                    Chip {
                        key: "{when.label()}",
                        label: when.label(),
                        selected: chosen == when,
                        onclick: move |_| change_after.call(when),
                    }
                }
            }
            if lock.is_some() {
                button {
                    r#type: "button",
                    class: "button secondary",
                    onclick: move |_| locked.set(true),
                    "{LOCK_NOW}"
                }
                Form { class: "form", onsubmit: turn_off,
                    SecretField {
                        id: "current-pin",
                        label: CURRENT_PIN,
                        value: pin(),
                        oninput: move |v| pin.set(v),
                        pin: true,
                    }
                    button { r#type: "submit", class: "button quiet", "{TURN_OFF}" }
                }
            } else {
                Form { class: "form", onsubmit: turn_on,
                    SecretField {
                        id: "new-pin",
                        label: NEW_PIN,
                        value: pin(),
                        oninput: move |v| pin.set(v),
                        pin: true,
                        new: true,
                    }
                    SecretField {
                        id: "pin-again",
                        label: PIN_AGAIN,
                        value: again(),
                        oninput: move |v| again.set(v),
                        pin: true,
                        new: true,
                    }
                    button { r#type: "submit", class: "button secondary", "{TURN_ON}" }
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
