//! Settings for Talk it through: when Mend suggests a pause first, and the gentle turn timer.

use dioxus::prelude::*;

use crate::domain::pause::duration;
use crate::domain::talk::{TURN_MINUTES, TURN_MINUTES_DEFAULT};
use crate::store::ReadyBelow;
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote};
use crate::ui::context::{use_lang, use_shared};

/// When Mend suggests a pause before a talk, and the turn timer.
#[component]
pub fn TalkSection() -> Element {
    let settings = use_shared().settings;
    let lang = use_lang();
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
            h2 { id: "talk-heading", {t!(lang, "settings-talk")} }
            ChipGroup {
                legend: t!(lang, "settings-talk-ready"),
                hint: t!(lang, "settings-talk-ready-hint"),
                for level in 1..=7u8 {
                    Chip {
                        key: "{level}",
                        label: level.to_string(),
                        selected: below == level,
                        onclick: move |_| set_below(level),
                    }
                }
            }
            ChipGroup {
                legend: t!(lang, "settings-talk-timer"),
                hint: t!(lang, "settings-talk-timer-hint"),
                Chip {
                    label: t!(lang, "settings-talk-timer-off"),
                    selected: timer.is_none(),
                    onclick: move |_| set_timer(None),
                }
                for minutes in TURN_MINUTES {
                    Chip {
                        key: "{minutes}",
                        label: {
                            let length = duration(lang, chrono::TimeDelta::minutes(minutes.into()));
                            if minutes == TURN_MINUTES_DEFAULT {
                                t!(lang, "settings-talk-timer-usual", length = length)
                            } else {
                                length
                            }
                        },
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
