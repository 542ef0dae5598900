//! Why opening, reading or writing did not happen. Every message is shown to the user as it
//! is; the details behind a device's failure go to the log.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use super::files::DB_FILE;
use super::keys::PassphraseError;
use crate::domain::TextError;
use crate::domain::pause::PauseError;
use crate::domain::repair::RepairError;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Why the data could not be opened. Each message is shown to the user as it is.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("Mend couldn't create its data folder at {path}. {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "The file at {path} isn't a Mend data file, so Mend has left it exactly as it is. Move it somewhere else, or point MEND_DATA_DIR at another folder, and Mend will start fresh."
    )]
    NotMend { path: PathBuf },
    #[error(
        "This data was saved by a newer version of Mend (data version {found}; this version knows up to {known}). Mend has left it untouched so nothing is lost. Please update Mend to open it. The file is at {path}."
    )]
    Newer {
        path: PathBuf,
        found: usize,
        known: usize,
    },
    #[error("Mend couldn't open its data at {path}. {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("Mend couldn't bring its data at {path} up to date, and changed nothing. {source}")]
    Migrate {
        path: PathBuf,
        source: rusqlite_migration::Error,
    },
    #[error(
        "Mend found that its data file was damaged, so it moved it aside to {moved_to} rather than risk changing it. Nothing was deleted."
    )]
    Damaged {
        path: PathBuf,
        moved_to: PathBuf,
        /// The newest backup that passed its check, if there is one.
        backup: Option<PathBuf>,
    },
    #[error(
        "Mend can't write to its data at {path}. The folder may be read-only, or the device full. Nothing was changed."
    )]
    ReadOnly { path: PathBuf },
    #[error(
        "Mend needs to update its data at {path}, but couldn't make a backup first ({reason}), so it changed nothing. Free some space and open Mend again."
    )]
    NoBackup { path: PathBuf, reason: String },
    #[error("Your data is encrypted. Enter your passphrase to open it.")]
    Locked { path: PathBuf },
    #[error("That passphrase didn't open your data. Nothing was changed. Try again.")]
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

/// Why a read or a write did not happen. Each message is shown to the user as it is.
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
    #[error("That {0} couldn't be found. It may have been deleted.")]
    NotFound(&'static str),
    /// The name taken, for the caller; the message leaves it out, as messages reach the log.
    #[error("You already have one with that name. Try another, or add a word to it.")]
    NameTaken(String),
    #[error(
        "That day already has a reflection. Delete that one first if you'd like this one back."
    )]
    DayTaken,
    #[error("This rupture is already {0}. Open it again first if you'd like to repair more.")]
    RuptureClosed(&'static str),
    /// The details go to the log, not the screen.
    #[error("{}", sqlite_message(.0))]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Open(#[from] OpenError),
    /// The device failed while Mend was doing something with its files.
    #[error("Mend couldn't {doing}: {}.", device_words(source))]
    Io {
        doing: Doing,
        source: std::io::Error,
    },
    /// An export file or folder that could not be written.
    #[error(
        "Mend couldn't write the export to {path}: {}. Nothing else was changed.",
        device_words(source)
    )]
    Export {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A backup that did not pass its check, and what the check found.
    #[error("That backup can't be used: {0}.")]
    BadBackup(String),
    /// A copy Mend just made (a backup, an encrypted copy) that did not pass its check.
    #[error("The copy Mend made didn't pass its check ({0}), so nothing was changed.")]
    BadCopy(String),
    #[error("There is a data file there already; Mend won't overwrite it.")]
    WontOverwrite,
    #[error(
        "Your settings were saved in a form this version of Mend can't read (perhaps by another version), so Mend has left them exactly as they are and can't change them here."
    )]
    SettingsUnreadable,
    #[error("Your data is already encrypted.")]
    AlreadyEncrypted,
    #[error("Your data isn't encrypted yet.")]
    NotEncrypted,
    #[error(transparent)]
    Passphrase(#[from] PassphraseError),
    #[error("The PIN could not be kept ({0}).")]
    Pin(argon2::password_hash::Error),
    #[error("Mend couldn't bring the restored data up to date ({0}).")]
    Migrate(#[from] rusqlite_migration::Error),
    #[error(
        "Mend couldn't get random numbers from this device to make a new key ({0}), so nothing was changed."
    )]
    Random(#[from] getrandom::Error),
}

/// What Mend was doing with its files when the device failed, in words for a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doing {
    Backup,
    Restore,
    Encrypt,
    ChangePassphrase,
}

impl std::fmt::Display for Doing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Doing::Backup => "write a backup",
            Doing::Restore => "put the backup in place",
            Doing::Encrypt => "encrypt its data",
            Doing::ChangePassphrase => "change the passphrase",
        })
    }
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

/// What the device said, in words for a message: plain ones for a full device and a folder
/// that can't be written, the system's own otherwise.
pub(crate) fn device_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::StorageFull => {
            "your device is out of space. Free some space and try again".to_owned()
        }
        ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => {
            "that folder can't be written to".to_owned()
        }
        _ => e.to_string(),
    }
}

/// What a database failure means for the user, in words.
fn sqlite_message(e: &rusqlite::Error) -> &'static str {
    if matches!(
        e,
        rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
            | rusqlite::Error::InvalidColumnType(..)
    ) {
        return "Part of this record was kept in a form Mend can't read, so Mend has left it exactly as it is and can't show it here.";
    }
    // SQLCipher's copy into a new file reports a full disk as a plain error, in these words.
    let full =
        matches!(e, rusqlite::Error::SqliteFailure(_, Some(m)) if m == "database or disk is full");
    let code = if full {
        Some(ErrorCode::DiskFull)
    } else {
        e.sqlite_error_code()
    };
    match code {
        Some(ErrorCode::DiskFull) => {
            "Your device is out of space, so this wasn't saved. Nothing was changed. Free some space and try again."
        }
        Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen) => {
            "Mend can't write to its data folder just now, so this wasn't saved. Nothing was changed."
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            "Another copy of Mend is using your data just now, so this wasn't saved. Please try again."
        }
        _ => "Mend couldn't reach its data just now, and nothing was changed. Please try again.",
    }
}
