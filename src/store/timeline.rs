//! The timeline: one list of check-ins, pauses, ruptures and repairs, newest first, read a
//! page at a time with keyset paging (never OFFSET, never the whole table). Deleting is soft
//! until the undo window has passed.

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::search::{self, fts_query};
use super::{Result, Store, StoreError, row, ruptures};
use crate::domain::time::from_parts;
use crate::domain::timeline::Shown;
use crate::domain::{Cursor, EntryId, EntryKind, Moment, RuptureId, TimelineEntry, TimelineFilter};

/// From this many matches on, words count as common (see [`Store::words_are_common`]).
const COMMON_WORDS: i64 = 1000;

/// The most entries one page can hold.
pub const MAX_PAGE: usize = 200;

/// The table a kind of entry lives in.
fn table(kind: EntryKind) -> &'static str {
    Kind::from(kind).table()
}

/// A word for one record of a kind, in messages.
fn what(kind: EntryKind) -> &'static str {
    Kind::from(kind).word()
}

/// Collects SQL and its parameters, numbered in order.
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

/// The parts of one kind's sub-query: its select list and joins, its time and id columns,
/// and SQL conditions for each filter. In a condition, `{p}` stands for the filter's value,
/// `{m}` for the full-text query and `{names}` for the ids of people (or parts) whose name
/// matches. Conditions reach through the rupture by its id, so an index can lead.
struct Source {
    select: &'static str,
    at: &'static str,
    id: &'static str,
    person: &'static str,
    part: Option<&'static str>,
    status: Option<&'static str>,
    /// Where the words typed may be found, one condition each.
    words: &'static [&'static str],
    /// The person whose name may match the words typed.
    named_person: &'static str,
    /// The part whose name may match, for check-ins.
    named_part: Option<&'static str>,
}

