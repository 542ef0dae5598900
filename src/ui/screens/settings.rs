//! Settings and privacy: where the data lives, the theme, what Mend is and is not.

use dioxus::prelude::*;

use crate::store::Theme;
use crate::ui::Route;
use crate::ui::app::{use_db, use_shared};
use crate::ui::components::{Chip, ChipGroup, SafetyNote};

const TITLE: &str = "Settings";
const THEME: &str = "Appearance";
const DATA: &str = "Your data";
const DATA_NOTE: &str = "Everything you write stays in one file on this device. Mend has no account, sends nothing anywhere and collects no analytics.";
const DATA_WHERE: &str = "The file is here:";
const PARTS: &str = "My parts";
const ABOUT: &str = "About Mend";

/// The settings screen.
#[component]
pub fn SettingsScreen() -> Element {
    let db = use_db();
    let shared = use_shared();
    let mut settings = shared.settings;
    let path = db.path().display().to_string();
    let current = settings.read().theme;
    let set_theme = use_callback(move |theme: Theme| {
        let db = db.clone();
        let mut next = settings.peek().clone();
        next.theme = theme;
        settings.set(next.clone());
        spawn(async move {
            if let Err(message) = db.run(move |s| s.save_settings(&next)).await {
                shared.say(message, None);
            }
        });
    });
    rsx! {
        document::Title { "Settings · Mend" }
        h1 { "{TITLE}" }
        ChipGroup { legend: THEME,
            for theme in Theme::ALL {
                Chip {
                    key: "{theme.label()}",
                    label: theme.label(),
                    selected: current == theme,
                    onclick: move |_| set_theme.call(theme),
                }
            }
        }
        section { aria_labelledby: "parts-heading",
            h2 { id: "parts-heading", "{PARTS}" }
            Link { to: Route::PartsScreen {}, class: "button secondary", "Rename or remove parts" }
        }
        section { aria_labelledby: "data-heading",
            h2 { id: "data-heading", "{DATA}" }
            p { "{DATA_NOTE}" }
            p { "{DATA_WHERE}" }
            p { code { class: "path", "{path}" } }
        }
        section { aria_labelledby: "about-heading",
            h2 { id: "about-heading", "{ABOUT}" }
            SafetyNote {}
        }
    }
}
