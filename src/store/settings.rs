//! Settings: a small serde value kept in the database, so everything stays in one file.

use chrono::NaiveTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use super::{Result, Store, StoreError};
pub use crate::domain::lock::AppLock;

pub(super) const V1: &str = "
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
";

const KEY: &str = "app";

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Same as my device",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// The user's choices. Unknown or missing fields take their defaults, so an older or newer
/// file still reads.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    /// The first-run note (not therapy; when someone is unsafe) has been read.
    pub welcomed: bool,
    /// The app lock, when it is on.
    pub app_lock: Option<AppLock>,
    /// Wrong PINs in a row, and until when the next try must wait (UTC milliseconds): kept,
    /// so that closing Mend does not reset the wait.
    pub lock_failures: u32,
    pub lock_wait_until_ms: Option<i64>,
    /// The local time of day for the daily reflection reminder, when it is on. Kept here
    /// for the phone's scheduler as well as the desktop's own reminder.
    pub reflect_reminder: Option<NaiveTime>,
    /// On a phone: Mend has asked once whether it may show alerts (the end of a pause, the
    /// reminder), and has said once that it works without them if the answer was no.
    pub alerts_asked: bool,
    pub alerts_refusal_said: bool,
}

/// The settings as kept: the defaults when none were saved yet, `None` when what was saved
/// can't be read as this build's settings (another version's, say). Logged once read.
fn stored(conn: &rusqlite::Connection) -> Result<Option<Settings>> {
    let text: Option<String> = conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(match text {
        None => Some(Settings::default()),
        Some(t) => serde_json::from_str(&t)
            .map_err(|err| tracing::warn!(%err, "the saved settings could not be read"))
            .ok(),
    })
}

/// The settings to show: as kept, or the defaults when they can't be read.
pub(super) fn read(conn: &rusqlite::Connection) -> Result<Settings> {
    Ok(stored(conn)?.unwrap_or_default())
}

/// The settings to change: as kept. Settings that can't be read are never overwritten (an
/// app lock among them would be lost), so changing them is refused.
pub(super) fn read_to_change(conn: &rusqlite::Connection) -> Result<Settings> {
    stored(conn)?.ok_or(StoreError::SettingsUnreadable)
}

pub(super) fn write(conn: &rusqlite::Connection, settings: &Settings) -> Result<()> {
    let text = serde_json::to_string(settings).unwrap_or_else(|_| "{}".to_owned());
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![KEY, text],
    )?;
    Ok(())
}

impl Store {
    /// The saved settings, or the defaults.
    #[instrument(skip_all, err)]
    pub fn settings(&self) -> Result<Settings> {
        read(&self.conn)
    }

    /// Saves the user's choices. The app lock and its count of wrong tries are kept as they
    /// are here: they change only through the lock's own methods.
    #[instrument(skip_all, err)]
    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        self.write(|tx| {
            let current = read_to_change(tx)?;
            let merged = Settings {
                app_lock: current.app_lock,
                lock_failures: current.lock_failures,
                lock_wait_until_ms: current.lock_wait_until_ms,
                ..settings.clone()
            };
            write(tx, &merged)
        })
    }
}
