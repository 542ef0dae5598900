//! The pause: choose a length, say the sentence, and step away. While it runs, a ring
//! counts down and a circle paces slow breathing; it can be extended, ended early or called
//! off. Kept as a start and an end, so it survives the app closing.

use chrono::TimeDelta;
use dioxus::prelude::*;

use crate::domain::pause::{
    PauseAsk, breath_turns, format_remaining, minutes_phrase, pause_sentence,
};
use crate::domain::text::excerpt;
use crate::domain::time::describe;
use crate::domain::{Moment, Pause, PauseId, PauseLength, PausePhase, RuptureId};
use crate::platform::{self, Pulse};
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Breather, Chip, ChipGroup, ErrorNote, Loading, Ring, ShareText};
use crate::ui::context::{use_load, use_open_pause, use_shared};
use crate::ui::device::{AlertsOnTime, use_motion_reduced};

const TITLE: &str = "Take a pause";
const RUNNING_TITLE: &str = "You're taking a pause";
const LENGTH_LEGEND: &str = "How long?";
const LENGTH_HINT: &str = "Twenty minutes gives your body time to settle.";
const CUSTOM: &str = "Other";
const CUSTOM_LABEL: &str = "Minutes (1 to 240)";
const SAY_THIS: &str = "Before you go, you could say:";
const SEND_THIS: &str = "Send this";
const PULSE: &str = "Pulse with each breath";
const PULSE_HINT: &str =
    "A gentle pulse of your phone as each breath begins, to follow with your eyes closed.";
const PULSE_STILL: &str = "Pulses rest while Reduce motion is on.";
const KIND_NOTE: &str = "A pause is for calming down and coming back, never for punishing. Do something soothing, like a walk, slow breathing or music, rather than going over the argument.";
const LINK_LEGEND: &str = "Is this about a rupture that's still open?";
const START: &str = "Start pause";
const EXTEND: &str = "+5 min";
const EXTEND_LABEL: &str = "+5 min, adds five minutes";
const BACK_EARLY: &str = "I'm back";
const CALL_OFF: &str = "Cancel pause";
const TIME_UP_TITLE: &str = "Your pause is over";
const READY: &str = "Ready to come back?";
const READY_NOTE: &str =
    "Coming back, even just to ask for a little more time, helps you both trust the pause.";
const MORE_TIME: &str = "I need 5 more minutes";
const CALLED_OFF: &str = "Pause called off.";

/// The pause screen: set-up when no pause is open, otherwise the running pause.
#[component]
pub fn PauseScreen() -> Element {
    let open = use_open_pause();
    let loaded = open.read().clone();
    rsx! {
        document::Title { "Pause · Mend" }
        match loaded {
            None => rsx! { h1 { "{TITLE}" } Loading {} },
            Some(Err(message)) => rsx! { h1 { "{TITLE}" } ErrorNote { message } },
            Some(Ok(None)) => rsx! { PauseSetup {} },
            Some(Ok(Some(pause))) => rsx! { PauseRunning { pause } },
        }
    }
}

/// The sentence to say, with the return time in the device's zone.
fn sentence_for(length: TimeDelta, end: &Moment) -> String {
    pause_sentence(length, platform::in_local_zone(end).time())
}

