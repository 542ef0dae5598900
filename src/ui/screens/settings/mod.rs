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
use crate::ui::errors::SETTINGS_UNREADABLE;
use crate::ui::screens::help::RegionPicker;

use backups::BackupsSection;
use delete::DeleteSection;
use encryption::EncryptionSection;
use lock::AppLockSection;
use talk::TalkSection;
use transfer::{ExportSection, ImportSection};

const TITLE: &str = "Settings";
const THEME: &str = "Appearance";
const TEXT_SIZE: &str = "Text size";
const MOTION: &str = "Reduce motion";
const MOTION_SYSTEM: &str = "Same as my device";
const MOTION_ON: &str = "Always";
const MOTION_NOTE: &str =
    "With less motion, the pause's ring and breathing guide hold still and show the count instead.";
const PARTS: &str = "My parts";
const PARTS_LINK: &str = "See and change my parts";
const REMINDERS: &str = "Reminders";
const REMINDER_OFF: &str = "The daily reflection reminder is off.";
const REMINDER_LINK: &str = "Set the reminder on Reflect";
const DATA: &str = "Your data";
const DATA_NOTE: &str = "Everything you write stays in one file on this device. Mend has no account, sends nothing anywhere and collects no analytics.";
const DATA_WHERE: &str = "The file is here:";
const ABOUT: &str = "About Mend";

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
    let readable = use_load(|s| s.settings_readable());
    let unreadable = matches!(*readable.read(), Some(Ok(false)));
    let choose = use_callback(move |choice: Choice| {
        spawn(async move {
            write.settings(move |s| choice.apply(s), None).await;
        });
    });
    rsx! {
        document::Title { "Settings · Mend" }
        h1 { "{TITLE}" }
        if unreadable {
            p { class: "error", role: "status", "{SETTINGS_UNREADABLE}" }
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
        ChipGroup { legend: THEME,
            for theme in Theme::ALL {
                Chip {
                    key: "{theme.label()}",
                    label: theme.label(),
                    selected: current == theme,
                    onclick: move |_| choose.call(Choice::Theme(theme)),
                }
            }
        }
        ChipGroup { legend: TEXT_SIZE,
            for size in TextSize::ALL {
                Chip {
                    key: "{size.label()}",
                    label: size.label(),
                    selected: text_size == size,
                    onclick: move |_| choose.call(Choice::TextSize(size)),
                }
            }
        }
        ChipGroup { legend: MOTION, hint: MOTION_NOTE.to_owned(),
            for (reduce, label) in [(false, MOTION_SYSTEM), (true, MOTION_ON)] {
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
            h2 { id: "parts-heading", "{PARTS}" }
            Link { to: Route::PartsScreen {}, class: "button secondary", "{PARTS_LINK}" }
        }
        TalkSection {}
        section { aria_labelledby: "reminder-heading",
            h2 { id: "reminder-heading", "{REMINDERS}" }
            p {
                match settings.read().reflect_reminder {
                    Some(at) => format!("The daily reflection reminder comes at {}.", at.format("%H:%M")),
                    None => REMINDER_OFF.to_owned(),
                }
            }
            Link { to: Route::ReflectScreen {}, class: "button secondary", "{REMINDER_LINK}" }
        }
        section { aria_labelledby: "data-heading",
            h2 { id: "data-heading", "{DATA}" }
            p { "{DATA_NOTE}" }
            p { "{DATA_WHERE}" }
            p { code { class: "path", "{path}" } }
        }
        AppLockSection {}
        EncryptionSection {}
        ExportSection {}
        ImportSection {}
        BackupsSection {}
        DeleteSection {}
        section { aria_labelledby: "help-heading",
            h2 { id: "help-heading", "Help now" }
            p { class: "hint", "Numbers to call when someone is not safe, for your region, and your own people and lines." }
            RegionPicker {}
            Link { to: Route::HelpNow {}, class: "button secondary", "Open Help now" }
        }
        section { aria_labelledby: "about-heading",
            h2 { id: "about-heading", "{ABOUT}" }
            SafetyNote {}
        }
    }
}
