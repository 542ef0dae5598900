//! Talk it through: two people, one phone, each speaking *for* their parts rather than from
//! them. A talk runs in the repair's five steps; in each step each person has one turn, in
//! three moves: the speaker speaks, the listener says back what they heard, and the speaker
//! says whether that was it or adds one thing. Then each says one thing they will do next
//! time, and both see those together.
//!
//! The state machine is [`Talk::apply`]: every change to a talk is a [`Move`], refused whole
//! (the talk unchanged) when it does not fit where the talk is. The words live in
//! `assets/content/talk.toml` ([`content`]).

pub mod content;

use std::borrow::Cow;

use super::i18n::{Args, Lang};
use super::kept::{Code, Kept};
use super::repair::RepairStep;
use super::{Level, Moment, Note, RuptureId, SharedId, TalkId, TextError};

/// What names the texts of a talk in messages.
pub const SAID_WHAT: &str = "what you said";
pub const HEARD_WHAT: &str = "what you heard";
pub const ADDED_WHAT: &str = "what you added";
pub const INTENTION_WHAT: &str = "what you'll do next time";
pub const PART_WHAT: &str = "the part";
pub const NAME_WHAT: &str = "the name";
pub const SHARED_WHAT: &str = "the sentence";

/// Below this level of settledness (0 to 10), Mend suggests a pause before talking, unless
/// the level is changed in Settings.
pub const READY_BELOW_DEFAULT: u8 = 4;
/// The gentle turn timer's length, unless changed in Settings.
pub const TURN_MINUTES_DEFAULT: u8 = 2;
/// The turn timer's lengths to choose from, in minutes.
pub const TURN_MINUTES: [u8; 4] = [1, 2, 3, 5];
/// The most parts one turn speaks for.
pub const PARTS_A_TURN: usize = 3;

/// One of the two people talking: the one whose phone it is, and their partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Who {
    One,
    Two,
}

impl Who {
    pub const BOTH: [Who; 2] = [Who::One, Who::Two];

    pub fn other(self) -> Who {
        match self {
            Who::One => Who::Two,
            Who::Two => Who::One,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Who::One => "one",
            Who::Two => "two",
        }
    }

    pub fn from_code(code: &str) -> Option<Who> {
        Self::BOTH.into_iter().find(|w| w.code() == code)
    }

    /// The name shown when none was typed, at the start of a sentence: "You", "Your
    /// partner".
    pub fn default_name(self, lang: Lang) -> String {
        lang.word("talk-default-name", self.code())
    }

    /// The name shown when none was typed, inside a sentence: "you", "your partner".
    pub fn default_within(self, lang: Lang) -> String {
        lang.word("talk-default-within", self.code())
    }
}

/// Where one person's turn is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// The speaker speaks for a part; the listener listens.
    Speak,
    /// The listener says back what they heard.
    SayBack,
    /// The speaker says whether that was it, or adds one thing.
    Check,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Speak, Phase::SayBack, Phase::Check];

    pub fn code(self) -> &'static str {
        match self {
            Phase::Speak => "speak",
            Phase::SayBack => "say_back",
            Phase::Check => "check",
        }
    }

    pub fn from_code(code: &str) -> Option<Phase> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// Where a talk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TalkStage {
    /// Both say how settled they feel.
    Ready,
    /// One person's turn in one step.
    Turn {
        step: RepairStep,
        speaker: Who,
        phase: Phase,
    },
    /// Each says one thing they will do next time.
    Intentions,
    /// Finished: both see their intentions together.
    Done,
    /// Stopped because one of them said they felt unsafe.
    Stopped,
}

impl TalkStage {
    /// Who speaks first in a step: the two take turns at starting, so neither always goes
    /// first.
    pub fn first_speaker(step: RepairStep) -> Who {
        if step.number() % 2 == 1 {
            Who::One
        } else {
            Who::Two
        }
    }

