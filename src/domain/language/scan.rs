//! One sentence being read: its words, what it says about the speaker (speaking for a
//! part, thanking, apologising), and the clauses the rewrites keep.

use std::ops::Range;

use super::*;

/// Which helper verb shapes an "always" or "never" phrase: "you're never" is `Are`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    Plain,
    Did,
    Are,
    Were,
    Have,
    Had,
    Will,
    Would,
    Can,
    Could,
}

impl Form {
    pub(super) fn of(helper: &str) -> Option<Form> {
        Some(match helper {
            "do" | "does" => Form::Plain,
            "did" => Form::Did,
            "are" => Form::Are,
            "were" => Form::Were,
            "have" | "has" => Form::Have,
            "had" => Form::Had,
            "will" => Form::Will,
            "would" => Form::Would,
            "can" => Form::Can,
            "could" => Form::Could,
            _ => return None,
        })
    }

    pub(super) fn is_past(self) -> bool {
        matches!(self, Form::Did | Form::Were | Form::Had | Form::Could)
    }

    pub(super) fn is_be(self) -> bool {
        matches!(self, Form::Are | Form::Were)
    }

    /// How "you" starts the rewritten phrase once "always" is dropped.
    pub(super) fn without_always(self) -> &'static str {
        match self {
            Form::Plain | Form::Did => "you",
            Form::Are => "you're",
            Form::Were => "you were",
            Form::Have => "you've",
            Form::Had | Form::Would => "you'd",
            Form::Will => "you'll",
            Form::Can => "you can",
            Form::Could => "you could",
        }
    }

    /// How "you" starts the rewritten phrase once "never" becomes "not".
    pub(super) fn without_never(self) -> &'static str {
        match self {
            Form::Plain => "you don't",
            Form::Did => "you didn't",
            Form::Are => "you're not",
            Form::Were => "you weren't",
            Form::Have => "you haven't",
            Form::Had => "you hadn't",
            Form::Will => "you won't",
            Form::Would => "you wouldn't",
            Form::Can => "you can't",
            Form::Could => "you couldn't",
        }
    }
}

/// A run of words in a sentence, and whether it was cut short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Clause {
    pub(super) words: Range<usize>,
    pub(super) cut: bool,
}

/// A blaming phrase found in a sentence, with its suggestions, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Blame {
    pub(super) rule: BlameRule,
    pub(super) words: Range<usize>,
    pub(super) suggestions: Vec<String>,
}

/// One sentence being read.
pub(super) struct Scan<'a> {
    pub(super) text: &'a str,
    pub(super) words: &'a [Word],
    /// Whether the whole sentence is in capitals, so the user's words are lowercased when
    /// they are kept in a suggestion.
    pub(super) shouting: bool,
}

impl<'a> Scan<'a> {
    pub(super) fn new(text: &'a str, words: &'a [Word]) -> Self {
        let shouting = match (words.first(), words.last()) {
            (Some(first), Some(last)) => is_all_caps(&text[first.start..last.end]),
            _ => false,
        };
        Self {
            text,
            words,
            shouting,
        }
    }

