//! A record kind declared once. [`record!`] takes one line a field, beside the kind's table:
//! its column or columns, its name in an export file, the words for its reasons, and the
//! kind it points at. From those lines it writes the kind's [`Table`] (its columns, its row
//! each way), its export record (`Rec`, a serde struct), its [`Record`] (to the file and back,
//! its references, its CSV headers) and nothing else.
//!
//! The compiler checks the declaration against the domain type: each field is read out of the
//! record by an exhaustive pattern and built back by a struct literal, so a field of the
//! domain type that the declaration leaves out, or one it names that the type lacks, is a
//! compile error, never a run-time surprise.
//!
//! How one field sits in its columns and in a file is its [`Column`]: chosen by its type
//! ([`Plain`]), or named in the declaration where a type is kept in more than one way (`as
//! Required` for text that may not be empty).
//!
//! [`Table`]: super::row::Table
//! [`Record`]: super::record::Record

mod column;
mod ways;

pub use column::InFile;
pub(crate) use column::{Column, Points};
pub use ways::{Checked, Day, FirstName, Noted, OurId, Phrases, Plain, Required, Utc};

/// The column way a declaration names, or [`Plain`].
macro_rules! column_way {
    () => {
        $crate::store::declare::Plain
    };
    ($way:ty) => {
        $way
    };
}

/// The CSV headers a declaration makes, unless the kind writes its own (`csv by_hand`, a
/// kind with a CSV row per part of it, such as a practice session's cards).
macro_rules! csv_fn {
    (() $body:block) => {
        fn csv() -> Vec<&'static str> $body
    };
    ((by_hand) $body:block) => {};
}

/// The words for a field's reasons, or its name.
macro_rules! what_of {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $what:tt) => {
        $what
    };
}

