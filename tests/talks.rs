//! Talks it through and the couple's shared words, on a real file: a whole talk made move
//! by move and read back, a pause in the middle, both saying the rupture is repaired (and a
//! delete and its undo following that), the shared words with Undo, and export and import:
//! format version 5 carries both, and a version 4 file, without them, still imports.

mod common;

use chrono::TimeDelta;
use common::{at, now};
use mend::domain::i18n::Lang;
use mend::domain::talk::{Move, TalkStage, Who};
use mend::domain::{
    EntryKind, Level, Note, RepairStep, Rupture, RuptureId, RuptureStatus, Severity, TimelineFilter,
};
use mend::store::transfer::format::FORMAT_VERSION;
use mend::store::{Store, StoreError};
use tempfile::TempDir;

fn rupture(store: &mut Store) -> RuptureId {
    let r = Rupture {
        id: RuptureId::random(),
        at: at("2026-11-23T18:00:00+01:00"),
        person_id: None,
        what: Note::parse_required("We argued about the holidays", "what happened").unwrap(),
        severity: Severity::DEFAULT,
        status: RuptureStatus::Open,
        repaired_at: None,
    };
    store.save_rupture(&r, &now()).unwrap();
    r.id
}

fn words(text: &str) -> Note {
    Note::parse(text, "words").unwrap()
}

/// A whole talk about a rupture, with names, a pause after the first step and words kept
/// in some turns; finished with both intentions.
fn whole_talk(store: &mut Store, rupture_id: RuptureId) -> mend::domain::talk::Talk {
    let mut moment = now();
    let mut tick = || {
        moment += TimeDelta::minutes(1);
        moment
    };
    let talk = store
        .begin_talk(Some(rupture_id), ["Sam", "Alex"], &tick())
        .unwrap();
    let id = talk.id;
    for (who, level) in [(Who::One, 6), (Who::Two, 5)] {
        let level = Level::new(level);
        store
            .move_talk(id, Move::Ready { who, level }, &tick())
            .unwrap();
    }
    store.move_talk(id, Move::Begin, &tick()).unwrap();
    for (i, _) in RepairStep::ALL.iter().enumerate() {
        for turn in 0..2 {
            let said = if turn == 0 {
                words("A part of me felt pushed aside.")
            } else {
                Note::default()
            };
            let parts = if i == 0 {
                vec!["A worried part".to_owned()]
            } else {
                Vec::new()
            };
            store
                .move_talk(id, Move::Spoke { parts, said }, &tick())
                .unwrap();
            store
                .move_talk(
                    id,
                    Move::Heard {
                        heard: words("What I heard is that it felt lonely."),
                    },
                    &tick(),
                )
                .unwrap();
            store
                .move_talk(
                    id,
                    Move::Checked {
                        got_it: turn == 0,
                        added: Note::default(),
                    },
                    &tick(),
                )
                .unwrap();
        }
        if i == 0 {
            // A pause in the middle: the talk waits where it is, and is the one to pick up.
            // "We need a pause" starts one at once, about the talk's rupture.
            let before = store.talk(id).unwrap();
            let pause = store.pause_talk(id, &tick()).unwrap();
            assert_eq!(pause.rupture_id, Some(rupture_id));
            assert_eq!(
                store.open_pause().unwrap().map(|p| p.id()),
                Some(pause.id())
            );
            let paused = store.talk(id).unwrap();
            assert_eq!(
                (paused.at(), paused.turns.len()),
                (before.at(), before.turns.len())
            );
            assert_eq!(store.open_talk().unwrap().map(|t| t.id), Some(id));
            // Asked again while it runs, the same pause goes on.
            assert_eq!(store.pause_talk(id, &tick()).unwrap().id(), pause.id());
        }
    }
    store
        .move_talk(
            id,
            Move::Finish {
                one: words("I'll say when a part of me is up."),
                two: words("I'll ask for a pause before I leave."),
            },
            &tick(),
        )
        .unwrap()
}

