//! Handing on words of the person's own: to the share sheet on a phone; on a computer or in
//! a browser, copied, with a link that opens a new message holding them. Mend never sends
//! anything itself: the person does, to whom they choose.

use dioxus::prelude::*;

use crate::domain::links::message_link;
use crate::platform;
use crate::t;
use crate::ui::context::use_lang;

/// What happened when the words were handed on.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Handed {
    Copied,
    NotCopied,
    SheetNotShown,
}

/// A button that hands `text` on: to the share sheet on a phone; elsewhere it copies the
/// text and offers a link that opens a new message holding it. `describedby` names the
/// element that shows the text, for screen readers.
#[component]
pub fn ShareText(text: String, label: String, describedby: Option<String>) -> Element {
    let lang = use_lang();
    let mut handed = use_signal(|| None::<Handed>);
    let words = text.clone();
    let share = move |_| {
        let words = words.clone();
        async move {
            if platform::has_share_sheet() {
                let shown = platform::share_text(&words);
                handed.set((!shown).then_some(Handed::SheetNotShown));
                return;
            }
            let copied = copy(&words).await;
            handed.set(Some(if copied {
                Handed::Copied
            } else {
                Handed::NotCopied
            }));
        }
    };
    let link = message_link(&text);
    rsx! {
        div { class: "share",
            button {
                r#type: "button",
                class: "button secondary",
                aria_describedby: describedby,
                onclick: share,
                "{label}"
            }
            match handed() {
                Some(said @ (Handed::Copied | Handed::NotCopied)) => rsx! {
                    p { class: "hint", role: "status",
                        if said == Handed::Copied {
                            {t!(lang, "share-copied")}
                        } else {
                            {t!(lang, "share-not-copied")}
                        }
                        " "
                        a { href: "{link}", {t!(lang, "share-open-message")} }
                    }
                },
                Some(Handed::SheetNotShown) => rsx! {
                    p { class: "error", role: "alert", {t!(lang, "share-not-shown")} }
                },
                None => rsx! {},
            }
        }
    }
}

/// Copies `text` with the page's clipboard (or, where that is refused, the older way);
/// whether it was copied.
async fn copy(text: &str) -> bool {
    // As JSON, the person's words are a string literal the script reads whole.
    let literal = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned());
    let script = format!(
        r#"const text = {literal};
        try {{
          await navigator.clipboard.writeText(text);
          return true;
        }} catch (e) {{}}
        const area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        let copied = false;
        try {{ copied = document.execCommand("copy"); }} catch (e) {{}}
        area.remove();
        return copied;"#
    );
    document::eval(&script)
        .join::<bool>()
        .await
        .unwrap_or(false)
}
