//! The row layer: how a record kind sits in its table. Each table's file implements [`Table`]
//! once (its columns, and its record to and from a row), and every read and write of whole
//! records, the app's and the importer's, is generated here from that one column list. A
//! column added to a table is added in its file and nowhere else.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use rusqlite::types::{FromSql, Value, ValueRef};
use rusqlite::{Connection, OptionalExtension, Row, ToSql, params_from_iter};

use crate::domain::Moment;
use crate::domain::kept::{Code, Kept};
use crate::domain::time::{from_parts, offset_s};
use crate::domain::{Name, Note};

/// A record kind kept in one table, one row a record.
pub(crate) trait Table: Sized {
    /// The table's name.
    const TABLE: &'static str;
    /// The record's own columns, its key first. The store's bookkeeping columns
    /// (`created_at_ms`, `created_offset_s` where [`Table::CREATED_OFFSET`], `updated_at_ms`
    /// and `deleted_at_ms`) are not among them.
    const COLUMNS: &'static [&'static str];
    /// Whether the table keeps the offset of its records' creation time.
    const CREATED_OFFSET: bool = false;

    /// The values of [`Table::COLUMNS`], in order.
    fn to_row(&self) -> Vec<Value>;

    /// The record from a row holding [`Table::COLUMNS`] (read by name). A value today's
    /// checks would refuse is kept as it was (see [`crate::domain::kept`]), never changed.
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self>;
}

/// When a record was made and last changed, as the store keeps them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Stamps {
    /// With its offset where the table keeps one, else in UTC.
    pub created: Moment,
    pub updated_ms: i64,
}

impl Stamps {
    /// Made and changed now.
    pub fn now(now: &Moment) -> Self {
        Self {
            created: *now,
            updated_ms: now.timestamp_millis(),
        }
    }
}

/// `a, b, c` for a column list, each prefixed with `prefix` (such as `"t."`).
fn list(columns: &[&str], prefix: &str) -> String {
    columns
        .iter()
        .map(|c| format!("{prefix}{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `?1, ?2, …, ?n`: the parameters of an insert of `n` columns.
fn marks(n: usize) -> String {
    (1..=n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `SELECT <columns> FROM <table> t`, the table named `t` for the caller's conditions.
pub(crate) fn select<T: Table>() -> String {
    format!("SELECT {} FROM {} t", list(T::COLUMNS, "t."), T::TABLE)
}

/// As [`select`], with the bookkeeping columns after the record's (see [`stamps`]).
fn select_stamped<T: Table>() -> String {
    let offset = if T::CREATED_OFFSET {
        "t.created_offset_s"
    } else {
        "0"
    };
    format!(
        "SELECT {}, t.created_at_ms, {offset} AS created_offset_s, t.updated_at_ms FROM {} t",
        list(T::COLUMNS, "t."),
        T::TABLE
    )
}

fn stamps(r: &Row<'_>) -> rusqlite::Result<Stamps> {
    Ok(Stamps {
        created: from_parts(r.get("created_at_ms")?, r.get("created_offset_s")?),
        updated_ms: r.get("updated_at_ms")?,
    })
}

/// The one record whose key is `key`, if the condition `and` (on `t`) holds for it.
/// Deletes a record of `table` softly (at `at`, UTC milliseconds), or brings it back
/// (`None`). Whether one with this id was found in the other state and changed.
pub(crate) fn set_deleted(
    conn: &Connection,
    table: &str,
    id: impl ToSql,
    at: Option<i64>,
) -> rusqlite::Result<bool> {
    let sql = format!(
        "UPDATE {table} SET deleted_at_ms = ?2
         WHERE id = ?1 AND (deleted_at_ms IS NULL) = (?2 IS NOT NULL)"
    );
    Ok(conn.execute(&sql, rusqlite::params![id, at])? == 1)
}

pub(crate) fn get<T: Table>(
    conn: &Connection,
    key: impl ToSql,
    and: &str,
) -> rusqlite::Result<Option<T>> {
    let sql = format!("{} WHERE t.{} = ?1 {and}", select::<T>(), T::COLUMNS[0]);
    conn.prepare_cached(&sql)?
        .query_row([key], T::from_row)
        .optional()
}

/// The one record whose key is `key`, with its stamps.
pub(crate) fn get_stamped<T: Table>(
    conn: &Connection,
    key: impl ToSql,
) -> rusqlite::Result<Option<(T, Stamps)>> {
    let sql = format!("{} WHERE t.{} = ?1", select_stamped::<T>(), T::COLUMNS[0]);
    conn.prepare_cached(&sql)?
        .query_row([key], |r| Ok((T::from_row(r)?, stamps(r)?)))
        .optional()
}

/// Every record, with its stamps, for which `rest` (conditions and order, on `t`) holds.
pub(crate) fn all_stamped<T: Table>(
    conn: &Connection,
    rest: &str,
) -> rusqlite::Result<Vec<(T, Stamps)>> {
    let sql = format!("{} {rest}", select_stamped::<T>());
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| Ok((T::from_row(r)?, stamps(r)?)))?;
    rows.collect()
}

/// What to do when the record is here already.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum OnConflict {
    /// An edit in the app: every column takes the new value, the creation time stays.
    Edit,
    /// An import of a newer edit: the creation time is the file's too.
    Replace,
    /// An import of a record not here: a plain insert, which fails if it is here after all.
    /// (A statement that may update instead keeps a statement journal, which an import of a
    /// hundred thousand rows notices.)
    New,
}

/// Writes a record, new or changed, in one statement generated from [`Table::COLUMNS`].
pub(crate) fn upsert<T: Table>(
    conn: &Connection,
    record: &T,
    stamps: &Stamps,
    on_conflict: OnConflict,
) -> rusqlite::Result<()> {
    let mut columns: Vec<&str> = T::COLUMNS.to_vec();
    let mut values = record.to_row();
    debug_assert_eq!(values.len(), columns.len(), "{}", T::TABLE);
    columns.push("created_at_ms");
    values.push(stamps.created.timestamp_millis().into());
    if T::CREATED_OFFSET {
        columns.push("created_offset_s");
        values.push(i64::from(offset_s(&stamps.created)).into());
    }
    columns.push("updated_at_ms");
    values.push(stamps.updated_ms.into());
    let sql = upsert_sql(T::TABLE, &columns, on_conflict);
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(values))?;
    Ok(())
}

/// The upsert statement for a table's columns, made once per table and way and kept: an
/// import writes a hundred thousand rows through it.
fn upsert_sql(table: &'static str, columns: &[&str], on_conflict: OnConflict) -> Arc<str> {
    type Made = HashMap<(&'static str, OnConflict), Arc<str>>;
    static MADE: LazyLock<Mutex<Made>> = LazyLock::new(Mutex::default);
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    made.entry((table, on_conflict))
        .or_insert_with(|| {
            let marks = marks(columns.len());
            if on_conflict == OnConflict::New {
                return format!(
                    "INSERT INTO {table} ({}) VALUES ({marks})",
                    columns.join(", ")
                )
                .into();
            }
            // An edit keeps the creation time; a replace takes the file's.
            let keep = |c: &&&str| on_conflict == OnConflict::Replace || !c.starts_with("created_");
            let set = columns[1..]
                .iter()
                .filter(keep)
                .map(|c| format!("{c} = excluded.{c}"))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "INSERT INTO {table} ({}) VALUES ({marks}) ON CONFLICT ({}) DO UPDATE SET {set}",
                columns.join(", "),
                columns[0]
            )
            .into()
        })
        .clone()
}

/// Adds a record to a table that keeps no stamps (the cards of a practice session).
pub(crate) fn insert<T: Table>(conn: &Connection, record: &T) -> rusqlite::Result<()> {
    let marks = marks(T::COLUMNS.len());
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({marks})",
        T::TABLE,
        T::COLUMNS.join(", ")
    );
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(record.to_row()))?;
    Ok(())
}

