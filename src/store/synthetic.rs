//! A realistic synthetic history for benchmarks and scale tests: years of check-ins, pauses,
//! ruptures and repairs across parts and people, reflections on about a third of the days,
//! practice sessions, own phrases and favourites, the same every time for the same seed. It
//! writes through SQL in one transaction (and so through the search triggers), since a
//! hundred thousand separate durable commits would take minutes.

use chrono::TimeDelta;
use rusqlite::params;

use super::row::{self, OnConflict, Stamps};
use super::transfer::Counts;
use super::{Result, Store};
use crate::domain::content::{Audience, PhraseStep, library};
use crate::domain::kept::Kept;
use crate::domain::practice::STRENGTHS;
use crate::domain::time::from_parts;
use crate::domain::time::offset_s;
use crate::domain::{CheckIn, CheckInId, Level, Moment, Note, PartId, PersonId, RuptureId};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub years: u32,
    pub checkins: usize,
    pub ruptures: usize,
    /// Of the ruptures, how many (per thousand) are repaired.
    pub repaired_per_mille: u32,
    pub pauses: usize,
    /// Days (of every thousand) with a reflection.
    pub reflected_per_mille: u32,
    pub practice_sessions: usize,
    pub own_phrases: usize,
    pub seed: u64,
}

impl Spec {
    /// Ten years, about 100,000 records of every kind together.
    pub const TEN_YEARS: Spec = Spec {
        years: 10,
        checkins: 60_000,
        ruptures: 14_000,
        repaired_per_mille: 800,
        pauses: 15_000,
        reflected_per_mille: 330,
        practice_sessions: 600,
        own_phrases: 40,
        seed: 7,
    };

    /// The same history over `years` years instead of ten, every count in proportion (the
    /// browser test's large export: a few years are tens of MB).
    pub fn over_years(self, years: u32) -> Spec {
        let share = |n: usize| n * years as usize / self.years as usize;
        Spec {
            years,
            checkins: share(self.checkins),
            ruptures: share(self.ruptures),
            pauses: share(self.pauses),
            practice_sessions: share(self.practice_sessions),
            own_phrases: share(self.own_phrases),
            ..self
        }
    }
}

/// A small, fast, seeded generator (SplitMix64); no cryptography needed here.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    fn chance(&mut self, per_mille: u32) -> bool {
        self.below(1000) < u64::from(per_mille)
    }

    fn uuid(&mut self) -> String {
        let bytes = (u128::from(self.next()) << 64) | u128::from(self.next());
        uuid::Builder::from_random_bytes(bytes.to_be_bytes())
            .into_uuid()
            .hyphenated()
            .to_string()
    }
}

const WORDS: [&str; 48] = [
    "tired", "dinner", "phone", "late", "again", "listen", "voice", "quiet", "door", "kids",
    "money", "weekend", "plans", "morning", "work", "tone", "sorry", "heard", "alone", "help",
    "calm", "walk", "breathe", "tea", "car", "rain", "visit", "mother", "dishes", "laundry",
    "bedtime", "homework", "screen", "message", "forgot", "promise", "trust", "tender", "sharp",
    "cold", "warm", "close", "far", "space", "back", "softly", "slowly", "together",
];
const PART_NAMES: [&str; 26] = [
    "The planner",
    "The pleaser",
    "The critic at work",
    "The fixer",
    "Little one",
    "The sulker",
    "The shouter",
    "The runner",
    "The watcher",
    "The judge",
    "The clown",
    "The carer",
    "Eight-year-old me",
    "The teenager",
    "The wall",
    "The storm",
    "The hider",
    "The achiever",
    "The worrier at night",
    "The scroller",
    "The snacker",
    "The rescuer",
    "The lawyer",
    "The ghost",
    "The hedgehog",
    "The volcano",
];
const PEOPLE: [&str; 12] = [
    "Sam", "Alex", "Noa", "Mum", "Dad", "Mia", "Leo", "Priya", "Jonas", "Aisha", "Tom", "Élodie",
];
const FEARS: [&str; 8] = [
    "being left",
    "being blamed",
    "not mattering",
    "being controlled",
    "losing them",
    "getting it wrong",
    "being hurt",
    "being alone",
];
const BODY: [&str; 8] = [
    "chest",
    "throat",
    "stomach",
    "jaw",
    "shoulders",
    "head",
    "hands",
    "whole body",
];
const AGES: [&str; 6] = ["under_5", "5_8", "9_12", "teen", "adult", "not_sure"];
const PLACES: [&str; 5] = ["home", "car", "phone", "out", "other"];
const OUTCOMES: [&str; 3] = ["reconnected", "partly", "not_yet"];
const PAUSE_ENDS: [&str; 3] = ["completed", "ended_early", "cancelled"];

