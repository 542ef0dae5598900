//! One part's screen: how often it has been around, what is known of it, its recent
//! check-ins, and the sections that change it.

use dioxus::prelude::*;

use super::bring_back;
use super::form::PartForm;
use super::merge::{ArchiveSection, MergeSection};
use crate::domain::i18n::Lang;
use crate::domain::kept::Kept;
use crate::domain::part::{PartRole, seen_ago, times_in};
use crate::domain::time::describe_in;
use crate::domain::{AgeBand, Moment, Part, PartId};
use crate::store::{PartCheckIn, PartRecord, PartStats, Parts};
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Loading};
use crate::ui::context::{use_lang, use_load_with, use_shared};

/// How many check-ins the part's screen lists.
const RECENT: usize = 10;

/// "Role: manager · How old it feels: 9–12", leaving out what isn't known.
fn kind_line(lang: Lang, role: Option<&Kept<PartRole>>, age: Option<&Kept<AgeBand>>) -> String {
    let mut bits = Vec::new();
    if let Some(role) = role.filter(|r| **r != Kept::Known(PartRole::NotSure)) {
        bits.push(t!(
            lang,
            "parts-kind-role",
            role = role.shown(|r| r.label(lang))
        ));
    }
    if let Some(age) = age.filter(|a| **a != Kept::Known(AgeBand::NotSure)) {
        bits.push(t!(
            lang,
            "parts-kind-age",
            age = age.shown(|a| a.label(lang))
        ));
    }
    bits.join(" · ")
}

/// A 0–10 value rounded, for "about 6 out of 10".
fn out_of_ten(value: f64) -> i64 {
    // Clamped to 0–10 first, so the cast is exact.
    value.round().clamp(0.0, 10.0) as i64
}

/// Names joined as the language joins a list: "Sam and Alex and Kim".
fn joined(lang: Lang, names: Vec<String>) -> String {
    names
        .into_iter()
        .reduce(|first, second| t!(lang, "parts-and", first = first, second = second))
        .unwrap_or_default()
}

/// The part's figures in plain sentences, one a line.
fn stats_sentences(lang: Lang, stats: &PartStats, now: &Moment) -> Vec<String> {
    if stats.checkins == 0 {
        return vec![t!(lang, "parts-never")];
    }
    let mut lines = vec![t!(
        lang,
        "parts-come-up",
        times = times_in(lang, stats.checkins)
    )];
    match (&stats.first_seen, &stats.last_seen) {
        (Some(first), Some(last)) if stats.checkins > 1 => lines.push(t!(
            lang,
            "parts-last-and-first",
            last = seen_ago(lang, last, now),
            first = seen_ago(lang, first, now)
        )),
        (_, Some(last)) => lines.push(t!(lang, "parts-that-was", ago = seen_ago(lang, last, now))),
        _ => {}
    }
    match stats.with_whom.as_slice() {
        [] => {}
        [(name, _)] => lines.push(t!(lang, "parts-most-with", name = name.as_str())),
        [(name, n), rest @ ..] => {
            let others: Vec<String> = rest
                .iter()
                .map(|(name, n)| {
                    t!(
                        lang,
                        "parts-with-times",
                        name = name.as_str(),
                        times = times_in(lang, *n)
                    )
                })
                .collect();
            lines.push(t!(
                lang,
                "parts-most-with-then",
                name = name.as_str(),
                times = times_in(lang, *n),
                others = joined(lang, others)
            ));
        }
    }
    if let Some(intensity) = stats.typical_intensity {
        lines.push(t!(
            lang,
            "parts-usual-intensity",
            level = out_of_ten(intensity)
        ));
    }
    if let Some(self_level) = stats.average_self {
        lines.push(t!(lang, "parts-usual-self", level = out_of_ten(self_level)));
    }
    lines
}

/// One check-in in the part's list: "Intensity 6 of 10 · Self 4 of 10 · with Sam".
fn checkin_line(lang: Lang, c: &PartCheckIn) -> String {
    let mut bits = Vec::new();
    if let Some(i) = c.intensity {
        bits.push(t!(lang, "parts-checkin-intensity", level = i.get()));
    }
    if let Some(s) = c.self_level {
        bits.push(t!(lang, "parts-checkin-self", level = s.get()));
    }
    if let Some(person) = &c.person {
        bits.push(t!(lang, "entry-with", person = person.as_str()));
    }
    if bits.is_empty() {
        t!(lang, "parts-checked-in")
    } else {
        bits.join(" · ")
    }
}

/// The words of a message either side of a name that becomes a link: `message` is made
/// with a mark in the name's place, and split there.
fn around_link(message: impl FnOnce(&str) -> String) -> (String, String) {
    const MARK: &str = "\u{E000}";
    let whole = message(MARK);
    match whole.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (whole, String::new()),
    }
}

