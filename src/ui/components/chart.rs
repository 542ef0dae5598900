//! Small charts drawn as inline SVG, each with a text summary for screen readers.
//!
//! Every chart is a `figure` with a visible title, the drawing (`role="img"`, named by the
//! title and the summary) and the summary in words. Colours come from the theme through CSS
//! classes; a second series is hatched as well as coloured, and the legend is text, so colour
//! is never the only difference. With nothing to draw, a chart shows a gentle line instead.

use dioxus::prelude::*;

use crate::domain::text::excerpt;

/// The drawing's width in SVG units. It scales to the width of the screen.
const W: f64 = 300.0;
/// Room on the left for the value labels.
const LEFT: f64 = 26.0;
/// Room on the right, so the last label never touches the edge.
const RIGHT: f64 = 4.0;
/// Room above the highest bar or point, for its value.
const TOP: f64 = 14.0;
/// Room below the axis, for the period labels.
const BOTTOM: f64 = 20.0;
/// The height of the plotting area.
const PLOT_H: f64 = 110.0;
/// The widest a bar is drawn, however few there are.
const MAX_BAR_W: f64 = 24.0;
/// With this many groups or fewer every label and value is written out; with more, only the
/// first and last labels, so they never overlap at 320 px wide.
pub const LABEL_ALL_UP_TO: usize = 6;

/// One group of bars along the bottom: its label and one value per series.
#[derive(Debug, Clone, PartialEq)]
pub struct BarGroup {
    pub label: String,
    pub values: Vec<u32>,
}

/// One row of a horizontal bar chart: what it counts, as text, and how many.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub value: u32,
}

/// One point of a line chart; `None` where there is nothing to show for that period.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub label: String,
    pub value: Option<f64>,
}

/// The frame every chart shares: the title, then an optional legend, the drawing and the
/// summary in words, or with nothing to draw, the empty line alone.
#[component]
fn ChartFrame(
    id: String,
    title: String,
    summary: String,
    empty: String,
    is_empty: bool,
    /// The drawing's height in SVG units (its width is always the same).
    height: f64,
    #[props(default)] legend: Vec<String>,
    children: Element,
) -> Element {
    let title_id = format!("{id}-title");
    let summary_id = format!("{id}-summary");
    rsx! {
        figure { class: "chart", id: "{id}", aria_labelledby: "{title_id}",
            h2 { id: "{title_id}", class: "chart-title", "{title}" }
            if is_empty {
                p { class: "chart-empty", "{empty}" }
            } else {
                if legend.len() > 1 {
                    ul { class: "chart-legend",
                        for (i, name) in legend.iter().enumerate() {
                            li { key: "{i}",
                                svg { class: "chart-swatch", view_box: "0 0 14 14", "aria-hidden": "true",
                                    rect { class: "chart-series-{i}", x: "1", y: "1", width: "12", height: "12", fill: series_fill(&id, i) }
                                }
                                "{name}"
                            }
                        }
                    }
                }
                svg {
                    class: "chart-drawing",
                    role: "img",
                    "aria-labelledby": "{title_id} {summary_id}",
                    view_box: "0 0 {W} {height}",
                    width: "100%",
                    defs {
                        pattern {
                            id: "{id}-hatch",
                            width: "5",
                            height: "5",
                            pattern_units: "userSpaceOnUse",
                            pattern_transform: "rotate(45)",
                            rect { class: "chart-hatch-ground", width: "5", height: "5" }
                            line { class: "chart-hatch-line", x1: "0", y1: "0", x2: "0", y2: "5" }
                        }
                    }
                    {children}
                }
                figcaption { id: "{summary_id}", class: "chart-summary", "{summary}" }
            }
        }
    }
}

/// The fill of series `i`: the first is solid, from the stylesheet; the second and later
/// are hatched.
fn series_fill(chart_id: &str, i: usize) -> Option<String> {
    (i > 0).then(|| format!("url(#{chart_id}-hatch)"))
}

