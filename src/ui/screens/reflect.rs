//! Reflect: one prompt a day, an answer with an optional Self score, a month of days
//! reflected (never a streak), and the daily reminder.

use chrono::{NaiveDate, NaiveTime};
use dioxus::prelude::*;

use crate::domain::content::library;
use crate::domain::reflection::{month_grid, month_start, month_summary, shift_month};
use crate::domain::{Level, Note};
use crate::platform;
use crate::store::Store;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Form, LevelPicker, Loading};
use crate::ui::context::{use_load_with, use_shared};

const TITLE: &str = "Reflect";
const INTRO: &str = "A question for today. Write as much or as little as you like.";
const PROMPT_HEADING: &str = "Today's question";
const ANSWER_LABEL: &str = "Your answer";
const SELF_LEGEND: &str = "How much Self is here right now?";
const SELF_LOW: &str = "hardly any";
const SELF_HIGH: &str = "calm and open";
const SAVE: &str = "Save";
const SAVE_CHANGES: &str = "Save changes";
const SAVED: &str = "Saved. Thank you for taking a moment for yourself.";
const ANSWERED: &str = "You've answered today. You can change your answer until the day ends.";
const NO_PROMPTS: &str =
    "Today's question couldn't be found. You can still write what's on your mind.";
const MONTH_HEADING: &str = "Your month";
const EARLIER: &str = "Earlier month";
const LATER: &str = "Later month";
const WEEKDAYS: [(&str, &str); 7] = [
    ("Mo", "Monday"),
    ("Tu", "Tuesday"),
    ("We", "Wednesday"),
    ("Th", "Thursday"),
    ("Fr", "Friday"),
    ("Sa", "Saturday"),
    ("Su", "Sunday"),
];
const REMINDER_HEADING: &str = "Daily reminder";
const REMINDER_NOTE: &str = "A gentle nudge at a time you choose. On this computer it comes while Mend is open; nothing is sent anywhere.";
const REMINDER_ON: &str = "Remind me each day";
const REMINDER_TIME: &str = "Reminder time";
const REMINDER_SAVED_ON: &str = "The daily reminder is on.";
const REMINDER_SAVED_OFF: &str = "The daily reminder is off.";
const DEFAULT_REMINDER: &str = "20:00";

/// The reflection screen.
#[component]
pub fn ReflectScreen() -> Element {
    let shared = use_shared();
    // The day the screen was opened on: an answer begun late in the evening stays with that
    // day and its question, even if it is saved after midnight.
    let today = use_hook(|| shared.now_by_minute().date_naive());
    let found = use_load_with(move || today, |s, day| s.reflection_on(day));
    rsx! {
        document::Title { "Reflect · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{INTRO}" }
        match found.read().clone() {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(existing)) => rsx! {
                TodayCard {
                    key: "{today}",
                    day: today,
                    answer: existing.as_ref().map(|r| r.answer.clone()),
                    self_level: existing.as_ref().and_then(|r| r.self_level),
                    prompt: existing.as_ref().map(|r| r.prompt.clone()),
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
    let answered = answer.is_some();
    let mut text = use_signal(|| answer.clone().unwrap_or_default());
    let mut level = use_signal(|| self_level);
    let todays = library().prompt_for(day).cloned();
    let shown = prompt.or_else(|| todays.as_ref().map(|p| p.text.clone()));
    let save = move |_| {
        let todays = todays.clone();
        async move {
            let answer = match Note::parse_required(&text.peek(), "your answer") {
                Ok(a) => a,
                Err(e) => return write.refuse(e.to_string()),
            };
            // With no prompt of ours (it cannot happen in a sound build), the answer is kept
            // under a plain one.
            let prompt = todays.unwrap_or_else(|| crate::domain::content::Prompt {
                id: "free".to_owned(),
                topic: crate::domain::content::Topic::SelfEnergy,
                text: "What's on your mind today?".to_owned(),
            });
            let chosen = *level.peek();
            let now = platform::now();
            let save = move |s: &mut Store| s.save_reflection(day, &prompt, &answer, chosen, &now);
            write.say(save, SAVED, None).await;
        }
    };
    rsx! {
        section { class: "card reflect-today", aria_labelledby: "prompt-heading",
            h2 { id: "prompt-heading", class: "eyebrow", "{PROMPT_HEADING}" }
            match shown {
                Some(p) => rsx! { p { class: "prompt", dir: "auto", "{p}" } },
                None => rsx! { p { class: "prompt", "{NO_PROMPTS}" } },
            }
            if answered {
                p { class: "hint", "{ANSWERED}" }
            }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "reflect-answer", class: "field-label", "{ANSWER_LABEL}" }
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
                    legend: SELF_LEGEND,
                    low: SELF_LOW,
                    high: SELF_HIGH,
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
                    if answered { "{SAVE_CHANGES}" } else { "{SAVE}" }
                }
            }
        }
    }
}

