//! Mend's life on the device, beyond its screens: whether it is in front of the person or
//! away, the Android back button, the alerts a phone's system holds for it (the end of a
//! pause and the daily reminder, shown even while Mend is closed), and the `mend://` links
//! it is opened with (home-screen shortcuts, a notification's actions).

use std::collections::HashSet;

use dioxus::prelude::*;

use crate::domain::Moment;
use crate::domain::alerts::{AlertKind, plan, plan_in_app};
use crate::domain::i18n::Lang;
use crate::domain::links::Link;
use crate::domain::pause::PauseAsk;
use crate::platform::{self, Permission};
use crate::store::Settings;
use crate::t;
use crate::ui::Route;
use crate::ui::command::{Command, use_command};
use crate::ui::context::{Shared, use_lang, use_load_with, use_open_pause, use_shared};

/// Follows whether Mend is in front of the person: the page's own visibility (a browser tab,
/// a desktop window) and, in a webview, the system's word that the app went to the
/// background or came back (an Android WebView is never told it was hidden). `onaway` gets
/// the moment Mend went away; `onback` gets the same moment, once it is back.
#[component]
pub fn FollowPresence(onaway: EventHandler<Moment>, onback: EventHandler<Moment>) -> Element {
    let mut away_since = use_signal(|| None::<Moment>);
    let mut seen = move |here: bool| {
        let now = platform::now();
        let since = *away_since.peek();
        match (here, since) {
            (false, None) => {
                away_since.set(Some(now));
                onaway.call(now);
            }
            (true, Some(left)) => {
                away_since.set(None);
                onback.call(left);
            }
            _ => {}
        }
    };
    use_future(move || async move {
        let mut page = document::eval(
            r#"document.addEventListener("visibilitychange", () => dioxus.send(document.visibilityState));
               await new Promise(() => {});"#,
        );
        while let Ok(state) = page.recv::<String>().await {
            seen(state != "hidden");
        }
    });
    #[cfg(any(feature = "desktop", feature = "mobile"))]
    let in_webview = try_use_context::<super::webview::DesktopContext>().is_some();
    #[cfg(not(any(feature = "desktop", feature = "mobile")))]
    let in_webview = false;
    rsx! {
        if in_webview {
            SystemPresence { onchange: move |here: bool| seen(here) }
        }
    }
}

/// The system's events for the app going to the background and coming back.
#[cfg(any(feature = "desktop", feature = "mobile"))]
#[component]
fn SystemPresence(onchange: EventHandler<bool>) -> Element {
    use super::webview::tao::event::Event;
    super::webview::use_wry_event_handler(move |event, _| match event {
        Event::Suspended => onchange.call(false),
        Event::Resumed => onchange.call(true),
        _ => {}
    });
    rsx! {}
}

#[cfg(not(any(feature = "desktop", feature = "mobile")))]
#[component]
fn SystemPresence(onchange: EventHandler<bool>) -> Element {
    let _ = onchange;
    rsx! {}
}

/// The Android back button, which goes back through Mend's own screens and leaves the app
/// only from Now. The phone's activity (android/MainActivity.kt) asks `window.mendBack()`,
/// which says whether Mend went back itself; elsewhere nothing calls it.
#[component]
pub fn BackButton() -> Element {
    let route = use_route::<Route>();
    let at_home = matches!(route, Route::Now {});
    use_effect(use_reactive!(|at_home| {
        document::eval(&format!("window.mendAtHome = {at_home};"));
    }));
    let navigator = navigator();
    use_future(move || async move {
        let mut page = document::eval(
            r#"window.mendBack = () => {
                 if (window.mendAtHome) return false;
                 dioxus.send("back");
                 return true;
               };
               await new Promise(() => {});"#,
        );
        while page.recv::<String>().await.is_ok() {
            if navigator.can_go_back() {
                navigator.go_back();
            } else {
                navigator.replace(Route::Now {});
            }
        }
    });
    rsx! {}
}

