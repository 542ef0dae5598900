//! Insights: patterns over a chosen span of time, drawn as small charts, each with its
//! summary in words.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, TimeDelta, TimeZone};
use dioxus::prelude::*;

use crate::domain::Moment;
use crate::domain::rupture::rough_duration;
use crate::domain::time::{from_parts, offset_s};
use crate::store::Insights;
use crate::ui::components::{
    BarChart, BarGroup, BarList, BarRow, ChartPoint, ErrorNote, LABEL_ALL_UP_TO, LineChart,
    Loading, one_decimal,
};
use crate::ui::context::{use_load_with, use_shared};

const TITLE: &str = "Insights";
const LEAD: &str = "Patterns from what you have noted, to help you notice. They are not a score.";
const SPAN: &str = "Time span";
const EMPTY: &str = "Nothing here yet for this time.";
const GLANCE: &str = "At a glance";
const RUPTURES: &str = "Ruptures";
const REPAIRED: &str = "Repair rate";
const NO_RUPTURES: &str = "No ruptures in this time";
const TIME_TO_REPAIR: &str = "Typical time to repair";
const NO_TIMES: &str = "No repairs finished in this time";
const MIDDLE_TIME: &str = "The middle time: half of your repairs took less, half took more.";
const PER_WEEK: &str = "Ruptures and repairs each week";
const PER_MONTH: &str = "Ruptures and repairs each month";
const SERIES_RUPTURES: &str = "Ruptures";
const SERIES_REPAIRS: &str = "Repairs";
const PARTS: &str = "Parts that showed up most";
const SELF_TITLE: &str = "Self over time";
const SELF_WEEKLY: &str =
    "How much Self you noted in check-ins, from 0 to 10, on average each week.";
const SELF_MONTHLY: &str =
    "How much Self you noted in check-ins, from 0 to 10, on average each month.";
const PAUSES: &str = "Pauses";
const PAUSES_TAKEN: &str = "Pauses taken";
const PAUSES_KEPT: &str = "Kept to the planned time";
const PAUSES_NOTE: &str = "Ending a pause early is fine too. What matters is coming back.";
const REFLECTIONS: &str = "Reflections each month";
const REFLECTIONS_SERIES: &str = "Reflections";
const REFLECTION_WORDS: (&str, &str) = ("reflection", "reflections");
const TOGETHER: &str = "Practised together each month";
const TOGETHER_SERIES: &str = "Times practised together";
const TOGETHER_WORDS: (&str, &str) = ("time practised together", "times practised together");
const TALKS: &str = "Talked it through each month";
const TALKS_SERIES: &str = "Talks";
const TALK_WORDS: (&str, &str) = ("talk", "talks");

/// The spans to choose from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    FourWeeks,
    ThreeMonths,
    Year,
    All,
}

impl Span {
    const ALL: [Span; 4] = [Span::FourWeeks, Span::ThreeMonths, Span::Year, Span::All];

    fn label(self) -> &'static str {
        match self {
            Span::FourWeeks => "4 weeks",
            Span::ThreeMonths => "3 months",
            Span::Year => "1 year",
            Span::All => "All",
        }
    }

    /// How a summary starts.
    fn over(self) -> &'static str {
        match self {
            Span::FourWeeks => "Over the last 4 weeks",
            Span::ThreeMonths => "Over the last 3 months",
            Span::Year => "Over the last year",
            Span::All => "Since you started",
        }
    }

    /// Where the span starts: at local midnight on a Monday for the spans counted in weeks
    /// (this week and the three or twelve before), on the first of a month for a year (this
    /// month and the eleven before), and at the very beginning for all.
    fn start(self, now: &Moment) -> Moment {
        let today = now.date_naive();
        let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
        let first = today.with_day(1).unwrap_or(today);
        let day = match self {
            Span::FourWeeks => monday - TimeDelta::weeks(3),
            Span::ThreeMonths => monday - TimeDelta::weeks(12),
            Span::Year => first.checked_sub_months(Months::new(11)).unwrap_or(first),
            Span::All => return from_parts(0, offset_s(now)),
        };
        now.offset()
            .from_local_datetime(&day.and_time(NaiveTime::MIN))
            .single()
            .unwrap_or(*now)
    }
}

/// "no ruptures", "1 rupture", "3 ruptures".
fn count(n: u32, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        _ => format!("{n} {many}"),
    }
}

