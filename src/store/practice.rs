//! Practice sessions: the cards done in one sitting, each a situation, the response chosen
//! or written, and which of the gentle checks it met; and times of Practise together, with
//! what was chosen and the swap game's rounds as their cards.

use rusqlite::types::Value;
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use tracing::instrument;

use super::declare::{Column, InFile, record};
use super::record::{
    CsvRow, Names, Reason, Record, Stamp, cell, code, flatten, known, not_one_of, required,
    too_many, unknown,
};
use super::row::{self, Fields, OnConflict, Stamps, Table, val};
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

/// A practice session as its row and an export file hold it: the session with its kind, as
/// the file names it ("cards" or "together", which its row implies). Declared once below;
/// the store keeps and reads a [`PracticeSession`] through it. Its cards are rows of
/// [`CardRow`], read and written with it.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeKept {
    pub id: PracticeId,
    pub at: Moment,
    pub kind: String,
    pub cards: Vec<PracticeCard>,
    pub together: Option<Together>,
}

record! {
    /// The cards done in one sitting, in the order they were done, as an export file writes
    /// them.
    PracticeKept => PracticeSessionRec, table "practice_sessions", kind Practice, csv by_hand {
        id: PracticeId = ["id"] => id,
        at: Moment = ["at_ms", "at_offset_s"] => at,
        /// "cards", or "together" (since version 3; earlier files have only cards).
        #[serde(default = "cards_kind")]
        kind: String as ImpliedKind = [] => kind,
        /// For Practise together, the swap game's rounds, if it was played.
        #[serde(default)]
        cards: Vec<PracticeCard> as Cards = [] => cards,
        /// What was chosen together, for a session of kind "together".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        together: Option<Together> as TogetherColumns = [
            "together_band",
            "together_feeling",
            "together_sentence",
            "together_helped"
        ] => together,
    }

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

    /// A session of cards has cards and nothing chosen together; a time together has what
    /// was chosen.
    fn check(self) -> Result<Self, Reason> {
        match (self.kind.as_str(), &self.together) {
            (KIND_CARDS, None) if self.cards.is_empty() => {
                Err(Reason::new("import-why-no-cards"))
            }
            (KIND_CARDS, Some(_)) => Err(Reason::new("import-why-cards-and-together")),
            (KIND_TOGETHER, None) => Err(Reason::new("import-why-together-unchosen")),
            _ => Ok(self),
        }
    }

    fn read_rest(&mut self, conn: &Connection) -> Result<()> {
        self.cards = cards(conn, self.id, &self.at)?;
        Ok(())
    }

    /// Its cards; a session replaced by an import is replaced whole, cards and all.
    fn write_rest(&self, tx: &Connection, replacing: bool) -> Result<()> {
        if replacing {
            remove_cards(tx, self.id)?;
        }
        add_cards(tx, self.id, &self.cards, 0)
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

impl From<PracticeSession> for PracticeKept {
    fn from(s: PracticeSession) -> Self {
        PracticeKept {
            kind: s.kind().to_owned(),
            id: s.id,
            at: s.at,
            cards: s.cards,
            together: s.together,
        }
    }
}

impl From<PracticeKept> for PracticeSession {
    fn from(k: PracticeKept) -> Self {
        PracticeSession {
            id: k.id,
            at: k.at,
            cards: k.cards,
            together: k.together,
        }
    }
}

/// A session's kind, which its row implies (what was chosen together, or not); from a file,
/// one Mend knows.
pub struct ImpliedKind;

impl InFile<String> for ImpliedKind {
    type Rec = String;
}

impl Column<String> for ImpliedKind {
    fn put(_: &String, _: &mut Vec<Value>) {}

    fn take(f: &Fields<'_, '_>, _: &[&'static str], _: &'static str) -> rusqlite::Result<String> {
        let band: Option<String> = f.get("together_band")?;
        Ok(if band.is_some() {
            KIND_TOGETHER
        } else {
            KIND_CARDS
        }
        .to_owned())
    }

    fn out(value: &String) -> String {
        value.clone()
    }

    fn parse(rec: &String, _: &'static str) -> Result<String, Reason> {
        match rec.as_str() {
            KIND_CARDS | KIND_TOGETHER => Ok(rec.clone()),
            other => Err(unknown(PRACTICE_KIND_WHAT, other)),
        }
    }
}

/// A session's cards, kept in a table of their own ([`CardRow`]): no column of the session's
/// row; read and written with it (`read_rest`, `write_rest`).
pub struct Cards;

impl InFile<Vec<PracticeCard>> for Cards {
    type Rec = Vec<PracticeCardRec>;
}

impl Column<Vec<PracticeCard>> for Cards {
    fn put(_: &Vec<PracticeCard>, _: &mut Vec<Value>) {}

    /// None yet: `read_rest` reads them.
    fn take(
        _: &Fields<'_, '_>,
        _: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Vec<PracticeCard>> {
        Ok(Vec::new())
    }

    fn out(value: &Vec<PracticeCard>) -> Vec<PracticeCardRec> {
        value.iter().map(PracticeCardRec::from).collect()
    }

    fn parse(rec: &Vec<PracticeCardRec>, _: &'static str) -> Result<Vec<PracticeCard>, Reason> {
        rec.iter()
            .enumerate()
            .map(|(i, c)| {
                PracticeCard::try_from(c).map_err(|reason| {
                    Reason::new("import-why-card")
                        .number("card", i as i64 + 1)
                        .within("reason", reason)
                })
            })
            .collect()
    }
}

/// The words for a practice session's kind, in the reasons it is refused for.
const PRACTICE_KIND_WHAT: &str = "the kind of practice";
/// The words for a card's checks met, in the reasons it is refused for: how many, and which.
const MET_WHAT: &str = "checks met";
const KNOWN_CHECKS_WHAT: &str = "the checks Mend knows";

/// What was chosen together, in four columns, all empty for a session of cards.
pub struct TogetherColumns;

impl InFile<Option<Together>> for TogetherColumns {
    type Rec = Option<TogetherRec>;
}

impl Column<Option<Together>> for TogetherColumns {
    fn put(value: &Option<Together>, row: &mut Vec<Value>) {
        let t = value.as_ref();
        row.extend([
            val(t.map(|t| t.band.code().into_owned())),
            val(t.map(|t| t.feeling.as_str())),
            val(t.map(|t| t.sentence.as_str())),
            val(t.map(|t| t.helped.as_str())),
        ]);
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Option<Together>> {
        let [band, feeling, sentence, helped] = [columns[0], columns[1], columns[2], columns[3]];
        Ok(match f.opt_code::<Band>(band)? {
            Some(band) => Some(Together {
                band,
                feeling: f.get(feeling)?,
                sentence: f.get(sentence)?,
                helped: f.get(helped)?,
            }),
            None => None,
        })
    }

    fn out(value: &Option<Together>) -> Option<TogetherRec> {
        value.as_ref().map(TogetherRec::from)
    }

    fn parse(rec: &Option<TogetherRec>, _: &'static str) -> Result<Option<Together>, Reason> {
        rec.as_ref().map(Together::try_from).transpose()
    }
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
        too_many(c.met.len(), MET_WHAT)?;
        if let Some(m) = c
            .met
            .iter()
            .find(|m| !STRENGTHS.iter().any(|(code, _)| code == m))
        {
            return Err(not_one_of(KNOWN_CHECKS_WHAT, m));
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

/// The cards of the session `id` at `at`, in order, each with the session's offset.
pub(crate) fn cards(conn: &Connection, id: PracticeId, at: &Moment) -> Result<Vec<PracticeCard>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{} WHERE t.session_id = ?1 ORDER BY t.position",
        row::select::<CardRow>()
    ))?;
    let offset = offset_s(at);
    let rows = stmt.query_map([id], CardRow::from_row)?;
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

/// Writes cards of the session `id`, in order, after any it has.
pub(crate) fn add_cards(
    tx: &Connection,
    id: PracticeId,
    cards: &[PracticeCard],
    from: usize,
) -> Result<()> {
    for (i, card) in cards.iter().enumerate() {
        row::insert(
            tx,
            &CardRow {
                session_id: id,
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
        let one = [PracticeCard {
            at: *now,
            ..card.clone()
        }];
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
            add_cards(tx, session, &one, position as usize)
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
        let kept = PracticeKept::from(session.clone());
        self.write(|tx| {
            row::upsert(tx, &kept, &Stamps::now(now), OnConflict::Edit)?;
            kept.write_rest(tx, true)
        })
    }

    /// One practice session with its cards, unless deleted.
    #[instrument(skip_all, err)]
    pub fn practice_session(&self, id: PracticeId) -> Result<PracticeSession> {
        let mut session: PracticeKept = row::get(&self.conn, id, "AND t.deleted_at_ms IS NULL")?
            .ok_or(StoreError::NotFound("practice session"))?;
        session.read_rest(&self.conn)?;
        Ok(session.into())
    }
}
