//! Dates and times as the reader's language writes them in the reader's region, from
//! ICU4X's formatters with their compiled CLDR data (the data phones and browsers use):
//! "back at 17:53" or "5:53 PM", "17 de mayo" or "May 17", "noviembre de 2026", and the day
//! a week starts on. Chrono keeps the arithmetic and what is stored; only the words come
//! from here. A pseudo-locale writes dates as English does.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};
use icu_calendar::week::WeekInformation;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{E, M, MD, T, YM, YMD};
use icu_datetime::input::Time;
use icu_datetime::{
    DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter, NoCalendarFormatter,
};
use icu_locale_core::{LanguageIdentifier, Locale};

use super::Lang;

/// How long a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    /// "17 May", "17 may": for lists and charts.
    Short,
    /// "17 May", "17 de mayo": in sentences.
    Long,
}

/// `$day` written with the fields `$set`, if CLDR has them for the language (a macro: each
/// field set is its own type, with bounds too long to spell out for one function).
macro_rules! written {
    ($lang:expr, $day:expr, $set:expr) => {{
        let (lang, day): (Lang, NaiveDate) = ($lang, $day);
        Date::try_new_gregorian(day.year(), day.month() as u8, day.day() as u8)
            .ok()
            .and_then(|date| {
                let formatter =
                    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(lang.prefs(), $set)
                        .ok()?;
                Some(formatter.format(&date).to_string())
            })
    }};
}

impl Lang {
    /// The language and region as CLDR knows them: `es-MX`, `en`. A pseudo-locale is English.
    fn cldr(self) -> Locale {
        let language = if self.is_pseudo() { "en" } else { self.tag() };
        let mut id =
            LanguageIdentifier::try_from_str(language).unwrap_or(LanguageIdentifier::UNKNOWN);
        id.region = self.region();
        Locale::from(id)
    }

    fn prefs(self) -> DateTimeFormatterPreferences {
        DateTimeFormatterPreferences::from(&self.cldr())
    }

