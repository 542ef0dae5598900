//! The talk itself, one screen a move: "Ready?", then in each of the five steps one turn
//! each (speak, say back, "was that it?"), then what each will do next time, and a last,
//! calm screen with both. Each move is kept as it is made, so a pause loses nothing.

use dioxus::prelude::*;

use super::{Intentions, TalkBar, UnsafeWords, any_unsafe};
use crate::domain::talk::content::{Role, content_in};
use crate::domain::talk::{
    ADDED_WHAT, HEARD_WHAT, INTENTION_WHAT, Move, PARTS_A_TURN, Phase, SAID_WHAT, Talk, TalkError,
    TalkStage, Who,
};
use crate::domain::{Level, Note, Part, TalkId};
use crate::platform;
use crate::store::{Parts, StoreError};
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, LabelledText, LevelPicker};
use crate::ui::context::{use_lang, use_record, use_shared};
use crate::ui::errors::Told;

/// A talk, picked up where it was.
#[component]
pub fn TalkFlow(id: ReadSignal<TalkId>) -> Element {
    let (talk, parts) = use_record(
        move || id.cloned(),
        |s, id| Ok::<_, StoreError>((s.talk(id)?, s.list::<Parts>()?)),
    )?;
    let window = format!("{} · Mend", t!(use_lang(), "talk-title"));
    rsx! {
        TalkWalk { key: "{talk.id}", talk, parts }
        document::Title { "{window}" }
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
    let shared = use_shared();
    let lang = use_lang();
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
                h1 { {t!(lang, "talk-ready-title")} }
                p { class: "lead", {t!(lang, "talk-ready-lead")} }
                p { class: "hint", {t!(lang, "talk-ready-why")} }
                for (i, who) in Who::BOTH.into_iter().enumerate() {
                    LevelPicker {
                        key: "{who.code()}",
                        legend: t!(lang, "talk-ready-legend", name = t.name(lang, who)),
                        low: t!(lang, "talk-ready-low"),
                        high: t!(lang, "talk-ready-high"),
                        value: shown.ready(who),
                        onchange: move |level: Option<Level>| typed.write().ready[i] = Some(level),
                    }
                }
                if suggests {
                    div { class: "talk-suggest", role: "status",
                        p { {t!(lang, "talk-suggest-pause")} }
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
                            {t!(lang, "talk-pause-first")}
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
                        if suggests {
                            {t!(lang, "talk-anyway")}
                        } else {
                            {t!(lang, "talk-start")}
                        }
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
            let guide = step.guide(lang);
            let seed = t.turns.len();
            let words = content_in(lang);
            let header = rsx! {
                p { class: "step-count",
                    {t!(lang, "talk-step", step = step.number(), title = guide.title.clone())}
                }
                progress { class: "steps", max: "5", value: "{step.number()}", aria_hidden: "true" }
            };
            match phase {
                Phase::Speak => {
                    let prompts = words.some_prompts(step, Role::Speaker, seed, 3);
                    let listening = words.some_prompts(step, Role::Listener, seed, 2);
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
                    let (add, part_own) = (t!(lang, "add"), t!(lang, "talk-part-own"));
                    let chosen_own: Vec<String> = ty
                        .parts
                        .iter()
                        .filter(|p| !own_list.contains(p))
                        .cloned()
                        .collect();
                    rsx! {
                        {header}
                        h1 { {t.about(lang, "talk-turn-speak", speaker)} }
                        p { class: "talk-who", {t.about(lang, "talk-listens", listener)} }
                        p { class: "guidance", "{guide.guidance}" }
                        section { class: "talk-prompts", aria_labelledby: "speak-heading",
                            h2 { id: "speak-heading", class: "small-heading", {t!(lang, "talk-speak-for")} }
                            p { class: "hint", {t!(lang, "talk-starters")} }
                            ul { class: "talk-starters",
                                for p in prompts {
                                    li { key: "{p.id}", "{p.text}" }
                                }
                            }
                        }
                        if let Some(minutes) = timer {
                            TurnTimer { key: "{seed}-{minutes}", minutes }
                        }
                        ChipGroup {
                            legend: t!(lang, "talk-parts-legend"),
                            hint: t!(lang, "talk-parts-hint", count = PARTS_A_TURN),
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
                            label { r#for: "own-part", class: "visually-hidden", "{part_own}" }
                            input {
                                id: "own-part",
                                r#type: "text",
                                dir: "auto",
                                maxlength: "60",
                                placeholder: "{part_own}",
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
                                aria_label: "{add}: {part_own}",
                                onclick: move |_| add_part(),
                                "{add}"
                            }
                        }
                        LabelledText {
                            id: "talk-said",
                            label: t!(lang, "talk-keep-said"),
                            hint: t!(lang, "talk-keep-hint"),
                            value: ty.said.clone(),
                            oninput: move |v| typed.write().said = v,
                        }
                        aside { class: "card talk-listener", aria_labelledby: "listen-heading",
                            h2 { id: "listen-heading", class: "small-heading",
                                {t!(lang, "talk-for-listener", name = t.name_within(lang, listener))}
                            }
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
                                {t.about(lang, "talk-pass-phone", listener)}
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
                        h1 { {t.about(lang, "talk-turn-say-back", listener)} }
                        p { class: "guidance", {t!(lang, "talk-say-back-hint")} }
                        LabelledText {
                            id: "talk-heard",
                            label: t!(lang, "talk-keep-heard"),
                            hint: t!(lang, "talk-keep-hint"),
                            value: ty.heard.clone(),
                            oninput: move |v| typed.write().heard = v,
                        }
                        TurnActions { unsafe_typed, error: write.error(),
                            button {
                                r#type: "button",
                                class: "button primary wide",
                                disabled: write.busy(),
                                onclick: heard,
                                {t.about(lang, "talk-pass-back", speaker)}
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
                        h1 { {t.about(lang, "talk-check", speaker)} }
                        if !heard.is_empty() {
                            p { class: "field-label", {t.about(lang, "talk-heard-by", listener)} }
                            blockquote { class: "talk-heard", dir: "auto", "{heard}" }
                        }
                        LabelledText {
                            id: "talk-added",
                            label: t!(lang, "talk-add-one"),
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
                                {t!(lang, "talk-not-quite")}
                            }
                            button {
                                r#type: "button",
                                class: "button primary",
                                disabled: write.busy(),
                                onclick: move |_| checked(true),
                                {t!(lang, "talk-that-was-it")}
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
                h1 { {t!(lang, "talk-next-time")} }
                p { class: "lead", {t!(lang, "talk-next-time-lead")} }
                for (i, who) in Who::BOTH.into_iter().enumerate() {
                    LabelledText {
                        key: "{who.code()}",
                        id: "talk-intention-{who.code()}",
                        label: t!(lang, "talk-intention", name = t.name(lang, who)),
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
                        {t!(lang, "talk-see-together")}
                    }
                }
            }
        }
        TalkStage::Done => {
            let can_mark = t.rupture_id.is_some() && !t.repaired;
            rsx! {
                section { class: "talk-done", aria_labelledby: "done-heading",
                    h1 { id: "done-heading", {t!(lang, "talk-done-title")} }
                    p { class: "lead", {t!(lang, "talk-done-lead")} }
                    Intentions { talk: t.clone() }
                }
                if can_mark {
                    fieldset { class: "field",
                        legend { class: "field-label", {t!(lang, "talk-repaired-legend")} }
                        p { class: "hint", {t!(lang, "talk-repaired-hint")} }
                        for (i, who) in Who::BOTH.into_iter().enumerate() {
                            label { key: "{who.code()}", class: "check-row",
                                input {
                                    r#type: "checkbox",
                                    checked: ty.both_say[i],
                                    onchange: move |e| typed.write().both_say[i] = e.checked(),
                                }
                                " "
                                {t!(lang, "talk-repaired-yes", name = t.name(lang, who))}
                            }
                        }
                        button {
                            r#type: "button",
                            class: "button primary",
                            disabled: write.busy() || !ty.both_say.iter().all(|b| *b),
                            onclick: move |_| async move {
                                let now = platform::now();
                                let said = t!(lang, "talk-repaired-said");
                                if let Some(next) = write.say(move |s| s.move_talk(id, Move::BothSayRepaired, &now), said, None).await {
                                    current.set(next);
                                }
                            },
                            {t!(lang, "talk-mark-repaired")}
                        }
                    }
                }
                if t.repaired {
                    p { class: "kind-note", role: "status", {t!(lang, "talk-repaired-both")} }
                }
                if let Some(message) = write.error() { ErrorNote { message } }
                div { class: "stack",
                    Link { to: Route::detail(id), class: "button secondary wide", {t!(lang, "talk-see-in-history")} }
                    Link { to: Route::Now {}, class: "button quiet wide", {t!(lang, "talk-back-to-now")} }
                }
            }
        }
        TalkStage::Stopped => rsx! {
            h1 { {t!(lang, "talk-stopped-title")} }
            p { class: "lead", {t!(lang, "talk-stopped")} }
            Link { to: Route::HelpNow {}, class: "button primary wide", {t!(lang, "talk-help-now")} }
        },
    };
    let open = stage.is_open();
    let in_turn = matches!(stage, TalkStage::Turn { .. });
    rsx! {
        p { class: "talk-between", {t.both(lang)} }
        {body}
        if in_turn {
            p { class: "secondary-actions",
                button {
                    r#type: "button",
                    class: "button quiet",
                    disabled: write.busy(),
                    onclick: move |_| make_one(Move::EndHere),
                    {t!(lang, "talk-end-here")}
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
    let lang = use_lang();
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
                span { class: "visually-hidden", {t!(lang, "talk-timer-label")} " " }
                "{s / 60}:{s % 60:02}"
            }
            if over {
                p { class: "hint", role: "status", {t!(lang, "talk-timer-over", minutes = minutes)} }
            } else {
                p { class: "hint", {t!(lang, "talk-timer-each", minutes = minutes)} }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::Lang;

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
        let check = |t: &Talk, lang: Lang| {
            [
                t.about(lang, "talk-turn-speak", Who::One),
                t.about(lang, "talk-turn-speak", Who::Two),
                t.about(lang, "talk-listens", Who::One),
                t.about(lang, "talk-listens", Who::Two),
                t.about(lang, "talk-pass-phone", Who::One),
                t.about(lang, "talk-pass-phone", Who::Two),
                t.both(lang),
            ]
        };
        let en = Lang::ENGLISH;
        assert_eq!(
            check(&plain, en),
            [
                "Your turn to speak",
                "Your partner's turn to speak",
                "You listen.",
                "Your partner listens.",
                "Pass the phone back",
                "Pass the phone to your partner",
                "You and your partner",
            ]
        );
        // A partner who types "You" as a name keeps it as typed.
        assert_eq!(
            check(&named, en),
            [
                "Sam's turn to speak",
                "You's turn to speak",
                "Sam listens.",
                "You listens.",
                "Pass the phone to Sam",
                "Pass the phone to You",
                "Sam and You",
            ]
        );
        let es = Lang::from_tag("es").unwrap();
        assert_eq!(
            check(&plain, es),
            [
                "Te toca hablar",
                "Le toca hablar a tu pareja",
                "Tú escuchas.",
                "Tu pareja escucha.",
                "Devolver el teléfono",
                "Pasar el teléfono a tu pareja",
                "Tú y tu pareja",
            ]
        );
        assert_eq!(
            check(&named, es),
            [
                "Le toca hablar a Sam",
                "Le toca hablar a You",
                "Sam escucha.",
                "You escucha.",
                "Pasar el teléfono a Sam",
                "Pasar el teléfono a You",
                "Sam y You",
            ]
        );
    }
}
