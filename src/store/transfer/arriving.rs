//! Importing a file while it still arrives: the page sends an export in pieces (see
//! `incoming`), and the import reads each list as its bytes come, writing its records in the
//! one transaction, so that by the time the last piece is in, most of the file is imported.
//! It commits only once every byte has come; a file that stops part of the way writes
//! nothing.
//!
//! A file Mend wrote lists its kinds in the order they are imported ([`Kind::ALL`]), after
//! its format and version. Anything else (a list out of that order or twice, a record that
//! does not read, a file that is not a Mend export at all) is not decided here: what was
//! written is rolled back, and once the whole file has come it is imported the usual way,
//! which gives the same result and the same reasons as for a file chosen whole.

use std::fs::File;
use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use rusqlite::Transaction;
use serde::de::IgnoredAny;

use super::format::{FORMAT, FORMAT_VERSION, Stamp};
use super::import::Writing;
use super::mapped::Mapped;
use super::report::{ImportError, ImportReport};
use crate::store::kinds::Kind;
use crate::store::{Store, StoreError};

/// How much of the file is read at a time.
const READ_BYTES: usize = 256 * 1024;

/// One part's range of the file, and how far it has come.
#[derive(Debug, Clone, Copy)]
pub(super) struct Part {
    pub(super) next: u64,
    pub(super) start: u64,
    pub(super) end: u64,
}

/// How far a file has come, shared by the `Incoming` that writes it and the import that
/// reads it.
#[derive(Debug)]
pub(super) struct Arrival {
    state: Mutex<State>,
    changed: Condvar,
    /// How far the import has read.
    read: AtomicU64,
}

#[derive(Debug)]
struct State {
    parts: Vec<Part>,
    size: u64,
    end: Option<End>,
}

impl State {
    /// How many bytes have come.
    fn got(&self) -> u64 {
        self.parts.iter().map(|p| p.next - p.start).sum()
    }

    /// Why a file that stopped here is refused: how much of it came.
    fn cut(&self) -> ImportError {
        ImportError::Cut {
            got: self.got(),
            size: self.size,
        }
    }
}

/// How a file's arrival ended.
#[derive(Debug)]
enum End {
    Whole,
    /// Part of the way, and why, if it was said (it is said once).
    Stopped(Option<ImportError>),
}

