//! The blaming patterns ("you always", "you never", "you made me", "you're so…", "why
//! can't you", "because of you", "you don't…") and the parts-language suggestions for each,
//! keeping the person's own words.

use std::ops::Range;

use super::*;

impl<'a> Scan<'a> {
    /// Whether `helper` (at index `h`) follows "why" or "how come".
    pub(super) fn why_before(&self, h: usize) -> bool {
        self.before(h) == "why" || (h >= 2 && self.is(h - 2, "how") && self.is(h - 1, "come"))
    }

    /// Whether the "you" at `y` is asked about in a plain question: "Do you always …?".
    pub(super) fn asked_about(&self, y: usize) -> bool {
        y >= 1 && QUESTION_HELPERS.contains(&self.before(y)) && !self.why_before(y - 1)
    }

    /// The blaming phrases that start with "you" at `y`.
    pub(super) fn you_blame(&self, y: usize) -> Option<Blame> {
        if self.asked_about(y) {
            return None;
        }
        self.you_are_to_blame(y)
            .or_else(|| self.youre_so(y))
            .or_else(|| self.always_never(y))
            .or_else(|| self.made_me(y))
            .or_else(|| self.you_dont(y))
    }

    pub(super) fn feeling_of_verb(&self, v: usize) -> Option<&'static str> {
        let word = self.norm(v);
        let base = lookup(IRREGULAR_PAST, word).unwrap_or(word);
        let next = self.norm(v + 1);
        let special = match base {
            "say" | "saying" if next == "sorry" => Some("unacknowledged"),
            "show" | "showed" | "showing" if next == "up" => Some("let down"),
            "take" | "taking" if (v + 1..v + 4).any(|j| self.is(j, "side")) => Some("unsupported"),
            "make" | "making" if next == "fun" => Some("small"),
            "pay" | "paying" if next == "attention" => Some("unseen"),
            "leave" | "leaving" if matches!(next, "me" | "us") => Some("left behind"),
            "do" | "doing"
                if matches!(
                    next,
                    "the" | "any" | "anything" | "your" | "chores" | "dishes" | "laundry"
                ) =>
            {
                Some("alone with it")
            }
            "laugh" | "laughed" | "laughing" if next == "at" => Some("small"),
            "get" | "getting" if matches!(next, "it" | "me") => Some("misunderstood"),
            "think" | "thinking" if matches!(next, "about" | "of") => Some("forgotten"),
            _ => None,
        };
        special.or_else(|| stems(word).iter().find_map(|s| lookup(VERB_FEELINGS, s)))
    }

    /// "You always …", "You never …" and their shapes: "you're always", "why do you never".
    pub(super) fn always_never(&self, y: usize) -> Option<Blame> {
        let (start, form, at) =
            if y >= 1 && QUESTION_HELPERS.contains(&self.before(y)) && self.why_before(y - 1) {
                let why = if self.before(y - 1) == "why" {
                    y - 2
                } else {
                    y - 3
                };
                (why, Form::of(self.before(y))?, y + 1)
            } else if self.is_in(y + 1, &["are", "were", "have", "had", "will", "can"])
                && self.is_in(y + 2, &["always", "never"])
            {
                (y, Form::of(self.norm(y + 1))?, y + 2)
            } else {
                (y, Form::Plain, y + 1)
            };
        let rule = match self.norm(at) {
            "always" => BlameRule::Always,
            "never" => BlameRule::Never,
            _ => return None,
        };
        let rest = self.clause_from(at + 1);
        if self.is_in(rest.words.start, &["so", "such"]) {
            return None;
        }
        let mut v = rest.words.start;
        while v < rest.words.end && self.is_in(v, ADVERBS) {
            v += 1;
        }
        let has_verb = v < rest.words.end;
        let word = self.norm(v);

        // Some "always" and "never" phrases are praise or reassurance.
        let praise = match rule {
            BlameRule::Always => {
                self.praises(rest.words.clone()) || (form.is_be() && KIND_WORDS.contains(&word))
            }
            _ if form.is_be() => {
                lookup(LABEL_FEELINGS, word).is_some()
                    || matches!(word, "late" | "boring" | "mad" | "cross" | "angry")
            }
            _ => {
                stems(word)
                    .iter()
                    .any(|s| NEVER_PRAISE.contains(&s.as_str()))
                    || self.has_at(v, "let me down")
                    || self.has_at(v, "let us down")
                    || self.has_at(v, "give up")
                    || self.has_at(v, "have to")
                    || self.has_at(v, "need to")
                    || self.has_at(v, "had to")
            }
        };
        if praise {
            return None;
        }

        let typed_rest = || self.render_clause(&rest);
        let mut past = form.is_past();
        let when = if !has_verb {
            None
        } else if rule == BlameRule::Always {
            past |= form == Form::Plain && is_past(word);
            Some(format!("{} {}", form.without_always(), typed_rest()))
        } else if form == Form::Plain && is_past(word) {
            past = true;
            base_of_past(word).map(|base| {
                let pieces = [
                    "you didn't".to_owned(),
                    self.render(rest.words.start..v),
                    base,
                    self.render_clause(&Clause {
                        words: v + 1..rest.words.end,
                        cut: rest.cut,
                    }),
                ];
                pieces
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        } else {
            Some(format!("{} {}", form.without_never(), typed_rest()))
        };

        let rest_has = |word: &str| rest.words.clone().any(|i| self.is(i, word));
        let feeling = if ["phone", "laptop", "screen"].iter().any(|w| rest_has(w)) {
            Some("unseen")
        } else if form.is_be() {
            if rule == BlameRule::Never && rest_has("time") {
                Some("unimportant")
            } else {
                lookup(STATE_FEELINGS, word)
                    .or_else(|| lookup(LABEL_FEELINGS, word))
                    .or_else(|| self.feeling_of_verb(v))
            }
        } else {
            let mut verb = v;
            while self.is_in(verb, &["been", "be"]) {
                verb += 1;
            }
            self.feeling_of_verb(verb)
                .or_else(|| lookup(STATE_FEELINGS, self.norm(verb)))
        };
        let feeling = feeling.unwrap_or("hurt");
        let feels = if past { "felt" } else { "feels" };
        let open = format!("A part of me {feels} {feeling} when …");
        let suggestions = match when {
            Some(when) => vec![
                full_stop(format!("A part of me {feels} {feeling} when {when}")),
                format!("When {when}, a part of me {feels} {feeling}. Could we talk about it?"),
                open,
            ],
            None => vec![open, "A part of me is hurting when …".to_owned()],
        };
        Some(Blame {
            rule,
            words: start..at + 1,
            suggestions,
        })
    }

    /// Whether `phrase` starts at word `i`.
    pub(super) fn has_at(&self, i: usize, phrase: &str) -> bool {
        phrase
            .split(' ')
            .enumerate()
            .all(|(k, w)| self.is(i + k, w))
    }

    /// "You made me …", "You make me feel …".
    pub(super) fn made_me(&self, y: usize) -> Option<Blame> {
        let (past, me) = match (self.norm(y + 1), self.norm(y + 2)) {
            ("made", _) => (true, y + 2),
            ("make" | "makes", _) => (false, y + 2),
            ("have" | "has" | "had", "made") => (true, y + 3),
            ("are" | "keep", "making") => (false, y + 3),
            _ => return None,
        };
        if !self.is(me, "me") {
            return None;
        }
        let got = if past { "got" } else { "gets" };
        let felt = if past { "felt" } else { "feels" };
        let mut k = me + 1;
        let phrase = if self.is_in(k, &["feel", "feeling", "felt"]) {
            let clause = self.clause_from(k + 1);
            if clause.words.is_empty() || self.praises(clause.words.clone()) {
                return None;
            }
            format!("{felt} {}", self.render_clause(&clause))
        } else if self.is(k, "look") {
            format!("{felt} embarrassed")
        } else {
            let start = k;
            while self.is_in(k, INTENSIFIERS) {
                k += 1;
            }
            let word = self.norm(k);
            if PRAISE_WORDS.contains(&word) || KIND_WORDS.contains(&word) {
                return None;
            }
            if FEELINGS.contains(&word) {
                format!("{got} {}", self.render(start..k + 1))
            } else if word == "late" {
                format!("{got} stressed about being late")
            } else if let Some((base, did, feeling)) =
                REACTIONS.iter().find(|(base, _, _)| *base == word)
            {
                let more = self.clause_from(k + 1);
                let more = if more.words.is_empty() {
                    String::new()
                } else {
                    format!(" {}", self.render_clause(&more))
                };
                let reaction = if past { did } else { base };
                format!("{got} so {feeling} that I {reaction}{more}")
            } else if matches!(word, "do" | "say") {
                let (took, did) = if past {
                    (
                        "took over",
                        "what I did is mine to own. Can we talk about what happened?",
                    )
                } else {
                    (
                        "takes over",
                        "what I do is mine to own. Can we talk about what happens?",
                    )
                };
                return Some(Blame {
                    rule: BlameRule::MadeMe,
                    words: y..me + 1,
                    suggestions: vec![
                        format!("A part of me {took} when …"),
                        format!("A part of me {took}, and {did}"),
                    ],
                });
            } else {
                return None;
            }
        };
        Some(Blame {
            rule: BlameRule::MadeMe,
            words: y..me + 1,
            suggestions: vec![
                format!("A part of me {phrase} when …"),
                full_stop(format!(
                    "A part of me {phrase}. I'd like to tell you what happened inside me"
                )),
            ],
        })
    }

    /// "You're so …", "You're such a …", "Why are you so …".
    pub(super) fn youre_so(&self, y: usize) -> Option<Blame> {
        let (start, mut k, past) = if self.is_in(y + 1, &["are", "were"]) {
            (y, y + 2, self.is(y + 1, "were"))
        } else if y >= 2 && self.is_in(y - 1, &["are", "were"]) && self.is(y - 2, "why") {
            (y - 2, y + 1, self.is(y - 1, "were"))
        } else {
            return None;
        };
        let mut adverbs = 0;
        while adverbs < 2
            && self.is_in(
                k,
                &[
                    "always",
                    "being",
                    "just",
                    "really",
                    "sometimes",
                    "often",
                    "still",
                    "acting",
                    "getting",
                ],
            )
        {
            k += 1;
            adverbs += 1;
        }
        let rule = match self.norm(k) {
            "so" => BlameRule::YoureSo,
            "such" => BlameRule::YoureSuch,
            _ => return None,
        };
        k += 1;
        if rule == BlameRule::YoureSuch && self.is_in(k, &["a", "an"]) {
            k += 1;
        }
        while self.is_in(k, INTENSIFIERS) {
            k += 1;
        }
        let word = self.norm(k);
        if word.is_empty()
            || self.breaks_before(k)
            || NOT_A_QUALITY.contains(&word)
            || KIND_WORDS.contains(&word)
            || !word.chars().any(char::is_alphabetic)
        {
            return None;
        }
        let mut end = k + 1;
        let mut feeling = lookup(LABEL_FEELINGS, word);
        if rule == BlameRule::YoureSuch {
            if let Some(name) = lookup(NAME_FEELINGS, word) {
                feeling = Some(name);
            } else if end < self.words.len()
                && !self.breaks_before(end)
                && !self.is_in(end, CLAUSE_STOPS)
            {
                let noun = self.norm(end);
                if KIND_WORDS.contains(&noun) {
                    return None;
                }
                feeling = feeling.or_else(|| lookup(NAME_FEELINGS, noun));
                end += 1;
            }
        }
        let (feels, is, now, happened) = if past {
            ("felt", "was", "", "happened")
        } else {
            ("feels", "is", " right now", "just happened")
        };
        let suggestions = match feeling {
            Some(feeling) => vec![
                format!("A part of me {feels} {feeling} when …"),
                format!(
                    "A part of me {feels} {feeling}{now}. Could we talk about what {happened}?"
                ),
                format!("A part of me {is} hurting when …"),
            ],
            None => vec![
                format!("A part of me {is} hurting when …"),
                format!("A part of me {is} hurting{now}. Could we talk about what {happened}?"),
            ],
        };
        Some(Blame {
            rule,
            words: start..end,
            suggestions,
        })
    }

    /// "You don't care", "You do not listen" and a few other verbs.
    pub(super) fn you_dont(&self, y: usize) -> Option<Blame> {
        if !self.is_in(y + 1, &["do", "did"]) || !self.is(y + 2, "not") {
            return None;
        }
        let past = self.is(y + 1, "did");
        let rest = self.clause_from(y + 3);
        let mut v = rest.words.start;
        while v < rest.words.end && self.is_in(v, ADVERBS) {
            v += 1;
        }
        if v >= rest.words.end || !self.is_in(v, YOU_DONT_VERBS) {
            return None;
        }
        let next = self.norm(v + 1);
        let fits = match self.norm(v) {
            "get" => matches!(next, "it" | "me" | "us"),
            "think" => matches!(next, "about" | "of"),
            "see" => matches!(next, "me" | "us" | "how" | "what"),
            _ => true,
        };
        if !fits {
            return None;
        }
        let feeling = self.feeling_of_verb(v).unwrap_or("hurt");
        let what = self.render_clause(&rest);
        let (feels, seems, dont) = if past {
            ("felt", "it seemed", "didn't")
        } else {
            ("feels", "it seems", "don't")
        };
        Some(Blame {
            rule: BlameRule::YouDont,
            words: y..y + 3,
            suggestions: vec![
                full_stop(format!(
                    "A part of me {feels} {feeling} when {seems} you {dont} {what}"
                )),
                format!(
                    "A part of me is afraid you {dont} {what}. Could you help me understand what's happening for you?"
                ),
                format!("A part of me {feels} {feeling} when …"),
            ],
        })
    }

    /// "Why can't you …", "Why won't you …", "Why don't you ever …".
    pub(super) fn why_cant_you(&self, i: usize) -> Option<Blame> {
        let helper_ok = match self.norm(i + 1) {
            "can" | "could" | "will" | "would" => true,
            "do" => self.is(i + 4, "ever"),
            _ => false,
        };
        if !helper_ok || !self.is(i + 2, "not") || !self.is(i + 3, "you") {
            return None;
        }
        let mut end = i + 4;
        if self.is(end, "ever") {
            end += 1;
        }
        let mut from = end;
        while self.is_in(from, &["just", "ever", "even", "simply", "please"]) {
            from += 1;
        }
        let clause = self.clause_from(from);
        let mut to = clause.words.end;
        // Words like "for once" add sting and nothing else, so they are left out.
        let trailing: &[&[&str]] = &[
            &["for", "once", "in", "your", "life"],
            &["for", "a", "change"],
            &["for", "once"],
            &["like", "a", "normal", "person"],
            &["just", "once"],
            &["already"],
            &["ever"],
            &["once"],
            &["anymore"],
        ];
        let mut trimmed = true;
        while trimmed {
            trimmed = false;
            for tail in trailing {
                if to >= from + tail.len()
                    && tail
                        .iter()
                        .enumerate()
                        .all(|(k, w)| self.is(to - tail.len() + k, w))
                {
                    to -= tail.len();
                    trimmed = true;
                }
            }
        }
        let cut = clause.cut && to == clause.words.end;
        let request = self.render_clause(&Clause {
            words: from..to,
            cut,
        });
        let verb = self.norm(from);
        let next = self.norm(from + 1);
        let longing = match verb {
            "leave" if next == "me" => Some("for some space"),
            "give" if next == "me" => Some("for some room"),
            "pay" if next == "attention" => Some("to be seen"),
            "say" if next == "sorry" => Some("for acknowledgement"),
            "spend" => Some("for time together"),
            "calm" => Some("for calm"),
            _ if from < to => lookup(LONGINGS, verb),
            _ => None,
        };
        let suggestions = match (longing, from < to) {
            (Some(longing), true) => vec![
                format!("A part of me is longing {longing}. Would you be willing to {request}?"),
                format!("A part of me is longing {longing}. Could you …?"),
            ],
            (None, true) => vec![
                format!(
                    "A part of me is longing for you to {request}. Would you be willing to try?"
                ),
                "A part of me is longing for something different here. Could you …?".to_owned(),
            ],
            _ => vec![
                "A part of me is longing for something different here. Could you …?".to_owned(),
            ],
        };
        Some(Blame {
            rule: BlameRule::WhyCantYou,
            words: i..end,
            suggestions,
        })
    }

    /// "You're to blame".
    pub(super) fn you_are_to_blame(&self, y: usize) -> Option<Blame> {
        if self.is(y + 1, "are") && self.has_at(y + 2, "to blame") {
            Some(self.blame_for_situation(y..y + 4))
        } else {
            None
        }
    }

    /// "… because of you", "It's your fault …".
    pub(super) fn because_of_you(&self, i: usize) -> Option<Blame> {
        let trigger = if self.norm(i) == "your" {
            let fault = if self.is(i + 1, "own") { i + 2 } else { i + 1 };
            if !self.is(fault, "fault") {
                return None;
            }
            let mut start = i;
            while start > 0
                && self.is_in(
                    start - 1,
                    &["all", "entirely", "totally", "completely", "really", "just"],
                )
            {
                start -= 1;
            }
            if self.is_in(start.wrapping_sub(1), &["not", "never", "no"]) {
                return None;
            }
            if start >= 2
                && self.is_in(start - 1, &["is", "was"])
                && self.is_in(start - 2, &["it", "this", "that", "everything"])
            {
                start -= 2;
            }
            start..fault + 1
        } else {
            if !self.is(i + 1, "of") || !self.is(i + 2, "you") {
                return None;
            }
            let negated = self.before(i) == "not"
                || (i >= 2
                    && self.is(i - 2, "not")
                    && self.is_in(i - 1, &["just", "only", "all", "really"]));
            if negated {
                return None;
            }
            i..i + 3
        };
        let before = self.clause_before(trigger.start);
        let after = self.clause_from(trigger.end).words;
        if self.praises(before.clone()) || self.praises(after.clone()) {
            return None;
        }
        Some(self.blame_for_situation(trigger))
    }

    /// Suggestions for blame about a situation, found from the words around `trigger`.
    pub(super) fn blame_for_situation(&self, trigger: Range<usize>) -> Blame {
        let mut before = self.clause_before(trigger.start);
        // In "we're late and it's your fault" the situation is just before the "and".
        if before.is_empty()
            && trigger.start > 0
            && self.is_in(trigger.start - 1, &["and", "so", "but", "then"])
            && !self.breaks_before(trigger.start)
        {
            before = self.clause_before(trigger.start - 1);
        }
        let mut about = false;
        let situation = if before.is_empty() {
            let mut after = self.clause_from(trigger.end);
            if self.is_in(after.words.start, &["that", "for"]) && after.words.len() > 1 {
                about = self.is(after.words.start, "for");
                after.words.start += 1;
            }
            after
        } else {
            Clause {
                words: before,
                cut: false,
            }
        };
        let words = situation.words.clone();

        // "I'm late", "we were so late again": a subject, a form of "be" and one word.
        let mut k = words.start + 2;
        let mut state = None;
        if words.len() >= 3
            && self.is_in(words.start, &["i", "we"])
            && self.is_in(words.start + 1, &["am", "was", "are", "were"])
        {
            while k < words.end && self.is_in(k, INTENSIFIERS) {
                k += 1;
            }
            let mut last = k + 1;
            while last < words.end
                && self.is_in(
                    last,
                    &["again", "now", "today", "tonight", "already", "anyway"],
                )
            {
                last += 1;
            }
            if k < words.end && last == words.end {
                state = Some((
                    FEELINGS.contains(&self.norm(k)),
                    self.render(words.start + 2..words.end),
                    self.is_in(words.start + 1, &["was", "were"]),
                ));
            }
        }
        let (first, underneath) = match state {
            Some((true, feeling, past)) => {
                let feels = if past { "felt" } else { "feels" };
                (
                    Some(format!("A part of me {feels} {feeling} …")),
                    self.norm(k).to_owned(),
                )
            }
            Some((false, what, past)) => {
                let feels = if past { "felt" } else { "feels" };
                (
                    Some(format!(
                        "A part of me {feels} stressed about being {what} …"
                    )),
                    "stressed".to_owned(),
                )
            }
            None if !words.is_empty() => (
                Some(format!(
                    "A part of me is upset {} {} …",
                    if about { "about" } else { "that" },
                    follow_on(self.render(situation.words.clone()))
                )),
                "upset".to_owned(),
            ),
            None => (None, "upset".to_owned()),
        };
        let second = format!(
            "A part of me wants to blame you right now. Underneath, it feels {underneath}. Can we look at what happened together?"
        );
        Blame {
            rule: BlameRule::BecauseOfYou,
            words: trigger,
            suggestions: first.into_iter().chain([second]).collect(),
        }
    }
}
