//! A talk in History: who talked, how settled each felt, the steps reached, the parts each
//! spoke for, the words they chose to keep and their shared intentions.

use dioxus::prelude::*;

use super::Intentions;
use crate::domain::i18n::Lang;
use crate::domain::talk::{Talk, TalkStage, Turn, Who};
use crate::domain::text::{capitalise, excerpt};
use crate::domain::time::describe;
use crate::domain::{Level, Rupture, TalkId};
use crate::store::StoreError;
use crate::ui::Route;
use crate::ui::components::{DeleteButton, ErrorNote, Fact, Loading};
use crate::ui::context::{use_load, use_shared};

const NOT_SET: &str = "not noted";

/// One talk's page.
#[component]
pub fn TalkPage(id: TalkId) -> Element {
    let shared = use_shared();
    let found = use_load(move |s| {
        let talk = s.talk(id)?;
        let rupture = match talk.rupture_id {
            Some(r) => match s.rupture(r) {
                Ok(r) => Some(r),
                Err(StoreError::NotFound(_)) => None,
                Err(e) => return Err(e),
            },
            None => None,
        };
        Ok((talk, rupture))
    });
    let now = shared.now_by_minute();
    let loaded = found.read().clone();
    let (t, rupture): (Talk, Option<Rupture>) = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => return rsx! { h1 { "Talk" } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    let level = |l: Option<Level>| l.map_or(NOT_SET.to_owned(), |l| format!("{l} of 10"));
    let steps: Vec<String> = t
        .steps_reached()
        .iter()
        .map(|s| s.guide(Lang::ENGLISH).title)
        .collect();
    let kept: Vec<Turn> = t
        .turns
        .iter()
        .filter(|turn| turn.has_words())
        .cloned()
        .collect();
    rsx! {
        p { class: "badge badge-talk", "Talk" }
        h1 { dir: "auto",
            match &rupture {
                Some(r) => format!("Talk it through: {}", excerpt(r.what.as_str(), 100)),
                None => "Talk it through together".to_owned(),
            }
        }
        dl { class: "facts",
            Fact { label: "When", value: describe(&t.started_at, &now) }
            Fact { label: "Who", value: t.both() }
            for who in Who::BOTH {
                Fact { key: "ready-{who.code()}", label: format!("How settled {} felt", t.name_within(who)), value: level(t.ready(who)) }
            }
            Fact { label: "Steps reached", value: if steps.is_empty() { NOT_SET.to_owned() } else { steps.join(", ") } }
            for who in Who::BOTH {
                Fact {
                    key: "parts-{who.code()}",
                    label: format!("Parts {} spoke for", t.name_within(who)),
                    value: {
                        let parts = t.parts_of(who);
                        if parts.is_empty() { NOT_SET.to_owned() } else { parts.join(", ") }
                    },
                }
            }
            if t.pauses > 0 {
                Fact { label: "Pauses", value: if t.pauses == 1 { "1 pause".to_owned() } else { format!("{} pauses", t.pauses) } }
            }
            Fact { label: "Where it stands", value: capitalise(&t.status(Lang::ENGLISH)) }
        }
        if t.at() == TalkStage::Done {
            section { aria_labelledby: "intentions-heading",
                h2 { id: "intentions-heading", "Next time" }
                Intentions { talk: t.clone() }
            }
        }
        if !kept.is_empty() {
            section { aria_labelledby: "kept-heading",
                h2 { id: "kept-heading", "Words you kept" }
                ol { class: "plain-list talk-kept",
                    for (i, turn) in kept.into_iter().enumerate() {
                        li { key: "{i}", class: "card",
                            p { class: "step-count", "{turn.step.guide(Lang::ENGLISH).title} · {t.name(turn.who)}" }
                            if !turn.parts.is_empty() {
                                p { class: "hint", "Speaking for: {turn.parts.join(\", \")}" }
                            }
                            if !turn.said.as_str().is_empty() {
                                p { dir: "auto", "{turn.said.as_str()}" }
                            }
                            if !turn.heard.as_str().is_empty() {
                                p { dir: "auto", strong { "{t.name(turn.who.other())} heard: " } "{turn.heard.as_str()}" }
                            }
                            if !turn.added.as_str().is_empty() {
                                p { dir: "auto", strong { "Added: " } "{turn.added.as_str()}" }
                            }
                        }
                    }
                }
            }
        }
        div { class: "row-actions",
            if t.at().is_open() {
                Link { to: Route::TalkFlow { id }, class: "button primary", "Pick it up" }
            }
            if let Some(r) = &rupture {
                Link { to: Route::detail(r.id), class: "button secondary", "The rupture" }
            }
            DeleteButton { entry: id.into() }
        }
    }
}
