use chrono::{FixedOffset, TimeZone};
use proptest::prelude::*;

use super::*;

fn at(minute: i64) -> Moment {
    FixedOffset::east_opt(3600)
        .unwrap()
        .timestamp_opt(1_790_000_000 + minute * 60, 0)
        .unwrap()
}

fn note(text: &str) -> Note {
    Note::parse(text, SAID_WHAT).unwrap()
}

fn talk() -> Talk {
    Talk::begin(TalkId::random(), Some(RuptureId::random()), ["", ""], at(0)).unwrap()
}

/// The three moves of one turn, with words.
fn one_turn(t: &mut Talk, words: &str) {
    t.apply(
        Move::Spoke {
            parts: vec!["A worried part".into()],
            said: note(words),
        },
        at(1),
    )
    .unwrap();
    t.apply(
        Move::Heard {
            heard: note("What I heard is…"),
        },
        at(2),
    )
    .unwrap();
    t.apply(
        Move::Checked {
            got_it: true,
            added: Note::default(),
        },
        at(3),
    )
    .unwrap();
}

#[test]
fn a_whole_talk_runs_five_steps_two_turns_each_then_the_intentions() {
    let mut t = talk();
    assert_eq!(t.at(), TalkStage::Ready);
    t.apply(
        Move::Ready {
            who: Who::One,
            level: Level::new(6),
        },
        at(0),
    )
    .unwrap();
    t.apply(
        Move::Ready {
            who: Who::Two,
            level: Level::new(3),
        },
        at(0),
    )
    .unwrap();
    assert!(t.suggests_pause(Level::new(READY_BELOW_DEFAULT).unwrap()));
    assert!(!t.suggests_pause(Level::new(3).unwrap()));
    // A level taken back is not said any more.
    let mut taken_back = t.clone();
    taken_back
        .apply(
            Move::Ready {
                who: Who::Two,
                level: None,
            },
            at(0),
        )
        .unwrap();
    assert_eq!(taken_back.ready(Who::Two), None);
    assert!(!taken_back.suggests_pause(Level::new(READY_BELOW_DEFAULT).unwrap()));
    t.apply(Move::Begin, at(0)).unwrap();
    let mut speakers = Vec::new();
    for step in RepairStep::ALL {
        for _ in 0..2 {
            let TalkStage::Turn {
                step: s, speaker, ..
            } = t.at()
            else {
                panic!("{:?}", t.at())
            };
            assert_eq!(s, step);
            speakers.push(speaker);
            one_turn(&mut t, "A part of me felt alone.");
        }
    }
    assert_eq!(t.at(), TalkStage::Intentions);
    assert_eq!(t.turns.len(), 10);
    assert_eq!(t.steps_reached(), RepairStep::ALL.to_vec());
    // The two take turns at going first.
    assert_eq!(
        speakers,
        [
            Who::One,
            Who::Two,
            Who::Two,
            Who::One,
            Who::One,
            Who::Two,
            Who::Two,
            Who::One,
            Who::One,
            Who::Two
        ]
    );
    assert_eq!(t.parts_of(Who::One), ["A worried part"]);
    t.apply(
        Move::Finish {
            one: note("I'll ask for a pause."),
            two: note("I'll say when it feels old."),
        },
        at(40),
    )
    .unwrap();
    assert_eq!(t.at(), TalkStage::Done);
    assert_eq!(t.finished_at, Some(at(40)));
    t.apply(Move::BothSayRepaired, at(41)).unwrap();
    assert!(t.repaired);
    assert_eq!(t.apply(Move::Stop, at(42)), Err(TalkError::NotNow));
}

#[test]
fn the_listener_holds_the_phone_to_say_back() {
    let mut t = talk();
    t.apply(Move::Begin, at(0)).unwrap();
    assert_eq!(t.at().holder(), Some(Who::One));
    t.apply(
        Move::Spoke {
            parts: vec![],
            said: Note::default(),
        },
        at(1),
    )
    .unwrap();
    assert_eq!(t.at().holder(), Some(Who::Two));
    t.apply(
        Move::Heard {
            heard: Note::default(),
        },
        at(1),
    )
    .unwrap();
    assert_eq!(t.at().holder(), Some(Who::One));
    // Nothing typed or chosen: the turn is there, with no words.
    assert!(!t.turns[0].has_words());
}

