//! Every field of every kind of record goes into the store and comes out again. Export files
//! are generated with a value in every field (each record valid as the format document
//! describes it), imported into an empty store, and exported again: each record must come
//! back exactly. A column that the row layer, the importer or the export leaves out fails
//! this test for that field, and so does one missing from the kind's CSV file.

use std::collections::HashMap;

use mend::domain::SelfQuality;
use mend::domain::content::{Audience, PhraseStep, library};
use mend::domain::part::PartRole;
use mend::domain::practice::STRENGTHS;
use mend::domain::time::from_parts;
use mend::domain::together::Band;
use mend::domain::{
    AgeBand, PauseEnd, Place, RepairOutcome, RepairStage, RepairStep, RuptureStatus,
};
use mend::store::Store;
use mend::store::transfer::Snapshot;
use mend::store::transfer::format::{
    CheckInRec, ExportFile, HelpLineRec, OwnPhraseRec, PartRec, PauseRec, PersonRec,
    PracticeCardRec, PracticeSessionRec, ReflectionRec, RepairRec, RuptureRec, SharedRec, Stamp,
    StepNotesRec, TalkRec, TogetherRec, TurnRec,
};
use proptest::prelude::*;
use proptest::sample::{Index, select, subsequence};
use tempfile::TempDir;
use uuid::Uuid;

/// Milliseconds in 2020–2030.
const FROM_MS: i64 = 1_577_836_800_000;
const TO_MS: i64 = 1_893_456_000_000;

/// A moment with an offset of whole quarter hours, as clocks have.
fn stamp() -> impl Strategy<Value = Stamp> {
    (FROM_MS..TO_MS, -48i32..=56).prop_map(|(ms, q)| from_parts(ms, q * 900))
}

/// A moment as the store gives back a time it keeps without an offset.
fn utc() -> impl Strategy<Value = Stamp> {
    (FROM_MS..TO_MS).prop_map(|ms| from_parts(ms, 0))
}

/// Words that today's checks keep as they are: no space to trim, any script.
fn words() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zé🔥]{1,8}( [a-zA-Zשָׁ0-9ü]{1,8}){0,3}").unwrap()
}

/// A note: empty, or words over lines.
fn note() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        proptest::collection::vec(words(), 1..3).prop_map(|l| l.join("\n")),
    ]
}

fn code<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
    f: fn(T) -> &'static str,
) -> impl Strategy<Value = String> {
    select(all).prop_map(move |v| f(v).to_owned())
}

fn opt<S: Strategy>(s: S) -> impl Strategy<Value = Option<S::Value>> {
    proptest::option::of(s)
}

fn pick(ids: &[Uuid], i: &Option<Index>) -> Option<Uuid> {
    i.as_ref().filter(|_| !ids.is_empty()).map(|i| *i.get(ids))
}

const ROLES: [PartRole; 4] = PartRole::ALL;
/// Stages a talk can be kept at.
const TALK_STAGES: [&str; 7] = [
    "ready",
    "notice/one/speak",
    "find_self/two/say_back",
    "respond/one/check",
    "intentions",
    "done",
    "stopped",
];

/// One turn of a talk, with words in every field.
fn turn() -> impl Strategy<Value = TurnRec> {
    (
        code(&RepairStep::ALL, RepairStep::code),
        select(&["one", "two"][..]),
        proptest::collection::vec(words(), 0..3),
        (note(), note(), opt(any::<bool>()), note()),
    )
        .prop_map(|(step, who, parts, (said, heard, got_it, added))| TurnRec {
            step,
            who: who.to_owned(),
            parts,
            said,
            heard,
            got_it,
            added,
        })
}
const AGES: [AgeBand; 6] = AgeBand::ALL;

