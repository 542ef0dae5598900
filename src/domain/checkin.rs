//! A check-in: which part is activated, how strongly, how old it feels, what it fears, where
//! it sits in the body and how much Self is here.

use serde::{Deserialize, Serialize};

use std::borrow::Cow;

use super::i18n::Lang;
use super::kept::{Code, Kept, coded};
use super::{CheckInId, Level, Moment, Note, PartId, PersonId, RuptureId};

/// What names a check-in's note in messages.
pub const NOTE_WHAT: &str = "the note";

/// How old an activated part feels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeBand {
    UnderFive,
    FiveToEight,
    NineToTwelve,
    Teen,
    Adult,
    NotSure,
}

impl AgeBand {
    pub const ALL: [AgeBand; 6] = [
        AgeBand::UnderFive,
        AgeBand::FiveToEight,
        AgeBand::NineToTwelve,
        AgeBand::Teen,
        AgeBand::Adult,
        AgeBand::NotSure,
    ];

    /// The word shown on the chip.
    /// The band in the reader's language.
    pub fn label(self, lang: Lang) -> String {
        lang.word("age", self.code())
    }

    /// The stable code kept in the database and in exports.
    pub fn code(self) -> &'static str {
        match self {
            AgeBand::UnderFive => "under_5",
            AgeBand::FiveToEight => "5_8",
            AgeBand::NineToTwelve => "9_12",
            AgeBand::Teen => "teen",
            AgeBand::Adult => "adult",
            AgeBand::NotSure => "not_sure",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|band| band.code() == code)
    }
}

coded!(AgeBand);

/// Where a check-in happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Home,
    Car,
    Phone,
    Out,
    Other,
}

impl Place {
    pub const ALL: [Place; 5] = [
        Place::Home,
        Place::Car,
        Place::Phone,
        Place::Out,
        Place::Other,
    ];

    /// The word shown on the chip and in the detail view.
    /// The place in the reader's language.
    pub fn label(self, lang: Lang) -> String {
        lang.word("place", self.code())
    }

    /// The stable code kept in the database and in exports.
    pub fn code(self) -> &'static str {
        match self {
            Place::Home => "home",
            Place::Car => "car",
            Place::Phone => "phone",
            Place::Out => "out",
            Place::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|place| place.code() == code)
    }
}

coded!(Place);

/// The eight qualities of Self, offered as an alternative to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SelfQuality {
    Calm,
    Curiosity,
    Compassion,
    Confidence,
    Courage,
    Clarity,
    Creativity,
    Connectedness,
}

impl SelfQuality {
    pub const ALL: [SelfQuality; 8] = [
        SelfQuality::Calm,
        SelfQuality::Curiosity,
        SelfQuality::Compassion,
        SelfQuality::Confidence,
        SelfQuality::Courage,
        SelfQuality::Clarity,
        SelfQuality::Creativity,
        SelfQuality::Connectedness,
    ];

    /// The quality in the reader's language.
    pub fn label(self, lang: Lang) -> String {
        lang.word("quality", self.english())
    }

    /// The quality's English word, which is also its code in the database and in exports.
    pub fn english(self) -> &'static str {
        match self {
            SelfQuality::Calm => "calm",
            SelfQuality::Curiosity => "curiosity",
            SelfQuality::Compassion => "compassion",
            SelfQuality::Confidence => "confidence",
            SelfQuality::Courage => "courage",
            SelfQuality::Clarity => "clarity",
            SelfQuality::Creativity => "creativity",
            SelfQuality::Connectedness => "connectedness",
        }
    }

    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.english() == label)
    }
}

/// A quality is kept by its label.
impl Code for SelfQuality {
    fn code(&self) -> Cow<'static, str> {
        Cow::Borrowed(self.english())
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::from_label(code)
    }
}

/// Common fears of a protective part, offered as chips.
pub const FEAR_CHOICES: [&str; 8] = [
    "being left",
    "being blamed",
    "not mattering",
    "being controlled",
    "losing them",
    "getting it wrong",
    "being hurt",
    "being alone",
];

/// Places in the body where a part is often felt, offered as chips.
pub const BODY_CHOICES: [&str; 8] = [
    "chest",
    "throat",
    "stomach",
    "jaw",
    "shoulders",
    "head",
    "hands",
    "whole body",
];

/// A fear as the reader sees it: one of [`FEAR_CHOICES`] in their language, or one in the
/// person's own words as they wrote it. What is kept is the choice's English words either way.
pub fn fear_label(lang: Lang, fear: &str) -> String {
    offered_label(lang, "fear", &FEAR_CHOICES, fear)
}

/// A place in the body as the reader sees it (see [`fear_label`]).
pub fn body_label(lang: Lang, place: &str) -> String {
    offered_label(lang, "body", &BODY_CHOICES, place)
}

fn offered_label(lang: Lang, kind: &str, offered: &[&str], kept: &str) -> String {
    match offered.iter().find(|o| o.eq_ignore_ascii_case(kept)) {
        Some(o) => lang.word(kind, &o.replace(' ', "-")),
        None => kept.to_owned(),
    }
}

