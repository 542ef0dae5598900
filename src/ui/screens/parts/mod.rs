//! My parts: the list of parts with how often each comes up, and one part's screen with what
//! the user knows of it, its check-ins, and merging, archiving and bringing back.

mod form;
mod list;
mod merge;
mod page;

pub use list::PartsScreen;
pub use page::PartDetail;

use crate::domain::Part;
use crate::domain::i18n::Lang;
use crate::store::Parts;
use crate::t;
use crate::ui::command::Command;

/// Puts an archived part back on the check-in chips, and says so.
pub(super) async fn bring_back(lang: Lang, write: Command, part: Part) {
    let id = part.id;
    let said = t!(lang, "parts-brought-back", name = part.name.as_str());
    write
        .say(move |s| s.unarchive::<Parts>(id), said, None)
        .await;
}
