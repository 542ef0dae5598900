//! Parts and people: the two lists of names the user picks from, kept in tables of the same
//! shape. Archived names leave the chips but stay behind their old records.

use rusqlite::types::{FromSql, ToSql};
use rusqlite::{OptionalExtension, Transaction, params};
use tracing::instrument;

use super::declare::{Utc, record};
use super::{Random, Result, Store, StoreError};
use crate::domain::i18n::Lang;
use crate::domain::{Moment, Name, Named, PartId, PersonId, starter_parts};

pub(super) const PARTS_V1: &str = "
CREATE TABLE parts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role TEXT,
    age_band TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL,
    created_offset_s INTEGER NOT NULL DEFAULT 0,
    updated_at_ms INTEGER NOT NULL,
    archived_at_ms INTEGER
) STRICT;
CREATE UNIQUE INDEX parts_active_name ON parts (name COLLATE NOCASE) WHERE archived_at_ms IS NULL;
";

/// The rest of what the user knows of a part, and where a merged part went.
pub(super) const PARTS_V2: &str = "
ALTER TABLE parts ADD COLUMN fears TEXT NOT NULL DEFAULT '';
ALTER TABLE parts ADD COLUMN needs TEXT NOT NULL DEFAULT '';
ALTER TABLE parts ADD COLUMN triggers TEXT NOT NULL DEFAULT '';
ALTER TABLE parts ADD COLUMN merged_into TEXT REFERENCES parts (id);
";

pub(super) const PEOPLE_V1: &str = "
CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at_ms INTEGER NOT NULL,
    created_offset_s INTEGER NOT NULL DEFAULT 0,
    updated_at_ms INTEGER NOT NULL,
    archived_at_ms INTEGER
) STRICT;
CREATE UNIQUE INDEX people_active_name ON people (name COLLATE NOCASE) WHERE archived_at_ms IS NULL;
";

/// A person as their row holds them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PersonRow {
    pub id: PersonId,
    pub name: Name,
    pub archived_at: Option<Moment>,
}

record! {
    /// A person the user is in relationship with, as an export file writes them.
    PersonRow => PersonRec, table "people", kind Person, created_offset true {
        id: PersonId = ["id"] => id,
        name: Name = ["name"] => name;
        after stamps:
        #[serde(default)]
        archived_at: Option<Moment> as Utc = ["archived_at_ms"] => archived_at,
    }
}

/// One of the two name lists.
pub trait NamedKind {
    type Id: Copy + PartialEq + ToSql + FromSql + Random;
    /// The table's name.
    const TABLE: &'static str;
    /// A word for one of them in messages.
    const WHAT: &'static str;
    /// SQL for when a name was last used, given the row as `n`.
    const LAST_USED: &'static str;
}

/// The parts of the user.
pub enum Parts {}
/// The people the user is in relationship with.
pub enum People {}

impl NamedKind for Parts {
    type Id = PartId;
    const TABLE: &'static str = "parts";
    const WHAT: &'static str = "part";
    const LAST_USED: &'static str = "(SELECT max(c.at_ms) FROM checkins c
        WHERE c.part_id = n.id AND c.deleted_at_ms IS NULL)";
}

impl NamedKind for People {
    type Id = PersonId;
    const TABLE: &'static str = "people";
    const WHAT: &'static str = "person";
    const LAST_USED: &'static str = "max(
        coalesce((SELECT max(c.at_ms) FROM checkins c
            WHERE c.person_id = n.id AND c.deleted_at_ms IS NULL), 0),
        coalesce((SELECT max(r.at_ms) FROM ruptures r
            WHERE r.person_id = n.id AND r.deleted_at_ms IS NULL), 0))";
}

