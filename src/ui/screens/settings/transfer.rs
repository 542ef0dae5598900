//! Export (one JSON file and spreadsheet files) and import of a Mend export.

use dioxus::prelude::*;

use crate::platform;
use crate::ui::components::{ErrorNote, Loading};
use crate::ui::context::use_write;
use crate::ui::launch::InBrowser;

const EXPORT: &str = "Export";
const EXPORT_NOTE: &str = "One file with everything, to keep or to move to another device, and spreadsheet (CSV) files beside it. An export is not encrypted: keep it somewhere only you can reach.";
const EXPORT_BUTTON: &str = "Export everything";
const EXPORT_TO_FILES: &str =
    "On this phone, exports go to the Files app, under On My iPhone › Mend.";
const EXPORT_TO_STORAGE: &str = "On this phone, exports go to Mend's Documents folder on the phone's storage (Android › data › app.mend.companion › files › Documents), which a computer or a file manager can open.";
const IMPORT: &str = "Import";
const IMPORT_NOTE: &str = "Bring in a Mend export, from this device or another. Nothing you have is lost: what is already here stays, and importing the same file twice adds nothing.";
const IMPORT_LABEL: &str = "Choose a Mend export file (.json)";

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

/// Reads a chosen export file and imports it, then shows the report.
#[component]
pub(super) fn ImportSection() -> Element {
    let write = use_write();
    let mut report = use_signal(|| None::<String>);
    let mut reading = use_signal(|| false);
    let in_browser = try_use_context::<InBrowser>().is_some();
    let import = move |e: FormEvent| async move {
        report.set(None);
        reading.set(true);
        let read = if in_browser {
            read_in_browser("import-file").await
        } else {
            match e.files().into_iter().next() {
                Some(file) => file
                    .read_bytes()
                    .await
                    .map(|b| Some(b.to_vec()))
                    .map_err(|e| e.to_string()),
                None => Ok(None),
            }
        };
        reading.set(false);
        match read {
            // No file was chosen after all.
            Ok(None) => {}
            Ok(Some(bytes)) => {
                let import = move |s: &mut crate::store::Store| {
                    let done = s.import(&bytes);
                    // The file and the import's working memory are gone now; give it back.
                    drop(bytes);
                    platform::give_back_freed_memory();
                    done
                };
                if let Some(done) = write.run(import).await {
                    report.set(Some(done.summary()));
                }
            }
            Err(e) => write.refuse(format!(
                "That file couldn't be read: {e}. Nothing was imported."
            )),
        }
    };
    rsx! {
        section { aria_labelledby: "import-heading",
            h2 { id: "import-heading", "{IMPORT}" }
            p { "{IMPORT_NOTE}" }
            div { class: "field",
                label { r#for: "import-file", class: "field-label", "{IMPORT_LABEL}" }
                input {
                    id: "import-file",
                    r#type: "file",
                    accept: ".json,application/json",
                    disabled: reading() || write.busy(),
                    onchange: import,
                }
            }
            if reading() || write.busy() {
                Loading {}
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

/// Reads the file chosen in an `<input type="file">` inside the browser and brings its
/// bytes over (base64, through the page's script channel): in the preview the file lives in
/// the browser, not on the machine running Mend.
async fn read_in_browser(input_id: &str) -> Result<Option<Vec<u8>>, String> {
    use base64::Engine;
    let script = format!(
        r#"const input = document.getElementById("{input_id}");
        const file = input && input.files && input.files[0];
        if (!file) return null;
        const bytes = new Uint8Array(await file.arrayBuffer());
        let text = "";
        for (let i = 0; i < bytes.length; i += 0x8000) {{
          text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        }}
        return btoa(text);"#
    );
    let value = document::eval(&script).await.map_err(|e| e.to_string())?;
    let Some(encoded) = value.as_str() else {
        return Ok(None);
    };
    base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map(Some)
        .map_err(|e| e.to_string())
}
