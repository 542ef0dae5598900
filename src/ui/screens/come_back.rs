//! After a pause: "Ready to come back?", leading to a check-in or the repair.

use dioxus::prelude::*;

use crate::t;
use crate::ui::Route;
use crate::ui::context::{use_lang, use_load};

/// The screen after a pause has ended.
#[component]
pub fn ComeBack() -> Element {
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "come-back-window"));
    let open_talk = use_load(|s| s.open_talk());
    let talk = match &*open_talk.read() {
        Some(Ok(Some(t))) => Some(t.id),
        _ => None,
    };
    rsx! {
        document::Title { "{window}" }
        section { class: "card come-back", aria_labelledby: "back-heading",
            h1 { id: "back-heading", {t!(lang, "come-back-title")} }
            p { {t!(lang, "come-back-note")} }
            div { class: "stack",
                if let Some(id) = talk {
                    Link { to: Route::TalkFlow { id }, class: "button primary wide", {t!(lang, "come-back-talk")} }
                }
                Link { to: Route::CheckInNew {}, class: "button primary wide", {t!(lang, "pause-check-in")} }
                Link { to: Route::RepairStart {}, class: "button primary wide", {t!(lang, "pause-repair")} }
                Link { to: Route::Now {}, class: "button quiet wide", {t!(lang, "come-back-not-yet")} }
            }
        }
    }
}
