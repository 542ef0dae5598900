//! The root of the app: the boot chosen (the app, a lock, or a start-up problem), the shared
//! state and the clock once the data is open, the routes, and the shell around each screen.

use dioxus::prelude::*;
use uuid::Uuid;

use super::Db;
use super::background::{
    Presence, SmokeCheck, SmokeTest, use_daily_backup, use_reflection_reminder,
};
use super::boot::Boot;
use super::components::{PauseWatch, ToastHost};
use super::context::{Shared, theme_class, use_shared};
use super::device::{AlertSync, BackButton};
use super::screens::*;
use crate::domain::{CheckInId, EntryKind, PartId, RepairId, RuptureId};
use crate::platform;
use crate::store::Settings;

/// Every screen of the app.
#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
#[allow(clippy::empty_line_after_outer_attr)]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Now {},
        #[route("/check-in")]
        CheckInNew {},
        #[route("/check-in/:id/edit")]
        CheckInEdit { id: CheckInId },
        #[route("/check-in/:id/saved")]
        CheckInSaved { id: CheckInId },
        #[route("/pause")]
        PauseScreen {},
        #[route("/pause/back")]
        ComeBack {},
        #[route("/rupture/new")]
        RuptureNew {},
        #[route("/rupture/:id/edit")]
        RuptureEdit { id: RuptureId },
        #[route("/repair")]
        RepairStart {},
        #[route("/repair/new")]
        RepairNew {},
        #[route("/repair/:id")]
        RepairFlow { id: RuptureId },
        #[route("/repairs/:id/edit")]
        RepairEdit { id: RepairId },
        #[route("/history")]
        History {},
        #[route("/history/:kind/:id")]
        Detail { kind: EntryKind, id: Uuid },
        #[route("/parts")]
        PartsScreen {},
        #[route("/parts/:id")]
        PartDetail { id: PartId },
        #[route("/reflect")]
        ReflectScreen {},
        #[route("/practise")]
        PractiseScreen {},
        #[route("/insights")]
        InsightsScreen {},
        #[route("/settings")]
        SettingsScreen {},
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

impl Route {
    /// The detail screen of one timeline record.
    pub fn detail(kind: EntryKind, id: Uuid) -> Route {
        Route::Detail { kind, id }
    }
}

/// The root component. It expects a [`Boot`] in the root context.
#[component]
pub fn App() -> Element {
    // A restore from the start-up problem screen replaces the boot.
    let mut boot = use_signal(consume_context::<Boot>);
    match boot() {
        Boot::Ready(db) => rsx! { Ready { db } },
        Boot::Locked { dir } => rsx! {
            LockScreen { dir, onopened: move |next: Boot| boot.set(next) }
        },
        Boot::Failed {
            message,
            path,
            dir,
            backup,
            key,
        } => rsx! {
            StartupProblem {
                message,
                path,
                dir,
                backup,
                db_key: key,
                onrestored: move |next: Boot| boot.set(next),
            }
        },
    }
}

/// The app once its data is open: shared state, the clock, the router.
#[component]
fn Ready(db: Db) -> Element {
    let db = use_context_provider(|| db);
    let mut settings = use_signal(Settings::default);
    let mut locked = use_signal(|| false);
    let mut now = use_signal(platform::now);
    let minute = use_memo(move || now().timestamp().div_euclid(60));
    use_context_provider(|| Shared {
        version: Signal::new(0),
        now,
        minute,
        toast: Signal::new(None),
        settings,
        locked,
        returned: Signal::new(0),
    });
    // The screens wait for the settings, so that nothing flashes in the wrong theme and the
    // first-run note shows only on the first run.
    let loaded = use_resource(move || {
        let db = db.clone();
        async move {
            match db.run(|s| s.settings()).await {
                Ok(saved) => {
                    // With an app lock, the PIN comes first.
                    locked.set(saved.app_lock.is_some());
                    settings.set(saved);
                }
                Err(message) => tracing::warn!(%message, "settings unreadable; using defaults"),
            }
        }
    });
    use_future(move || async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            now.set(platform::now());
        }
    });
    use_daily_backup();
    use_reflection_reminder();
    let smoke = try_use_context::<SmokeTest>().is_some();
    rsx! {
        Presence {}
        if loaded.read().is_none() {
        } else if locked() {
            PinScreen {}
        } else {
            Router::<Route> {}
            if smoke {
                SmokeCheck {}
            }
        }
    }
}

/// The frame around every screen: the top bar, the pause banner, the toast.
#[component]
fn Shell() -> Element {
    let shared = use_shared();
    // After moving to another screen, focus goes to the new content, so keyboard and
    // screen-reader users start at its heading rather than on a link that is gone.
    let route = use_route::<Route>();
    let mut first_screen = use_signal(|| true);
    use_effect(use_reactive!(|route| {
        let _ = route;
        if *first_screen.peek() {
            first_screen.set(false);
        } else {
            document::eval(
                "document.getElementById('content')?.focus({ preventScroll: false }); window.scrollTo(0, 0);",
            );
        }
    }));
    let theme = theme_class(shared.settings.read().theme);
    rsx! {
        div { class: "app {theme}",
            a { class: "skip-link", href: "#content", "Skip to content" }
            header { class: "topbar",
                Link { to: Route::Now {}, class: "brand", "Mend" }
                nav { aria_label: "Main",
                    Link { to: Route::History {}, class: "topbar-link", "History" }
                    Link { to: Route::SettingsScreen {}, class: "topbar-link", "Settings" }
                }
            }
            PauseWatch {}
            main { id: "content", class: "content", tabindex: "-1", Outlet::<Route> {} }
            ToastHost {}
            AlertSync {}
            BackButton {}
        }
    }
}
