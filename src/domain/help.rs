//! Help now: what to do when someone is not safe, the lines to call in the user's region
//! (from `assets/content/help.toml`, each with the page it was taken from and when it was
//! checked), and lines of the user's own.
//!
//! The numbers, sources and dates are in that one file, whatever the language. A language's
//! words for the regions and lines (names, what each offers, hours) are in its own
//! `assets/content/<tag>/help.toml`, found by region code and line id: [`content_in`].

use crate::domain::content::{ContentError, Localised};
use crate::domain::i18n::Lang;
use std::collections::HashSet;

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
    /// Its code, as the file writes it: its words are the message `help-for-{code}`.
    pub fn code(self) -> &'static str {
        match self {
            LineFor::Crisis => "crisis",
            LineFor::DomesticAbuse => "domestic_abuse",
        }
    }
}

/// A national line of a region.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    /// Its name for other languages' words: lower-case letters, digits and hyphens, once in
    /// its region.
    pub id: String,
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
            let mut ids = HashSet::new();
            for l in &r.lines {
                let id_ok = !l.id.is_empty()
                    && l.id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if !id_ok {
                    problems.push(format!(
                        "{FILE}: {}'s id \"{}\" is not lower-case letters, digits and hyphens",
                        l.name, l.id
                    ));
                }
                if !ids.insert(l.id.as_str()) {
                    problems.push(format!("{FILE}: the id {} is in {} twice", l.id, r.code));
                }
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

    /// The regions and lines in a language's `words`: each takes the words given for it,
    /// and keeps English's where none are given.
    pub fn in_words(&self, words: &HelpWords) -> HelpContent {
        let mut out = self.clone();
        for r in &mut out.regions {
            let Some(said) = words.regions.iter().find(|w| w.code == r.code) else {
                continue;
            };
            r.name.clone_from(&said.name);
            if said.emergency_note.is_some() {
                r.emergency_note.clone_from(&said.emergency_note);
            }
            for l in &mut r.lines {
                let Some(line) = said.lines.iter().find(|w| w.id == l.id) else {
                    continue;
                };
                if let Some(name) = &line.name {
                    l.name.clone_from(name);
                }
                l.about.clone_from(&line.about);
                if line.hours.is_some() {
                    l.hours.clone_from(&line.hours);
                }
                if line.text_word.is_some() {
                    l.text_word.clone_from(&line.text_word);
                }
            }
        }
        out
    }

    /// What a language's `words` (from `file`) don't match here, one line each: a region or
    /// line this file lacks, one of this file's without words, hours or an emergency note
    /// where this file has none or none where it has one, a word to text for a line that
    /// takes no texts. An empty list when they match.
    pub fn unmatched(&self, words: &HelpWords, file: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut regions = HashSet::new();
        for said in &words.regions {
            if !regions.insert(said.code.as_str()) {
                out.push(format!("{file}: {} is there twice", said.code));
            }
            let Some(r) = self.region(&said.code).filter(|r| r.code == said.code) else {
                out.push(format!("{file}: {} is not a region of {FILE}", said.code));
                continue;
            };
            if said.name.trim().is_empty() {
                out.push(format!("{file}: {} has no name", r.code));
            }
            if said.emergency_note.is_some() != r.emergency_note.is_some() {
                out.push(format!(
                    "{file}: {}'s emergency note is {}",
                    r.code,
                    if said.emergency_note.is_some() {
                        "extra"
                    } else {
                        "missing"
                    }
                ));
            }
            let mut lines = HashSet::new();
            for line in &said.lines {
                let where_ = format!("{}/{}", r.code, line.id);
                if !lines.insert(line.id.as_str()) {
                    out.push(format!("{file}: {where_} is there twice"));
                }
                let Some(l) = r.lines.iter().find(|l| l.id == line.id) else {
                    out.push(format!("{file}: {where_} is not a line of {FILE}"));
                    continue;
                };
                if line.about.trim().is_empty()
                    || line.name.as_deref().is_some_and(|n| n.trim().is_empty())
                {
                    out.push(format!("{file}: {where_} has an empty text"));
                }
                if line.hours.is_some() != l.hours.is_some() {
                    out.push(format!(
                        "{file}: {where_}'s hours are {}",
                        if line.hours.is_some() {
                            "extra"
                        } else {
                            "missing"
                        }
                    ));
                }
                if line.text_word.is_some() && l.text.is_none() {
                    out.push(format!(
                        "{file}: {where_} has a word to text but no number to text"
                    ));
                }
            }
            for l in &r.lines {
                if !said.lines.iter().any(|w| w.id == l.id) {
                    out.push(format!("{file}: {}/{} has no words", r.code, l.id));
                }
            }
        }
        for r in &self.regions {
            if !regions.contains(r.code.as_str()) {
                out.push(format!("{file}: {} has no words", r.code));
            }
        }
        out
    }
}

