//! The UI: the only module that names dioxus. `app` holds the root and the routes, `boot`
//! how the data opens, `context` the state every screen shares, `background` what runs while
//! Mend is open,
//! `screens` one file per route, `components` the reusable pieces, `device` Mend's life on
//! the device (in front or away, the back button, alerts a phone holds), `files` files
//! chosen on the page and brought over in pieces, `launch` the
//! desktop window and the phone app, `preview` the browser preview's server.

pub mod app;
pub mod background;
pub mod boot;
pub mod command;
pub mod components;
pub mod context;
pub mod db;
pub mod device;
pub mod errors;
pub mod files;
pub mod launch;
#[cfg(feature = "preview")]
pub mod preview;
pub mod probe;
pub mod route;
pub mod screens;

pub use app::App;
pub use boot::Boot;
pub use db::Db;
pub use route::Route;

/// The desktop and phone builds render in a webview through the same crate.
#[cfg(feature = "desktop")]
pub(crate) use dioxus::desktop as webview;
#[cfg(all(feature = "mobile", not(feature = "desktop")))]
pub(crate) use dioxus::mobile as webview;

/// The stylesheet, inlined into the page by each launcher (no network, no asset server).
pub const STYLESHEET: &str = include_str!("../../assets/mend.css");

#[cfg(test)]
mod tests {
    /// The stylesheet names sides logically (`margin-inline-start`, `inset-inline`), so a
    /// right-to-left language mirrors the page; the device's safe areas alone are physical.
    #[test]
    fn the_stylesheet_names_no_physical_side() {
        let sides = ["left", "right"];
        for line in super::STYLESHEET.lines().map(str::trim) {
            let Some((property, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().trim_end_matches(';');
            let physical = sides.iter().any(|side| {
                property == *side
                    || property.ends_with(&format!("-{side}"))
                    || (["text-align", "float", "clear"].contains(&property) && value == *side)
            });
            assert!(!physical, "{line}");
            // A four-sided shorthand whose sides differ names them physically too; only the
            // device's safe areas may.
            if ["padding", "margin"].contains(&property) {
                let values: Vec<&str> = value.split_whitespace().collect();
                let sides_differ = values.len() == 4 && values[1] != values[3];
                assert!(!sides_differ || line.contains("safe-area"), "{line}");
            }
        }
    }
}