/// Choosing a length and starting.
#[component]
fn PauseSetup() -> Element {
    let shared = use_shared();
    let mut length = use_signal(|| PauseLength::DEFAULT);
    let mut custom = use_signal(|| None::<String>);
    let mut rupture = use_signal(|| None::<RuptureId>);
    let write = use_command();
    let ruptures = use_load(|s| s.open_ruptures(5));

    let chosen = match custom() {
        Some(text) => PauseLength::parse(&text),
        None => Ok(length()),
    };
    let now = shared.now_by_minute();
    let start = move |_| async move {
        let chosen = match custom.peek().clone() {
            Some(text) => PauseLength::parse(&text),
            None => Ok(*length.peek()),
        };
        let len = match chosen {
            Ok(len) => len,
            Err(e) => return write.refuse(e.to_string()),
        };
        let now = platform::now();
        let pause = Pause::start(PauseId::random(), now, len, *rupture.peek());
        write.run(move |s| s.save_pause(&pause, &now)).await;
    };

    let open_ruptures = match &*ruptures.read() {
        Some(Ok(list)) => list.clone(),
        _ => Vec::new(),
    };
    rsx! {
        h1 { "{TITLE}" }
        ChipGroup { legend: LENGTH_LEGEND, hint: LENGTH_HINT.to_owned(),
            for preset in PauseLength::PRESETS {
                Chip {
                    key: "{preset.minutes()}",
                    label: format!("{} min", preset.minutes()),
                    selected: custom().is_none() && length() == preset,
                    onclick: move |_| {
                        length.set(preset);
                        custom.set(None);
                        write.clear();
                    },
                }
            }
            Chip {
                label: CUSTOM,
                selected: custom().is_some(),
                onclick: move |_| {
                    if custom.peek().is_none() {
                        custom.set(Some(length.peek().minutes().to_string()));
                    }
                },
            }
        }
        if let Some(text) = custom() {
            div { class: "field",
                label { r#for: "pause-minutes", class: "field-label", "{CUSTOM_LABEL}" }
                input {
                    id: "pause-minutes",
                    r#type: "number",
                    inputmode: "numeric",
                    min: "1",
                    max: "240",
                    value: "{text}",
                    oninput: move |e| {
                        custom.set(Some(e.value()));
                        write.clear();
                    },
                }
            }
        }
        match chosen {
            Ok(len) => rsx! {
                div { class: "say-this",
                    p { class: "field-label", "{SAY_THIS}" }
                    blockquote { class: "sentence", "{sentence_for(len.duration(), &(now + len.duration()))}" }
                }
            },
            Err(e) => rsx! { ErrorNote { message: e.to_string() } },
        }
        if !open_ruptures.is_empty() {
            ChipGroup { legend: LINK_LEGEND,
                for r in open_ruptures {
                    Chip {
                        key: "{r.id}",
                        label: format!("{} · {}", excerpt(r.what.as_str(), 40), describe(&r.at, &now)),
                        selected: rupture() == Some(r.id),
                        onclick: move |_| {
                            let current = *rupture.peek();
                            rupture.set(if current == Some(r.id) { None } else { Some(r.id) });
                        },
                    }
                }
            }
        }
        p { class: "kind-note", "{KIND_NOTE}" }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
        div { class: "sticky-actions",
            button {
                r#type: "button",
                class: "button primary wide",
                disabled: write.busy() || chosen.is_err(),
                onclick: start,
                "{START}"
            }
        }
    }
}

/// What the user asks of an open pause, and where to go after finishing it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ask {
    Extend,
    Finish(Option<Then>),
    Cancel,
}

impl Ask {
    fn of_pause(self) -> PauseAsk {
        match self {
            Ask::Extend => PauseAsk::Extend,
            Ask::Finish(_) => PauseAsk::Finish,
            Ask::Cancel => PauseAsk::Cancel,
        }
    }
}

/// Where to go after finishing a pause.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Then {
    CheckIn,
    Repair,
}

