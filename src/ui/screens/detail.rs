//! The detail of one history record, with edit and delete (undo comes in the toast).

use dioxus::prelude::*;

use crate::domain::Kept;
use crate::domain::content::library_in;
use crate::domain::i18n::Lang;
use crate::domain::pause::duration;
use crate::domain::practice::strengths_sentence;
use crate::domain::rupture::rough_duration_in;
use crate::domain::talk::status_word;
use crate::domain::text::excerpt;
use crate::domain::time::describe_in;
use crate::domain::timeline::EntryKind;
use crate::domain::together::kept_in;
use crate::domain::{
    CheckIn, CheckInId, EntryId, Level, PauseId, PausePhase, PracticeId, ReflectionId, RepairId,
    RepairStage, RepairStep, RuptureId, RuptureStatus, TalkId,
};
use crate::platform;
use crate::store::{Parts, People, StoreError};
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{DeleteButton, ErrorNote, Fact, Loading, ShareText};
use crate::ui::context::{use_lang, use_load, use_shared};
use crate::ui::screens::talk::TalkPage;

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

/// Said for what was not noted with a record.
fn not_set(lang: Lang) -> String {
    t!(lang, "detail-not-noted")
}

fn or_not_set(lang: Lang, list: &[String]) -> String {
    if list.is_empty() {
        not_set(lang)
    } else {
        list.join(", ")
    }
}

/// A 0–10 level as "6 of 10", or that it was not noted.
fn level_or_not_set(lang: Lang, level: Option<Level>) -> String {
    level.map_or_else(
        || not_set(lang),
        |l| t!(lang, "level-of-ten", level = l.get()),
    )
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
    let lang = use_lang();
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
        Some(Err(message)) => {
            return rsx! { h1 { {EntryKind::CheckIn.label(lang)} } ErrorNote { message } };
        }
        Some(Ok(v)) => v,
    };
    let c = &v.checkin;
    let level = |l: Option<Level>| level_or_not_set(lang, l);
    rsx! {
        p { class: "badge badge-checkin", {EntryKind::CheckIn.label(lang)} }
        h1 { dir: "auto", "{v.part}" }
        dl { class: "facts",
            Fact { label: t!(lang, "detail-when"), value: describe_in(lang, &c.at, &now) }
            Fact { label: t!(lang, "detail-how-strong"), value: level(c.intensity) }
            Fact { label: t!(lang, "detail-how-old"), value: c.age.as_ref().map_or_else(|| not_set(lang), |a| a.shown(|a| a.label(lang))) }
            Fact { label: t!(lang, "detail-afraid-of"), value: or_not_set(lang, &c.fears) }
            Fact { label: t!(lang, "detail-felt-in"), value: or_not_set(lang, &c.body) }
            Fact { label: t!(lang, "detail-self"), value: level(c.self_level) }
            if !c.self_qualities.is_empty() {
                Fact { label: t!(lang, "detail-noticed"), value: c.self_qualities.iter().map(|q| q.shown(|q| q.label(lang))).collect::<Vec<_>>().join(", ") }
            }
            Fact { label: t!(lang, "detail-with"), value: v.person.clone().unwrap_or_else(|| not_set(lang)) }
            Fact { label: t!(lang, "detail-where"), value: c.place.as_ref().map_or_else(|| not_set(lang), |p| p.shown(|p| p.label(lang))) }
            if !c.note.as_str().is_empty() {
                Fact { label: t!(lang, "detail-note"), value: c.note.as_str().to_owned() }
            }
        }
        if let Some((rid, what)) = v.rupture.clone() {
            p {
                {t!(lang, "detail-about")}
                " "
                Link { to: Route::detail(rid), dir: "auto", "{excerpt(&what, 80)}" }
            }
        }
        div { class: "row-actions",
            Link { to: Route::CheckInEdit { id }, class: "button secondary", {t!(lang, "detail-edit")} }
            DeleteButton { entry: id.into() }
        }
    }
}

