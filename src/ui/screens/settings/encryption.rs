//! Encryption at rest: encrypting the data with a passphrase, and changing it.

use dioxus::prelude::*;

use crate::store::Store;
use crate::store::cipher::check_new_passphrase;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Form, SecretField};
use crate::ui::context::use_load;
use crate::ui::errors::Told;

const ENCRYPTION: &str = "Encryption";
const ENCRYPT_NOTE: &str = "Encrypt your data with a passphrase. Mend will ask for it each time it opens, and your backups are encrypted too.";
const FORGET_WARNING: &str = "If you forget your passphrase, your data cannot be recovered, not by us and not by anyone. Write it down somewhere safe, or choose words you won't forget.";
const ENCRYPTED_NOTE: &str =
    "Your data and your backups are encrypted. Mend asks for your passphrase each time it opens.";
const NEW_PASSPHRASE: &str = "New passphrase";
const AGAIN: &str = "The same passphrase again";
const ENCRYPT: &str = "Encrypt my data";
const CHANGE: &str = "Change passphrase";
const WORKING: &str = "One moment, this takes a few seconds…";

/// Turns encryption on, or changes the passphrase.
#[component]
pub(super) fn EncryptionSection() -> Element {
    let write = use_command();
    let encrypted = use_load(|s| Ok(s.is_encrypted()));
    let mut first = use_signal(String::new);
    let mut again = use_signal(String::new);
    let is_encrypted = matches!(&*encrypted.read(), Some(Ok(true)));
    let apply = move |_| async move {
        let (pass, repeat) = (first.peek().clone(), again.peek().clone());
        if let Err(e) = check_new_passphrase(&pass, &repeat) {
            return write.refuse(e.told());
        }
        let said = if is_encrypted {
            "Passphrase changed."
        } else {
            "Your data is encrypted."
        };
        let apply = move |s: &mut Store| {
            if s.is_encrypted() {
                s.change_passphrase(&pass)
            } else {
                s.encrypt(&pass)
            }
        };
        if write.say(apply, said, None).await.is_some() {
            first.set(String::new());
            again.set(String::new());
        }
    };
    rsx! {
        section { aria_labelledby: "encryption-heading",
            h2 { id: "encryption-heading", "{ENCRYPTION}" }
            if is_encrypted {
                p { "{ENCRYPTED_NOTE}" }
            } else {
                p { "{ENCRYPT_NOTE}" }
            }
            p { class: "warning", strong { "{FORGET_WARNING}" } }
            Form { class: "form", onsubmit: apply,
                SecretField {
                    id: "new-passphrase",
                    label: NEW_PASSPHRASE,
                    value: first(),
                    oninput: move |v| first.set(v),
                    new: true,
                }
                SecretField {
                    id: "passphrase-again",
                    label: AGAIN,
                    value: again(),
                    oninput: move |v| again.set(v),
                    new: true,
                }
                if let Some(message) = write.error() {
                    ErrorNote { message }
                }
                button {
                    r#type: "submit",
                    class: "button secondary",
                    disabled: write.busy(),
                    if write.busy() { "{WORKING}" } else if is_encrypted { "{CHANGE}" } else { "{ENCRYPT}" }
                }
            }
        }
    }
}
