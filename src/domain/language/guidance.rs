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

    /// A short name for the check, as shown beside its note.
    pub fn label(self) -> &'static str {
        match self {
            Check::SpeaksForPart => "Speaking for a part",
            Check::AcknowledgesImpact => "Their side of it",
            Check::NoButAfterApology => "An apology without “but”",
            Check::NoAlwaysNever => "This time, not “always”",
            Check::OffersNextStep => "A next step",
        }
    }
}

/// What one check noticed about a practice response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guidance {
    /// Which check this is.
    pub check: Check,
    /// Whether the response already does what the check looks for.
    pub met: bool,
    /// A warm note written for this outcome.
    pub note: &'static str,
}

/// Gentle guidance on a practice response: all five [`Check`]s, in the order of
/// [`Check::ALL`]. An empty response (or one with no words) gives an empty list, so that
/// the screen can ask for a response instead.
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

    let names_a_part = scans.iter().any(Scan::names_a_part);
    let speaks_from_part = shouts(text)
        || scans
            .iter()
            .any(|s| s.insults() || (!s.speaks_for_part() && !s.blames().is_empty()));
    let speaks_for_part = if speaks_from_part {
        Guidance {
            check: Check::SpeaksForPart,
            met: false,
            note: "It sounds like a part of you is speaking right now. You could speak for it instead: “A part of me got scared…”.",
        }
    } else if names_a_part {
        Guidance {
            check: Check::SpeaksForPart,
            met: true,
            note: "You spoke for a part of you, not from it. That makes it easier to hear.",
        }
    } else {
        Guidance {
            check: Check::SpeaksForPart,
            met: false,
            note: "You could try naming the part: “A part of me got scared…”.",
        }
    };

    let acknowledges = scans.iter().any(|s| s.has_any(ACKNOWLEDGE));
    let acknowledges_impact = Guidance {
        check: Check::AcknowledgesImpact,
        met: acknowledges,
        note: if acknowledges {
            "You named how it was for them. That helps them feel seen."
        } else {
            "You could add a line about their side, like “That must have been hard for you.”"
        },
    };

    let no_but = if scans.iter().any(Scan::takes_apology_back) {
        Guidance {
            check: Check::NoButAfterApology,
            met: false,
            note: "A “but” after “sorry” can make the apology hard to hear. You could end the sentence there and say the rest later.",
        }
    } else if scans.iter().any(Scan::apologises) {
        Guidance {
            check: Check::NoButAfterApology,
            met: true,
            note: "Your apology stands on its own, with no “but” to take it back.",
        }
    } else {
        Guidance {
            check: Check::NoButAfterApology,
            met: true,
            note: "Nothing is taking your words back. If you apologise, letting it stand on its own helps it land.",
        }
    };

    let absolute = scans.iter().any(|s| {
        s.blames()
            .iter()
            .any(|b| matches!(b.rule, BlameRule::Always | BlameRule::Never))
    });
    let no_always_never = Guidance {
        check: Check::NoAlwaysNever,
        met: !absolute,
        note: if absolute {
            "“Always” and “never” can make it hard to listen. You could speak about this one time."
        } else {
            "You spoke about this moment, not about always or never. That keeps the door open."
        },
    };

    let next_step = scans.iter().any(|s| s.has_any(NEXT_STEP));
    let offers_next_step = Guidance {
        check: Check::OffersNextStep,
        met: next_step,
        note: if next_step {
            "You offered a next step. That shows the relationship can stretch and mend."
        } else {
            "You could add what you'd like to happen next, like “Next time, I'll…” or “Can we try again?”"
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

/// One warm line about a practice response as a whole. It depends on how much of the
/// guidance is already met, and never shows a score.
pub fn encouragement(guidance: &[Guidance]) -> &'static str {
    let met = guidance.iter().filter(|g| g.met).count();
    if guidance.is_empty() {
        "Write a response in your own words, and a few gentle notes will appear here."
    } else if met == guidance.len() {
        "This is a warm, full repair. Say it in your own words when the moment comes."
    } else if met * 2 >= guidance.len() {
        "There is a lot of care in this. One small change could help it land even more softly."
    } else if met > 0 {
        "You've made a start. Pick one note that speaks to you and try a small change."
    } else {
        "Thank you for practising. Every try makes the real moment a little easier."
    }
}
