//! Mend: a private companion for mending relationships after a rupture.
//!
//! Dependencies point one way: `ui → store → domain` and `ui → platform`. See
//! `ARCHITECTURE.md`.

pub mod cli;
pub mod domain;
pub mod logging;
pub mod platform;
pub mod store;
pub mod ui;
