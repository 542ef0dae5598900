//! Files through the page, the same way in the browser preview, the desktop window and on a
//! phone: a file the person chooses is read by the page itself (the File API) and sent over
//! in pieces of at most 1 MiB, small enough for any socket or bridge, which go straight into
//! a private file beside the data (`store::transfer::incoming`). Neither side ever holds the
//! whole file while it comes, and what stops part of the way is refused whole.
//!
//! A worker of the page's own reads the file, off the page's thread, and where the engine
//! can (`CompressionStream`: current Chromium, Android's WebView, WebKit from iOS 16.4 and
//! WebKitGTK) packs it (raw deflate) as it reads, so fewer bytes cross: a ten-year export is
//! about a sixth of its size packed. The page's channel to Mend (a socket in the preview,
//! the web view's bridge elsewhere) carries text only, so every piece goes as base64. Mend
//! unpacks each piece as it comes. Measured in docs/PERFORMANCE.md.
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

/// The most bytes a piece the page sends carries (before base64; packed, where it is).
pub const PIECE_BYTES: u64 = 1 << 20;
/// How many pieces the page is asked for ahead of the one being written, so reading and
/// writing overlap; at most this many are ever on their way.
const PIECES_AHEAD: u64 = 4;
/// How often the screen is told how far a file has come.
const SHOW_PROGRESS_EVERY: std::time::Duration = std::time::Duration::from_millis(200);

/// What the page says about a chosen file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum FromPage {
    /// The chooser is ready: its button may be used.
    Ready,
    /// A file was chosen, of this many bytes, which comes packed (raw deflate) or as it is,
    /// in parts side by side, each starting at the byte given.
    Chosen {
        size: u64,
        packed: bool,
        parts: Vec<u64>,
    },
    /// Piece number `n` of all that is sent, the next of its part, in base64 (or a `data:`
    /// address, base64 after its comma), and how many bytes of the file the page had read.
    Piece {
        n: u64,
        part: usize,
        data: String,
        read: u64,
    },
    /// Piece number `n` of all that is sent: part `part` is all sent.
    PartEnd { n: u64, part: usize },
    /// The page could not read the file (the browser's name for why).
    Failed(String),
}

/// The worker that reads a chosen file off the page's thread. Given the file, it streams it,
/// counting what it has read and packing it (raw deflate) where the engine can; then each
/// message asks it for the next piece, answered as `{ data, read }` (the piece in base64),
/// `{ end: read }` once the file is all read, or `{ failed: why }`.
const WORKER: &str = r#"
let reader, read = 0, left = new Uint8Array(0);
const base64 = (bytes) => bytes.toBase64
  ? bytes.toBase64()
  : new FileReaderSync().readAsDataURL(new Blob([bytes]));
onmessage = async (e) => {
  try {
    if (e.data.file) {
      let stream = e.data.file.stream().pipeThrough(new TransformStream({
        transform(chunk, out) { read += chunk.length; out.enqueue(chunk); },
      }));
      if (e.data.packed) stream = stream.pipeThrough(new CompressionStream("deflate-raw"));
      reader = stream.getReader();
      return;
    }
    // At most PIECE bytes a piece: what is read past it waits for the next.
    const parts = [left];
    let length = left.length;
    while (length < PIECE) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      length += value.length;
    }
    if (!length) return postMessage({ end: read });
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const part of parts) { bytes.set(part, at); at += part.length; }
    left = bytes.subarray(Math.min(length, PIECE));
    postMessage({ data: base64(bytes.subarray(0, Math.min(length, PIECE))), read });
  } catch (error) {
    postMessage({ failed: String((error && error.name) || error) });
  }
};
"#;

