//! Files through the page, the same way in the browser preview, the desktop window and on a
//! phone: a file the person chooses is read by the page itself (the File API) and sent over
//! in pieces of 1 MiB, small enough for any socket or bridge, which go straight into a
//! private file beside the data (`store::transfer::incoming`). Neither side ever holds the
//! whole file while it comes, and what stops part of the way is refused whole.
//!
//! The page's own file chooser is used, not the renderer's: Dioxus's page script turns a tap
//! on a file input inside the app into a request for a native dialog, which returns nothing
//! on Android and iOS and in a browser. So the input lives outside the app's root, hidden,
//! and a button of the app's opens it within the tap itself (`data-mend-choose`), as browsers
//! and web views want.

use std::path::PathBuf;

use base64::Engine;
use dioxus::prelude::*;
use serde::Deserialize;

use crate::store::transfer::{Arrived, ImportError, Incoming};

/// The size of each piece the page sends.
pub const PIECE_BYTES: u64 = 1 << 20;
/// How many pieces the page is asked for ahead of the one being written, so reading and
/// writing overlap; at most this many are ever on their way.
const PIECES_AHEAD: u64 = 4;

/// What the page says about a chosen file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum FromPage {
    /// The chooser is ready: its button may be used.
    Ready,
    /// A file was chosen, of this many bytes.
    Chosen { size: u64 },
    /// The piece at byte `at`, in base64.
    Piece { at: u64, data: String },
    /// The page could not read the file (the browser's name for why).
    Failed(String),
}

/// The page's side: a hidden file input outside the app's root, opened by a tap on the
/// app's button marked `data-mend-choose="{name}"`, and a loop that sends the chosen file's
/// pieces as they are asked for (a number: the byte to start at; anything else: stop).
fn page_script(name: &str, accept: &str) -> String {
    format!(
        r#"const name = {name:?}, accept = {accept:?}, piece = {PIECE_BYTES};
        const old = window.mendChoosers && window.mendChoosers[name];
        if (old) old();
        let input = document.getElementById("mend-file-" + name);
        if (!input) {{
          input = document.createElement("input");
          input.type = "file";
          input.id = "mend-file-" + name;
          input.hidden = true;
          input.tabIndex = -1;
          input.setAttribute("aria-hidden", "true");
          document.body.appendChild(input);
        }}
        input.accept = accept;
        const open = (e) => {{
          const button = e.target.closest && e.target.closest('[data-mend-choose="' + name + '"]');
          if (button && !button.disabled) input.click();
        }};
        const read = (file, at) => new Promise((done, fail) => {{
          const reader = new FileReader();
          reader.onload = () => done(reader.result.slice(reader.result.indexOf(",") + 1));
          reader.onerror = () => fail(reader.error);
          reader.readAsDataURL(file.slice(at, at + piece));
        }});
        let busy = false;
        const chosen = async () => {{
          const file = input.files && input.files[0];
          if (!file || busy) return;
          busy = true;
          dioxus.send({{ chosen: {{ size: file.size }} }});
          try {{
            for (;;) {{
              const at = await dioxus.recv();
              if (typeof at !== "number") break;
              try {{
                dioxus.send({{ piece: {{ at, data: await read(file, at) }} }});
              }} catch (e) {{
                dioxus.send({{ failed: String((e && e.name) || e) }});
                break;
              }}
            }}
          }} finally {{
            busy = false;
            input.value = "";
          }}
        }};
        document.addEventListener("click", open);
        input.addEventListener("change", chosen);
        window.mendChoosers = window.mendChoosers || {{}};
        window.mendChoosers[name] = () => {{
          document.removeEventListener("click", open);
          input.removeEventListener("change", chosen);
        }};
        dioxus.send("ready");
        await new Promise(() => {{}});"#
    )
}

/// A chooser on the page, as the screen shows it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Chooser {
    /// The page's side is in place, so its button opens the chooser.
    pub ready: bool,
    /// While a file comes: bytes received, of how many.
    pub progress: Option<(u64, u64)>,
}

