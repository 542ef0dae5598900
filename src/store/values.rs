//! How the domain's values sit in SQL: identifiers as hyphenated UUID text, levels and sizes
//! as small integers; and the SQL functions of our own.

use rusqlite::Connection;

use crate::domain::{
    CheckInId, HelpLineId, PartId, PauseId, PersonId, PhraseId, PracticeId, ReflectionId, RepairId,
    RuptureId, SharedId, TalkId,
};

/// Identifiers are kept as hyphenated UUID text, readable in any SQLite tool.
macro_rules! id_sql {
    ($($id:ty),*) => {$(
        impl rusqlite::types::ToSql for $id {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.0.hyphenated().to_string()))
            }
        }

        impl rusqlite::types::FromSql for $id {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                uuid::Uuid::parse_str(value.as_str()?)
                    .map(Self)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }

        impl Random for $id {
            fn random() -> Self {
                <$id>::random()
            }
        }
    )*};
}

/// Levels and sizes are kept as small integers, which the tables' CHECKs bound; a value out
/// of range is an error, never a guess.
macro_rules! bounded_sql {
    ($($t:ty),*) => {$(
        impl rusqlite::types::ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.get()))
            }
        }

        impl rusqlite::types::FromSql for $t {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let n = value.as_i64()?;
                u8::try_from(n)
                    .ok()
                    .and_then(<$t>::new)
                    .ok_or(rusqlite::types::FromSqlError::OutOfRange(n))
            }
        }
    )*};
}

bounded_sql!(crate::domain::Level, crate::domain::Severity);

/// A kind of identifier that can be made fresh.
pub trait Random {
    fn random() -> Self;
}

crate::domain::ids::every_id!(id_sql);

/// SQL functions of our own: `fold(text)` lower-cases any script (SQLite's own `lower()` and
/// `LIKE` only fold ASCII), so "émile" finds "Émile".
pub(super) fn add_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    use rusqlite::types::ValueRef;
    conn.create_scalar_function(
        "fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            Ok(match ctx.get_raw(0) {
                ValueRef::Text(t) => Some(String::from_utf8_lossy(t).to_lowercase()),
                _ => None,
            })
        },
    )
}
