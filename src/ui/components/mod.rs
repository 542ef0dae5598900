//! Reusable pieces of screen. Each takes its data as props and reports back through event
//! handlers, and none names the store, except those that serve the whole app: the toast,
//! whose Undo writes, the pause banner, which reads the open pause, and a record's delete
//! button; they reach it through the same handle and hooks as the screens.

mod chart;
mod chips;
mod confirm;
mod entry_row;
mod face;
mod form;
mod level;
mod messages;
mod name_picker;
mod pause_watch;
mod record;
mod ring;
mod secret;
mod share;
mod toast;

pub use chart::{
    BarChart, BarGroup, BarList, BarRow, ChartPoint, LABEL_ALL_UP_TO, LineChart, one_decimal,
};
pub use chips::{AgeBandChips, Chip, ChipGroup};
pub use confirm::{Confirm, ConfirmStyle};
pub use entry_row::EntryRow;
pub use face::FaceDrawing;
pub use form::{ENTER_STAYS, Form, LabelledText, SaveBar};
pub use level::LevelPicker;
pub use messages::{ErrorNote, KeptAsItWas, KeptText, Loading, SafetyNote};
pub use name_picker::{NameChoice, NamePicker};
pub use pause_watch::PauseWatch;
pub use record::{DeleteButton, Fact};
pub use ring::{Breather, Ring};
pub use secret::SecretField;
pub use share::ShareText;
pub use toast::ToastHost;
