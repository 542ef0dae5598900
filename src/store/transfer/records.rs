//! Between the store's records and the export format's: every record kind goes out with
//! `From` (as it is kept, nothing left out) and comes back in with `TryFrom`, which parses
//! each field into the domain's own type or gives the reason the record cannot be kept.
//! What the importer writes is the parsed value, never the raw text it checked.

use chrono::{Datelike, NaiveDate};
use uuid::Uuid;

use super::format::{
    CheckInRec, OwnPhraseRec, PartRec, PauseRec, PersonRec, PracticeCardRec, PracticeSessionRec,
    ReflectionRec, RepairRec, RuptureRec, Stamp, StepNotesRec,
};
use crate::domain::content::{Audience, PhraseStep};
use crate::domain::kept::{Code, Kept};
use crate::domain::part::{FEARS_WHAT, NEEDS_WHAT, NOTES_WHAT, PartDetails, TRIGGERS_WHAT};
use crate::domain::practice::{
    OwnPhrase, PracticeCard, PracticeSession, STRENGTHS, TEXT_WHAT, WHY_WHAT,
};
use crate::domain::reflection::Reflection;
use crate::domain::repair::{FELT_WHAT, INTENTION_WHAT, NOTE_WHAT, StepNotes};
use crate::domain::rupture::WHAT_WHAT;
use crate::domain::time::from_parts;
use crate::domain::{
    AgeBand, CheckIn, CheckInId, Level, Name, Note, PartId, Pause, PauseEnd, PauseId, PersonId,
    PhraseId, PracticeId, ReflectionId, Repair, RepairId, RepairOutcome, RepairStage, Rupture,
    RuptureId, RuptureStatus, SelfQuality, Severity,
};
use crate::domain::{checkin, part::PartRole};
use crate::store::named::PersonRow;
use crate::store::parts::PartRow;
use crate::store::row::Stamps;

/// The most items in one list (fears, body places, phrases) of one record.
pub const MAX_LIST: usize = 100;
/// The longest id of our words (a prompt, a phrase, a situation) a record may name.
pub const MAX_CODE: usize = 100;

/// A record from a file, parsed: the store's record and its stamps.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported<T> {
    pub record: T,
    pub stamps: Stamps,
}

/// Why a record from a file cannot be kept, in words for the report.
pub type Reason = String;

fn stamps(created: &Stamp, updated: &Stamp) -> Stamps {
    Stamps {
        created: *created,
        updated_ms: updated.timestamp_millis(),
    }
}

/// A creation time as exported: with its offset where the table keeps one, else in UTC
/// (which is how the store gives it).
fn created(s: &Stamps) -> Stamp {
    s.created
}

fn updated(s: &Stamps) -> Stamp {
    from_parts(s.updated_ms, 0)
}

fn name(text: &str) -> Result<Name, Reason> {
    Name::parse(text).map_err(|e| e.to_string())
}

fn note(text: &str, what: &'static str) -> Result<Note, Reason> {
    Note::parse(text, what).map_err(|e| e.to_string())
}

/// Text that must not be empty, checked as a note.
fn required(text: &str, what: &'static str) -> Result<Note, Reason> {
    Note::parse_required(text, what).map_err(|e| e.to_string())
}

fn level(n: Option<u8>, what: &str) -> Result<Option<Level>, Reason> {
    n.map(|v| Level::new(v).ok_or_else(|| format!("its {what} ({v}) is not between 0 and 10")))
        .transpose()
}

/// A code of a closed set, which must be one this build knows.
fn known<T: Code>(code: &str, what: &str) -> Result<T, Reason> {
    T::from_code(code).ok_or_else(|| format!("{what} \"{code}\" is not one Mend knows"))
}

fn opt_known<T: Code>(code: &Option<String>, what: &str) -> Result<Option<T>, Reason> {
    code.as_deref().map(|c| known(c, what)).transpose()
}

fn short_list(items: &[String], what: &str) -> Result<Vec<String>, Reason> {
    if items.len() > MAX_LIST {
        return Err(format!("it lists more than {MAX_LIST} {what}"));
    }
    items
        .iter()
        .map(|i| name(i).map(Name::into_string))
        .collect()
}

