//! Store tests on real database files in temporary folders.

use mend::ui::errors::Told;
use std::fs;
use std::path::Path;

use chrono::TimeDelta;
use mend::domain::i18n::Lang;
use mend::domain::{
    AgeBand, CheckIn, CheckInId, Cursor, EntryKind, Level, Moment, Name, Note, PartId, Pause,
    PauseId, PauseLength, PausePhase, Place, RepairOutcome, RepairStage, Rupture, RuptureId,
    RuptureStatus, SelfQuality, Severity, TimelineFilter, starter_parts,
};
use mend::store::{
    OpenError, Parts, People, SCHEMA_VERSION, Settings, Store, StoreError, TextSize, Theme,
};
use rusqlite::Connection;
use tempfile::TempDir;

mod common;
use common::at;

fn minutes_after(base: &str, m: i64) -> Moment {
    at(base) + TimeDelta::minutes(m)
}

const T0: &str = "2026-11-23T20:00:00+01:00";

fn fresh() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    (dir, store)
}

fn name(s: &str) -> Name {
    Name::parse(s).unwrap()
}

fn first_part(store: &Store) -> PartId {
    store.list::<Parts>().unwrap()[0].id
}

fn checkin_at(store: &mut Store, part: PartId, when: Moment) -> CheckInId {
    let c = CheckIn::of_part(CheckInId::random(), when, part);
    store.save_checkin(&c, &when).unwrap();
    c.id
}

fn rupture_at(store: &mut Store, what: &str, when: Moment) -> Rupture {
    let r = Rupture {
        id: RuptureId::random(),
        at: when,
        person_id: None,
        what: Note::parse_required(what, "what happened").unwrap(),
        severity: Severity::DEFAULT,
        status: RuptureStatus::Open,
        repaired_at: None,
    };
    store.save_rupture(&r, &when).unwrap();
    r
}

#[test]
fn opening_creates_the_folder_and_sets_the_pragmas() {
    let (dir, store) = fresh();
    assert!(dir.path().join("data").join("mend.db").is_file());
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    drop(store);
    let conn = Connection::open(dir.path().join("data/mend.db")).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(app_id, mend::store::APPLICATION_ID);
}

#[test]
fn reopening_keeps_everything_and_does_not_reseed() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let part = first_part(&store);
    store
        .rename::<Parts>(part, &name("Fierce one"), &at(T0))
        .unwrap();
    let id = checkin_at(&mut store, part, at(T0));
    drop(store);
    let store = Store::open_in(dir.path()).unwrap();
    assert_eq!(store.checkin(id).unwrap().part_id, part);
    let parts = store.list::<Parts>().unwrap();
    assert_eq!(parts.len(), starter_parts(Lang::ENGLISH).len());
    assert_eq!(parts[0].name, "Fierce one");
}

#[test]
fn starter_parts_come_first_in_order_then_most_recent_first() {
    let (_dir, mut store) = fresh();
    let parts = store.list::<Parts>().unwrap();
    let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, starter_parts(Lang::ENGLISH));
    checkin_at(&mut store, parts[2].id, at(T0));
    checkin_at(&mut store, parts[3].id, minutes_after(T0, 5));
    let again: Vec<PartId> = store
        .list::<Parts>()
        .unwrap()
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(again, [parts[3].id, parts[2].id, parts[0].id, parts[1].id]);
}

#[test]
fn names_are_added_once_renamed_archived_and_restored() {
    let (_dir, mut store) = fresh();
    let now = at(T0);
    let sam = store.add::<People>(&name("Sam"), &now).unwrap();
    let again = store.add::<People>(&name("  sam "), &now).unwrap();
    assert_eq!(again.id, sam.id);
    assert_eq!(again.name, "Sam");
    let alex = store.add::<People>(&name("Alex 🌿"), &now).unwrap();
    assert!(matches!(
        store.rename::<People>(alex.id, &name("SAM"), &now),
        Err(StoreError::NameTaken(n)) if n == "SAM"
    ));
    store
        .rename::<People>(alex.id, &name("Alexandra 🌿"), &now)
        .unwrap();
    store.archive::<People>(sam.id, &now).unwrap();
    let names: Vec<String> = store
        .list::<People>()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Alexandra 🌿"]);
    // The archived name stays readable for old records, and can come back.
    assert_eq!(store.named::<People>(sam.id).unwrap().name, "Sam");
    store.unarchive::<People>(sam.id).unwrap();
    assert_eq!(store.list::<People>().unwrap().len(), 2);
    let part = first_part(&store);
    store.archive::<Parts>(part, &now).unwrap();
    assert_eq!(
        store.list::<Parts>().unwrap().len(),
        starter_parts(Lang::ENGLISH).len() - 1
    );
}

