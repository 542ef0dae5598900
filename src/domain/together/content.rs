//! The words of Practise together, read from `assets/content/together.toml`: the feelings
//! (each a face and a word), the repair sentences for each age band, the choices of what
//! would help, and the swap game's pairs.

use crate::domain::content::{Checks, ContentError, Localised};
use crate::domain::i18n::Lang;
use std::collections::HashSet;

use serde::Deserialize;

use super::{Band, SWAP_ROUNDS};

const TOGETHER: &str = include_str!("../../../assets/content/together.toml");
const FILE: &str = "together.toml";

/// The faces we draw (as our own SVG, so nothing depends on an emoji font).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Face {
    Happy,
    Sad,
    Cross,
    Scared,
    Worried,
    Calm,
    Tired,
    Muddled,
}

/// A feeling the child can choose.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feeling {
    pub id: String,
    pub face: Face,
    pub word: String,
    pub bands: Vec<Band>,
}

/// Something that might help now, for the child to choose.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Help {
    pub id: String,
    pub word: String,
    pub bands: Vec<Band>,
}

/// A repair sentence for the parent to read aloud, with why it helps.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    pub id: String,
    pub band: Band,
    /// The feelings it fits, by id; none means it fits any.
    #[serde(default)]
    pub feelings: Vec<String>,
    pub sentence: String,
    pub why: String,
}

/// One round of the swap game: what the grown-up did, a sentence that sounds kind and owns
/// it, another that does not, and something to talk about afterwards.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Swap {
    pub id: String,
    pub bands: Vec<Band>,
    pub situation: String,
    pub kind: String,
    pub other: String,
    pub talk: String,
}

impl Swap {
    /// The two sentences in the order they are shown, with whether each is the kind one.
    /// The kind one comes first in some rounds and second in others, so the place gives
    /// nothing away.
    pub fn shown(&self, round: usize) -> [(&str, bool); 2] {
        let kind = (self.kind.as_str(), true);
        let other = (self.other.as_str(), false);
        if round.is_multiple_of(2) {
            [other, kind]
        } else {
            [kind, other]
        }
    }
}

/// Everything in `together.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TogetherContent {
    #[serde(default, rename = "feeling")]
    pub feelings: Vec<Feeling>,
    #[serde(default, rename = "help")]
    pub helps: Vec<Help>,
    #[serde(default, rename = "script")]
    pub scripts: Vec<Script>,
    #[serde(default, rename = "swap")]
    pub swaps: Vec<Swap>,
}

/// How many feelings each band is offered: fewer for the youngest.
pub fn feelings_wanted(band: Band) -> std::ops::RangeInclusive<usize> {
    match band {
        Band::TwoToFour => 6..=6,
        Band::FiveToEight => 6..=8,
        Band::NineToTwelve | Band::Teen => 8..=8,
    }
}

impl TogetherContent {
    pub fn parse(text: &str) -> Result<Self, ContentError> {
        toml::from_str(text).map_err(ContentError::in_file(FILE))
    }

    pub fn feelings(&self, band: Band) -> impl Iterator<Item = &Feeling> {
        self.feelings
            .iter()
            .filter(move |f| f.bands.contains(&band))
    }

    pub fn feeling(&self, id: &str) -> Option<&Feeling> {
        self.feelings.iter().find(|f| f.id == id)
    }

    pub fn helps(&self, band: Band) -> impl Iterator<Item = &Help> {
        self.helps.iter().filter(move |h| h.bands.contains(&band))
    }

    pub fn help(&self, id: &str) -> Option<&Help> {
        self.helps.iter().find(|h| h.id == id)
    }

    pub fn script(&self, id: &str) -> Option<&Script> {
        self.scripts.iter().find(|s| s.id == id)
    }

    /// The sentences offered for a band and the feeling chosen: those written for that
    /// feeling first, then those that fit any, as many as the band is offered.
    pub fn sentences(&self, band: Band, feeling: &str) -> Vec<&Script> {
        let of_band = || self.scripts.iter().filter(move |s| s.band == band);
        let mut out: Vec<&Script> = of_band()
            .filter(|s| s.feelings.iter().any(|f| f == feeling))
            .collect();
        out.extend(of_band().filter(|s| s.feelings.is_empty()));
        out.truncate(band.sentences_offered());
        out
    }

