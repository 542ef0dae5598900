//! Files through the page, the same way in the browser preview, the desktop window and on a
//! phone: a file the person chooses is read by the page itself (the File API) and sent over
//! in pieces of at most 1 MiB, small enough for any socket or bridge, which go straight into
//! a private file beside the data (`store::transfer::incoming`). Neither side ever holds the
//! whole file while it comes, and what stops part of the way is refused whole. The import
//! begins as soon as the file does, reading it as it comes (`Store::import_arriving`).
//!
//! A worker of the page's own reads the file, off the page's thread (the page can split it
//! into parts side by side, a worker each: see [`WORKERS`]), and packs each piece as it goes
//! (LZ4, our own few lines, the same in every engine), so fewer bytes cross: a ten-year
//! export is about a third of its size packed. The page's channel to Mend (a socket in the
//! preview, the web view's bridge elsewhere) carries text only, so every piece goes as
//! base64. Mend unpacks each piece as it comes. Measured in docs/PERFORMANCE.md.
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

use crate::store::transfer::{Arriving, ImportError, Incoming};

/// The most bytes a piece the page sends carries (packed, before base64).
pub const PIECE_BYTES: u64 = 1 << 20;
/// The most bytes of the file a block of a piece carries, unpacked (see [`WORKER`]). A block
/// that does not pack smaller still fits in a piece with its lengths: LZ4's worst case is a
/// byte more for each 255, and 16.
pub const RAW_BYTES: u64 = 256 * 1024;
const _: () = assert!(8 + RAW_BYTES + RAW_BYTES.div_ceil(255) + 16 <= PIECE_BYTES);
/// How many pieces the page is asked for ahead of the one being written, so reading and
/// writing overlap; at most this many are ever on their way.
const PIECES_AHEAD: u64 = 6;
/// How many pieces each of the page's workers makes ahead of the one being sent, so packing
/// never waits for the channel.
const WORKER_AHEAD: u64 = 3;
/// How many workers of the page's read and pack a file side by side, each a part of it. One:
/// a worker packs about ten times faster than Mend imports, and the import begins as the file
/// comes, so it is the import that sets the pace. A second worker would take a core from it
/// and send the file's second half alongside its first, which the import then waits for
/// (measured on two cores: 1.45× the command line's time with two workers, 1.28× and 1.34×
/// with one; docs/PERFORMANCE.md).
const WORKERS: u64 = 1;
/// How often the screen is told how far a file has come.
const SHOW_PROGRESS_EVERY: std::time::Duration = std::time::Duration::from_millis(200);

/// What the page says about a chosen file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum FromPage {
    /// The chooser is ready: its button may be used.
    Ready,
    /// A file was chosen, of this many bytes, which comes in parts side by side, each
    /// starting at the byte given.
    Chosen { size: u64, parts: Vec<u64> },
    /// Piece number `n` of all that is sent, the next of its part: an LZ4 block (see
    /// [`WORKER`]) in base64 (or a `data:` address, base64 after its comma), and how many
    /// bytes of the file the page had read.
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