    /// The first turn of a step.
    pub fn opening(step: RepairStep) -> TalkStage {
        TalkStage::Turn {
            step,
            speaker: Self::first_speaker(step),
            phase: Phase::Speak,
        }
    }

    /// Whether the talk is still going (it can be picked up).
    pub fn is_open(self) -> bool {
        !matches!(self, TalkStage::Done | TalkStage::Stopped)
    }

    /// Who holds the phone: the one whose move it is, if it is one person's.
    pub fn holder(self) -> Option<Who> {
        match self {
            TalkStage::Turn { speaker, phase, .. } => Some(match phase {
                Phase::Speak | Phase::Check => speaker,
                Phase::SayBack => speaker.other(),
            }),
            _ => None,
        }
    }

    /// The turn after this one has finished: the other person in the same step, then the
    /// next step, then the intentions.
    fn after_turn(step: RepairStep, speaker: Who) -> TalkStage {
        if speaker == Self::first_speaker(step) {
            TalkStage::Turn {
                step,
                speaker: speaker.other(),
                phase: Phase::Speak,
            }
        } else {
            RepairStep::ALL
                .get(step.number())
                .map_or(TalkStage::Intentions, |next| Self::opening(*next))
        }
    }
}

impl Code for TalkStage {
    fn code(&self) -> Cow<'static, str> {
        match self {
            TalkStage::Ready => Cow::Borrowed("ready"),
            TalkStage::Turn {
                step,
                speaker,
                phase,
            } => Cow::Owned(format!(
                "{}/{}/{}",
                step.code(),
                speaker.code(),
                phase.code()
            )),
            TalkStage::Intentions => Cow::Borrowed("intentions"),
            TalkStage::Done => Cow::Borrowed("done"),
            TalkStage::Stopped => Cow::Borrowed("stopped"),
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        match code {
            "ready" => Some(TalkStage::Ready),
            "intentions" => Some(TalkStage::Intentions),
            "done" => Some(TalkStage::Done),
            "stopped" => Some(TalkStage::Stopped),
            turn => {
                let mut bits = turn.split('/');
                let step = RepairStep::from_code(bits.next()?)?;
                let speaker = Who::from_code(bits.next()?)?;
                let phase = Phase::from_code(bits.next()?)?;
                bits.next().is_none().then_some(TalkStage::Turn {
                    step,
                    speaker,
                    phase,
                })
            }
        }
    }
}

/// A word for where a talk stands: finished, repaired together, stopped, or under way.
pub fn status_word(lang: Lang, stage: TalkStage, repaired: bool) -> String {
    let id = match stage {
        TalkStage::Done if repaired => "talk-status-repaired",
        TalkStage::Done => "talk-status-finished",
        TalkStage::Stopped => "talk-status-stopped",
        _ => "talk-status-under-way",
    };
    lang.tr(id, None)
}

/// One person's turn in one step, as kept: nothing but what they typed or chose.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub step: RepairStep,
    /// The speaker.
    pub who: Who,
    /// The parts they spoke for, by name: picked from their own list or in their own words.
    pub parts: Vec<String>,
    /// What the speaker chose to keep of what they said.
    pub said: Note,
    /// What the listener heard, if they kept it.
    pub heard: Note,
    /// Whether the speaker said "that was it"; `None` until they said.
    pub got_it: Option<bool>,
    /// The one thing the speaker added, if any.
    pub added: Note,
}

impl Turn {
    fn new(step: RepairStep, who: Who) -> Turn {
        Turn {
            step,
            who,
            parts: Vec::new(),
            said: Note::default(),
            heard: Note::default(),
            got_it: None,
            added: Note::default(),
        }
    }

    /// Whether anything of this turn was kept.
    pub fn has_words(&self) -> bool {
        !(self.parts.is_empty()
            && self.said.as_str().is_empty()
            && self.heard.as_str().is_empty()
            && self.added.as_str().is_empty())
    }
}

