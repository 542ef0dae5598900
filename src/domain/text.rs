//! Text the user types: names (of parts and people) and notes, checked before they are kept.

use std::fmt;

use super::i18n::Lang;
use crate::t;

/// The longest name we keep, in characters.
pub const NAME_MAX_CHARS: usize = 60;
/// The longest note we keep, in characters.
pub const NOTE_MAX_CHARS: usize = 10_000;

/// Why a piece of text cannot be kept as it is. The messages are shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    EmptyName,
    NameTooLong {
        chars: usize,
    },
    EmptyRequired {
        what: &'static str,
    },
    TooLong {
        what: &'static str,
        chars: usize,
    },
    /// Kept from before: characters today's checks take out (such as invisible controls),
    /// or space around it.
    Unusual {
        what: &'static str,
    },
    /// A phone number with something other than digits, spaces, `+`, `-`, dots and
    /// brackets, or too few or too many digits.
    PhoneNumber,
}

impl TextError {
    /// What to tell the person, in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        let what = |what: &str| what_in(lang, what);
        let said = match self {
            TextError::EmptyName => t!(lang, "text-empty-name"),
            TextError::PhoneNumber => t!(lang, "text-phone-number"),
            TextError::NameTooLong { chars } => {
                t!(
                    lang,
                    "text-name-too-long",
                    max = NAME_MAX_CHARS,
                    chars = *chars
                )
            }
            TextError::EmptyRequired { what: w } => t!(lang, "text-empty-required", what = what(w)),
            TextError::TooLong { what: w, chars } => t!(
                lang,
                "text-too-long",
                what = what(w),
                max = group_thousands(lang, NOTE_MAX_CHARS),
                chars = group_thousands(lang, *chars)
            ),
            TextError::Unusual { what: w } => t!(lang, "text-unusual", what = what(w)),
        };
        capitalise(&said)
    }
}

/// The log's words, and the import report's: English.
impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(Lang::ENGLISH))
    }
}

/// A field's name as the messages say it in `lang`, from its English name (the `…_WHAT`
/// constants, "the note", "what happened"; a field's words in a record's declaration, "its
/// age band"): the message `text-what-` and the name in lowercase, each run of other
/// characters a hyphen (`text-what-its-age-band`). A name without a message is said as it is.
pub fn what_in(lang: Lang, what: &str) -> String {
    match what_id(what) {
        Some(id) => lang.tr(&id, None),
        None => what.to_owned(),
    }
}

/// The message for a field's English name, if there is one (see [`what_in`]).
pub fn what_id(what: &str) -> Option<String> {
    let mut id = String::from("text-what");
    for word in what
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        id.push('-');
        id.push_str(&word.to_lowercase());
    }
    Lang::has(&id).then_some(id)
}

impl std::error::Error for TextError {}

/// A checked name: trimmed, inner runs of whitespace made single spaces, no control
/// characters, between 1 and [`NAME_MAX_CHARS`] characters. Emoji and right-to-left
/// scripts are welcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(String);

impl Name {
    pub fn parse(input: &str) -> Result<Self, TextError> {
        let cleaned: String = input
            .split(|c: char| c.is_whitespace() || c.is_control())
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let chars = cleaned.chars().count();
        if chars == 0 {
            Err(TextError::EmptyName)
        } else if chars > NAME_MAX_CHARS {
            Err(TextError::NameTooLong { chars })
        } else {
            Ok(Self(cleaned))
        }
    }

    /// A name exactly as it was kept, whether or not today's checks pass it (see
    /// [`crate::domain::kept`]): reading never changes what was stored.
    pub fn kept(text: String) -> Self {
        Self(text)
    }

    /// Whether today's checks keep this name as it is.
    pub fn fits(&self) -> bool {
        Self::parse(&self.0).is_ok_and(|n| n == *self)
    }

