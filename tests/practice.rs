//! Store tests for reflections, phrases and practice sessions, on real files in temporary
//! folders.

use chrono::{NaiveDate, TimeDelta};
use mend::domain::content::{Audience, PhraseStep, Prompt, Topic, library};
use mend::domain::i18n::Lang;
use mend::domain::practice::{OwnPhrase, PracticeCard};
use mend::domain::{EntryKind, Level, Moment, Note, PhraseId, PracticeId, TimelineFilter};
use mend::store::{Store, StoreError};
use tempfile::TempDir;

mod common;
use common::at;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const T0: &str = "2026-11-23T20:00:00+01:00";

fn fresh() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    (dir, store)
}

fn prompt(id: &str, text: &str) -> Prompt {
    Prompt {
        id: id.to_owned(),
        topic: Topic::Parts,
        text: text.to_owned(),
    }
}

fn note(s: &str) -> Note {
    Note::parse_required(s, "your answer").unwrap()
}

#[test]
fn one_reflection_a_day_keeps_its_prompt_and_can_be_changed() {
    let (_dir, mut store) = fresh();
    let today = day("2026-11-23");
    let first = prompt("p1", "Which part of you was busiest today?");
    let id = store
        .save_reflection(today, &first, &note("The worried one 🌧"), None, &at(T0))
        .unwrap();
    // Saving again the same day changes the answer, keeps the id and the first prompt.
    let later = at(T0) + TimeDelta::hours(1);
    let again = store
        .save_reflection(
            today,
            &prompt("p2", "Another question"),
            &note("The worried one, and then a calmer one."),
            Level::new(6),
            &later,
        )
        .unwrap();
    assert_eq!(again, id);
    let kept = store.reflection_on(today).unwrap().unwrap();
    assert_eq!(kept.prompt_id, "p1");
    assert_eq!(kept.prompt, first.text);
    assert_eq!(kept.answer, "The worried one, and then a calmer one.");
    assert_eq!(kept.self_level, Level::new(6));
    assert_eq!(kept.at, at(T0));
    assert_eq!(store.reflection(id).unwrap(), kept);
    assert_eq!(store.reflection_on(day("2026-11-22")).unwrap(), None);

    // An empty answer is refused and changes nothing.
    let err = store
        .save_reflection(today, &first, &Note::default(), None, &later)
        .unwrap_err();
    assert!(matches!(err, StoreError::Text(_)), "{err}");
    assert_eq!(store.reflection_on(today).unwrap().unwrap(), kept);
}

#[test]
fn the_month_lists_the_days_reflected_and_nothing_else() {
    let (_dir, mut store) = fresh();
    let p = prompt("p", "A question");
    for d in [
        "2026-10-31",
        "2026-11-01",
        "2026-11-05",
        "2026-11-30",
        "2026-12-01",
    ] {
        store
            .save_reflection(day(d), &p, &note("yes"), None, &at(T0))
            .unwrap();
    }
    let november = store.reflection_days(day("2026-11-17")).unwrap();
    assert_eq!(
        november,
        vec![day("2026-11-01"), day("2026-11-05"), day("2026-11-30")]
    );
    // A deleted reflection leaves the calendar, and comes back with undo.
    let fifth = store.reflection_on(day("2026-11-05")).unwrap().unwrap();
    store.delete(fifth.id, &at(T0)).unwrap();
    assert_eq!(store.reflection_days(day("2026-11-01")).unwrap().len(), 2);
    store.undo_delete(fifth.id).unwrap();
    assert_eq!(store.reflection_days(day("2026-11-01")).unwrap().len(), 3);

    // Deleted, then the day written again: the old one can't come back over the new one.
    store.delete(fifth.id, &at(T0)).unwrap();
    let newer = store
        .save_reflection(day("2026-11-05"), &p, &note("again"), None, &at(T0))
        .unwrap();
    assert_ne!(newer, fifth.id);
    let err = store.undo_delete(fifth.id).unwrap_err();
    assert!(matches!(err, StoreError::DayTaken), "{err}");
    assert_eq!(
        store
            .reflection_on(day("2026-11-05"))
            .unwrap()
            .unwrap()
            .answer,
        "again"
    );
}

