//! What the user knows of one part: its role, how old it feels, what it fears and needs,
//! what sets it off, and notes; how two parts become one; and the plain words for how often
//! a part has been around.

use std::fmt;

use super::i18n::Lang;
use super::kept::{Kept, coded};
use super::text::{NOTE_MAX_CHARS, Name, Note, TextError};
use super::{AgeBand, Moment};

/// The kinds of part, in Internal Family Systems' words, each with a one-line explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartRole {
    Manager,
    Firefighter,
    Exile,
    NotSure,
}

impl PartRole {
    pub const ALL: [PartRole; 4] = [
        PartRole::Manager,
        PartRole::Firefighter,
        PartRole::Exile,
        PartRole::NotSure,
    ];

    /// The stable code kept in the database and in exports.
    pub fn code(self) -> &'static str {
        match self {
            PartRole::Manager => "manager",
            PartRole::Firefighter => "firefighter",
            PartRole::Exile => "exile",
            PartRole::NotSure => "not_sure",
        }
    }

    /// The role for a stored code; `None` for a code Mend does not know.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.code() == code)
    }

    /// The word shown on the chip, in the reader's language.
    pub fn label(self, lang: Lang) -> String {
        lang.word("parts-role", self.code())
    }

    /// What the word means, in one plain line.
    pub fn explanation(self, lang: Lang) -> String {
        lang.word("parts-role-explained", self.code())
    }
}

coded!(PartRole);

/// What names the four text fields in messages ("The notes can be up to …").
pub const FEARS_WHAT: &str = "what it fears";
pub const NEEDS_WHAT: &str = "what it needs";
pub const TRIGGERS_WHAT: &str = "what sets it off";
pub const NOTES_WHAT: &str = "the notes";

/// What the user knows of a part. Every field but the name may be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartDetails {
    pub name: Name,
    pub role: Option<Kept<PartRole>>,
    /// How old it typically feels.
    pub age_band: Option<Kept<AgeBand>>,
    pub fears: Note,
    pub needs: Note,
    pub triggers: Note,
    pub notes: Note,
}

impl PartDetails {
    /// A part known only by its name.
    pub fn named(name: Name) -> Self {
        Self {
            name,
            role: None,
            age_band: None,
            fears: Note::default(),
            needs: Note::default(),
            triggers: Note::default(),
            notes: Note::default(),
        }
    }

    /// Takes from `other` what these details lack: a role or age band not set, and the
    /// texts left empty. What is here already is kept. Whether anything was taken.
    pub fn fill_gaps(&mut self, other: &PartDetails) -> bool {
        let before = self.clone();
        if self.role.is_none() {
            self.role.clone_from(&other.role);
        }
        if self.age_band.is_none() {
            self.age_band.clone_from(&other.age_band);
        }
        for (mine, theirs) in [
            (&mut self.notes, &other.notes),
            (&mut self.fears, &other.fears),
            (&mut self.needs, &other.needs),
            (&mut self.triggers, &other.triggers),
        ] {
            if mine.as_str().is_empty() {
                mine.clone_from(theirs);
            }
        }
        *self != before
    }

    /// These details after an edit from an app of export format version 1, which could not
    /// set them: its empty role, age band or notes mean "not known" and never empty the ones
    /// here; it had no fears, needs or triggers, so the ones here stay.
    pub fn edited_by_v1(&self, file: PartDetails) -> PartDetails {
        PartDetails {
            name: file.name,
            role: file.role.or_else(|| self.role.clone()),
            age_band: file.age_band.or_else(|| self.age_band.clone()),
            notes: if file.notes.as_str().is_empty() {
                self.notes.clone()
            } else {
                file.notes
            },
            fears: self.fears.clone(),
            needs: self.needs.clone(),
            triggers: self.triggers.clone(),
        }
    }

    /// The details as a form shows them, to be edited.
    pub fn draft(&self) -> PartDraft {
        PartDraft {
            name: self.name.as_str().to_owned(),
            role: self.role.clone(),
            age_band: self.age_band.clone(),
            fears: self.fears.as_str().to_owned(),
            needs: self.needs.as_str().to_owned(),
            triggers: self.triggers.as_str().to_owned(),
            notes: self.notes.as_str().to_owned(),
        }
    }
}

/// The details as typed into a form, not yet checked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PartDraft {
    pub name: String,
    pub role: Option<Kept<PartRole>>,
    pub age_band: Option<Kept<AgeBand>>,
    pub fears: String,
    pub needs: String,
    pub triggers: String,
    pub notes: String,
}