/// A round, readable top for an axis holding `max`: at least 1.
fn axis_top(max: f64) -> f64 {
    if max <= 1.0 {
        1.0
    } else if max <= 5.0 {
        max.ceil()
    } else {
        let step = if max <= 20.0 {
            2.0
        } else {
            10f64.powf(max.log10().floor()) / 2.0
        };
        (max / step).ceil() * step
    }
}

/// The horizontal lines and their values along the left, and the labels along the bottom
/// (`labels` holds each group's centre and label).
fn axes(ticks: &[f64], top: f64, labels: &[(f64, String)]) -> Element {
    let y = |v: f64| TOP + PLOT_H - v / top * PLOT_H;
    let n = labels.len();
    let label_y = TOP + PLOT_H + 15.0;
    // Every label when there is room, else the first and the last, kept inside the edges.
    let shown: Vec<(usize, f64, &str, String)> = labels
        .iter()
        .enumerate()
        .filter_map(|(i, (x, label))| {
            if n <= LABEL_ALL_UP_TO {
                Some((i, *x, "middle", label.clone()))
            } else if i == 0 {
                Some((i, LEFT, "start", label.clone()))
            } else if i == n - 1 {
                Some((i, W - RIGHT, "end", label.clone()))
            } else {
                None
            }
        })
        .collect();
    rsx! {
        g { class: "chart-axis",
            for t in ticks.iter().copied() {
                g { key: "{t}",
                    line { class: "chart-grid", x1: "{LEFT}", x2: "{W - RIGHT}", y1: "{y(t):.1}", y2: "{y(t):.1}" }
                    text { class: "chart-tick", x: "{LEFT - 4.0}", y: "{y(t) + 4.0:.1}", text_anchor: "end", "{t}" }
                }
            }
            for (i, x, anchor, label) in shown {
                text { key: "{i}", class: "chart-label", x: "{x:.1}", y: "{label_y}", text_anchor: anchor, "{label}" }
            }
        }
    }
}

