//! Practice sessions: the cards done in one sitting, each a situation, the response chosen
//! or written, and which of the gentle checks it met.

use rusqlite::types::Value;
use rusqlite::{Connection, Row, params};
use tracing::instrument;

use super::row::{self, Fields, Table, moment, val};
use super::{Result, Store, StoreError};
use crate::domain::practice::{PracticeCard, PracticeSession};
use crate::domain::time::{from_parts, offset_s};
use crate::domain::{Moment, PracticeId, TextError};

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

impl Table for PracticeSession {
    const TABLE: &'static str = "practice_sessions";
    /// The session's own columns; its cards are rows of [`CardRow`].
    const COLUMNS: &'static [&'static str] = &["id", "at_ms", "at_offset_s"];

    fn to_row(&self) -> Vec<Value> {
        let [at_ms, at_offset] = moment(&self.at);
        vec![val(self.id), at_ms, at_offset]
    }

    /// The session without its cards: [`cards`] reads them.
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let f = Fields::of::<Self>(r);
        Ok(PracticeSession {
            id: f.get("id")?,
            at: f.moment("at_ms", "at_offset_s")?,
            cards: Vec::new(),
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

    /// One practice session with its cards, unless deleted.
    #[instrument(skip_all, err)]
    pub fn practice_session(&self, id: PracticeId) -> Result<PracticeSession> {
        let mut session: PracticeSession = row::get(&self.conn, id, "AND t.deleted_at_ms IS NULL")?
            .ok_or(StoreError::NotFound("practice session"))?;
        session.cards = cards(&self.conn, &session)?;
        Ok(session)
    }
}
