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
