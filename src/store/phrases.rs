//! Repair phrases: favourites among ours (kept by their id in `assets/content/phrases.toml`)
//! and the user's own phrases, tagged like ours.

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::record::{Imported, Reason, Record, Stamp, known, note, required, stamps, updated};
use super::row::{self, Fields, OnConflict, Stamps, Table, val};
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

impl Table for OwnPhrase {
    const TABLE: &'static str = "own_phrases";
    const COLUMNS: &'static [&'static str] =
        &["id", "text", "step", "audience", "why", "favourite"];
    const CREATED_OFFSET: bool = true;

    fn to_row(&self) -> Vec<Value> {
        vec![
            val(self.id),
            val(self.text.as_str()),
            val(self.step.code()),
            val(self.audience.code()),
            val(self.why.as_str()),
            val(self.favourite),
        ]
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        Ok(OwnPhrase {
            id: f.get("id")?,
            text: f.get("text")?,
            step: f.checked("step")?,
            audience: f.checked("audience")?,
            why: f.get("why")?,
            favourite: f.get("favourite")?,
        })
    }
}

/// A repair phrase the user wrote, as an export file writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnPhraseRec {
    pub id: Uuid,
    pub text: String,
    pub step: String,
    pub audience: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub favourite: bool,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

impl Record for OwnPhrase {
    const KIND: Kind = Kind::OwnPhrase;
    type Rec = OwnPhraseRec;
    const CSV: &'static [&'static str] = &[
        "id",
        "text",
        "step",
        "audience",
        "why",
        "favourite",
        "created_at",
        "updated_at",
    ];

    fn key(&self) -> Uuid {
        self.id.0
    }

    fn to_rec(&self, s: &Stamps) -> OwnPhraseRec {
        OwnPhraseRec {
            id: self.id.0,
            text: self.text.clone(),
            step: self.step.code().to_owned(),
            audience: self.audience.code().to_owned(),
            why: self.why.clone(),
            favourite: self.favourite,
            created_at: s.created,
            updated_at: updated(s),
        }
    }

    fn from_rec(p: &OwnPhraseRec) -> Result<Imported<Self>, Reason> {
        let audience = Audience::from_code(&p.audience)
            .ok_or_else(|| format!("who it is for (\"{}\") is not one Mend knows", p.audience))?;
        Ok(Imported {
            record: OwnPhrase {
                id: PhraseId(p.id),
                text: required(&p.text, TEXT_WHAT)?.into_string(),
                step: known::<PhraseStep>(&p.step, "its step")?,
                audience,
                why: note(&p.why, WHY_WHAT)?.into_string(),
                favourite: p.favourite,
            },
            stamps: stamps(&p.created_at, &p.updated_at),
        })
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
