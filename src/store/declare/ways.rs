//! The ways a field can be kept: chosen by its type ([`Plain`]) or named in a declaration.

use chrono::{Datelike, NaiveDate, TimeDelta};
use rusqlite::types::Value;
use uuid::Uuid;

use crate::domain::content::Audience;
use crate::domain::kept::{Code, Kept};
use crate::domain::{
    CheckInId, HelpLineId, Level, PartId, PauseId, PersonId, PhraseId, PracticeId, ReflectionId,
    RepairId, RuptureId, SharedId, TalkId,
};
use crate::domain::{Moment, Name, Note, Severity};
use crate::store::record::{
    Reason, Stamp, between, code, kept_code, known, level, list, name, not_one_of, note, opt_known,
    required, short_list,
};
use crate::store::row::{
    Fields, code_list_value, list_value, moment, opt_code_value, opt_moment, utc_ms, val,
};

use super::column::{Column, InFile};

/// The way a field's type is kept when the declaration names no other.
pub struct Plain;

/// Text that may not be empty (what a rupture was about).
pub struct Required;

/// Text checked as a note on the way in from a file, kept as plain text (why a phrase of
/// one's own helps).
pub struct Noted;

/// The id of something in our words (a prompt, a phrase): from a file, one Mend could have
/// written, though not necessarily one this build has.
pub struct OurId;

/// A first name that may be empty (a talk's "You" and "Your partner"); from a file, checked
/// as a name when it is not.
pub struct FirstName;

/// A list of phrases, each one's words not empty.
pub struct Phrases;

/// A time kept in UTC milliseconds only, in one column (when a part or person was archived).
pub struct Utc;

/// A day (`YYYY-MM-DD`), kept as it was; from a file, a date Mend can read and keep.
pub struct Day;

/// A code of a closed set that the table's own CHECK allows only known values for (a
/// rupture's status): read as anything else is an error naming the record, never a guess.
pub struct Checked;

