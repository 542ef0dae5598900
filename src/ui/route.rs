//! Every screen of the app, by its address. The `Route` enum names each screen's component
//! (Dioxus's router derives from it), and the screens link to routes: the one pair of
//! modules that need each other, by the router's design.

use dioxus::prelude::*;
use uuid::Uuid;

use super::screens::*;
use crate::domain::{CheckInId, EntryKind, PartId, RepairId, RuptureId};

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
        PracticeScreen {},
        #[route("/practise/together")]
        TogetherScreen {},
        #[route("/help")]
        HelpNow {},
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
