//! The timeline: one list of check-ins, pauses, ruptures and repairs, newest first, read a
//! page at a time with keyset paging (never OFFSET, never the whole table). Deleting is soft
//! until the undo window has passed.

use rusqlite::params_from_iter;
use rusqlite::types::Value;
use tracing::instrument;
use uuid::Uuid;

use super::search::fts_query;
use super::{Result, Store, StoreError, ruptures};
use crate::domain::pause::minutes_phrase;
use crate::domain::text::excerpt;
use crate::domain::time::from_parts;
use crate::domain::{
    Cursor, EntryKind, Moment, PauseEnd, RepairOutcome, RuptureId, RuptureStatus, TimelineEntry,
    TimelineFilter,
};

/// The most entries one page can hold.
pub const MAX_PAGE: usize = 200;

/// The table a kind of entry lives in.
fn table(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::CheckIn => "checkins",
        EntryKind::Pause => "pauses",
        EntryKind::Rupture => "ruptures",
        EntryKind::Repair => "repairs",
    }
}

/// Collects SQL conditions and their parameters, numbered in order.
struct Query {
    sql: String,
    params: Vec<Value>,
}

impl Query {
    fn param(&mut self, v: impl Into<Value>) -> String {
        self.params.push(v.into());
        format!("?{}", self.params.len())
    }
}

