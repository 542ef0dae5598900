//! Talks (two people, one phone) and the couple's shared words: the sentences they agree to
//! use when it gets hard. A talk is kept as it goes, one move at a time, so a pause or a
//! closed app loses nothing; its turns sit in one column as JSON, as they are only ever
//! read and written with the talk.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use super::declare::{Column, FirstName, InFile, Required, record};
use super::record::{Reason, name, note, unknown};

/// The words for a turn's step and speaker, in the reasons a talk is refused for.
const TURN_STEP_WHAT: &str = "a turn's step";
const TURN_SPEAKER_WHAT: &str = "a turn's speaker";
use super::row::{self, Fields, OnConflict, Stamps, Table};
use super::{Result, Store, StoreError, pauses, ruptures};
use crate::domain::kept::Kept;
use crate::domain::repair::RepairStep;
use crate::domain::talk::{
    INTENTION_WHAT, Move, NAME_WHAT, PARTS_A_TURN, SHARED_WHAT, SharedWords, Talk, TalkStage, Turn,
    Who,
};
use crate::domain::{Level, Moment, Note, Pause, RuptureId, RuptureStatus, SharedId, TalkId};

pub(super) const V1: &str = "
CREATE TABLE talks (
    id TEXT PRIMARY KEY NOT NULL,
    rupture_id TEXT REFERENCES ruptures (id) ON DELETE SET NULL,
    started_at_ms INTEGER NOT NULL,
    started_offset_s INTEGER NOT NULL,
    name_one TEXT NOT NULL DEFAULT '',
    name_two TEXT NOT NULL DEFAULT '',
    ready_one INTEGER CHECK (ready_one BETWEEN 0 AND 10),
    ready_two INTEGER CHECK (ready_two BETWEEN 0 AND 10),
    stage TEXT NOT NULL,
    turns TEXT NOT NULL DEFAULT '[]',
    pauses INTEGER NOT NULL DEFAULT 0 CHECK (pauses >= 0),
    intention_one TEXT NOT NULL DEFAULT '',
    intention_two TEXT NOT NULL DEFAULT '',
    repaired INTEGER NOT NULL DEFAULT 0 CHECK (repaired IN (0, 1)),
    finished_at_ms INTEGER,
    finished_offset_s INTEGER,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
CREATE INDEX talks_timeline ON talks (started_at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;
CREATE INDEX talks_rupture ON talks (rupture_id, started_at_ms DESC);

-- Search over a talk's own words: its names, the parts and words kept in its turns (read out of
-- their JSON, leaving the codes), and the intentions. The index keeps its own copy of that
-- text, so its triggers are not the ones an import sets aside (`*_fts_*`).
CREATE VIRTUAL TABLE talks_fts USING fts5(
    names, words, intentions,
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER talks_search_insert AFTER INSERT ON talks BEGIN
    INSERT INTO talks_fts (rowid, names, words, intentions) VALUES (
        new.rowid,
        new.name_one || ' ' || new.name_two,
        (SELECT group_concat(value, char(10)) FROM json_tree(new.turns)
         WHERE type = 'text' AND (key IN ('said', 'heard', 'added') OR path LIKE '$[%].parts')),
        new.intention_one || char(10) || new.intention_two
    );
END;
CREATE TRIGGER talks_search_delete AFTER DELETE ON talks BEGIN
    DELETE FROM talks_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER talks_search_update AFTER UPDATE OF name_one, name_two, turns, intention_one,
    intention_two ON talks BEGIN
    DELETE FROM talks_fts WHERE rowid = old.rowid;
    INSERT INTO talks_fts (rowid, names, words, intentions) VALUES (
        new.rowid,
        new.name_one || ' ' || new.name_two,
        (SELECT group_concat(value, char(10)) FROM json_tree(new.turns)
         WHERE type = 'text' AND (key IN ('said', 'heard', 'added') OR path LIKE '$[%].parts')),
        new.intention_one || char(10) || new.intention_two
    );
END;

CREATE TABLE shared_words (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    suggestion TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL,
    created_offset_s INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
";

/// The turns of a talk, as JSON in one column.
pub struct Turns;

record! {
    /// A talk as an export file writes it. Since version 5.
    Talk => TalkRec, table "talks", kind Talk {
        id: TalkId = ["id"] => id,
        #[serde(default)]
        rupture_id: Option<RuptureId> = ["rupture_id"] => rupture_id refers Rupture,
        started_at: Moment = ["started_at_ms", "started_offset_s"] => started_at,
        #[serde(default)]
        name_one: String as FirstName = ["name_one"] => name_one what NAME_WHAT,
        #[serde(default)]
        name_two: String as FirstName = ["name_two"] => name_two what NAME_WHAT,
        #[serde(default)]
        ready_one: Option<Level> = ["ready_one"] => ready_one what "how settled you felt",
        #[serde(default)]
        ready_two: Option<Level> = ["ready_two"] => ready_two what "how settled you felt",
        stage: Kept<TalkStage> = ["stage"] => stage what "its step",
        #[serde(default)]
        turns: Vec<Turn> as Turns = ["turns"] => turns what "its turns",
        #[serde(default)]
        pauses: u32 = ["pauses"] => pauses,
        #[serde(default)]
        intention_one: Note = ["intention_one"] => intention_one what INTENTION_WHAT,
        #[serde(default)]
        intention_two: Note = ["intention_two"] => intention_two what INTENTION_WHAT,
        #[serde(default)]
        repaired: bool = ["repaired"] => repaired,
        #[serde(default)]
        finished_at: Option<Moment> = ["finished_at_ms", "finished_offset_s"] => finished_at,
    }

    fn check(self) -> std::result::Result<Self, Reason> {
        // A rupture it repaired may since have gone for good (its link emptied with it), so
        // only the finish is needed.
        if self.repaired && self.finished_at.is_none() {
            return Err(Reason::new("import-why-talk-unfinished"));
        }
        Ok(self)
    }
}

record! {
    /// One of the couple's shared words, as an export file writes it. Since version 5.
    SharedWords => SharedRec, table "shared_words", kind Shared, created_offset true {
        id: SharedId = ["id"] => id,
        text: String as Required = ["text"] => text what SHARED_WHAT,
        /// The id of our suggestion it came from, or empty for the couple's own words. Only
        /// used to leave that suggestion out of the ideas offered.
        #[serde(default)]
        suggestion: String = ["suggestion"] => suggestion,
    }
}

/// One turn as a file (and the column) writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnRec {
    pub step: String,
    pub who: String,
    #[serde(default)]
    pub parts: Vec<String>,
    #[serde(default)]
    pub said: String,
    #[serde(default)]
    pub heard: String,
    #[serde(default)]
    pub got_it: Option<bool>,
    #[serde(default)]
    pub added: String,
}

fn turn_rec(t: &Turn) -> TurnRec {
    TurnRec {
        step: t.step.code().to_owned(),
        who: t.who.code().to_owned(),
        parts: t.parts.clone(),
        said: t.said.as_str().to_owned(),
        heard: t.heard.as_str().to_owned(),
        got_it: t.got_it,
        added: t.added.as_str().to_owned(),
    }
}

/// A turn from its codes, or why not.
fn turn_of(r: &TurnRec) -> std::result::Result<(RepairStep, Who), Reason> {
    let step = RepairStep::from_code(&r.step).ok_or_else(|| unknown(TURN_STEP_WHAT, &r.step))?;
    let who = Who::from_code(&r.who).ok_or_else(|| unknown(TURN_SPEAKER_WHAT, &r.who))?;
    Ok((step, who))
}

impl InFile<Vec<Turn>> for Turns {
    type Rec = Vec<TurnRec>;
}

impl Column<Vec<Turn>> for Turns {
    fn put(value: &Vec<Turn>, row: &mut Vec<Value>) {
        let recs: Vec<TurnRec> = value.iter().map(turn_rec).collect();
        row.push(Value::Text(
            serde_json::to_string(&recs).expect("turns are plain data"),
        ));
    }

    /// As kept: words that today's checks would refuse are kept as they are; a turn whose
    /// codes can't be read is an error naming the talk, never a guess.
    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Vec<Turn>> {
        let text: String = f.get(columns[0])?;
        let bad = |e: Box<dyn std::error::Error + Send + Sync>| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e)
        };
        let recs: Vec<TurnRec> = serde_json::from_str(&text).map_err(|e| bad(Box::new(e)))?;
        recs.iter()
            .map(|r| {
                let (step, who) = turn_of(r).map_err(|e| bad(e.into()))?;
                Ok(Turn {
                    step,
                    who,
                    parts: r.parts.clone(),
                    said: Note::kept(r.said.clone()),
                    heard: Note::kept(r.heard.clone()),
                    got_it: r.got_it,
                    added: Note::kept(r.added.clone()),
                })
            })
            .collect()
    }

    fn out(value: &Vec<Turn>) -> Vec<TurnRec> {
        value.iter().map(turn_rec).collect()
    }

    fn parse(rec: &Vec<TurnRec>, _: &'static str) -> std::result::Result<Vec<Turn>, Reason> {
        if rec.len() > RepairStep::ALL.len() * 2 {
            return Err(Reason::new("import-why-too-many-turns"));
        }
        rec.iter()
            .map(|r| {
                let (step, who) = turn_of(r)?;
                if r.parts.len() > PARTS_A_TURN {
                    return Err(
                        Reason::new("import-why-turn-parts").number("most", PARTS_A_TURN as i64)
                    );
                }
                Ok(Turn {
                    step,
                    who,
                    parts: r
                        .parts
                        .iter()
                        .map(|p| name(p).map(|n| n.into_string()))
                        .collect::<std::result::Result<_, _>>()?,
                    said: note(&r.said, "what was said")?,
                    heard: note(&r.heard, "what was heard")?,
                    got_it: r.got_it,
                    added: note(&r.added, "what was added")?,
                })
            })
            .collect()
    }
}

