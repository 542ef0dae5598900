//! The guided repair: pick a rupture (or log one), then five steps, one screen each, with a
//! note per step and the phrases used, then how it went. What is written is saved a moment
//! after typing stops, when a step is left, and when the screen is left any other way.

use dioxus::prelude::*;

use crate::domain::repair::{FELT_WHAT, INTENTION_WHAT, NOTE_WHAT};
use crate::domain::rupture::rough_duration;
use crate::domain::text::excerpt;
use crate::domain::time::describe_in;
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

/// How long after the last keystroke the repair is saved.
const AUTOSAVE_AFTER: std::time::Duration = std::time::Duration::from_millis(700);

/// Choosing which rupture to repair.
#[component]
pub fn RepairStart() -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let ruptures = use_load(|s| s.open_ruptures(20));
    let now = shared.now_by_minute();
    let loaded = ruptures.read().clone();
    let window = format!("{} · Mend", t!(lang, "repair-title"));
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "repair-title")} }
        match loaded {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(list)) if list.is_empty() => rsx! {
                p { class: "lead", {t!(lang, "repair-nothing-waiting")} }
                p { class: "hint", {t!(lang, "rupture-explained")} }
                Link { to: Route::RepairNew {}, class: "button primary wide", {t!(lang, "repair-log-first")} }
                Link { to: Route::TalkStart {}, class: "button secondary wide", {t!(lang, "repair-talk-together")} }
            },
            Some(Ok(list)) => rsx! {
                p { class: "lead", {t!(lang, "repair-intro")} }
                ul { class: "plain-list",
                    for r in list {
                        li { key: "{r.id}",
                            Link {
                                to: Route::RepairFlow { id: r.id },
                                class: "choice",
                                span { class: "choice-main", dir: "auto", "{excerpt(r.what.as_str(), 90)}" }
                                span { class: "entry-when", "{describe_in(lang, &r.at, &now)} · {r.status.label(lang)}" }
                            }
                        }
                    }
                }
                p { class: "secondary-actions",
                    Link { to: Route::RepairNew {}, class: "button secondary", {t!(lang, "repair-something-else")} }
                    Link { to: Route::TalkStart {}, class: "button secondary", {t!(lang, "repair-talk-together")} }
                }
            },
        }
    }
}

