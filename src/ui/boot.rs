//! How the app starts: the store opened (or unlocked, or restored from a backup), or the
//! reason it could not be.

use std::path::{Path, PathBuf};

use super::Db;
use crate::domain::Moment;
use crate::platform;
use crate::store::cipher::{Key, key_for};
use crate::store::{DB_FILE, OpenError, Store, restore_file};

/// What the app starts with: an open store, or the reason there is none.
#[derive(Clone)]
pub enum Boot {
    Ready(Db),
    /// The data is encrypted and waits for its passphrase.
    Locked {
        dir: PathBuf,
    },
    Failed {
        message: String,
        path: String,
        /// The data folder, to open again after a restore.
        dir: PathBuf,
        /// A damaged file was moved aside and this good backup can take its place.
        backup: Option<PathBuf>,
        /// The key of encrypted data, to check and open the backup.
        key: Option<Key>,
    },
}

impl Boot {
    /// Puts a checked backup in place of a data file that was moved aside, then opens the
    /// data again. Runs off the UI thread; the error is the message to show.
    pub async fn restore(dir: PathBuf, backup: PathBuf, key: Option<Key>) -> Result<Boot, String> {
        tokio::task::spawn_blocking(move || {
            restore_file(&dir.join(DB_FILE), &backup, key.as_ref())
                .map(|()| Boot::open(&dir, &platform::now()))
                .map_err(|e| e.to_string())
        })
        .await
        .unwrap_or_else(|e| Err(e.to_string()))
    }

    /// Opens encrypted data with its passphrase off the UI thread (the key takes about half
    /// a second to make).
    pub async fn unlock_in_background(dir: PathBuf, passphrase: String) -> Result<Boot, String> {
        tokio::task::spawn_blocking(move || Boot::unlock(&dir, &passphrase, &platform::now()))
            .await
            .unwrap_or_else(|e| Err(e.to_string()))
    }

    /// Opens the store in `dir` (or waits for the passphrase if it is encrypted) and clears
    /// away records deleted in an earlier session (their undo window has passed).
    pub fn open(dir: &Path, now: &Moment) -> Boot {
        let opening = std::time::Instant::now();
        let opened = Store::open_in(dir);
        tracing::info!(open_ms = opening.elapsed().as_millis(), "data opened");
        match opened {
            Err(OpenError::Locked { .. }) => Boot::Locked {
                dir: dir.to_path_buf(),
            },
            result => Self::opened(result, dir, None, now),
        }
    }

    /// Opens encrypted data with its passphrase. A wrong passphrase is an error to show on
    /// the lock screen, and changes nothing.
    pub fn unlock(dir: &Path, passphrase: &str, now: &Moment) -> Result<Boot, String> {
        match Store::unlock(dir, passphrase) {
            Err(err @ (OpenError::WrongPassphrase { .. } | OpenError::Key(_))) => {
                Err(err.to_string())
            }
            result => {
                // The open store has its key already; making it again and checking the whole
                // file with it took seconds at ten years, before Now could show.
                let key = match &result {
                    Ok(store) => store.key().cloned(),
                    Err(_) => key_for(&dir.join(DB_FILE), passphrase).ok(),
                };
                Ok(Self::opened(result, dir, key, now))
            }
        }
    }

    fn opened(
        result: Result<Store, OpenError>,
        dir: &Path,
        key: Option<Key>,
        now: &Moment,
    ) -> Boot {
        match result {
            Ok(mut store) => {
                if let Err(err) = store.purge_deleted(now) {
                    tracing::warn!(%err, "could not clear deleted records; they stay hidden");
                }
                Boot::Ready(Db::new(store))
            }
            Err(err) => {
                tracing::error!(%err, "the store did not open");
                let backup = match &err {
                    OpenError::Damaged { backup, .. } => backup.clone(),
                    _ => None,
                };
                Boot::Failed {
                    message: err.to_string(),
                    path: err.path().display().to_string(),
                    dir: dir.to_path_buf(),
                    backup,
                    key,
                }
            }
        }
    }
}