/// Keeps the alerts in step with the stored pause and the reminder, from one plan: after
/// every write, when the reminder changes, when the day turns, and each time Mend comes back
/// to the front. On a phone the system holds the plan; the first time an alert is needed, Mend
/// says why and lets the system ask, and if alerts aren't allowed, says once that it works
/// without them. Elsewhere (a computer, the browser preview) Mend says each alert of the plan
/// itself while it is open, once, when its time comes: a system notification, and for the
/// reminder a message too.
#[component]
pub fn AlertSync() -> Element {
    let shared = use_shared();
    let today = use_memo(move || shared.now_by_minute().date_naive());
    let reminder = use_memo(move || shared.settings.read().reflect_reminder);
    // Planned from the open pause as the frame read it, once it has read it.
    let open = use_open_pause();
    let wanted = use_load_with(
        move || {
            let pause = match &*open.read() {
                Some(Ok(pause)) => Some(pause.clone()),
                _ => None,
            };
            // The language too: a plan's words are set again in a language newly chosen.
            (
                (shared.returned)(),
                today(),
                reminder(),
                pause,
                (shared.lang)(),
            )
        },
        |s, (_, day, at, pause, _)| {
            let Some(pause) = pause else {
                return Ok(None);
            };
            let now = platform::now();
            let reflected = s.reflection_on(day)?.is_some();
            if !platform::holds_alerts() {
                return Ok(Some((0, plan_in_app(pause.as_ref(), at, reflected, &now))));
            }
            // Numbered as it is read, so a plan read later always wins.
            let number = platform::next_plan_number();
            Ok(Some((number, plan(pause.as_ref(), at, reflected, &now))))
        },
    );
    let asked = use_command();
    use_effect(move || {
        let Some(Ok(Some((number, alerts)))) = wanted.read().clone() else {
            return;
        };
        if !platform::holds_alerts() {
            return;
        }
        let lang = *shared.lang.peek();
        spawn(async move {
            if !alerts.is_empty() {
                consent(asked, shared, lang).await;
            }
            platform::hold_alerts(number, alerts, lang);
        });
    });
    // Mend's own saying of the plan, checked as the clock ticks. What was said is kept by its
    // kind and instant, so a plan read again says nothing twice.
    let mut said = use_signal(HashSet::<(AlertKind, i64)>::new);
    use_effect(move || {
        let now = (shared.now)().to_utc();
        if platform::holds_alerts() {
            return;
        }
        let Some(Ok(Some((_, alerts)))) = &*wanted.read() else {
            return;
        };
        for alert in alerts {
            let Some(at) = platform::instant_of(&alert.time) else {
                continue;
            };
            let key = (alert.kind, at.timestamp_millis());
            if at > now || said.peek().contains(&key) {
                continue;
            }
            said.write().insert(key);
            let kind = alert.kind;
            tracing::info!(kind = kind.code(), "an alert of the plan is due");
            let lang = *shared.lang.peek();
            let (title, body) = (kind.title(lang), kind.body(lang));
            if kind == AlertKind::Reflect {
                shared.say(body.clone(), None);
            }
            tokio::task::spawn_blocking(move || platform::notify(&title, &body));
        }
    });
    rsx! {}
}

/// The first time alerts are needed: why, then the system's question. Later, if they are
/// not allowed: once, that Mend works without them.
async fn consent(asked: Command, shared: Shared, lang: Lang) {
    let known = shared.settings.peek().clone();
    if known.alerts_asked && known.alerts_refusal_said {
        return;
    }
    let permission = tokio::task::spawn_blocking(platform::alert_permission)
        .await
        .unwrap_or(Permission::NotAllowed);
    if permission == Permission::Allowed {
        return;
    }
    let said = if !known.alerts_asked {
        shared.say(t!(lang, "alert-ask-why"), None);
        // The answer comes when Mend is back in front, and is read then.
        let _ = tokio::task::spawn_blocking(platform::ask_alert_permission).await;
        |s: &mut Settings| s.alerts_asked = true
    } else {
        shared.say(t!(lang, "alert-works-without"), None);
        |s: &mut Settings| s.alerts_refusal_said = true
    };
    if !asked.settings(said, None).await {
        tracing::warn!("could not keep that alerts were asked about");
    }
}

/// Keeps a `mend://` link Mend was opened with (a home-screen shortcut, a notification's
/// action) for [`FollowLink`]: the one the system holds, looked at when Mend starts, each
/// time it comes back to the front and when the platform says one came, and any the page
/// hands over through
/// `window.mendLink(address)` (the Android activity calls it with no address when a new
/// link is waiting). It lives outside the router, so a link that comes while the app lock
/// is showing waits for the PIN.
#[component]
pub fn LinkWatch() -> Element {
    let shared = use_shared();
    let mut link = shared.link;
    let mut keep = move |address: Option<String>| {
        if let Some(found) = address.as_deref().and_then(Link::parse) {
            link.set(Some(found));
        } else if let Some(address) = address {
            tracing::info!(%address, "a link Mend doesn't know; staying where it is");
        }
    };
    use_effect(move || {
        let _ = (shared.returned)();
        keep(platform::take_link());
    });
    use_future(move || async move {
        loop {
            platform::link_noted().await;
            keep(platform::take_link());
        }
    });
    use_future(move || async move {
        let mut page = document::eval(
            r#"window.mendLink = (address) => { dioxus.send(address ?? null); return true; };
               await new Promise(() => {});"#,
        );
        while let Ok(address) = page.recv::<Option<String>>().await {
            keep(address.or_else(platform::take_link));
        }
    });
    rsx! {}
}