/// The worker that reads a chosen file (or its part) off the page's thread. Given the file,
/// it streams it, counting what it has read; then each message asks it for one more piece,
/// answered in order as `{ data, read }` (the piece in base64), `{ end: read }` once the file
/// is all read, or `{ failed: why }`. A piece is one or more blocks, as many as surely fit in
/// [`PIECE_BYTES`]: each block is up to [`RAW_BYTES`] of the file packed with LZ4, after its
/// unpacked and packed lengths (four bytes each, little-endian).
///
/// The packer is ours, a plain greedy LZ4 (the block format's rules: a match of four bytes
/// or more, at most 65,535 back, none starting in the last 12 bytes, the last five bytes
/// always literal), the same in every engine: here about twice as fast as the engine's own
/// deflate, packing a ten-year export to about a third of its size (docs/PERFORMANCE.md).
const WORKER: &str = r#"
let reader, read = 0, left = new Uint8Array(0);
const table = new Int32Array(1 << 16);
const most = (n) => 8 + n + Math.ceil(n / 255) + 16;
const pack = (src) => {
  const n = src.length;
  const out = new Uint8Array(most(n));
  const view = new DataView(src.buffer, src.byteOffset, n);
  const at = (i) => view.getInt32(i, true);
  const length = (l) => { while (l >= 255) { out[op++] = 255; l -= 255; } out[op++] = l; };
  const literals = (from, to) => {
    if (to - from > 32) { out.set(src.subarray(from, to), op); op += to - from; }
    else for (let i = from; i < to; i++) out[op++] = src[i];
  };
  table.fill(-1);
  let anchor = 0, ip = 0, op = 8, misses = 0;
  while (ip < n - 12) {
    const seq = at(ip);
    const h = Math.imul(seq, -1640531535) >>> 16;
    const ref = table[h];
    table[h] = ip;
    if (ref < 0 || ip - ref > 65535 || at(ref) !== seq) { ip += 1 + (misses++ >> 6); continue; }
    misses = 0;
    let len = 4;
    while (ip + len + 4 <= n - 5 && at(ip + len) === at(ref + len)) len += 4;
    while (ip + len < n - 5 && src[ip + len] === src[ref + len]) len++;
    const lit = ip - anchor, token = op++;
    if (lit >= 15) length(lit - 15);
    literals(anchor, ip);
    out[op++] = (ip - ref) & 255;
    out[op++] = (ip - ref) >> 8;
    if (len - 4 >= 15) length(len - 4 - 15);
    out[token] = (Math.min(lit, 15) << 4) | Math.min(len - 4, 15);
    ip += len;
    anchor = ip;
  }
  const lit = n - anchor, token = op++;
  if (lit >= 15) length(lit - 15);
  out[token] = Math.min(lit, 15) << 4;
  literals(anchor, n);
  const head = new DataView(out.buffer);
  head.setUint32(0, n, true);
  head.setUint32(4, op - 8, true);
  return out.subarray(0, op);
};
const base64 = (bytes) => bytes.toBase64
  ? bytes.toBase64()
  : new FileReaderSync().readAsDataURL(new Blob([bytes]));
// The next RAW bytes of the file at most (none at its end); what is read past them waits.
const take = async () => {
  const parts = [left];
  let length = left.length;
  while (length < RAW) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) { bytes.set(part, at); at += part.length; }
  const raw = bytes.subarray(0, Math.min(length, RAW));
  left = bytes.subarray(raw.length);
  read += raw.length;
  return raw;
};
// The next piece: blocks while another surely fits.
const next = async () => {
  const blocks = [];
  let size = 0;
  while (size + most(RAW) <= PIECE) {
    const raw = await take();
    if (!raw.length) break;
    const block = pack(raw);
    blocks.push(block);
    size += block.length;
  }
  if (!blocks.length) return { end: read };
  const piece = new Uint8Array(size);
  let at = 0;
  for (const block of blocks) { piece.set(block, at); at += block.length; }
  return { data: base64(piece), read };
};
// Each message asks for one more piece; they are made one after another, in order.
let asked = 0, making = false;
const make = async () => {
  making = true;
  try {
    while (asked > 0) {
      asked--;
      postMessage(await next());
    }
  } catch (error) {
    postMessage({ failed: String((error && error.name) || error) });
  } finally {
    making = false;
  }
};
onmessage = (e) => {
  if (e.data.file) {
    reader = e.data.file.stream().getReader();
    return;
  }
  asked++;
  if (!making) make();
};
"#;

