//! The guided repair: five steps, one screen each, then the outcome.

use chrono::TimeDelta;

use super::i18n::Lang;
use super::kept::{Kept, coded};
use super::rupture::time_to_repair;
use super::{Moment, Note, RepairId, RuptureId, RuptureStatus};

/// What names the texts of a repair in messages.
pub const NOTE_WHAT: &str = "the note";
pub const INTENTION_WHAT: &str = "the intention";
pub const FELT_WHAT: &str = "how it felt";

/// The five repair steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RepairStep {
    Notice,
    FindSelf,
    Listen,
    Acknowledge,
    Respond,
}

/// Our words for one step: its title, what to do, and example phrases to adapt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepGuide {
    pub title: String,
    pub guidance: String,
    pub note_label: String,
    /// A few words to say, kept with a repair as they were said.
    pub phrases: Vec<String>,
}

impl RepairStep {
    pub const ALL: [RepairStep; 5] = [
        RepairStep::Notice,
        RepairStep::FindSelf,
        RepairStep::Listen,
        RepairStep::Acknowledge,
        RepairStep::Respond,
    ];

    /// 1 to 5.
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn code(self) -> &'static str {
        match self {
            RepairStep::Notice => "notice",
            RepairStep::FindSelf => "find_self",
            RepairStep::Listen => "listen",
            RepairStep::Acknowledge => "acknowledge",
            RepairStep::Respond => "respond",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// What the step says, in `lang` (see `assets/locales/*/repair.ftl`).
    pub fn guide(self, lang: Lang) -> StepGuide {
        let word = |part: &str| lang.word("repair-step", &format!("{}{part}", self.code()));
        StepGuide {
            title: word(""),
            guidance: word("-guidance"),
            note_label: word("-note"),
            phrases: word("-phrases").lines().map(str::to_owned).collect(),
        }
    }
}

/// Where someone is in the repair flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RepairStage {
    Step(RepairStep),
    Outcome,
}

impl RepairStage {
    pub const FIRST: RepairStage = RepairStage::Step(RepairStep::Notice);

    /// The stage after this one; the outcome is the last.
    pub fn next(self) -> RepairStage {
        match self {
            RepairStage::Step(step) => RepairStep::ALL
                .get(step.number())
                .map_or(RepairStage::Outcome, |s| RepairStage::Step(*s)),
            RepairStage::Outcome => RepairStage::Outcome,
        }
    }

    /// The stage before this one; the first step has none.
    pub fn back(self) -> Option<RepairStage> {
        match self {
            RepairStage::Outcome => Some(RepairStage::Step(RepairStep::Respond)),
            RepairStage::Step(step) => step
                .number()
                .checked_sub(2)
                .map(|i| RepairStage::Step(RepairStep::ALL[i])),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            RepairStage::Step(step) => step.code(),
            RepairStage::Outcome => "outcome",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        if code == "outcome" {
            Some(RepairStage::Outcome)
        } else {
            RepairStep::from_code(code).map(RepairStage::Step)
        }
    }
}

coded!(RepairStage);

/// How a repair went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RepairOutcome {
    Reconnected,
    Partly,
    NotYet,
}

impl RepairOutcome {
    pub const ALL: [RepairOutcome; 3] = [
        RepairOutcome::Reconnected,
        RepairOutcome::Partly,
        RepairOutcome::NotYet,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RepairOutcome::Reconnected => "reconnected",
            RepairOutcome::Partly => "partly",
            RepairOutcome::NotYet => "not_yet",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }

    /// How it went, in the reader's language.
    pub fn label(self, lang: Lang) -> String {
        lang.word("repair-outcome", self.code())
    }

    /// What the rupture becomes after a repair with this outcome.
    pub fn rupture_status(self) -> RuptureStatus {
        match self {
            RepairOutcome::Reconnected | RepairOutcome::Partly => RuptureStatus::Repaired,
            RepairOutcome::NotYet => RuptureStatus::Open,
        }
    }
}

/// Why a repair cannot move on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepairError {
    /// The outcome is chosen on the last screen only.
    NotAtOutcome,
    AlreadyComplete,
}