#[test]
fn checkin_round_trip_with_every_field() {
    let (_dir, mut store) = fresh();
    let now = at(T0);
    let part = first_part(&store);
    let person = store.add::<People>(&name("נועה"), &now).unwrap();
    let rupture = rupture_at(&mut store, "We argued about the dishes", now);
    let c = CheckIn {
        id: CheckInId::random(),
        at: now,
        part_id: part,
        intensity: Level::new(8),
        age: Some(AgeBand::FiveToEight.into()),
        fears: vec!["being left".into(), "something of my own 🫣".into()],
        body: vec!["chest".into()],
        self_level: Level::new(3),
        self_qualities: vec![SelfQuality::Calm.into(), SelfQuality::Curiosity.into()],
        person_id: Some(person.id),
        note: Note::parse("Heart racing. שלום 👋\nSecond line", "the note").unwrap(),
        rupture_id: Some(rupture.id),
        place: Some(Place::Car.into()),
    };
    store.save_checkin(&c, &now).unwrap();
    assert_eq!(store.checkin(c.id).unwrap(), c);

    let mut edited = c.clone();
    edited.intensity = None;
    edited.fears.clear();
    edited.note = Note::default();
    store.save_checkin(&edited, &minutes_after(T0, 1)).unwrap();
    assert_eq!(store.checkin(c.id).unwrap(), edited);
}

#[test]
fn pause_survives_reopening_and_records_how_it_ended() {
    let dir = TempDir::new().unwrap();
    let start = at(T0);
    let pause = Pause::start(PauseId::random(), start, PauseLength::DEFAULT, None);
    {
        let mut store = Store::open_in(dir.path()).unwrap();
        store.save_pause(&pause, &start).unwrap();
    }
    let mut store = Store::open_in(dir.path()).unwrap();
    let mut open = store
        .open_pause()
        .unwrap()
        .expect("the pause is still open");
    assert_eq!(open, pause);
    assert!(matches!(
        open.phase(minutes_after(T0, 12)),
        PausePhase::Running { remaining, .. } if remaining == TimeDelta::minutes(8)
    ));
    open.extend(minutes_after(T0, 12)).unwrap();
    store.save_pause(&open, &minutes_after(T0, 12)).unwrap();
    assert_eq!(store.pause(open.id()).unwrap().planned_minutes(), 25);
    open.finish(minutes_after(T0, 30)).unwrap();
    store.save_pause(&open, &minutes_after(T0, 30)).unwrap();
    assert_eq!(store.open_pause().unwrap(), None);
    assert_eq!(store.pause(open.id()).unwrap(), open);
}

#[test]
fn repair_walks_to_repaired_with_time_to_repair() {
    let (_dir, mut store) = fresh();
    let rupture = rupture_at(&mut store, "I walked out", at(T0));
    let mut repair = store
        .begin_repair(rupture.id, &minutes_after(T0, 60))
        .unwrap();
    assert_eq!(
        store.rupture(rupture.id).unwrap().status,
        RuptureStatus::Repairing
    );
    // Beginning again picks up the same repair.
    assert_eq!(
        store
            .begin_repair(rupture.id, &minutes_after(T0, 61))
            .unwrap()
            .id,
        repair.id
    );

    repair.notes.listen = Note::parse("They felt left alone", "the note").unwrap();
    repair.toggle_phrase("I can see that really hurt you.");
    repair.intention = Note::parse("Ask for a pause instead of leaving", "the note").unwrap();
    repair.stage = RepairStage::Outcome.into();
    let advanced = store
        .advance_repair(&repair, &minutes_after(T0, 70))
        .unwrap();
    assert_eq!(advanced, repair);
    assert_eq!(store.repair(repair.id).unwrap(), repair);
    // The command takes only what the repair's screens change: a copy that says another
    // start (or another rupture) leaves the kept one as it is.
    let mut stale = repair.clone();
    stale.started_at = minutes_after(T0, 500);
    stale.rupture_id = RuptureId::random();
    let kept = store
        .advance_repair(&stale, &minutes_after(T0, 71))
        .unwrap();
    assert_eq!(kept, repair);

    let done = store
        .complete_repair(&repair, RepairOutcome::Reconnected, &minutes_after(T0, 90))
        .unwrap();
    assert_eq!(done.time_to_repair, Some(TimeDelta::minutes(90)));
    assert_eq!(store.repair(repair.id).unwrap(), done);
    let repaired = store.rupture(rupture.id).unwrap();
    assert_eq!(repaired.status, RuptureStatus::Repaired);
    assert_eq!(repaired.time_to_repair(), Some(TimeDelta::minutes(90)));
    assert!(store.open_ruptures(10).unwrap().is_empty());
    // Completing twice is refused and changes nothing.
    assert!(matches!(
        store.complete_repair(&done, RepairOutcome::NotYet, &minutes_after(T0, 95)),
        Err(StoreError::Repair(_))
    ));
    assert_eq!(
        store.rupture(rupture.id).unwrap().status,
        RuptureStatus::Repaired
    );
}

