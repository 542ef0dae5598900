//! `cargo bench`: the store at ten years of data. Builds a synthetic history of about
//! 100,000 records, then times, in one run on one machine: saving a check-in, the first
//! timeline page, a page deep in the history (keyset), each filter, text search, the
//! insights aggregates, a backup (and saving while the daily one is made), export and
//! import. Each query is also run, as the very same SQL, by
//! the `sqlite3` shell on the same file in the same run, and the ratio is reported. Prints a
//! Markdown table and writes it to `target/bench-results.md`.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, Months, NaiveDate, NaiveTime, TimeDelta, TimeZone};
use mend::domain::{
    CheckIn, CheckInId, Cursor, EntryKind, Moment, Note, PartId, PersonId, RuptureStatus,
    TimelineFilter,
};
use mend::store::synthetic::Spec;
use mend::store::timeline::timeline_query;
use mend::store::transfer::write_json;
use mend::store::{BackupKind, Parts, People, Store, insights_statements};
use rusqlite::types::Value;

fn now() -> Moment {
    DateTime::parse_from_rfc3339("2026-11-23T20:00:00+01:00").unwrap()
}

/// Runs `f` `n` times after a short warm-up; returns the per-run durations, sorted.
fn time(n: usize, mut f: impl FnMut()) -> Vec<Duration> {
    for _ in 0..n.min(20) {
        f();
    }
    let mut runs: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    runs.sort();
    runs
}

fn median(runs: &[Duration]) -> Duration {
    runs[runs.len() / 2]
}

fn p90(runs: &[Duration]) -> Duration {
    runs[runs.len() * 9 / 10]
}

fn fmt(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us < 1000.0 {
        format!("{us:.0} µs")
    } else if us < 1e6 {
        format!("{:.2} ms", us / 1000.0)
    } else {
        format!("{:.2} s", us / 1e6)
    }
}

/// The SQL with its parameters written in as literals, for the sqlite3 shell. The shell has
/// no `fold()` (our Unicode lower-casing); `lower()` stands in for it there.
fn inline(sql: &str, params: &[Value]) -> String {
    let mut out = sql.replace("fold(", "lower(");
    for (i, v) in params.iter().enumerate().rev() {
        let literal = match v {
            Value::Null => "NULL".to_owned(),
            Value::Integer(n) => n.to_string(),
            Value::Real(f) => f.to_string(),
            Value::Text(t) => format!("'{}'", t.replace('\'', "''")),
            Value::Blob(_) => "NULL".to_owned(),
        };
        out = out.replace(&format!("?{}", i + 1), &literal);
    }
    out
}

/// The sqlite3 shell's time per run of `sql` on `db`: a run of `k` repetitions, less a run
/// of none, divided by `k`; the better of three.
fn shell_time(db: &Path, sql: &str, k: usize) -> Option<Duration> {
    let run = |reps: usize| -> Option<Duration> {
        let mut script = String::from(".output /dev/null\n");
        for _ in 0..reps {
            script.push_str(sql);
            script.push_str(";\n");
        }
        let t = Instant::now();
        let mut child = Command::new("sqlite3")
            .arg(db)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .ok()?;
        child.stdin.take()?.write_all(script.as_bytes()).ok()?;
        let out = child.wait_with_output().ok()?;
        if !out.status.success() || !out.stderr.is_empty() {
            eprintln!("sqlite3: {}", String::from_utf8_lossy(&out.stderr));
            return None;
        }
        Some(t.elapsed())
    };
    (0..3)
        .filter_map(|_| Some(run(k)?.saturating_sub(run(0)?)))
        .min()
        .map(|d| d / k as u32)
}

struct Row {
    name: String,
    ours: Vec<Duration>,
    shell: Option<Duration>,
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("mend.db");
    let spec = if quick {
        Spec {
            checkins: 6_000,
            ruptures: 1_400,
            pauses: 1_500,
            ..Spec::TEN_YEARS
        }
    } else {
        Spec::TEN_YEARS
    };
    let mut store = Store::open_in(dir.path()).unwrap();
    let t = Instant::now();
    let made = store.generate(spec, &now()).unwrap();
    let generated = t.elapsed();
    drop(store);
    // Reopening checkpoints the log into the file, so the shell sees everything too.
    let mut store = Store::open_in(dir.path()).unwrap();
    let size = fs::metadata(&db).unwrap().len();
    let total = made.total();
    eprintln!("generated {total} records in {}", fmt(generated));

