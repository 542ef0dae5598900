//! Practise together: a parent and a child, side by side. The parent chooses the child's age
//! band; then, one thing a screen in very large type, the child chooses a feeling, the parent
//! reads a repair sentence aloud, the child chooses what would help, the swap game (5 to 12)
//! if they want it, and a closing "We're okay" with a slow breathing bubble. The time is kept
//! when the closing shows. The child's name is never asked for.

use dioxus::prelude::*;

use crate::domain::together::{Band, Flow, Helped, Step, content_in};
use crate::domain::{Moment, PracticeId};
use crate::platform;
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Breather, ErrorNote, FaceDrawing, Form};
use crate::ui::context::use_lang;

/// One time together: its id and when it began, new for each time, so going back and on
/// keeps the same record.
type Session = Signal<(PracticeId, Moment)>;

/// Starts a new time for `band`.
fn start(mut flow: Signal<Option<Flow>>, mut session: Session, band: Band) {
    session.set((PracticeId::random(), platform::now()));
    flow.set(Some(Flow::new(band)));
}

/// The Practise together screen.
#[component]
pub fn TogetherScreen() -> Element {
    let flow = use_signal(|| None::<Flow>);
    let session: Session = use_signal(|| (PracticeId::random(), platform::now()));
    use_context_provider(|| session);
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "practice-together"));
    rsx! {
        document::Title { "{window}" }
        match flow() {
            None => rsx! { ChooseBand { flow } },
            Some(f) => rsx! { TogetherStep { flow, current: f } },
        }
    }
}

/// The parent's first screen: who this time is for.
#[component]
fn ChooseBand(flow: Signal<Option<Flow>>) -> Element {
    let session: Session = use_context();
    let lang = use_lang();
    rsx! {
        h1 { {t!(lang, "practice-together")} }
        p { class: "lead", {t!(lang, "practice-together-intro")} }
        section { aria_labelledby: "band-title",
            h2 { id: "band-title", {t!(lang, "practice-together-who")} }
            div { class: "together-bands",
                for band in Band::ALL {
                    button {
                        key: "{band.code()}",
                        r#type: "button",
                        class: "button together-band",
                        onclick: move |_| start(flow, session, band),
                        {band.label(lang)}
                    }
                }
            }
            p { class: "hint", {t!(lang, "practice-together-no-name")} }
        }
    }
}

/// One step, in the child's large type, with Back and Stop.
#[component]
fn TogetherStep(flow: Signal<Option<Flow>>, current: Flow) -> Element {
    let mut flow = flow;
    let lang = use_lang();
    let (at, of) = current.position();
    let step = current.step;
    rsx! {
        div { class: "together",
            div { class: "together-top",
                if step != Step::Feeling {
                    button {
                        r#type: "button",
                        class: "button quiet small",
                        onclick: move |_| update(flow, Flow::back),
                        {t!(lang, "practice-together-back")}
                    }
                }
                p { class: "together-progress", {t!(lang, "practice-together-step", step = at, steps = of)} }
                button {
                    r#type: "button",
                    class: "button quiet small",
                    onclick: move |_| flow.set(None),
                    {t!(lang, "practice-together-stop")}
                }
            }
            match step {
                Step::Feeling => rsx! { Feelings { flow, current } },
                Step::Sentence => rsx! { Sentences { flow, current } },
                Step::Helps => rsx! { Helps { flow, current } },
                Step::SwapOffer => rsx! { SwapOffer { flow } },
                Step::Swap(round) => rsx! { SwapRound { flow, current, round } },
                Step::SwapTalk(round) => rsx! { SwapTalk { flow, current, round } },
                Step::Closing => rsx! { Closing { flow, current } },
            }
        }
    }
}

/// Calls `f` on the flow, if there is one.
fn update(mut flow: Signal<Option<Flow>>, f: impl FnOnce(&mut Flow)) {
    if let Some(fl) = flow.write().as_mut() {
        f(fl);
    }
}

