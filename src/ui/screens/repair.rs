//! The guided repair: pick a rupture (or log one), then five steps, one screen each, with a
//! note per step and the phrases used, then how it went. What is written is saved a moment
//! after typing stops, when a step is left, and when the screen is left any other way.

use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::repair::{FELT_WHAT, INTENTION_WHAT, NOTE_WHAT};
use crate::domain::rupture::rough_duration;
use crate::domain::text::excerpt;
use crate::domain::time::describe;
use crate::domain::{Kept, TextError};
use crate::domain::{
    Note, Repair, RepairId, RepairOutcome, RepairStage, RepairStep, Rupture, RuptureId,
};
use crate::platform;
use crate::store::StoreError;
use crate::t;
use crate::ui::Route;
use crate::ui::command::{use_command, use_lasting_command};
use crate::ui::components::{Chip, ChipGroup, ErrorNote, Form, Loading, SaveBar};
use crate::ui::context::{use_lang, use_load, use_record, use_shared};
use crate::ui::screens::rupture::RuptureForm;

const START_TITLE: &str = "Repair";
const START_INTRO: &str = "Which rupture would you like to mend?";
const NOTHING_WAITING: &str =
    "Nothing is waiting for repair. If something happened, write it down first.";
const LOG_FIRST: &str = "Log what happened";
const TALK_TOGETHER: &str = "Talk it through together";
const STEP_OF: &str = "Step";
const PHRASES_LEGEND: &str = "Words you might use";
const PHRASES_HINT: &str = "Examples to adapt, not scripts. Tap the ones you used.";
const OWN_PHRASE: &str = "Add words of your own";
const INTENTION_LABEL: &str = "Next time, I will…";
const NEXT: &str = "Next";
const BACK: &str = "Back";
const LATER: &str = "Save and finish later";
const NOT_CALM: &str = "Not calm enough yet? That's okay.";
const OUTCOME_TITLE: &str = "How did it go?";
const OUTCOME_INTRO: &str = "Whatever happened, you tried to reconnect. That matters.";
const OUTCOME_LEGEND: &str = "Where are you now?";
const FELT_LABEL: &str = "How did it feel?";
const FINISH: &str = "Finish";
const CHOOSE_OUTCOME: &str = "Choose how it went, then finish.";
/// How long after the last keystroke the repair is saved.
const AUTOSAVE_AFTER: std::time::Duration = std::time::Duration::from_millis(700);
const SAVED_LATER: &str = "Saved. You can pick this up from Now.";

/// Choosing which rupture to repair.
#[component]
pub fn RepairStart() -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let ruptures = use_load(|s| s.open_ruptures(20));
    let now = shared.now_by_minute();
    let loaded = ruptures.read().clone();
    rsx! {
        document::Title { "Repair · Mend" }
        h1 { "{START_TITLE}" }
        match loaded {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(list)) if list.is_empty() => rsx! {
                p { class: "lead", "{NOTHING_WAITING}" }
                p { class: "hint", {t!(lang, "rupture-explained")} }
                Link { to: Route::RepairNew {}, class: "button primary wide", "{LOG_FIRST}" }
                Link { to: Route::TalkStart {}, class: "button secondary wide", "{TALK_TOGETHER}" }
            },
            Some(Ok(list)) => rsx! {
                p { class: "lead", "{START_INTRO}" }
                ul { class: "plain-list",
                    for r in list {
                        li { key: "{r.id}",
                            Link {
                                to: Route::RepairFlow { id: r.id },
                                class: "choice",
                                span { class: "choice-main", dir: "auto", "{excerpt(r.what.as_str(), 90)}" }
                                span { class: "entry-when", "{describe(&r.at, &now)} · {r.status.label(Lang::ENGLISH)}" }
                            }
                        }
                    }
                }
                p { class: "secondary-actions",
                    Link { to: Route::RepairNew {}, class: "button secondary", "Something else happened" }
                    Link { to: Route::TalkStart {}, class: "button secondary", "{TALK_TOGETHER}" }
                }
            },
        }
    }
}

