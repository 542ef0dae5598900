//! Now: the home screen. The big actions, the first-run note, and ruptures waiting for
//! repair.

use dioxus::prelude::*;

use crate::domain::rupture::RUPTURE_EXPLAINED;
use crate::domain::text::excerpt;
use crate::domain::time::describe;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, SafetyNote};
use crate::ui::context::{use_load, use_shared};

const HEADING: &str = "Now";
const ACTIONS_LABEL: &str = "What do you need?";
const CHECK_IN_HINT: &str = "Notice which part of you is here";
const PAUSE_HINT: &str = "Take space, and come back";
const REPAIR_HINT: &str = "Walk through mending it";
const REFLECT_HINT: &str = "Today's question";
const HISTORY_HINT: &str = "Your ruptures and repairs";
const MORE_LABEL: &str = "More";
const PRACTICE: &str = "Practise repair words";
const TOGETHER: &str = "Practise together";
const TALK: &str = "Talk it through";
const TALK_UNDER_WAY: &str = "A talk is waiting for you both";
const TALK_PICK_UP: &str = "Pick up your talk";
const PARTS: &str = "My parts";
const INSIGHTS: &str = "Insights";
const LOG_RUPTURE: &str = "Log a rupture";
const WAITING: &str = "Waiting for repair";
const WELCOME_TITLE: &str = "Welcome to Mend";
const WELCOME_PRIVATE: &str =
    "Everything you write stays on this device. There is no account and nothing is sent anywhere.";
const WELCOME_DONE: &str = "Got it";

/// The home screen.
#[component]
pub fn Now() -> Element {
    crate::ui::probe::use_first_paint(crate::ui::probe::NOW);
    let shared = use_shared();
    let ruptures = use_load(|s| s.open_ruptures(5));
    let open_talk = use_load(|s| s.open_talk());
    let welcomed = shared.settings.read().welcomed;
    let now = shared.now_by_minute();
    rsx! {
        document::Title { "Mend" }
        h1 { "{HEADING}" }
        if !welcomed {
            Welcome {}
        }
        nav { class: "actions", aria_label: ACTIONS_LABEL,
            Action { to: Route::CheckInNew {}, label: "Check in", hint: CHECK_IN_HINT, class: "action-checkin" }
            Action { to: Route::PauseScreen {}, label: "Take a pause", hint: PAUSE_HINT, class: "action-pause" }
            Action { to: Route::RepairStart {}, label: "Repair", hint: REPAIR_HINT, class: "action-repair" }
            Action { to: Route::ReflectScreen {}, label: "Reflect", hint: REFLECT_HINT, class: "action-reflect" }
        }
        nav { class: "secondary-actions", aria_label: MORE_LABEL,
            Link { to: Route::RuptureNew {}, class: "button secondary", "{LOG_RUPTURE}" }
            Link { to: Route::TalkStart {}, class: "button secondary", "{TALK}" }
            Link { to: Route::PracticeScreen {}, class: "button secondary", "{PRACTICE}" }
            Link { to: Route::TogetherScreen {}, class: "button secondary", "{TOGETHER}" }
            Link { to: Route::PartsScreen {}, class: "button secondary", "{PARTS}" }
            Link { to: Route::InsightsScreen {}, class: "button secondary", "{INSIGHTS}" }
            Link { to: Route::History {}, class: "button secondary", aria_describedby: "history-hint", "History" }
            span { id: "history-hint", class: "visually-hidden", "{HISTORY_HINT}" }
        }
        if let Some(Ok(Some(talk))) = &*open_talk.read() {
            section { class: "card talk-waiting", aria_labelledby: "talk-waiting-heading",
                h2 { id: "talk-waiting-heading", "{TALK_UNDER_WAY}" }
                p { class: "hint", "Begun {describe(&talk.started_at, &now)}. It's where you left it." }
                Link { to: Route::TalkFlow { id: talk.id }, class: "button primary", "{TALK_PICK_UP}" }
            }
        }
        match &*ruptures.read() {
            Some(Ok(list)) if !list.is_empty() => rsx! {
                section { class: "waiting", aria_labelledby: "waiting-heading",
                    h2 { id: "waiting-heading", "{WAITING}" }
                    ul { class: "plain-list",
                        for r in list.clone() {
                            li { key: "{r.id}", class: "waiting-item",
                                Link {
                                    to: Route::detail(r.id),
                                    class: "waiting-what",
                                    span { dir: "auto", "{excerpt(r.what.as_str(), 80)}" }
                                    span { class: "entry-when", "{describe(&r.at, &now)} · {r.status.label()}" }
                                }
                                Link {
                                    to: Route::RepairFlow { id: r.id },
                                    class: "button small",
                                    aria_label: "Repair: {excerpt(r.what.as_str(), 40)}",
                                    "Repair"
                                }
                            }
                        }
                    }
                }
            },
            Some(Err(message)) => rsx! { ErrorNote { message: message.clone() } },
            _ => rsx! {},
        }
    }
}

/// One of the big actions on Now. Its accessible name is exactly its label; the hint is
/// read as its description rather than as part of its name.
#[component]
fn Action(to: Route, label: &'static str, hint: &'static str, class: &'static str) -> Element {
    let hint_id = format!("{class}-hint");
    rsx! {
        Link {
            to,
            class: "action {class}",
            aria_describedby: "{hint_id}",
            span { class: "action-label", "{label}" }
            span { id: "{hint_id}", class: "action-hint", "aria-hidden": "true", "{hint}" }
        }
    }
}

/// The first-run note: what Mend is, what it is not, and privacy.
#[component]
fn Welcome() -> Element {
    let write = use_command();
    rsx! {
        section { class: "card welcome", aria_labelledby: "welcome-heading",
            h2 { id: "welcome-heading", "{WELCOME_TITLE}" }
            SafetyNote {}
            p { "{RUPTURE_EXPLAINED}" }
            p { "{WELCOME_PRIVATE}" }
            button {
                r#type: "button",
                class: "button",
                disabled: write.busy(),
                onclick: move |_| async move {
                    write.settings(|s| s.welcomed = true, None).await;
                },
                "{WELCOME_DONE}"
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