/// A pause that is counting down, or whose time is up.
#[component]
fn PauseRunning(pause: Pause) -> Element {
    let shared = use_shared();
    let nav = use_navigator();
    let now = (shared.now)();
    let phase = pause.phase(now);
    let sentence = sentence_for(pause.planned(), &pause.planned_end());
    let back_at = platform::in_local_zone(&pause.planned_end())
        .format("%H:%M")
        .to_string();
    let elapsed_s = (now - pause.started_at()).num_seconds().max(0);
    // On a phone, a gentle pulse as each breath turns, when the person asks for it and
    // motion isn't kept still.
    let motion_reduced = use_motion_reduced();
    let pulsing = shared.settings.read().pulse_with_breath && !motion_reduced();
    let running = matches!(phase, PausePhase::Running { .. });
    use_effect(use_reactive!(|elapsed_s, pulsing, running| {
        if pulsing && running && breath_turns(elapsed_s) {
            platform::pulse(Pulse::Breath);
        }
    }));
    let write = use_command();
    let rupture_route = pause.rupture_id.map(|id| Route::RepairFlow { id });

    // The store reads the pause afresh and saves it in one go, so two quick taps add up
    // rather than both changing the same old copy.
    let id = pause.id();
    let asking = use_command();
    let act = use_callback(move |ask: Ask| {
        let rupture_route = rupture_route.clone();
        spawn(async move {
            let now = platform::now();
            let asked = asking.run(move |s| s.ask_of_pause(Some(id), ask.of_pause(), &now));
            if asked.await.is_none() {
                return;
            }
            match ask {
                Ask::Extend => {}
                Ask::Finish(None) => {
                    nav.push(Route::ComeBack {});
                }
                Ask::Finish(Some(Then::CheckIn)) => {
                    nav.push(Route::CheckInNew {});
                }
                Ask::Finish(Some(Then::Repair)) => {
                    nav.push(rupture_route.unwrap_or(Route::RepairStart {}));
                }
                Ask::Cancel => {
                    shared.say(CALLED_OFF, None);
                    nav.push(Route::Now {});
                }
            }
        });
    });
    let error = move || asking.error().or(write.error());

    match phase {
        PausePhase::Running {
            remaining,
            progress,
        } => {
            let left = format_remaining(remaining);
            let label = format!(
                "{} left of {}. Back at {back_at}.",
                minutes_phrase(remaining + TimeDelta::seconds(59)),
                minutes_phrase(pause.planned())
            );
            rsx! {
                h1 { "{RUNNING_TITLE}" }
                blockquote { id: "pause-sentence", class: "sentence", "{sentence}" }
                ShareText { text: sentence.clone(), label: SEND_THIS, describedby: "pause-sentence" }
                div { class: "pause-visuals",
                    Ring { progress, remaining: left, label }
                    Breather { elapsed_s }
                }
                if platform::can_pulse() {
                    div { class: "pulse-choice",
                        button {
                            r#type: "button",
                            class: "chip",
                            aria_pressed: "{shared.settings.read().pulse_with_breath}",
                            aria_describedby: "pulse-hint",
                            onclick: move |_| async move {
                                write.settings(|s| s.pulse_with_breath = !s.pulse_with_breath, None).await;
                            },
                            "{PULSE}"
                        }
                        p { id: "pulse-hint", class: "hint",
                            if motion_reduced() { "{PULSE_STILL}" } else { "{PULSE_HINT}" }
                        }
                    }
                }
                AlertsOnTime {}
                p { class: "kind-note", "{KIND_NOTE}" }
                if let Some(message) = error() {
                    ErrorNote { message }
                }
                div { class: "row-actions",
                    button {
                        r#type: "button",
                        class: "button secondary",
                        aria_label: EXTEND_LABEL,
                        onclick: move |_| act.call(Ask::Extend),
                        "{EXTEND}"
                    }
                    button {
                        r#type: "button",
                        class: "button primary",
                        onclick: move |_| act.call(Ask::Finish(None)),
                        "{BACK_EARLY}"
                    }
                    button {
                        r#type: "button",
                        class: "button quiet",
                        onclick: move |_| act.call(Ask::Cancel),
                        "{CALL_OFF}"
                    }
                }
            }
        }
        _ => rsx! {
            section { class: "card come-back", role: "status", aria_labelledby: "timeup-heading",
                h1 { id: "timeup-heading", "{TIME_UP_TITLE}" }
                h2 { "{READY}" }
                p { "{READY_NOTE}" }
                if let Some(message) = error() {
                    ErrorNote { message }
                }
                div { class: "stack",
                    button {
                        r#type: "button",
                        class: "button primary wide",
                        onclick: move |_| act.call(Ask::Finish(Some(Then::CheckIn))),
                        "Check in"
                    }
                    button {
                        r#type: "button",
                        class: "button primary wide",
                        onclick: move |_| act.call(Ask::Finish(Some(Then::Repair))),
                        "Repair"
                    }
                    button {
                        r#type: "button",
                        class: "button secondary wide",
                        onclick: move |_| act.call(Ask::Extend),
                        "{MORE_TIME}"
                    }
                    button {
                        r#type: "button",
                        class: "button quiet wide",
                        onclick: move |_| act.call(Ask::Finish(None)),
                        "End pause"
                    }
                }
            }
        },
    }
}
