//! Settings: a small serde value kept in the database, so everything stays in one file.

use chrono::{NaiveTime, TimeDelta};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use super::{Result, Store, StoreError};
use crate::domain::Moment;
use crate::domain::lock::{LockAfter, wait_after};

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

/// The app lock: the PIN's Argon2id hash (the PIN itself is never kept) and when to lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppLock {
    pub pin_hash: String,
    pub after: LockAfter,
}

/// What a try of the PIN gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinOutcome {
    Open,
    /// Wrong; the next try must wait this long (zero for the first few).
    Wrong {
        wait: TimeDelta,
    },
    /// Too soon after wrong tries; this much is left to wait. The PIN was not checked.
    Wait {
        left: TimeDelta,
    },
}

fn read(conn: &rusqlite::Connection) -> Result<Settings> {
    let text: Option<String> = conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(text
        .and_then(|t| {
            serde_json::from_str(&t)
                .map_err(|err| tracing::warn!(%err, "settings could not be read; using defaults"))
                .ok()
        })
        .unwrap_or_default())
}

fn write(conn: &rusqlite::Connection, settings: &Settings) -> Result<()> {
    let text = serde_json::to_string(settings).unwrap_or_else(|_| "{}".to_owned());
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![KEY, text],
    )?;
    Ok(())
}

/// The PIN's Argon2id hash, as a PHC string with its own salt.
fn hash_pin(pin: &str) -> Result<String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let salt = SaltString::encode_b64(&super::cipher::random_salt()?).map_err(StoreError::Pin)?;
    argon2::Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(StoreError::Pin)
}

fn pin_matches(pin: &str, hash: &str) -> bool {
    use argon2::password_hash::{PasswordHash, PasswordVerifier};
    PasswordHash::new(hash)
        .map(|parsed| {
            argon2::Argon2::default()
                .verify_password(pin.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

impl Store {
    /// Turns the app lock on (or changes its PIN), locking after `after` in the background.
    #[instrument(skip_all, err)]
    pub fn set_app_lock(&mut self, pin: &str, after: LockAfter) -> Result<()> {
        let pin_hash = hash_pin(pin)?;
        self.write(|tx| {
            let mut s = read(tx)?;
            s.app_lock = Some(AppLock { pin_hash, after });
            s.lock_failures = 0;
            s.lock_wait_until_ms = None;
            write(tx, &s)
        })
    }

    /// Changes when the app locks, keeping the PIN.
    pub fn set_lock_after(&mut self, after: LockAfter) -> Result<()> {
        self.write(|tx| {
            let mut s = read(tx)?;
            if let Some(lock) = &mut s.app_lock {
                lock.after = after;
            }
            write(tx, &s)
        })
    }

    /// Turns the app lock off, if `pin` is right (counted like any other try).
    #[instrument(skip_all, err)]
    pub fn clear_app_lock(&mut self, pin: &str, now: &Moment) -> Result<PinOutcome> {
        let outcome = self.try_pin(pin, now)?;
        if outcome == PinOutcome::Open {
            self.write(|tx| {
                let mut s = read(tx)?;
                s.app_lock = None;
                write(tx, &s)
            })?;
        }
        Ok(outcome)
    }

    /// Tries a PIN: counts wrong tries, makes later ones wait, and resets on the right one.
    #[instrument(skip_all, err)]
    pub fn try_pin(&mut self, pin: &str, now: &Moment) -> Result<PinOutcome> {
        let now_ms = now.timestamp_millis();
        self.write(|tx| {
            let mut s = read(tx)?;
            let Some(lock) = s.app_lock.clone() else {
                return Ok(PinOutcome::Open);
            };
            if let Some(until) = s.lock_wait_until_ms.filter(|u| *u > now_ms) {
                return Ok(PinOutcome::Wait {
                    left: TimeDelta::milliseconds(until - now_ms),
                });
            }
            let outcome = if pin_matches(pin, &lock.pin_hash) {
                s.lock_failures = 0;
                s.lock_wait_until_ms = None;
                PinOutcome::Open
            } else {
                s.lock_failures += 1;
                let wait = wait_after(s.lock_failures);
                s.lock_wait_until_ms = (!wait.is_zero()).then(|| now_ms + wait.num_milliseconds());
                PinOutcome::Wrong { wait }
            };
            write(tx, &s)?;
            Ok(outcome)
        })
    }

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
            let current = read(tx)?;
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