// Reading and writing the values the tables share.

/// A value for a row.
///
/// # Panics
/// If the value does not convert, which no type Mend writes can do (its ids, texts, small
/// numbers and flags all do). A failure would be a bug; it stops the write, whose
/// transaction is then undone, rather than writing something else in the value's place.
pub(crate) fn val(v: impl ToSql) -> Value {
    let converted = v.to_sql().expect("every value Mend writes converts to SQL");
    match converted {
        rusqlite::types::ToSqlOutput::Owned(v) => v,
        rusqlite::types::ToSqlOutput::Borrowed(v) => match v {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Integer(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        },
        other => panic!("Mend writes no value of this kind: {other:?}"),
    }
}

/// A moment as its two columns: UTC milliseconds and the offset in seconds.
pub(crate) fn moment(m: &Moment) -> [Value; 2] {
    [m.timestamp_millis().into(), i64::from(offset_s(m)).into()]
}

/// An optional moment as its two columns.
pub(crate) fn opt_moment(m: &Option<Moment>) -> [Value; 2] {
    match m {
        Some(m) => moment(m),
        None => [Value::Null, Value::Null],
    }
}

/// A row being read into its record, for one table: typed getters by column name, and
/// log lines that name the record when a value does not pass today's checks.
pub(crate) struct Fields<'a, 'r> {
    row: &'a Row<'r>,
    table: &'static str,
}

impl<'a, 'r> Fields<'a, 'r> {
    pub fn of<T: Table>(row: &'a Row<'r>) -> Self {
        Self {
            row,
            table: T::TABLE,
        }
    }

    pub fn get<V: FromSql>(&self, column: &str) -> rusqlite::Result<V> {
        self.row.get(column)
    }

    /// The id of the record, for log lines.
    fn id(&self) -> String {
        self.row.get::<_, String>(0).unwrap_or_default()
    }

    /// A moment kept as two columns: UTC milliseconds and the offset in seconds.
    pub fn moment(&self, ms: &str, offset: &str) -> rusqlite::Result<Moment> {
        Ok(from_parts(self.get(ms)?, self.get(offset)?))
    }

    /// An optional moment; a missing offset reads as `fallback`.
    pub fn opt_moment(
        &self,
        ms: &str,
        offset: &str,
        fallback: i32,
    ) -> rusqlite::Result<Option<Moment>> {
        let at: Option<i64> = self.get(ms)?;
        let off: Option<i32> = self.get(offset)?;
        Ok(at.map(|ms| from_parts(ms, off.unwrap_or(fallback))))
    }

    /// A moment kept in UTC milliseconds only.
    pub fn utc(&self, ms: &str) -> rusqlite::Result<Option<Moment>> {
        Ok(self.get::<Option<i64>>(ms)?.map(|ms| from_parts(ms, 0)))
    }

    /// A note as it was kept. One today's checks would not keep as it is is kept whole all
    /// the same, and a log line names its record.
    pub fn note(&self, column: &str, what: &'static str) -> rusqlite::Result<Note> {
        let note = Note::kept(self.get(column)?);
        if let Some(problem) = note.problem(what) {
            tracing::warn!(
                table = self.table,
                id = %self.id(),
                column,
                %problem,
                "a stored text doesn't pass today's checks; it is kept as it is"
            );
        }
        Ok(note)
    }

    /// A name as it was kept; as [`Fields::note`].
    pub fn name(&self, column: &str) -> rusqlite::Result<Name> {
        let name = Name::kept(self.get(column)?);
        if !name.fits() {
            tracing::warn!(
                table = self.table,
                id = %self.id(),
                column,
                "a stored name doesn't pass today's checks; it is kept as it is"
            );
        }
        Ok(name)
    }

    /// A code as it was kept; one this build does not know is kept as it is, and logged.
    pub fn code<T: Code>(&self, column: &str) -> rusqlite::Result<Kept<T>> {
        let text: String = self.get(column)?;
        Ok(self.logged(column, Kept::read(&text)))
    }

    /// An optional code; as [`Fields::code`].
    pub fn opt_code<T: Code>(&self, column: &str) -> rusqlite::Result<Option<Kept<T>>> {
        let text: Option<String> = self.get(column)?;
        Ok(text.map(|t| self.logged(column, Kept::read(&t))))
    }

    /// A code that the table's own CHECK allows only known values for: anything else is an
    /// error naming the record, never a guess.
    pub fn checked<T: Code>(&self, column: &str) -> rusqlite::Result<T> {
        let text: String = self.get(column)?;
        T::from_code(&text).ok_or_else(|| self.unreadable(column, "a code Mend doesn't know"))
    }

    /// As [`Fields::checked`], for a column that may be empty.
    pub fn opt_checked<T: Code>(&self, column: &str) -> rusqlite::Result<Option<T>> {
        let text: Option<String> = self.get(column)?;
        text.map(|t| {
            T::from_code(&t).ok_or_else(|| self.unreadable(column, "a code Mend doesn't know"))
        })
        .transpose()
    }

    /// A list of texts kept as JSON. One that does not read as such a list is an error
    /// naming the record: it is never read as empty, so it is never saved back empty.
    pub fn list(&self, column: &str) -> rusqlite::Result<Vec<String>> {
        let text: String = self.get(column)?;
        serde_json::from_str(&text).map_err(|_| self.unreadable(column, "a list Mend can't read"))
    }

    /// A list of codes kept as JSON, each kept as it was.
    pub fn code_list<T: Code>(&self, column: &str) -> rusqlite::Result<Vec<Kept<T>>> {
        Ok(self
            .list(column)?
            .iter()
            .map(|code| self.logged(column, Kept::read(code)))
            .collect())
    }

    fn logged<T>(&self, column: &str, kept: Kept<T>) -> Kept<T> {
        if kept.unknown().is_some() {
            tracing::warn!(
                table = self.table,
                id = %self.id(),
                column,
                "a stored code isn't one this version knows; it is kept as it is"
            );
        }
        kept
    }

    /// The error for a value that cannot be read, after a log line naming its record.
    fn unreadable(&self, column: &str, what: &str) -> rusqlite::Error {
        tracing::error!(table = self.table, id = %self.id(), column, "a stored value is {what}");
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("{}.{column} holds {what}", self.table).into(),
        )
    }
}

/// The time of a moment for a column kept in UTC milliseconds only.
pub(crate) fn utc_ms(m: &Option<Moment>) -> Value {
    m.map_or(Value::Null, |m| m.timestamp_millis().into())
}

/// A list of texts for a JSON column.
pub(crate) fn list_value(items: &[String]) -> Value {
    // A list of strings always serializes; nothing else is ever written in its place.
    Value::Text(serde_json::to_string(items).expect("a list of texts serializes"))
}

/// A list of kept codes for a JSON column.
pub(crate) fn code_list_value<T: Code>(items: &[Kept<T>]) -> Value {
    let codes: Vec<String> = items.iter().map(|k| k.code().into_owned()).collect();
    list_value(&codes)
}

/// An optional kept code for a column.
pub(crate) fn opt_code_value<T: Code>(kept: &Option<Kept<T>>) -> Value {
    kept.as_ref()
        .map_or(Value::Null, |k| Value::Text(k.code().into_owned()))
}
