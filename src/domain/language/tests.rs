//! The parts-language rules, each with sentences it must rewrite and sentences it must
//! leave alone; the guidance; the safety words; and odd input.

#[test]
fn words_of_violence_threats_or_fear_are_noticed() {
    for unsafe_text in [
        "You hit me last night.",
        "You're such a BULLY",
        "He threatened to take the kids",
        "I'm scared of you when you drink",
        "You pushed me against the door",
        "You control me and my money",
        "I don\u{2019}t feel safe at home, I\u{2019}m not safe",
    ] {
        assert!(sounds_unsafe(Lang::ENGLISH, unsafe_text), "{unsafe_text}");
    }
    for ordinary in [
        "You never listen to me",
        "Why can't you let me finish?",
        "You always beat me to the last biscuit",
        "It hurt me when you laughed",
        "",
        "🙂 שלום",
    ] {
        assert!(!sounds_unsafe(Lang::ENGLISH, ordinary), "{ordinary}");
    }
    assert!(!sounds_unsafe(
        Lang::ENGLISH,
        &"you never help ".repeat(20_000)
    ));
}

use super::*;
use crate::domain::i18n::Lang;

/// Checks that `input` gives a blaming phrase of `rule`, found as `found`, whose best
/// suggestion is `first`, with one to three suggestions for that phrase.
fn check(input: &str, rule: BlameRule, found: &str, first: &str) {
    let rewrites = rewrite(input);
    let Some(best) = rewrites.first() else {
        panic!("no rewrite for {input:?}");
    };
    assert_eq!(
        (best.rule, best.found.as_str(), best.suggestion.as_str()),
        (rule, found, first),
        "input {input:?}"
    );
    let count = rewrites
        .iter()
        .filter(|r| r.rule == rule && r.found == found)
        .count();
    assert!(
        (1..=3).contains(&count),
        "{count} suggestions for {input:?}"
    );
}

/// Checks that `input` is left alone.
fn check_alone(input: &str) {
    assert_eq!(rewrite(input), Vec::new(), "input {input:?}");
}

/// The suggestions for `input`, in order.
fn suggestions(input: &str) -> Vec<String> {
    rewrite(input).into_iter().map(|r| r.suggestion).collect()
}

#[test]
fn always() {
    use BlameRule::Always;
    check(
        "You always interrupt me",
        Always,
        "You always",
        "A part of me feels cut off when you interrupt me.",
    );
    check(
        "you ALWAYS interrupt me!!",
        Always,
        "you ALWAYS",
        "A part of me feels cut off when you interrupt me.",
    );
    check(
        "Honestly, you always interrupt me when I talk.",
        Always,
        "you always",
        "A part of me feels cut off when you interrupt me.",
    );
    check(
        "You’re always late",
        Always,
        "You’re always",
        "A part of me feels unimportant when you're late.",
    );
    check(
        "Why do you always do this?",
        Always,
        "Why do you always",
        "A part of me feels hurt when you do this.",
    );
    check(
        "YOU ALWAYS DO THIS",
        Always,
        "YOU ALWAYS",
        "A part of me feels hurt when you do this.",
    );
    check(
        "you   always   leave   the dishes",
        Always,
        "you   always",
        "A part of me feels hurt when you leave the dishes.",
    );
    check(
        "You're always on your phone...",
        Always,
        "You're always",
        "A part of me feels unseen when you're on your phone.",
    );
    check(
        "You always criticised my cooking",
        Always,
        "You always",
        "A part of me felt judged when you criticised my cooking.",
    );
}

