//! Parts language: rewrites of blaming sentences into ones that speak for a part, and the
//! gentle guidance given on a practice response.
//!
//! The rewrites, the guidance's checks and the safety words read English and Spanish
//! ([`spanish`]), whatever the language Mend speaks. A rewrite is in its sentence's
//! language; the guidance's words, and the reasons given with a rewrite, are said in the
//! reader's language.
//!
//! Everything here is rule-based. A text is split into sentences and into lowercase words
//! (curly apostrophes made straight, contractions opened up, so "you’re" becomes "you are"),
//! and small hand-written patterns are matched over those words. Only the first
//! [`MAX_CHARS_LOOKED_AT`] characters of a text are read, and [`rewrite`] stops after
//! [`MAX_BLAMES`] blaming phrases, so the work stays small whatever is pasted in.

mod blame;
mod guidance;
mod safety;
mod scan;
mod spanish;
#[cfg(test)]
mod tests;
mod tokens;
mod words;

pub use guidance::{Check, Guidance, encouragement, guidance};
pub use safety::sounds_unsafe;
use scan::*;
use spanish::Spanish;
use tokens::*;
use words::*;

use super::i18n::Lang;

/// How many characters of a text are read; the rest is left as it is.
pub const MAX_CHARS_LOOKED_AT: usize = 10_000;

/// How many blaming phrases [`rewrite`] offers suggestions for, at most.
pub const MAX_BLAMES: usize = 8;

/// How many of the user's own words are kept in a suggestion before it is cut with "…".
const REST_MAX_WORDS: usize = 12;

/// A kind of blaming phrase that the parts-language helper knows how to soften.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlameRule {
    /// "You always …", "Why do you always …", "You're always …".
    Always,
    /// "You never …", "You've never …", "You're never …".
    Never,
    /// "You made me …", "You make me feel …".
    MadeMe,
    /// "You're so …", "You are so …".
    YoureSo,
    /// "You're such a …".
    YoureSuch,
    /// "Why can't you …", "Why won't you …", "Why don't you ever …".
    WhyCantYou,
    /// "… because of you", "It's your fault …".
    BecauseOfYou,
    /// "You don't care", "You do not listen" and a few other verbs.
    YouDont,
}

impl BlameRule {
    /// Every rule, in the order the helper lists them.
    pub const ALL: [BlameRule; 8] = [
        BlameRule::Always,
        BlameRule::Never,
        BlameRule::MadeMe,
        BlameRule::YoureSo,
        BlameRule::YoureSuch,
        BlameRule::WhyCantYou,
        BlameRule::BecauseOfYou,
        BlameRule::YouDont,
    ];

    /// The rule's code, which names its words in the message files.
    pub fn code(self) -> &'static str {
        match self {
            BlameRule::Always => "always",
            BlameRule::Never => "never",
            BlameRule::MadeMe => "made_me",
            BlameRule::YoureSo => "youre_so",
            BlameRule::YoureSuch => "youre_such",
            BlameRule::WhyCantYou => "why_cant_you",
            BlameRule::BecauseOfYou => "because_of_you",
            BlameRule::YouDont => "you_dont",
        }
    }

    /// One warm sentence saying why the rewrite may land more gently, in `lang`.
    pub fn why(self, lang: Lang) -> String {
        lang.word("practice-helper-why", self.code())
    }
}

/// One suggested rewrite of a blaming phrase; [`BlameRule::why`] says why it may help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewrite {
    /// Which kind of blaming phrase was found.
    pub rule: BlameRule,
    /// The blaming words as the user typed them, such as "You never" or "you're so selfish".
    pub found: String,
    /// A sentence that speaks for a part instead. It is an example to adapt; "…" marks a
    /// place for the user to finish in their own words.
    pub suggestion: String,
    /// The language of the suggestion, as the sentence it rewrites: `en` or `es`.
    pub language: &'static str,
}

/// Suggests ways to say a blaming sentence so that it speaks *for* a part of the user.
///
/// Each blaming phrase found gives one to three suggestions, best first; phrases are
/// listed in the order they appear. Sentences that already speak for a part ("a part of
/// me …"), "I" statements, praise, thanks, plain questions ("Do you always take the
/// bus?") and kind words ("you're so thoughtful") are left alone, so they give nothing.
pub fn rewrite(sentence: &str) -> Vec<Rewrite> {
    let text = looked_at(sentence);
    let mut out: Vec<Rewrite> = Vec::new();
    let mut blames = 0;
    for words in sentences(text) {
        let scan = Scan::new(text, &words);
        let spanish = Spanish::new(text, &words);
        if scan.speaks_for_part() || spanish.speaks_for_part() {
            continue;
        }
        // A sentence is read in English, or if English finds nothing, in Spanish.
        let mut found: Vec<(BlameRule, std::ops::Range<usize>, Vec<String>, &'static str)> = scan
            .blames()
            .into_iter()
            .map(|b| (b.rule, b.words, b.suggestions, "en"))
            .collect();
        if found.is_empty() {
            for f in spanish.blames(|i| scan.breaks_before(i)) {
                let rest = scan.render_clause(&f.rest);
                let said = scan.render(f.words.start + 1..f.words.end);
                let suggestions = Spanish::suggestions(&f, &rest, &said);
                found.push((f.rule, f.words, suggestions, "es"));
            }
        }
        for (rule, words, suggestions, language) in found {
            if blames == MAX_BLAMES {
                return out;
            }
            blames += 1;
            let found = scan.typed(words);
            for suggestion in suggestions {
                if out.iter().any(|r| r.suggestion == suggestion) {
                    continue;
                }
                out.push(Rewrite {
                    rule,
                    found: found.to_owned(),
                    suggestion,
                    language,
                });
            }
        }
    }
    out
}
