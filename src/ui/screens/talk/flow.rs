//! The talk itself, one screen a move: "Ready?", then in each of the five steps one turn
//! each (speak, say back, "was that it?"), then what each will do next time, and a last,
//! calm screen with both. Each move is kept as it is made, so a pause loses nothing.

use dioxus::prelude::*;

use super::{Intentions, TalkBar, UnsafeWords, any_unsafe};
use crate::domain::i18n::Lang;
use crate::domain::talk::content::{Role, content};
use crate::domain::talk::{
    ADDED_WHAT, HEARD_WHAT, INTENTION_WHAT, Move, PARTS_A_TURN, Phase, SAID_WHAT, Talk, TalkError,
    TalkStage, Who,
};
use crate::domain::{Level, Note, Part, TalkId};
use crate::platform;
use crate::store::{Parts, StoreError};
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, LabelledText, LevelPicker};
use crate::ui::context::{use_record, use_shared};
use crate::ui::errors::Told;

const READY_TITLE: &str = "Ready?";
const READY_LEAD: &str = "Before you start, each of you: how settled do you feel right now?";
const READY_WHY: &str = "A talk tends to go better once both bodies have settled. After a flood of feeling, that often takes about 20 minutes.";
const READY_LOW: &str = "stirred up";
const READY_HIGH: &str = "settled";
const SUGGEST_PAUSE: &str = "One of you is still quite stirred up. A pause first might help, and the talk will be here when you come back.";
const PAUSE_FIRST: &str = "Take a pause first";
const TALK_ANYWAY: &str = "Talk anyway";
const START: &str = "Start talking";
const SPEAK_FOR: &str = "Speak for your part, not from it";
const STARTERS: &str = "You might start with:";
const PARTS_LEGEND: &str = "Which part is speaking? (optional)";
const PART_OWN: &str = "A part, in your own words";
const ADD: &str = "Add";
const KEEP_SAID: &str = "Words to keep (optional)";
const KEEP_HINT: &str = "Nothing is kept unless you write it here.";
const FOR_LISTENER: &str = "For the one listening";
const SAY_BACK: &str = "turn: say back what you heard";
const SAY_BACK_HINT: &str =
    "Start with \"What I heard is…\". Say it in your own words, without adding your side yet.";
const KEEP_HEARD: &str = "What I heard is… (optional, to keep)";
const WAS_THAT_IT: &str = "was that it?";
const ADD_ONE: &str = "One thing to add (optional)";
const THAT_WAS_IT: &str = "Yes, that was it";
const NOT_QUITE: &str = "Not quite: I've added one thing";
const END_HERE: &str = "End the talk here";
const NEXT_TIME_TITLE: &str = "Next time";
const NEXT_TIME_LEAD: &str =
    "Each of you: one thing you will do next time it gets hard. Small is good.";
const SEE_TOGETHER: &str = "See them together";
const DONE_TITLE: &str = "Thank you for talking it through";
const DONE_LEAD: &str =
    "Take a slow breath together. Here is what you each said you'll do next time.";
const REPAIRED_LEGEND: &str = "Do you both feel this rupture is repaired?";
const REPAIRED_HINT: &str = "Only if you both say so. It's fine if it isn't yet.";
const MARK_REPAIRED: &str = "Mark it repaired";
const REPAIRED_SAID: &str = "Marked repaired, together.";
const STOPPED: &str =
    "This talk was stopped so that you could look after your safety. Your safety comes first.";

/// A talk, picked up where it was.
#[component]
pub fn TalkFlow(id: ReadSignal<TalkId>) -> Element {
    let (talk, parts) = use_record(
        move || id.cloned(),
        |s, id| Ok::<_, StoreError>((s.talk(id)?, s.list::<Parts>()?)),
    )?;
    rsx! {
        TalkWalk { key: "{talk.id}", talk, parts }
        document::Title { "Talk it through · Mend" }
    }
}

