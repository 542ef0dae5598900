//! Practice: the user's own repair phrases, and practice sessions of situation cards.

use super::content::{Audience, PhraseStep, Situation};
use super::i18n::Lang;
use super::kept::Kept;
use super::language::{Check, guidance};
use super::{Moment, PhraseId, PracticeId};

/// What names the texts of a phrase of one's own in messages.
pub const TEXT_WHAT: &str = "the phrase";
pub const WHY_WHAT: &str = "why it helps";

/// A repair phrase the user wrote, tagged like ours.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnPhrase {
    pub id: PhraseId,
    pub text: String,
    pub step: PhraseStep,
    pub audience: Audience,
    /// Why it helps, in the user's words (may be empty).
    pub why: String,
    pub favourite: bool,
}

/// One card done: the situation, the response chosen or written, and the checks it met.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeCard {
    pub situation_id: String,
    /// The situation as it read then.
    pub situation: String,
    pub response: String,
    /// Which of the offered responses was chosen, or `None` when the user wrote their own.
    pub chosen: Option<usize>,
    /// The codes of the gentle checks the response met.
    pub met: Vec<String>,
    pub at: Moment,
}

/// The cards done in one sitting, or one time of Practise together (whose cards are the
/// swap game's rounds, if it was played).
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeSession {
    pub id: PracticeId,
    pub at: Moment,
    pub cards: Vec<PracticeCard>,
    /// What was chosen together, for a session of kind "together".
    pub together: Option<Together>,
}

impl PracticeSession {
    /// Its kind as the export file names it: "cards" or "together".
    pub fn kind(&self) -> &'static str {
        if self.together.is_some() {
            KIND_TOGETHER
        } else {
            KIND_CARDS
        }
    }
}

/// The kinds of practice session, as kept and exported.
pub const KIND_CARDS: &str = "cards";
pub const KIND_TOGETHER: &str = "together";

/// The codes of the gentle checks a practice response can meet, with what meeting each
/// means, in the order they are shown.
pub const STRENGTHS: [(&str, &str); 5] = [
    ("for_part", "spoke for a part"),
    ("impact", "acknowledged the impact"),
    ("no_but", "kept the apology whole"),
    ("no_always_never", "left out “always” and “never”"),
    ("next_step", "offered a next step"),
];

/// The code a check is kept under.
pub fn check_code(check: Check) -> &'static str {
    check.code()
}

impl PracticeCard {
    /// A card as it is kept: the situation as it reads now, the response chosen (its place
    /// among the offered ones) or written, and the gentle checks the response meets.
    pub fn keep(
        situation: &Situation,
        response: String,
        chosen: Option<usize>,
        at: Moment,
    ) -> Self {
        let met = guidance(&response)
            .into_iter()
            .filter(|g| g.met)
            .map(|g| check_code(g.check).to_owned())
            .collect();
        PracticeCard {
            situation_id: situation.id.clone(),
            situation: situation.text.clone(),
            response,
            chosen,
            met,
            at,
        }
    }
}

/// A sentence saying what a response did well, from the codes of the checks it met, in the
/// reader's language: "It spoke for a part and offered a next step." Unknown codes are
/// passed over.
pub fn strengths_sentence(lang: Lang, met: &[String]) -> String {
    let said: Vec<String> = STRENGTHS
        .iter()
        .filter(|(code, _)| met.iter().any(|m| m == code))
        .map(|(code, _)| lang.word("detail-strength", code))
        .collect();
    match said.as_slice() {
        [] => String::new(),
        [one] => crate::t!(lang, "detail-strengths-one", one = one.as_str()),
        [rest @ .., last] => crate::t!(
            lang,
            "detail-strengths-many",
            rest = rest.join(", "),
            last = last.as_str()
        ),
    }
}

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
    pub fn label(self, lang: Lang) -> String {
        lang.word("band", self.code())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_check_has_its_own_code() {
        let codes: std::collections::HashSet<_> = Check::ALL.map(check_code).into();
        assert_eq!(codes.len(), Check::ALL.len());
        // The strengths are said in the checks' order, under the same codes.
        let strengths: Vec<&str> = STRENGTHS.iter().map(|(code, _)| *code).collect();
        assert_eq!(strengths, Check::ALL.map(check_code));
    }

    #[test]
    fn a_kept_card_names_the_checks_its_response_meets() {
        let situation = &crate::domain::content::library().situations[0];
        let at = crate::domain::time::from_parts(0, 0);
        let card = PracticeCard::keep(
            situation,
            "A part of me got scared. I'm sorry I snapped. Can we try again tonight?".to_owned(),
            None,
            at,
        );
        assert_eq!(card.situation_id, situation.id);
        assert_eq!(card.situation, situation.text);
        assert!(card.met.contains(&"for_part".to_owned()), "{:?}", card.met);
        let blaming = PracticeCard::keep(situation, "You always do this.".to_owned(), Some(1), at);
        assert_eq!(blaming.chosen, Some(1));
        assert!(!blaming.met.contains(&"for_part".to_owned()));
        assert!(!blaming.met.contains(&"no_always_never".to_owned()));
    }

    #[test]
    fn strengths_read_as_a_sentence() {
        let check = |codes: &[&str], expected: &str| {
            let met: Vec<String> = codes.iter().map(|c| (*c).to_owned()).collect();
            assert_eq!(strengths_sentence(Lang::ENGLISH, &met), expected);
        };
        check(&[], "");
        check(&["unknown"], "");
        check(&["next_step"], "It offered a next step.");
        check(
            &["next_step", "for_part"],
            "It spoke for a part and offered a next step.",
        );
        check(
            &["for_part", "impact", "next_step"],
            "It spoke for a part, acknowledged the impact and offered a next step.",
        );
    }
}
