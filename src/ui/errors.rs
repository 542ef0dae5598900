//! The words people see when something did not happen, for every error the store and the
//! importer give: chosen here, in one place. The errors' own `Display` is for the log.
//! The domain's checks of what was typed (a note too long, a name empty) say their own
//! words, as they are the form's.

use std::io::ErrorKind;
use std::sync::Arc;

use dioxus::CapturedError;
use rusqlite::ErrorCode;

use crate::domain::TextError;
use crate::domain::i18n::Lang;
use crate::domain::lock::PinError;
use crate::domain::part::PartError;
use crate::domain::pause::PauseError;
use crate::domain::repair::RepairError;
use crate::domain::talk::{PARTS_A_TURN, TalkError};
use crate::platform::NoDataDir;
use crate::store::cipher::{PASSPHRASE_MIN_CHARS, PassphraseError};
use crate::store::transfer::ImportError;
use crate::store::{CheckFailed, Doing, OpenError, Problem, StoreError};

/// Said when a call stopped part of the way, or failed in a way Mend has no words for.
pub const INSIDE: &str =
    "Something went wrong inside Mend, and nothing was changed. Please try again.";

/// A read that failed, kept to show: typed (the UI may match its kind) and shared, as a
/// resource's value is cloned. Shown, it is told in people's words.
#[derive(Debug, Clone)]
pub struct Failed(Arc<StoreError>);

impl Failed {
    /// What went wrong, to match on.
    pub fn kind(&self) -> &StoreError {
        &self.0
    }
}

impl From<StoreError> for Failed {
    fn from(e: StoreError) -> Self {
        Self(Arc::new(e))
    }
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.told())
    }
}

impl From<Failed> for String {
    fn from(failed: Failed) -> Self {
        failed.to_string()
    }
}

impl PartialEq for Failed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// An error told in people's words.
pub trait Told {
    fn told(&self) -> String;
}

impl Told for TalkError {
    fn told(&self) -> String {
        match self {
            TalkError::NotNow => {
                "The talk has already moved on, perhaps on another screen. Here is where it is now."
                    .into()
            }
            TalkError::NoRupture => {
                "Only a finished talk about a rupture can mark it repaired.".into()
            }
            TalkError::TooManyParts => format!("Choose up to {PARTS_A_TURN} parts for one turn."),
            TalkError::Text(e) => e.to_string(),
        }
    }
}

impl Told for StoreError {
    fn told(&self) -> String {
        match self {
            StoreError::Text(e) => e.to_string(),
            StoreError::Pause(e) => e.to_string(),
            StoreError::Repair(e) => e.to_string(),
            StoreError::Part(e) => e.to_string(),
            StoreError::Talk(e) => e.told(),
            StoreError::NotFound(what) => {
                format!("That {what} couldn't be found. It may have been deleted.")
            }
            StoreError::NameTaken(_) => {
                "You already have one with that name. Try another, or add a word to it.".into()
            }
            StoreError::DayTaken => "That day already has a reflection. Delete that one first if you'd like this one back.".into(),
            // The errors' words are English until they are in the message files.
            StoreError::RuptureClosed(how) => format!(
                "This rupture is already {}. Open it again first if you'd like to repair more.",
                how.label(Lang::ENGLISH)
            ),
            StoreError::Sqlite(e) => database_words(e).into(),
            StoreError::Open(e) => e.told(),
            StoreError::Io { doing, source } => {
                format!("Mend couldn't {}: {}.", doing_words(*doing), device_words(source))
            }
            StoreError::Export { path, source } => format!(
                "Mend couldn't write the export to {}: {}. Nothing else was changed.",
                path.display(),
                device_words(source)
            ),
            StoreError::BadBackup(found) => {
                format!("That backup can't be used: {}.", found.told())
            }
            StoreError::BadCopy(found) => format!(
                "The copy Mend made didn't pass its check ({}), so nothing was changed.",
                found.told()
            ),
            StoreError::WontOverwrite => {
                "There is a data file there already; Mend won't overwrite it.".into()
            }
            StoreError::SettingsUnreadable => SETTINGS_UNREADABLE.into(),
            StoreError::AlreadyEncrypted => "Your data is already encrypted.".into(),
            StoreError::NotEncrypted => "Your data isn't encrypted yet.".into(),
            StoreError::Passphrase(e) => e.told(),
            StoreError::Pin(e) => format!("The PIN could not be kept ({e})."),
            StoreError::Migrate(e) => {
                format!("Mend couldn't bring the restored data up to date ({e}).")
            }
            StoreError::Random(e) => format!(
                "Mend couldn't get random numbers from this device to make a new key ({e}), so nothing was changed."
            ),
            StoreError::Interrupted => INSIDE.into(),
        }
    }
}