/// The id of something in our words (a prompt, a phrase, a situation): 1 to [`MAX_CODE`]
/// characters without spaces or control characters. It need not be one this build has, as
/// records keep the words as they read then.
fn code(text: &str, what: &str) -> Result<String, Reason> {
    let chars = text.chars().count();
    if (1..=MAX_CODE).contains(&chars) && !text.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        Ok(text.to_owned())
    } else {
        Err(format!("its {what} id is not one Mend could have written"))
    }
}

fn kept_code<T: Code>(kept: &Option<Kept<T>>) -> Option<String> {
    kept.as_ref().map(|k| k.code().into_owned())
}

// Parts and people.

impl From<(&PartRow, &Stamps)> for PartRec {
    fn from((p, s): (&PartRow, &Stamps)) -> Self {
        let d = &p.details;
        PartRec {
            id: p.id.0,
            name: d.name.as_str().to_owned(),
            role: kept_code(&d.role),
            age_band: kept_code(&d.age_band),
            notes: d.notes.as_str().to_owned(),
            fears: d.fears.as_str().to_owned(),
            needs: d.needs.as_str().to_owned(),
            triggers: d.triggers.as_str().to_owned(),
            merged_into: p.merged_into.map(|m| m.0),
            created_at: created(s),
            updated_at: updated(s),
            archived_at: p.archived_at,
        }
    }
}

impl TryFrom<&PartRec> for Imported<PartRow> {
    type Error = Reason;

    /// The part as the file has it, its link to a merged-into part left for later (the
    /// importer points it once every part is in).
    fn try_from(r: &PartRec) -> Result<Self, Reason> {
        Ok(Imported {
            record: PartRow {
                id: PartId(r.id),
                details: PartDetails {
                    name: name(&r.name)?,
                    role: opt_known::<PartRole>(&r.role, "its role")?.map(Kept::Known),
                    age_band: opt_known::<AgeBand>(&r.age_band, "its age band")?.map(Kept::Known),
                    fears: note(&r.fears, FEARS_WHAT)?,
                    needs: note(&r.needs, NEEDS_WHAT)?,
                    triggers: note(&r.triggers, TRIGGERS_WHAT)?,
                    notes: note(&r.notes, NOTES_WHAT)?,
                },
                merged_into: None,
                archived_at: r.archived_at,
            },
            stamps: stamps(&r.created_at, &r.updated_at),
        })
    }
}

impl From<(&PersonRow, &Stamps)> for PersonRec {
    fn from((p, s): (&PersonRow, &Stamps)) -> Self {
        PersonRec {
            id: p.id.0,
            name: p.name.as_str().to_owned(),
            created_at: created(s),
            updated_at: updated(s),
            archived_at: p.archived_at,
        }
    }
}

impl TryFrom<&PersonRec> for Imported<PersonRow> {
    type Error = Reason;

    fn try_from(r: &PersonRec) -> Result<Self, Reason> {
        Ok(Imported {
            record: PersonRow {
                id: PersonId(r.id),
                name: name(&r.name)?,
                archived_at: r.archived_at,
            },
            stamps: stamps(&r.created_at, &r.updated_at),
        })
    }
}

// Ruptures, check-ins, pauses, repairs.

impl From<(&Rupture, &Stamps)> for RuptureRec {
    fn from((r, s): (&Rupture, &Stamps)) -> Self {
        RuptureRec {
            id: r.id.0,
            at: r.at,
            person_id: r.person_id.map(|p| p.0),
            what: r.what.as_str().to_owned(),
            severity: r.severity.get(),
            status: r.status.code().to_owned(),
            repaired_at: r.repaired_at,
            created_at: created(s),
            updated_at: updated(s),
        }
    }
}

impl TryFrom<&RuptureRec> for Imported<Rupture> {
    type Error = Reason;