/// "once", "twice", "5 times".
fn times(n: u32) -> String {
    match n {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        _ => format!("{n} times"),
    }
}

/// The first day of a period, from its key: a Monday (`"2026-11-16"`) or a month
/// (`"2026-11"`).
fn period_day(key: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(key, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&format!("{key}-01"), "%Y-%m-%d"))
        .ok()
}

/// A period in words: "the week of 16 November" (with the year when it is not this one) or
/// "November 2026".
fn period_words(key: &str, weekly: bool, now: &Moment) -> String {
    match period_day(key) {
        Some(day) if weekly && day.year() == now.year() => {
            format!("the week of {}", day.format("%-d %B"))
        }
        Some(day) if weekly => format!("the week of {}", day.format("%-d %B %Y")),
        Some(day) => day.format("%B %Y").to_string(),
        None => key.to_owned(),
    }
}

/// A period's label along a chart's bottom: "16 Nov", or "Nov" ("Nov 2026" when only the
/// first and last labels are shown).
fn period_label(key: &str, weekly: bool, periods: usize) -> String {
    match period_day(key) {
        Some(day) if weekly => day.format("%-d %b").to_string(),
        Some(day) if periods <= LABEL_ALL_UP_TO => day.format("%b").to_string(),
        Some(day) => day.format("%b %Y").to_string(),
        None => key.to_owned(),
    }
}

/// The insights screen: a span to choose, the headline figures, and the charts.
#[component]
pub fn InsightsScreen() -> Element {
    let shared = use_shared();
    let mut span = use_signal(|| Span::FourWeeks);
    // The span travels with its figures, so the words always match what was loaded.
    let insights = use_load_with(
        move || {
            let now = shared.now_by_minute();
            (span(), span().start(&now), now)
        },
        |s, (chosen, from, to)| Ok((chosen, from, s.insights(&from, &to)?)),
    );
    let now = shared.now_by_minute();
    let chosen = span();
    rsx! {
        document::Title { "Insights · Mend" }
        h1 { "{TITLE}" }
        p { class: "lead", "{LEAD}" }
        div { class: "span-picker", role: "group", aria_label: SPAN,
            for s in Span::ALL {
                button {
                    key: "{s.label()}",
                    r#type: "button",
                    class: if s == chosen { "span-option span-on" } else { "span-option" },
                    "aria-pressed": if s == chosen { "true" } else { "false" },
                    onclick: move |_| span.set(s),
                    "{s.label()}"
                }
            }
        }
        match &*insights.read() {
            None => rsx! { Loading {} },
            Some(Err(message)) => rsx! { ErrorNote { message: message.clone() } },
            Some(Ok((loaded, from, found))) => rsx! {
                InsightsView { span: *loaded, from: *from, insights: found.clone(), now }
            },
        }
    }
}