fn sentence(d: &mut Dice, min: u64, max: u64) -> String {
    let n = min + d.below(max - min + 1);
    (0..n).map(|_| d.pick(&WORDS)).collect::<Vec<_>>().join(" ")
}

fn json_list(d: &mut Dice, from: &[&str], max: u64) -> String {
    let n = d.below(max + 1);
    let mut items: Vec<&str> = Vec::new();
    for _ in 0..n {
        let item = d.pick(from);
        if !items.contains(&item) {
            items.push(item);
        }
    }
    serde_json::to_string(&items).unwrap_or_else(|_| "[]".to_owned())
}

impl Store {
    /// Fills the store with a synthetic history ending at `end`. Returns what was made.
    pub fn generate(&mut self, spec: Spec, end: &Moment) -> Result<Counts> {
        let mut d = Dice(spec.seed);
        let span_ms = i64::from(spec.years) * 365 * 24 * 3600 * 1000;
        let end_ms = end.timestamp_millis();
        let start_ms = end_ms - span_ms;
        let off = offset_s(end);
        let mut counts = Counts::default();
        let tx = self.conn.transaction()?;
        {
            let mut parts: Vec<String> = tx
                .prepare("SELECT id FROM parts")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut add_part = tx.prepare(
                "INSERT INTO parts (id, name, created_at_ms, created_offset_s, updated_at_ms, archived_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?3, ?5)",
            )?;
            for (i, name) in PART_NAMES.iter().enumerate() {
                let id = d.uuid();
                let at = start_ms + d.below(span_ms as u64 / 2) as i64;
                let archived = (i % 3 == 2).then_some(at + 86_400_000);
                add_part.execute(params![id, name, at, off, archived])?;
                parts.push(id);
                counts.parts += 1;
            }
            let mut people = Vec::new();
            let mut add_person = tx.prepare(
                "INSERT INTO people (id, name, created_at_ms, created_offset_s, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?3)",
            )?;
            for name in PEOPLE {
                let id = d.uuid();
                add_person.execute(params![id, name, start_ms, off])?;
                people.push(id);
                counts.people += 1;
            }

            let mut ruptures: Vec<(String, i64)> = Vec::with_capacity(spec.ruptures);
            let mut add_rupture = tx.prepare(
                "INSERT INTO ruptures (id, at_ms, at_offset_s, person_id, what, severity, status,
                     repaired_at_ms, repaired_offset_s, created_at_ms, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?3, ?2, ?2)",
            )?;
            let mut add_repair = tx.prepare(
                "INSERT INTO repairs (id, rupture_id, started_at_ms, started_offset_s, stage,
                     notice_note, listen_note, acknowledge_note, intention, phrases, outcome,
                     felt, completed_at_ms, completed_offset_s, time_to_repair_ms,
                     created_at_ms, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, 'outcome', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?4, ?13, ?3, ?12)",
            )?;
            for _ in 0..spec.ruptures {
                let id = d.uuid();
                let at = start_ms + d.below(span_ms as u64) as i64;
                let repaired = d.chance(spec.repaired_per_mille);
                let after = TimeDelta::minutes(20 + d.below(60 * 48) as i64).num_milliseconds();
                let outcome = if repaired {
                    d.pick(&OUTCOMES[..2])
                } else {
                    "not_yet"
                };
                let status = if repaired {
                    "repaired"
                } else if d.chance(300) {
                    "let_go"
                } else {
                    "open"
                };
                let person = &people[d.below(people.len() as u64) as usize];
                add_rupture.execute(params![
                    id,
                    at,
                    off,
                    person,
                    sentence(&mut d, 4, 16),
                    1 + d.below(5) as i64,
                    status,
                    repaired.then_some(at + after),
                ])?;
                counts.ruptures += 1;
                if repaired || d.chance(200) {
                    let started = at + after / 2;
                    let done = at + after;
                    add_repair.execute(params![
                        d.uuid(),
                        id,
                        started,
                        off,
                        sentence(&mut d, 3, 20),
                        sentence(&mut d, 3, 20),
                        sentence(&mut d, 3, 20),
                        sentence(&mut d, 3, 12),
                        json_list(&mut d, &WORDS, 3),
                        outcome,
                        sentence(&mut d, 0, 8),
                        done,
                        repaired.then_some(after),
                    ])?;
                    counts.repairs += 1;
                }
                ruptures.push((id, at));
            }