/// The page's side: a hidden file input outside the app's root, opened by a tap on the
/// app's button marked `data-mend-choose="{name}"`; for each file chosen, a worker reads it
/// ([`WORKER`]), one piece ahead of the one being sent, and the page sends the next piece
/// each time Mend asks for one by its number (anything else: stop).
fn page_script(name: &str, accept: &str) -> String {
    let worker = serde_json::to_string(
        &WORKER
            .replace("RAW", &RAW_BYTES.to_string())
            .replace("PIECE", &PIECE_BYTES.to_string()),
    )
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
        // The workers of the file coming now, to stop should the screen go.
        let active = [];
        let busy = false;
        const chosen = async () => {{
          const file = input.files && input.files[0];
          if (!file || busy) return;
          busy = true;
          // In parts side by side, a worker each (see WORKERS), each part at least four pieces.
          const count = Math.max(1, Math.min({WORKERS}, Math.floor(file.size / (4 * {RAW_BYTES}))));
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
              part.worker.postMessage({{ file: file.slice(part.start, Math.min(file.size, part.start + step)) }});
            }} catch (e) {{
              part.worker = null;
            }}
            // Each worker reads a few pieces ahead of the one being sent.
            part.ahead = Array.from({{ length: {WORKER_AHEAD} }}, part.next);
            parts.push(part);
          }}
          active = parts;
          dioxus.send({{ chosen: {{ size: file.size, parts: parts.map((p) => p.start) }} }});
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
              const got = await part.ahead.shift();
              if (got.failed) {{ over = true; dioxus.send({{ failed: got.failed }}); continue; }}
              if (got.end !== undefined) {{
                part.ended = true;
                part.read = got.end;
                dioxus.send({{ part_end: {{ n, part: part.index }} }});
                continue;
              }}
              part.read = got.read;
              part.ahead.push(part.next());
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
/// private file in `data_dir`, handing it to `onchosen` as soon as it begins to come, to be
/// read as it does (see `Store::import_arriving`, which also learns how it ended); or the
/// message saying why it was refused before anything was sent. The button is for the screen
/// to enable once the chooser is ready.
pub fn use_chosen_file(
    name: &'static str,
    accept: &'static str,
    data_dir: PathBuf,
    onchosen: EventHandler<Result<Arriving, ImportError>>,
) -> Signal<Chooser> {
    let mut chooser = use_signal(Chooser::default);
    use_future(move || {
        let data_dir = data_dir.clone();
        async move {
            let page = document::eval(&page_script(name, accept));
            loop {
                let chosen = match page.clone().recv::<FromPage>().await {
                    Ok(FromPage::Chosen { size, parts }) => (size, parts),
                    Ok(FromPage::Ready) => {
                        chooser.write().ready = true;
                        continue;
                    }
                    Ok(_) => continue,
                    // The page has gone (the screen was left): nothing is on its way.
                    Err(_) => return,
                };
                chooser.write().progress = Some((0, chosen.0));
                let received = receive(&page, &data_dir, chosen, chooser, onchosen).await;
                chooser.write().progress = None;
                if received.is_none() {
                    return;
                }
            }
        }
    });
    chooser
}

/// A file being received: where its bytes go, and room to unpack a piece.
struct Receiving {
    incoming: Incoming,
    unpacked: Vec<u8>,
}

impl Receiving {
    /// Adds the next piece of `part` as it came, unpacked, where that part has come to.
    fn add(&mut self, part: usize, piece: &[u8]) -> Result<(), ImportError> {
        let Receiving { incoming, unpacked } = self;
        unpack(piece, unpacked, |bytes| incoming.add(part, bytes))
    }
}

/// A piece as the page packs it (see [`WORKER`]), each block unpacked into `room` in turn
/// and handed to `put`. A piece with no block, or a block that does not unpack to just the
/// length it gives, or gives more than a block may carry, or runs past the piece, is
/// refused.
fn unpack(
    mut piece: &[u8],
    room: &mut Vec<u8>,
    mut put: impl FnMut(&[u8]) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    if piece.is_empty() {
        return Err(ImportError::Garbled);
    }
    while !piece.is_empty() {
        let (lengths, rest) = piece.split_first_chunk::<8>().ok_or(ImportError::Garbled)?;
        let [a, b, c, d, e, f, g, h] = *lengths;
        let raw = u32::from_le_bytes([a, b, c, d]) as usize;
        let packed = u32::from_le_bytes([e, f, g, h]) as usize;
        if raw == 0 || raw as u64 > RAW_BYTES || packed > rest.len() {
            return Err(ImportError::Garbled);
        }
        let (block, after) = rest.split_at(packed);
        room.resize(raw, 0);
        match lz4_flex::block::decompress_into(block, room) {
            Ok(made) if made == raw => put(room)?,
            _ => return Err(ImportError::Garbled),
        }
        piece = after;
    }
    Ok(())
}