/// Logging a rupture on the way into its repair.
#[component]
pub fn RepairNew() -> Element {
    rsx! {
        document::Title { "Repair · Mend" }
        RuptureForm { existing: None, then_repair: true }
    }
}

/// The repair of one rupture: begins it, or picks it up where it was left.
#[component]
pub fn RepairFlow(id: ReadSignal<RuptureId>) -> Element {
    let begin = use_command();
    let begun = use_resource(move || {
        let id = id();
        async move {
            let now = platform::now();
            begin
                .run(move |s| {
                    let repair = s.begin_repair(id, &now)?;
                    Ok::<_, StoreError>((repair, s.rupture(id)?))
                })
                .await
        }
    });
    let loaded = begun.read().clone();
    rsx! {
        document::Title { "Repair · Mend" }
        match (loaded, begin.error()) {
            (Some(Some((repair, rupture))), _) => rsx! { RepairWalk { key: "{repair.id}", repair, rupture } },
            (_, Some(message)) => rsx! { h1 { "{START_TITLE}" } ErrorNote { message } },
            _ => rsx! { Loading {} },
        }
    }
}

/// The text fields of the current screen, kept as typed until the screen is left.
#[derive(Debug, Clone, PartialEq, Default)]
struct Typed {
    note: String,
    intention: String,
    felt: String,
}

impl Typed {
    fn of(repair: &Repair) -> Self {
        Self {
            note: match repair.at_stage() {
                RepairStage::Step(step) => repair.notes.get(step).as_str().to_owned(),
                RepairStage::Outcome => String::new(),
            },
            intention: repair.intention.as_str().to_owned(),
            felt: repair.felt.as_str().to_owned(),
        }
    }

    /// Puts what was typed into the repair, or says what is wrong. A text left as it was
    /// kept is kept exactly, even one today's checks would not pass.
    fn apply(&self, repair: &mut Repair) -> Result<(), TextError> {
        let edit = |kept: &Note, text: &str, what| kept.edited(text, what);
        if let RepairStage::Step(step) = repair.at_stage() {
            let note = edit(repair.notes.get(step), &self.note, NOTE_WHAT)?;
            repair.notes.set(step, note);
        }
        repair.intention = edit(&repair.intention, &self.intention, INTENTION_WHAT)?;
        repair.felt = edit(&repair.felt, &self.felt, FELT_WHAT)?;
        Ok(())
    }
}

/// Where to go once the current screen is saved.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Go {
    To(RepairStage),
    Later,
}