fn part(n: usize) -> impl Strategy<Value = PartRec> {
    (
        (
            opt(code(&ROLES, PartRole::code)),
            opt(code(&AGES, AgeBand::code)),
        ),
        (note(), note(), note(), note()),
        (stamp(), utc(), opt(utc())),
    )
        .prop_map(
            move |(
                (role, age_band),
                (notes, fears, needs, triggers),
                (created_at, updated_at, archived_at),
            )| PartRec {
                id: Uuid::new_v4(),
                // Unique, and never a starter part's name, so nothing is joined by name.
                name: format!("Part {n} of mine"),
                role,
                age_band,
                notes,
                fears,
                needs,
                triggers,
                merged_into: None,
                created_at,
                updated_at,
                archived_at,
            },
        )
}

fn person(n: usize) -> impl Strategy<Value = PersonRec> {
    (stamp(), utc(), opt(utc())).prop_map(move |(created_at, updated_at, archived_at)| PersonRec {
        id: Uuid::new_v4(),
        name: format!("Someone {n}"),
        created_at,
        updated_at,
        archived_at,
    })
}

const STATUSES: [RuptureStatus; 4] = [
    RuptureStatus::Open,
    RuptureStatus::Repairing,
    RuptureStatus::Repaired,
    RuptureStatus::LetGo,
];
const ENDS: [PauseEnd; 3] = [
    PauseEnd::Completed,
    PauseEnd::EndedEarly,
    PauseEnd::Cancelled,
];
const STAGES: [RepairStage; 6] = [
    RepairStage::Step(RepairStep::Notice),
    RepairStage::Step(RepairStep::FindSelf),
    RepairStage::Step(RepairStep::Listen),
    RepairStage::Step(RepairStep::Acknowledge),
    RepairStage::Step(RepairStep::Respond),
    RepairStage::Outcome,
];

