//! The app lock: the PIN kept as an Argon2id hash (the PIN itself never), turned on, off or
//! changed, and each try counted, so that wrong tries make the next wait longer, across
//! restarts. It lives in the settings value.

use tracing::instrument;

use super::settings::{read_to_change, saved, write};
use super::{Result, Store, StoreError};
use crate::domain::Moment;
use crate::domain::lock::{AppLock, LockAfter, PinOutcome, wait_after};
use chrono::TimeDelta;

/// The PIN's Argon2id hash, as a PHC string with its own salt.
fn hash_pin(pin: &str) -> Result<String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let salt = SaltString::encode_b64(&super::keys::random_salt()?).map_err(StoreError::Pin)?;
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
            let mut s = read_to_change(tx)?;
            s.app_lock = Some(AppLock { pin_hash, after });
            s.lock_failures = 0;
            s.lock_wait_until_ms = None;
            write(tx, &s)
        })
    }

    /// Changes when the app locks, keeping the PIN.
    pub fn set_lock_after(&mut self, after: LockAfter) -> Result<()> {
        self.write(|tx| {
            let mut s = read_to_change(tx)?;
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
                let mut s = read_to_change(tx)?;
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
            let saved = saved(tx)?;
            let mut s = saved.lock();
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
            saved.write_lock(tx, s)?;
            Ok(outcome)
        })
    }
}