/// A language's words for the regions and lines (`assets/content/<tag>/help.toml`): each
/// region by its code, each line by its id. The numbers, sources and dates are English's.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpWords {
    #[serde(default, rename = "region")]
    pub regions: Vec<RegionWords>,
}

/// A region's words in a language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionWords {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub emergency_note: Option<String>,
    #[serde(default, rename = "line")]
    pub lines: Vec<LineWords>,
}

/// A line's words in a language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineWords {
    pub id: String,
    /// Its name, only where the service says it another way in this language.
    #[serde(default)]
    pub name: Option<String>,
    pub about: String,
    #[serde(default)]
    pub hours: Option<String>,
    /// The word to start a text with, where the service asks for another in this language.
    #[serde(default)]
    pub text_word: Option<String>,
}

impl HelpWords {
    pub fn parse(text: &str) -> Result<Self, ContentError> {
        toml::from_str(text).map_err(ContentError::in_file(FILE))
    }
}

static CONTENT: Localised<HelpContent> = Localised::new(
    "the help lines",
    || HelpContent::parse(HELP),
    |lang| {
        let words = HelpWords::parse(lang.content(FILE)?);
        Some(words.map(|words| content().in_words(&words)))
    },
);

/// The lines by region, read once. If the embedded file could not be read (its test stops
/// that from shipping) there are none, and every region shows only the advice to call the
/// local emergency number.
pub fn content() -> &'static HelpContent {
    CONTENT.english()
}

/// The lines by region in `lang`'s words (English's where it has none for one), read once.
/// The numbers are the same in every language.
pub fn content_in(lang: Lang) -> &'static HelpContent {
    CONTENT.in_lang(lang)
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
/// brackets between, 3 to 20 digits; `*` and `#` too, for short codes (Chile's *4141) and
/// extensions dialled that way.
pub fn number(input: &str) -> Result<String, TextError> {
    let trimmed = input.trim();
    let allowed = trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().*#".contains(c));
    let digits = trimmed.chars().filter(char::is_ascii_digit).count();
    if allowed && (3..=20).contains(&digits) && trimmed.chars().count() <= 40 {
        Ok(trimmed.to_owned())
    } else {
        Err(TextError::PhoneNumber)
    }
}

/// The number as a link dials it: digits, `*` and `#` (written `%23`, as a `tel:` link
/// needs), and a leading `+`.
fn dialled(number: &str) -> String {
    let plus = number.trim_start().starts_with('+');
    let mut out = String::from(if plus { "+" } else { "" });
    for c in number.chars() {
        match c {
            '0'..='9' | '*' => out.push(c),
            '#' => out.push_str("%23"),
            _ => {}
        }
    }
    out
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

/// The device's region, if the file has it: the first region named by the device's locales,
/// best first (`["es_MX.UTF-8"]`, `["en-GB", "es-ES"]`), that the file has.
pub fn device_region<'a, S: AsRef<str>>(c: &'a HelpContent, locales: &[S]) -> Option<&'a Region> {
    locales
        .iter()
        .filter_map(|l| region_of_locale(l.as_ref()))
        .find_map(|code| c.region(&code))
}

