//! The app lock: a PIN asked at start and after a while away, turned on, off, or used now.

use dioxus::prelude::*;

use crate::domain::lock::{LockAfter, PinError, check_new_pin};
use crate::platform;
use crate::store::{PinOutcome, StoreError};
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Form, SecretField};
use crate::ui::context::{use_lang, use_shared};

/// Turns the app lock on or off, and sets when it locks.
#[component]
pub(super) fn AppLockSection() -> Element {
    let shared = use_shared();
    let lang = use_lang();
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
            return write.refuse(match e {
                PinError::Shape => t!(lang, "app-lock-pin-shape"),
                PinError::Mismatch => t!(lang, "app-lock-pin-mismatch"),
            });
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
            shared.say(t!(lang, "app-lock-on"), None);
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
                shared.say(t!(lang, "app-lock-off"), None);
            }
            Some(_) => write.refuse(t!(lang, "app-lock-stays-on")),
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
            h2 { id: "lock-heading", {t!(lang, "app-lock")} }
            p {
                if lock.is_some() {
                    {t!(lang, "app-lock-on")}
                } else {
                    {t!(lang, "app-lock-note")}
                }
            }
            ChipGroup { legend: t!(lang, "app-lock-after"),
                for when in LockAfter::ALL {
                    Chip {
                        key: "{when.duration().num_minutes()}",
                        label: t!(lang, "app-lock-after-choice", minutes = when.duration().num_minutes()),
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
                    {t!(lang, "app-lock-now")}
                }
                Form { class: "form", onsubmit: turn_off,
                    SecretField {
                        id: "current-pin",
                        label: t!(lang, "app-lock-current-pin"),
                        value: pin(),
                        oninput: move |v| pin.set(v),
                        pin: true,
                    }
                    button { r#type: "submit", class: "button quiet", {t!(lang, "app-lock-turn-off")} }
                }
            } else {
                Form { class: "form", onsubmit: turn_on,
                    SecretField {
                        id: "new-pin",
                        label: t!(lang, "app-lock-new-pin"),
                        value: pin(),
                        oninput: move |v| pin.set(v),
                        pin: true,
                        new: true,
                    }
                    SecretField {
                        id: "pin-again",
                        label: t!(lang, "app-lock-pin-again"),
                        value: again(),
                        oninput: move |v| again.set(v),
                        pin: true,
                        new: true,
                    }
                    button { r#type: "submit", class: "button secondary", {t!(lang, "app-lock-turn-on")} }
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
