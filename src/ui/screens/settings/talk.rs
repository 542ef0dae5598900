//! Settings for Talk it through: when Mend suggests a pause first, and the gentle turn timer.

use dioxus::prelude::*;

use crate::domain::talk::{TURN_MINUTES, TURN_MINUTES_DEFAULT};
use crate::store::ReadyBelow;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote};
use crate::ui::context::use_shared;

const HEADING: &str = "Talk it through";
const READY: &str = "Suggest a pause first when either of you is below";
const READY_HINT: &str = "On a scale of 0 to 10, how settled each of you feels before a talk. Mend only suggests; you can always talk anyway.";
const TIMER: &str = "Gentle turn timer";
const TIMER_HINT: &str =
    "Shows how long each turn has run. It never cuts anyone off. Off unless you turn it on.";
const TIMER_OFF: &str = "Off";

/// When Mend suggests a pause before a talk, and the turn timer.
#[component]
pub fn TalkSection() -> Element {
    let settings = use_shared().settings;
    let write = use_command();
    let (below, timer) = {
        let s = settings.read();
        (s.talk_ready_below.0, s.turn_timer)
    };
    let set_below = move |level: u8| async move {
        write
            .settings(move |s| s.talk_ready_below = ReadyBelow(level), None)
            .await;
    };
    let set_timer = move |minutes: Option<u8>| async move {
        write.settings(move |s| s.turn_timer = minutes, None).await;
    };
    rsx! {
        section { aria_labelledby: "talk-heading",
            h2 { id: "talk-heading", "{HEADING}" }
            ChipGroup { legend: READY, hint: READY_HINT.to_owned(),
                for level in 1..=7u8 {
                    Chip {
                        key: "{level}",
                        label: level.to_string(),
                        selected: below == level,
                        onclick: move |_| set_below(level),
                    }
                }
            }
            ChipGroup { legend: TIMER, hint: TIMER_HINT.to_owned(),
                Chip {
                    label: TIMER_OFF,
                    selected: timer.is_none(),
                    onclick: move |_| set_timer(None),
                }
                for minutes in TURN_MINUTES {
                    Chip {
                        key: "{minutes}",
                        label: if minutes == TURN_MINUTES_DEFAULT { format!("{minutes} minutes (usual)") } else if minutes == 1 { "1 minute".to_owned() } else { format!("{minutes} minutes") },
                        selected: timer == Some(minutes),
                        onclick: move |_| set_timer(Some(minutes)),
                    }
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
