//! The synthetic history and the insights aggregates on real files: the generator makes what
//! it says, the file stays sound, search agrees with a plain scan, and the insights match
//! numbers worked out by hand.

use chrono::TimeDelta;
use mend::domain::{
    CheckIn, CheckInId, EntryKind, Level, Moment, Note, Pause, PauseId, PauseLength, RepairOutcome,
    RepairStage, Rupture, RuptureId, RuptureStatus, Severity, TimelineFilter,
};
use mend::store::synthetic::Spec;
use mend::store::{Parts, Store, check_health};
use tempfile::TempDir;

mod common;
use common::at;

#[test]
fn the_generator_makes_a_sound_history_that_search_agrees_with() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let spec = Spec {
        years: 2,
        checkins: 3000,
        ruptures: 800,
        repaired_per_mille: 800,
        pauses: 700,
        reflected_per_mille: 400,
        practice_sessions: 60,
        own_phrases: 12,
        seed: 11,
    };
    let made = store
        .generate(spec, &at("2026-11-23T20:00:00+01:00"))
        .unwrap();
    assert_eq!(
        (made.checkins, made.ruptures, made.pauses),
        (3000, 800, 700)
    );
    assert!(
        made.repairs >= 600,
        "most ruptures have a repair: {}",
        made.repairs
    );
    assert!(check_health(&dir.path().join("mend.db"), None).ok());

    // About 40% of two years' days have a reflection, every session at least one card.
    assert!(
        (200..=380).contains(&made.reflections),
        "{} reflections",
        made.reflections
    );
    assert_eq!((made.practice_sessions, made.own_phrases), (60, 12));
    assert!(made.favourite_phrases > 10);

    let counts = store.counts().unwrap();
    assert_eq!(counts.checkins, 3000);
    assert_eq!(counts.reflections, made.reflections);
    assert_eq!(counts.practice_sessions, 60);

    // Every page of check-ins with "dishes" somewhere, against a plain scan of the table.
    let filter = TimelineFilter {
        kind: Some(EntryKind::CheckIn),
        text: "dishes".into(),
        ..Default::default()
    };
    let mut found = 0;
    let mut after = None;
    loop {
        let page = store.timeline(&filter, after, 200).unwrap();
        found += page.len();
        if page.len() < 200 {
            break;
        }
        after = page.last().map(|e| e.cursor());
    }
    let conn = rusqlite::Connection::open(dir.path().join("mend.db")).unwrap();
    let scanned: usize = conn
        .query_row(
            "SELECT count(*) FROM checkins WHERE ' ' || note || ' ' LIKE '% dishes %'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap() as usize;
    assert!(scanned > 0);
    assert_eq!(found, scanned);
}

#[test]
fn both_ways_of_searching_find_the_same_pages() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let spec = Spec {
        years: 3,
        checkins: 8000,
        ruptures: 1500,
        repaired_per_mille: 700,
        pauses: 1000,
        seed: 5,
        ..Spec::TEN_YEARS
    };
    store
        .generate(spec, &at("2026-11-23T20:00:00+01:00"))
        .unwrap();
    let common = mend::store::search::fts_query("dishes").unwrap();
    assert!(
        store.words_are_common(&common).unwrap(),
        "a word common enough to walk back in time"
    );
    let rare = mend::store::search::fts_query("xylophone").unwrap();
    assert!(!store.words_are_common(&rare).unwrap());
    for text in ["dishes", "cold tea", "priya", "xylophone", "mum"] {
        let filter = TimelineFilter {
            text: text.into(),
            ..Default::default()
        };
        let mut after = None;
        for _ in 0..5 {
            let walked = store.timeline_planned(&filter, after, 50, true).unwrap();
            let led = store.timeline_planned(&filter, after, 50, false).unwrap();
            assert_eq!(walked, led, "{text}");
            if walked.len() < 50 {
                break;
            }
            after = walked.last().map(|e| e.cursor());
        }
    }
}