impl Arrival {
    pub(super) fn new(parts: Vec<Part>, size: u64) -> Arrival {
        Arrival {
            state: Mutex::new(State {
                parts,
                size,
                end: None,
            }),
            changed: Condvar::new(),
            read: AtomicU64::new(0),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Part `part`'s range, and how far it has come.
    pub(super) fn part(&self, part: usize) -> Option<Part> {
        self.state().parts.get(part).copied()
    }

    /// Part `part` has come as far as byte `next`.
    pub(super) fn came(&self, part: usize, next: u64) {
        if let Some(p) = self.state().parts.get_mut(part) {
            p.next = next;
        }
        self.changed.notify_all();
    }

    /// How many bytes have come, of how many.
    pub(super) fn progress(&self) -> (u64, u64) {
        let state = self.state();
        (state.got(), state.size)
    }

    /// Whether every byte has come.
    pub(super) fn is_complete(&self) -> bool {
        self.state().parts.iter().all(|p| p.next == p.end)
    }

    /// Says the file stopped before every byte came, and why: how much of it did.
    pub(super) fn cut_short(&self) -> ImportError {
        let cut = || self.state().cut();
        self.stopped(Some(cut()));
        cut()
    }

    /// Every byte has come.
    pub(super) fn whole(&self) {
        self.end(End::Whole);
    }

    /// It stopped part of the way, for `why` if given; nothing once it has ended.
    pub(super) fn stopped(&self, why: Option<ImportError>) {
        self.end(End::Stopped(why));
    }

    fn end(&self, end: End) {
        let mut state = self.state();
        if state.end.is_none() {
            state.end = Some(end);
        }
        drop(state);
        self.changed.notify_all();
    }

    /// Waits until the byte at `at` has come: how many from there have; or `None` if the
    /// file stopped first.
    fn wait_for(&self, at: u64) -> Option<u64> {
        let mut state = self.state();
        loop {
            let part = state.parts.iter().find(|p| p.start <= at && at < p.end)?;
            if part.next > at {
                return Some(part.next - at);
            }
            if matches!(state.end, Some(End::Stopped(_))) {
                return None;
            }
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Waits until the file has ended: `Ok` if whole, or why it stopped.
    fn wait_end(&self) -> Result<(), ImportError> {
        let mut state = self.state();
        loop {
            match &mut state.end {
                Some(End::Whole) => return Ok(()),
                Some(End::Stopped(why)) => {
                    let why = why.take();
                    return Err(why.unwrap_or_else(|| state.cut()));
                }
                None => {
                    state = self
                        .changed
                        .wait(state)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
        }
    }

    fn has_stopped(&self) -> bool {
        matches!(self.state().end, Some(End::Stopped(_)))
    }
}

/// A file arriving, as an import reads it (from `Incoming::arriving`). It holds the file
/// open, so its bytes stay readable even once the file is removed.
#[derive(Debug)]
pub struct Arriving {
    arrival: Arc<Arrival>,
    file: File,
}

impl Arriving {
    pub(super) fn new(arrival: Arc<Arrival>, file: File) -> Arriving {
        Arriving { arrival, file }
    }

    fn size(&self) -> u64 {
        self.arrival.state().size
    }

    /// How many of the file's bytes the import has read so far: while the file comes, it
    /// reads as far as has come.
    pub fn read(&self) -> u64 {
        self.arrival.read.load(Ordering::Relaxed)
    }
}

/// Reads an arriving file from its start, each byte once it has come.
struct Reader<'a> {
    arriving: &'a Arriving,
    at: u64,
}

impl Read for Reader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() || self.at >= self.arriving.size() {
            return Ok(0);
        }
        let Some(come) = self.arriving.arrival.wait_for(self.at) else {
            return Err(io::Error::other("the file stopped coming"));
        };
        let want = buf.len().min(usize::try_from(come).unwrap_or(usize::MAX));
        let got = read_at(&self.arriving.file, &mut buf[..want], self.at)?;
        self.at += got as u64;
        self.arriving.arrival.read.store(self.at, Ordering::Relaxed);
        Ok(got)
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, at)
}

#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, at)
}

/// Why reading a file as it came did not import it.
enum Missed {
    /// The file stopped coming.
    Stopped,
    /// It is not one a file Mend wrote; the usual import decides.
    Whole,
    /// The device failed (as it would the usual way).
    Failed(ImportError),
}

impl From<StoreError> for Missed {
    fn from(e: StoreError) -> Missed {
        Missed::Failed(e.into())
    }
}

impl Store {
    /// Imports a file while it arrives (see the module's notes): the same result as
    /// [`Store::import_arrived`] once it has come, or why it stopped coming.
    #[tracing::instrument(skip_all, err)]
    pub fn import_arriving(&mut self, arriving: &Arriving) -> Result<ImportReport, ImportError> {
        match self.importing(|tx| read_as_it_comes(tx, arriving)) {
            Ok(report) => Ok(report),
            Err(Missed::Failed(e)) => Err(e),
            Err(Missed::Stopped) => Err(arriving
                .arrival
                .wait_end()
                .err()
                .unwrap_or(ImportError::Garbled)),
            Err(Missed::Whole) => {
                arriving.arrival.wait_end()?;
                tracing::info!("the arriving file is imported once whole");
                let mapped = Mapped::whole(&arriving.file)?;
                self.import_giving_back(&mapped, &|range| mapped.give_back(range))
            }
        }
    }
}

/// Reads the file as it comes, writing each list's records as they are read.
fn read_as_it_comes(tx: &Transaction<'_>, arriving: &Arriving) -> Result<ImportReport, Missed> {
    let mut bytes = Bytes {
        reader: Reader { arriving, at: 0 },
        buf: Vec::with_capacity(2 * READ_BYTES),
        at: 0,
    };
    let mut file = Streaming {
        tx,
        writing: None,
        format: None,
        version: None,
        exported_at: None,
        app_version: false,
        next: 0,
    };
    bytes.expect(b'{')?;
    let mut first = true;
    while bytes.another(&mut first, b'}')? {
        let key: String = bytes.parse()?;
        bytes.expect(b':')?;
        // A field given twice is refused the usual way.
        let twice = match key.as_str() {
            "format" => file
                .format
                .replace(bytes.parse::<String>()? == FORMAT)
                .is_some(),
            "format_version" => file.version.replace(bytes.parse()?).is_some(),
            "exported_at" => file.exported_at.replace(bytes.parse()?).is_some(),
            "app_version" => {
                bytes.parse::<Option<String>>()?;
                std::mem::replace(&mut file.app_version, true)
            }
            list => match Kind::ALL.iter().position(|k| k.list() == list) {
                Some(at) => {
                    file.list(at, &mut bytes)?;
                    false
                }
                None => {
                    bytes.parse::<IgnoredAny>()?;
                    false
                }
            },
        };
        if twice {
            return Err(Missed::Whole);
        }
    }
    if bytes.skip_space()?.is_some() {
        return Err(Missed::Whole);
    }
    let writing = match file.writing {
        Some(writing) => writing,
        None => file.begin()?,
    };
    arriving.arrival.wait_end().map_err(Missed::Failed)?;
    writing.finish().map_err(Missed::Failed)
}

/// The most a record may nest: a file's records are two levels down in it, and a file is
/// read whole to at most 128.
const MAX_DEPTH: usize = 126;

/// The file's bytes from where the reading has come to: read a stretch at a time, each value
/// found whole (its end found by its brackets and quotes alone) and then parsed from its
/// bytes, which is what checks it. What has been read is let go of as the reading goes on.
struct Bytes<'a> {
    reader: Reader<'a>,
    buf: Vec<u8>,
    /// Where the reading is, in `buf`.
    at: usize,
}

impl Bytes<'_> {
    /// The byte at `i` in `buf`, read from the file if it has not been yet; `None` at its
    /// end.
    fn get(&mut self, i: usize) -> Result<Option<u8>, Missed> {
        while i >= self.buf.len() {
            if !self.fill()? {
                return Ok(None);
            }
        }
        Ok(Some(self.buf[i]))
    }

