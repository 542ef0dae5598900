//! The pause's calm visuals: a ring that empties as time passes, and a breathing pacer.

use dioxus::prelude::*;

use crate::domain::pause::{BREATH_S, BREATHE_IN_S};
use crate::t;
use crate::ui::context::use_lang;

/// A ring countdown; `progress` runs from 0 (just started) to 1 (time is up).
#[component]
pub fn Ring(progress: f64, remaining: String, label: String) -> Element {
    let r = 54.0;
    let circumference = 2.0 * std::f64::consts::PI * r;
    let offset = circumference * progress.clamp(0.0, 1.0);
    rsx! {
        div { class: "ring", role: "timer", aria_label: "{label}",
            svg {
                view_box: "0 0 120 120",
                "aria-hidden": "true",
                circle { class: "ring-track", cx: "60", cy: "60", r: "{r}" }
                circle {
                    class: "ring-left",
                    cx: "60",
                    cy: "60",
                    r: "{r}",
                    stroke_dasharray: "{circumference:.2}",
                    stroke_dashoffset: "{offset:.2}",
                    transform: "rotate(-90 60 60)",
                }
            }
            span { class: "ring-time", "aria-hidden": "true", "{remaining}" }
        }
    }
}

/// A circle that grows while breathing in and shrinks while breathing out, paced from the
/// seconds since the pause began. With less motion (the device's setting, or Mend's), the
/// circle holds still and the seconds of each half are counted instead (`mend.css`).
#[component]
pub fn Breather(elapsed_s: i64) -> Element {
    let lang = use_lang();
    let t = elapsed_s.rem_euclid(BREATH_S);
    let (word, scale, count) = if t < BREATHE_IN_S {
        (
            t!(lang, "breathe-in"),
            0.6 + 0.4 * (t + 1) as f64 / BREATHE_IN_S as f64,
            t + 1,
        )
    } else {
        (
            t!(lang, "breathe-out"),
            1.0 - 0.4 * (t - BREATHE_IN_S + 1) as f64 / (BREATH_S - BREATHE_IN_S) as f64,
            t - BREATHE_IN_S + 1,
        )
    };
    rsx! {
        div { class: "breather",
            div {
                class: "breath-circle",
                "aria-hidden": "true",
                style: "--breath-scale: {scale:.3}",
                span { class: "breath-count", "{count}" }
            }
            p { class: "breath-word", "{word}" }
        }
    }
}
