//! What Mend does in the background while it is open: the daily backup and keeping up with
//! being in front or away (the reminder is one of the alerts, `device::AlertSync`). And the
//! desktop smoke test's check.

use dioxus::prelude::*;

use super::command::use_command;
use super::context::{use_reader, use_shared};
use super::db::run_apart;
use super::device::{FollowPresence, LinkWatch, PrivateInSwitcher};
use super::errors::{Failed, Told};
use crate::domain::Moment;
use crate::domain::lock::should_lock;
use crate::platform;
use crate::t;

/// How often Mend looks whether today's backup is due.
const BACKUP_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// How long after opening the first backup check waits.
const FIRST_BACKUP_AFTER: std::time::Duration = std::time::Duration::from_secs(10);

/// The daily backup: ten seconds after start, then checked every hour while Mend is open. A
/// failure is said once, not every hour.
pub fn use_daily_backup() {
    let reader = use_reader();
    let shared = use_shared();
    use_future(move || {
        async move {
            // The first screen and its data come first. The copy itself is made on a
            // connection of its own, so saves go on while it is made (at ten years that
            // takes seconds: two on this machine for an encrypted file, more on a phone).
            tokio::time::sleep(FIRST_BACKUP_AFTER).await;
            let mut warned = false;
            loop {
                let now = platform::now();
                let made = match reader.read(|s| s.backup_source()).await {
                    Ok(source) => run_apart(move || {
                        let made = source.backup_if_due(&now);
                        platform::give_back_freed_memory();
                        made
                    })
                    .await
                    .map_err(Failed::from),
                    Err(failed) => Err(failed),
                };
                match made {
                    Ok(_) => warned = false,
                    Err(failed) if !warned => {
                        warned = true;
                        let lang = *shared.lang.peek();
                        let why = failed.told_in(lang);
                        shared.say(t!(lang, "data-backup-failed", why = why), None);
                    }
                    Err(_) => {}
                }
                tokio::time::sleep(BACKUP_CHECK_EVERY).await;
            }
        }
    });
}

/// Going away (another tab, another window, the phone's home screen): what was written is
/// moved into the main file, as a phone may end Mend without warning. Coming back: after
/// the chosen time the lock is asked for, and the clock and the alerts catch up.
#[component]
pub fn Presence() -> Element {
    let checkpoint = use_command();
    let shared = use_shared();
    let went_away = move |_| {
        spawn(async move {
            // Nothing on screen changes; a failure is logged by the hook.
            checkpoint.quietly(|s| s.checkpoint()).await;
        });
    };
    let (mut now, settings, mut locked, mut returned) =
        (shared.now, shared.settings, shared.locked, shared.returned);
    let came_back = move |left: Moment| {
        let at = platform::now();
        now.set(at);
        if let Some(lock) = &settings.peek().app_lock
            && should_lock(left, at, lock.after)
        {
            locked.set(true);
        }
        *returned.write() += 1;
    };
    rsx! {
        FollowPresence { onaway: went_away, onback: came_back }
        // A link Mend was opened with comes with its coming to the front.
        LinkWatch {}
        PrivateInSwitcher {}
    }
}

/// Marks a desktop run that should report what it shows, then exit.
#[derive(Clone, Copy)]
pub struct SmokeTest;

/// For the desktop smoke test: waits for the home screen and logs which of its labels the
/// window shows, then taps "Check in" and waits for the check-in screen (so events work end
/// to end), and exits with 0; with 1 if either never comes.
#[component]
pub fn SmokeCheck() -> Element {
    /// Waits for `needle` on the screen, then says which of `labels` (words of ours) are
    /// there too. The report names only our words: the screen may hold the user's.
    async fn wait_for(needle: &str, labels: &[&str]) -> Option<String> {
        for _ in 0..60 {
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let shown = document::eval("return document.body.innerText").await;
            if let Ok(text) = shown
                && let Some(text) = text.as_str()
                && text.contains(needle)
            {
                let found: Vec<&str> = labels
                    .iter()
                    .copied()
                    .filter(|label| text.contains(label))
                    .collect();
                return Some(found.join(" | "));
            }
        }
        None
    }
    use_future(|| async {
        const HOME: [&str; 5] = ["Now", "Check in", "Take a pause", "Repair", "History"];
        let Some(home) = wait_for("Take a pause", &HOME).await else {
            tracing::error!(target: "mend::smoke", "the home screen never appeared");
            std::process::exit(1);
        };
        tracing::info!(target: "mend::smoke", "window shows: {home}");
        let tapped =
            document::eval("document.querySelector('a.action-checkin').click(); return true").await;
        const CHECK_IN: [&str; 1] = ["Which part of you is here?"];
        let Some(next) = wait_for("Which part of you is here?", &CHECK_IN).await else {
            tracing::error!(target: "mend::smoke", ?tapped, "tapping Check in led nowhere");
            std::process::exit(1);
        };
        tracing::info!(target: "mend::smoke", "after tapping Check in: {next}");
        std::process::exit(0);
    });
    rsx! {}
}