    /// The swap game's rounds for a band.
    pub fn swaps(&self, band: Band) -> Vec<&Swap> {
        self.swaps
            .iter()
            .filter(|s| s.bands.contains(&band))
            .take(SWAP_ROUNDS)
            .collect()
    }

    pub fn swap(&self, id: &str) -> Option<&Swap> {
        self.swaps.iter().find(|s| s.id == id)
    }

    /// What is wrong with the file, one line each: an empty list when all is well.
    pub fn problems(&self) -> Vec<String> {
        let mut checks = Checks::new(FILE);
        let mut check = |list: &str, id: &str, bands: &[Band], all: &[&str]| {
            checks.id(list, id);
            if bands.is_empty() {
                checks.push(format!("{id} is for no age band"));
            }
            for text in all {
                checks.text(id, text, 300);
            }
        };
        for f in &self.feelings {
            check("feeling", &f.id, &f.bands, &[&f.word]);
        }
        for h in &self.helps {
            check("help", &h.id, &h.bands, &[&h.word]);
        }
        for s in &self.scripts {
            check("script", &s.id, &[s.band], &[&s.sentence, &s.why]);
        }
        for s in &self.swaps {
            check(
                "swap",
                &s.id,
                &s.bands,
                &[&s.situation, &s.kind, &s.other, &s.talk],
            );
        }
        for s in &self.swaps {
            if let Some(b) = s.bands.iter().find(|b| !b.plays_swap()) {
                checks.push(format!(
                    "the swap {} is for {}, who don't play the swap game",
                    s.id,
                    b.code()
                ));
            }
        }
        for band in Band::ALL {
            let feelings: Vec<&Feeling> = self.feelings(band).collect();
            if !feelings_wanted(band).contains(&feelings.len()) {
                checks.push(format!("{} has {} feelings", band.code(), feelings.len()));
            }
            let faces: HashSet<Face> = feelings.iter().map(|f| f.face).collect();
            if faces.len() != feelings.len() {
                checks.push(format!(
                    "{} has two feelings with the same face",
                    band.code()
                ));
            }
            let scripts = self.scripts.iter().filter(|s| s.band == band).count();
            if scripts < 6 {
                checks.push(format!(
                    "{} has {scripts} sentences, fewer than 6",
                    band.code()
                ));
            }
            for f in &feelings {
                let offered = self.sentences(band, &f.id).len();
                if offered < 2 {
                    checks.push(format!(
                        "{} offers {offered} sentences for {}",
                        band.code(),
                        f.id
                    ));
                }
            }
            let helps = self.helps(band).count();
            if helps < 4 {
                checks.push(format!("{} has {helps} choices of what helps", band.code()));
            }
            if band.plays_swap() && self.swaps(band).len() < SWAP_ROUNDS {
                checks.push(format!("{} has too few swap rounds", band.code()));
            }
        }
        for s in &self.scripts {
            for f in &s.feelings {
                if !self.feeling(f).is_some_and(|f| f.bands.contains(&s.band)) {
                    checks.push(format!(
                        "{} names the feeling {f}, which its band is not offered",
                        s.id
                    ));
                }
            }
        }
        checks.into_problems()
    }
}

static CONTENT: Localised<TogetherContent> = Localised::new(
    "the together words",
    || TogetherContent::parse(TOGETHER),
    |lang| lang.content(FILE).map(TogetherContent::parse),
);

/// The words of Practise together in English, read once. If the embedded file could not be
/// read (the content test stops that from ever shipping) the lists are empty, and
/// [`content_problem`] says why.
pub fn content() -> &'static TogetherContent {
    CONTENT.english()
}

/// The words of Practise together in `lang`: its own `together.toml`, or English's where it
/// has none. Read once. The ids and codes are the same in every language.
pub fn content_in(lang: Lang) -> &'static TogetherContent {
    CONTENT.in_lang(lang)
}