    /// A time of day, hours and minutes: "17:53", "5:53 PM".
    pub fn clock(self, time: NaiveTime) -> String {
        let written = Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0)
            .ok()
            .and_then(|t| {
                let formatter = NoCalendarFormatter::try_new(self.prefs(), T::hm()).ok()?;
                Some(formatter.format(&t).to_string())
            });
        written.unwrap_or_else(|| time.format("%H:%M").to_string())
    }

    /// The day a week starts on, where the reader lives (Monday in Spain and the United
    /// Kingdom, Sunday in Mexico and the United States).
    pub fn first_weekday(self) -> Weekday {
        let first = WeekInformation::try_new((&self.cldr()).into())
            .map(|info| info.first_weekday as u8)
            .unwrap_or(1);
        Weekday::try_from(first - 1).unwrap_or(Weekday::Mon)
    }

    /// The days of a week in the order the reader's week runs.
    pub fn week(self) -> [Weekday; 7] {
        let mut day = self.first_weekday();
        std::array::from_fn(|_| {
            let this = day;
            day = day.succ();
            this
        })
    }

    /// A day of the week's name: "Monday", "lunes"; or short, for a calendar's column: "Mon",
    /// "lun".
    pub fn weekday(self, weekday: Weekday, length: Length) -> String {
        // 1 January 2024 was a Monday.
        let day = NaiveDate::from_ymd_opt(2024, 1, 1 + weekday.num_days_from_monday())
            .unwrap_or_default();
        let set = match length {
            Length::Short => E::short(),
            Length::Long => E::long(),
        };
        written!(self, day, set).unwrap_or_else(|| day.format("%A").to_string())
    }

    /// A month's name (1 for January), as it stands in a sentence: "November", "noviembre".
    pub fn month(self, month: u32) -> String {
        let day = NaiveDate::from_ymd_opt(2024, month.clamp(1, 12), 1).unwrap_or_default();
        written!(self, day, M::long()).unwrap_or_else(|| day.format("%B").to_string())
    }

    /// A month's short name (1 for January), for a chart's label: "Nov", "nov".
    pub fn month_short(self, month: u32) -> String {
        let day = NaiveDate::from_ymd_opt(2024, month.clamp(1, 12), 1).unwrap_or_default();
        written!(self, day, M::medium()).unwrap_or_else(|| day.format("%b").to_string())
    }

    /// The month `day` falls in, with its year: "November 2026", "noviembre de 2026"; short:
    /// "Nov 2026", "nov 2026".
    pub fn month_year(self, day: NaiveDate, length: Length) -> String {
        let set = match length {
            Length::Short => YM::medium(),
            Length::Long => YM::long(),
        };
        written!(self, day, set).unwrap_or_else(|| day.format("%B %Y").to_string())
    }

    /// A day and its month: "17 May" or "May 17", "17 de mayo"; short: "17 May", "17 may".
    pub fn day_month(self, day: NaiveDate, length: Length) -> String {
        let set = match length {
            Length::Short => MD::medium(),
            Length::Long => MD::long(),
        };
        written!(self, day, set).unwrap_or_else(|| day.format("%-d %B").to_string())
    }

    /// A whole date: "17 May 2026" or "May 17, 2026", "17 de mayo de 2026".
    pub fn day_month_year(self, day: NaiveDate, length: Length) -> String {
        let set = match length {
            Length::Short => YMD::medium(),
            Length::Long => YMD::long(),
        };
        written!(self, day, set).unwrap_or_else(|| day.format("%-d %B %Y").to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tags: &[&str]) -> Lang {
        Lang::negotiate(tags)
    }

    #[test]
    fn times_are_written_as_the_reader_writes_them_where_they_live() {
        let t = NaiveTime::from_hms_opt(17, 53, 0).unwrap();
        assert_eq!(lang(&["es-ES"]).clock(t), "17:53");
        // Mexico's 12-hour clock, as CLDR writes it there.
        let mx = lang(&["es-MX"]).clock(t).replace('\u{202f}', " ");
        assert_eq!(mx, "05:53 p.m.");
        assert_eq!(lang(&["en-GB"]).clock(t), "17:53");
        assert_eq!(
            lang(&["en-US"]).clock(t).replace('\u{202f}', " "),
            "5:53 PM"
        );
        assert_eq!(Lang::ENGLISH.clock(t).replace('\u{202f}', " "), "5:53 PM");
    }

    #[test]
    fn a_week_starts_where_the_reader_lives() {
        assert_eq!(lang(&["es-ES"]).first_weekday(), Weekday::Mon);
        assert_eq!(lang(&["es-MX"]).first_weekday(), Weekday::Sun);
        assert_eq!(lang(&["en-GB"]).first_weekday(), Weekday::Mon);
        assert_eq!(lang(&["en-US"]).first_weekday(), Weekday::Sun);
        let week = lang(&["en-US"]).week();
        assert_eq!(week[0], Weekday::Sun);
        assert_eq!(week[6], Weekday::Sat);
    }

    #[test]
    fn dates_and_names_are_the_languages() {
        let es = lang(&["es-ES"]);
        let en = lang(&["en-GB"]);
        let may = NaiveDate::from_ymd_opt(2026, 5, 17).unwrap();
        assert_eq!(es.month(11), "noviembre");
        assert_eq!(en.month(11), "November");
        assert_eq!(es.month_short(11), "nov");
        assert_eq!(en.month_short(11), "Nov");
        assert_eq!(es.month_year(may, Length::Long), "mayo de 2026");
        assert_eq!(en.month_year(may, Length::Long), "May 2026");
        assert_eq!(es.day_month(may, Length::Long), "17 de mayo");
        assert_eq!(en.day_month(may, Length::Long), "17 May");
        assert_eq!(es.day_month_year(may, Length::Long), "17 de mayo de 2026");
        assert_eq!(es.weekday(Weekday::Mon, Length::Long), "lunes");
        assert_eq!(en.weekday(Weekday::Sun, Length::Long), "Sunday");
        assert_eq!(lang(&["en-US"]).day_month(may, Length::Long), "May 17");
        // A pseudo-locale writes them as English does.
        let xa = Lang::from_tag("en-XA").unwrap();
        assert_eq!(xa.month(5), "May");
    }
}