/// Asks the page for the file's pieces, one by one with a few asked ahead, and writes each
/// into a new private file, handed to `onchosen` as it begins. `None` if the page went away
/// part of the way (the file is removed, and its import stops).
async fn receive(
    page: &document::Eval,
    data_dir: &std::path::Path,
    chosen: (u64, Vec<u64>),
    mut chooser: Signal<Chooser>,
    onchosen: EventHandler<Result<Arriving, ImportError>>,
) -> Option<()> {
    let (size, starts) = chosen;
    let begun = Incoming::begin_in_parts(data_dir, size, &starts)
        .and_then(|incoming| incoming.arriving().map(|arriving| (incoming, arriving)));
    let incoming = match begun {
        Ok((incoming, arriving)) => {
            onchosen.call(Ok(arriving));
            incoming
        }
        Err(refused) => {
            let _ = page.send("stop");
            onchosen.call(Err(refused));
            return Some(());
        }
    };
    let mut receiving = Receiving {
        incoming,
        unpacked: Vec::with_capacity(RAW_BYTES as usize),
    };
    let mut ended = vec![false; starts.len()];
    for n in 0..PIECES_AHEAD {
        let _ = page.send(n);
    }
    let mut asked = PIECES_AHEAD;
    let mut shown = std::time::Instant::now();
    let mut expected = 0;
    // How it ended: `None` once the page has sent all it will, or why it is refused.
    let refused = loop {
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
                break None;
            }
            Ok(FromPage::Chosen { .. } | FromPage::Ready) => break Some(ImportError::Garbled),
            Err(_) => return None,
        };
        if n != expected || ended.get(part) != Some(&false) {
            break Some(ImportError::Garbled);
        }
        expected += 1;
        let Some(data) = data else {
            // A part all sent must have all come; the file is whole once every part is.
            if !receiving.incoming.part_complete(part) {
                break None;
            }
            ended[part] = true;
            if ended.iter().all(|e| *e) {
                break None;
            }
            let _ = page.send(asked);
            asked += 1;
            continue;
        };
        let base64 = data.split_once(',').map_or(data.as_str(), |(_, b)| b);
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(base64) else {
            break Some(ImportError::Garbled);
        };
        let written = tokio::task::spawn_blocking(move || {
            let added = receiving.add(part, &bytes);
            (receiving, added)
        })
        .await;
        let Ok((back, added)) = written else {
            // The file went with the task that stopped, and its import stops with it.
            let _ = page.send("done");
            return Some(());
        };
        receiving = back;
        if let Err(refused) = added {
            break Some(refused);
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
    // The import reading it learns how it ended, and says so; the file's name goes now, its
    // bytes once the import is done with them.
    match refused {
        None => drop(receiving.incoming.finish()),
        Some(why) => receiving.incoming.stop(why),
    }
    Some(())
}

