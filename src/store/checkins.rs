//! Check-ins: a part, and optionally how strong, how old, its fears, the body, Self, who I
//! am with, a note and a rupture it belongs to.

use rusqlite::Row;
use rusqlite::types::Value;
use tracing::instrument;

use super::row::{
    self, Fields, OnConflict, Stamps, Table, code_list_value, list_value, moment, opt_code_value,
    val,
};
use super::{Result, Store, StoreError};
use crate::domain::checkin::NOTE_WHAT;
use crate::domain::{CheckIn, CheckInId, Level, Moment};

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

impl Table for CheckIn {
    const TABLE: &'static str = "checkins";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "at_ms",
        "at_offset_s",
        "part_id",
        "intensity",
        "age_band",
        "fears",
        "body",
        "self_level",
        "self_qualities",
        "person_id",
        "note",
        "rupture_id",
    ];

    fn to_row(&self) -> Vec<Value> {
        let [at_ms, at_offset] = moment(&self.at);
        vec![
            val(self.id),
            at_ms,
            at_offset,
            val(self.part_id),
            val(self.intensity.map(Level::get)),
            opt_code_value(&self.age),
            list_value(&self.fears),
            list_value(&self.body),
            val(self.self_level.map(Level::get)),
            code_list_value(&self.self_qualities),
            val(self.person_id),
            val(self.note.as_str()),
            val(self.rupture_id),
        ]
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        Ok(CheckIn {
            id: f.get("id")?,
            at: f.moment("at_ms", "at_offset_s")?,
            part_id: f.get("part_id")?,
            intensity: f.get("intensity")?,
            age: f.opt_code("age_band")?,
            fears: f.list("fears")?,
            body: f.list("body")?,
            self_level: f.get("self_level")?,
            self_qualities: f.code_list("self_qualities")?,
            person_id: f.get("person_id")?,
            note: f.note("note", NOTE_WHAT)?,
            rupture_id: f.get("rupture_id")?,
        })
    }
}

impl Store {
    /// Saves a new check-in or the edits to one.
    #[instrument(skip_all, err)]
    pub fn save_checkin(&mut self, c: &CheckIn, now: &Moment) -> Result<()> {
        self.write(|tx| Ok(row::upsert(tx, c, &Stamps::now(now), OnConflict::Edit)?))
    }

    /// One check-in, unless deleted.
    #[instrument(skip_all, err)]
    pub fn checkin(&self, id: CheckInId) -> Result<CheckIn> {
        row::get(&self.conn, id, "AND t.deleted_at_ms IS NULL")?
            .ok_or(StoreError::NotFound("check-in"))
    }
}
