//! One time through Practise together, step by step: how the child feels, the sentence the
//! parent reads, what would help, the swap game (from 5 to 12, if they want it) and the
//! closing "We're okay". Nothing is kept until the closing, and then as one practice session.

use super::content::TogetherContent;
use super::{Band, HELPED_WHAT, Together};
use crate::domain::kept::Kept;
use crate::domain::practice::{PracticeCard, PracticeSession};
use crate::domain::{Moment, Note, PracticeId, TextError};

/// Where a time together is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// "How are you feeling?"
    Feeling,
    /// The repair sentences, for the parent to read aloud.
    Sentence,
    /// "What would help now?"
    Helps,
    /// Whether to play the swap game (5 to 12).
    SwapOffer,
    /// A round of the swap game: the child, as the grown-up, picks a sentence.
    Swap(usize),
    /// After a pick: talking about why, together.
    SwapTalk(usize),
    /// "We're okay", with the breathing bubble.
    Closing,
}

/// What the child chose as what would help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Helped {
    /// One of the choices, by its id.
    Choice(String),
    /// The child's own words.
    Own(String),
}

/// One time together, as it goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub band: Band,
    pub step: Step,
    /// The feeling's id.
    pub feeling: Option<String>,
    /// The sentence's id.
    pub sentence: Option<String>,
    pub helped: Option<Helped>,
    /// The swap game's picks, one card a round.
    pub swaps: Vec<PracticeCard>,
}

impl Flow {
    pub fn new(band: Band) -> Self {
        Flow {
            band,
            step: Step::Feeling,
            feeling: None,
            sentence: None,
            helped: None,
            swaps: Vec::new(),
        }
    }

    /// How many steps this band's time has, and which one this is (from 1), for "Step 2
    /// of 4". The swap game's rounds count as one step.
    pub fn position(&self) -> (usize, usize) {
        let of = if self.band.plays_swap() { 5 } else { 4 };
        let at = match self.step {
            Step::Feeling => 1,
            Step::Sentence => 2,
            Step::Helps => 3,
            Step::SwapOffer | Step::Swap(_) | Step::SwapTalk(_) => 4,
            Step::Closing => of,
        };
        (at, of)
    }

    pub fn choose_feeling(&mut self, c: &TogetherContent, id: &str) {
        if c.feeling(id).is_some_and(|f| f.bands.contains(&self.band)) {
            if self.feeling.as_deref() != Some(id) {
                self.sentence = None;
            }
            self.feeling = Some(id.to_owned());
            self.step = Step::Sentence;
        }
    }

    pub fn choose_sentence(&mut self, c: &TogetherContent, id: &str) {
        if c.script(id).is_some_and(|s| s.band == self.band) && self.feeling.is_some() {
            self.sentence = Some(id.to_owned());
            self.step = Step::Helps;
        }
    }

    /// What would help, chosen. The child's own words must say something.
    pub fn choose_help(&mut self, c: &TogetherContent, helped: Helped) -> Result<(), TextError> {
        let helped = match helped {
            Helped::Own(words) => {
                Helped::Own(Note::parse_required(&words, HELPED_WHAT)?.into_string())
            }
            Helped::Choice(id) if c.help(&id).is_some_and(|h| h.bands.contains(&self.band)) => {
                Helped::Choice(id)
            }
            Helped::Choice(_) => return Ok(()),
        };
        if self.sentence.is_none() {
            return Ok(());
        }
        self.helped = Some(helped);
        self.step = if self.band.plays_swap() && !c.swaps(self.band).is_empty() {
            Step::SwapOffer
        } else {
            Step::Closing
        };
        Ok(())
    }

    pub fn play_swap(&mut self) {
        if self.step == Step::SwapOffer {
            self.swaps.clear();
            self.step = Step::Swap(0);
        }
    }

    pub fn skip_swap(&mut self) {
        if self.step == Step::SwapOffer {
            self.swaps.clear();
            self.step = Step::Closing;
        }
    }

