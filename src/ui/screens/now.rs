//! Now: the home screen. The big actions, the first-run note, a talk waiting, and ruptures
//! waiting for repair. Its words are the `now-` messages of `assets/locales`.

use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::text::excerpt;
use crate::domain::time::{describe_in, describe_within};
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, SafetyNote};
use crate::ui::context::{use_lang, use_load, use_shared};

/// The home screen.
#[component]
pub fn Now() -> Element {
    crate::ui::probe::use_first_paint(crate::ui::probe::NOW);
    let shared = use_shared();
    let lang = use_lang();
    let ruptures = use_load(|s| s.open_ruptures(5));
    let open_talk = use_load(|s| s.open_talk());
    let welcomed = shared.settings.read().welcomed;
    let now = shared.now_by_minute();
    rsx! {
        document::Title { "Mend" }
        h1 { {t!(lang, "now-title")} }
        if !welcomed {
            Welcome {}
        }
        nav { class: "actions", aria_label: t!(lang, "now-actions"),
            Action { to: Route::CheckInNew {}, label: t!(lang, "now-check-in"), hint: t!(lang, "now-check-in-hint"), class: "action-checkin" }
            Action { to: Route::PauseScreen {}, label: t!(lang, "now-pause"), hint: t!(lang, "now-pause-hint"), class: "action-pause" }
            Action { to: Route::RepairStart {}, label: t!(lang, "now-repair"), hint: t!(lang, "now-repair-hint"), class: "action-repair" }
            Action { to: Route::ReflectScreen {}, label: t!(lang, "now-reflect"), hint: t!(lang, "now-reflect-hint"), class: "action-reflect" }
        }
        nav { class: "secondary-actions", aria_label: t!(lang, "now-more"),
            Link { to: Route::RuptureNew {}, class: "button secondary", {t!(lang, "now-log-rupture")} }
            Link { to: Route::TalkStart {}, class: "button secondary", {t!(lang, "now-talk")} }
            Link { to: Route::PracticeScreen {}, class: "button secondary", {t!(lang, "now-practise")} }
            Link { to: Route::TogetherScreen {}, class: "button secondary", {t!(lang, "now-together")} }
            Link { to: Route::PartsScreen {}, class: "button secondary", {t!(lang, "now-parts")} }
            Link { to: Route::InsightsScreen {}, class: "button secondary", {t!(lang, "now-insights")} }
            Link { to: Route::History {}, class: "button secondary", aria_describedby: "history-hint", {t!(lang, "shell-history")} }
            span { id: "history-hint", class: "visually-hidden", {t!(lang, "now-history-hint")} }
        }
        if let Some(Ok(Some(talk))) = &*open_talk.read() {
            section { class: "card talk-waiting", aria_labelledby: "talk-waiting-heading",
                h2 { id: "talk-waiting-heading", {t!(lang, "now-talk-waiting")} }
                p { class: "hint", {t!(lang, "now-talk-begun", when = describe_within(lang, &talk.started_at, &now))} }
                Link { to: Route::TalkFlow { id: talk.id }, class: "button primary", {t!(lang, "now-talk-pick-up")} }
            }
        }
        match &*ruptures.read() {
            Some(Ok(list)) if !list.is_empty() => rsx! {
                section { class: "waiting", aria_labelledby: "waiting-heading",
                    h2 { id: "waiting-heading", {t!(lang, "now-waiting")} }
                    ul { class: "plain-list",
                        for r in list.clone() {
                            li { key: "{r.id}", class: "waiting-item",
                                Link {
                                    to: Route::detail(r.id),
                                    class: "waiting-what",
                                    span { dir: "auto", "{excerpt(r.what.as_str(), 80)}" }
                                    span { class: "entry-when", "{describe_in(lang, &r.at, &now)} · {r.status.label(lang)}" }
                                }
                                Link {
                                    to: Route::RepairFlow { id: r.id },
                                    class: "button small",
                                    aria_label: t!(lang, "now-repair-one", what = excerpt(r.what.as_str(), 40)),
                                    {t!(lang, "now-repair")}
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
fn Action(to: Route, label: String, hint: String, class: &'static str) -> Element {
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
    let lang: Lang = use_lang();
    rsx! {
        section { class: "card welcome", aria_labelledby: "welcome-heading",
            h2 { id: "welcome-heading", {t!(lang, "now-welcome-title")} }
            SafetyNote {}
            p { {t!(lang, "rupture-explained")} }
            p { {t!(lang, "now-welcome-private")} }
            button {
                r#type: "button",
                class: "button",
                disabled: write.busy(),
                onclick: move |_| async move {
                    write.settings(|s| s.welcomed = true, None).await;
                },
                {t!(lang, "now-welcome-done")}
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