#[test]
fn never() {
    use BlameRule::Never;
    check(
        "You never listen to me",
        Never,
        "You never",
        "A part of me feels unheard when you don't listen to me.",
    );
    check(
        "you never listened to me.",
        Never,
        "you never",
        "A part of me felt unheard when you didn't listen to me.",
    );
    check(
        "You’ve never said sorry",
        Never,
        "You’ve never",
        "A part of me feels unacknowledged when you haven't said sorry.",
    );
    check(
        "Sometimes I think you never help with the dishes",
        Never,
        "you never",
        "A part of me feels alone with it when you don't help with the dishes.",
    );
    check(
        "you're never here!",
        Never,
        "you're never",
        "A part of me feels lonely when you're not here.",
    );
    check(
        "You NEVER even asked",
        Never,
        "You NEVER",
        "A part of me felt overlooked when you didn't even ask.",
    );
    check(
        "u never listen",
        Never,
        "u never",
        "A part of me feels unheard when you don't listen.",
    );
    check(
        "You never!",
        Never,
        "You never",
        "A part of me feels hurt when …",
    );
}

#[test]
fn made_me() {
    use BlameRule::MadeMe;
    check(
        "You made me so angry",
        MadeMe,
        "You made me",
        "A part of me got so angry when …",
    );
    check(
        "well, you make me feel so small.",
        MadeMe,
        "you make me",
        "A part of me feels so small when …",
    );
    check(
        "You’ve made me cry again",
        MadeMe,
        "You’ve made me",
        "A part of me got so hurt that I cried again when …",
    );
    check(
        "You made me lose my temper",
        MadeMe,
        "You made me",
        "A part of me got so overwhelmed that I lost my temper when …",
    );
    check(
        "you made me do it",
        MadeMe,
        "you made me",
        "A part of me took over when …",
    );
    check(
        "You made me late",
        MadeMe,
        "You made me",
        "A part of me got stressed about being late when …",
    );
    check(
        "you made me look stupid in front of everyone",
        MadeMe,
        "you made me",
        "A part of me felt embarrassed when …",
    );
}

#[test]
fn youre_so() {
    use BlameRule::YoureSo;
    check(
        "You're so selfish",
        YoureSo,
        "You're so selfish",
        "A part of me feels uncared for when …",
    );
    check(
        "you are SO lazy.",
        YoureSo,
        "you are SO lazy",
        "A part of me feels alone with it when …",
    );
    check(
        "Ugh, you’re so damn stubborn",
        YoureSo,
        "you’re so damn stubborn",
        "A part of me feels unheard when …",
    );
    check(
        "Why are you always so selfish?",
        YoureSo,
        "Why are you always so selfish",
        "A part of me feels uncared for when …",
    );
    check(
        "You were so rude to my mum",
        YoureSo,
        "You were so rude",
        "A part of me felt disrespected when …",
    );
    check(
        "You're so weird",
        YoureSo,
        "You're so weird",
        "A part of me is hurting when …",
    );
}

#[test]
fn youre_such() {
    use BlameRule::YoureSuch;
    check(
        "You're such a jerk",
        YoureSuch,
        "You're such a jerk",
        "A part of me feels hurt when …",
    );
    check(
        "honestly you are such a selfish person",
        YoureSuch,
        "you are such a selfish person",
        "A part of me feels uncared for when …",
    );
}

#[test]
fn why_cant_you() {
    use BlameRule::WhyCantYou;
    check(
        "Why can't you help for once",
        WhyCantYou,
        "Why can't you",
        "A part of me is longing for help. Would you be willing to help?",
    );
    check(
        "why can’t you just listen?",
        WhyCantYou,
        "why can’t you",
        "A part of me is longing to be heard. Would you be willing to listen?",
    );
    check(
        "So why won't you ever call me back",
        WhyCantYou,
        "why won't you ever",
        "A part of me is longing to hear from you. Would you be willing to call me back?",
    );
    check(
        "WHY CAN'T YOU BE ON TIME",
        WhyCantYou,
        "WHY CAN'T YOU",
        "A part of me is longing for you to be on time. Would you be willing to try?",
    );
    check(
        "Why cannot you leave me alone?",
        WhyCantYou,
        "Why cannot you",
        "A part of me is longing for some space. Would you be willing to leave me alone?",
    );
    check(
        "Why can't you?",
        WhyCantYou,
        "Why can't you",
        "A part of me is longing for something different here. Could you …?",
    );
}

