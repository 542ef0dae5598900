//! Help now: what to do if someone is in danger, that repair is not for violence, threats
//! or control, the lines of the user's region (from `assets/content/help.toml`, each with
//! where its number was taken from), and lines of the user's own. Reachable from the top
//! bar of every screen, from Settings and from every safety note.

use chrono::Datelike;
use dioxus::prelude::*;

use crate::domain::help::{
    ELSEWHERE, Line, OwnLine, Region, content_in, device_region, shown_region, sms_href, tel_href,
};
use crate::domain::text::excerpt;
use crate::domain::{HelpLineId, Undo};
use crate::platform;
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Form, SaveBar};
use crate::ui::context::{DeviceLanguages, use_lang, use_load, use_shared};
use crate::ui::files::InBrowser;

/// The device's locales, best first, asked once while the screen is open (on a phone the
/// locale is a call into the system), not at every render: its locale, then the languages
/// it asks for. In the preview, the browser's languages alone: the locale is the computer's
/// that runs the preview, not the reader's.
fn use_locales() -> Vec<String> {
    use_hook(|| {
        let languages = try_consume_context::<DeviceLanguages>()
            .map(|d| d.0)
            .unwrap_or_default();
        if try_consume_context::<InBrowser>().is_some() {
            languages
        } else {
            platform::locale().into_iter().chain(languages).collect()
        }
    })
}

/// The region whose lines show, in the reader's language: the one chosen in settings, else
/// the device's.
fn use_region() -> Option<&'static Region> {
    let shared = use_shared();
    let locales = use_locales();
    let lang = use_lang();
    let chosen = shared.settings.read().help_region.clone();
    shown_region(content_in(lang), chosen.as_deref(), &locales)
}

/// The Help now screen.
#[component]
pub fn HelpNow() -> Element {
    let region = use_region();
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "help-title"));
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "help-title")} }
        p { class: "lead", {t!(lang, "help-lead")} }
        EmergencyCall {}
        section { class: "help-not-repair", aria_labelledby: "not-repair-title",
            h2 { id: "not-repair-title", {t!(lang, "help-not-repair")} }
            p { {t!(lang, "help-not-repair-text")} }
        }
        section { aria_labelledby: "where-title",
            h2 { id: "where-title", {t!(lang, "help-where")} }
            RegionPicker {}
            match region {
                Some(r) => rsx! {
                    ul { class: "plain-list help-lines",
                        for l in r.lines.iter() {
                            NationalLine { key: "{l.id}", line: l.clone() }
                        }
                    }
                },
                None => rsx! { p { {t!(lang, "help-no-lines")} } },
            }
        }
        OwnLines {}
        p { class: "hint", {t!(lang, "help-not-therapy")} }
    }
}

/// What to do in danger now: the region's emergency numbers to call, or the advice to call
/// the local one. It names nothing of the data, so the lock screen shows it too.
#[component]
pub(super) fn EmergencyCall() -> Element {
    let region = use_region();
    let lang = use_lang();
    rsx! {
        section { class: "help-danger card", aria_labelledby: "danger-title",
            h2 { id: "danger-title", {t!(lang, "help-danger")} }
            if let Some(r) = region {
                p { {t!(lang, "help-danger-call")} }
                div { class: "actions",
                    for n in r.emergency.iter() {
                        a { key: "{n}", class: "button danger", href: tel_href(n), {t!(lang, "help-call", number = n.as_str())} }
                    }
                }
                if let Some(note) = &r.emergency_note {
                    p { class: "hint", "{note}" }
                }
            } else {
                p { {t!(lang, "help-elsewhere-call")} }
            }
        }
    }
}

/// A line of the region: what it offers, its numbers as links, and where they came from.
#[component]
fn NationalLine(line: Line) -> Element {
    let lang = use_lang();
    let host = line
        .source
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or(&line.source)
        .trim_start_matches("www.")
        .to_owned();
    let checked = line.checked;
    let source = t!(
        lang,
        "help-source",
        host = host,
        day = checked.day().to_string(),
        month = lang.month(checked.month()),
        year = checked.year().to_string()
    );
    let name = line.name.as_str();
    rsx! {
        li { class: "card help-line",
            h3 { "{line.name}" }
            p { class: "hint", {lang.word("help-for", line.for_.code())} }
            p { "{line.about}" }
            if let Some(hours) = &line.hours {
                p { class: "hint", "{hours}" }
            }
            div { class: "actions",
                if let Some(n) = &line.call {
                    a {
                        class: "button primary",
                        href: tel_href(n),
                        aria_label: t!(lang, "help-call-line", number = n.as_str(), line = name),
                        {t!(lang, "help-call", number = n.as_str())}
                    }
                }
                if let Some(n) = &line.text {
                    a {
                        class: "button secondary",
                        href: sms_href(n, line.text_word.as_deref()),
                        aria_label: match &line.text_word {
                            Some(w) => t!(lang, "help-text-word-line", word = w.as_str(), number = n.as_str(), line = name),
                            None => t!(lang, "help-text-line", number = n.as_str(), line = name),
                        },
                        match &line.text_word {
                            Some(w) => t!(lang, "help-text-word", word = w.as_str(), number = n.as_str()),
                            None => t!(lang, "help-text", number = n.as_str()),
                        }
                    }
                }
            }
            p { class: "hint help-source", "{source}" }
        }
    }
}

