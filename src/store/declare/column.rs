//! What a field's way is: how it sits in its columns and in a file ([`Column`], with the type
//! a file writes, [`InFile`]), and how a field pointing at another record is pointed at what
//! the importer knows ([`Points`]).

use rusqlite::types::Value;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::{PartId, PersonId, RuptureId};
use crate::store::kinds::Kind;
use crate::store::record::{Reason, RecordError, Refer};
use crate::store::row::Fields;

/// How a field's type is written in an export file: the type of its field there (public,
/// as the export records are).
pub trait InFile<T> {
    type Rec: Serialize + DeserializeOwned;
}

/// How one field of a record sits in its table's columns and in an export file.
pub(crate) trait Column<T>: InFile<T> {
    /// Its columns' values, in the order the declaration names the columns.
    fn put(value: &T, row: &mut Vec<Value>);

    /// The field from its columns, as it was kept (never changed on the way in).
    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        what: &'static str,
    ) -> rusqlite::Result<T>;

    /// The field as the file writes it, exactly as it is kept.
    fn out(value: &T) -> <Self as InFile<T>>::Rec;

    /// Its headers in a CSV file: its name, or a nested group's own names.
    fn csv(name: &'static str) -> Vec<&'static str> {
        vec![name]
    }

    /// The field from a file, parsed into the domain's type, or the reason it can't be kept.
    fn parse(rec: &<Self as InFile<T>>::Rec, what: &'static str) -> Result<T, Reason>;
}

/// A field that points at another record: the importer points it at what it accepted from
/// the file or finds here.
pub(crate) trait Points: Sized {
    fn point(self, kind: Kind, known: &dyn Refer) -> Result<Self, RecordError>;
}

macro_rules! points {
    ($($id:ty),*) => {$(
        impl Points for $id {
            fn point(self, kind: Kind, known: &dyn Refer) -> Result<Self, RecordError> {
                Ok(<$id>::from(known.refer(kind, self.0)?))
            }
        }

        impl Points for Option<$id> {
            fn point(self, kind: Kind, known: &dyn Refer) -> Result<Self, RecordError> {
                Ok(known.refer_opt(kind, self.map(|id| id.0))?.map(<$id>::from))
            }
        }
    )*};
}

points!(PartId, PersonId, RuptureId);
