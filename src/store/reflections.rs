//! Reflections: at most one a day, the answer to that day's prompt, with an optional Self
//! score. The day is the user's local date when they first wrote.

use chrono::NaiveDate;
use rusqlite::types::{ToSql, Value};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::record::{Imported, Reason, Record, Stamp, code, level, required, stamps, updated};
use super::row::{self, Fields, Stamps, Table, moment, val};
use super::{Result, Store, StoreError};
use crate::domain::content::Prompt;
use crate::domain::kept::{Code, DAY, Kept};
use crate::domain::reflection::{Reflection, month_start, shift_month};
use crate::domain::time::offset_s;
use crate::domain::{Level, Moment, Note, ReflectionId, TextError};
use chrono::Datelike;

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

impl Table for Reflection {
    const TABLE: &'static str = "reflections";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "day",
        "prompt_id",
        "prompt",
        "answer",
        "self_level",
        "at_ms",
        "at_offset_s",
    ];

    fn to_row(&self) -> Vec<Value> {
        let [at_ms, at_offset] = moment(&self.at);
        vec![
            val(self.id),
            Value::Text(self.day.code().into_owned()),
            val(self.prompt_id.as_str()),
            val(self.prompt.as_str()),
            val(self.answer.as_str()),
            val(self.self_level),
            at_ms,
            at_offset,
        ]
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        Ok(Reflection {
            id: f.get("id")?,
            day: f.code("day")?,
            prompt_id: f.get("prompt_id")?,
            prompt: f.get("prompt")?,
            answer: f.get("answer")?,
            self_level: f.get("self_level")?,
            at: f.moment("at_ms", "at_offset_s")?,
        })
    }
}

/// One day's reflection as an export file writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReflectionRec {
    pub id: Uuid,
    /// The user's local date when they first wrote it, as `YYYY-MM-DD`; at most one
    /// reflection a day. Kept as text, so that a day the store holds in another shape goes
    /// out as it is, and the importer can say why it refuses it.
    pub day: String,
    pub prompt_id: String,
    /// The prompt as it read that day.
    pub prompt: String,
    pub answer: String,
    #[serde(default)]
    pub self_level: Option<u8>,
    /// When it was first written.
    pub at: Stamp,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

impl Record for Reflection {
    const KIND: Kind = Kind::Reflection;
    type Rec = ReflectionRec;
    const CSV: &'static [&'static str] = &[
        "id",
        "day",
        "prompt_id",
        "prompt",
        "answer",
        "self_level",
        "at",
        "created_at",
        "updated_at",
    ];

    fn key(&self) -> Uuid {
        self.id.0
    }

    fn to_rec(&self, s: &Stamps) -> ReflectionRec {
        ReflectionRec {
            id: self.id.0,
            day: self.day.code().into_owned(),
            prompt_id: self.prompt_id.clone(),
            prompt: self.prompt.clone(),
            answer: self.answer.clone(),
            self_level: self.self_level.map(Level::get),
            at: self.at,
            created_at: s.created,
            updated_at: updated(s),
        }
    }

    fn from_rec(r: &ReflectionRec) -> Result<Imported<Self>, Reason> {
        let day = NaiveDate::from_code(&r.day)
            .ok_or_else(|| format!("its day (\"{}\") is not a date Mend can read", r.day))?;
        if !(1..=9999).contains(&day.year()) {
            return Err(format!("its day ({day}) is not one Mend can keep"));
        }
        Ok(Imported {
            record: Reflection {
                id: ReflectionId(r.id),
                day: Kept::Known(day),
                prompt_id: code(&r.prompt_id, "prompt")?,
                prompt: required(&r.prompt, "the prompt")?.into_string(),
                answer: required(&r.answer, "your answer")?.into_string(),
                self_level: level(r.self_level, "Self level")?,
                at: r.at,
            },
            stamps: stamps(&r.created_at, &r.updated_at),
        })
    }

    fn clash(&self, conn: &Connection) -> Result<Option<Reason>> {
        let day = self.day.code();
        Ok(
            other_on_day(conn, &day, &self.id.0.hyphenated().to_string())?.then(|| {
                format!(
                    "there is already another reflection for {day} here, and Mend keeps one a \
                 day, so the one here was kept"
                )
            }),
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
