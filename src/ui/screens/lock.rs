//! The two locks: the passphrase of encrypted data, asked before the data opens, and the
//! app lock's PIN. Neither shows anything of the data.

use std::path::PathBuf;

use dioxus::prelude::*;

use super::help::EmergencyCall;

use crate::platform;
use crate::store::PinOutcome;
use crate::ui::boot::Boot;
use crate::ui::command::use_command;
use crate::ui::components::{Form, SecretField};
use crate::ui::context::{root_class, use_shared};
use crate::ui::errors::Told;

const LOCKED_TITLE: &str = "Mend is locked";
const LOCKED_NOTE: &str = "Your data is encrypted. Enter your passphrase to open it.";
const PASSPHRASE_LABEL: &str = "Passphrase";
const OPEN: &str = "Open";
const OPENING: &str = "Opening…";
const FORGOTTEN: &str = "If the passphrase is forgotten, the data can't be recovered, by us or by anyone. That is what keeps it private.";

/// Asks for the passphrase of encrypted data. It shows nothing of the data.
#[component]
pub fn LockScreen(dir: PathBuf, onopened: EventHandler<Boot>) -> Element {
    crate::ui::probe::use_first_paint(crate::ui::probe::LOCK_SCREEN);
    let mut passphrase = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let open = move |_| {
        let dir = dir.clone();
        async move {
            if *busy.peek() {
                return;
            }
            busy.set(true);
            let typed = passphrase.peek().clone();
            let opened = Boot::unlock_in_background(dir, typed).await;
            busy.set(false);
            match opened {
                Ok(next) => {
                    passphrase.set(String::new());
                    onopened.call(next);
                }
                Err(failed) => error.set(Some(failed.told())),
            }
        }
    };
    rsx! {
        div { class: "app theme-system",
            main { class: "content lock-screen",
                h1 { "{LOCKED_TITLE}" }
                p { "{LOCKED_NOTE}" }
                Form { class: "form", onsubmit: open,
                    SecretField {
                        id: "passphrase",
                        label: PASSPHRASE_LABEL,
                        value: passphrase(),
                        oninput: move |v| {
                            passphrase.set(v);
                            error.set(None);
                        },
                    }
                    if let Some(message) = error() {
                        p { class: "error", role: "alert", "{message}" }
                    }
                    button {
                        r#type: "submit",
                        class: "button primary wide",
                        disabled: busy(),
                        if busy() { "{OPENING}" } else { "{OPEN}" }
                    }
                }
                p { class: "hint", "{FORGOTTEN}" }
            }
        }
    }
}

const PIN_TITLE: &str = "Mend is locked";
const PIN_NOTE: &str = "Enter your PIN to open Mend.";
const PIN_LABEL: &str = "PIN";
const UNLOCK: &str = "Unlock";
const PIN_WRONG: &str = "That PIN isn't right.";

/// "0:30", "2:00", "1:00:00".
fn wait_text(wait: chrono::TimeDelta) -> String {
    crate::domain::pause::format_remaining(wait)
}

/// The app lock's screen. It shows nothing of the data, and no way around it.
#[component]
pub fn PinScreen() -> Element {
    let shared = use_shared();
    let mut locked = shared.locked;
    let mut pin = use_signal(String::new);
    let mut message = use_signal(|| None::<String>);
    let command = use_command();
    let theme = root_class(&shared.settings.read());
    let unlock = move |_| async move {
        let typed = pin.peek().clone();
        let now = platform::now();
        // Trying counts the attempt, and nothing on screen behind the lock changes.
        let outcome = command.quietly(move |s| s.try_pin(&typed, &now)).await;
        pin.set(String::new());
        message.set(match outcome {
            None => None,
            Some(PinOutcome::Open) => {
                locked.set(false);
                None
            }
            Some(PinOutcome::Wrong { wait }) if wait.is_zero() => Some(PIN_WRONG.to_owned()),
            Some(PinOutcome::Wrong { wait }) => Some(format!(
                "{PIN_WRONG} You can try again in {}.",
                wait_text(wait)
            )),
            Some(PinOutcome::Wait { left }) => Some(format!(
                "Please wait {} before trying again.",
                wait_text(left)
            )),
        });
    };
    rsx! {
        document::Title { "Mend" }
        div { class: "app {theme}",
            main { class: "content lock-screen",
                h1 { "{PIN_TITLE}" }
                p { "{PIN_NOTE}" }
                Form { class: "form", onsubmit: unlock,
                    SecretField {
                        id: "pin",
                        label: PIN_LABEL,
                        value: pin(),
                        oninput: move |v| pin.set(v),
                        pin: true,
                    }
                    if let Some(text) = message().or(command.error()) {
                        p { class: "error", role: "alert", "{text}" }
                    }
                    button {
                        r#type: "submit",
                        class: "button primary wide",
                        disabled: command.busy(),
                        "{UNLOCK}"
                    }
                }
                // In danger, the way to call for help is there without the PIN.
                EmergencyCall {}
            }
        }
    }
}