/// One change to a talk, as one of the two people makes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Move {
    /// How settled one of them feels, 0 to 10, or not said (taken back).
    Ready { who: Who, level: Option<Level> },
    /// From "Ready?" to the first turn: whatever the levels, as Mend never blocks a talk.
    Begin,
    /// The speaker has spoken: the parts they spoke for and the words they chose to keep.
    Spoke { parts: Vec<String>, said: Note },
    /// The listener said back what they heard.
    Heard { heard: Note },
    /// The speaker said whether that was it, and may have added one thing.
    Checked { got_it: bool, added: Note },
    /// Stop the turns here and go on to what each will do next time.
    EndHere,
    /// What each will do next time: the talk is finished.
    Finish { one: Note, two: Note },
    /// Both say the rupture is repaired.
    BothSayRepaired,
    /// They took a pause; the talk waits where it is.
    Paused,
    /// One of them feels unsafe: the talk stops.
    Stop,
}

/// Why a move can't be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TalkError {
    /// The move does not fit where the talk is (the same screen open twice, a tap that
    /// came late).
    NotNow,
    /// Only a finished talk about a rupture can mark that rupture repaired: this one is not
    /// about a rupture, or not finished.
    NoRupture,
    /// More parts than one turn speaks for.
    TooManyParts,
    Text(TextError),
}

impl std::fmt::Display for TalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TalkError::NotNow => f.write_str("the move does not fit the talk's stage"),
            TalkError::NoRupture => f.write_str("the talk is not about a rupture, or not finished"),
            TalkError::TooManyParts => write!(f, "more than {PARTS_A_TURN} parts in one turn"),
            TalkError::Text(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for TalkError {}

impl From<TextError> for TalkError {
    fn from(e: TextError) -> Self {
        TalkError::Text(e)
    }
}

/// One talk, kept as it goes so that a pause, or the phone ringing, loses nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Talk {
    pub id: TalkId,
    /// The rupture talked about, if any.
    pub rupture_id: Option<RuptureId>,
    pub started_at: Moment,
    /// First names, if typed; empty for "You" and "Your partner".
    pub name_one: String,
    pub name_two: String,
    /// How settled each felt at the start, 0 to 10.
    pub ready_one: Option<Level>,
    pub ready_two: Option<Level>,
    /// Kept as it was read: a stage this build does not know stays as it was.
    pub stage: Kept<TalkStage>,
    /// The turns taken, in order.
    pub turns: Vec<Turn>,
    /// How many pauses they took during the talk.
    pub pauses: u32,
    /// What each will do next time: their shared intentions.
    pub intention_one: Note,
    pub intention_two: Note,
    /// Both said the rupture is repaired.
    pub repaired: bool,
    pub finished_at: Option<Moment>,
}

impl Talk {
    /// A new talk at "Ready?". Names are checked as any name is; an empty one means "You" or
    /// "Your partner".
    pub fn begin(
        id: TalkId,
        rupture_id: Option<RuptureId>,
        names: [&str; 2],
        now: Moment,
    ) -> Result<Talk, TextError> {
        let name = |typed: &str| -> Result<String, TextError> {
            if typed.trim().is_empty() {
                Ok(String::new())
            } else {
                super::Name::parse(typed).map(super::Name::into_string)
            }
        };
        Ok(Talk {
            id,
            rupture_id,
            started_at: now,
            name_one: name(names[0])?,
            name_two: name(names[1])?,
            ready_one: None,
            ready_two: None,
            stage: Kept::Known(TalkStage::Ready),
            turns: Vec::new(),
            pauses: 0,
            intention_one: Note::default(),
            intention_two: Note::default(),
            repaired: false,
            finished_at: None,
        })
    }

    /// Where the talk is: the stage kept, or, for one this build does not know, "Ready?"
    /// for an unfinished talk (the kept stage stays until they move on).
    pub fn at(&self) -> TalkStage {
        match (&self.stage, self.finished_at) {
            (Kept::Known(stage), _) => *stage,
            (_, Some(_)) => TalkStage::Done,
            (_, None) => TalkStage::Ready,
        }
    }

