//! The words people see when something did not happen, for every error the store, the
//! importer and the domain's checks give: chosen here, in one place, in the reader's
//! language (the messages of `errors.ftl`). The errors' own `Display` is for the log.

use std::io::ErrorKind;
use std::sync::Arc;

use dioxus::CapturedError;
use rusqlite::ErrorCode;

use crate::domain::TextError;
use crate::domain::i18n::Lang;
use crate::domain::lock::PinError;
use crate::domain::part::PartError;
use crate::domain::pause::{PauseError, PauseLength};
use crate::domain::repair::RepairError;
use crate::domain::talk::{PARTS_A_TURN, TalkError};
use crate::domain::text::{NOTE_MAX_CHARS, what_in};
use crate::platform::NoDataDir;
use crate::store::cipher::{PASSPHRASE_MIN_CHARS, PassphraseError};
use crate::store::transfer::ImportError;
use crate::store::{CheckFailed, Doing, OpenError, Problem, StoreError};
use crate::t;

/// Said when a call stopped part of the way, or failed in a way Mend has no words for.
pub fn inside(lang: Lang) -> String {
    t!(lang, "error-inside")
}

/// A read that failed, kept to show: typed (the UI may match its kind) and shared, as a
/// resource's value is cloned. Shown, it is told in people's words, in the language of the
/// screen that read it.
#[derive(Debug, Clone)]
pub struct Failed(Arc<StoreError>, Lang);

impl Failed {
    /// A failure to tell in `lang`.
    pub fn new(e: StoreError, lang: Lang) -> Self {
        Self(Arc::new(e), lang)
    }

    /// What went wrong, to match on.
    pub fn kind(&self) -> &StoreError {
        &self.0
    }
}

impl From<StoreError> for Failed {
    fn from(e: StoreError) -> Self {
        Self::new(e, Lang::ENGLISH)
    }
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.told_in(self.1))
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
    /// In `lang`: what a screen shows.
    fn told_in(&self, lang: Lang) -> String;

    /// In English: for the command line, and tests.
    fn told(&self) -> String {
        self.told_in(Lang::ENGLISH)
    }
}

impl Told for Failed {
    fn told_in(&self, lang: Lang) -> String {
        self.0.told_in(lang)
    }
}

impl Told for TalkError {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            TalkError::NotNow => t!(lang, "error-talk-not-now"),
            TalkError::NoRupture => t!(lang, "error-talk-no-rupture"),
            TalkError::TooManyParts => t!(lang, "error-talk-too-many-parts", count = PARTS_A_TURN),
            TalkError::Text(e) => e.said(lang),
        }
    }
}

impl Told for TextError {
    fn told_in(&self, lang: Lang) -> String {
        self.said(lang)
    }
}

impl Told for PauseError {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            PauseError::BadLength => {
                t!(lang, "error-pause-length", max = PauseLength::MAX_MINUTES)
            }
            PauseError::AlreadyEnded => t!(lang, "error-pause-ended"),
        }
    }
}

impl Told for RepairError {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            RepairError::NotAtOutcome => t!(lang, "error-repair-not-at-outcome"),
            RepairError::AlreadyComplete => t!(lang, "error-repair-complete"),
        }
    }
}

impl Told for PartError {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            PartError::IntoItself => t!(lang, "error-merge-into-itself"),
            PartError::IntoArchived { name } => {
                t!(lang, "error-merge-into-archived", name = name.as_str())
            }
            PartError::FoldTooLong { what, from, into } => t!(
                lang,
                "error-merge-too-long",
                what = what_in(lang, what),
                from = from.as_str(),
                into = into.as_str(),
                max = NOTE_MAX_CHARS
            ),
        }
    }
}

impl Told for PinError {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            PinError::Shape => t!(lang, "app-lock-pin-shape"),
            PinError::Mismatch => t!(lang, "app-lock-pin-mismatch"),
        }
    }
}

impl Told for StoreError {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            StoreError::Text(e) => e.said(lang),
            StoreError::Pause(e) => e.told_in(lang),
            StoreError::Repair(e) => e.told_in(lang),
            StoreError::Part(e) => e.told_in(lang),
            StoreError::Talk(e) => e.told_in(lang),
            StoreError::NotFound(what) => {
                t!(lang, "error-not-found", what = thing_words(lang, what))
            }
            StoreError::NameTaken(_) => t!(lang, "error-name-taken"),
            StoreError::DayTaken => t!(lang, "error-day-taken"),
            StoreError::RuptureClosed(how) => {
                t!(lang, "error-rupture-closed", how = how.label(lang))
            }
            StoreError::Sqlite(e) => database_words(lang, e),
            StoreError::Open(e) => e.told_in(lang),
            StoreError::Io { doing, source } => t!(
                lang,
                "error-io",
                doing = doing_words(lang, *doing),
                why = device_words(lang, source)
            ),
            StoreError::Export { path, source } => t!(
                lang,
                "error-export",
                path = path.display().to_string(),
                why = device_words(lang, source)
            ),
            StoreError::BadBackup(found) => t!(lang, "error-bad-backup", why = found.told_in(lang)),
            StoreError::BadCopy(found) => t!(lang, "error-bad-copy", why = found.told_in(lang)),
            StoreError::WontOverwrite => t!(lang, "error-wont-overwrite"),
            StoreError::SettingsUnreadable => settings_unreadable(lang),
            StoreError::AlreadyEncrypted => t!(lang, "error-already-encrypted"),
            StoreError::NotEncrypted => t!(lang, "error-not-encrypted"),
            StoreError::Passphrase(e) => e.told_in(lang),
            StoreError::Pin(e) => t!(lang, "error-pin", detail = e.to_string()),
            StoreError::Migrate(e) => t!(lang, "error-migrate", detail = e.to_string()),
            StoreError::Random(e) => t!(lang, "error-random", detail = e.to_string()),
            StoreError::Interrupted => inside(lang),
        }
    }
}