/// Everything the part's screen shows, loaded together.
#[derive(Clone, PartialEq)]
struct PartPageData {
    record: PartRecord,
    stats: PartStats,
    recent: Vec<PartCheckIn>,
    /// The active parts it could be merged into.
    others: Vec<Part>,
}

/// One part: how often it has been around, what the user knows of it, merging and
/// archiving.
#[component]
pub fn PartDetail(id: ReadSignal<PartId>) -> Element {
    let found = use_load_with(
        move || id.cloned(),
        |s, id| {
            Ok(PartPageData {
                record: s.part(id)?,
                stats: s.part_stats(id)?,
                recent: s.part_checkins(id, RECENT)?,
                others: s
                    .list::<Parts>()?
                    .into_iter()
                    .filter(|p| p.id != id)
                    .collect(),
            })
        },
    );
    let lang = use_lang();
    let loaded = found.read().clone();
    let data = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => {
            let a_part = t!(lang, "parts-a-part");
            let window = format!("{a_part} · Mend");
            return rsx! {
                document::Title { "{window}" }
                h1 { "{a_part}" }
                ErrorNote { message }
            };
        }
        // A part's screen starts afresh for another part (after a merge, say).
        Some(Ok(data)) if data.record.id != id() => return rsx! { Loading {} },
        Some(Ok(data)) => data,
    };
    // A keyed list of one: another part's page is a new page, with its own form, rather
    // than this one's form over another part's data.
    rsx! {
        for data in std::iter::once(data) {
            PartPage { key: "{data.record.id}", data }
        }
    }
}

/// The part's screen once loaded.
#[component]
fn PartPage(data: PartPageData) -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let now = shared.now_by_minute();
    let PartPageData {
        record,
        stats,
        recent,
        others,
    } = data;
    let id = record.id;
    let name = record.details.name.as_str().to_owned();
    let kind = kind_line(
        lang,
        record.details.role.as_ref(),
        record.details.age_band.as_ref(),
    );
    let sentences = stats_sentences(lang, &stats, &now);
    let more_than_shown = stats.checkins as usize > recent.len();
    rsx! {
        document::Title { "{name} · Mend" }
        p { class: "back-link",
            Link { to: Route::PartsScreen {}, {t!(lang, "parts-all")} }
        }
        h1 { dir: "auto", "{name}" }
        if !kind.is_empty() {
            p { class: "lead", "{kind}" }
        }
        if record.archived {
            ArchivedNote { part: Part { id, name: name.clone() }, merged_into: record.merged_into.clone() }
        }
        section { aria_labelledby: "part-stats-heading",
            h2 { id: "part-stats-heading", {t!(lang, "parts-stats-title")} }
            div { class: "part-stats",
                for (i, line) in sentences.into_iter().enumerate() {
                    p { key: "{i}", dir: "auto", "{line}" }
                }
            }
            if stats.checkins > 0 {
                p { class: "hint", {t!(lang, "parts-stats-how")} }
            }
        }
        if !recent.is_empty() {
            section { aria_labelledby: "part-checkins-heading",
                h2 { id: "part-checkins-heading", {t!(lang, "parts-checkins-title")} }
                ul { class: "timeline",
                    for c in recent {
                        li { key: "{c.id}", class: "entry",
                            Link { to: Route::detail(c.id), class: "entry-link",
                                span { class: "entry-when", {describe_in(lang, &c.at, &now)} }
                                span { class: "entry-headline", dir: "auto", {checkin_line(lang, &c)} }
                                if !c.note.is_empty() {
                                    span { class: "entry-detail", dir: "auto", "{c.note}" }
                                }
                            }
                        }
                    }
                }
                if more_than_shown {
                    p {
                        {t!(lang, "parts-showing-recent", count = RECENT)}
                        " "
                        Link { to: Route::History {}, {t!(lang, "parts-open-history")} }
                    }
                }
            }
        }
        PartForm { id, details: record.details.clone() }
        MergeSection { from: Part { id, name: name.clone() }, checkins: stats.checkins, others }
        if !record.archived {
            ArchiveSection { part: Part { id, name: name.clone() } }
        }
    }
}

/// Says the part is archived (or merged, and where), with Bring back.
#[component]
fn ArchivedNote(part: Part, merged_into: Option<Part>) -> Element {
    let lang = use_lang();
    let write = use_command();
    let shown = part.clone();
    let bring_back = move |_| bring_back(lang, write, shown.clone());
    let (before, after) = around_link(|name| t!(lang, "parts-merged-into", name = name));
    rsx! {
        div { class: "card part-archived", role: "note",
            p { {t!(lang, "parts-is-archived")} }
            if let Some(into) = merged_into {
                p {
                    "{before}"
                    Link { to: Route::PartDetail { id: into.id }, dir: "auto", "{into.name}" }
                    "{after}"
                }
            }
            button {
                r#type: "button",
                class: "button secondary",
                aria_label: t!(lang, "parts-bring-back-named", name = part.name.as_str()),
                onclick: bring_back,
                {t!(lang, "parts-bring-back")}
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
