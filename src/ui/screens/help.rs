//! Help now: what to do if someone is in danger, that repair is not for violence, threats
//! or control, the lines of the user's region (from `assets/content/help.toml`, each with
//! where its number was taken from), and lines of the user's own. Reachable from the top
//! bar of every screen, from Settings and from every safety note.

use dioxus::prelude::*;

use crate::domain::help::{
    ELSEWHERE, Line, OwnLine, Region, content, shown_region, sms_href, tel_href,
};
use crate::domain::text::excerpt;
use crate::domain::{HelpLineId, Undo};
use crate::platform;
use crate::ui::command::use_command;
use crate::ui::components::{CANCEL, ErrorNote, Form, SaveBar};
use crate::ui::context::{use_load, use_shared};

const TITLE: &str = "Help now";
const LEAD: &str = "If this is a hard moment, you don't have to get through it alone.";
const DANGER: &str = "If you or someone else is in danger right now";
const DANGER_CALL: &str = "Call the emergency number now. If you can't talk, stay on the line, or move somewhere safer first if you can.";
const ELSEWHERE_CALL: &str = "Call your local emergency number now. If you can't talk, stay on the line, or move somewhere safer first if you can.";
const NOT_REPAIR: &str = "Repair is not for this";
const NOT_REPAIR_TEXT: &str = "If there is violence, threats or control in your relationship, the exercises in Mend are not the answer, and it is not yours to fix alone. Your safety comes first. The people on these lines can talk it through with you in confidence.";
const WHERE: &str = "Where to turn";
const NO_LINES: &str = "Mend doesn't have lines for where you are yet. Your local emergency number is the place to start, and a doctor or a local support service can point you to others. You can add lines of your own below.";
const REGION: &str = "Your region";
const REGION_HINT: &str = "The lines shown are for this region.";
const FROM_DEVICE: &str = "Same as my device";
const OTHER: &str = "Somewhere else";
const MINE: &str = "My people and lines";
const MINE_HINT: &str =
    "A therapist, a friend, a local service: the people you'd call. They stay on this device.";
const NONE_MINE: &str = "None yet.";
const ADD: &str = "Add a line";
const EDIT: &str = "Change this line";
const NAME: &str = "Name";
const NUMBER: &str = "Phone number";
const TEXTS: &str = "They take text messages";
const NOTE: &str = "A note (optional)";
const SAVE: &str = "Save line";
const SAVED: &str = "Line saved.";
const DELETED: &str = "Line deleted.";
const NOT_THERAPY: &str = "Mend is a self-help companion, not a crisis service and not therapy.";

/// The device's locale, asked once while the screen is open (on a phone that is a call
/// into the system), not at every render.
fn use_locale() -> Option<String> {
    use_hook(platform::locale)
}

/// The region whose lines show: the one chosen in settings, else the device's.
fn use_region() -> Option<&'static Region> {
    let shared = use_shared();
    let locale = use_locale();
    let chosen = shared.settings.read().help_region.clone();
    shown_region(content(), chosen.as_deref(), locale.as_deref())
}

/// The Help now screen.
#[component]
pub fn HelpNow() -> Element {
    let region = use_region();
    rsx! {
        document::Title { "Help now · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{LEAD}" }
        EmergencyCall {}
        section { class: "help-not-repair", aria_labelledby: "not-repair-title",
            h2 { id: "not-repair-title", "{NOT_REPAIR}" }
            p { "{NOT_REPAIR_TEXT}" }
        }
        section { aria_labelledby: "where-title",
            h2 { id: "where-title", "{WHERE}" }
            RegionPicker {}
            match region {
                Some(r) => rsx! {
                    ul { class: "plain-list help-lines",
                        for l in r.lines.iter() {
                            NationalLine { key: "{l.name}", line: l.clone() }
                        }
                    }
                },
                None => rsx! { p { "{NO_LINES}" } },
            }
        }
        OwnLines {}
        p { class: "hint", "{NOT_THERAPY}" }
    }
}

