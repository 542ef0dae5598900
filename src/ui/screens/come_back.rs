//! After a pause: "Ready to come back?", leading to a check-in or the repair.

use dioxus::prelude::*;

use crate::ui::Route;
use crate::ui::context::use_load;

const TITLE: &str = "Ready to come back?";
const NOTE: &str = "Welcome back. Coming back, even just to ask for a little more time, helps you both trust the pause. When you're ready, notice what's here in you, or begin to repair.";

/// The screen after a pause has ended.
#[component]
pub fn ComeBack() -> Element {
    let open_talk = use_load(|s| s.open_talk());
    let talk = match &*open_talk.read() {
        Some(Ok(Some(t))) => Some(t.id),
        _ => None,
    };
    rsx! {
        document::Title { "Welcome back · Mend" }
        section { class: "card come-back", aria_labelledby: "back-heading",
            h1 { id: "back-heading", "{TITLE}" }
            p { "{NOTE}" }
            div { class: "stack",
                if let Some(id) = talk {
                    Link { to: Route::TalkFlow { id }, class: "button primary wide", "Pick up your talk" }
                }
                Link { to: Route::CheckInNew {}, class: "button primary wide", "Check in" }
                Link { to: Route::RepairStart {}, class: "button primary wide", "Repair" }
                Link { to: Route::Now {}, class: "button quiet wide", "Not yet" }
            }
        }
    }
}