/// Said where the settings can't be read, so they are left as they are.
pub const SETTINGS_UNREADABLE: &str = "Your settings were saved in a form this version of Mend can't read (perhaps by another version), so Mend has left them exactly as they are and can't change them here.";

impl Told for OpenError {
    fn told(&self) -> String {
        match self {
            OpenError::Folder { path, source } => format!(
                "Mend couldn't create its data folder at {}. {source}",
                path.display()
            ),
            OpenError::NotMend { path } => format!(
                "The file at {} isn't a Mend data file, so Mend has left it exactly as it is. Move it somewhere else, or point MEND_DATA_DIR at another folder, and Mend will start fresh.",
                path.display()
            ),
            OpenError::Newer { path, found, known } => format!(
                "This data was saved by a newer version of Mend (data version {found}; this version knows up to {known}). Mend has left it untouched so nothing is lost. Please update Mend to open it. The file is at {}.",
                path.display()
            ),
            OpenError::Sqlite { path, source } => format!(
                "Mend couldn't open its data at {}. {source}",
                path.display()
            ),
            OpenError::Migrate { path, source } => format!(
                "Mend couldn't bring its data at {} up to date, and changed nothing. {source}",
                path.display()
            ),
            OpenError::Damaged { moved_to, .. } => format!(
                "Mend found that its data file was damaged, so it moved it aside to {} rather than risk changing it. Nothing was deleted.",
                moved_to.display()
            ),
            OpenError::ReadOnly { path } => format!(
                "Mend can't write to its data at {}. The folder may be read-only, or the device full. Nothing was changed.",
                path.display()
            ),
            OpenError::NoBackup { path, reason } => format!(
                "Mend needs to update its data at {}, but couldn't make a backup first ({reason}), so it changed nothing. Free some space and open Mend again.",
                path.display()
            ),
            OpenError::Locked { .. } => {
                "Your data is encrypted. Enter your passphrase to open it.".into()
            }
            OpenError::WrongPassphrase { .. } => {
                "That passphrase didn't open your data. Nothing was changed. Try again.".into()
            }
            OpenError::Key(e) => e.told(),
        }
    }
}

/// Why Mend could not choose how to run, from its command line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LaunchError {
    #[error("unknown option {0}")]
    UnknownOption(String),
    #[error("no preview in this build and no display")]
    NoWayToShow,
    #[error("{var} isn't an address: {text:?}")]
    BadAddress { var: &'static str, text: String },
}

impl Told for LaunchError {
    fn told(&self) -> String {
        match self {
            LaunchError::UnknownOption(option) => format!("Unknown option {option}."),
            LaunchError::NoWayToShow => "This build of Mend has no browser preview and there is no display for a window. Build it with `--features preview`, or run it where there is a display.".into(),
            LaunchError::BadAddress { var, text } => {
                format!("{var} should look like 127.0.0.1:8080, not {text:?}.")
            }
        }
    }
}

impl Told for NoDataDir {
    fn told(&self) -> String {
        match self {
            NoDataDir::Phone => "Mend couldn't find its folder on this phone.".into(),
            NoDataDir::Computer => "Mend couldn't find a folder for its data on this computer. Set MEND_DATA_DIR to one.".into(),
        }
    }
}

impl Told for Problem {
    fn told(&self) -> String {
        match self {
            Problem::TooOpen { path, mode } => format!(
                "Other accounts on this computer can open {} (its mode is {mode:o}). Open Mend once and it will make it private again.",
                path.display()
            ),
            Problem::CantLook(e) => format!("Mend couldn't look at who can read its files: {e}."),
            Problem::Open(e) => e.told(),
            Problem::Found(line) => line.clone(),
        }
    }
}

/// Why an export, once written, could not be handed over.
#[derive(Debug)]
pub enum NotHandedOver {
    /// The browser could not be offered the file.
    Offer(std::io::Error),
    /// The phone opened no place for it.
    Declined,
}

impl Told for NotHandedOver {
    fn told(&self) -> String {
        match self {
            NotHandedOver::Offer(e) => format!(
                "The export couldn't be offered to your browser ({e}). Please try again."
            ),
            NotHandedOver::Declined => "Your phone couldn't open a place for the export just now, so nothing was sent. Please try again.".into(),
        }
    }
}

/// What a file's check found, in words that follow "That backup can't be used: ".
impl Told for CheckFailed {
    fn told(&self) -> String {
        match self {
            CheckFailed::Open(e) => e.told(),
            CheckFailed::Read(e) => e.to_string(),
            CheckFailed::Damaged(found) => format!("the copy is damaged ({found})"),
        }
    }
}

