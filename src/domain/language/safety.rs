//! Words of violence, threats or fear: when they appear, the safety note comes first.

use super::*;

/// Words that speak of violence, threats or fear of the other person. When a sentence has
/// them, the helper offers no rewrite: repair exercises are not the answer when someone is
/// unsafe, and the screen shows the safety note instead.
pub(super) const UNSAFE_WORDS: &[&str] = &[
    "hit",
    "hits",
    "hitting",
    "punch",
    "punched",
    "punches",
    "slap",
    "slapped",
    "slaps",
    "kick",
    "kicked",
    "kicks",
    "shove",
    "shoved",
    "shoves",
    "choke",
    "choked",
    "strangle",
    "strangled",
    "beating",
    "bruise",
    "bruises",
    "bruised",
    "threaten",
    "threatened",
    "threatens",
    "threatening",
    "threat",
    "threats",
    "kill",
    "killing",
    "weapon",
    "knife",
    "gun",
    "frighten",
    "frightens",
    "frightened",
    "terrified",
    "terrify",
    "bully",
    "bullies",
    "bullied",
    "bullying",
    "abuse",
    "abused",
    "abuses",
    "abusive",
    "unsafe",
    "controlling",
];

/// Pairs of words, one after the other, that speak of fear of the other person or of being
/// controlled ("scared of you", "won't let me").
pub(super) const UNSAFE_PAIRS: &[[&str; 2]] = &[
    ["scared", "of"],
    ["afraid", "of"],
    ["frightened", "of"],
    ["not", "safe"],
    ["pushed", "me"],
    ["push", "me"],
    ["grabbed", "me"],
    ["grab", "me"],
    ["control", "me"],
    ["controls", "me"],
];

/// Whether a sentence speaks of violence, threats, control or fear of the other person. The
/// screens then show the safety note rather than ways to word a repair.
/// The words are read in English and in Spanish, whatever the language Mend speaks.
pub fn sounds_unsafe(text: &str) -> bool {
    let text = looked_at(text);
    let sentences = sentences(text);
    let words: Vec<&str> = sentences
        .iter()
        .flatten()
        .map(|w| w.norm.as_str())
        .collect();
    words.iter().any(|w| UNSAFE_WORDS.contains(w))
        || words.windows(2).any(|pair| {
            UNSAFE_PAIRS
                .iter()
                .any(|[a, b]| pair[0] == *a && pair[1] == *b)
        })
        || spanish::sounds_unsafe_in_spanish(text, &sentences)
}