#[component]
fn Feelings(flow: Signal<Option<Flow>>, current: Flow) -> Element {
    let lang = use_lang();
    let c = content_in(lang);
    rsx! {
        h1 { class: "together-title", {t!(lang, "practice-together-feeling")} }
        div { class: "together-faces",
            for f in c.feelings(current.band) {
                button {
                    key: "{f.id}",
                    r#type: "button",
                    class: "together-face",
                    "aria-pressed": if current.feeling.as_deref() == Some(f.id.as_str()) { "true" } else { "false" },
                    onclick: {
                        let id = f.id.clone();
                        move |_| {
                            let id = id.clone();
                            update(flow, move |fl| fl.choose_feeling(c, &id));
                        }
                    },
                    FaceDrawing { face: f.face }
                    span { class: "together-word", "{f.word}" }
                }
            }
        }
    }
}

#[component]
fn Sentences(flow: Signal<Option<Flow>>, current: Flow) -> Element {
    let lang = use_lang();
    let c = content_in(lang);
    let feeling = current.feeling.clone().unwrap_or_default();
    rsx! {
        h1 { class: "together-title", {t!(lang, "practice-together-read-aloud")} }
        p { class: "hint", {t!(lang, "practice-together-read-hint")} }
        ul { class: "plain-list together-sentences",
            for (i, s) in c.sentences(current.band, &feeling).into_iter().enumerate() {
                li { key: "{s.id}", class: "card together-sentence",
                    p { class: "together-said", id: "sentence-{i}", "{s.sentence}" }
                    details { class: "together-why",
                        summary { {t!(lang, "practice-together-why")} }
                        p { "{s.why}" }
                    }
                    button {
                        r#type: "button",
                        class: "button primary",
                        aria_describedby: "sentence-{i}",
                        onclick: {
                            let id = s.id.clone();
                            move |_| {
                                let id = id.clone();
                                update(flow, move |fl| fl.choose_sentence(c, &id));
                            }
                        },
                        {t!(lang, "practice-together-said-it")}
                    }
                }
            }
        }
    }
}

