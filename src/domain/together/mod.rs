//! Practise together: a parent and a child practising repair side by side, as a small
//! ritual. The words live in `assets/content/together.toml` ([`content`]); the steps of one
//! time through are [`Flow`]; what is kept of it is a [`Together`] on a practice session,
//! with the swap game's answers as the session's cards.

mod content;
mod flow;

pub use content::{
    Face, Feeling, Help, Script, Swap, TogetherContent, content, content_in, content_problem,
    kept_in,
};
pub use flow::{Flow, Helped, Step};

pub use super::practice::{Band, FEELING_WHAT, HELPED_WHAT, SENTENCE_WHAT, Together};

/// How many rounds of the swap game one time offers, at most.
pub const SWAP_ROUNDS: usize = 3;
