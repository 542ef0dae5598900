//! Component and screen tests in-process: the real app in a Dioxus VirtualDom over a real
//! store file, rendered to HTML with dioxus-ssr.

use std::rc::Rc;
use std::time::Duration;

use chrono::TimeDelta;
use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use mend::domain::i18n::Lang;
use mend::domain::{
    CheckIn, CheckInId, Level, Moment, Note, Pause, PauseId, PauseLength, RepairOutcome,
    RepairStage, Rupture, RuptureId, RuptureStatus, Severity, starter_parts,
};
use mend::store::{Parts, Settings, Store};
use mend::ui::components::{Breather, Chip, LevelPicker, Ring};
use mend::ui::files::InBrowser;
use mend::ui::{App, Boot};
use tempfile::TempDir;

mod common;
use common::at;

/// Renders the app at `path` once it has settled: its data loaded (no "One moment…" left)
/// and the HTML the same three times running.
async fn render_app(boot: Boot, path: &str) -> String {
    render_app_in(boot, path, None).await
}

/// The app as it renders at `path`, in the browser preview when `browser` is given.
async fn render_app_in(boot: Boot, path: &str, browser: Option<InBrowser>) -> String {
    let history: Rc<dyn History> = Rc::new(MemoryHistory::with_initial_path(path));
    let mut dom = VirtualDom::new(App)
        .with_root_context(boot)
        .with_root_context(history);
    if let Some(browser) = browser {
        dom = dom.with_root_context(browser);
    }
    dom.rebuild_in_place();
    let mut html = dioxus_ssr::render(&dom);
    let mut same = 0;
    for _ in 0..200 {
        // The clock ticks forever, so wait for work a little at a time.
        let _ = tokio::time::timeout(Duration::from_millis(20), dom.wait_for_work()).await;
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
        let next = dioxus_ssr::render(&dom);
        same = if next == html { same + 1 } else { 0 };
        html = next;
        let loading = html.contains("One moment") || html.contains("Un momento");
        if same >= 3 && html.contains("<main") && !loading {
            return html;
        }
    }
    panic!("the screen at {path} never settled: {html}");
}

/// A store in a temporary folder, opened the way the app opens it.
fn boot_with(fill: impl FnOnce(&mut Store)) -> (TempDir, Boot) {
    let dir = TempDir::new().unwrap();
    {
        let mut store = Store::open_in(dir.path()).unwrap();
        fill(&mut store);
    }
    let boot = Boot::open(dir.path());
    (dir, boot)
}

/// `page` holds each of `has` and none of `lacks`: a screen in one language, with none of
/// another's words left on it.
fn says(page: &str, has: &[&str], lacks: &[&str]) {
    for words in has {
        assert!(page.contains(words), "{words}: {page}");
    }
    for words in lacks {
        assert!(!page.contains(words), "{words}: {page}");
    }
}

/// Mend set to speak Spanish, as Settings → Language does.
fn in_spanish(store: &mut Store) {
    let mut settings = store.settings().unwrap();
    settings.language = Some("es".into());
    store.save_settings(&settings).unwrap();
}

fn rupture(what: &str, when: Moment) -> Rupture {
    Rupture {
        id: RuptureId::random(),
        at: when,
        person_id: None,
        what: Note::parse_required(what, "what happened").unwrap(),
        severity: Severity::new(4).unwrap(),
        status: RuptureStatus::Open,
        repaired_at: None,
    }
}