#[component]
fn Helps(flow: Signal<Option<Flow>>, current: Flow) -> Element {
    let lang = use_lang();
    let c = content_in(lang);
    let mut own = use_signal(|| match &current.helped {
        Some(Helped::Own(words)) => Some(words.clone()),
        _ => None,
    });
    let mut problem = use_signal(|| None::<String>);
    let chosen = match &current.helped {
        Some(Helped::Choice(id)) => Some(id.clone()),
        _ => None,
    };
    let save_own = move |_| {
        let words = own.peek().clone().unwrap_or_default();
        let mut result = Ok(());
        update(flow, |fl| result = fl.choose_help(c, Helped::Own(words)));
        problem.set(result.err().map(|e| e.to_string()));
    };
    rsx! {
        h1 { class: "together-title", {t!(lang, "practice-together-helps")} }
        div { class: "together-choices",
            for h in c.helps(current.band) {
                button {
                    key: "{h.id}",
                    r#type: "button",
                    class: "together-choice",
                    "aria-pressed": if chosen.as_deref() == Some(h.id.as_str()) { "true" } else { "false" },
                    onclick: {
                        let id = h.id.clone();
                        move |_| {
                            let id = id.clone();
                            update(flow, move |fl| {
                                let _ = fl.choose_help(c, Helped::Choice(id));
                            });
                        }
                    },
                    "{h.word}"
                }
            }
            if own().is_none() {
                button {
                    r#type: "button",
                    class: "together-choice",
                    onclick: move |_| own.set(Some(String::new())),
                    {t!(lang, "practice-together-own-words")}
                }
            }
        }
        if let Some(words) = own() {
            Form { class: "form together-own", onsubmit: save_own,
                div { class: "field",
                    label { r#for: "together-own", class: "field-label", {t!(lang, "practice-together-own-label")} }
                    input {
                        id: "together-own",
                        r#type: "text",
                        dir: "auto",
                        maxlength: "200",
                        value: "{words}",
                        oninput: move |e| own.set(Some(e.value())),
                        onmounted: move |e: MountedEvent| async move {
                            let _ = e.set_focus(true).await;
                        },
                    }
                }
                if let Some(message) = problem() {
                    ErrorNote { message }
                }
                button { r#type: "submit", class: "button primary", {t!(lang, "practice-together-own-done")} }
            }
        }
    }
}

#[component]
fn SwapOffer(flow: Signal<Option<Flow>>) -> Element {
    let lang = use_lang();
    rsx! {
        h1 { class: "together-title", {t!(lang, "practice-together-swap-offer")} }
        p { class: "together-said", {t!(lang, "practice-together-swap-intro")} }
        div { class: "actions",
            button {
                r#type: "button",
                class: "button primary",
                onclick: move |_| update(flow, Flow::play_swap),
                {t!(lang, "practice-together-swap-play")}
            }
            button {
                r#type: "button",
                class: "button secondary",
                onclick: move |_| update(flow, Flow::skip_swap),
                {t!(lang, "practice-together-swap-skip")}
            }
        }
    }
}

#[component]
fn SwapRound(flow: Signal<Option<Flow>>, current: Flow, round: usize) -> Element {
    let lang = use_lang();
    let c = content_in(lang);
    let swaps = c.swaps(current.band);
    let Some(swap) = swaps.get(round).copied() else {
        return rsx! {};
    };
    let picked = current.swaps.get(round).map(|c| c.response.clone());
    rsx! {
        p { class: "together-round", {t!(lang, "practice-together-round", round = round + 1, rounds = swaps.len())} }
        p { class: "together-situation", "{swap.situation}" }
        h1 { class: "together-title", {t!(lang, "practice-together-swap-ask")} }
        div { class: "together-pair",
            for (place, (words, _)) in swap.shown(round).into_iter().enumerate() {
                button {
                    key: "{place}",
                    r#type: "button",
                    class: "together-choice together-line",
                    "aria-pressed": if picked.as_deref() == Some(words) { "true" } else { "false" },
                    onclick: move |_| {
                        let at = platform::now();
                        update(flow, move |fl| fl.pick(c, place, at));
                    },
                    "{words}"
                }
            }
        }
    }
}

#[component]
fn SwapTalk(flow: Signal<Option<Flow>>, current: Flow, round: usize) -> Element {
    let lang = use_lang();
    let c = content_in(lang);
    let swaps = c.swaps(current.band);
    let Some(swap) = swaps.get(round).copied() else {
        return rsx! {};
    };
    let last = round + 1 >= swaps.len();
    let picked = current
        .swaps
        .get(round)
        .map(|c| c.response.clone())
        .unwrap_or_default();
    rsx! {
        h1 { class: "together-title", {t!(lang, "practice-together-talk")} }
        p { class: "hint", {t!(lang, "practice-together-you-chose")} }
        blockquote { class: "together-said", "{picked}" }
        p { class: "together-talk", "{swap.talk}" }
        p { class: "hint", {t!(lang, "practice-together-no-wrong")} }
        button {
            r#type: "button",
            class: "button primary",
            onclick: move |_| update(flow, |fl| fl.after_talk(c)),
            if last {
                {t!(lang, "practice-together-to-the-end")}
            } else {
                {t!(lang, "practice-together-next")}
            }
        }
    }
}

/// "We're okay": the time is kept as this shows, once for this time (again only if they
/// went back and changed something).
#[component]
fn Closing(flow: Signal<Option<Flow>>, current: Flow) -> Element {
    let write = use_command();
    let lang = use_lang();
    let time: Session = use_context();
    let (id, started) = time();
    let mut kept = use_signal(|| false);
    let mut elapsed = use_signal(|| 0i64);
    use_future(move || async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            elapsed += 1;
        }
    });
    // Kept as the words were said, in the language they were said in.
    let session = current.kept(content_in(lang), id, started);
    use_effect(use_reactive!(|session| {
        if let Some(session) = session {
            spawn(async move {
                let now = platform::now();
                if write
                    .run(move |s| s.save_together(&session, &now))
                    .await
                    .is_some()
                {
                    kept.set(true);
                }
            });
        }
    }));
    let band = current.band;
    rsx! {
        h1 { class: "together-title", {t!(lang, "practice-together-closing")} }
        p { class: "together-said", {t!(lang, "practice-together-closing-say")} }
        Breather { elapsed_s: elapsed() }
        if kept() {
            p { class: "hint", role: "status", {t!(lang, "practice-together-kept")} }
        }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
        div { class: "actions",
            button {
                r#type: "button",
                class: "button secondary",
                onclick: move |_| start(flow, time, band),
                {t!(lang, "practice-together-again")}
            }
            Link { to: Route::PracticeScreen {}, class: "button primary", {t!(lang, "practice-together-done")} }
        }
        if kept() {
            p {
                Link { to: Route::detail(id), {t!(lang, "practice-together-see-it")} }
            }
        }
    }
}