    /// The child's pick in a round: the sentence shown at `place` (0 or 1).
    pub fn pick(&mut self, c: &TogetherContent, place: usize, at: Moment) {
        let Step::Swap(round) = self.step else {
            return;
        };
        let Some(swap) = c.swaps(self.band).get(round).copied() else {
            return;
        };
        let Some((words, kind)) = swap.shown(round).get(place).copied() else {
            return;
        };
        self.swaps.truncate(round);
        self.swaps.push(PracticeCard {
            situation_id: swap.id.clone(),
            situation: swap.situation.clone(),
            response: words.to_owned(),
            // As offered in the file: the kind sentence first.
            chosen: Some(if kind { 0 } else { 1 }),
            met: Vec::new(),
            at,
        });
        self.step = Step::SwapTalk(round);
    }

    /// On from talking about a round: the next round, or the closing.
    pub fn after_talk(&mut self, c: &TogetherContent) {
        if let Step::SwapTalk(round) = self.step {
            self.step = if round + 1 < c.swaps(self.band).len() {
                Step::Swap(round + 1)
            } else {
                Step::Closing
            };
        }
    }

    /// Back one step, keeping what was chosen so it shows as chosen.
    pub fn back(&mut self) {
        self.step = match self.step {
            Step::Feeling | Step::Sentence => Step::Feeling,
            Step::Helps => Step::Sentence,
            Step::SwapOffer => Step::Helps,
            Step::Swap(0) => Step::SwapOffer,
            Step::Swap(round) => Step::SwapTalk(round - 1),
            Step::SwapTalk(round) => Step::Swap(round),
            Step::Closing => match self.swaps.len() {
                0 if self.band.plays_swap() => Step::SwapOffer,
                0 => Step::Helps,
                n => Step::SwapTalk(n - 1),
            },
        };
    }

