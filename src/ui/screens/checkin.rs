//! Check-in: which part is here, and (all optional) how strong, how old, what it fears,
//! where in the body, how much Self, who I'm with, a rupture it belongs to, and a note. One
//! screen; Save is always in reach. Then a suggestion for what next.

use dioxus::prelude::*;

use crate::domain::checkin::{
    BODY_CHOICES, FEAR_CHOICES, NOTE_WHAT, body_label, fear_label, toggle_chip,
};
use crate::domain::i18n::Lang;
use crate::domain::kept::{Kept, known};
use crate::domain::language::sounds_unsafe;
use crate::domain::text::excerpt;
use crate::domain::time::{describe_in, from_input, to_input};
use crate::domain::{
    AgeBand, CheckIn, CheckInId, Level, Name, Note, PartId, PersonId, Place, RuptureId,
    SelfQuality, Suggestion,
};
use crate::platform;
use crate::store::{Parts, People, Store};
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{
    AgeBandChips, Chip, ChipGroup, ENTER_STAYS, ErrorNote, Form, KeptAsItWas, LabelledText,
    LevelPicker, Loading, NameChoice, NamePicker, SafetyNote, SaveBar,
};
use crate::ui::context::{use_lang, use_load, use_load_with, use_record, use_shared};

/// What keeps a check-in from being saved yet; said on the form as it is.
#[derive(Debug, thiserror::Error)]
enum NotReady {
    #[error("no part chosen")]
    NoPart,
    #[error(transparent)]
    Note(#[from] crate::domain::TextError),
}

impl NotReady {
    /// The words the form says.
    fn told(&self, lang: Lang) -> String {
        match self {
            NotReady::NoPart => t!(lang, "checkin-part-missing"),
            NotReady::Note(e) => e.said(lang),
        }
    }
}

/// A new check-in.
#[component]
pub fn CheckInNew() -> Element {
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "checkin-title"));
    rsx! {
        document::Title { "{window}" }
        CheckInForm { existing: None }
    }
}

/// Editing a check-in from History.
#[component]
pub fn CheckInEdit(id: ReadSignal<CheckInId>) -> Element {
    let lang = use_lang();
    let c = use_record(move || id.cloned(), |s, id| s.checkin(id))?;
    let window = format!("{} · Mend", t!(lang, "checkin-edit-title"));
    rsx! {
        CheckInForm { key: "{c.id}", existing: Some(c) }
        document::Title { "{window}" }
    }
}

/// The fields of the form as the user fills them in.
#[derive(Debug, Clone, PartialEq, Default)]
struct Draft {
    part: Option<PartId>,
    intensity: Option<Level>,
    /// As kept: a band this build doesn't know stays until another is chosen.
    age: Option<Kept<AgeBand>>,
    fears: Vec<String>,
    body: Vec<String>,
    self_level: Option<Level>,
    /// As kept, in order; ones this build doesn't know stay.
    qualities: Vec<Kept<SelfQuality>>,
    person: Option<PersonId>,
    rupture: Option<RuptureId>,
    /// As kept: a place this build doesn't know stays until another is chosen.
    place: Option<Kept<Place>>,
    note: String,
    /// The check-in as it was kept, when editing one. Saving starts from it, so a field
    /// this form doesn't show is kept as it is, and so is the note while its text is
    /// unchanged.
    kept: Option<CheckIn>,
    when: String,
    /// Whether the user changed "When"; if not, the time is kept to the second.
    when_touched: bool,
}

impl Draft {
    fn from_checkin(c: &CheckIn) -> Self {
        Self {
            part: Some(c.part_id),
            intensity: c.intensity,
            age: c.age.clone(),
            fears: c.fears.clone(),
            body: c.body.clone(),
            self_level: c.self_level,
            qualities: c.self_qualities.clone(),
            person: c.person_id,
            rupture: c.rupture_id,
            place: c.place.clone(),
            note: c.note.as_str().to_owned(),
            kept: Some(c.clone()),
            when: to_input(&c.at),
            when_touched: false,
        }
    }

    /// The check-in to save, or the message saying what to change.
    fn build(&self, id: CheckInId, at: crate::domain::Moment) -> Result<CheckIn, NotReady> {
        let part_id = self.part.ok_or(NotReady::NoPart)?;
        let mut c = self
            .kept
            .clone()
            .unwrap_or_else(|| CheckIn::of_part(id, at, part_id));
        c.note = c.note.edited(&self.note, NOTE_WHAT)?;
        c.id = id;
        c.at = at;
        c.part_id = part_id;
        c.intensity = self.intensity;
        c.age.clone_from(&self.age);
        c.fears.clone_from(&self.fears);
        c.body.clone_from(&self.body);
        c.self_level = self.self_level;
        c.self_qualities.clone_from(&self.qualities);
        c.person_id = self.person;
        c.rupture_id = self.rupture;
        c.place.clone_from(&self.place);
        Ok(c)
    }