    /// Reads the next stretch of the file into `buf`: whether there was one.
    fn fill(&mut self) -> Result<bool, Missed> {
        let had = self.buf.len();
        self.buf.resize(had + READ_BYTES, 0);
        let read = loop {
            match self.reader.read(&mut self.buf[had..]) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                read => break read,
            }
        };
        let got = *read.as_ref().unwrap_or(&0);
        self.buf.truncate(had + got);
        if read.is_err() {
            // The file stopped coming, or could not be read here: the usual way may yet.
            return Err(if self.reader.arriving.arrival.has_stopped() {
                Missed::Stopped
            } else {
                Missed::Whole
            });
        }
        Ok(got > 0)
    }

    /// Skips JSON's white space: the byte after it, if the file goes on.
    fn skip_space(&mut self) -> Result<Option<u8>, Missed> {
        loop {
            match self.get(self.at)? {
                Some(b' ' | b'\n' | b'\r' | b'\t') => self.at += 1,
                other => return Ok(other),
            }
        }
    }

    /// Skips `byte`, after any white space, or the file is not read as it comes.
    fn expect(&mut self, byte: u8) -> Result<(), Missed> {
        if self.skip_space()? != Some(byte) {
            return Err(Missed::Whole);
        }
        self.at += 1;
        Ok(())
    }

    /// Whether another member of an object or list comes, before its closing `close`.
    fn another(&mut self, first: &mut bool, close: u8) -> Result<bool, Missed> {
        // Between values, what is behind the reading goes, once there is a stretch of it.
        if self.at >= READ_BYTES {
            self.buf.drain(..self.at);
            self.at = 0;
        }
        let next = self.skip_space()?;
        if next == Some(close) {
            self.at += 1;
            return Ok(false);
        }
        if !std::mem::take(first) {
            if next != Some(b',') {
                return Err(Missed::Whole);
            }
            self.at += 1;
        }
        Ok(true)
    }

    /// The next value, parsed from its bytes.
    fn parse<T: serde::de::DeserializeOwned>(&mut self) -> Result<T, Missed> {
        self.skip_space()?;
        let value = self.value()?;
        serde_json::from_slice(&self.buf[value]).map_err(|_| Missed::Whole)
    }

    /// Where the value beginning at the reading ends; the reading moves past it.
    fn value(&mut self) -> Result<std::ops::Range<usize>, Missed> {
        let start = self.at;
        let mut i = start;
        let mut depth = 0;
        loop {
            let Some(byte) = self.get(i)? else {
                // The file ends inside it: a cut file, which the usual import names.
                return if depth == 0 && i > start {
                    self.at = i;
                    Ok(start..i)
                } else {
                    Err(Missed::Whole)
                };
            };
            match byte {
                b'"' => {
                    i = self.past_string(i)?;
                    if depth == 0 {
                        break;
                    }
                    continue;
                }
                b'{' | b'[' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(Missed::Whole);
                    }
                }
                b'}' | b']' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        break;
                    }
                }
                b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t' if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
        self.at = i;
        Ok(start..i)
    }

    /// Past the string whose opening quote is at `i`: where its closing quote ends.
    fn past_string(&mut self, mut i: usize) -> Result<usize, Missed> {
        i += 1;
        loop {
            match self.get(i)? {
                Some(b'\\') => i += 2,
                Some(b'"') => return Ok(i + 1),
                Some(_) => i += 1,
                None => return Err(Missed::Whole),
            }
        }
    }
}