/// Follows a waiting `mend://` link, inside the router (so after the app lock): to the
/// check-in or the pause; or the running pause ended ("I'm back", then the screen after a
/// pause) or given five more minutes.
#[component]
pub fn FollowLink() -> Element {
    let shared = use_shared();
    let asked = use_command();
    let nav = use_navigator();
    let mut waiting = shared.link;
    use_effect(move || {
        let Some(link) = waiting() else {
            return;
        };
        waiting.set(None);
        spawn(async move {
            let (ask, then) = match link {
                Link::CheckIn => (None, Route::CheckInNew {}),
                Link::Pause => (None, Route::PauseScreen {}),
                Link::PauseBack => (Some(PauseAsk::Finish), Route::ComeBack {}),
                Link::PauseMore => (Some(PauseAsk::Extend), Route::PauseScreen {}),
            };
            if let Some(ask) = ask {
                let now = platform::now();
                // A pause already ended changes nothing (logged); the screen says the rest.
                let changed = asked.run(move |s| s.ask_of_pause(None, ask, &now)).await;
                if ask == PauseAsk::Extend && changed.flatten().is_some() {
                    let lang = *shared.lang.peek();
                    shared.say(t!(lang, "alert-more-time-added"), None);
                }
            }
            nav.push(then);
        });
    });
    rsx! {}
}

/// On the running pause, the first time, where the phone may hold its end back: one sentence
/// why on-time alerts help, and the way to the phone's "Alarms & reminders" page. If the
/// person says not now, or comes back without allowing them, Mend says once that the alert
/// may come a few minutes late. Nothing else changes.
#[component]
pub fn AlertsOnTime() -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let write = use_command();
    let on_time = use_resource(move || {
        let _ = (shared.returned)();
        async {
            tokio::task::spawn_blocking(platform::alerts_on_time)
                .await
                .ok()
                .flatten()
        }
    });
    // The time Mend came back to the front when the person went to allow them.
    let mut went_to_allow = use_signal(|| None::<u64>);
    let late_once = move || async move {
        write
            .settings(
                |s| {
                    s.alerts_on_time_asked = true;
                    s.alerts_late_said = true;
                },
                Some(&t!(lang, "alert-late")),
            )
            .await;
    };
    use_effect(move || {
        let (Some(Some(false)), Some(left_at)) = (on_time(), went_to_allow()) else {
            return;
        };
        if (shared.returned)() > left_at && !shared.settings.peek().alerts_late_said {
            went_to_allow.set(None);
            spawn(late_once());
        }
    });
    let asked = shared.settings.read().alerts_on_time_asked;
    if on_time() != Some(Some(false)) || asked {
        return rsx! {};
    }
    rsx! {
        section { class: "card on-time", aria_labelledby: "on-time-heading",
            h2 { id: "on-time-heading", class: "visually-hidden", {t!(lang, "alert-on-time-allow")} }
            p { {t!(lang, "alert-on-time-why")} }
            div { class: "row-actions",
                button {
                    r#type: "button",
                    class: "button secondary",
                    onclick: move |_| async move {
                        went_to_allow.set(Some(*shared.returned.peek()));
                        write.settings(|s| s.alerts_on_time_asked = true, None).await;
                        tokio::task::spawn_blocking(platform::ask_alerts_on_time).await.ok();
                    },
                    {t!(lang, "alert-on-time-allow")}
                }
                button {
                    r#type: "button",
                    class: "button quiet",
                    onclick: move |_| late_once(),
                    {t!(lang, "alert-on-time-not-now")}
                }
            }
        }
    }
}

/// Whether motion is kept still: Mend's Reduce motion, or the device's own setting (the
/// page's `prefers-reduced-motion`, followed as it changes). Pulses follow it too.
pub fn use_motion_reduced() -> Memo<bool> {
    let shared = use_shared();
    let mut device = use_signal(|| false);
    use_future(move || async move {
        let mut page = document::eval(
            r#"const query = matchMedia("(prefers-reduced-motion: reduce)");
               dioxus.send(query.matches);
               query.addEventListener("change", (e) => dioxus.send(e.matches));
               await new Promise(() => {});"#,
        );
        while let Ok(reduced) = page.recv::<bool>().await {
            device.set(reduced);
        }
    });
    use_memo(move || shared.settings.read().reduce_motion || device())
}

/// Keeps what Mend shows out of the phone's app switcher while the app lock is on.
#[component]
pub fn PrivateInSwitcher() -> Element {
    let shared = use_shared();
    let locking = shared.settings.read().app_lock.is_some();
    use_effect(use_reactive!(|locking| {
        platform::keep_out_of_app_switcher(locking);
    }));
    rsx! {}
}