    fn try_from(r: &RuptureRec) -> Result<Self, Reason> {
        Ok(Imported {
            record: Rupture {
                id: RuptureId(r.id),
                at: r.at,
                person_id: r.person_id.map(PersonId),
                what: required(&r.what, WHAT_WHAT)?,
                severity: Severity::new(r.severity)
                    .ok_or_else(|| format!("its size ({}) is not between 1 and 5", r.severity))?,
                status: known::<RuptureStatus>(&r.status, "its status")?,
                repaired_at: r.repaired_at,
            },
            stamps: stamps(&r.created_at, &r.updated_at),
        })
    }
}

impl From<(&CheckIn, &Stamps)> for CheckInRec {
    fn from((c, s): (&CheckIn, &Stamps)) -> Self {
        CheckInRec {
            id: c.id.0,
            at: c.at,
            part_id: c.part_id.0,
            intensity: c.intensity.map(Level::get),
            age_band: kept_code(&c.age),
            fears: c.fears.clone(),
            body: c.body.clone(),
            self_level: c.self_level.map(Level::get),
            self_qualities: c
                .self_qualities
                .iter()
                .map(|q| q.code().into_owned())
                .collect(),
            person_id: c.person_id.map(|p| p.0),
            note: c.note.as_str().to_owned(),
            rupture_id: c.rupture_id.map(|r| r.0),
            created_at: created(s),
            updated_at: updated(s),
        }
    }
}

impl TryFrom<&CheckInRec> for Imported<CheckIn> {
    type Error = Reason;

    fn try_from(c: &CheckInRec) -> Result<Self, Reason> {
        let qualities = c
            .self_qualities
            .iter()
            .map(|q| {
                SelfQuality::from_label(q)
                    .map(Kept::Known)
                    .ok_or_else(|| format!("\"{q}\" is not one of the eight qualities of Self"))
            })
            .collect::<Result<_, _>>()?;
        Ok(Imported {
            record: CheckIn {
                id: CheckInId(c.id),
                at: c.at,
                part_id: PartId(c.part_id),
                intensity: level(c.intensity, "intensity")?,
                age: opt_known::<AgeBand>(&c.age_band, "its age band")?.map(Kept::Known),
                fears: short_list(&c.fears, "fears")?,
                body: short_list(&c.body, "places in the body")?,
                self_level: level(c.self_level, "Self level")?,
                self_qualities: qualities,
                person_id: c.person_id.map(PersonId),
                note: note(&c.note, checkin::NOTE_WHAT)?,
                rupture_id: c.rupture_id.map(RuptureId),
            },
            stamps: stamps(&c.created_at, &c.updated_at),
        })
    }
}

impl From<(&Pause, &Stamps)> for PauseRec {
    fn from((p, s): (&Pause, &Stamps)) -> Self {
        PauseRec {
            id: p.id().0,
            started_at: p.started_at(),
            planned_end: p.planned_end(),
            ended_at: p.ended().map(|(at, _)| at),
            outcome: p.ended().map(|(_, end)| end.code().to_owned()),
            rupture_id: p.rupture_id.map(|r| r.0),
            created_at: created(s),
            updated_at: updated(s),
        }
    }
}

impl TryFrom<&PauseRec> for Imported<Pause> {
    type Error = Reason;

    fn try_from(p: &PauseRec) -> Result<Self, Reason> {
        if p.planned_end < p.started_at {
            return Err("it ends before it starts".to_owned());
        }
        let end = opt_known::<PauseEnd>(&p.outcome, "its ending")?;
        let ended = match (p.ended_at, end) {
            (Some(at), Some(end)) => Some((at, end)),
            (None, None) => None,
            _ => {
                return Err(
                    "it has an end time without an ending, or the other way round".to_owned(),
                );
            }
        };
        Ok(Imported {
            record: Pause::restore(
                PauseId(p.id),
                p.started_at,
                p.planned_end,
                ended,
                p.rupture_id.map(RuptureId),
            ),
            stamps: stamps(&p.created_at, &p.updated_at),
        })
    }
}