    /// What to keep, once at the closing: the words as they read now.
    pub fn kept(&self, c: &TogetherContent, id: PracticeId, at: Moment) -> Option<PracticeSession> {
        if self.step != Step::Closing {
            return None;
        }
        let feeling = c.feeling(self.feeling.as_deref()?)?;
        let sentence = c.script(self.sentence.as_deref()?)?;
        let helped = match self.helped.as_ref()? {
            Helped::Choice(id) => c.help(id)?.word.clone(),
            Helped::Own(words) => words.clone(),
        };
        Some(PracticeSession {
            id,
            at,
            cards: self.swaps.clone(),
            together: Some(Together {
                band: Kept::Known(self.band),
                feeling: feeling.word.clone(),
                sentence: sentence.sentence.clone(),
                helped,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::together::content;

    fn at() -> Moment {
        crate::domain::time::from_parts(1_764_000_000_000, 3600)
    }

    /// Through every step, choosing the first of everything.
    fn through(band: Band, play: bool) -> Flow {
        let c = content();
        let mut flow = Flow::new(band);
        let feeling = c.feelings(band).next().unwrap().id.clone();
        flow.choose_feeling(c, &feeling);
        assert_eq!(flow.step, Step::Sentence);
        let sentence = c.sentences(band, &feeling)[0].id.clone();
        flow.choose_sentence(c, &sentence);
        assert_eq!(flow.step, Step::Helps);
        let help = c.helps(band).next().unwrap().id.clone();
        flow.choose_help(c, Helped::Choice(help)).unwrap();
        if band.plays_swap() {
            assert_eq!(flow.step, Step::SwapOffer);
            if play {
                flow.play_swap();
                for round in 0..c.swaps(band).len() {
                    assert_eq!(flow.step, Step::Swap(round));
                    flow.pick(c, round % 2, at());
                    assert_eq!(flow.step, Step::SwapTalk(round));
                    flow.after_talk(c);
                }
            } else {
                flow.skip_swap();
            }
        }
        assert_eq!(flow.step, Step::Closing);
        flow
    }

    #[test]
    fn every_band_goes_through_to_the_closing() {
        let c = content();
        for band in Band::ALL {
            let flow = through(band, true);
            let (at_step, of) = flow.position();
            assert_eq!(at_step, of);
            assert_eq!(of, if band.plays_swap() { 5 } else { 4 });
            let kept = flow.kept(c, PracticeId::random(), at()).unwrap();
            let together = kept.together.unwrap();
            assert_eq!(together.band, Kept::Known(band));
            assert_eq!(together.feeling, c.feelings(band).next().unwrap().word);
            assert_eq!(together.helped, c.helps(band).next().unwrap().word);
            assert_eq!(kept.cards.len(), if band.plays_swap() { 3 } else { 0 });
        }
    }

    #[test]
    fn swap_picks_keep_which_sentence_and_never_score() {
        let c = content();
        let flow = through(Band::FiveToEight, true);
        let swaps = c.swaps(Band::FiveToEight);
        for (round, card) in flow.swaps.iter().enumerate() {
            let swap = swaps[round];
            assert_eq!(card.situation_id, swap.id);
            // Place round % 2 was picked: the other sentence in round 0, the kind one in 1.
            let (words, kind) = swap.shown(round)[round % 2];
            assert_eq!(card.response, words);
            assert_eq!(card.chosen, Some(if kind { 0 } else { 1 }));
            assert!(card.met.is_empty());
        }
        let skipped = through(Band::NineToTwelve, false);
        assert!(skipped.swaps.is_empty());
    }

    #[test]
    fn back_returns_step_by_step_and_a_new_pick_replaces_the_old() {
        let c = content();
        let mut flow = through(Band::FiveToEight, true);
        flow.back();
        assert_eq!(flow.step, Step::SwapTalk(2));
        flow.back();
        assert_eq!(flow.step, Step::Swap(2));
        flow.pick(c, 1, at());
        assert_eq!(flow.swaps.len(), 3);
        flow.after_talk(c);
        assert_eq!(flow.step, Step::Closing);
        let mut small = through(Band::TwoToFour, false);
        small.back();
        assert_eq!(small.step, Step::Helps);
        small.back();
        small.back();
        assert_eq!(small.step, Step::Feeling);
        assert!(small.kept(c, PracticeId::random(), at()).is_none());
        // Choosing another feeling clears the sentence chosen for the first.
        let other = c.feelings(Band::TwoToFour).nth(1).unwrap().id.clone();
        small.choose_feeling(c, &other);
        assert_eq!(small.sentence, None);
    }

    #[test]
    fn choices_not_offered_are_passed_over_and_own_words_must_say_something() {
        let c = content();
        let mut flow = Flow::new(Band::TwoToFour);
        flow.choose_feeling(c, "no-such-feeling");
        assert_eq!(flow.step, Step::Feeling);
        let teen_only = c
            .feelings
            .iter()
            .find(|f| !f.bands.contains(&Band::TwoToFour))
            .unwrap();
        flow.choose_feeling(c, &teen_only.id);
        assert_eq!(flow.step, Step::Feeling);
        let feeling = c.feelings(Band::TwoToFour).next().unwrap().id.clone();
        flow.choose_feeling(c, &feeling);
        let teen_sentence = c.scripts.iter().find(|s| s.band == Band::Teen).unwrap();
        flow.choose_sentence(c, &teen_sentence.id);
        assert_eq!(flow.step, Step::Sentence);
        let sentence = c.sentences(Band::TwoToFour, &feeling)[0].id.clone();
        flow.choose_sentence(c, &sentence);
        assert!(flow.choose_help(c, Helped::Own("   ".into())).is_err());
        assert_eq!(flow.step, Step::Helps);
        flow.choose_help(c, Helped::Own("  a story  ".into()))
            .unwrap();
        assert_eq!(flow.step, Step::Closing);
        let kept = flow.kept(c, PracticeId::random(), at()).unwrap();
        assert_eq!(kept.together.unwrap().helped, "a story");
    }
}