/// The page's side: a hidden file input outside the app's root, opened by a tap on the
/// app's button marked `data-mend-choose="{name}"`; for each file chosen, a worker reads it
/// ([`WORKER`]), one piece ahead of the one being sent, and the page sends the next piece
/// each time Mend asks for one by its number (anything else: stop).
fn page_script(name: &str, accept: &str) -> String {
    let worker = serde_json::to_string(&WORKER.replace("PIECE", &PIECE_BYTES.to_string()))
        .unwrap_or_default();
    format!(
        r#"const name = {name:?}, accept = {accept:?};
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
        const code = URL.createObjectURL(new Blob([{worker}], {{ type: "text/javascript" }}));
        // Whether the engine packs raw deflate (older web views have no CompressionStream,
        // or not that format).
        let packed = false;
        try {{ new CompressionStream("deflate-raw"); packed = true; }} catch (e) {{}}
        // The workers of the file coming now, to stop should the screen go.
        let active = [];
        let busy = false;
        const chosen = async () => {{
          const file = input.files && input.files[0];
          if (!file || busy) return;
          busy = true;
          // Packed where the engine can, and then in parts side by side, a worker each, as
          // many as the device has cores (up to four), each part at least four pieces.
          const cores = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
          const count = packed ? Math.max(1, Math.min(cores, Math.floor(file.size / (4 * {PIECE_BYTES})))) : 1;
          const step = Math.ceil(file.size / count);
          const parts = [];
          for (let i = 0; i < count; i++) {{
            const part = {{ index: i, start: i * step, worker: null, replies: [], waiting: [], read: 0, ended: false }};
            part.next = () => {{
              if (!part.worker) return Promise.resolve({{ failed: "NoWorker" }});
              part.worker.postMessage({{}});
              return new Promise((done) => part.replies.length ? done(part.replies.shift()) : part.waiting.push(done));
            }};
            const reply = (answer) => part.waiting.length ? part.waiting.shift()(answer) : part.replies.push(answer);
            try {{
              part.worker = new Worker(code);
              part.worker.onmessage = (e) => reply(e.data);
              part.worker.onerror = (e) => reply({{ failed: String(e.message || "WorkerError") }});
              part.worker.postMessage({{ file: file.slice(part.start, Math.min(file.size, part.start + step)), packed }});
            }} catch (e) {{
              part.worker = null;
            }}
            // Each worker reads one piece ahead of the one being sent.
            part.ahead = part.next();
            parts.push(part);
          }}
          active = parts;
          dioxus.send({{ chosen: {{ size: file.size, packed, parts: parts.map((p) => p.start) }} }});
          try {{
            let turn = 0;
            let over = false;
            // Mend asks by number, a few ahead, and says "done" (or "stop") when it has what
            // it needs; every ask is read, so none is left for the next file.
            for (let n = 0; ; n++) {{
              const asked = await dioxus.recv();
              if (typeof asked !== "number") break;
              const left = parts.filter((p) => !p.ended);
              if (over || asked !== n || !left.length) {{ over = true; continue; }}
              // The parts take turns, so every worker keeps reading.
              const part = left[turn++ % left.length];
              const got = await part.ahead;
              if (got.failed) {{ over = true; dioxus.send({{ failed: got.failed }}); continue; }}
              if (got.end !== undefined) {{
                part.ended = true;
                part.read = got.end;
                dioxus.send({{ part_end: {{ n, part: part.index }} }});
                continue;
              }}
              part.read = got.read;
              part.ahead = part.next();
              const read = parts.reduce((sum, p) => sum + p.read, 0);
              dioxus.send({{ piece: {{ n, part: part.index, data: got.data, read }} }});
            }}
          }} finally {{
            for (const part of parts) if (part.worker) part.worker.terminate();
            active = [];
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
          for (const part of active) if (part.worker) part.worker.terminate();
          URL.revokeObjectURL(code);
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
    /// While a file comes: bytes read by the page, of how many.
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
    onarrived: EventHandler<Result<Arrived, ImportError>>,
) -> Signal<Chooser> {
    let mut chooser = use_signal(Chooser::default);
    use_future(move || {
        let data_dir = data_dir.clone();
        async move {
            let page = document::eval(&page_script(name, accept));
            loop {
                let chosen = match page.clone().recv::<FromPage>().await {
                    Ok(FromPage::Chosen {
                        size,
                        packed,
                        parts,
                    }) => (size, packed, parts),
                    Ok(FromPage::Ready) => {
                        chooser.write().ready = true;
                        continue;
                    }
                    Ok(_) => continue,
                    // The page has gone (the screen was left): nothing is on its way.
                    Err(_) => return,
                };
                chooser.write().progress = Some((0, chosen.0));
                let received = receive(&page, &data_dir, chosen, chooser).await;
                chooser.write().progress = None;
                match received {
                    Some(arrived) => onarrived.call(arrived),
                    None => return,
                }
            }
        }
    });
    chooser
}

/// A file being received: where its bytes go, and each part's unpacking when it comes
/// packed.
struct Receiving {
    incoming: Incoming,
    unpack: Vec<flate2::Decompress>,
}

impl Receiving {
    /// Adds the next piece of `part` as it came: unpacked where it is packed, then written
    /// where that part has come to.
    fn add(&mut self, part: usize, piece: &[u8]) -> Result<(), ImportError> {
        if self.unpack.is_empty() {
            return self.incoming.add(part, piece);
        }
        let unpack = self.unpack.get_mut(part).ok_or(ImportError::Garbled)?;
        let mut out = vec![0u8; 1 << 18];
        let mut taken = 0;
        loop {
            let (before_in, before_out) = (unpack.total_in(), unpack.total_out());
            let status = unpack
                .decompress(&piece[taken..], &mut out, flate2::FlushDecompress::None)
                .map_err(|_| ImportError::Garbled)?;
            let took = (unpack.total_in() - before_in) as usize;
            taken += took;
            let made = (unpack.total_out() - before_out) as usize;
            if took == 0 && made == 0 && taken < piece.len() {
                // Bytes that unpack to nothing: not what the page packs.
                return Err(ImportError::Garbled);
            }
            if made > 0 {
                self.incoming.add(part, &out[..made])?;
            }
            if status == flate2::Status::StreamEnd {
                // Nothing may follow the end of a part's packed stream.
                return if taken == piece.len() {
                    Ok(())
                } else {
                    Err(ImportError::Garbled)
                };
            }
            if taken == piece.len() && made < out.len() {
                return Ok(());
            }
        }
    }
}

/// Asks the page for the file's pieces, one by one with a few asked ahead, and writes each
/// into a new private file. `None` if the page went away part of the way (the file is
/// removed).
async fn receive(
    page: &document::Eval,
    data_dir: &std::path::Path,
    chosen: (u64, bool, Vec<u64>),
    mut chooser: Signal<Chooser>,
) -> Option<Result<Arrived, ImportError>> {
    let (size, packed, starts) = chosen;
    let incoming = match Incoming::begin_in_parts(data_dir, size, &starts) {
        Ok(incoming) => incoming,
        Err(refused) => {
            let _ = page.send("stop");
            return Some(Err(refused));
        }
    };
    let mut receiving = Receiving {
        incoming,
        unpack: if packed {
            starts
                .iter()
                .map(|_| flate2::Decompress::new(false))
                .collect()
        } else {
            Vec::new()
        },
    };
    let mut ended = vec![false; starts.len()];
    for n in 0..PIECES_AHEAD {
        let _ = page.send(n);
    }
    let mut asked = PIECES_AHEAD;
    let mut shown = std::time::Instant::now();
    let mut expected = 0;
    let outcome = loop {
        let (n, part, data, read) = match page.clone().recv::<FromPage>().await {
            Ok(FromPage::Piece {
                n,
                part,
                data,
                read,
            }) => (n, part, Some(data), read),
            Ok(FromPage::PartEnd { n, part }) => (n, part, None, 0),
            Ok(FromPage::Failed(why)) => {
                tracing::warn!(%why, "the page could not read the chosen file");
                break receiving.incoming.finish();
            }
            Ok(FromPage::Chosen { .. } | FromPage::Ready) => break Err(ImportError::Garbled),
            Err(_) => return None,
        };
        if n != expected || ended.get(part) != Some(&false) {
            break Err(ImportError::Garbled);
        }
        expected += 1;
        let Some(data) = data else {
            // A part all sent must have all come; the file is whole once every part is.
            if !receiving.incoming.part_complete(part) {
                break receiving.incoming.finish();
            }
            ended[part] = true;
            if ended.iter().all(|e| *e) {
                break receiving.incoming.finish();
            }
            let _ = page.send(asked);
            asked += 1;
            continue;
        };
        let base64 = data.split_once(',').map_or(data.as_str(), |(_, b)| b);
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(base64) else {
            break Err(ImportError::Garbled);
        };
        let written = tokio::task::spawn_blocking(move || {
            let added = receiving.add(part, &bytes);
            (receiving, added)
        })
        .await;
        let Ok((back, added)) = written else {
            break Err(ImportError::Garbled);
        };
        receiving = back;
        if let Err(refused) = added {
            break Err(refused);
        }
        // The screen is told how far it has come a few times a second, not at every piece.
        if shown.elapsed() >= SHOW_PROGRESS_EVERY {
            shown = std::time::Instant::now();
            chooser.write().progress = Some((read.min(size), size));
        }
        let _ = page.send(asked);
        asked += 1;
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
