use mend::store::Store;
use mend::store::synthetic::Spec;
use mend::store::transfer::{write_csv, write_json};
#[test]
fn golden() {
    let label = std::env::var("GOLD").unwrap();
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-23T20:00:00+01:00").unwrap();
    store
        .generate(
            Spec {
                years: 1,
                checkins: 300,
                ruptures: 80,
                repaired_per_mille: 800,
                pauses: 70,
                reflected_per_mille: 400,
                practice_sessions: 10,
                own_phrases: 5,
                seed: 3,
            },
            &at,
        )
        .unwrap();
    let out = std::path::Path::new("/tmp/gold").join(label);
    let snap = store.snapshot().unwrap();
    write_json(&snap, at, &out.join("all.json")).unwrap();
    write_csv(&snap, &out.join("csv")).unwrap();
}