#[test]
fn links_gather_checkins_pauses_and_repairs() {
    let (_dir, mut store) = fresh();
    let rupture = rupture_at(&mut store, "Sharp words", at(T0));
    let part = first_part(&store);
    let mut c = CheckIn::of_part(CheckInId::random(), minutes_after(T0, 1), part);
    c.rupture_id = Some(rupture.id);
    store.save_checkin(&c, &c.at).unwrap();
    let p = Pause::start(
        PauseId::random(),
        minutes_after(T0, 2),
        PauseLength::DEFAULT,
        Some(rupture.id),
    );
    store.save_pause(&p, &p.started_at()).unwrap();
    store
        .begin_repair(rupture.id, &minutes_after(T0, 30))
        .unwrap();
    let links = store.rupture_links(rupture.id).unwrap();
    assert_eq!(links.checkins.len(), 1);
    assert_eq!(links.checkins[0].0, c.id);
    assert_eq!(links.pauses, [(p.id(), p.started_at(), 20)]);
    assert_eq!(links.repairs.len(), 1);
    assert!(!links.repairs[0].2);
}

#[test]
fn letting_go_and_reopening() {
    let (_dir, mut store) = fresh();
    let r = rupture_at(&mut store, "Cold silence", at(T0));
    store
        .set_rupture_status(r.id, RuptureStatus::LetGo, &at(T0))
        .unwrap();
    assert!(store.open_ruptures(5).unwrap().is_empty());
    // A rupture let go is not repaired by accident; it is opened again first.
    assert!(matches!(
        store.begin_repair(r.id, &at(T0)),
        Err(StoreError::RuptureClosed(RuptureStatus::LetGo))
    ));
    assert_eq!(store.rupture(r.id).unwrap().status, RuptureStatus::LetGo);
    store
        .set_rupture_status(r.id, RuptureStatus::Open, &at(T0))
        .unwrap();
    assert_eq!(store.open_ruptures(5).unwrap().len(), 1);
}

/// Fills a store with 30 check-ins, 10 pauses, 10 ruptures (half with Sam) and 5 repairs,
/// one minute apart.
fn fill(store: &mut Store) -> (PartId, mend::domain::PersonId) {
    let parts = store.list::<Parts>().unwrap();
    let sam = store.add::<People>(&name("Sam"), &at(T0)).unwrap();
    let mut minute = 0;
    let mut next = || {
        minute += 1;
        minutes_after(T0, minute)
    };
    for i in 0..30 {
        let mut c = CheckIn::of_part(CheckInId::random(), next(), parts[i % 2].id);
        if i % 3 == 0 {
            c.person_id = Some(sam.id);
            c.note = Note::parse("100% sure_of it", "the note").unwrap();
        }
        store.save_checkin(&c, &c.at).unwrap();
    }
    for _ in 0..10 {
        let p = Pause::start(PauseId::random(), next(), PauseLength::DEFAULT, None);
        store.save_pause(&p, &p.started_at()).unwrap();
    }
    for i in 0..10 {
        let mut r = rupture_at(store, &format!("Rupture number {i}"), next());
        if i % 2 == 0 {
            r.person_id = Some(sam.id);
            store.save_rupture(&r, &r.at).unwrap();
        }
        if i < 5 {
            let mut repair = store.begin_repair(r.id, &next()).unwrap();
            repair.stage = RepairStage::Outcome.into();
            store
                .complete_repair(&repair, RepairOutcome::Reconnected, &next())
                .unwrap();
        }
    }
    (parts[0].id, sam.id)
}