#[component]
fn PausePage(id: PauseId) -> Element {
    let shared = use_shared();
    let lang = use_lang();
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
        Some(Err(message)) => {
            return rsx! { h1 { {EntryKind::Pause.label(lang)} } ErrorNote { message } };
        }
        Some(Ok(v)) => v,
    };
    let how = match pause.phase(now) {
        PausePhase::Running { .. } => t!(lang, "pause-end-none"),
        PausePhase::TimeUp => t!(lang, "detail-pause-time-up"),
        PausePhase::Ended(end) => {
            let at = pause
                .ended()
                .map(|(at, _)| describe_in(lang, &at, &now))
                .unwrap_or_default();
            t!(lang, "detail-pause-ended", how = end.label(lang), when = at)
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
                .say(
                    move |s| s.save_pause(&p, &now),
                    t!(lang, "detail-pause-link-saved"),
                    None,
                )
                .await;
        }
    };
    rsx! {
        p { class: "badge badge-pause", {EntryKind::Pause.label(lang)} }
        h1 { {t!(lang, "line-pause", length = duration(lang, planned))} }
        dl { class: "facts",
            Fact { label: t!(lang, "detail-started"), value: describe_in(lang, &started, &now) }
            Fact { label: t!(lang, "detail-pause-how-ended"), value: how }
        }
        if is_open {
            p { Link { to: Route::PauseScreen {}, class: "button primary", {t!(lang, "detail-pause-go")} } }
        }
        div { class: "field",
            label { r#for: "pause-link", class: "field-label", {t!(lang, "detail-pause-rupture")} }
            select {
                id: "pause-link",
                onchange: relink,
                option { value: "", selected: current.is_none(), {t!(lang, "detail-pause-not-linked")} }
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
    let lang = use_lang();
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
                RuptureStatus::LetGo => t!(lang, "detail-rupture-let-go-done"),
                _ => t!(lang, "detail-rupture-opened"),
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
        Some(Err(message)) => {
            return rsx! { h1 { {EntryKind::Rupture.label(lang)} } ErrorNote { message } };
        }
        Some(Ok(v)) => v,
    };
    let has_repair_under_way = links.repairs.iter().any(|(_, _, done)| !done);
    rsx! {
        p { class: "badge badge-rupture", {EntryKind::Rupture.label(lang)} }
        h1 { dir: "auto", "{excerpt(r.what.as_str(), 120)}" }
        dl { class: "facts",
            Fact { label: t!(lang, "detail-when"), value: describe_in(lang, &r.at, &now) }
            Fact { label: t!(lang, "detail-with"), value: person.unwrap_or_else(|| not_set(lang)) }
            Fact { label: t!(lang, "detail-rupture-size"), value: t!(lang, "detail-rupture-size-value", size = r.severity.get()) }
            Fact { label: t!(lang, "detail-rupture-status"), value: r.status.label(lang) }
            if let Some(took) = r.time_to_repair() {
                Fact { label: t!(lang, "detail-time-to-repair"), value: rough_duration_in(lang, took) }
            }
            if r.what.as_str().chars().count() > 120 {
                Fact { label: t!(lang, "detail-rupture-what"), value: r.what.as_str().to_owned() }
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
                    if has_repair_under_way {
                        {t!(lang, "detail-rupture-continue-repair")}
                    } else {
                        {t!(lang, "detail-rupture-start-repair")}
                    }
                }
                Link {
                    to: Route::TalkAbout { id },
                    class: "button secondary wide",
                    {t!(lang, "detail-rupture-talk")}
                }
                button {
                    r#type: "button",
                    class: "button quiet wide",
                    onclick: move |_| set_status.call(RuptureStatus::LetGo),
                    {t!(lang, "detail-rupture-let-go")}
                }
            }
        } else {
            div { class: "stack",
                button {
                    r#type: "button",
                    class: "button secondary wide",
                    onclick: move |_| set_status.call(RuptureStatus::Open),
                    {t!(lang, "detail-rupture-open-again")}
                }
            }
        }
        if !links.checkins.is_empty() || !links.pauses.is_empty() || !links.repairs.is_empty() || !links.talks.is_empty() {
            section { aria_labelledby: "linked-heading",
                h2 { id: "linked-heading", {t!(lang, "detail-linked")} }
                ul { class: "plain-list linked",
                    for (cid, at, part) in links.checkins.clone() {
                        li { key: "{cid}",
                            Link { to: Route::detail(cid),
                                {t!(lang, "detail-linked-checkin", part = part, when = describe_in(lang, &at, &now))}
                            }
                        }
                    }
                    for (pid, at, minutes) in links.pauses.clone() {
                        li { key: "{pid}",
                            Link { to: Route::detail(pid),
                                {t!(lang, "detail-linked-pause", minutes = minutes, when = describe_in(lang, &at, &now))}
                            }
                        }
                    }
                    for (rid, at, done) in links.repairs.clone() {
                        li { key: "{rid}",
                            Link { to: Route::detail(rid),
                                if done {
                                    {t!(lang, "detail-linked-repair", when = describe_in(lang, &at, &now))}
                                } else {
                                    {t!(lang, "detail-linked-repair-under-way", when = describe_in(lang, &at, &now))}
                                }
                            }
                        }
                    }
                    for (tid, at, stage, repaired) in links.talks.clone() {
                        li { key: "{tid}",
                            Link { to: Route::detail(tid),
                                {t!(lang, "detail-linked-talk", status = status_word(lang, stage, repaired), when = describe_in(lang, &at, &now))}
                            }
                        }
                    }
                }
            }
        }
        div { class: "row-actions",
            Link { to: Route::RuptureEdit { id }, class: "button secondary", {t!(lang, "detail-edit")} }
            DeleteButton { entry: id.into() }
        }
    }
}

#[component]
fn RepairPage(id: RepairId) -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let found = use_load(move |s| {
        let repair = s.repair(id)?;
        let rupture = s.rupture(repair.rupture_id)?;
        Ok((repair, rupture))
    });
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let (repair, rupture) = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => {
            return rsx! { h1 { {EntryKind::Repair.label(lang)} } ErrorNote { message } };
        }
        Some(Ok(v)) => v,
    };
    let stage_label = match (repair.outcome, &repair.stage) {
        (Some(o), _) => o.label(lang),
        (None, Kept::Known(RepairStage::Step(s))) => {
            t!(lang, "detail-repair-at-step", step = s.number())
        }
        (None, Kept::Known(RepairStage::Outcome)) => t!(lang, "detail-repair-at-last-step"),
        (None, Kept::Unknown(code)) => {
            t!(lang, "detail-repair-at-unknown-step", code = code.as_str())
        }
    };
    rsx! {
        p { class: "badge badge-repair", {EntryKind::Repair.label(lang)} }
        h1 { dir: "auto", {t!(lang, "line-repairing", what = excerpt(rupture.what.as_str(), 100))} }
        dl { class: "facts",
            Fact { label: t!(lang, "detail-started"), value: describe_in(lang, &repair.started_at, &now) }
            Fact { label: t!(lang, "detail-repair-how-went"), value: stage_label }
            if let Some(took) = repair.time_to_repair {
                Fact { label: t!(lang, "detail-time-to-repair"), value: rough_duration_in(lang, took) }
            }
            for step in RepairStep::ALL {
                if !repair.notes.get(step).as_str().is_empty() {
                    Fact { key: "{step.code()}", label: step.guide(lang).title, value: repair.notes.get(step).as_str().to_owned() }
                }
            }
            if !repair.intention.as_str().is_empty() {
                Fact { label: t!(lang, "detail-repair-next-time"), value: repair.intention.as_str().to_owned() }
            }
            if !repair.phrases.is_empty() {
                Fact { label: t!(lang, "detail-repair-words-used"), value: repair.phrases.join(" · ") }
            }
            if !repair.felt.as_str().is_empty() {
                Fact { label: t!(lang, "detail-repair-felt"), value: repair.felt.as_str().to_owned() }
            }
        }
        if let Some(words) = repair.is_complete().then(|| repair.words_to_say()).flatten() {
            section { class: "send-words", aria_labelledby: "say-heading",
                h2 { id: "say-heading", {t!(lang, "detail-repair-words-to-say")} }
                blockquote { id: "words-to-say", class: "sentence words-to-say", dir: "auto", "{words}" }
                ShareText { text: words, label: t!(lang, "detail-repair-send-words"), describedby: "words-to-say" }
                p { class: "hint", {t!(lang, "detail-repair-never-sent")} }
            }
        }
        p {
            {t!(lang, "detail-about")}
            " "
            Link { to: Route::detail(rupture.id), dir: "auto", "{excerpt(rupture.what.as_str(), 80)}" }
        }
        div { class: "row-actions",
            if !repair.is_complete() {
                Link { to: Route::RepairFlow { id: rupture.id }, class: "button primary", {t!(lang, "detail-repair-continue")} }
            }
            Link { to: Route::RepairEdit { id }, class: "button secondary", {t!(lang, "detail-repair-edit-notes")} }
            DeleteButton { entry: id.into() }
        }
    }
}