#[test]
fn a_whole_talk_is_kept_move_by_move_and_shows_in_history() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let rupture_id = rupture(&mut store);
    let talk = whole_talk(&mut store, rupture_id);

    // Read back from the file, exactly as it was made.
    let read = store.talk(talk.id).unwrap();
    assert_eq!(read, talk);
    assert_eq!(read.at(), TalkStage::Done);
    assert_eq!(read.turns.len(), 10);
    assert_eq!(read.pauses, 2);
    assert_eq!(read.typed_name(Who::Two), Some("Alex"));
    assert_eq!(read.parts_of(Who::One), ["A worried part"]);
    assert_eq!(read.ready(Who::Two), Level::new(5));
    assert_eq!(store.open_talk().unwrap(), None);
    assert_eq!(store.last_talk_names().unwrap(), ["Sam", "Alex"]);

    // On the rupture's page and in History, under "Talks".
    let links = store.rupture_links(rupture_id).unwrap();
    assert_eq!(
        links.talks,
        vec![(talk.id, talk.started_at, TalkStage::Done, false)]
    );
    let talks = TimelineFilter {
        kind: Some(EntryKind::Talk),
        ..TimelineFilter::default()
    };
    let listed = store.timeline(&talks, None, 10).unwrap();
    assert_eq!(listed.len(), 1);
    let lines = listed[0].lines(Lang::ENGLISH);
    assert_eq!(
        lines.headline,
        "Talk it through: We argued about the holidays"
    );
    assert_eq!(lines.status.as_deref(), Some("finished"));
    assert!(lines.detail.contains("ask for a pause"), "{listed:?}");
    // Found by its own words: a name, a part, words kept, an intention; not by the codes
    // its turns are kept with.
    let search = |words: &str| {
        let filter = TimelineFilter {
            text: words.into(),
            ..TimelineFilter::default()
        };
        store
            .timeline(&filter, None, 10)
            .unwrap()
            .iter()
            .filter(|e| e.kind == EntryKind::Talk)
            .count()
    };
    assert_eq!(search("Alex"), 1);
    assert_eq!(search("worried"), 1);
    assert_eq!(search("lonely"), 1);
    assert_eq!(search("before I leave"), 1);
    assert_eq!(search("zebra"), 0);
    assert_eq!(search("pushed aside"), 1);
    assert_eq!(search("respond"), 0);

    // Insights count it in its month.
    let from = at("2026-01-01T00:00:00+01:00");
    let insights = store
        .insights(&from, &(now() + TimeDelta::days(1)))
        .unwrap();
    assert_eq!(insights.talks_by_month, vec![("2026-11".to_owned(), 1)]);

    // A move that doesn't fit where the talk is changes nothing.
    let err = store.move_talk(talk.id, Move::Begin, &now()).unwrap_err();
    assert!(matches!(err, StoreError::Talk(_)), "{err:?}");
    assert_eq!(store.talk(talk.id).unwrap(), talk);
}

#[test]
fn both_saying_it_is_repaired_marks_the_rupture_and_a_delete_undoes_that() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let rupture_id = rupture(&mut store);
    let talk = whole_talk(&mut store, rupture_id);
    let mended = store
        .move_talk(talk.id, Move::BothSayRepaired, &now())
        .unwrap();
    assert!(mended.repaired);
    let r = store.rupture(rupture_id).unwrap();
    assert_eq!(r.status, RuptureStatus::Repaired);
    // As of the talk's finish.
    assert_eq!(r.repaired_at, talk.finished_at);

    // Deleting the talk takes its word back; Undo gives it again.
    store.delete(talk.id, &now()).unwrap();
    assert_eq!(
        store.rupture(rupture_id).unwrap().status,
        RuptureStatus::Open
    );
    assert!(matches!(store.talk(talk.id), Err(StoreError::NotFound(_))));
    store.undo_delete(talk.id).unwrap();
    assert_eq!(
        store.rupture(rupture_id).unwrap().status,
        RuptureStatus::Repaired
    );
    assert!(store.talk(talk.id).unwrap().repaired);
}

