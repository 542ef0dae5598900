//! Fuzzes the importer: any bytes must give an error or a report, never a panic, and a
//! refused file must leave the store as it was.

#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use mend::store::Store;

/// One store for the whole run, in a folder removed when the process ends.
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
    if store.import(data).is_err() {
        assert_eq!(store.counts().expect("counts"), before, "a refused import changed the data");
    }
});