    /// The name after the person's edit of its text: this one, as it was kept, if the text
    /// is unchanged; else the new text, checked.
    pub fn edited(&self, input: &str) -> Result<Self, TextError> {
        if input == self.0 {
            Ok(self.clone())
        } else {
            Self::parse(input)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A checked note: line endings made `\n`, invisible control characters removed (tabs and
/// new lines stay), outer whitespace trimmed, at most [`NOTE_MAX_CHARS`] characters. An
/// empty note is allowed; use [`Note::parse_required`] where words are needed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Note(String);

impl Note {
    /// `what` names the field in messages, such as "the note" or "what happened".
    pub fn parse(input: &str, what: &'static str) -> Result<Self, TextError> {
        let kept = |c: char| !c.is_control() || c == '\n' || c == '\t';
        // Most text has nothing to take out or change, and is only trimmed.
        let cleaned = if input.chars().all(|c| c != '\r' && kept(c)) {
            input.trim().to_owned()
        } else {
            let cleaned: String = input
                .replace("\r\n", "\n")
                .chars()
                .map(|c| if c == '\r' { '\n' } else { c })
                .filter(|&c| kept(c))
                .collect();
            cleaned.trim().to_owned()
        };
        let chars = cleaned.chars().count();
        if chars > NOTE_MAX_CHARS {
            return Err(TextError::TooLong { what, chars });
        }
        Ok(Self(cleaned))
    }

    pub fn parse_required(input: &str, what: &'static str) -> Result<Self, TextError> {
        let note = Self::parse(input, what)?;
        if note.0.is_empty() {
            Err(TextError::EmptyRequired { what })
        } else {
            Ok(note)
        }
    }

    /// A note exactly as it was kept, whether or not today's checks pass it (see
    /// [`crate::domain::kept`]): reading never changes what was stored.
    pub fn kept(text: String) -> Self {
        Self(text)
    }

    /// Why today's checks would not keep this note as it is, if they would not: too long,
    /// or with characters they would take out.
    pub fn problem(&self, what: &'static str) -> Option<TextError> {
        match Self::parse(&self.0, what) {
            Ok(n) if n == *self => None,
            Ok(_) => Some(TextError::Unusual { what }),
            Err(e) => Some(e),
        }
    }

    /// What to tell the person about a note kept from before that today's checks would not
    /// keep as it is, if it is one.
    pub fn kept_notice(&self, lang: Lang, what: &'static str) -> Option<String> {
        self.problem(what).map(|problem| match problem {
            TextError::TooLong { chars, .. } => capitalise(&t!(
                lang,
                "text-kept-too-long",
                what = what_in(lang, what),
                chars = group_thousands(lang, chars),
                max = group_thousands(lang, NOTE_MAX_CHARS)
            )),
            other => other.said(lang),
        })
    }

    /// The note after the person's edit of its text: this one, as it was kept, if the text
    /// is unchanged (so a note from before today's checks survives every save); else the new
    /// text, checked.
    pub fn edited(&self, input: &str, what: &'static str) -> Result<Self, TextError> {
        if input == self.0 {
            Ok(self.clone())
        } else {
            Self::parse(input, what)
        }
    }

    /// As [`Note::edited`], where words are needed.
    pub fn edited_required(&self, input: &str, what: &'static str) -> Result<Self, TextError> {
        if input == self.0 && !self.0.trim().is_empty() {
            Ok(self.clone())
        } else {
            Self::parse_required(input, what)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// The text with its first letter a capital.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A number with its thousands grouped as `lang` groups them: "10,000", "10.000".
fn group_thousands(lang: Lang, n: usize) -> String {
    let mark = t!(lang, "text-thousands");
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&mark);
        }
        out.push(c);
    }
    out
}

/// The first `max` characters of a text on one line, with an ellipsis when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// How much of a file has come, in the unit that suits its whole size: "120 of 840 KB",
/// "1.2 of 4.5 MB", "12 of 37 MB" (1 MB = 1,048,576 bytes, as the import's limit counts);
/// in Spanish "1,2 de 4,5 MB".
pub fn part_of_size(lang: Lang, got: u64, total: u64) -> String {
    const KB: f64 = 1024.0;
    const MB: f64 = 1024.0 * 1024.0;
    let (got, total) = (got.min(total) as f64, total as f64);
    if total < MB {
        let (got, total) = (
            format!("{:.0}", (got / KB).floor()),
            format!("{:.0}", (total / KB).ceil()),
        );
        t!(lang, "data-size-kb", got = got, total = total)
    } else {
        let (got, total) = if total < 10.0 * MB {
            (format!("{:.1}", got / MB), format!("{:.1}", total / MB))
        } else {
            (
                format!("{:.0}", (got / MB).floor()),
                format!("{:.0}", (total / MB).round()),
            )
        };
        let mark = t!(lang, "data-decimal-mark");
        t!(
            lang,
            "data-size-mb",
            got = got.replace('.', &mark),
            total = total.replace('.', &mark)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_name(input: &str, expected: Result<&str, TextError>) {
        assert_eq!(
            Name::parse(input).map(Name::into_string),
            expected.map(str::to_owned),
            "input {input:?}"
        );
    }

    #[test]
    fn names() {
        check_name("  Angry   part ", Ok("Angry part"));
        check_name("", Err(TextError::EmptyName));
        check_name(" \t\n ", Err(TextError::EmptyName));
        check_name("\u{0}\u{7}", Err(TextError::EmptyName));
        check_name("😤 Fierce one", Ok("😤 Fierce one"));
        check_name("جزء غاضب", Ok("جزء غاضب"));
        check_name("a\u{0}b", Ok("a b"));
        let long = "x".repeat(61);
        check_name(&long, Err(TextError::NameTooLong { chars: 61 }));
        check_name(&"é".repeat(60), Ok(&"é".repeat(60)));
    }

    #[test]
    fn notes() {
        assert_eq!(
            Note::parse("  hi\r\nthere\r ", "the note")
                .unwrap()
                .as_str(),
            "hi\nthere"
        );
        assert_eq!(
            Note::parse("a\u{0}b\u{1b}c\td", "the note")
                .unwrap()
                .as_str(),
            "abc\td"
        );
        assert_eq!(Note::parse("", "the note").unwrap().as_str(), "");
        assert_eq!(
            Note::parse_required("   ", "what happened"),
            Err(TextError::EmptyRequired {
                what: "what happened"
            })
        );
        let at_limit = "ß".repeat(NOTE_MAX_CHARS);
        assert!(Note::parse(&at_limit, "the note").is_ok());
        let over = "ß".repeat(NOTE_MAX_CHARS + 1);
        assert_eq!(
            Note::parse(&over, "the note"),
            Err(TextError::TooLong {
                what: "the note",
                chars: NOTE_MAX_CHARS + 1
            })
        );
        let emoji_rtl = "👨‍👩‍👧 שלום \u{202E}abc";
        assert_eq!(
            Note::parse(emoji_rtl, "the note").unwrap().as_str(),
            emoji_rtl
        );
    }

    #[test]
    fn messages_are_plain() {
        let err = TextError::TooLong {
            what: "the note",
            chars: 12_345,
        };
        assert_eq!(
            err.to_string(),
            "The note can be up to 10,000 characters. This one has 12,345."
        );
        assert_eq!(
            TextError::EmptyRequired {
                what: "what happened"
            }
            .to_string(),
            "Write a few words about what happened first."
        );
    }

    #[test]
    fn messages_are_said_in_the_readers_language() {
        let es = Lang::from_tag("es").unwrap();
        let err = TextError::TooLong {
            what: "the note",
            chars: 12_345,
        };
        assert_eq!(
            err.said(es),
            "La nota: caben hasta 10.000 caracteres, y ahora hay 12.345."
        );
        assert_eq!(
            TextError::EmptyRequired {
                what: "what happened"
            }
            .said(es),
            "Escribe primero unas palabras sobre lo que pasó."
        );
        // A field Mend has no words for is named as it was given.
        assert_eq!(what_in(es, "a thing"), "a thing");
        let long = Note::kept("x".repeat(NOTE_MAX_CHARS + 1));
        let notice = long.kept_notice(es, "the note").unwrap();
        assert!(notice.starts_with("La nota: hay más texto"), "{notice}");
        assert!(notice.contains("10.001 caracteres"), "{notice}");
        const MB: u64 = 1024 * 1024;
        assert_eq!(
            part_of_size(es, MB + MB / 5, 4 * MB + MB / 2),
            "1,2 de 4,5 MB"
        );
        assert_eq!(part_of_size(es, 120 * 1024, 840 * 1024), "120 de 840 KB");
    }

    #[test]
    fn excerpts() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("one\ntwo  three", 20), "one two three");
        assert_eq!(excerpt("abcdefghijkl", 5), "abcd…");
    }

    #[test]
    fn a_part_of_a_file_is_told_in_the_unit_of_its_whole() {
        const MB: u64 = 1024 * 1024;
        for (got, total, expected) in [
            (0, 840 * 1024, "0 of 840 KB"),
            (120 * 1024 + 500, 840 * 1024, "120 of 840 KB"),
            (MB + MB / 5, 4 * MB + MB / 2, "1.2 of 4.5 MB"),
            (12 * MB + MB / 2, 37 * MB, "12 of 37 MB"),
            (37 * MB, 37 * MB, "37 of 37 MB"),
            // More than the whole is never said.
            (40 * MB, 37 * MB, "37 of 37 MB"),
            (0, 0, "0 of 0 KB"),
        ] {
            assert_eq!(
                part_of_size(Lang::ENGLISH, got, total),
                expected,
                "{got} of {total}"
            );
        }
    }
}