            // Check-ins are written through their declaration, so a field added to them is
            // one this history fills (or the build fails here).
            let id_of = |text: &str| uuid::Uuid::parse_str(text).unwrap_or_default();
            let list = |d: &mut Dice, from: &[&str]| -> Vec<String> {
                serde_json::from_str(&json_list(d, from, 2)).unwrap_or_default()
            };
            for _ in 0..spec.checkins {
                let at = start_ms + d.below(span_ms as u64) as i64;
                let rupture = d.chance(250).then(|| {
                    ruptures[d.below(ruptures.len().max(1) as u64) as usize]
                        .0
                        .clone()
                });
                let part = &parts[d.below(parts.len() as u64) as usize];
                let person = d
                    .chance(600)
                    .then(|| people[d.below(people.len() as u64) as usize].clone());
                let when = from_parts(at, off);
                let checkin = CheckIn {
                    id: CheckInId(id_of(&d.uuid())),
                    at: when,
                    part_id: PartId(id_of(part)),
                    intensity: d
                        .chance(800)
                        .then(|| Level::new(d.below(11) as u8))
                        .flatten(),
                    age: d.chance(500).then(|| Kept::read(d.pick(&AGES))),
                    fears: list(&mut d, &FEARS),
                    body: list(&mut d, &BODY),
                    self_level: d
                        .chance(700)
                        .then(|| Level::new(d.below(11) as u8))
                        .flatten(),
                    self_qualities: Vec::new(),
                    person_id: person.as_deref().map(|p| PersonId(id_of(p))),
                    note: Note::kept(if d.chance(600) {
                        sentence(&mut d, 2, 30)
                    } else {
                        String::new()
                    }),
                    rupture_id: rupture.as_deref().map(|r| RuptureId(id_of(r))),
                    place: d.chance(400).then(|| Kept::read(d.pick(&PLACES))),
                };
                row::upsert(&tx, &checkin, &Stamps::now(&when), OnConflict::New)?;
                counts.checkins += 1;
            }

