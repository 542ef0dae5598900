//! Reflections: at most one a day, the answer to that day's prompt, with an optional Self
//! score. The day is the user's local date when they first wrote.

use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension, params};
use tracing::instrument;

use super::declare::{Day, OurId, Required, record};
use super::record::Reason;
use super::row::{self, Table};
use super::{Result, Store, StoreError};
use crate::domain::content::Prompt;
use crate::domain::kept::{DAY, Kept};
use crate::domain::reflection::{Reflection, month_start, shift_month};
use crate::domain::time::offset_s;
use crate::domain::{Level, Moment, Note, ReflectionId, TextError};

pub(super) const V1: &str = "
CREATE TABLE reflections (
    id TEXT PRIMARY KEY NOT NULL,
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    prompt_id TEXT NOT NULL,
    prompt TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (length(answer) BETWEEN 1 AND 10000),
    self_level INTEGER CHECK (self_level BETWEEN 0 AND 10),
    at_ms INTEGER NOT NULL,
    at_offset_s INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
CREATE UNIQUE INDEX reflections_day ON reflections (day) WHERE deleted_at_ms IS NULL;
CREATE INDEX reflections_timeline ON reflections (at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;

CREATE VIRTUAL TABLE reflections_fts USING fts5(
    prompt, answer,
    content = 'reflections', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER reflections_fts_insert AFTER INSERT ON reflections BEGIN
    INSERT INTO reflections_fts (rowid, prompt, answer) VALUES (new.rowid, new.prompt, new.answer);
END;
CREATE TRIGGER reflections_fts_delete AFTER DELETE ON reflections BEGIN
    INSERT INTO reflections_fts (reflections_fts, rowid, prompt, answer)
        VALUES ('delete', old.rowid, old.prompt, old.answer);
END;
CREATE TRIGGER reflections_fts_update AFTER UPDATE OF prompt, answer ON reflections BEGIN
    INSERT INTO reflections_fts (reflections_fts, rowid, prompt, answer)
        VALUES ('delete', old.rowid, old.prompt, old.answer);
    INSERT INTO reflections_fts (rowid, prompt, answer) VALUES (new.rowid, new.prompt, new.answer);
END;
";

record! {
    /// One day's reflection as an export file writes it.
    Reflection => ReflectionRec, table "reflections", kind Reflection {
        id: ReflectionId = ["id"] => id,
        /// The user's local date when they first wrote it, as `YYYY-MM-DD`; at most one
        /// reflection a day. Kept as text, so that a day the store holds in another shape goes
        /// out as it is, and the importer can say why it refuses it.
        day: Kept<NaiveDate> as Day = ["day"] => day what "day",
        prompt_id: String as OurId = ["prompt_id"] => prompt_id what "prompt",
        /// The prompt as it read that day.
        prompt: String as Required = ["prompt"] => prompt what "the prompt",
        answer: String as Required = ["answer"] => answer what "your answer",
        #[serde(default)]
        self_level: Option<Level> = ["self_level"] => self_level what "Self level",
        /// When it was first written.
        at: Moment = ["at_ms", "at_offset_s"] => at,
    }

    fn clash(&self, conn: &Connection) -> Result<Option<Reason>> {
        let day = self.day.code();
        Ok(
            other_on_day(conn, &day, &self.id.0.hyphenated().to_string())?
                .then(|| Reason::new("import-why-reflection-that-day").text("day", day.clone())),
        )
    }
}

/// Whether a reflection other than `id`, not deleted, is kept for `day` (as written in the
/// table): there is at most one a day.
pub(crate) fn other_on_day(conn: &Connection, day: &str, id: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM reflections WHERE day = ?1 AND deleted_at_ms IS NULL AND id <> ?2",
            params![day, id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

impl Store {
    /// The reflection written on a day, if there is one.
    #[instrument(skip_all, err)]
    pub fn reflection_on(&self, day: NaiveDate) -> Result<Option<Reflection>> {
        self.reflection_where("day = ?1", day.format(DAY).to_string())
    }

    /// One reflection, unless deleted.
    #[instrument(skip_all, err)]
    pub fn reflection(&self, id: ReflectionId) -> Result<Reflection> {
        self.reflection_where("id = ?1", id)?
            .ok_or(StoreError::NotFound("reflection"))
    }

    /// Saves the answer for `day`: the first answer of the day keeps the prompt it was
    /// written to; a later save the same day changes only the answer and the Self score.
    #[instrument(skip_all, err)]
    pub fn save_reflection(
        &mut self,
        day: NaiveDate,
        prompt: &Prompt,
        answer: &Note,
        self_level: Option<Level>,
        now: &Moment,
    ) -> Result<ReflectionId> {
        if answer.as_str().is_empty() {
            return Err(TextError::EmptyRequired {
                what: "your answer",
            }
            .into());
        }
        self.write(|tx| {
            let id = ReflectionId::random();
            tx.execute(
                "INSERT INTO reflections (id, day, prompt_id, prompt, answer, self_level, at_ms,
                     at_offset_s, created_at_ms, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?7)
                 ON CONFLICT (day) WHERE deleted_at_ms IS NULL DO UPDATE SET
                     answer = excluded.answer, self_level = excluded.self_level,
                     updated_at_ms = excluded.updated_at_ms",
                params![
                    id,
                    day.format(DAY).to_string(),
                    prompt.id,
                    prompt.text,
                    answer.as_str(),
                    self_level.map(Level::get),
                    now.timestamp_millis(),
                    offset_s(now),
                ],
            )?;
            Ok(tx.query_row(
                "SELECT id FROM reflections WHERE day = ?1 AND deleted_at_ms IS NULL",
                [day.format(DAY).to_string()],
                |r| r.get(0),
            )?)
        })
    }

    fn reflection_where(&self, condition: &str, key: impl ToSql) -> Result<Option<Reflection>> {
        let sql = format!(
            "{} WHERE t.{condition} AND t.deleted_at_ms IS NULL",
            row::select::<Reflection>()
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([key], Reflection::from_row)
            .optional()?)
    }

    /// The days of the month starting at `first` that have a reflection, in order.
    #[instrument(skip_all, err)]
    pub fn reflection_days(&self, first: NaiveDate) -> Result<Vec<NaiveDate>> {
        let first = month_start(first);
        let next = shift_month(first, true);
        let mut stmt = self.conn.prepare_cached(
            "SELECT day FROM reflections WHERE deleted_at_ms IS NULL AND day >= ?1 AND day < ?2
             ORDER BY day",
        )?;
        let days = stmt.query_map(
            [first.format(DAY).to_string(), next.format(DAY).to_string()],
            |r| r.get::<_, String>(0),
        )?;
        let mut out = Vec::new();
        for day in days {
            if let Ok(d) = NaiveDate::parse_from_str(&day?, DAY) {
                out.push(d);
            }
        }
        Ok(out)
    }
}
