//! Settings: a small serde value kept in the database, so everything stays in one file.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use super::{Result, Store};

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
}

impl Store {
    /// The saved settings, or the defaults.
    #[instrument(skip_all, err)]
    pub fn settings(&self) -> Result<Settings> {
        let text: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(text
            .and_then(|t| {
                serde_json::from_str(&t)
                    .map_err(
                        |err| tracing::warn!(%err, "settings could not be read; using defaults"),
                    )
                    .ok()
            })
            .unwrap_or_default())
    }

    #[instrument(skip_all, err)]
    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        let text = serde_json::to_string(settings).unwrap_or_else(|_| "{}".to_owned());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![KEY, text],
            )?;
            Ok(())
        })
    }
}