fn like_pattern(text: &str) -> String {
    let mut p = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// The parts of one kind's sub-query: its select list and joins, the columns that the
/// filters apply to, and its time column.
struct Source {
    select: &'static str,
    at: &'static str,
    id: &'static str,
    person: &'static str,
    part: Option<&'static str>,
    status: Option<&'static str>,
    /// Where the words typed may be found: `(full-text table, the row it indexes)` pairs.
    words: &'static [(&'static str, &'static str)],
    /// The person whose name may match the words typed.
    named_person: &'static str,
    /// The part whose name may match, for check-ins.
    named_part: Option<&'static str>,
}

fn source(kind: EntryKind) -> Source {
    match kind {
        EntryKind::CheckIn => Source {
            select: "SELECT 'checkin' AS kind, c.id AS id, c.at_ms AS at_ms, c.at_offset_s AS off,
                        p.name AS a, pe.name AS b, c.note AS c, NULL AS d, NULL AS e
                     FROM checkins c JOIN parts p ON p.id = c.part_id
                     LEFT JOIN people pe ON pe.id = c.person_id
                     WHERE c.deleted_at_ms IS NULL",
            at: "c.at_ms",
            id: "c.id",
            person: "c.person_id",
            part: Some("c.part_id"),
            status: None,
            words: &[("checkins_fts", "c.rowid")],
            named_person: "c.person_id",
            named_part: Some("c.part_id"),
        },
        EntryKind::Pause => Source {
            select: "SELECT 'pause' AS kind, x.id AS id, x.started_at_ms AS at_ms, x.started_offset_s AS off,
                        u.what AS a, pe.name AS b, '' AS c, x.outcome AS d,
                        x.planned_end_ms - x.started_at_ms AS e
                     FROM pauses x
                     LEFT JOIN ruptures u ON u.id = x.rupture_id AND u.deleted_at_ms IS NULL
                     LEFT JOIN people pe ON pe.id = u.person_id
                     WHERE x.deleted_at_ms IS NULL",
            at: "x.started_at_ms",
            id: "x.id",
            person: "u.person_id",
            part: None,
            status: None,
            words: &[("ruptures_fts", "u.rowid")],
            named_person: "u.person_id",
            named_part: None,
        },
        EntryKind::Rupture => Source {
            select: "SELECT 'rupture' AS kind, u.id AS id, u.at_ms AS at_ms, u.at_offset_s AS off,
                        u.what AS a, pe.name AS b, '' AS c, u.status AS d, u.severity AS e
                     FROM ruptures u LEFT JOIN people pe ON pe.id = u.person_id
                     WHERE u.deleted_at_ms IS NULL",
            at: "u.at_ms",
            id: "u.id",
            person: "u.person_id",
            part: None,
            status: Some("u.status"),
            words: &[("ruptures_fts", "u.rowid")],
            named_person: "u.person_id",
            named_part: None,
        },
        EntryKind::Repair => Source {
            select: "SELECT 'repair' AS kind, r.id AS id, r.started_at_ms AS at_ms, r.started_offset_s AS off,
                        u.what AS a, pe.name AS b, r.intention AS c, r.outcome AS d, NULL AS e
                     FROM repairs r JOIN ruptures u ON u.id = r.rupture_id AND u.deleted_at_ms IS NULL
                     LEFT JOIN people pe ON pe.id = u.person_id
                     WHERE r.deleted_at_ms IS NULL",
            at: "r.started_at_ms",
            id: "r.id",
            person: "u.person_id",
            part: None,
            status: Some("u.status"),
            words: &[("repairs_fts", "r.rowid"), ("ruptures_fts", "u.rowid")],
            named_person: "u.person_id",
            named_part: None,
        },
    }
}

fn entry(kind: EntryKind, row: &rusqlite::Row<'_>) -> rusqlite::Result<TimelineEntry> {
    let id_text: String = row.get(1)?;
    let id = Uuid::parse_str(&id_text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let at = from_parts(row.get(2)?, row.get(3)?);
    let a: Option<String> = row.get(4)?;
    let person: Option<String> = row.get(5)?;
    let c: Option<String> = row.get(6)?;
    let d: Option<String> = row.get(7)?;
    let e: Option<i64> = row.get(8)?;
    let a = a.unwrap_or_default();
    let c = c.unwrap_or_default();
    let (headline, detail, status) = match kind {
        EntryKind::CheckIn => (a, excerpt(&c, 120), None),
        EntryKind::Pause => (
            format!(
                "A pause of {}",
                minutes_phrase(chrono::TimeDelta::milliseconds(e.unwrap_or(0)))
            ),
            if a.is_empty() {
                String::new()
            } else {
                format!("About: {}", excerpt(&a, 100))
            },
            Some(
                d.as_deref()
                    .and_then(PauseEnd::from_code)
                    .map_or("under way", PauseEnd::label)
                    .to_owned(),
            ),
        ),
        EntryKind::Rupture => (
            excerpt(&a, 120),
            format!("Size {} of 5", e.unwrap_or(3)),
            d.as_deref()
                .and_then(RuptureStatus::from_code)
                .map(|s| s.label().to_owned()),
        ),
        EntryKind::Repair => (
            format!("Repairing: {}", excerpt(&a, 100)),
            excerpt(&c, 120),
            Some(
                d.as_deref()
                    .and_then(RepairOutcome::from_code)
                    .map_or("in progress", RepairOutcome::label)
                    .to_owned(),
            ),
        ),
    };
    Ok(TimelineEntry {
        kind,
        id,
        at,
        headline,
        person,
        detail,
        status,
    })
}

impl Store {
    /// One page of the timeline, newest first, after `after` if given. At most `limit`
    /// entries (capped at [`MAX_PAGE`]); fewer means the end was reached.
    #[instrument(skip_all, err, fields(limit))]
    pub fn timeline(
        &self,
        filter: &TimelineFilter,
        after: Option<Cursor>,
        limit: usize,
    ) -> Result<Vec<TimelineEntry>> {
        let limit = limit.clamp(1, MAX_PAGE) as i64;
        let text = filter.text.trim();
        let mut q = Query {
            sql: String::new(),
            params: Vec::new(),
        };
        let mut parts = Vec::new();
        for kind in EntryKind::ALL {
            if !filter.admits(kind) {
                continue;
            }
            let s = source(kind);
            let mut sql = s.select.to_owned();
            if let Some(c) = after {
                let ms = q.param(c.at_ms);
                let id = q.param(c.id.hyphenated().to_string());
                sql += &format!(" AND ({}, {}) < ({ms}, {id})", s.at, s.id);
            }
            if let Some(person) = filter.person {
                let p = q.param(person.0.hyphenated().to_string());
                sql += &format!(" AND {} = {p}", s.person);
            }
            if let (Some(part), Some(col)) = (filter.part, s.part) {
                let p = q.param(part.0.hyphenated().to_string());
                sql += &format!(" AND {col} = {p}");
            }
            if let (Some(status), Some(col)) = (filter.status, s.status) {
                let p = q.param(status.code().to_owned());
                sql += &format!(" AND {col} = {p}");
            }
            if !text.is_empty() {
                // The words as full-text prefixes, and the names (of any script's case) as
                // a plain substring.
                let mut any = Vec::new();
                if let Some(fts) = fts_query(text) {
                    let m = q.param(fts);
                    for (table, row) in s.words {
                        any.push(format!(
                            "{row} IN (SELECT rowid FROM {table} WHERE {table} MATCH {m})"
                        ));
                    }
                }
                let like = q.param(like_pattern(&text.to_lowercase()));
                let named = |table: &str, col: &str| {
                    format!(
                        "{col} IN (SELECT id FROM {table} WHERE fold(name) LIKE {like} ESCAPE '\\')"
                    )
                };
                any.push(named("people", s.named_person));
                if let Some(col) = s.named_part {
                    any.push(named("parts", col));
                }
                sql += &format!(" AND ({})", any.join(" OR "));
            }
            let lim = q.param(limit);
            sql += &format!(" ORDER BY {} DESC, {} DESC LIMIT {lim}", s.at, s.id);
            parts.push(format!("SELECT * FROM ({sql})"));
        }
        if parts.is_empty() {
            return Ok(Vec::new());
        }
        let lim = q.param(limit);
        q.sql = format!(
            "{} ORDER BY at_ms DESC, id DESC LIMIT {lim}",
            parts.join(" UNION ALL ")
        );
        let mut stmt = self.conn.prepare_cached(&q.sql)?;
        let rows = stmt.query_map(params_from_iter(q.params.iter()), |row| {
            let code: String = row.get(0)?;
            let kind = EntryKind::from_code(&code).unwrap_or(EntryKind::CheckIn);
            entry(kind, row)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes a record, softly: it disappears at once and can be brought back with
    /// [`Store::undo_delete`] until it is purged.
    #[instrument(skip_all, err)]
    pub fn delete(&mut self, kind: EntryKind, id: Uuid, now: &Moment) -> Result<()> {
        self.set_deleted(kind, id, Some(now.timestamp_millis()))
    }

    /// Brings back a record deleted with [`Store::delete`].
    #[instrument(skip_all, err)]
    pub fn undo_delete(&mut self, kind: EntryKind, id: Uuid) -> Result<()> {
        self.set_deleted(kind, id, None)
    }

    fn set_deleted(&mut self, kind: EntryKind, id: Uuid, at: Option<i64>) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                &format!(
                    "UPDATE {} SET deleted_at_ms = ?2 WHERE id = ?1 AND (deleted_at_ms IS NULL) = (?2 IS NOT NULL)",
                    table(kind)
                ),
                rusqlite::params![id.hyphenated().to_string(), at],
            )?;
            if n == 0 {
                return Err(StoreError::NotFound(match kind {
                    EntryKind::CheckIn => "check-in",
                    EntryKind::Pause => "pause",
                    EntryKind::Rupture => "rupture",
                    EntryKind::Repair => "repair",
                }));
            }
            if kind == EntryKind::Repair {
                // The rupture's status follows the repairs that are left.
                let rupture: RuptureId = tx.query_row(
                    "SELECT rupture_id FROM repairs WHERE id = ?1",
                    [id.hyphenated().to_string()],
                    |r| r.get(0),
                )?;
                ruptures::resync_with_repairs(tx, rupture)?;
            }
            Ok(())
        })
    }
}
