//! Sentences read in Spanish as well: a practice response written in Spanish is looked at
//! with Spanish words for the gentle checks, as one in English is with English ones, and a
//! blaming sentence in Spanish gets the parts-language helper's rewrites in Spanish (fewer
//! and plainer than English's: a few shapes, keeping the person's words where Spanish lets
//! them stand as typed). (The words of danger are data, per language: `safety.rs`.)
//!
//! A sentence's words are read without their accents ("mí" reads as "mi"), so they match
//! however they were typed. Spanish drops the "you" English leans on ("siempre llegas
//! tarde"), so an "always" or a "never" is taken as blame when a form of "you" comes with it:
//! "tú" before it, or after it (past "me", "te", "lo"…) a verb said to "you" ("llegas",
//! "escuchaste") or a "te" ("siempre te molesta").

use std::ops::Range;

use super::*;

/// Phrases that speak for a part, besides "parte … de mí": a feeling said of oneself.
#[rustfmt::skip]
const PART_PHRASES: &[&str] = &[
    "algo en mi", "me senti", "me siento", "me sentia", "note que", "me note", "me asuste",
    "me enfade", "me agobie", "me frustre", "me bloquee", "me preocupe", "me altere",
    "me dolio", "me puse",
];

/// Phrases that acknowledge the other person's experience.
#[rustfmt::skip]
const ACKNOWLEDGE: &[&str] = &[
    "tuvo que ser", "debio de ser", "debio ser", "debe de ser", "debe ser", "debiste",
    "entiendo", "comprendo", "veo que", "veo como", "me imagino", "puedo imaginar",
    "tiene sentido que", "te dolio", "te hice daño", "te hizo", "te hice", "te asuste",
    "te asustaste", "te sentiste", "sentiste", "te quedaste", "para ti", "no fue justo",
    "no es justo", "no es tu culpa", "no fue tu culpa", "como lo viviste", "lo que viviste",
    "tus sentimientos", "claro que te", "te oigo", "te escucho", "lo que sentiste",
    "estabas", "te preocupaste", "te cuesta", "te costo", "debio de", "debieron de",
    "te asusto", "te puso", "te pusiste", "te daba", "te dio", "no fue culpa tuya",
    "no es culpa tuya",
];

/// Phrases that offer a next step.
#[rustfmt::skip]
const NEXT_STEP: &[&str] = &[
    "la proxima vez", "de ahora en adelante", "a partir de ahora", "podemos", "podriamos",
    "quieres que", "te gustaria", "te ayudaria", "me gustaria", "voy a", "vamos a",
    "lo intentamos", "otra vez", "de nuevo", "cuando estes", "prometo", "que te parece",
    "que tal si", "que necesitas", "necesitas algo", "nos sentamos", "hablamos", "hablemos",
    "probemos", "volvamos", "quiero saber", "quiero entender", "quiero escucharte",
    "me vuelves a", "me cuentas", "quieres contarme", "me encantaria", "tu y yo",
];

/// Words that make a question an offer: "¿Querrías…?", "¿… contigo?".
const OFFERING: &[&str] = &[
    "querrias", "quieres", "podrias", "puedes", "contigo", "juntos", "juntas",
];

/// Words that promise a next step: the first person of the future of common verbs.
#[rustfmt::skip]
const FUTURES: &[&str] = &[
    "intentare", "hare", "dire", "pondre", "tendre", "volvere", "esperare", "pedire",
    "hablare", "guardare", "escuchare", "parare", "llamare", "avisare", "recordare",
    "cuidare", "respirare", "preguntare", "buscare", "dejare", "ire", "estare", "cambiare",
    "aprendere", "vendre", "saldre", "sere", "empezare", "apagare",
];

/// Names and words that speak from an angry part rather than for it.
#[rustfmt::skip]
const INSULTS: &[&str] = &[
    "idiota", "imbecil", "gilipollas", "cabron", "cabrona", "pendejo", "pendeja", "capullo",
    "capulla", "estupido", "estupida", "subnormal", "payaso", "payasa",
];

/// Phrases that speak from an angry part.
const INSULT_PHRASES: &[&str] = &[
    "callate",
    "te odio",
    "vete a la mierda",
    "que te den",
    "largate",
    "dejame en paz",
    "no te aguanto",
];

/// Words that are insults when said of "you": "eres patético".
#[rustfmt::skip]
const INSULT_LABELS: &[&str] = &[
    "patetico", "patetica", "inutil", "ridiculo", "ridicula", "egoista", "vago", "vaga",
    "histerico", "histerica", "asqueroso", "asquerosa", "tonto", "tonta",
];

