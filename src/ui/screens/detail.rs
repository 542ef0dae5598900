//! The detail of one history record, with edit and delete (undo comes in the toast).

use dioxus::prelude::*;

use crate::domain::Kept;
use crate::domain::i18n::Lang;

use crate::domain::pause::minutes_phrase;
use crate::domain::practice::strengths_sentence;
use crate::domain::rupture::rough_duration;
use crate::domain::talk::status_word;
use crate::domain::text::excerpt;
use crate::domain::time::describe;
use crate::domain::{
    CheckIn, CheckInId, EntryId, PauseId, PausePhase, PracticeId, ReflectionId, RepairId,
    RepairStage, RepairStep, RuptureId, RuptureStatus, TalkId,
};
use crate::platform;
use crate::store::{Parts, People, StoreError};
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{DeleteButton, ErrorNote, Fact, Loading, ShareText};
use crate::ui::context::{use_lang, use_load, use_shared};
use crate::ui::screens::talk::TalkPage;

const EDIT: &str = "Edit";
const NOT_SET: &str = "not noted";
/// A finished repair's words from its "respond" step, and the way to send them.
const WORDS_TO_SAY: &str = "What I want to say";
const SEND_WORDS: &str = "Send what I want to say";
const NEVER_SENT: &str = "Mend never sends anything itself. You choose who it goes to, if anyone.";

/// The detail screens, one route a kind, each by its own kind of id. (The generated
/// components carry no doc comment of their own: made inside this macro, rustdoc reports
/// the link #[component] makes from it to their props as a link to a private item.)
macro_rules! detail_routes {
    ($($route:ident($id:ty)),*) => {$(
        #[component]
        pub fn $route(id: $id) -> Element {
            rsx! { Detail { entry: EntryId::from(id) } }
        }
    )*};
}

detail_routes!(
    CheckInDetail(CheckInId),
    PauseDetail(PauseId),
    RuptureDetail(RuptureId),
    RepairDetail(RepairId),
    ReflectionDetail(ReflectionId),
    PracticeDetail(PracticeId),
    TalkDetail(TalkId)
);

/// The detail screen for any kind of record; keyed by its id, so another record of the same
/// kind is a new screen, never this one's state with other data.
#[component]
fn Detail(entry: EntryId) -> Element {
    let kind = entry.kind();
    let window = format!("{} · Mend", kind.label(use_lang()));
    rsx! {
        document::Title { "{window}" }
        match entry {
            EntryId::CheckIn(id) => rsx! { CheckInPage { key: "{id}", id } },
            EntryId::Pause(id) => rsx! { PausePage { key: "{id}", id } },
            EntryId::Rupture(id) => rsx! { RupturePage { key: "{id}", id } },
            EntryId::Repair(id) => rsx! { RepairPage { key: "{id}", id } },
            EntryId::Reflection(id) => rsx! { ReflectionPage { key: "{id}", id } },
            EntryId::Practice(id) => rsx! { PracticePage { key: "{id}", id } },
            EntryId::Talk(id) => rsx! { TalkPage { key: "{id}", id } },
        }
    }
}

fn or_not_set(list: &[String]) -> String {
    if list.is_empty() {
        NOT_SET.to_owned()
    } else {
        list.join(", ")
    }
}

