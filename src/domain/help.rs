//! Help now: what to do when someone is not safe, the lines to call in the user's region
//! (from `assets/content/help.toml`, each with the page it was taken from and when it was
//! checked), and lines of the user's own.

use crate::domain::content::{ContentError, read_embedded};
use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::Deserialize;

use super::links::encoded;
use super::{HelpLineId, Name, Note, TextError};

const HELP: &str = include_str!("../../assets/content/help.toml");
const FILE: &str = "help.toml";

/// What a line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineFor {
    /// Someone to talk to in a crisis, or when life feels too much.
    Crisis,
    /// Abuse, violence or control at home.
    DomesticAbuse,
}

impl LineFor {
    pub fn label(self) -> &'static str {
        match self {
            LineFor::Crisis => "Crisis support",
            LineFor::DomesticAbuse => "Domestic abuse",
        }
    }
}

/// A national line of a region.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub name: String,
    #[serde(rename = "for")]
    pub for_: LineFor,
    /// A sentence of ours on what it offers.
    pub about: String,
    /// The number to call, as the service writes it; none for a line that only takes texts.
    #[serde(default)]
    pub call: Option<String>,
    /// The number to text, when it takes texts.
    #[serde(default)]
    pub text: Option<String>,
    /// The word to start a text with, when the service asks for one.
    #[serde(default)]
    pub text_word: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
    /// The page the number was taken from, and the day it was read there.
    pub source: String,
    pub checked: NaiveDate,
}

/// A region's emergency number and national lines.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Its ISO 3166 code, as a locale names it ("GB").
    pub code: String,
    pub name: String,
    /// The emergency numbers, the first the one to call.
    pub emergency: Vec<String>,
    /// A word on the emergency number, where one is needed.
    #[serde(default)]
    pub emergency_note: Option<String>,
    pub emergency_source: String,
    pub emergency_checked: NaiveDate,
    #[serde(default, rename = "line")]
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpContent {
    #[serde(default, rename = "region")]
    pub regions: Vec<Region>,
}

impl HelpContent {
    pub fn parse(text: &str) -> Result<Self, ContentError> {
        toml::from_str(text).map_err(ContentError::in_file(FILE))
    }

    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions
            .iter()
            .find(|r| r.code.eq_ignore_ascii_case(code))
    }

    /// What is wrong with the file, one line each: an empty list when all is well.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut codes = HashSet::new();
        let mut source = |what: String, page: &str| {
            if !page.starts_with("https://") && !page.starts_with("http://") {
                problems.push(format!("{FILE}: {what} has no page it was taken from"));
            }
        };
        for r in &self.regions {
            source(
                format!("{}'s emergency number", r.code),
                &r.emergency_source,
            );
            for l in &r.lines {
                source(format!("{} in {}", l.name, r.code), &l.source);
            }
        }
        for r in &self.regions {
            if r.code.len() != 2 || !r.code.bytes().all(|b| b.is_ascii_uppercase()) {
                problems.push(format!(
                    "{FILE}: {} is not a two-letter region code",
                    r.code
                ));
            }
            if !codes.insert(r.code.clone()) {
                problems.push(format!("{FILE}: {} is there twice", r.code));
            }
            if r.emergency.is_empty() || r.emergency.iter().any(|n| number(n).is_err()) {
                problems.push(format!(
                    "{FILE}: {}'s emergency number can't be dialled",
                    r.code
                ));
            }
            if !r.lines.iter().any(|l| l.for_ == LineFor::Crisis) {
                problems.push(format!("{FILE}: {} has no crisis line", r.code));
            }
            for l in &r.lines {
                let dialled = [&l.call, &l.text].into_iter().flatten();
                if l.call.is_none() && l.text.is_none() {
                    problems.push(format!("{FILE}: {} has no number", l.name));
                }
                for n in dialled {
                    if number(n).is_err() {
                        problems.push(format!("{FILE}: {}'s number {n} can't be dialled", l.name));
                    }
                }
                if l.name.trim().is_empty() || l.about.trim().is_empty() {
                    problems.push(format!("{FILE}: a line in {} has no name or words", r.code));
                }
            }
        }
        problems
    }
}

static CONTENT: LazyLock<(HelpContent, Option<ContentError>)> =
    LazyLock::new(|| read_embedded(HelpContent::parse(HELP), "the help lines"));

/// The lines by region, read once. If the embedded file could not be read (its test stops
/// that from shipping) there are none, and every region shows only the advice to call the
/// local emergency number.
pub fn content() -> &'static HelpContent {
    &CONTENT.0
}

/// The region a locale names: "en_GB.UTF-8", "en-GB" and "fr-CA" name GB and CA. A
/// locale without one ("C", "en") names none.
pub fn region_of_locale(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next()?;
    let mut pieces = base.split(['_', '-']).skip(1);
    pieces
        .find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|p| p.to_ascii_uppercase())
}

/// A phone number as the user typed it, checked: digits with spaces, `+`, `-`, dots and
/// brackets between, 3 to 20 digits.
pub fn number(input: &str) -> Result<String, TextError> {
    let trimmed = input.trim();
    let allowed = trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let digits = trimmed.chars().filter(char::is_ascii_digit).count();
    if allowed && (3..=20).contains(&digits) && trimmed.chars().count() <= 40 {
        Ok(trimmed.to_owned())
    } else {
        Err(TextError::PhoneNumber)
    }
}

/// The number as a link dials it: digits, and a leading `+`.
fn dialled(number: &str) -> String {
    let plus = number.trim_start().starts_with('+');
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if plus { format!("+{digits}") } else { digits }
}

/// The `tel:` link for a number.
pub fn tel_href(number: &str) -> String {
    format!("tel:{}", dialled(number))
}