impl PartDraft {
    /// Checks what was typed: the name as a [`Name`], the rest as [`Note`]s. The first
    /// problem found is the one reported. A text left as it was in `before` is kept exactly,
    /// even one today's checks would not pass.
    pub fn parse(&self, before: Option<&PartDetails>) -> Result<PartDetails, TextError> {
        let note = |input: &str, kept: Option<&Note>, what| match kept {
            Some(kept) => kept.edited(input, what),
            None => Note::parse(input, what),
        };
        Ok(PartDetails {
            name: match before {
                Some(b) => b.name.edited(&self.name)?,
                None => Name::parse(&self.name)?,
            },
            role: self.role.clone(),
            age_band: self.age_band.clone(),
            fears: note(&self.fears, before.map(|b| &b.fears), FEARS_WHAT)?,
            needs: note(&self.needs, before.map(|b| &b.needs), NEEDS_WHAT)?,
            triggers: note(&self.triggers, before.map(|b| &b.triggers), TRIGGERS_WHAT)?,
            notes: note(&self.notes, before.map(|b| &b.notes), NOTES_WHAT)?,
        })
    }
}

/// Why two parts cannot be merged. The messages are shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartError {
    IntoItself,
    IntoArchived {
        name: String,
    },
    /// Together, the texts of both parts would be longer than a note may be.
    FoldTooLong {
        what: &'static str,
        from: String,
        into: String,
    },
}

impl fmt::Display for PartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartError::IntoItself => write!(
                f,
                "A part can't be merged into itself. Choose another part to merge it into."
            ),
            PartError::IntoArchived { name } => write!(
                f,
                "“{name}” is archived, so nothing can be merged into it. Bring it back first, or choose another part."
            ),
            PartError::FoldTooLong { what, from, into } => write!(
                f,
                "Together, {what} of “{from}” and “{into}” would be longer than {NOTE_MAX_CHARS} characters, so nothing was merged. Shorten one of them first."
            ),
        }
    }
}

impl std::error::Error for PartError {}

/// The text of a kept part with the text of a part merged into it added after a blank line,
/// unless it is empty or already there as a whole paragraph (so merging never repeats
/// itself). `None` when the result would be longer than a note may be.
pub fn fold_text(kept: &str, merged: &str) -> Option<String> {
    let (kept, merged) = (kept.trim(), merged.trim());
    let folded =
        if merged.is_empty() || format!("\n\n{kept}\n\n").contains(&format!("\n\n{merged}\n\n")) {
            kept.to_owned()
        } else if kept.is_empty() {
            merged.to_owned()
        } else {
            format!("{kept}\n\n{merged}")
        };
    (folded.chars().count() <= NOTE_MAX_CHARS).then_some(folded)
}

/// The median of values given as `(value, how many times)`, in any order: the middle value,
/// or halfway between the two middle ones. `None` when there are no values.
pub fn median_of_counts(counts: &[(u8, u32)]) -> Option<f64> {
    let mut counts: Vec<(u8, u64)> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|&(v, n)| (v, u64::from(n)))
        .collect();
    counts.sort_unstable();
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return None;
    }
    // The value at a 0-based position in the sorted values.
    let at = |position: u64| {
        let mut seen = 0;
        for &(value, n) in &counts {
            seen += n;
            if position < seen {
                return f64::from(value);
            }
        }
        f64::from(counts[counts.len() - 1].0)
    };
    Some(if total % 2 == 1 {
        at(total / 2)
    } else {
        (at(total / 2 - 1) + at(total / 2)) / 2.0
    })
}

/// [`times_in`] in English, for screens not yet in the reader's language.
pub fn times(n: u32) -> String {
    times_in(Lang::ENGLISH, n)
}

/// "once", "twice", "12 times", in the reader's language.
pub fn times_in(lang: Lang, n: u32) -> String {
    crate::t!(lang, "time-times", count = n)
}

