//! The one write hook, `use_command`, in a real VirtualDom over a real store file: two taps
//! at once make one write, a command's own result comes back typed, the shared version moves
//! once a command has written, and a failure is kept in people's words.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use dioxus::prelude::*;
use mend::domain::{CheckIn, CheckInId, PartId, PauseId};
use mend::store::{Parts, Settings, Store};
use mend::ui::Db;
use mend::ui::command::use_command;
use mend::ui::context::Shared;
use tempfile::TempDir;

mod common;
use common::now;

/// What the probe saw.
#[derive(Debug, Default, Clone, PartialEq)]
struct Seen {
    /// The two taps' results: the saved check-in's id, or nothing.
    taps: Option<(Option<CheckInId>, Option<CheckInId>)>,
    /// The shared version after them.
    version: u64,
    /// A failing command's result and the words it left.
    failed: Option<(bool, Option<String>)>,
    /// Whether it said busy while the taps were under way.
    busy_while_writing: bool,
}

#[derive(Clone)]
struct Probe {
    part: PartId,
    seen: Rc<RefCell<Seen>>,
}

#[component]
fn TwoTaps() -> Element {
    let probe = use_context::<Probe>();
    let now_signal = use_signal(now);
    let minute = use_memo(move || now_signal().timestamp().div_euclid(60));
    let lang = use_memo(|| mend::domain::i18n::Lang::ENGLISH);
    let shared = use_context_provider(|| Shared {
        version: Signal::new(0),
        now: now_signal,
        minute,
        toast: Signal::new(None),
        settings: Signal::new(Settings::default()),
        locked: Signal::new(false),
        returned: Signal::new(0),
        link: Signal::new(None),
        lang,
    });
    let command = use_command();
    use_hook(move || {
        let probe = probe.clone();
        spawn(async move {
            let tap = |id: CheckInId| {
                let checkin = CheckIn::of_part(id, now(), probe.part);
                command.run(move |s: &mut Store| s.save_checkin(&checkin, &now()).map(|()| id))
            };
            let (first, second) = (tap(CheckInId::random()), tap(CheckInId::random()));
            let busy = async {
                tokio::task::yield_now().await;
                command.busy()
            };
            let (first, second, busy) = tokio::join!(first, second, busy);
            let version = *shared.version.peek();
            let missing = command
                .run(|s: &mut Store| s.pause(PauseId::random()))
                .await;
            let mut seen = probe.seen.borrow_mut();
            seen.taps = Some((first, second));
            seen.version = version;
            seen.busy_while_writing = busy;
            seen.failed = Some((missing.is_none(), command.error()));
        });
    });
    rsx! { p { "probe" } }
}

#[tokio::test]
async fn two_taps_at_once_write_once_and_a_failure_is_told_in_words() {
    let dir = TempDir::new().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let part = store.list::<Parts>().unwrap()[0].id;
    let before = store.counts().unwrap().checkins;
    let seen = Rc::new(RefCell::new(Seen::default()));
    let mut dom = VirtualDom::new(TwoTaps)
        .with_root_context(Db::new(store))
        .with_root_context(Probe {
            part,
            seen: seen.clone(),
        });
    dom.rebuild_in_place();
    for _ in 0..500 {
        if seen.borrow().failed.is_some() {
            break;
        }
        let _ = tokio::time::timeout(Duration::from_millis(10), dom.wait_for_work()).await;
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
    }
    let seen = seen.borrow().clone();
    let (first, second) = seen.taps.expect("the taps came back");
    let first = first.expect("the first tap writes, and its result comes back typed");
    assert_eq!(
        second, None,
        "the second tap, while the first writes, is refused"
    );
    assert!(seen.busy_while_writing, "busy while the first tap writes");
    assert_eq!(seen.version, 1, "the version moves once, for the one write");
    assert_eq!(
        seen.failed,
        Some((
            true,
            Some("That pause couldn't be found. It may have been deleted.".to_owned())
        ))
    );
    drop(dom);

    let store = Store::open_in(dir.path()).unwrap();
    assert_eq!(store.counts().unwrap().checkins, before + 1);
    assert_eq!(store.checkin(first).unwrap().id, first);
}