impl std::fmt::Display for RepairError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RepairError::NotAtOutcome => {
                write!(f, "Walk through the steps before choosing how it went.")
            }
            RepairError::AlreadyComplete => write!(f, "This repair is already complete."),
        }
    }
}

impl std::error::Error for RepairError {}

/// A repair of one rupture, saved as it goes so nothing is lost if the app closes.
#[derive(Debug, Clone, PartialEq)]
pub struct Repair {
    pub id: RepairId,
    pub rupture_id: RuptureId,
    pub started_at: Moment,
    /// Kept as it was read: a stage this build does not know stays until the person moves on.
    pub stage: Kept<RepairStage>,
    pub notes: StepNotes,
    /// What I will do next time.
    pub intention: Note,
    /// The phrases used, in the order they were picked or written.
    pub phrases: Vec<String>,
    pub outcome: Option<RepairOutcome>,
    /// How it felt, in the user's words.
    pub felt: Note,
    pub completed_at: Option<Moment>,
    pub time_to_repair: Option<TimeDelta>,
}

/// A note per repair step.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StepNotes {
    pub notice: Note,
    pub find_self: Note,
    pub listen: Note,
    pub acknowledge: Note,
    pub respond: Note,
}

impl StepNotes {
    pub fn get(&self, step: RepairStep) -> &Note {
        match step {
            RepairStep::Notice => &self.notice,
            RepairStep::FindSelf => &self.find_self,
            RepairStep::Listen => &self.listen,
            RepairStep::Acknowledge => &self.acknowledge,
            RepairStep::Respond => &self.respond,
        }
    }

    pub fn set(&mut self, step: RepairStep, note: Note) {
        let slot = match step {
            RepairStep::Notice => &mut self.notice,
            RepairStep::FindSelf => &mut self.find_self,
            RepairStep::Listen => &mut self.listen,
            RepairStep::Acknowledge => &mut self.acknowledge,
            RepairStep::Respond => &mut self.respond,
        };
        *slot = note;
    }
}

impl Repair {
    /// Begins a repair at the first step.
    pub fn begin(id: RepairId, rupture_id: RuptureId, now: Moment) -> Self {
        Self {
            id,
            rupture_id,
            started_at: now,
            stage: Kept::Known(RepairStage::FIRST),
            notes: StepNotes::default(),
            intention: Note::default(),
            phrases: Vec::new(),
            outcome: None,
            felt: Note::default(),
            completed_at: None,
            time_to_repair: None,
        }
    }

    /// The stage to show: the one kept, or the first step if it was kept in a form this
    /// build does not know (which stays as it was until the person moves on).
    pub fn at_stage(&self) -> RepairStage {
        self.stage.known().copied().unwrap_or(RepairStage::FIRST)
    }

    pub fn is_complete(&self) -> bool {
        self.completed_at.is_some()
    }

    /// What the person chose to say in the "respond" step, for them to send if they wish:
    /// their own words there, then the step's example phrases they picked. Nothing from the
    /// other steps. `None` when they chose nothing there.
    pub fn words_to_say(&self) -> Option<String> {
        // The step's words in any language: they are kept as they were said.
        let offered: Vec<String> = Lang::all()
            .flat_map(|lang| RepairStep::Respond.guide(lang).phrases)
            .collect();
        let own = self.notes.respond.as_str().trim();
        let words: Vec<&str> = std::iter::once(own)
            .filter(|w| !w.is_empty())
            .chain(
                self.phrases
                    .iter()
                    .filter(|p| offered.contains(p))
                    .map(String::as_str),
            )
            .collect();
        (!words.is_empty()).then(|| words.join("\n"))
    }

    /// Adds a phrase to those used, or takes it away if it is already there.
    pub fn toggle_phrase(&mut self, phrase: &str) {
        if let Some(i) = self.phrases.iter().position(|p| p == phrase) {
            self.phrases.remove(i);
        } else {
            self.phrases.push(phrase.to_owned());
        }
    }

