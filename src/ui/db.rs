//! The UI's handle on the store. Every call runs on a blocking thread, so database work
//! never holds up the UI thread.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crate::domain::Moment;
use crate::platform;
use crate::store::{Store, StoreError};

/// A cheap, shareable handle on the one [`Store`].
#[derive(Clone)]
pub struct Db {
    store: Arc<Mutex<Store>>,
    path: Arc<PathBuf>,
    /// When the data was opened: records deleted before it are past their undo window.
    opened: Moment,
    /// Whether opening has been finished (the check, the purge), by any window or tab.
    finished: Arc<AtomicBool>,
}

impl PartialEq for Db {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.store, &other.store)
    }
}

impl Db {
    pub fn new(store: Store) -> Self {
        let path = Arc::new(store.path().to_path_buf());
        Self {
            store: Arc::new(Mutex::new(store)),
            path,
            opened: platform::now(),
            finished: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Whether opening has been finished already (see [`Db::set_finished`]).
    pub fn finished(&self) -> bool {
        self.finished.load(Ordering::Acquire)
    }

    /// Notes that opening has been finished, so that later windows and tabs skip it.
    pub fn set_finished(&self) {
        self.finished.store(true, Ordering::Release);
    }

    /// When the data was opened (records deleted before then can no longer be undone).
    pub fn opened(&self) -> Moment {
        self.opened
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the store off the UI thread. A failure is logged and given back as it
    /// is, typed: the store's error, or one that holds it (the importer's); a call that
    /// stopped part of the way is [`StoreError::Interrupted`].
    pub async fn run<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + std::fmt::Display + Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        run_apart(move || {
            let mut guard = store.lock().unwrap_or_else(PoisonError::into_inner);
            f(&mut guard)
        })
        .await
    }
}

/// Runs `f` off the UI thread without the store, for work with a connection of its own (the
/// daily backup). Its errors are given back as [`Db::run`] gives them.
pub async fn run_apart<T, E, F>(f: F) -> Result<T, E>
where
    T: Send + 'static,
    E: From<StoreError> + std::fmt::Display + Send + 'static,
    F: FnOnce() -> Result<T, E> + Send + 'static,
{
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(err)) => {
            tracing::warn!(%err, "store call failed");
            Err(err)
        }
        Err(err) => {
            tracing::error!(%err, "store call did not finish");
            Err(StoreError::Interrupted.into())
        }
    }
}
