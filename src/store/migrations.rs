//! The list of schema migrations, append-only: never edit one that has shipped. Each table's
//! SQL lives in that table's file.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use super::{
    checkins, help_lines, insight_sums, named, pauses, phrases, practice, reflections, repairs,
    ruptures, search, settings, talks,
};

const HEADER_V1: &str = "PRAGMA application_id = 1296387652;";

pub(super) fn list() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(HEADER_V1),
        M::up(named::PARTS_V1),
        M::up(named::PEOPLE_V1),
        M::up(ruptures::V1),
        M::up(checkins::V1),
        M::up(pauses::V1),
        M::up(repairs::V1),
        M::up_with_hook(settings::V1, named::seed_starter_parts),
        M::up(search::V1),
        M::up(named::PARTS_V2),
        M::up(reflections::V1),
        M::up(phrases::V1),
        M::up(practice::V1),
        M::up(practice::V2),
        M::up(help_lines::V1),
        M::up_with_hook("", |tx| Ok(insight_sums::create_v1(tx)?)),
        M::up(checkins::V2),
        M::up(talks::V1),
    ])
}

/// Brings the schema up to date in one transaction per migration.
pub(super) fn migrate(conn: &mut Connection) -> Result<(), rusqlite_migration::Error> {
    list().to_latest(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::file::check_before_writing;
    use crate::store::version::SCHEMA_VERSION;

    #[test]
    fn migrations_are_valid_and_counted() {
        let list = list();
        list.validate().unwrap();
        let mut conn = Connection::open_in_memory().unwrap();
        list.to_latest(&mut conn).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION as i64);
        assert_eq!(list.pending_migrations(&conn).unwrap(), 0);
    }

    /// Each migration in turn, on a real file: the version moves one step, the file stays
    /// sound, and the next open continues from there.
    #[test]
    fn every_migration_from_an_empty_file() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("mend.db");
        for version in 1..=SCHEMA_VERSION {
            let mut conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "foreign_keys", "ON").unwrap();
            check_before_writing(&conn, &path).unwrap();
            list().to_version(&mut conn, version).unwrap();
            let v: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(v, version as i64);
            let ok: String = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok");
            let fk_problems: i64 = conn
                .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                    r.get(0)
                })
                .unwrap();
            assert_eq!(fk_problems, 0);
        }
        let conn = Connection::open(&path).unwrap();
        let parts: i64 = conn
            .query_row("SELECT count(*) FROM parts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            parts,
            crate::domain::starter_parts(crate::domain::i18n::Lang::ENGLISH).len() as i64
        );
    }
}