    /// Records the outcome. Returns the rupture's new status.
    pub fn complete(
        &mut self,
        outcome: RepairOutcome,
        now: Moment,
        rupture_at: Moment,
    ) -> Result<RuptureStatus, RepairError> {
        if self.is_complete() {
            return Err(RepairError::AlreadyComplete);
        }
        if self.stage != Kept::Known(RepairStage::Outcome) {
            return Err(RepairError::NotAtOutcome);
        }
        self.outcome = Some(outcome);
        self.completed_at = Some(now);
        let status = outcome.rupture_status();
        self.time_to_repair =
            (status == RuptureStatus::Repaired).then(|| time_to_repair(rupture_at, now));
        Ok(status)
    }
}

/// What a person changes on a repair's screens: the words, the phrases and where they are.
/// The store applies it to the repair as it is kept, in one transaction, so nothing else of
/// the repair is written back from a screen's copy.
#[derive(Debug, Clone, PartialEq)]
pub struct RepairEdit {
    pub id: RepairId,
    pub stage: Kept<RepairStage>,
    pub notes: StepNotes,
    pub intention: Note,
    pub phrases: Vec<String>,
    pub felt: Note,
}

impl From<&Repair> for RepairEdit {
    fn from(r: &Repair) -> Self {
        Self {
            id: r.id,
            stage: r.stage.clone(),
            notes: r.notes.clone(),
            intention: r.intention.clone(),
            phrases: r.phrases.clone(),
            felt: r.felt.clone(),
        }
    }
}

impl RepairEdit {
    /// Puts the changes into the repair as it is kept.
    pub fn apply(self, r: &mut Repair) {
        let RepairEdit {
            id: _,
            stage,
            notes,
            intention,
            phrases,
            felt,
        } = self;
        r.stage = stage;
        r.notes = notes;
        r.intention = intention;
        r.phrases = phrases;
        r.felt = felt;
    }
}

crate::domain::kept::coded!(RepairOutcome);

#[cfg(test)]
mod tests {
    use super::*;

    use chrono::DateTime;

