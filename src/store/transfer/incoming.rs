//! A file arriving in pieces: an export the person chose on the page, read there and sent
//! over a piece at a time, the same way in the browser preview, the desktop window and on a
//! phone. Each piece goes straight into a private file in the data folder's `incoming/`
//! (the folder `0700`, the file `0600`), so neither side ever holds the whole file while it
//! comes. It is imported from that file, as it comes ([`Incoming::arriving`]) or once every
//! byte is here ([`Store::import_arrived`]).
//!
//! The file is removed in every case: when the import is done or refused, when the page
//! stops sending part of the way, and, after a crash, the next time Mend opens its data
//! ([`sweep`]). A file still being received is locked, so a second Mend opening the same
//! data leaves it alone.

use std::fs::{self, File};
use std::io::{self, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::arriving::{Arrival, Arriving, Part};
use super::import::MAX_IMPORT_BYTES;
use super::mapped::Mapped;
use super::report::{ImportError, ImportReport};
use crate::store::Store;
use crate::store::files::{self, INCOMING_DIR};

/// The most parts a file may come in (the page reads each part with a worker of its own).
pub const MAX_PARTS: usize = 16;

/// A file being received piece by piece, in one part or in several side by side (each a
/// range of the file, its pieces in order). Dropping it removes the file.
#[derive(Debug)]
pub struct Incoming {
    path: PathBuf,
    file: File,
    /// Its parts and how far each has come, shared with an import reading it as it comes
    /// ([`Incoming::arriving`]).
    arrival: std::sync::Arc<Arrival>,
}

impl Incoming {
    /// Makes a new private file in `data_dir/incoming` for a file of `size` bytes, to come
    /// in one part, or refuses a size no export can have before anything is sent.
    pub fn begin(data_dir: &Path, size: u64) -> Result<Incoming, ImportError> {
        Incoming::begin_in_parts(data_dir, size, &[0])
    }

    /// The same for a file that comes in parts, each starting at the byte given (the first
    /// at 0, each after the one before, all inside the file) and running to the next.
    pub fn begin_in_parts(
        data_dir: &Path,
        size: u64,
        starts: &[u64],
    ) -> Result<Incoming, ImportError> {
        if size == 0 {
            return Err(ImportError::Empty);
        }
        if size > MAX_IMPORT_BYTES as u64 {
            return Err(ImportError::TooBig {
                mb: (size / (1024 * 1024)) as usize,
            });
        }
        let in_order = starts.first() == Some(&0)
            && starts.len() <= MAX_PARTS
            && starts.windows(2).all(|w| w[0] < w[1])
            && starts.last().is_some_and(|last| *last < size);
        if !in_order {
            return Err(ImportError::Garbled);
        }
        let parts: Vec<Part> = starts
            .iter()
            .enumerate()
            .map(|(i, start)| Part {
                next: *start,
                start: *start,
                end: starts.get(i + 1).copied().unwrap_or(size),
            })
            .collect();
        let dir = data_dir.join(INCOMING_DIR);
        files::create_dir_all(&dir).map_err(ImportError::Receiving)?;
        let mut random = [0u8; 12];
        getrandom::fill(&mut random)
            .map_err(|e| ImportError::Receiving(io::Error::other(e.to_string())))?;
        let name: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let path = dir.join(format!("import-{name}.json.part"));
        let file = files::create_new(&path).map_err(ImportError::Receiving)?;
        // Held until the file is dropped: a sweep by another Mend leaves a locked file be.
        if let Err(err) = file.try_lock() {
            tracing::warn!(%err, "a file being received could not be locked");
        }
        let arrival = std::sync::Arc::new(Arrival::new(parts, size));
        Ok(Incoming {
            path,
            file,
            arrival,
        })
    }

    /// Adds the next piece of part `part` (0 for a file in one part), where that part has
    /// come to. A piece of a part there isn't, or one that would run past its part's end,
    /// is refused.
    pub fn add(&mut self, part: usize, piece: &[u8]) -> Result<(), ImportError> {
        let Some(range) = self.arrival.part(part) else {
            return Err(ImportError::Garbled);
        };
        let end = range.next.saturating_add(piece.len() as u64);
        if end > range.end {
            return Err(ImportError::Garbled);
        }
        self.file
            .seek(SeekFrom::Start(range.next))
            .and_then(|_| self.file.write_all(piece))
            .map_err(ImportError::Receiving)?;
        self.arrival.came(part, end);
        Ok(())
    }

    /// The file as it comes, for an import that reads it while it does (see
    /// [`Store::import_arriving`]): its bytes are read as they come, and it learns how
    /// the file ended (whole, or why not).
    pub fn arriving(&self) -> Result<Arriving, ImportError> {
        let file = File::open(&self.path).map_err(ImportError::Receiving)?;
        Ok(Arriving::new(std::sync::Arc::clone(&self.arrival), file))
    }

    /// Gives up on the file, for `why` (a piece out of its place, one that could not be
    /// kept): an import reading it as it comes stops, saying `why`. The file is removed.
    pub fn stop(self, why: ImportError) {
        self.arrival.stopped(Some(why));
    }

    /// How many bytes have come, of how many.
    pub fn progress(&self) -> (u64, u64) {
        self.arrival.progress()
    }

    /// Whether every byte of part `part` has come.
    pub fn part_complete(&self, part: usize) -> bool {
        self.arrival.part(part).is_some_and(|p| p.next == p.end)
    }

    /// Whether every byte has come.
    pub fn is_complete(&self) -> bool {
        self.arrival.is_complete()
    }

    /// The file, once every byte has come; otherwise why it is refused (the file is removed
    /// either way when what is returned is dropped).
    pub fn finish(mut self) -> Result<Arrived, ImportError> {
        if !self.is_complete() {
            return Err(self.arrival.cut_short());
        }
        if let Err(err) = self.file.flush() {
            self.arrival.stopped(None);
            return Err(ImportError::Receiving(err));
        }
        // The same open file, so its lock holds until the import is done with it.
        let held = match self.file.try_clone() {
            Ok(held) => held,
            Err(err) => {
                self.arrival.stopped(None);
                return Err(ImportError::Receiving(err));
            }
        };
        self.arrival.whole();
        let path = std::mem::take(&mut self.path);
        Ok(Arrived { path, _held: held })
    }
}

impl Drop for Incoming {
    fn drop(&mut self) {
        // Stopped part of the way, unless it was said how it ended.
        self.arrival.stopped(None);
        remove(&self.path);
    }
}

/// A file that has arrived whole, to import. Dropping it removes the file.
#[derive(Debug)]
pub struct Arrived {
    path: PathBuf,
    _held: File,
}

impl Arrived {
    /// Where it is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Its bytes, mapped from the file rather than read into memory: the file was just
    /// written, so the system holds its pages already, and an import reads them in place,
    /// so the file is never held twice.
    pub fn bytes(&self) -> Result<Mapped, ImportError> {
        let file = File::open(&self.path).map_err(ImportError::Reading)?;
        Mapped::whole(&file)
    }
}

impl Store {
    /// Imports a file that arrived through the page (see [`Store::import`]), from where it
    /// lies, giving its pages back to the system as the import is done with them.
    #[tracing::instrument(skip_all, err)]
    pub fn import_arrived(&mut self, arrived: &Arrived) -> Result<ImportReport, ImportError> {
        let mapped = arrived.bytes()?;
        self.import_giving_back(&mapped, &|range| mapped.give_back(range))
    }
}

impl Drop for Arrived {
    fn drop(&mut self) {
        remove(&self.path);
    }
}

/// Removes a received file, if there is one at `path`; a failure is logged.
fn remove(path: &Path) {
    if path.as_os_str().is_empty() {
        return;
    }
    if let Err(err) = files::remove_if_there(path) {
        tracing::warn!(%err, "a received file could not be removed");
    }
}

/// Removes what an earlier run left in `data_dir/incoming` (it stopped while a file came,
/// or crashed before it was imported), except a file another Mend is receiving now. Returns
/// how many were removed.
pub fn sweep(data_dir: &Path) -> io::Result<usize> {
    let dir = data_dir.join(INCOMING_DIR);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut removed = 0;
    for entry in entries {
        let path = entry?.path();
        if !path.is_file() {
            continue;
        }
        let in_use = File::open(&path).is_ok_and(|f| f.try_lock().is_err());
        if !in_use {
            files::remove_if_there(&path)?;
            removed += 1;
        }
    }
    if removed > 0 {
        tracing::info!(
            removed,
            "files left from an import that did not finish were removed"
        );
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<PathBuf> {
        match fs::read_dir(dir.join(INCOMING_DIR)) {
            Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
            Err(_) => Vec::new(),
        }
    }

    #[test]
    fn pieces_in_order_make_the_file_which_goes_once_it_is_dropped() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut incoming = Incoming::begin(dir.path(), 10).unwrap();
        incoming.add(0, b"{\"a\":").unwrap();
        assert_eq!(incoming.progress(), (5, 10));
        assert!(!incoming.is_complete());
        incoming.add(0, b" 12}\n").unwrap();
        let arrived = incoming.finish().unwrap();
        assert_eq!(fs::read(arrived.path()).unwrap(), b"{\"a\": 12}\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(arrived.path()), 0o600);
            assert_eq!(mode(&dir.path().join(INCOMING_DIR)), 0o700);
        }
        drop(arrived);
        assert_eq!(leftovers(dir.path()), Vec::<PathBuf>::new());
    }

    #[test]
    fn a_file_that_stops_part_of_the_way_is_refused_and_removed() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut incoming = Incoming::begin(dir.path(), 3 * 1024 * 1024).unwrap();
        incoming.add(0, &vec![b' '; 1024 * 1024]).unwrap();
        let refused = incoming.finish().unwrap_err();
        // How much came, for the words "Only … of this file arrived" are said with.
        assert!(
            matches!(refused, ImportError::Cut { got, size } if (got, size) == (1024 * 1024, 3 * 1024 * 1024)),
            "{refused:?}"
        );
        assert_eq!(refused.to_string(), "only 1.0 of 3.0 MB arrived");
        assert_eq!(leftovers(dir.path()), Vec::<PathBuf>::new());
    }

    #[test]
    fn parts_side_by_side_make_the_file_whatever_order_their_pieces_come_in() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut incoming = Incoming::begin_in_parts(dir.path(), 12, &[0, 5, 9]).unwrap();
        incoming.add(2, b"xyz").unwrap();
        incoming.add(0, b"abc").unwrap();
        incoming.add(1, b"1234").unwrap();
        assert!(incoming.part_complete(1) && incoming.part_complete(2));
        assert!(!incoming.part_complete(0) && !incoming.is_complete());
        assert_eq!(incoming.progress(), (10, 12));
        incoming.add(0, b"de").unwrap();
        let arrived = incoming.finish().unwrap();
        assert_eq!(fs::read(arrived.path()).unwrap(), b"abcde1234xyz");
    }

    #[test]
    fn pieces_past_their_part_or_of_no_part_and_parts_out_of_order_are_refused() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut incoming = Incoming::begin_in_parts(dir.path(), 6, &[0, 3]).unwrap();
        incoming.add(0, b"abc").unwrap();
        assert!(matches!(incoming.add(0, b"d"), Err(ImportError::Garbled)));
        assert!(matches!(
            incoming.add(1, b"defg"),
            Err(ImportError::Garbled)
        ));
        assert!(matches!(incoming.add(2, b"d"), Err(ImportError::Garbled)));
        assert_eq!(incoming.progress(), (3, 6));
        drop(incoming);
        for starts in [&[][..], &[1], &[0, 0], &[0, 4, 2], &[0, 6]] {
            assert!(
                matches!(
                    Incoming::begin_in_parts(dir.path(), 6, starts),
                    Err(ImportError::Garbled)
                ),
                "{starts:?}"
            );
        }
        let too_many: Vec<u64> = (0..=MAX_PARTS as u64).collect();
        assert!(matches!(
            Incoming::begin_in_parts(dir.path(), 100, &too_many),
            Err(ImportError::Garbled)
        ));
        assert_eq!(leftovers(dir.path()), Vec::<PathBuf>::new());
    }

    #[test]
    fn an_empty_or_oversized_file_is_refused_before_anything_is_sent() {
        let dir = tempfile::TempDir::new().unwrap();
        assert!(matches!(
            Incoming::begin(dir.path(), 0),
            Err(ImportError::Empty)
        ));
        assert!(matches!(
            Incoming::begin(dir.path(), MAX_IMPORT_BYTES as u64 + 1),
            Err(ImportError::TooBig { mb: 256 })
        ));
        assert_eq!(leftovers(dir.path()), Vec::<PathBuf>::new());
    }

    #[test]
    fn a_sweep_removes_what_a_crash_left_but_not_a_file_still_arriving() {
        let dir = tempfile::TempDir::new().unwrap();
        let incoming = dir.path().join(INCOMING_DIR);
        fs::create_dir_all(&incoming).unwrap();
        // What a run killed part of the way left behind: no one holds it.
        fs::write(incoming.join("import-0123.json.part"), b"{\"format\":").unwrap();
        let arriving = Incoming::begin(dir.path(), 4).unwrap();
        assert_eq!(sweep(dir.path()).unwrap(), 1);
        assert_eq!(leftovers(dir.path()), vec![arriving.path.clone()]);
        drop(arriving);
        assert_eq!(sweep(dir.path()).unwrap(), 0);
        assert_eq!(leftovers(dir.path()), Vec::<PathBuf>::new());
        // No folder at all is nothing to sweep.
        let fresh = tempfile::TempDir::new().unwrap();
        assert_eq!(sweep(fresh.path()).unwrap(), 0);
    }
}