/// What is typed on the current screen, cleared with each move.
#[derive(Debug, Clone, PartialEq, Default)]
struct Typed {
    said: String,
    heard: String,
    added: String,
    own_part: String,
    parts: Vec<String>,
    intentions: [String; 2],
    both_say: [bool; 2],
    /// How settled each says they feel, once chosen here (`Some(None)`: cleared); kept with
    /// the talk when it begins, or when they pause first.
    ready: [Option<Option<Level>>; 2],
}

impl Typed {
    fn texts(&self) -> impl Iterator<Item = &str> {
        [
            self.said.as_str(),
            self.heard.as_str(),
            self.added.as_str(),
            self.own_part.as_str(),
            self.intentions[0].as_str(),
            self.intentions[1].as_str(),
        ]
        .into_iter()
        .chain(self.parts.iter().map(String::as_str))
    }
}

#[component]
fn TalkWalk(talk: Talk, parts: Vec<Part>) -> Element {
    let lang = crate::ui::context::use_lang();
    let shared = use_shared();
    let nav = use_navigator();
    let write = use_command();
    let mut current = use_signal(|| talk.clone());
    let mut typed = use_signal(Typed::default);
    let id = talk.id;
    let below = Level::new(shared.settings.read().talk_ready_below.0.min(Level::MAX));
    let timer = shared.settings.read().turn_timer;

    // One or more moves, together. A move the talk has already gone past (the same talk
    // open twice) shows the talk as it now is, and says so.
    let make = move |moves: Vec<Move>| async move {
        let now = platform::now();
        let done = write
            .run(move |s| match s.move_talk_all(id, moves, &now) {
                Ok(talk) => Ok((talk, true)),
                Err(StoreError::Talk(TalkError::NotNow)) => Ok((s.talk(id)?, false)),
                Err(e) => Err(e),
            })
            .await;
        if let Some((next, moved)) = done {
            current.set(next);
            typed.set(Typed::default());
            if !moved {
                write.refuse(TalkError::NotNow.told());
            }
        }
    };
    let make_one = move |step: Move| make(vec![step]);
    // The levels chosen (or taken back) on "Ready?", as moves.
    let ready_moves = move || -> Vec<Move> {
        let ty = typed.peek();
        Who::BOTH
            .into_iter()
            .zip(ty.ready)
            .filter_map(|(who, level)| Some(Move::Ready { who, level: level? }))
            .collect()
    };
    let note = move |text: &str, what: &'static str| Note::parse(text, what);

    let t = current.read().clone();
    let ty = typed.read().clone();
    let stage = t.at();
    let unsafe_typed = any_unsafe(lang, ty.texts());

    let body = match stage {
        TalkStage::Ready => {
            let mut shown = t.clone();
            shown.ready_one = ty.ready[0].unwrap_or(t.ready_one);
            shown.ready_two = ty.ready[1].unwrap_or(t.ready_two);
            let suggests = below.is_some_and(|b| shown.suggests_pause(b));
            rsx! {
                h1 { "{READY_TITLE}" }
                p { class: "lead", "{READY_LEAD}" }
                p { class: "hint", "{READY_WHY}" }
                for (i, who) in Who::BOTH.into_iter().enumerate() {
                    LevelPicker {
                        key: "{who.code()}",
                        legend: format!("{}: how settled do you feel?", t.name(who)),
                        low: READY_LOW,
                        high: READY_HIGH,
                        value: shown.ready(who),
                        onchange: move |level: Option<Level>| typed.write().ready[i] = Some(level),
                    }
                }
                if suggests {
                    div { class: "talk-suggest", role: "status",
                        p { "{SUGGEST_PAUSE}" }
                        button {
                            r#type: "button",
                            class: "button primary wide",
                            disabled: write.busy(),
                            onclick: move |_| async move {
                                let now = platform::now();
                                let moves = ready_moves();
                                let paused = write.run(move |s| {
                                    s.move_talk_all(id, moves, &now)?;
                                    s.pause_talk(id, &now)
                                });
                                if paused.await.is_some() {
                                    nav.push(Route::PauseScreen {});
                                }
                            },
                            "{PAUSE_FIRST}"
                        }
                    }
                }
                div { class: "sticky-actions",
                    button {
                        r#type: "button",
                        class: if suggests { "button secondary wide" } else { "button primary wide" },
                        disabled: write.busy(),
                        onclick: move |_| {
                            let mut moves = ready_moves();
                            moves.push(Move::Begin);
                            make(moves)
                        },
                        if suggests { "{TALK_ANYWAY}" } else { "{START}" }
                    }
                }
            }
        }
        TalkStage::Turn {
            step,
            speaker,
            phase,
        } => {
            let listener = speaker.other();
            let guide = step.guide(Lang::ENGLISH);
            let seed = t.turns.len();
            let listener_name = t.name(listener).to_owned();
            let listener_within = t.name_within(listener);
            let header = rsx! {
                p { class: "step-count", "Step {step.number()} of 5 · {guide.title}" }
                progress { class: "steps", max: "5", value: "{step.number()}", aria_hidden: "true" }
            };
            match phase {
                Phase::Speak => {
                    let prompts = content().some_prompts(step, Role::Speaker, seed, 3);
                    let listening = content().some_prompts(step, Role::Listener, seed, 2);
                    let own_list: Vec<String> = if speaker == Who::One {
                        parts.iter().map(|p| p.name.clone()).collect()
                    } else {
                        Vec::new()
                    };
                    let mut add_part = move || {
                        let text = typed.peek().own_part.trim().to_owned();
                        if text.is_empty() {
                            return;
                        }
                        let mut w = typed.write();
                        if w.parts.len() < PARTS_A_TURN
                            && !w.parts.iter().any(|p| p.eq_ignore_ascii_case(&text))
                        {
                            w.parts.push(text);
                        }
                        w.own_part.clear();
                    };
                    let spoke = move |_| async move {
                        let ty = typed.peek().clone();
                        let said = match note(&ty.said, SAID_WHAT) {
                            Ok(n) => n,
                            Err(e) => return write.refuse(e.to_string()),
                        };
                        make_one(Move::Spoke {
                            parts: ty.parts,
                            said,
                        })
                        .await;
                    };
                    let chosen_own: Vec<String> = ty
                        .parts
                        .iter()
                        .filter(|p| !own_list.contains(p))
                        .cloned()
                        .collect();
                    rsx! {
                        {header}
                        h1 { "{t.whose(speaker)} turn to speak" }
                        p { class: "talk-who", {listens(&t, listener)} }
                        p { class: "guidance", "{guide.guidance}" }
                        section { class: "talk-prompts", aria_labelledby: "speak-heading",
                            h2 { id: "speak-heading", class: "small-heading", "{SPEAK_FOR}" }
                            p { class: "hint", "{STARTERS}" }
                            ul { class: "talk-starters",
                                for p in prompts {
                                    li { key: "{p.id}", "{p.text}" }
                                }
                            }
                        }
                        if let Some(minutes) = timer {
                            TurnTimer { key: "{seed}-{minutes}", minutes }
                        }
                        ChipGroup { legend: PARTS_LEGEND, hint: format!("Up to {PARTS_A_TURN}."),
                            for name in own_list.clone() {
                                Chip {
                                    key: "{name}",
                                    label: name.clone(),
                                    selected: ty.parts.contains(&name),
                                    onclick: move |_| {
                                        let mut w = typed.write();
                                        if let Some(i) = w.parts.iter().position(|p| *p == name) {
                                            w.parts.remove(i);
                                        } else if w.parts.len() < PARTS_A_TURN {
                                            w.parts.push(name.clone());
                                        }
                                    },
                                }
                            }
                            for name in chosen_own {
                                Chip {
                                    key: "own-{name}",
                                    label: name.clone(),
                                    selected: true,
                                    onclick: move |_| typed.write().parts.retain(|p| *p != name),
                                }
                            }
                        }
                        div { class: "quick-add",
                            label { r#for: "own-part", class: "visually-hidden", "{PART_OWN}" }
                            input {
                                id: "own-part",
                                r#type: "text",
                                dir: "auto",
                                maxlength: "60",
                                placeholder: PART_OWN,
                                value: "{ty.own_part}",
                                oninput: move |e| typed.write().own_part = e.value(),
                                onkeydown: move |e| {
                                    if e.key() == Key::Enter {
                                        add_part();
                                    }
                                },
                            }
                            button {
                                r#type: "button",
                                class: "button secondary",
                                aria_label: "{ADD}: {PART_OWN}",
                                onclick: move |_| add_part(),
                                "{ADD}"
                            }
                        }
                        LabelledText {
                            id: "talk-said",
                            label: KEEP_SAID,
                            hint: KEEP_HINT.to_owned(),
                            value: ty.said.clone(),
                            oninput: move |v| typed.write().said = v,
                        }
                        aside { class: "card talk-listener", aria_labelledby: "listen-heading",
                            h2 { id: "listen-heading", class: "small-heading", "{FOR_LISTENER} ({listener_within})" }
                            ul {
                                for p in listening {
                                    li { key: "{p.id}", "{p.text}" }
                                }
                            }
                        }
                        TurnActions { unsafe_typed, error: write.error(),
                            button {
                                r#type: "button",
                                class: "button primary wide",
                                disabled: write.busy(),
                                onclick: spoke,
                                {pass(&t, listener, "Pass the phone", "Pass the phone back")}
                            }
                        }
                    }
                }
                Phase::SayBack => {
                    let heard = move |_| async move {
                        let text = typed.peek().heard.clone();
                        match note(&text, HEARD_WHAT) {
                            Ok(heard) => make_one(Move::Heard { heard }).await,
                            Err(e) => write.refuse(e.to_string()),
                        }
                    };
                    rsx! {
                        {header}
                        h1 { "{t.whose(listener)} {SAY_BACK}" }
                        p { class: "guidance", "{SAY_BACK_HINT}" }
                        LabelledText {
                            id: "talk-heard",
                            label: KEEP_HEARD,
                            hint: KEEP_HINT.to_owned(),
                            value: ty.heard.clone(),
                            oninput: move |v| typed.write().heard = v,
                        }
                        TurnActions { unsafe_typed, error: write.error(),
                            button {
                                r#type: "button",
                                class: "button primary wide",
                                disabled: write.busy(),
                                onclick: heard,
                                {pass(&t, speaker, "Pass it back", "Pass it back")}
                            }
                        }
                    }
                }
                Phase::Check => {
                    let checked = move |got_it: bool| async move {
                        let text = typed.peek().added.clone();
                        match note(&text, ADDED_WHAT) {
                            Ok(added) => make_one(Move::Checked { got_it, added }).await,
                            Err(e) => write.refuse(e.to_string()),
                        }
                    };
                    let heard = t
                        .turn()
                        .map(|turn| turn.heard.as_str().to_owned())
                        .unwrap_or_default();
                    rsx! {
                        {header}
                        h1 { "Back to {t.name_within(speaker)}: {WAS_THAT_IT}" }
                        if !heard.is_empty() {
                            p { class: "field-label", "{listener_name} heard:" }
                            blockquote { class: "talk-heard", dir: "auto", "{heard}" }
                        }
                        LabelledText {
                            id: "talk-added",
                            label: ADD_ONE,
                            value: ty.added.clone(),
                            rows: 2,
                            oninput: move |v| typed.write().added = v,
                        }
                        TurnActions { unsafe_typed, error: write.error(), row: true,
                            button {
                                r#type: "button",
                                class: "button secondary",
                                disabled: write.busy(),
                                onclick: move |_| checked(false),
                                "{NOT_QUITE}"
                            }
                            button {
                                r#type: "button",
                                class: "button primary",
                                disabled: write.busy(),
                                onclick: move |_| checked(true),
                                "{THAT_WAS_IT}"
                            }
                        }
                    }
                }
            }
        }
        TalkStage::Intentions => {
            let finish = move |_| async move {
                let ty = typed.peek().clone();
                let parsed = (
                    note(&ty.intentions[0], INTENTION_WHAT),
                    note(&ty.intentions[1], INTENTION_WHAT),
                );
                match parsed {
                    (Ok(one), Ok(two)) => make_one(Move::Finish { one, two }).await,
                    (Err(e), _) | (_, Err(e)) => write.refuse(e.to_string()),
                }
            };
            rsx! {
                h1 { "{NEXT_TIME_TITLE}" }
                p { class: "lead", "{NEXT_TIME_LEAD}" }
                for (i, who) in Who::BOTH.into_iter().enumerate() {
                    LabelledText {
                        key: "{who.code()}",
                        id: "talk-intention-{who.code()}",
                        label: format!("{}: next time, I will…", t.name(who)),
                        value: ty.intentions[i].clone(),
                        rows: 2,
                        oninput: move |v| typed.write().intentions[i] = v,
                    }
                }
                TurnActions { unsafe_typed, error: write.error(),
                    button {
                        r#type: "button",
                        class: "button primary wide",
                        disabled: write.busy(),
                        onclick: finish,
                        "{SEE_TOGETHER}"
                    }
                }
            }
        }
        TalkStage::Done => {
            let can_mark = t.rupture_id.is_some() && !t.repaired;
            rsx! {
                section { class: "talk-done", aria_labelledby: "done-heading",
                    h1 { id: "done-heading", "{DONE_TITLE}" }
                    p { class: "lead", "{DONE_LEAD}" }
                    Intentions { talk: t.clone() }
                }
                if can_mark {
                    fieldset { class: "field",
                        legend { class: "field-label", "{REPAIRED_LEGEND}" }
                        p { class: "hint", "{REPAIRED_HINT}" }
                        for (i, who) in Who::BOTH.into_iter().enumerate() {
                            label { key: "{who.code()}", class: "check-row",
                                input {
                                    r#type: "checkbox",
                                    checked: ty.both_say[i],
                                    onchange: move |e| typed.write().both_say[i] = e.checked(),
                                }
                                " {t.name(who)}: yes, it's repaired"
                            }
                        }
                        button {
                            r#type: "button",
                            class: "button primary",
                            disabled: write.busy() || !ty.both_say.iter().all(|b| *b),
                            onclick: move |_| async move {
                                let now = platform::now();
                                if let Some(next) = write.say(move |s| s.move_talk(id, Move::BothSayRepaired, &now), REPAIRED_SAID, None).await {
                                    current.set(next);
                                }
                            },
                            "{MARK_REPAIRED}"
                        }
                    }
                }
                if t.repaired {
                    p { class: "kind-note", role: "status", "You both said this rupture is repaired." }
                }
                if let Some(message) = write.error() { ErrorNote { message } }
                div { class: "stack",
                    Link { to: Route::detail(id), class: "button secondary wide", "See it in History" }
                    Link { to: Route::Now {}, class: "button quiet wide", "Back to Now" }
                }
            }
        }
        TalkStage::Stopped => rsx! {
            h1 { "Talk stopped" }
            p { class: "lead", "{STOPPED}" }
            Link { to: Route::HelpNow {}, class: "button primary wide", "Help now" }
        },
    };
    let open = stage.is_open();
    let in_turn = matches!(stage, TalkStage::Turn { .. });
    rsx! {
        p { class: "talk-between", "{t.both()}" }
        {body}
        if in_turn {
            p { class: "secondary-actions",
                button {
                    r#type: "button",
                    class: "button quiet",
                    disabled: write.busy(),
                    onclick: move |_| make_one(Move::EndHere),
                    "{END_HERE}"
                }
            }
        }
        if open {
            TalkBar { talk: Some(id) }
        } else if stage == TalkStage::Done {
            TalkBar { talk: None, rupture: t.rupture_id }
        }
    }
}

/// A gentle timer for one turn: it shows the time taken, and says softly when the turn's
/// minutes are up. It never cuts anyone off.
#[component]
fn TurnTimer(minutes: u8) -> Element {
    let mut elapsed = use_signal(|| 0_u32);
    use_future(move || async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            elapsed += 1;
        }
    });
    let s = elapsed();
    let over = s >= u32::from(minutes) * 60;
    rsx! {
        div { class: "talk-timer",
            p { role: "timer",
                span { class: "visually-hidden", "Time this turn: " }
                "{s / 60}:{s % 60:02}"
            }
            if over {
                p { class: "hint", role: "status", "That's about {minutes} minutes. Finish your thought; there's no rush." }
            } else {
                p { class: "hint", "About {minutes} minutes each. Take the time you need." }
            }
        }
    }
}

