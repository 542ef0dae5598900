//! The command line, for power users, scripts and support: `mend export`, `mend import`,
//! `mend backup` and `mend check`. Each honours `MEND_DATA_DIR`, prints a short summary for
//! people, or with `--json` one JSON object, and exits non-zero when something is wrong.

use std::io::Write;
use std::path::Path;

use serde_json::json;

use crate::domain::i18n::Lang;
use crate::platform;
use crate::store::cipher::{is_encrypted, key_for};
use crate::store::{BackupKind, DB_FILE, Store, check_health};
use crate::t;
use crate::ui::errors::Told;

/// The subcommands, as typed.
pub const COMMANDS: [&str; 4] = ["export", "import", "backup", "check"];

/// How a command ended: its exit code, and what to print.
pub struct Outcome {
    pub code: i32,
    pub human: String,
    pub json: serde_json::Value,
}

impl Outcome {
    fn fail(message: impl Into<String>) -> Self {
        let message = message.into();
        Outcome {
            code: 1,
            json: json!({ "ok": false, "error": message }),
            human: message,
        }
    }
}

/// Whether these arguments are a command-line command rather than a way to open the app.
pub fn is_command(args: &[String]) -> bool {
    args.first().is_some_and(|a| COMMANDS.contains(&a.as_str()))
}

/// Runs a command and prints its outcome, in the system's language (`LANGUAGE`, `LC_ALL`,
/// `LC_MESSAGES`, `LANG`), as command-line tools speak. Returns the exit code.
pub fn main(args: &[String]) -> i32 {
    let as_json = args.iter().any(|a| a == "--json");
    let lang = platform::language();
    crate::store::name_new_data_in(lang);
    let outcome = match platform::data_dir() {
        Ok(dir) => run(args, &dir, lang),
        Err(e) => Outcome::fail(e.told_in(lang)),
    };
    let mut out = std::io::stdout().lock();
    let printed = if as_json {
        writeln!(out, "{}", outcome.json)
    } else {
        writeln!(out, "{}", outcome.human)
    };
    if let Err(err) = printed {
        tracing::error!(%err, "could not print the outcome");
        return 1;
    }
    outcome.code
}

/// The value after a flag, such as `--out FILE`.
fn flag_value<'a>(args: &'a [String], flag: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// Runs a command on the data in `dir`, saying what happened in `lang`.
pub fn run(args: &[String], dir: &Path, lang: Lang) -> Outcome {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        let usage = t!(lang, "cli-usage");
        return Outcome {
            code: 0,
            json: json!({ "ok": true, "usage": usage }),
            human: usage,
        };
    }
    let known = ["--json", "--out", "--csv"];
    let words: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            let is_flag = known.contains(&a.as_str());
            let is_flag_value = *i > 0 && matches!(args[i - 1].as_str(), "--out" | "--csv");
            !is_flag && !is_flag_value
        })
        .map(|(_, a)| a)
        .collect();
    if let Some(unknown) = args
        .iter()
        .find(|a| a.starts_with("--") && !known.contains(&a.as_str()))
    {
        return usage(
            lang,
            t!(lang, "cli-unknown-option", option = unknown.as_str()),
        );
    }
    match words.first().map(|w| w.as_str()) {
        Some("export") => match flag_value(args, "--out") {
            Some(out) => export(
                dir,
                Path::new(out),
                flag_value(args, "--csv").map(Path::new),
                lang,
            ),
            None => usage(lang, t!(lang, "cli-export-needs-out")),
        },
        Some("import") => match words.get(1) {
            Some(file) if words.len() == 2 => import(dir, Path::new(file.as_str()), lang),
            _ => usage(lang, t!(lang, "cli-import-needs-file")),
        },
        Some("backup") if words.len() == 1 => backup(dir, lang),
        Some("check") if words.len() == 1 => check(dir, lang),
        _ => usage(lang, t!(lang, "cli-unknown-command")),
    }
}

fn usage(lang: Lang, problem: String) -> Outcome {
    Outcome {
        code: 2,
        human: format!("{problem}\n\n{}", t!(lang, "cli-usage")),
        json: json!({ "ok": false, "error": problem }),
    }
}

