//! The words of Talk it through, read from `assets/content/talk.toml` (and each language's
//! own, `assets/content/<tag>/talk.toml`): the prompts for the speaker and the listener in
//! each step, the guide for a partner further along and one newer to this, and the shared
//! sentences a couple can pick from. A talk keeps none of these words, only what the two
//! typed; a shared sentence picked from ours keeps our id beside the words as chosen.

use serde::Deserialize;

use crate::domain::content::{Checks, ContentError, Localised};
use crate::domain::i18n::Lang;
use crate::domain::repair::RepairStep;

const TALK: &str = include_str!("../../../assets/content/talk.toml");
const FILE: &str = "talk.toml";

/// Who a prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Speaker,
    Listener,
}

/// Which partner a guide card is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The partner further along in inner work.
    Further,
    /// The partner newer to it.
    Newer,
}

impl Side {
    pub const ALL: [Side; 2] = [Side::Further, Side::Newer];

    pub fn code(self) -> &'static str {
        match self {
            Side::Further => "further",
            Side::Newer => "newer",
        }
    }

    /// The heading of its cards: "If you're further along".
    pub fn heading(self, lang: Lang) -> String {
        lang.word("talk-guide-side", self.code())
    }
}

/// A prompt for one turn.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TalkPrompt {
    pub id: String,
    /// The step's code (`notice`, `find_self`, …).
    pub step: String,
    pub role: Role,
    pub text: String,
}

/// A card of the guide for the two sides.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideCard {
    pub id: String,
    pub side: Side,
    pub title: String,
    pub text: String,
}

/// A sentence a couple might agree to say when it gets hard.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedSuggestion {
    pub id: String,
    pub text: String,
}

/// Everything in `talk.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TalkContent {
    #[serde(default, rename = "prompt")]
    pub prompts: Vec<TalkPrompt>,
    #[serde(default, rename = "guide")]
    pub guide: Vec<GuideCard>,
    #[serde(default, rename = "shared")]
    pub shared: Vec<SharedSuggestion>,
}

/// How many prompts of each role a step needs, at least.
const SPEAKER_PROMPTS: usize = 6;
const LISTENER_PROMPTS: usize = 4;

/// Words our own texts never use, in any language: clinical words, blame and scores.
const NOT_OURS: &[&str] = &[
    "diagnos",
    "disorder",
    "toxic",
    "narcissis",
    "gaslight",
    "patholog",
    "patient",
    "symptom",
    "score",
    "your fault",
    "blame",
    "should have",
    "diagnóstic",
    "trastorno",
    "tóxic",
    "narcisis",
    "patológ",
    "paciente",
    "síntoma",
    "puntuación",
    "tu culpa",
    "deberías haber",
];

impl TalkContent {
    pub fn parse(text: &str) -> Result<Self, ContentError> {
        toml::from_str(text).map_err(ContentError::in_file(FILE))
    }

    /// The prompts for one role in one step, in the file's order.
    pub fn prompts(&self, step: RepairStep, role: Role) -> Vec<&TalkPrompt> {
        self.prompts
            .iter()
            .filter(|p| p.step == step.code() && p.role == role)
            .collect()
    }

    /// `n` prompts for one role in one step, starting at `seed` (so each turn shows others).
    pub fn some_prompts(
        &self,
        step: RepairStep,
        role: Role,
        seed: usize,
        n: usize,
    ) -> Vec<&TalkPrompt> {
        let all = self.prompts(step, role);
        if all.is_empty() {
            return all;
        }
        (0..n.min(all.len()))
            .map(|i| all[(seed + i) % all.len()])
            .collect()
    }

    pub fn cards(&self, side: Side) -> impl Iterator<Item = &GuideCard> {
        self.guide.iter().filter(move |c| c.side == side)
    }

    pub fn suggestion(&self, id: &str) -> Option<&SharedSuggestion> {
        self.shared.iter().find(|s| s.id == id)
    }

    /// What is wrong with the file, one line each: an empty list when all is well.
    pub fn problems(&self) -> Vec<String> {
        let mut checks = Checks::new(FILE);
        let mut check = |list: &str, id: &str, texts: &[(&str, usize)]| {
            checks.id(list, id);
            for (text, max) in texts {
                let plain = checks.text(id, text, *max);
                if let Some(word) = NOT_OURS.iter().find(|w| plain.contains(*w)) {
                    checks.push(format!("{id} says \"{word}\", which is not our way"));
                }
            }
        };
        for p in &self.prompts {
            check("prompt", &p.id, &[(&p.text, 160)]);
        }
        for c in &self.guide {
            check("guide", &c.id, &[(&c.title, 60), (&c.text, 280)]);
        }
        for s in &self.shared {
            check("shared", &s.id, &[(&s.text, 120)]);
        }
        for p in &self.prompts {
            if RepairStep::from_code(&p.step).is_none() {
                checks.push(format!(
                    "{} is for the step \"{}\", which Mend doesn't have",
                    p.id, p.step
                ));
            }
        }
        for step in RepairStep::ALL {
            for (role, least) in [
                (Role::Speaker, SPEAKER_PROMPTS),
                (Role::Listener, LISTENER_PROMPTS),
            ] {
                let n = self.prompts(step, role).len();
                if n < least {
                    checks.push(format!(
                        "{} has {n} {role:?} prompts, fewer than {least}",
                        step.code()
                    ));
                }
            }
        }
        checks.into_problems()
    }
}

