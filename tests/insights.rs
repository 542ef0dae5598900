//! The insights come from kept sums, which triggers keep in step with every write. Here random
//! histories (generated years, check-ins and ruptures at any offset, edits, deletes, undo,
//! part merges, repairs completed, imports and purges) show that the figures from the sums
//! always equal the same figures counted from the rows, for the screen's spans and for spans
//! that start and end anywhere, and that the migration builds the same sums from old rows.

use chrono::{DateTime, Datelike, FixedOffset, Months, NaiveTime, TimeDelta, TimeZone};
use mend::domain::{
    CheckIn, CheckInId, EntryKind, Level, Moment, Note, PartId, Pause, PauseId, PauseLength,
    RepairOutcome, RepairStage, Rupture, RuptureId, RuptureStatus, Severity, TimelineEntry,
    TimelineFilter, Undo,
};
use mend::store::synthetic::Spec;
use mend::store::transfer::write_json;
use mend::store::{Parts, Store};
use proptest::prelude::*;
use tempfile::TempDir;

mod common;
use common::now;

/// A small history of every kind over two years.
fn spec(seed: u64) -> Spec {
    Spec {
        years: 2,
        checkins: 120,
        ruptures: 40,
        repaired_per_mille: 600,
        pauses: 40,
        reflected_per_mille: 200,
        practice_sessions: 8,
        own_phrases: 2,
        seed,
    }
}

#[derive(Debug, Clone)]
enum Op {
    /// A check-in `minutes` before now, at an offset of `quarters` quarter-hours.
    CheckIn {
        minutes: i64,
        quarters: i32,
        part: usize,
        self_level: Option<u8>,
    },
    /// A rupture `minutes` before now, at an offset.
    Rupture {
        minutes: i64,
        quarters: i32,
    },
    /// A pause started `minutes` before now at an offset, left running or ended after
    /// `ended` minutes (early or when its time was up).
    Pause {
        minutes: i64,
        quarters: i32,
        ended: Option<i64>,
    },
    /// Moves a check-in by `minutes` and changes its Self.
    EditCheckIn {
        nth: usize,
        minutes: i64,
        self_level: Option<u8>,
    },
    Status {
        nth: usize,
        status: usize,
    },
    Repair {
        nth: usize,
        outcome: usize,
    },
    Delete(usize),
    UndoLast,
    Merge(usize, usize),
    Import(u64),
    Purge,
}

fn op() -> impl Strategy<Value = Op> {
    let minutes = 0i64..(2 * 365 * 24 * 60);
    let quarters = -48i32..=56;
    prop_oneof![
        (
            minutes.clone(),
            quarters.clone(),
            0usize..30,
            prop::option::of(0u8..=10)
        )
            .prop_map(|(minutes, quarters, part, self_level)| Op::CheckIn {
                minutes,
                quarters,
                part,
                self_level
            }),
        (minutes.clone(), quarters.clone())
            .prop_map(|(minutes, quarters)| Op::Rupture { minutes, quarters }),
        (
            minutes.clone(),
            quarters.clone(),
            prop::option::of(0i64..60)
        )
            .prop_map(|(minutes, quarters, ended)| Op::Pause {
                minutes,
                quarters,
                ended
            }),
        (0usize..500, -20_000i64..20_000, prop::option::of(0u8..=10)).prop_map(
            |(nth, minutes, self_level)| Op::EditCheckIn {
                nth,
                minutes,
                self_level
            }
        ),
        (0usize..500, 0usize..4).prop_map(|(nth, status)| Op::Status { nth, status }),
        (0usize..500, 0usize..3).prop_map(|(nth, outcome)| Op::Repair { nth, outcome }),
        (0usize..500).prop_map(Op::Delete),
        Just(Op::UndoLast),
        (0usize..30, 0usize..30).prop_map(|(a, b)| Op::Merge(a, b)),
        (100u64..110).prop_map(Op::Import),
        Just(Op::Purge),
    ]
}

fn at(minutes_ago: i64, quarters: i32) -> Moment {
    let offset = FixedOffset::east_opt(quarters * 900).unwrap();
    (now() - TimeDelta::minutes(minutes_ago)).with_timezone(&offset)
}

fn entries(store: &Store, kind: Option<EntryKind>) -> Vec<TimelineEntry> {
    let filter = TimelineFilter {
        kind,
        ..TimelineFilter::default()
    };
    store.timeline(&filter, None, 500).unwrap()
}