/// What to do in danger now: the region's emergency numbers to call, or the advice to call
/// the local one. It names nothing of the data, so the lock screen shows it too.
#[component]
pub(super) fn EmergencyCall() -> Element {
    let region = use_region();
    rsx! {
        section { class: "help-danger card", aria_labelledby: "danger-title",
            h2 { id: "danger-title", "{DANGER}" }
            if let Some(r) = region {
                p { "{DANGER_CALL}" }
                div { class: "actions",
                    for n in r.emergency.iter() {
                        a { key: "{n}", class: "button danger", href: tel_href(n), "Call {n}" }
                    }
                }
                if let Some(note) = &r.emergency_note {
                    p { class: "hint", "{note}" }
                }
            } else {
                p { "{ELSEWHERE_CALL}" }
            }
        }
    }
}

/// A line of the region: what it offers, its numbers as links, and where they came from.
#[component]
fn NationalLine(line: Line) -> Element {
    let host = line
        .source
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or(&line.source)
        .trim_start_matches("www.")
        .to_owned();
    let checked = line.checked.format("%-d %B %Y").to_string();
    rsx! {
        li { class: "card help-line",
            h3 { "{line.name}" }
            p { class: "hint", "{line.for_.label()}" }
            p { "{line.about}" }
            if let Some(hours) = &line.hours {
                p { class: "hint", "{hours}" }
            }
            div { class: "actions",
                if let Some(n) = &line.call {
                    a { class: "button primary", href: tel_href(n), aria_label: "Call {n}, {line.name}", "Call {n}" }
                }
                if let Some(n) = &line.text {
                    a {
                        class: "button secondary",
                        href: sms_href(n, line.text_word.as_deref()),
                        aria_label: match &line.text_word {
                            Some(w) => format!("Text {w} to {n}, {}", line.name),
                            None => format!("Text {n}, {}", line.name),
                        },
                        match &line.text_word {
                            Some(w) => rsx! { "Text {w} to {n}" },
                            None => rsx! { "Text {n}" },
                        }
                    }
                }
            }
            p { class: "hint help-source", "Number from {host}, checked {checked}." }
        }
    }
}

