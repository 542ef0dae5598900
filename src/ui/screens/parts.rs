//! My parts: the list of parts with how often each comes up, and one part's screen with what
//! the user knows of it, its check-ins, and merging, archiving and bringing back.

use dioxus::prelude::*;

use crate::domain::kept::{Kept, known};
use crate::domain::part::{
    FEARS_WHAT, NEEDS_WHAT, NOTES_WHAT, PartDetails, PartDraft, PartRole, TRIGGERS_WHAT, seen_ago,
    times,
};
use crate::domain::time::describe;
use crate::domain::{AgeBand, EntryKind, Moment, Part, PartId};
use crate::platform;
use crate::store::{ArchivedPart, PartCheckIn, PartRecord, PartStats, PartSummary, Parts};
use crate::ui::Route;
use crate::ui::app::{Undo, use_db, use_load, use_load_with, use_shared};
use crate::ui::components::{AgeBandChips, Chip, ErrorNote, Form, KeptAsItWas, KeptText, Loading};

const TITLE: &str = "My parts";
const INTRO: &str = "These are the parts offered when you check in. Name them in a way that feels true to you, and open one to get to know it better.";
const ADD_LABEL: &str = "Add a part by name";
const ADD: &str = "Add";
const EMPTY: &str = "No parts yet. Add one below, or when you check in.";
const NOT_YET: &str = "not checked in yet";
const SHOW_ARCHIVED: &str = "Show archived parts";
const HIDE_ARCHIVED: &str = "Hide archived parts";
const ARCHIVED_TITLE: &str = "Archived parts";
const ARCHIVED_NOTE: &str =
    "Archived parts aren't offered when you check in. Their check-ins stay as they were.";
const NO_ARCHIVED: &str = "No archived parts.";
const BRING_BACK: &str = "Bring back";

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
const ABOUT_TITLE: &str = "Getting to know it";
const NAME_LABEL: &str = "Name";
const ROLE_LEGEND: &str = "What kind of part is it?";
const ROLE_HINT: &str = "Some parts protect you, and some are the hurt parts they protect. Choose one if it fits, or leave it.";
const AGE_LEGEND: &str = "How old does it usually feel?";
const FEARS_LABEL: &str = "What is it afraid of?";
const FEARS_HINT: &str = "What does it fear would happen if it stopped doing what it does?";
const NEEDS_LABEL: &str = "What does it need?";
const TRIGGERS_LABEL: &str = "What sets it off?";
const NOTES_LABEL: &str = "Notes";
const SAVE: &str = "Save";
const SAVED: &str = "Saved.";
const MERGE_TITLE: &str = "Merge with another part";
const MERGE_NOTE: &str = "If two names turn out to be the same part, you can merge them. Its check-ins move to the other part, and what you wrote about it is added there.";
const MERGE_START: &str = "Merge into another part…";
const MERGE_NONE: &str = "There's no other part to merge with yet.";
const MERGE_CHOOSE_FIRST: &str = "Choose the part to merge into first.";
const CONTINUE: &str = "Continue";
const MERGE_YES: &str = "Yes, merge them";
const CANCEL: &str = "Cancel";
const ARCHIVE_TITLE: &str = "Archive";
const ARCHIVE_NOTE: &str = "Archiving takes this part off the check-in chips. Its check-ins stay, and you can bring it back any time.";
const ARCHIVE: &str = "Archive this part";
const IS_ARCHIVED: &str =
    "This part is archived, so it isn't offered when you check in. Its check-ins stay.";

/// "Role: manager · How old it feels: 9–12", leaving out what isn't known.
fn kind_line(role: Option<&Kept<PartRole>>, age: Option<&Kept<AgeBand>>) -> String {
    let mut bits = Vec::new();
    if let Some(role) = role.filter(|r| **r != Kept::Known(PartRole::NotSure)) {
        bits.push(format!("Role: {}", role.shown(|r| r.label())));
    }
    if let Some(age) = age.filter(|a| **a != Kept::Known(AgeBand::NotSure)) {
        bits.push(format!("How old it feels: {}", age.shown(|a| a.label())));
    }
    bits.join(" · ")
}