/// The condition for a talk that is not deleted.
const LIVE: &str = "AND t.deleted_at_ms IS NULL";

fn get(conn: &Connection, id: TalkId) -> Result<Talk> {
    row::get(conn, id, LIVE)?.ok_or(StoreError::NotFound("talk"))
}

fn save_in(tx: &Transaction<'_>, t: &Talk, now: &Moment) -> Result<()> {
    Ok(row::upsert(tx, t, &Stamps::now(now), OnConflict::Edit)?)
}

/// Marks a rupture repaired as of `at`, unless it already is; a rupture let go is left to
/// the person to open again first.
fn mark_repaired(tx: &Transaction<'_>, id: RuptureId, at: Moment, now: &Moment) -> Result<()> {
    let mut rupture = ruptures::get(tx, id)?;
    match rupture.status {
        RuptureStatus::Repaired => Ok(()),
        RuptureStatus::LetGo => Err(StoreError::RuptureClosed(RuptureStatus::LetGo)),
        _ => {
            rupture.status = RuptureStatus::Repaired;
            rupture.repaired_at = Some(at);
            ruptures::save_in(tx, &rupture, now)
        }
    }
}

impl Store {
    /// Begins a talk, about a rupture or not, with the names typed (empty for "You" and
    /// "Your partner").
    #[instrument(skip_all, err)]
    pub fn begin_talk(
        &mut self,
        rupture_id: Option<RuptureId>,
        names: [&str; 2],
        now: &Moment,
    ) -> Result<Talk> {
        let talk = Talk::begin(TalkId::random(), rupture_id, names, *now)?;
        self.write(|tx| {
            if let Some(id) = rupture_id {
                ruptures::get(tx, id)?;
            }
            save_in(tx, &talk, now)?;
            Ok(talk)
        })
    }

