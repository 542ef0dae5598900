//! Lines of the user's own in Help now: a name, a number, whether it takes texts, and a
//! note. They are carried by export and import, and found nowhere else: not in History, not
//! in search.

use tracing::instrument;

use super::declare::record;
use super::record::Reason;
use super::row::{self, OnConflict, Stamps, Table};
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

record! {
    /// A line of the user's own, as an export file writes it. Since version 3.
    OwnLine => HelpLineRec, table "help_lines", kind HelpLine, created_offset true {
        id: HelpLineId = ["id"] => id,
        name: String = ["name"] => name,
        number: String = ["number"] => number,
        #[serde(default)]
        texts: bool = ["texts"] => texts,
        #[serde(default)]
        note: String = ["note"] => note,
    }

    fn check(self) -> std::result::Result<Self, Reason> {
        Ok(self.checked()?)
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