            let mut add_pause = tx.prepare(
                "INSERT INTO pauses (id, started_at_ms, started_offset_s, planned_end_ms,
                     ended_at_ms, ended_offset_s, outcome, rupture_id, created_at_ms, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?3, ?6, ?7, ?2, ?5)",
            )?;
            for _ in 0..spec.pauses {
                let at = start_ms + d.below(span_ms as u64) as i64;
                let minutes = [5, 10, 20, 20, 20, 30, 60][d.below(7) as usize];
                let end = at + minutes * 60_000;
                let outcome = d.pick(&PAUSE_ENDS);
                let ended = match outcome {
                    "completed" => end + d.below(300_000) as i64,
                    _ => at + d.below((minutes * 60_000) as u64) as i64,
                };
                let rupture = d.chance(400).then(|| {
                    ruptures[d.below(ruptures.len().max(1) as u64) as usize]
                        .0
                        .clone()
                });
                add_pause.execute(params![d.uuid(), at, off, end, ended, outcome, rupture])?;
                counts.pauses += 1;
            }

            let words = library();
            let mut add_reflection = tx.prepare(
                "INSERT INTO reflections (id, day, prompt_id, prompt, answer, self_level, at_ms,
                     at_offset_s, created_at_ms, updated_at_ms)
                 VALUES (?1, date((?2 / 1000) + ?3, 'unixepoch'), ?4, ?5, ?6, ?7, ?2, ?3, ?2, ?2)",
            )?;
            let day_ms = 24 * 3600 * 1000;
            let mut day = start_ms - start_ms.rem_euclid(day_ms) + 20 * 3600 * 1000;
            while day < end_ms && !words.prompts.is_empty() {
                if d.chance(spec.reflected_per_mille) {
                    let prompt = &words.prompts[d.below(words.prompts.len() as u64) as usize];
                    add_reflection.execute(params![
                        d.uuid(),
                        day + d.below(3 * 3600 * 1000) as i64,
                        off,
                        prompt.id,
                        prompt.text,
                        sentence(&mut d, 3, 40),
                        d.chance(600).then(|| d.below(11) as i64),
                    ])?;
                    counts.reflections += 1;
                }
                day += day_ms;
            }

            let mut add_session = tx.prepare(
                "INSERT INTO practice_sessions (id, at_ms, at_offset_s, created_at_ms, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?2, ?2)",
            )?;
            let mut add_card = tx.prepare(
                "INSERT INTO practice_cards (session_id, position, situation_id, situation,
                     response, chosen, met, at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for _ in 0..spec.practice_sessions {
                if words.situations.is_empty() {
                    break;
                }
                let id = d.uuid();
                let at = start_ms + d.below(span_ms as u64) as i64;
                add_session.execute(params![id, at, off])?;
                for position in 0..1 + d.below(4) as i64 {
                    let s = &words.situations[d.below(words.situations.len() as u64) as usize];
                    let chosen = d
                        .chance(700)
                        .then(|| d.below(s.choices.len() as u64) as usize);
                    let response = match chosen {
                        Some(c) => s.choices[c].clone(),
                        None => sentence(&mut d, 6, 30),
                    };
                    let met: Vec<&str> = STRENGTHS
                        .iter()
                        .filter(|_| d.chance(500))
                        .map(|(code, _)| *code)
                        .collect();
                    add_card.execute(params![
                        id,
                        position,
                        s.id,
                        s.text,
                        response,
                        chosen.map(|c| c as i64),
                        met.join(","),
                        at + position * 60_000,
                    ])?;
                }
                counts.practice_sessions += 1;
            }

            let mut add_phrase = tx.prepare(
                "INSERT INTO own_phrases (id, text, step, audience, why, favourite, created_at_ms,
                     created_offset_s, updated_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7)",
            )?;
            for _ in 0..spec.own_phrases {
                let step = PhraseStep::ALL[d.below(PhraseStep::ALL.len() as u64) as usize];
                let audience = Audience::ALL[d.below(Audience::ALL.len() as u64) as usize];
                add_phrase.execute(params![
                    d.uuid(),
                    sentence(&mut d, 4, 16),
                    step.code(),
                    audience.code(),
                    sentence(&mut d, 0, 10),
                    d.chance(300),
                    start_ms + d.below(span_ms as u64) as i64,
                    off,
                ])?;
                counts.own_phrases += 1;
            }
            let mut add_favourite = tx.prepare(
                "INSERT OR IGNORE INTO phrase_favourites (phrase_id, created_at_ms) VALUES (?1, ?2)",
            )?;
            for phrase in words.phrases.iter().step_by(7) {
                counts.favourite_phrases += add_favourite.execute(params![phrase.id, end_ms])?;
            }
        }
        tx.commit()?;
        Ok(counts)
    }
}
