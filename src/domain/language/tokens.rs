//! Reading a text into words: sentences, lowercase words with straight apostrophes and
//! contractions opened up, and the small helpers for the forms of verbs.

use std::ops::Range;

use super::*;

/// One word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    /// The word in lowercase with straight apostrophes; a contraction gives two words
    /// ("don't" gives "do" then "not").
    pub(super) norm: String,
    /// Where the typed word starts, in bytes of the text. Both words of a contraction share
    /// the typed word's place.
    pub(super) start: usize,
    /// Where the typed word ends, in bytes of the text.
    pub(super) end: usize,
    /// Whether a comma, a dash, a bracket or a quotation mark comes just before the word.
    pub(super) after_break: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CharKind {
    Letter,
    Space,
    ClauseBreak,
    SentenceEnd,
}

pub(super) fn kind_of(c: char) -> CharKind {
    match c {
        '.' | '!' | '?' | '…' | '\n' | '\r' | '\u{2028}' | '\u{2029}' | '。' | '！' | '？'
        | '؟' | '।' => CharKind::SentenceEnd,
        ',' | ';' | ':' | '(' | ')' | '[' | ']' | '{' | '}' | '"' | '“' | '”' | '„' | '«' | '»'
        | '—' | '–' | '‒' | '―' | '、' | '，' | '；' | '：' | '،' | '؛' | '/' | '|' | '¿' | '¡' => {
            CharKind::ClauseBreak
        }
        '\'' | '-' => CharKind::Letter,
        _ if c.is_whitespace() || c.is_control() || c.is_ascii_punctuation() => CharKind::Space,
        _ => CharKind::Letter,
    }
}

pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '′')
}

/// The first [`MAX_CHARS_LOOKED_AT`] characters of a text.
pub(super) fn looked_at(text: &str) -> &str {
    match text.char_indices().nth(MAX_CHARS_LOOKED_AT) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// Splits a text into sentences of words. Sentences without words are dropped.
pub(super) fn sentences(text: &str) -> Vec<Vec<Word>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    let mut token_start = None;
    let mut after_break = false;
    for (at, c) in text.char_indices() {
        let kind = kind_of(c);
        if kind == CharKind::Letter {
            token_start.get_or_insert(at);
            continue;
        }
        if let Some(start) = token_start.take() {
            push_token(text, start..at, &mut after_break, &mut current);
        }
        match kind {
            CharKind::SentenceEnd => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                after_break = false;
            }
            CharKind::ClauseBreak => after_break = true,
            CharKind::Space | CharKind::Letter => {}
        }
    }
    if let Some(start) = token_start {
        push_token(text, start..text.len(), &mut after_break, &mut current);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

pub(super) fn push_token(
    text: &str,
    span: Range<usize>,
    after_break: &mut bool,
    words: &mut Vec<Word>,
) {
    let raw = &text[span.clone()];
    let trim = |c: char| is_apostrophe(c) || c == '-';
    let left = raw.trim_start_matches(trim);
    let trimmed = left.trim_end_matches(trim);
    if trimmed.is_empty() {
        // A dash standing alone breaks the clause, like a comma.
        if raw.contains('-') {
            *after_break = true;
        }
        return;
    }
    let start = span.start + (raw.len() - left.len());
    let end = start + trimmed.len();
    let norm: String = trimmed
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect();
    let (head, tail) = open_up(norm);
    words.push(Word {
        norm: head,
        start,
        end,
        after_break: std::mem::take(after_break),
    });
    if let Some(tail) = tail {
        words.push(Word {
            norm: tail.to_owned(),
            start,
            end,
            after_break: false,
        });
    }
}

/// Opens up a contraction into two words: "you're" gives "you" and "are".
pub(super) fn open_up(word: String) -> (String, Option<&'static str>) {
    const WHOLE: &[(&str, &str, &str)] = &[
        ("cannot", "can", "not"),
        ("can't", "can", "not"),
        ("won't", "will", "not"),
        ("shan't", "shall", "not"),
        ("ain't", "am", "not"),
        ("let's", "let", "us"),
        ("dont", "do", "not"),
        ("doesnt", "does", "not"),
        ("didnt", "did", "not"),
        ("cant", "can", "not"),
        ("wont", "will", "not"),
        ("isnt", "is", "not"),
        ("arent", "are", "not"),
        ("wasnt", "was", "not"),
        ("werent", "were", "not"),
        ("couldnt", "could", "not"),
        ("wouldnt", "would", "not"),
        ("shouldnt", "should", "not"),
        ("havent", "have", "not"),
        ("hasnt", "has", "not"),
        ("youre", "you", "are"),
        ("youve", "you", "have"),
        ("youll", "you", "will"),
        ("im", "i", "am"),
        ("ive", "i", "have"),
        ("thats", "that", "is"),
    ];
    const SUFFIXES: &[(&str, &str)] = &[
        ("n't", "not"),
        ("'re", "are"),
        ("'m", "am"),
        ("'ll", "will"),
        ("'ve", "have"),
        ("'d", "would"),
        ("'s", "is"),
    ];
    if let Some((_, head, tail)) = WHOLE.iter().find(|(whole, _, _)| *whole == word) {
        return ((*head).to_owned(), Some(tail));
    }
    if word == "u" {
        return ("you".to_owned(), None);
    }
    for (suffix, tail) in SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix)
            && !stem.is_empty()
            && !stem.ends_with('\'')
        {
            return (stem.to_owned(), Some(tail));
        }
    }
    (word, None)
}