    pub(super) fn norm(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.norm.as_str())
    }

    /// The word before `i`, or "" at the start.
    pub(super) fn before(&self, i: usize) -> &'a str {
        i.checked_sub(1).map_or("", |j| self.norm(j))
    }

    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        self.norm(i) == word
    }

    pub(super) fn is_in(&self, i: usize, set: &[&str]) -> bool {
        i < self.words.len() && set.contains(&self.norm(i))
    }

    pub(super) fn breaks_before(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.after_break)
    }

    /// The words as typed, from the start of the first to the end of the last.
    pub(super) fn typed(&self, words: Range<usize>) -> &'a str {
        if words.is_empty() || words.end > self.words.len() {
            return "";
        }
        &self.text[self.words[words.start].start..self.words[words.end - 1].end]
    }

    /// The words as typed, with spaces tidied and shouting lowered.
    pub(super) fn render(&self, words: Range<usize>) -> String {
        let typed = self
            .typed(words)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !self.shouting {
            return typed;
        }
        typed
            .to_lowercase()
            .split(' ')
            .map(|w| {
                if w == "i" || w.starts_with("i'") || w.starts_with("i’") {
                    let mut chars = w.chars();
                    chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default()
                } else {
                    w.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A clause as the user typed it, with "…" when it was cut short.
    pub(super) fn render_clause(&self, clause: &Clause) -> String {
        let mut out = self.render(clause.words.clone());
        if clause.cut {
            out.push_str(" …");
        }
        out
    }

    /// The words from `from` to the end of their clause, at most [`REST_MAX_WORDS`].
    pub(super) fn clause_from(&self, from: usize) -> Clause {
        let ends_at = |i: usize| {
            i >= self.words.len()
                || (i > from && (self.breaks_before(i) || self.is_in(i, CLAUSE_STOPS)))
                || (i == from && self.is_in(i, CLAUSE_STOPS) && !self.is(i, "so"))
                || (self.is(i, "you") && self.is_in(i + 1, &["always", "never"]))
        };
        let mut to = from;
        while !ends_at(to) && to - from < REST_MAX_WORDS {
            to += 1;
        }
        Clause {
            words: from..to,
            cut: to - from == REST_MAX_WORDS && !ends_at(to),
        }
    }

    /// The words before `to`, back to the start of their clause, at most
    /// [`REST_MAX_WORDS`].
    pub(super) fn clause_before(&self, to: usize) -> Range<usize> {
        let mut from = to;
        while from > 0 && to - from < REST_MAX_WORDS {
            // "So" ends a clause ("we're late so it's your fault") unless it only makes a
            // feeling stronger ("I'm so sad").
            let so_ends = self.is(from - 1, "so")
                && !self.is_in(
                    from.wrapping_sub(2),
                    &["am", "is", "are", "was", "were", "feel", "felt", "got"],
                )
                && !self.is_in(from.wrapping_sub(2), INTENSIFIERS);
            if so_ends || self.is_in(from - 1, &["and", "but", "then", "because"]) {
                break;
            }
            from -= 1;
            if self.breaks_before(from) {
                break;
            }
        }
        from..to
    }

    pub(super) fn has(&self, phrase: &str) -> bool {
        let phrase: Vec<&str> = phrase.split(' ').collect();
        self.words.windows(phrase.len()).any(|window| {
            window
                .iter()
                .zip(&phrase)
                .all(|(word, want)| word.norm == *want)
        })
    }

    pub(super) fn has_any(&self, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.has(p))
    }

    /// Whether some words in a range are praise: "make me laugh", "there for me".
    pub(super) fn praises(&self, words: Range<usize>) -> bool {
        let end = words.end.min(self.words.len());
        let start = words.start.min(end);
        let part = Scan {
            text: self.text,
            words: &self.words[start..end],
            shouting: self.shouting,
        };
        part.words
            .iter()
            .any(|w| PRAISE_WORDS.contains(&w.norm.as_str()))
            || part.has_any(PRAISE_PHRASES)
    }

    /// Whether the sentence already speaks for a part: "a part of me feels hurt".
    pub(super) fn speaks_for_part(&self) -> bool {
        self.has_any(&["part of me", "parts of me", "some of me"])
    }

    /// Whether the sentence names a part or a feeling in the first person.
    pub(super) fn names_a_part(&self) -> bool {
        if self.has_any(PART_PHRASES) {
            return true;
        }
        (0..self.words.len()).any(|i| {
            self.is(i, "i") && self.is_in(i + 1, &["got", "get", "was", "am", "felt", "feel"]) && {
                let mut k = i + 2;
                while self.is_in(k, INTENSIFIERS) {
                    k += 1;
                }
                self.is_in(k, FEELINGS)
            }
        })
    }

    /// Whether the sentence thanks someone, so that an "always" in it is praise.
    pub(super) fn thanks(&self) -> bool {
        if self.has("thanks for nothing") {
            return false;
        }
        self.words
            .iter()
            .enumerate()
            .any(|(i, w)| match w.norm.as_str() {
                "thanks" | "thankful" | "grateful" => true,
                "thank" => {
                    self.is(i + 1, "you")
                        && !self.is_in(i.wrapping_sub(1), &["say", "said", "saying"])
                }
                "appreciate" => {
                    self.before(i) == "i"
                        || (self.before(i) == "really" && self.is(i.wrapping_sub(2), "i"))
                }
                _ => false,
            })
    }

    /// Whether the sentence calls someone names.
    pub(super) fn insults(&self) -> bool {
        if self.has_any(INSULT_PHRASES) {
            return true;
        }
        self.words.iter().enumerate().any(|(i, w)| {
            INSULTS.contains(&w.norm.as_str())
                || (INSULT_LABELS.contains(&w.norm.as_str())
                    && (i.saturating_sub(3)..i).any(|j| self.is_in(j, &["you", "your"])))
        })
    }

    pub(super) fn apologises(&self) -> bool {
        self.words
            .iter()
            .any(|w| w.norm.starts_with("sorry") || w.norm.starts_with("apolog"))
    }

    /// Whether an apology is followed by "but" in the same sentence.
    pub(super) fn takes_apology_back(&self) -> bool {
        let apology = self
            .words
            .iter()
            .position(|w| w.norm.starts_with("sorry") || w.norm.starts_with("apolog"));
        apology.is_some_and(|a| {
            self.words[a + 1..]
                .iter()
                .any(|w| matches!(w.norm.as_str(), "but" | "however" | "though" | "although"))
        })
    }

    /// Every blaming phrase in the sentence, in order, at most [`MAX_BLAMES`].
    pub(super) fn blames(&self) -> Vec<Blame> {
        let mut out = Vec::new();
        if self.thanks() {
            return out;
        }
        let mut i = 0;
        while i < self.words.len() && out.len() < MAX_BLAMES {
            let blame = match self.norm(i) {
                "why" => self.why_cant_you(i),
                "because" | "cause" | "cuz" | "cos" | "coz" | "your" => self.because_of_you(i),
                "you" => self.you_blame(i),
                _ => None,
            };
            match blame {
                Some(blame) => {
                    i = blame.words.end.max(i + 1);
                    out.push(blame);
                }
                None => i += 1,
            }
        }
        out
    }
}
