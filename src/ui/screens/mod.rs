//! One file per route. Each screen keeps its words at the top, loads what it shows through
//! the store handle, and hands the details to components.

mod checkin;
mod come_back;
mod detail;
mod help;
mod history;
mod insights;
mod lock;
mod not_found;
mod now;
mod parts;
mod pause;
mod practice;
mod reflect;
mod repair;
mod rupture;
mod settings;
mod shell;
mod startup;
mod talk;

pub use checkin::{CheckInEdit, CheckInNew, CheckInSaved};
pub use come_back::ComeBack;
pub use detail::{
    CheckInDetail, PauseDetail, PracticeDetail, ReflectionDetail, RepairDetail, RuptureDetail,
    TalkDetail,
};
pub use help::HelpNow;
pub use history::History;
pub use insights::InsightsScreen;
pub use lock::{LockScreen, PinScreen};
pub use not_found::NotFound;
pub use now::Now;
pub use parts::{PartDetail, PartsScreen};
pub use pause::PauseScreen;
pub use practice::{PracticeScreen, TogetherScreen};
pub use reflect::ReflectScreen;
pub use repair::{RepairEdit, RepairFlow, RepairNew, RepairStart};
pub use rupture::{RuptureEdit, RuptureNew};
pub use settings::SettingsScreen;
pub use shell::Shell;
pub use startup::StartupProblem;
pub use talk::{TalkAbout, TalkFlow, TalkGuide, TalkStart};