/// The ids of ruptures whose text matches `{m}`.
macro_rules! ruptures_matching {
    () => {
        "(SELECT id FROM ruptures WHERE rowid IN (SELECT rowid FROM ruptures_fts WHERE ruptures_fts MATCH {m}))"
    };
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
            person: "c.person_id = {p}",
            part: Some("c.part_id = {p}"),
            status: None,
            words: &["c.rowid IN (SELECT rowid FROM checkins_fts WHERE checkins_fts MATCH {m})"],
            named_person: "c.person_id IN {names}",
            named_part: Some("c.part_id IN {names}"),
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
            person: "x.rupture_id IN (SELECT id FROM ruptures WHERE person_id = {p} AND deleted_at_ms IS NULL)",
            part: None,
            status: None,
            words: &[concat!("x.rupture_id IN ", ruptures_matching!())],
            named_person: "x.rupture_id IN (SELECT id FROM ruptures WHERE person_id IN {names} AND deleted_at_ms IS NULL)",
            named_part: None,
        },
        EntryKind::Rupture => Source {
            select: "SELECT 'rupture' AS kind, u.id AS id, u.at_ms AS at_ms, u.at_offset_s AS off,
                        u.what AS a, pe.name AS b, '' AS c, u.status AS d, u.severity AS e
                     FROM ruptures u LEFT JOIN people pe ON pe.id = u.person_id
                     WHERE u.deleted_at_ms IS NULL",
            at: "u.at_ms",
            id: "u.id",
            person: "u.person_id = {p}",
            part: None,
            status: Some("u.status = {p}"),
            words: &["u.rowid IN (SELECT rowid FROM ruptures_fts WHERE ruptures_fts MATCH {m})"],
            named_person: "u.person_id IN {names}",
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
            person: "r.rupture_id IN (SELECT id FROM ruptures WHERE person_id = {p} AND deleted_at_ms IS NULL)",
            part: None,
            status: Some(
                "r.rupture_id IN (SELECT id FROM ruptures WHERE status = {p} AND deleted_at_ms IS NULL)",
            ),
            words: &[
                "r.rowid IN (SELECT rowid FROM repairs_fts WHERE repairs_fts MATCH {m})",
                concat!("r.rupture_id IN ", ruptures_matching!()),
            ],
            named_person: "r.rupture_id IN (SELECT id FROM ruptures WHERE person_id IN {names} AND deleted_at_ms IS NULL)",
            named_part: None,
        },
        EntryKind::Reflection => Source {
            select: "SELECT 'reflection' AS kind, f.id AS id, f.at_ms AS at_ms, f.at_offset_s AS off,
                        f.prompt AS a, f.prompt_id AS b, f.answer AS c, NULL AS d, f.self_level AS e
                     FROM reflections f WHERE f.deleted_at_ms IS NULL",
            at: "f.at_ms",
            id: "f.id",
            person: "0",
            part: None,
            status: None,
            words: &["f.rowid IN (SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH {m})"],
            named_person: "0",
            named_part: None,
        },
        EntryKind::Practice => Source {
            select: "SELECT 'practice' AS kind, s.id AS id, s.at_ms AS at_ms, s.at_offset_s AS off,
                        coalesce(s.together_sentence, (SELECT situation FROM practice_cards k
                         WHERE k.session_id = s.id ORDER BY position LIMIT 1)) AS a,
                        (SELECT situation_id FROM practice_cards k
                         WHERE k.session_id = s.id ORDER BY position LIMIT 1) AS b,
                        s.together_feeling AS c, s.together_band AS d,
                        (SELECT count(*) FROM practice_cards k WHERE k.session_id = s.id) AS e
                     FROM practice_sessions s WHERE s.deleted_at_ms IS NULL",
            at: "s.at_ms",
            id: "s.id",
            person: "0",
            part: None,
            status: None,
            words: &[],
            named_person: "0",
            named_part: None,
        },
        EntryKind::Talk => Source {
            select: "SELECT 'talk' AS kind, k.id AS id, k.started_at_ms AS at_ms, k.started_offset_s AS off,
                        u.what AS a, pe.name AS b,
                        trim(k.intention_one || char(10) || k.intention_two) AS c,
                        CASE WHEN k.repaired THEN 'repaired' ELSE k.stage END AS d,
                        NULL AS e
                     FROM talks k
                     LEFT JOIN ruptures u ON u.id = k.rupture_id AND u.deleted_at_ms IS NULL
                     LEFT JOIN people pe ON pe.id = u.person_id
                     WHERE k.deleted_at_ms IS NULL",
            at: "k.started_at_ms",
            id: "k.id",
            person: "k.rupture_id IN (SELECT id FROM ruptures WHERE person_id = {p} AND deleted_at_ms IS NULL)",
            part: None,
            status: None,
            words: &[
                "k.rowid IN (SELECT rowid FROM talks_fts WHERE talks_fts MATCH {m})",
                concat!("k.rupture_id IN ", ruptures_matching!()),
            ],
            named_person: "k.rupture_id IN (SELECT id FROM ruptures WHERE person_id IN {names} AND deleted_at_ms IS NULL)",
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
    // A person's name; for a reflection, its prompt's id, and for a practice session, its
    // first card's situation's id.
    let b: Option<String> = row.get(5)?;
    let person = match kind {
        EntryKind::Reflection | EntryKind::Practice => None,
        _ => b.clone(),
    };
    let c: Option<String> = row.get(6)?;
    let d: Option<String> = row.get(7)?;
    let e: Option<i64> = row.get(8)?;
    let a = a.unwrap_or_default();
    let c = c.unwrap_or_default();
    let shown = match kind {
        EntryKind::CheckIn => Shown::CheckIn { part: a, note: c },
        EntryKind::Pause => Shown::Pause {
            about: a,
            length: chrono::TimeDelta::milliseconds(e.unwrap_or(0)),
            end: d,
        },
        EntryKind::Rupture => Shown::Rupture {
            what: a,
            size: e.unwrap_or(3),
            status: d,
        },
        EntryKind::Repair => Shown::Repair {
            what: a,
            intention: c,
            outcome: d,
        },
        EntryKind::Reflection => Shown::Reflection {
            prompt: a,
            prompt_id: b,
            answer: c,
            self_level: e,
        },
        EntryKind::Practice => match d {
            // A time together: who it was for, the feeling and the sentence.
            Some(band) => Shown::Together {
                band,
                feeling: c,
                sentence: a,
                swapped: e.unwrap_or(0) > 0,
            },
            None => Shown::Practice {
                first_card: a,
                first_card_id: b,
                cards: e.unwrap_or(0),
            },
        },
        EntryKind::Talk => Shown::Talk {
            about: a,
            intentions: c,
            stage: d,
        },
    };
    Ok(TimelineEntry {
        kind,
        id,
        at,
        person,
        shown,
    })
}

