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

/// How large the text is, on every screen at once: a share of the size the device gives,
/// so a phone's own larger text is larger still.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Larger,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [
        TextSize::Standard,
        TextSize::Large,
        TextSize::Larger,
        TextSize::Largest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TextSize::Standard => "Standard",
            TextSize::Large => "Large",
            TextSize::Larger => "Larger",
            TextSize::Largest => "Largest",
        }
    }

    /// Its class on the app's root, which sets the size of the whole page (`mend.css`).
    pub fn class(self) -> &'static str {
        match self {
            TextSize::Standard => "text-standard",
            TextSize::Large => "text-large",
            TextSize::Larger => "text-larger",
            TextSize::Largest => "text-largest",
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
    /// On Android 12 and later: Mend has offered once to let a pause's end come on time
    /// (exact alarms), and has said once that it may come a little late if not.
    pub alerts_on_time_asked: bool,
    pub alerts_late_said: bool,
    /// On a phone: a gentle pulse with each breath of the pause's breathing guide (never
    /// with less motion).
    pub pulse_with_breath: bool,
    /// How large the text is.
    pub text_size: TextSize,
    /// Movement stopped by hand (the ring, the breathing pacer). Off, Mend follows the
    /// device's own setting.
    pub reduce_motion: bool,
    /// The region whose lines Help now shows, by its code ("GB"), or
    /// [`crate::domain::help::ELSEWHERE`]. `None` follows the device's locale.
    pub help_region: Option<String>,
    /// Talk it through: below this level of settledness (0 to 10), Mend suggests a pause
    /// before talking.
    pub talk_ready_below: ReadyBelow,
    /// Talk it through: the gentle turn timer's length in minutes, when it is on (off
    /// unless turned on).
    pub turn_timer: Option<u8>,
    /// The language chosen in Settings, by its tag (`es`); `None` follows the device.
    pub language: Option<String>,
}

/// The level of settledness below which Mend suggests a pause before a talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReadyBelow(pub u8);

impl Default for ReadyBelow {
    fn default() -> Self {
        ReadyBelow(crate::domain::talk::READY_BELOW_DEFAULT)
    }
}

/// The settings' text as kept, if any were saved.
fn raw(conn: &rusqlite::Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| {
            r.get(0)
        })
        .optional()?)
}

/// The settings as saved, read once.
pub(super) enum Saved {
    /// This build's settings: the defaults when none were saved yet.
    Readable(Settings),
    /// Settings this build can't read (another version's, say), kept as their text.
    Unreadable(String),
}

/// The settings as saved. Settings that can't be read are logged.
pub(super) fn saved(conn: &rusqlite::Connection) -> Result<Saved> {
    Ok(match raw(conn)? {
        None => Saved::Readable(Settings::default()),
        Some(text) => match serde_json::from_str(&text) {
            Ok(settings) => Saved::Readable(settings),
            Err(err) => {
                tracing::warn!(%err, "the saved settings could not be read");
                Saved::Unreadable(text)
            }
        },
    })
}

/// The app lock's part of the settings, read on its own: when the whole can't be read, the
/// lock still holds, so a PIN set is still asked for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub(super) struct LockPart {
    pub app_lock: Option<AppLock>,
    pub lock_failures: u32,
    pub lock_wait_until_ms: Option<i64>,
}

impl LockPart {
    fn of(s: &Settings) -> Self {
        LockPart {
            app_lock: s.app_lock.clone(),
            lock_failures: s.lock_failures,
            lock_wait_until_ms: s.lock_wait_until_ms,
        }
    }

    fn apply(self, s: &mut Settings) {
        s.app_lock = self.app_lock;
        s.lock_failures = self.lock_failures;
        s.lock_wait_until_ms = self.lock_wait_until_ms;
    }

    /// The lock's part of settings that can't be read whole, if it reads on its own.
    fn from_unreadable(text: &str) -> Option<Self> {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        let part = serde_json::Map::from_iter(
            ["app_lock", "lock_failures", "lock_wait_until_ms"]
                .into_iter()
                .filter_map(|k| Some((k.to_owned(), value.get(k)?.clone()))),
        );
        serde_json::from_value(serde_json::Value::Object(part)).ok()
    }
}

impl Saved {
    /// The settings to show: as kept, or the defaults when they can't be read, with the
    /// app lock all the same if its part can be.
    fn shown(self) -> Settings {
        match self {
            Saved::Readable(s) => s,
            Saved::Unreadable(text) => {
                let mut s = Settings::default();
                if let Some(lock) = LockPart::from_unreadable(&text) {
                    lock.apply(&mut s);
                }
                s
            }
        }
    }

    /// The settings to change: as kept. Settings that can't be read are never overwritten
    /// (an app lock among them would be lost), so changing them is refused.
    fn into_changeable(self) -> Result<Settings> {
        match self {
            Saved::Readable(s) => Ok(s),
            Saved::Unreadable(_) => Err(StoreError::SettingsUnreadable),
        }
    }

    /// The app lock's part, to count a try of the PIN.
    pub(super) fn lock(&self) -> LockPart {
        match self {
            Saved::Readable(s) => LockPart::of(s),
            Saved::Unreadable(text) => LockPart::from_unreadable(text).unwrap_or_default(),
        }
    }

    /// Saves the app lock's part (the count of wrong tries and the wait). In settings that
    /// can't be read whole, only those keys are changed, and every other is left exactly as
    /// it was.
    pub(super) fn write_lock(self, conn: &rusqlite::Connection, lock: LockPart) -> Result<()> {
        let text = match self {
            Saved::Readable(mut s) => {
                lock.apply(&mut s);
                return write(conn, &s);
            }
            Saved::Unreadable(text) => text,
        };
        let Ok(serde_json::Value::Object(mut kept)) = serde_json::from_str(&text) else {
            return Err(StoreError::SettingsUnreadable);
        };
        let counts = serde_json::to_value(&lock).map_err(|_| StoreError::SettingsUnreadable)?;
        for key in ["lock_failures", "lock_wait_until_ms"] {
            kept.insert(key.to_owned(), counts[key].clone());
        }
        let text = serde_json::Value::Object(kept).to_string();
        conn.execute(
            "UPDATE settings SET value = ?2 WHERE key = ?1",
            params![KEY, text],
        )?;
        Ok(())
    }
}

/// The settings to show (see [`Saved::shown`]).
pub(super) fn read(conn: &rusqlite::Connection) -> Result<Settings> {
    Ok(saved(conn)?.shown())
}

/// Whether the saved settings can be read (none saved yet counts as readable).
pub(super) fn readable(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(matches!(saved(conn)?, Saved::Readable(_)))
}

/// The settings to change (see [`Saved::into_changeable`]).
pub(super) fn read_to_change(conn: &rusqlite::Connection) -> Result<Settings> {
    saved(conn)?.into_changeable()
}

pub(super) fn write(conn: &rusqlite::Connection, settings: &Settings) -> Result<()> {
    let text = serde_json::to_string(settings).expect("the settings serialize");
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![KEY, text],
    )?;
    Ok(())
}

impl Store {
    /// The saved settings, or the defaults (with the app lock, if its part reads) when
    /// they can't be read.
    #[instrument(skip_all, err)]
    pub fn settings(&self) -> Result<Settings> {
        read(&self.conn)
    }

    /// Whether the saved settings can be read by this version, so that they can be changed.
    pub fn settings_readable(&self) -> Result<bool> {
        readable(&self.conn)
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