#[test]
fn because_of_you() {
    use BlameRule::BecauseOfYou;
    check(
        "I'm late because of you",
        BecauseOfYou,
        "because of you",
        "A part of me feels stressed about being late …",
    );
    check(
        "Because of you, I’m late again.",
        BecauseOfYou,
        "Because of you",
        "A part of me feels stressed about being late again …",
    );
    check(
        "I'm so sad because of you",
        BecauseOfYou,
        "because of you",
        "A part of me feels so sad …",
    );
    check(
        "It's your fault we missed the train",
        BecauseOfYou,
        "It's your fault",
        "A part of me is upset that we missed the train …",
    );
    check(
        "We're late and it’s your fault",
        BecauseOfYou,
        "it’s your fault",
        "A part of me feels stressed about being late …",
    );
    check(
        "You're to blame for this mess",
        BecauseOfYou,
        "You're to blame",
        "A part of me is upset about this mess …",
    );
    check(
        "This is all your fault!",
        BecauseOfYou,
        "This is all your fault",
        "A part of me wants to blame you right now. Underneath, it feels upset. Can we look at what happened together?",
    );
}

#[test]
fn you_dont() {
    use BlameRule::YouDont;
    check(
        "You don't care about me",
        YouDont,
        "You don't",
        "A part of me feels uncared for when it seems you don't care about me.",
    );
    check(
        "you do not even listen",
        YouDont,
        "you do not",
        "A part of me feels unheard when it seems you don't even listen.",
    );
    check(
        "you dont care",
        YouDont,
        "you dont",
        "A part of me feels uncared for when it seems you don't care.",
    );
    check(
        "You didn't help",
        YouDont,
        "You didn't",
        "A part of me felt alone with it when it seemed you didn't help.",
    );
}

#[test]
fn suggestions_come_best_first() {
    assert_eq!(
        suggestions("You never listen to me"),
        [
            "A part of me feels unheard when you don't listen to me.",
            "When you don't listen to me, a part of me feels unheard. Could we talk about it?",
            "A part of me feels unheard when …",
        ]
    );
    assert_eq!(
        suggestions("You made me so angry"),
        [
            "A part of me got so angry when …",
            "A part of me got so angry. I'd like to tell you what happened inside me.",
        ]
    );
}

#[test]
fn several_phrases_are_listed_in_order() {
    let rules: Vec<(BlameRule, String)> =
        rewrite("You never listen to me and you always interrupt. It's your fault we fight.")
            .into_iter()
            .map(|r| (r.rule, r.found))
            .collect();
    let mut distinct = rules.clone();
    distinct.dedup();
    assert_eq!(
        distinct,
        [
            (BlameRule::Never, "You never".to_owned()),
            (BlameRule::Always, "you always".to_owned()),
            (BlameRule::BecauseOfYou, "It's your fault".to_owned()),
        ]
    );
}

#[test]
fn long_clauses_are_cut_with_an_ellipsis() {
    check(
        "You never listen to what I try to tell you about the things that matter to me most",
        BlameRule::Never,
        "You never",
        "A part of me feels unheard when you don't listen to what I try to tell you about the things that …",
    );
}

#[test]
fn sarcastic_thanks_is_still_blame() {
    check(
        "Thanks for nothing, you never help",
        BlameRule::Never,
        "you never",
        "A part of me feels alone with it when you don't help.",
    );
}