fn pick<T: Clone>(list: &[T], nth: usize) -> Option<T> {
    (!list.is_empty()).then(|| list[nth % list.len()].clone())
}

/// An export of another small history, to import.
fn export_of(seed: u64) -> Vec<u8> {
    let dir = TempDir::new().unwrap();
    let mut other = Store::open_in(dir.path()).unwrap();
    other.generate(spec(seed), &now()).unwrap();
    let file = dir.path().join("export.json");
    write_json(&other.snapshot().unwrap(), now(), &file).unwrap();
    std::fs::read(file).unwrap()
}

fn apply(store: &mut Store, op: &Op, undo: &mut Vec<Undo>) {
    let level = |l: Option<u8>| l.and_then(Level::new);
    match op {
        Op::CheckIn {
            minutes,
            quarters,
            part,
            self_level,
        } => {
            let parts = store.list::<Parts>().unwrap();
            let part: PartId = pick(&parts, *part).unwrap().id;
            let mut c = CheckIn::of_part(CheckInId::random(), at(*minutes, *quarters), part);
            c.self_level = level(*self_level);
            store.save_checkin(&c, &now()).unwrap();
        }
        Op::Rupture { minutes, quarters } => {
            let r = Rupture {
                id: RuptureId::random(),
                at: at(*minutes, *quarters),
                person_id: None,
                what: Note::parse("a fixture", "what happened").unwrap(),
                severity: Severity::DEFAULT,
                status: RuptureStatus::Open,
                repaired_at: None,
            };
            store.save_rupture(&r, &now()).unwrap();
        }
        Op::Pause {
            minutes,
            quarters,
            ended,
        } => {
            let start = at(*minutes, *quarters);
            let length = PauseLength::from_minutes(20).unwrap();
            let mut pause = Pause::start(PauseId::random(), start, length, None);
            store.save_pause(&pause, &now()).unwrap();
            if let Some(after) = ended {
                pause.finish(start + TimeDelta::minutes(*after)).unwrap();
                store.save_pause(&pause, &now()).unwrap();
            }
        }
        Op::EditCheckIn {
            nth,
            minutes,
            self_level,
        } => {
            if let Some(e) = pick(&entries(store, Some(EntryKind::CheckIn)), *nth) {
                let mut c = store.checkin(CheckInId(e.id)).unwrap();
                c.at += TimeDelta::minutes(*minutes);
                c.self_level = level(*self_level);
                store.save_checkin(&c, &now()).unwrap();
            }
        }
        Op::Status { nth, status } => {
            if let Some(e) = pick(&entries(store, Some(EntryKind::Rupture)), *nth) {
                let status = [
                    RuptureStatus::Open,
                    RuptureStatus::Repairing,
                    RuptureStatus::Repaired,
                    RuptureStatus::LetGo,
                ][*status];
                store
                    .set_rupture_status(RuptureId(e.id), status, &now())
                    .unwrap();
            }
        }
        Op::Repair { nth, outcome } => {
            if let Some(e) = pick(&entries(store, Some(EntryKind::Rupture)), *nth) {
                let later = e.at + TimeDelta::hours(3);
                // A rupture already repaired or let go takes no new repair.
                let Ok(mut repair) = store.begin_repair(RuptureId(e.id), &later) else {
                    return;
                };
                repair.stage = RepairStage::Outcome.into();
                let outcome = [
                    RepairOutcome::Reconnected,
                    RepairOutcome::Partly,
                    RepairOutcome::NotYet,
                ][*outcome];
                store.complete_repair(&repair, outcome, &later).unwrap();
            }
        }
        Op::Delete(nth) => {
            if let Some(e) = pick(&entries(store, None), *nth) {
                store.delete(e.entry(), &now()).unwrap();
                undo.push(Undo::Delete(e.entry()));
            }
        }
        Op::UndoLast => {
            if let Some(u) = undo.pop() {
                // A record whose rupture was deleted since can't come back on its own.
                let _ = store.undo(u);
            }
        }
        Op::Merge(a, b) => {
            let parts = store.list::<Parts>().unwrap();
            if let (Some(from), Some(into)) = (pick(&parts, *a), pick(&parts, *b))
                && from.id != into.id
            {
                store.merge_parts(from.id, into.id, &now()).unwrap();
            }
        }
        Op::Import(seed) => {
            store.import(&export_of(*seed)).unwrap();
        }
        Op::Purge => {
            store.purge_deleted(&(now() + TimeDelta::days(1))).unwrap();
            undo.clear();
        }
    }
}

