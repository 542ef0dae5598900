//! Repair phrases: favourites among ours (kept by their id in `assets/content/phrases.toml`)
//! and the user's own phrases, tagged like ours.

use std::collections::HashSet;

use rusqlite::{Row, params};
use tracing::instrument;

use super::{Result, Store, StoreError};
use crate::domain::content::{Audience, PhraseStep};
use crate::domain::practice::OwnPhrase;
use crate::domain::time::offset_s;
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

fn own_from_row(r: &Row<'_>) -> rusqlite::Result<OwnPhrase> {
    let step: String = r.get(2)?;
    let audience: String = r.get(3)?;
    Ok(OwnPhrase {
        id: r.get(0)?,
        text: r.get(1)?,
        step: PhraseStep::from_code(&step).unwrap_or(PhraseStep::Respond),
        audience: Audience::from_code(&audience).unwrap_or(Audience::Partner),
        why: r.get(4)?,
        favourite: r.get(5)?,
    })
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
                tx.execute(
                    "INSERT INTO phrase_favourites (phrase_id, created_at_ms) VALUES (?1, ?2)
                     ON CONFLICT (phrase_id) DO NOTHING",
                    params![phrase_id, now.timestamp_millis()],
                )?;
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
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, text, step, audience, why, favourite FROM own_phrases
             WHERE deleted_at_ms IS NULL ORDER BY created_at_ms DESC, rowid DESC",
        )?;
        let rows = stmt.query_map([], own_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves a new phrase of the user's, or the edits to one.
    #[instrument(skip_all, err)]
    pub fn save_own_phrase(&mut self, phrase: &OwnPhrase, now: &Moment) -> Result<()> {
        let text = Note::parse_required(&phrase.text, "the phrase")?;
        let why = Note::parse(&phrase.why, "why it helps")?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO own_phrases (id, text, step, audience, why, favourite,
                     created_at_ms, created_offset_s, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7)
                 ON CONFLICT (id) DO UPDATE SET text = excluded.text, step = excluded.step,
                     audience = excluded.audience, why = excluded.why,
                     favourite = excluded.favourite, updated_at_ms = excluded.updated_at_ms",
                params![
                    phrase.id,
                    text.as_str(),
                    phrase.step.code(),
                    phrase.audience.code(),
                    why.as_str(),
                    phrase.favourite,
                    now.timestamp_millis(),
                    offset_s(now),
                ],
            )?;
            Ok(())
        })
    }

    /// Deletes one of the user's phrases, softly, so it can be brought back.
    #[instrument(skip_all, err)]
    pub fn delete_own_phrase(&mut self, id: PhraseId, now: &Moment) -> Result<()> {
        self.set_phrase_deleted(id, Some(now.timestamp_millis()))
    }

    /// Brings back a phrase deleted with [`Store::delete_own_phrase`].
    #[instrument(skip_all, err)]
    pub fn undo_delete_own_phrase(&mut self, id: PhraseId) -> Result<()> {
        self.set_phrase_deleted(id, None)
    }

    fn set_phrase_deleted(&mut self, id: PhraseId, at: Option<i64>) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE own_phrases SET deleted_at_ms = ?2
                 WHERE id = ?1 AND (deleted_at_ms IS NULL) = (?2 IS NOT NULL)",
                params![id, at],
            )?;
            if n == 0 {
                return Err(StoreError::NotFound("phrase"));
            }
            Ok(())
        })
    }
}