/// One day's reflection. Today's can be changed on the Reflect screen.
#[component]
fn ReflectionPage(id: ReflectionId) -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let found = use_load(move |s| s.reflection(id));
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let reflection = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => {
            return rsx! { h1 { {EntryKind::Reflection.label(lang)} } ErrorNote { message } };
        }
        Some(Ok(v)) => v,
    };
    let today = reflection.day.known() == Some(&now.date_naive());
    rsx! {
        p { class: "badge badge-reflection", {EntryKind::Reflection.label(lang)} }
        h1 { dir: "auto", {library_in(lang).prompt_or(&reflection.prompt_id, &reflection.prompt)} }
        dl { class: "facts",
            Fact { label: t!(lang, "detail-reflection-written"), value: describe_in(lang, &reflection.at, &now) }
            Fact { label: t!(lang, "detail-reflection-answer"), value: reflection.answer.clone() }
            Fact { label: t!(lang, "detail-self"), value: level_or_not_set(lang, reflection.self_level) }
        }
        div { class: "row-actions",
            if today {
                Link { to: Route::ReflectScreen {}, class: "button secondary", {t!(lang, "detail-edit")} }
            }
            DeleteButton { entry: id.into() }
        }
    }
}

/// One practice session: each card's situation, the response and what it did well.
#[component]
fn PracticePage(id: PracticeId) -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let found = use_load(move |s| s.practice_session(id));
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let session = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => {
            return rsx! { h1 { {EntryKind::Practice.label(lang)} } ErrorNote { message } };
        }
        Some(Ok(v)) => v,
    };
    if let Some(t) = &session.together {
        let band = t.band.shown(|b| b.label(lang));
        let when = describe_in(lang, &session.at, &now);
        return rsx! {
            p { class: "badge badge-practice", {EntryKind::Practice.label(lang)} }
            h1 { {t!(lang, "detail-practice-together-title", when = when)} }
            dl { class: "together-kept",
                div { dt { {t!(lang, "detail-practice-for-whom")} } dd { "{band}" } }
                div { dt { {t!(lang, "detail-practice-feeling")} } dd { dir: "auto", {kept_in(lang, &t.feeling)} } }
                div { dt { {t!(lang, "detail-practice-sentence")} } dd { dir: "auto", {kept_in(lang, &t.sentence)} } }
                div { dt { {t!(lang, "detail-practice-helped")} } dd { dir: "auto", {kept_in(lang, &t.helped)} } }
            }
            if !session.cards.is_empty() {
                h2 { {t!(lang, "detail-practice-swap-game")} }
                ol { class: "plain-list practice-cards",
                    for (i, card) in session.cards.iter().enumerate() {
                        li { key: "{i}", class: "card",
                            p { class: "practice-situation", dir: "auto", {kept_in(lang, &card.situation)} }
                            p { class: "practice-response", dir: "auto",
                                strong { {t!(lang, "detail-practice-grown-up-said")} " " }
                                "{card.response}"
                            }
                        }
                    }
                }
            }
            div { class: "row-actions",
                Link { to: Route::TogetherScreen {}, class: "button secondary", {t!(lang, "detail-practice-together-again")} }
                DeleteButton { entry: id.into() }
            }
        };
    }
    rsx! {
        p { class: "badge badge-practice", {EntryKind::Practice.label(lang)} }
        h1 { {t!(lang, "detail-practice-title", when = describe_in(lang, &session.at, &now))} }
        ol { class: "plain-list practice-cards",
            for (i, card) in session.cards.iter().enumerate() {
                li { key: "{i}", class: "card",
                    p { class: "practice-situation", dir: "auto",
                        {library_in(lang).situation_or(&card.situation_id, &card.situation)}
                    }
                    p { class: "practice-response", dir: "auto",
                        strong {
                            if card.chosen.is_some() {
                                {t!(lang, "detail-practice-chose")}
                            } else {
                                {t!(lang, "detail-practice-wrote")}
                            }
                            " "
                        }
                        "{card.response}"
                    }
                    if !card.met.is_empty() {
                        p { class: "hint", {strengths_sentence(lang, &card.met)} }
                    }
                }
            }
        }
        div { class: "row-actions",
            Link { to: Route::PracticeScreen {}, class: "button secondary", {t!(lang, "detail-practice-again")} }
            DeleteButton { entry: id.into() }
        }
    }
}