    fn at(s: &str) -> Moment {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn stages_walk_forward_and_back() {
        let mut stage = RepairStage::FIRST;
        let mut seen = vec![stage];
        while stage != RepairStage::Outcome {
            stage = stage.next();
            seen.push(stage);
        }
        let expected: Vec<RepairStage> = RepairStep::ALL
            .into_iter()
            .map(RepairStage::Step)
            .chain([RepairStage::Outcome])
            .collect();
        assert_eq!(seen, expected);
        assert_eq!(RepairStage::Outcome.next(), RepairStage::Outcome);

        let mut back = vec![RepairStage::Outcome];
        while let Some(prev) = back.last().and_then(|s| s.back()) {
            back.push(prev);
        }
        back.reverse();
        assert_eq!(back, expected);
        assert_eq!(RepairStage::FIRST.back(), None);
    }

    #[test]
    fn stage_codes_round_trip() {
        for stage in RepairStep::ALL
            .into_iter()
            .map(RepairStage::Step)
            .chain([RepairStage::Outcome])
        {
            assert_eq!(RepairStage::from_code(stage.code()), Some(stage));
        }
        assert_eq!(RepairStage::from_code("nonsense"), None);
        for o in RepairOutcome::ALL {
            assert_eq!(RepairOutcome::from_code(o.code()), Some(o));
        }
    }

    #[test]
    fn every_step_has_words_in_every_language() {
        for lang in Lang::all() {
            for (i, step) in RepairStep::ALL.into_iter().enumerate() {
                let guide = step.guide(lang);
                assert_eq!(step.number(), i + 1);
                for said in [&guide.title, &guide.guidance, &guide.note_label] {
                    assert!(!said.trim().is_empty(), "{} {step:?}", lang.tag());
                }
                assert!(
                    (2..=3).contains(&guide.phrases.len()),
                    "{} {step:?}",
                    lang.tag()
                );
                assert!(guide.phrases.iter().all(|p| !p.trim().is_empty()));
            }
        }
        let es = Lang::from_tag("es").unwrap();
        assert_eq!(RepairStep::Listen.guide(es).title, "Escucha primero");
    }

    #[test]
    fn outcome_only_at_the_end() {
        let rupture_at = at("2026-11-23T18:00:00+01:00");
        let mut r = Repair::begin(
            RepairId::random(),
            RuptureId::random(),
            at("2026-11-23T19:00:00+01:00"),
        );
        assert_eq!(
            r.complete(
                RepairOutcome::Reconnected,
                at("2026-11-23T19:30:00+01:00"),
                rupture_at
            ),
            Err(RepairError::NotAtOutcome)
        );
        r.stage = Kept::Known(RepairStage::Outcome);
        let status = r
            .complete(
                RepairOutcome::Reconnected,
                at("2026-11-23T19:30:00+01:00"),
                rupture_at,
            )
            .unwrap();
        assert_eq!(status, RuptureStatus::Repaired);
        assert_eq!(r.time_to_repair, Some(TimeDelta::minutes(90)));
        assert_eq!(
            r.complete(
                RepairOutcome::Partly,
                at("2026-11-23T19:31:00+01:00"),
                rupture_at
            ),
            Err(RepairError::AlreadyComplete)
        );
    }

    #[test]
    fn not_yet_leaves_the_rupture_open() {
        let mut r = Repair::begin(
            RepairId::random(),
            RuptureId::random(),
            at("2026-11-23T19:00:00Z"),
        );
        r.stage = Kept::Known(RepairStage::Outcome);
        let status = r
            .complete(
                RepairOutcome::NotYet,
                at("2026-11-23T19:10:00Z"),
                at("2026-11-23T18:00:00Z"),
            )
            .unwrap();
        assert_eq!(status, RuptureStatus::Open);
        assert_eq!(r.time_to_repair, None);
        assert!(r.is_complete());
    }

    #[test]
    fn phrases_toggle_and_notes_per_step() {
        let mut r = Repair::begin(
            RepairId::random(),
            RuptureId::random(),
            at("2026-11-23T19:00:00Z"),
        );
        r.toggle_phrase("I'm sorry.");
        r.toggle_phrase("I'm listening.");
        r.toggle_phrase("I'm sorry.");
        assert_eq!(r.phrases, ["I'm listening."]);
        for step in RepairStep::ALL {
            r.notes
                .set(step, Note::parse(step.code(), "the note").unwrap());
        }
        for step in RepairStep::ALL {
            assert_eq!(r.notes.get(step).as_str(), step.code());
        }
    }

    #[test]
    fn the_words_to_say_are_the_respond_step_s_alone() {
        let mut r = Repair::begin(
            RepairId::random(),
            RuptureId::random(),
            at("2026-11-23T19:00:00Z"),
        );
        assert_eq!(r.words_to_say(), None);
        let respond = RepairStep::Respond.guide(Lang::ENGLISH).phrases;
        let [sorry, next_time, _] = &respond[..] else {
            panic!("the respond step offers three phrases");
        };
        // A phrase of another step, and words of one's own added to the list, stay out.
        r.toggle_phrase(&RepairStep::Listen.guide(Lang::ENGLISH).phrases[0]);
        r.toggle_phrase("My own words from earlier");
        assert_eq!(r.words_to_say(), None);
        r.toggle_phrase(sorry);
        assert_eq!(r.words_to_say().as_deref(), Some(sorry.as_str()));
        r.notes.set(
            RepairStep::Respond,
            Note::parse("  I was scared, and I'm sorry.  ", "the note").unwrap(),
        );
        r.notes.set(
            RepairStep::Notice,
            Note::parse("Only for me", "the note").unwrap(),
        );
        r.toggle_phrase(next_time);
        // One chosen while Mend spoke Spanish counts too: it is kept as it was said.
        let es = Lang::from_tag("es").unwrap();
        let spanish = &RepairStep::Respond.guide(es).phrases[2];
        r.toggle_phrase(spanish);
        assert_eq!(
            r.words_to_say().unwrap(),
            format!("I was scared, and I'm sorry.\n{sorry}\n{next_time}\n{spanish}")
        );
    }
}