/// Blaming phrases that are not about "always" or "never", with the kind each is.
#[rustfmt::skip]
const BLAME_PHRASES: &[(&str, BlameRule)] = &[
    ("por tu culpa", BlameRule::BecauseOfYou), ("es tu culpa", BlameRule::BecauseOfYou),
    ("fue tu culpa", BlameRule::BecauseOfYou), ("culpa tuya", BlameRule::BecauseOfYou),
    ("me hiciste", BlameRule::MadeMe), ("me haces", BlameRule::MadeMe),
    ("me has hecho", BlameRule::MadeMe), ("por que no puedes", BlameRule::WhyCantYou),
    ("eres tan", BlameRule::YoureSo), ("eres muy", BlameRule::YoureSo),
    ("eres demasiado", BlameRule::YoureSo), ("eres un", BlameRule::YoureSuch),
    ("eres una", BlameRule::YoureSuch), ("no te importa", BlameRule::YouDont),
    ("no me escuchas", BlameRule::YouDont), ("no me ayudas", BlameRule::YouDont),
    ("no me entiendes", BlameRule::YouDont), ("no me haces caso", BlameRule::YouDont),
];

/// Words that end the clause a blaming phrase starts: what follows is another thought.
const CLAUSE_STOPS: &[&str] = &["pero", "aunque", "porque", "y", "o", "cuando", "mientras"];

/// A blaming phrase found in a Spanish sentence: its kind, its words, and the words after it
/// to the end of their clause (at most [`REST_MAX_WORDS`], cut short if there were more).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    pub(super) rule: BlameRule,
    pub(super) words: Range<usize>,
    pub(super) rest: Clause,
}

/// Kind words that may follow "eres tan", "eres un", or praise after "me haces".
#[rustfmt::skip]
const KIND: &[&str] = &[
    "amable", "bueno", "buena", "cariñoso", "cariñosa", "paciente", "generoso", "generosa",
    "divertido", "divertida", "lindo", "linda", "guapo", "guapa", "listo", "lista",
    "inteligente", "especial", "valiente", "maravilloso", "maravillosa", "dulce", "tierno",
    "tierna", "sol", "amor", "cielo", "encanto", "feliz", "reir", "sonreir", "bien",
    "fuerte", "querido", "querida", "importante", "afortunado", "afortunada",
];

/// Words said to "you" without needing "tú".
const YOU_WORDS: &[&str] = &["eres", "estas", "has", "vas", "sabes", "tienes", "puedes"];

/// Words ending like a verb said to "you" that are not one.
#[rustfmt::skip]
const NOT_YOU: &[&str] = &[
    "antes", "despues", "entonces", "mientras", "ademas", "jamas", "quizas", "atras",
    "detras", "demas", "veces", "cosas", "horas", "tardes", "noches", "dias", "meses",
    "todas", "otras", "nuestras", "ellas", "algunas", "muchas", "pocas", "tantas", "pues",
    "mas", "menos", "nadie",
];

/// Words that say what the speaker will do: a promise, not blame ("nunca te dejaré").
const PROMISE: &[&str] = &["voy", "vamos", "prometo", "quiero", "puedo"];

/// The small words that may sit between "siempre" and its verb: "nunca me escuchas".
const CLITICS: &[&str] = &[
    "me", "te", "lo", "la", "le", "nos", "les", "los", "las", "se",
];

/// One sentence read in Spanish.
pub(super) struct Spanish {
    /// The words without accents.
    words: Vec<String>,
    /// Whether each word ends in "é" as typed: a verb of the speaker's own ("te grité",
    /// "te escucharé").
    mine: Vec<bool>,
    /// Whether each word, as typed, is a future of the speaker's ("hablaré", "diré").
    will: Vec<bool>,
    /// Whether the sentence ends with "?".
    question: bool,
}

impl Spanish {
    /// The sentence of `words` in `text`.
    pub(super) fn new(text: &str, words: &[Word]) -> Self {
        let ends = |w: &Word, ends: &[&str]| ends.iter().any(|e| w.norm.ends_with(e));
        let question = words.last().is_some_and(|last| {
            text[last.end..]
                .trim_start_matches(|c: char| !matches!(kind_of(c), CharKind::SentenceEnd))
                .starts_with(['?', '？'])
        });
        Spanish {
            question,
            words: words.iter().map(|w| fold(&w.norm)).collect(),
            mine: words.iter().map(|w| ends(w, &["é"])).collect(),
            will: words
                .iter()
                .map(|w| w.norm.chars().count() >= 6 && ends(w, &["aré", "eré", "iré"]))
                .collect(),
        }
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
    }

    fn is_in(&self, i: usize, set: &[&str]) -> bool {
        set.contains(&self.word(i))
    }

    fn has(&self, phrase: &str) -> bool {
        let phrase: Vec<&str> = phrase.split(' ').collect();
        self.words
            .windows(phrase.len())
            .any(|window| window.iter().zip(&phrase).all(|(w, want)| w == want))
    }

