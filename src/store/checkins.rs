//! Check-ins: a part, and optionally how strong, how old, its fears, the body, Self, who I
//! am with, a note and a rupture it belongs to.

use tracing::instrument;

use super::declare::record;
use super::record::Names;
use super::row::{self, OnConflict, Stamps};
use super::{Result, Store, StoreError};
use crate::domain::checkin::NOTE_WHAT;
use crate::domain::kept::Kept;
use crate::domain::{
    AgeBand, CheckIn, CheckInId, Level, Moment, Note, PartId, PersonId, Place, RuptureId,
    SelfQuality,
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

/// Where a check-in happened: a code, or nothing.
pub(super) const V2: &str = "ALTER TABLE checkins ADD COLUMN place TEXT;";

record! {
    /// A check-in as an export file writes it.
    CheckIn => CheckInRec, table "checkins", kind CheckIn {
        id: CheckInId = ["id"] => id,
        at: Moment = ["at_ms", "at_offset_s"] => at,
        part_id: PartId = ["part_id"] => part_id refers Part csv "part",
        #[serde(default)]
        intensity: Option<Level> = ["intensity"] => intensity,
        #[serde(default)]
        age: Option<Kept<AgeBand>> = ["age_band"] => age_band what "its age band",
        #[serde(default)]
        fears: Vec<String> = ["fears"] => fears,
        #[serde(default)]
        body: Vec<String> = ["body"] => body what "places in the body",
        #[serde(default)]
        self_level: Option<Level> = ["self_level"] => self_level what "Self level",
        #[serde(default)]
        self_qualities: Vec<Kept<SelfQuality>> = ["self_qualities"] => self_qualities
            what "the eight qualities of Self",
        #[serde(default)]
        person_id: Option<PersonId> = ["person_id"] => person_id refers Person csv "person",
        #[serde(default)]
        note: Note = ["note"] => note what NOTE_WHAT,
        #[serde(default)]
        rupture_id: Option<RuptureId> = ["rupture_id"] => rupture_id refers Rupture,
        #[serde(default)]
        place: Option<Kept<Place>> = ["place"] => place what "where it happened",
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
