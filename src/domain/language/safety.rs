//! Words of violence, threats or fear: when they appear, the safety note comes first.
//!
//! The words are ours, kept per language as data (`assets/content/safety.toml`, and each
//! language's own beside it, `assets/content/es/safety.toml`); a text is checked against the
//! reader's language's list and English's, since people mix languages.

use serde::Deserialize;

use super::*;
use crate::domain::content::{ContentError, Localised};
use crate::domain::i18n::Lang;

/// English's words, the list every language's check also runs.
const ENGLISH: &str = include_str!("../../../assets/content/safety.toml");
const FILE: &str = "safety.toml";

/// One language's words of danger, as read from its file: words matched whole, and phrases
/// (words one after the other), each written in lowercase without accents.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Danger {
    words: Vec<String>,
    phrases: Vec<String>,
}

impl Danger {
    fn parse(text: &str) -> Result<Danger, ContentError> {
        toml::from_str(text).map_err(ContentError::in_file(FILE))
    }

    /// Whether these words, read from a text (folded), hold one of ours.
    fn found_in(&self, words: &[String]) -> bool {
        words.iter().any(|w| self.words.contains(w))
            || self.phrases.iter().any(|phrase| {
                let ours: Vec<&str> = phrase.split(' ').collect();
                words
                    .windows(ours.len())
                    .any(|seen| seen == ours.as_slice())
            })
    }
}

static DANGER: Localised<Danger> = Localised::new(
    "the words of danger",
    || Danger::parse(ENGLISH),
    |lang| lang.content(FILE).map(Danger::parse),
);

/// `lang`'s words of danger, read once: its own file, or English's where it has none.
fn danger_in(lang: Lang) -> &'static Danger {
    DANGER.in_lang(lang)
}

/// Whether a text speaks of violence, threats, control or fear of the other person, in the
/// reader's language or in English. The screens then show the safety note rather than ways
/// to word a repair.
pub fn sounds_unsafe(lang: Lang, text: &str) -> bool {
    let words: Vec<String> = sentences(looked_at(text))
        .into_iter()
        .flatten()
        .map(|w| fold(&w.norm))
        .collect();
    danger_in(Lang::ENGLISH).found_in(&words)
        || (!lang.is_english() && danger_in(lang).found_in(&words))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_languages_words_read_and_are_written_as_the_check_reads_them() {
        assert_eq!(DANGER.problem(), None);
        for lang in Lang::all() {
            let danger = danger_in(lang);
            assert!(danger.words.len() >= 20, "{}: {danger:?}", lang.tag());
            if let Some(text) = lang.content(FILE) {
                Danger::parse(text).unwrap_or_else(|e| panic!("{}/{e}", lang.tag()));
            }
            for word in &danger.words {
                let read: Vec<String> = sentences(word)
                    .concat()
                    .iter()
                    .map(|w| fold(&w.norm))
                    .collect();
                assert_eq!(read, std::slice::from_ref(word), "{}: {word}", lang.tag());
            }
            for phrase in &danger.phrases {
                let read: Vec<String> = sentences(phrase)
                    .concat()
                    .iter()
                    .map(|w| fold(&w.norm))
                    .collect();
                assert!(read.len() >= 2, "{}: {phrase} is one word", lang.tag());
                assert_eq!(read.join(" "), *phrase, "{}: {phrase}", lang.tag());
            }
        }
    }

    #[test]
    fn spanish_words_of_danger_are_found_with_or_without_accents_and_english_too() {
        let es = Lang::from_tag("es").unwrap();
        for text in [
            "Ayer me pegó delante de los niños.",
            "Me amenazó con irse y llevarse todo",
            "Tengo miedo de él cuando bebe",
            "me empujo contra la pared",
            "Dijo que me iba a matar",
            "Tengo MORETONES en el brazo",
            "Me controla el teléfono y el dinero",
            "No puedo más, estoy en peligro",
            "Anoche me pegaste.",
            "Te tengo miedo cuando bebes",
            "Me empujaste contra la puerta",
            "Me controlas a mí y mi dinero",
            "En casa no me siento segura",
            "Me dio una BOFETADA",
            "¿Por qué me amenazas?",
            // English, in a Spanish reader's text.
            "He hit me again",
        ] {
            assert!(sounds_unsafe(es, text), "{text}");
        }
        for text in [
            "Me dolió que no me llamaras",
            "De golpe me sentí muy sola",
            "Armó un escándalo por la cena",
            "Quiero que hablemos con calma",
            "Nunca me escuchas",
            "¿Por qué no me dejas terminar?",
            "Esa camisa no pega con nada",
        ] {
            assert!(!sounds_unsafe(es, text), "{text}");
        }
        // An English reader's check runs English's words only.
        assert!(!sounds_unsafe(Lang::ENGLISH, "Me amenazó con irse"));
        assert!(sounds_unsafe(Lang::ENGLISH, "He threatened me"));
    }
}