/// Words of ours that a time together kept as they read then (a feeling's word, a repair
/// sentence, a choice of what helped, a swap game's situation), in `lang`: found by those
/// words in any language Mend speaks, and said in `lang`'s. Words that are not ours (what
/// the child said in their own words) stay as they are.
pub fn kept_in(lang: Lang, kept: &str) -> String {
    let found = Lang::shipped().find_map(|source| {
        Ours::ALL.into_iter().find_map(|ours| {
            ours.entries(content_in(source))
                .find(|(_, words)| *words == kept)
                .map(|(id, _)| (ours, id))
        })
    });
    let Some((ours, id)) = found else {
        return kept.to_owned();
    };
    ours.entries(content_in(lang))
        .find(|(other, _)| *other == id)
        .map_or_else(|| kept.to_owned(), |(_, words)| words.to_owned())
}

/// The lists of our words a time together keeps words from.
#[derive(Debug, Clone, Copy)]
enum Ours {
    Feelings,
    Helps,
    Scripts,
    Swaps,
}

impl Ours {
    const ALL: [Ours; 4] = [Ours::Feelings, Ours::Helps, Ours::Scripts, Ours::Swaps];

    /// Each entry of this list in `c`: its id, and the words a time together keeps of it.
    fn entries(self, c: &TogetherContent) -> Box<dyn Iterator<Item = (&str, &str)> + '_> {
        match self {
            Ours::Feelings => Box::new(c.feelings.iter().map(|f| (f.id.as_str(), f.word.as_str()))),
            Ours::Helps => Box::new(c.helps.iter().map(|h| (h.id.as_str(), h.word.as_str()))),
            Ours::Scripts => Box::new(
                c.scripts
                    .iter()
                    .map(|s| (s.id.as_str(), s.sentence.as_str())),
            ),
            Ours::Swaps => Box::new(
                c.swaps
                    .iter()
                    .map(|s| (s.id.as_str(), s.situation.as_str())),
            ),
        }
    }
}

