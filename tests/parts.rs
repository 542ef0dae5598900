//! My parts, in the store: details, merging two parts, and how often each comes up. On real
//! database files in temporary folders.

use chrono::TimeDelta;
use mend::domain::part::{PartDetails, PartError, PartRole};
use mend::domain::{AgeBand, CheckIn, CheckInId, Level, Moment, Name, Note, PartId, PersonId};
use mend::store::{Parts, People, Store, StoreError};
use mend::ui::errors::Told;
use rusqlite::Connection;
use tempfile::TempDir;

mod common;
use common::at;

const T0: &str = "2026-11-23T20:00:00+01:00";

fn days_before(base: &str, days: i64) -> Moment {
    at(base) - TimeDelta::days(days)
}

fn fresh() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    (dir, store)
}

fn name(s: &str) -> Name {
    Name::parse(s).unwrap()
}

fn note(s: &str) -> Note {
    Note::parse(s, "the note").unwrap()
}

fn add_part(store: &mut Store, s: &str) -> PartId {
    store.add::<Parts>(&name(s), &at(T0)).unwrap().id
}

fn add_person(store: &mut Store, s: &str) -> PersonId {
    store.add::<People>(&name(s), &at(T0)).unwrap().id
}

/// A check-in of `part` with what it noted.
fn checkin(
    store: &mut Store,
    part: PartId,
    when: Moment,
    intensity: Option<u8>,
    self_level: Option<u8>,
    person: Option<PersonId>,
) -> CheckInId {
    let mut c = CheckIn::of_part(CheckInId::random(), when, part);
    c.intensity = intensity.and_then(Level::new);
    c.self_level = self_level.and_then(Level::new);
    c.person_id = person;
    store.save_checkin(&c, &when).unwrap();
    c.id
}

/// Reads the file with plain SQL beside the open store, deleted check-ins included.
fn plain_sql(dir: &TempDir) -> Connection {
    Connection::open(dir.path().join("mend.db")).unwrap()
}

/// Every check-in of a part, deleted ones too.
fn all_checkins_of(dir: &TempDir, part: PartId) -> i64 {
    plain_sql(dir)
        .query_row(
            "SELECT count(*) FROM checkins WHERE part_id = ?1",
            [part.to_string()],
            |r| r.get(0),
        )
        .unwrap()
}

