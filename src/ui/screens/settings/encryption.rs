//! Encryption at rest: encrypting the data with a passphrase, and changing it.

use dioxus::prelude::*;

use crate::store::Store;
use crate::store::cipher::check_new_passphrase;
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Form, SecretField};
use crate::ui::context::{use_lang, use_load};
use crate::ui::errors::Told;

/// Turns encryption on, or changes the passphrase.
#[component]
pub(super) fn EncryptionSection() -> Element {
    let lang = use_lang();
    let write = use_command();
    let encrypted = use_load(|s| Ok(s.is_encrypted()));
    let mut first = use_signal(String::new);
    let mut again = use_signal(String::new);
    let is_encrypted = matches!(&*encrypted.read(), Some(Ok(true)));
    let apply = move |_| async move {
        let (pass, repeat) = (first.peek().clone(), again.peek().clone());
        if let Err(e) = check_new_passphrase(&pass, &repeat) {
            return write.refuse(e.told_in(lang));
        }
        let said = if is_encrypted {
            t!(lang, "data-passphrase-changed")
        } else {
            t!(lang, "data-now-encrypted")
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
            h2 { id: "encryption-heading", {t!(lang, "data-encryption")} }
            if is_encrypted {
                p { {t!(lang, "data-encrypted-note")} }
            } else {
                p { {t!(lang, "data-encrypt-note")} }
            }
            p { class: "warning", strong { {t!(lang, "data-forget-warning")} } }
            Form { class: "form", onsubmit: apply,
                SecretField {
                    id: "new-passphrase",
                    label: t!(lang, "data-new-passphrase"),
                    value: first(),
                    oninput: move |v| first.set(v),
                    new: true,
                }
                SecretField {
                    id: "passphrase-again",
                    label: t!(lang, "data-passphrase-again"),
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
                    if write.busy() {
                        {t!(lang, "data-encrypting")}
                    } else if is_encrypted {
                        {t!(lang, "data-change-passphrase")}
                    } else {
                        {t!(lang, "data-encrypt")}
                    }
                }
            }
        }
    }
}
