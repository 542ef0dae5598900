//! Settings and privacy: the theme, your parts, where the data lives, export and import,
//! backups, deleting everything, and what Mend is and is not.

mod backups;
mod delete;
mod encryption;
mod lock;
mod talk;
mod transfer;

use dioxus::prelude::*;

use crate::domain::i18n::Lang;
use crate::store::{Settings, TextSize, Theme};
use crate::t;
use crate::ui::Route;
use crate::ui::command::use_command;
use crate::ui::components::{Chip, ChipGroup, ErrorNote, SafetyNote};
use crate::ui::context::{use_data_file, use_lang, use_load, use_shared};
use crate::ui::errors::settings_unreadable;
use crate::ui::screens::help::RegionPicker;

use backups::BackupsSection;
use delete::DeleteSection;
use encryption::EncryptionSection;
use lock::AppLockSection;
use talk::TalkSection;
use transfer::{ExportSection, ImportSection};

/// One of the choices of how Mend looks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Choice {
    /// A language by its tag, or `None` for the device's.
    Language(Option<&'static str>),
    Theme(Theme),
    TextSize(TextSize),
    ReduceMotion(bool),
}

impl Choice {
    fn apply(self, s: &mut Settings) {
        match self {
            Choice::Language(tag) => s.language = tag.map(str::to_owned),
            Choice::Theme(theme) => s.theme = theme,
            Choice::TextSize(size) => s.text_size = size,
            Choice::ReduceMotion(reduce) => s.reduce_motion = reduce,
        }
    }
}

/// The settings screen.
#[component]
pub fn SettingsScreen() -> Element {
    let settings = use_shared().settings;
    let write = use_command();
    let path = use_data_file().display().to_string();
    let (current, text_size, reduce_motion, chosen_language) = {
        let s = settings.read();
        (s.theme, s.text_size, s.reduce_motion, s.language.clone())
    };
    let lang = use_lang();
    let window = format!("{} · Mend", t!(lang, "settings-title"));
    let readable = use_load(|s| s.settings_readable());
    let unreadable = matches!(*readable.read(), Some(Ok(false)));
    let choose = use_callback(move |choice: Choice| {
        spawn(async move {
            write.settings(move |s| choice.apply(s), None).await;
        });
    });
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "settings-title")} }
        if unreadable {
            p { class: "error", role: "status", {settings_unreadable(lang)} }
        }
        ChipGroup { legend: t!(lang, "settings-language"), hint: t!(lang, "settings-language-hint"),
            Chip {
                label: t!(lang, "settings-language-device"),
                selected: chosen_language.is_none(),
                onclick: move |_| choose.call(Choice::Language(None)),
            }
            for language in Lang::shipped() {
                Chip {
                    key: "{language.tag()}",
                    // Each language by its own name, so it is found whatever is showing now.
                    label: t!(language, "language-name"),
                    lang: language.tag(),
                    selected: chosen_language.as_deref() == Some(language.tag()),
                    onclick: move |_| choose.call(Choice::Language(Some(language.tag()))),
                }
            }
        }
        ChipGroup { legend: t!(lang, "settings-theme"),
            for theme in Theme::ALL {
                Chip {
                    key: "{theme.label()}",
                    label: t!(lang, "settings-theme-choice", theme = theme_code(theme)),
                    selected: current == theme,
                    onclick: move |_| choose.call(Choice::Theme(theme)),
                }
            }
        }
        ChipGroup { legend: t!(lang, "settings-text-size"),
            for size in TextSize::ALL {
                Chip {
                    key: "{size.label()}",
                    label: t!(lang, "settings-text-size-choice", size = size.class().trim_start_matches("text-")),
                    selected: text_size == size,
                    onclick: move |_| choose.call(Choice::TextSize(size)),
                }
            }
        }
        ChipGroup { legend: t!(lang, "settings-motion"), hint: t!(lang, "settings-motion-note"),
            for (reduce, label) in [(false, t!(lang, "settings-motion-system")), (true, t!(lang, "settings-motion-on"))] {
                Chip {
                    key: "{label}",
                    label,
                    selected: reduce_motion == reduce,
                    onclick: move |_| choose.call(Choice::ReduceMotion(reduce)),
                }
            }
        }
        if let Some(message) = write.error() {
            ErrorNote { message }
        }
        section { aria_labelledby: "parts-heading",
            h2 { id: "parts-heading", {t!(lang, "settings-parts")} }
            Link { to: Route::PartsScreen {}, class: "button secondary", {t!(lang, "settings-parts-link")} }
        }
        TalkSection {}
        section { aria_labelledby: "reminder-heading",
            h2 { id: "reminder-heading", {t!(lang, "settings-reminders")} }
            p {
                match settings.read().reflect_reminder {
                    Some(at) => t!(lang, "settings-reminder-at", time = lang.clock(at)),
                    None => t!(lang, "settings-reminder-off"),
                }
            }
            Link { to: Route::ReflectScreen {}, class: "button secondary", {t!(lang, "settings-reminder-link")} }
        }
        section { aria_labelledby: "data-heading",
            h2 { id: "data-heading", {t!(lang, "settings-data")} }
            p { {t!(lang, "settings-data-note")} }
            p { {t!(lang, "settings-data-where")} }
            p { code { class: "path", "{path}" } }
        }
        AppLockSection {}
        EncryptionSection {}
        ExportSection {}
        ImportSection {}
        BackupsSection {}
        DeleteSection {}
        section { aria_labelledby: "help-heading",
            h2 { id: "help-heading", {t!(lang, "settings-help")} }
            p { class: "hint", {t!(lang, "settings-help-hint")} }
            RegionPicker {}
            Link { to: Route::HelpNow {}, class: "button secondary", {t!(lang, "settings-help-open")} }
        }
        section { aria_labelledby: "about-heading",
            h2 { id: "about-heading", {t!(lang, "settings-about")} }
            SafetyNote {}
        }
    }
}

/// A theme's code in the messages' choices.
fn theme_code(theme: Theme) -> &'static str {
    match theme {
        Theme::System => "system",
        Theme::Light => "light",
        Theme::Dark => "dark",
    }
}