/// Declares a record kind once: see the module's documentation. The grammar:
///
/// ```text
/// record! {
///     /// The export record's documentation.
///     Domain => DomainRec, table "name", kind Kind [, created_offset true] [, csv by_hand] {
///         // one line a field, in the export file's order:
///         #[serde(...)]*  field: Type [as Way] = ["column", ...] => name_in_a_file
///                         [what "words"] [refers Kind] [csv "extra header"],
///         // and, where a file writes some after the record's stamps:
///         ; after stamps: field: Type [as Way] = ["column", ...] => name [what "words"]
///                         [csv "extra header"],
///     }
///     // then, optionally, more items of the kind's `Record` (csv_extra, clash, ...)
/// }
/// ```
///
/// The domain type's key is its field `id`. `what` gives the words its reasons use (the
/// field's name if none), `refers` makes the importer point it at what it
/// knows, and `csv` puts an extra header after it (its cell comes from `csv_extra`). A field
/// may have no column of its own (a practice session's cards, kept in a table of their own;
/// its kind, which its row implies); `csv by_hand` leaves the CSV headers to the kind.
macro_rules! record {
    (
        $(#[$rec_attr:meta])*
        $domain:ident => $rec:ident, table $table:literal, kind $kind:ident $(, created_offset $offset:literal)? $(, csv $by_hand:ident)? {
            $(
                $(#[$field_attr:meta])*
                $field:ident : $ty:ty $(as $way:ty)? = [$($column:literal),*] => $rec_name:ident
                    $(what $what:tt)?
                    $(refers $refers:ident)?
                    $(csv $extra:literal)?
            ),* $(,)?
            // Fields a file writes after the record's stamps (a part's or person's archiving).
            $(
                ; after stamps:
                $(
                    $(#[$late_attr:meta])*
                    $late:ident : $late_ty:ty $(as $late_way:ty)? = [$($late_column:literal),+] => $late_name:ident
                        $(what $late_what:tt)?
                        $(csv $late_extra:literal)?
                ),* $(,)?
            )?
        }
        $($more:tt)*
    ) => {
        impl $crate::store::row::Table for $domain {
            const TABLE: &'static str = $table;
            const COLUMNS: &'static [&'static str] = &[$($($column,)*)* $($($($late_column,)+)*)?];
            $(const CREATED_OFFSET: bool = $offset;)?

            fn to_row(&self) -> Vec<rusqlite::types::Value> {
                // Every field, by name: one the declaration leaves out does not compile.
                let $domain { $($field,)* $($($late,)*)? } = self;
                let mut row = Vec::with_capacity(Self::COLUMNS.len());
                $(<$crate::store::declare::column_way!($($way)?) as $crate::store::declare::Column<$ty>>::put($field, &mut row);)*
                $($(<$crate::store::declare::column_way!($($late_way)?) as $crate::store::declare::Column<$late_ty>>::put($late, &mut row);)*)?
                row
            }

            fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
                let f = $crate::store::row::Fields::of::<Self>(r);
                Ok($domain {
                    $($field: <$crate::store::declare::column_way!($($way)?) as $crate::store::declare::Column<$ty>>::take(
                        &f,
                        &[$($column),*],
                        $crate::store::declare::what_of!($field $($what)?),
                    )?,)*
                    $($($late: <$crate::store::declare::column_way!($($late_way)?) as $crate::store::declare::Column<$late_ty>>::take(
                        &f,
                        &[$($late_column),+],
                        $crate::store::declare::what_of!($late $($late_what)?),
                    )?,)*)?
                })
            }
        }

        $(#[$rec_attr])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct $rec {
            $(
                $(#[$field_attr])*
                pub $rec_name:
                    <$crate::store::declare::column_way!($($way)?) as $crate::store::declare::InFile<$ty>>::Rec,
            )*
            pub created_at: $crate::store::record::Stamp,
            pub updated_at: $crate::store::record::Stamp,
            $($(
                $(#[$late_attr])*
                pub $late_name:
                    <$crate::store::declare::column_way!($($late_way)?) as $crate::store::declare::InFile<$late_ty>>::Rec,
            )*)?
        }

        impl $crate::store::record::Record for $domain {
            const KIND: $crate::store::kinds::Kind = $crate::store::kinds::Kind::$kind;
            #[cfg(test)]
            const WHATS: &'static [&'static str] = &[
                $($crate::store::declare::what_of!($field $($what)?),)*
                $($($crate::store::declare::what_of!($late $($late_what)?),)*)?
            ];
            type Rec = $rec;
            $crate::store::declare::csv_fn!(($($by_hand)?) {
                let mut headers = Vec::new();
                $(
                    headers.extend(<$crate::store::declare::column_way!($($way)?) as $crate::store::declare::Column<$ty>>::csv(stringify!($rec_name)));
                    $(headers.push($extra);)?
                )*
                headers.extend(["created_at", "updated_at"]);
                $($(
                    headers.extend(<$crate::store::declare::column_way!($($late_way)?) as $crate::store::declare::Column<$late_ty>>::csv(stringify!($late_name)));
                    $(headers.push($late_extra);)?
                )*)?
                headers
            });

            fn key(&self) -> uuid::Uuid {
                self.id.into()
            }

            fn to_rec(&self, s: &$crate::store::row::Stamps) -> $rec {
                let $domain { $($field,)* $($($late,)*)? } = self;
                $rec {
                    $($rec_name:
                        <$crate::store::declare::column_way!($($way)?) as $crate::store::declare::Column<$ty>>::out($field),)*
                    created_at: s.created,
                    updated_at: $crate::store::record::updated(s),
                    $($($late_name:
                        <$crate::store::declare::column_way!($($late_way)?) as $crate::store::declare::Column<$late_ty>>::out($late),)*)?
                }
            }

            fn from_rec(r: &$rec) -> Result<$crate::store::record::Imported<Self>, $crate::store::record::Reason> {
                let record = $domain {
                        $($field: <$crate::store::declare::column_way!($($way)?) as $crate::store::declare::Column<$ty>>::parse(
                            &r.$rec_name,
                            $crate::store::declare::what_of!($field $($what)?),
                        )?,)*
                        $($($late: <$crate::store::declare::column_way!($($late_way)?) as $crate::store::declare::Column<$late_ty>>::parse(
                            &r.$late_name,
                            $crate::store::declare::what_of!($late $($late_what)?),
                        )?,)*)?
                };
                Ok($crate::store::record::Imported {
                    record: $crate::store::record::Record::check(record)?,
                    stamps: $crate::store::record::stamps(&r.created_at, &r.updated_at),
                })
            }

            fn refer(&mut self, _known: &dyn $crate::store::record::Refer) -> Result<(), $crate::store::record::RecordError> {
                $($(
                    self.$field = $crate::store::declare::Points::point(
                        self.$field,
                        $crate::store::kinds::Kind::$refers,
                        _known,
                    )?;
                )?)*
                Ok(())
            }

            $($more)*
        }
    };
}

pub(crate) use {column_way, csv_fn, record, what_of};
