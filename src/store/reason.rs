//! Why a record from an import file was not kept, or what was changed as it was kept: a
//! message of `assets/locales/<tag>/import.ftl` and what fills it, said in the reader's
//! language when the report is read (and in English in the log and the command line's JSON).

use std::fmt;

use crate::domain::i18n::{Args, Lang};
use crate::domain::text::{TextError, what_in};

use super::kinds::Kind;

/// A reason, kept as its message and what fills it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    id: &'static str,
    fill: Vec<(&'static str, Filling)>,
}

/// What fills a place in a reason's message.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Filling {
    /// Words or a code from the file, as they came.
    Text(String),
    Number(i64),
    /// A field's English words (`"its age band"`, the `…_WHAT` constants), said in the
    /// reader's language by [`what_in`].
    Field(&'static str),
    /// A kind of record, by its word in the reader's language.
    Kind(Kind),
    /// A reason inside this one ("its card 2: …").
    Within(Box<Reason>),
    /// A text that fails today's checks, said as the screens say it.
    Problem(TextError),
}

impl Reason {
    /// The reason of the message `id` (of `import.ftl`), to be filled.
    pub fn new(id: &'static str) -> Reason {
        Reason {
            id,
            fill: Vec::new(),
        }
    }

    /// `$key` is words or a code from the file.
    pub fn text(mut self, key: &'static str, text: impl Into<String>) -> Reason {
        self.fill.push((key, Filling::Text(text.into())));
        self
    }

    /// `$key` is a number.
    pub fn number(mut self, key: &'static str, n: impl Into<i64>) -> Reason {
        self.fill.push((key, Filling::Number(n.into())));
        self
    }

    /// `$key` is a field, by its English words.
    pub fn field(mut self, key: &'static str, what: &'static str) -> Reason {
        self.fill.push((key, Filling::Field(what)));
        self
    }

    /// `$key` is a kind of record.
    pub fn kind(mut self, key: &'static str, kind: Kind) -> Reason {
        self.fill.push((key, Filling::Kind(kind)));
        self
    }

    /// `$key` is another reason.
    pub fn within(mut self, key: &'static str, reason: Reason) -> Reason {
        self.fill.push((key, Filling::Within(Box::new(reason))));
        self
    }

    /// The reason in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        let mut args = Args::new();
        for (key, filling) in &self.fill {
            match filling {
                Filling::Text(text) => args.set(*key, text.as_str()),
                Filling::Number(n) => args.set(*key, *n),
                Filling::Field(what) => args.set(*key, what_in(lang, what)),
                Filling::Kind(kind) => args.set(*key, kind.one_in(lang)),
                Filling::Within(reason) => args.set(*key, reason.said(lang)),
                Filling::Problem(problem) => args.set(*key, problem.said(lang)),
            }
        }
        lang.tr(self.id, Some(&args))
    }

    /// Its message and those of the reasons inside it, for the message test.
    #[cfg(test)]
    pub(crate) fn ids(&self) -> Vec<&'static str> {
        let mut ids = vec![self.id];
        for (_, filling) in &self.fill {
            if let Filling::Within(reason) = filling {
                ids.extend(reason.ids());
            }
        }
        ids
    }
}

/// A text the file holds that today's checks refuse.
impl From<TextError> for Reason {
    fn from(problem: TextError) -> Reason {
        let mut reason = Reason::new("import-why-text");
        reason.fill.push(("problem", Filling::Problem(problem)));
        reason
    }
}

/// The log's words: English.
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(Lang::ENGLISH))
    }
}

impl std::error::Error for Reason {}

/// In JSON (the command line's `--json`), the English words.
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.said(Lang::ENGLISH))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::what_id;
    use crate::store::record::Record;

    /// Every record kind's fields' words, as its declaration gives them.
    fn whats() -> Vec<&'static str> {
        use crate::domain::help::OwnLine;
        use crate::domain::practice::OwnPhrase;
        use crate::domain::talk::{SharedWords, Talk};
        use crate::domain::{CheckIn, Repair, Rupture, reflection::Reflection};
        [
            CheckIn::WHATS,
            Rupture::WHATS,
            Repair::WHATS,
            super::super::pauses::PauseKept::WHATS,
            Reflection::WHATS,
            super::super::practice::PracticeKept::WHATS,
            super::super::parts::PartRow::WHATS,
            super::super::named::PersonRow::WHATS,
            OwnPhrase::WHATS,
            OwnLine::WHATS,
            Talk::WHATS,
            SharedWords::WHATS,
        ]
        .concat()
    }

    /// Fields whose words never reach a reason: each is an id, a time, a flag or a count
    /// (read as the file's types, or refused as unreadable), text kept as it comes, or one
    /// whose reasons name it otherwise.
    const NEVER_SAID: &[&str] = &[
        "id",
        "at",
        "started_at",
        "finished_at",
        "completed_at",
        "repaired_at",
        "archived_at",
        "planned_end",
        "ended_at",
        "part_id",
        "person_id",
        "rupture_id",
        "merged_into",
        "pauses",
        "repaired",
        "favourite",
        "texts",
        "suggestion",
        "name",
        "number",
        "note",
        "kind",
        "cards",
        "together",
        "phrases",
        "notes",
    ];

    #[test]
    fn every_fields_words_have_a_message() {
        let whats = whats();
        assert!(whats.len() > 60, "{} fields", whats.len());
        let missing: Vec<&&str> = whats
            .iter()
            .filter(|w| !NEVER_SAID.contains(w) && what_id(w).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "fields without their words: {missing:?}"
        );
    }

    #[test]
    fn a_reason_is_said_in_the_readers_language() {
        let es = Lang::from_tag("es").unwrap();
        let out = crate::store::record::level(Some(12), "Self level").unwrap_err();
        assert_eq!(
            out.to_string(),
            "its Self level (12) is not between 0 and 10"
        );
        assert_eq!(out.said(es), "su nivel de Self (12) no está entre 0 y 10");
        let card = Reason::new("import-why-card").number("card", 2).within(
            "reason",
            crate::store::record::unknown("a turn's step", "x"),
        );
        assert_eq!(
            card.said(es),
            "su tarjeta 2: Mend no reconoce el paso de un turno «x»"
        );
        assert_eq!(card.ids(), ["import-why-card", "import-why-unknown"]);
        let text = Reason::from(TextError::EmptyRequired { what: "the note" });
        assert!(text.said(es).contains("la nota"), "{}", text.said(es));
        assert_eq!(
            serde_json::to_value(&card).unwrap(),
            "its card 2: a turn's step \"x\" is not one Mend knows"
        );
    }
}
