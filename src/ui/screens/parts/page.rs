//! One part's screen: how often it has been around, what is known of it, its recent
//! check-ins, and the sections that change it.

use dioxus::prelude::*;

use super::form::PartForm;
use super::merge::{ArchiveSection, MergeSection};
use super::{BRING_BACK, bring_back};
use crate::domain::i18n::Lang;
use crate::domain::kept::Kept;
use crate::domain::part::{PartRole, seen_ago, times};
use crate::domain::time::describe;
use crate::domain::{AgeBand, Moment, Part, PartId};
use crate::store::{PartCheckIn, PartRecord, PartStats, Parts};
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{ErrorNote, Loading};
use crate::ui::context::{use_load_with, use_shared};

const A_PART: &str = "A part";
const ALL_PARTS: &str = "All my parts";
const STATS_TITLE: &str = "How often it comes up";
const STATS_HOW: &str = "The usual intensity is the middle of the ones you noted; Self is their average. Deleted check-ins don't count.";
const NEVER: &str = "This part hasn't come up in a check-in yet.";
const CHECKINS_TITLE: &str = "Recent check-ins";
/// How many check-ins the part's screen lists.
const RECENT: usize = 10;
const ALL_IN_HISTORY: &str = "All of them are in History, where you can filter by this part.";
const OPEN_HISTORY: &str = "Open History";
const IS_ARCHIVED: &str =
    "This part is archived, so it isn't offered when you check in. Its check-ins stay.";

/// "Role: manager · How old it feels: 9–12", leaving out what isn't known.
fn kind_line(role: Option<&Kept<PartRole>>, age: Option<&Kept<AgeBand>>) -> String {
    let mut bits = Vec::new();
    if let Some(role) = role.filter(|r| **r != Kept::Known(PartRole::NotSure)) {
        bits.push(format!("Role: {}", role.shown(|r| r.label())));
    }
    if let Some(age) = age.filter(|a| **a != Kept::Known(AgeBand::NotSure)) {
        // The parts' screens speak English until their words are in the message files.
        bits.push(format!(
            "How old it feels: {}",
            age.shown(|a| a.label(Lang::ENGLISH))
        ));
    }
    bits.join(" · ")
}

/// A 0–10 value in words, rounded: "about 6 out of 10".
fn out_of_ten(value: f64) -> String {
    format!("{} out of 10", value.round().clamp(0.0, 10.0))
}

/// The part's figures in plain sentences, one a line.
fn stats_sentences(stats: &PartStats, now: &Moment) -> Vec<String> {
    if stats.checkins == 0 {
        return vec![NEVER.to_owned()];
    }
    let mut lines = vec![format!("This part has come up {}.", times(stats.checkins))];
    match (&stats.first_seen, &stats.last_seen) {
        (Some(first), Some(last)) if stats.checkins > 1 => lines.push(format!(
            "It was last here {}. You first noticed it {}.",
            seen_ago(last, now),
            seen_ago(first, now)
        )),
        (_, Some(last)) => lines.push(format!("That was {}.", seen_ago(last, now))),
        _ => {}
    }
    match stats.with_whom.as_slice() {
        [] => {}
        [(name, _)] => lines.push(format!("Most often with {name}.")),
        [(name, n), rest @ ..] => {
            let others: Vec<String> = rest
                .iter()
                .map(|(name, n)| format!("{name} ({})", times(*n)))
                .collect();
            lines.push(format!(
                "Most often with {name} ({}), then {}.",
                times(*n),
                others.join(" and ")
            ));
        }
    }
    if let Some(intensity) = stats.typical_intensity {
        lines.push(format!(
            "Its usual intensity is about {}.",
            out_of_ten(intensity)
        ));
    }
    if let Some(self_level) = stats.average_self {
        lines.push(format!(
            "Self was around {} when it was here.",
            out_of_ten(self_level)
        ));
    }
    lines
}

/// One check-in in the part's list: "Intensity 6 of 10 · Self 4 of 10 · with Sam".
fn checkin_line(c: &PartCheckIn) -> String {
    let mut bits = Vec::new();
    if let Some(i) = c.intensity {
        bits.push(format!("Intensity {i} of 10"));
    }
    if let Some(s) = c.self_level {
        bits.push(format!("Self {s} of 10"));
    }
    if let Some(person) = &c.person {
        bits.push(format!("with {person}"));
    }
    if bits.is_empty() {
        "Checked in".to_owned()
    } else {
        bits.join(" · ")
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
    let loaded = found.read().clone();
    let data = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => {
            return rsx! {
                document::Title { "{A_PART} · Mend" }
                h1 { "{A_PART}" }
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
        record.details.role.as_ref(),
        record.details.age_band.as_ref(),
    );
    let sentences = stats_sentences(&stats, &now);
    let more_than_shown = stats.checkins as usize > recent.len();
    rsx! {
        document::Title { "{name} · Mend" }
        p { class: "back-link",
            Link { to: Route::PartsScreen {}, "{ALL_PARTS}" }
        }
        h1 { dir: "auto", "{name}" }
        if !kind.is_empty() {
            p { class: "lead", "{kind}" }
        }
        if record.archived {
            ArchivedNote { part: Part { id, name: name.clone() }, merged_into: record.merged_into.clone() }
        }
        section { aria_labelledby: "part-stats-heading",
            h2 { id: "part-stats-heading", "{STATS_TITLE}" }
            div { class: "part-stats",
                for (i, line) in sentences.into_iter().enumerate() {
                    p { key: "{i}", dir: "auto", "{line}" }
                }
            }
            if stats.checkins > 0 {
                p { class: "hint", "{STATS_HOW}" }
            }
        }
        if !recent.is_empty() {
            section { aria_labelledby: "part-checkins-heading",
                h2 { id: "part-checkins-heading", "{CHECKINS_TITLE}" }
                ul { class: "timeline",
                    for c in recent {
                        li { key: "{c.id}", class: "entry",
                            Link { to: Route::detail(c.id), class: "entry-link",
                                span { class: "entry-when", "{describe(&c.at, &now)}" }
                                span { class: "entry-headline", dir: "auto", "{checkin_line(&c)}" }
                                if !c.note.is_empty() {
                                    span { class: "entry-detail", dir: "auto", "{c.note}" }
                                }
                            }
                        }
                    }
                }
                if more_than_shown {
                    p {
                        "Showing the {RECENT} most recent. {ALL_IN_HISTORY} "
                        Link { to: Route::History {}, "{OPEN_HISTORY}" }
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
    let write = use_command();
    let shown = part.clone();
    let bring_back = move |_| bring_back(write, shown.clone());
    rsx! {
        div { class: "card part-archived", role: "note",
            p { "{IS_ARCHIVED}" }
            if let Some(into) = merged_into {
                p {
                    "It was merged into "
                    Link { to: Route::PartDetail { id: into.id }, dir: "auto", "{into.name}" }
                    "."
                }
            }
            button {
                r#type: "button",
                class: "button secondary",
                aria_label: "{BRING_BACK} {part.name}",
                onclick: bring_back,
                "{BRING_BACK}"
            }
            if let Some(message) = write.error() {
                ErrorNote { message }
            }
        }
    }
}
