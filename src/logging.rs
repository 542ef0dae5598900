//! The log: one line per event on standard error, chosen by `RUST_LOG`. It never holds what
//! the user wrote. Mend's own messages name no notes, names, answers, phrases, passphrases or
//! PINs at any level; other crates are held at `info` whatever `RUST_LOG` asks, because at
//! `debug` and `trace` they describe what they handle (the renderer, for one, prints each
//! text it puts on the screen).

use std::io::IsTerminal;

use tracing::{Level, Metadata};
use tracing_subscriber::filter::{EnvFilter, FilterExt, filter_fn};
use tracing_subscriber::fmt;
use tracing_subscriber::prelude::*;

/// Whether an event or span comes from Mend's own code.
fn is_mends(meta: &Metadata<'_>) -> bool {
    let target = meta.target();
    target == "mend" || target.starts_with("mend::")
}

/// Whether a log line may be written at all: Mend's at any level `RUST_LOG` allows, other
/// crates' up to `info`.
pub fn may_write(meta: &Metadata<'_>) -> bool {
    is_mends(meta) || *meta.level() <= Level::INFO
}

/// Starts the log at `default` (such as `"info"`) unless `RUST_LOG` says otherwise.
pub fn init(default: &str) {
    let chosen = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    tracing_subscriber::registry()
        .with(
            fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(std::io::stderr().is_terminal())
                .with_filter(chosen.and(filter_fn(may_write))),
        )
        .init();
}