/// The region Help now shows lines for: the device's, one of the file's, or somewhere else.
#[component]
pub(super) fn RegionPicker() -> Element {
    let shared = use_shared();
    let write = use_command();
    let chosen = shared.settings.read().help_region.clone();
    let device = use_locale()
        .and_then(|l| crate::domain::help::region_of_locale(&l))
        .and_then(|code| content().region(&code).map(|r| r.name.clone()));
    let device_label = match &device {
        Some(name) => format!("{FROM_DEVICE} ({name})"),
        None => FROM_DEVICE.to_owned(),
    };
    rsx! {
        div { class: "field",
            label { r#for: "help-region", class: "field-label", "{REGION}" }
            p { id: "help-region-hint", class: "hint", "{REGION_HINT}" }
            select {
                id: "help-region",
                aria_describedby: "help-region-hint",
                onchange: move |e| async move {
                    let value = e.value();
                    let next = (!value.is_empty()).then_some(value);
                    write.settings(move |s| s.help_region = next, None).await;
                },
                option { value: "", selected: chosen.is_none(), "{device_label}" }
                for r in content().regions.iter() {
                    option { key: "{r.code}", value: "{r.code}", selected: chosen.as_deref() == Some(r.code.as_str()), "{r.name}" }
                }
                option { value: ELSEWHERE, selected: chosen.as_deref() == Some(ELSEWHERE), "{OTHER}" }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}

/// The user's own lines, with a form to add one and each one's edit and delete.
#[component]
fn OwnLines() -> Element {
    let lines = use_load(|s| s.help_lines());
    let mut editing = use_signal(|| None::<OwnLine>);
    let listed = lines.read().clone();
    rsx! {
        section { aria_labelledby: "mine-title",
            h2 { id: "mine-title", "{MINE}" }
            p { class: "hint", "{MINE_HINT}" }
            match listed {
                None => rsx! {},
                Some(Err(message)) => rsx! { ErrorNote { message } },
                Some(Ok(lines)) if lines.is_empty() => rsx! { p { "{NONE_MINE}" } },
                Some(Ok(lines)) => rsx! {
                    ul { class: "plain-list help-lines",
                        for l in lines {
                            OwnLineRow { key: "{l.id}", line: l.clone(), onedit: move |l| editing.set(Some(l)) }
                        }
                    }
                },
            }
            // A new form for each line opened, so its fields start from that line.
            {
                let form_key = editing().map(|l| l.id.to_string()).unwrap_or_default();
                rsx! {
                    LineForm { key: "{form_key}", editing: editing(), ondone: move |_| editing.set(None) }
                }
            }
        }
    }
}

#[component]
fn OwnLineRow(line: OwnLine, onedit: EventHandler<OwnLine>) -> Element {
    let write = use_command();
    let id: HelpLineId = line.id;
    let edited = line.clone();
    let short = excerpt(&line.name, 40);
    rsx! {
        li { class: "card help-line help-mine",
            h3 { dir: "auto", "{line.name}" }
            if !line.note.is_empty() {
                p { dir: "auto", "{line.note}" }
            }
            div { class: "actions",
                a { class: "button primary", href: tel_href(&line.number), aria_label: "Call {line.number}, {short}", "Call {line.number}" }
                if line.texts {
                    a { class: "button secondary", href: sms_href(&line.number, None), aria_label: "Text {line.number}, {short}", "Text {line.number}" }
                }
            }
            div { class: "row-actions",
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: "Change: {short}",
                    onclick: move |_| onedit.call(edited.clone()),
                    "Change"
                }
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: "Delete: {short}",
                    onclick: move |_| async move {
                        let now = platform::now();
                        let undo = Some(Undo::DeleteHelpLine(id));
                        write.say(move |s| s.delete_help_line(id, &now), DELETED, undo).await;
                    },
                    "Delete"
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}

fn blank() -> OwnLine {
    OwnLine {
        id: HelpLineId::random(),
        name: String::new(),
        number: String::new(),
        texts: false,
        note: String::new(),
    }
}

/// Adds a line of the user's own, or changes one.
#[component]
fn LineForm(editing: Option<OwnLine>, ondone: EventHandler<()>) -> Element {
    let write = use_command();
    let is_edit = editing.is_some();
    let mut draft = use_signal(|| editing.clone().unwrap_or_else(blank));
    let save = move |_| async move {
        let line = draft.peek().clone();
        let now = platform::now();
        if write
            .say(move |s| s.save_help_line(&line, &now), SAVED, None)
            .await
            .is_some()
        {
            draft.set(blank());
            ondone.call(());
        }
    };
    let d = draft();
    rsx! {
        div { class: "card",
            h3 { id: "line-form-title", if is_edit { "{EDIT}" } else { "{ADD}" } }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "line-name", class: "field-label", "{NAME}" }
                    input {
                        id: "line-name",
                        r#type: "text",
                        dir: "auto",
                        maxlength: "100",
                        autocomplete: "off",
                        value: "{d.name}",
                        oninput: move |e| draft.write().name = e.value(),
                        onmounted: move |e: MountedEvent| async move {
                            if is_edit {
                                let _ = e.scroll_to(ScrollBehavior::Smooth).await;
                                let _ = e.set_focus(true).await;
                            }
                        },
                    }
                }
                div { class: "field",
                    label { r#for: "line-number", class: "field-label", "{NUMBER}" }
                    input {
                        id: "line-number",
                        r#type: "tel",
                        inputmode: "tel",
                        autocomplete: "off",
                        maxlength: "40",
                        value: "{d.number}",
                        oninput: move |e| draft.write().number = e.value(),
                    }
                }
                label { class: "check-field",
                    input {
                        r#type: "checkbox",
                        checked: d.texts,
                        onchange: move |e| draft.write().texts = e.checked(),
                    }
                    " {TEXTS}"
                }
                div { class: "field",
                    label { r#for: "line-note", class: "field-label", "{NOTE}" }
                    input {
                        id: "line-note",
                        r#type: "text",
                        dir: "auto",
                        maxlength: "500",
                        value: "{d.note}",
                        oninput: move |e| draft.write().note = e.value(),
                    }
                }
                if is_edit {
                    button {
                        r#type: "button",
                        class: "button quiet",
                        onclick: move |_| ondone.call(()),
                        "{CANCEL}"
                    }
                }
                SaveBar { label: SAVE, busy: write.busy(), error: write.error() }
            }
        }
    }
}