#[test]
fn sentences_left_alone() {
    for input in [
        // These already speak for a part.
        "A part of me feels hurt when you're late",
        "A part of me feels hurt when you never call",
        "Some of me is scared you always leave",
        // These are "I" statements.
        "I always forget my keys",
        "I never meant to hurt you",
        // These praise or thank.
        "thank you, you always make me laugh",
        "Thank you! You always make me smile.",
        "You always make me laugh",
        "You always help me feel calm",
        "You're always there for me",
        "you are always welcome here",
        "You made me so happy",
        "You make me feel safe",
        "You never fail to make me smile",
        "You never let me down",
        "You never complain",
        "You're never late",
        "I'm alive because of you",
        // These are questions that do not blame.
        "Do you always take the bus?",
        "Have you never been to Paris?",
        "Are you always this cheerful?",
        "Did you make me a coffee?",
        "Why don't you take a nap?",
        // These are kind words.
        "You're so kind",
        "you’re so lovely",
        "You are so thoughtful!",
        "you're SO thoughtful",
        "You're such a sweetheart",
        "you're such a good friend",
        // These reassure.
        "It's not your fault",
        "That was not your fault",
        "It wasn't because of you",
        "You never have to apologise for that",
        "You don't have to come",
        "You'll never know",
        "you're so much better at this than me",
        // These have no words at all.
        "",
        "   ",
        "\n\t \r\n",
        "…!?",
    ] {
        check_alone(input);
    }
}

#[test]
fn codes_and_reasons_are_written() {
    let codes: Vec<&str> = BlameRule::ALL.iter().map(|r| r.code()).collect();
    for rule in BlameRule::ALL {
        for lang in Lang::shipped() {
            assert!(rule.why(lang).ends_with('.'), "{} {rule:?}", lang.tag());
        }
        assert_eq!(codes.iter().filter(|c| **c == rule.code()).count(), 1);
    }
}

#[test]
fn contractions_and_apostrophes_are_opened_up() {
    let words: Vec<Vec<String>> = sentences("You’re late. I can't, won't; don’t!")
        .into_iter()
        .map(|s| s.into_iter().map(|w| w.norm).collect())
        .collect();
    assert_eq!(
        words,
        [
            vec!["you", "are", "late"],
            vec!["i", "can", "not", "will", "not", "do", "not"],
        ]
    );
}

/// Checks one guidance check for `input`.
fn check_met(input: &str, check: Check, met: bool) {
    let all = guidance(input);
    let Some(found) = all.iter().find(|g| g.check == check) else {
        panic!("no {check:?} for {input:?}");
    };
    assert_eq!(found.met, met, "{check:?} for {input:?}");
}

#[test]
fn speaks_for_part() {
    for input in [
        "A part of me got scared when you raised your voice.",
        "Part of me wanted to leave.",
        "I noticed I got really defensive.",
        "I felt so small, and I'm sorry I shouted.",
        "I got scared and I snapped at you.",
    ] {
        check_met(input, Check::SpeaksForPart, true);
    }
    for input in [
        "Let's talk later.",
        "A PART OF ME IS SO ANGRY WITH YOU",
        "A part of me is hurt!!",
        "You idiot, a part of me is hurt.",
        "A part of me is hurt. You never listen.",
        "I felt hurt because you're so selfish.",
        "Shut up, I feel awful.",
    ] {
        check_met(input, Check::SpeaksForPart, false);
    }
}

#[test]
fn acknowledges_impact() {
    for input in [
        "That must have been hard for you.",
        "I can see it hurt you.",
        "That wasn’t fair to you.",
        "I scared you, and I'm sorry.",
        "That was not your fault.",
        "You felt alone.",
    ] {
        check_met(input, Check::AcknowledgesImpact, true);
    }
    for input in ["I was tired.", "A part of me got scared."] {
        check_met(input, Check::AcknowledgesImpact, false);
    }
}

#[test]
fn no_but_after_apology() {
    for input in [
        "I'm sorry I shouted.",
        "I'm sorry. But I want to talk about it later.",
        "I was tired, but I still want to talk.",
        "I apologise for the noise.",
    ] {
        check_met(input, Check::NoButAfterApology, true);
    }
    for input in [
        "I'm sorry, but you started it.",
        "I’m SORRY but",
        "I apologise, however I was right.",
        "I apologize for shouting, though you were loud too.",
        "Sorry I was late; although the traffic was awful.",
    ] {
        check_met(input, Check::NoButAfterApology, false);
    }
}

