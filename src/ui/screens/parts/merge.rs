//! Merging a part into another, after a confirmation naming what moves; and archiving it.

use dioxus::prelude::*;

use crate::domain::{Part, PartId};
use crate::platform;
use crate::store::Parts;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{CANCEL, Confirm, ConfirmStyle, ErrorNote};
use crate::ui::context::Undo;

const MERGE_TITLE: &str = "Merge with another part";
const MERGE_NOTE: &str = "If two names turn out to be the same part, you can merge them. Its check-ins move to the other part, and what you wrote about it is added there.";
const MERGE_START: &str = "Merge into another part…";
const MERGE_NONE: &str = "There's no other part to merge with yet.";
const MERGE_CHOOSE_FIRST: &str = "Choose the part to merge into first.";
const CONTINUE: &str = "Continue";
const MERGE_YES: &str = "Yes, merge them";
const ARCHIVE_TITLE: &str = "Archive";
const ARCHIVE_NOTE: &str = "Archiving takes this part off the check-in chips. Its check-ins stay, and you can bring it back any time.";
const ARCHIVE: &str = "Archive this part";

/// What a merge will do, named in full before it happens.
fn merge_summary(from: &str, into: &str, checkins: u32) -> String {
    let moves = match checkins {
        0 => format!("“{from}” has no check-ins yet, so none will move."),
        1 => format!("The one check-in of “{from}” will move to “{into}”."),
        n => format!("All {n} check-ins of “{from}” will move to “{into}”."),
    };
    format!(
        "{moves} “{from}” will be archived, and what you wrote about it will be added to “{into}”."
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
    let write = use_command();
    let nav = use_navigator();
    let mut step = use_signal(|| MergeStep::Closed);
    let mut chosen = use_signal(|| None::<PartId>);
    let from_id = from.id;
    let from_name = from.name.clone();
    let merge = use_callback(move |into: Part| {
        let said = format!("Merged. “{from_name}” is now part of “{}”.", into.name);
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
            h2 { id: "part-merge-heading", "{MERGE_TITLE}" }
            p { class: "hint", "{MERGE_NOTE}" }
            if others.is_empty() {
                p { class: "empty", "{MERGE_NONE}" }
            } else if current == MergeStep::Closed {
                button {
                    r#type: "button",
                    class: "button secondary",
                    onclick: move |_| {
                        write.clear();
                        step.set(MergeStep::Choosing);
                    },
                    "{MERGE_START}"
                }
            } else if let Some(into) = target {
                Confirm {
                    label: "Confirm merge",
                    yes: MERGE_YES,
                    cancel: CANCEL,
                    style: ConfirmStyle::Card,
                    busy: write.busy(),
                    onyes: {
                        let into = into.clone();
                        move |_| merge.call(into.clone())
                    },
                    oncancel: move |_| step.set(MergeStep::Closed),
                    p { strong { dir: "auto", {merge_summary(&from.name, &into.name, checkins)} } }
                }
            } else {
                fieldset { class: "field merge-choices",
                    legend { class: "field-label", dir: "auto", "Merge “{from.name}” into which part?" }
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
                            None => write.refuse(MERGE_CHOOSE_FIRST),
                        },
                        "{CONTINUE}"
                    }
                    button {
                        r#type: "button",
                        class: "button secondary",
                        onclick: move |_| {
                            write.clear();
                            step.set(MergeStep::Closed);
                        },
                        "{CANCEL}"
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
    let write = use_command();
    let nav = use_navigator();
    let id = part.id;
    let name = part.name.clone();
    let archive = move |_| {
        let said = format!("Archived “{name}”. Its check-ins keep it.");
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
            h2 { id: "part-archive-heading", "{ARCHIVE_TITLE}" }
            p { class: "hint", "{ARCHIVE_NOTE}" }
            button {
                r#type: "button",
                class: "button danger",
                disabled: write.busy(),
                onclick: archive,
                "{ARCHIVE}"
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