/// The region Help now shows lines for: the device's, one of the file's, or somewhere else.
#[component]
pub(super) fn RegionPicker() -> Element {
    let shared = use_shared();
    let write = use_command();
    let lang = use_lang();
    let lines = content_in(lang);
    let chosen = shared.settings.read().help_region.clone();
    let locales = use_locales();
    let device_label = match device_region(lines, &locales) {
        Some(r) => t!(lang, "help-region-device-named", region = r.name.as_str()),
        None => t!(lang, "help-region-device"),
    };
    rsx! {
        div { class: "field",
            label { r#for: "help-region", class: "field-label", {t!(lang, "help-region")} }
            p { id: "help-region-hint", class: "hint", {t!(lang, "help-region-hint")} }
            select {
                id: "help-region",
                aria_describedby: "help-region-hint",
                onchange: move |e| async move {
                    let value = e.value();
                    let next = (!value.is_empty()).then_some(value);
                    write.settings(move |s| s.help_region = next, None).await;
                },
                option { value: "", selected: chosen.is_none(), "{device_label}" }
                for r in lines.regions.iter() {
                    option { key: "{r.code}", value: "{r.code}", selected: chosen.as_deref() == Some(r.code.as_str()), "{r.name}" }
                }
                option { value: ELSEWHERE, selected: chosen.as_deref() == Some(ELSEWHERE), {t!(lang, "help-region-other")} }
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
    let lang = use_lang();
    rsx! {
        section { aria_labelledby: "mine-title",
            h2 { id: "mine-title", {t!(lang, "help-mine")} }
            p { class: "hint", {t!(lang, "help-mine-hint")} }
            match listed {
                None => rsx! {},
                Some(Err(message)) => rsx! { ErrorNote { message } },
                Some(Ok(lines)) if lines.is_empty() => rsx! { p { {t!(lang, "help-mine-none")} } },
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
    let lang = use_lang();
    let id: HelpLineId = line.id;
    let edited = line.clone();
    let short = excerpt(&line.name, 40);
    let number = line.number.as_str();
    rsx! {
        li { class: "card help-line help-mine",
            h3 { dir: "auto", "{line.name}" }
            if !line.note.is_empty() {
                p { dir: "auto", "{line.note}" }
            }
            div { class: "actions",
                a {
                    class: "button primary",
                    href: tel_href(number),
                    aria_label: t!(lang, "help-call-line", number = number, line = short.as_str()),
                    {t!(lang, "help-call", number = number)}
                }
                if line.texts {
                    a {
                        class: "button secondary",
                        href: sms_href(number, None),
                        aria_label: t!(lang, "help-text-line", number = number, line = short.as_str()),
                        {t!(lang, "help-text", number = number)}
                    }
                }
            }
            div { class: "row-actions",
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: t!(lang, "help-line-change-label", name = short.as_str()),
                    onclick: move |_| onedit.call(edited.clone()),
                    {t!(lang, "help-line-change")}
                }
                button {
                    r#type: "button",
                    class: "button quiet small",
                    aria_label: t!(lang, "help-line-delete-label", name = short.as_str()),
                    onclick: move |_| async move {
                        let now = platform::now();
                        let undo = Some(Undo::DeleteHelpLine(id));
                        write.say(move |s| s.delete_help_line(id, &now), t!(lang, "help-line-deleted"), undo).await;
                    },
                    {t!(lang, "delete")}
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
    let lang = use_lang();
    let is_edit = editing.is_some();
    let mut draft = use_signal(|| editing.clone().unwrap_or_else(blank));
    let save = move |_| async move {
        let line = draft.peek().clone();
        let now = platform::now();
        if write
            .say(
                move |s| s.save_help_line(&line, &now),
                t!(lang, "help-line-saved"),
                None,
            )
            .await
            .is_some()
        {
            draft.set(blank());
            ondone.call(());
        }
    };
    let d = draft();
    let texts = t!(lang, "help-line-texts");
    rsx! {
        div { class: "card",
            h3 { id: "line-form-title",
                if is_edit {
                    {t!(lang, "help-line-edit")}
                } else {
                    {t!(lang, "help-line-add")}
                }
            }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "line-name", class: "field-label", {t!(lang, "help-line-name")} }
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
                    label { r#for: "line-number", class: "field-label", {t!(lang, "help-line-number")} }
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
                    " {texts}"
                }
                div { class: "field",
                    label { r#for: "line-note", class: "field-label", {t!(lang, "help-line-note")} }
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
                        {t!(lang, "help-line-cancel")}
                    }
                }
                SaveBar { label: t!(lang, "help-line-save"), busy: write.busy(), error: write.error() }
            }
        }
    }
}