fn all_pages(
    store: &Store,
    filter: &TimelineFilter,
    size: usize,
) -> Vec<(EntryKind, Moment, uuid::Uuid)> {
    let mut out = Vec::new();
    let mut after: Option<Cursor> = None;
    loop {
        let page = store.timeline(filter, after, size).unwrap();
        assert!(page.len() <= size);
        out.extend(page.iter().map(|e| (e.kind, e.at, e.id)));
        if page.len() < size {
            return out;
        }
        after = page.last().map(|e| e.cursor());
    }
}

#[test]
fn timeline_pages_cover_everything_once_newest_first() {
    let (_dir, mut store) = fresh();
    fill(&mut store);
    let all = all_pages(&store, &TimelineFilter::default(), 7);
    assert_eq!(all.len(), 30 + 10 + 10 + 5);
    let mut ids: Vec<_> = all.iter().map(|e| e.2).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), all.len(), "no entry twice");
    assert!(all.windows(2).all(|w| w[0].1 >= w[1].1), "newest first");
    assert_eq!(all_pages(&store, &TimelineFilter::default(), 200), all);
}

#[test]
fn timeline_pages_split_ties_by_id() {
    let (_dir, mut store) = fresh();
    let part = first_part(&store);
    for _ in 0..9 {
        checkin_at(&mut store, part, at(T0));
    }
    let all = all_pages(&store, &TimelineFilter::default(), 2);
    assert_eq!(all.len(), 9);
}

#[test]
fn timeline_filters() {
    let (_dir, mut store) = fresh();
    let (part, sam) = fill(&mut store);
    let count = |f: TimelineFilter| all_pages(&store, &f, 50).len();
    let kind = |k| TimelineFilter {
        kind: Some(k),
        ..Default::default()
    };
    assert_eq!(count(kind(EntryKind::CheckIn)), 30);
    assert_eq!(count(kind(EntryKind::Pause)), 10);
    assert_eq!(count(kind(EntryKind::Rupture)), 10);
    assert_eq!(count(kind(EntryKind::Repair)), 5);
    assert_eq!(
        count(TimelineFilter {
            part: Some(part),
            ..Default::default()
        }),
        15
    );
    // Sam: 10 check-ins, 5 ruptures, and the 3 repairs of Sam's ruptures (0, 2, 4).
    assert_eq!(
        count(TimelineFilter {
            person: Some(sam),
            ..Default::default()
        }),
        18
    );
    let status = |s| TimelineFilter {
        status: Some(s),
        ..Default::default()
    };
    assert_eq!(count(status(RuptureStatus::Repaired)), 10);
    assert_eq!(count(status(RuptureStatus::Open)), 5);
    let text = |t: &str| TimelineFilter {
        text: t.into(),
        ..Default::default()
    };
    assert_eq!(count(text("number 7")), 1);
    assert_eq!(
        count(text("NUMBER 3")),
        2,
        "the rupture and its repair, any case"
    );
    assert_eq!(count(text("100%")), 10, "a % is matched literally");
    assert_eq!(count(text("0_s")), 0, "an _ is matched literally");
    assert_eq!(count(text("sure_of")), 10);
    assert_eq!(count(text("nothing like this")), 0);
    let both = TimelineFilter {
        person: Some(sam),
        kind: Some(EntryKind::Rupture),
        ..Default::default()
    };
    assert_eq!(count(both), 5);
}

