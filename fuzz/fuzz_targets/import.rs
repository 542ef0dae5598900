//! Fuzzes the importer: any bytes must give an error or a report, never a panic; a refused
//! file must leave the store as it was; and a file imported once must add nothing when it is
//! imported again.

#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use mend::store::Store;

/// One store for the whole run, in a new folder in TMPDIR. libFuzzer ends the process with
/// `exit`, so the folder outlives it: scripts/fuzz.sh points TMPDIR at a folder of its own
/// (in /dev/shm, where a sync costs nothing) and removes it afterwards.
fn store() -> &'static Mutex<(tempfile::TempDir, Store)> {
    static STORE: OnceLock<Mutex<(tempfile::TempDir, Store)>> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = tempfile::TempDir::new().expect("a temporary folder");
        let store = Store::open_in(dir.path()).expect("a fresh store");
        Mutex::new((dir, store))
    })
}

fuzz_target!(|data: &[u8]| {
    let mut guard = store().lock().unwrap_or_else(|e| e.into_inner());
    let (_, store) = &mut *guard;
    let before = store.counts().expect("counts");
    match store.import(data) {
        Err(_) => {
            assert_eq!(
                store.counts().expect("counts"),
                before,
                "a refused import changed the data"
            );
        }
        Ok(_) => {
            let after = store.counts().expect("counts");
            let again = store
                .import(data)
                .expect("a file imported once imports again");
            assert_eq!(
                again.added.total(),
                0,
                "a second import of the same file added records"
            );
            assert_eq!(
                store.counts().expect("counts"),
                after,
                "a second import changed the counts"
            );
        }
    }
});