/// Walking the steps of one repair.
#[component]
fn RepairWalk(repair: Repair, rupture: Rupture) -> Element {
    let shared = use_shared();
    let nav = use_navigator();
    let first = repair.clone();
    let mut current = use_signal(|| first.clone());
    let mut typed = use_signal(|| Typed::of(&first));
    let mut own_phrase = use_signal(String::new);
    let mut outcome = use_signal(|| None::<RepairOutcome>);
    let write = use_command();
    // The repair as it was last saved, to tell whether anything is waiting to be saved.
    let mut on_disk = use_signal(|| first.clone());
    let mut edits = use_signal(|| 0_u64);

    // What is on screen, with the typing applied; `None` while a field is over its limit.
    let on_screen = move || {
        let mut r = current.peek().clone();
        typed.peek().apply(&mut r).ok().map(|()| r)
    };

    // Autosave: a moment after the last change, the repair is saved as it stands. A
    // failure is said on the screen, as a save by hand would be: the words are still there.
    use_effect(move || {
        let _ = (current.read(), typed.read());
        let ticket = *edits.peek() + 1;
        edits.set(ticket);
        spawn(async move {
            tokio::time::sleep(AUTOSAVE_AFTER).await;
            if *edits.peek() != ticket {
                return;
            }
            let Some(r) = on_screen().filter(|r| *r != *on_disk.peek()) else {
                return;
            };
            let now = platform::now();
            let saved = r.clone();
            if write
                .quietly(move |s| s.advance_repair(&saved, &now))
                .await
                .is_some()
            {
                on_disk.set(r);
            }
        });
    });
    // Leaving the screen by any other way (the top bar, the pause banner, a link) saves
    // what has not been saved yet, through the app's own command, as this screen is going
    // away: it waits its turn after any save still under way.
    let lasting = use_lasting_command();
    use_drop(move || {
        let Some(r) = on_screen().filter(|r| *r != *on_disk.peek()) else {
            return;
        };
        let now = platform::now();
        lasting.leave(move |s| s.advance_repair(&r, &now));
    });

    let save_and_go = move |go: Go| async move {
        let mut r = current.peek().clone();
        if let Err(e) = typed.peek().apply(&mut r) {
            return write.refuse(e.to_string());
        }
        if let Go::To(stage) = go {
            r.stage = Kept::Known(stage);
        }
        let now = platform::now();
        let saved = r.clone();
        if write
            .run(move |s| s.advance_repair(&saved, &now))
            .await
            .is_none()
        {
            return;
        }
        typed.set(Typed::of(&r));
        on_disk.set(r.clone());
        current.set(r);
        if go == Go::Later {
            shared.say(SAVED_LATER, None);
            nav.push(Route::Now {});
        }
    };

    let rupture_id = rupture.id;
    let finish = move |_| async move {
        let Some(chosen) = *outcome.peek() else {
            return write.refuse(CHOOSE_OUTCOME);
        };
        let mut r = current.peek().clone();
        if let Err(e) = typed.peek().apply(&mut r) {
            return write.refuse(e.to_string());
        }
        let now = platform::now();
        let Some(done) = write
            .run(move |s| s.complete_repair(&r, chosen, &now))
            .await
        else {
            return;
        };
        on_disk.set(done.clone());
        current.set(done.clone());
        let message = match done.time_to_repair {
            Some(t) => format!("Repair saved. Mended in {}.", rough_duration(t)),
            None => "Repair saved. The rupture stays open for another time.".to_owned(),
        };
        shared.say(message, None);
        nav.replace(Route::detail(rupture_id));
    };

    let mut add_own = move || {
        let text = own_phrase.peek().clone();
        match Note::parse_required(&text, "your words") {
            Ok(p) => {
                let mut w = current.write();
                if !w.phrases.iter().any(|x| x == p.as_str()) {
                    w.phrases.push(p.into_string());
                }
                own_phrase.set(String::new());
                write.clear();
            }
            Err(e) => write.refuse(e.to_string()),
        }
    };
    let r = current.read().clone();
    let t = typed.read().clone();
    let about = excerpt(rupture.what.as_str(), 80);
    let stage_view = match r.at_stage() {
        RepairStage::Step(step) => {
            let guide = step.guide();
            let back = RepairStage::Step(step).back();
            let next = RepairStage::Step(step).next();
            let note_id = format!("note-{}", step.code());
            let mut suggested: Vec<String> = guide.phrases.iter().map(|p| p.to_string()).collect();
            for p in &r.phrases {
                if !suggested.contains(p)
                    && !RepairStep::ALL
                        .iter()
                        .any(|s| s.guide().phrases.contains(&p.as_str()))
                {
                    suggested.push(p.clone());
                }
            }
            rsx! {
                p { class: "step-count", "{STEP_OF} {step.number()} of 5" }
                progress { class: "steps", max: "5", value: "{step.number()}", aria_label: "Step {step.number()} of 5" }
                h1 { "{guide.title}" }
                p { class: "repair-about", dir: "auto", "About: {about}" }
                p { class: "guidance", "{guide.guidance}" }
                if step == RepairStep::FindSelf {
                    p { class: "kind-note",
                        "{NOT_CALM} "
                        Link { to: Route::PauseScreen {}, "Take a pause" }
                    }
                }
                ChipGroup { legend: PHRASES_LEGEND, hint: PHRASES_HINT.to_owned(),
                    for phrase in suggested {
                        Chip {
                            key: "{phrase}",
                            label: phrase.clone(),
                            selected: r.phrases.contains(&phrase),
                            onclick: move |_| current.write().toggle_phrase(&phrase),
                        }
                    }
                }
                div { class: "quick-add",
                    label { r#for: "own-phrase", class: "visually-hidden", "{OWN_PHRASE}" }
                    input {
                        id: "own-phrase",
                        r#type: "text",
                        dir: "auto",
                        placeholder: OWN_PHRASE,
                        maxlength: "300",
                        value: "{own_phrase}",
                        oninput: move |e| own_phrase.set(e.value()),
                        onkeydown: move |e| {
                            if e.key() == Key::Enter {
                                add_own();
                            }
                        },
                    }
                    button {
                        r#type: "button",
                        class: "button secondary",
                        aria_label: OWN_PHRASE,
                        onclick: move |_| add_own(),
                        "Add"
                    }
                }
                div { class: "field",
                    label { r#for: "{note_id}", class: "field-label", "{guide.note_label}" }
                    textarea {
                        id: "{note_id}",
                        dir: "auto",
                        rows: "4",
                        value: "{t.note}",
                        oninput: move |e| typed.write().note = e.value(),
                    }
                }
                if step == RepairStep::Respond {
                    div { class: "field",
                        label { r#for: "intention", class: "field-label", "{INTENTION_LABEL}" }
                        textarea {
                            id: "intention",
                            dir: "auto",
                            rows: "2",
                            value: "{t.intention}",
                            oninput: move |e| typed.write().intention = e.value(),
                        }
                    }
                }
                if let Some(message) = write.error() {
                    ErrorNote { message }
                }
                div { class: "sticky-actions row-actions",
                    if let Some(back) = back {
                        button {
                            r#type: "button",
                            class: "button secondary",
                            disabled: write.busy(),
                            onclick: move |_| save_and_go(Go::To(back)),
                            "{BACK}"
                        }
                    }
                    button {
                        r#type: "button",
                        class: "button primary",
                        disabled: write.busy(),
                        onclick: move |_| save_and_go(Go::To(next)),
                        "{NEXT}"
                    }
                }
            }
        }
        RepairStage::Outcome => {
            rsx! {
                p { class: "step-count", "Last step" }
                h1 { "{OUTCOME_TITLE}" }
                p { class: "repair-about", dir: "auto", "About: {about}" }
                p { class: "guidance", "{OUTCOME_INTRO}" }
                ChipGroup { legend: OUTCOME_LEGEND,
                    for o in RepairOutcome::ALL {
                        Chip {
                            key: "{o.code()}",
                            label: o.label(Lang::ENGLISH),
                            selected: outcome() == Some(o),
                            onclick: move |_| {
                                outcome.set(Some(o));
                                write.clear();
                            },
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "felt", class: "field-label", "{FELT_LABEL}" }
                    textarea {
                        id: "felt",
                        dir: "auto",
                        rows: "3",
                        value: "{t.felt}",
                        oninput: move |e| typed.write().felt = e.value(),
                    }
                }
                if let Some(message) = write.error() {
                    ErrorNote { message }
                }
                div { class: "sticky-actions row-actions",
                    button {
                        r#type: "button",
                        class: "button secondary",
                        disabled: write.busy(),
                        onclick: move |_| save_and_go(Go::To(RepairStage::Step(RepairStep::Respond))),
                        "{BACK}"
                    }
                    button {
                        r#type: "button",
                        class: "button primary",
                        disabled: write.busy(),
                        onclick: finish,
                        "{FINISH}"
                    }
                }
            }
        }
    };
    rsx! {
        {stage_view}
        p { class: "secondary-actions",
            button {
                r#type: "button",
                class: "button quiet",
                disabled: write.busy(),
                onclick: move |_| save_and_go(Go::Later),
                "{LATER}"
            }
        }
    }
}

const EDIT_TITLE: &str = "Edit repair notes";
const FELT_EDIT: &str = "How it felt";
const PHRASES_USED: &str = "Phrases used";
const REMOVE_PHRASE: &str = "Remove";

/// Editing the notes of a repair, all on one screen.
#[component]
pub fn RepairEdit(id: ReadSignal<RepairId>) -> Element {
    let repair = use_record(move || id.cloned(), |s, id| s.repair(id))?;
    rsx! {
        RepairNotesForm { key: "{repair.id}", repair }
        document::Title { "Edit repair · Mend" }
    }
}

#[component]
fn RepairNotesForm(repair: Repair) -> Element {
    let write = use_command();
    let nav = use_navigator();
    let start = repair.clone();
    let mut notes = use_signal(|| RepairStep::ALL.map(|s| start.notes.get(s).as_str().to_owned()));
    let mut intention = use_signal(|| start.intention.as_str().to_owned());
    let mut felt = use_signal(|| start.felt.as_str().to_owned());
    let mut phrases = use_signal(|| start.phrases.clone());

    let save = move |_| {
        let mut r = repair.clone();
        async move {
            // A text left as it was kept is saved as it was, even one from before today's
            // checks; a changed one is checked.
            let edit = |kept: &Note, t: &str, what| kept.edited(t, what);
            let built = (|| -> Result<(), TextError> {
                for (i, step) in RepairStep::ALL.into_iter().enumerate() {
                    let note = edit(r.notes.get(step), &notes.peek()[i], NOTE_WHAT)?;
                    r.notes.set(step, note);
                }
                r.intention = edit(&r.intention, &intention.peek(), INTENTION_WHAT)?;
                r.felt = edit(&r.felt, &felt.peek(), FELT_WHAT)?;
                r.phrases = phrases.peek().clone();
                Ok(())
            })();
            if let Err(e) = built {
                return write.refuse(e.to_string());
            }
            let id = r.id;
            let now = platform::now();
            let said = "Repair notes updated.";
            if write
                .say(move |s| s.advance_repair(&r, &now), said, None)
                .await
                .is_some()
            {
                nav.replace(Route::detail(id));
            }
        }
    };

    rsx! {
        h1 { "{EDIT_TITLE}" }
        Form {
            class: "form",
            onsubmit: save,
            for (i, step) in RepairStep::ALL.into_iter().enumerate() {
                div { class: "field", key: "{step.code()}",
                    label { r#for: "edit-{step.code()}", class: "field-label", "{step.number()}. {step.guide().title}" }
                    textarea {
                        id: "edit-{step.code()}",
                        dir: "auto",
                        rows: "3",
                        value: "{notes.read()[i]}",
                        oninput: move |e| notes.write()[i] = e.value(),
                    }
                }
            }
            div { class: "field",
                label { r#for: "edit-intention", class: "field-label", "{INTENTION_LABEL}" }
                textarea {
                    id: "edit-intention",
                    dir: "auto",
                    rows: "2",
                    value: "{intention}",
                    oninput: move |e| intention.set(e.value()),
                }
            }
            div { class: "field",
                label { r#for: "edit-felt", class: "field-label", "{FELT_EDIT}" }
                textarea {
                    id: "edit-felt",
                    dir: "auto",
                    rows: "2",
                    value: "{felt}",
                    oninput: move |e| felt.set(e.value()),
                }
            }
            if !phrases.read().is_empty() {
                fieldset { class: "field",
                    legend { class: "field-label", "{PHRASES_USED}" }
                    ul { class: "plain-list",
                        for (i, p) in phrases.read().clone().into_iter().enumerate() {
                            li { key: "{p}", class: "phrase-row",
                                span { dir: "auto", "{p}" }
                                button {
                                    r#type: "button",
                                    class: "button quiet small",
                                    aria_label: "{REMOVE_PHRASE}: {p}",
                                    onclick: move |_| {
                                        phrases.write().remove(i);
                                    },
                                    "{REMOVE_PHRASE}"
                                }
                            }
                        }
                    }
                }
            }
            SaveBar { label: "Save", busy: write.busy(), error: write.error() }
        }
    }
}