    /// The first name typed for one of them, if any.
    pub fn typed_name(&self, who: Who) -> Option<&str> {
        let typed = match who {
            Who::One => &self.name_one,
            Who::Two => &self.name_two,
        };
        (!typed.is_empty()).then_some(typed.as_str())
    }

    /// The name to show for one of them, at the start of a sentence or before a colon.
    pub fn name(&self, lang: Lang, who: Who) -> String {
        match self.typed_name(who) {
            Some(name) => name.to_owned(),
            None => who.default_name(lang),
        }
    }

    /// The name to show inside a sentence: a typed name as it is, "you" or "your partner".
    pub fn name_within(&self, lang: Lang, who: Who) -> String {
        match self.typed_name(who) {
            Some(name) => name.to_owned(),
            None => who.default_within(lang),
        }
    }

    /// "Sam and Alex", "You and your partner".
    pub fn both(&self, lang: Lang) -> String {
        crate::t!(
            lang,
            "talk-both",
            one = self.name(lang, Who::One),
            two = self.name_within(lang, Who::Two)
        )
    }

    /// The message `id` about one of them: "Sam's turn to speak", "Your turn to speak". The
    /// message chooses its words by `$who`: `one` ("you") or `two` ("your partner") when no
    /// name was typed for them, `named` when one was, the name being `$name`.
    pub fn about(&self, lang: Lang, id: &str, who: Who) -> String {
        let mut args = Args::new();
        match self.typed_name(who) {
            Some(name) => {
                args.set("who", "named");
                args.set("name", name.to_owned());
            }
            None => {
                args.set("who", who.code());
                args.set("name", "");
            }
        }
        lang.tr(id, Some(&args))
    }

    /// A word for where the talk stands, for History and the rupture's page.
    pub fn status(&self, lang: Lang) -> String {
        status_word(lang, self.at(), self.repaired)
    }

    pub fn ready(&self, who: Who) -> Option<Level> {
        match who {
            Who::One => self.ready_one,
            Who::Two => self.ready_two,
        }
    }

    pub fn intention(&self, who: Who) -> &Note {
        match who {
            Who::One => &self.intention_one,
            Who::Two => &self.intention_two,
        }
    }

    /// Whether Mend suggests a pause first: either feels less settled than `below`.
    pub fn suggests_pause(&self, below: Level) -> bool {
        Who::BOTH
            .iter()
            .any(|w| self.ready(*w).is_some_and(|l| l < below))
    }

    /// The turn under way, if one is.
    pub fn turn(&self) -> Option<&Turn> {
        match self.at() {
            TalkStage::Turn { step, speaker, .. } => self
                .turns
                .last()
                .filter(|t| t.step == step && t.who == speaker),
            _ => None,
        }
    }

    /// The steps they reached, in order.
    pub fn steps_reached(&self) -> Vec<RepairStep> {
        RepairStep::ALL
            .into_iter()
            .filter(|s| self.turns.iter().any(|t| t.step == *s))
            .collect()
    }

