//! Practise together: a parent and a child practising repair side by side, as a small
//! ritual. The words live in `assets/content/together.toml` ([`content`]); the steps of one
//! time through are [`Flow`]; what is kept of it is a [`Together`] on a practice session,
//! with the swap game's answers as the session's cards.

mod content;
mod flow;

pub use content::{Face, Feeling, Help, Script, Swap, TogetherContent, content, content_problem};
pub use flow::{Flow, Helped, Step};

use super::kept::Kept;

/// Who a time together is for: the child's age band. The child's name is never asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize)]
pub enum Band {
    #[serde(rename = "2_4")]
    TwoToFour,
    #[serde(rename = "5_8")]
    FiveToEight,
    #[serde(rename = "9_12")]
    NineToTwelve,
    #[serde(rename = "teen")]
    Teen,
}

impl Band {
    pub const ALL: [Band; 4] = [
        Band::TwoToFour,
        Band::FiveToEight,
        Band::NineToTwelve,
        Band::Teen,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Band::TwoToFour => "2_4",
            Band::FiveToEight => "5_8",
            Band::NineToTwelve => "9_12",
            Band::Teen => "teen",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.code() == code)
    }

    /// The words on its button: "Ages 2–4", "Teen".
    pub fn label(self) -> &'static str {
        match self {
            Band::TwoToFour => "Ages 2–4",
            Band::FiveToEight => "Ages 5–8",
            Band::NineToTwelve => "Ages 9–12",
            Band::Teen => "Teen",
        }
    }

    /// How many repair sentences are offered to choose from: two for the youngest, three
    /// for everyone else.
    pub fn sentences_offered(self) -> usize {
        match self {
            Band::TwoToFour => 2,
            _ => 3,
        }
    }

    /// Whether the swap game is offered: from 5 to 12.
    pub fn plays_swap(self) -> bool {
        matches!(self, Band::FiveToEight | Band::NineToTwelve)
    }
}

crate::domain::kept::coded!(Band);

/// How many rounds of the swap game one time offers, at most.
pub const SWAP_ROUNDS: usize = 3;

/// What is kept of one time together: who it was for, and the words as they read then.
#[derive(Debug, Clone, PartialEq)]
pub struct Together {
    pub band: Kept<Band>,
    /// The feeling's word, as the child saw it.
    pub feeling: String,
    /// The repair sentence the parent read.
    pub sentence: String,
    /// What helped: a choice's words, or the child's own.
    pub helped: String,
}

/// What is kept of the feeling, the sentence and what helped, named in messages.
pub const FEELING_WHAT: &str = "the feeling";
pub const SENTENCE_WHAT: &str = "the sentence";
pub const HELPED_WHAT: &str = "what helped";
