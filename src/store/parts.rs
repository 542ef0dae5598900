//! What the user knows of each part (role, age, fears, needs, triggers, notes), merging two
//! parts into one, and how often each part has been around, computed by SQL aggregates.
//! The table itself, and adding, renaming and archiving, live in `named.rs`.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use tracing::instrument;

use super::declare::{Utc, record};
use super::named::active_with_name;
use super::record::{Names, Reason};
use super::row::{self, OnConflict, Stamps, opt_code_value};
use super::timeline::MAX_PAGE;
use super::{Result, Store, StoreError};
use crate::domain::kept::Kept;
use crate::domain::part::{
    FEARS_WHAT, NEEDS_WHAT, NOTES_WHAT, PartDetails, PartError, PartRole, TRIGGERS_WHAT, fold_text,
    median_of_counts,
};
use crate::domain::text::excerpt;
use crate::domain::time::from_parts;
use crate::domain::{AgeBand, CheckInId, Level, Moment, Name, Note, Part, PartId};

/// One part as the detail screen shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartRecord {
    pub id: PartId,
    pub details: PartDetails,
    /// Taken off the check-in chips (archived, or merged into another part).
    pub archived: bool,
    /// The part this one was merged into, if it was.
    pub merged_into: Option<Part>,
}

/// How often a part has been around, from its check-ins (deleted ones not counted).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartStats {
    pub checkins: u32,
    pub first_seen: Option<Moment>,
    pub last_seen: Option<Moment>,
    /// The people it came up with most, as `(name, check-ins)`: at most three, the most
    /// frequent first (the most recent first among equals).
    pub with_whom: Vec<(String, u32)>,
    /// The median intensity (0–10) of the check-ins that noted one.
    pub typical_intensity: Option<f64>,
    /// The average Self level (0–10) of the check-ins that noted one.
    pub average_self: Option<f64>,
}

/// One active part on the list: its name, role, and how often and when it was last seen.
#[derive(Debug, Clone, PartialEq)]
pub struct PartSummary {
    pub part: Part,
    pub role: Option<PartRole>,
    pub checkins: u32,
    pub last_seen: Option<Moment>,
}

/// An archived part, and the part it was merged into, if it was.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivedPart {
    pub part: Part,
    pub merged_into: Option<Part>,
}

/// One check-in of a part, as listed on the part's screen.
#[derive(Debug, Clone, PartialEq)]
pub struct PartCheckIn {
    pub id: CheckInId,
    pub at: Moment,
    pub intensity: Option<Level>,
    pub self_level: Option<Level>,
    /// Who the user was with.
    pub person: Option<String>,
    /// The start of the note, on one line.
    pub note: String,
}

/// How much of a check-in's note the part's screen shows.
const NOTE_EXCERPT_CHARS: usize = 100;

/// A part as its row and an export file hold it: what is known of it, when it was taken off
/// the chips, and where it was merged. Declared once below.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PartRow {
    pub id: PartId,
    pub name: Name,
    pub role: Option<Kept<PartRole>>,
    pub age_band: Option<Kept<AgeBand>>,
    pub fears: Note,
    pub needs: Note,
    pub triggers: Note,
    pub notes: Note,
    pub archived_at: Option<Moment>,
    pub merged_into: Option<PartId>,
}

record! {
    /// A part of the user, as an export file writes it.
    PartRow => PartRec, table "parts", kind Part, created_offset true {
        id: PartId = ["id"] => id,
        name: Name = ["name"] => name,
        #[serde(default)]
        role: Option<Kept<PartRole>> = ["role"] => role what "its role",
        #[serde(default)]
        age_band: Option<Kept<AgeBand>> = ["age_band"] => age_band what "its age band",
        /// What it fears. Since version 2, like the two fields after it.
        #[serde(default)]
        fears: Note = ["fears"] => fears what FEARS_WHAT,
        /// What it needs.
        #[serde(default)]
        needs: Note = ["needs"] => needs what NEEDS_WHAT,
        /// What sets it off.
        #[serde(default)]
        triggers: Note = ["triggers"] => triggers what TRIGGERS_WHAT,
        #[serde(default)]
        notes: Note = ["notes"] => notes what NOTES_WHAT;
        after stamps:
        #[serde(default)]
        archived_at: Option<Moment> as Utc = ["archived_at_ms"] => archived_at,
        /// The part this one was merged into.
        #[serde(default)]
        merged_into: Option<PartId> = ["merged_into"] => merged_into csv "merged_into_name",
    }

