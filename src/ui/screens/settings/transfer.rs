//! Export (one JSON file and spreadsheet files) and import of a Mend export.

use std::path::Path;

use dioxus::prelude::*;

use crate::domain::text::part_of_size;
use crate::platform;
use crate::store::transfer::Arrived;
use crate::ui::components::ErrorNote;
use crate::ui::context::{use_db, use_write};
use crate::ui::files::use_chosen_file;

const EXPORT: &str = "Export";
const EXPORT_NOTE: &str = "One file with everything, to keep or to move to another device, and spreadsheet (CSV) files beside it. An export is not encrypted: keep it somewhere only you can reach.";
const EXPORT_BUTTON: &str = "Export everything";
const EXPORT_TO_FILES: &str =
    "On this phone, exports go to the Files app, under On My iPhone › Mend.";
const EXPORT_TO_STORAGE: &str = "On this phone, exports go to Mend's Documents folder on the phone's storage (Android › data › app.mend.companion › files › Documents), which a computer or a file manager can open.";
const IMPORT: &str = "Import";
const IMPORT_NOTE: &str = "Bring in a Mend export, from this device or another. Nothing you have is lost: what is already here stays, and importing the same file twice adds nothing.";
const IMPORT_BUTTON: &str = "Choose a Mend export file";
const IMPORT_READING_LABEL: &str = "How much of the file has been read";
const IMPORTING: &str = "Importing…";
/// The chooser's name on the page, and the files it offers.
const CHOOSER: &str = "import";
const ACCEPT: &str = ".json,application/json";

/// Writes everything to a JSON file and CSV files in the export folder.
#[component]
pub(super) fn ExportSection() -> Element {
    let write = use_write();
    let mut done = use_signal(|| None::<String>);
    let export = move |_| async move {
        let now = platform::now();
        let stem = format!("mend-export-{}", now.format("%Y-%m-%d-%H%M%S"));
        let folder = platform::export_dir();
        let file = folder.join(format!("{stem}.json"));
        let csv = folder.join(format!("{stem}-csv"));
        let csv_shown = csv.clone();
        done.set(None);
        if let Some(exported) = write
            .run(move |s| s.export_to(&file, Some(&csv), now))
            .await
        {
            done.set(Some(format!(
                "Saved {} records to {}. Spreadsheet files are in {}.",
                exported.counts.total(),
                exported.file.display(),
                csv_shown.display()
            )));
        }
    };
    rsx! {
        section { aria_labelledby: "export-heading",
            h2 { id: "export-heading", "{EXPORT}" }
            p { "{EXPORT_NOTE}" }
            match platform::export_place() {
                platform::ExportPlace::FilesApp => rsx! { p { "{EXPORT_TO_FILES}" } },
                platform::ExportPlace::PhoneStorage => rsx! { p { "{EXPORT_TO_STORAGE}" } },
                platform::ExportPlace::Folder => rsx! {},
            }
            button {
                r#type: "button",
                class: "button secondary",
                disabled: write.busy(),
                onclick: export,
                "{EXPORT_BUTTON}"
            }
            if let Some(done) = done() {
                p { class: "done", role: "status", "{done}" }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}

/// Imports a Mend export chosen on the page: read there and sent over in pieces, with its
/// progress, then the report.
#[component]
pub(super) fn ImportSection() -> Element {
    let write = use_write();
    let data_dir = use_db()
        .path()
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut report = use_signal(|| None::<String>);
    let onarrived = move |arrived: Result<Arrived, String>| {
        report.set(None);
        let arrived = match arrived {
            Ok(arrived) => arrived,
            Err(message) => return write.refuse(message),
        };
        spawn(async move {
            let import = move |s: &mut crate::store::Store| {
                let done = s.import_file(arrived.path());
                // The file is removed, and the import's working memory given back.
                drop(arrived);
                platform::give_back_freed_memory();
                done
            };
            if let Some(done) = write.run(import).await {
                report.set(Some(done.summary()));
            }
        });
    };
    let progress = use_chosen_file(CHOOSER, ACCEPT, data_dir, EventHandler::new(onarrived));
    let receiving = progress();
    let busy = receiving.is_some() || write.busy();
    rsx! {
        section { aria_labelledby: "import-heading",
            h2 { id: "import-heading", "{IMPORT}" }
            p { "{IMPORT_NOTE}" }
            button {
                r#type: "button",
                class: "button secondary",
                "data-mend-choose": CHOOSER,
                disabled: busy,
                onclick: move |_| {
                    report.set(None);
                    write.clear();
                },
                "{IMPORT_BUTTON}"
            }
            if let Some((got, size)) = receiving {
                div { class: "transfer-progress",
                    progress {
                        max: "{size}",
                        value: "{got}",
                        aria_label: IMPORT_READING_LABEL,
                    }
                    p { role: "status", "Reading {part_of_size(got, size)}…" }
                }
            } else if write.busy() {
                p { class: "loading", role: "status", "{IMPORTING}" }
            }
            if let Some(report) = report() {
                pre { class: "report", role: "status", "{report}" }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