#[test]
fn reflections_show_in_history_and_are_found_by_their_words() {
    let (_dir, mut store) = fresh();
    store
        .save_reflection(
            day("2026-11-23"),
            &prompt("p", "What helped you come back today?"),
            &note("Walking the dog by the river"),
            Level::new(7),
            &at(T0),
        )
        .unwrap();
    let all = store
        .timeline(&TimelineFilter::default(), None, 30)
        .unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].kind, EntryKind::Reflection);
    let lines = all[0].lines(Lang::ENGLISH);
    assert_eq!(lines.headline, "What helped you come back today?");
    assert_eq!(lines.status.as_deref(), Some("Self 7 of 10"));
    let found = store
        .timeline(
            &TimelineFilter {
                text: "river".to_owned(),
                ..Default::default()
            },
            None,
            30,
        )
        .unwrap();
    assert_eq!(found.len(), 1);
    let reflections = TimelineFilter {
        kind: Some(EntryKind::Reflection),
        ..Default::default()
    };
    assert_eq!(store.timeline(&reflections, None, 30).unwrap().len(), 1);
}

#[test]
fn favourites_are_kept_and_let_go() {
    let (_dir, mut store) = fresh();
    let ours = &library().phrases;
    let (a, b) = (&ours[0].id, &ours[5].id);
    store.set_favourite_phrase(a, true, &at(T0)).unwrap();
    store.set_favourite_phrase(b, true, &at(T0)).unwrap();
    // Twice is the same as once.
    store.set_favourite_phrase(a, true, &at(T0)).unwrap();
    let favs = store.favourite_phrases().unwrap();
    assert_eq!(favs.len(), 2);
    assert!(favs.contains(a) && favs.contains(b));
    store.set_favourite_phrase(a, false, &at(T0)).unwrap();
    assert_eq!(
        store
            .favourite_phrases()
            .unwrap()
            .into_iter()
            .collect::<Vec<_>>(),
        vec![b.clone()]
    );
}

#[test]
fn own_phrases_are_added_edited_deleted_and_brought_back() {
    let (_dir, mut store) = fresh();
    let mut mine = OwnPhrase {
        id: PhraseId::random(),
        text: "  Ich bin da. I'm here, and I'm listening.  ".to_owned(),
        step: PhraseStep::Listen,
        audience: Audience::Teen,
        why: String::new(),
        favourite: false,
    };
    store.save_own_phrase(&mine, &at(T0)).unwrap();
    let listed = store.own_phrases().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].text, "Ich bin da. I'm here, and I'm listening.");

    mine.text = "שלום, I'm here.".to_owned();
    mine.audience = Audience::Child9To12;
    mine.favourite = true;
    store.save_own_phrase(&mine, &at(T0)).unwrap();
    let listed = store.own_phrases().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].text, "שלום, I'm here.");
    assert_eq!(listed[0].audience, Audience::Child9To12);
    assert!(listed[0].favourite);

    // Empty and huge phrases are refused with a message, and the phrase stays as it was.
    for bad in ["   ", &"x".repeat(10_001)] {
        let mut wrong = mine.clone();
        wrong.text = bad.to_owned();
        let err = store.save_own_phrase(&wrong, &at(T0)).unwrap_err();
        assert!(!err.to_string().is_empty());
    }
    assert_eq!(store.own_phrases().unwrap()[0].text, "שלום, I'm here.");

    store.delete_own_phrase(mine.id, &at(T0)).unwrap();
    assert!(store.own_phrases().unwrap().is_empty());
    store.undo_delete_own_phrase(mine.id).unwrap();
    assert_eq!(store.own_phrases().unwrap().len(), 1);
    // Deleted phrases are erased for good at the next start's purge.
    store.delete_own_phrase(mine.id, &at(T0)).unwrap();
    store
        .purge_deleted(&(at(T0) + TimeDelta::minutes(1)))
        .unwrap();
    assert!(matches!(
        store.undo_delete_own_phrase(mine.id),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn a_practice_session_keeps_its_cards_in_order_and_shows_in_history() {
    let (_dir, mut store) = fresh();
    let session = PracticeId::random();
    let situations = &library().situations;
    for (i, s) in situations.iter().take(3).enumerate() {
        let when = at(T0) + TimeDelta::minutes(i as i64);
        let card = PracticeCard {
            situation_id: s.id.clone(),
            situation: s.text.clone(),
            response: if i == 1 {
                "A part of me got scared. I'm sorry. Can we try again?".to_owned()
            } else {
                s.choices[0].clone()
            },
            chosen: if i == 1 { None } else { Some(0) },
            met: if i == 1 {
                vec!["for_part".to_owned(), "next_step".to_owned()]
            } else {
                Vec::new()
            },
            at: when,
        };
        store.add_practice_card(session, &card, &when).unwrap();
    }
    let kept = store.practice_session(session).unwrap();
    assert_eq!(kept.at, at(T0));
    assert_eq!(kept.cards.len(), 3);
    assert_eq!(kept.cards[0].situation_id, situations[0].id);
    assert_eq!(kept.cards[1].chosen, None);
    assert_eq!(kept.cards[1].met, vec!["for_part", "next_step"]);
    assert_eq!(kept.cards[2].chosen, Some(0));

    let history = store
        .timeline(&TimelineFilter::default(), None, 30)
        .unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].kind, EntryKind::Practice);
    assert_eq!(
        history[0].lines(Lang::ENGLISH).headline,
        "Practised 3 cards"
    );

    // An empty response is refused and adds nothing.
    let mut empty = kept.cards[0].clone();
    empty.response = "  ".to_owned();
    assert!(store.add_practice_card(session, &empty, &at(T0)).is_err());
    assert_eq!(store.practice_session(session).unwrap().cards.len(), 3);

    // Deleting the session takes its cards with it once purged.
    store.delete(session, &at(T0)).unwrap();
    assert!(store.practice_session(session).is_err());
    store
        .purge_deleted(&(at(T0) + TimeDelta::hours(1)))
        .unwrap();
    assert!(
        store
            .timeline(&TimelineFilter::default(), None, 30)
            .unwrap()
            .is_empty()
    );
}