/// Whether a piece of text is written in capitals: at least two capital letters and no
/// small ones.
pub(super) fn is_all_caps(text: &str) -> bool {
    !text.chars().any(char::is_lowercase) && text.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Whether a text shouts: many words in capitals, or a run of exclamation marks.
pub(super) fn shouts(text: &str) -> bool {
    let mut capital_words = 0;
    let mut cased_words = 0;
    for token in text.split_whitespace() {
        let cased = token
            .chars()
            .filter(|c| c.is_uppercase() || c.is_lowercase())
            .count();
        if cased >= 2 {
            cased_words += 1;
            if !token.chars().any(char::is_lowercase) {
                capital_words += 1;
            }
        }
    }
    let shouted_words = capital_words >= 3 && capital_words * 2 >= cased_words;
    let exclamations = text.contains("!!") || text.matches('!').count() >= 3;
    shouted_words || exclamations
}

/// Ends a suggestion with a full stop unless it already ends with "…", "?" or "!".
pub(super) fn full_stop(mut s: String) -> String {
    if !s.ends_with(['…', '?', '!', '.']) {
        s.push('.');
    }
    s
}

/// Lowercases the first letter of text that starts with a common word, so it can follow
/// "that": "We missed the train" becomes "we missed the train", but "Sam left" stays.
pub(super) fn follow_on(text: String) -> String {
    const COMMON: &[&str] = &[
        "we",
        "it",
        "this",
        "that",
        "the",
        "my",
        "our",
        "everything",
        "nothing",
        "they",
        "he",
        "she",
        "there",
        "now",
        "today",
        "all",
        "you",
        "your",
    ];
    let first = text.split(' ').next().unwrap_or("").to_lowercase();
    if COMMON.contains(&first.as_str()) {
        let mut chars = text.chars();
        match chars.next() {
            Some(c) => c.to_lowercase().chain(chars).collect(),
            None => text,
        }
    } else {
        text
    }
}

/// Possible base forms of a word: "listened" gives "listen", "noticed" gives "notice",
/// "stopping" gives "stop".
pub(super) fn stems(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    if let Some(base) = lookup(IRREGULAR_PAST, word) {
        out.push(base.to_owned());
    }
    let mut push = |s: Option<&str>, add: &str| {
        if let Some(s) = s
            && !s.is_empty()
        {
            out.push(format!("{s}{add}"));
        }
    };
    push(word.strip_suffix('s'), "");
    push(word.strip_suffix("ed"), "");
    push(word.strip_suffix('d'), "");
    push(word.strip_suffix("ied"), "y");
    push(word.strip_suffix("ing"), "");
    push(word.strip_suffix("ing"), "e");
    push(word.strip_suffix("ying"), "ie");
    for suffix in ["ed", "ing"] {
        if let Some(s) = word.strip_suffix(suffix) {
            let mut chars = s.chars().rev();
            if let (Some(a), Some(b)) = (chars.next(), chars.next())
                && a == b
            {
                out.push(s[..s.len() - a.len_utf8()].to_owned());
            }
        }
    }
    out
}

/// Whether a verb, as typed after "you never", is in the past: "listened", "said".
pub(super) fn is_past(word: &str) -> bool {
    lookup(IRREGULAR_PAST, word).is_some()
        || (word.ends_with("ed") && !word.ends_with("eed") && word.chars().count() > 3)
}

/// The base form of a past verb, when it is one we know: "listened" gives "listen".
pub(super) fn base_of_past(word: &str) -> Option<String> {
    if let Some(base) = lookup(IRREGULAR_PAST, word) {
        return Some(base.to_owned());
    }
    stems(word)
        .into_iter()
        .skip(1)
        .find(|s| lookup(VERB_FEELINGS, s).is_some() || OTHER_VERBS.contains(&s.as_str()))
}

/// A word in lower case without its accents: "Mí" gives "mi", "pegó" gives "pego".
pub(super) fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}
