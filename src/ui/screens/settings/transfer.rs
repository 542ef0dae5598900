//! Export (one JSON file and spreadsheet files), handed over the way the device does, and
//! import of a Mend export chosen on the page.

use std::path::PathBuf;

use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::text::part_of_size;
use crate::platform;
use crate::store::transfer::{Arriving, Exported, ImportError, ImportReport};
use crate::store::{StoreError, files};
use crate::t;
use crate::ui::command::use_command;
use crate::ui::components::ErrorNote;
use crate::ui::context::{use_data_dir, use_lang};
use crate::ui::errors::{NotHandedOver, Told};
use crate::ui::files::InBrowser;
use crate::ui::files::{Chooser, Downloads, start_download, use_chosen_file};

/// The chooser's name on the page, and the files it offers.
const CHOOSER: &str = "import";
const ACCEPT: &str = ".json,application/json";

/// Where an export goes from here.
#[derive(Clone)]
enum Out {
    /// A folder of this computer's, which its file manager can show.
    Folder,
    /// The browser's own download (the preview).
    Download(Downloads),
    /// The phone's share sheet, or its "Save to…".
    Phone,
}

/// What is exported, and how a phone hands it over.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Export {
    /// The one file with everything, to the share sheet (or the folder, or a download).
    Everything,
    /// The same file, saved where the person picks (a phone's "Save to…").
    EverythingSavedAs,
    /// The spreadsheet files, as one zip file.
    Spreadsheets,
}

/// What an export did, for the screen.
#[derive(Debug, Clone, PartialEq)]
struct Done {
    said: String,
    /// The file written, on a computer, to show in its folder.
    shown: Option<PathBuf>,
}