/// One time of Practise together for a band, through the flow, choosing the first of
/// everything and playing the swap game where it is offered.
fn together(
    band: mend::domain::together::Band,
    when: Moment,
) -> mend::domain::practice::PracticeSession {
    use mend::domain::together::{Flow, Helped, Step, content};
    let c = content();
    let mut flow = Flow::new(band);
    let feeling = c.feelings(band).next().unwrap().id.clone();
    flow.choose_feeling(c, &feeling);
    let sentence = c.sentences(band, &feeling)[0].id.clone();
    flow.choose_sentence(c, &sentence);
    let help = c.helps(band).last().unwrap().id.clone();
    flow.choose_help(c, Helped::Choice(help)).unwrap();
    if flow.step == Step::SwapOffer {
        flow.play_swap();
        while let Step::Swap(round) = flow.step {
            flow.pick(c, round % 2, when);
            flow.after_talk(c);
        }
    }
    flow.kept(c, PracticeId::random(), when).unwrap()
}

#[test]
fn a_time_together_is_kept_whole_shows_in_history_and_insights_and_comes_back_with_undo() {
    use mend::domain::together::Band;
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let mut store = Store::open_in(&data).unwrap();
    let now = at(T0);
    let mut kept = Vec::new();
    for (i, band) in Band::ALL.into_iter().enumerate() {
        let session = together(band, now + TimeDelta::minutes(i as i64));
        store.save_together(&session, &now).unwrap();
        // Saving the same time again (back a step, then on) replaces it.
        store.save_together(&session, &now).unwrap();
        kept.push(session);
    }
    drop(store);
    let mut store = Store::open_in(&data).unwrap();
    for session in &kept {
        assert_eq!(&store.practice_session(session.id).unwrap(), session);
    }
    let swaps = &kept[1];
    assert_eq!(swaps.cards.len(), 3, "the swap game's rounds are its cards");

    let practice = TimelineFilter {
        kind: Some(EntryKind::Practice),
        ..Default::default()
    };
    let entries = store.timeline(&practice, None, 30).unwrap();
    assert_eq!(entries.len(), 4);
    let teen = entries[0].lines(Lang::ENGLISH);
    assert_eq!(teen.headline, "Practised together, teen");
    let t = kept[3].together.as_ref().unwrap();
    assert!(teen.detail.contains(&t.feeling), "{}", teen.detail);
    assert_eq!(teen.status, None);
    let younger = entries[2].lines(Lang::ENGLISH);
    assert_eq!(younger.headline, "Practised together, ages 5–8");
    assert_eq!(younger.status.as_deref(), Some("played the swap game"));
    // The same records, said in Spanish: the lines change, what is kept doesn't.
    let spanish = entries[2].lines(Lang::from_tag("es").unwrap());
    assert_eq!(spanish.headline, "Práctica juntos, de 5 a 8 años");
    assert_eq!(
        spanish.status.as_deref(),
        Some("con el juego de cambiar de papel")
    );

    let month = |s: &Store| {
        s.insights(&(now - TimeDelta::days(30)), &(now + TimeDelta::days(1)))
            .unwrap()
            .together_by_month
    };
    assert_eq!(month(&store), [("2026-11".to_owned(), 4)]);
    // A session of cards is not a time together.
    store
        .add_practice_card(PracticeId::random(), &card_at(now), &now)
        .unwrap();
    assert_eq!(month(&store), [("2026-11".to_owned(), 4)]);

    store.delete(kept[0].id, &now).unwrap();
    assert_eq!(month(&store), [("2026-11".to_owned(), 3)]);
    store.undo_delete(kept[0].id).unwrap();
    assert_eq!(month(&store), [("2026-11".to_owned(), 4)]);
    assert_eq!(store.practice_session(kept[0].id).unwrap(), kept[0]);
}

