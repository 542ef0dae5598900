//! Lines of the user's own in Help now: a name, a number, whether it takes texts, and a
//! note. They are carried by export and import, and found nowhere else: not in History, not
//! in search.

use rusqlite::Row;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::record::{Imported, Reason, Record, Stamp, stamps, updated};
use super::row::{self, Fields, OnConflict, Stamps, Table, val};
use super::{Result, Store};
use crate::domain::help::OwnLine;
use crate::domain::{HelpLineId, Moment};

pub(super) const V1: &str = "
CREATE TABLE help_lines (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
    texts INTEGER NOT NULL DEFAULT 0 CHECK (texts IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL,
    created_offset_s INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
";

impl Table for OwnLine {
    const TABLE: &'static str = "help_lines";
    const COLUMNS: &'static [&'static str] = &["id", "name", "number", "texts", "note"];
    const CREATED_OFFSET: bool = true;

    fn to_row(&self) -> Vec<Value> {
        vec![
            val(self.id),
            val(self.name.as_str()),
            val(self.number.as_str()),
            val(self.texts),
            val(self.note.as_str()),
        ]
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        Ok(OwnLine {
            id: f.get("id")?,
            name: f.get("name")?,
            number: f.get("number")?,
            texts: f.get("texts")?,
            note: f.get("note")?,
        })
    }
}

/// A line of the user's own, as an export file writes it. Since version 3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HelpLineRec {
    pub id: Uuid,
    pub name: String,
    pub number: String,
    #[serde(default)]
    pub texts: bool,
    #[serde(default)]
    pub note: String,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

impl Record for OwnLine {
    const KIND: Kind = Kind::HelpLine;
    type Rec = HelpLineRec;
    const CSV: &'static [&'static str] = &[
        "id",
        "name",
        "number",
        "texts",
        "note",
        "created_at",
        "updated_at",
    ];

    fn key(&self) -> Uuid {
        self.id.0
    }

    fn to_rec(&self, s: &Stamps) -> HelpLineRec {
        HelpLineRec {
            id: self.id.0,
            name: self.name.clone(),
            number: self.number.clone(),
            texts: self.texts,
            note: self.note.clone(),
            created_at: s.created,
            updated_at: updated(s),
        }
    }

    fn from_rec(l: &HelpLineRec) -> Result<Imported<Self>, Reason> {
        let line = OwnLine {
            id: HelpLineId(l.id),
            name: l.name.clone(),
            number: l.number.clone(),
            texts: l.texts,
            note: l.note.clone(),
        };
        Ok(Imported {
            record: line.checked().map_err(|e| e.to_string())?,
            stamps: stamps(&l.created_at, &l.updated_at),
        })
    }
}

impl Store {
    /// The user's own lines, in the order they were added.
    #[instrument(skip_all, err)]
    pub fn help_lines(&self) -> Result<Vec<OwnLine>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} WHERE t.deleted_at_ms IS NULL ORDER BY t.created_at_ms, t.rowid",
            row::select::<OwnLine>()
        ))?;
        let rows = stmt.query_map([], OwnLine::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves a new line of the user's, or the edits to one, checked first.
    #[instrument(skip_all, err)]
    pub fn save_help_line(&mut self, line: &OwnLine, now: &Moment) -> Result<()> {
        let checked = line.checked()?;
        self.write(|tx| {
            Ok(row::upsert(
                tx,
                &checked,
                &Stamps::now(now),
                OnConflict::Edit,
            )?)
        })
    }

    /// Deletes one of the user's lines, softly, so Undo can bring it back.
    #[instrument(skip_all, err)]
    pub fn delete_help_line(&mut self, id: HelpLineId, now: &Moment) -> Result<()> {
        self.soft_delete::<OwnLine>(id, Some(now.timestamp_millis()), "line")
    }

    /// Brings back a line deleted with [`Store::delete_help_line`].
    #[instrument(skip_all, err)]
    pub fn undo_delete_help_line(&mut self, id: HelpLineId) -> Result<()> {
        self.soft_delete::<OwnLine>(id, None, "line")
    }
}