#[test]
fn no_always_never() {
    for input in [
        "I'm sorry I shouted.",
        "I always want to hear you.",
        "Do you always take the bus?",
    ] {
        check_met(input, Check::NoAlwaysNever, true);
    }
    for input in [
        "You always do this.",
        "I'm sorry, you never listen though.",
        "A part of me feels hurt when you never call.",
    ] {
        check_met(input, Check::NoAlwaysNever, false);
    }
}

#[test]
fn offers_next_step() {
    for input in [
        "Next time I'll take a break.",
        "Can we try again?",
        "Let’s talk when you’re ready.",
        "I'm going to slow down.",
        "Would you like a hug?",
    ] {
        check_met(input, Check::OffersNextStep, true);
    }
    for input in ["I'm sorry I shouted.", "That was hard."] {
        check_met(input, Check::OffersNextStep, false);
    }
}

#[test]
fn a_full_repair_meets_every_check() {
    let all = guidance(
        "I'm sorry I shouted. A part of me got scared. That must have been frightening for you. Next time I'll take a pause.",
    );
    assert_eq!(all.iter().map(|g| g.check).collect::<Vec<_>>(), Check::ALL);
    assert!(all.iter().all(|g| g.met), "{all:?}");
    assert_eq!(
        encouragement(Lang::ENGLISH, &all),
        "This is a warm, full repair. Say it in your own words when the moment comes."
    );
}

#[test]
fn empty_responses_get_no_guidance() {
    for input in ["", "   ", "\n\n", "...", "!!!"] {
        assert_eq!(guidance(input), Vec::new(), "input {input:?}");
    }
    assert_eq!(
        encouragement(Lang::ENGLISH, &[]),
        "Write a response in your own words, and a few gentle notes will appear here."
    );
}

#[test]
fn notes_are_warm() {
    let responses = [
        "I'm sorry I shouted. A part of me got scared. That must have been frightening for you. Next time I'll take a pause.",
        "YOU ALWAYS DO THIS!! I'm sorry but you're so selfish",
        "Let's talk later.",
        "I was tired.",
    ];
    let es = Lang::from_tag("es").unwrap();
    let mut notes = Vec::new();
    let mut notas = Vec::new();
    for response in responses {
        let all = guidance(response);
        assert_eq!(all.iter().map(|g| g.check).collect::<Vec<_>>(), Check::ALL);
        notes.extend(all.iter().map(|g| g.note(Lang::ENGLISH)));
        notes.push(encouragement(Lang::ENGLISH, &all));
        notas.extend(all.iter().map(|g| g.note(es)));
        notas.push(encouragement(es, &all));
    }
    for (said, harsh_words) in [
        (notes, ["wrong", "fail", "bad", "should", "score", "%"]),
        (
            notas,
            ["mal", "error", "fallo", "deberías", "puntuación", "%"],
        ),
    ] {
        for note in said {
            assert!(!note.is_empty());
            let lower = note.to_lowercase();
            for harsh in harsh_words {
                assert!(!lower.contains(harsh), "{note:?} says {harsh:?}");
            }
            assert!(!note.chars().any(|c| c.is_ascii_digit()), "{note:?}");
        }
    }
}

#[test]
fn encouragement_follows_how_much_is_met() {
    let with = |met: usize| -> Vec<Guidance> {
        Check::ALL
            .iter()
            .enumerate()
            .map(|(i, &check)| Guidance {
                check,
                met: i < met,
                note: "",
            })
            .collect()
    };
    let lines: Vec<String> = (0..=5)
        .map(|met| encouragement(Lang::ENGLISH, &with(met)))
        .collect();
    assert_eq!(
        lines[0],
        "Thank you for practising. Every try makes the real moment a little easier."
    );
    assert_ne!(lines[0], lines[1]);
    assert_eq!(lines[1], lines[2]);
    assert_ne!(lines[2], lines[3]);
    assert_eq!(lines[3], lines[4]);
    assert_ne!(lines[4], lines[5]);
}

