//! History: one timeline of check-ins, pauses, ruptures and repairs, newest first, loaded
//! a page at a time, with filters and search.

use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::{EntryKind, PartId, PersonId, RuptureStatus, TimelineEntry, TimelineFilter};
use crate::store::{Parts, People};
use crate::t;
use crate::ui::components::{EntryRow, ErrorNote, Loading};
use crate::ui::context::{use_lang, use_load, use_load_with, use_reader, use_shared};

/// How many entries one page holds.
pub const PAGE: usize = 30;

/// A name in a filter; removed ones say so, as past records still carry them.
fn name_label(lang: Lang, name: &str, removed: bool) -> String {
    if removed {
        t!(lang, "history-removed", name = name)
    } else {
        name.to_owned()
    }
}

/// The history screen.
#[component]
pub fn History() -> Element {
    let shared = use_shared();
    let lang = use_lang();
    let mut filter = use_signal(TimelineFilter::default);
    let mut more = use_signal(Vec::<TimelineEntry>::new);
    let mut exhausted = use_signal(|| false);
    let mut more_error = use_signal(|| None::<String>);
    let mut loading_more = use_signal(|| false);

    let first = use_load_with(move || filter.cloned(), |s, f| s.timeline(&f, None, PAGE));
    let names = use_load(|s| Ok((s.all_names::<Parts>()?, s.all_names::<People>()?)));
    // Which list the pages belong to: a new first page starts a new list, and a page asked
    // for by an older list is dropped.
    let mut list_gen = use_signal(|| 0_u64);
    // A fresh first page starts the list again.
    use_effect(move || {
        let page_len = match &*first.read() {
            Some(Ok(page)) => page.len(),
            _ => 0,
        };
        more.set(Vec::new());
        more_error.set(None);
        exhausted.set(page_len < PAGE);
        let next = *list_gen.peek() + 1;
        list_gen.set(next);
    });

    let reader = use_reader();
    let load_more = move |_| async move {
        if *loading_more.peek() {
            return;
        }
        let after = more
            .peek()
            .last()
            .map(|e| e.cursor())
            .or_else(|| match &*first.peek() {
                Some(Ok(page)) => page.last().map(|e| e.cursor()),
                _ => None,
            });
        let f = filter.peek().clone();
        let asked_for = *list_gen.peek();
        loading_more.set(true);
        let result = reader.read(move |s| s.timeline(&f, after, PAGE)).await;
        loading_more.set(false);
        if *list_gen.peek() != asked_for {
            return;
        }
        match result {
            Ok(page) => {
                exhausted.set(page.len() < PAGE);
                more.write().extend(page);
            }
            Err(failed) => more_error.set(Some(failed.to_string())),
        }
    };

    let f = filter.read().clone();
    let now = shared.now_by_minute();
    let (parts, people) = match &*names.read() {
        Some(Ok((parts, people))) => (parts.clone(), people.clone()),
        _ => (Vec::new(), Vec::new()),
    };
    let page = first.read().clone();
    let window = format!("{} · Mend", t!(lang, "history-title"));
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "history-title")} }
        section { class: "filters", aria_label: t!(lang, "history-filters"),
            div { class: "field",
                label { r#for: "history-search", class: "field-label", {t!(lang, "history-search")} }
                input {
                    id: "history-search",
                    r#type: "search",
                    dir: "auto",
                    placeholder: t!(lang, "history-search-placeholder"),
                    value: "{f.text}",
                    oninput: move |e| filter.write().text = e.value(),
                }
            }
            div { class: "filter-row",
                div { class: "field",
                    label { r#for: "history-kind", class: "field-label", {t!(lang, "history-kind")} }
                    select {
                        id: "history-kind",
                        value: f.kind.map_or("", |k| k.code()),
                        onchange: move |e| filter.write().kind = EntryKind::from_code(&e.value()),
                        option { value: "", {t!(lang, "history-everything")} }
                        for k in EntryKind::ALL {
                            option { key: "{k.code()}", value: k.code(), selected: f.kind == Some(k), {k.plural(lang)} }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "history-person", class: "field-label", {t!(lang, "history-person")} }
                    select {
                        id: "history-person",
                        onchange: move |e| filter.write().person = e.value().parse().ok().map(PersonId),
                        option { value: "", selected: f.person.is_none(), {t!(lang, "history-anyone")} }
                        for (p, removed) in people {
                            option { key: "{p.id}", value: "{p.id}", selected: f.person == Some(p.id), {name_label(lang, &p.name, removed)} }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "history-part", class: "field-label", {t!(lang, "history-part")} }
                    select {
                        id: "history-part",
                        onchange: move |e| filter.write().part = e.value().parse().ok().map(PartId),
                        option { value: "", selected: f.part.is_none(), {t!(lang, "history-any-part")} }
                        for (p, removed) in parts {
                            option { key: "{p.id}", value: "{p.id}", selected: f.part == Some(p.id), {name_label(lang, &p.name, removed)} }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "history-status", class: "field-label", {t!(lang, "history-status")} }
                    select {
                        id: "history-status",
                        onchange: move |e| filter.write().status = RuptureStatus::from_code(&e.value()),
                        option { value: "", selected: f.status.is_none(), {t!(lang, "history-any-status")} }
                        for s in RuptureStatus::ALL {
                            option { key: "{s.code()}", value: s.code(), selected: f.status == Some(s), {s.label(lang)} }
                        }
                    }
                }
            }
            if f.is_narrowed() {
                button {
                    r#type: "button",
                    class: "button quiet",
                    onclick: move |_| filter.set(TimelineFilter::default()),
                    {t!(lang, "history-clear")}
                }
            }
        }
        match page {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message } },
            Some(Ok(page)) if page.is_empty() => rsx! {
                p { class: "empty",
                    if f.is_narrowed() {
                        {t!(lang, "history-no-match")}
                    } else {
                        {t!(lang, "history-empty")}
                    }
                }
            },
            Some(Ok(page)) => rsx! {
                ul { class: "timeline", aria_label: t!(lang, "history-timeline"),
                    for entry in page.into_iter().chain(more.read().iter().cloned()) {
                        EntryRow { key: "{entry.kind.code()}-{entry.id}", entry, now }
                    }
                }
                if let Some(message) = more_error() {
                    ErrorNote { message }
                }
                if exhausted() {
                    p { class: "the-end", {t!(lang, "history-the-end")} }
                } else {
                    button {
                        r#type: "button",
                        class: "button secondary wide",
                        disabled: loading_more(),
                        onclick: load_more,
                        {t!(lang, "history-more")}
                    }
                }
            },
        }
    }
}