    /// One talk, unless deleted.
    #[instrument(skip_all, err)]
    pub fn talk(&self, id: TalkId) -> Result<Talk> {
        get(&self.conn, id)
    }

    /// Makes one move in a talk, on the talk as it is kept, and returns it as it now is.
    /// When both say the rupture is repaired, the rupture is marked repaired in the same
    /// transaction, as of the talk's finish (a rupture let go is refused: open it first).
    #[instrument(skip_all, err)]
    pub fn move_talk(&mut self, id: TalkId, step: Move, now: &Moment) -> Result<Talk> {
        self.move_talk_all(id, vec![step], now)
    }

    /// Makes moves one after another, all or none, in one transaction.
    #[instrument(skip_all, err)]
    pub fn move_talk_all(&mut self, id: TalkId, moves: Vec<Move>, now: &Moment) -> Result<Talk> {
        self.write(|tx| {
            let mut talk = get(tx, id)?;
            for step in moves {
                let mends = step == Move::BothSayRepaired;
                talk.apply(step, *now)?;
                if let (true, Some(rupture_id)) = (mends, talk.rupture_id) {
                    mark_repaired(tx, rupture_id, talk.finished_at.unwrap_or(*now), now)?;
                }
            }
            save_in(tx, &talk, now)?;
            Ok(talk)
        })
    }

