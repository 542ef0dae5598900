//! Practice sessions: the cards done in one sitting, each a situation, the response chosen
//! or written, and which of the gentle checks it met; and times of Practise together, with
//! what was chosen and the swap game's rounds as their cards.

use rusqlite::types::Value;
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use tracing::instrument;
use uuid::Uuid;

use super::kinds::Kind;
use super::record::{
    CsvRow, Imported, MAX_LIST, Names, Reason, Record, Stamp, cell, code, flatten, known, required,
    stamps, updated,
};
use super::row::{self, Fields, OnConflict, Stamps, Table, moment, val};
use super::{Result, Store, StoreError};
use crate::domain::kept::Kept;
use crate::domain::practice::{
    KIND_CARDS, KIND_TOGETHER, PracticeCard, PracticeSession, STRENGTHS,
};
use crate::domain::time::{from_parts, offset_s};
use crate::domain::together::{Band, FEELING_WHAT, HELPED_WHAT, SENTENCE_WHAT, Together};
use crate::domain::{Moment, Note, PracticeId, TextError};

pub(super) const V1: &str = "
CREATE TABLE practice_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    at_ms INTEGER NOT NULL,
    at_offset_s INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    deleted_at_ms INTEGER
) STRICT;
CREATE INDEX practice_timeline ON practice_sessions (at_ms DESC, id DESC) WHERE deleted_at_ms IS NULL;
CREATE TABLE practice_cards (
    session_id TEXT NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    situation_id TEXT NOT NULL,
    situation TEXT NOT NULL,
    response TEXT NOT NULL CHECK (length(response) BETWEEN 1 AND 10000),
    chosen INTEGER,
    met TEXT NOT NULL DEFAULT '',
    at_ms INTEGER NOT NULL,
    PRIMARY KEY (session_id, position)
) STRICT;
";

/// Practise together: the age band, the feeling, the sentence and what helped, on the
/// session itself. All four are there for a session of kind "together", and none for one of
/// cards.
pub(super) const V2: &str = "
ALTER TABLE practice_sessions ADD COLUMN together_band TEXT;
ALTER TABLE practice_sessions ADD COLUMN together_feeling TEXT
    CHECK ((together_feeling IS NULL) = (together_band IS NULL));
ALTER TABLE practice_sessions ADD COLUMN together_sentence TEXT
    CHECK ((together_sentence IS NULL) = (together_band IS NULL));
ALTER TABLE practice_sessions ADD COLUMN together_helped TEXT
    CHECK ((together_helped IS NULL) = (together_band IS NULL));
CREATE INDEX practice_together ON practice_sessions (at_ms)
    WHERE deleted_at_ms IS NULL AND together_band IS NOT NULL;
";

impl Table for PracticeSession {
    const TABLE: &'static str = "practice_sessions";
    /// The session's own columns; its cards are rows of [`CardRow`].
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "at_ms",
        "at_offset_s",
        "together_band",
        "together_feeling",
        "together_sentence",
        "together_helped",
    ];

    fn to_row(&self) -> Vec<Value> {
        let [at_ms, at_offset] = moment(&self.at);
        let t = self.together.as_ref();
        vec![
            val(self.id),
            at_ms,
            at_offset,
            val(t.map(|t| t.band.code().into_owned())),
            val(t.map(|t| t.feeling.as_str())),
            val(t.map(|t| t.sentence.as_str())),
            val(t.map(|t| t.helped.as_str())),
        ]
    }

    /// The session without its cards: [`cards`] reads them.
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        let together = match f.opt_code::<Band>("together_band")? {
            Some(band) => Some(Together {
                band,
                feeling: f.get("together_feeling")?,
                sentence: f.get("together_sentence")?,
                helped: f.get("together_helped")?,
            }),
            None => None,
        };
        Ok(PracticeSession {
            id: f.get("id")?,
            at: f.moment("at_ms", "at_offset_s")?,
            cards: Vec::new(),
            together,
        })
    }
}

