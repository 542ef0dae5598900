//! A talk in History: who talked, how settled each felt, the steps reached, the parts each
//! spoke for, the words they chose to keep and their shared intentions.

use dioxus::prelude::*;

use super::Intentions;
use crate::domain::talk::{Talk, TalkStage, Turn, Who};
use crate::domain::text::{capitalise, excerpt};
use crate::domain::time::describe_in;
use crate::domain::{Level, Rupture, TalkId};
use crate::store::StoreError;
use crate::t;
use crate::ui::Route;
use crate::ui::components::{DeleteButton, ErrorNote, Fact, Loading};
use crate::ui::context::{use_lang, use_load, use_shared};

/// One talk's page.
#[component]
pub fn TalkPage(id: TalkId) -> Element {
    let shared = use_shared();
    let lang = use_lang();
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
        Some(Err(message)) => return rsx! { h1 { {t!(lang, "entry-talk")} } ErrorNote { message } },
        Some(Ok(v)) => v,
    };
    let not_noted = t!(lang, "talk-page-not-noted");
    let level = |l: Option<Level>| {
        l.map_or(not_noted.clone(), |l| {
            t!(lang, "level-of-ten", level = l.get())
        })
    };
    let steps: Vec<String> = t
        .steps_reached()
        .iter()
        .map(|s| s.guide(lang).title)
        .collect();
    let kept: Vec<Turn> = t
        .turns
        .iter()
        .filter(|turn| turn.has_words())
        .cloned()
        .collect();
    rsx! {
        p { class: "badge badge-talk", {t!(lang, "entry-talk")} }
        h1 { dir: "auto",
            match &rupture {
                Some(r) => t!(lang, "line-talk-about", what = excerpt(r.what.as_str(), 100)),
                None => t!(lang, "line-talk"),
            }
        }
        dl { class: "facts",
            Fact { label: t!(lang, "talk-page-when"), value: describe_in(lang, &t.started_at, &now) }
            Fact { label: t!(lang, "talk-page-who"), value: t.both(lang) }
            for who in Who::BOTH {
                Fact { key: "ready-{who.code()}", label: t.about(lang, "talk-page-settled", who), value: level(t.ready(who)) }
            }
            Fact {
                label: t!(lang, "talk-page-steps"),
                value: if steps.is_empty() { not_noted.clone() } else { steps.join(", ") },
            }
            for who in Who::BOTH {
                Fact {
                    key: "parts-{who.code()}",
                    label: t.about(lang, "talk-page-parts", who),
                    value: {
                        let parts = t.parts_of(who);
                        if parts.is_empty() { not_noted.clone() } else { parts.join(", ") }
                    },
                }
            }
            if t.pauses > 0 {
                Fact {
                    label: t!(lang, "talk-page-pauses"),
                    value: t!(lang, "talk-page-pause-count", count = t.pauses),
                }
            }
            Fact { label: t!(lang, "talk-page-stands"), value: capitalise(&t.status(lang)) }
        }
        if t.at() == TalkStage::Done {
            section { aria_labelledby: "intentions-heading",
                h2 { id: "intentions-heading", {t!(lang, "talk-next-time")} }
                Intentions { talk: t.clone() }
            }
        }
        if !kept.is_empty() {
            section { aria_labelledby: "kept-heading",
                h2 { id: "kept-heading", {t!(lang, "talk-page-kept")} }
                ol { class: "plain-list talk-kept",
                    for (i, turn) in kept.into_iter().enumerate() {
                        li { key: "{i}", class: "card",
                            p { class: "step-count",
                                {t!(lang, "talk-page-turn", step = turn.step.guide(lang).title, name = t.name(lang, turn.who))}
                            }
                            if !turn.parts.is_empty() {
                                p { class: "hint", {t!(lang, "talk-page-speaking-for", parts = turn.parts.join(", "))} }
                            }
                            if !turn.said.as_str().is_empty() {
                                p { dir: "auto", "{turn.said.as_str()}" }
                            }
                            if !turn.heard.as_str().is_empty() {
                                p { dir: "auto", strong { {t.about(lang, "talk-heard-by", turn.who.other())} " " } "{turn.heard.as_str()}" }
                            }
                            if !turn.added.as_str().is_empty() {
                                p { dir: "auto", strong { {t!(lang, "talk-page-added")} " " } "{turn.added.as_str()}" }
                            }
                        }
                    }
                }
            }
        }
        div { class: "row-actions",
            if t.at().is_open() {
                Link { to: Route::TalkFlow { id }, class: "button primary", {t!(lang, "talk-page-pick-up")} }
            }
            if let Some(r) = &rupture {
                Link { to: Route::detail(r.id), class: "button secondary", {t!(lang, "talk-page-rupture")} }
            }
            DeleteButton { entry: id.into() }
        }
    }
}
