//! Insights: patterns over a chosen span of time, drawn as small charts, each with its
//! summary in words.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, TimeDelta, TimeZone};
use dioxus::prelude::*;

use crate::domain::Moment;
use crate::domain::i18n::{Lang, Length};
use crate::domain::rupture::rough_duration_in;
use crate::domain::time::{from_parts, offset_s};
use crate::store::Insights;
use crate::t;
use crate::ui::components::{
    BarChart, BarGroup, BarList, BarRow, ChartPoint, ErrorNote, LABEL_ALL_UP_TO, LineChart,
    Loading, one_decimal,
};
use crate::ui::context::{use_lang, use_load_with, use_shared};

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

    /// Its code: its words are the messages `insights-span-{code}` and `insights-over-{code}`.
    fn code(self) -> &'static str {
        match self {
            Span::FourWeeks => "4-weeks",
            Span::ThreeMonths => "3-months",
            Span::Year => "1-year",
            Span::All => "all",
        }
    }

    /// Its button's words.
    fn label(self, lang: Lang) -> String {
        lang.word("insights-span", self.code())
    }

    /// How a summary starts.
    fn over(self, lang: Lang) -> String {
        lang.word("insights-over", self.code())
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

/// A level with at most one decimal place, as `lang` writes it: "6.5", "6,5".
fn decimal(lang: Lang, v: f64) -> String {
    let plain = one_decimal(v);
    match plain.split_once('.') {
        Some((whole, tenth)) => t!(lang, "insights-decimal", whole = whole, tenth = tenth),
        None => plain,
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
fn period_words(lang: Lang, key: &str, weekly: bool, now: &Moment) -> String {
    match period_day(key) {
        Some(day) if weekly && day.year() == now.year() => t!(
            lang,
            "insights-week-of",
            date = lang.day_month(day, Length::Long)
        ),
        Some(day) if weekly => t!(
            lang,
            "insights-week-of",
            date = lang.day_month_year(day, Length::Long)
        ),
        Some(day) => lang.month_year(day, Length::Long),
        None => key.to_owned(),
    }
}

/// A period's label along a chart's bottom: "16 Nov" or "Nov 16", or "Nov" ("Nov 2026" when
/// only the first and last labels are shown).
fn period_label(lang: Lang, key: &str, weekly: bool, periods: usize) -> String {
    match period_day(key) {
        Some(day) if weekly => lang.day_month(day, Length::Short),
        Some(day) if periods <= LABEL_ALL_UP_TO => lang.month_short(day.month()),
        Some(day) => lang.month_year(day, Length::Short),
        None => key.to_owned(),
    }
}

/// The insights screen: a span to choose, the headline figures, and the charts.
#[component]
pub fn InsightsScreen() -> Element {
    let shared = use_shared();
    let lang = use_lang();
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
    let window = format!("{} · Mend", t!(lang, "insights-title"));
    rsx! {
        document::Title { "{window}" }
        h1 { {t!(lang, "insights-title")} }
        p { class: "lead", {t!(lang, "insights-lead")} }
        div { class: "span-picker", role: "group", aria_label: t!(lang, "insights-span"),
            for s in Span::ALL {
                button {
                    key: "{s.code()}",
                    r#type: "button",
                    class: if s == chosen { "span-option span-on" } else { "span-option" },
                    "aria-pressed": if s == chosen { "true" } else { "false" },
                    onclick: move |_| span.set(s),
                    {s.label(lang)}
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
    let lang = use_lang();
    let i = &insights;
    let weekly = i.weekly;
    let over = span.over(lang);
    let over = over.as_str();
    let repaired = match i.ruptures {
        0 => t!(lang, "insights-no-ruptures"),
        n => t!(
            lang,
            "insights-repaired",
            repaired = i.repaired,
            ruptures = n
        ),
    };
    let time_to_repair = i.median_time_to_repair.map_or_else(
        || t!(lang, "insights-no-times"),
        |d| rough_duration_in(lang, d),
    );
    let empty = t!(lang, "insights-empty");
    rsx! {
        section { class: "insight-glance", aria_labelledby: "glance-title",
            h2 { id: "glance-title", {t!(lang, "insights-glance")} }
            dl { class: "insight-figures",
                div { class: "insight-figure",
                    dt { {t!(lang, "insights-ruptures")} }
                    dd { class: "insight-number", "{i.ruptures}" }
                }
                div { class: "insight-figure",
                    dt { {t!(lang, "insights-repair-rate")} }
                    dd { "{repaired}" }
                }
                div { class: "insight-figure insight-wide",
                    dt { {t!(lang, "insights-time-to-repair")} }
                    dd { "{time_to_repair}" }
                    if i.median_time_to_repair.is_some() {
                        dd { class: "hint", {t!(lang, "insights-middle-time")} }
                    }
                }
            }
        }
        BarChart {
            id: "chart-ruptures",
            title: if weekly { t!(lang, "insights-per-week") } else { t!(lang, "insights-per-month") },
            series: vec![t!(lang, "insights-series-ruptures"), t!(lang, "insights-series-repairs")],
            groups: i
                .by_period
                .iter()
                .map(|(key, r, p)| BarGroup {
                    label: period_label(lang, key, weekly, i.by_period.len()),
                    values: vec![*r, *p],
                })
                .collect::<Vec<_>>(),
            summary: ruptures_summary(lang, i, over, &now),
            empty: empty.clone(),
        }
        BarList {
            id: "chart-parts",
            title: t!(lang, "insights-parts"),
            rows: i
                .top_parts
                .iter()
                .map(|(name, n)| BarRow { label: name.clone(), value: *n })
                .collect::<Vec<_>>(),
            summary: parts_summary(lang, i, over),
            empty: empty.clone(),
        }
        LineChart {
            id: "chart-self",
            title: t!(lang, "insights-self"),
            points: i
                .self_by_period
                .iter()
                .map(|(key, level)| ChartPoint {
                    label: period_label(lang, key, weekly, i.self_by_period.len()),
                    value: *level,
                })
                .collect::<Vec<_>>(),
            summary: self_summary(lang, i, &now),
            empty: empty.clone(),
        }
        BarList {
            id: "chart-pauses",
            title: t!(lang, "insights-pauses"),
            rows: vec![
                BarRow { label: t!(lang, "insights-pauses-taken"), value: i.pauses },
                BarRow { label: t!(lang, "insights-pauses-kept"), value: i.pauses_kept },
            ],
            summary: pauses_summary(lang, i, over),
            empty: empty.clone(),
        }
        BarChart {
            id: "chart-reflections",
            title: t!(lang, "insights-reflections"),
            series: vec![t!(lang, "insights-reflections-series")],
            groups: month_bars(lang, &i.reflections_by_month, &from, &now),
            summary: month_summary(
                lang,
                &i.reflections_by_month,
                |n| t!(lang, "insights-count-reflections", count = n),
                over,
                &now,
            ),
            empty: empty.clone(),
        }
        BarChart {
            id: "chart-together",
            title: t!(lang, "insights-together"),
            series: vec![t!(lang, "insights-together-series")],
            groups: month_bars(lang, &i.together_by_month, &from, &now),
            summary: month_summary(
                lang,
                &i.together_by_month,
                |n| t!(lang, "insights-count-together", count = n),
                over,
                &now,
            ),
            empty: empty.clone(),
        }
        BarChart {
            id: "chart-talks",
            title: t!(lang, "insights-talks"),
            series: vec![t!(lang, "insights-talks-series")],
            groups: month_bars(lang, &i.talks_by_month, &from, &now),
            summary: month_summary(
                lang,
                &i.talks_by_month,
                |n| t!(lang, "insights-count-talks", count = n),
                over,
                &now,
            ),
            empty,
        }
    }
}

/// "Over the last 4 weeks: 3 ruptures and 2 repairs. The busiest week was the week of 9
/// November, with 2 ruptures."
fn ruptures_summary(lang: Lang, i: &Insights, over: &str, now: &Moment) -> String {
    let ruptures: u32 = i.by_period.iter().map(|(_, r, _)| r).sum();
    let repairs: u32 = i.by_period.iter().map(|(_, _, p)| p).sum();
    let mut out = t!(
        lang,
        "insights-ruptures-summary",
        over = over,
        ruptures = t!(lang, "insights-count-ruptures", count = ruptures),
        repairs = t!(lang, "insights-count-repairs", count = repairs)
    );
    let with_ruptures: Vec<&(String, u32, u32)> =
        i.by_period.iter().filter(|(_, r, _)| *r > 0).collect();
    let most = with_ruptures.iter().map(|(_, r, _)| *r).max().unwrap_or(0);
    let busiest: Vec<&&(String, u32, u32)> = with_ruptures
        .iter()
        .filter(|(_, r, _)| *r == most)
        .collect();
    let sentence = match (with_ruptures.as_slice(), busiest.as_slice()) {
        ([(key, _, _)], _) => Some(t!(
            lang,
            "insights-ruptures-in-one",
            count = ruptures,
            period = period_words(lang, key, i.weekly, now)
        )),
        // Only one period had the most; with a tie, no period is singled out.
        (_, [(key, r, _)]) => {
            let period = period_words(lang, key, i.weekly, now);
            let ruptures = t!(lang, "insights-count-ruptures", count = *r);
            Some(if i.weekly {
                t!(
                    lang,
                    "insights-busiest-week",
                    period = period,
                    ruptures = ruptures
                )
            } else {
                t!(
                    lang,
                    "insights-busiest-month",
                    period = period,
                    ruptures = ruptures
                )
            })
        }
        _ => None,
    };
    if let Some(sentence) = sentence {
        out.push(' ');
        out.push_str(&sentence);
    }
    out
}

/// "Over the last 4 weeks, the parts you checked in with most: Critic, 5 times; Pleaser,
/// once."
fn parts_summary(lang: Lang, i: &Insights, over: &str) -> String {
    let list: Vec<String> = i
        .top_parts
        .iter()
        .map(|(name, n)| {
            t!(
                lang,
                "insights-part-times",
                part = name.as_str(),
                count = *n
            )
        })
        .collect();
    match list.len() {
        0 => String::new(),
        1 => t!(
            lang,
            "insights-parts-one",
            over = over,
            list = list[0].as_str()
        ),
        _ => t!(
            lang,
            "insights-parts-many",
            over = over,
            list = list.join("; ")
        ),
    }
}

/// "Your average Self went from 3 in the week of 16 November to 9 in the week of 30
/// November, out of 10. It ranged from 3 to 9."
fn self_summary(lang: Lang, i: &Insights, now: &Moment) -> String {
    let noted: Vec<(&String, f64)> = i
        .self_by_period
        .iter()
        .filter_map(|(key, level)| level.map(|v| (key, v)))
        .collect();
    let words = |key: &str| period_words(lang, key, i.weekly, now);
    let about = if i.weekly {
        t!(lang, "insights-self-weekly")
    } else {
        t!(lang, "insights-self-monthly")
    };
    let found = match noted.as_slice() {
        [] => return String::new(),
        [(key, v)] => t!(
            lang,
            "insights-self-one",
            level = decimal(lang, *v),
            period = words(key)
        ),
        [(first, a), .., (last, b)] => {
            let low = noted.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
            let high = noted
                .iter()
                .map(|(_, v)| *v)
                .fold(f64::NEG_INFINITY, f64::max);
            t!(
                lang,
                "insights-self-range",
                first = decimal(lang, *a),
                first_period = words(first),
                last = decimal(lang, *b),
                last_period = words(last),
                count = noted.len(),
                weekly = if i.weekly { "yes" } else { "no" },
                low = decimal(lang, low),
                high = decimal(lang, high)
            )
        }
    };
    format!("{about} {found}")
}

/// "Over the last 4 weeks: 5 pauses, 4 kept to the planned time.", and when some ended
/// early, that this is fine.
fn pauses_summary(lang: Lang, i: &Insights, over: &str) -> String {
    let mut out = t!(
        lang,
        "insights-pauses-summary",
        over = over,
        count = i.pauses,
        kept = i.pauses_kept
    );
    if i.pauses_kept < i.pauses {
        out.push(' ');
        out.push_str(&t!(lang, "insights-pauses-note"));
    }
    out
}

/// A count each month of the span (reflections, times together), quiet months included,
/// from the later of the span's start and the first month with any.
fn month_bars(
    lang: Lang,
    by_month: &[(String, u32)],
    from: &Moment,
    now: &Moment,
) -> Vec<BarGroup> {
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
            label: period_label(lang, &key, false, n),
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
/// `things` says a count of what is counted: "12 reflections".
fn month_summary(
    lang: Lang,
    by_month: &[(String, u32)],
    things: impl Fn(u32) -> String,
    over: &str,
    now: &Moment,
) -> String {
    let total: u32 = by_month.iter().map(|(_, c)| c).sum();
    let mut out = t!(
        lang,
        "insights-month-summary",
        over = over,
        things = things(total)
    );
    let most = by_month
        .iter()
        .fold(None::<&(String, u32)>, |best, m| match best {
            Some(b) if b.1 >= m.1 => Some(b),
            _ => Some(m),
        });
    if let Some((key, c)) = most
        && by_month.len() > 1
    {
        out.push(' ');
        out.push_str(&t!(
            lang,
            "insights-month-most",
            count = *c,
            month = period_words(lang, key, false, now)
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
        let en = Lang::negotiate(&["en-GB"]);
        let now = at("2026-11-25T21:00:00+01:00");
        assert_eq!(
            period_words(en, "2026-11-16", true, &now),
            "the week of 16 November"
        );
        assert_eq!(
            period_words(en, "2025-12-29", true, &now),
            "the week of 29 December 2025"
        );
        assert_eq!(period_words(en, "2026-11", false, &now), "November 2026");
        assert_eq!(period_label(en, "2026-11-16", true, 13), "16 Nov");
        assert_eq!(period_label(en, "2026-11", false, 3), "Nov");
        assert_eq!(period_label(en, "2026-11", false, 12), "Nov 2026");
        // In the United States, as English is written where no region is named.
        for us in [Lang::negotiate(&["en-US"]), Lang::ENGLISH] {
            assert_eq!(
                period_words(us, "2025-12-29", true, &now),
                "the week of December 29, 2025"
            );
            assert_eq!(period_label(us, "2026-11-16", true, 13), "Nov 16");
        }
    }

    #[test]
    fn summaries_say_what_the_charts_show() {
        let en = Lang::negotiate(&["en-GB"]);
        let reflections = |n: u32| t!(en, "insights-count-reflections", count = n);
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
        let over = Span::FourWeeks.over(en);
        let over = over.as_str();
        assert_eq!(
            ruptures_summary(en, &i, over, &now),
            "Over the last 4 weeks: 3 ruptures and 2 repairs. The busiest week was the week of 9 November, with 2 ruptures."
        );
        // With a tie no period is singled out; with one period, it is named.
        let tie = Insights {
            weekly: false,
            by_period: vec![("2026-10".into(), 1, 0), ("2026-11".into(), 1, 0)],
            ..Insights::default()
        };
        assert_eq!(
            ruptures_summary(en, &tie, over, &now),
            "Over the last 4 weeks: 2 ruptures and no repairs."
        );
        let one = Insights {
            weekly: false,
            by_period: vec![("2026-10".into(), 0, 1), ("2026-11".into(), 1, 0)],
            ..Insights::default()
        };
        assert_eq!(
            ruptures_summary(en, &one, over, &now),
            "Over the last 4 weeks: 1 rupture and 1 repair. It came in November 2026."
        );
        assert_eq!(
            parts_summary(en, &i, over),
            "Over the last 4 weeks, the parts you checked in with most: Critic, 5 times; Pleaser, once."
        );
        assert_eq!(
            self_summary(en, &i, &now),
            "How much Self you noted in check-ins, from 0 to 10, on average each week. It was 3 in the week of 9 November and 5 in the week of 23 November. Across 3 weeks, it ranged from 3 to 6.5."
        );
        assert_eq!(
            pauses_summary(en, &i, over),
            "Over the last 4 weeks: 5 pauses, 4 kept to the planned time. Ending a pause early is fine too. What matters is coming back."
        );
        assert_eq!(
            month_summary(en, &i.reflections_by_month, reflections, over, &now),
            "Over the last 4 weeks: 8 reflections. The most in one month was 6, in November 2026."
        );
        // Three months from 31 August: from October, the first month with a reflection.
        let months = month_bars(
            en,
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
            en,
            &only_november.reflections_by_month,
            &Span::Year.start(&now),
            &now,
        );
        assert_eq!(year, [bar("Nov", 1)]);
        assert_eq!(
            month_summary(
                en,
                &only_november.reflections_by_month,
                reflections,
                over,
                &now
            ),
            "Over the last 4 weeks: 1 reflection."
        );
    }

    #[test]
    fn the_words_are_spanish_in_spanish() {
        let es = Lang::from_tag("es").unwrap();
        let now = at("2026-11-25T21:00:00+01:00");
        assert_eq!(
            period_words(es, "2026-11-16", true, &now),
            "la semana del 16 de noviembre"
        );
        assert_eq!(
            period_words(es, "2025-12-29", true, &now),
            "la semana del 29 de diciembre de 2025"
        );
        assert_eq!(
            period_words(es, "2026-11", false, &now),
            "noviembre de 2026"
        );
        assert_eq!(period_label(es, "2026-11-16", true, 13), "16 nov");
        assert_eq!(period_label(es, "2026-01", false, 3), "ene");
        assert_eq!(period_label(es, "2026-11", false, 12), "nov 2026");
        assert_eq!(decimal(es, 6.5), "6,5");
        assert_eq!(decimal(es, 6.0), "6");
        let i = Insights {
            weekly: true,
            by_period: vec![("2026-11-09".into(), 2, 1), ("2026-11-16".into(), 1, 0)],
            self_by_period: vec![
                ("2026-11-09".into(), Some(3.0)),
                ("2026-11-16".into(), Some(6.5)),
            ],
            top_parts: vec![("Crítica".into(), 5), ("Complaciente".into(), 1)],
            pauses: 2,
            pauses_kept: 1,
            talks_by_month: vec![("2026-10".into(), 1), ("2026-11".into(), 3)],
            ..Insights::default()
        };
        let over = Span::ThreeMonths.over(es);
        let over = over.as_str();
        assert_eq!(
            ruptures_summary(es, &i, over, &now),
            "En los últimos 3 meses: 3 rupturas y 1 reparación. Hubo más en la semana del 9 de noviembre: 2 rupturas."
        );
        assert_eq!(
            parts_summary(es, &i, over),
            "En los últimos 3 meses, las partes que más aparecieron en tus registros: Crítica, 5 veces; Complaciente, 1 vez."
        );
        assert_eq!(
            self_summary(es, &i, &now),
            "Cuánto Self anotaste en tus registros, de 0 a 10, de media cada semana. Fue de 3 en la semana del 9 de noviembre y de 6,5 en la semana del 16 de noviembre. En 2 semanas, osciló entre 3 y 6,5."
        );
        assert_eq!(
            pauses_summary(es, &i, over),
            "En los últimos 3 meses: 2 pausas, 1 duró lo previsto. Terminar una pausa antes también está bien. Lo que importa es volver."
        );
        assert_eq!(
            month_summary(
                es,
                &i.talks_by_month,
                |n| t!(es, "insights-count-talks", count = n),
                over,
                &now
            ),
            "En los últimos 3 meses: 4 conversaciones. El mes con más fue noviembre de 2026, con 3."
        );
        let none = Insights::default();
        assert_eq!(
            ruptures_summary(es, &none, over, &now),
            "En los últimos 3 meses: ninguna ruptura y ninguna reparación."
        );
    }
}