/// Why the embedded file could not be read, if it could not.
pub fn content_problem() -> Option<&'static ContentError> {
    CONTENT.problem()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_a_time_together_kept_read_in_another_language() {
        let es = Lang::from_tag("es").unwrap();
        let (en_words, es_words) = (content(), content_in(es));
        let feeling = &en_words.feelings[0];
        let help = &en_words.helps[0];
        let script = &en_words.scripts[0];
        let swap = &en_words.swaps[0];
        let pairs = [
            (
                &feeling.word,
                &es_words
                    .feelings
                    .iter()
                    .find(|f| f.id == feeling.id)
                    .unwrap()
                    .word,
            ),
            (
                &help.word,
                &es_words
                    .helps
                    .iter()
                    .find(|h| h.id == help.id)
                    .unwrap()
                    .word,
            ),
            (
                &script.sentence,
                &es_words
                    .scripts
                    .iter()
                    .find(|s| s.id == script.id)
                    .unwrap()
                    .sentence,
            ),
            (
                &swap.situation,
                &es_words
                    .swaps
                    .iter()
                    .find(|s| s.id == swap.id)
                    .unwrap()
                    .situation,
            ),
        ];
        for (english, spanish) in pairs {
            assert_ne!(english, spanish);
            assert_eq!(&kept_in(es, english), spanish);
            assert_eq!(&kept_in(Lang::ENGLISH, spanish), english);
            assert_eq!(&kept_in(Lang::ENGLISH, english), english);
        }
        // The child's own words stay theirs.
        assert_eq!(
            kept_in(es, "a big hug from the dog"),
            "a big hug from the dog"
        );
    }

    #[test]
    fn the_embedded_words_read_and_are_sound() {
        assert_eq!(content_problem(), None);
        let c = content();
        assert_eq!(c.problems(), Vec::<String>::new());
        assert!(c.scripts.len() >= 24, "{} scripts", c.scripts.len());
        for band in Band::ALL {
            let words: Vec<&str> = c.feelings(band).map(|f| f.word.as_str()).collect();
            let unique: HashSet<&str> = words.iter().copied().collect();
            assert_eq!(words.len(), unique.len(), "{band:?}");
        }
        // Older children get more to choose from.
        let helps = Band::ALL.map(|b| c.helps(b).count());
        assert!(helps.windows(2).all(|w| w[0] <= w[1]), "{helps:?}");
        assert!(helps[0] < helps[3], "{helps:?}");
    }

    #[test]
    fn every_languages_words_are_sound_with_englishs_ids() {
        let ids = |c: &TogetherContent| {
            let mut all: Vec<String> = c.feelings.iter().map(|f| f.id.clone()).collect();
            all.extend(c.helps.iter().map(|h| h.id.clone()));
            all.extend(c.scripts.iter().map(|s| s.id.clone()));
            all.extend(c.swaps.iter().map(|s| s.id.clone()));
            all
        };
        let mut own = 0;
        for lang in Lang::all() {
            let c = content_in(lang);
            assert_eq!(c.problems(), Vec::<String>::new(), "{}", lang.tag());
            assert_eq!(ids(c), ids(content()), "{}", lang.tag());
            if lang.content(FILE).is_some() {
                own += 1;
                let parsed = TogetherContent::parse(lang.content(FILE).unwrap());
                assert!(parsed.is_ok(), "{}: {parsed:?}", lang.tag());
            }
        }
        assert!(own >= 1, "the Spanish words are read");
        let es = Lang::from_tag("es").unwrap();
        assert_ne!(content_in(es).feelings[0].word, content().feelings[0].word);
        assert_eq!(content_in(Lang::ENGLISH).feelings, content().feelings);
    }

    #[test]
    fn problems_are_found() {
        let c = TogetherContent::parse(
            r#"
[[feeling]]
id = "Sad"
face = "sad"
word = "Sad"
bands = []
[[script]]
id = "s"
band = "teen"
feelings = ["sad"]
sentence = "sad"
why = ""
[[swap]]
id = "w"
bands = ["teen"]
situation = "a"
kind = "b"
other = "c"
talk = "d"
"#,
        )
        .unwrap();
        let problems = c.problems();
        let has = |words: &str| problems.iter().any(|p| p.contains(words));
        assert!(has("is not lower case"), "{problems:#?}");
        assert!(has("is for no age band"), "{problems:#?}");
        assert!(has("repeats a text"), "{problems:#?}");
        assert!(has("has an empty text"), "{problems:#?}");
        assert!(has("don't play the swap game"), "{problems:#?}");
        assert!(has("teen has 0 feelings"), "{problems:#?}");
        assert!(has("which its band is not offered"), "{problems:#?}");
    }

    #[test]
    fn unknown_faces_bands_and_fields_are_refused() {
        for wrong in [
            "[[feeling]]\nid = \"a\"\nface = \"grinning\"\nword = \"A\"\nbands = [\"teen\"]\n",
            "[[feeling]]\nid = \"a\"\nface = \"sad\"\nword = \"A\"\nbands = [\"adult\"]\n",
            "[[help]]\nid = \"a\"\nword = \"A\"\nbands = [\"teen\"]\nemoji = \"x\"\n",
            "[[hug]]\n",
        ] {
            let err = TogetherContent::parse(wrong).unwrap_err();
            assert_eq!(err.file, FILE, "{err}");
        }
    }

    #[test]
    fn sentences_for_the_feeling_come_first() {
        let c = content();
        for band in Band::ALL {
            for f in c.feelings(band) {
                let offered = c.sentences(band, &f.id);
                assert!(offered.len() <= band.sentences_offered());
                let first_general = offered.iter().position(|s| s.feelings.is_empty());
                if let Some(i) = first_general {
                    assert!(
                        offered[i..].iter().all(|s| s.feelings.is_empty()),
                        "{band:?} {}",
                        f.id
                    );
                }
                assert!(offered.iter().all(|s| s.band == band));
            }
        }
    }

    #[test]
    fn the_kind_sentence_takes_turns_in_place() {
        let swap = &content().swaps[0];
        assert_eq!(swap.shown(0)[1], (swap.kind.as_str(), true));
        assert_eq!(swap.shown(1)[0], (swap.kind.as_str(), true));
    }
}
