//! Reflect: one prompt a day, an answer with an optional Self score, a month of days
//! reflected (never a streak), and the daily reminder.

use chrono::{NaiveDate, NaiveTime};
use dioxus::prelude::*;

use crate::domain::content::library_in;
use crate::domain::i18n::Length;
use crate::domain::reflection::{month_grid, month_start, month_summary, shift_month};
use crate::domain::{Level, Note};
use crate::platform;
use crate::store::Store;
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Form, LevelPicker, Loading};
use crate::ui::context::{use_lang, use_load_with, use_shared};

const DEFAULT_REMINDER: &str = "20:00";

/// The reflection screen.
#[component]
pub fn ReflectScreen() -> Element {
    let shared = use_shared();
    // The day the screen was opened on: an answer begun late in the evening stays with that
    // day and its question, even if it is saved after midnight.
    let today = use_hook(|| shared.now_by_minute().date_naive());
    let found = use_load_with(move || today, |s, day| s.reflection_on(day));
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "reflect-title"));
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "reflect-title")} }
        p { class: "lead", {t!(lang, "reflect-intro")} }
        match found.read().clone() {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(existing)) => rsx! {
                TodayCard {
                    key: "{today}",
                    day: today,
                    answer: existing.as_ref().map(|r| r.answer.clone()),
                    self_level: existing.as_ref().and_then(|r| r.self_level),
                    prompt: existing.as_ref().map(|r| library_in(lang).prompt_or(&r.prompt_id, &r.prompt)),
                }
            },
        }
        MonthCalendar { today }
        Reminder {}
    }
}

/// Today's prompt and the answer to it.
#[component]
fn TodayCard(
    day: NaiveDate,
    answer: Option<String>,
    self_level: Option<Level>,
    /// The prompt already answered today, which stays even if our words change.
    prompt: Option<String>,
) -> Element {
    let write = use_command();
    let lang = use_lang();
    let answered = answer.is_some();
    let mut text = use_signal(|| answer.clone().unwrap_or_default());
    let mut level = use_signal(|| self_level);
    // In the reader's language; an answer keeps the words it was given with.
    let todays = library_in(lang).prompt_for(day).cloned();
    let shown = prompt.or_else(|| todays.as_ref().map(|p| p.text.clone()));
    let save = move |_| {
        let todays = todays.clone();
        async move {
            let answer = match Note::parse_required(&text.peek(), "your answer") {
                Ok(a) => a,
                Err(e) => return write.refuse(e.said(lang)),
            };
            // With no prompt of ours (it cannot happen in a sound build), the answer is kept
            // under a plain one.
            let prompt = todays.unwrap_or_else(|| crate::domain::content::Prompt {
                id: "free".to_owned(),
                topic: crate::domain::content::Topic::SelfEnergy,
                text: t!(lang, "reflect-free-prompt"),
            });
            let chosen = *level.peek();
            let now = platform::now();
            let save = move |s: &mut Store| s.save_reflection(day, &prompt, &answer, chosen, &now);
            write.say(save, t!(lang, "reflect-saved"), None).await;
        }
    };
    rsx! {
        section { class: "card reflect-today", aria_labelledby: "prompt-heading",
            h2 { id: "prompt-heading", class: "eyebrow", {t!(lang, "reflect-prompt-heading")} }
            match shown {
                Some(p) => rsx! { p { class: "prompt", dir: "auto", "{p}" } },
                None => rsx! { p { class: "prompt", {t!(lang, "reflect-no-prompt")} } },
            }
            if answered {
                p { class: "hint", {t!(lang, "reflect-answered")} }
            }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "reflect-answer", class: "field-label", {t!(lang, "reflect-answer")} }
                    textarea {
                        id: "reflect-answer",
                        dir: "auto",
                        rows: "5",
                        maxlength: "10000",
                        value: "{text}",
                        oninput: move |e| {
                            text.set(e.value());
                            write.clear();
                        },
                    }
                }
                LevelPicker {
                    legend: t!(lang, "reflect-self-legend"),
                    low: t!(lang, "reflect-self-low"),
                    high: t!(lang, "reflect-self-high"),
                    value: level(),
                    onchange: move |v| level.set(v),
                }
                if let Some(message) = write.error() {
                    ErrorNote { message }
                }
                button {
                    r#type: "submit",
                    class: "button primary wide",
                    disabled: write.busy(),
                    if answered {
                        {t!(lang, "reflect-save-changes")}
                    } else {
                        {t!(lang, "reflect-save")}
                    }
                }
            }
        }
    }
}