/// The file's outer object as it is read.
struct Streaming<'a> {
    tx: &'a Transaction<'a>,
    /// Begun once the first list comes, the file's format and version known by then.
    writing: Option<Writing<'a>>,
    /// Whether its format is Mend's, once read.
    format: Option<bool>,
    version: Option<u32>,
    exported_at: Option<Option<Stamp>>,
    app_version: bool,
    /// Where in [`Kind::ALL`] the next list may be.
    next: usize,
}

impl<'a> Streaming<'a> {
    /// Begins writing: the file has said it is a Mend export of a version this build reads.
    fn begin(&mut self) -> Result<Writing<'a>, Missed> {
        match (self.format, self.version) {
            (Some(true), Some(version)) if (1..=FORMAT_VERSION).contains(&version) => {
                let mut writing = Writing::begin(self.tx, version).map_err(Missed::Failed)?;
                writing.since(self.exported_at.flatten().as_ref());
                Ok(writing)
            }
            _ => Err(Missed::Whole),
        }
    }

    /// Reads the list at `at` in [`Kind::ALL`], writing its records as they are read.
    fn list(&mut self, at: usize, bytes: &mut Bytes) -> Result<(), Missed> {
        let kind = Kind::ALL[at];
        // A favourite's time is the file's, which comes before the lists in a file Mend wrote.
        let timed = kind != Kind::Favourite || self.exported_at.is_some();
        if at < self.next || !timed {
            return Err(Missed::Whole);
        }
        self.next = at + 1;
        let writing = match self.writing {
            Some(ref mut writing) => writing,
            None => {
                let begun = self.begin()?;
                self.writing.insert(begun)
            }
        };
        bytes.expect(b'[')?;
        let mut first = true;
        while bytes.another(&mut first, b']')? {
            writing
                .record(kind, bytes.parse()?)
                .map_err(Missed::Failed)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::format::ExportFile;
    use super::*;

    #[test]
    fn a_file_mend_writes_has_its_format_first_and_its_lists_in_the_order_they_are_imported() {
        let file: ExportFile = serde_json::from_str(
            r#"{"format": "mend-export", "format_version": 5, "exported_at": null}"#,
        )
        .unwrap();
        let text = serde_json::to_string(&file).unwrap();
        let place = |key: &str| text.find(&format!("\"{key}\":")).unwrap();
        let mut places = vec![
            place("format"),
            place("format_version"),
            place("exported_at"),
        ];
        places.extend(Kind::ALL.map(|kind| place(kind.list())));
        assert!(places.is_sorted(), "{text}");
    }
}