/// Reads an optional record: "not found" becomes `None`, other errors stay errors.
fn optional<T>(r: Result<T, StoreError>) -> Result<Option<T>, StoreError> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(StoreError::NotFound(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

#[derive(Clone, PartialEq)]
struct CheckInView {
    checkin: CheckIn,
    part: String,
    person: Option<String>,
    rupture: Option<(RuptureId, String)>,
}

#[component]
fn CheckInPage(id: CheckInId) -> Element {
    let shared = use_shared();
    let found = use_load(move |s| {
        let checkin = s.checkin(id)?;
        let part = s.named::<Parts>(checkin.part_id)?.name;
        let person = match checkin.person_id {
            Some(p) => optional(s.named::<People>(p))?.map(|p| p.name),
            None => None,
        };
        let rupture = match checkin.rupture_id {
            Some(r) => optional(s.rupture(r))?.map(|r| (r.id, r.what.into_string())),
            None => None,
        };
        Ok(CheckInView {
            checkin,
            part,
            person,
            rupture,
        })
    });
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let v = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => return rsx! { h1 { "Check-in" } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    let c = &v.checkin;
    let level =
        |l: Option<crate::domain::Level>| l.map_or(NOT_SET.to_owned(), |l| format!("{l} of 10"));
    rsx! {
        p { class: "badge badge-checkin", "Check-in" }
        h1 { dir: "auto", "{v.part}" }
        dl { class: "facts",
            Fact { label: "When", value: describe(&c.at, &now) }
            Fact { label: "How strong", value: level(c.intensity) }
            Fact { label: "How old it felt", value: c.age.as_ref().map_or(NOT_SET.to_owned(), |a| a.shown(|a| a.label(Lang::ENGLISH))) }
            Fact { label: "Afraid of", value: or_not_set(&c.fears) }
            Fact { label: "Felt in", value: or_not_set(&c.body) }
            Fact { label: "Self", value: level(c.self_level) }
            if !c.self_qualities.is_empty() {
                Fact { label: "Noticed", value: c.self_qualities.iter().map(|q| q.shown(|q| q.label(Lang::ENGLISH))).collect::<Vec<_>>().join(", ") }
            }
            Fact { label: "With", value: v.person.clone().unwrap_or_else(|| NOT_SET.to_owned()) }
            Fact { label: "Where", value: c.place.as_ref().map_or(NOT_SET.to_owned(), |p| p.shown(|p| p.label(Lang::ENGLISH))) }
            if !c.note.as_str().is_empty() {
                Fact { label: "Note", value: c.note.as_str().to_owned() }
            }
        }
        if let Some((rid, what)) = v.rupture.clone() {
            p {
                "About: "
                Link { to: Route::detail(rid), dir: "auto", "{excerpt(&what, 80)}" }
            }
        }
        div { class: "row-actions",
            Link { to: Route::CheckInEdit { id }, class: "button secondary", "{EDIT}" }
            DeleteButton { entry: id.into() }
        }
    }
}

#[component]
fn PausePage(id: PauseId) -> Element {
    let shared = use_shared();
    let write = use_command();
    let found = use_load(move |s| {
        let pause = s.pause(id)?;
        let linked = match pause.rupture_id {
            Some(r) => optional(s.rupture(r))?,
            None => None,
        };
        Ok((pause, linked, s.open_ruptures(10)?))
    });
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let (pause, linked, open) = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => return rsx! { h1 { "Pause" } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    let how = match pause.phase(now) {
        PausePhase::Running { .. } => "under way".to_owned(),
        PausePhase::TimeUp => "time is up".to_owned(),
        PausePhase::Ended(end) => {
            let at = pause
                .ended()
                .map(|(at, _)| describe(&at, &now))
                .unwrap_or_default();
            format!("{} ({at})", end.label(Lang::ENGLISH))
        }
    };
    let mut choices: Vec<(RuptureId, String)> = open
        .iter()
        .map(|r| (r.id, excerpt(r.what.as_str(), 50)))
        .collect();
    if let Some(r) = &linked
        && !choices.iter().any(|(id, _)| *id == r.id)
    {
        choices.insert(0, (r.id, excerpt(r.what.as_str(), 50)));
    }
    let current = pause.rupture_id.filter(|_| linked.is_some());
    let (planned, started, is_open) = (pause.planned(), pause.started_at(), pause.is_open());
    let relink = move |e: FormEvent| {
        let mut p = pause.clone();
        async move {
            p.rupture_id = e.value().parse().ok().map(RuptureId);
            let now = platform::now();
            write
                .say(move |s| s.save_pause(&p, &now), "Link saved.", None)
                .await;
        }
    };
    rsx! {
        p { class: "badge badge-pause", "Pause" }
        h1 { "A pause of {minutes_phrase(planned)}" }
        dl { class: "facts",
            Fact { label: "Started", value: describe(&started, &now) }
            Fact { label: "How it ended", value: how }
        }
        if is_open {
            p { Link { to: Route::PauseScreen {}, class: "button primary", "Go to the pause" } }
        }
        div { class: "field",
            label { r#for: "pause-link", class: "field-label", "About a rupture" }
            select {
                id: "pause-link",
                onchange: relink,
                option { value: "", selected: current.is_none(), "Not linked" }
                for (rid, what) in choices {
                    option { key: "{rid}", value: "{rid}", selected: current == Some(rid), "{what}" }
                }
            }
        }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
        div { class: "row-actions",
            DeleteButton { entry: id.into() }
        }
    }
}

#[component]
fn RupturePage(id: RuptureId) -> Element {
    let shared = use_shared();
    let found = use_load(move |s| {
        let rupture = s.rupture(id)?;
        let person = match rupture.person_id {
            Some(p) => optional(s.named::<People>(p))?.map(|p| p.name),
            None => None,
        };
        Ok((rupture, person, s.rupture_links(id)?))
    });
    let write = use_command();
    let set_status = use_callback(move |status: RuptureStatus| {
        spawn(async move {
            let now = platform::now();
            let said = match status {
                RuptureStatus::LetGo => "Let go. You can open it again any time.",
                _ => "Opened again.",
            };
            write
                .say(move |s| s.set_rupture_status(id, status, &now), said, None)
                .await;
        });
    });
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let (r, person, links) = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => return rsx! { h1 { "Rupture" } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    let has_repair_under_way = links.repairs.iter().any(|(_, _, done)| !done);
    rsx! {
        p { class: "badge badge-rupture", "Rupture" }
        h1 { dir: "auto", "{excerpt(r.what.as_str(), 120)}" }
        dl { class: "facts",
            Fact { label: "When", value: describe(&r.at, &now) }
            Fact { label: "With", value: person.unwrap_or_else(|| NOT_SET.to_owned()) }
            Fact { label: "How big", value: format!("{} of 5, {}", r.severity.get(), r.severity.label()) }
            Fact { label: "Where it stands", value: r.status.label(Lang::ENGLISH) }
            if let Some(t) = r.time_to_repair() {
                Fact { label: "Time to repair", value: rough_duration(t) }
            }
            if r.what.as_str().chars().count() > 120 {
                Fact { label: "What happened", value: r.what.as_str().to_owned() }
            }
        }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
        if r.status.awaits_repair() {
            div { class: "stack",
                Link {
                    to: Route::RepairFlow { id },
                    class: "button primary wide",
                    if has_repair_under_way { "Continue repair" } else { "Start repair" }
                }
                Link {
                    to: Route::TalkAbout { id },
                    class: "button secondary wide",
                    "Talk it through together"
                }
                button {
                    r#type: "button",
                    class: "button quiet wide",
                    onclick: move |_| set_status.call(RuptureStatus::LetGo),
                    "Let it go"
                }
            }
        } else {
            div { class: "stack",
                button {
                    r#type: "button",
                    class: "button secondary wide",
                    onclick: move |_| set_status.call(RuptureStatus::Open),
                    "Open it again"
                }
            }
        }
        if !links.checkins.is_empty() || !links.pauses.is_empty() || !links.repairs.is_empty() || !links.talks.is_empty() {
            section { aria_labelledby: "linked-heading",
                h2 { id: "linked-heading", "Linked" }
                ul { class: "plain-list linked",
                    for (cid, at, part) in links.checkins.clone() {
                        li { key: "{cid}",
                            Link { to: Route::detail(cid),
                                "Check-in: {part} · {describe(&at, &now)}"
                            }
                        }
                    }
                    for (pid, at, minutes) in links.pauses.clone() {
                        li { key: "{pid}",
                            Link { to: Route::detail(pid),
                                "Pause of {minutes} min · {describe(&at, &now)}"
                            }
                        }
                    }
                    for (rid, at, done) in links.repairs.clone() {
                        li { key: "{rid}",
                            Link { to: Route::detail(rid),
                                if done { "Repair · {describe(&at, &now)}" } else { "Repair in progress · {describe(&at, &now)}" }
                            }
                        }
                    }
                    for (tid, at, stage, repaired) in links.talks.clone() {
                        li { key: "{tid}",
                            Link { to: Route::detail(tid),
                                "Talk it through, {status_word(Lang::ENGLISH, stage, repaired)} · {describe(&at, &now)}"
                            }
                        }
                    }
                }
            }
        }
        div { class: "row-actions",
            Link { to: Route::RuptureEdit { id }, class: "button secondary", "{EDIT}" }
            DeleteButton { entry: id.into() }
        }
    }
}

#[component]
fn RepairPage(id: RepairId) -> Element {
    let shared = use_shared();
    let found = use_load(move |s| {
        let repair = s.repair(id)?;
        let rupture = s.rupture(repair.rupture_id)?;
        Ok((repair, rupture))
    });
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let (repair, rupture) = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => return rsx! { h1 { "Repair" } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    let stage_label = match (repair.outcome, &repair.stage) {
        (Some(o), _) => o.label(Lang::ENGLISH),
        (None, Kept::Known(RepairStage::Step(s))) => {
            format!("in progress, at step {} of 5", s.number())
        }
        (None, Kept::Known(RepairStage::Outcome)) => "in progress, at the last step".to_owned(),
        (None, Kept::Unknown(code)) => format!("in progress, at a step kept as “{code}”"),
    };
    rsx! {
        p { class: "badge badge-repair", "Repair" }
        h1 { dir: "auto", "Repairing: {excerpt(rupture.what.as_str(), 100)}" }
        dl { class: "facts",
            Fact { label: "Started", value: describe(&repair.started_at, &now) }
            Fact { label: "How it went", value: stage_label }
            if let Some(t) = repair.time_to_repair {
                Fact { label: "Time to repair", value: rough_duration(t) }
            }
            for step in RepairStep::ALL {
                if !repair.notes.get(step).as_str().is_empty() {
                    Fact { key: "{step.code()}", label: step.guide(Lang::ENGLISH).title, value: repair.notes.get(step).as_str().to_owned() }
                }
            }
            if !repair.intention.as_str().is_empty() {
                Fact { label: "Next time", value: repair.intention.as_str().to_owned() }
            }
            if !repair.phrases.is_empty() {
                Fact { label: "Words used", value: repair.phrases.join(" · ") }
            }
            if !repair.felt.as_str().is_empty() {
                Fact { label: "How it felt", value: repair.felt.as_str().to_owned() }
            }
        }
        if let Some(words) = repair.is_complete().then(|| repair.words_to_say()).flatten() {
            section { class: "send-words", aria_labelledby: "say-heading",
                h2 { id: "say-heading", "{WORDS_TO_SAY}" }
                blockquote { id: "words-to-say", class: "sentence words-to-say", dir: "auto", "{words}" }
                ShareText { text: words, label: SEND_WORDS, describedby: "words-to-say" }
                p { class: "hint", "{NEVER_SENT}" }
            }
        }
        p {
            "About: "
            Link { to: Route::detail(rupture.id), dir: "auto", "{excerpt(rupture.what.as_str(), 80)}" }
        }
        div { class: "row-actions",
            if !repair.is_complete() {
                Link { to: Route::RepairFlow { id: rupture.id }, class: "button primary", "Continue" }
            }
            Link { to: Route::RepairEdit { id }, class: "button secondary", "Edit notes" }
            DeleteButton { entry: id.into() }
        }
    }
}

/// One day's reflection. Today's can be changed on the Reflect screen.
#[component]
fn ReflectionPage(id: ReflectionId) -> Element {
    let shared = use_shared();
    let found = use_load(move |s| s.reflection(id));
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let reflection = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => return rsx! { h1 { "Reflection" } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    let today = reflection.day.known() == Some(&now.date_naive());
    rsx! {
        p { class: "badge badge-reflection", "Reflection" }
        h1 { dir: "auto", "{reflection.prompt}" }
        dl { class: "facts",
            Fact { label: "Written", value: describe(&reflection.at, &now) }
            Fact { label: "My answer", value: reflection.answer.clone() }
            Fact {
                label: "Self",
                value: reflection.self_level.map_or(NOT_SET.to_owned(), |l| format!("{l} of 10")),
            }
        }
        div { class: "row-actions",
            if today {
                Link { to: Route::ReflectScreen {}, class: "button secondary", "{EDIT}" }
            }
            DeleteButton { entry: id.into() }
        }
    }
}

/// One practice session: each card's situation, the response and what it did well.
#[component]
fn PracticePage(id: PracticeId) -> Element {
    let shared = use_shared();
    let found = use_load(move |s| s.practice_session(id));
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let session = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => return rsx! { h1 { "Practice" } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    if let Some(t) = &session.together {
        let band = t.band.shown(|b| b.label(Lang::ENGLISH));
        return rsx! {
            p { class: "badge badge-practice", "Practice" }
            h1 { "Practised together, {describe(&session.at, &now)}" }
            dl { class: "together-kept",
                div { dt { "Who it was for" } dd { "{band}" } }
                div { dt { "Feeling" } dd { dir: "auto", "{t.feeling}" } }
                div { dt { "The sentence" } dd { dir: "auto", "{t.sentence}" } }
                div { dt { "What helped" } dd { dir: "auto", "{t.helped}" } }
            }
            if !session.cards.is_empty() {
                h2 { "The swap game" }
                ol { class: "plain-list practice-cards",
                    for (i, card) in session.cards.iter().enumerate() {
                        li { key: "{i}", class: "card",
                            p { class: "practice-situation", dir: "auto", "{card.situation}" }
                            p { class: "practice-response", dir: "auto",
                                strong { "The grown-up said: " }
                                "{card.response}"
                            }
                        }
                    }
                }
            }
            div { class: "row-actions",
                Link { to: Route::TogetherScreen {}, class: "button secondary", "Practise together again" }
                DeleteButton { entry: id.into() }
            }
        };
    }
    rsx! {
        p { class: "badge badge-practice", "Practice" }
        h1 { "Practice, {describe(&session.at, &now)}" }
        ol { class: "plain-list practice-cards",
            for (i, card) in session.cards.iter().enumerate() {
                li { key: "{i}", class: "card",
                    p { class: "practice-situation", dir: "auto", "{card.situation}" }
                    p { class: "practice-response", dir: "auto",
                        strong { if card.chosen.is_some() { "I chose: " } else { "I wrote: " } }
                        "{card.response}"
                    }
                    if !card.met.is_empty() {
                        p { class: "hint", "{strengths_sentence(&card.met)}" }
                    }
                }
            }
        }
        div { class: "row-actions",
            Link { to: Route::PracticeScreen {}, class: "button secondary", "Practise again" }
            DeleteButton { entry: id.into() }
        }
    }
}