fn render_component(app: fn() -> Element) -> String {
    let mut dom = VirtualDom::new(app);
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

#[tokio::test]
async fn now_shows_the_four_actions_the_first_run_note_and_waiting_ruptures() {
    let (_dir, boot) = boot_with(|s| {
        let r = rupture("Harsh words over breakfast", mend::platform::now());
        s.save_rupture(&r, &r.at).unwrap();
    });
    let html = render_app(boot, "/").await;
    for label in ["Check in", "Take a pause", "Repair", "Reflect"] {
        assert!(
            html.contains(&format!(r#"<span class="action-label">{label}</span>"#)),
            "the action {label} is on Now: {html}"
        );
    }
    assert!(html.contains("Welcome to Mend"));
    assert!(html.contains("not therapy"));
    assert!(html.contains("Waiting for repair"));
    assert!(html.contains("Harsh words over breakfast"));
}

#[tokio::test]
async fn now_speaks_spanish_once_chosen() {
    let (_dir, boot) = boot_with(in_spanish);
    let html = render_app(boot, "/").await;
    for label in ["Cómo estoy", "Hacer una pausa", "Reparar", "Reflexionar"] {
        assert!(
            html.contains(&format!(r#"<span class="action-label">{label}</span>"#)),
            "the action {label} is on Now: {html}"
        );
    }
    assert!(html.contains(r#"lang="es""#), "{html}");
    assert!(!html.contains("Check in"), "{html}");
}

#[tokio::test]
async fn the_first_run_note_goes_once_read() {
    let (_dir, boot) = boot_with(|s| {
        s.save_settings(&Settings {
            welcomed: true,
            ..Settings::default()
        })
        .unwrap();
    });
    let html = render_app(boot, "/").await;
    assert!(!html.contains("Welcome to Mend"), "{html}");
    assert!(html.contains("Check in"));
}

#[tokio::test]
async fn check_in_offers_the_starter_parts_in_order_none_chosen() {
    let (_dir, boot) = boot_with(|_| {});
    let html = render_app(boot, "/check-in").await;
    let mut last = 0;
    for name in starter_parts(Lang::ENGLISH) {
        let chip = format!(r#"aria-pressed="false">{name}</button>"#);
        let found = html
            .find(&chip)
            .unwrap_or_else(|| panic!("chip {name} missing: {html}"));
        assert!(found > last, "{name} comes in order");
        last = found;
    }
    assert!(html.contains(r#"type="submit""#) && html.contains(">Save</button>"));
    assert!(html.contains("How old does it feel?"));
    for band in ["under 5", "5–8", "9–12", "teen", "adult", "not sure"] {
        assert!(
            html.contains(&format!(">{band}</button>")),
            "age band {band}"
        );
    }
}

#[tokio::test]
async fn history_lists_records_newest_first_with_their_status() {
    let (_dir, boot) = boot_with(|s| {
        let part = s.list::<Parts>().unwrap()[0].id;
        let mut c = CheckIn::of_part(CheckInId::random(), at("2026-01-02T10:00:00+01:00"), part);
        c.note = Note::parse("An early check-in", "the note").unwrap();
        s.save_checkin(&c, &c.at).unwrap();
        let r = rupture("A later rupture", at("2026-01-03T10:00:00+01:00"));
        s.save_rupture(&r, &r.at).unwrap();
    });
    let html = render_app(boot, "/history").await;
    let rupture_at = html.find("A later rupture").expect("the rupture is listed");
    let checkin_at = html
        .find("An early check-in")
        .expect("the check-in is listed");
    assert!(rupture_at < checkin_at, "newest first");
    assert!(html.contains(r#"<span class="status">open</span>"#));
    assert!(html.contains("That&#39;s everything.") || html.contains("That's everything."));
}

#[tokio::test]
async fn a_repaired_rupture_shows_its_time_to_repair() {
    let mut id = None;
    let (_dir, boot) = boot_with(|s| {
        let r = rupture("Forgot the pickup", at("2026-01-03T10:00:00+01:00"));
        s.save_rupture(&r, &r.at).unwrap();
        let mut repair = s
            .begin_repair(r.id, &at("2026-01-03T11:00:00+01:00"))
            .unwrap();
        repair.stage = RepairStage::Outcome.into();
        s.complete_repair(
            &repair,
            RepairOutcome::Partly,
            &at("2026-01-03T13:00:00+01:00"),
        )
        .unwrap();
        id = Some(r.id);
    });
    let html = render_app(boot, &format!("/history/rupture/{}", id.unwrap())).await;
    assert!(html.contains("Time to repair"), "{html}");
    assert!(html.contains("3 hours"));
    assert!(html.contains("repaired"));
    assert!(html.contains("Open it again"));
}

#[tokio::test]
async fn an_open_pause_shows_its_sentence_countdown_and_pacer() {
    let (_dir, boot) = boot_with(|s| {
        let now = mend::platform::now() - TimeDelta::minutes(5);
        let p = Pause::start(PauseId::random(), now, PauseLength::DEFAULT, None);
        s.save_pause(&p, &now).unwrap();
    });
    let html = render_app(boot, "/pause").await;
    assert!(
        html.contains("You&#39;re taking a pause") || html.contains("You're taking a pause"),
        "{html}"
    );
    assert!(html.contains("I&#39;m taking 20 minutes") || html.contains("I'm taking 20 minutes"));
    assert!(html.contains(r#"role="timer""#));
    assert!(
        html.contains("14:5") || html.contains("15:00"),
        "about fifteen minutes left"
    );
    assert!(html.contains("Breathe"));
}

#[tokio::test]
async fn a_data_file_that_cannot_be_opened_is_explained_and_left_alone() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("mend.db");
    std::fs::write(&path, "not a database at all").unwrap();
    let boot = Boot::open(dir.path());
    assert!(matches!(boot, Boot::Failed { .. }));
    let html = render_app(boot, "/").await;
    assert!(
        html.contains("Mend couldn&#39;t open your data")
            || html.contains("Mend couldn't open your data")
    );
    assert!(html.contains(&path.display().to_string()));
    assert!(html.contains("Nothing has been deleted."));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "not a database at all"
    );
}

#[tokio::test]
async fn damage_found_after_the_first_paint_turns_the_app_to_the_start_up_problem() {
    let (dir, _) = boot_with(|store| {
        let part = store.list::<Parts>().unwrap()[0].id;
        for i in 0..300 {
            let mut c =
                CheckIn::of_part(CheckInId::random(), at("2026-01-02T10:00:00+01:00"), part);
            c.note = Note::parse(&format!("{i} {}", "x".repeat(200)), "the note").unwrap();
            store.save_checkin(&c, &c.at).unwrap();
        }
    });
    common::damage(&dir.path().join("mend.db"));
    // The check waits for the first paint, so the app starts as usual...
    let boot = Boot::open(dir.path());
    assert!(matches!(boot, Boot::Ready(_)));
    let history: Rc<dyn History> = Rc::new(MemoryHistory::with_initial_path("/"));
    let mut dom = VirtualDom::new(App)
        .with_root_context(boot)
        .with_root_context(history);
    dom.rebuild_in_place();
    // ...and then shows what it found.
    let mut html = String::new();
    for _ in 0..250 {
        let _ = tokio::time::timeout(Duration::from_millis(20), dom.wait_for_work()).await;
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
        html = dioxus_ssr::render(&dom);
        if html.contains("moved it aside") {
            break;
        }
    }
    assert!(html.contains("moved it aside"), "{html}");
    assert!(!dir.path().join("mend.db").exists(), "moved out of the way");
}

#[tokio::test]
async fn opening_finishes_by_clearing_only_what_was_deleted_before_the_data_was_opened() {
    use mend::domain::Undo;
    let when = at("2026-01-02T10:00:00+01:00");
    let mut ids = Vec::new();
    let (dir, _) = boot_with(|store| {
        let part = store.list::<Parts>().unwrap()[0].id;
        for note in ["deleted last time", "deleted this time"] {
            let mut c = CheckIn::of_part(CheckInId::random(), when, part);
            c.note = Note::parse(note, "the note").unwrap();
            store.save_checkin(&c, &when).unwrap();
            ids.push(c.id);
        }
        store.delete(ids[0], &mend::platform::now()).unwrap();
    });
    let Boot::Ready(db) = Boot::open(dir.path()) else {
        panic!("the data opens");
    };
    // Deleted after opening (a millisecond after, as a tab opened later would), before
    // opening finishes.
    let later = ids[1];
    let after_opening = db.opened() + chrono::TimeDelta::milliseconds(1);
    db.run(move |s| s.delete(later, &after_opening))
        .await
        .unwrap();
    assert!(Boot::finish_opening(&db).await.is_none(), "a sound file");
    let (first, second) = (ids[0], ids[1]);
    let undone = db
        .run(move |s| {
            let gone = s.undo(Undo::Delete(first.into())).is_err();
            s.undo(Undo::Delete(second.into()))?;
            Ok::<_, mend::store::StoreError>((gone, s.checkin(second)?.note.as_str().to_owned()))
        })
        .await
        .unwrap();
    assert_eq!(
        undone,
        (true, "deleted this time".to_owned()),
        "the old deletion is past undoing; the new one can still be undone"
    );
}

#[tokio::test]
async fn an_unknown_address_is_a_gentle_page() {
    let (_dir, boot) = boot_with(|_| {});
    let html = render_app(boot, "/no/such/place").await;
    assert!(html.contains("This page isn"));
    assert!(html.contains("Back to Now"));
}

#[test]
fn a_chip_says_whether_it_is_pressed() {
    fn app() -> Element {
        rsx! {
            Chip { label: "calm", selected: true, onclick: |_| {} }
            Chip { label: "clarity", selected: false, onclick: |_| {} }
        }
    }
    let html = render_component(app);
    assert!(
        html.contains(r#"class="chip chip-on" aria-pressed="true">calm</button>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"class="chip" aria-pressed="false">clarity</button>"#),
        "{html}"
    );
}

#[test]
fn a_level_picker_has_eleven_named_buttons_and_shows_its_value() {
    fn unset() -> Element {
        rsx! { LevelPicker { legend: "How strong?", low: "barely", high: "very", value: None, onchange: |_| {} } }
    }
    fn seven() -> Element {
        rsx! { LevelPicker { legend: "How strong?", low: "barely", high: "very", value: Level::new(7), onchange: |_| {} } }
    }
    let html = render_component(unset);
    assert!(html.contains("(not set)"));
    assert_eq!(html.matches("<button").count(), 11);
    assert!(
        html.contains(r#"aria-label="0, barely""#) && html.contains(r#"aria-label="10, very""#)
    );
    let html = render_component(seven);
    assert!(html.contains("(7 of 10)"));
    assert_eq!(html.matches(r#"aria-pressed="true""#).count(), 1);
}

#[test]
fn the_ring_and_the_pacer() {
    fn ring() -> Element {
        rsx! { Ring { progress: 0.25, remaining: "15:00", label: "15 minutes left of 20 minutes." } }
    }
    fn breathe_in() -> Element {
        rsx! { Breather { elapsed_s: 0 } }
    }
    fn breathe_out() -> Element {
        rsx! { Breather { elapsed_s: 15 } }
    }
    let html = render_component(ring);
    assert!(
        html.contains(r#"role="timer""#)
            && html.contains(r#"aria-label="15 minutes left of 20 minutes.""#)
    );
    assert!(html.contains("15:00"));
    assert!(render_component(breathe_in).contains("Breathe in"));
    assert!(render_component(breathe_out).contains("Breathe out"));
}

/// An address that would reach beyond this machine, in text.
fn remote_urls(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for scheme in [
        "http://", "https://", "ws://", "wss://", "//fonts.", "//cdn.",
    ] {
        let mut rest = text;
        while let Some(i) = rest.find(scheme) {
            let url: String = rest[i..]
                .chars()
                .take_while(|c| !c.is_whitespace() && !"\"'<>)".contains(*c))
                .collect();
            let host = url.split("://").nth(1).unwrap_or(&url);
            if !(host.starts_with("127.0.0.1")
                || host.starts_with("localhost")
                || host.starts_with("[::1]"))
            {
                found.push(url.clone());
            }
            rest = &rest[i + scheme.len()..];
        }
    }
    found
}

#[tokio::test]
async fn no_remote_address_in_assets_or_rendered_screens() {
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            assert_eq!(
                remote_urls(&text),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
        }
    }
    let (_dir, boot) = boot_with(|s| {
        let r = rupture("A rupture", mend::platform::now());
        s.save_rupture(&r, &r.at).unwrap();
    });
    for path in [
        "/",
        "/check-in",
        "/pause",
        "/rupture/new",
        "/repair",
        "/history",
        "/settings",
        "/parts",
    ] {
        let html = render_app(boot.clone(), path).await;
        assert_eq!(remote_urls(&html), Vec::<String>::new(), "{path}");
    }
    // The checker itself finds what it should.
    assert_eq!(
        remote_urls("a https://example.org/x b ws://127.0.0.1:80/ws"),
        ["https://example.org/x"]
    );
    assert_eq!(
        remote_urls(mend::ui::launch::CONTENT_SECURITY_POLICY),
        Vec::<String>::new()
    );
}

/// Two ruptures in the last four weeks, named `what`; the first mended two hours later.
fn two_ruptures_one_mended(s: &mut Store, now: Moment, what: [&str; 2]) {
    let first = rupture(what[0], now - TimeDelta::days(10));
    s.save_rupture(&first, &first.at).unwrap();
    let mut repair = s
        .begin_repair(first.id, &(first.at + TimeDelta::hours(1)))
        .unwrap();
    repair.stage = RepairStage::Outcome.into();
    s.complete_repair(
        &repair,
        RepairOutcome::Reconnected,
        &(first.at + TimeDelta::hours(2)),
    )
    .unwrap();
    let second = rupture(what[1], now - TimeDelta::days(3));
    s.save_rupture(&second, &second.at).unwrap();
}

#[tokio::test]
async fn insights_draw_charts_with_their_summaries_in_words() {
    let now = mend::platform::now();
    let (_dir, boot) = boot_with(|s| {
        let parts = s.list::<Parts>().unwrap();
        two_ruptures_one_mended(s, now, ["Raised voices at bedtime", "Silence over dinner"]);
        // Check-ins: Self 3, then 6 a week later; another part once.
        for (part, when, self_level) in [
            (0, now - TimeDelta::days(10), Some(3)),
            (0, now - TimeDelta::days(3), Some(6)),
            (1, now - TimeDelta::days(2), None),
        ] {
            let mut c = CheckIn::of_part(CheckInId::random(), when, parts[part].id);
            c.self_level = self_level.and_then(Level::new);
            s.save_checkin(&c, &when).unwrap();
        }
        // Two pauses: one kept to its twenty minutes, one ended early.
        for (minutes, start) in [
            (25, now - TimeDelta::days(3)),
            (5, now - TimeDelta::days(2)),
        ] {
            let mut p = Pause::start(PauseId::random(), start, PauseLength::DEFAULT, None);
            p.finish(start + TimeDelta::minutes(minutes)).unwrap();
            s.save_pause(&p, &start).unwrap();
        }
    });
    let html = render_app(boot, "/insights").await;
    // Four weeks is the span chosen at first.
    assert!(
        html.contains(r#"aria-pressed="true">4 weeks</button>"#),
        "{html}"
    );
    assert_eq!(html.matches(r#"aria-pressed="false""#).count(), 3);
    // The headline figures, in words.
    assert!(html.contains("1 of 2 repaired"), "{html}");
    assert!(html.contains("2 hours"), "{html}");
    // Each drawing is an image named by its visible title and its summary.
    for chart in [
        "chart-ruptures",
        "chart-parts",
        "chart-self",
        "chart-pauses",
    ] {
        assert!(
            html.contains(&format!(
                r#"role="img" aria-labelledby="{chart}-title {chart}-summary""#
            )),
            "{chart}: {html}"
        );
        assert!(html.contains(&format!(r#"id="{chart}-title""#)), "{chart}");
        assert!(
            html.contains(&format!(r#"id="{chart}-summary""#)),
            "{chart}"
        );
    }
    assert_eq!(html.matches("<svg class=\"chart-drawing\"").count(), 4);
    assert!(html.contains("Over the last 4 weeks: 2 ruptures and 1 repair."));
    assert!(html.contains("Ruptures</li>") && html.contains("Repairs</li>"));
    assert!(html.contains(&format!(
        "Over the last 4 weeks, the parts you checked in with most: {}, twice; {}, once.",
        starter_parts(Lang::ENGLISH)[0],
        starter_parts(Lang::ENGLISH)[1]
    )));
    assert!(
        html.contains("on average each week. It was 3 in the week of"),
        "{html}"
    );
    assert!(html.contains(
        "Over the last 4 weeks: 2 pauses, 1 kept to the planned time. Ending a pause early is fine too."
    ));
    // No reflections, times together or talks yet: those charts say so gently instead of
    // drawing nothing.
    assert_eq!(html.matches("Nothing here yet for this time.").count(), 3);
    assert!(html.contains("Talked it through each month"));
    assert_eq!(remote_urls(&html), Vec::<String>::new());
}

#[tokio::test]
async fn insights_with_nothing_noted_say_so_gently() {
    let (_dir, boot) = boot_with(|_| {});
    let html = render_app(boot, "/insights").await;
    assert!(html.contains("No ruptures in this time"), "{html}");
    assert_eq!(html.matches("Nothing here yet for this time.").count(), 7);
    assert!(!html.contains("chart-drawing"), "{html}");
    assert!(!html.contains("NaN"), "{html}");
}

#[tokio::test]
async fn my_parts_show_how_often_each_came_up_what_is_known_and_the_checkins() {
    use mend::domain::part::{PartDetails, PartRole};
    use mend::domain::{AgeBand, Name, PartId};
    use mend::store::People;

    let mut ids = None::<(PartId, PartId)>;
    let (_dir, boot) = boot_with(|s| {
        let now = mend::platform::now();
        let name = |n: &str| Name::parse(n).unwrap();
        let critic = s.add::<Parts>(&name("The critic"), &now).unwrap().id;
        let merged = s.add::<Parts>(&name("Old critic"), &now).unwrap().id;
        let sam = s.add::<People>(&name("Sam"), &now).unwrap().id;
        let details = PartDetails {
            role: Some(PartRole::Manager.into()),
            age_band: Some(AgeBand::NineToTwelve.into()),
            fears: Note::parse("Being laughed at", "what it fears").unwrap(),
            ..PartDetails::named(name("The critic"))
        };
        s.save_part(critic, &details, &now).unwrap();
        for (days, intensity, self_level, note) in [
            (3, 5, 4, "Dinner with the in-laws"),
            (5, 7, 4, "The school run"),
        ] {
            let when = now - TimeDelta::days(days);
            let mut c = CheckIn::of_part(CheckInId::random(), when, merged);
            c.intensity = Level::new(intensity);
            c.self_level = Level::new(self_level);
            c.person_id = Some(sam);
            c.note = Note::parse(note, "the note").unwrap();
            s.save_checkin(&c, &when).unwrap();
        }
        // The check-ins came in under another name, merged since.
        s.merge_parts(merged, critic, &now).unwrap();
        ids = Some((critic, merged));
    });
    let (critic, merged) = ids.unwrap();
    let to_critic = format!(r#"href="/parts/{critic}""#);
    let html = render_app(boot.clone(), &format!("/parts/{critic}")).await;
    says(
        &html,
        &[
            ">The critic</h1>",
            "Role: manager · How old it feels: 9–12",
            "How often it comes up",
            "This part has come up twice.",
            "It was last here 3 days ago. You first noticed it 5 days ago.",
            "Most often with Sam.",
            "Its usual intensity is about 6 out of 10.",
            "Self was around 4 out of 10 when it was here.",
            "Recent check-ins",
            "Intensity 5 of 10 · Self 4 of 10 · with Sam",
            "Dinner with the in-laws",
            "The school run",
            r#"aria-pressed="true">manager</button>"#,
            r#"aria-pressed="true">9–12</button>"#,
            "Acts ahead of time to keep things under control",
            "Being laughed at",
            r#"for="part-name""#,
            r#"for="part-fears""#,
            "Merge into another part…",
            "Archive this part",
        ],
        &[],
    );
    let newer = html.find("Dinner with the in-laws").unwrap();
    let older = html.find("The school run").unwrap();
    assert!(newer < older, "newest first");

    // The merged part says where it went, and offers to bring it back.
    let html = render_app(boot.clone(), &format!("/parts/{merged}")).await;
    assert!(html.contains(">Old critic</h1>"), "{html}");
    assert!(html.contains("This part is archived"), "{html}");
    assert!(html.contains("It was merged into "), "{html}");
    assert!(html.contains(&to_critic), "{html}");
    assert!(html.contains("hasn&#39;t come up") || html.contains("hasn't come up"));
    assert!(!html.contains("Archive this part"), "{html}");

    // The list shows how often each part came up, and leaves the merged one out.
    let html = render_app(boot, "/parts").await;
    assert!(html.contains("seen twice · last seen 3 days ago"), "{html}");
    assert!(html.contains(&to_critic), "{html}");
    assert!(!html.contains("Old critic"), "{html}");
    assert!(html.contains("not checked in yet"), "{html}");
    assert!(html.contains("Show archived parts"), "{html}");
}

#[tokio::test]
async fn reflect_shows_todays_prompt_the_answer_and_the_day_marked() {
    let now = mend::platform::now();
    let today = now.date_naive();
    let prompt = mend::domain::content::library()
        .prompt_for(today)
        .unwrap()
        .clone();
    let (_dir, boot) = boot_with(|s| {
        s.save_reflection(
            today,
            &prompt,
            &Note::parse_required("Kinder to my critic today", "your answer").unwrap(),
            Level::new(5),
            &now,
        )
        .unwrap();
    });
    let html = render_app(boot, "/reflect").await;
    let escaped = prompt.text.replace('\'', "&#39;").replace('"', "&quot;");
    assert!(
        html.contains(&escaped) || html.contains(&prompt.text),
        "the prompt of the day: {html}"
    );
    assert!(html.contains("Kinder to my critic today"));
    assert!(html.contains("Save changes"));
    assert!(html.contains("reflected on 1 day this month"));
    let cell = html
        .find(r#"aria-current="date""#)
        .map(|at| &html[at..html[at..].find("</td>").map_or(html.len(), |end| at + end)])
        .unwrap_or_else(|| panic!("today's cell: {html}"));
    assert!(
        cell.contains(&today.format("%-d").to_string()) && cell.contains(", reflected"),
        "today is marked as reflected: {cell}"
    );
    assert!(!html.to_lowercase().contains("streak"));
}

#[tokio::test]
async fn practice_lists_our_phrases_with_their_favourite_stars() {
    let first = mend::domain::content::library().phrases[0].clone();
    let (_dir, boot) = boot_with(|s| {
        s.set_favourite_phrase(&first.id, true, &mend::platform::now())
            .unwrap();
    });
    let html = render_app(boot, "/practise").await;
    let count = mend::domain::content::library().phrases.len();
    assert!(html.contains(&format!("{count} phrases")), "{html}");
    assert_eq!(
        html.matches(r#"aria-pressed="true" aria-label="Favourite:"#)
            .count(),
        1
    );
    assert!(html.contains("Add my own phrase"));
}

#[tokio::test]
async fn a_practice_session_shows_each_card_and_what_it_did_well() {
    let session = mend::domain::PracticeId::random();
    let (_dir, boot) = boot_with(|s| {
        let now = mend::platform::now();
        let card = mend::domain::practice::PracticeCard {
            situation_id: "partner-late".to_owned(),
            situation: "You snapped when they came home late.".to_owned(),
            response: "A part of me got worried. Can we talk?".to_owned(),
            chosen: None,
            met: vec!["for_part".to_owned(), "next_step".to_owned()],
            at: now,
        };
        s.add_practice_card(session, &card, &now).unwrap();
    });
    let html = render_app(boot, &format!("/history/practice/{session}")).await;
    assert!(html.contains("You snapped when they came home late."));
    assert!(html.contains("I wrote: "));
    assert!(html.contains("It spoke for a part and offered a next step."));
    assert!(html.contains("Delete this practice"));
}

#[tokio::test]
async fn a_checkin_kept_from_before_shows_whole_in_its_form_with_why() {
    let long = format!("{} the end", "word ".repeat(2_000));
    let mut id = None;
    let (dir, boot) = boot_with(|store| {
        let part = store.list::<Parts>().unwrap()[0].id;
        let c = CheckIn::of_part(CheckInId::random(), at("2026-11-23T20:00:00+01:00"), part);
        store.save_checkin(&c, &c.at).unwrap();
        id = Some(c.id);
    });
    let id = id.unwrap();
    rusqlite::Connection::open(dir.path().join("mend.db"))
        .unwrap()
        .execute(
            "UPDATE checkins SET note = ?2, age_band = 'ancient' WHERE id = ?1",
            rusqlite::params![id, long],
        )
        .unwrap();
    let html = render_app(boot, &format!("/check-in/{}/edit", id.0)).await;
    assert!(html.contains("the end"), "the whole note is in the form");
    assert!(
        html.contains("is longer than Mend keeps now (10,008 characters; up to 10,000)"),
        "and why it can't be changed as it is: {html}"
    );
    assert!(html.contains("was kept as “ancient”"), "{html}");
}

/// Settings saved by another version, in a form this one can't read.
fn settings_from_another_version(store: &Store) {
    rusqlite::Connection::open(store.path())
        .unwrap()
        .execute(
            "UPDATE settings SET value = json_set(value, '$.theme', 'sepia')",
            [],
        )
        .unwrap();
}

#[tokio::test]
async fn settings_that_cannot_be_read_say_so_and_a_pin_set_is_still_asked_for() {
    let (_dir, boot) = boot_with(|s| {
        s.save_settings(&Settings::default()).unwrap();
        settings_from_another_version(s);
    });
    let html = render_app(boot, "/settings").await;
    assert!(
        html.contains("Mend has left them exactly as they are"),
        "{html}"
    );

    let (_dir, boot) = boot_with(|s| {
        s.set_app_lock("2468", mend::domain::lock::LockAfter::default())
            .unwrap();
        settings_from_another_version(s);
    });
    let html = render_app(boot, "/history").await;
    assert!(html.contains("Enter your PIN to open Mend."), "{html}");
    assert!(!html.contains("<h1>History"), "{html}");
}

#[tokio::test]
async fn help_now_shows_the_chosen_region_and_my_own_lines_as_links() {
    use mend::domain::HelpLineId;
    use mend::domain::help::OwnLine;
    let (_dir, boot) = boot_with(|s| {
        let settings = Settings {
            help_region: Some("IE".to_owned()),
            ..Settings::default()
        };
        s.save_settings(&settings).unwrap();
        let line = OwnLine {
            id: HelpLineId::random(),
            name: "Niamh <my sister>".to_owned(),
            number: "087 123 4567".to_owned(),
            texts: true,
            note: String::new(),
        };
        s.save_help_line(&line, &mend::platform::now()).unwrap();
    });
    let html = render_app(boot, "/help").await;
    assert!(html.contains("href=\"tel:112\""), "{html}");
    assert!(html.contains("href=\"tel:999\""));
    assert!(html.contains("href=\"tel:1800341900\""), "Women's Aid");
    assert!(html.contains("href=\"tel:0871234567\""));
    assert!(html.contains("href=\"sms:0871234567\""));
    assert!(html.contains("Niamh "), "{html}");
    assert!(!html.contains("<my sister>"), "escaped");
    // Every screen's top bar leads here.
    let now = render_app(Boot::open(_dir.path()), "/").await;
    assert!(now.contains("href=\"/help\""), "{now}");
}

#[tokio::test]
async fn practice_together_starts_with_the_age_bands_and_never_asks_a_name() {
    let (_dir, boot) = boot_with(|_| {});
    let html = render_app(boot, "/practise/together").await;
    for band in ["Ages 2–4", "Ages 5–8", "Ages 9–12", "Teen"] {
        assert!(html.contains(band), "{band}: {html}");
    }
    assert!(html.contains("never asks for your child"));
    assert!(!html.contains("<input"), "nothing to type here");
}

/// Settings says what Export does where Mend runs: a folder on this computer (named), the
/// browser's download in the preview; and the way to move to a new phone, everywhere.
#[tokio::test]
async fn settings_says_where_an_export_goes_here() {
    let (_dir, boot) = boot_with(|_| {});
    let here = render_app(boot.clone(), "/settings").await;
    assert!(here.contains("On this computer, Export saves the file, and spreadsheet (CSV) files beside it, in this folder:"));
    assert!(here.contains(&mend::platform::export_dir().display().to_string()));
    assert!(
        !here.contains("Spreadsheet files (CSV)"),
        "on a computer they come with the export"
    );
    let browser = render_app_in(boot, "/settings", Some(InBrowser::default())).await;
    assert!(
        browser.contains(
            "In this browser, Export saves the file the way your browser saves downloads."
        )
    );
    assert!(browser.contains("Spreadsheet files (CSV)"));
    assert!(!browser.contains("On this computer"));
    for html in [&here, &browser] {
        assert!(html.contains("Moving to a new phone? Export here and send the file to yourself"));
        assert!(html.contains(r#"data-mend-choose="import""#));
    }
}

/// On a computer, nothing holds alerts for Mend: it says the plan's own alerts while open.
/// A reminder whose time passed a minute ago, with nothing reflected today, is said at once
/// (a message on the screen, as well as the system's notification), and only once, in the
/// reader's language.
#[tokio::test]
async fn a_reminder_missed_while_closed_is_said_once_mend_is_open() {
    reminder_said_once(None, "Today&#39;s question is waiting in Mend").await;
    reminder_said_once(Some("es"), "La pregunta de hoy te espera en Mend").await;
}

async fn reminder_said_once(language: Option<&str>, said: &str) {
    let now = chrono::Local::now().time();
    let at = (now - TimeDelta::minutes(1)).min(now);
    let at = chrono::NaiveTime::from_hms_opt(
        chrono::Timelike::hour(&at),
        chrono::Timelike::minute(&at),
        0,
    )
    .unwrap();
    let (_dir, boot) = boot_with(|s| {
        let settings = Settings {
            reflect_reminder: Some(at),
            welcomed: true,
            language: language.map(str::to_owned),
            ..Settings::default()
        };
        s.save_settings(&settings).unwrap();
    });
    let history: Rc<dyn History> = Rc::new(MemoryHistory::with_initial_path("/"));
    let mut dom = VirtualDom::new(App)
        .with_root_context(boot)
        .with_root_context(history);
    dom.rebuild_in_place();
    let mut html = String::new();
    for _ in 0..300 {
        let _ = tokio::time::timeout(Duration::from_millis(20), dom.wait_for_work()).await;
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
        html = dioxus_ssr::render(&dom);
        if html.contains(said) {
            break;
        }
    }
    assert!(html.contains(said), "the reminder is said: {html}");
    assert_eq!(html.matches(said).count(), 1, "once: {html}");
}

#[tokio::test]
async fn a_talk_waiting_is_offered_on_now_and_its_first_screen_says_who_it_is_not_for() {
    use mend::domain::talk::Move;
    let mut id = None;
    let (_dir, boot) = boot_with(|s| {
        let now = mend::platform::now();
        s.add_shared_words("This touches something old.", None, &now)
            .unwrap();
        let talk = s.begin_talk(None, ["Sam", "Alex"], &now).unwrap();
        s.move_talk(talk.id, Move::Begin, &now).unwrap();
        id = Some(talk.id);
    });
    let id = id.unwrap();
    let now_screen = render_app(boot.clone(), "/").await;
    assert!(
        now_screen.contains("A talk is waiting for you both"),
        "{now_screen}"
    );
    assert!(now_screen.contains(&format!("/talk/{id}")), "{now_screen}");

    let first = render_app(boot.clone(), "/talk").await;
    assert!(
        first.contains(
            "Talking together is not for relationships with violence, threats or control."
        )
    );
    assert!(first.contains("This touches something old."), "{first}");
    assert!(first.contains("between Sam and Alex"), "{first}");
    assert!(first.contains("We need a pause") && first.contains("I feel unsafe"));

    // Picked up where it was: Sam's turn in the first step, with the bar on it.
    let talk = render_app(boot.clone(), &format!("/talk/{id}")).await;
    assert!(talk.contains("Sam&#39;s turn to speak"), "{talk}");
    assert!(talk.contains("Step 1 of 5"), "{talk}");
    assert!(talk.contains("I feel unsafe"), "{talk}");

    let page = render_app(boot, &format!("/history/talk/{id}")).await;
    assert!(page.contains("Talk it through together"), "{page}");
    assert!(
        page.contains("Under way") && page.contains("Pick it up"),
        "{page}"
    );
}

#[tokio::test]
async fn a_talk_its_guide_and_its_page_speak_spanish_once_chosen() {
    use mend::domain::talk::Move;
    let mut id = None;
    let (_dir, boot) = boot_with(|s| {
        in_spanish(s);
        let now = mend::platform::now();
        let talk = s.begin_talk(None, ["", "Alex"], &now).unwrap();
        s.move_talk(talk.id, Move::Begin, &now).unwrap();
        id = Some(talk.id);
    });
    let id = id.unwrap();

    let first = render_app(boot.clone(), "/talk").await;
    says(
        &first,
        &[
            "Hablarlo juntos no es para relaciones donde hay violencia, amenazas o control.",
            "Lo primero es tu seguridad.",
            "Necesitamos una pausa",
            "No me siento a salvo",
            "Nuestras palabras en común",
            "entre tú y Alex.",
            "Tu nombre",
            r#"placeholder="Tu pareja""#,
        ],
        &[],
    );
    says(
        &first,
        &[],
        &[
            "We need a pause",
            "I feel unsafe",
            "Talk it through",
            "Your first name",
        ],
    );

    // Picked up where it was: the first step, the one whose phone it is speaking.
    let talk = render_app(boot.clone(), &format!("/talk/{id}")).await;
    says(
        &talk,
        &[
            "Te toca hablar",
            "Paso 1 de 5 · Observa tus partes",
            "Alex escucha.",
            "Habla por tu parte, no desde ella",
            "Para quien escucha (Alex)",
            "Pasar el teléfono a Alex",
            "No me siento a salvo",
        ],
        &[],
    );
    says(
        &talk,
        &[],
        &[
            "turn to speak",
            "Step 1 of 5",
            "Pass the phone",
            "I feel unsafe",
        ],
    );

    // The guide's cards and the ideas for shared words are the Spanish ones.
    let guide = render_app(boot.clone(), "/talk/guide").await;
    says(
        &guide,
        &[
            "Si tú llevas más camino recorrido",
            "Comparte lo tuyo, no lo suyo",
            "Sigo de tu lado.",
        ],
        &[],
    );
    assert!(!guide.contains("If you&#39;re further along"), "{guide}");

    let page = render_app(boot, &format!("/history/talk/{id}")).await;
    says(
        &page,
        &[
            "Hablarlo juntos",
            "Con cuánta calma te sentías",
            "Con cuánta calma se sentía Alex",
            "En curso",
            "Retomarla",
        ],
        &[],
    );
    for english in ["Pick it up", "Where it stands", "How settled"] {
        assert!(!page.contains(english), "{english}: {page}");
    }
}

#[tokio::test]
async fn insights_speak_spanish_once_chosen() {
    let now = mend::platform::now();
    let (_dir, boot) = boot_with(|s| {
        in_spanish(s);
        two_ruptures_one_mended(
            s,
            now,
            ["Voces altas a la hora de dormir", "Silencio en la cena"],
        );
    });
    let html = render_app(boot, "/insights").await;
    assert!(html.contains("<h1>Tendencias</h1>"), "{html}");
    assert!(
        html.contains(r#"aria-pressed="true">4 semanas</button>"#),
        "{html}"
    );
    says(
        &html,
        &[
            "De un vistazo",
            "1 de 2 reparadas",
            "2 horas",
            "Rupturas y reparaciones cada semana",
            "En las últimas 4 semanas: 2 rupturas y 1 reparación.",
            "Todavía no hay nada en este periodo.",
            "Conversaciones cada mes",
        ],
        &[],
    );
    says(
        &html,
        &[],
        &[
            "At a glance",
            "Over the last",
            "Nothing here yet",
            "repaired",
            "4 weeks",
            "hours",
        ],
    );
}

#[tokio::test]
async fn help_now_speaks_spanish_with_spains_lines() {
    let in_region = |code: &'static str| {
        move |s: &mut Store| {
            in_spanish(s);
            let mut settings = s.settings().unwrap();
            settings.help_region = Some(code.to_owned());
            s.save_settings(&settings).unwrap();
        }
    };
    let (_dir, boot) = boot_with(in_region("ES"));
    let html = render_app(boot, "/help").await;
    for number in ["112", "024", "016"] {
        assert!(
            html.contains(&format!("href=\"tel:{number}\"")),
            "{number}: {html}"
        );
        assert!(html.contains(&format!("Llamar al {number}")), "{number}");
    }
    says(
        &html,
        &[
            "<h1>Ayuda ya</h1>",
            "Si tú o alguien más está en peligro ahora mismo",
            "Reparar no es para esto",
            ">España</option>",
            "Apoyo en crisis",
            "Violencia doméstica",
            "si piensas en quitarte la vida",
            "Las 24 horas, todos los días",
            "comprobado el 7 de diciembre de 2026",
            "Mis personas y líneas",
            "Añadir una línea",
        ],
        &[],
    );
    says(
        &html,
        &[],
        &[
            "Call 112",
            "Crisis support",
            "24 hours, every day",
            "Where to turn",
            ">Spain</option>",
            "Add a line",
        ],
    );
    // In the United States, the 988 line in Spanish: press 2, or text AYUDA.
    let (_dir, boot) = boot_with(in_region("US"));
    let html = render_app(boot, "/help").await;
    assert!(html.contains("href=\"sms:988?body=AYUDA\""), "{html}");
    assert!(html.contains("Escribir AYUDA al 988"), "{html}");
    assert!(html.contains("llama al 988 y marca el 2"), "{html}");
    assert!(html.contains("Línea Nacional contra la Violencia Doméstica"));
    // Chile's crisis line is a short code with a star, dialled as it is.
    let (_dir, boot) = boot_with(in_region("CL"));
    let html = render_app(boot, "/help").await;
    assert!(html.contains("href=\"tel:*4141\""), "{html}");
    assert!(html.contains("De lunes a viernes"), "{html}");
}

/// The app's page as the renderer holds it, built from the VirtualDom's edits, so a test can
/// find a button by its words and press it, or type into a field, as a person would.
#[derive(Default)]
struct Page {
    nodes: Vec<PageNode>,
    /// Each element id's node.
    ids: std::collections::HashMap<usize, usize>,
    stack: Vec<usize>,
}

#[derive(Default)]
struct PageNode {
    text: Option<String>,
    parent: Option<usize>,
    children: Vec<usize>,
    listeners: Vec<&'static str>,
    id: Option<usize>,
}

impl Page {
    fn new() -> Self {
        let mut page = Page::default();
        let root = page.add(PageNode::default());
        page.name(root, dioxus::dioxus_core::ElementId(0));
        page
    }

    fn add(&mut self, node: PageNode) -> usize {
        self.nodes.push(node);
        self.nodes.len() - 1
    }

    fn name(&mut self, node: usize, id: dioxus::dioxus_core::ElementId) {
        self.nodes[node].id = Some(id.0);
        self.ids.insert(id.0, node);
    }

    fn node(&self, id: dioxus::dioxus_core::ElementId) -> usize {
        self.ids[&id.0]
    }

    /// A node (and its children) as a template has it.
    fn build(&mut self, template: &dioxus::dioxus_core::TemplateNode) -> usize {
        use dioxus::dioxus_core::TemplateNode;
        match template {
            TemplateNode::Element { children, .. } => {
                let node = self.add(PageNode::default());
                for child in children.iter() {
                    let c = self.build(child);
                    self.nodes[c].parent = Some(node);
                    self.nodes[node].children.push(c);
                }
                node
            }
            TemplateNode::Text { text } => self.add(PageNode {
                text: Some((*text).to_owned()),
                ..PageNode::default()
            }),
            TemplateNode::Dynamic { .. } => self.add(PageNode::default()),
        }
    }

    fn at_path(&self, path: &[u8]) -> usize {
        let mut node = *self.stack.last().unwrap();
        for &i in path {
            node = self.nodes[node].children[i as usize];
        }
        node
    }

    fn take(&mut self, m: usize) -> Vec<usize> {
        self.stack.split_off(self.stack.len() - m)
    }

    fn detach(&mut self, node: usize) -> Option<(usize, usize)> {
        let parent = self.nodes[node].parent.take()?;
        let at = self.nodes[parent]
            .children
            .iter()
            .position(|c| *c == node)?;
        self.nodes[parent].children.remove(at);
        Some((parent, at))
    }

    /// Puts the last `m` nodes made beside the node with `id`: before it (`after` 0) or after
    /// it (`after` 1).
    fn insert_beside(&mut self, id: dioxus::dioxus_core::ElementId, m: usize, after: usize) {
        let node = self.node(id);
        let new = self.take(m);
        if let Some(parent) = self.nodes[node].parent {
            let at = self.nodes[parent]
                .children
                .iter()
                .position(|c| *c == node)
                .unwrap();
            self.insert(parent, at + after, new);
        }
    }

    fn insert(&mut self, parent: usize, at: usize, new: Vec<usize>) {
        for (k, n) in new.into_iter().enumerate() {
            self.detach(n);
            self.nodes[n].parent = Some(parent);
            self.nodes[parent].children.insert(at + k, n);
        }
    }

    fn replace(&mut self, old: usize, new: Vec<usize>) {
        if let Some((parent, at)) = self.detach(old) {
            self.insert(parent, at, new);
        }
    }

    fn text_of(&self, node: usize) -> String {
        let n = &self.nodes[node];
        let mut text = n.text.clone().unwrap_or_default();
        for c in &n.children {
            text.push_str(&self.text_of(*c));
        }
        text
    }

    fn shown(&self, mut node: usize) -> bool {
        while let Some(parent) = self.nodes[node].parent {
            node = parent;
        }
        self.nodes[node].id == Some(0)
    }

    /// The element on the page listening for `event` whose words hold `words` (the one with
    /// the fewest words, when one holds another).
    fn find(&self, event: &str, words: &str) -> dioxus::dioxus_core::ElementId {
        let found = (0..self.nodes.len())
            .filter(|&n| self.nodes[n].listeners.contains(&event) && self.shown(n))
            .map(|n| (n, self.text_of(n)))
            .filter(|(_, text)| text.contains(words))
            .min_by_key(|(_, text)| text.len());
        let Some((node, _)) = found else {
            panic!("nothing listens for {event} with the words {words:?}");
        };
        dioxus::dioxus_core::ElementId(self.nodes[node].id.unwrap())
    }
}

impl dioxus::dioxus_core::WriteMutations for Page {
    fn append_children(&mut self, id: dioxus::dioxus_core::ElementId, m: usize) {
        let parent = self.node(id);
        let new = self.take(m);
        let at = self.nodes[parent].children.len();
        self.insert(parent, at, new);
    }

    fn assign_node_id(&mut self, path: &'static [u8], id: dioxus::dioxus_core::ElementId) {
        let node = self.at_path(path);
        self.name(node, id);
    }

    fn create_placeholder(&mut self, id: dioxus::dioxus_core::ElementId) {
        let node = self.add(PageNode::default());
        self.name(node, id);
        self.stack.push(node);
    }

    fn create_text_node(&mut self, value: &str, id: dioxus::dioxus_core::ElementId) {
        let node = self.add(PageNode {
            text: Some(value.to_owned()),
            ..PageNode::default()
        });
        self.name(node, id);
        self.stack.push(node);
    }

    fn load_template(
        &mut self,
        template: dioxus::dioxus_core::Template,
        index: usize,
        id: dioxus::dioxus_core::ElementId,
    ) {
        let node = self.build(&template.roots[index]);
        self.name(node, id);
        self.stack.push(node);
    }

    fn replace_node_with(&mut self, id: dioxus::dioxus_core::ElementId, m: usize) {
        let old = self.node(id);
        let new = self.take(m);
        self.replace(old, new);
    }

    fn replace_placeholder_with_nodes(&mut self, path: &'static [u8], m: usize) {
        let new = self.take(m);
        let old = self.at_path(path);
        self.replace(old, new);
    }

    fn insert_nodes_after(&mut self, id: dioxus::dioxus_core::ElementId, m: usize) {
        self.insert_beside(id, m, 1);
    }

    fn insert_nodes_before(&mut self, id: dioxus::dioxus_core::ElementId, m: usize) {
        self.insert_beside(id, m, 0);
    }

    fn set_attribute(
        &mut self,
        _name: &'static str,
        _ns: Option<&'static str>,
        _value: &dioxus::dioxus_core::AttributeValue,
        _id: dioxus::dioxus_core::ElementId,
    ) {
    }

    fn set_node_text(&mut self, value: &str, id: dioxus::dioxus_core::ElementId) {
        let node = self.node(id);
        self.nodes[node].text = Some(value.to_owned());
    }

    fn create_event_listener(&mut self, name: &'static str, id: dioxus::dioxus_core::ElementId) {
        let node = self.node(id);
        self.nodes[node].listeners.push(name);
    }

    fn remove_event_listener(&mut self, name: &'static str, id: dioxus::dioxus_core::ElementId) {
        let node = self.node(id);
        self.nodes[node].listeners.retain(|l| *l != name);
    }

    fn remove_node(&mut self, id: dioxus::dioxus_core::ElementId) {
        let node = self.node(id);
        self.detach(node);
        self.ids.remove(&id.0);
    }

    fn push_root(&mut self, id: dioxus::dioxus_core::ElementId) {
        let node = self.node(id);
        self.stack.push(node);
    }
}

/// The app at a path, with its page, to press buttons on and type into.
struct Screen {
    dom: VirtualDom,
    page: Page,
}

impl Screen {
    async fn open(boot: Boot, path: &str) -> (Screen, String) {
        dioxus::html::set_event_converter(Box::new(dioxus::html::SerializedHtmlEventConverter));
        let history: Rc<dyn History> = Rc::new(MemoryHistory::with_initial_path(path));
        let mut dom = VirtualDom::new(App)
            .with_root_context(boot)
            .with_root_context(history);
        let mut page = Page::new();
        dom.rebuild(&mut page);
        let mut screen = Screen { dom, page };
        let html = screen.settle().await;
        (screen, html)
    }

    /// The page once it has settled: nothing loading, and the same three times running.
    async fn settle(&mut self) -> String {
        let mut html = dioxus_ssr::render(&self.dom);
        let mut same = 0;
        for _ in 0..200 {
            let _ = tokio::time::timeout(Duration::from_millis(20), self.dom.wait_for_work()).await;
            self.dom.render_immediate(&mut self.page);
            let next = dioxus_ssr::render(&self.dom);
            same = if next == html { same + 1 } else { 0 };
            html = next;
            let loading = html.contains("One moment") || html.contains("Un momento");
            if same >= 3 && html.contains("<main") && !loading {
                return html;
            }
        }
        panic!("the screen never settled: {html}");
    }

    fn fire(
        &mut self,
        event: &str,
        data: Box<dyn std::any::Any>,
        on: dioxus::dioxus_core::ElementId,
    ) {
        let data = Rc::new(dioxus::html::PlatformEventData::new(data)) as Rc<dyn std::any::Any>;
        self.dom
            .runtime()
            .handle_event(event, dioxus::dioxus_core::Event::new(data, true), on);
    }

    /// Presses the button (or link) with these words, and gives the page as it then settles.
    async fn press(&mut self, words: &str) -> String {
        let on = self.page.find("click", words);
        self.fire(
            "click",
            Box::<dioxus::html::SerializedMouseData>::default(),
            on,
        );
        self.settle().await
    }

    /// Types `text` into the one field on the page that takes typing.
    async fn type_in(&mut self, text: &str) -> String {
        let on = self.page.find("input", "");
        let typed = dioxus::html::SerializedFormData::new(text.to_owned(), Vec::new());
        self.fire("input", Box::new(typed), on);
        self.settle().await
    }
}

/// Practise in Spanish: the phrases, a practice card with its gentle guidance kept into a
/// practice, and Practise together from the age bands to the sentences to read aloud.
#[tokio::test]
async fn practise_speaks_spanish_phrases_cards_and_together() {
    let es = mend::domain::i18n::Lang::from_tag("es").unwrap();
    let (_dir, boot) = boot_with(in_spanish);
    let (mut screen, phrases) = Screen::open(boot.clone(), "/practise").await;
    let count = mend::domain::content::library_in(es).phrases.len();
    assert!(phrases.contains(&format!("{count} frases")), "{phrases}");
    says(
        &phrases,
        &[
            "Practicar en familia",
            "Tarjetas de práctica",
            "Lenguaje de partes",
            "Añadir una frase mía",
            "Solo favoritas",
            "Reconocer el impacto",
            "De 2 a 4 años",
            r#"aria-label="Favorita: "#,
            &mend::domain::content::library_in(es).phrases[0].text,
        ],
        &[],
    );
    for english in ["Phrases", "Add my own phrase", "Favourites only", "Partner"] {
        assert!(!phrases.contains(english), "{english}: {phrases}");
    }

    let card = screen.press("Tarjetas de práctica").await;
    says(
        &card,
        &[
            "Situaciones con",
            "Tu pareja",
            "Elige una respuesta, o escribe la tuya",
        ],
        &[],
    );
    assert!(
        mend::domain::content::library_in(es)
            .situations
            .iter()
            .any(|s| card.contains(&s.text)),
        "a Spanish situation: {card}"
    );
    screen
        .type_in("Una parte de mí se asustó. Siento haberte gritado. ¿Lo intentamos otra vez?")
        .await;
    let guided = screen.press("Ver comentarios amables").await;
    says(
        &guided,
        &[
            "Hablar en nombre de una parte",
            "Hablaste en nombre de una parte de ti",
            "Tu disculpa se sostiene sola",
            "Ofreciste un siguiente paso",
        ],
        &[],
    );
    assert!(!guided.contains("Speaking for a part"), "{guided}");
    let kept = screen.press("Guardar esta y probar otra").await;
    assert!(
        kept.contains("1 tarjeta guardada en esta práctica."),
        "{kept}"
    );
    assert!(kept.contains("Terminar por ahora"), "{kept}");

    let (mut together, bands) = Screen::open(boot, "/practise/together").await;
    says(
        &bands,
        &[
            "¿Cuántos años tiene tu hijo o tu hija?",
            "De 5 a 8 años",
            "Adolescente",
        ],
        &[],
    );
    assert!(bands.contains("nunca te pide el nombre"), "{bands}");
    assert!(!bands.contains("Ages 5–8"), "{bands}");
    let feelings = together.press("De 5 a 8 años").await;
    assert!(feelings.contains("¿Cómo te sientes?"), "{feelings}");
    assert!(feelings.contains("Paso 1 de 5"), "{feelings}");
    let words = mend::domain::together::content_in(es);
    let band = mend::domain::together::Band::FiveToEight;
    let feeling = words.feelings(band).next().unwrap();
    assert!(feelings.contains(&feeling.word), "{feelings}");
    let sentences = together.press(&feeling.word).await;
    assert!(sentences.contains("Lee una en voz alta"), "{sentences}");
    let first = words.sentences(band, &feeling.id)[0];
    assert!(sentences.contains(&first.sentence), "{sentences}");
    assert!(sentences.contains("Dije esta") && sentences.contains("Por qué ayuda"));
    assert!(!sentences.contains("I said this one"), "{sentences}");
}

/// Settings' data sections speak Spanish once it is chosen: export, import, encryption, the
/// backups (each with its kind, and a Restore named in Spanish) and deleting everything;
/// and an address that leads nowhere says so in Spanish.
#[tokio::test]
async fn settings_data_and_a_page_not_found_speak_spanish() {
    let (_dir, boot) = boot_with(|s| {
        in_spanish(s);
        s.backup(mend::store::BackupKind::Manual, &mend::platform::now())
            .unwrap();
    });
    let html = render_app(boot.clone(), "/settings").await;
    for words in [
        "Exportar",
        "Exportarlo todo",
        "Una exportación no está cifrada",
        "¿Cambias de teléfono?",
        "Importar",
        "Elegir un archivo exportado de Mend",
        "Cifrado",
        "Frase de paso nueva",
        "Cifrar mis datos",
        "Copias de seguridad",
        "hecha a mano",
        r#"aria-label="Restaurar la copia de"#,
        "Hacer una copia ahora",
        "Borrarlo todo…",
        "No se puede deshacer.",
    ] {
        assert!(html.contains(words), "{words:?} is in Settings: {html}");
    }
    for english in [
        "Export everything",
        "Choose a Mend export file",
        "Encrypt my data",
        "Back up now",
        "made by hand",
        "Delete everything",
        "Restore",
    ] {
        assert!(!html.contains(english), "{english:?} is not: {html}");
    }

    let lost = render_app(boot, "/no-such-page").await;
    assert!(lost.contains("Esta página no está aquí"), "{lost}");
    assert!(lost.contains("Volver a Ahora"), "{lost}");
    assert!(!lost.contains("This page isn"), "{lost}");
}

#[tokio::test]
async fn a_rupture_page_speaks_spanish_once_chosen() {
    use mend::domain::Name;
    use mend::store::People;

    let mut id = None;
    let (_dir, boot) = boot_with(|s| {
        in_spanish(s);
        let now = mend::platform::now();
        let sam = s.add::<People>(&Name::parse("Sam").unwrap(), &now).unwrap();
        let mut r = rupture("Palabras duras en el desayuno", now);
        r.person_id = Some(sam.id);
        s.save_rupture(&r, &r.at).unwrap();
        let critic = s
            .add::<Parts>(&Name::parse("El crítico").unwrap(), &now)
            .unwrap();
        let mut c = CheckIn::of_part(CheckInId::random(), now, critic.id);
        c.rupture_id = Some(r.id);
        s.save_checkin(&c, &now).unwrap();
        id = Some(r.id);
    });
    let html = render_app(boot, &format!("/history/rupture/{}", id.unwrap())).await;
    says(
        &html,
        &[
            ">Ruptura</p>",
            "Palabras duras en el desayuno",
            ">Cuándo</dt>",
            ">Hoy, ",
            ">Con</dt>",
            ">Sam</dd>",
            "Cómo de grande",
            "4 de 5, un gran desgarro",
            "En qué punto está",
            ">abierta</dd>",
            "Empezar a reparar",
            "Hablarlo juntos",
            "Dejarla ir",
            "Enlazado",
            "Registro: El crítico · Hoy, ",
            ">Editar</a>",
            "Borrar esta ruptura",
        ],
        &[],
    );
    says(
        &html,
        &[],
        &[
            "When",
            "How big",
            "Start repair",
            "Let it go",
            "Linked",
            ">Edit<",
        ],
    );
}

#[tokio::test]
async fn my_parts_speak_spanish_once_chosen() {
    use mend::domain::part::{PartDetails, PartRole};
    use mend::domain::{AgeBand, Name, PartId};
    use mend::store::People;

    let mut critic = None::<PartId>;
    let (_dir, boot) = boot_with(|s| {
        in_spanish(s);
        let now = mend::platform::now();
        let name = |n: &str| Name::parse(n).unwrap();
        let id = s.add::<Parts>(&name("El crítico"), &now).unwrap().id;
        let sam = s.add::<People>(&name("Sam"), &now).unwrap().id;
        let details = PartDetails {
            role: Some(PartRole::Manager.into()),
            age_band: Some(AgeBand::NineToTwelve.into()),
            ..PartDetails::named(name("El crítico"))
        };
        s.save_part(id, &details, &now).unwrap();
        for (days, intensity) in [(3, 5), (5, 7)] {
            let when = now - TimeDelta::days(days);
            let mut c = CheckIn::of_part(CheckInId::random(), when, id);
            c.intensity = Level::new(intensity);
            c.self_level = Level::new(4);
            c.person_id = Some(sam);
            s.save_checkin(&c, &when).unwrap();
        }
        critic = Some(id);
    });
    let critic = critic.unwrap();

    let list = render_app(boot.clone(), "/parts").await;
    says(
        &list,
        &[
            ">Mis partes</h1>",
            ">gestora</span>",
            "vista dos veces · la última, hace 3 días",
            "aún sin registros",
            r#"placeholder="Añadir una parte por su nombre""#,
            ">Añadir</button>",
            "Mostrar las partes archivadas",
        ],
        &[
            "My parts",
            "seen twice",
            "not checked in yet",
            "Show archived",
        ],
    );

    let page = render_app(boot, &format!("/parts/{critic}")).await;
    says(
        &page,
        &[
            "Todas mis partes",
            ">El crítico</h1>",
            "Papel: gestora · Edad que parece tener: 9–12",
            "Cuánto aparece",
            "Esta parte ha aparecido dos veces.",
            "La última vez que estuvo aquí fue hace 3 días. La notaste por primera vez hace 5 días.",
            "Sobre todo con Sam.",
            "Su intensidad habitual es de unos 6 sobre 10.",
            "El Self estaba en torno a 4 sobre 10",
            "Registros recientes",
            "Intensidad 5 de 10 · Self 4 de 10 · con Sam",
            "Conocerla",
            r#"aria-pressed="true">gestora</button>"#,
            "Se adelanta para tenerlo todo bajo control",
            "¿A qué le tiene miedo?",
            "Unir con otra parte…",
            "Archivar esta parte",
        ],
        &[
            "How often",
            "Role:",
            "Recent check-ins",
            "Archive this part",
            "manager",
        ],
    );
}

/// A reflection written in English reads in Spanish: its prompt is kept by its id, and shown
/// in the reader's words on History, its page and Reflect; the answer stays the person's.
#[tokio::test]
async fn a_reflection_written_in_english_reads_in_spanish() {
    use mend::domain::content::{library, library_in};
    let prompt = library().prompts[0].clone();
    let es = library_in(Lang::from_tag("es").unwrap())
        .prompt(&prompt.id)
        .unwrap()
        .text
        .clone();
    assert_ne!(es, prompt.text);
    let id = std::cell::Cell::new(None);
    let boot = |spanish: bool| {
        boot_with(|s| {
            let now = mend::platform::now();
            let answer = Note::parse_required("Walking together helped.", "your answer").unwrap();
            id.set(Some(
                s.save_reflection(now.date_naive(), &prompt, &answer, None, &now)
                    .unwrap(),
            ));
            if spanish {
                in_spanish(s);
            }
        })
    };
    let escaped = |text: &str| text.replace('\'', "&#39;").replace('"', "&quot;");
    let (_dir, spanish) = boot(true);
    let history = render_app(spanish, "/history").await;
    says(
        &history,
        &[&escaped(&es), "Walking together helped."],
        &[&escaped(&prompt.text)],
    );
    let (_dir, spanish) = boot(true);
    let page = render_app(
        spanish,
        &format!("/history/reflection/{}", id.get().unwrap()),
    )
    .await;
    says(&page, &[&escaped(&es)], &[&escaped(&prompt.text)]);
    let (_dir, spanish) = boot(true);
    let reflect = render_app(spanish, "/reflect").await;
    says(&reflect, &[&escaped(&es)], &[&escaped(&prompt.text)]);
    // In English, as it was written.
    let (_dir, english) = boot(false);
    let history = render_app(english, "/history").await;
    says(&history, &[&escaped(&prompt.text)], &[&escaped(&es)]);
}
