//! What the user knows of a part: its name, role, age, fears, needs, triggers and notes.

use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::kept::{Kept, known};
use crate::domain::part::{
    FEARS_WHAT, NEEDS_WHAT, NOTES_WHAT, PartDetails, PartDraft, PartRole, TRIGGERS_WHAT,
};
use crate::domain::{AgeBand, PartId};
use crate::platform;
use crate::ui::command::use_command;
use crate::ui::components::{AgeBandChips, Chip, Form, KeptAsItWas, LabelledText, SaveBar};

const ABOUT_TITLE: &str = "Getting to know it";
const NAME_LABEL: &str = "Name";
const ROLE_LEGEND: &str = "What kind of part is it?";
const ROLE_HINT: &str = "Some parts protect you, and some are the hurt parts they protect. Choose one if it fits, or leave it.";
const AGE_LEGEND: &str = "How old does it usually feel?";
const FEARS_LABEL: &str = "What is it afraid of?";
const FEARS_HINT: &str = "What does it fear would happen if it stopped doing what it does?";
const NEEDS_LABEL: &str = "What does it need?";
const TRIGGERS_LABEL: &str = "What sets it off?";
const NOTES_LABEL: &str = "Notes";
const SAVE: &str = "Save";
const SAVED: &str = "Saved.";

/// What the user knows of the part: name, role, age, fears, needs, triggers and notes.
#[component]
pub(super) fn PartForm(id: PartId, details: PartDetails) -> Element {
    let write = use_command();
    let mut form = use_signal(|| details.draft());
    let mut kept = use_signal(|| details.clone());
    let save = move |_| async move {
        let details = match form.peek().parse(Some(&kept.peek())) {
            Ok(d) => d,
            Err(e) => return write.refuse(e.to_string()),
        };
        let now = platform::now();
        let saved = details.clone();
        if write
            .say(move |s| s.save_part(id, &details, &now), SAVED, None)
            .await
            .is_some()
        {
            kept.set(saved);
        }
    };
    let f = form.read().clone();
    let text_field = move |id: &'static str,
                           label: &'static str,
                           hint: Option<&'static str>,
                           value: String,
                           notice: Option<String>,
                           set: fn(&mut PartDraft, String)| {
        rsx! {
            LabelledText {
                id,
                label,
                hint: hint.map(str::to_owned),
                value,
                notice,
                oninput: move |v| {
                    set(&mut form.write(), v);
                    write.clear();
                },
            }
        }
    };
    rsx! {
        section { aria_labelledby: "part-about-heading",
            h2 { id: "part-about-heading", "{ABOUT_TITLE}" }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "part-name", class: "field-label", "{NAME_LABEL}" }
                    input {
                        id: "part-name",
                        r#type: "text",
                        dir: "auto",
                        maxlength: "200",
                        value: "{f.name}",
                        oninput: move |e| {
                            form.write().name = e.value();
                            write.clear();
                        },
                    }
                }
                fieldset { class: "field",
                    legend { class: "field-label", "{ROLE_LEGEND}" }
                    p { class: "hint", "{ROLE_HINT}" }
                    div { class: "chips",
                        for role in PartRole::ALL {
                            Chip {
                                key: "{role.code()}",
                                label: role.label(),
                                selected: f.role == Some(Kept::Known(role)),
                                onclick: move |_| {
                                    let mut w = form.write();
                                    w.role = if w.role == Some(Kept::Known(role)) {
                                        None
                                    } else {
                                        Some(Kept::Known(role))
                                    };
                                },
                            }
                        }
                    }
                    if let Some(Kept::Unknown(code)) = &f.role {
                        KeptAsItWas { what: "Its role", code: code.clone() }
                    }
                    ul { class: "plain-list role-guide",
                        for role in PartRole::ALL {
                            li { key: "{role.code()}",
                                strong { "{role.label()}" }
                                ": {role.explanation()}"
                            }
                        }
                    }
                }
                AgeBandChips {
                    legend: AGE_LEGEND,
                    value: known(&f.age_band),
                    onchange: move |band: Option<AgeBand>| form.write().age_band = band.map(Kept::Known),
                }
                if let Some(Kept::Unknown(code)) = &f.age_band {
                    KeptAsItWas { what: "How old it feels", code: code.clone() }
                }
                {text_field("part-fears", FEARS_LABEL, Some(FEARS_HINT), f.fears.clone(), kept.read().fears.kept_notice(Lang::ENGLISH, FEARS_WHAT), |d, v| d.fears = v)}
                {text_field("part-needs", NEEDS_LABEL, None, f.needs.clone(), kept.read().needs.kept_notice(Lang::ENGLISH, NEEDS_WHAT), |d, v| d.needs = v)}
                {text_field("part-triggers", TRIGGERS_LABEL, None, f.triggers.clone(), kept.read().triggers.kept_notice(Lang::ENGLISH, TRIGGERS_WHAT), |d, v| d.triggers = v)}
                {text_field("part-notes", NOTES_LABEL, None, f.notes.clone(), kept.read().notes.kept_notice(Lang::ENGLISH, NOTES_WHAT), |d, v| d.notes = v)}
                SaveBar { label: SAVE, busy: write.busy(), error: write.error() }
            }
        }
    }
}
