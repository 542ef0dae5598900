//! The UI's handle on the store. Every call runs on a blocking thread, so database work
//! never holds up the UI thread.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use crate::domain::{Name, Named};
use crate::platform;
use crate::store::{self, NamedKind, Store};

/// A cheap, shareable handle on the one [`Store`].
#[derive(Clone)]
pub struct Db {
    store: Arc<Mutex<Store>>,
    path: Arc<PathBuf>,
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
        }
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds a part or a person by the name typed (or finds the one already there), or says
    /// why not.
    pub async fn add_name<K>(&self, typed: &str) -> Result<Named<K::Id>, String>
    where
        K: NamedKind + 'static,
        K::Id: Send,
    {
        let name = Name::parse(typed).map_err(|e| e.to_string())?;
        let now = platform::now();
        self.run(move |s| s.add::<K>(&name, &now)).await
    }

    /// Runs `f` on the store off the UI thread. The error is the message to show; it has
    /// already been logged.
    pub async fn run<T, F>(&self, f: F) -> Result<T, String>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> store::Result<T> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        let joined = tokio::task::spawn_blocking(move || {
            let mut guard = store.lock().unwrap_or_else(PoisonError::into_inner);
            f(&mut guard)
        })
        .await;
        match joined {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(err)) => {
                tracing::warn!(%err, "store call failed");
                Err(err.to_string())
            }
            Err(err) => {
                tracing::error!(%err, "store call did not finish");
                Err(
                    "Something went wrong inside Mend, and nothing was changed. Please try again."
                        .to_owned(),
                )
            }
        }
    }
}