    /// The parts one of them spoke for, each once, in the order first spoken for.
    pub fn parts_of(&self, who: Who) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for part in self
            .turns
            .iter()
            .filter(|t| t.who == who)
            .flat_map(|t| &t.parts)
        {
            if !out.iter().any(|p| p.eq_ignore_ascii_case(part)) {
                out.push(part);
            }
        }
        out
    }

    /// Every word typed in the talk, for the safety check.
    pub fn typed(&self) -> impl Iterator<Item = &str> {
        let turns = self.turns.iter().flat_map(|t| {
            t.parts.iter().map(String::as_str).chain([
                t.said.as_str(),
                t.heard.as_str(),
                t.added.as_str(),
            ])
        });
        [self.name_one.as_str(), self.name_two.as_str()]
            .into_iter()
            .chain(turns)
            .chain([self.intention_one.as_str(), self.intention_two.as_str()])
            .filter(|t| !t.is_empty())
    }

    /// Makes one move, or refuses it and leaves the talk as it was.
    pub fn apply(&mut self, step: Move, now: Moment) -> Result<(), TalkError> {
        let at = self.at();
        match (step, at) {
            (Move::Ready { who, level }, TalkStage::Ready) => match who {
                Who::One => self.ready_one = level,
                Who::Two => self.ready_two = level,
            },
            (Move::Begin, TalkStage::Ready) => {
                self.enter(TalkStage::opening(RepairStep::Notice));
            }
            (
                Move::Spoke { parts, said },
                TalkStage::Turn {
                    step,
                    speaker,
                    phase: Phase::Speak,
                },
            ) => {
                if parts.len() > PARTS_A_TURN {
                    return Err(TalkError::TooManyParts);
                }
                let parts = parts
                    .iter()
                    .map(|p| super::Name::parse(p).map(super::Name::into_string))
                    .collect::<Result<Vec<_>, _>>()?;
                let turn = self.current(step, speaker);
                turn.parts = parts;
                turn.said = said;
                self.stage = Kept::Known(TalkStage::Turn {
                    step,
                    speaker,
                    phase: Phase::SayBack,
                });
            }
            (
                Move::Heard { heard },
                TalkStage::Turn {
                    step,
                    speaker,
                    phase: Phase::SayBack,
                },
            ) => {
                self.current(step, speaker).heard = heard;
                self.stage = Kept::Known(TalkStage::Turn {
                    step,
                    speaker,
                    phase: Phase::Check,
                });
            }
            (
                Move::Checked { got_it, added },
                TalkStage::Turn {
                    step,
                    speaker,
                    phase: Phase::Check,
                },
            ) => {
                let turn = self.current(step, speaker);
                turn.got_it = Some(got_it);
                turn.added = added;
                self.enter(TalkStage::after_turn(step, speaker));
            }
            (Move::EndHere, TalkStage::Turn { .. }) => {
                self.stage = Kept::Known(TalkStage::Intentions);
            }
            (Move::Finish { one, two }, TalkStage::Intentions) => {
                self.intention_one = one;
                self.intention_two = two;
                self.finished_at = Some(now);
                self.stage = Kept::Known(TalkStage::Done);
            }
            (Move::BothSayRepaired, TalkStage::Done) => {
                if self.rupture_id.is_none() {
                    return Err(TalkError::NoRupture);
                }
                self.repaired = true;
            }
            (Move::BothSayRepaired, _) => return Err(TalkError::NoRupture),
            (Move::Paused, stage) if stage.is_open() => self.pauses += 1,
            (Move::Stop, stage) if stage.is_open() => {
                self.stage = Kept::Known(TalkStage::Stopped);
            }
            _ => return Err(TalkError::NotNow),
        }
        Ok(())
    }

    /// Moves to a stage; a turn's first move opens its record.
    fn enter(&mut self, stage: TalkStage) {
        if let TalkStage::Turn { step, speaker, .. } = stage {
            self.turns.push(Turn::new(step, speaker));
        }
        self.stage = Kept::Known(stage);
    }

    /// The turn under way, opened if a talk kept without it (an older file) needs it.
    fn current(&mut self, step: RepairStep, who: Who) -> &mut Turn {
        let open = self
            .turns
            .last()
            .is_some_and(|t| t.step == step && t.who == who);
        if !open {
            self.turns.push(Turn::new(step, who));
        }
        let last = self.turns.len() - 1;
        &mut self.turns[last]
    }
}

/// One of a couple's shared words: a sentence they agree to use when it gets hard.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedWords {
    pub id: SharedId,
    pub text: String,
    /// The id of our suggestion it came from, or empty for their own words.
    pub suggestion: String,
}

#[cfg(test)]
mod tests;
