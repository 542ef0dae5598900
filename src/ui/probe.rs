//! How long start-up takes, from an event the page sends: when a first screen (Now, or the
//! lock screen) has rendered, it asks the page to wait for two animation frames (the page has
//! painted by then) and to answer with its own clock. The time since the process began and
//! the page's own time since its navigation started are both logged, once per screen for
//! each window or tab:
//!
//! `INFO mend::startup: first paint screen="Now" since_launch_ms=412 in_page_ms=180`
//!
//! With `--probe=startup` the app exits once Now has painted and opening has finished (the
//! file's check runs after the first paint); with `--probe=memory` it
//! then sits idle on Now, pages through 20 pages of History and sits idle again, saying in
//! the log when each begins, so that `scripts/startup.sh` and `scripts/memory.sh` can measure
//! around it. For encrypted data, either fills in `MEND_PASSPHRASE` on the lock screen, as
//! the command line's commands read it.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use dioxus::prelude::*;

static LAUNCHED: OnceLock<Instant> = OnceLock::new();

/// Marks when the process began: the first thing `main` does.
pub fn mark_launch() {
    LAUNCHED.get_or_init(Instant::now);
}

/// How long ago the process began (or [`mark_launch`] was first called).
pub fn since_launch() -> Duration {
    LAUNCHED.get_or_init(Instant::now).elapsed()
}

/// The screens that report their first paint.
pub const NOW: &str = "Now";
pub const LOCK_SCREEN: &str = "the lock screen";

/// Logs that opening has finished (the file's check, run after the first paint), the first
/// time, and ends a `--probe=startup` run.
pub fn opening_finished(probe: Option<Probe>) {
    // Once per process: each later preview tab finds it done already.
    static LOGGED: std::sync::Once = std::sync::Once::new();
    LOGGED.call_once(|| {
        let since_launch_ms = since_launch().as_millis();
        tracing::info!(target: "mend::startup", since_launch_ms, "opening finished");
    });
    if probe == Some(Probe::Startup) {
        std::process::exit(0);
    }
}

/// A measuring run, chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// Exit after Now's first paint.
    Startup,
    /// Idle on Now, page through History, idle again, then exit.
    Memory,
}

impl Probe {
    pub fn parse(word: &str) -> Option<Probe> {
        match word {
            "startup" => Some(Probe::Startup),
            "memory" => Some(Probe::Memory),
            _ => None,
        }
    }
}

/// The screens whose first paint this window or tab has reported (one per window or tab):
/// the lock screen's and then Now's, for encrypted data.
#[derive(Clone, Default)]
pub struct Painted {
    screens: Rc<RefCell<Vec<&'static str>>>,
    now: Rc<tokio::sync::Notify>,
}

impl Painted {
    /// Returns once Now has painted in this window or tab, or after `at_most` (when a PIN
    /// screen comes first, say).
    pub async fn now_painted(&self, at_most: Duration) {
        let _ = tokio::time::timeout(at_most, self.now.notified()).await;
    }
}

/// How long each idle stretch of the memory run lasts, for the script to sample in.
const IDLE: Duration = Duration::from_secs(12);

/// Reports the first paint of `screen`, if it is this window's first, and carries on a
/// measuring run.
pub fn use_first_paint(screen: &'static str) {
    use_hook(move || {
        let painted = try_consume_context::<Painted>()?;
        if painted.screens.borrow().contains(&screen) {
            return None;
        }
        painted.screens.borrow_mut().push(screen);
        let probe = try_consume_context::<Probe>();
        // On the root's scope: a measuring run goes on after this screen has gone.
        dioxus::core::spawn_forever(async move {
            let page = document::eval(
                "return await new Promise(done =>
                    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))",
            )
            .await;
            let in_page_ms = page.ok().and_then(|v| v.as_f64()).unwrap_or(-1.0).round();
            let since_launch_ms = since_launch().as_millis();
            tracing::info!(target: "mend::startup", screen, since_launch_ms, in_page_ms, "first paint");
            if screen == NOW {
                painted.now.notify_one();
            }
            match (probe, screen) {
                (Some(_), LOCK_SCREEN) => fill_in_passphrase().await,
                // It exits once opening has finished after this paint (see `app::Ready`).
                (Some(Probe::Startup), _) => {}
                (Some(Probe::Memory), _) => memory_run().await,
                (None, _) => {}
            }
        });
        Some(())
    });
}

/// Types `MEND_PASSPHRASE` into the lock screen and opens the data.
async fn fill_in_passphrase() {
    let Ok(passphrase) = std::env::var("MEND_PASSPHRASE") else {
        tracing::error!(target: "mend::startup", "the data is encrypted and MEND_PASSPHRASE is not set");
        std::process::exit(1);
    };
    let eval = document::eval(
        "const passphrase = await dioxus.recv();
         const field = document.getElementById('passphrase');
         field.value = passphrase;
         field.dispatchEvent(new Event('input', { bubbles: true }));
         await new Promise(r => setTimeout(r, 100));
         document.querySelector('button[type=submit]').click();
         return true",
    );
    let _ = eval.send(passphrase);
    let _ = eval.await;
    let since_launch_ms = since_launch().as_millis();
    tracing::info!(target: "mend::startup", since_launch_ms, "probe: passphrase entered");
}

/// Idle on Now, then 20 pages of History, then idle there, each announced in the log.
async fn memory_run() {
    tracing::info!(target: "mend::startup", "probe: idle on Now");
    tokio::time::sleep(IDLE).await;
    let _ =
        document::eval("document.querySelector('a[href=\"/history\"]').click(); return true").await;
    let mut pages = 1;
    for _ in 0..200 {
        tokio::time::sleep(Duration::from_millis(150)).await;
        let more = document::eval(
            "const more = [...document.querySelectorAll('button')]
                 .find(b => b.textContent.trim() === 'Show more');
             if (more && !more.disabled) { more.click(); return true; }
             return false",
        )
        .await;
        if more.ok().and_then(|v| v.as_bool()) == Some(true) {
            pages += 1;
            if pages == 20 {
                break;
            }
        }
    }
    tracing::info!(target: "mend::startup", pages, "probe: idle on History");
    tokio::time::sleep(IDLE).await;
    tracing::info!(target: "mend::startup", "probe: done");
    std::process::exit(0);
}
