//! Reading everything out: a consistent snapshot of every record, written as JSON or CSV.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{Connection, Row};
use tracing::instrument;
use uuid::Uuid;

use super::format::{
    CheckInRec, DAY, ExportFile, FORMAT, FORMAT_VERSION, OwnPhraseRec, PartRec, PauseRec,
    PersonRec, PracticeCardRec, PracticeSessionRec, ReflectionRec, RepairRec, RuptureRec, Stamp,
    StepNotesRec,
};
use crate::domain::content::library;
use crate::domain::time::{from_parts, offset_s};
use crate::store::{Result, Store, files, json_list};

/// Every record that is not deleted, read in one transaction.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snapshot {
    pub parts: Vec<PartRec>,
    pub people: Vec<PersonRec>,
    pub ruptures: Vec<RuptureRec>,
    pub checkins: Vec<CheckInRec>,
    pub pauses: Vec<PauseRec>,
    pub repairs: Vec<RepairRec>,
    pub reflections: Vec<ReflectionRec>,
    pub own_phrases: Vec<OwnPhraseRec>,
    /// The ids of our phrases kept as favourites, in order.
    pub favourite_phrases: Vec<String>,
    /// Each with its cards.
    pub practice_sessions: Vec<PracticeSessionRec>,
}

impl Snapshot {
    /// How many records, of every kind together (a favourite counts as one, a practice
    /// session with its cards as one).
    pub fn len(&self) -> usize {
        self.parts.len()
            + self.people.len()
            + self.ruptures.len()
            + self.checkins.len()
            + self.pauses.len()
            + self.repairs.len()
            + self.reflections.len()
            + self.own_phrases.len()
            + self.favourite_phrases.len()
            + self.practice_sessions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The export file for this snapshot.
    pub fn to_file(&self, exported_at: Stamp) -> ExportFile {
        fn values<T: serde::Serialize>(v: &[T]) -> Vec<serde_json::Value> {
            v.iter()
                .map(|r| serde_json::to_value(r).unwrap_or(serde_json::Value::Null))
                .collect()
        }
        ExportFile {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            exported_at,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            parts: values(&self.parts),
            people: values(&self.people),
            ruptures: values(&self.ruptures),
            checkins: values(&self.checkins),
            pauses: values(&self.pauses),
            repairs: values(&self.repairs),
            reflections: values(&self.reflections),
            own_phrases: values(&self.own_phrases),
            favourite_phrases: values(&self.favourite_phrases),
            practice_sessions: values(&self.practice_sessions),
        }
    }
}

/// A stamp from UTC milliseconds with no offset kept.
fn utc(ms: i64) -> Stamp {
    from_parts(ms, 0)
}

fn uuid(r: &Row<'_>, i: usize) -> rusqlite::Result<Uuid> {
    let text: String = r.get(i)?;
    Uuid::parse_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn opt_uuid(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<Uuid>> {
    let text: Option<String> = r.get(i)?;
    text.map(|t| {
        Uuid::parse_str(&t).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

fn all<T>(
    conn: &Connection,
    sql: &str,
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], map)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Reads every record that is not deleted, consistently (one read transaction).
    #[instrument(skip_all, err)]
    pub fn snapshot(&self) -> Result<Snapshot> {
        let tx = self.conn.unchecked_transaction()?;
        let snapshot = Snapshot {
            parts: all(
                &tx,
                "SELECT id, name, role, age_band, notes, fears, needs, triggers, merged_into,
                        created_at_ms, created_offset_s, updated_at_ms, archived_at_ms
                 FROM parts ORDER BY created_at_ms, rowid",
                |r| {
                    Ok(PartRec {
                        id: uuid(r, 0)?,
                        name: r.get(1)?,
                        role: r.get(2)?,
                        age_band: r.get(3)?,
                        notes: r.get(4)?,
                        fears: r.get(5)?,
                        needs: r.get(6)?,
                        triggers: r.get(7)?,
                        merged_into: opt_uuid(r, 8)?,
                        created_at: from_parts(r.get(9)?, r.get(10)?),
                        updated_at: utc(r.get(11)?),
                        archived_at: r.get::<_, Option<i64>>(12)?.map(utc),
                    })
                },
            )?,
            people: all(
                &tx,
                "SELECT id, name, created_at_ms, created_offset_s, updated_at_ms, archived_at_ms
                 FROM people ORDER BY created_at_ms, rowid",
                |r| {
                    Ok(PersonRec {
                        id: uuid(r, 0)?,
                        name: r.get(1)?,
                        created_at: from_parts(r.get(2)?, r.get(3)?),
                        updated_at: utc(r.get(4)?),
                        archived_at: r.get::<_, Option<i64>>(5)?.map(utc),
                    })
                },
            )?,
            ruptures: all(
                &tx,
                "SELECT id, at_ms, at_offset_s, person_id, what, severity, status, repaired_at_ms,
                        repaired_offset_s, created_at_ms, updated_at_ms
                 FROM ruptures WHERE deleted_at_ms IS NULL ORDER BY at_ms, id",
                |r| {
                    let repaired: Option<i64> = r.get(7)?;
                    let repaired_off: Option<i32> = r.get(8)?;
                    Ok(RuptureRec {
                        id: uuid(r, 0)?,
                        at: from_parts(r.get(1)?, r.get(2)?),
                        person_id: opt_uuid(r, 3)?,
                        what: r.get(4)?,
                        severity: r.get(5)?,
                        status: r.get(6)?,
                        repaired_at: repaired.map(|ms| from_parts(ms, repaired_off.unwrap_or(0))),
                        created_at: utc(r.get(9)?),
                        updated_at: utc(r.get(10)?),
                    })
                },
            )?,
            checkins: all(
                &tx,
                "SELECT id, at_ms, at_offset_s, part_id, intensity, age_band, fears, body,
                        self_level, self_qualities, person_id, note, rupture_id, created_at_ms,
                        updated_at_ms
                 FROM checkins WHERE deleted_at_ms IS NULL ORDER BY at_ms, id",
                |r| {
                    Ok(CheckInRec {
                        id: uuid(r, 0)?,
                        at: from_parts(r.get(1)?, r.get(2)?),
                        part_id: uuid(r, 3)?,
                        intensity: r.get(4)?,
                        age_band: r.get(5)?,
                        fears: json_list(&r.get::<_, String>(6)?),
                        body: json_list(&r.get::<_, String>(7)?),
                        self_level: r.get(8)?,
                        self_qualities: json_list(&r.get::<_, String>(9)?),
                        person_id: opt_uuid(r, 10)?,
                        note: r.get(11)?,
                        rupture_id: opt_uuid(r, 12)?,
                        created_at: utc(r.get(13)?),
                        updated_at: utc(r.get(14)?),
                    })
                },
            )?,
            pauses: all(
                &tx,
                "SELECT id, started_at_ms, started_offset_s, planned_end_ms, ended_at_ms,
                        ended_offset_s, outcome, rupture_id, created_at_ms, updated_at_ms
                 FROM pauses WHERE deleted_at_ms IS NULL ORDER BY started_at_ms, id",
                |r| {
                    let offset: i32 = r.get(2)?;
                    let ended: Option<i64> = r.get(4)?;
                    let ended_off: Option<i32> = r.get(5)?;
                    Ok(PauseRec {
                        id: uuid(r, 0)?,
                        started_at: from_parts(r.get(1)?, offset),
                        planned_end: from_parts(r.get(3)?, offset),
                        ended_at: ended.map(|ms| from_parts(ms, ended_off.unwrap_or(offset))),
                        outcome: r.get(6)?,
                        rupture_id: opt_uuid(r, 7)?,
                        created_at: utc(r.get(8)?),
                        updated_at: utc(r.get(9)?),
                    })
                },
            )?,
            repairs: all(
                &tx,
                "SELECT r.id, r.rupture_id, r.started_at_ms, r.started_offset_s, r.stage,
                        r.notice_note, r.find_self_note, r.listen_note, r.acknowledge_note,
                        r.respond_note, r.intention, r.phrases, r.outcome, r.felt,
                        r.completed_at_ms, r.completed_offset_s, r.time_to_repair_ms,
                        r.created_at_ms, r.updated_at_ms
                 FROM repairs r JOIN ruptures u ON u.id = r.rupture_id
                 WHERE r.deleted_at_ms IS NULL AND u.deleted_at_ms IS NULL
                 ORDER BY r.started_at_ms, r.id",
                |r| {
                    let completed: Option<i64> = r.get(14)?;
                    let completed_off: Option<i32> = r.get(15)?;
                    Ok(RepairRec {
                        id: uuid(r, 0)?,
                        rupture_id: uuid(r, 1)?,
                        started_at: from_parts(r.get(2)?, r.get(3)?),
                        stage: r.get(4)?,
                        notes: StepNotesRec {
                            notice: r.get(5)?,
                            find_self: r.get(6)?,
                            listen: r.get(7)?,
                            acknowledge: r.get(8)?,
                            respond: r.get(9)?,
                        },
                        intention: r.get(10)?,
                        phrases: json_list(&r.get::<_, String>(11)?),
                        outcome: r.get(12)?,
                        felt: r.get(13)?,
                        completed_at: completed
                            .map(|ms| from_parts(ms, completed_off.unwrap_or(0))),
                        time_to_repair_ms: r.get(16)?,
                        created_at: utc(r.get(17)?),
                        updated_at: utc(r.get(18)?),
                    })
                },
            )?,
            reflections: all(
                &tx,
                "SELECT id, day, prompt_id, prompt, answer, self_level, at_ms, at_offset_s,
                        created_at_ms, updated_at_ms
                 FROM reflections WHERE deleted_at_ms IS NULL ORDER BY day, id",
                |r| {
                    Ok(ReflectionRec {
                        id: uuid(r, 0)?,
                        day: day(r, 1)?,
                        prompt_id: r.get(2)?,
                        prompt: r.get(3)?,
                        answer: r.get(4)?,
                        self_level: r.get(5)?,
                        at: from_parts(r.get(6)?, r.get(7)?),
                        created_at: utc(r.get(8)?),
                        updated_at: utc(r.get(9)?),
                    })
                },
            )?,
            own_phrases: all(
                &tx,
                "SELECT id, text, step, audience, why, favourite, created_at_ms, created_offset_s,
                        updated_at_ms
                 FROM own_phrases WHERE deleted_at_ms IS NULL ORDER BY created_at_ms, id",
                |r| {
                    Ok(OwnPhraseRec {
                        id: uuid(r, 0)?,
                        text: r.get(1)?,
                        step: r.get(2)?,
                        audience: r.get(3)?,
                        why: r.get(4)?,
                        favourite: r.get(5)?,
                        created_at: from_parts(r.get(6)?, r.get(7)?),
                        updated_at: utc(r.get(8)?),
                    })
                },
            )?,
            favourite_phrases: all(
                &tx,
                "SELECT phrase_id FROM phrase_favourites ORDER BY phrase_id",
                |r| r.get(0),
            )?,
            practice_sessions: practice_sessions(&tx)?,
        };
        tx.finish()?;
        Ok(snapshot)
    }
}

/// A day kept as `YYYY-MM-DD` text.
fn day(r: &Row<'_>, i: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = r.get(i)?;
    NaiveDate::parse_from_str(&text, DAY).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// The practice sessions that are not deleted, oldest first, each with its cards in order.
/// A card's time carries its session's offset.
fn practice_sessions(conn: &Connection) -> Result<Vec<PracticeSessionRec>> {
    let mut sessions = all(
        conn,
        "SELECT id, at_ms, at_offset_s, created_at_ms, updated_at_ms
         FROM practice_sessions WHERE deleted_at_ms IS NULL ORDER BY at_ms, id",
        |r| {
            Ok(PracticeSessionRec {
                id: uuid(r, 0)?,
                at: from_parts(r.get(1)?, r.get(2)?),
                cards: Vec::new(),
                created_at: utc(r.get(3)?),
                updated_at: utc(r.get(4)?),
            })
        },
    )?;
    let mut stmt = conn.prepare(
        "SELECT situation_id, situation, response, chosen, met, at_ms FROM practice_cards
         WHERE session_id = ?1 ORDER BY position",
    )?;
    for session in &mut sessions {
        let offset = offset_s(&session.at);
        let cards = stmt.query_map([session.id.hyphenated().to_string()], |r| {
            let met: String = r.get(4)?;
            Ok(PracticeCardRec {
                situation_id: r.get(0)?,
                situation: r.get(1)?,
                response: r.get(2)?,
                chosen: r.get(3)?,
                met: met
                    .split(',')
                    .filter(|m| !m.is_empty())
                    .map(str::to_owned)
                    .collect(),
                at: from_parts(r.get(5)?, offset),
            })
        })?;
        session.cards = cards.collect::<rusqlite::Result<_>>()?;
    }
    Ok(sessions)
}

/// Writes the snapshot as one JSON file.
pub fn write_json(snapshot: &Snapshot, exported_at: Stamp, path: &Path) -> std::io::Result<()> {
    let file = snapshot.to_file(exported_at);
    let mut bytes = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    files::write_atomically(path, &bytes)
}

/// Writes one CSV file per record type into `dir` (created if needed), with names beside
/// ids for spreadsheets. Returns the files written.
pub fn write_csv(snapshot: &Snapshot, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    files::create_dir_all(dir)?;
    let part_name = |id: &Uuid| {
        snapshot
            .parts
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let person_name = |id: &Option<Uuid>| {
        id.and_then(|id| snapshot.people.iter().find(|p| p.id == id))
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let stamp = |s: &Stamp| s.to_rfc3339();
    let opt_stamp = |s: &Option<Stamp>| s.as_ref().map(Stamp::to_rfc3339).unwrap_or_default();
    let opt = |u: &Option<Uuid>| u.map(|u| u.to_string()).unwrap_or_default();
    let num = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
    let list = |l: &[String]| l.join("; ");
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();

    let mut written = Vec::new();
    let mut table = |name: &str, header: &[&str], rows: Vec<Vec<String>>| -> std::io::Result<()> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(header).map_err(std::io::Error::other)?;
        for row in rows {
            w.write_record(&row).map_err(std::io::Error::other)?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let path = dir.join(name);
        files::write_atomically(&path, &bytes)?;
        written.push(path);
        Ok(())
    };
    table(
        "parts.csv",
        &[
            "id",
            "name",
            "role",
            "age_band",
            "fears",
            "needs",
            "triggers",
            "notes",
            "created_at",
            "updated_at",
            "archived_at",
            "merged_into",
            "merged_into_name",
        ],
        snapshot
            .parts
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.name.clone(),
                    p.role.clone().unwrap_or_default(),
                    p.age_band.clone().unwrap_or_default(),
                    p.fears.clone(),
                    p.needs.clone(),
                    p.triggers.clone(),
                    p.notes.clone(),
                    stamp(&p.created_at),
                    stamp(&p.updated_at),
                    opt_stamp(&p.archived_at),
                    opt(&p.merged_into),
                    p.merged_into.as_ref().map(part_name).unwrap_or_default(),
                ]
            })
            .collect(),
    )?;
    table(
        "people.csv",
        &["id", "name", "created_at", "updated_at", "archived_at"],
        snapshot
            .people
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.name.clone(),
                    stamp(&p.created_at),
                    stamp(&p.updated_at),
                    opt_stamp(&p.archived_at),
                ]
            })
            .collect(),
    )?;
    table(
        "ruptures.csv",
        &[
            "id",
            "at",
            "person_id",
            "person",
            "what",
            "severity",
            "status",
            "repaired_at",
            "created_at",
            "updated_at",
        ],
        snapshot
            .ruptures
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    stamp(&r.at),
                    opt(&r.person_id),
                    person_name(&r.person_id),
                    r.what.clone(),
                    r.severity.to_string(),
                    r.status.clone(),
                    opt_stamp(&r.repaired_at),
                    stamp(&r.created_at),
                    stamp(&r.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "checkins.csv",
        &[
            "id",
            "at",
            "part_id",
            "part",
            "intensity",
            "age_band",
            "fears",
            "body",
            "self_level",
            "self_qualities",
            "person_id",
            "person",
            "note",
            "rupture_id",
            "created_at",
            "updated_at",
        ],
        snapshot
            .checkins
            .iter()
            .map(|c| {
                vec![
                    c.id.to_string(),
                    stamp(&c.at),
                    c.part_id.to_string(),
                    part_name(&c.part_id),
                    num(c.intensity),
                    c.age_band.clone().unwrap_or_default(),
                    list(&c.fears),
                    list(&c.body),
                    num(c.self_level),
                    list(&c.self_qualities),
                    opt(&c.person_id),
                    person_name(&c.person_id),
                    c.note.clone(),
                    opt(&c.rupture_id),
                    stamp(&c.created_at),
                    stamp(&c.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "pauses.csv",
        &[
            "id",
            "started_at",
            "planned_end",
            "planned_minutes",
            "ended_at",
            "outcome",
            "rupture_id",
            "created_at",
            "updated_at",
        ],
        snapshot
            .pauses
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    stamp(&p.started_at),
                    stamp(&p.planned_end),
                    ((p.planned_end - p.started_at).num_seconds() / 60).to_string(),
                    opt_stamp(&p.ended_at),
                    p.outcome.clone().unwrap_or_default(),
                    opt(&p.rupture_id),
                    stamp(&p.created_at),
                    stamp(&p.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "repairs.csv",
        &[
            "id",
            "rupture_id",
            "started_at",
            "stage",
            "notice",
            "find_self",
            "listen",
            "acknowledge",
            "respond",
            "intention",
            "phrases",
            "outcome",
            "felt",
            "completed_at",
            "time_to_repair_minutes",
            "created_at",
            "updated_at",
        ],
        snapshot
            .repairs
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    r.rupture_id.to_string(),
                    stamp(&r.started_at),
                    r.stage.clone(),
                    r.notes.notice.clone(),
                    r.notes.find_self.clone(),
                    r.notes.listen.clone(),
                    r.notes.acknowledge.clone(),
                    r.notes.respond.clone(),
                    r.intention.clone(),
                    list(&r.phrases),
                    r.outcome.clone().unwrap_or_default(),
                    r.felt.clone(),
                    opt_stamp(&r.completed_at),
                    r.time_to_repair_ms
                        .map(|ms| (ms / 60_000).to_string())
                        .unwrap_or_default(),
                    stamp(&r.created_at),
                    stamp(&r.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "reflections.csv",
        &[
            "id",
            "day",
            "prompt_id",
            "prompt",
            "answer",
            "self_level",
            "at",
            "created_at",
            "updated_at",
        ],
        snapshot
            .reflections
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    r.day.format(DAY).to_string(),
                    r.prompt_id.clone(),
                    r.prompt.clone(),
                    r.answer.clone(),
                    num(r.self_level),
                    stamp(&r.at),
                    stamp(&r.created_at),
                    stamp(&r.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "phrases.csv",
        &[
            "id",
            "text",
            "step",
            "audience",
            "why",
            "favourite",
            "created_at",
            "updated_at",
        ],
        snapshot
            .own_phrases
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.text.clone(),
                    p.step.clone(),
                    p.audience.clone(),
                    p.why.clone(),
                    yes_no(p.favourite),
                    stamp(&p.created_at),
                    stamp(&p.updated_at),
                ]
            })
            .collect(),
    )?;
    table(
        "favourite_phrases.csv",
        &["phrase_id", "step", "audience", "text"],
        snapshot
            .favourite_phrases
            .iter()
            .map(|id| match library().phrase(id) {
                Some(ours) => vec![
                    id.clone(),
                    ours.step.code().to_owned(),
                    ours.audience.code().to_owned(),
                    ours.text.clone(),
                ],
                None => vec![id.clone(), String::new(), String::new(), String::new()],
            })
            .collect(),
    )?;
    table(
        "practice_cards.csv",
        &[
            "session_id",
            "session_at",
            "position",
            "situation_id",
            "situation",
            "response",
            "chosen",
            "met",
            "at",
        ],
        snapshot
            .practice_sessions
            .iter()
            .flat_map(|s| {
                s.cards.iter().enumerate().map(move |(position, c)| {
                    vec![
                        s.id.to_string(),
                        stamp(&s.at),
                        position.to_string(),
                        c.situation_id.clone(),
                        c.situation.clone(),
                        c.response.clone(),
                        c.chosen.map(|n| n.to_string()).unwrap_or_default(),
                        list(&c.met),
                        stamp(&c.at),
                    ]
                })
            })
            .collect(),
    )?;
    Ok(written)
}
