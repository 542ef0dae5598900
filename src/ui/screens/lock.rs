//! The two locks: the passphrase of encrypted data, asked before the data opens, and the
//! app lock's PIN. Neither shows anything of the data.

use std::path::PathBuf;

use dioxus::prelude::*;

use super::help::EmergencyCall;

use crate::platform;
use crate::store::PinOutcome;
use crate::t;
use crate::ui::boot::Boot;
use crate::ui::command::use_command;
use crate::ui::components::{Form, SecretField};
use crate::ui::context::{root_class, use_lang, use_shared};
use crate::ui::errors::Told;

/// Asks for the passphrase of encrypted data. It shows nothing of the data.
#[component]
pub fn LockScreen(dir: PathBuf, onopened: EventHandler<Boot>) -> Element {
    crate::ui::probe::use_first_paint(crate::ui::probe::LOCK_SCREEN);
    let lang = use_lang();
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
                Err(failed) => error.set(Some(failed.told_in(lang))),
            }
        }
    };
    rsx! {
        div { class: "app theme-system",
            main { class: "content lock-screen",
                h1 { {t!(lang, "lock-title")} }
                p { {t!(lang, "lock-passphrase-note")} }
                Form { class: "form", onsubmit: open,
                    SecretField {
                        id: "passphrase",
                        label: t!(lang, "lock-passphrase"),
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
                        if busy() {
                            {t!(lang, "lock-opening")}
                        } else {
                            {t!(lang, "lock-open")}
                        }
                    }
                }
                p { class: "hint", {t!(lang, "lock-forgotten")} }
            }
        }
    }
}

/// "0:30", "2:00", "1:00:00".
fn wait_text(wait: chrono::TimeDelta) -> String {
    crate::domain::pause::format_remaining(wait)
}

/// The app lock's screen. It shows nothing of the data, and no way around it.
#[component]
pub fn PinScreen() -> Element {
    let shared = use_shared();
    let lang = use_lang();
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
            Some(PinOutcome::Wrong { wait }) if wait.is_zero() => Some(t!(lang, "lock-pin-wrong")),
            Some(PinOutcome::Wrong { wait }) => {
                Some(t!(lang, "lock-pin-wrong-wait", wait = wait_text(wait)))
            }
            Some(PinOutcome::Wait { left }) => {
                Some(t!(lang, "lock-pin-wait", wait = wait_text(left)))
            }
        });
    };
    rsx! {
        document::Title { "Mend" }
        div { class: "app {theme}",
            main { class: "content lock-screen",
                h1 { {t!(lang, "lock-title")} }
                p { {t!(lang, "lock-pin-note")} }
                Form { class: "form", onsubmit: unlock,
                    SecretField {
                        id: "pin",
                        label: t!(lang, "lock-pin"),
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
                        {t!(lang, "lock-unlock")}
                    }
                }
                // In danger, the way to call for help is there without the PIN.
                EmergencyCall {}
            }
        }
    }
}
