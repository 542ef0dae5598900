//! Our words kept as data: the daily reflection prompts, the repair phrases and the practice
//! situations. They live in `assets/content/*.toml` so writers can change them without
//! touching Rust, and are embedded at build time; a test checks them (unique ids, known
//! tags, no empty or repeated text).

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use super::i18n::{Lang, PerLang};

const PROMPTS: &str = include_str!("../../assets/content/prompts.toml");
const PHRASES: &str = include_str!("../../assets/content/phrases.toml");
const SITUATIONS: &str = include_str!("../../assets/content/situations.toml");

/// What a reflection prompt is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Parts,
    #[serde(rename = "self")]
    SelfEnergy,
    Rupture,
    Repair,
    Gratitude,
    Child,
}

/// One of the steps a repair phrase serves: the five repair steps, and the intention for
/// next time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhraseStep {
    Notice,
    FindSelf,
    Listen,
    Acknowledge,
    Respond,
    Intention,
}

impl PhraseStep {
    pub const ALL: [PhraseStep; 6] = [
        PhraseStep::Notice,
        PhraseStep::FindSelf,
        PhraseStep::Listen,
        PhraseStep::Acknowledge,
        PhraseStep::Respond,
        PhraseStep::Intention,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PhraseStep::Notice => "notice",
            PhraseStep::FindSelf => "find_self",
            PhraseStep::Listen => "listen",
            PhraseStep::Acknowledge => "acknowledge",
            PhraseStep::Respond => "respond",
            PhraseStep::Intention => "intention",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The words on its filter chip: "Notice my parts".
    pub fn label(self, lang: Lang) -> String {
        lang.word("practice-phrase-step", self.code())
    }
}

/// Who a phrase is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Partner,
    #[serde(rename = "child_2_4")]
    Child2To4,
    #[serde(rename = "child_5_8")]
    Child5To8,
    #[serde(rename = "child_9_12")]
    Child9To12,
    Teen,
    Myself,
}

impl Audience {
    pub const ALL: [Audience; 6] = [
        Audience::Partner,
        Audience::Child2To4,
        Audience::Child5To8,
        Audience::Child9To12,
        Audience::Teen,
        Audience::Myself,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Audience::Partner => "partner",
            Audience::Child2To4 => "child_2_4",
            Audience::Child5To8 => "child_5_8",
            Audience::Child9To12 => "child_9_12",
            Audience::Teen => "teen",
            Audience::Myself => "myself",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The words on its filter chip: "Partner", "Child 2–4".
    pub fn label(self, lang: Lang) -> String {
        lang.word("practice-audience", self.code())
    }

    /// Whether this is a child of any age.
    pub fn is_child(self) -> bool {
        matches!(
            self,
            Audience::Child2To4 | Audience::Child5To8 | Audience::Child9To12 | Audience::Teen
        )
    }
}

/// A daily reflection prompt.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    pub id: String,
    pub topic: Topic,
    pub text: String,
}

/// A repair phrase of ours: an example to adapt, never a script.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub id: String,
    pub step: PhraseStep,
    pub audience: Audience,
    pub text: String,
    /// A short note on why it helps.
    pub why: String,
}

/// A practice card's situation, with responses to choose from (or to write one's own).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: String,
    pub audience: Audience,
    pub text: String,
    pub choices: Vec<String>,
}

#[derive(Deserialize)]
struct PromptFile {
    prompt: Vec<Prompt>,
}

#[derive(Deserialize)]
struct PhraseFile {
    phrase: Vec<Phrase>,
}

#[derive(Deserialize)]
struct SituationFile {
    situation: Vec<Situation>,
}

/// Everything in `assets/content`.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub prompts: Vec<Prompt>,
    pub phrases: Vec<Phrase>,
    pub situations: Vec<Situation>,
}

/// One of our own content files that could not be read: which, and where it is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}: {problem}")]
pub struct ContentError {
    pub file: &'static str,
    pub problem: toml::de::Error,
}