/// Marks the browser preview (a root context there), where an export is handed over as the
/// browser's own download, through the files it offers, and the reader's region is the
/// browser's, not the computer's running the preview.
#[derive(Clone, Default)]
pub struct InBrowser(pub Downloads);

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's packer, as the worker has it.
    fn packer() -> &'static str {
        let start = WORKER
            .find("const most = ")
            .expect("the worker has a packer");
        let end = start + WORKER[start..].find("\n};\n").expect("the packer ends") + 4;
        &WORKER[start..end]
    }

    /// Bytes that look like nothing in particular (a fixed xorshift).
    fn noise(len: usize, mut seed: u64) -> Vec<u8> {
        (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect()
    }

    /// Every block a piece holds, unpacked one after another.
    fn unpacked(piece: &[u8]) -> Result<Vec<u8>, ImportError> {
        let mut whole = Vec::new();
        unpack(piece, &mut Vec::new(), |bytes| {
            whole.extend_from_slice(bytes);
            Ok(())
        })?;
        Ok(whole)
    }

    /// Every sort of block, packed by the page's own packer in Node (which scripts/test.sh
    /// installs; the browser tests need it too), unpacks here to the same bytes, alone and
    /// several to a piece.
    #[test]
    fn what_the_pages_packer_packs_unpacks_to_the_same_bytes() {
        let sentence = "{\"what\":\"We argued about the dishes, again — ¿otra vez? 🙂\"},\n";
        let noisy = noise(70_000, 7);
        let raw = RAW_BYTES as usize;
        let blocks: Vec<(&str, Vec<u8>)> = vec![
            ("one byte", b"x".to_vec()),
            (
                "twelve bytes, too few for a match",
                b"abcdabcdabcd".to_vec(),
            ),
            ("thirteen bytes", b"aaaaaaaaaaaaa".to_vec()),
            ("a long run", vec![b'a'; raw]),
            ("long literals", noise(5_000, 3)),
            // The same 70,000 bytes twice: the second copy is too far back to point at.
            ("a repeat too far back", [noisy.clone(), noisy].concat()),
            (
                "text, repeated",
                sentence.repeat(raw / sentence.len()).into_bytes(),
            ),
            (
                "a whole block of text and noise",
                sentence
                    .as_bytes()
                    .iter()
                    .copied()
                    .chain(noise(1_000, 5))
                    .cycle()
                    .take(raw)
                    .collect(),
            ),
            ("a whole block of noise", noise(raw, 11)),
        ];
        let dir = tempfile::tempdir().unwrap();
        for (i, (_, bytes)) in blocks.iter().enumerate() {
            std::fs::write(dir.path().join(i.to_string()), bytes).unwrap();
        }
        let script = format!(
            "const fs = require('fs');\n{}\nconst table = new Int32Array(1 << 16);\n\
             for (let i = 0; i < {}; i++) {{\n\
               const at = process.argv[1] + '/' + i;\n\
               fs.writeFileSync(at + '.packed', pack(new Uint8Array(fs.readFileSync(at))));\n\
             }}",
            packer(),
            blocks.len()
        );
        let ran = std::process::Command::new("node")
            .arg("-e")
            .arg(&script)
            .arg(dir.path())
            .output()
            .expect("Node runs the page's packer (scripts/test.sh installs it)");
        assert!(
            ran.status.success(),
            "{}",
            String::from_utf8_lossy(&ran.stderr)
        );
        let packed: Vec<Vec<u8>> = (0..blocks.len())
            .map(|i| std::fs::read(dir.path().join(format!("{i}.packed"))).unwrap())
            .collect();
        for ((what, bytes), block) in blocks.iter().zip(&packed) {
            assert!(
                block.len() as u64 + RAW_BYTES / 2 < PIECE_BYTES,
                "{what}: {}",
                block.len()
            );
            let back = unpacked(block).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert!(back == *bytes, "{what} unpacks to what was packed");
        }
        // Several blocks to a piece, as the worker sends them.
        let piece = [&packed[6][..], &packed[0], &packed[5]].concat();
        let whole = [&blocks[6].1[..], &blocks[0].1, &blocks[5].1].concat();
        assert!(unpacked(&piece).unwrap() == whole);
        // Text packs smaller; noise barely grows.
        assert!(packed[6].len() * 10 < blocks[6].1.len());
        assert!(packed[8].len() < raw + raw / 200);
    }

    #[test]
    fn a_piece_that_does_not_unpack_to_what_it_says_is_refused() {
        let words = b"Some words, some words, some words.";
        let block = lz4_flex::block::compress(words);
        let piece = |raw: u32, packed: usize, block: &[u8]| {
            [
                &raw.to_le_bytes()[..],
                &(packed as u32).to_le_bytes(),
                block,
            ]
            .concat()
        };
        let good = piece(35, block.len(), &block);
        assert_eq!(unpacked(&good).unwrap(), words);
        assert_eq!(
            unpacked(&[&good[..], &good].concat()).unwrap(),
            [&words[..], words].concat()
        );
        for (what, bad) in [
            ("empty", vec![]),
            ("too short for its lengths", vec![35, 0, 0, 0, 1]),
            ("nothing in a block", piece(0, 0, &[])),
            ("longer than it unpacks to", piece(40, block.len(), &block)),
            ("shorter than it unpacks to", piece(20, block.len(), &block)),
            (
                "more than a block may carry",
                piece(RAW_BYTES as u32 + 1, block.len(), &block),
            ),
            ("cut", piece(35, block.len(), &block[..block.len() - 3])),
            ("a block past the piece", piece(35, block.len() + 1, &block)),
            ("a match before its start", piece(8, 3, &[0x04, 0x09, 0x00])),
            (
                "a good block, then a bad one",
                [&good[..], &piece(40, block.len(), &block)].concat(),
            ),
        ] {
            assert!(
                matches!(unpacked(&bad), Err(ImportError::Garbled)),
                "{what}"
            );
        }
    }
}