/// Everything shown for one span, which began at `from`.
#[component]
fn InsightsView(span: Span, from: Moment, insights: Insights, now: Moment) -> Element {
    let i = &insights;
    let weekly = i.weekly;
    let over = span.over();
    let repaired = match i.ruptures {
        0 => NO_RUPTURES.to_owned(),
        n => format!("{} of {n} repaired", i.repaired),
    };
    let time_to_repair = i
        .median_time_to_repair
        .map_or_else(|| NO_TIMES.to_owned(), rough_duration);
    rsx! {
        section { class: "insight-glance", aria_labelledby: "glance-title",
            h2 { id: "glance-title", "{GLANCE}" }
            dl { class: "insight-figures",
                div { class: "insight-figure",
                    dt { "{RUPTURES}" }
                    dd { class: "insight-number", "{i.ruptures}" }
                }
                div { class: "insight-figure",
                    dt { "{REPAIRED}" }
                    dd { "{repaired}" }
                }
                div { class: "insight-figure insight-wide",
                    dt { "{TIME_TO_REPAIR}" }
                    dd { "{time_to_repair}" }
                    if i.median_time_to_repair.is_some() {
                        dd { class: "hint", "{MIDDLE_TIME}" }
                    }
                }
            }
        }
        BarChart {
            id: "chart-ruptures",
            title: if weekly { PER_WEEK } else { PER_MONTH },
            series: vec![SERIES_RUPTURES.to_owned(), SERIES_REPAIRS.to_owned()],
            groups: i
                .by_period
                .iter()
                .map(|(key, r, p)| BarGroup {
                    label: period_label(key, weekly, i.by_period.len()),
                    values: vec![*r, *p],
                })
                .collect::<Vec<_>>(),
            summary: ruptures_summary(i, over, &now),
            empty: EMPTY,
        }
        BarList {
            id: "chart-parts",
            title: PARTS,
            rows: i
                .top_parts
                .iter()
                .map(|(name, n)| BarRow { label: name.clone(), value: *n })
                .collect::<Vec<_>>(),
            summary: parts_summary(i, over),
            empty: EMPTY,
        }
        LineChart {
            id: "chart-self",
            title: SELF_TITLE,
            points: i
                .self_by_period
                .iter()
                .map(|(key, level)| ChartPoint {
                    label: period_label(key, weekly, i.self_by_period.len()),
                    value: *level,
                })
                .collect::<Vec<_>>(),
            summary: self_summary(i, &now),
            empty: EMPTY,
        }
        BarList {
            id: "chart-pauses",
            title: PAUSES,
            rows: vec![
                BarRow { label: PAUSES_TAKEN.to_owned(), value: i.pauses },
                BarRow { label: PAUSES_KEPT.to_owned(), value: i.pauses_kept },
            ],
            summary: pauses_summary(i, over),
            empty: EMPTY,
        }
        BarChart {
            id: "chart-reflections",
            title: REFLECTIONS,
            series: vec![REFLECTIONS_SERIES.to_owned()],
            groups: month_bars(&i.reflections_by_month, &from, &now),
            summary: month_summary(&i.reflections_by_month, REFLECTION_WORDS, over, &now),
            empty: EMPTY,
        }
        BarChart {
            id: "chart-together",
            title: TOGETHER,
            series: vec![TOGETHER_SERIES.to_owned()],
            groups: month_bars(&i.together_by_month, &from, &now),
            summary: month_summary(&i.together_by_month, TOGETHER_WORDS, over, &now),
            empty: EMPTY,
        }
        BarChart {
            id: "chart-talks",
            title: TALKS,
            series: vec![TALKS_SERIES.to_owned()],
            groups: month_bars(&i.talks_by_month, &from, &now),
            summary: month_summary(&i.talks_by_month, TALK_WORDS, over, &now),
            empty: EMPTY,
        }
    }
}

/// "Over the last 4 weeks: 3 ruptures and 2 repairs. The busiest week was the week of 9
/// November, with 2 ruptures."
fn ruptures_summary(i: &Insights, over: &str, now: &Moment) -> String {
    let ruptures: u32 = i.by_period.iter().map(|(_, r, _)| r).sum();
    let repairs: u32 = i.by_period.iter().map(|(_, _, p)| p).sum();
    let mut out = format!(
        "{over}: {} and {}.",
        count(ruptures, "rupture", "ruptures"),
        count(repairs, "repair", "repairs")
    );
    let with_ruptures: Vec<&(String, u32, u32)> =
        i.by_period.iter().filter(|(_, r, _)| *r > 0).collect();
    let most = with_ruptures.iter().map(|(_, r, _)| *r).max().unwrap_or(0);
    let busiest: Vec<&&(String, u32, u32)> = with_ruptures
        .iter()
        .filter(|(_, r, _)| *r == most)
        .collect();
    match (with_ruptures.as_slice(), busiest.as_slice()) {
        ([(key, _, _)], _) => out.push_str(&format!(
            " {} came in {}.",
            if ruptures == 1 { "It" } else { "All of them" },
            period_words(key, i.weekly, now)
        )),
        // Only one period had the most; with a tie, no period is singled out.
        (_, [(key, r, _)]) => out.push_str(&format!(
            " The busiest {} was {}, with {}.",
            if i.weekly { "week" } else { "month" },
            period_words(key, i.weekly, now),
            count(*r, "rupture", "ruptures")
        )),
        _ => {}
    }
    out
}

/// "Over the last 4 weeks, the parts you checked in with most: Critic, 5 times; Pleaser,
/// once."
fn parts_summary(i: &Insights, over: &str) -> String {
    let list: Vec<String> = i
        .top_parts
        .iter()
        .map(|(name, n)| format!("{name}, {}", times(*n)))
        .collect();
    match list.len() {
        0 => String::new(),
        1 => format!("{over}, the part you checked in with: {}.", list[0]),
        _ => format!(
            "{over}, the parts you checked in with most: {}.",
            list.join("; ")
        ),
    }
}