impl ContentError {
    /// A function for `map_err`, naming the file.
    pub fn in_file(file: &'static str) -> impl Fn(toml::de::Error) -> ContentError {
        move |problem| ContentError { file, problem }
    }
}

impl Library {
    /// Reads the three files, or says which one is wrong and where.
    pub fn parse(prompts: &str, phrases: &str, situations: &str) -> Result<Library, ContentError> {
        let prompts = toml::from_str::<PromptFile>(prompts)
            .map_err(ContentError::in_file("prompts.toml"))?
            .prompt;
        let phrases = toml::from_str::<PhraseFile>(phrases)
            .map_err(ContentError::in_file("phrases.toml"))?
            .phrase;
        let situations = toml::from_str::<SituationFile>(situations)
            .map_err(ContentError::in_file("situations.toml"))?
            .situation;
        Ok(Library {
            prompts,
            phrases,
            situations,
        })
    }

    /// What is wrong with the words, one line each: an empty list when all is well.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = HashSet::new();
        let mut texts = HashSet::new();
        let mut check = |file: &str, id: &str, texts_of: &[&str]| {
            if id.trim().is_empty() {
                out.push(format!("{file}: an entry has no id"));
            }
            if !ids.insert(format!("{file}/{id}")) {
                out.push(format!("{file}: the id {id} is used twice"));
            }
            for text in texts_of {
                let plain = normalise(text);
                if plain.is_empty() {
                    out.push(format!("{file}: {id} has an empty text"));
                } else if !texts.insert(plain) {
                    out.push(format!(
                        "{file}: {id} repeats a text found elsewhere: {text}"
                    ));
                }
            }
        };
        for p in &self.prompts {
            check("prompts.toml", &p.id, &[&p.text]);
        }
        for p in &self.phrases {
            check("phrases.toml", &p.id, &[&p.text, &p.why]);
        }
        for s in &self.situations {
            let mut all = vec![s.text.as_str()];
            all.extend(s.choices.iter().map(String::as_str));
            check("situations.toml", &s.id, &all);
        }
        for s in &self.situations {
            if s.choices.len() < 2 {
                out.push(format!(
                    "situations.toml: {} needs at least two choices",
                    s.id
                ));
            }
            if s.audience == Audience::Myself {
                out.push(format!(
                    "situations.toml: {} is for another person, not myself",
                    s.id
                ));
            }
        }
        out
    }

    /// A phrase of ours by its id.
    /// A prompt by its id.
    pub fn prompt(&self, id: &str) -> Option<&Prompt> {
        self.prompts.iter().find(|p| p.id == id)
    }

    /// A record's prompt in these words: by the id the record keeps, where they have it;
    /// otherwise as the record kept it (from another version of Mend).
    pub fn prompt_or(&self, id: &str, kept: &str) -> String {
        self.prompt(id)
            .map_or_else(|| kept.to_owned(), |p| p.text.clone())
    }

    /// A practice card's situation in these words, as [`Library::prompt_or`] does.
    pub fn situation_or(&self, id: &str, kept: &str) -> String {
        self.situation(id)
            .map_or_else(|| kept.to_owned(), |s| s.text.clone())
    }

    pub fn phrase(&self, id: &str) -> Option<&Phrase> {
        self.phrases.iter().find(|p| p.id == id)
    }

    /// A situation by its id.
    pub fn situation(&self, id: &str) -> Option<&Situation> {
        self.situations.iter().find(|s| s.id == id)
    }

    /// The prompt for a day: the same all day, never the same two days in a row, and every
    /// prompt in turn before any comes back.
    pub fn prompt_for(&self, day: NaiveDate) -> Option<&Prompt> {
        let n = self.prompts.len();
        self.prompts.get(rotation(day, n)?)
    }
}