/// Receives each file chosen with the button marked `data-mend-choose="{name}"` into a
/// private file in `data_dir`, and hands it to `onarrived` once every byte has come; or the
/// message saying why it was refused (nothing of it is kept). The button is for the screen
/// to enable once the chooser is ready.
pub fn use_chosen_file(
    name: &'static str,
    accept: &'static str,
    data_dir: PathBuf,
    onarrived: EventHandler<Result<Arrived, String>>,
) -> Signal<Chooser> {
    let mut chooser = use_signal(Chooser::default);
    use_future(move || {
        let data_dir = data_dir.clone();
        async move {
            let page = document::eval(&page_script(name, accept));
            loop {
                let size = match page.clone().recv::<FromPage>().await {
                    Ok(FromPage::Chosen { size }) => size,
                    Ok(FromPage::Ready) => {
                        chooser.write().ready = true;
                        continue;
                    }
                    Ok(_) => continue,
                    // The page has gone (the screen was left): nothing is on its way.
                    Err(_) => return,
                };
                chooser.write().progress = Some((0, size));
                let received = receive(&page, &data_dir, size, chooser).await;
                chooser.write().progress = None;
                match received {
                    Some(arrived) => onarrived.call(arrived.map_err(|e| e.to_string())),
                    None => return,
                }
            }
        }
    });
    chooser
}

/// Asks the page for the file's pieces and writes each into a new private file. `None` if
/// the page went away part of the way (the file is removed).
async fn receive(
    page: &document::Eval,
    data_dir: &std::path::Path,
    size: u64,
    mut chooser: Signal<Chooser>,
) -> Option<Result<Arrived, ImportError>> {
    let mut incoming = match Incoming::begin(data_dir, size) {
        Ok(incoming) => incoming,
        Err(refused) => {
            let _ = page.send("stop");
            return Some(Err(refused));
        }
    };
    let mut asked = 0;
    let ask = |asked: &mut u64| {
        if *asked < size {
            let _ = page.send(*asked);
            *asked += PIECE_BYTES;
        }
    };
    for _ in 0..PIECES_AHEAD {
        ask(&mut asked);
    }
    let outcome = loop {
        let (at, data) = match page.clone().recv::<FromPage>().await {
            Ok(FromPage::Piece { at, data }) => (at, data),
            Ok(FromPage::Failed(why)) => {
                tracing::warn!(%why, "the page could not read the chosen file");
                break incoming.finish();
            }
            Ok(FromPage::Chosen { .. } | FromPage::Ready) => break Err(ImportError::Garbled),
            Err(_) => return None,
        };
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(data) else {
            break Err(ImportError::Garbled);
        };
        // A piece shorter than asked for, before the end: the file stopped part of the way.
        let short = (bytes.len() as u64) < PIECE_BYTES.min(size.saturating_sub(at));
        let written = tokio::task::spawn_blocking(move || {
            let added = incoming.add(at, &bytes);
            (incoming, added)
        })
        .await;
        let Ok((back, added)) = written else {
            break Err(ImportError::Garbled);
        };
        incoming = back;
        if let Err(refused) = added {
            break Err(refused);
        }
        chooser.write().progress = Some(incoming.progress());
        if short || incoming.is_complete() {
            break incoming.finish();
        }
        ask(&mut asked);
    };
    let _ = page.send("done");
    Some(outcome)
}

/// Files the browser preview offers as downloads, each once, at an address of its own
/// (`/download/{token}`): an export, handed over the way the browser saves downloads.
#[derive(Clone, Default)]
pub struct Downloads(std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, Offered>>>);

/// A file offered for download, and the name the browser saves it under.
#[derive(Debug, Clone, PartialEq)]
pub struct Offered {
    pub path: PathBuf,
    pub name: String,
}

impl Downloads {
    /// Offers the file at `path`, once, under its own name; the address to fetch it from.
    pub fn offer(&self, path: PathBuf) -> std::io::Result<String> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "mend-export".to_owned());
        self.lock().insert(token.clone(), Offered { path, name });
        Ok(format!("{DOWNLOAD_PATH}{token}"))
    }

    /// The file offered at `token`, which is then no longer offered.
    pub fn take(&self, token: &str) -> Option<Offered> {
        self.lock().remove(token)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<String, Offered>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Where the preview serves an offered download, before its token.
pub const DOWNLOAD_PATH: &str = "/download/";

/// Asks the page to download what is at `address` (a browser saves it with its downloads).
pub fn start_download(address: &str) {
    document::eval(&format!(
        r#"const a = document.createElement("a");
        a.href = {address:?};
        a.download = "";
        document.body.appendChild(a);
        a.click();
        a.remove();"#
    ));
}