/// "Your average Self went from 3 in the week of 16 November to 9 in the week of 30
/// November, out of 10. It ranged from 3 to 9."
fn self_summary(i: &Insights, now: &Moment) -> String {
    let noted: Vec<(&String, f64)> = i
        .self_by_period
        .iter()
        .filter_map(|(key, level)| level.map(|v| (key, v)))
        .collect();
    let words = |key: &str| period_words(key, i.weekly, now);
    let about = if i.weekly { SELF_WEEKLY } else { SELF_MONTHLY };
    let found = match noted.as_slice() {
        [] => return String::new(),
        [(key, v)] => format!("It was {} in {}.", one_decimal(*v), words(key)),
        [(first, a), .., (last, b)] => {
            let low = noted.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
            let high = noted
                .iter()
                .map(|(_, v)| *v)
                .fold(f64::NEG_INFINITY, f64::max);
            format!(
                "It was {} in {} and {} in {}. Across {} {}, it ranged from {} to {}.",
                one_decimal(*a),
                words(first),
                one_decimal(*b),
                words(last),
                noted.len(),
                if i.weekly { "weeks" } else { "months" },
                one_decimal(low),
                one_decimal(high)
            )
        }
    };
    format!("{about} {found}")
}

/// "Over the last 4 weeks: 5 pauses, 4 kept to the planned time.", and when some ended
/// early, that this is fine.
fn pauses_summary(i: &Insights, over: &str) -> String {
    let mut out = format!(
        "{over}: {}, {} kept to the planned time.",
        count(i.pauses, "pause", "pauses"),
        i.pauses_kept
    );
    if i.pauses_kept < i.pauses {
        out.push(' ');
        out.push_str(PAUSES_NOTE);
    }
    out
}

/// A count each month of the span (reflections, times together), quiet months included,
/// from the later of the span's start and the first month with any.
fn month_bars(by_month: &[(String, u32)], from: &Moment, now: &Moment) -> Vec<BarGroup> {
    let Some(first) = by_month.first().and_then(|(k, _)| period_day(k)) else {
        return Vec::new();
    };
    let mut month = from.date_naive().with_day(1).unwrap_or(first).max(first);
    let last = now.date_naive();
    let mut months = Vec::new();
    while month <= last && months.len() < 1200 {
        months.push(month.format("%Y-%m").to_string());
        match month.checked_add_months(Months::new(1)) {
            Some(next) => month = next,
            None => break,
        }
    }
    let n = months.len();
    months
        .into_iter()
        .map(|key| BarGroup {
            label: period_label(&key, false, n),
            values: vec![
                by_month
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map_or(0, |(_, c)| *c),
            ],
        })
        .collect()
}