#[test]
fn long_input_is_handled() {
    let repeated = "You never listen to me. ".repeat(5_000);
    assert!(repeated.len() > 100_000);
    let rewrites = rewrite(&repeated);
    assert!(!rewrites.is_empty());
    assert!(rewrites.len() <= MAX_BLAMES * 3);
    let all = guidance(&repeated);
    assert_eq!(all.len(), Check::ALL.len());

    let inputs = [
        "a".repeat(100_000),
        "you ".repeat(30_000),
        "you always ".repeat(10_000),
        "!".repeat(100_000),
        "😡".repeat(30_000),
        "sorry ".repeat(20_000),
        format!("{} you never listen", "x ".repeat(60_000)),
    ];
    for input in &inputs {
        assert!(rewrite(input).len() <= MAX_BLAMES * 3);
        assert!(guidance(input).len() <= Check::ALL.len());
    }
}

#[test]
fn odd_unicode_is_handled() {
    for input in [
        "You never 👂 listen 😢",
        "😀🙏",
        "אתה תמיד מפריע לי",
        "أنت لا تستمع إلي أبدا",
        "\u{202E}you never listen",
        "you ne\u{301}ver listen",
        "\u{301}\u{301}you always",
        "you\u{200D}always",
        "ＹＯＵ ＮＥＶＥＲ",
        "You’re so 😡",
        "’’’ ‘‘ ' - -- —",
        "İ always you never ß ǅ",
        "you're so \u{0}\u{7f}",
    ] {
        let _ = rewrite(input);
        let _ = guidance(input);
    }
    check(
        "You never 👂 listen 😢",
        BlameRule::Never,
        "You never",
        "A part of me feels hurt when you don't 👂 listen 😢.",
    );
    check_alone("You’re so 😡");
}

#[test]
fn each_blaming_phrase_of_a_sentence_is_answered_in_the_order_it_was_said() {
    let found: Vec<(BlameRule, String)> =
        rewrite("You never listen to me and you always interrupt")
            .into_iter()
            .map(|r| (r.rule, r.found))
            .collect();
    let rules: Vec<BlameRule> = found.iter().map(|(rule, _)| *rule).collect();
    let first_never = rules.iter().position(|r| *r == BlameRule::Never);
    let first_always = rules.iter().position(|r| *r == BlameRule::Always);
    assert!(
        matches!((first_never, first_always), (Some(n), Some(a)) if n < a),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(_, words)| words == "You never"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(_, words)| words == "you always"),
        "{found:?}"
    );
    // An apology taken back with "but" is named, and so is the blame after it.
    let apology = guidance("I'm sorry, but you made me so angry.");
    let but = apology
        .iter()
        .find(|g| g.check == Check::NoButAfterApology)
        .unwrap();
    assert!(!but.met);
    let made_me = rewrite("I'm sorry, but you made me so angry.");
    assert!(
        made_me.iter().any(|r| r.rule == BlameRule::MadeMe),
        "{made_me:?}"
    );
}

/// Checks one guidance check for a Spanish `input`.
fn check_met_es(input: &str, check: Check, met: bool) {
    check_met(input, check, met);
}