/// A whole export file, with a value in every field of every record.
fn file() -> impl Strategy<Value = ExportFile> {
    let parts = (1usize..4).prop_flat_map(|n| (0..n).map(part).collect::<Vec<_>>());
    let people = (0usize..3).prop_flat_map(|n| (0..n).map(person).collect::<Vec<_>>());
    (parts, people, opt(any::<Index>()))
        .prop_flat_map(|(mut parts, people, merged)| {
            // A part merged into another of the file is archived, as the app does it.
            if parts.len() > 1
                && let Some(i) = merged
            {
                let into = parts[0].id;
                let from = 1 + i.index(parts.len() - 1);
                parts[from].merged_into = Some(into);
                let when = parts[from].updated_at;
                parts[from].archived_at.get_or_insert(when);
            }
            let part_ids: Vec<Uuid> = parts.iter().map(|p| p.id).collect();
            let person_ids: Vec<Uuid> = people.iter().map(|p| p.id).collect();
            let ruptures = proptest::collection::vec(
                (
                    opt(any::<Index>()),
                    words(),
                    1u8..=5,
                    code(&STATUSES, RuptureStatus::code),
                    opt(stamp()),
                    (stamp(), utc(), utc()),
                ),
                0..3,
            )
            .prop_map({
                let person_ids = person_ids.clone();
                move |v| {
                    v.into_iter()
                        .map(
                            |(
                                person,
                                what,
                                severity,
                                status,
                                repaired_at,
                                (at, created_at, updated_at),
                            )| RuptureRec {
                                id: Uuid::new_v4(),
                                at,
                                person_id: pick(&person_ids, &person),
                                what,
                                severity,
                                status,
                                repaired_at,
                                created_at,
                                updated_at,
                            },
                        )
                        .collect::<Vec<_>>()
                }
            });
            (
                Just(parts),
                Just(people),
                ruptures,
                Just(part_ids),
                Just(person_ids),
            )
        })
        .prop_flat_map(|(parts, people, ruptures, part_ids, person_ids)| {
            let rupture_ids: Vec<Uuid> = ruptures.iter().map(|r| r.id).collect();
            let qualities: Vec<&'static str> =
                SelfQuality::ALL.iter().map(|q| q.english()).collect();
            let checkins = proptest::collection::vec(
                (
                    (
                        any::<Index>(),
                        opt(0u8..=10),
                        opt(code(&AGES, AgeBand::code)),
                    ),
                    (
                        proptest::collection::vec(words(), 0..3),
                        proptest::collection::vec(words(), 0..3),
                    ),
                    (opt(0u8..=10), subsequence(qualities, 0..=3)),
                    (opt(any::<Index>()), note(), opt(any::<Index>())),
                    (stamp(), utc(), utc(), opt(code(&Place::ALL, Place::code))),
                ),
                0..5,
            )
            .prop_map({
                let (part_ids, person_ids, rupture_ids) =
                    (part_ids.clone(), person_ids.clone(), rupture_ids.clone());
                move |v| {
                    v.into_iter()
                        .map(
                            |(
                                (part, intensity, age_band),
                                (fears, body),
                                (self_level, qualities),
                                (person, note, rupture),
                                (at, created_at, updated_at, place),
                            )| CheckInRec {
                                id: Uuid::new_v4(),
                                at,
                                part_id: *part.get(&part_ids),
                                intensity,
                                age_band,
                                fears,
                                body,
                                self_level,
                                self_qualities: qualities.iter().map(|q| (*q).to_owned()).collect(),
                                person_id: pick(&person_ids, &person),
                                note,
                                rupture_id: pick(&rupture_ids, &rupture),
                                place,
                                created_at,
                                updated_at,
                            },
                        )
                        .collect::<Vec<_>>()
                }
            });
            let pauses = proptest::collection::vec(
                (
                    stamp(),
                    0i64..7_200_000,
                    opt((1i64..9_000_000, code(&ENDS, PauseEnd::code), -48i32..=56)),
                    opt(any::<Index>()),
                    (utc(), utc()),
                ),
                0..3,
            )
            .prop_map({
                let rupture_ids = rupture_ids.clone();
                move |v| {
                    v.into_iter()
                        .map(
                            |(started_at, planned, ended, rupture, (created_at, updated_at))| {
                                let start_ms = started_at.timestamp_millis();
                                let offset = started_at.offset().local_minus_utc();
                                PauseRec {
                                    id: Uuid::new_v4(),
                                    started_at,
                                    // The planned end keeps the start's offset, as the store does.
                                    planned_end: from_parts(start_ms + planned, offset),
                                    ended_at: ended
                                        .as_ref()
                                        .map(|(after, _, q)| from_parts(start_ms + after, q * 900)),
                                    outcome: ended.map(|(_, end, _)| end),
                                    rupture_id: pick(&rupture_ids, &rupture),
                                    created_at,
                                    updated_at,
                                }
                            },
                        )
                        .collect::<Vec<_>>()
                }
            });
            let repairs = proptest::collection::vec(
                (
                    any::<Index>(),
                    (stamp(), code(&STAGES, RepairStage::code)),
                    (note(), note(), note(), note(), note()),
                    (note(), proptest::collection::vec(words(), 0..3), note()),
                    opt((
                        code(&RepairOutcome::ALL, RepairOutcome::code),
                        stamp(),
                        opt(0i64..1_000_000_000),
                    )),
                    (utc(), utc()),
                ),
                0..3,
            )
            .prop_map({
                let rupture_ids = rupture_ids.clone();
                move |v| {
                    if rupture_ids.is_empty() {
                        return Vec::new();
                    }
                    v.into_iter()
                        .map(
                            |(
                                rupture,
                                (started_at, stage),
                                (notice, find_self, listen, acknowledge, respond),
                                (intention, phrases, felt),
                                done,
                                (created_at, updated_at),
                            )| RepairRec {
                                id: Uuid::new_v4(),
                                rupture_id: *rupture.get(&rupture_ids),
                                started_at,
                                stage,
                                notes: StepNotesRec {
                                    notice,
                                    find_self,
                                    listen,
                                    acknowledge,
                                    respond,
                                },
                                intention,
                                phrases,
                                outcome: done.as_ref().map(|(o, _, _)| o.clone()),
                                felt,
                                completed_at: done.as_ref().map(|(_, at, _)| *at),
                                time_to_repair_ms: done.and_then(|(_, _, ttr)| ttr),
                                created_at,
                                updated_at,
                            },
                        )
                        .collect()
                }
            });
            (
                Just(parts),
                Just(people),
                Just(ruptures),
                checkins,
                pauses,
                repairs,
            )
        })
        .prop_flat_map(|(parts, people, ruptures, checkins, pauses, repairs)| {
            let lib = library();
            let prompt_ids: Vec<String> = lib.prompts.iter().map(|p| p.id.clone()).collect();
            let reflections = (
                subsequence((0..400u32).collect::<Vec<_>>(), 0..3),
                proptest::collection::vec(
                    (
                        select(prompt_ids),
                        words(),
                        words(),
                        opt(0u8..=10),
                        stamp(),
                        (utc(), utc()),
                    ),
                    3,
                ),
            )
                .prop_map(|(days, made)| {
                    days.iter()
                        .zip(made)
                        .map(
                            |(
                                d,
                                (
                                    prompt_id,
                                    prompt,
                                    answer,
                                    self_level,
                                    at,
                                    (created_at, updated_at),
                                ),
                            )| ReflectionRec {
                                id: Uuid::new_v4(),
                                day: (chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
                                    + chrono::TimeDelta::days(i64::from(*d)))
                                .format("%Y-%m-%d")
                                .to_string(),
                                prompt_id,
                                prompt,
                                answer,
                                self_level,
                                at,
                                created_at,
                                updated_at,
                            },
                        )
                        .collect::<Vec<_>>()
                });
            let own_phrases = proptest::collection::vec(
                (
                    words(),
                    code(&PhraseStep::ALL, PhraseStep::code),
                    code(&Audience::ALL, Audience::code),
                    note(),
                    any::<bool>(),
                    (stamp(), utc()),
                ),
                0..3,
            )
            .prop_map(|v| {
                v.into_iter()
                    .map(
                        |(text, step, audience, why, favourite, (created_at, updated_at))| {
                            OwnPhraseRec {
                                id: Uuid::new_v4(),
                                text,
                                step,
                                audience,
                                why,
                                favourite,
                                created_at,
                                updated_at,
                            }
                        },
                    )
                    .collect::<Vec<_>>()
            });
            let favourites = subsequence(
                lib.phrases.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
                0..4,
            );
            let strengths: Vec<&'static str> = STRENGTHS.iter().map(|(c, _)| *c).collect();
            let situations: Vec<(String, String)> = lib
                .situations
                .iter()
                .map(|s| (s.id.clone(), s.text.clone()))
                .collect();
            // Sessions of cards, and times together (whose cards, the swap game's rounds,
            // may be none).
            let together = opt(
                (code(&Band::ALL, Band::code), words(), words(), words()).prop_map(
                    |(band, feeling, sentence, helped)| TogetherRec {
                        band,
                        feeling,
                        sentence,
                        helped,
                    },
                ),
            );
            let sessions = proptest::collection::vec(
                (
                    stamp(),
                    proptest::collection::vec(
                        (
                            select(situations),
                            words(),
                            opt(0u32..3),
                            subsequence(strengths, 0..=5),
                            0i64..3_600_000,
                        ),
                        1..4,
                    ),
                    (utc(), utc()),
                    (together, any::<bool>()),
                ),
                0..4,
            )
            .prop_map(|v| {
                v.into_iter()
                    .map(
                        |(at, mut cards, (created_at, updated_at), (together, swapped))| {
                            let offset = at.offset().local_minus_utc();
                            // A session of cards has one at least; a time together has none
                            // when the swap game was not played.
                            if together.is_some() && !swapped {
                                cards.clear();
                            }
                            PracticeSessionRec {
                                id: Uuid::new_v4(),
                                at,
                                kind: if together.is_some() {
                                    "together"
                                } else {
                                    "cards"
                                }
                                .to_owned(),
                                together,
                                cards: cards
                                    .into_iter()
                                    .map(
                                        |(
                                            (situation_id, situation),
                                            response,
                                            chosen,
                                            met,
                                            after,
                                        )| {
                                            PracticeCardRec {
                                                situation_id,
                                                situation,
                                                response,
                                                chosen,
                                                met: met.iter().map(|m| (*m).to_owned()).collect(),
                                                // A card keeps its session's offset.
                                                at: from_parts(
                                                    at.timestamp_millis() + after,
                                                    offset,
                                                ),
                                            }
                                        },
                                    )
                                    .collect(),
                                created_at,
                                updated_at,
                            }
                        },
                    )
                    .collect::<Vec<_>>()
            });
            let help_lines = proptest::collection::vec(
                (
                    words(),
                    proptest::string::string_regex(r"\+?[0-9]{3,6}( [0-9]{2,4}){0,3}").unwrap(),
                    any::<bool>(),
                    note(),
                    (stamp(), utc()),
                ),
                0..3,
            )
            .prop_map(|v| {
                v.into_iter()
                    .map(
                        |(name, number, texts, note, (created_at, updated_at))| HelpLineRec {
                            id: Uuid::new_v4(),
                            name,
                            number,
                            texts,
                            note,
                            created_at,
                            updated_at,
                        },
                    )
                    .collect::<Vec<_>>()
            });
            let talks = proptest::collection::vec(
                (
                    opt(any::<Index>()),
                    (stamp(), select(&TALK_STAGES[..]).prop_map(str::to_owned)),
                    (
                        prop_oneof![Just(String::new()), words()],
                        opt(0u8..=10),
                        opt(0u8..=10),
                    ),
                    proptest::collection::vec(turn(), 0..4),
                    (0u32..5, note(), note()),
                    opt((stamp(), any::<bool>())),
                    (utc(), utc()),
                ),
                0..3,
            )
            .prop_map({
                let rupture_ids: Vec<Uuid> = ruptures.iter().map(|r| r.id).collect();
                move |v| {
                    v.into_iter()
                        .map(
                            |(
                                rupture,
                                (started_at, stage),
                                (name, ready_one, ready_two),
                                turns,
                                (pauses, intention_one, intention_two),
                                finished,
                                (created_at, updated_at),
                            )| {
                                let rupture_id = pick(&rupture_ids, &rupture);
                                TalkRec {
                                    id: Uuid::new_v4(),
                                    rupture_id,
                                    started_at,
                                    name_one: name.clone(),
                                    name_two: String::new(),
                                    ready_one,
                                    ready_two,
                                    stage,
                                    turns,
                                    pauses,
                                    intention_one,
                                    intention_two,
                                    repaired: finished.is_some_and(|(_, r)| r)
                                        && rupture_id.is_some(),
                                    finished_at: finished.map(|(at, _)| at),
                                    created_at,
                                    updated_at,
                                }
                            },
                        )
                        .collect::<Vec<_>>()
                }
            });
            let shared = proptest::collection::vec(
                (
                    words(),
                    opt(select(&["calm-down", "still-on-your-side"][..])),
                    (stamp(), utc()),
                ),
                0..3,
            )
            .prop_map(|v| {
                v.into_iter()
                    .map(|(text, suggestion, (created_at, updated_at))| SharedRec {
                        id: Uuid::new_v4(),
                        text,
                        suggestion: suggestion.unwrap_or_default().to_owned(),
                        created_at,
                        updated_at,
                    })
                    .collect::<Vec<_>>()
            });
            (
                Just((parts, people, ruptures, checkins, pauses, repairs)),
                reflections,
                own_phrases,
                favourites,
                sessions,
                (help_lines, talks, shared),
                stamp(),
            )
        })
        .prop_map(
            |(
                (parts, people, ruptures, checkins, pauses, repairs),
                reflections,
                own_phrases,
                favourites,
                sessions,
                (help_lines, talks, shared_words),
                exported_at,
            )| {
                let snapshot = Snapshot {
                    parts,
                    people,
                    ruptures,
                    checkins,
                    pauses,
                    repairs,
                    reflections,
                    own_phrases,
                    favourite_phrases: favourites,
                    practice_sessions: sessions,
                    help_lines,
                    talks,
                    shared_words,
                };
                snapshot.to_file(exported_at)
            },
        )
}