/// The region Help now shows: the one chosen, else the device's, if the file has it.
pub fn shown_region<'a, S: AsRef<str>>(
    c: &'a HelpContent,
    chosen: Option<&str>,
    locales: &[S],
) -> Option<&'a Region> {
    match chosen {
        Some(code) => c.region(code),
        None => device_region(c, locales),
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
        assert_eq!(CONTENT.problem(), None);
        let c = content();
        assert_eq!(c.problems(), Vec::<String>::new());
        for code in [
            "US", "GB", "IE", "CA", "AU", "NZ", "ES", "MX", "AR", "CO", "CL",
        ] {
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
id = "a"
name = "A"
for = "domestic_abuse"
about = "Words"
source = "https://example.org"
checked = "2026-12-02"
[[region.line]]
id = "A b"
name = "B"
for = "domestic_abuse"
about = "Words"
call = "123"
source = "https://example.org"
checked = "2026-12-02"
[[region.line]]
id = "a"
name = "C"
for = "domestic_abuse"
about = "Words"
call = "123"
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
        assert!(has("B's id \"A b\" is not lower-case"), "{problems:#?}");
        assert!(has("the id a is in gb twice"), "{problems:#?}");
        // A line without its date, or with a field we don't know, is refused whole.
        assert!(HelpContent::parse("[[region]]\ncode = \"GB\"\nname = \"X\"\nemergency = [\"999\"]\nemergency_source = \"https://a\"\n").is_err());
        assert!(HelpContent::parse("[[region]]\nflag = 1\n").is_err());
    }

    #[test]
    fn every_languages_words_match_the_lines_one_for_one() {
        let english = content();
        let mut seen = 0;
        for lang in Lang::all() {
            let Some(text) = lang.content(FILE) else {
                continue;
            };
            seen += 1;
            let tag = lang.tag();
            let words = HelpWords::parse(text).unwrap_or_else(|e| panic!("{tag}: {e}"));
            let file = format!("{tag}/{FILE}");
            assert_eq!(english.unmatched(&words, &file), Vec::<String>::new());
            let said = content_in(lang);
            assert_eq!(said.problems(), Vec::<String>::new(), "{tag}");
            // The numbers, sources and dates are English's, in the same order.
            for (a, b) in english.regions.iter().zip(&said.regions) {
                assert_eq!((&a.code, &a.emergency), (&b.code, &b.emergency));
                for (x, y) in a.lines.iter().zip(&b.lines) {
                    assert_eq!(
                        (&x.id, &x.call, &x.text, &x.source, x.checked),
                        (&y.id, &y.call, &y.text, &y.source, y.checked)
                    );
                }
            }
        }
        assert!(seen >= 1, "Spanish has its words for the lines");
        let es = Lang::from_tag("es").unwrap();
        let spain = content_in(es).region("ES").unwrap();
        assert_eq!(spain.name, "España");
        assert!(spain.lines[0].about.contains("quitarte la vida"));
        let us = content_in(es).region("US").unwrap();
        assert_eq!(us.lines[0].text_word.as_deref(), Some("AYUDA"));
        assert_eq!(content().region("US").unwrap().lines[0].text_word, None);
        // English, and the pseudo-locales, read English's words.
        assert_eq!(content_in(Lang::ENGLISH).regions, content().regions);
    }

    #[test]
    fn words_that_dont_match_are_found() {
        let english = content();
        let words = HelpWords::parse(
            r#"
[[region]]
code = "GB"
name = "Reino Unido"
emergency_note = "Una nota"
[[region.line]]
id = "samaritans"
about = "Palabras"
hours = "Siempre"
text_word = "HOLA"
[[region.line]]
id = "nobody"
about = "Palabras"
[[region]]
code = "FR"
name = "Francia"
"#,
        )
        .unwrap();
        let found = english.unmatched(&words, "xx/help.toml");
        let has = |w: &str| found.iter().any(|p| p.contains(w));
        for w in [
            "GB's emergency note is extra",
            "GB/samaritans's hours are extra",
            "GB/samaritans has a word to text but no number",
            "GB/nobody is not a line",
            "GB/shout has no words",
            "FR is not a region",
            "US has no words",
        ] {
            assert!(has(w), "{w}: {found:#?}");
        }
        assert!(HelpWords::parse("[[region]]\ncode = \"GB\"\nname = \"X\"\nflag = 1\n").is_err());
        // Words given take English's place; those not given keep English's.
        let said = english.in_words(&words);
        let gb = said.region("GB").unwrap();
        assert_eq!(gb.name, "Reino Unido");
        assert_eq!(gb.lines[0].about, "Palabras");
        assert_eq!(
            gb.lines[1].about,
            english.region("GB").unwrap().lines[1].about
        );
        assert_eq!(said.region("US"), english.region("US"));
    }

    #[test]
    fn the_devices_region_is_the_first_of_its_locales_that_mend_has_lines_for() {
        let c = content();
        let code = |chosen: Option<&str>, locales: &[&str]| {
            shown_region(c, chosen, locales).map(|r| r.code.as_str())
        };
        assert_eq!(code(None, &["en_GB.UTF-8"]), Some("GB"));
        assert_eq!(code(None, &["es_ES.UTF-8"]), Some("ES"));
        assert_eq!(code(None, &["es-MX", "es"]), Some("MX"));
        assert_eq!(code(None, &["C.UTF-8", "es", "es-CO"]), Some("CO"));
        assert_eq!(code(None, &["fr-FR", "en-US"]), Some("US"));
        assert_eq!(code(None, &["fr-FR", "es"]), None);
        assert_eq!(code(None, &[]), None);
        // A region chosen wins, and "somewhere else" is none.
        assert_eq!(code(Some("CL"), &["en_GB.UTF-8"]), Some("CL"));
        assert_eq!(code(Some(ELSEWHERE), &["en_GB.UTF-8"]), None);
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
        // Short codes and extensions dialled with `*` and `#`.
        assert_eq!(number("*4141").unwrap(), "*4141");
        assert_eq!(tel_href("*4141"), "tel:*4141");
        assert_eq!(tel_href("#31# 555 0100"), "tel:%2331%235550100");
        assert_eq!(number("**"), Err(TextError::PhoneNumber));
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