/// Said where the settings can't be read, so they are left as they are.
pub fn settings_unreadable(lang: Lang) -> String {
    t!(lang, "error-settings-unreadable")
}

/// A record of a kind, as "That … couldn't be found" names it: from the store's English
/// word for it (a kind without a message keeps that word).
fn thing_words(lang: Lang, what: &str) -> String {
    let id = match what {
        "check-in" => "error-thing-checkin",
        "pause" => "error-thing-pause",
        "rupture" => "error-thing-rupture",
        "repair" => "error-thing-repair",
        "reflection" => "error-thing-reflection",
        "talk" => "error-thing-talk",
        "practice session" => "error-thing-practice",
        "time together" => "error-thing-together",
        "part" => "error-thing-part",
        "person" => "error-thing-person",
        _ => return what.to_owned(),
    };
    lang.tr(id, None)
}

impl Told for OpenError {
    fn told_in(&self, lang: Lang) -> String {
        let at = |path: &std::path::Path| path.display().to_string();
        match self {
            OpenError::Folder { path, source } => t!(
                lang,
                "error-open-folder",
                path = at(path),
                detail = source.to_string()
            ),
            OpenError::NotMend { path } => t!(lang, "error-open-not-mend", path = at(path)),
            OpenError::Newer { path, found, known } => t!(
                lang,
                "error-open-newer",
                path = at(path),
                found = *found,
                known = *known
            ),
            OpenError::Sqlite { path, source } => t!(
                lang,
                "error-open-sqlite",
                path = at(path),
                detail = source.to_string()
            ),
            OpenError::Migrate { path, source } => t!(
                lang,
                "error-open-migrate",
                path = at(path),
                detail = source.to_string()
            ),
            OpenError::Damaged { moved_to, .. } => {
                t!(lang, "error-open-damaged", path = at(moved_to))
            }
            OpenError::ReadOnly { path } => t!(lang, "error-open-read-only", path = at(path)),
            OpenError::NoBackup { path, reason } => t!(
                lang,
                "error-open-no-backup",
                path = at(path),
                detail = reason.to_string()
            ),
            OpenError::Locked { .. } => t!(lang, "error-open-locked"),
            OpenError::WrongPassphrase { .. } => t!(lang, "error-open-wrong-passphrase"),
            OpenError::Key(e) => e.told_in(lang),
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
    fn told_in(&self, lang: Lang) -> String {
        match self {
            LaunchError::UnknownOption(option) => {
                t!(
                    lang,
                    "error-launch-unknown-option",
                    option = option.as_str()
                )
            }
            LaunchError::NoWayToShow => t!(lang, "error-launch-no-way-to-show"),
            LaunchError::BadAddress { var, text } => t!(
                lang,
                "error-launch-bad-address",
                var = *var,
                text = format!("{text:?}")
            ),
        }
    }
}

impl Told for NoDataDir {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            NoDataDir::Phone => t!(lang, "error-no-data-dir-phone"),
            NoDataDir::Computer => t!(lang, "error-no-data-dir-computer"),
        }
    }
}

impl Told for Problem {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            Problem::TooOpen { path, mode } => t!(
                lang,
                "error-too-open",
                path = path.display().to_string(),
                mode = format!("{mode:o}")
            ),
            Problem::CantLook(e) => t!(lang, "error-cant-look", detail = e.to_string()),
            Problem::Open(e) => e.told_in(lang),
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
    fn told_in(&self, lang: Lang) -> String {
        match self {
            NotHandedOver::Offer(e) => t!(lang, "error-offer", detail = e.to_string()),
            NotHandedOver::Declined => t!(lang, "error-declined"),
        }
    }
}

/// What a file's check found, in words that follow "That backup can't be used: ".
impl Told for CheckFailed {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            CheckFailed::Open(e) => e.told_in(lang),
            CheckFailed::Read(e) => e.to_string(),
            CheckFailed::Damaged(found) => {
                t!(lang, "error-check-damaged", detail = found.as_str())
            }
        }
    }
}