/// A path as the messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// The environment variable holding the passphrase of encrypted data, for commands.
pub const PASSPHRASE_VAR: &str = "MEND_PASSPHRASE";

fn passphrase(lang: Lang) -> Result<String, Outcome> {
    std::env::var(PASSPHRASE_VAR)
        .map_err(|_| Outcome::fail(t!(lang, "cli-passphrase-needed", variable = PASSPHRASE_VAR)))
}

fn open(dir: &Path, lang: Lang) -> Result<Store, Outcome> {
    let opened = if is_encrypted(&dir.join(DB_FILE)) {
        Store::unlock(dir, &passphrase(lang)?)
    } else {
        Store::open_in(dir)
    };
    opened.map_err(|e| Outcome::fail(e.told_in(lang)))
}

fn export(dir: &Path, out: &Path, csv: Option<&Path>, lang: Lang) -> Outcome {
    let store = match open(dir, lang) {
        Ok(s) => s,
        Err(o) => return o,
    };
    let exported = match store.export_to(out, csv, platform::now()) {
        Ok(e) => e,
        Err(e) => return Outcome::fail(e.told_in(lang)),
    };
    let mut human = t!(
        lang,
        "cli-exported",
        count = exported.counts.total(),
        file = shown(out)
    );
    if let Some(folder) = csv {
        human.push(' ');
        human.push_str(&t!(lang, "cli-exported-csv", folder = shown(folder)));
    }
    Outcome {
        code: 0,
        json: json!({
            "ok": true,
            "file": out,
            "csv_files": exported.csv_files,
            "records": exported.counts,
        }),
        human,
    }
}

fn import(dir: &Path, file: &Path, lang: Lang) -> Outcome {
    // A file that can't be read is said before the data is opened (or made).
    if let Err(e) = std::fs::File::open(file) {
        let why = e.to_string();
        return Outcome::fail(t!(lang, "cli-cannot-read", file = shown(file), why = why));
    }
    let mut store = match open(dir, lang) {
        Ok(s) => s,
        Err(o) => return o,
    };
    match store.import_file(file) {
        Ok(report) => Outcome {
            code: 0,
            human: report.summary_in(lang),
            json: json!({ "ok": true, "report": report }),
        },
        Err(e) => Outcome::fail(e.told_in(lang)),
    }
}

fn backup(dir: &Path, lang: Lang) -> Outcome {
    let store = match open(dir, lang) {
        Ok(s) => s,
        Err(o) => return o,
    };
    match store.backup(BackupKind::Manual, &platform::now()) {
        Ok(b) => Outcome {
            code: 0,
            human: t!(
                lang,
                "cli-backed-up",
                file = shown(&b.path),
                kb = b.bytes.div_ceil(1024)
            ),
            json: json!({ "ok": true, "backup": b }),
        },
        Err(e) => Outcome::fail(e.told_in(lang)),
    }
}

fn check(dir: &Path, lang: Lang) -> Outcome {
    let db = dir.join(DB_FILE);
    let key = if is_encrypted(&db) {
        let pass = match passphrase(lang) {
            Ok(p) => p,
            Err(o) => return o,
        };
        match key_for(&db, &pass) {
            Ok(k) => Some(k),
            Err(e) => return Outcome::fail(e.told_in(lang)),
        }
    } else {
        None
    };
    let health = check_health(&db, key.as_ref());
    let problems: Vec<String> = health.problems.iter().map(|p| p.told_in(lang)).collect();
    let file = shown(&health.path);
    let human = if !health.exists {
        t!(lang, "cli-no-data", file = file)
    } else if health.ok() {
        t!(
            lang,
            "cli-all-well",
            file = file,
            version = health.schema_version,
            known = health.known_version,
            backups = health.backups
        )
    } else {
        let mut text = t!(lang, "cli-problems", file = file);
        for p in problems.iter().take(20) {
            text.push_str(&format!("\n  {p}"));
        }
        text
    };
    Outcome {
        code: if health.ok() { 0 } else { 1 },
        json: json!({
            "ok": health.ok(),
            "health": {
                "path": health.path,
                "exists": health.exists,
                "schema_version": health.schema_version,
                "known_version": health.known_version,
                "problems": problems,
                "backups": health.backups,
            },
        }),
        human,
    }
}