/// One kind of our words (`assets/content/`), read once in each language, when first asked
/// for: English's from its embedded file, and another language's from its own version
/// (`assets/content/<tag>/`), or English's where it has none. A file that could not be read
/// (the content tests stop one from ever shipping) is logged; another language then shows
/// English's words, and English's lists are empty, [`Localised::problem`] saying why.
pub struct Localised<T: 'static> {
    what: &'static str,
    english: fn() -> Result<T, ContentError>,
    own: fn(Lang) -> Option<Result<T, ContentError>>,
    english_read: OnceLock<(T, Option<ContentError>)>,
    others: PerLang<Option<T>>,
}

impl<T: Default> Localised<T> {
    /// `what` names the words in the log; `english` reads English's, and `own` a language's
    /// own version, if it has one.
    pub const fn new(
        what: &'static str,
        english: fn() -> Result<T, ContentError>,
        own: fn(Lang) -> Option<Result<T, ContentError>>,
    ) -> Self {
        Localised {
            what,
            english,
            own,
            english_read: OnceLock::new(),
            others: PerLang::new(),
        }
    }

    /// The words in English: also for what needs only their ids (an export, an import).
    pub fn english(&self) -> &T {
        &self.english_read().0
    }

    /// Why English's file could not be read, if it could not.
    pub fn problem(&self) -> Option<&ContentError> {
        self.english_read().1.as_ref()
    }

    /// The words in `lang`: its own, or English's.
    pub fn in_lang(&self, lang: Lang) -> &T {
        if lang.is_english() {
            return self.english();
        }
        let own = self.others.get(lang, || match (self.own)(lang)? {
            Ok(words) => Some(words),
            Err(problem) => {
                let what = self.what;
                tracing::error!(lang = lang.tag(), %problem, "{what} in this language could not be read");
                None
            }
        });
        own.as_ref().unwrap_or_else(|| self.english())
    }

    fn english_read(&self) -> &(T, Option<ContentError>) {
        self.english_read.get_or_init(|| match (self.english)() {
            Ok(words) => (words, None),
            Err(problem) => {
                let what = self.what;
                tracing::error!(%problem, "{what} could not be read");
                (T::default(), Some(problem))
            }
        })
    }
}

/// What is wrong with one file of our words, gathered as it is read: ids of lower-case
/// letters, digits and hyphens, once in their list; texts not empty, not too long, and never
/// the same as another in the file.
pub struct Checks {
    file: &'static str,
    ids: HashSet<String>,
    texts: HashSet<String>,
    problems: Vec<String>,
}

impl Checks {
    pub fn new(file: &'static str) -> Self {
        Checks {
            file,
            ids: HashSet::new(),
            texts: HashSet::new(),
            problems: Vec::new(),
        }
    }

    /// An entry's id in its list.
    pub fn id(&mut self, list: &str, id: &str) {
        let file = self.file;
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            self.problems.push(format!(
                "{file}: the {list} id \"{id}\" is not lower case letters, digits and hyphens"
            ));
        }
        if !self.ids.insert(format!("{list}/{id}")) {
            self.problems
                .push(format!("{file}: the {list} id {id} is used twice"));
        }
    }

    /// One text of the entry `id`; gives it in lower case with its spaces made single, for
    /// checks of its own.
    pub fn text(&mut self, id: &str, text: &str, max: usize) -> String {
        let file = self.file;
        let plain = normalise(text);
        if plain.is_empty() {
            self.problems
                .push(format!("{file}: {id} has an empty text"));
        } else if text.chars().count() > max {
            self.problems
                .push(format!("{file}: {id} has a text over {max} characters"));
        } else if !self.texts.insert(plain.clone()) {
            self.problems.push(format!(
                "{file}: {id} repeats a text found elsewhere: {text}"
            ));
        }
        plain
    }

    /// A problem of the file's own kind.
    pub fn push(&mut self, problem: impl std::fmt::Display) {
        self.problems.push(format!("{}: {problem}", self.file));
    }

    pub fn into_problems(self) -> Vec<String> {
        self.problems
    }
}