/// What follows the words asked for on a screen of the talk: the safety note when the words
/// typed speak of violence or fear, the problem if there is one, and the screen's buttons.
#[component]
fn TurnActions(
    unsafe_typed: bool,
    error: Option<String>,
    #[props(default)] row: bool,
    children: Element,
) -> Element {
    rsx! {
        if unsafe_typed {
            UnsafeWords {}
        }
        if let Some(message) = error {
            ErrorNote { message }
        }
        div { class: if row { "sticky-actions row-actions" } else { "sticky-actions" }, {children} }
    }
}

/// "Alex listens.", "Your partner listens.", "You listen."
fn listens(talk: &Talk, who: Who) -> String {
    match (talk.typed_name(who), who) {
        (None, Who::One) => "You listen.".to_owned(),
        _ => format!("{} listens.", talk.name(who)),
    }
}

/// A button passing the phone: "… to Alex", "… to your partner", or, to a person with no
/// name typed whose phone it is, `back`.
fn pass(talk: &Talk, to: Who, verb: &str, back: &str) -> String {
    match (talk.typed_name(to), to) {
        (None, Who::One) => back.to_owned(),
        _ => format!("{verb} to {}", talk.name_within(to)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_typed_text_is_checked_for_safety() {
        let typed = Typed {
            parts: vec!["A part that is frightened of them".into()],
            ..Typed::default()
        };
        assert!(any_unsafe(Lang::ENGLISH, typed.texts()));
        assert!(!any_unsafe(Lang::ENGLISH, Typed::default().texts()));
    }

    #[test]
    fn names_read_well_inside_the_sentences() {
        use crate::domain::{Moment, TalkId};
        let now = Moment::default();
        let plain = Talk::begin(TalkId::random(), None, ["", ""], now).unwrap();
        let named = Talk::begin(TalkId::random(), None, ["Sam", "You"], now).unwrap();
        let check = |t: &Talk| {
            [
                t.whose(Who::One),
                t.whose(Who::Two),
                listens(t, Who::One),
                listens(t, Who::Two),
                pass(t, Who::One, "Pass the phone", "Pass the phone back"),
                pass(t, Who::Two, "Pass the phone", "Pass the phone back"),
                t.both(),
            ]
        };
        assert_eq!(
            check(&plain),
            [
                "Your",
                "Your partner's",
                "You listen.",
                "Your partner listens.",
                "Pass the phone back",
                "Pass the phone to your partner",
                "You and your partner",
            ]
        );
        // A partner who types "You" as a name keeps it as typed.
        assert_eq!(
            check(&named),
            [
                "Sam's",
                "You's",
                "Sam listens.",
                "You listens.",
                "Pass the phone to Sam",
                "Pass the phone to You",
                "Sam and You",
            ]
        );
    }
}