impl From<(&Repair, &Stamps)> for RepairRec {
    fn from((r, s): (&Repair, &Stamps)) -> Self {
        let n = &r.notes;
        RepairRec {
            id: r.id.0,
            rupture_id: r.rupture_id.0,
            started_at: r.started_at,
            stage: r.stage.code().into_owned(),
            notes: StepNotesRec {
                notice: n.notice.as_str().to_owned(),
                find_self: n.find_self.as_str().to_owned(),
                listen: n.listen.as_str().to_owned(),
                acknowledge: n.acknowledge.as_str().to_owned(),
                respond: n.respond.as_str().to_owned(),
            },
            intention: r.intention.as_str().to_owned(),
            phrases: r.phrases.clone(),
            outcome: r.outcome.map(|o| o.code().to_owned()),
            felt: r.felt.as_str().to_owned(),
            completed_at: r.completed_at,
            time_to_repair_ms: r.time_to_repair.map(|d| d.num_milliseconds()),
            created_at: created(s),
            updated_at: updated(s),
        }
    }
}

impl TryFrom<&RepairRec> for Imported<Repair> {
    type Error = Reason;

    fn try_from(r: &RepairRec) -> Result<Self, Reason> {
        let stage = known::<RepairStage>(&r.stage, "its step")?;
        let outcome = opt_known::<RepairOutcome>(&r.outcome, "its outcome")?;
        if outcome.is_some() != r.completed_at.is_some() {
            return Err(
                "it has an outcome without a finish time, or the other way round".to_owned(),
            );
        }
        if r.time_to_repair_ms.is_some_and(|t| t < 0) {
            return Err("its time to repair is negative".to_owned());
        }
        if r.phrases.len() > MAX_LIST {
            return Err(format!("it lists more than {MAX_LIST} phrases"));
        }
        let phrases = r
            .phrases
            .iter()
            .map(|p| required(p, "a phrase").map(Note::into_string))
            .collect::<Result<_, _>>()?;
        let step = |text: &str| note(text, NOTE_WHAT);
        Ok(Imported {
            record: Repair {
                id: RepairId(r.id),
                rupture_id: RuptureId(r.rupture_id),
                started_at: r.started_at,
                stage: Kept::Known(stage),
                notes: StepNotes {
                    notice: step(&r.notes.notice)?,
                    find_self: step(&r.notes.find_self)?,
                    listen: step(&r.notes.listen)?,
                    acknowledge: step(&r.notes.acknowledge)?,
                    respond: step(&r.notes.respond)?,
                },
                intention: note(&r.intention, INTENTION_WHAT)?,
                phrases,
                outcome,
                felt: note(&r.felt, FELT_WHAT)?,
                completed_at: r.completed_at,
                time_to_repair: r.time_to_repair_ms.map(chrono::TimeDelta::milliseconds),
            },
            stamps: stamps(&r.created_at, &r.updated_at),
        })
    }
}

// Reflections, phrases, practice.

impl From<(&Reflection, &Stamps)> for ReflectionRec {
    fn from((r, s): (&Reflection, &Stamps)) -> Self {
        ReflectionRec {
            id: r.id.0,
            day: r.day.code().into_owned(),
            prompt_id: r.prompt_id.clone(),
            prompt: r.prompt.clone(),
            answer: r.answer.clone(),
            self_level: r.self_level.map(Level::get),
            at: r.at,
            created_at: created(s),
            updated_at: updated(s),
        }
    }
}

impl TryFrom<&ReflectionRec> for Imported<Reflection> {
    type Error = Reason;

    fn try_from(r: &ReflectionRec) -> Result<Self, Reason> {
        let day = NaiveDate::from_code(&r.day)
            .ok_or_else(|| format!("its day (\"{}\") is not a date Mend can read", r.day))?;
        if !(1..=9999).contains(&day.year()) {
            return Err(format!("its day ({day}) is not one Mend can keep"));
        }
        Ok(Imported {
            record: Reflection {
                id: ReflectionId(r.id),
                day: Kept::Known(day),
                prompt_id: code(&r.prompt_id, "prompt")?,
                prompt: required(&r.prompt, "the prompt")?.into_string(),
                answer: required(&r.answer, "your answer")?.into_string(),
                self_level: level(r.self_level, "Self level")?,
                at: r.at,
            },
            stamps: stamps(&r.created_at, &r.updated_at),
        })
    }
}

