//! Which version of the schema a file is at, and which this build writes. Kept apart from
//! the list of migrations, which needs every table, so that what looks at a file before
//! opening it needs none of them.

use rusqlite::Connection;

/// Written into the file header so a Mend file can be told from any other SQLite file
/// ("MEND" in ASCII).
pub const APPLICATION_ID: i32 = 0x4D45_4E44;

/// The schema version this build writes: the number of migrations.
pub const SCHEMA_VERSION: usize = 18;

/// The schema version the file says it is at (0 for a new file).
fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Whether an existing database has migrations to run (a new, empty file needs no backup).
pub(crate) fn needs_update(conn: &Connection) -> rusqlite::Result<bool> {
    let version = user_version(conn)?;
    Ok(version > 0 && (version as usize) < SCHEMA_VERSION)
}

/// Whether the file is at this build's version: nothing to migrate, and not new.
pub(crate) fn is_current(conn: &Connection) -> rusqlite::Result<bool> {
    Ok(usize::try_from(user_version(conn)?) == Ok(SCHEMA_VERSION))
}