/// The SQL for one page of the timeline, with its parameters in order (`?1`, `?2`, …).
/// `None` when no kind of record can match. Public so benchmarks can run the very same SQL
/// elsewhere.
pub fn timeline_query(
    filter: &TimelineFilter,
    after: Option<Cursor>,
    limit: usize,
    words_are_common: bool,
) -> Option<(String, Vec<Value>)> {
    let limit = limit.clamp(1, MAX_PAGE) as i64;
    let text = filter.text.trim();
    let mut q = Query {
        sql: String::new(),
        params: Vec::new(),
    };
    // Parameters shared by every branch.
    let cursor = after.map(|c| (q.param(c.at_ms), q.param(c.id.hyphenated().to_string())));
    let person = filter.person.map(|p| q.param(p.0.hyphenated().to_string()));
    let part = filter.part.map(|p| q.param(p.0.hyphenated().to_string()));
    let status = filter.status.map(|s| q.param(s.code().to_owned()));
    let words = (!text.is_empty())
        .then(|| fts_query(text))
        .flatten()
        .map(|fts| q.param(fts));
    let like = (!text.is_empty()).then(|| q.param(like_pattern(&text.to_lowercase())));
    let names = |table: &str, like: &str| {
        format!("(SELECT id FROM {table} WHERE fold(name) LIKE {like} ESCAPE '\\')")
    };
    let lim = q.param(limit);

    let mut branches = Vec::new();
    for kind in EntryKind::ALL {
        if !filter.admits(kind) {
            continue;
        }
        let s = source(kind);
        let mut common = s.select.to_owned();
        if let Some((ms, id)) = &cursor {
            common += &format!(" AND ({}, {}) < ({ms}, {id})", s.at, s.id);
        }
        if let Some(p) = &person {
            common += &format!(" AND {}", s.person.replace("{p}", p));
        }
        if let (Some(p), Some(cond)) = (&part, s.part) {
            common += &format!(" AND {}", cond.replace("{p}", p));
        }
        if let (Some(p), Some(cond)) = (&status, s.status) {
            common += &format!(" AND {}", cond.replace("{p}", p));
        }
        // Each place the words may be found is a branch of its own, so that a rare word
        // leads through its index instead of a scan of everything; UNION drops a record
        // found twice.
        let mut alternatives: Vec<String> = Vec::new();
        if let Some(like) = &like {
            if let Some(m) = &words {
                // Common words: walk back in time and stop at a page of matches (the
                // unary `+` keeps the search index from leading). Rare words: let the
                // search index lead, and sort its few matches.
                let lead = if words_are_common { "+" } else { "" };
                alternatives.extend(
                    s.words
                        .iter()
                        .map(|w| format!("{lead}{}", w.replace("{m}", m))),
                );
            }
            alternatives.push(s.named_person.replace("{names}", &names("people", like)));
            if let Some(cond) = s.named_part {
                alternatives.push(cond.replace("{names}", &names("parts", like)));
            }
        } else {
            alternatives.push("1".to_owned());
        }
        for alternative in alternatives {
            branches.push(format!(
                "SELECT * FROM ({common} AND {alternative} ORDER BY {at} DESC, {id} DESC LIMIT {lim})",
                at = s.at,
                id = s.id
            ));
        }
    }
    if branches.is_empty() {
        return None;
    }
    let join = if like.is_some() {
        " UNION "
    } else {
        " UNION ALL "
    };
    q.sql = format!(
        "{} ORDER BY at_ms DESC, id DESC LIMIT {lim}",
        branches.join(join)
    );
    Some((q.sql, q.params))
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
        let common = match fts_query(filter.text.trim()) {
            Some(words) => self.words_are_common(&words)?,
            None => false,
        };
        self.timeline_planned(filter, after, limit, common)
    }

    /// [`Store::timeline`] with the way of searching for words chosen by the caller (both
    /// ways give the same entries; tests and benchmarks compare them).
    pub fn timeline_planned(
        &self,
        filter: &TimelineFilter,
        after: Option<Cursor>,
        limit: usize,
        words_are_common: bool,
    ) -> Result<Vec<TimelineEntry>> {
        let Some((sql, params)) = timeline_query(filter, after, limit, words_are_common) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params.iter()), |row| {
            let code: String = row.get(0)?;
            let kind = EntryKind::from_code(&code).unwrap_or(EntryKind::CheckIn);
            entry(kind, row)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether a full-text query matches so many records that walking back in time finds a
    /// page of them sooner than sorting them all. Counts no further than it needs to.
    pub fn words_are_common(&self, words: &str) -> Result<bool> {
        let mut found = 0;
        for table in search::FTS_TABLES {
            found += self.conn.query_row(
                &format!(
                    "SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ?1 LIMIT ?2)"
                ),
                rusqlite::params![words, COMMON_WORDS],
                |r| r.get::<_, i64>(0),
            )?;
            if found >= COMMON_WORDS {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Deletes a record, softly: it disappears at once and can be brought back with
    /// [`Store::undo_delete`] until it is purged.
    #[instrument(skip_all, err)]
    pub fn delete(&mut self, entry: impl Into<EntryId>, now: &Moment) -> Result<()> {
        self.set_deleted(entry.into(), Some(now.timestamp_millis()))
    }

    /// Brings back a record deleted with [`Store::delete`].
    #[instrument(skip_all, err)]
    pub fn undo_delete(&mut self, entry: impl Into<EntryId>) -> Result<()> {
        self.set_deleted(entry.into(), None)
    }

    fn set_deleted(&mut self, entry: EntryId, at: Option<i64>) -> Result<()> {
        let (kind, id) = (entry.kind(), entry.uuid());
        self.write(|tx| {
            if kind == EntryKind::Reflection && at.is_none() {
                // One reflection a day: another written since the delete keeps the day.
                let taken: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM reflections o JOIN reflections r ON r.day = o.day
                     WHERE r.id = ?1 AND o.id != r.id AND o.deleted_at_ms IS NULL)",
                    [id.hyphenated().to_string()],
                    |r| r.get(0),
                )?;
                if taken {
                    return Err(StoreError::DayTaken);
                }
            }
            if !row::set_deleted(tx, table(kind), id.hyphenated().to_string(), at)? {
                return Err(StoreError::NotFound(what(kind)));
            }
            if matches!(kind, EntryKind::Repair | EntryKind::Talk) {
                // The rupture's status follows the repairs (and the talks that mended it)
                // that are left.
                let rupture: Option<RuptureId> = tx
                    .query_row(
                        if kind == EntryKind::Repair {
                            "SELECT rupture_id FROM repairs WHERE id = ?1"
                        } else {
                            "SELECT rupture_id FROM talks WHERE id = ?1 AND repaired = 1"
                        },
                        [id.hyphenated().to_string()],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten();
                if let Some(rupture) = rupture {
                    ruptures::resync_with_repairs(tx, rupture)?;
                }
            }
            Ok(())
        })
    }
}