/// The spans the screen offers at `now`, as it computes them.
fn screen_spans() -> Vec<(Moment, Moment)> {
    let today = now().date_naive();
    let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
    let midnight = |day: chrono::NaiveDate| {
        now()
            .offset()
            .from_local_datetime(&day.and_time(NaiveTime::MIN))
            .unwrap()
    };
    let first = today.with_day(1).unwrap();
    vec![
        (midnight(monday - TimeDelta::weeks(3)), now()),
        (midnight(monday - TimeDelta::weeks(12)), now()),
        (
            midnight(first.checked_sub_months(Months::new(11)).unwrap()),
            now(),
        ),
        (
            DateTime::from_timestamp(0, 0).unwrap().fixed_offset(),
            now(),
        ),
    ]
}

/// A span from anywhere in the history, its ends often just either side of a stretch's edge.
fn span() -> impl Strategy<Value = (i64, i64)> {
    let bucket = 1i64 << 29;
    let edge = now().timestamp_millis() / bucket;
    (
        (edge - 130)..=(edge + 2),
        -100_000i64..100_000,
        0i64..(3 * 365 * 24 * 3600 * 1000),
    )
        .prop_map(move |(k, nudge, length)| {
            let a = k * bucket + nudge;
            (a, a + length)
        })
}

fn assert_same(store: &Store, from: &Moment, to: &Moment) {
    let fast = store.insights(from, to).unwrap();
    let rows = store.insights_from_rows(from, to).unwrap();
    assert_eq!(fast, rows, "from {from} to {to}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_kept_sums_always_give_what_the_rows_give(
        seed in 0u64..1000,
        ops in prop::collection::vec(op(), 1..24),
        spans in prop::collection::vec(span(), 6),
    ) {
        let dir = TempDir::new().unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        store.generate(spec(seed), &now()).unwrap();
        let mut undo = Vec::new();
        let utc = FixedOffset::east_opt(0).unwrap();
        for op in &ops {
            apply(&mut store, op, &mut undo);
        }
        for (from, to) in screen_spans() {
            assert_same(&store, &from, &to);
        }
        for (a, b) in &spans {
            let from = DateTime::from_timestamp_millis(*a).unwrap().with_timezone(&utc);
            let to = DateTime::from_timestamp_millis(*b).unwrap().with_timezone(&utc);
            assert_same(&store, &from, &to);
        }
    }
}

/// A file from before the kept sums gets them from its rows when it is opened.
#[test]
fn the_migration_adds_up_the_rows_already_there() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    store.generate(spec(3), &now()).unwrap();
    let mut undo = Vec::new();
    for op in [
        Op::Delete(3),
        Op::Status { nth: 1, status: 2 },
        Op::CheckIn {
            minutes: 90,
            quarters: 22,
            part: 1,
            self_level: Some(7),
        },
    ] {
        apply(&mut store, &op, &mut undo);
    }
    let before: Vec<_> = screen_spans()
        .iter()
        .map(|(from, to)| store.insights(from, to).unwrap())
        .collect();
    let path = store.path().to_owned();
    drop(store);

    // Take the file back to version 15, as an older build left it.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let triggers: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'insight_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        triggers.len(),
        15,
        "three triggers for each of five sources"
    );
    for name in triggers {
        conn.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
    }
    conn.execute_batch(
        "DROP TABLE insight_days; DROP TABLE insight_parts;
         DROP INDEX repairs_completed; DROP INDEX repairs_time_taken;
         ALTER TABLE checkins DROP COLUMN place;
         DROP TABLE talks_fts; DROP TABLE talks; DROP TABLE shared_words;
         PRAGMA user_version = 15;",
    )
    .unwrap();
    drop(conn);

    let store = Store::open_in(dir.path()).unwrap();
    let after: Vec<_> = screen_spans()
        .iter()
        .map(|(from, to)| store.insights(from, to).unwrap())
        .collect();
    assert_eq!(before, after);
    for (from, to) in screen_spans() {
        assert_same(&store, &from, &to);
    }
    assert!(after[3].ruptures > 0 && !after[3].top_parts.is_empty());
}