impl Told for ImportError {
    fn told(&self) -> String {
        match self {
            ImportError::Empty => "This file is empty, so there was nothing to import.".into(),
            ImportError::TooBig { mb } => format!(
                "This file is too large to be a Mend export ({mb} MB), so nothing was imported."
            ),
            ImportError::Truncated => {
                "This file seems to be cut short, so nothing was imported. Try exporting it again."
                    .into()
            }
            ImportError::NotMend => {
                "This file isn't a Mend export, so nothing was imported.".into()
            }
            ImportError::Newer { found, known } => format!(
                "This file comes from a newer version of Mend (export format {found}; this version reads up to {known}). Nothing was imported. Please update Mend, then try again."
            ),
            ImportError::Damaged { detail } => {
                format!("This Mend export is damaged ({detail}), so nothing was imported.")
            }
            ImportError::Cut { arrived } => format!(
                "Only {arrived} of this file arrived, so nothing was imported. Please choose it again."
            ),
            ImportError::Garbled => {
                "The file arrived out of order, so nothing was imported. Please choose it again."
                    .into()
            }
            ImportError::Receiving(e) => format!(
                "Mend couldn't keep the file while it arrived: {}. Nothing was imported.",
                device_words(e)
            ),
            ImportError::Reading(e) => format!(
                "That file couldn't be read: {}. Nothing was imported.",
                device_words(e)
            ),
            ImportError::Store(e) => e.told(),
        }
    }
}

impl Told for PassphraseError {
    fn told(&self) -> String {
        match self {
            PassphraseError::TooShort => format!(
                "Choose a passphrase of at least {PASSPHRASE_MIN_CHARS} characters. A few words you will remember work well."
            ),
            PassphraseError::Mismatch => {
                "The two passphrases are not the same. Type them again.".into()
            }
            PassphraseError::Derive(e) => {
                format!("The key could not be made from the passphrase ({e}).")
            }
        }
    }
}

/// A failure as Dioxus carries it (from the write hook, or an error boundary): told by its
/// kind when it is one of ours.
impl Told for CapturedError {
    fn told(&self) -> String {
        if let Some(e) = self.downcast_ref::<StoreError>() {
            e.told()
        } else if let Some(e) = self.downcast_ref::<ImportError>() {
            e.told()
        } else if let Some(e) = self.downcast_ref::<OpenError>() {
            e.told()
        } else if let Some(e) = self.downcast_ref::<PassphraseError>() {
            e.told()
        } else if let Some(e) = self.downcast_ref::<TextError>() {
            e.to_string()
        } else if let Some(e) = self.downcast_ref::<PartError>() {
            e.to_string()
        } else if let Some(e) = self.downcast_ref::<PauseError>() {
            e.to_string()
        } else if let Some(e) = self.downcast_ref::<RepairError>() {
            e.to_string()
        } else if let Some(e) = self.downcast_ref::<PinError>() {
            e.to_string()
        } else {
            INSIDE.into()
        }
    }
}

/// What Mend was doing with its files, in words for "Mend couldn't …".
fn doing_words(doing: Doing) -> &'static str {
    match doing {
        Doing::Backup => "write a backup",
        Doing::Restore => "put the backup in place",
        Doing::Encrypt => "encrypt its data",
        Doing::ChangePassphrase => "change the passphrase",
    }
}

/// What the device said, in words for a message: plain ones for a full device and a folder
/// that can't be written, the system's own otherwise.
pub fn device_words(e: &std::io::Error) -> String {
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
fn database_words(e: &rusqlite::Error) -> &'static str {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_cut_short_is_told_how_much_came() {
        let cut = ImportError::Cut {
            arrived: "1.0 of 3.0 MB".into(),
        };
        assert_eq!(
            cut.told(),
            "Only 1.0 of 3.0 MB of this file arrived, so nothing was imported. Please choose it again."
        );
        // The log's words are not the person's.
        assert_ne!(cut.to_string(), cut.told());
    }

    #[test]
    fn a_failure_carried_by_dioxus_is_told_by_its_kind() {
        let not_found = CapturedError::from(StoreError::NotFound("check-in"));
        assert_eq!(
            not_found.told(),
            "That check-in couldn't be found. It may have been deleted."
        );
        let refused = CapturedError::from(ImportError::Empty);
        assert_eq!(
            refused.told(),
            "This file is empty, so there was nothing to import."
        );
        let stranger = CapturedError::from_display("a message of no kind of ours");
        assert_eq!(stranger.told(), INSIDE);
    }

    #[test]
    fn a_full_device_is_said_plainly() {
        let full = StoreError::Io {
            doing: Doing::Backup,
            source: std::io::Error::from(ErrorKind::StorageFull),
        };
        assert_eq!(
            full.told(),
            "Mend couldn't write a backup: your device is out of space. Free some space and try again."
        );
    }
}
