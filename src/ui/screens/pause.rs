//! The pause: choose a length, say the sentence, and step away. While it runs, a ring
//! counts down and a circle paces slow breathing; it can be extended, ended early or called
//! off. Kept as a start and an end, so it survives the app closing.

use chrono::TimeDelta;
use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::pause::{PauseAsk, breath_turns, duration, format_remaining, pause_sentence};
use crate::domain::text::excerpt;
use crate::domain::time::describe_in;
use crate::domain::{Moment, Pause, PauseId, PauseLength, PausePhase, RuptureId};
use crate::platform::{self, Pulse};
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Breather, Chip, ChipGroup, ErrorNote, Loading, Ring, ShareText};
use crate::ui::context::{use_lang, use_load, use_open_pause, use_shared};
use crate::ui::device::{AlertsOnTime, use_motion_reduced};
use crate::ui::errors::Told;

/// The pause screen: set-up when no pause is open, otherwise the running pause.
#[component]
pub fn PauseScreen() -> Element {
    let open = use_open_pause();
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "pause-title"));
    let loaded = open.read().clone();
    rsx! {
        document::Title { "{window}" }
        match loaded {
            None => rsx! { h1 { {t!(lang, "pause-title")} } Loading {} },
            Some(Err(message)) => rsx! { h1 { {t!(lang, "pause-title")} } ErrorNote { message } },
            Some(Ok(None)) => rsx! { PauseSetup {} },
            Some(Ok(Some(pause))) => rsx! { PauseRunning { pause } },
        }
    }
}

/// The sentence to say, with the return time in the device's zone.
fn sentence_for(lang: Lang, length: TimeDelta, end: &Moment) -> String {
    pause_sentence(lang, length, platform::in_local_zone(end).time())
}

/// Choosing a length and starting.
#[component]
fn PauseSetup() -> Element {
    let shared = use_shared();
    let lang = use_lang();
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
            Err(e) => return write.refuse(e.told_in(lang)),
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
        h1 { {t!(lang, "pause-title")} }
        ChipGroup { legend: t!(lang, "pause-length"), hint: t!(lang, "pause-length-hint"),
            for preset in PauseLength::PRESETS {
                Chip {
                    key: "{preset.minutes()}",
                    label: t!(lang, "pause-length-choice", minutes = preset.minutes()),
                    selected: custom().is_none() && length() == preset,
                    onclick: move |_| {
                        length.set(preset);
                        custom.set(None);
                        write.clear();
                    },
                }
            }
            Chip {
                label: t!(lang, "pause-other"),
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
                label { r#for: "pause-minutes", class: "field-label", {t!(lang, "pause-minutes")} }
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
                    p { class: "field-label", {t!(lang, "pause-say-this")} }
                    blockquote { class: "sentence", {sentence_for(lang, len.duration(), &(now + len.duration()))} }
                }
            },
            Err(e) => rsx! { ErrorNote { message: e.told_in(lang) } },
        }
        if !open_ruptures.is_empty() {
            ChipGroup { legend: t!(lang, "pause-about"),
                for r in open_ruptures {
                    Chip {
                        key: "{r.id}",
                        label: format!("{} · {}", excerpt(r.what.as_str(), 40), describe_in(lang, &r.at, &now)),
                        selected: rupture() == Some(r.id),
                        onclick: move |_| {
                            let current = *rupture.peek();
                            rupture.set(if current == Some(r.id) { None } else { Some(r.id) });
                        },
                    }
                }
            }
        }
        p { class: "kind-note", {t!(lang, "pause-kind-note")} }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
        div { class: "sticky-actions",
            button {
                r#type: "button",
                class: "button primary wide",
                disabled: write.busy() || chosen.is_err(),
                onclick: start,
                {t!(lang, "pause-start")}
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
    let lang = use_lang();
    let nav = use_navigator();
    let now = (shared.now)();
    let phase = pause.phase(now);
    let sentence = sentence_for(lang, pause.planned(), &pause.planned_end());
    let back_at = lang.clock(platform::in_local_zone(&pause.planned_end()).time());
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
                    shared.say(t!(lang, "pause-called-off"), None);
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
            let label = t!(
                lang,
                "pause-ring",
                left = duration(lang, remaining + TimeDelta::seconds(59)),
                length = duration(lang, pause.planned()),
                back = back_at.clone()
            );
            rsx! {
                h1 { {t!(lang, "pause-running-title")} }
                blockquote { id: "pause-sentence", class: "sentence", "{sentence}" }
                ShareText { text: sentence.clone(), label: t!(lang, "pause-send"), describedby: "pause-sentence" }
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
                            {t!(lang, "pause-pulse")}
                        }
                        p { id: "pulse-hint", class: "hint",
                            if motion_reduced() { {t!(lang, "pause-pulse-still")} } else { {t!(lang, "pause-pulse-hint")} }
                        }
                    }
                }
                AlertsOnTime {}
                p { class: "kind-note", {t!(lang, "pause-kind-note")} }
                if let Some(message) = error() {
                    ErrorNote { message }
                }
                div { class: "row-actions",
                    button {
                        r#type: "button",
                        class: "button secondary",
                        aria_label: t!(lang, "pause-extend-label"),
                        onclick: move |_| act.call(Ask::Extend),
                        {t!(lang, "pause-extend")}
                    }
                    button {
                        r#type: "button",
                        class: "button primary",
                        onclick: move |_| act.call(Ask::Finish(None)),
                        {t!(lang, "pause-back-early")}
                    }
                    button {
                        r#type: "button",
                        class: "button quiet",
                        onclick: move |_| act.call(Ask::Cancel),
                        {t!(lang, "pause-call-off")}
                    }
                }
            }
        }
        _ => rsx! {
            section { class: "card come-back", role: "status", aria_labelledby: "timeup-heading",
                h1 { id: "timeup-heading", {t!(lang, "pause-time-up")} }
                h2 { {t!(lang, "pause-ready")} }
                p { {t!(lang, "pause-ready-note")} }
                if let Some(message) = error() {
                    ErrorNote { message }
                }
                div { class: "stack",
                    button {
                        r#type: "button",
                        class: "button primary wide",
                        onclick: move |_| act.call(Ask::Finish(Some(Then::CheckIn))),
                        {t!(lang, "pause-check-in")}
                    }
                    button {
                        r#type: "button",
                        class: "button primary wide",
                        onclick: move |_| act.call(Ask::Finish(Some(Then::Repair))),
                        {t!(lang, "pause-repair")}
                    }
                    button {
                        r#type: "button",
                        class: "button secondary wide",
                        onclick: move |_| act.call(Ask::Extend),
                        {t!(lang, "pause-more-time")}
                    }
                    button {
                        r#type: "button",
                        class: "button quiet wide",
                        onclick: move |_| act.call(Ask::Finish(None)),
                        {t!(lang, "pause-end")}
                    }
                }
            }
        },
    }
}