/// Each record of `file` by id, as JSON, for comparing whole records.
fn by_id<T: serde::Serialize>(records: &[T]) -> HashMap<String, serde_json::Value> {
    records
        .iter()
        .map(|r| {
            let v = serde_json::to_value(r).unwrap();
            let id = v
                .get("id")
                .map_or_else(|| v.to_string(), |id| id.to_string());
            (id, v)
        })
        .collect()
}

fn records<T: serde::de::DeserializeOwned + serde::Serialize>(
    values: &[serde_json::Value],
) -> HashMap<String, serde_json::Value> {
    let typed: Vec<T> = values
        .iter()
        .map(|v| serde_json::from_value(v.clone()).unwrap())
        .collect();
    by_id(&typed)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_field_of_every_kind_comes_back_as_it_went_in(file in file()) {
        let dir = TempDir::new().unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        let bytes = serde_json::to_vec(&file).unwrap();
        let report = store.import(&bytes).unwrap();
        prop_assert!(report.rejected.is_empty(), "{:?}", report.rejected);
        prop_assert!(report.amended.is_empty(), "{:?}", report.amended);
        let out = store.snapshot().unwrap();

        // The store's own starter parts are not the file's.
        let mut parts = by_id(&out.parts);
        let sent = records::<PartRec>(&file.parts);
        parts.retain(|id, _| sent.contains_key(id));
        prop_assert_eq!(parts, sent);
        prop_assert_eq!(by_id(&out.people), records::<PersonRec>(&file.people));
        prop_assert_eq!(by_id(&out.ruptures), records::<RuptureRec>(&file.ruptures));
        prop_assert_eq!(by_id(&out.checkins), records::<CheckInRec>(&file.checkins));
        prop_assert_eq!(by_id(&out.pauses), records::<PauseRec>(&file.pauses));
        prop_assert_eq!(by_id(&out.repairs), records::<RepairRec>(&file.repairs));
        prop_assert_eq!(by_id(&out.reflections), records::<ReflectionRec>(&file.reflections));
        prop_assert_eq!(by_id(&out.own_phrases), records::<OwnPhraseRec>(&file.own_phrases));
        prop_assert_eq!(
            by_id(&out.practice_sessions),
            records::<PracticeSessionRec>(&file.practice_sessions)
        );
        let mut favourites: Vec<String> = file
            .favourite_phrases
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect();
        favourites.sort();
        prop_assert_eq!(&out.favourite_phrases, &favourites);

        // Every field has its column in the CSV files too (the writer checks each row's
        // cells against its kind's headers), and every record its row.
        let csv = mend::store::transfer::write_csv(&out, &dir.path().join("csv")).unwrap();
        let rows = |name: &str| {
            let path = csv.iter().find(|p| p.ends_with(name)).unwrap();
            csv::Reader::from_path(path).unwrap().records().count()
        };
        prop_assert_eq!(rows("checkins.csv"), out.checkins.len());
        prop_assert_eq!(rows("repairs.csv"), out.repairs.len());
        // A row per card, and one for a time together without cards.
        let cards: usize = out.practice_sessions.iter().map(|s| s.cards.len().max(1)).sum();
        prop_assert_eq!(rows("practice_cards.csv"), cards);
        prop_assert_eq!(by_id(&out.help_lines), records::<HelpLineRec>(&file.help_lines));
        prop_assert_eq!(rows("help_lines.csv"), out.help_lines.len());
        prop_assert_eq!(by_id(&out.talks), records::<TalkRec>(&file.talks));
        prop_assert_eq!(rows("talks.csv"), out.talks.len());
        prop_assert_eq!(by_id(&out.shared_words), records::<SharedRec>(&file.shared_words));
        prop_assert_eq!(rows("shared_words.csv"), out.shared_words.len());
    }
}
