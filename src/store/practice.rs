//! Practice sessions: the cards done in one sitting, each a situation, the response chosen
//! or written, and which of the gentle checks it met.

use rusqlite::{OptionalExtension, params};
use tracing::instrument;

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
            tx.execute(
                "INSERT INTO practice_cards (session_id, position, situation_id, situation,
                     response, chosen, met, at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    session,
                    position,
                    card.situation_id,
                    card.situation,
                    card.response,
                    card.chosen.map(|c| c as i64),
                    card.met.join(","),
                    now.timestamp_millis(),
                ],
            )?;
            Ok(())
        })
    }

    /// One practice session with its cards, unless deleted.
    #[instrument(skip_all, err)]
    pub fn practice_session(&self, id: PracticeId) -> Result<PracticeSession> {
        let at = self
            .conn
            .query_row(
                "SELECT at_ms, at_offset_s FROM practice_sessions
                 WHERE id = ?1 AND deleted_at_ms IS NULL",
                [id],
                |r| Ok(from_parts(r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound("practice session"))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT situation_id, situation, response, chosen, met, at_ms FROM practice_cards
             WHERE session_id = ?1 ORDER BY position",
        )?;
        let cards = stmt
            .query_map([id], |r| {
                let met: String = r.get(4)?;
                Ok(PracticeCard {
                    situation_id: r.get(0)?,
                    situation: r.get(1)?,
                    response: r.get(2)?,
                    chosen: r.get::<_, Option<i64>>(3)?.map(|c| c as usize),
                    met: met
                        .split(',')
                        .filter(|m| !m.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    at: from_parts(r.get(5)?, offset_s(&at)),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(PracticeSession { id, at, cards })
    }
}
