//! What this module's front and the phones' own files share, kept apart so that neither
//! needs the other back: the system's answers (whether alerts are allowed), what a phone is
//! asked to do (a pulse), and the links the system hands Mend while it runs.

/// Whether Mend may show alerts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    Allowed,
    /// Refused, turned off in the system's settings, or not asked yet.
    NotAllowed,
}

/// A gentle pulse of the phone, for the end of a pause or with the breathing pacer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pulse {
    /// The pause's time is up.
    PauseOver,
    /// A breath begins (in or out) on the pacer.
    Breath,
}

/// A link the system opened Mend with, until `platform::take_link` takes it (iOS: a quick
/// action or an opened `mend://` address; Android keeps its own).
#[cfg(not(target_os = "android"))]
static WAITING_LINK: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// The waiting link, taken: each is given once.
#[cfg(not(target_os = "android"))]
pub(super) fn take_waiting_link() -> Option<String> {
    WAITING_LINK
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take()
}

/// Keeps a link the system opened Mend with, for `platform::take_link`, and wakes whoever
/// waits in [`link_noted`].
pub fn note_link(address: &str) {
    #[cfg(not(target_os = "android"))]
    {
        *WAITING_LINK
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(address.to_owned());
    }
    #[cfg(target_os = "android")]
    let _ = address;
    LINK_NOTED.notify_one();
}

/// Wakes the UI when the system hands Mend a link (iOS's quick actions and opened
/// addresses may come after Mend is back in front; Android's activity tells the page).
static LINK_NOTED: tokio::sync::Notify = tokio::sync::Notify::const_new();

/// Returns once a link has been noted since the last time it returned (one noted before
/// anyone waits is not lost).
pub async fn link_noted() {
    LINK_NOTED.notified().await;
}

/// The device gave no folder for Mend's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NoDataDir {
    #[error("the phone gave no folder for the data")]
    Phone,
    #[error("the computer has no local data folder")]
    Computer,
}
