//! Check-ins: a part, and optionally how strong, how old, its fears, the body, Self, who I
//! am with, a note and a rupture it belongs to.

use rusqlite::{OptionalExtension, Row, params};
use tracing::instrument;

use super::{Result, Store, StoreError, json_list, to_json_list};
use crate::domain::time::{from_parts, offset_s};
use crate::domain::{AgeBand, CheckIn, CheckInId, Level, Moment, Note, SelfQuality};

pub(super) const V1: &str = "
CREATE TABLE checkins (
    id TEXT PRIMARY KEY NOT NULL,
    at_ms INTEGER NOT NULL,
    at_offset_s INTEGER NOT NULL,
    part_id TEXT NOT NULL REFERENCES parts (id),
    intensity INTEGER CHECK (intensity BETWEEN 0 AND 10),
    age_band TEXT,
    fears TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL DEFAULT '[]',
    self_level INTEGER CHECK (self_level BETWEEN 0 AND 10),
    self_qualities TEXT NOT NULL DEFAULT '[]',
    person_id TEXT REFERENCES people (id),
    note TEXT NOT NULL DEFAULT '',
    rupture_id TEXT REFERENCES ruptures (id) ON DELETE SET NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
CREATE INDEX checkins_timeline ON checkins (at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;
CREATE INDEX checkins_part ON checkins (part_id, at_ms DESC) WHERE deleted_at_ms IS NULL;
CREATE INDEX checkins_person ON checkins (person_id, at_ms DESC) WHERE deleted_at_ms IS NULL;
CREATE INDEX checkins_rupture ON checkins (rupture_id);
";

fn from_row(r: &Row<'_>) -> rusqlite::Result<CheckIn> {
    let level = |i: usize| -> rusqlite::Result<Option<Level>> {
        Ok(r.get::<_, Option<u8>>(i)?.and_then(Level::new))
    };
    let age: Option<String> = r.get(5)?;
    Ok(CheckIn {
        id: r.get(0)?,
        at: from_parts(r.get(1)?, r.get(2)?),
        part_id: r.get(3)?,
        intensity: level(4)?,
        age: age.as_deref().and_then(AgeBand::from_code),
        fears: json_list(&r.get::<_, String>(6)?),
        body: json_list(&r.get::<_, String>(7)?),
        self_level: level(8)?,
        self_qualities: json_list(&r.get::<_, String>(9)?)
            .iter()
            .filter_map(|q| SelfQuality::from_label(q))
            .collect(),
        person_id: r.get(10)?,
        note: Note::parse(&r.get::<_, String>(11)?, "the note").unwrap_or_default(),
        rupture_id: r.get(12)?,
    })
}

impl Store {
    /// Saves a new check-in or the edits to one.
    #[instrument(skip_all, err)]
    pub fn save_checkin(&mut self, c: &CheckIn, now: &Moment) -> Result<()> {
        let qualities: Vec<String> = c
            .self_qualities
            .iter()
            .map(|q| q.label().to_owned())
            .collect();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO checkins (id, at_ms, at_offset_s, part_id, intensity, age_band, fears,
                     body, self_level, self_qualities, person_id, note, rupture_id,
                     created_at_ms, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)
                 ON CONFLICT (id) DO UPDATE SET
                     at_ms = excluded.at_ms, at_offset_s = excluded.at_offset_s,
                     part_id = excluded.part_id, intensity = excluded.intensity,
                     age_band = excluded.age_band, fears = excluded.fears, body = excluded.body,
                     self_level = excluded.self_level, self_qualities = excluded.self_qualities,
                     person_id = excluded.person_id, note = excluded.note,
                     rupture_id = excluded.rupture_id, updated_at_ms = excluded.updated_at_ms",
                params![
                    c.id,
                    c.at.timestamp_millis(),
                    offset_s(&c.at),
                    c.part_id,
                    c.intensity.map(Level::get),
                    c.age.map(AgeBand::code),
                    to_json_list(&c.fears),
                    to_json_list(&c.body),
                    c.self_level.map(Level::get),
                    to_json_list(&qualities),
                    c.person_id,
                    c.note.as_str(),
                    c.rupture_id,
                    now.timestamp_millis(),
                ],
            )?;
            Ok(())
        })
    }

    /// One check-in, unless deleted.
    #[instrument(skip_all, err)]
    pub fn checkin(&self, id: CheckInId) -> Result<CheckIn> {
        self.conn
            .query_row(
                "SELECT id, at_ms, at_offset_s, part_id, intensity, age_band, fears, body,
                     self_level, self_qualities, person_id, note, rupture_id
                 FROM checkins WHERE id = ?1 AND deleted_at_ms IS NULL",
                [id],
                from_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound("check-in"))
    }
}