    /// The part as the file has it, its link to a merged-into part left for later (the
    /// importer points it once every part is in).
    fn check(self) -> Result<Self, Reason> {
        Ok(PartRow {
            merged_into: None,
            ..self
        })
    }

    fn csv_extra(p: &PartRec, names: &Names) -> Vec<(&'static str, String)> {
        vec![("merged_into_name", names.part(p.merged_into))]
    }
}

impl PartRow {
    /// What the user knows of the part.
    pub fn details(&self) -> PartDetails {
        PartDetails {
            name: self.name.clone(),
            role: self.role.clone(),
            age_band: self.age_band.clone(),
            fears: self.fears.clone(),
            needs: self.needs.clone(),
            triggers: self.triggers.clone(),
            notes: self.notes.clone(),
        }
    }

    /// Puts what the user knows of the part in place of what was there.
    pub fn set_details(&mut self, details: PartDetails) {
        let PartDetails {
            name,
            role,
            age_band,
            fears,
            needs,
            triggers,
            notes,
        } = details;
        self.name = name;
        self.role = role;
        self.age_band = age_band;
        self.fears = fears;
        self.needs = needs;
        self.triggers = triggers;
        self.notes = notes;
    }
}

/// One part's row, archived or not.
pub(crate) fn part_row(conn: &Connection, id: PartId) -> Result<PartRow> {
    row::get(conn, id, "")?.ok_or(StoreError::NotFound("part"))
}

/// Points a part at the part it was merged into, or at none.
pub(crate) fn set_merged_into(tx: &Connection, id: PartId, into: Option<PartId>) -> Result<()> {
    tx.execute(
        "UPDATE parts SET merged_into = ?2 WHERE id = ?1",
        params![id, into],
    )?;
    Ok(())
}

/// Reads one part, archived or not, with the name of the part it was merged into.
fn read_part(conn: &Connection, id: PartId) -> Result<PartRecord> {
    let row = part_row(conn, id)?;
    let merged_into = match row.merged_into {
        Some(into) => conn
            .query_row("SELECT name FROM parts WHERE id = ?1", [into], |r| r.get(0))
            .optional()?
            .map(|name| Part { id: into, name }),
        None => None,
    };
    Ok(PartRecord {
        id,
        details: row.details(),
        archived: row.archived_at.is_some(),
        merged_into,
    })
}

/// Another active part with this name (ignoring case in any script), if there is one.
fn name_taken_by_other(tx: &Transaction<'_>, id: PartId, name: &Name) -> Result<bool> {
    Ok(active_with_name::<PartId>(tx, "parts", name.as_str(), Some(id))?.is_some())
}

impl Store {
    /// One part with all that is known of it, archived or not.
    #[instrument(skip_all, err)]
    pub fn part(&self, id: PartId) -> Result<PartRecord> {
        read_part(&self.conn, id)
    }

    /// Saves what the user knows of a part, its name included. An active part cannot take
    /// the name of another active part.
    #[instrument(skip_all, err)]
    pub fn save_part(&mut self, id: PartId, details: &PartDetails, now: &Moment) -> Result<()> {
        self.write(|tx| {
            let mut row = part_row(tx, id)?;
            if row.archived_at.is_none() && name_taken_by_other(tx, id, &details.name)? {
                return Err(StoreError::NameTaken(details.name.as_str().to_owned()));
            }
            row.set_details(details.clone());
            Ok(row::upsert(tx, &row, &Stamps::now(now), OnConflict::Edit)?)
        })
    }