/// A month of days, the days reflected marked. Moves back and forward by month.
#[component]
fn MonthCalendar(today: NaiveDate) -> Element {
    let mut first = use_signal(|| month_start(today));
    let days = use_load_with(move || *first.read(), |s, month| s.reflection_days(month));
    let month = first();
    let this_month = month == month_start(today);
    let reflected: Vec<NaiveDate> = match &*days.read() {
        Some(Ok(d)) => d.clone(),
        _ => Vec::new(),
    };
    let title = month.format("%B %Y").to_string();
    rsx! {
        section { class: "card month", aria_labelledby: "month-heading",
            h2 { id: "month-heading", "{MONTH_HEADING}" }
            div { class: "month-nav",
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: "{EARLIER}",
                    onclick: move |_| first.set(shift_month(month, false)),
                    "‹"
                }
                p { class: "month-title", aria_live: "polite", "{title}" }
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: "{LATER}",
                    disabled: this_month,
                    onclick: move |_| first.set(shift_month(month, true)),
                    "›"
                }
            }
            if let Some(Err(message)) = &*days.read() {
                ErrorNote { message: message.clone() }
            }
            table { class: "calendar", aria_label: "{title}: days you reflected",
                thead {
                    tr {
                        for (short, long) in WEEKDAYS {
                            th { key: "{short}", scope: "col", abbr: "{long}", "{short}" }
                        }
                    }
                }
                tbody {
                    for (w, week) in month_grid(month).into_iter().enumerate() {
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
            p { class: "month-summary", "{month_summary(reflected.len(), month, this_month)}" }
        }
    }
}

/// One cell of the calendar.
#[component]
fn CalendarDay(day: Option<NaiveDate>, reflected: bool, today: bool) -> Element {
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
                span { class: "visually-hidden", ", reflected" }
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
    let store = use_callback(move |at: Option<NaiveTime>| {
        let said = if at.is_some() {
            REMINDER_SAVED_ON
        } else {
            REMINDER_SAVED_OFF
        };
        spawn(async move {
            write
                .settings(|s| s.reflect_reminder = at, Some(said))
                .await;
        });
    });
    let parse = |text: &str| NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
    rsx! {
        section { class: "card", aria_labelledby: "reminder-heading",
            h2 { id: "reminder-heading", "{REMINDER_HEADING}" }
            p { class: "hint", "{REMINDER_NOTE}" }
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
                                    None => write.refuse("Choose a time for the reminder first."),
                                }
                            } else {
                                store.call(None);
                            }
                        },
                    }
                    span { "{REMINDER_ON}" }
                }
                label { r#for: "reminder-time", class: "field-label", "{REMINDER_TIME}" }
                input {
                    id: "reminder-time",
                    r#type: "time",
                    value: "{time}",
                    onchange: move |e| {
                        time.set(e.value());
                        if settings.peek().reflect_reminder.is_some() {
                            match parse(&e.value()) {
                                Some(t) => store.call(Some(t)),
                                None => write.refuse("That time doesn't look right. Try something like 20:00."),
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