/// One check-in as kept. Only the part is required; everything else is optional.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckIn {
    pub id: CheckInId,
    pub at: Moment,
    pub part_id: PartId,
    pub intensity: Option<Level>,
    pub age: Option<Kept<AgeBand>>,
    pub fears: Vec<String>,
    pub body: Vec<String>,
    pub self_level: Option<Level>,
    /// In the order noticed; one this build does not know is kept as it was.
    pub self_qualities: Vec<Kept<SelfQuality>>,
    pub person_id: Option<PersonId>,
    pub note: Note,
    pub rupture_id: Option<RuptureId>,
    /// Where it happened; one this build does not know is kept as it was.
    pub place: Option<Kept<Place>>,
}

impl CheckIn {
    /// A check-in of just a part, the three-tap kind.
    pub fn of_part(id: CheckInId, at: Moment, part_id: PartId) -> Self {
        Self {
            id,
            at,
            part_id,
            intensity: None,
            age: None,
            fears: Vec::new(),
            body: Vec::new(),
            self_level: None,
            self_qualities: Vec::new(),
            person_id: None,
            note: Note::default(),
            rupture_id: None,
            place: None,
        }
    }

    /// What to offer once this check-in is saved.
    pub fn suggestion(&self) -> Suggestion {
        suggest(self.self_level, self.intensity, self.self_qualities.len())
    }
}

/// What Mend offers after a check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggestion {
    /// Little Self is here: taking space first is kinder to both people.
    Pause,
    /// Enough Self is here to listen and begin repairing.
    Repair,
}

/// Below this much Self, Mend offers a pause before anything else.
pub const LOW_SELF_BELOW: u8 = 5;
/// With no Self score, a part this strong suggests a pause.
pub const HIGH_INTENSITY_FROM: u8 = 7;

/// Low Self offers a pause; enough Self offers repair. When Self was not rated, three or
/// more of the eight Cs count as enough Self, and otherwise a very strong part suggests a
/// pause.
pub fn suggest(
    self_level: Option<Level>,
    intensity: Option<Level>,
    qualities: usize,
) -> Suggestion {
    match self_level {
        Some(level) if level.get() < LOW_SELF_BELOW => Suggestion::Pause,
        Some(_) => Suggestion::Repair,
        None if qualities >= 3 => Suggestion::Repair,
        None => match intensity {
            Some(i) if i.get() >= HIGH_INTENSITY_FROM => Suggestion::Pause,
            _ => Suggestion::Repair,
        },
    }
}

/// Adds a chip's text to a list, or removes it if already there (case-insensitive).
pub fn toggle_chip(list: &mut Vec<String>, chip: &str) {
    if let Some(i) = list.iter().position(|c| c.eq_ignore_ascii_case(chip)) {
        list.remove(i);
    } else {
        list.push(chip.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word kept by code has its words in every language Mend ships, and a fear or a
    /// place in the body in the person's own words is shown as they wrote it.
    #[test]
    fn every_offered_word_is_said_in_every_language() {
        for lang in Lang::all().filter(|l| !l.is_pseudo()) {
            let words: Vec<String> = AgeBand::ALL
                .iter()
                .map(|b| b.label(lang))
                .chain(Place::ALL.iter().map(|p| p.label(lang)))
                .chain(SelfQuality::ALL.iter().map(|q| q.label(lang)))
                .chain(FEAR_CHOICES.iter().map(|f| fear_label(lang, f)))
                .chain(BODY_CHOICES.iter().map(|b| body_label(lang, b)))
                .collect();
            assert!(
                words.iter().all(|w| !w.is_empty()),
                "{}: {words:?}",
                lang.tag()
            );
        }
        let spanish = Lang::from_tag("es").unwrap();
        assert_eq!(
            fear_label(spanish, "Being Left"),
            fear_label(spanish, "being left")
        );
        assert_ne!(fear_label(spanish, "being left"), "being left");
        assert_eq!(fear_label(spanish, "the dark"), "the dark");
        assert_eq!(body_label(Lang::ENGLISH, "whole body"), "whole body");
        assert_eq!(Place::Car.label(Lang::ENGLISH), "in the car");
    }

    fn lvl(v: u8) -> Option<Level> {
        Level::new(v)
    }

    #[test]
    fn suggestions() {
        let check = |self_level, intensity, qualities, expected| {
            assert_eq!(
                suggest(self_level, intensity, qualities),
                expected,
                "self {self_level:?} intensity {intensity:?} qualities {qualities}"
            )
        };
        check(lvl(0), None, 0, Suggestion::Pause);
        check(lvl(4), lvl(2), 0, Suggestion::Pause);
        check(lvl(5), lvl(10), 0, Suggestion::Repair);
        check(lvl(10), None, 0, Suggestion::Repair);
        check(None, None, 0, Suggestion::Repair);
        check(None, lvl(6), 0, Suggestion::Repair);
        check(None, lvl(7), 0, Suggestion::Pause);
        check(None, lvl(9), 3, Suggestion::Repair);
        check(lvl(2), None, 8, Suggestion::Pause);
    }

    #[test]
    fn age_band_codes_round_trip() {
        for band in AgeBand::ALL {
            assert_eq!(AgeBand::from_code(band.code()), Some(band));
        }
        assert_eq!(AgeBand::from_code("ancient"), None);
    }

    #[test]
    fn chips_toggle() {
        let mut fears = vec!["being left".to_owned()];
        toggle_chip(&mut fears, "being blamed");
        assert_eq!(fears, ["being left", "being blamed"]);
        toggle_chip(&mut fears, "Being Left");
        assert_eq!(fears, ["being blamed"]);
    }
}