/// The cards done in one sitting, in the order they were done, as an export file writes
/// them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PracticeSessionRec {
    pub id: Uuid,
    pub at: Stamp,
    /// "cards", or "together" (since version 3; earlier files have only cards).
    #[serde(default = "cards_kind")]
    pub kind: String,
    /// For Practise together, the swap game's rounds, if it was played.
    #[serde(default)]
    pub cards: Vec<PracticeCardRec>,
    /// What was chosen together, for a session of kind "together".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub together: Option<TogetherRec>,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

fn cards_kind() -> String {
    KIND_CARDS.to_owned()
}

/// What was chosen in one time of Practise together, as an export file writes it: the
/// words as they read then.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TogetherRec {
    /// "2_4", "5_8", "9_12" or "teen".
    pub band: String,
    pub feeling: String,
    pub sentence: String,
    pub helped: String,
}

impl From<&Together> for TogetherRec {
    fn from(t: &Together) -> Self {
        TogetherRec {
            band: t.band.code().into_owned(),
            feeling: t.feeling.clone(),
            sentence: t.sentence.clone(),
            helped: t.helped.clone(),
        }
    }
}

impl TryFrom<&TogetherRec> for Together {
    type Error = Reason;

    fn try_from(t: &TogetherRec) -> Result<Self, Reason> {
        Ok(Together {
            band: Kept::Known(known::<Band>(&t.band, "its age band")?),
            feeling: required(&t.feeling, FEELING_WHAT)?.into_string(),
            sentence: required(&t.sentence, SENTENCE_WHAT)?.into_string(),
            helped: required(&t.helped, HELPED_WHAT)?.into_string(),
        })
    }
}

/// One card of a practice session, as an export file writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PracticeCardRec {
    pub situation_id: String,
    /// The situation as it read then.
    pub situation: String,
    pub response: String,
    /// Which of the offered responses was chosen, from 0; `None` when the user wrote their own.
    #[serde(default)]
    pub chosen: Option<u32>,
    /// The codes of the gentle checks the response met.
    #[serde(default)]
    pub met: Vec<String>,
    pub at: Stamp,
}

impl From<&PracticeCard> for PracticeCardRec {
    fn from(c: &PracticeCard) -> Self {
        PracticeCardRec {
            situation_id: c.situation_id.clone(),
            situation: c.situation.clone(),
            response: c.response.clone(),
            chosen: c.chosen.map(|n| n as u32),
            met: c.met.clone(),
            at: c.at,
        }
    }
}

impl TryFrom<&PracticeCardRec> for PracticeCard {
    type Error = Reason;

    fn try_from(c: &PracticeCardRec) -> Result<Self, Reason> {
        if c.met.len() > MAX_LIST {
            return Err(format!("it lists more than {MAX_LIST} checks met"));
        }
        if let Some(m) = c
            .met
            .iter()
            .find(|m| !STRENGTHS.iter().any(|(code, _)| code == m))
        {
            return Err(format!("\"{m}\" is not one of the checks Mend knows"));
        }
        Ok(PracticeCard {
            situation_id: code(&c.situation_id, "situation")?,
            situation: required(&c.situation, "the situation")?.into_string(),
            response: required(&c.response, "your response")?.into_string(),
            chosen: c.chosen.map(|n| n as usize),
            met: c.met.clone(),
            at: c.at,
        })
    }
}

