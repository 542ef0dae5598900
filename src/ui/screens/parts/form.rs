//! What the user knows of a part: its name, role, age, fears, needs, triggers and notes.

use dioxus::prelude::*;

use crate::domain::kept::{Kept, known};
use crate::domain::part::{
    FEARS_WHAT, NEEDS_WHAT, NOTES_WHAT, PartDetails, PartDraft, PartRole, TRIGGERS_WHAT,
};
use crate::domain::{AgeBand, PartId};
use crate::platform;
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::{AgeBandChips, Chip, Form, KeptAsItWas, LabelledText, SaveBar};
use crate::ui::context::use_lang;

/// What the user knows of the part: name, role, age, fears, needs, triggers and notes.
#[component]
pub(super) fn PartForm(id: PartId, details: PartDetails) -> Element {
    let lang = use_lang();
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
            .say(
                move |s| s.save_part(id, &details, &now),
                t!(lang, "parts-saved"),
                None,
            )
            .await
            .is_some()
        {
            kept.set(saved);
        }
    };
    let f = form.read().clone();
    let text_field = move |id: &'static str,
                           label: String,
                           hint: Option<String>,
                           value: String,
                           notice: Option<String>,
                           set: fn(&mut PartDraft, String)| {
        rsx! {
            LabelledText {
                id,
                label,
                hint,
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
            h2 { id: "part-about-heading", {t!(lang, "parts-about-title")} }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "part-name", class: "field-label", {t!(lang, "parts-name")} }
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
                    legend { class: "field-label", {t!(lang, "parts-role-legend")} }
                    p { class: "hint", {t!(lang, "parts-role-hint")} }
                    div { class: "chips",
                        for role in PartRole::ALL {
                            Chip {
                                key: "{role.code()}",
                                label: role.label(lang),
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
                        KeptAsItWas { what: t!(lang, "parts-role-kept"), code: code.clone() }
                    }
                    ul { class: "plain-list role-guide",
                        for role in PartRole::ALL {
                            li { key: "{role.code()}",
                                strong { {role.label(lang)} }
                                ": {role.explanation(lang)}"
                            }
                        }
                    }
                }
                AgeBandChips {
                    legend: t!(lang, "parts-age-legend"),
                    value: known(&f.age_band),
                    onchange: move |band: Option<AgeBand>| form.write().age_band = band.map(Kept::Known),
                }
                if let Some(Kept::Unknown(code)) = &f.age_band {
                    KeptAsItWas { what: t!(lang, "parts-age-kept"), code: code.clone() }
                }
                {text_field("part-fears", t!(lang, "parts-fears"), Some(t!(lang, "parts-fears-hint")), f.fears.clone(), kept.read().fears.kept_notice(lang, FEARS_WHAT), |d, v| d.fears = v)}
                {text_field("part-needs", t!(lang, "parts-needs"), None, f.needs.clone(), kept.read().needs.kept_notice(lang, NEEDS_WHAT), |d, v| d.needs = v)}
                {text_field("part-triggers", t!(lang, "parts-triggers"), None, f.triggers.clone(), kept.read().triggers.kept_notice(lang, TRIGGERS_WHAT), |d, v| d.triggers = v)}
                {text_field("part-notes", t!(lang, "parts-notes"), None, f.notes.clone(), kept.read().notes.kept_notice(lang, NOTES_WHAT), |d, v| d.notes = v)}
                SaveBar { label: t!(lang, "parts-save"), busy: write.busy(), error: write.error() }
            }
        }
    }
}