    /// Merges `from` into `into`, all or nothing: every check-in of `from` (deleted ones too)
    /// moves to `into`; `from`'s fears, needs, triggers and notes are added to `into`'s
    /// (text already there is not repeated), and its role and age fill in those `into`
    /// lacks; `from` is archived and remembers where it went. Returns how many check-ins
    /// moved, deleted ones included.
    #[instrument(skip_all, err)]
    pub fn merge_parts(&mut self, from: PartId, into: PartId, now: &Moment) -> Result<usize> {
        if from == into {
            return Err(PartError::IntoItself.into());
        }
        self.write(|tx| {
            let source = read_part(tx, from)?;
            let target = read_part(tx, into)?;
            let (s, t) = (&source.details, &target.details);
            if target.archived {
                return Err(PartError::IntoArchived {
                    name: t.name.as_str().to_owned(),
                }
                .into());
            }
            // `what` names the texts of both parts in the message.
            let fold = |what: &'static str, kept: &Note, merged: &Note| {
                fold_text(kept.as_str(), merged.as_str()).ok_or_else(|| PartError::FoldTooLong {
                    what,
                    from: s.name.as_str().to_owned(),
                    into: t.name.as_str().to_owned(),
                })
            };
            let fears = fold("the fears", &t.fears, &s.fears)?;
            let needs = fold("the needs", &t.needs, &s.needs)?;
            let triggers = fold("what sets them off", &t.triggers, &s.triggers)?;
            let notes = fold("the notes", &t.notes, &s.notes)?;
            let now_ms = now.timestamp_millis();
            let moved = tx.execute(
                "UPDATE checkins SET part_id = ?2, updated_at_ms = ?3 WHERE part_id = ?1",
                params![from, into, now_ms],
            )?;
            tx.execute(
                "UPDATE parts SET fears = ?2, needs = ?3, triggers = ?4, notes = ?5,
                     role = coalesce(role, ?6), age_band = coalesce(age_band, ?7),
                     updated_at_ms = ?8
                 WHERE id = ?1",
                params![
                    into,
                    fears,
                    needs,
                    triggers,
                    notes,
                    opt_code_value(&s.role),
                    opt_code_value(&s.age_band),
                    now_ms,
                ],
            )?;
            tx.execute(
                "UPDATE parts SET merged_into = ?2, archived_at_ms = coalesce(archived_at_ms, ?3),
                     updated_at_ms = ?3
                 WHERE id = ?1",
                params![from, into, now_ms],
            )?;
            Ok(moved)
        })
    }

    /// How often a part has been around, with whom, how strongly, and how much Self was
    /// there, all from aggregates over its check-ins (deleted ones not counted). The typical
    /// intensity is the median, from one count per level.
    #[instrument(skip_all, err)]
    pub fn part_stats(&self, id: PartId) -> Result<PartStats> {
        // One read transaction, so every figure comes from the same moment of the data.
        let tx = self.conn.unchecked_transaction()?;
        let (checkins, average_self): (i64, Option<f64>) = tx.query_row(
            "SELECT count(*), avg(self_level) FROM checkins
             WHERE part_id = ?1 AND deleted_at_ms IS NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let seen = |order: &str| -> Result<Option<Moment>> {
            Ok(tx
                .query_row(
                    &format!(
                        "SELECT at_ms, at_offset_s FROM checkins
                         WHERE part_id = ?1 AND deleted_at_ms IS NULL
                         ORDER BY at_ms {order} LIMIT 1"
                    ),
                    [id],
                    |r| Ok(from_parts(r.get(0)?, r.get(1)?)),
                )
                .optional()?)
        };
        let first_seen = seen("ASC")?;
        let last_seen = seen("DESC")?;
        let levels: Vec<(u8, u32)> = tx
            .prepare_cached(
                "SELECT intensity, count(*) FROM checkins
                 WHERE part_id = ?1 AND deleted_at_ms IS NULL AND intensity IS NOT NULL
                 GROUP BY intensity",
            )?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let with_whom: Vec<(String, u32)> = tx
            .prepare_cached(
                "SELECT pe.name, count(*) AS n, max(c.at_ms) AS latest
                 FROM checkins c JOIN people pe ON pe.id = c.person_id
                 WHERE c.part_id = ?1 AND c.deleted_at_ms IS NULL
                 GROUP BY c.person_id ORDER BY n DESC, latest DESC LIMIT 3",
            )?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(PartStats {
            checkins: u32::try_from(checkins).unwrap_or(u32::MAX),
            first_seen,
            last_seen,
            with_whom,
            typical_intensity: median_of_counts(&levels),
            average_self,
        })
    }

    /// Every active part with its role, how many check-ins it has and when it was last seen,
    /// in one query; the most recently seen first, never-seen ones after in the order they
    /// were added (the order of the check-in chips).
    #[instrument(skip_all, err)]
    pub fn part_summaries(&self) -> Result<Vec<PartSummary>> {
        // Each figure is read from the index of a part's check-ins (`checkins_part`), which
        // holds the part and the time: the count never touches the table, and the last
        // check-in is one step into the index.
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, p.role,
                 (SELECT count(*) FROM checkins c
                  WHERE c.part_id = p.id AND c.deleted_at_ms IS NULL),
                 l.at_ms, l.at_offset_s
             FROM parts p
             LEFT JOIN checkins l ON l.id = (
                 SELECT c.id FROM checkins c WHERE c.part_id = p.id AND c.deleted_at_ms IS NULL
                 ORDER BY c.at_ms DESC LIMIT 1)
             WHERE p.archived_at_ms IS NULL
             ORDER BY l.at_ms DESC NULLS LAST, p.created_at_ms, p.rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            let role: Option<String> = r.get(2)?;
            let last: Option<i64> = r.get(4)?;
            let offset: Option<i32> = r.get(5)?;
            Ok(PartSummary {
                part: Part {
                    id: r.get(0)?,
                    name: r.get(1)?,
                },
                role: role.as_deref().and_then(PartRole::from_code),
                checkins: r.get(3)?,
                last_seen: last.map(|ms| from_parts(ms, offset.unwrap_or(0))),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The archived parts, most recently archived first, each with the part it was merged
    /// into, if it was.
    #[instrument(skip_all, err)]
    pub fn archived_parts(&self) -> Result<Vec<ArchivedPart>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, m.id, m.name FROM parts p
             LEFT JOIN parts m ON m.id = p.merged_into
             WHERE p.archived_at_ms IS NOT NULL
             ORDER BY p.archived_at_ms DESC, p.rowid DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let merged_id: Option<PartId> = r.get(2)?;
            let merged_name: Option<String> = r.get(3)?;
            Ok(ArchivedPart {
                part: Part {
                    id: r.get(0)?,
                    name: r.get(1)?,
                },
                merged_into: merged_id
                    .zip(merged_name)
                    .map(|(id, name)| Part { id, name }),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The newest check-ins of a part, at most `limit` (capped at [`MAX_PAGE`]), newest
    /// first; deleted ones are left out.
    #[instrument(skip_all, err)]
    pub fn part_checkins(&self, id: PartId, limit: usize) -> Result<Vec<PartCheckIn>> {
        let limit = limit.clamp(1, MAX_PAGE) as i64;
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.at_ms, c.at_offset_s, c.intensity, c.self_level, pe.name, c.note
             FROM checkins c LEFT JOIN people pe ON pe.id = c.person_id
             WHERE c.part_id = ?1 AND c.deleted_at_ms IS NULL
             ORDER BY c.at_ms DESC, c.id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![id, limit], |r| {
            let level = |i: usize| -> rusqlite::Result<Option<Level>> {
                Ok(r.get::<_, Option<u8>>(i)?.and_then(Level::new))
            };
            Ok(PartCheckIn {
                id: r.get(0)?,
                at: from_parts(r.get(1)?, r.get(2)?),
                intensity: level(3)?,
                self_level: level(4)?,
                person: r.get(5)?,
                note: excerpt(&r.get::<_, String>(6)?, NOTE_EXCERPT_CHARS),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