impl Record for PracticeSession {
    const KIND: Kind = Kind::Practice;
    type Rec = PracticeSessionRec;
    /// A row per card: the session's id and time, the card's place, then its fields.
    fn csv() -> Vec<&'static str> {
        vec![
            "session_id",
            "session_at",
            "position",
            "situation_id",
            "situation",
            "response",
            "chosen",
            "met",
            "at",
            "kind",
            "together_band",
            "together_feeling",
            "together_sentence",
            "together_helped",
        ]
    }

    fn key(&self) -> Uuid {
        self.id.0
    }

    fn to_rec(&self, s: &Stamps) -> PracticeSessionRec {
        PracticeSessionRec {
            id: self.id.0,
            at: self.at,
            kind: self.kind().to_owned(),
            cards: self.cards.iter().map(PracticeCardRec::from).collect(),
            together: self.together.as_ref().map(TogetherRec::from),
            created_at: s.created,
            updated_at: updated(s),
        }
    }

    fn from_rec(s: &PracticeSessionRec) -> Result<Imported<Self>, Reason> {
        let together = match (s.kind.as_str(), &s.together) {
            (KIND_CARDS, None) if s.cards.is_empty() => return Err("it has no cards".to_owned()),
            (KIND_CARDS, None) => None,
            (KIND_CARDS, Some(_)) => {
                return Err("it is a session of cards with a time together in it".to_owned());
            }
            (KIND_TOGETHER, Some(t)) => Some(Together::try_from(t)?),
            (KIND_TOGETHER, None) => {
                return Err("it is a time together without what was chosen".to_owned());
            }
            (other, _) => return Err(format!("\"{other}\" is not a kind of practice Mend knows")),
        };
        let cards = s
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| {
                PracticeCard::try_from(c).map_err(|reason| format!("its card {}: {reason}", i + 1))
            })
            .collect::<Result<_, _>>()?;
        Ok(Imported {
            record: PracticeSession {
                id: PracticeId(s.id),
                at: s.at,
                cards,
                together,
            },
            stamps: stamps(&s.created_at, &s.updated_at),
        })
    }

    fn read_rest(&mut self, conn: &Connection) -> Result<()> {
        self.cards = cards(conn, self)?;
        Ok(())
    }

    /// Its cards; a session replaced by an import is replaced whole, cards and all.
    fn write_rest(&self, tx: &Connection, replacing: bool) -> Result<()> {
        if replacing {
            remove_cards(tx, self.id)?;
        }
        add_cards(tx, self, 0)
    }

    /// A row per card; a time together without cards still has its row, with the cards'
    /// cells empty.
    fn csv_rows(s: &PracticeSessionRec, _: &Names) -> Vec<CsvRow> {
        let session = |position: Option<usize>| {
            let mut row = CsvRow::new();
            row.insert("session_id".to_owned(), s.id.to_string());
            let at = serde_json::to_value(s.at).unwrap_or_default();
            row.insert("session_at".to_owned(), cell(&at));
            row.insert("kind".to_owned(), s.kind.clone());
            let t = s.together.as_ref();
            for (header, value) in [
                ("together_band", t.map(|t| &t.band)),
                ("together_feeling", t.map(|t| &t.feeling)),
                ("together_sentence", t.map(|t| &t.sentence)),
                ("together_helped", t.map(|t| &t.helped)),
            ] {
                row.insert(header.to_owned(), value.cloned().unwrap_or_default());
            }
            row.insert(
                "position".to_owned(),
                position.map(|p| p.to_string()).unwrap_or_default(),
            );
            row
        };
        if s.cards.is_empty() {
            // The card's cells are there, empty, so the row has every header.
            let mut row = session(None);
            for header in Self::csv() {
                row.entry((*header).to_owned()).or_default();
            }
            return vec![row];
        }
        s.cards
            .iter()
            .enumerate()
            .map(|(position, card)| {
                let mut row = session(Some(position));
                row.extend(flatten(&serde_json::to_value(card).unwrap_or_default()));
                row
            })
            .collect()
    }
}

/// One card in its session, at its place (from 0). A card's time carries its session's
/// offset, and the table keeps no stamps of its own.
pub(crate) struct CardRow {
    pub session_id: PracticeId,
    pub position: usize,
    pub card: PracticeCard,
}

impl Table for CardRow {
    const TABLE: &'static str = "practice_cards";
    const COLUMNS: &'static [&'static str] = &[
        "session_id",
        "position",
        "situation_id",
        "situation",
        "response",
        "chosen",
        "met",
        "at_ms",
    ];

    fn to_row(&self) -> Vec<Value> {
        let c = &self.card;
        vec![
            val(self.session_id),
            val(self.position as i64),
            val(c.situation_id.as_str()),
            val(c.situation.as_str()),
            val(c.response.as_str()),
            val(c.chosen.map(|n| n as i64)),
            val(c.met.join(",")),
            val(c.at.timestamp_millis()),
        ]
    }

    /// The card with its time in UTC; [`cards`] gives it the session's offset.
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        let met: String = f.get("met")?;
        let position: i64 = f.get("position")?;
        Ok(CardRow {
            session_id: f.get("session_id")?,
            position: position as usize,
            card: PracticeCard {
                situation_id: f.get("situation_id")?,
                situation: f.get("situation")?,
                response: f.get("response")?,
                chosen: f.get::<Option<i64>>("chosen")?.map(|c| c as usize),
                met: met
                    .split(',')
                    .filter(|m| !m.is_empty())
                    .map(str::to_owned)
                    .collect(),
                at: from_parts(f.get("at_ms")?, 0),
            },
        })
    }
}

