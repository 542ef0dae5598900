//! How the app starts: the store opened (or unlocked, or restored from a backup), or the
//! reason it could not be.

use std::path::{Path, PathBuf};

use super::Db;
use super::db::run_apart;
use super::errors::Told;
use crate::platform;
use crate::store::cipher::{Key, key_for};
use crate::store::{Check, DB_FILE, OpenError, Store, StoreError, restore_file};

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
    /// data again. Runs off the UI thread.
    pub async fn restore(
        dir: PathBuf,
        backup: PathBuf,
        key: Option<Key>,
    ) -> Result<Boot, StoreError> {
        run_apart(move || {
            restore_file(&dir.join(DB_FILE), &backup, key.as_ref()).map(|()| Boot::open(&dir))
        })
        .await
    }

    /// Opens encrypted data with its passphrase off the UI thread (the key takes about half
    /// a second to make).
    pub async fn unlock_in_background(
        dir: PathBuf,
        passphrase: String,
    ) -> Result<Boot, StoreError> {
        run_apart(move || Boot::unlock(&dir, &passphrase).map_err(StoreError::from)).await
    }

    /// Opens the store in `dir` (or waits for the passphrase if it is encrypted). Its check
    /// and the clearing away of old deleted records wait for [`Boot::finish_opening`].
    pub fn open(dir: &Path) -> Boot {
        // New data's starter parts are named in the device's language.
        crate::store::name_new_data_in(crate::platform::language());
        let opening = std::time::Instant::now();
        let opened = Store::open_in_with(dir, Check::BeforeFirstWrite);
        tracing::info!(open_ms = opening.elapsed().as_millis(), "data opened");
        match opened {
            Err(OpenError::Locked { .. }) => Boot::Locked {
                dir: dir.to_path_buf(),
            },
            result => Self::opened(result, dir, None),
        }
    }

    /// Opens encrypted data with its passphrase. A wrong passphrase is an error to show on
    /// the lock screen, and changes nothing.
    pub fn unlock(dir: &Path, passphrase: &str) -> Result<Boot, OpenError> {
        match Store::unlock_with(dir, passphrase, Check::BeforeFirstWrite) {
            Err(err @ (OpenError::WrongPassphrase { .. } | OpenError::Key(_))) => Err(err),
            result => {
                // The open store has its key already; making it again and checking the whole
                // file with it took seconds at ten years, before Now could show.
                let key = match &result {
                    Ok(store) => store.key().cloned(),
                    Err(_) => key_for(&dir.join(DB_FILE), passphrase).ok(),
                };
                Ok(Self::opened(result, dir, key))
            }
        }
    }

    fn opened(result: Result<Store, OpenError>, dir: &Path, key: Option<Key>) -> Boot {
        match result {
            Ok(store) => Boot::Ready(Db::new(store)),
            Err(err) => Self::failed(err, dir, key),
        }
    }

    /// The start-up problem screen for `err`, offering the newest good backup of a damaged
    /// file.
    fn failed(err: OpenError, dir: &Path, key: Option<Key>) -> Boot {
        tracing::error!(%err, "the store did not open");
        let backup = match &err {
            OpenError::Damaged { backup, .. } => backup.clone(),
            _ => None,
        };
        Boot::Failed {
            // Settings can't be read before the data opens: the device's language.
            message: err.told_in(platform::language()),
            path: err.path().display().to_string(),
            dir: dir.to_path_buf(),
            backup,
            key,
        }
    }

    /// Finishes opening once the first screen has painted: the file's check, then clearing
    /// away records deleted in an earlier session (their undo window has passed). A damaged
    /// file gives the start-up problem screen to show instead. Once it has been done, later
    /// windows and tabs (the preview's) skip it.
    pub async fn finish_opening(db: &Db) -> Option<Boot> {
        if db.finished() {
            return None;
        }
        let dir = db.path().parent().unwrap_or(Path::new("")).to_path_buf();
        // Only what was deleted before the data was opened: a tab opened later must not
        // take away another's undo.
        let opened = db.opened();
        let finished = db
            .run(move |store| {
                let outcome = store.finish_opening(&opened);
                Ok::<_, StoreError>((outcome, store.key().cloned()))
            })
            .await;
        match finished {
            Ok((Err(err), key)) => Some(Self::failed(err, &dir, key)),
            Ok((Ok(()), _)) => {
                db.set_finished();
                None
            }
            // A panic inside the call has been logged; the writes will check again.
            Err(_) => None,
        }
    }
}