/// Lower case with runs of whitespace made one, for spotting repeated text.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The index of a day's prompt among `n`: a step of `stride` a day through a list of `n`,
/// where the stride shares no factor with `n`. Each day moves by the same non-zero amount, so
/// two days in a row never meet the same prompt, and all `n` come round before any repeats.
/// The stride is large so that neighbouring prompts (of the same topic, perhaps) are not
/// shown on neighbouring days.
pub fn rotation(day: NaiveDate, n: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    let n64 = n as i64;
    let stride = (37..).find(|s| gcd(*s, n64) == 1 && s % n64 != 0 || n64 == 1)?;
    let days = i64::from(day.num_days_from_ce());
    Some(((days % n64) * (stride % n64)).rem_euclid(n64) as usize)
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

static LIBRARY: Localised<Library> = Localised::new(
    "our words",
    || Library::parse(PROMPTS, PHRASES, SITUATIONS),
    |lang| {
        let own =
            ["prompts.toml", "phrases.toml", "situations.toml"].map(|file| lang.content(file));
        if own.iter().all(Option::is_none) {
            return None;
        }
        let [prompts, phrases, situations] = own;
        Some(Library::parse(
            prompts.unwrap_or(PROMPTS),
            phrases.unwrap_or(PHRASES),
            situations.unwrap_or(SITUATIONS),
        ))
    },
);

/// Our words in `lang` (its own files, or English's where it has none), read once.
pub fn library_in(lang: Lang) -> &'static Library {
    LIBRARY.in_lang(lang)
}

/// Our words in English: for what needs only their ids (an export, an import).
pub fn library() -> &'static Library {
    LIBRARY.english()
}

/// Why the embedded words could not be read, if they could not.
pub fn library_problem() -> Option<&'static ContentError> {
    LIBRARY.problem()
}

crate::domain::kept::coded!(PhraseStep);

