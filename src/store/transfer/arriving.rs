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
use std::io::{self, BufReader, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use rusqlite::Transaction;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::format::{FORMAT, FORMAT_VERSION, Stamp};
use super::import::Writing;
use super::mapped::Mapped;
use super::report::{ImportError, ImportReport};
use crate::domain::text::part_of_size;
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

    /// Part `part` has come as far as byte `next`.
    pub(super) fn came(&self, part: usize, next: u64) {
        if let Some(p) = self.state().parts.get_mut(part) {
            p.next = next;
        }
        self.changed.notify_all();
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
                    return Err(why.take().unwrap_or_else(|| {
                        let got = state.parts.iter().map(|p| p.next - p.start).sum();
                        ImportError::Cut {
                            arrived: part_of_size(got, state.size),
                        }
                    }));
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
    let reader = BufReader::with_capacity(READ_BYTES, Reader { arriving, at: 0 });
    let mut de = serde_json::Deserializer::from_reader(reader);
    let mut file = Streaming {
        tx,
        writing: None,
        format: None,
        version: None,
        exported_at: None,
        app_version: false,
        next: 0,
        missed: None,
    };
    let read = de::Deserializer::deserialize_map(&mut de, &mut file).and_then(|()| de.end());
    if read.is_err() {
        return Err(file.missed.take().unwrap_or_else(|| {
            if arriving.arrival.has_stopped() {
                Missed::Stopped
            } else {
                Missed::Whole
            }
        }));
    }
    let writing = match file.writing {
        Some(writing) => writing,
        None => file.begin().map_err(|e| file.missed.take().unwrap_or(e))?,
    };
    arriving.arrival.wait_end().map_err(Missed::Failed)?;
    writing.finish().map_err(Missed::Failed)
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
    missed: Option<Missed>,
}

impl<'a> Streaming<'a> {
    /// Notes why the file is not read as it comes, for the error that stops the reading.
    fn miss<E: de::Error>(&mut self, missed: Missed) -> E {
        self.missed = Some(missed);
        E::custom("not read as it comes")
    }

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

    /// The list at `at` in [`Kind::ALL`] comes next: whether it may be read as it comes.
    fn list<E: de::Error>(&mut self, at: usize) -> Result<(), E> {
        // A favourite's time is the file's, which comes before the lists in a file Mend wrote.
        let timed = Kind::ALL[at] != Kind::Favourite || self.exported_at.is_some();
        if at < self.next || !timed {
            return Err(self.miss(Missed::Whole));
        }
        self.next = at + 1;
        if self.writing.is_none() {
            match self.begin() {
                Ok(writing) => self.writing = Some(writing),
                Err(missed) => return Err(self.miss(missed)),
            }
        }
        Ok(())
    }

    /// Hands what was read to the import.
    fn write<E: de::Error>(
        &mut self,
        write: impl FnOnce(&mut Writing<'a>) -> Result<(), ImportError>,
    ) -> Result<(), E> {
        let Some(writing) = self.writing.as_mut() else {
            return Err(self.miss(Missed::Whole));
        };
        write(writing).map_err(|e| self.miss(Missed::Failed(e)))
    }
}

impl<'de> Visitor<'de> for &mut Streaming<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a Mend export")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            // A field given twice is refused the usual way.
            let twice = match key.as_str() {
                "format" => self
                    .format
                    .replace(map.next_value::<String>()? == FORMAT)
                    .is_some(),
                "format_version" => self.version.replace(map.next_value()?).is_some(),
                "exported_at" => self.exported_at.replace(map.next_value()?).is_some(),
                "app_version" => {
                    map.next_value::<Option<String>>()?;
                    std::mem::replace(&mut self.app_version, true)
                }
                list => match Kind::ALL.iter().position(|k| k.list() == list) {
                    Some(at) => {
                        self.list(at)?;
                        map.next_value_seed(List {
                            file: &mut *self,
                            at,
                        })?;
                        false
                    }
                    None => {
                        map.next_value::<IgnoredAny>()?;
                        false
                    }
                },
            };
            if twice {
                return Err(self.miss(Missed::Whole));
            }
        }
        Ok(())
    }
}

/// One of the file's lists, its records written as they are read.
struct List<'s, 'a> {
    file: &'s mut Streaming<'a>,
    at: usize,
}

impl<'de> DeserializeSeed<'de> for List<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for List<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of records")
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<(), S::Error> {
        let kind = Kind::ALL[self.at];
        if kind == Kind::Part {
            // The parts are few, and written all at once (see `Writing::parts`).
            let mut parts = Vec::new();
            while let Some(value) = seq.next_element()? {
                parts.push(value);
            }
            return self.file.write(|writing| writing.parts(&parts));
        }
        while let Some(value) = seq.next_element()? {
            self.file.write(|writing| writing.record(kind, &value))?;
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