    let mut rows: Vec<Row> = Vec::new();
    // Ours and the shell's in turns, three rounds, keeping each side's best round: noise on
    // a shared machine only ever adds time, and taking turns spreads it over both sides.
    let mut query =
        |store: &Store, name: &str, filter: TimelineFilter, after: Option<Cursor>, n: usize| {
            let common = match mend::store::search::fts_query(&filter.text) {
                Some(words) => store.words_are_common(&words).unwrap(),
                None => false,
            };
            let (sql, params) = timeline_query(&filter, after, 30, common).unwrap();
            let shell_sql = inline(&sql, &params);
            let mut best: Option<Vec<Duration>> = None;
            let mut shell: Option<Duration> = None;
            for _ in 0..3 {
                let ours = time(n / 3, || {
                    let page = store.timeline(&filter, after, 30).unwrap();
                    std::hint::black_box(page);
                });
                if best.as_ref().is_none_or(|b| median(&ours) < median(b)) {
                    best = Some(ours);
                }
                if let Some(s) = shell_time(&db, &shell_sql, 100) {
                    shell = Some(shell.map_or(s, |old: Duration| old.min(s)));
                }
            }
            rows.push(Row {
                name: name.to_owned(),
                ours: best.unwrap(),
                shell,
            });
        };

    query(
        &store,
        "first timeline page (30)",
        TimelineFilter::default(),
        None,
        500,
    );
    // A cursor half-way back through all the records.
    let deep = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let (at_ms, id): (i64, String) = conn
            .query_row(
                "SELECT at_ms, id FROM (
                    SELECT at_ms, id FROM checkins WHERE deleted_at_ms IS NULL
                    UNION ALL SELECT started_at_ms, id FROM pauses WHERE deleted_at_ms IS NULL
                    UNION ALL SELECT at_ms, id FROM ruptures WHERE deleted_at_ms IS NULL
                    UNION ALL SELECT started_at_ms, id FROM repairs WHERE deleted_at_ms IS NULL)
                 ORDER BY at_ms DESC, id DESC LIMIT 1 OFFSET ?1",
                [(total / 2) as i64],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        Cursor {
            at_ms,
            id: id.parse().unwrap(),
        }
    };
    query(
        &store,
        "a page half-way back (keyset)",
        TimelineFilter::default(),
        Some(deep),
        500,
    );
    let part: PartId = store.list::<Parts>().unwrap()[5].id;
    let person: PersonId = store.list::<People>().unwrap()[2].id;
    for (name, filter) in [
        (
            "filter: check-ins only",
            TimelineFilter {
                kind: Some(EntryKind::CheckIn),
                ..Default::default()
            },
        ),
        (
            "filter: pauses only",
            TimelineFilter {
                kind: Some(EntryKind::Pause),
                ..Default::default()
            },
        ),
        (
            "filter: one person",
            TimelineFilter {
                person: Some(person),
                ..Default::default()
            },
        ),
        (
            "filter: one part",
            TimelineFilter {
                part: Some(part),
                ..Default::default()
            },
        ),
        (
            "filter: status let go",
            TimelineFilter {
                status: Some(RuptureStatus::LetGo),
                ..Default::default()
            },
        ),
        (
            "search: one common word",
            TimelineFilter {
                text: "dishes".into(),
                ..Default::default()
            },
        ),
        (
            "search: two words",
            TimelineFilter {
                text: "cold tea".into(),
                ..Default::default()
            },
        ),
        (
            "search: a name",
            TimelineFilter {
                text: "priya".into(),
                ..Default::default()
            },
        ),
        (
            "search: no match",
            TimelineFilter {
                text: "xylophone".into(),
                ..Default::default()
            },
        ),
    ] {
        query(&store, name, filter, None, 300);
    }

    // Insights over each span the screen offers, each starting as the screen's does: at local
    // midnight on a Monday for the weeks, on the first of a month for a year, at the epoch
    // for all. The shell runs every statement `insights` runs, with the same parameters.
    let today = now().date_naive();
    let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
    let first_of_month = today.with_day(1).unwrap();
    let midnight = |day: NaiveDate| {
        now()
            .offset()
            .from_local_datetime(&day.and_time(NaiveTime::MIN))
            .unwrap()
    };
    for (name, from, runs) in [
        (
            "insights, last 4 weeks",
            midnight(monday - TimeDelta::weeks(3)),
            200,
        ),
        (
            "insights, last 3 months",
            midnight(monday - TimeDelta::weeks(12)),
            100,
        ),
        (
            "insights, last year",
            midnight(first_of_month.checked_sub_months(Months::new(11)).unwrap()),
            100,
        ),
        (
            "insights, all ten years",
            DateTime::from_timestamp(0, 0)
                .unwrap()
                .with_timezone(now().offset()),
            50,
        ),
    ] {
        let statements: Vec<String> = insights_statements(&from, &now())
            .into_iter()
            .map(|(sql, params)| {
                let params: Vec<Value> = params.into_iter().map(Value::Integer).collect();
                inline(&sql, &params)
            })
            .collect();
        let shell_sql = statements.join(";\n");
        let mut best: Option<Vec<Duration>> = None;
        let mut shell: Option<Duration> = None;
        for _ in 0..3 {
            let ours = time(runs / 3, || {
                std::hint::black_box(store.insights(&from, &now()).unwrap());
            });
            if best.as_ref().is_none_or(|b| median(&ours) < median(b)) {
                best = Some(ours);
            }
            if let Some(s) = shell_time(&db, &shell_sql, 50) {
                shell = Some(shell.map_or(s, |old: Duration| old.min(s)));
            }
        }
        rows.push(Row {
            name: name.into(),
            ours: best.unwrap(),
            shell,
        });
    }
    // The same figures counted from the rows alone, as before the kept sums.
    let all_rows = time(10, || {
        std::hint::black_box(
            store
                .insights_from_rows(
                    &DateTime::from_timestamp(0, 0).unwrap().fixed_offset(),
                    &now(),
                )
                .unwrap(),
        );
    });
    rows.push(Row {
        name: "insights, all ten years, from the rows alone".into(),
        ours: all_rows,
        shell: None,
    });

    let busiest = store.list::<Parts>().unwrap()[0].id;
    let part_page = time(100, || {
        std::hint::black_box(store.part_stats(busiest).unwrap());
        std::hint::black_box(store.part_checkins(busiest, 10).unwrap());
    });
    rows.push(Row {
        name: "one part's figures and recent check-ins".into(),
        ours: part_page,
        shell: None,
    });
    let part_list = time(100, || {
        std::hint::black_box(store.part_summaries().unwrap());
    });
    rows.push(Row {
        name: "My parts: every part with its count and last seen".into(),
        ours: part_list,
        shell: None,
    });
    let month = now().date_naive();
    let calendar = time(500, || {
        std::hint::black_box(store.reflection_days(month).unwrap());
    });
    rows.push(Row {
        name: "a month of days reflected".into(),
        ours: calendar,
        shell: None,
    });

    let info = mend::store::cipher::KeyInfo::fresh().unwrap();
    let derive = time(5, || {
        std::hint::black_box(info.derive("a passphrase of a sensible length").unwrap());
    });
    rows.push(Row {
        name: format!(
            "derive the key from a passphrase (Argon2id, {} MiB, {} passes)",
            info.memory_kib / 1024,
            info.passes
        ),
        ours: derive,
        shell: None,
    });

    let part0 = store.list::<Parts>().unwrap()[0].id;
    let saves = time(300, || {
        let mut c = CheckIn::of_part(CheckInId::random(), now(), part0);
        c.note = Note::parse("A short note, as typed in a hurry", "the note").unwrap();
        store.save_checkin(&c, &now()).unwrap();
    });
    rows.push(Row {
        name: "save a check-in (durable commit)".into(),
        ours: saves,
        shell: None,
    });

    let export_file = dir.path().join("export.json");
    let exports = time(3, || {
        let snapshot = store.snapshot().unwrap();
        write_json(&snapshot, now(), &export_file).unwrap();
    });
    rows.push(Row {
        name: format!(
            "export everything to JSON ({} MB)",
            fs::metadata(&export_file).unwrap().len() / 1_000_000
        ),
        ours: exports,
        shell: None,
    });
    let bytes = fs::read(&export_file).unwrap();
    let imports = time(3, || {
        let fresh = tempfile::TempDir::new().unwrap();
        let mut target = Store::open_in(fresh.path()).unwrap();
        let report = target.import(&bytes).unwrap();
        assert!(report.rejected.is_empty());
    });
    rows.push(Row {
        name: "import it into an empty store".into(),
        ours: imports,
        shell: None,
    });

    // After the export and import, so the saves made here don't add to what they carry.
    // What a save used to wait for while the daily backup was made under the store's lock.
    let backups = time(3, || {
        store.backup(BackupKind::Manual, &now()).unwrap();
    });
    rows.push(Row {
        name: "back up the whole ten years (VACUUM INTO, then checked)".into(),
        ours: backups,
        shell: None,
    });
    // The daily backup is made on a connection of its own: saves go on meanwhile. Saves are
    // timed one after another for as long as the day's two copies (daily and weekly) take.
    let source = store.backup_source().unwrap();
    let copier = std::thread::spawn(move || source.backup_if_due(&now()).unwrap().len());
    let mut during = Vec::new();
    while !copier.is_finished() {
        let c = CheckIn::of_part(CheckInId::random(), now(), part0);
        let t = Instant::now();
        store.save_checkin(&c, &now()).unwrap();
        during.push(t.elapsed());
    }
    let copies = copier.join().unwrap();
    assert_eq!(copies, 2, "a daily and a weekly backup");
    during.sort();
    rows.push(Row {
        name: format!(
            "save a check-in while the daily and weekly backups are made ({} saves meanwhile)",
            during.len()
        ),
        ours: during,
        shell: None,
    });
    // The encryption row below encrypts every backup too: it times the data and no more.
    fs::remove_dir_all(store.backup_dir()).unwrap();

    // The same store, encrypted: what the key costs on every read and write.
    let t = Instant::now();
    store.encrypt("a passphrase of a sensible length").unwrap();
    let encrypting = t.elapsed();
    let first_page = time(500, || {
        std::hint::black_box(
            store
                .timeline(&TimelineFilter::default(), None, 30)
                .unwrap(),
        );
    });
    rows.push(Row {
        name: "encrypted: first timeline page (30)".into(),
        ours: first_page,
        shell: None,
    });
    let search = TimelineFilter {
        text: "dishes".into(),
        ..Default::default()
    };
    let searches = time(100, || {
        std::hint::black_box(store.timeline(&search, None, 30).unwrap());
    });
    rows.push(Row {
        name: "encrypted: search, one common word".into(),
        ours: searches,
        shell: None,
    });
    let saves = time(300, || {
        let c = CheckIn::of_part(CheckInId::random(), now(), part0);
        store.save_checkin(&c, &now()).unwrap();
    });
    rows.push(Row {
        name: "encrypted: save a check-in".into(),
        ours: saves,
        shell: None,
    });
    rows.push(Row {
        name: "encrypt the whole ten years (and its backups)".into(),
        ours: vec![encrypting],
        shell: None,
    });

    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let shell_version = Command::new("sqlite3")
        .arg("--version")
        .output()
        .ok()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .unwrap_or_default();
    let mut table = format!(
        "Data: {total} records ({} check-ins, {} ruptures, {} repairs, {} pauses, {} reflections, {} practice sessions, {} own phrases, {} favourites, {} parts, {} people) over {} years; file {:.1} MB; generated in {}.\n\
         Machine: {cpu}, {cores} cores. Our SQLite {} (SQLCipher build, this file not encrypted); sqlite3 shell {shell_version}.\n\n\
         | benchmark | median | p90 | sqlite3 shell, same SQL | ratio |\n| --- | --- | --- | --- | --- |\n",
        made.checkins,
        made.ruptures,
        made.repairs,
        made.pauses,
        made.reflections,
        made.practice_sessions,
        made.own_phrases,
        made.favourite_phrases,
        made.parts,
        made.people,
        spec.years,
        size as f64 / 1e6,
        fmt(generated),
        rusqlite::version(),
    );
    for row in &rows {
        let m = median(&row.ours);
        let (shell, ratio) = match row.shell {
            Some(s) if !s.is_zero() => {
                (fmt(s), format!("{:.2}×", m.as_secs_f64() / s.as_secs_f64()))
            }
            _ => ("–".to_owned(), "–".to_owned()),
        };
        table.push_str(&format!(
            "| {} | {} | {} | {shell} | {ratio} |\n",
            row.name,
            fmt(m),
            fmt(p90(&row.ours))
        ));
    }
    println!("{table}");
    let out = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-results.md");
    if let Err(err) = fs::write(&out, &table) {
        eprintln!("could not write {}: {err}", out.display());
    } else {
        eprintln!("written to {}", out.display());
    }
}