/// How long ago a part was last seen, by calendar days in the user's time: "today",
/// "yesterday", "3 days ago", "2 weeks ago", "5 months ago", "2 years ago".
pub fn seen_ago(lang: Lang, at: &Moment, now: &Moment) -> String {
    let day = at.with_timezone(now.offset()).date_naive();
    let days = (now.date_naive() - day).num_days();
    match days {
        ..=0 => crate::t!(lang, "time-ago-today"),
        1 => crate::t!(lang, "time-ago-yesterday"),
        2..=13 => crate::t!(lang, "time-ago-days", count = days),
        14..=59 => crate::t!(lang, "time-ago-weeks", count = days / 7),
        60..=364 => crate::t!(lang, "time-ago-months", count = days / 30),
        _ => crate::t!(lang, "time-ago-years", count = days / 365),
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;

    #[test]
    fn role_codes_round_trip_and_every_role_is_explained() {
        for role in PartRole::ALL {
            assert_eq!(PartRole::from_code(role.code()), Some(role));
            assert!(!role.label(Lang::ENGLISH).is_empty());
            assert!(role.explanation(Lang::ENGLISH).ends_with('.'), "{role:?}");
        }
        assert_eq!(PartRole::from_code("protector"), None);
        assert_eq!(PartRole::from_code(""), None);
        assert_eq!(PartRole::NotSure.label(Lang::ENGLISH), "not sure");
    }

    #[test]
    fn drafts_parse_and_round_trip() {
        let draft = PartDraft {
            name: "  The   critic ".to_owned(),
            role: Some(Kept::Known(PartRole::Manager)),
            age_band: Some(Kept::Known(AgeBand::NineToTwelve)),
            fears: " being laughed at\r\n".to_owned(),
            needs: "to be thanked".to_owned(),
            triggers: "".to_owned(),
            notes: "Sounds like 👩‍🏫 שלום".to_owned(),
        };
        let details = draft.parse(None).unwrap();
        assert_eq!(details.name.as_str(), "The critic");
        assert_eq!(details.fears.as_str(), "being laughed at");
        assert_eq!(details.triggers.as_str(), "");
        assert_eq!(details.draft().parse(None).unwrap(), details);

        let unnamed = PartDraft {
            name: " ".to_owned(),
            ..draft.clone()
        };
        assert_eq!(unnamed.parse(None), Err(TextError::EmptyName));
        let long = PartDraft {
            needs: "x".repeat(NOTE_MAX_CHARS + 1),
            ..draft
        };
        assert_eq!(
            long.parse(None),
            Err(TextError::TooLong {
                what: NEEDS_WHAT,
                chars: NOTE_MAX_CHARS + 1
            })
        );
        let plain = PartDetails::named(Name::parse("Quiet one").unwrap());
        assert_eq!(plain.draft().parse(None).unwrap(), plain);
    }

    #[test]
    fn folding_never_repeats_and_never_loses() {
        let check = |kept: &str, merged: &str, expected: &str| {
            assert_eq!(
                fold_text(kept, merged).as_deref(),
                Some(expected),
                "{kept:?} + {merged:?}"
            )
        };
        check("", "", "");
        check("left out", "", "left out");
        check("", "left out", "left out");
        check("left out", "left out", "left out");
        check("left out", "being blamed", "left out\n\nbeing blamed");
        // Already folded in once: merging the same text again adds nothing.
        check(
            "left out\n\nbeing blamed",
            "being blamed",
            "left out\n\nbeing blamed",
        );
        check(
            "being blamed\n\nleft out",
            "being blamed",
            "being blamed\n\nleft out",
        );
        // A part of a word is not the same text.
        check("left out", "left", "left out\n\nleft");
        check(" spaced ", "spaced\n", "spaced");
        let half = "a".repeat(NOTE_MAX_CHARS / 2);
        assert!(fold_text(&half, &"b".repeat(NOTE_MAX_CHARS / 2 - 2)).is_some());
        assert_eq!(fold_text(&half, &"b".repeat(NOTE_MAX_CHARS / 2)), None);
    }

    #[test]
    fn medians() {
        let check = |counts: &[(u8, u32)], expected: Option<f64>| {
            assert_eq!(median_of_counts(counts), expected, "{counts:?}")
        };
        check(&[], None);
        check(&[(4, 0)], None);
        check(&[(7, 1)], Some(7.0));
        check(&[(2, 1), (8, 1)], Some(5.0));
        check(&[(8, 1), (2, 2)], Some(2.0));
        check(&[(9, 1), (3, 1), (6, 1)], Some(6.0));
        check(&[(0, 3), (10, 3)], Some(5.0));
        check(&[(1, 1), (5, 2), (10, 1)], Some(5.0));
        check(&[(1, 2), (4, 1), (7, 1)], Some(2.5));
    }

    #[test]
    fn times_in_words() {
        assert_eq!(times(0), "0 times");
        assert_eq!(times(1), "once");
        assert_eq!(times(2), "twice");
        assert_eq!(times(12), "12 times");
        let es = Lang::from_tag("es").unwrap();
        assert_eq!(times_in(es, 1), "una vez");
        assert_eq!(times_in(es, 2), "dos veces");
        assert_eq!(times_in(es, 12), "12 veces");
    }

    #[test]
    fn seen_ago_in_words() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T21:00:00+01:00").unwrap();
        let check = |at: &str, expected: &str| {
            let at = DateTime::parse_from_rfc3339(at).unwrap();
            assert_eq!(seen_ago(Lang::ENGLISH, &at, &now), expected, "{at}")
        };
        check("2026-11-23T00:30:00+01:00", "today");
        check("2026-11-22T23:59:00+01:00", "yesterday");
        // Late in the evening in UTC is already the next day in the user's time.
        check("2026-11-22T23:30:00+00:00", "today");
        check("2026-11-20T12:00:00+01:00", "3 days ago");
        check("2026-11-10T12:00:00+01:00", "13 days ago");
        check("2026-11-09T12:00:00+01:00", "2 weeks ago");
        check("2026-09-01T12:00:00+01:00", "2 months ago");
        check("2025-11-25T12:00:00+01:00", "12 months ago");
        check("2025-11-01T12:00:00+01:00", "1 year ago");
        check("2024-11-01T12:00:00+01:00", "2 years ago");
        check("2026-11-24T12:00:00+01:00", "today");
        let es = Lang::from_tag("es").unwrap();
        let at = DateTime::parse_from_rfc3339("2026-11-20T12:00:00+01:00").unwrap();
        assert_eq!(seen_ago(es, &at, &now), "hace 3 días");
    }
}