/// Every check-in there is, deleted ones too.
fn all_checkins(dir: &TempDir) -> i64 {
    plain_sql(dir)
        .query_row("SELECT count(*) FROM checkins", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn details_round_trip_with_odd_unicode() {
    let (_dir, mut store) = fresh();
    let id = add_part(&mut store, "Critic");
    let plain = store.part(id).unwrap();
    assert_eq!(plain.details, PartDetails::named(name("Critic")));
    assert!(!plain.archived);
    assert_eq!(plain.merged_into, None);

    let details = PartDetails {
        name: name("ناقد 👩‍👧 Crític\u{301}"),
        role: Some(PartRole::Manager.into()),
        age_band: Some(AgeBand::NineToTwelve.into()),
        fears: note("being laughed at\n\t— שלום"),
        needs: note("🫂 to be thanked\u{202E}"),
        triggers: note("raised voices\n\nsilence at dinner"),
        notes: note(&"ß".repeat(10_000)),
    };
    store.save_part(id, &details, &at(T0)).unwrap();
    let back = store.part(id).unwrap();
    assert_eq!(back.details, details);
    assert_eq!(back.id, id);

    // Clearing fields clears them; an unknown stored role reads as none.
    let cleared = PartDetails::named(name("Critic"));
    store.save_part(id, &cleared, &at(T0)).unwrap();
    assert_eq!(store.part(id).unwrap().details, cleared);
    for role in PartRole::ALL {
        let with_role = PartDetails {
            role: Some(role.into()),
            ..cleared.clone()
        };
        store.save_part(id, &with_role, &at(T0)).unwrap();
        assert_eq!(store.part(id).unwrap().details.role, Some(role.into()));
    }

    // The new name is the one the check-in offers.
    assert!(
        store
            .list::<Parts>()
            .unwrap()
            .iter()
            .any(|p| p.id == id && p.name == "Critic")
    );
    assert!(matches!(
        store.part(PartId::random()),
        Err(StoreError::NotFound("part"))
    ));
    assert!(matches!(
        store.save_part(PartId::random(), &cleared, &at(T0)),
        Err(StoreError::NotFound("part"))
    ));
}

#[test]
fn a_name_another_active_part_has_is_refused_plainly() {
    let (_dir, mut store) = fresh();
    let emile = add_part(&mut store, "Émile");
    let other = add_part(&mut store, "Quiet one");
    let before = store.part(other).unwrap();
    let clash = PartDetails {
        name: name("émile"),
        notes: note("changed"),
        ..before.details.clone()
    };
    let err = store.save_part(other, &clash, &at(T0)).unwrap_err();
    assert!(
        matches!(&err, StoreError::NameTaken(n) if n == "émile"),
        "{err:?}"
    );
    assert_eq!(
        err.told(),
        "You already have one with that name. Try another, or add a word to it."
    );
    assert!(
        !err.told().contains("mile"),
        "the message, which is logged, leaves the name out"
    );
    assert_eq!(store.part(other).unwrap(), before, "nothing was changed");

    // Its own name in another case is fine.
    let recased = PartDetails {
        name: name("ÉMILE"),
        ..store.part(emile).unwrap().details
    };
    store.save_part(emile, &recased, &at(T0)).unwrap();
    assert_eq!(store.part(emile).unwrap().details.name.as_str(), "ÉMILE");

    // An archived part's name is free to take, and an archived part may keep a name in use.
    store.archive::<Parts>(emile, &at(T0)).unwrap();
    store.save_part(other, &clash, &at(T0)).unwrap();
    let archived = store.part(emile).unwrap();
    assert!(archived.archived);
    store.save_part(emile, &archived.details, &at(T0)).unwrap();
}

#[test]
fn merging_moves_every_checkin_and_loses_nothing() {
    let (dir, mut store) = fresh();
    let from = add_part(&mut store, "Fighter");
    let into = add_part(&mut store, "Angry one");
    let sam = add_person(&mut store, "Sam");
    checkin(
        &mut store,
        from,
        days_before(T0, 3),
        Some(8),
        Some(2),
        Some(sam),
    );
    checkin(&mut store, from, days_before(T0, 2), Some(6), None, None);
    let deleted = checkin(
        &mut store,
        from,
        days_before(T0, 1),
        Some(9),
        Some(1),
        Some(sam),
    );
    store.delete(deleted, &at(T0)).unwrap();
    checkin(&mut store, into, days_before(T0, 5), Some(4), Some(6), None);
    checkin(&mut store, into, days_before(T0, 4), None, None, Some(sam));
    let total_before = all_checkins(&dir);
    let shown_before = store.counts().unwrap().checkins;
    assert_eq!(store.part_stats(from).unwrap().checkins, 2);
    assert_eq!(store.part_stats(into).unwrap().checkins, 2);

    let moved = store.merge_parts(from, into, &at(T0)).unwrap();
    assert_eq!(moved, 3, "the deleted check-in moved too");

    assert_eq!(all_checkins_of(&dir, from), 0);
    assert_eq!(all_checkins_of(&dir, into), 5);
    assert_eq!(all_checkins(&dir), total_before, "no check-in was lost");
    assert_eq!(store.counts().unwrap().checkins, shown_before);

    let kept = store.part_stats(into).unwrap();
    assert_eq!(
        kept.checkins, 4,
        "the kept part shows both parts' check-ins"
    );
    assert_eq!(kept.first_seen, Some(days_before(T0, 5)));
    assert_eq!(kept.last_seen, Some(days_before(T0, 2)));
    assert_eq!(kept.with_whom, [("Sam".to_owned(), 2)]);
    assert_eq!(store.part_stats(from).unwrap().checkins, 0);

    let gone = store.part(from).unwrap();
    assert!(gone.archived);
    assert_eq!(
        gone.merged_into.map(|p| (p.id, p.name)),
        Some((into, "Angry one".to_owned()))
    );
    assert!(store.list::<Parts>().unwrap().iter().all(|p| p.id != from));
    let archived = store.archived_parts().unwrap();
    assert_eq!(archived.len(), 1);
    assert_eq!(archived[0].part.id, from);
    assert_eq!(archived[0].merged_into.as_ref().map(|p| p.id), Some(into));

    // Undoing the delete brings the check-in back under the kept part.
    store.undo_delete(deleted).unwrap();
    assert_eq!(store.checkin(deleted).unwrap().part_id, into);
    assert_eq!(store.part_stats(into).unwrap().checkins, 5);
    assert_eq!(store.part_checkins(into, 10).unwrap().len(), 5);

    // Brought back, the merged part stands on its own again; its check-ins stay moved.
    store.unarchive::<Parts>(from).unwrap();
    let back = store.part(from).unwrap();
    assert!(!back.archived);
    assert_eq!(back.merged_into, None);
    assert_eq!(store.part_stats(into).unwrap().checkins, 5);
}

#[test]
fn merging_folds_what_was_written_without_repeating_it() {
    let (_dir, mut store) = fresh();
    let from = add_part(&mut store, "Worrier");
    let into = add_part(&mut store, "Planner");
    store
        .save_part(
            from,
            &PartDetails {
                name: name("Worrier"),
                role: Some(PartRole::Firefighter.into()),
                age_band: Some(AgeBand::Teen.into()),
                fears: note("being left"),
                needs: note(""),
                triggers: note("raised voices"),
                notes: note("Feels like 🌧️ weather"),
            },
            &at(T0),
        )
        .unwrap();
    store
        .save_part(
            into,
            &PartDetails {
                name: name("Planner"),
                role: None,
                age_band: Some(AgeBand::Adult.into()),
                fears: note("being blamed"),
                needs: note("rest"),
                triggers: note(""),
                notes: note("Feels like 🌧️ weather"),
            },
            &at(T0),
        )
        .unwrap();
    store.merge_parts(from, into, &at(T0)).unwrap();
    let kept = store.part(into).unwrap().details;
    assert_eq!(kept.name.as_str(), "Planner");
    assert_eq!(kept.fears.as_str(), "being blamed\n\nbeing left");
    assert_eq!(kept.needs.as_str(), "rest");
    assert_eq!(kept.triggers.as_str(), "raised voices");
    assert_eq!(kept.notes.as_str(), "Feels like 🌧️ weather", "not repeated");
    assert_eq!(kept.role, Some(PartRole::Firefighter.into()), "filled in");
    assert_eq!(kept.age_band, Some(AgeBand::Adult.into()), "kept as it was");
    // The merged part keeps its own words too.
    assert_eq!(
        store.part(from).unwrap().details.fears.as_str(),
        "being left"
    );

    // Merging a part with the same words again adds nothing.
    let again = add_part(&mut store, "Worrier");
    store
        .save_part(
            again,
            &PartDetails {
                fears: note("being left"),
                ..PartDetails::named(name("Worrier"))
            },
            &at(T0),
        )
        .unwrap();
    store.merge_parts(again, into, &at(T0)).unwrap();
    assert_eq!(
        store.part(into).unwrap().details.fears.as_str(),
        "being blamed\n\nbeing left"
    );
}

#[test]
fn merging_into_itself_or_into_an_archived_part_is_refused() {
    let (dir, mut store) = fresh();
    let a = add_part(&mut store, "A part");
    let b = add_part(&mut store, "B part");
    checkin(&mut store, a, days_before(T0, 1), Some(5), None, None);

    let err = store.merge_parts(a, a, &at(T0)).unwrap_err();
    assert!(matches!(err, StoreError::Part(PartError::IntoItself)));
    assert_eq!(
        err.told(),
        "A part can't be merged into itself. Choose another part to merge it into."
    );

    store.archive::<Parts>(b, &at(T0)).unwrap();
    let err = store.merge_parts(a, b, &at(T0)).unwrap_err();
    assert!(matches!(&err, StoreError::Part(PartError::IntoArchived { name }) if name == "B part"));
    assert!(err.told().contains("“B part” is archived"), "{err}");

    let err = store.merge_parts(a, PartId::random(), &at(T0)).unwrap_err();
    assert!(matches!(err, StoreError::NotFound("part")));
    let err = store.merge_parts(PartId::random(), a, &at(T0)).unwrap_err();
    assert!(matches!(err, StoreError::NotFound("part")));

    // Nothing changed.
    assert_eq!(all_checkins_of(&dir, a), 1);
    let still = store.part(a).unwrap();
    assert!(!still.archived);
    assert_eq!(still.merged_into, None);

    // An archived part can be merged into an active one.
    store.merge_parts(b, a, &at(T0)).unwrap();
    assert_eq!(store.part(b).unwrap().merged_into.map(|p| p.id), Some(a));
}

#[test]
fn a_merge_that_would_make_a_text_too_long_changes_nothing() {
    let (dir, mut store) = fresh();
    let from = add_part(&mut store, "Long one");
    let into = add_part(&mut store, "Longer one");
    let half = |c: &str| PartDetails {
        notes: note(&c.repeat(6_000)),
        ..PartDetails::named(name("x"))
    };
    store
        .save_part(
            from,
            &PartDetails {
                name: name("Long one"),
                ..half("a")
            },
            &at(T0),
        )
        .unwrap();
    store
        .save_part(
            into,
            &PartDetails {
                name: name("Longer one"),
                ..half("b")
            },
            &at(T0),
        )
        .unwrap();
    checkin(&mut store, from, days_before(T0, 1), None, None, None);
    let err = store.merge_parts(from, into, &at(T0)).unwrap_err();
    assert!(
        matches!(
            &err,
            StoreError::Part(PartError::FoldTooLong {
                what: "the notes",
                ..
            })
        ),
        "{err:?}"
    );
    assert!(err.told().contains("nothing was merged"), "{err}");
    assert_eq!(all_checkins_of(&dir, from), 1);
    assert!(!store.part(from).unwrap().archived);
    assert_eq!(
        store.part(into).unwrap().details.notes.as_str(),
        "b".repeat(6_000)
    );
}

#[test]
fn stats_match_hand_computed_values() {
    let (_dir, mut store) = fresh();
    let part = add_part(&mut store, "Protector");
    let quiet = add_part(&mut store, "Never seen");
    let other = add_part(&mut store, "Other");
    let (sam, alex, jo, kim) = (
        add_person(&mut store, "Sam"),
        add_person(&mut store, "Alex"),
        add_person(&mut store, "Jo"),
        add_person(&mut store, "Kim"),
    );
    // Intensities 2, 5, 7, 9 (and one not noted): the median is (5 + 7) / 2 = 6.
    // Self 3, 4, 5: the average is 4. Sam 3 times, Alex twice, Jo and Kim once (Kim later).
    checkin(
        &mut store,
        part,
        days_before(T0, 30),
        Some(2),
        Some(3),
        Some(sam),
    );
    checkin(
        &mut store,
        part,
        days_before(T0, 20),
        Some(9),
        None,
        Some(sam),
    );
    checkin(
        &mut store,
        part,
        days_before(T0, 10),
        Some(5),
        Some(4),
        Some(alex),
    );
    checkin(
        &mut store,
        part,
        days_before(T0, 9),
        Some(7),
        None,
        Some(jo),
    );
    checkin(
        &mut store,
        part,
        days_before(T0, 8),
        None,
        Some(5),
        Some(alex),
    );
    checkin(&mut store, part, days_before(T0, 7), None, None, Some(kim));
    checkin(&mut store, part, days_before(T0, 3), None, None, Some(sam));
    // Deleted: not counted anywhere.
    let deleted = checkin(
        &mut store,
        part,
        days_before(T0, 1),
        Some(10),
        Some(0),
        Some(kim),
    );
    store.delete(deleted, &at(T0)).unwrap();
    checkin(
        &mut store,
        other,
        days_before(T0, 2),
        Some(1),
        Some(1),
        Some(jo),
    );

    let stats = store.part_stats(part).unwrap();
    assert_eq!(stats.checkins, 7);
    assert_eq!(stats.first_seen, Some(days_before(T0, 30)));
    assert_eq!(stats.last_seen, Some(days_before(T0, 3)));
    assert_eq!(
        stats.with_whom,
        [
            ("Sam".to_owned(), 3),
            ("Alex".to_owned(), 2),
            ("Kim".to_owned(), 1)
        ]
    );
    assert_eq!(stats.typical_intensity, Some(6.0));
    assert_eq!(stats.average_self, Some(4.0));
    // The offset the check-in was written in is kept.
    assert_eq!(stats.last_seen.unwrap().offset().local_minus_utc(), 3600);

    let none = store.part_stats(quiet).unwrap();
    assert_eq!(none.checkins, 0);
    assert_eq!(none.first_seen, None);
    assert_eq!(none.with_whom, []);
    assert_eq!(none.typical_intensity, None);
    assert_eq!(none.average_self, None);

    // The list: every active part in one go, the most recently seen first.
    store.archive::<Parts>(other, &at(T0)).unwrap();
    let summaries = store.part_summaries().unwrap();
    let first = &summaries[0];
    assert_eq!(
        (first.part.id, first.checkins, first.last_seen),
        (part, 7, Some(days_before(T0, 3)))
    );
    assert!(
        summaries.iter().all(|s| s.part.id != other),
        "archived left out"
    );
    let never = summaries.iter().find(|s| s.part.id == quiet).unwrap();
    assert_eq!((never.checkins, never.last_seen), (0, None));
    assert_eq!(
        summaries.len(),
        store.list::<Parts>().unwrap().len(),
        "the same parts as the check-in offers"
    );
    assert_eq!(
        summaries.iter().map(|s| s.part.id).collect::<Vec<_>>(),
        store
            .list::<Parts>()
            .unwrap()
            .iter()
            .map(|p| p.id)
            .collect::<Vec<_>>(),
        "in the same order"
    );
}

#[test]
fn a_parts_recent_checkins_come_newest_first_with_a_short_note() {
    let (_dir, mut store) = fresh();
    let part = add_part(&mut store, "Recent");
    let sam = add_person(&mut store, "Sam");
    for day in 1..=12 {
        checkin(&mut store, part, days_before(T0, day), Some(3), None, None);
    }
    let mut c = CheckIn::of_part(CheckInId::random(), at(T0), part);
    c.intensity = Level::new(7);
    c.self_level = Level::new(2);
    c.person_id = Some(sam);
    c.note = note(&format!("first line\nsecond {}", "word ".repeat(50)));
    store.save_checkin(&c, &at(T0)).unwrap();

    let recent = store.part_checkins(part, 10).unwrap();
    assert_eq!(recent.len(), 10);
    assert_eq!(recent[0].id, c.id);
    assert_eq!(recent[0].at, at(T0));
    assert_eq!(recent[0].intensity, Level::new(7));
    assert_eq!(recent[0].self_level, Level::new(2));
    assert_eq!(recent[0].person.as_deref(), Some("Sam"));
    assert!(recent[0].note.starts_with("first line second word"));
    assert!(recent[0].note.ends_with('…'));
    assert!(recent[0].note.chars().count() <= 100);
    assert!(
        recent.windows(2).all(|w| w[0].at >= w[1].at),
        "newest first"
    );
    assert_eq!(recent[9].at, days_before(T0, 9));
    assert_eq!(recent[1].person, None);
}