static CONTENT: Localised<TalkContent> = Localised::new(
    "the talk's words",
    || TalkContent::parse(TALK),
    |lang| lang.content(FILE).map(TalkContent::parse),
);

/// The words of Talk it through in `lang` (its own file, or English's where it has none),
/// read once. If the embedded files could not be read (the content test stops that from ever
/// shipping) the language's words are English's, and English's lists are empty,
/// [`content_problem`] saying why.
pub fn content_in(lang: Lang) -> &'static TalkContent {
    CONTENT.in_lang(lang)
}

/// The words of Talk it through in English: for what needs only their ids.
pub fn content() -> &'static TalkContent {
    CONTENT.english()
}

/// Why the embedded English file could not be read, if it could not.
pub fn content_problem() -> Option<&'static ContentError> {
    CONTENT.problem()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_words_read_and_are_sound() {
        assert_eq!(content_problem(), None);
        let c = content();
        assert_eq!(c.problems(), Vec::<String>::new());
        // What the issue asks for, at least.
        assert!(c.prompts.len() >= 40, "{} prompts", c.prompts.len());
        assert!(c.guide.len() >= 24, "{} guide cards", c.guide.len());
        assert!(c.shared.len() >= 20, "{} shared sentences", c.shared.len());
        for side in Side::ALL {
            assert!(c.cards(side).count() >= 12, "{side:?}");
        }
        // The speaker is helped to speak for a part, in each step.
        for step in RepairStep::ALL {
            assert!(
                c.prompts(step, Role::Speaker)
                    .iter()
                    .any(|p| p.text.to_lowercase().contains("part")),
                "{step:?}"
            );
        }
    }

    #[test]
    fn every_language_reads_its_own_words_with_englishs_ids() {
        let english = content();
        let ids = |c: &TalkContent| {
            let mut all: Vec<String> = c.prompts.iter().map(|p| p.id.clone()).collect();
            all.extend(c.guide.iter().map(|g| g.id.clone()));
            all.extend(c.shared.iter().map(|s| s.id.clone()));
            all
        };
        for lang in Lang::all() {
            let c = content_in(lang);
            assert_eq!(c.problems(), Vec::<String>::new(), "{}", lang.tag());
            assert_eq!(ids(c), ids(english), "{}", lang.tag());
            for step in RepairStep::ALL {
                // "part", "parte": the speaker is helped to speak for a part.
                assert!(
                    c.prompts(step, Role::Speaker)
                        .iter()
                        .any(|p| p.text.to_lowercase().contains("part")),
                    "{} {step:?}",
                    lang.tag()
                );
            }
        }
        let es = Lang::from_tag("es").unwrap();
        let (en, es) = (content(), content_in(es));
        assert_ne!(en.prompts[0].text, es.prompts[0].text);
        assert_ne!(en.guide[0].title, es.guide[0].title);
        assert_eq!(en.shared[0].id, es.shared[0].id);
        assert_ne!(en.shared[0].text, es.shared[0].text);
        // The pseudo-locales read English's words.
        let pseudo = Lang::all().find(|l| l.is_pseudo()).unwrap();
        assert_eq!(content_in(pseudo).prompts, en.prompts);
    }

    #[test]
    fn some_prompts_turn_round_and_never_repeat_in_one_turn() {
        let c = content();
        let all = c.prompts(RepairStep::Listen, Role::Listener);
        for seed in 0..all.len() * 2 {
            let two = c.some_prompts(RepairStep::Listen, Role::Listener, seed, 2);
            assert_eq!(two.len(), 2);
            assert_ne!(two[0].id, two[1].id);
        }
        assert!(
            TalkContent::default()
                .some_prompts(RepairStep::Listen, Role::Listener, 3, 2)
                .is_empty()
        );
    }

    #[test]
    fn problems_are_found() {
        let c = TalkContent::parse(
            r#"
[[prompt]]
id = "A"
step = "shout"
role = "speaker"
text = "It's your fault."
[[guide]]
id = "g"
side = "newer"
title = "It's your fault."
text = ""
"#,
        )
        .unwrap();
        let problems = c.problems();
        let has = |words: &str| problems.iter().any(|p| p.contains(words));
        assert!(has("is not lower case"), "{problems:#?}");
        assert!(has("which Mend doesn't have"), "{problems:#?}");
        assert!(has("repeats a text"), "{problems:#?}");
        assert!(has("has an empty text"), "{problems:#?}");
        assert!(has("which is not our way"), "{problems:#?}");
        assert!(has("notice has 0 Listener prompts"), "{problems:#?}");
    }

    #[test]
    fn unknown_roles_sides_and_fields_are_refused() {
        for wrong in [
            "[[prompt]]\nid = \"a\"\nstep = \"notice\"\nrole = \"judge\"\ntext = \"A\"\n",
            "[[guide]]\nid = \"a\"\nside = \"best\"\ntitle = \"A\"\ntext = \"B\"\n",
            "[[shared]]\nid = \"a\"\ntext = \"A\"\nscore = 3\n",
            "[[quiz]]\n",
        ] {
            let err = TalkContent::parse(wrong).unwrap_err();
            assert_eq!(err.file, FILE, "{err}");
        }
    }
}