/// Exports everything, and hands it over the way this device does: saved in a folder on a
/// computer, as a download in a browser, to the share sheet or "Save to…" on a phone.
#[component]
pub(super) fn ExportSection() -> Element {
    let lang = use_lang();
    let write = use_command();
    let data_dir = use_data_dir();
    let out = match try_use_context::<InBrowser>() {
        Some(InBrowser(downloads)) => Out::Download(downloads),
        None if platform::has_share_sheet() => Out::Phone,
        None => Out::Folder,
    };
    let mut done = use_signal(|| None::<Done>);
    let mut not_shown = use_signal(|| false);
    let here = out.clone();
    let export = use_callback(move |what: Export| {
        let (out, data_dir) = (here.clone(), data_dir.clone());
        spawn(async move {
            done.set(None);
            not_shown.set(false);
            let now = platform::now();
            let stem = format!("mend-export-{}", now.format("%Y-%m-%d-%H%M%S"));
            let folder = match out {
                Out::Folder => platform::export_dir(),
                Out::Download(_) | Out::Phone => data_dir.join(files::OUTGOING_DIR),
            };
            let file = match what {
                Export::Spreadsheets => folder.join(format!("{stem}-csv.zip")),
                _ => folder.join(format!("{stem}.json")),
            };
            let csv = matches!(out, Out::Folder).then(|| folder.join(format!("{stem}-csv")));
            let handed = matches!(out, Out::Download(_) | Out::Phone);
            let written = write
                .run(move |s| {
                    // Only the newest export waits to be handed over.
                    if handed {
                        files::clear_folder(&folder).map_err(|source| StoreError::Export {
                            path: folder.clone(),
                            source,
                        })?;
                    }
                    match what {
                        Export::Spreadsheets => s.export_csv_zip(&file),
                        _ => s.export_to(&file, csv.as_deref(), now),
                    }
                })
                .await;
            if let Some(exported) = written {
                match hand_over(lang, &out, what, &exported) {
                    Ok(said) => done.set(Some(said)),
                    Err(failed) => write.refuse(failed.told_in(lang)),
                }
            }
        });
    });
    let folder_shown = platform::export_dir().display().to_string();
    rsx! {
        section { aria_labelledby: "export-heading",
            h2 { id: "export-heading", {t!(lang, "data-export")} }
            p { {t!(lang, "data-export-note")} }
            match &out {
                Out::Folder => rsx! {
                    p { {t!(lang, "data-here-folder")} }
                    p { code { class: "path", "{folder_shown}" } }
                },
                Out::Download(_) => rsx! { p { {t!(lang, "data-here-browser")} } },
                Out::Phone => rsx! { p { {t!(lang, "data-here-phone")} } },
            }
            div { class: "row-actions",
                button {
                    r#type: "button",
                    class: "button secondary",
                    disabled: write.busy(),
                    onclick: move |_| export.call(Export::Everything),
                    {t!(lang, "data-export-button")}
                }
                if matches!(out, Out::Phone) {
                    button {
                        r#type: "button",
                        class: "button secondary",
                        disabled: write.busy(),
                        onclick: move |_| export.call(Export::EverythingSavedAs),
                        {t!(lang, "data-save-as")}
                    }
                }
                if !matches!(out, Out::Folder) {
                    button {
                        r#type: "button",
                        class: "button secondary",
                        disabled: write.busy(),
                        onclick: move |_| export.call(Export::Spreadsheets),
                        {t!(lang, "data-csv")}
                    }
                }
            }
            if let Some(Done { said, shown }) = done() {
                p { class: "done", role: "status", "{said}" }
                if let Some(path) = shown {
                    button {
                        r#type: "button",
                        class: "button quiet",
                        onclick: move |_| not_shown.set(!platform::show_in_folder(&path)),
                        {t!(lang, "data-show-in-folder")}
                    }
                }
            }
            if not_shown() {
                p { class: "hint", role: "status", {t!(lang, "data-no-folder-shown")} }
            }
            p { class: "hint", {t!(lang, "data-new-phone")} }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}

/// Hands a written export over the way this device does, and says what happened; or why
/// it could not be handed over.
fn hand_over(
    lang: Lang,
    out: &Out,
    what: Export,
    exported: &Exported,
) -> Result<Done, NotHandedOver> {
    let records = exported.counts.total();
    let name = exported
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mime = if what == Export::Spreadsheets {
        "application/zip"
    } else {
        "application/json"
    };
    match out {
        Out::Folder => {
            let csv = exported
                .csv_files
                .first()
                .and_then(|f| f.parent())
                .map(|d| {
                    let path = d.display().to_string();
                    format!(" {}", t!(lang, "data-saved-csv", path = path))
                })
                .unwrap_or_default();
            let path = exported.file.display().to_string();
            Ok(Done {
                said: format!(
                    "{}{csv}",
                    t!(lang, "data-saved", count = records, path = path)
                ),
                shown: Some(exported.file.clone()),
            })
        }
        Out::Download(downloads) => {
            let address = downloads
                .offer(exported.file.clone())
                .map_err(NotHandedOver::Offer)?;
            start_download(&address);
            Ok(Done {
                said: t!(lang, "data-exported-browser", count = records, name = name),
                shown: None,
            })
        }
        Out::Phone => {
            let handed = match what {
                Export::EverythingSavedAs => platform::save_file_as(&exported.file, mime),
                _ => platform::share_file(&exported.file, mime),
            };
            if !handed {
                return Err(NotHandedOver::Declined);
            }
            Ok(Done {
                said: t!(lang, "data-exported-phone", count = records),
                shown: None,
            })
        }
    }
}

/// Imports a Mend export chosen on the page: read there and sent over in pieces, with its
/// progress, then the report.
#[component]
pub(super) fn ImportSection() -> Element {
    let lang = use_lang();
    let write = use_command();
    let data_dir = use_data_dir();
    let mut report = use_signal(|| None::<ImportReport>);
    let onchosen = move |chosen: Result<Arriving, ImportError>| {
        report.set(None);
        let arriving = match chosen {
            Ok(arriving) => arriving,
            Err(refused) => return write.refuse(refused.told_in(lang)),
        };
        spawn(async move {
            // Imported as it comes; written once it has all come, or not at all.
            if let Some(done) = write.run(move |s| s.import_arriving(&arriving)).await {
                report.set(Some(done));
            }
            // The import's working memory, given back once the report is on the screen.
            tokio::task::spawn_blocking(platform::give_back_freed_memory);
        });
    };
    let chooser = use_chosen_file(CHOOSER, ACCEPT, data_dir, EventHandler::new(onchosen));
    let Chooser { ready, progress } = chooser();
    let busy = !ready || progress.is_some() || write.busy();
    rsx! {
        section { aria_labelledby: "import-heading",
            h2 { id: "import-heading", {t!(lang, "data-import")} }
            p { {t!(lang, "data-import-note")} }
            button {
                r#type: "button",
                class: "button secondary",
                "data-mend-choose": CHOOSER,
                disabled: busy,
                onclick: move |_| {
                    report.set(None);
                    write.clear();
                },
                {t!(lang, "data-import-button")}
            }
            if let Some((got, size)) = progress {
                div { class: "transfer-progress",
                    progress {
                        max: "{size}",
                        value: "{got}",
                        aria_label: t!(lang, "data-import-reading-label"),
                    }
                    p { role: "status", {t!(lang, "data-import-reading", part = part_of_size(lang, got, size))} }
                }
            } else if write.busy() {
                p { class: "loading", role: "status", {t!(lang, "data-importing")} }
            }
            if let Some(report) = report() {
                pre { class: "report", role: "status", {report.summary_in(lang)} }
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