/// The cards of a session, in order, each with the session's offset.
pub(crate) fn cards(conn: &Connection, session: &PracticeSession) -> Result<Vec<PracticeCard>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{} WHERE t.session_id = ?1 ORDER BY t.position",
        row::select::<CardRow>()
    ))?;
    let offset = offset_s(&session.at);
    let rows = stmt.query_map([session.id], CardRow::from_row)?;
    rows.map(|row| {
        let mut card = row?.card;
        card.at = from_parts(card.at.timestamp_millis(), offset);
        Ok(card)
    })
    .collect()
}

/// Takes away every card of a session (for one replaced whole by an import).
pub(crate) fn remove_cards(tx: &Connection, session: PracticeId) -> Result<()> {
    tx.execute(
        "DELETE FROM practice_cards WHERE session_id = ?1",
        [session],
    )?;
    Ok(())
}

/// Writes a session's cards, in order, after any it has.
pub(crate) fn add_cards(tx: &Connection, session: &PracticeSession, from: usize) -> Result<()> {
    for (i, card) in session.cards.iter().enumerate() {
        row::insert(
            tx,
            &CardRow {
                session_id: session.id,
                position: from + i,
                card: card.clone(),
            },
        )?;
    }
    Ok(())
}

impl Store {
    /// Adds a card to a practice session, starting the session with its first card. Cards
    /// keep the situation and the response as they read then.
    #[instrument(skip_all, err)]
    pub fn add_practice_card(
        &mut self,
        session: PracticeId,
        card: &PracticeCard,
        now: &Moment,
    ) -> Result<()> {
        if card.response.trim().is_empty() {
            return Err(TextError::EmptyRequired {
                what: "your response",
            }
            .into());
        }
        let one = PracticeSession {
            id: session,
            at: card.at,
            cards: vec![PracticeCard {
                at: *now,
                ..card.clone()
            }],
            together: None,
        };
        self.write(|tx| {
            tx.execute(
                "INSERT INTO practice_sessions (id, at_ms, at_offset_s, created_at_ms, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?2, ?2)
                 ON CONFLICT (id) DO UPDATE SET updated_at_ms = excluded.updated_at_ms",
                params![session, card.at.timestamp_millis(), offset_s(&card.at)],
            )?;
            let position: i64 = tx.query_row(
                "SELECT coalesce(max(position) + 1, 0) FROM practice_cards WHERE session_id = ?1",
                [session],
                |r| r.get(0),
            )?;
            add_cards(tx, &one, position as usize)
        })
    }

    /// Keeps one time of Practise together whole: what was chosen and the swap game's rounds.
    /// Saving the same time again (after going back a step, say) replaces it.
    #[instrument(skip_all, err)]
    pub fn save_together(&mut self, session: &PracticeSession, now: &Moment) -> Result<()> {
        let Some(t) = &session.together else {
            return Err(StoreError::NotFound("time together"));
        };
        for (text, what) in [
            (&t.feeling, FEELING_WHAT),
            (&t.sentence, SENTENCE_WHAT),
            (&t.helped, HELPED_WHAT),
        ] {
            Note::parse_required(text, what)?;
        }
        self.write(|tx| {
            row::upsert(tx, session, &Stamps::now(now), OnConflict::Edit)?;
            session.write_rest(tx, true)
        })
    }

    /// One practice session with its cards, unless deleted.
    #[instrument(skip_all, err)]
    pub fn practice_session(&self, id: PracticeId) -> Result<PracticeSession> {
        let mut session: PracticeSession = row::get(&self.conn, id, "AND t.deleted_at_ms IS NULL")?
            .ok_or(StoreError::NotFound("practice session"))?;
        session.cards = cards(&self.conn, &session)?;
        Ok(session)
    }
}
