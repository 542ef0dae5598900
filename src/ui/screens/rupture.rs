//! Logging a rupture: when, with whom, what happened, and how big it felt. Its words are the
//! `rupture-` messages.

use dioxus::prelude::*;

use crate::domain::rupture::WHAT_WHAT;
use crate::domain::time::{from_input, to_input};
use crate::domain::{Note, PersonId, Rupture, RuptureId, RuptureStatus, Severity};
use crate::platform;
use crate::store::People;
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, Form, LabelledText, NameChoice, NamePicker, SaveBar};
use crate::ui::context::{use_lang, use_load, use_record, use_shared};

/// A new rupture.
#[component]
pub fn RuptureNew() -> Element {
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "rupture-title-new"));
    rsx! {
        document::Title { "{window}" }
        RuptureForm { existing: None, then_repair: false }
    }
}

/// Editing a rupture.
#[component]
pub fn RuptureEdit(id: ReadSignal<RuptureId>) -> Element {
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "rupture-title-edit"));
    let r = use_record(move || id.cloned(), |s, id| s.rupture(id))?;
    rsx! {
        RuptureForm { key: "{r.id}", existing: Some(r), then_repair: false }
        document::Title { "{window}" }
    }
}

/// The rupture form. With `then_repair`, saving goes straight on to the repair.
#[component]
pub fn RuptureForm(existing: Option<Rupture>, then_repair: bool) -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let nav = use_navigator();
    let start = existing.clone();
    let mut what = use_signal(|| {
        start
            .as_ref()
            .map(|r| r.what.as_str().to_owned())
            .unwrap_or_default()
    });
    let mut when = use_signal(|| to_input(&start.as_ref().map_or_else(platform::now, |r| r.at)));
    // Untouched, "When" keeps the time to the second: the rupture's own, or the moment of saving.
    let mut when_touched = use_signal(|| false);
    let mut person = use_signal(|| start.as_ref().and_then(|r| r.person_id));
    let mut severity = use_signal(|| start.as_ref().map_or(Severity::DEFAULT, |r| r.severity));
    let write = use_command();
    let add_person_write = use_command();
    let people = use_load(|s| s.list::<People>());

    let add_person = move |text: String| async move {
        if let Some(p) = add_person_write.add_name::<People>(&text).await {
            person.set(Some(p.id));
        }
    };

    let editing = existing.clone();
    let save = move |_| {
        let editing = editing.clone();
        async move {
            let now = platform::now();
            // Words kept from before and left as they were are saved as they were.
            let typed = what.peek().clone();
            let what = match &editing {
                Some(r) => r.what.edited_required(&typed, WHAT_WHAT),
                None => Note::parse_required(&typed, WHAT_WHAT),
            };
            let what = match what {
                Ok(w) => w,
                Err(e) => return write.refuse(e.said(lang)),
            };
            let reference = editing.as_ref().map_or(now, |r| r.at);
            let at = if *when_touched.peek() {
                match from_input(&when.peek(), &reference) {
                    Some(at) => at,
                    None => return write.refuse(t!(lang, "rupture-bad-when")),
                }
            } else {
                reference
            };
            let rupture = match &editing {
                Some(r) => Rupture {
                    at,
                    what,
                    person_id: *person.peek(),
                    severity: *severity.peek(),
                    ..r.clone()
                },
                None => Rupture {
                    id: RuptureId::random(),
                    at,
                    person_id: *person.peek(),
                    what,
                    severity: *severity.peek(),
                    status: RuptureStatus::Open,
                    repaired_at: None,
                },
            };
            let id = rupture.id;
            if write
                .run(move |s| s.save_rupture(&rupture, &now))
                .await
                .is_none()
            {
                return;
            }
            if then_repair {
                nav.replace(Route::RepairFlow { id });
            } else {
                let said = if editing.is_some() {
                    t!(lang, "rupture-updated")
                } else {
                    t!(lang, "rupture-saved")
                };
                shared.say(said, None);
                nav.replace(Route::detail(id));
            }
        }
    };

    let choices: Vec<NameChoice<PersonId>> = match &*people.read() {
        Some(Ok(list)) => list.iter().map(NameChoice::from).collect(),
        _ => Vec::new(),
    };
    let is_edit = existing.is_some();
    rsx! {
        h1 { if is_edit { {t!(lang, "rupture-title-edit")} } else { {t!(lang, "rupture-title-new")} } }
        if !is_edit {
            p { class: "lead", {t!(lang, "rupture-explained")} }
        }
        Form {
            class: "form",
            onsubmit: save,
            LabelledText {
                id: "rupture-what",
                label: t!(lang, "rupture-what"),
                hint: t!(lang, "rupture-what-hint"),
                required: true,
                value: what(),
                oninput: move |v| {
                    what.set(v);
                    write.clear();
                },
                notice: existing.as_ref().and_then(|r| r.what.kept_notice(lang, WHAT_WHAT)),
            }
            NamePicker {
                legend: t!(lang, "rupture-with"),
                names: choices,
                selected: person(),
                onselect: move |id: Option<PersonId>| person.set(id),
                add_label: t!(lang, "rupture-add-person"),
                onadd: add_person,
                error: add_person_write.error(),
            }
            ChipGroup { legend: t!(lang, "rupture-size"),
                for s in Severity::ALL {
                    Chip {
                        key: "{s.get()}",
                        label: t!(lang, "rupture-size-choice", size = s.get()),
                        selected: severity() == s,
                        onclick: move |_| severity.set(s),
                    }
                }
            }
            div { class: "field",
                label { r#for: "rupture-when", class: "field-label", {t!(lang, "rupture-when")} }
                input {
                    id: "rupture-when",
                    r#type: "datetime-local",
                    value: "{when}",
                    oninput: move |e| {
                        when.set(e.value());
                        when_touched.set(true);
                    },
                }
            }
            SaveBar {
                label: if then_repair { t!(lang, "rupture-save-then-repair") } else { t!(lang, "rupture-save") },
                busy: write.busy(),
                error: write.error(),
            }
        }
    }
}