/// Bars along the bottom, one group per period and one bar per series (say ruptures and
/// repairs each week). `series` names the bars, in the order of each group's values; with
/// two or more, a legend says which is which.
#[component]
pub fn BarChart(
    id: String,
    title: String,
    series: Vec<String>,
    groups: Vec<BarGroup>,
    summary: String,
    empty: String,
) -> Element {
    let max = groups
        .iter()
        .flat_map(|g| g.values.iter().copied())
        .max()
        .unwrap_or(0);
    let is_empty = max == 0;
    let top = axis_top(f64::from(max));
    let per_series = series.len().max(1);
    let n = groups.len().max(1);
    let slot = (W - LEFT - RIGHT) / n as f64;
    let bar_w = (slot * 0.8 / per_series as f64).clamp(0.5, MAX_BAR_W);
    // Each group's bars sit in the middle of its slot.
    let inset = (slot - bar_w * per_series as f64) / 2.0;
    let show_values = groups.len() <= LABEL_ALL_UP_TO;
    let mut bars = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        for (si, v) in g.values.iter().copied().enumerate().take(per_series) {
            if v == 0 {
                continue;
            }
            let h = (f64::from(v) / top * PLOT_H).max(1.5);
            let x = LEFT + gi as f64 * slot + inset + si as f64 * bar_w;
            bars.push((gi, si, x, TOP + PLOT_H - h, h, v));
        }
    }
    let labels: Vec<(f64, String)> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| (LEFT + (i as f64 + 0.5) * slot, g.label.clone()))
        .collect();
    let ticks = if top >= 2.0 {
        vec![0.0, top / 2.0, top]
    } else {
        vec![0.0, top]
    };
    let ticks: Vec<f64> = ticks.into_iter().filter(|t| t.fract() == 0.0).collect();
    rsx! {
        ChartFrame { id: id.clone(), title, summary, empty, is_empty, height: TOP + PLOT_H + BOTTOM, legend: series.clone(),
            {axes(&ticks, top, &labels)}
            g { class: "chart-bars",
                for (gi, si, x, y, h, v) in bars {
                    g { key: "{gi}-{si}",
                        rect {
                            class: "chart-bar chart-series-{si}",
                            x: "{x:.1}",
                            y: "{y:.1}",
                            width: "{bar_w:.1}",
                            height: "{h:.1}",
                            fill: series_fill(&id, si),
                        }
                        if show_values {
                            text {
                                class: "chart-value",
                                x: "{x + bar_w / 2.0:.1}",
                                y: "{y - 3.0:.1}",
                                text_anchor: "middle",
                                "{v}"
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Horizontal bars, one a row, each with its label written above it and its count at its
/// end: for things with names, such as the parts that showed up most.
#[component]
pub fn BarList(
    id: String,
    title: String,
    rows: Vec<BarRow>,
    summary: String,
    empty: String,
) -> Element {
    let max = rows.iter().map(|r| r.value).max().unwrap_or(0);
    let is_empty = max == 0;
    const ROW_H: f64 = 38.0;
    const COUNT_W: f64 = 34.0;
    let height = (ROW_H * rows.len() as f64).max(ROW_H);
    let room = W - COUNT_W;
    rsx! {
        ChartFrame { id, title, summary, empty, is_empty, height,
            g { class: "chart-rows",
                for (i, row) in rows.iter().enumerate() {
                    {
                        let y = i as f64 * ROW_H;
                        // A count of nought draws no bar at all.
                        let w = if row.value == 0 {
                            0.0
                        } else {
                            (f64::from(row.value) / f64::from(max.max(1)) * room).max(2.0)
                        };
                        let label = excerpt(&row.label, 36);
                        rsx! {
                            g { key: "{i}",
                                text { class: "chart-row-label", x: "0", y: "{y + 13.0}", "{label}" }
                                rect { class: "chart-bar chart-series-0", x: "0", y: "{y + 18.0}", width: "{w:.1}", height: "12", rx: "2" }
                                text { class: "chart-value", x: "{w + 5.0:.1}", y: "{y + 28.0}", "{row.value}" }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A line over time on a fixed 0 to 10 scale (for Self), with a dot at every value; it
/// breaks where a period has none, and a single value is a single dot.
#[component]
pub fn LineChart(
    id: String,
    title: String,
    points: Vec<ChartPoint>,
    summary: String,
    empty: String,
) -> Element {
    let is_empty = points.iter().all(|p| p.value.is_none());
    let top = 10.0;
    let n = points.len().max(1);
    let slot = (W - LEFT - RIGHT) / n as f64;
    let x = |i: usize| LEFT + (i as f64 + 0.5) * slot;
    let y = |v: f64| TOP + PLOT_H - v.clamp(0.0, top) / top * PLOT_H;
    // One path, starting afresh after every gap.
    let mut d = String::new();
    let mut joined = false;
    for (i, p) in points.iter().enumerate() {
        match p.value {
            Some(v) => {
                d.push_str(&format!(
                    "{}{:.1} {:.1} ",
                    if joined { "L" } else { "M" },
                    x(i),
                    y(v)
                ));
                joined = true;
            }
            None => joined = false,
        }
    }
    let dots: Vec<(usize, f64, f64)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.value.map(|v| (i, x(i), y(v))))
        .collect();
    let labels: Vec<(f64, String)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (x(i), p.label.clone()))
        .collect();
    rsx! {
        ChartFrame { id, title, summary, empty, is_empty, height: TOP + PLOT_H + BOTTOM,
            {axes(&[0.0, 5.0, 10.0], top, &labels)}
            path { class: "chart-line", d: "{d.trim_end()}" }
            for (i, cx, cy) in dots {
                circle { key: "{i}", class: "chart-dot", cx: "{cx:.1}", cy: "{cy:.1}", r: "4" }
            }
        }
    }
}

/// A number with at most one decimal place: "3", "3.5".
pub fn one_decimal(v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        for (max, top) in [
            (0.0, 1.0),
            (1.0, 1.0),
            (3.0, 3.0),
            (7.0, 8.0),
            (19.0, 20.0),
            (23.0, 25.0),
            (130.0, 150.0),
        ] {
            assert_eq!(axis_top(max), top, "{max}");
        }
    }

    #[test]
    fn numbers_keep_one_decimal_at_most() {
        assert_eq!(one_decimal(3.0), "3");
        assert_eq!(one_decimal(3.25), "3.3");
        assert_eq!(one_decimal(9.96), "10");
    }
}