#[test]
fn a_talk_without_a_rupture_cannot_mark_one_repaired() {
    let mut t = Talk::begin(TalkId::random(), None, ["Sam", " Alex "], at(0)).unwrap();
    assert_eq!(t.name(Lang::ENGLISH, Who::One), "Sam");
    assert_eq!(t.name(Lang::ENGLISH, Who::Two), "Alex");
    t.apply(Move::Begin, at(0)).unwrap();
    t.apply(Move::EndHere, at(1)).unwrap();
    t.apply(
        Move::Finish {
            one: Note::default(),
            two: Note::default(),
        },
        at(2),
    )
    .unwrap();
    assert_eq!(
        t.apply(Move::BothSayRepaired, at(3)),
        Err(TalkError::NoRupture)
    );
    assert_eq!(t.steps_reached(), [RepairStep::Notice]);
}

#[test]
fn default_names_and_too_many_parts() {
    let mut t = talk();
    assert_eq!(t.name(Lang::ENGLISH, Who::One), "You");
    assert_eq!(t.name(Lang::ENGLISH, Who::Two), "Your partner");
    let es = Lang::from_tag("es").unwrap();
    assert_eq!(t.name(es, Who::One), "Tú");
    assert_eq!(t.both(es), "Tú y tu pareja");
    assert!(Talk::begin(TalkId::random(), None, [&"x".repeat(61), ""], at(0)).is_err());
    t.apply(Move::Begin, at(0)).unwrap();
    let before = t.clone();
    let parts = vec!["a".into(), "b".into(), "c".into(), "d".into()];
    assert_eq!(
        t.apply(
            Move::Spoke {
                parts,
                said: Note::default()
            },
            at(1)
        ),
        Err(TalkError::TooManyParts)
    );
    assert_eq!(t, before);
}

#[test]
fn every_stage_reads_back_from_its_code() {
    let mut stages = vec![
        TalkStage::Ready,
        TalkStage::Intentions,
        TalkStage::Done,
        TalkStage::Stopped,
    ];
    for step in RepairStep::ALL {
        for speaker in Who::BOTH {
            for phase in Phase::ALL {
                stages.push(TalkStage::Turn {
                    step,
                    speaker,
                    phase,
                });
            }
        }
    }
    for stage in stages {
        assert_eq!(
            TalkStage::from_code(&stage.code()),
            Some(stage),
            "{stage:?}"
        );
    }
    for wrong in [
        "",
        "notice",
        "notice/one",
        "notice/three/speak",
        "notice/one/speak/x",
    ] {
        assert_eq!(TalkStage::from_code(wrong), None, "{wrong}");
    }
}

#[test]
fn an_unknown_stage_is_kept_and_shown_as_ready_or_done() {
    let mut t = talk();
    t.stage = Kept::read("argue");
    assert_eq!(t.at(), TalkStage::Ready);
    t.finished_at = Some(at(3));
    assert_eq!(t.at(), TalkStage::Done);
    assert_eq!(t.stage.code(), "argue");
}

/// Any move, with small words.
fn any_move() -> impl Strategy<Value = Move> {
    let who = prop_oneof![Just(Who::One), Just(Who::Two)];
    let words = prop_oneof![
        Just(""),
        Just("A part of me felt small."),
        Just("I heard you.")
    ]
    .prop_map(|w| Note::parse(w, SAID_WHAT).unwrap());
    prop_oneof![
        (who, proptest::option::of(0u8..=10)).prop_map(|(who, l)| Move::Ready {
            who,
            level: l.and_then(Level::new)
        }),
        Just(Move::Begin),
        (0usize..=4, words.clone()).prop_map(|(n, said)| Move::Spoke {
            parts: (0..n).map(|i| format!("Part {i}")).collect(),
            said
        }),
        words.clone().prop_map(|heard| Move::Heard { heard }),
        (any::<bool>(), words.clone()).prop_map(|(got_it, added)| Move::Checked { got_it, added }),
        Just(Move::EndHere),
        (words.clone(), words).prop_map(|(one, two)| Move::Finish { one, two }),
        Just(Move::BothSayRepaired),
        Just(Move::Paused),
        Just(Move::Stop),
    ]
}