    /// "We need a pause": the talk waits where it is, and a pause starts at once (the usual
    /// length, about the talk's rupture), unless one is already running, which is kept. In
    /// one transaction; gives the pause that is running.
    #[instrument(skip_all, err)]
    pub fn pause_talk(&mut self, id: TalkId, now: &Moment) -> Result<Pause> {
        self.write(|tx| {
            let mut talk = get(tx, id)?;
            talk.apply(Move::Paused, *now)?;
            save_in(tx, &talk, now)?;
            pauses::pause_now(tx, talk.rupture_id, now)
        })
    }

    /// The latest talk still going (not finished, not stopped), to pick up again.
    #[instrument(skip_all, err)]
    pub fn open_talk(&self) -> Result<Option<Talk>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} WHERE t.deleted_at_ms IS NULL AND t.finished_at_ms IS NULL AND t.stage <> 'stopped'
             ORDER BY t.started_at_ms DESC LIMIT 1",
            row::select::<Talk>()
        ))?;
        Ok(stmt.query_row([], Talk::from_row).optional()?)
    }

    /// The names typed in the latest talk, to offer again: typed once, kept like any record.
    #[instrument(skip_all, err)]
    pub fn last_talk_names(&self) -> Result<[String; 2]> {
        Ok(self
            .conn
            .query_row(
                "SELECT name_one, name_two FROM talks WHERE deleted_at_ms IS NULL
                 ORDER BY started_at_ms DESC LIMIT 1",
                [],
                |r| Ok([r.get(0)?, r.get(1)?]),
            )
            .optional()?
            .unwrap_or_default())
    }

    /// The couple's shared words, in the order they were added.
    #[instrument(skip_all, err)]
    pub fn shared_words(&self) -> Result<Vec<SharedWords>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} WHERE t.deleted_at_ms IS NULL ORDER BY t.created_at_ms, t.rowid",
            row::select::<SharedWords>()
        ))?;
        let rows = stmt.query_map([], SharedWords::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a sentence to the shared words: the couple's own, or one of our suggestions (by
    /// its id). The same words twice are kept once.
    #[instrument(skip_all, err)]
    pub fn add_shared_words(
        &mut self,
        text: &str,
        suggestion: Option<&str>,
        now: &Moment,
    ) -> Result<SharedId> {
        let text = Note::parse_required(text, SHARED_WHAT)?.into_string();
        self.write(|tx| {
            let same: Option<SharedId> = tx
                .query_row(
                    "SELECT id FROM shared_words WHERE deleted_at_ms IS NULL AND fold(text) = fold(?1)",
                    [&text],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = same {
                return Ok(id);
            }
            let words = SharedWords {
                id: SharedId::random(),
                text,
                suggestion: suggestion.unwrap_or_default().to_owned(),
            };
            row::upsert(tx, &words, &Stamps::now(now), OnConflict::Edit)?;
            Ok(words.id)
        })
    }

    /// Takes a sentence out of the shared words, softly, so Undo can bring it back.
    #[instrument(skip_all, err)]
    pub fn delete_shared_words(&mut self, id: SharedId, now: &Moment) -> Result<()> {
        self.soft_delete::<SharedWords>(id, Some(now.timestamp_millis()), "sentence")
    }

    /// Brings back a sentence taken out with [`Store::delete_shared_words`].
    #[instrument(skip_all, err)]
    pub fn undo_delete_shared_words(&mut self, id: SharedId) -> Result<()> {
        self.soft_delete::<SharedWords>(id, None, "sentence")
    }
}