/// A record's identifiers: UUID text in a column, a UUID in a file.
macro_rules! id_columns {
    ($($id:ty),*) => {$(
        impl InFile<$id> for Plain {
            type Rec = Uuid;
        }

        impl Column<$id> for Plain {

            fn put(value: &$id, row: &mut Vec<Value>) {
                row.push(val(value));
            }

            fn take(f: &Fields<'_, '_>, columns: &[&'static str], _: &'static str) -> rusqlite::Result<$id> {
                f.get(columns[0])
            }

            fn out(value: &$id) -> Uuid {
                value.0
            }

            fn parse(rec: &Uuid, _: &'static str) -> Result<$id, Reason> {
                Ok(<$id>::from(*rec))
            }
        }
        impl InFile<Option<$id>> for Plain {
            type Rec = Option<Uuid>;
        }

        impl Column<Option<$id>> for Plain {

            fn put(value: &Option<$id>, row: &mut Vec<Value>) {
                row.push(val(value));
            }

            fn take(f: &Fields<'_, '_>, columns: &[&'static str], _: &'static str) -> rusqlite::Result<Option<$id>> {
                f.get(columns[0])
            }

            fn out(value: &Option<$id>) -> Option<Uuid> {
                value.map(|id| id.0)
            }

            fn parse(rec: &Option<Uuid>, _: &'static str) -> Result<Option<$id>, Reason> {
                Ok(rec.map(<$id>::from))
            }
        }
    )*};
}

crate::domain::ids::every_id!(id_columns);

/// A moment: UTC milliseconds and the offset in seconds, in two columns; with its offset in
/// a file.
impl InFile<Moment> for Plain {
    type Rec = Stamp;
}

impl Column<Moment> for Plain {
    fn put(value: &Moment, row: &mut Vec<Value>) {
        row.extend(moment(value));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Moment> {
        f.moment(columns[0], columns[1])
    }

    fn out(value: &Moment) -> Stamp {
        *value
    }

    fn parse(rec: &Stamp, _: &'static str) -> Result<Moment, Reason> {
        Ok(*rec)
    }
}

/// A level from 0 to 10, if noted.
impl InFile<Option<Level>> for Plain {
    type Rec = Option<u8>;
}

impl Column<Option<Level>> for Plain {
    fn put(value: &Option<Level>, row: &mut Vec<Value>) {
        row.push(val(value.map(Level::get)));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Option<Level>> {
        f.get(columns[0])
    }

    fn out(value: &Option<Level>) -> Option<u8> {
        value.map(Level::get)
    }

    fn parse(rec: &Option<u8>, what: &'static str) -> Result<Option<Level>, Reason> {
        level(*rec, what)
    }
}

/// An optional moment in two columns; a missing offset reads as UTC.
impl InFile<Option<Moment>> for Plain {
    type Rec = Option<Stamp>;
}

impl Column<Option<Moment>> for Plain {
    fn put(value: &Option<Moment>, row: &mut Vec<Value>) {
        row.extend(opt_moment(value));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Option<Moment>> {
        f.opt_moment(columns[0], columns[1], 0)
    }

    fn out(value: &Option<Moment>) -> Option<Stamp> {
        *value
    }

    fn parse(rec: &Option<Stamp>, _: &'static str) -> Result<Option<Moment>, Reason> {
        Ok(*rec)
    }
}

/// A rupture's size, 1 to 5.
impl InFile<Severity> for Plain {
    type Rec = u8;
}

impl Column<Severity> for Plain {
    fn put(value: &Severity, row: &mut Vec<Value>) {
        row.push(val(value));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Severity> {
        f.get(columns[0])
    }

    fn out(value: &Severity) -> u8 {
        value.get()
    }

    fn parse(rec: &u8, what: &'static str) -> Result<Severity, Reason> {
        between(*rec, (1, 5), what, Severity::new)
    }
}

/// A code the table's CHECK keeps to known values.
impl<T: Code> InFile<T> for Checked {
    type Rec = String;
}

impl<T: Code> Column<T> for Checked {
    fn put(value: &T, row: &mut Vec<Value>) {
        row.push(Value::Text(value.code().into_owned()));
    }

    fn take(f: &Fields<'_, '_>, columns: &[&'static str], _: &'static str) -> rusqlite::Result<T> {
        f.checked(columns[0])
    }

    fn out(value: &T) -> String {
        value.code().into_owned()
    }

    fn parse(rec: &String, what: &'static str) -> Result<T, Reason> {
        known(rec, what)
    }
}

/// Text kept as it is, each way checking it differently on the way in from a file: as it
/// is ([`Plain`]), not empty ([`Required`]), as a note ([`Noted`]), as the id of our words
/// ([`OurId`]).
macro_rules! text_ways {
    ($($way:ty => $parse:expr),* $(,)?) => {$(
        impl InFile<String> for $way {
            type Rec = String;
        }

        impl Column<String> for $way {
            fn put(value: &String, row: &mut Vec<Value>) {
                row.push(val(value.as_str()));
            }

            fn take(
                f: &Fields<'_, '_>,
                columns: &[&'static str],
                _: &'static str,
            ) -> rusqlite::Result<String> {
                f.get(columns[0])
            }

            fn out(value: &String) -> String {
                value.clone()
            }

            fn parse(rec: &String, what: &'static str) -> Result<String, Reason> {
                let parse: fn(&str, &'static str) -> Result<String, Reason> = $parse;
                parse(rec, what)
            }
        }
    )*};
}

text_ways!(
    Plain => |text, _| Ok(text.to_owned()),
    Required => |text, what| required(text, what).map(Note::into_string),
    Noted => |text, what| note(text, what).map(Note::into_string),
    OurId => |text, what| code(text, what),
    FirstName => |text, _| if text.is_empty() {
        Ok(String::new())
    } else {
        name(text).map(Name::into_string)
    },
);

/// Values kept as they are, in one column and in a file: a yes or no, a count.
macro_rules! plain_values {
    ($($t:ty),*) => {$(
        impl InFile<$t> for Plain {
            type Rec = $t;
        }

        impl Column<$t> for Plain {
            fn put(value: &$t, row: &mut Vec<Value>) {
                row.push(val(value));
            }

            fn take(f: &Fields<'_, '_>, columns: &[&'static str], _: &'static str) -> rusqlite::Result<$t> {
                f.get(columns[0])
            }

            fn out(value: &$t) -> $t {
                *value
            }

            fn parse(rec: &$t, _: &'static str) -> Result<$t, Reason> {
                Ok(*rec)
            }
        }
    )*};
}

plain_values!(bool, u32);

impl InFile<Kept<NaiveDate>> for Day {
    type Rec = String;
}

/// Kept as any code is ([`Plain`]); only what a file may hold is its own.
impl Column<Kept<NaiveDate>> for Day {
    fn put(value: &Kept<NaiveDate>, row: &mut Vec<Value>) {
        <Plain as Column<Kept<NaiveDate>>>::put(value, row);
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        what: &'static str,
    ) -> rusqlite::Result<Kept<NaiveDate>> {
        <Plain as Column<Kept<NaiveDate>>>::take(f, columns, what)
    }

    fn out(value: &Kept<NaiveDate>) -> String {
        <Plain as Column<Kept<NaiveDate>>>::out(value)
    }

    fn parse(rec: &String, what: &'static str) -> Result<Kept<NaiveDate>, Reason> {
        let day = NaiveDate::from_code(rec).ok_or_else(|| {
            Reason::new("import-why-not-a-date")
                .field("what", what)
                .text("date", rec)
        })?;
        if !(1..=9999).contains(&day.year()) {
            return Err(Reason::new("import-why-date-out-of-reach")
                .field("what", what)
                .text("date", day.to_string()));
        }
        Ok(Kept::Known(day))
    }
}

/// Who a phrase is for, which the table's CHECK keeps to known values.
impl InFile<Audience> for Plain {
    type Rec = String;
}

impl Column<Audience> for Plain {
    fn put(value: &Audience, row: &mut Vec<Value>) {
        <Checked as Column<Audience>>::put(value, row);
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        what: &'static str,
    ) -> rusqlite::Result<Audience> {
        <Checked as Column<Audience>>::take(f, columns, what)
    }

    fn out(value: &Audience) -> String {
        <Checked as Column<Audience>>::out(value)
    }

    fn parse(rec: &String, what: &'static str) -> Result<Audience, Reason> {
        known(rec, what)
    }
}

/// A code of a closed set, kept as it was; from a file, one this build knows.
impl<T: Code> InFile<Kept<T>> for Plain {
    type Rec = String;
}

impl<T: Code> Column<Kept<T>> for Plain {
    fn put(value: &Kept<T>, row: &mut Vec<Value>) {
        row.push(Value::Text(value.code().into_owned()));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Kept<T>> {
        f.code(columns[0])
    }

    fn out(value: &Kept<T>) -> String {
        value.code().into_owned()
    }

    fn parse(rec: &String, what: &'static str) -> Result<Kept<T>, Reason> {
        known(rec, what).map(Kept::Known)
    }
}

/// An optional code the table's CHECK keeps to known values.
impl<T: Code> InFile<Option<T>> for Checked {
    type Rec = Option<String>;
}

impl<T: Code> Column<Option<T>> for Checked {
    fn put(value: &Option<T>, row: &mut Vec<Value>) {
        row.push(
            value
                .as_ref()
                .map_or(Value::Null, |v| Value::Text(v.code().into_owned())),
        );
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Option<T>> {
        f.opt_checked(columns[0])
    }

    fn out(value: &Option<T>) -> Option<String> {
        value.as_ref().map(|v| v.code().into_owned())
    }

    fn parse(rec: &Option<String>, what: &'static str) -> Result<Option<T>, Reason> {
        opt_known(rec, what)
    }
}

/// A length of time, in milliseconds.
impl InFile<Option<TimeDelta>> for Plain {
    type Rec = Option<i64>;
}

impl Column<Option<TimeDelta>> for Plain {
    fn put(value: &Option<TimeDelta>, row: &mut Vec<Value>) {
        row.push(val(value.map(|d| d.num_milliseconds())));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Option<TimeDelta>> {
        Ok(f.get::<Option<i64>>(columns[0])?
            .map(TimeDelta::milliseconds))
    }

    fn out(value: &Option<TimeDelta>) -> Option<i64> {
        value.map(|d| d.num_milliseconds())
    }

    fn parse(rec: &Option<i64>, what: &'static str) -> Result<Option<TimeDelta>, Reason> {
        match rec {
            Some(ms) if *ms < 0 => Err(Reason::new("import-why-negative").field("what", what)),
            ms => Ok(ms.map(TimeDelta::milliseconds)),
        }
    }
}

impl InFile<Vec<String>> for Phrases {
    type Rec = Vec<String>;
}

impl Column<Vec<String>> for Phrases {
    fn put(value: &Vec<String>, row: &mut Vec<Value>) {
        <Plain as Column<Vec<String>>>::put(value, row);
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        what: &'static str,
    ) -> rusqlite::Result<Vec<String>> {
        <Plain as Column<Vec<String>>>::take(f, columns, what)
    }

    fn out(value: &Vec<String>) -> Vec<String> {
        value.clone()
    }

    fn parse(rec: &Vec<String>, what: &'static str) -> Result<Vec<String>, Reason> {
        list(rec, what, |p| {
            required(p, "a phrase").map(Note::into_string)
        })
    }
}

/// A name: kept as it was, checked on the way in from a file.
impl InFile<Name> for Plain {
    type Rec = String;
}

impl Column<Name> for Plain {
    fn put(value: &Name, row: &mut Vec<Value>) {
        row.push(val(value.as_str()));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Name> {
        f.name(columns[0])
    }

    fn out(value: &Name) -> String {
        value.as_str().to_owned()
    }

    fn parse(rec: &String, _: &'static str) -> Result<Name, Reason> {
        name(rec)
    }
}

impl InFile<Option<Moment>> for Utc {
    type Rec = Option<Stamp>;
}

impl Column<Option<Moment>> for Utc {
    fn put(value: &Option<Moment>, row: &mut Vec<Value>) {
        row.push(utc_ms(value));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Option<Moment>> {
        f.utc(columns[0])
    }

    fn out(value: &Option<Moment>) -> Option<Stamp> {
        *value
    }

    fn parse(rec: &Option<Stamp>, _: &'static str) -> Result<Option<Moment>, Reason> {
        Ok(*rec)
    }
}

/// A note: kept as it was, checked on the way in from a file.
impl InFile<Note> for Plain {
    type Rec = String;
}

impl Column<Note> for Plain {
    fn put(value: &Note, row: &mut Vec<Value>) {
        row.push(val(value.as_str()));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        what: &'static str,
    ) -> rusqlite::Result<Note> {
        f.note(columns[0], what)
    }

    fn out(value: &Note) -> String {
        value.as_str().to_owned()
    }

    fn parse(rec: &String, what: &'static str) -> Result<Note, Reason> {
        note(rec, what)
    }
}

/// A note that may not be empty.
impl InFile<Note> for Required {
    type Rec = String;
}

impl Column<Note> for Required {
    fn put(value: &Note, row: &mut Vec<Value>) {
        <Plain as Column<Note>>::put(value, row);
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        what: &'static str,
    ) -> rusqlite::Result<Note> {
        <Plain as Column<Note>>::take(f, columns, what)
    }

    fn out(value: &Note) -> String {
        value.as_str().to_owned()
    }

    fn parse(rec: &String, what: &'static str) -> Result<Note, Reason> {
        required(rec, what)
    }
}

/// A short list of the person's own words (fears, places in the body): JSON in a column.
impl InFile<Vec<String>> for Plain {
    type Rec = Vec<String>;
}

impl Column<Vec<String>> for Plain {
    fn put(value: &Vec<String>, row: &mut Vec<Value>) {
        row.push(list_value(value));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Vec<String>> {
        f.list(columns[0])
    }

    fn out(value: &Vec<String>) -> Vec<String> {
        value.clone()
    }

    fn parse(rec: &Vec<String>, what: &'static str) -> Result<Vec<String>, Reason> {
        short_list(rec, what)
    }
}

/// An optional code of a closed set, kept as it was; from a file, one this build knows.
impl<T: Code> InFile<Option<Kept<T>>> for Plain {
    type Rec = Option<String>;
}

impl<T: Code> Column<Option<Kept<T>>> for Plain {
    fn put(value: &Option<Kept<T>>, row: &mut Vec<Value>) {
        row.push(opt_code_value(value));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Option<Kept<T>>> {
        f.opt_code(columns[0])
    }

    fn out(value: &Option<Kept<T>>) -> Option<String> {
        kept_code(value)
    }

    fn parse(rec: &Option<String>, what: &'static str) -> Result<Option<Kept<T>>, Reason> {
        Ok(opt_known::<T>(rec, what)?.map(Kept::Known))
    }
}

/// A list of codes of a closed set, in the order noted: JSON in a column, each kept as it was;
/// from a file, each one this build knows (`what` names the set).
impl<T: Code> InFile<Vec<Kept<T>>> for Plain {
    type Rec = Vec<String>;
}

impl<T: Code> Column<Vec<Kept<T>>> for Plain {
    fn put(value: &Vec<Kept<T>>, row: &mut Vec<Value>) {
        row.push(code_list_value(value));
    }

    fn take(
        f: &Fields<'_, '_>,
        columns: &[&'static str],
        _: &'static str,
    ) -> rusqlite::Result<Vec<Kept<T>>> {
        f.code_list(columns[0])
    }

    fn out(value: &Vec<Kept<T>>) -> Vec<String> {
        value.iter().map(|k| k.code().into_owned()).collect()
    }

    fn parse(rec: &Vec<String>, what: &'static str) -> Result<Vec<Kept<T>>, Reason> {
        rec.iter()
            .map(|code| {
                T::from_code(code)
                    .map(Kept::Known)
                    .ok_or_else(|| not_one_of(what, code))
            })
            .collect()
    }
}