#[test]
fn insights_match_a_hand_worked_fixture() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let parts = store.list::<Parts>().unwrap();
    let monday = at("2026-11-16T10:00:00+01:00");
    let rupture = |store: &mut Store, when: Moment| {
        let r = Rupture {
            id: RuptureId::random(),
            at: when,
            person_id: None,
            what: Note::parse("fixture", "what happened").unwrap(),
            severity: Severity::DEFAULT,
            status: RuptureStatus::Open,
            repaired_at: None,
        };
        store.save_rupture(&r, &when).unwrap();
        r
    };
    // Week 46: three ruptures; two mended after 60 and 180 minutes, one not yet.
    let r1 = rupture(&mut store, monday);
    let r2 = rupture(&mut store, monday + TimeDelta::days(1));
    let _r3 = rupture(&mut store, monday + TimeDelta::days(2));
    for (r, minutes) in [(&r1, 60), (&r2, 180)] {
        let mut repair = store
            .begin_repair(r.id, &(r.at + TimeDelta::minutes(minutes / 2)))
            .unwrap();
        repair.stage = RepairStage::Outcome.into();
        store
            .complete_repair(
                &repair,
                RepairOutcome::Reconnected,
                &(r.at + TimeDelta::minutes(minutes)),
            )
            .unwrap();
    }
    // Week 47: one rupture, mended after 30 minutes.
    let r4 = rupture(&mut store, monday + TimeDelta::days(7));
    let mut repair = store
        .begin_repair(r4.id, &(r4.at + TimeDelta::minutes(10)))
        .unwrap();
    repair.stage = RepairStage::Outcome.into();
    store
        .complete_repair(
            &repair,
            RepairOutcome::Partly,
            &(r4.at + TimeDelta::minutes(30)),
        )
        .unwrap();
    // Check-ins: part 0 three times (Self 2, 4), part 1 once (Self 9, in December).
    for (part, when, self_level) in [
        (0, monday, Some(2)),
        (0, monday + TimeDelta::days(1), Some(4)),
        (0, monday + TimeDelta::days(2), None),
        (1, at("2026-12-01T09:00:00+01:00"), Some(9)),
    ] {
        let mut c = CheckIn::of_part(CheckInId::random(), when, parts[part].id);
        c.self_level = self_level.and_then(Level::new);
        store.save_checkin(&c, &when).unwrap();
    }
    // Pauses: one kept, one ended early, one called off.
    for (i, how) in ["kept", "early", "off"].iter().enumerate() {
        let start = monday + TimeDelta::hours(i as i64);
        let mut p = Pause::start(PauseId::random(), start, PauseLength::DEFAULT, None);
        match *how {
            "kept" => p
                .finish(start + TimeDelta::minutes(25))
                .map(|_| ())
                .unwrap(),
            "early" => p.finish(start + TimeDelta::minutes(5)).map(|_| ()).unwrap(),
            _ => p.cancel(start + TimeDelta::minutes(1)).unwrap(),
        }
        store.save_pause(&p, &start).unwrap();
    }

    // Reflections, written straight into the file: two in November (the second late on the
    // 30th, local time, which is still November), one in December, one deleted, and one long
    // before, which starts the history.
    {
        let conn = rusqlite::Connection::open(dir.path().join("mend.db")).unwrap();
        for (day, when, deleted) in [
            ("2025-06-01", "2025-06-01T21:00:00+02:00", false),
            ("2026-11-16", "2026-11-16T21:00:00+01:00", false),
            ("2026-11-30", "2026-11-30T23:30:00+01:00", false),
            ("2026-12-01", "2026-12-01T20:00:00+01:00", false),
            ("2026-12-02", "2026-12-02T20:00:00+01:00", true),
        ] {
            let when = at(when);
            let ms = when.timestamp_millis();
            conn.execute(
                "INSERT INTO reflections (id, day, prompt_id, prompt, answer, self_level, at_ms,
                     at_offset_s, created_at_ms, updated_at_ms, deleted_at_ms)
                 VALUES (?1, ?2, 'p', 'A prompt', 'An answer', 5, ?3, ?4, ?3, ?3, ?5)",
                rusqlite::params![
                    format!("reflection-{day}"),
                    day,
                    ms,
                    when.offset().local_minus_utc(),
                    deleted.then_some(ms),
                ],
            )
            .unwrap();
        }
    }

    // A year goes month by month, from the span's start (the history began before it).
    let all = store
        .insights(
            &at("2026-01-01T00:00:00+01:00"),
            &at("2026-12-31T23:59:59+01:00"),
        )
        .unwrap();
    assert!(!all.weekly);
    let month = |m: u32| format!("2026-{m:02}");
    let mut by_month: Vec<_> = (1..=12).map(|m| (month(m), 0, 0)).collect();
    by_month[10] = (month(11), 4, 3);
    assert_eq!(all.by_period, by_month);
    let mut self_by_month: Vec<_> = (1..=12).map(|m| (month(m), None)).collect();
    // Self 2 and 4 in November, 9 in December.
    self_by_month[10].1 = Some(3.0);
    self_by_month[11].1 = Some(9.0);
    assert_eq!(all.self_by_period, self_by_month);
    assert_eq!((all.ruptures, all.repaired), (4, 3));
    assert_eq!(all.repair_rate(), Some(0.75));
    // Times 30, 60, 180: the middle is 60.
    assert_eq!(all.median_time_to_repair, Some(TimeDelta::minutes(60)));
    assert_eq!(
        all.top_parts,
        [(parts[0].name.clone(), 3), (parts[1].name.clone(), 1)]
    );
    assert_eq!((all.pauses, all.pauses_kept), (3, 1));
    assert_eq!(
        all.reflections_by_month,
        [("2026-11".to_owned(), 2), ("2026-12".to_owned(), 1)]
    );

    // Four weeks go week by week, each keyed by its Monday; quiet weeks are zeros.
    let month_ish = store
        .insights(
            &at("2026-11-09T00:00:00+01:00"),
            &at("2026-12-06T23:59:59+01:00"),
        )
        .unwrap();
    assert!(month_ish.weekly);
    assert_eq!(
        month_ish.by_period,
        [
            ("2026-11-09".to_owned(), 0, 0),
            ("2026-11-16".to_owned(), 3, 2),
            ("2026-11-23".to_owned(), 1, 1),
            ("2026-11-30".to_owned(), 0, 0),
        ]
    );
    assert_eq!(
        month_ish.self_by_period,
        [
            ("2026-11-09".to_owned(), None),
            ("2026-11-16".to_owned(), Some(3.0)),
            ("2026-11-23".to_owned(), None),
            // Tuesday 1 December.
            ("2026-11-30".to_owned(), Some(9.0)),
        ]
    );
    assert_eq!(
        month_ish.reflections_by_month,
        [("2026-11".to_owned(), 2), ("2026-12".to_owned(), 1)]
    );

    // A span from Sunday 22 November holding only one rupture, in the week of the 23rd.
    let late = store
        .insights(
            &(monday + TimeDelta::days(6)),
            &at("2026-11-30T00:00:00+01:00"),
        )
        .unwrap();
    assert_eq!(
        late.by_period,
        [
            ("2026-11-16".to_owned(), 0, 0),
            ("2026-11-23".to_owned(), 1, 1),
            ("2026-11-30".to_owned(), 0, 0),
        ]
    );
    assert!(late.self_by_period.iter().all(|(_, level)| level.is_none()));
    assert_eq!(late.median_time_to_repair, Some(TimeDelta::minutes(30)));
    assert_eq!(late.pauses, 0);
    assert_eq!(late.reflections_by_month, []);

    // Before anything was written: nothing at all, not even empty weeks.
    let empty = store
        .insights(&at("2020-01-01T00:00:00Z"), &at("2020-02-01T00:00:00Z"))
        .unwrap();
    assert_eq!(empty.by_period, []);
    assert_eq!(empty.self_by_period, []);
    assert_eq!(empty.repair_rate(), None);
    assert_eq!(empty.median_time_to_repair, None);
    assert_eq!(empty.reflections_by_month, []);
}