/// "seen 12 times · last seen 3 days ago", for the list.
fn seen_line(checkins: u32, last_seen: Option<&Moment>, now: &Moment) -> String {
    match last_seen {
        Some(last) if checkins > 0 => format!(
            "seen {} · last seen {}",
            times(checkins),
            seen_ago(last, now)
        ),
        _ => NOT_YET.to_owned(),
    }
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

/// What a merge will do, named in full before it happens.
fn merge_summary(from: &str, into: &str, checkins: u32) -> String {
    let moves = match checkins {
        0 => format!("“{from}” has no check-ins yet, so none will move."),
        1 => format!("The one check-in of “{from}” will move to “{into}”."),
        n => format!("All {n} check-ins of “{from}” will move to “{into}”."),
    };
    format!(
        "{moves} “{from}” will be archived, and what you wrote about it will be added to “{into}”."
    )
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

/// The list of parts.
#[component]
pub fn PartsScreen() -> Element {
    let shared = use_shared();
    let parts = use_load(|s| s.part_summaries());
    let mut new_name = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let mut show_archived = use_signal(|| false);
    let db = use_db();
    let add = move |_| {
        let db = db.clone();
        async move {
            let typed = new_name.peek().clone();
            match db.add_name::<Parts>(&typed).await {
                Ok(_) => {
                    new_name.set(String::new());
                    error.set(None);
                    shared.changed();
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let now = shared.now_by_minute();
    let loaded = parts.read().clone();
    rsx! {
        document::Title { "My parts · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{INTRO}" }
        match loaded {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", "{EMPTY}" } },
            Some(Ok(list)) => rsx! {
                ul { class: "timeline parts-list", aria_label: TITLE,
                    for summary in list {
                        PartLink { key: "{summary.part.id}", summary, now }
                    }
                }
            },
        }
        Form {
            class: "quick-add",
            onsubmit: add,
            label { r#for: "new-part", class: "visually-hidden", "{ADD_LABEL}" }
            input {
                id: "new-part",
                r#type: "text",
                dir: "auto",
                placeholder: ADD_LABEL,
                maxlength: "200",
                value: "{new_name}",
                oninput: move |e| new_name.set(e.value()),
            }
            button { r#type: "submit", class: "button secondary", aria_label: ADD_LABEL, "{ADD}" }
        }
        if let Some(message) = error() {
            ErrorNote { message }
        }
        div { class: "secondary-actions",
            button {
                r#type: "button",
                class: "button quiet",
                aria_expanded: if show_archived() { "true" } else { "false" },
                onclick: move |_| show_archived.toggle(),
                if show_archived() { "{HIDE_ARCHIVED}" } else { "{SHOW_ARCHIVED}" }
            }
        }
        if show_archived() {
            ArchivedParts {}
        }
    }
}

/// One active part on the list, leading to its screen.
#[component]
fn PartLink(summary: PartSummary, now: Moment) -> Element {
    let seen = seen_line(summary.checkins, summary.last_seen.as_ref(), &now);
    let role = summary
        .role
        .filter(|r| *r != PartRole::NotSure)
        .map(PartRole::label);
    rsx! {
        li { class: "entry",
            Link { to: Route::PartDetail { id: summary.part.id }, class: "entry-link",
                span { class: "entry-headline", dir: "auto", "{summary.part.name}" }
                span { class: "entry-meta",
                    if let Some(role) = role {
                        span { class: "badge", "{role}" }
                    }
                    span { "{seen}" }
                }
            }
        }
    }
}

/// The archived parts, each with Bring back.
#[component]
fn ArchivedParts() -> Element {
    let db = use_db();
    let shared = use_shared();
    let archived = use_load(|s| s.archived_parts());
    let mut error = use_signal(|| None::<String>);
    let bring_back = use_callback(move |part: Part| {
        let db = db.clone();
        spawn(async move {
            let id = part.id;
            match db.run(move |s| s.unarchive::<Parts>(id)).await {
                Ok(()) => {
                    error.set(None);
                    shared.changed();
                    shared.say(
                        format!("“{}” is back on your check-in chips.", part.name),
                        None,
                    );
                }
                Err(message) => error.set(Some(message)),
            }
        });
    });
    let loaded = archived.read().clone();
    rsx! {
        section { id: "archived-parts", aria_labelledby: "archived-heading",
            h2 { id: "archived-heading", "{ARCHIVED_TITLE}" }
            p { class: "hint", "{ARCHIVED_NOTE}" }
            if let Some(message) = error() {
                ErrorNote { message }
            }
            match loaded {
                None => rsx! { Loading {} },
                Some(Err(message)) => rsx! { ErrorNote { message } },
                Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", "{NO_ARCHIVED}" } },
                Some(Ok(list)) => rsx! {
                    ul { class: "plain-list",
                        for ArchivedPart { part, merged_into } in list {
                            li { key: "{part.id}", class: "part-row",
                                span { class: "archived-part",
                                    Link { to: Route::PartDetail { id: part.id }, class: "part-name", dir: "auto", "{part.name}" }
                                    if let Some(into) = merged_into {
                                        span { class: "hint", dir: "auto", "merged into {into.name}" }
                                    }
                                }
                                button {
                                    r#type: "button",
                                    class: "button secondary small",
                                    aria_label: "{BRING_BACK} {part.name}",
                                    onclick: {
                                        let part = part.clone();
                                        move |_| bring_back.call(part.clone())
                                    },
                                    "{BRING_BACK}"
                                }
                            }
                        }
                    }
                },
            }
        }
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
                            Link { to: Route::detail(EntryKind::CheckIn, c.id.0), class: "entry-link",
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
    let db = use_db();
    let shared = use_shared();
    let mut error = use_signal(|| None::<String>);
    let id = part.id;
    let name = part.name.clone();
    let bring_back = move |_| {
        let db = db.clone();
        let name = name.clone();
        async move {
            match db.run(move |s| s.unarchive::<Parts>(id)).await {
                Ok(()) => {
                    error.set(None);
                    shared.changed();
                    shared.say(format!("“{name}” is back on your check-in chips."), None);
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
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
            if let Some(message) = error() {
                ErrorNote { message }
            }
        }
    }
}

/// What the user knows of the part: name, role, age, fears, needs, triggers and notes.
#[component]
fn PartForm(id: PartId, details: PartDetails) -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut form = use_signal(|| details.draft());
    let mut kept = use_signal(|| details.clone());
    let mut error = use_signal(|| None::<String>);
    let mut saving = use_signal(|| false);
    let save = move |_| {
        let db = db.clone();
        async move {
            if *saving.peek() {
                return;
            }
            let details = match form.peek().parse(Some(&kept.peek())) {
                Ok(d) => d,
                Err(e) => return error.set(Some(e.to_string())),
            };
            let now = platform::now();
            saving.set(true);
            let saved = details.clone();
            let result = db.run(move |s| s.save_part(id, &details, &now)).await;
            saving.set(false);
            match result {
                Ok(()) => {
                    kept.set(saved);
                    error.set(None);
                    shared.changed();
                    shared.say(SAVED, None);
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let f = form.read().clone();
    let text_field = |field_id: &'static str,
                      label: &'static str,
                      hint: Option<&'static str>,
                      value: String,
                      notice: Option<String>,
                      set: fn(&mut PartDraft, String)| {
        let hint_id = format!("{field_id}-hint");
        rsx! {
            div { class: "field",
                label { r#for: field_id, class: "field-label", "{label}" }
                if let Some(hint) = hint {
                    p { id: "{hint_id}", class: "hint", "{hint}" }
                }
                textarea {
                    id: field_id,
                    dir: "auto",
                    rows: "3",
                    aria_describedby: hint.map(|_| hint_id.clone()),
                    value: "{value}",
                    oninput: move |e| {
                        set(&mut form.write(), e.value());
                        error.set(None);
                    },
                }
                KeptText { notice }
            }
        }
    };
    rsx! {
        section { aria_labelledby: "part-about-heading",
            h2 { id: "part-about-heading", "{ABOUT_TITLE}" }
            Form { class: "form", onsubmit: save,
                div { class: "field",
                    label { r#for: "part-name", class: "field-label", "{NAME_LABEL}" }
                    input {
                        id: "part-name",
                        r#type: "text",
                        dir: "auto",
                        maxlength: "200",
                        value: "{f.name}",
                        oninput: move |e| {
                            form.write().name = e.value();
                            error.set(None);
                        },
                    }
                }
                fieldset { class: "field",
                    legend { class: "field-label", "{ROLE_LEGEND}" }
                    p { class: "hint", "{ROLE_HINT}" }
                    div { class: "chips",
                        for role in PartRole::ALL {
                            Chip {
                                key: "{role.code()}",
                                label: role.label(),
                                selected: f.role == Some(Kept::Known(role)),
                                onclick: move |_| {
                                    let mut w = form.write();
                                    w.role = if w.role == Some(Kept::Known(role)) {
                                        None
                                    } else {
                                        Some(Kept::Known(role))
                                    };
                                },
                            }
                        }
                    }
                    if let Some(Kept::Unknown(code)) = &f.role {
                        KeptAsItWas { what: "Its role", code: code.clone() }
                    }
                    ul { class: "plain-list role-guide",
                        for role in PartRole::ALL {
                            li { key: "{role.code()}",
                                strong { "{role.label()}" }
                                ": {role.explanation()}"
                            }
                        }
                    }
                }
                AgeBandChips {
                    legend: AGE_LEGEND,
                    value: known(&f.age_band),
                    onchange: move |band: Option<AgeBand>| form.write().age_band = band.map(Kept::Known),
                }
                if let Some(Kept::Unknown(code)) = &f.age_band {
                    KeptAsItWas { what: "How old it feels", code: code.clone() }
                }
                {text_field("part-fears", FEARS_LABEL, Some(FEARS_HINT), f.fears.clone(), kept.read().fears.kept_notice(FEARS_WHAT), |d, v| d.fears = v)}
                {text_field("part-needs", NEEDS_LABEL, None, f.needs.clone(), kept.read().needs.kept_notice(NEEDS_WHAT), |d, v| d.needs = v)}
                {text_field("part-triggers", TRIGGERS_LABEL, None, f.triggers.clone(), kept.read().triggers.kept_notice(TRIGGERS_WHAT), |d, v| d.triggers = v)}
                {text_field("part-notes", NOTES_LABEL, None, f.notes.clone(), kept.read().notes.kept_notice(NOTES_WHAT), |d, v| d.notes = v)}
                div { class: "sticky-actions",
                    if let Some(message) = error() {
                        ErrorNote { message }
                    }
                    button {
                        r#type: "submit",
                        class: "button primary wide",
                        disabled: saving(),
                        "{SAVE}"
                    }
                }
            }
        }
    }
}

/// Where the merge stands: not started, choosing the other part, or confirming.
#[derive(Clone, Copy, PartialEq)]
enum MergeStep {
    Closed,
    Choosing,
    Confirming(PartId),
}

/// Merging this part into another: choose the other, read what will happen, confirm.
#[component]
fn MergeSection(from: Part, checkins: u32, others: Vec<Part>) -> Element {
    let db = use_db();
    let shared = use_shared();
    let nav = use_navigator();
    let mut step = use_signal(|| MergeStep::Closed);
    let mut chosen = use_signal(|| None::<PartId>);
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let from_id = from.id;
    let from_name = from.name.clone();
    let merge = use_callback(move |into: Part| {
        let db = db.clone();
        let from_name = from_name.clone();
        spawn(async move {
            if *busy.peek() {
                return;
            }
            busy.set(true);
            let now = platform::now();
            let target = into.id;
            let result = db.run(move |s| s.merge_parts(from_id, target, &now)).await;
            busy.set(false);
            match result {
                Ok(_) => {
                    shared.changed();
                    shared.say(
                        format!("Merged. “{from_name}” is now part of “{}”.", into.name),
                        None,
                    );
                    nav.replace(Route::PartDetail { id: target });
                }
                Err(message) => error.set(Some(message)),
            }
        });
    });
    let current = step();
    let target = match current {
        MergeStep::Confirming(id) => others.iter().find(|p| p.id == id).cloned(),
        _ => None,
    };
    rsx! {
        section { aria_labelledby: "part-merge-heading",
            h2 { id: "part-merge-heading", "{MERGE_TITLE}" }
            p { class: "hint", "{MERGE_NOTE}" }
            if others.is_empty() {
                p { class: "empty", "{MERGE_NONE}" }
            } else if current == MergeStep::Closed {
                button {
                    r#type: "button",
                    class: "button secondary",
                    onclick: move |_| {
                        error.set(None);
                        step.set(MergeStep::Choosing);
                    },
                    "{MERGE_START}"
                }
            } else if let Some(into) = target {
                div { class: "card merge-confirm", role: "group", aria_label: "Confirm merge",
                    p { strong { dir: "auto", {merge_summary(&from.name, &into.name, checkins)} } }
                    div { class: "row-actions",
                        button {
                            r#type: "button",
                            class: "button primary",
                            disabled: busy(),
                            onmounted: move |e: MountedEvent| async move {
                                let _ = e.set_focus(true).await;
                            },
                            onclick: {
                                let into = into.clone();
                                move |_| merge.call(into.clone())
                            },
                            "{MERGE_YES}"
                        }
                        button {
                            r#type: "button",
                            class: "button secondary",
                            onclick: move |_| step.set(MergeStep::Closed),
                            "{CANCEL}"
                        }
                    }
                }
            } else {
                fieldset { class: "field merge-choices",
                    legend { class: "field-label", dir: "auto", "Merge “{from.name}” into which part?" }
                    for (i, other) in others.clone().into_iter().enumerate() {
                        label { key: "{other.id}", class: "radio-row",
                            input {
                                r#type: "radio",
                                onmounted: move |e: MountedEvent| async move {
                                    if i == 0 {
                                        let _ = e.set_focus(true).await;
                                    }
                                },
                                name: "merge-into",
                                value: "{other.id}",
                                checked: chosen() == Some(other.id),
                                onchange: move |_| {
                                    chosen.set(Some(other.id));
                                    error.set(None);
                                },
                            }
                            span { dir: "auto", "{other.name}" }
                        }
                    }
                }
                div { class: "row-actions",
                    button {
                        r#type: "button",
                        class: "button primary",
                        onclick: move |_| match *chosen.peek() {
                            Some(id) => step.set(MergeStep::Confirming(id)),
                            None => error.set(Some(MERGE_CHOOSE_FIRST.to_owned())),
                        },
                        "{CONTINUE}"
                    }
                    button {
                        r#type: "button",
                        class: "button secondary",
                        onclick: move |_| {
                            error.set(None);
                            step.set(MergeStep::Closed);
                        },
                        "{CANCEL}"
                    }
                }
            }
            if let Some(message) = error() {
                ErrorNote { message }
            }
        }
    }
}

/// Archiving the part, with Undo in the toast.
#[component]
fn ArchiveSection(part: Part) -> Element {
    let db = use_db();
    let shared = use_shared();
    let nav = use_navigator();
    let mut error = use_signal(|| None::<String>);
    let id = part.id;
    let name = part.name.clone();
    let archive = move |_| {
        let db = db.clone();
        let name = name.clone();
        async move {
            let now = platform::now();
            match db.run(move |s| s.archive::<Parts>(id, &now)).await {
                Ok(()) => {
                    shared.changed();
                    shared.say(
                        format!("Archived “{name}”. Its check-ins keep it."),
                        Some(Undo::ArchivePart(id)),
                    );
                    nav.replace(Route::PartsScreen {});
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    rsx! {
        section { aria_labelledby: "part-archive-heading",
            h2 { id: "part-archive-heading", "{ARCHIVE_TITLE}" }
            p { class: "hint", "{ARCHIVE_NOTE}" }
            button {
                r#type: "button",
                class: "button danger",
                onclick: archive,
                "{ARCHIVE}"
            }
            if let Some(message) = error() {
                ErrorNote { message }
            }
        }
    }
}