impl Told for ImportError {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            ImportError::Empty => t!(lang, "error-import-empty"),
            ImportError::TooBig { mb } => t!(lang, "error-import-too-big", mb = *mb),
            ImportError::Truncated => t!(lang, "error-import-truncated"),
            ImportError::NotMend => t!(lang, "error-import-not-mend"),
            ImportError::Newer { found, known } => {
                t!(lang, "error-import-newer", found = *found, known = *known)
            }
            ImportError::Damaged { detail } => {
                t!(lang, "error-import-damaged", detail = detail.said(lang))
            }
            ImportError::Cut { got, size } => t!(
                lang,
                "error-import-cut",
                arrived = crate::domain::text::part_of_size(lang, *got, *size)
            ),
            ImportError::Garbled => t!(lang, "error-import-garbled"),
            ImportError::Receiving(e) => {
                t!(lang, "error-import-receiving", why = device_words(lang, e))
            }
            ImportError::Reading(e) => {
                t!(lang, "error-import-reading", why = device_words(lang, e))
            }
            ImportError::Store(e) => e.told_in(lang),
        }
    }
}

impl Told for PassphraseError {
    fn told_in(&self, lang: Lang) -> String {
        match self {
            PassphraseError::TooShort => {
                t!(
                    lang,
                    "error-passphrase-too-short",
                    min = PASSPHRASE_MIN_CHARS
                )
            }
            PassphraseError::Mismatch => t!(lang, "error-passphrase-mismatch"),
            PassphraseError::Derive(e) => {
                t!(lang, "error-passphrase-derive", detail = e.to_string())
            }
        }
    }
}

/// A failure as Dioxus carries it (from the write hook, or an error boundary): told by its
/// kind when it is one of ours.
impl Told for CapturedError {
    fn told_in(&self, lang: Lang) -> String {
        if let Some(e) = self.downcast_ref::<StoreError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<ImportError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<OpenError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<PassphraseError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<TextError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<PartError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<PauseError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<RepairError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<PinError>() {
            e.told_in(lang)
        } else if let Some(e) = self.downcast_ref::<TalkError>() {
            e.told_in(lang)
        } else {
            inside(lang)
        }
    }
}

/// What Mend was doing with its files, in words for "Mend couldn't …".
fn doing_words(lang: Lang, doing: Doing) -> String {
    match doing {
        Doing::Backup => t!(lang, "error-doing-backup"),
        Doing::Restore => t!(lang, "error-doing-restore"),
        Doing::Encrypt => t!(lang, "error-doing-encrypt"),
        Doing::ChangePassphrase => t!(lang, "error-doing-change-passphrase"),
    }
}

/// What the device said, in words for a message: plain ones for a full device and a folder
/// that can't be written, the system's own otherwise (in the system's language).
pub fn device_words(lang: Lang, e: &std::io::Error) -> String {
    match e.kind() {
        ErrorKind::StorageFull => t!(lang, "error-device-full"),
        ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => {
            t!(lang, "error-device-read-only")
        }
        _ => e.to_string(),
    }
}

/// What a database failure means for the user, in words.
fn database_words(lang: Lang, e: &rusqlite::Error) -> String {
    if matches!(
        e,
        rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
            | rusqlite::Error::InvalidColumnType(..)
    ) {
        return t!(lang, "error-db-unreadable");
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
        Some(ErrorCode::DiskFull) => t!(lang, "error-db-full"),
        Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen) => {
            t!(lang, "error-db-read-only")
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => t!(lang, "error-db-busy"),
        _ => t!(lang, "error-db-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_cut_short_is_told_how_much_came() {
        let cut = ImportError::Cut {
            got: 1024 * 1024,
            size: 3 * 1024 * 1024,
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
        assert_eq!(stranger.told(), inside(Lang::ENGLISH));
    }

    #[test]
    fn errors_are_told_in_the_readers_language() {
        let es = Lang::from_tag("es").unwrap();
        let cut = ImportError::Cut {
            got: 1024 * 1024,
            size: 3 * 1024 * 1024,
        };
        assert_eq!(
            cut.told_in(es),
            "Solo llegaron 1,0 de 3,0 MB de este archivo, así que no se importó nada. Elígelo otra vez."
        );
        let full = StoreError::Io {
            doing: Doing::Backup,
            source: std::io::Error::from(ErrorKind::StorageFull),
        };
        assert_eq!(
            full.told_in(es),
            "Mend no pudo hacer una copia de seguridad: tu dispositivo no tiene espacio. Libera algo de espacio e inténtalo de nuevo."
        );
        let gone = CapturedError::from(StoreError::NotFound("pause"));
        assert_eq!(
            gone.told_in(es),
            "No se encuentra esa pausa. Puede que se haya borrado."
        );
        let typed = CapturedError::from(TextError::EmptyName);
        assert_eq!(
            typed.told_in(es),
            "Ponle un nombre primero. Con una o dos palabras basta."
        );
        // A failure read by a screen is told in the language it was read in.
        let failed = Failed::new(StoreError::DayTaken, es);
        assert!(
            failed.to_string().starts_with("Ese día ya tiene"),
            "{failed}"
        );
        assert!(
            Failed::from(StoreError::DayTaken)
                .to_string()
                .starts_with("That day")
        );
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
