//! Every screen of the app, by its address. The `Route` enum names each screen's component
//! (Dioxus's router derives from it), and the screens link to routes: the one pair of
//! modules that need each other, by the router's design.

use dioxus::prelude::*;

use super::screens::*;
use crate::domain::{
    CheckInId, EntryId, PartId, PauseId, PracticeId, ReflectionId, RepairId, RuptureId, TalkId,
};

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
        #[route("/history/checkin/:id")]
        CheckInDetail { id: CheckInId },
        #[route("/history/pause/:id")]
        PauseDetail { id: PauseId },
        #[route("/history/rupture/:id")]
        RuptureDetail { id: RuptureId },
        #[route("/history/repair/:id")]
        RepairDetail { id: RepairId },
        #[route("/history/reflection/:id")]
        ReflectionDetail { id: ReflectionId },
        #[route("/history/practice/:id")]
        PracticeDetail { id: PracticeId },
        #[route("/history/talk/:id")]
        TalkDetail { id: TalkId },
        #[route("/talk")]
        TalkStart {},
        #[route("/talk/guide")]
        TalkGuide {},
        #[route("/talk/about/:id")]
        TalkAbout { id: RuptureId },
        #[route("/talk/:id")]
        TalkFlow { id: TalkId },
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
    pub fn detail(entry: impl Into<EntryId>) -> Route {
        match entry.into() {
            EntryId::CheckIn(id) => Route::CheckInDetail { id },
            EntryId::Pause(id) => Route::PauseDetail { id },
            EntryId::Rupture(id) => Route::RuptureDetail { id },
            EntryId::Repair(id) => Route::RepairDetail { id },
            EntryId::Reflection(id) => Route::ReflectionDetail { id },
            EntryId::Practice(id) => Route::PracticeDetail { id },
            EntryId::Talk(id) => Route::TalkDetail { id },
        }
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;
    use crate::domain::EntryKind;

    /// Each kind's detail keeps the address it always had (`/history/<kind>/<id>`), and the
    /// address reads back as that kind's route with its own kind of id.
    #[test]
    fn a_detail_address_is_its_kind_and_typed_id_both_ways() {
        let uuid = uuid::Uuid::new_v4();
        for kind in EntryKind::ALL {
            let entry = EntryId::of(kind, uuid);
            assert_eq!(entry.kind(), kind);
            assert_eq!(entry.uuid(), uuid);
            let route = Route::detail(entry);
            let address = route.to_string();
            assert_eq!(address, format!("/history/{}/{uuid}", kind.code()));
            assert_eq!(Route::from_str(&address).ok(), Some(route));
        }
        assert!(matches!(
            Route::from_str(&format!("/history/checkin/{uuid}x")),
            Ok(Route::NotFound { .. }) | Err(_)
        ));
    }
}
