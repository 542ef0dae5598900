//! Check-ins: a part, and optionally how strong, how old, its fears, the body, Self, who I
//! am with, a note and a rupture it belongs to.

use rusqlite::Row;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::record::{
    Imported, Names, Reason, Record, RecordError, Refer, Stamp, kept_code, level, note, opt_known,
    short_list, stamps, updated,
};
use super::row::{
    self, Fields, OnConflict, Stamps, Table, code_list_value, list_value, moment, opt_code_value,
    val,
};
use super::{Result, Store, StoreError};
use crate::domain::checkin::NOTE_WHAT;
use crate::domain::kept::Kept;
use crate::domain::{
    AgeBand, CheckIn, CheckInId, Level, Moment, PartId, PersonId, RuptureId, SelfQuality,
};

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

/// A check-in as an export file writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckInRec {
    pub id: Uuid,
    pub at: Stamp,
    pub part_id: Uuid,
    #[serde(default)]
    pub intensity: Option<u8>,
    #[serde(default)]
    pub age_band: Option<String>,
    #[serde(default)]
    pub fears: Vec<String>,
    #[serde(default)]
    pub body: Vec<String>,
    #[serde(default)]
    pub self_level: Option<u8>,
    #[serde(default)]
    pub self_qualities: Vec<String>,
    #[serde(default)]
    pub person_id: Option<Uuid>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub rupture_id: Option<Uuid>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

impl Record for CheckIn {
    const KIND: Kind = Kind::CheckIn;
    type Rec = CheckInRec;
    const CSV: &'static [&'static str] = &[
        "id",
        "at",
        "part_id",
        "part",
        "intensity",
        "age_band",
        "fears",
        "body",
        "self_level",
        "self_qualities",
        "person_id",
        "person",
        "note",
        "rupture_id",
        "created_at",
        "updated_at",
    ];

    fn key(&self) -> Uuid {
        self.id.0
    }

    fn to_rec(&self, s: &Stamps) -> CheckInRec {
        CheckInRec {
            id: self.id.0,
            at: self.at,
            part_id: self.part_id.0,
            intensity: self.intensity.map(Level::get),
            age_band: kept_code(&self.age),
            fears: self.fears.clone(),
            body: self.body.clone(),
            self_level: self.self_level.map(Level::get),
            self_qualities: self
                .self_qualities
                .iter()
                .map(|q| q.code().into_owned())
                .collect(),
            person_id: self.person_id.map(|p| p.0),
            note: self.note.as_str().to_owned(),
            rupture_id: self.rupture_id.map(|r| r.0),
            created_at: s.created,
            updated_at: updated(s),
        }
    }

    fn from_rec(c: &CheckInRec) -> std::result::Result<Imported<Self>, Reason> {
        let qualities = c
            .self_qualities
            .iter()
            .map(|q| {
                SelfQuality::from_label(q)
                    .map(Kept::Known)
                    .ok_or_else(|| format!("\"{q}\" is not one of the eight qualities of Self"))
            })
            .collect::<std::result::Result<_, _>>()?;
        Ok(Imported {
            record: CheckIn {
                id: CheckInId(c.id),
                at: c.at,
                part_id: PartId(c.part_id),
                intensity: level(c.intensity, "intensity")?,
                age: opt_known::<AgeBand>(&c.age_band, "its age band")?.map(Kept::Known),
                fears: short_list(&c.fears, "fears")?,
                body: short_list(&c.body, "places in the body")?,
                self_level: level(c.self_level, "Self level")?,
                self_qualities: qualities,
                person_id: c.person_id.map(PersonId),
                note: note(&c.note, NOTE_WHAT)?,
                rupture_id: c.rupture_id.map(RuptureId),
            },
            stamps: stamps(&c.created_at, &c.updated_at),
        })
    }

    fn refer(&mut self, known: &dyn Refer) -> std::result::Result<(), RecordError> {
        self.part_id = PartId(known.refer(Kind::Part, self.part_id.0)?);
        self.person_id = known
            .refer_opt(Kind::Person, self.person_id.map(|p| p.0))?
            .map(PersonId);
        self.rupture_id = known
            .refer_opt(Kind::Rupture, self.rupture_id.map(|r| r.0))?
            .map(RuptureId);
        Ok(())
    }

    fn csv_extra(c: &CheckInRec, names: &Names) -> Vec<(&'static str, String)> {
        vec![
            ("part", names.part(Some(c.part_id))),
            ("person", names.person(c.person_id)),
        ]
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