impl From<(&OwnPhrase, &Stamps)> for OwnPhraseRec {
    fn from((p, s): (&OwnPhrase, &Stamps)) -> Self {
        OwnPhraseRec {
            id: p.id.0,
            text: p.text.clone(),
            step: p.step.code().to_owned(),
            audience: p.audience.code().to_owned(),
            why: p.why.clone(),
            favourite: p.favourite,
            created_at: created(s),
            updated_at: updated(s),
        }
    }
}

impl TryFrom<&OwnPhraseRec> for Imported<OwnPhrase> {
    type Error = Reason;

    fn try_from(p: &OwnPhraseRec) -> Result<Self, Reason> {
        let audience = Audience::from_code(&p.audience)
            .ok_or_else(|| format!("who it is for (\"{}\") is not one Mend knows", p.audience))?;
        Ok(Imported {
            record: OwnPhrase {
                id: PhraseId(p.id),
                text: required(&p.text, TEXT_WHAT)?.into_string(),
                step: known::<PhraseStep>(&p.step, "its step")?,
                audience,
                why: note(&p.why, WHY_WHAT)?.into_string(),
                favourite: p.favourite,
            },
            stamps: stamps(&p.created_at, &p.updated_at),
        })
    }
}

impl From<(&PracticeSession, &Stamps)> for PracticeSessionRec {
    fn from((p, s): (&PracticeSession, &Stamps)) -> Self {
        PracticeSessionRec {
            id: p.id.0,
            at: p.at,
            cards: p
                .cards
                .iter()
                .map(|c| PracticeCardRec {
                    situation_id: c.situation_id.clone(),
                    situation: c.situation.clone(),
                    response: c.response.clone(),
                    chosen: c.chosen.map(|n| n as u32),
                    met: c.met.clone(),
                    at: c.at,
                })
                .collect(),
            created_at: created(s),
            updated_at: updated(s),
        }
    }
}

fn card(c: &PracticeCardRec) -> Result<PracticeCard, Reason> {
    if c.met.len() > MAX_LIST {
        return Err(format!("it lists more than {MAX_LIST} checks met"));
    }
    if let Some(m) = c
        .met
        .iter()
        .find(|m| !STRENGTHS.iter().any(|(code, _)| code == m))
    {
        return Err(format!("\"{m}\" is not one of the checks Mend knows"));
    }
    Ok(PracticeCard {
        situation_id: code(&c.situation_id, "situation")?,
        situation: required(&c.situation, "the situation")?.into_string(),
        response: required(&c.response, "your response")?.into_string(),
        chosen: c.chosen.map(|n| n as usize),
        met: c.met.clone(),
        at: c.at,
    })
}

impl TryFrom<&PracticeSessionRec> for Imported<PracticeSession> {
    type Error = Reason;

    fn try_from(s: &PracticeSessionRec) -> Result<Self, Reason> {
        if s.cards.is_empty() {
            return Err("it has no cards".to_owned());
        }
        let cards = s
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| card(c).map_err(|reason| format!("its card {}: {reason}", i + 1)))
            .collect::<Result<_, _>>()?;
        Ok(Imported {
            record: PracticeSession {
                id: PracticeId(s.id),
                at: s.at,
                cards,
            },
            stamps: stamps(&s.created_at, &s.updated_at),
        })
    }
}

/// The UUID of a record's id, for the importer's map of what it accepted.
pub trait Keyed {
    fn key(&self) -> Uuid;
}

macro_rules! keyed {
    ($($t:ty => |$r:ident| $e:expr),* $(,)?) => {$(
        impl Keyed for $t {
            fn key(&self) -> Uuid {
                let $r = self;
                $e
            }
        }
    )*};
}

keyed!(
    PartRow => |r| r.id.0,
    PersonRow => |r| r.id.0,
    Rupture => |r| r.id.0,
    CheckIn => |r| r.id.0,
    Pause => |r| r.id().0,
    Repair => |r| r.id.0,
    Reflection => |r| r.id.0,
    OwnPhrase => |r| r.id.0,
    PracticeSession => |r| r.id.0,
);