/// Logging a rupture on the way into its repair.
#[component]
pub fn RepairNew() -> Element {
    let window = format!("{} · Mend", t!(use_lang(), "repair-title"));
    rsx! {
        document::Title { "{window}" }
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
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "repair-title"));
    rsx! {
        document::Title { "{window}" }
        match (loaded, begin.error()) {
            (Some(Some((repair, rupture))), _) => rsx! { RepairWalk { key: "{repair.id}", repair, rupture } },
            (_, Some(message)) => rsx! { h1 { {t!(lang, "repair-title")} } ErrorNote { message } },
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
    let lang = use_lang();
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
            return write.refuse(e.said(lang));
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
            shared.say(t!(lang, "repair-saved-later"), None);
            nav.push(Route::Now {});
        }
    };

    let rupture_id = rupture.id;
    let finish = move |_| async move {
        let Some(chosen) = *outcome.peek() else {
            return write.refuse(t!(lang, "repair-choose-outcome"));
        };
        let mut r = current.peek().clone();
        if let Err(e) = typed.peek().apply(&mut r) {
            return write.refuse(e.said(lang));
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
            Some(t) => t!(lang, "repair-saved-mended", time = rough_duration(t)),
            None => t!(lang, "repair-saved-open"),
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
            Err(e) => write.refuse(e.said(lang)),
        }
    };
    let r = current.read().clone();
    let t = typed.read().clone();
    let about = excerpt(rupture.what.as_str(), 80);
    let own_label = t!(lang, "repair-own-phrase");
    let stage_view = match r.at_stage() {
        RepairStage::Step(step) => {
            let guide = step.guide(lang);
            let back = RepairStage::Step(step).back();
            let next = RepairStage::Step(step).next();
            let note_id = format!("note-{}", step.code());
            let mut suggested = guide.phrases.clone();
            for p in &r.phrases {
                if !suggested.contains(p)
                    && !RepairStep::ALL
                        .iter()
                        .any(|s| s.guide(lang).phrases.contains(p))
                {
                    suggested.push(p.clone());
                }
            }
            rsx! {
                p { class: "step-count", {t!(lang, "repair-step-count", step = step.number())} }
                progress { class: "steps", max: "5", value: "{step.number()}", aria_label: t!(lang, "repair-step-count", step = step.number()) }
                h1 { "{guide.title}" }
                p { class: "repair-about", dir: "auto", {t!(lang, "repair-about", what = about.clone())} }
                p { class: "guidance", "{guide.guidance}" }
                if step == RepairStep::FindSelf {
                    p { class: "kind-note",
                        {t!(lang, "repair-not-calm")}
                        " "
                        Link { to: Route::PauseScreen {}, {t!(lang, "repair-take-pause")} }
                    }
                }
                ChipGroup { legend: t!(lang, "repair-phrases"), hint: t!(lang, "repair-phrases-hint"),
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
                    label { r#for: "own-phrase", class: "visually-hidden", "{own_label}" }
                    input {
                        id: "own-phrase",
                        r#type: "text",
                        dir: "auto",
                        placeholder: "{own_label}",
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
                        aria_label: "{own_label}",
                        onclick: move |_| add_own(),
                        {t!(lang, "add")}
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
                        label { r#for: "intention", class: "field-label", {t!(lang, "repair-intention")} }
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
                            {t!(lang, "repair-back")}
                        }
                    }
                    button {
                        r#type: "button",
                        class: "button primary",
                        disabled: write.busy(),
                        onclick: move |_| save_and_go(Go::To(next)),
                        {t!(lang, "repair-next")}
                    }
                }
            }
        }
        RepairStage::Outcome => {
            rsx! {
                p { class: "step-count", {t!(lang, "repair-last-step")} }
                h1 { {t!(lang, "repair-outcome-title")} }
                p { class: "repair-about", dir: "auto", {t!(lang, "repair-about", what = about.clone())} }
                p { class: "guidance", {t!(lang, "repair-outcome-intro")} }
                ChipGroup { legend: t!(lang, "repair-outcome-legend"),
                    for o in RepairOutcome::ALL {
                        Chip {
                            key: "{o.code()}",
                            label: o.label(lang),
                            selected: outcome() == Some(o),
                            onclick: move |_| {
                                outcome.set(Some(o));
                                write.clear();
                            },
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "felt", class: "field-label", {t!(lang, "repair-felt")} }
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
                        {t!(lang, "repair-back")}
                    }
                    button {
                        r#type: "button",
                        class: "button primary",
                        disabled: write.busy(),
                        onclick: finish,
                        {t!(lang, "repair-finish")}
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
                {t!(lang, "repair-later")}
            }
        }
    }
}

/// Editing the notes of a repair, all on one screen.
#[component]
pub fn RepairEdit(id: ReadSignal<RepairId>) -> Element {
    let repair = use_record(move || id.cloned(), |s, id| s.repair(id))?;
    let window = format!("{} · Mend", t!(use_lang(), "repair-edit-window"));
    rsx! {
        RepairNotesForm { key: "{repair.id}", repair }
        document::Title { "{window}" }
    }
}

#[component]
fn RepairNotesForm(repair: Repair) -> Element {
    let write = use_command();
    let nav = use_navigator();
    let lang = use_lang();
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
                return write.refuse(e.said(lang));
            }
            let id = r.id;
            let now = platform::now();
            let said = t!(lang, "repair-notes-updated");
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
        h1 { {t!(lang, "repair-edit-title")} }
        Form {
            class: "form",
            onsubmit: save,
            for (i, step) in RepairStep::ALL.into_iter().enumerate() {
                div { class: "field", key: "{step.code()}",
                    label { r#for: "edit-{step.code()}", class: "field-label", "{step.number()}. {step.guide(lang).title}" }
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
                label { r#for: "edit-intention", class: "field-label", {t!(lang, "repair-intention")} }
                textarea {
                    id: "edit-intention",
                    dir: "auto",
                    rows: "2",
                    value: "{intention}",
                    oninput: move |e| intention.set(e.value()),
                }
            }
            div { class: "field",
                label { r#for: "edit-felt", class: "field-label", {t!(lang, "repair-felt-edit")} }
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
                    legend { class: "field-label", {t!(lang, "repair-phrases-used")} }
                    ul { class: "plain-list",
                        for (i, p) in phrases.read().clone().into_iter().enumerate() {
                            li { key: "{p}", class: "phrase-row",
                                span { dir: "auto", "{p}" }
                                button {
                                    r#type: "button",
                                    class: "button quiet small",
                                    aria_label: t!(lang, "repair-remove-phrase-named", phrase = p.clone()),
                                    onclick: move |_| {
                                        phrases.write().remove(i);
                                    },
                                    {t!(lang, "repair-remove-phrase")}
                                }
                            }
                        }
                    }
                }
            }
            SaveBar { label: t!(lang, "repair-save"), busy: write.busy(), error: write.error() }
        }
    }
}
