//! The gentle guidance on a practice response: which of the checks it meets, each said
//! kindly, and a line of encouragement. Never a score.

use super::*;

/// Something gentle guidance looks for in a practice response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    /// The response speaks *for* a part ("a part of me got scared") rather than *from* it
    /// (shouting, insults, blame).
    SpeaksForPart,
    /// The response acknowledges the other person's experience.
    AcknowledgesImpact,
    /// An apology is not taken back by a "but" in the same sentence.
    NoButAfterApology,
    /// The response avoids "you always" and "you never".
    NoAlwaysNever,
    /// The response offers a next step.
    OffersNextStep,
}

impl Check {
    /// Every check, in the order [`guidance`] returns them.
    pub const ALL: [Check; 5] = [
        Check::SpeaksForPart,
        Check::AcknowledgesImpact,
        Check::NoButAfterApology,
        Check::NoAlwaysNever,
        Check::OffersNextStep,
    ];

    /// The check's code: how it is kept with a practice card, and what names its words in
    /// the message files.
    pub fn code(self) -> &'static str {
        match self {
            Check::SpeaksForPart => "for_part",
            Check::AcknowledgesImpact => "impact",
            Check::NoButAfterApology => "no_but",
            Check::NoAlwaysNever => "no_always_never",
            Check::OffersNextStep => "next_step",
        }
    }

    /// A short name for the check, as shown beside its note.
    pub fn label(self, lang: Lang) -> String {
        lang.word("practice-check", self.code())
    }
}

/// What one check noticed about a practice response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guidance {
    /// Which check this is.
    pub check: Check,
    /// Whether the response already does what the check looks for.
    pub met: bool,
    /// Which warm note fits this outcome: the message `practice-note-{note}`.
    pub note: &'static str,
}

impl Guidance {
    /// The note, in `lang`.
    pub fn note(&self, lang: Lang) -> String {
        lang.word("practice-note", self.note)
    }
}

/// Gentle guidance on a practice response: all five [`Check`]s, in the order of
/// [`Check::ALL`]. An empty response (or one with no words) gives an empty list, so that
/// the screen can ask for a response instead. The response is read in English and in
/// Spanish: each check is met (or missed) in whichever it is written in.
pub fn guidance(response: &str) -> Vec<Guidance> {
    let text = looked_at(response);
    let sentences = sentences(text);
    if sentences.is_empty() {
        return Vec::new();
    }
    let scans: Vec<Scan<'_>> = sentences
        .iter()
        .map(|words| Scan::new(text, words))
        .collect();
    let spanish: Vec<Spanish> = sentences
        .iter()
        .map(|words| Spanish::new(text, words))
        .collect();

    let names_a_part =
        scans.iter().any(Scan::names_a_part) || spanish.iter().any(Spanish::names_a_part);
    let speaks_from_part = shouts(text)
        || scans
            .iter()
            .any(|s| s.insults() || (!s.speaks_for_part() && !s.blames().is_empty()))
        || spanish
            .iter()
            .any(|s| s.insults() || (!s.speaks_for_part() && !s.blames(|_| false).is_empty()));
    let speaks_for_part = Guidance {
        check: Check::SpeaksForPart,
        met: !speaks_from_part && names_a_part,
        note: if speaks_from_part {
            "from-part"
        } else if names_a_part {
            "for-part"
        } else {
            "name-part"
        },
    };

    let acknowledges =
        scans.iter().any(|s| s.has_any(ACKNOWLEDGE)) || spanish.iter().any(Spanish::acknowledges);
    let acknowledges_impact = Guidance {
        check: Check::AcknowledgesImpact,
        met: acknowledges,
        note: if acknowledges { "impact" } else { "no-impact" },
    };

    let taken_back = scans.iter().any(Scan::takes_apology_back)
        || spanish.iter().any(Spanish::takes_apology_back);
    let apologises = scans.iter().any(Scan::apologises) || spanish.iter().any(Spanish::apologises);
    let no_but = Guidance {
        check: Check::NoButAfterApology,
        met: !taken_back,
        note: if taken_back {
            "but"
        } else if apologises {
            "apology-stands"
        } else {
            "no-apology"
        },
    };

    let absolute = scans.iter().any(|s| {
        s.blames()
            .iter()
            .any(|b| matches!(b.rule, BlameRule::Always | BlameRule::Never))
    }) || spanish.iter().any(|s| {
        s.blames(|_| false)
            .iter()
            .any(|f| matches!(f.rule, BlameRule::Always | BlameRule::Never))
    });
    let no_always_never = Guidance {
        check: Check::NoAlwaysNever,
        met: !absolute,
        note: if absolute { "absolute" } else { "this-moment" },
    };

    let next_step =
        scans.iter().any(|s| s.has_any(NEXT_STEP)) || spanish.iter().any(Spanish::offers_next_step);
    let offers_next_step = Guidance {
        check: Check::OffersNextStep,
        met: next_step,
        note: if next_step {
            "next-step"
        } else {
            "no-next-step"
        },
    };

    vec![
        speaks_for_part,
        acknowledges_impact,
        no_but,
        no_always_never,
        offers_next_step,
    ]
}

/// One warm line about a practice response as a whole, in `lang`. It depends on how much
/// of the guidance is already met, and never shows a score.
pub fn encouragement(lang: Lang, guidance: &[Guidance]) -> String {
    let met = guidance.iter().filter(|g| g.met).count();
    if guidance.is_empty() {
        crate::t!(lang, "practice-encourage-empty")
    } else if met == guidance.len() {
        crate::t!(lang, "practice-encourage-full")
    } else if met * 2 >= guidance.len() {
        crate::t!(lang, "practice-encourage-most")
    } else if met > 0 {
        crate::t!(lang, "practice-encourage-some")
    } else {
        crate::t!(lang, "practice-encourage-none")
    }
}