/// "Over the last 3 months: 12 reflections. The most in one month was 6, in November 2026."
fn month_summary(
    by_month: &[(String, u32)],
    (one, many): (&str, &str),
    over: &str,
    now: &Moment,
) -> String {
    let total: u32 = by_month.iter().map(|(_, c)| c).sum();
    let mut out = format!("{over}: {}.", count(total, one, many));
    let most = by_month
        .iter()
        .fold(None::<&(String, u32)>, |best, m| match best {
            Some(b) if b.1 >= m.1 => Some(b),
            _ => Some(m),
        });
    if let Some((key, c)) = most
        && by_month.len() > 1
    {
        out.push_str(&format!(
            " The most in one month was {c}, in {}.",
            period_words(key, false, now)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(s: &str) -> Moment {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn spans_start_on_a_monday_or_the_first_of_a_month() {
        // A Wednesday evening.
        let now = at("2026-11-25T21:00:00+01:00");
        let check =
            |span: Span, expected: &str| assert_eq!(span.start(&now), at(expected), "{span:?}");
        check(Span::FourWeeks, "2026-11-02T00:00:00+01:00");
        check(Span::ThreeMonths, "2026-08-31T00:00:00+01:00");
        check(Span::Year, "2025-12-01T00:00:00+01:00");
        assert_eq!(Span::All.start(&now).timestamp_millis(), 0);
    }

    #[test]
    fn periods_in_words() {
        let now = at("2026-11-25T21:00:00+01:00");
        assert_eq!(
            period_words("2026-11-16", true, &now),
            "the week of 16 November"
        );
        assert_eq!(
            period_words("2025-12-29", true, &now),
            "the week of 29 December 2025"
        );
        assert_eq!(period_words("2026-11", false, &now), "November 2026");
        assert_eq!(period_label("2026-11-16", true, 13), "16 Nov");
        assert_eq!(period_label("2026-11", false, 3), "Nov");
        assert_eq!(period_label("2026-11", false, 12), "Nov 2026");
    }

    #[test]
    fn summaries_say_what_the_charts_show() {
        let now = at("2026-11-25T21:00:00+01:00");
        let i = Insights {
            weekly: true,
            by_period: vec![
                ("2026-11-02".into(), 0, 0),
                ("2026-11-09".into(), 2, 1),
                ("2026-11-16".into(), 1, 1),
                ("2026-11-23".into(), 0, 0),
            ],
            self_by_period: vec![
                ("2026-11-02".into(), None),
                ("2026-11-09".into(), Some(3.0)),
                ("2026-11-16".into(), Some(6.5)),
                ("2026-11-23".into(), Some(5.0)),
            ],
            top_parts: vec![("Critic".into(), 5), ("Pleaser".into(), 1)],
            pauses: 5,
            pauses_kept: 4,
            reflections_by_month: vec![("2026-10".into(), 2), ("2026-11".into(), 6)],
            ..Insights::default()
        };
        let over = Span::FourWeeks.over();
        assert_eq!(
            ruptures_summary(&i, over, &now),
            "Over the last 4 weeks: 3 ruptures and 2 repairs. The busiest week was the week of 9 November, with 2 ruptures."
        );
        // With a tie no period is singled out; with one period, it is named.
        let tie = Insights {
            weekly: false,
            by_period: vec![("2026-10".into(), 1, 0), ("2026-11".into(), 1, 0)],
            ..Insights::default()
        };
        assert_eq!(
            ruptures_summary(&tie, over, &now),
            "Over the last 4 weeks: 2 ruptures and no repairs."
        );
        let one = Insights {
            weekly: false,
            by_period: vec![("2026-10".into(), 0, 1), ("2026-11".into(), 1, 0)],
            ..Insights::default()
        };
        assert_eq!(
            ruptures_summary(&one, over, &now),
            "Over the last 4 weeks: 1 rupture and 1 repair. It came in November 2026."
        );
        assert_eq!(
            parts_summary(&i, over),
            "Over the last 4 weeks, the parts you checked in with most: Critic, 5 times; Pleaser, once."
        );
        assert_eq!(
            self_summary(&i, &now),
            "How much Self you noted in check-ins, from 0 to 10, on average each week. It was 3 in the week of 9 November and 5 in the week of 23 November. Across 3 weeks, it ranged from 3 to 6.5."
        );
        assert_eq!(
            pauses_summary(&i, over),
            "Over the last 4 weeks: 5 pauses, 4 kept to the planned time. Ending a pause early is fine too. What matters is coming back."
        );
        assert_eq!(
            month_summary(&i.reflections_by_month, REFLECTION_WORDS, over, &now),
            "Over the last 4 weeks: 8 reflections. The most in one month was 6, in November 2026."
        );
        // Three months from 31 August: from October, the first month with a reflection.
        let months = month_bars(
            &i.reflections_by_month,
            &Span::ThreeMonths.start(&now),
            &now,
        );
        let bar = |label: &str, n: u32| BarGroup {
            label: label.into(),
            values: vec![n],
        };
        assert_eq!(months, [bar("Oct", 2), bar("Nov", 6)]);
        // A year from 1 December 2025, with reflections only in November: just November.
        let only_november = Insights {
            reflections_by_month: vec![("2026-11".into(), 1)],
            ..Insights::default()
        };
        let year = month_bars(
            &only_november.reflections_by_month,
            &Span::Year.start(&now),
            &now,
        );
        assert_eq!(year, [bar("Nov", 1)]);
        assert_eq!(
            month_summary(
                &only_november.reflections_by_month,
                REFLECTION_WORDS,
                over,
                &now
            ),
            "Over the last 4 weeks: 1 reflection."
        );
    }
}