    fn has_any(&self, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.has(p))
    }

    /// Where a phrase starts, each time it is there.
    fn starts_of<'a>(&'a self, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
        let phrase: Vec<&str> = phrase.split(' ').collect();
        let n = phrase.len();
        (0..self.words.len().saturating_sub(n - 1))
            .filter(move |&i| (0..n).all(|k| self.words[i + k] == phrase[k]))
    }

    /// Whether the sentence speaks for a part: "una parte (asustada) de mí", "mi parte
    /// asustada", "algo en mí".
    pub(super) fn speaks_for_part(&self) -> bool {
        self.has_any(&["algo en mi", "mi parte", "mis partes"])
            || (0..self.words.len()).any(|i| {
                self.is_in(i, &["parte", "partes"])
                    && (i + 1..i + 4)
                        .any(|k| self.is_in(k, &["de", "en"]) && self.is_in(k + 1, &["mi", "mis"]))
            })
    }

    /// Whether the sentence names a part, or a feeling of the speaker's.
    pub(super) fn names_a_part(&self) -> bool {
        self.speaks_for_part() || self.has_any(PART_PHRASES)
    }

    pub(super) fn insults(&self) -> bool {
        self.has_any(INSULT_PHRASES)
            || self.words.iter().enumerate().any(|(i, w)| {
                INSULTS.contains(&w.as_str())
                    || (INSULT_LABELS.contains(&w.as_str())
                        && (i.saturating_sub(3)..i)
                            .any(|j| self.is_in(j, &["eres", "tu", "estas"])))
            })
    }

    /// Where the sentence apologises: "lo siento", "siento haberte…", "perdón", "disculpa".
    fn apology(&self) -> Option<usize> {
        (0..self.words.len()).find(|&i| {
            let w = self.word(i);
            w.starts_with("perdon")
                || w.starts_with("disculp")
                || w == "lamento"
                || (w == "siento" && (i == 0 || !self.is(i - 1, "me")))
        })
    }

    pub(super) fn apologises(&self) -> bool {
        self.apology().is_some()
    }

    /// Whether an apology is followed by "pero" (or "aunque", "sin embargo") in the sentence.
    pub(super) fn takes_apology_back(&self) -> bool {
        self.apology().is_some_and(|a| {
            self.words[a + 1..]
                .iter()
                .any(|w| matches!(w.as_str(), "pero" | "aunque" | "embargo"))
        })
    }

    pub(super) fn acknowledges(&self) -> bool {
        self.has_any(ACKNOWLEDGE)
    }

    pub(super) fn offers_next_step(&self) -> bool {
        self.has_any(NEXT_STEP)
            || self.will.iter().any(|w| *w)
            || self.words.iter().any(|w| FUTURES.contains(&w.as_str()))
            || self.offers()
    }

    /// Whether the sentence is a question that offers something: "¿Leemos una página?",
    /// "¿Me lo vuelves a mostrar?", "¿Y si lo hablamos?". Not one that asks why.
    fn offers(&self) -> bool {
        if !self.question
            || self.has("por que")
            || self
                .words
                .iter()
                .any(|w| matches!(w.as_str(), "siempre" | "nunca" | "jamas"))
        {
            return false;
        }
        let ours = |w: &String| {
            w.chars().count() >= 5
                && w.ends_with("mos")
                && !matches!(w.as_str(), "mismos" | "mismas")
        };
        let asks_me = self.is(0, "me") && {
            let mut k = 1;
            while self.is_in(k, CLITICS) {
                k += 1;
            }
            self.to_you(k)
        };
        self.words.iter().any(ours)
            || self.words.iter().any(|w| OFFERING.contains(&w.as_str()))
            || self.has("y si")
            || asks_me
    }

    fn thanks(&self) -> bool {
        !self.has("gracias por nada")
            && self.words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "gracias" | "agradezco" | "agradecido" | "agradecida"
                )
            })
    }

    /// Whether a word is a verb said to "you": "llegas", "escuchaste", "eres".
    fn to_you(&self, i: usize) -> bool {
        let w = self.word(i);
        if YOU_WORDS.contains(&w) {
            return true;
        }
        w.chars().count() >= 5
            && ["as", "es", "aste", "iste"]
                .iter()
                .any(|end| w.ends_with(end))
            && !NOT_YOU.contains(&w)
            && !FUTURES.contains(&w)
    }

    /// Whether the "siempre", "nunca" or "jamás" at `i` is said of "you".
    fn absolute_at(&self, i: usize) -> bool {
        if i > 0 && self.is_in(i - 1, &["tu", "vos"]) {
            return true;
        }
        let mut k = i + 1;
        let mut te = false;
        while self.is_in(k, CLITICS) || self.is(k, "mas") {
            te |= self.is(k, "te");
            k += 1;
        }
        let promise = self.is_in(k, PROMISE)
            || FUTURES.contains(&self.word(k))
            || self.mine.get(k).copied().unwrap_or(false);
        !promise && (te || self.to_you(k))
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.word(i) == word
    }

    /// Every blaming phrase in the sentence, in the order they come. Praise ("siempre me
    /// haces reír") and thanks are not blame. `breaks_before` says where the typed sentence
    /// breaks (a comma, a dash), which ends a clause too.
    pub(super) fn blames(&self, breaks_before: impl Fn(usize) -> bool) -> Vec<Found> {
        if self.thanks() {
            return Vec::new();
        }
        let kind_after = |i: usize| (i..i + 3).any(|k| self.is_in(k, KIND));
        let rest_from = |from: usize| {
            let ends_at = |i: usize| {
                i >= self.words.len()
                    || (i > from && (breaks_before(i) || self.is_in(i, CLAUSE_STOPS)))
            };
            let mut to = from;
            while !ends_at(to) && to - from < REST_MAX_WORDS {
                to += 1;
            }
            Clause {
                words: from..to,
                cut: !ends_at(to),
            }
        };
        let mut out: Vec<Found> = (0..self.words.len())
            .filter(|&i| self.is_in(i, &["siempre", "nunca", "jamas"]))
            .filter(|&i| self.absolute_at(i) && !kind_after(i + 1))
            .map(|i| {
                let tu = i > 0 && self.is_in(i - 1, &["tu", "vos"]);
                Found {
                    rule: if self.is(i, "siempre") {
                        BlameRule::Always
                    } else {
                        BlameRule::Never
                    },
                    words: if tu { i - 1..i + 1 } else { i..i + 1 },
                    rest: rest_from(i + 1),
                }
            })
            .collect();
        // "No fue culpa tuya" is the opposite of blame.
        let denied = |i: usize| (i.saturating_sub(2)..i).any(|k| self.is(k, "no"));
        for (phrase, rule) in BLAME_PHRASES {
            let n = phrase.split(' ').count();
            out.extend(
                self.starts_of(phrase)
                    .filter(|&i| !kind_after(i + n) && !denied(i))
                    .map(|i| Found {
                        rule: *rule,
                        words: i..i + n,
                        rest: rest_from(i + n),
                    }),
            );
        }
        // An "always" inside a phrase found as well ("siempre me haces…") is one blame.
        out.sort_by_key(|f| f.words.start);
        out.dedup_by(|later, first| later.words.start < first.rest.words.end.max(first.words.end));
        out
    }

    /// The ways to say a blaming phrase for a part, in Spanish, best first, keeping the
    /// person's words (`rest`, as typed and tidied; `said`, the phrase's own words after
    /// its first, such as "me escuchas" of "no me escuchas").
    pub(super) fn suggestions(found: &Found, rest: &str, said: &str) -> Vec<String> {
        let rest = rest
            .trim_end_matches(['.', '!', '?', '¡', '¿', ',', ';', ':'])
            .trim();
        let mut out = Vec::new();
        match found.rule {
            BlameRule::Always if !rest.is_empty() => {
                out.push(format!("Una parte de mí se siente dolida cuando {rest}."));
                out.push(format!(
                    "Esta vez, cuando {rest}, una parte de mí se sintió sola. ¿Podemos hablarlo?"
                ));
            }
            BlameRule::Never if !rest.is_empty() => {
                out.push(format!("Una parte de mí se siente sola cuando no {rest}."));
                out.push(format!("Una parte de mí echa de menos sentir que {rest}."));
            }
            BlameRule::Always | BlameRule::Never => {}
            BlameRule::WhyCantYou if !rest.is_empty() => {
                out.push(format!(
                    "Una parte de mí necesita de verdad que puedas {rest}."
                ));
                out.push(format!(
                    "¿Podrías {rest}? Una parte de mí lo necesita mucho."
                ));
            }
            BlameRule::BecauseOfYou if !rest.is_empty() => {
                out.push(format!("Cuando {rest}, una parte de mí lo pasó mal."));
            }
            BlameRule::YouDont => {
                out.push(format!(
                    "A una parte de mí le parece que no {said}. ¿Me ayudas a entender cómo lo vives tú?"
                ));
                out.push(format!("Una parte de mí necesita sentir que {said}."));
            }
            BlameRule::YoureSo | BlameRule::YoureSuch => {
                out.push(
                    "Cuando pasa esto, una parte de mí siente que no cuento para ti. ¿Podemos \
                     hablarlo?"
                        .to_owned(),
                );
            }
            BlameRule::MadeMe | BlameRule::WhyCantYou | BlameRule::BecauseOfYou => {}
        }
        out.push(
            "Una parte de mí está muy removida ahora mismo. Me gustaría contarte qué siente, \
             sin culpar a nadie."
                .to_owned(),
        );
        out.truncate(3);
        out
    }
}