/// A month of days, the days reflected marked. Moves back and forward by month.
#[component]
fn MonthCalendar(today: NaiveDate) -> Element {
    let lang = use_lang();
    let mut first = use_signal(|| month_start(today));
    let days = use_load_with(move || *first.read(), |s, month| s.reflection_days(month));
    let month = first();
    let this_month = month == month_start(today);
    let reflected: Vec<NaiveDate> = match &*days.read() {
        Some(Ok(d)) => d.clone(),
        _ => Vec::new(),
    };
    let title = lang.month_year(month, Length::Long);
    let calendar = t!(lang, "reflect-calendar", month = title.clone());
    let weekdays = lang.week().map(|d| {
        (
            lang.weekday(d, Length::Short),
            lang.weekday(d, Length::Long),
        )
    });
    rsx! {
        section { class: "card month", aria_labelledby: "month-heading",
            h2 { id: "month-heading", {t!(lang, "reflect-month-heading")} }
            div { class: "month-nav",
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: t!(lang, "reflect-earlier"),
                    onclick: move |_| first.set(shift_month(month, false)),
                    "‹"
                }
                p { class: "month-title", aria_live: "polite", "{title}" }
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: t!(lang, "reflect-later"),
                    disabled: this_month,
                    onclick: move |_| first.set(shift_month(month, true)),
                    "›"
                }
            }
            if let Some(Err(message)) = &*days.read() {
                ErrorNote { message: message.clone() }
            }
            table { class: "calendar", aria_label: "{calendar}",
                thead {
                    tr {
                        for (short, long) in weekdays {
                            th { key: "{short}", scope: "col", abbr: "{long}", "{short}" }
                        }
                    }
                }
                tbody {
                    for (w, week) in month_grid(month, lang.first_weekday()).into_iter().enumerate() {
                        tr { key: "{w}",
                            for (i, day) in week.into_iter().enumerate() {
                                CalendarDay {
                                    key: "{i}",
                                    day,
                                    reflected: day.is_some_and(|d| reflected.contains(&d)),
                                    today: day == Some(today),
                                }
                            }
                        }
                    }
                }
            }
            p { class: "month-summary", {month_summary(lang, reflected.len(), month, this_month)} }
        }
    }
}

/// One cell of the calendar.
#[component]
fn CalendarDay(day: Option<NaiveDate>, reflected: bool, today: bool) -> Element {
    let lang = use_lang();
    let Some(day) = day else {
        return rsx! { td { class: "day day-empty" } };
    };
    let class = match (reflected, today) {
        (true, true) => "day day-on day-today",
        (true, false) => "day day-on",
        (false, true) => "day day-today",
        (false, false) => "day",
    };
    rsx! {
        td { class, "aria-current": if today { "date" } else { "false" },
            "{day.format(\"%-d\")}"
            if reflected {
                span { class: "visually-hidden", {t!(lang, "reflect-day-reflected")} }
            }
        }
    }
}

/// The daily reminder: on or off, and at what time.
#[component]
fn Reminder() -> Element {
    let settings = use_shared().settings;
    let saved = settings.read().reflect_reminder;
    let mut time = use_signal(|| {
        saved.map_or(DEFAULT_REMINDER.to_owned(), |t| {
            t.format("%H:%M").to_string()
        })
    });
    let write = use_command();
    let lang = use_lang();
    let store = use_callback(move |at: Option<NaiveTime>| {
        let said = if at.is_some() {
            t!(lang, "reflect-reminder-saved-on")
        } else {
            t!(lang, "reflect-reminder-saved-off")
        };
        spawn(async move {
            write
                .settings(|s| s.reflect_reminder = at, Some(&said))
                .await;
        });
    });
    let parse = |text: &str| NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
    rsx! {
        section { class: "card", aria_labelledby: "reminder-heading",
            h2 { id: "reminder-heading", {t!(lang, "reflect-reminder-heading")} }
            p { class: "hint", {t!(lang, "reflect-reminder-note")} }
            div { class: "reminder-row",
                label { class: "switch",
                    input {
                        r#type: "checkbox",
                        id: "reminder-on",
                        checked: saved.is_some(),
                        onchange: move |e| {
                            if e.checked() {
                                match parse(&time.peek()) {
                                    Some(t) => store.call(Some(t)),
                                    None => write.refuse(t!(lang, "reflect-reminder-no-time")),
                                }
                            } else {
                                store.call(None);
                            }
                        },
                    }
                    span { {t!(lang, "reflect-reminder-on")} }
                }
                label { r#for: "reminder-time", class: "field-label", {t!(lang, "reflect-reminder-time")} }
                input {
                    id: "reminder-time",
                    r#type: "time",
                    value: "{time}",
                    onchange: move |e| {
                        time.set(e.value());
                        if settings.peek().reflect_reminder.is_some() {
                            match parse(&e.value()) {
                                Some(t) => store.call(Some(t)),
                                None => write.refuse(t!(lang, "reflect-reminder-bad-time")),
                            }
                        }
                    },
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
