//! Merging a part into another, after a confirmation naming what moves; and archiving it.

use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::{Part, PartId};
use crate::platform;
use crate::store::Parts;
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Confirm, ConfirmStyle, ErrorNote};
use crate::ui::context::{Undo, use_lang};

/// What a merge will do, named in full before it happens.
fn merge_summary(lang: Lang, from: &str, into: &str, checkins: u32) -> String {
    t!(
        lang,
        "parts-merge-summary",
        count = checkins,
        from = from,
        into = into
    )
}

/// Where the merge stands: not started, choosing the other part, or confirming.
#[derive(Clone, Copy, PartialEq)]
enum MergeStep {
    Closed,
    Choosing,
    Confirming(PartId),
}

/// Merging this part into another: choose the other, read what will happen, confirm.
#[component]
pub(super) fn MergeSection(from: Part, checkins: u32, others: Vec<Part>) -> Element {
    let lang = use_lang();
    let write = use_command();
    let nav = use_navigator();
    let mut step = use_signal(|| MergeStep::Closed);
    let mut chosen = use_signal(|| None::<PartId>);
    let from_id = from.id;
    let from_name = from.name.clone();
    let merge = use_callback(move |into: Part| {
        let said = t!(
            lang,
            "parts-merged",
            from = from_name.as_str(),
            into = into.name.as_str()
        );
        spawn(async move {
            let now = platform::now();
            let target = into.id;
            let merged = write.say(move |s| s.merge_parts(from_id, target, &now), said, None);
            if merged.await.is_some() {
                nav.replace(Route::PartDetail { id: target });
            }
        });
    });
    let current = step();
    let target = match current {
        MergeStep::Confirming(id) => others.iter().find(|p| p.id == id).cloned(),
        _ => None,
    };
    rsx! {
        section { aria_labelledby: "part-merge-heading",
            h2 { id: "part-merge-heading", {t!(lang, "parts-merge-title")} }
            p { class: "hint", {t!(lang, "parts-merge-note")} }
            if others.is_empty() {
                p { class: "empty", {t!(lang, "parts-merge-none")} }
            } else if current == MergeStep::Closed {
                button {
                    r#type: "button",
                    class: "button secondary",
                    onclick: move |_| {
                        write.clear();
                        step.set(MergeStep::Choosing);
                    },
                    {t!(lang, "parts-merge-start")}
                }
            } else if let Some(into) = target {
                Confirm {
                    label: t!(lang, "parts-merge-confirm"),
                    yes: t!(lang, "parts-merge-yes"),
                    cancel: t!(lang, "parts-merge-cancel"),
                    style: ConfirmStyle::Card,
                    busy: write.busy(),
                    onyes: {
                        let into = into.clone();
                        move |_| merge.call(into.clone())
                    },
                    oncancel: move |_| step.set(MergeStep::Closed),
                    p { strong { dir: "auto", {merge_summary(lang, &from.name, &into.name, checkins)} } }
                }
            } else {
                fieldset { class: "field merge-choices",
                    legend { class: "field-label", dir: "auto", {t!(lang, "parts-merge-which", name = from.name.as_str())} }
                    for (i, other) in others.clone().into_iter().enumerate() {
                        label { key: "{other.id}", class: "radio-row",
                            input {
                                r#type: "radio",
                                onmounted: move |e: MountedEvent| async move {
                                    if i == 0 {
                                        let _ = e.set_focus(true).await;
                                    }
                                },
                                name: "merge-into",
                                value: "{other.id}",
                                checked: chosen() == Some(other.id),
                                onchange: move |_| {
                                    chosen.set(Some(other.id));
                                    write.clear();
                                },
                            }
                            span { dir: "auto", "{other.name}" }
                        }
                    }
                }
                div { class: "row-actions",
                    button {
                        r#type: "button",
                        class: "button primary",
                        onclick: move |_| match *chosen.peek() {
                            Some(id) => step.set(MergeStep::Confirming(id)),
                            None => write.refuse(t!(lang, "parts-merge-choose-first")),
                        },
                        {t!(lang, "parts-merge-continue")}
                    }
                    button {
                        r#type: "button",
                        class: "button secondary",
                        onclick: move |_| {
                            write.clear();
                            step.set(MergeStep::Closed);
                        },
                        {t!(lang, "parts-merge-cancel")}
                    }
                }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}

/// Archiving the part, with Undo in the toast.
#[component]
pub(super) fn ArchiveSection(part: Part) -> Element {
    let lang = use_lang();
    let write = use_command();
    let nav = use_navigator();
    let id = part.id;
    let name = part.name.clone();
    let archive = move |_| {
        let said = t!(lang, "parts-archived", name = name.as_str());
        async move {
            let now = platform::now();
            let undo = Some(Undo::ArchivePart(id));
            if write
                .say(move |s| s.archive::<Parts>(id, &now), said, undo)
                .await
                .is_some()
            {
                nav.replace(Route::PartsScreen {});
            }
        }
    };
    rsx! {
        section { aria_labelledby: "part-archive-heading",
            h2 { id: "part-archive-heading", {t!(lang, "parts-archive-title")} }
            p { class: "hint", {t!(lang, "parts-archive-note")} }
            button {
                r#type: "button",
                class: "button danger",
                disabled: write.busy(),
                onclick: archive,
                {t!(lang, "parts-archive")}
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