#[test]
fn spanish_responses_are_read_in_spanish() {
    use Check::*;
    for (input, check, met) in [
        (
            "Una parte de mí se asustó cuando levantaste la voz.",
            SpeaksForPart,
            true,
        ),
        ("Una parte cansada de mi quería irse.", SpeaksForPart, true),
        (
            "Me sentí muy pequeño, y siento haber gritado.",
            SpeaksForPart,
            true,
        ),
        ("Hablamos luego.", SpeaksForPart, false),
        (
            "Una parte de mí está dolida. Nunca me escuchas.",
            SpeaksForPart,
            false,
        ),
        ("Idiota, una parte de mí está dolida.", SpeaksForPart, false),
        ("Eres demasiado sensible.", SpeaksForPart, false),
        (
            "Una parte de mí gritó. No fue culpa tuya.",
            SpeaksForPart,
            true,
        ),
        ("Cállate, me siento fatal.", SpeaksForPart, false),
        ("Tuvo que ser difícil para ti.", AcknowledgesImpact, true),
        ("Veo que te dolió.", AcknowledgesImpact, true),
        ("Estaba cansado.", AcknowledgesImpact, false),
        ("Siento haberte gritado.", NoButAfterApology, true),
        (
            "Lo siento. Pero quiero hablarlo luego.",
            NoButAfterApology,
            true,
        ),
        ("Perdón por el ruido.", NoButAfterApology, true),
        ("Lo siento, pero empezaste tú.", NoButAfterApology, false),
        (
            "Perdona, aunque tú también gritabas.",
            NoButAfterApology,
            false,
        ),
        (
            "Siento haber llegado tarde, pero había tráfico.",
            NoButAfterApology,
            false,
        ),
        ("Siempre quiero escucharte.", NoAlwaysNever, true),
        ("Nunca quise hacerte daño.", NoAlwaysNever, true),
        ("Siempre te voy a querer.", NoAlwaysNever, true),
        ("Nunca más te gritaré así.", NoAlwaysNever, true),
        ("Gracias, siempre me haces reír.", NoAlwaysNever, true),
        ("Siempre llegas tarde.", NoAlwaysNever, false),
        ("Tú nunca cambias.", NoAlwaysNever, false),
        ("Nunca me escuchas.", NoAlwaysNever, false),
        ("Siempre te molesta lo del teléfono.", NoAlwaysNever, false),
        ("La próxima vez pediré una pausa.", OffersNextStep, true),
        ("¿Lo intentamos otra vez?", OffersNextStep, true),
        ("Mañana hablaré con calma.", OffersNextStep, true),
        ("Siento haber gritado.", OffersNextStep, false),
    ] {
        check_met_es(input, check, met);
    }
    let full = guidance(
        "Siento haber gritado. Una parte de mí se asustó. Tuvo que darte miedo, y entiendo que te dolió. La próxima vez, pediré una pausa.",
    );
    assert!(full.iter().all(|g| g.met), "{full:?}");
}

/// The fuller repair of each practice card (as the comment above it says) in `lang`'s
/// file, as the situation's id and the response.
fn fuller_repairs(lang: Lang, file: &str, comment: &str) -> Vec<(String, String)> {
    let library = crate::domain::content::library_in(lang);
    let mut fuller = None;
    let mut found = Vec::new();
    for line in file.lines() {
        if let Some(n) = line.strip_prefix(comment) {
            fuller = Some(n.trim().parse::<usize>().unwrap());
        }
        if let Some(id) = line
            .strip_prefix("id = \"")
            .and_then(|s| s.strip_suffix('"'))
        {
            let n = fuller
                .take()
                .unwrap_or_else(|| panic!("{id} names no fuller repair"));
            let response = library.situation(id).unwrap().choices[n - 1].clone();
            found.push((id.to_owned(), response));
        }
    }
    found
}

/// The fuller repairs of the Spanish practice cards are read as well as the English ones:
/// none is taken for blame or for an apology taken back, and each other check is met by as
/// many of them as of the English ones.
#[test]
fn the_fuller_spanish_repairs_meet_the_checks_as_the_english_ones_do() {
    let es = Lang::from_tag("es").unwrap();
    let english = fuller_repairs(
        Lang::ENGLISH,
        include_str!("../../../assets/content/situations.toml"),
        "# fuller repair: choice ",
    );
    let spanish = fuller_repairs(
        es,
        es.content("situations.toml").unwrap(),
        "# reparación más completa: opción ",
    );
    assert_eq!(english.len(), spanish.len());
    assert!(spanish.len() >= 40, "{} situations", spanish.len());
    let met = |repairs: &[(String, String)], check: Check| -> Vec<String> {
        repairs
            .iter()
            .filter(|(_, response)| guidance(response).iter().any(|g| g.check == check && g.met))
            .map(|(id, _)| id.clone())
            .collect()
    };
    for check in [Check::NoButAfterApology, Check::NoAlwaysNever] {
        assert_eq!(met(&spanish, check).len(), spanish.len(), "{check:?}");
    }
    for check in [
        Check::SpeaksForPart,
        Check::AcknowledgesImpact,
        Check::OffersNextStep,
    ] {
        let (en, es) = (met(&english, check), met(&spanish, check));
        let missed: Vec<&String> = en.iter().filter(|id| !es.contains(id)).collect();
        assert!(
            missed.is_empty(),
            "{check:?} met in English, not in Spanish: {missed:?}"
        );
    }
}