    /// The note as it was kept, or none for a new check-in.
    fn kept_note(&self) -> Note {
        self.kept
            .as_ref()
            .map(|c| c.note.clone())
            .unwrap_or_default()
    }
}

/// The check-in form, new or editing.
#[component]
fn CheckInForm(existing: Option<CheckIn>) -> Element {
    let lang = use_lang();
    let shared = use_shared();
    let nav = use_navigator();
    let editing = existing.clone();
    let mut draft = use_signal(|| {
        existing
            .as_ref()
            .map(Draft::from_checkin)
            .unwrap_or_default()
    });
    let write = use_command();
    let add_part_write = use_command();
    let add_person_write = use_command();
    let mut fear_error = use_signal(|| None::<String>);
    let mut fear_text = use_signal(String::new);

    let lists = use_load(|s| Ok((s.list::<Parts>()?, s.list::<People>()?, s.open_ruptures(5)?)));

    let add_part = move |text: String| async move {
        if let Some(part) = add_part_write.add_name::<Parts>(&text).await {
            draft.write().part = Some(part.id);
        }
    };
    let add_person = move |text: String| async move {
        if let Some(person) = add_person_write.add_name::<People>(&text).await {
            draft.write().person = Some(person.id);
        }
    };
    let mut add_fear = move || {
        let text = fear_text.peek().clone();
        match Name::parse(&text) {
            Ok(name) => {
                let fears = &mut draft.write().fears;
                if !fears.iter().any(|f| f.eq_ignore_ascii_case(name.as_str())) {
                    fears.push(name.into_string());
                }
                fear_text.set(String::new());
                fear_error.set(None);
            }
            Err(e) => fear_error.set(Some(e.said(lang))),
        }
    };

    let save = move |_| {
        let editing = editing.clone();
        async move {
            let now = platform::now();
            let d = draft.peek().clone();
            let (id, at) = match &editing {
                Some(c) if !d.when_touched => (c.id, c.at),
                Some(c) => match from_input(&d.when, &c.at) {
                    Some(at) => (c.id, at),
                    None => return write.refuse(t!(lang, "checkin-bad-when")),
                },
                None => (CheckInId::random(), now),
            };
            let checkin = match d.build(id, at) {
                Ok(c) => c,
                Err(e) => return write.refuse(e.told(lang)),
            };
            let save = move |s: &mut Store| s.save_checkin(&checkin, &now);
            if editing.is_some() {
                if write
                    .say(save, t!(lang, "checkin-updated"), None)
                    .await
                    .is_some()
                {
                    nav.replace(Route::detail(id));
                }
            } else if write.run(save).await.is_some() {
                nav.replace(Route::CheckInSaved { id });
            }
        }
    };

    let d = draft.read().clone();
    let now = shared.now_by_minute();
    let (parts, people, ruptures) = match &*lists.read() {
        Some(Ok((parts, people, ruptures))) => (parts.clone(), people.clone(), ruptures.clone()),
        Some(Err(message)) => {
            return rsx! { h1 { {t!(lang, "checkin-title")} } ErrorNote { message: message.clone() } };
        }
        None => return rsx! { h1 { {t!(lang, "checkin-title")} } Loading {} },
    };
    let part_choices: Vec<NameChoice<PartId>> = parts.iter().map(NameChoice::from).collect();
    let person_choices: Vec<NameChoice<PersonId>> = people.iter().map(NameChoice::from).collect();
    let own_fears: Vec<String> = d
        .fears
        .iter()
        .filter(|f| !FEAR_CHOICES.iter().any(|c| c.eq_ignore_ascii_case(f)))
        .cloned()
        .collect();
    let linked_elsewhere = d.rupture.filter(|id| !ruptures.iter().any(|r| r.id == *id));
    let fear_add = t!(lang, "checkin-fear-add");
    let is_edit = existing.is_some();

    rsx! {
        h1 {
            if is_edit {
                {t!(lang, "checkin-edit-title")}
            } else {
                {t!(lang, "checkin-title")}
            }
        }
        if !is_edit {
            p { class: "lead", {t!(lang, "checkin-intro")} }
        }
        Form {
            class: "form checkin-form",
            onsubmit: save,
            NamePicker {
                legend: t!(lang, "checkin-part-legend"),
                names: part_choices,
                selected: d.part,
                onselect: move |id: Option<PartId>| {
                    draft.write().part = id;
                    write.clear();
                },
                add_label: t!(lang, "checkin-part-add"),
                onadd: add_part,
                error: add_part_write.error(),
            }
            if !is_edit {
                p { class: "manage",
                    Link { to: Route::PartsScreen {}, class: "button quiet small", {t!(lang, "checkin-manage-parts")} }
                }
            }
            LevelPicker {
                legend: t!(lang, "checkin-intensity-legend"),
                low: t!(lang, "checkin-intensity-low"),
                high: t!(lang, "checkin-intensity-high"),
                value: d.intensity,
                onchange: move |v| draft.write().intensity = v,
            }
            AgeBandChips {
                legend: t!(lang, "checkin-age-legend"),
                value: known(&d.age),
                onchange: move |band: Option<AgeBand>| draft.write().age = band.map(Kept::Known),
            }
            if let Some(Kept::Unknown(code)) = &d.age {
                KeptAsItWas { what: t!(lang, "checkin-age-kept"), code: code.clone() }
            }
            ChipGroup { legend: t!(lang, "checkin-fears-legend"),
                for fear in FEAR_CHOICES.iter().map(|f| f.to_string()).chain(own_fears) {
                    Chip {
                        key: "{fear}",
                        label: fear_label(lang, &fear),
                        selected: d.fears.iter().any(|f| f.eq_ignore_ascii_case(&fear)),
                        onclick: move |_| toggle_chip(&mut draft.write().fears, &fear),
                    }
                }
            }
            div { class: "quick-add",
                label { r#for: "add-fear", class: "visually-hidden", {fear_add.clone()} }
                input {
                    id: "add-fear",
                    r#type: "text",
                    dir: "auto",
                    placeholder: fear_add.clone(),
                    maxlength: "200",
                    value: "{fear_text}",
                    oninput: move |e| fear_text.set(e.value()),
                    "onkeydown": ENTER_STAYS,
                    onkeydown: move |e| {
                        if e.key() == Key::Enter {
                            e.prevent_default();
                            add_fear();
                        }
                    },
                }
                button {
                    r#type: "button",
                    class: "button secondary",
                    aria_label: fear_add,
                    onclick: move |_| add_fear(),
                    {t!(lang, "add")}
                }
            }
            if let Some(message) = fear_error() {
                ErrorNote { message }
            }
            ChipGroup { legend: t!(lang, "checkin-body-legend"),
                for place in BODY_CHOICES {
                    Chip {
                        key: "{place}",
                        label: body_label(lang, place),
                        selected: d.body.iter().any(|b| b == place),
                        onclick: move |_| toggle_chip(&mut draft.write().body, place),
                    }
                }
            }
            LevelPicker {
                legend: t!(lang, "checkin-self-legend"),
                low: t!(lang, "checkin-self-low"),
                high: t!(lang, "checkin-self-high"),
                value: d.self_level,
                onchange: move |v| draft.write().self_level = v,
            }
            p { class: "hint", {t!(lang, "checkin-self-hint")} }
            ChipGroup { legend: t!(lang, "checkin-qualities-legend"),
                for q in SelfQuality::ALL {
                    Chip {
                        key: "{q.english()}",
                        label: q.label(lang),
                        selected: d.qualities.contains(&Kept::Known(q)),
                        onclick: move |_| {
                            let mut w = draft.write();
                            if let Some(i) = w.qualities.iter().position(|x| *x == Kept::Known(q)) {
                                w.qualities.remove(i);
                            } else {
                                w.qualities.push(Kept::Known(q));
                            }
                        },
                    }
                }
            }
            NamePicker {
                legend: t!(lang, "checkin-person-legend"),
                names: person_choices,
                selected: d.person,
                onselect: move |id: Option<PersonId>| draft.write().person = id,
                add_label: t!(lang, "checkin-person-add"),
                onadd: add_person,
                error: add_person_write.error(),
            }
            ChipGroup { legend: t!(lang, "checkin-place-legend"),
                for place in Place::ALL {
                    Chip {
                        key: "{place.code()}",
                        label: place.label(lang),
                        selected: known(&d.place) == Some(place),
                        onclick: move |_| {
                            let mut w = draft.write();
                            w.place = if known(&w.place) == Some(place) { None } else { Some(Kept::Known(place)) };
                        },
                    }
                }
            }
            if let Some(Kept::Unknown(code)) = &d.place {
                KeptAsItWas { what: t!(lang, "checkin-place-kept"), code: code.clone() }
            }
            if !ruptures.is_empty() || linked_elsewhere.is_some() {
                ChipGroup { legend: t!(lang, "checkin-rupture-legend"),
                    for r in ruptures {
                        Chip {
                            key: "{r.id}",
                            label: format!("{} · {}", excerpt(r.what.as_str(), 40), describe_in(lang, &r.at, &now)),
                            selected: d.rupture == Some(r.id),
                            onclick: move |_| {
                                let mut w = draft.write();
                                w.rupture = if w.rupture == Some(r.id) { None } else { Some(r.id) };
                            },
                        }
                    }
                    if linked_elsewhere.is_some() {
                        Chip {
                            label: t!(lang, "checkin-rupture-earlier"),
                            selected: true,
                            onclick: move |_| draft.write().rupture = None,
                        }
                    }
                }
            }
            if is_edit {
                div { class: "field",
                    label { r#for: "checkin-when", class: "field-label", {t!(lang, "checkin-when")} }
                    input {
                        id: "checkin-when",
                        r#type: "datetime-local",
                        value: "{d.when}",
                        oninput: move |e| {
                            let mut w = draft.write();
                            w.when = e.value();
                            w.when_touched = true;
                        },
                    }
                }
            }
            LabelledText {
                id: "checkin-note",
                label: t!(lang, "checkin-note"),
                value: d.note.clone(),
                oninput: move |v| draft.write().note = v,
                notice: d.kept_note().kept_notice(lang, NOTE_WHAT),
            }
            if sounds_unsafe(lang, &d.note) {
                div { class: "helper-safety", role: "note",
                    SafetyNote {}
                }
            }
            SaveBar {
                label: t!(lang, "checkin-save"),
                busy_label: t!(lang, "checkin-saving"),
                busy: write.busy(),
                error: write.error(),
            }
        }
    }
}

/// After a check-in: a gentle suggestion of what next.
#[component]
pub fn CheckInSaved(id: ReadSignal<CheckInId>) -> Element {
    let lang = use_lang();
    let found = use_load_with(
        move || id.cloned(),
        |s, id| {
            let c = s.checkin(id)?;
            let part = s.named::<Parts>(c.part_id)?;
            Ok((c, part.name))
        },
    );
    let loaded = found.read().clone();
    let (checkin, part) = match loaded {
        None => return rsx! { Loading {} },
        Some(Err(message)) => {
            return rsx! { h1 { {t!(lang, "checkin-saved-title")} } ErrorNote { message } };
        }
        Some(Ok(found)) => found,
    };
    let repair_route = match checkin.rupture_id {
        Some(id) => Route::RepairFlow { id },
        None => Route::RepairStart {},
    };
    let window = format!("{} · Mend", t!(lang, "checkin-saved-window"));
    let take_pause = t!(lang, "checkin-take-pause");
    let start_repair = t!(lang, "checkin-start-repair");
    rsx! {
        document::Title { "{window}" }
        section { class: "card saved", aria_labelledby: "saved-heading",
            h1 { id: "saved-heading", {t!(lang, "checkin-saved-title")} }
            p { class: "saved-what", dir: "auto", {t!(lang, "checkin-saved-what", part = part.to_string())} }
            match checkin.suggestion() {
                Suggestion::Pause => rsx! {
                    p { {t!(lang, "checkin-saved-low-self")} }
                    div { class: "stack",
                        Link { to: Route::PauseScreen {}, class: "button primary wide", "{take_pause}" }
                        Link { to: repair_route, class: "button secondary wide", "{start_repair}" }
                    }
                },
                Suggestion::Repair => rsx! {
                    p { {t!(lang, "checkin-saved-enough-self")} }
                    div { class: "stack",
                        Link { to: repair_route, class: "button primary wide", "{start_repair}" }
                        Link { to: Route::PauseScreen {}, class: "button secondary wide", "{take_pause}" }
                    }
                },
            }
            p { class: "stack",
                Link { to: Route::Now {}, class: "button quiet wide", {t!(lang, "checkin-back-to-now")} }
                Link { to: Route::detail(checkin.id), class: "button quiet wide", {t!(lang, "checkin-see-edit")} }
            }
        }
    }
}
