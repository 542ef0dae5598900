//! Values as they were kept. Mend checks what people type before keeping it, but a value
//! already in the file may be one today's checks would refuse: written by hand, by an
//! earlier build, or a code this build does not know. Reading such a value never changes
//! it: it is carried as it was, shown, and written back exactly, until the person changes it.

use std::borrow::Cow;

use chrono::NaiveDate;

/// A value kept as a short code in the file: a closed set of words (an age band, a role)
/// or a day.
pub trait Code: Sized {
    /// The code as it is kept.
    fn code(&self) -> Cow<'static, str>;
    /// The value a code names, if this build knows it.
    fn from_code(code: &str) -> Option<Self>;
}

/// A coded value as it was kept: one this build understands, or the code it could not read,
/// kept as it is so that saving the record again loses nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept<T> {
    Known(T),
    /// The code exactly as it was kept.
    Unknown(String),
}

impl<T: Code> Kept<T> {
    /// Reads a kept code: known, or kept as it is.
    pub fn read(code: &str) -> Self {
        match T::from_code(code) {
            Some(value) => Kept::Known(value),
            None => Kept::Unknown(code.to_owned()),
        }
    }

    /// The code to keep: the known value's, or the one that was read.
    pub fn code(&self) -> Cow<'_, str> {
        match self {
            Kept::Known(value) => value.code(),
            Kept::Unknown(code) => Cow::Borrowed(code),
        }
    }
}

impl<T> Kept<T> {
    /// The value, if this build understands it.
    pub fn known(&self) -> Option<&T> {
        match self {
            Kept::Known(value) => Some(value),
            Kept::Unknown(_) => None,
        }
    }

    /// The words to show: the known value's `label`, or the code as it was kept.
    pub fn shown<S: Into<String>>(&self, label: impl Fn(&T) -> S) -> String {
        match self {
            Kept::Known(value) => label(value).into(),
            Kept::Unknown(code) => code.clone(),
        }
    }

    /// The code this build could not read, if that is what this is.
    pub fn unknown(&self) -> Option<&str> {
        match self {
            Kept::Known(_) => None,
            Kept::Unknown(code) => Some(code),
        }
    }
}

impl<T> From<T> for Kept<T> {
    fn from(value: T) -> Self {
        Kept::Known(value)
    }
}

/// The known value of an optional kept code.
pub fn known<T: Copy>(kept: &Option<Kept<T>>) -> Option<T> {
    kept.as_ref().and_then(|k| k.known().copied())
}

/// How a day is kept: `YYYY-MM-DD`.
pub const DAY: &str = "%Y-%m-%d";

impl Code for NaiveDate {
    fn code(&self) -> Cow<'static, str> {
        Cow::Owned(self.format(DAY).to_string())
    }

    fn from_code(code: &str) -> Option<Self> {
        NaiveDate::parse_from_str(code, DAY).ok()
    }
}

/// Implements [`Code`] for enums that already have `code()` and `from_code()`.
macro_rules! coded {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::domain::kept::Code for $t {
            fn code(&self) -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(<$t>::code(*self))
            }
            fn from_code(code: &str) -> Option<Self> {
                <$t>::from_code(code)
            }
        }
    )*};
}
pub(crate) use coded;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AgeBand;

    #[test]
    fn an_unknown_code_is_kept_exactly() {
        let kept = Kept::<AgeBand>::read("  ancient\u{301} ");
        assert_eq!(kept.known(), None);
        assert_eq!(kept.unknown(), Some("  ancient\u{301} "));
        assert_eq!(kept.code(), "  ancient\u{301} ");
    }

    #[test]
    fn a_known_code_reads_as_its_value_and_writes_the_same_code() {
        for band in AgeBand::ALL {
            let kept = Kept::<AgeBand>::read(band.code());
            assert_eq!(kept, Kept::Known(band));
            assert_eq!(kept.code(), band.code());
        }
    }

    #[test]
    fn a_day_that_is_no_date_is_kept_as_written() {
        let kept = Kept::<NaiveDate>::read("2026-02-30");
        assert_eq!(kept.unknown(), Some("2026-02-30"));
        let good = Kept::<NaiveDate>::read("2026-02-28");
        assert_eq!(good.known(), NaiveDate::from_ymd_opt(2026, 2, 28).as_ref());
        assert_eq!(good.code(), "2026-02-28");
    }
}
