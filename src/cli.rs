//! The command line, for power users, scripts and support: `mend export`, `mend import`,
//! `mend backup` and `mend check`. Each honours `MEND_DATA_DIR`, prints a short summary for
//! people, or with `--json` one JSON object, and exits non-zero when something is wrong.

use std::io::Write;
use std::path::Path;

use serde_json::json;

use crate::platform;
use crate::store::cipher::{is_encrypted, key_for};
use crate::store::{BackupKind, DB_FILE, Store, check_health};
use crate::ui::errors::Told;

/// The subcommands, as typed.
pub const COMMANDS: [&str; 4] = ["export", "import", "backup", "check"];

/// The usage text of the command line.
pub const USAGE: &str = "Usage:
  mend export --out FILE [--csv FOLDER] [--json]   write everything to a JSON file (and CSV files)
  mend import FILE [--json]                        import a Mend export (safe to repeat)
  mend backup [--json]                             make a backup now
  mend check [--json]                              check the data file; exit code 1 if something is wrong

MEND_DATA_DIR moves the folder that holds mend.db. For encrypted data, MEND_PASSPHRASE gives
the passphrase.";

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

/// Runs a command and prints its outcome. Returns the exit code.
pub fn main(args: &[String]) -> i32 {
    let as_json = args.iter().any(|a| a == "--json");
    let outcome = match platform::data_dir() {
        Ok(dir) => run(args, &dir),
        Err(e) => Outcome::fail(e.told()),
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

/// Runs a command on the data in `dir`.
pub fn run(args: &[String], dir: &Path) -> Outcome {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return Outcome {
            code: 0,
            human: USAGE.to_owned(),
            json: json!({ "ok": true, "usage": USAGE }),
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
        return usage(&format!("Unknown option {unknown}."));
    }
    match words.first().map(|w| w.as_str()) {
        Some("export") => match flag_value(args, "--out") {
            Some(out) => export(
                dir,
                Path::new(out),
                flag_value(args, "--csv").map(Path::new),
            ),
            None => usage("mend export needs --out FILE."),
        },
        Some("import") => match words.get(1) {
            Some(file) if words.len() == 2 => import(dir, Path::new(file.as_str())),
            _ => usage("mend import needs one FILE."),
        },
        Some("backup") if words.len() == 1 => backup(dir),
        Some("check") if words.len() == 1 => check(dir),
        _ => usage("That isn't a command Mend knows."),
    }
}

fn usage(problem: &str) -> Outcome {
    Outcome {
        code: 2,
        human: format!("{problem}\n\n{USAGE}"),
        json: json!({ "ok": false, "error": problem }),
    }
}

/// The environment variable holding the passphrase of encrypted data, for commands.
pub const PASSPHRASE_VAR: &str = "MEND_PASSPHRASE";

fn passphrase() -> Result<String, Outcome> {
    std::env::var(PASSPHRASE_VAR).map_err(|_| {
        Outcome::fail(format!(
            "Your data is encrypted. Set {PASSPHRASE_VAR} to its passphrase for this command."
        ))
    })
}

fn open(dir: &Path) -> Result<Store, Outcome> {
    let opened = if is_encrypted(&dir.join(DB_FILE)) {
        Store::unlock(dir, &passphrase()?)
    } else {
        Store::open_in(dir)
    };
    opened.map_err(|e| Outcome::fail(e.told()))
}

fn export(dir: &Path, out: &Path, csv: Option<&Path>) -> Outcome {
    let store = match open(dir) {
        Ok(s) => s,
        Err(o) => return o,
    };
    let exported = match store.export_to(out, csv, platform::now()) {
        Ok(e) => e,
        Err(e) => return Outcome::fail(e.told()),
    };
    let mut human = format!(
        "Exported {} records to {}.",
        exported.counts.total(),
        out.display()
    );
    if let Some(folder) = csv {
        human.push_str(&format!(" CSV files are in {}.", folder.display()));
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

fn import(dir: &Path, file: &Path) -> Outcome {
    // A file that can't be read is said before the data is opened (or made).
    if let Err(e) = std::fs::File::open(file) {
        return Outcome::fail(format!("Couldn't read {}: {e}", file.display()));
    }
    let mut store = match open(dir) {
        Ok(s) => s,
        Err(o) => return o,
    };
    match store.import_file(file) {
        Ok(report) => Outcome {
            code: 0,
            human: report.summary(),
            json: json!({ "ok": true, "report": report }),
        },
        Err(e) => Outcome::fail(e.told()),
    }
}

fn backup(dir: &Path) -> Outcome {
    let store = match open(dir) {
        Ok(s) => s,
        Err(o) => return o,
    };
    match store.backup(BackupKind::Manual, &platform::now()) {
        Ok(b) => Outcome {
            code: 0,
            human: format!(
                "Backed up to {} ({} KB), and checked.",
                b.path.display(),
                b.bytes.div_ceil(1024)
            ),
            json: json!({ "ok": true, "backup": b }),
        },
        Err(e) => Outcome::fail(e.told()),
    }
}

fn check(dir: &Path) -> Outcome {
    let db = dir.join(DB_FILE);
    let key = if is_encrypted(&db) {
        let pass = match passphrase() {
            Ok(p) => p,
            Err(o) => return o,
        };
        match key_for(&db, &pass) {
            Ok(k) => Some(k),
            Err(e) => return Outcome::fail(e.told()),
        }
    } else {
        None
    };
    let health = check_health(&db, key.as_ref());
    let problems: Vec<String> = health.problems.iter().map(Told::told).collect();
    let human = if !health.exists {
        format!("No data yet at {}.", health.path.display())
    } else if health.ok() {
        format!(
            "All is well: {} (data version {} of {}), {} backups.",
            health.path.display(),
            health.schema_version,
            health.known_version,
            health.backups
        )
    } else {
        let mut text = format!("Problems in {}:", health.path.display());
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
