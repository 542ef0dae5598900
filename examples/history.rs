//! Makes a data folder holding ten years of generated history (the benchmark's set), for the
//! start-up and memory scripts: `cargo run --release --example history -- FOLDER
//! [--encrypt] [--years=N]`. With `--encrypt`, the data is encrypted with the passphrase in
//! `MEND_PASSPHRASE`; with `--years=N`, the same history is made over N years, in
//! proportion (the browser test of a large import). It refuses a folder that already holds
//! Mend data.

use chrono::DateTime;
use mend::store::synthetic::Spec;
use mend::store::{DB_FILE, Store};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(std::path::PathBuf::from) else {
        eprintln!("Usage: history FOLDER [--encrypt] [--years=N]");
        std::process::exit(2);
    };
    if dir.join(DB_FILE).exists() {
        eprintln!(
            "{} already holds Mend data; nothing was changed.",
            dir.display()
        );
        std::process::exit(1);
    }
    std::fs::create_dir_all(&dir).expect("the folder can be made");
    let now = DateTime::parse_from_rfc3339("2026-11-23T20:00:00+01:00").expect("a time");
    let mut store = Store::open_in(&dir).expect("a new store");
    let spec = match args.iter().find_map(|a| a.strip_prefix("--years=")) {
        Some(years) => {
            let years: u32 = years.parse().expect("--years=N takes a whole number");
            Spec::TEN_YEARS.over_years(years.clamp(1, 10))
        }
        None => Spec::TEN_YEARS,
    };
    let made = store.generate(spec, &now).expect("the history");
    if args.iter().any(|a| a == "--encrypt") {
        let passphrase = std::env::var("MEND_PASSPHRASE").expect("MEND_PASSPHRASE for --encrypt");
        store.encrypt(&passphrase).expect("the data encrypted");
    }
    store.checkpoint().expect("the log written into the file");
    println!("{} records in {}", made.total(), dir.display());
}