crate::domain::kept::coded!(Audience);

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[derive(Debug, Default, PartialEq, Deserialize)]
    struct Words {
        word: String,
    }

    fn words(text: &str) -> Result<Words, ContentError> {
        toml::from_str(text).map_err(ContentError::in_file("words.toml"))
    }

    #[test]
    fn each_language_reads_its_own_words_or_englishs() {
        static WORDS: Localised<Words> = Localised::new(
            "test words",
            || words("word = 'hello'"),
            |lang| match lang.tag() {
                "es" => Some(words("word = 'hola'")),
                "en-XA" => Some(words("word = ")),
                _ => None,
            },
        );
        let read = |tag| &WORDS.in_lang(Lang::from_tag(tag).unwrap()).word;
        assert_eq!(read("en"), "hello");
        assert_eq!(read("es"), "hola");
        // Its own file could not be read: English's words, and English's are fine.
        assert_eq!(read("en-XA"), "hello");
        assert_eq!(read("ar-XB"), "hello");
        assert_eq!(WORDS.problem(), None);

        static BROKEN: Localised<Words> =
            Localised::new("test words", || words("word = "), |_| None);
        assert_eq!(
            BROKEN.in_lang(Lang::from_tag("es").unwrap()),
            &Words::default()
        );
        assert_eq!(BROKEN.problem().map(|p| p.file), Some("words.toml"));
    }

    #[test]
    fn the_embedded_words_read_and_are_sound() {
        assert_eq!(library_problem(), None);
        let lib = library();
        assert_eq!(lib.problems(), Vec::<String>::new());
        assert!(lib.prompts.len() >= 60, "{} prompts", lib.prompts.len());
        assert!(lib.phrases.len() >= 120, "{} phrases", lib.phrases.len());
        assert!(
            lib.situations.len() >= 40,
            "{} situations",
            lib.situations.len()
        );
    }

    /// The keys of our content files that hold words, which each language says its own way;
    /// every other key (ids, codes, lists of ids) is the same in every language.
    const WORDS: [&str; 10] = [
        "text",
        "why",
        "choices",
        "title",
        "word",
        "sentence",
        "situation",
        "kind",
        "other",
        "talk",
    ];

    /// What differs between a language's version of a content file and English's, apart
    /// from the words: entries missing, added or in another order, codes changed.
    fn unlike(english: &toml::Table, other: &toml::Table) -> Vec<String> {
        let mut found = Vec::new();
        for (list, entries) in english {
            let (Some(ours), Some(theirs)) = (
                entries.as_array(),
                other.get(list).and_then(toml::Value::as_array),
            ) else {
                found.push(format!("{list}: not a list in both"));
                continue;
            };
            if ours.len() != theirs.len() {
                found.push(format!(
                    "{list}: {} entries, {} in English",
                    theirs.len(),
                    ours.len()
                ));
            }
            for (a, b) in ours.iter().zip(theirs) {
                let (Some(a), Some(b)) = (a.as_table(), b.as_table()) else {
                    found.push(format!("{list}: an entry that is not a table"));
                    continue;
                };
                let id = a.get("id").and_then(toml::Value::as_str).unwrap_or("?");
                if a.keys().ne(b.keys()) {
                    found.push(format!("{list}/{id}: other keys"));
                }
                for (key, value) in a {
                    let same_shape = match (value, b.get(key)) {
                        (toml::Value::Array(x), Some(toml::Value::Array(y))) => x.len() == y.len(),
                        (toml::Value::String(_), Some(toml::Value::String(_))) => true,
                        _ => false,
                    };
                    let fine = if WORDS.contains(&key.as_str()) {
                        same_shape
                    } else {
                        b.get(key) == Some(value)
                    };
                    if !fine {
                        found.push(format!("{list}/{id}: {key} differs"));
                    }
                }
            }
        }
        found.extend(
            other
                .keys()
                .filter(|k| !english.contains_key(*k))
                .map(|k| format!("{k}: not in English")),
        );
        found
    }

    #[test]
    fn every_languages_words_read_and_match_englishs_entry_for_entry() {
        let english = [
            ("prompts.toml", PROMPTS),
            ("phrases.toml", PHRASES),
            ("situations.toml", SITUATIONS),
            ("talk.toml", include_str!("../../assets/content/talk.toml")),
            (
                "together.toml",
                include_str!("../../assets/content/together.toml"),
            ),
            // help.toml's languages hold only words, by region and line: help.rs checks them.
        ];
        let mut seen = 0;
        for lang in Lang::all() {
            let lib = library_in(lang);
            assert_eq!(lib.problems(), Vec::<String>::new(), "{}", lang.tag());
            for (name, ours) in english {
                let Some(theirs) = lang.content(name) else {
                    continue;
                };
                seen += 1;
                let ours: toml::Table = toml::from_str(ours).unwrap();
                let theirs: toml::Table =
                    toml::from_str(theirs).unwrap_or_else(|e| panic!("{}/{name}: {e}", lang.tag()));
                let found = unlike(&ours, &theirs);
                assert!(found.is_empty(), "{}/{name}: {found:#?}", lang.tag());
            }
        }
        assert!(seen >= 5, "the Spanish files are read: {seen}");
        // Spanish says its own words: the day's prompt is not English's.
        let es = Lang::from_tag("es").unwrap();
        let day = day("2026-12-07");
        let (en_prompt, es_prompt) = (library().prompt_for(day), library_in(es).prompt_for(day));
        assert_eq!(en_prompt.map(|p| &p.id), es_prompt.map(|p| &p.id));
        assert_ne!(en_prompt.map(|p| &p.text), es_prompt.map(|p| &p.text));
    }

    #[test]
    fn the_pseudo_locales_read_englishs_words() {
        // The pseudo-locales have no files of their own: they read English's.
        let pseudo = Lang::all().find(|l| l.is_pseudo()).unwrap();
        assert!(pseudo.content("prompts.toml").is_none());
        assert_eq!(library_in(pseudo).prompts, library().prompts);
    }

    #[test]
    fn the_words_cover_every_tag() {
        let lib = library();
        for topic in [
            Topic::Parts,
            Topic::SelfEnergy,
            Topic::Rupture,
            Topic::Repair,
            Topic::Gratitude,
            Topic::Child,
        ] {
            assert!(
                lib.prompts.iter().any(|p| p.topic == topic),
                "no prompt about {topic:?}"
            );
        }
        for step in PhraseStep::ALL {
            for audience in Audience::ALL {
                assert!(
                    lib.phrases
                        .iter()
                        .any(|p| p.step == step && p.audience == audience),
                    "no phrase for {step:?} and {audience:?}"
                );
            }
        }
        let partner = lib
            .situations
            .iter()
            .filter(|s| s.audience == Audience::Partner)
            .count();
        let child = lib
            .situations
            .iter()
            .filter(|s| s.audience.is_child())
            .count();
        assert!(partner >= 10 && child >= 10, "{partner} and {child}");
    }

    #[test]
    fn every_step_and_audience_has_its_words_in_every_language() {
        for lang in Lang::all() {
            for step in PhraseStep::ALL {
                assert!(!step.label(lang).is_empty(), "{} {step:?}", lang.tag());
            }
            for audience in Audience::ALL {
                assert!(
                    !audience.label(lang).is_empty(),
                    "{} {audience:?}",
                    lang.tag()
                );
            }
        }
        assert_eq!(PhraseStep::FindSelf.label(Lang::ENGLISH), "Find calm");
        assert_eq!(Audience::Child2To4.label(Lang::ENGLISH), "Child 2–4");
        let es = Lang::from_tag("es").unwrap();
        assert_eq!(Audience::Partner.label(es), "Pareja");
    }

    #[test]
    fn problems_are_found() {
        let lib = Library::parse(
            "[[prompt]]\nid = \"a\"\ntopic = \"parts\"\ntext = \"Hello there\"\n\
             [[prompt]]\nid = \"a\"\ntopic = \"self\"\ntext = \"hello   THERE\"\n\
             [[prompt]]\nid = \"b\"\ntopic = \"self\"\ntext = \"  \"\n",
            "phrase = []",
            "[[situation]]\nid = \"s\"\naudience = \"myself\"\ntext = \"x\"\nchoices = [\"y\"]\n",
        )
        .unwrap();
        let problems = lib.problems();
        assert_eq!(problems.len(), 5, "{problems:#?}");
    }

    #[test]
    fn unknown_tags_and_fields_are_refused() {
        let wrong_topic = "[[prompt]]\nid = \"a\"\ntopic = \"weather\"\ntext = \"x\"\n";
        let extra_field = "[[prompt]]\nid = \"a\"\ntopic = \"parts\"\ntext = \"x\"\nmood = 1\n";
        for prompts in [wrong_topic, extra_field, "not toml at all ["] {
            let err = Library::parse(prompts, "phrase = []", "situation = []").unwrap_err();
            assert_eq!(err.file, "prompts.toml", "{err}");
        }
    }

    #[test]
    fn a_day_keeps_its_prompt_and_the_next_day_differs() {
        let lib = library();
        let mut d = day("2026-01-01");
        let mut seen = HashSet::new();
        for _ in 0..lib.prompts.len() {
            let today = lib.prompt_for(d).unwrap();
            assert_eq!(lib.prompt_for(d), Some(today));
            let tomorrow = lib.prompt_for(d.succ_opt().unwrap()).unwrap();
            assert_ne!(today.id, tomorrow.id, "{d}");
            seen.insert(today.id.clone());
            d = d.succ_opt().unwrap();
        }
        assert_eq!(seen.len(), lib.prompts.len(), "every prompt comes round");
    }

    #[test]
    fn rotation_never_repeats_on_consecutive_days_for_any_size() {
        for n in 2..200 {
            let mut d = day("2024-02-27");
            let mut seen = HashSet::new();
            for _ in 0..n {
                let a = rotation(d, n).unwrap();
                let next = d.succ_opt().unwrap();
                assert_ne!(a, rotation(next, n).unwrap(), "n={n} {d}");
                seen.insert(a);
                d = next;
            }
            assert_eq!(seen.len(), n, "n={n}");
        }
        assert_eq!(rotation(day("2026-11-23"), 1), Some(0));
        assert_eq!(rotation(day("2026-11-23"), 0), None);
    }
}