proptest! {
    /// Whatever the moves, in whatever order: a refused move changes nothing; the turns
    /// follow the steps in order, each person at most once a step; the turn under way is the
    /// last one kept; a finished talk has its finish time and a stopped one none; the talk
    /// moves only forwards.
    #[test]
    fn any_moves_keep_the_talk_whole(moves in prop::collection::vec(any_move(), 0..80)) {
        let mut t = talk();
        let rank = |s: TalkStage| match s {
            TalkStage::Ready => 0,
            TalkStage::Turn { step, speaker, phase } => {
                let first = TalkStage::first_speaker(step) == speaker;
                10 * step.number() + if first { 0 } else { 5 }
                    + Phase::ALL.iter().position(|p| *p == phase).unwrap()
            }
            TalkStage::Intentions => 100,
            TalkStage::Done | TalkStage::Stopped => 200,
        };
        for (i, m) in moves.into_iter().enumerate() {
            let before = t.clone();
            let paused = m == Move::Paused;
            match t.apply(m, at(i as i64)) {
                Err(_) => prop_assert_eq!(&t, &before),
                Ok(()) => {
                    prop_assert!(rank(t.at()) >= rank(before.at()));
                    if paused {
                        // A pause keeps the talk where it was, to be picked up again.
                        prop_assert_eq!(t.at(), before.at());
                        prop_assert_eq!(t.pauses, before.pauses + 1);
                        prop_assert_eq!(&t.turns, &before.turns);
                    }
                }
            }
            let mut seen = std::collections::HashSet::new();
            let mut last = 0;
            for turn in &t.turns {
                prop_assert!(seen.insert((turn.step, turn.who)), "a second turn: {:?}", t.turns);
                prop_assert!(turn.step.number() >= last);
                last = turn.step.number();
                prop_assert!(turn.parts.len() <= PARTS_A_TURN);
            }
            if let TalkStage::Turn { step, speaker, .. } = t.at() {
                prop_assert!(t.turn().is_some_and(|turn| turn.step == step && turn.who == speaker));
            }
            prop_assert_eq!(t.finished_at.is_some(), t.at() == TalkStage::Done);
            prop_assert!(!t.repaired || t.at() == TalkStage::Done);
        }
    }

    /// Say-back comes after speaking and before the check, every turn, and the phone passes
    /// only after the check.
    #[test]
    fn say_back_sits_between_speaking_and_the_check(turns in 1usize..=10) {
        let mut t = talk();
        t.apply(Move::Begin, at(0)).unwrap();
        for _ in 0..turns {
            let TalkStage::Turn { step, speaker, phase: Phase::Speak } = t.at() else {
                panic!("{:?}", t.at())
            };
            let check = Move::Checked { got_it: false, added: note("And it was old.") };
            prop_assert_eq!(t.apply(check.clone(), at(1)), Err(TalkError::NotNow));
            one_turn(&mut t, "It was afraid.");
            let done = t.turns.iter().find(|turn| turn.step == step && turn.who == speaker);
            prop_assert!(done.is_some_and(|turn| turn.got_it == Some(true) && turn.heard.as_str() == "What I heard is…"));
            if let TalkStage::Turn { step: next, speaker: next_speaker, .. } = t.at() {
                // Within a step the phone passes; whoever spoke last starts the next step.
                prop_assert_eq!(next_speaker == speaker, next != step);
            }
        }
        prop_assert_eq!(t.turns.iter().filter(|turn| turn.got_it.is_some()).count(), turns);
    }
}