/// The suggestions for a Spanish sentence, each with the kind found and the words it found.
fn rewrites_es(input: &str) -> Vec<(BlameRule, String, String)> {
    rewrite(input)
        .into_iter()
        .map(|r| {
            assert_eq!(r.language, "es", "{input}: {r:?}");
            assert!(
                r.suggestion.to_lowercase().contains("una parte de mí"),
                "{input}: {r:?}"
            );
            (r.rule, r.found, r.suggestion)
        })
        .collect()
}

#[test]
fn spanish_blame_is_rewritten_in_spanish_keeping_the_persons_words() {
    let r = rewrites_es("Siempre llegas tarde a cenar.");
    assert_eq!(r[0].0, BlameRule::Always);
    assert_eq!(r[0].1, "Siempre");
    assert_eq!(
        r[0].2,
        "Una parte de mí se siente dolida cuando llegas tarde a cenar."
    );

    let r = rewrites_es("Tú nunca me escuchas, y estoy harta");
    assert_eq!((r[0].0, r[0].1.as_str()), (BlameRule::Never, "Tú nunca"));
    assert_eq!(
        r[0].2,
        "Una parte de mí se siente sola cuando no me escuchas."
    );
    assert_eq!(
        r[1].2,
        "Una parte de mí echa de menos sentir que me escuchas."
    );

    let r = rewrites_es("¿Por qué no puedes escucharme?");
    assert_eq!(
        (r[0].0, r[0].1.as_str()),
        (BlameRule::WhyCantYou, "Por qué no puedes")
    );
    assert_eq!(
        r[0].2,
        "Una parte de mí necesita de verdad que puedas escucharme."
    );

    let r = rewrites_es("No me escuchas.");
    assert_eq!(
        (r[0].0, r[0].1.as_str()),
        (BlameRule::YouDont, "No me escuchas")
    );
    assert!(
        r[0].2
            .starts_with("A una parte de mí le parece que no me escuchas.")
    );

    let r = rewrites_es("Por tu culpa perdimos el tren.");
    assert_eq!(r[0].0, BlameRule::BecauseOfYou);
    assert_eq!(
        r[0].2,
        "Cuando perdimos el tren, una parte de mí lo pasó mal."
    );

    for (input, rule) in [
        ("Eres tan egoísta.", BlameRule::YoureSo),
        ("Eres un egoísta.", BlameRule::YoureSuch),
        ("Me hiciste sentir fatal.", BlameRule::MadeMe),
    ] {
        let r = rewrites_es(input);
        assert!(
            !r.is_empty() && r.iter().all(|(found, ..)| *found == rule),
            "{input}: {r:?}"
        );
    }
    // "Siempre me haces…" is one blame, read from its "siempre".
    let r = rewrites_es("Siempre me haces sentir pequeña.");
    assert!(
        r.iter().all(|(rule, ..)| *rule == BlameRule::Always),
        "{r:?}"
    );
    assert_eq!(
        r[0].2,
        "Una parte de mí se siente dolida cuando me haces sentir pequeña."
    );
}

#[test]
fn spanish_praise_promises_and_parts_are_left_alone() {
    for kind in [
        "Siempre me haces reír.",
        "Eres tan amable.",
        "Nunca te dejaré sola.",
        "Una parte de mí siente que nunca me escuchas.",
        "Gracias por escucharme siempre.",
        "No fue tu culpa.",
        "",
    ] {
        assert_eq!(rewrite(kind), [], "{kind}");
    }
    // English is still read as English.
    let english = rewrite("You never listen to me.");
    assert!(!english.is_empty() && english.iter().all(|r| r.language == "en"));
}