#[test]
fn stopping_for_safety_ends_the_talk_and_it_is_not_offered_again() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let talk = store.begin_talk(None, ["", ""], &now()).unwrap();
    store.move_talk(talk.id, Move::Begin, &now()).unwrap();
    assert!(store.open_talk().unwrap().is_some());
    let stopped = store.move_talk(talk.id, Move::Stop, &now()).unwrap();
    assert_eq!(stopped.at(), TalkStage::Stopped);
    assert_eq!(store.open_talk().unwrap(), None);
    // A name that is too long is refused before anything is kept.
    let long = "x".repeat(61);
    assert!(store.begin_talk(None, [&long, ""], &now()).is_err());
    // A talk can't be about a rupture that isn't there.
    assert!(matches!(
        store.begin_talk(Some(RuptureId::random()), ["", ""], &now()),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn shared_words_are_kept_once_each_and_come_back_with_undo() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let a = store
        .add_shared_words(
            "A protective part of me is up.",
            Some("protective-part-up"),
            &now(),
        )
        .unwrap();
    let b = store
        .add_shared_words("This touches something old", None, &now())
        .unwrap();
    // The same words again (in another case) are the same sentence.
    let again = store
        .add_shared_words("this touches SOMETHING old", None, &now())
        .unwrap();
    assert_eq!(again, b);
    assert!(store.add_shared_words("   ", None, &now()).is_err());
    let texts = |s: &Store| -> Vec<String> {
        s.shared_words()
            .unwrap()
            .into_iter()
            .map(|w| w.text)
            .collect()
    };
    assert_eq!(
        texts(&store),
        [
            "A protective part of me is up.",
            "This touches something old"
        ]
    );
    store.delete_shared_words(a, &now()).unwrap();
    assert_eq!(texts(&store), ["This touches something old"]);
    store.undo(mend::domain::Undo::DeleteShared(a)).unwrap();
    assert_eq!(texts(&store).len(), 2);
    assert_eq!(
        store.shared_words().unwrap()[0].suggestion,
        "protective-part-up"
    );
}

#[test]
fn export_carries_talks_and_shared_words_and_a_version_4_file_still_imports() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let rupture_id = rupture(&mut store);
    let talk = whole_talk(&mut store, rupture_id);
    store
        .add_shared_words("I'm still on your side.", None, &now())
        .unwrap();
    let out = dir.path().join("export.json");
    store.export_to(&out, None, now()).unwrap();
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(file["format_version"], FORMAT_VERSION);
    assert_eq!(FORMAT_VERSION, 5);
    assert_eq!(file["talks"].as_array().unwrap().len(), 1);
    assert_eq!(file["shared_words"].as_array().unwrap().len(), 1);

    // Into a new store: the talk and the words come back exactly.
    let other = TempDir::new().unwrap();
    let mut copy = Store::open_in(other.path()).unwrap();
    let report = copy.import(&std::fs::read(&out).unwrap()).unwrap();
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    assert_eq!(copy.talk(talk.id).unwrap(), talk);
    assert_eq!(copy.shared_words().unwrap(), store.shared_words().unwrap());
    // And it is found by its words there too.
    let lonely = TimelineFilter {
        text: "lonely".into(),
        ..TimelineFilter::default()
    };
    assert_eq!(copy.timeline(&lonely, None, 10).unwrap().len(), 1);

    // The same file as version 4 wrote it: no talks, no shared words; it imports whole.
    let mut older = file.clone();
    older["format_version"] = serde_json::json!(4);
    let object = older.as_object_mut().unwrap();
    object.remove("talks");
    object.remove("shared_words");
    let fresh = TempDir::new().unwrap();
    let mut third = Store::open_in(fresh.path()).unwrap();
    let report = third.import(&serde_json::to_vec(&older).unwrap()).unwrap();
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    assert_eq!(third.rupture(rupture_id).unwrap().id, rupture_id);
    assert_eq!(third.open_talk().unwrap(), None);
    assert!(third.shared_words().unwrap().is_empty());

    // A talk in a file that claims a repair it can't have is turned away with a reason.
    let mut claims = file.clone();
    claims["talks"][0]["finished_at"] = serde_json::Value::Null;
    claims["talks"][0]["repaired"] = serde_json::json!(true);
    let fourth = TempDir::new().unwrap();
    let mut fourth = Store::open_in(fourth.path()).unwrap();
    let report = fourth
        .import(&serde_json::to_vec(&claims).unwrap())
        .unwrap();
    assert_eq!(report.rejected.len(), 1, "{:?}", report.rejected);
    assert!(report.rejected[0].reason.to_string().contains("repaired"));
}

#[test]
fn a_rupture_let_go_is_not_marked_repaired_by_a_talk() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let rupture_id = rupture(&mut store);
    let talk = whole_talk(&mut store, rupture_id);
    store
        .set_rupture_status(rupture_id, RuptureStatus::LetGo, &now())
        .unwrap();
    let err = store
        .move_talk(talk.id, Move::BothSayRepaired, &now())
        .unwrap_err();
    assert!(matches!(err, StoreError::RuptureClosed(_)), "{err:?}");
    // Nothing changed: the talk still says nothing of a repair, the rupture is let go.
    assert!(!store.talk(talk.id).unwrap().repaired);
    assert_eq!(
        store.rupture(rupture_id).unwrap().status,
        RuptureStatus::LetGo
    );
}