fn card_at(when: Moment) -> PracticeCard {
    let situation = &library().situations[0];
    PracticeCard::keep(
        situation,
        "A part of me got scared. I'm sorry.".to_owned(),
        None,
        when,
    )
}

#[test]
fn a_time_together_needs_its_words() {
    let (_dir, mut store) = fresh();
    let mut session = together(mend::domain::together::Band::TwoToFour, at(T0));
    session.together.as_mut().unwrap().helped = "  ".to_owned();
    assert!(matches!(
        store.save_together(&session, &at(T0)),
        Err(StoreError::Text(_))
    ));
    session.together = None;
    assert!(store.save_together(&session, &at(T0)).is_err());
    assert!(
        store.practice_session(session.id).is_err(),
        "nothing was kept"
    );
}

#[test]
fn own_help_lines_are_kept_edited_deleted_and_brought_back_and_found_nowhere_else() {
    use mend::domain::HelpLineId;
    use mend::domain::TextError;
    use mend::domain::help::OwnLine;
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let mut store = Store::open_in(&data).unwrap();
    let now = at(T0);
    let line = OwnLine {
        id: HelpLineId::random(),
        name: " Dr Ana, my therapist ".to_owned(),
        number: "+44 20 7946 0958".to_owned(),
        texts: false,
        note: "Tuesdays".to_owned(),
    };
    store.save_help_line(&line, &now).unwrap();
    let friend = OwnLine {
        id: HelpLineId::random(),
        name: "Sam".to_owned(),
        number: "07700 900123".to_owned(),
        texts: true,
        note: String::new(),
    };
    store
        .save_help_line(&friend, &(now + TimeDelta::minutes(1)))
        .unwrap();
    let edited = OwnLine {
        note: "Tuesdays and Fridays".to_owned(),
        ..line.clone()
    };
    store
        .save_help_line(&edited, &(now + TimeDelta::minutes(2)))
        .unwrap();
    drop(store);
    let mut store = Store::open_in(&data).unwrap();
    let lines = store.help_lines().unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0].name, "Dr Ana, my therapist",
        "trimmed, and first added first"
    );
    assert_eq!(lines[0].note, "Tuesdays and Fridays");
    assert_eq!(lines[1], friend);

    // A number that can't be dialled, or no name, is refused with nothing written.
    for bad in [
        OwnLine {
            number: "ring me".to_owned(),
            ..friend.clone()
        },
        OwnLine {
            name: "   ".to_owned(),
            ..friend.clone()
        },
    ] {
        assert!(matches!(
            store.save_help_line(&bad, &now),
            Err(StoreError::Text(
                TextError::PhoneNumber | TextError::EmptyName
            ))
        ));
    }
    assert_eq!(store.help_lines().unwrap()[1], friend);

    // Not in History, nor in its search.
    let search = TimelineFilter {
        text: "Sam".to_owned(),
        ..Default::default()
    };
    assert!(store.timeline(&search, None, 30).unwrap().is_empty());
    assert!(
        store
            .timeline(&TimelineFilter::default(), None, 30)
            .unwrap()
            .is_empty()
    );

    store.delete_help_line(friend.id, &now).unwrap();
    assert_eq!(store.help_lines().unwrap().len(), 1);
    assert!(
        store.delete_help_line(friend.id, &now).is_err(),
        "already deleted"
    );
    store
        .undo(mend::domain::Undo::DeleteHelpLine(friend.id))
        .unwrap();
    assert_eq!(store.help_lines().unwrap()[1], friend);
}
