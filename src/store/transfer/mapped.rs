//! A file Mend received whole, mapped in place rather than read into memory, so an import
//! reads its pages where the system holds them and gives them back as it goes.

use std::fs::File;

use super::report::ImportError;

/// An arrived file's bytes, mapped in place.
#[derive(Debug)]
pub struct Mapped(memmap2::Mmap);

impl std::ops::Deref for Mapped {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl Mapped {
    /// Maps `file`, an arrived file Mend received whole, open to read.
    pub(super) fn whole(file: &File) -> Result<Mapped, ImportError> {
        // SAFETY: the file is Mend's own, made 0600 in its private folder, locked, and
        // written whole before this; nothing changes it while the map lives (it is removed
        // only once the import is done with it, and an open file's bytes outlive its name).
        let map = unsafe { memmap2::Mmap::map(file) }.map_err(ImportError::Reading)?;
        Ok(Mapped(map))
    }

    /// Lets the system take back the pages of `range` that this process holds: an import
    /// done with a stretch of the file says so, and the process's memory holds a window of
    /// the file at a time rather than all of it. The bytes stay as they are: a page read
    /// again comes back from the file, which nothing changes (see [`Mapped::whole`]).
    pub fn give_back(&self, range: std::ops::Range<usize>) {
        if range.is_empty() || range.end > self.0.len() {
            return;
        }
        #[cfg(unix)]
        {
            // SAFETY: the map is shared, read-only, of a file nothing writes while it lives.
            // For such a map, dropping pages only unmaps them from this process: a later
            // read of any byte in the range (through a slice borrowed from the map, too)
            // maps the file's page again, with the same bytes. Nothing is zeroed or lost.
            let given = unsafe {
                self.0.unchecked_advise_range(
                    memmap2::UncheckedAdvice::DontNeed,
                    range.start,
                    range.len(),
                )
            };
            if let Err(err) = given {
                tracing::debug!(%err, "pages of an arrived file were not given back");
            }
        }
    }
}