/// The `sms:` link for a number, with the word to start with if the service asks for one.
pub fn sms_href(number: &str, word: Option<&str>) -> String {
    match word {
        Some(w) => format!("sms:{}?body={}", dialled(number), encoded(w)),
        None => format!("sms:{}", dialled(number)),
    }
}

/// The region chosen as none in the file: Help now shows only the advice to call the local
/// emergency number.
pub const ELSEWHERE: &str = "elsewhere";

/// The region Help now shows: the one chosen, else the device's, if the file has it.
pub fn shown_region<'a>(
    c: &'a HelpContent,
    chosen: Option<&str>,
    locale: Option<&str>,
) -> Option<&'a Region> {
    match chosen {
        Some(code) => c.region(code),
        None => c.region(&region_of_locale(locale?)?),
    }
}

/// What names the fields of a line of one's own in messages.
pub const NOTE_WHAT: &str = "the note";

/// A line of the user's own: a therapist, a friend, a local service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnLine {
    pub id: HelpLineId,
    pub name: String,
    pub number: String,
    /// It takes texts, so an `sms:` link is offered too.
    pub texts: bool,
    /// When to call, or who it is; may be empty.
    pub note: String,
}

impl OwnLine {
    /// The line as typed, checked: a name, a number that can be dialled, a note.
    pub fn checked(&self) -> Result<OwnLine, TextError> {
        Ok(OwnLine {
            id: self.id,
            name: Name::parse(&self.name)?.into_string(),
            number: number(&self.number)?,
            texts: self.texts,
            note: Note::parse(&self.note, NOTE_WHAT)?.into_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lines_read_and_are_sound() {
        assert_eq!(CONTENT.1, None);
        let c = content();
        assert_eq!(c.problems(), Vec::<String>::new());
        for code in ["US", "GB", "IE", "CA", "AU", "NZ"] {
            let region = c.region(code).unwrap_or_else(|| panic!("no {code}"));
            assert!(!region.lines.is_empty(), "{code}");
        }
        assert!(c.region("gb").is_some());
        assert!(c.region("FR").is_none());
    }

    #[test]
    fn problems_are_found() {
        let c = HelpContent::parse(
            r#"
[[region]]
code = "gb"
name = "X"
emergency = ["call us"]
emergency_source = ""
emergency_checked = "2026-12-02"
[[region.line]]
name = "A"
for = "domestic_abuse"
about = "Words"
source = "https://example.org"
checked = "2026-12-02"
"#,
        )
        .unwrap();
        let problems = c.problems();
        let has = |w: &str| problems.iter().any(|p| p.contains(w));
        assert!(has("no page it was taken from"), "{problems:#?}");
        assert!(has("two-letter"), "{problems:#?}");
        assert!(has("can't be dialled"), "{problems:#?}");
        assert!(has("no crisis line"), "{problems:#?}");
        assert!(has("A has no number"), "{problems:#?}");
        // A line without its date, or with a field we don't know, is refused whole.
        assert!(HelpContent::parse("[[region]]\ncode = \"GB\"\nname = \"X\"\nemergency = [\"999\"]\nemergency_source = \"https://a\"\n").is_err());
        assert!(HelpContent::parse("[[region]]\nflag = 1\n").is_err());
    }

    #[test]
    fn a_locale_names_its_region() {
        assert_eq!(region_of_locale("en_GB.UTF-8").as_deref(), Some("GB"));
        assert_eq!(region_of_locale("en-nz").as_deref(), Some("NZ"));
        assert_eq!(region_of_locale("fr-CA").as_deref(), Some("CA"));
        assert_eq!(region_of_locale("zh-Hant-TW").as_deref(), Some("TW"));
        assert_eq!(region_of_locale("ga_IE@euro").as_deref(), Some("IE"));
        assert_eq!(region_of_locale("C"), None);
        assert_eq!(region_of_locale("en"), None);
        assert_eq!(region_of_locale(""), None);
    }

    #[test]
    fn numbers_are_checked_and_dialled() {
        assert_eq!(number("  0800 733 843 ").unwrap(), "0800 733 843");
        assert_eq!(
            number("+44 (0)20 7946-0958").unwrap(),
            "+44 (0)20 7946-0958"
        );
        for wrong in [
            "",
            "12",
            "call me",
            "0800 REFUGE",
            "1".repeat(21).as_str(),
            "+1 555\u{202e}1234",
        ] {
            assert_eq!(number(wrong), Err(TextError::PhoneNumber), "{wrong:?}");
        }
        assert_eq!(tel_href("+44 (0)20 7946-0958"), "tel:+4402079460958");
        assert_eq!(tel_href("116 123"), "tel:116123");
        assert_eq!(sms_href("85258", Some("SHOUT")), "sms:85258?body=SHOUT");
        assert_eq!(sms_href("0458 737 732", None), "sms:0458737732");
    }

    #[test]
    fn an_own_line_is_checked() {
        let line = OwnLine {
            id: HelpLineId::random(),
            name: "  My therapist ".into(),
            number: "020 7946 0958".into(),
            texts: true,
            note: " Tuesdays ".into(),
        };
        let checked = line.checked().unwrap();
        assert_eq!(
            (checked.name.as_str(), checked.note.as_str()),
            ("My therapist", "Tuesdays")
        );
        let no_name = OwnLine {
            name: " ".into(),
            ..line.clone()
        };
        assert_eq!(no_name.checked(), Err(TextError::EmptyName));
        let no_number = OwnLine {
            number: "soon".into(),
            ..line
        };
        assert_eq!(no_number.checked(), Err(TextError::PhoneNumber));
    }
}
