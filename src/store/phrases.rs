//! Repair phrases: favourites among ours (kept by their id in `assets/content/phrases.toml`)
//! and the user's own phrases, tagged like ours.

use std::collections::HashSet;

use rusqlite::{Connection, params};
use tracing::instrument;

use super::declare::{Checked, Noted, Required, record};
use super::row::{self, OnConflict, Stamps, Table};
use super::{Result, Store};
use crate::domain::content::{Audience, PhraseStep};
use crate::domain::practice::{OwnPhrase, TEXT_WHAT, WHY_WHAT};
use crate::domain::{Moment, Note, PhraseId};

pub(super) const V1: &str = "
CREATE TABLE phrase_favourites (
    phrase_id TEXT PRIMARY KEY NOT NULL,
    created_at_ms INTEGER NOT NULL
) STRICT;
CREATE TABLE own_phrases (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    step TEXT NOT NULL CHECK (step IN ('notice', 'find_self', 'listen', 'acknowledge', 'respond', 'intention')),
    audience TEXT NOT NULL CHECK (audience IN ('partner', 'child_2_4', 'child_5_8', 'child_9_12', 'teen', 'myself')),
    why TEXT NOT NULL DEFAULT '',
    favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
    created_at_ms INTEGER NOT NULL,
    created_offset_s INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
";

record! {
    /// A repair phrase the user wrote, as an export file writes it.
    OwnPhrase => OwnPhraseRec, table "own_phrases", kind OwnPhrase, created_offset true {
        id: PhraseId = ["id"] => id,
        text: String as Required = ["text"] => text what TEXT_WHAT,
        step: PhraseStep as Checked = ["step"] => step what "its step",
        audience: Audience = ["audience"] => audience what "who it is for",
        #[serde(default)]
        why: String as Noted = ["why"] => why what WHY_WHAT,
        #[serde(default)]
        favourite: bool = ["favourite"] => favourite,
    }
}

/// The ids of our phrases kept as favourites, in order of their ids.
pub(super) fn favourites_in_order(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT phrase_id FROM phrase_favourites ORDER BY phrase_id")?;
    let ids = stmt.query_map([], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Keeps one of our phrases as a favourite, from `since_ms` if it is not one yet. Returns
/// whether it is new.
pub(super) fn add_favourite(tx: &Connection, phrase_id: &str, since_ms: i64) -> Result<bool> {
    Ok(tx.execute(
        "INSERT INTO phrase_favourites (phrase_id, created_at_ms) VALUES (?1, ?2)
         ON CONFLICT (phrase_id) DO NOTHING",
        params![phrase_id, since_ms],
    )? == 1)
}

impl Store {
    /// The ids of our phrases the user keeps as favourites.
    #[instrument(skip_all, err)]
    pub fn favourite_phrases(&self) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT phrase_id FROM phrase_favourites")?;
        let ids = stmt.query_map([], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks one of our phrases as a favourite, or not.
    #[instrument(skip_all, err)]
    pub fn set_favourite_phrase(
        &mut self,
        phrase_id: &str,
        favourite: bool,
        now: &Moment,
    ) -> Result<()> {
        self.write(|tx| {
            if favourite {
                add_favourite(tx, phrase_id, now.timestamp_millis())?;
            } else {
                tx.execute(
                    "DELETE FROM phrase_favourites WHERE phrase_id = ?1",
                    [phrase_id],
                )?;
            }
            Ok(())
        })
    }

    /// The user's own phrases, newest first.
    #[instrument(skip_all, err)]
    pub fn own_phrases(&self) -> Result<Vec<OwnPhrase>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} WHERE t.deleted_at_ms IS NULL ORDER BY t.created_at_ms DESC, t.rowid DESC",
            row::select::<OwnPhrase>()
        ))?;
        let rows = stmt.query_map([], OwnPhrase::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves a new phrase of the user's, or the edits to one.
    #[instrument(skip_all, err)]
    pub fn save_own_phrase(&mut self, phrase: &OwnPhrase, now: &Moment) -> Result<()> {
        let checked = OwnPhrase {
            text: Note::parse_required(&phrase.text, TEXT_WHAT)?.into_string(),
            why: Note::parse(&phrase.why, WHY_WHAT)?.into_string(),
            ..phrase.clone()
        };
        self.write(|tx| {
            Ok(row::upsert(
                tx,
                &checked,
                &Stamps::now(now),
                OnConflict::Edit,
            )?)
        })
    }

    /// Deletes one of the user's phrases, softly, so it can be brought back.
    #[instrument(skip_all, err)]
    pub fn delete_own_phrase(&mut self, id: PhraseId, now: &Moment) -> Result<()> {
        self.soft_delete::<OwnPhrase>(id, Some(now.timestamp_millis()), "phrase")
    }

    /// Brings back a phrase deleted with [`Store::delete_own_phrase`].
    #[instrument(skip_all, err)]
    pub fn undo_delete_own_phrase(&mut self, id: PhraseId) -> Result<()> {
        self.soft_delete::<OwnPhrase>(id, None, "phrase")
    }
}