#[test]
fn delete_hides_and_undo_brings_back() {
    let (_dir, mut store) = fresh();
    let part = first_part(&store);
    let id = checkin_at(&mut store, part, at(T0));
    let r = rupture_at(&mut store, "Slammed door", minutes_after(T0, 1));
    store.begin_repair(r.id, &minutes_after(T0, 2)).unwrap();
    let everything = TimelineFilter::default();
    assert_eq!(store.timeline(&everything, None, 10).unwrap().len(), 3);

    store.delete(id, &at(T0)).unwrap();
    assert!(matches!(store.checkin(id), Err(StoreError::NotFound(_))));
    store.delete(r.id, &at(T0)).unwrap();
    assert!(
        store.timeline(&everything, None, 10).unwrap().is_empty(),
        "a deleted rupture hides its repair"
    );

    store.undo_delete(id).unwrap();
    store.undo_delete(r.id).unwrap();
    assert_eq!(store.timeline(&everything, None, 10).unwrap().len(), 3);
    assert!(matches!(
        store.undo_delete(id),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn deleting_a_repair_puts_its_rupture_back_and_undo_restores_it() {
    let (_dir, mut store) = fresh();
    let r = rupture_at(&mut store, "Missed the call", at(T0));
    let mut repair = store.begin_repair(r.id, &minutes_after(T0, 10)).unwrap();
    repair.stage = RepairStage::Outcome.into();
    let done = store
        .complete_repair(&repair, RepairOutcome::Reconnected, &minutes_after(T0, 30))
        .unwrap();
    let repaired = store.rupture(r.id).unwrap();
    assert_eq!(repaired.status, RuptureStatus::Repaired);

    store.delete(done.id, &minutes_after(T0, 40)).unwrap();
    let back = store.rupture(r.id).unwrap();
    assert_eq!(back.status, RuptureStatus::Open);
    assert_eq!(back.repaired_at, None);

    store.undo_delete(done.id).unwrap();
    assert_eq!(store.rupture(r.id).unwrap(), repaired);

    // A repair under way keeps the rupture "repairing" while another is deleted.
    let second = store.begin_repair(r.id, &minutes_after(T0, 50));
    assert!(
        matches!(second, Err(StoreError::RuptureClosed(_))),
        "a mended rupture is not repaired again"
    );
    store
        .set_rupture_status(r.id, RuptureStatus::Open, &minutes_after(T0, 51))
        .unwrap();
    store.begin_repair(r.id, &minutes_after(T0, 52)).unwrap();
    store.delete(done.id, &minutes_after(T0, 53)).unwrap();
    assert_eq!(
        store.rupture(r.id).unwrap().status,
        RuptureStatus::Repairing
    );
}

#[test]
fn search_and_names_ignore_case_in_any_script() {
    let (_dir, mut store) = fresh();
    let now = at(T0);
    let emile = store.add::<People>(&name("Émile"), &now).unwrap();
    assert_eq!(
        store.add::<People>(&name("émile"), &now).unwrap().id,
        emile.id
    );
    let mut r = rupture_at(&mut store, "Ölkrise mit Émile", now);
    r.person_id = Some(emile.id);
    store.save_rupture(&r, &now).unwrap();
    let found = |t: &str| {
        store
            .timeline(
                &TimelineFilter {
                    text: t.into(),
                    ..Default::default()
                },
                None,
                10,
            )
            .unwrap()
            .len()
    };
    assert_eq!(found("ölkrise"), 1);
    assert_eq!(found("ÉMILE"), 1);
    assert_eq!(found("emile"), 0, "accents still count");
}

#[test]
fn all_names_include_removed_ones_for_the_filters() {
    let (_dir, mut store) = fresh();
    let parts = store.list::<Parts>().unwrap();
    store.archive::<Parts>(parts[0].id, &at(T0)).unwrap();
    let all = store.all_names::<Parts>().unwrap();
    assert_eq!(all.len(), starter_parts(Lang::ENGLISH).len());
    assert!(
        all.iter()
            .any(|(p, removed)| p.id == parts[0].id && *removed)
    );
    assert_eq!(
        all.iter().filter(|(_, removed)| !removed).count(),
        starter_parts(Lang::ENGLISH).len() - 1
    );
    let names: Vec<&str> = all.iter().map(|(p, _)| p.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted, "alphabetical");
}

#[test]
fn purge_removes_deleted_records_for_good() {
    let (_dir, mut store) = fresh();
    let part = first_part(&store);
    let keep = checkin_at(&mut store, part, at(T0));
    let gone = checkin_at(&mut store, part, at(T0));
    let r = rupture_at(&mut store, "Gone", at(T0));
    let mut c = CheckIn::of_part(CheckInId::random(), at(T0), part);
    c.rupture_id = Some(r.id);
    store.save_checkin(&c, &at(T0)).unwrap();
    store.delete(gone, &at(T0)).unwrap();
    store.delete(r.id, &at(T0)).unwrap();
    assert_eq!(store.purge_deleted(&minutes_after(T0, 1)).unwrap(), 2);
    assert!(store.checkin(keep).is_ok());
    assert!(matches!(
        store.undo_delete(gone),
        Err(StoreError::NotFound(_))
    ));
    // The check-in that pointed at the purged rupture stays, unlinked.
    assert_eq!(store.checkin(c.id).unwrap().rupture_id, None);
}

#[test]
fn purged_text_leaves_no_trace_in_the_file() {
    let dir = TempDir::new().unwrap();
    // One long word: the search index keeps words whole, and this one shares no start with
    // any other word here.
    let marker = "zqxjkvmarmaladesecret7731";
    let holds_marker = || {
        let mut bytes = fs::read(dir.path().join("mend.db")).unwrap();
        if let Ok(wal) = fs::read(dir.path().join("mend.db-wal")) {
            bytes.extend(wal);
        }
        bytes.windows(marker.len()).any(|w| w == marker.as_bytes())
    };
    let mut store = Store::open_in(dir.path()).unwrap();
    let part = first_part(&store);
    let mut c = CheckIn::of_part(CheckInId::random(), at(T0), part);
    c.note = Note::parse(marker, "the note").unwrap();
    store.save_checkin(&c, &at(T0)).unwrap();
    assert!(holds_marker(), "the note is written to disk at once");
    store.delete(c.id, &at(T0)).unwrap();
    store.purge_deleted(&minutes_after(T0, 1)).unwrap();
    // Gone from the file and from its log while Mend is still running.
    assert!(!holds_marker(), "the deleted note is still on disk");
}

#[test]
fn settings_round_trip() {
    let (_dir, mut store) = fresh();
    assert_eq!(store.settings().unwrap(), Settings::default());
    let s = Settings {
        theme: Theme::Dark,
        welcomed: true,
        text_size: TextSize::Largest,
        reduce_motion: true,
        ..Settings::default()
    };
    store.save_settings(&s).unwrap();
    assert_eq!(store.settings().unwrap(), s);
}

#[test]
fn settings_saved_before_text_size_read_with_the_standard_size_and_the_device_motion() {
    let (_dir, store) = fresh();
    rusqlite::Connection::open(store.path())
        .unwrap()
        .execute(
            "INSERT INTO settings (key, value) VALUES ('app', '{\"theme\":\"dark\",\"welcomed\":true}')
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [],
        )
        .unwrap();
    let s = store.settings().unwrap();
    assert!(store.settings_readable().unwrap());
    assert_eq!((s.theme, s.welcomed), (Theme::Dark, true));
    assert_eq!((s.text_size, s.reduce_motion), (TextSize::Standard, false));
}

fn assert_refused_unchanged(path: &Path, check: impl Fn(&OpenError) -> bool) {
    let before = fs::read(path).unwrap();
    let err = Store::open(path).unwrap_err();
    assert!(check(&err), "unexpected error: {err}");
    assert_eq!(err.path(), path);
    assert!(
        err.told().contains(&path.display().to_string()),
        "the message says where: {err}"
    );
    assert_eq!(
        fs::read(path).unwrap(),
        before,
        "the file is unchanged, byte for byte"
    );
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("mend.db");
    fs::write(
        &path,
        "these are my private notes, not a database\n".repeat(200),
    )
    .unwrap();
    assert_refused_unchanged(&path, |e| matches!(e, OpenError::NotMend { .. }));
}

#[test]
fn another_apps_sqlite_file_is_refused_and_left_alone() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("mend.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');",
        )
        .unwrap();
    }
    assert_refused_unchanged(&path, |e| matches!(e, OpenError::NotMend { .. }));
}

#[test]
fn a_newer_schema_is_refused_and_left_alone() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("mend.db");
    {
        let mut store = Store::open(&path).unwrap();
        let part = first_part(&store);
        checkin_at(&mut store, part, at(T0));
    }
    {
        // A future Mend adds a table and moves the version on, then checkpoints its log.
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE future (x TEXT); PRAGMA user_version = {}; PRAGMA wal_checkpoint(TRUNCATE);",
            SCHEMA_VERSION + 1
        ))
        .unwrap();
    }
    assert_refused_unchanged(
        &path,
        |e| matches!(e, OpenError::Newer { found, known, .. } if *found == SCHEMA_VERSION + 1 && *known == SCHEMA_VERSION),
    );
}

#[test]
fn an_empty_file_becomes_a_new_store() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("mend.db");
    fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.list::<Parts>().unwrap().len(),
        starter_parts(Lang::ENGLISH).len()
    );
}

#[test]
fn a_folder_that_cannot_be_created_is_a_clear_error() {
    let dir = TempDir::new().unwrap();
    let blocker = dir.path().join("file");
    fs::write(&blocker, "x").unwrap();
    let err = Store::open_in(&blocker.join("inside")).unwrap_err();
    assert!(matches!(err, OpenError::Folder { .. }), "{err}");
    assert!(
        err.told()
            .starts_with("Mend couldn't create its data folder")
    );
}
