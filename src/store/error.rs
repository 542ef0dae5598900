//! Why opening, reading or writing did not happen, as kinds a caller can match. Their
//! `Display` is for the log; the words people see are chosen in `ui::errors`.

use std::path::{Path, PathBuf};

use super::files::DB_FILE;
use super::keys::PassphraseError;
use crate::domain::TextError;
use crate::domain::pause::PauseError;
use crate::domain::repair::RepairError;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Why the data could not be opened. The words people see are chosen in `ui::errors`;
/// these are for the log.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("couldn't create the data folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} isn't a Mend data file; left as it is")]
    NotMend { path: PathBuf },
    #[error("{path} is at data version {found}, newer than {known}; left as it is")]
    Newer {
        path: PathBuf,
        found: usize,
        known: usize,
    },
    #[error("couldn't open {path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("couldn't bring {path} up to date: {source}")]
    Migrate {
        path: PathBuf,
        source: rusqlite_migration::Error,
    },
    #[error("{path} was damaged and moved aside to {moved_to}")]
    Damaged {
        path: PathBuf,
        moved_to: PathBuf,
        /// The newest backup that passed its check, if there is one.
        backup: Option<PathBuf>,
    },
    #[error("{path} can't be written")]
    ReadOnly { path: PathBuf },
    #[error("{path} needs updating, but no backup could be made first: {reason}")]
    NoBackup { path: PathBuf, reason: String },
    #[error("{path} is encrypted and waits for its passphrase")]
    Locked { path: PathBuf },
    #[error("the passphrase didn't open {path}")]
    WrongPassphrase { path: PathBuf },
    /// The key could not be made from the passphrase.
    #[error(transparent)]
    Key(#[from] PassphraseError),
}

impl OpenError {
    /// The file the problem is about.
    pub fn path(&self) -> &Path {
        match self {
            OpenError::Folder { path, .. }
            | OpenError::NotMend { path }
            | OpenError::Newer { path, .. }
            | OpenError::Sqlite { path, .. }
            | OpenError::Migrate { path, .. }
            | OpenError::Damaged { path, .. }
            | OpenError::ReadOnly { path }
            | OpenError::NoBackup { path, .. }
            | OpenError::Locked { path }
            | OpenError::WrongPassphrase { path } => path,
            OpenError::Key(_) => Path::new(DB_FILE),
        }
    }
}

/// What a file's check found wrong (a backup, a copy just made, the data file itself).
#[derive(Debug, thiserror::Error)]
pub enum CheckFailed {
    /// Not a Mend file, or one a newer Mend wrote, or one that would not open.
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error("couldn't be read: {0}")]
    Read(#[from] rusqlite::Error),
    /// What SQLite's check found.
    #[error("damaged: {0}")]
    Damaged(String),
}

/// Why a read or a write did not happen: kinds the UI can match. The words people see are
/// chosen in `ui::errors`; these are for the log.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Text(#[from] TextError),
    #[error(transparent)]
    Pause(#[from] PauseError),
    #[error(transparent)]
    Repair(#[from] RepairError),
    #[error(transparent)]
    Part(#[from] crate::domain::part::PartError),
    #[error(transparent)]
    Talk(#[from] crate::domain::talk::TalkError),
    /// What was asked for is not there (perhaps deleted); the kind, in words ("check-in").
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The name taken, for the caller; the log leaves it out, as it may be personal.
    #[error("name taken")]
    NameTaken(String),
    #[error("that day already has a reflection")]
    DayTaken,
    /// The rupture is closed, and how (repaired, or let go).
    #[error("rupture already {}", .0.code())]
    RuptureClosed(crate::domain::RuptureStatus),
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Open(#[from] OpenError),
    /// The device failed while Mend was doing something with its files.
    #[error("couldn't {doing:?}: {source}")]
    Io {
        doing: Doing,
        source: std::io::Error,
    },
    /// An export file or folder that could not be written.
    #[error("couldn't write the export to {path}: {source}")]
    Export {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A backup that did not pass its check, and what the check found.
    #[error("unusable backup: {0}")]
    BadBackup(CheckFailed),
    /// A copy Mend just made (a backup, an encrypted copy) that did not pass its check.
    #[error("the copy made didn't pass its check: {0}")]
    BadCopy(CheckFailed),
    #[error("a data file is there already")]
    WontOverwrite,
    #[error("settings kept in a form this version can't read")]
    SettingsUnreadable,
    #[error("already encrypted")]
    AlreadyEncrypted,
    #[error("not encrypted")]
    NotEncrypted,
    #[error(transparent)]
    Passphrase(#[from] PassphraseError),
    #[error("the PIN couldn't be kept: {0}")]
    Pin(argon2::password_hash::Error),
    #[error("couldn't bring the restored data up to date: {0}")]
    Migrate(#[from] rusqlite_migration::Error),
    #[error("no random numbers from the device: {0}")]
    Random(#[from] getrandom::Error),
    /// The call stopped part of the way (it panicked); its transaction was rolled back.
    #[error("the call stopped part of the way")]
    Interrupted,
}

/// What Mend was doing with its files when the device failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doing {
    Backup,
    Restore,
    Encrypt,
    ChangePassphrase,
}

impl Doing {
    /// A function turning an IO error into this failure, for `map_err`.
    pub fn io(self) -> impl Fn(std::io::Error) -> StoreError + Copy {
        move |source| StoreError::Io {
            doing: self,
            source,
        }
    }
}
