//! Watches the open pause from every screen: shows a banner with the time left, says when
//! the time is up, and on a phone gives a gentle pulse at that moment (the notification
//! comes from the alerts' one plan, `ui::device::AlertSync`).

use dioxus::prelude::*;

use crate::domain::pause::format_remaining;
use crate::domain::{PauseId, PausePhase};
use crate::platform::{self, Pulse};
use crate::t;
use crate::ui::Route;
use crate::ui::context::{use_lang, use_open_pause, use_shared};
use crate::ui::device::use_motion_reduced;

/// The banner for an open pause, on every screen but the pause's own.
#[component]
pub fn PauseWatch() -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let route = use_route::<Route>();
    let open = use_open_pause();
    // The pause seen running in this session: its end is announced once, when it comes.
    let mut seen_running = use_signal(|| None::<PauseId>);
    let motion_reduced = use_motion_reduced();
    use_effect(move || {
        let now = (shared.now)();
        let Some(Ok(Some(pause))) = &*open.read() else {
            return;
        };
        match pause.phase(now) {
            PausePhase::Running { .. } if *seen_running.peek() != Some(pause.id()) => {
                seen_running.set(Some(pause.id()));
            }
            PausePhase::TimeUp if *seen_running.peek() == Some(pause.id()) => {
                seen_running.set(None);
                tracing::info!("pause time is up");
                // The notification comes from the alerts' one plan (`AlertSync`). A gentle
                // pulse on a phone, unless motion is kept still.
                if !*motion_reduced.peek() {
                    platform::pulse(Pulse::PauseOver);
                }
            }
            _ => {}
        }
    });

    if matches!(route, Route::PauseScreen {} | Route::ComeBack {}) {
        return rsx! {};
    }
    let Some(Ok(Some(pause))) = open.read().clone() else {
        return rsx! {};
    };
    let now = (shared.now)();
    match pause.phase(now) {
        // The running countdown is not a live region: it would be read out every second.
        PausePhase::Running { remaining, .. } => rsx! {
            div { class: "pause-banner",
                Link { to: Route::PauseScreen {}, class: "pause-banner-link",
                    {t!(lang, "pause-banner", left = format_remaining(remaining))}
                }
            }
        },
        _ => rsx! {
            div { class: "pause-banner pause-banner-done", role: "status",
                Link { to: Route::PauseScreen {}, class: "pause-banner-link",
                    {t!(lang, "pause-banner-over")}
                }
            }
        },
    }
}