impl Store {
    /// The names in use, most recently used first; never-used ones follow in the order they
    /// were added.
    #[instrument(skip_all, err)]
    pub fn list<K: NamedKind>(&self) -> Result<Vec<Named<K::Id>>> {
        let sql = format!(
            "SELECT n.id, n.name FROM {table} n WHERE n.archived_at_ms IS NULL
             ORDER BY {last} DESC NULLS LAST, n.created_at_ms, n.rowid",
            table = K::TABLE,
            last = K::LAST_USED
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| {
            Ok(Named {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every name, removed ones too (past records still carry them), in alphabetical order.
    /// The flag says whether the name was removed from the chips.
    #[instrument(skip_all, err)]
    pub fn all_names<K: NamedKind>(&self) -> Result<Vec<(Named<K::Id>, bool)>> {
        let sql = format!(
            "SELECT id, name, archived_at_ms IS NOT NULL FROM {} ORDER BY fold(name), rowid",
            K::TABLE
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| {
            Ok((
                Named {
                    id: r.get(0)?,
                    name: r.get(1)?,
                },
                r.get(2)?,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One name, archived or not.
    pub fn named<K: NamedKind>(&self, id: K::Id) -> Result<Named<K::Id>> {
        let sql = format!("SELECT name FROM {} WHERE id = ?1", K::TABLE);
        self.conn
            .query_row(&sql, [id], |r| r.get(0))
            .optional()?
            .map(|name| Named { id, name })
            .ok_or(StoreError::NotFound(K::WHAT))
    }

    /// Adds a name, or gives back the one already there with the same name (ignoring case).
    #[instrument(skip_all, err)]
    pub fn add<K: NamedKind>(&mut self, name: &Name, now: &Moment) -> Result<Named<K::Id>> {
        self.write(|tx| add_in::<K>(tx, name, now))
    }

    /// Gives a name a new spelling.
    #[instrument(skip_all, err)]
    pub fn rename<K: NamedKind>(&mut self, id: K::Id, name: &Name, now: &Moment) -> Result<()> {
        self.write(|tx| {
            if let Some(other) = find_active::<K>(tx, name)?
                && other != id
            {
                return Err(StoreError::NameTaken(name.as_str().to_owned()));
            }
            let sql = format!(
                "UPDATE {} SET name = ?2, updated_at_ms = ?3 WHERE id = ?1",
                K::TABLE
            );
            let n = tx.execute(&sql, params![id, name.as_str(), now.timestamp_millis()])?;
            if n == 0 {
                return Err(StoreError::NotFound(K::WHAT));
            }
            Ok(())
        })
    }

    /// Takes a name off the chips; records that use it keep it.
    #[instrument(skip_all, err)]
    pub fn archive<K: NamedKind>(&mut self, id: K::Id, now: &Moment) -> Result<()> {
        self.write(|tx| set_archived::<K>(tx, id, Some(now.timestamp_millis())))
    }

    /// Puts an archived name back on the chips (the undo of [`Store::archive`]).
    #[instrument(skip_all, err)]
    pub fn unarchive<K: NamedKind>(&mut self, id: K::Id) -> Result<()> {
        self.write(|tx| {
            let name: String = tx
                .query_row(
                    &format!("SELECT name FROM {} WHERE id = ?1", K::TABLE),
                    [id],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or(StoreError::NotFound(K::WHAT))?;
            if find_active::<K>(tx, &Name::parse(&name)?)?.is_some_and(|other| other != id) {
                return Err(StoreError::NameTaken(name));
            }
            set_archived::<K>(tx, id, None)?;
            if K::TABLE == Parts::TABLE {
                // A part brought back stands on its own again, whatever it was merged into.
                tx.execute("UPDATE parts SET merged_into = NULL WHERE id = ?1", [id])?;
            }
            Ok(())
        })
    }
}

fn find_active<K: NamedKind>(tx: &Transaction<'_>, name: &Name) -> Result<Option<K::Id>> {
    active_with_name(tx, K::TABLE, name.as_str(), None::<K::Id>)
}

/// The id of an active name in `table` (parts or people) equal to `name` in any case and
/// any script, other than `except`, if there is one.
pub(super) fn active_with_name<T: FromSql>(
    conn: &rusqlite::Connection,
    table: &str,
    name: &str,
    except: Option<impl ToSql>,
) -> Result<Option<T>> {
    let sql = format!(
        "SELECT id FROM {table} WHERE fold(name) = fold(?1) AND archived_at_ms IS NULL
         AND (?2 IS NULL OR id <> ?2)"
    );
    Ok(conn
        .query_row(&sql, params![name, except], |r| r.get(0))
        .optional()?)
}

pub(super) fn add_in<K: NamedKind>(
    tx: &Transaction<'_>,
    name: &Name,
    now: &Moment,
) -> Result<Named<K::Id>> {
    if let Some(existing) = find_active::<K>(tx, name)? {
        let name: String = tx.query_row(
            &format!("SELECT name FROM {} WHERE id = ?1", K::TABLE),
            [existing],
            |r| r.get(0),
        )?;
        return Ok(Named { id: existing, name });
    }
    let id = K::Id::random();
    let sql = format!(
        "INSERT INTO {} (id, name, created_at_ms, created_offset_s, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?3)",
        K::TABLE
    );
    tx.execute(
        &sql,
        params![
            id,
            name.as_str(),
            now.timestamp_millis(),
            now.offset().local_minus_utc()
        ],
    )?;
    Ok(Named {
        id,
        name: name.as_str().to_owned(),
    })
}

fn set_archived<K: NamedKind>(tx: &Transaction<'_>, id: K::Id, at: Option<i64>) -> Result<()> {
    let sql = format!(
        "UPDATE {} SET archived_at_ms = ?2, updated_at_ms = coalesce(?2, updated_at_ms) WHERE id = ?1",
        K::TABLE
    );
    if tx.execute(&sql, params![id, at])? == 0 {
        return Err(StoreError::NotFound(K::WHAT));
    }
    Ok(())
}

/// The language a new store's starter parts are named in (see [`name_new_data_in`]).
static FIRST_WORDS: std::sync::Mutex<Lang> = std::sync::Mutex::new(Lang::ENGLISH);

/// Names the starter parts of data made from now on in `lang`: the device's language, given
/// before the data is opened. Data that exists already keeps its parts as they are.
pub fn name_new_data_in(lang: Lang) {
    *FIRST_WORDS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = lang;
}

/// The migration hook that gives a new user the starter parts, in the language given to
/// [`name_new_data_in`] (English if none was).
pub(super) fn seed_starter_parts(tx: &Transaction<'_>) -> rusqlite_migration::HookResult {
    let lang = *FIRST_WORDS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(0))
        .unwrap_or(0);
    for name in starter_parts(lang) {
        tx.execute(
            "INSERT INTO parts (id, name, created_at_ms, updated_at_ms) VALUES (?1, ?2, ?3, ?3)",
            params![PartId::random(), name, now_ms],
        )?;
    }
    Ok(())
}
