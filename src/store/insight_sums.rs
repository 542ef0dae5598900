//! Kept sums for the insights: per stretch of time and local day, how many ruptures (and how
//! many repaired), repairs completed, Self noted at check-ins, and pauses (and pauses kept);
//! and per stretch and part, how many check-ins. Triggers keep them in step in the same
//! transaction as every insert, edit, delete, undo, merge and import, so no path that writes
//! a row can leave them behind; a migration builds them from the rows already there.
//!
//! A stretch (a "bucket") is 2^29 ms, about six days and five hours of UTC time: `ms >> 29`,
//! which rounds down for times before 1970 too, in SQL and in Rust alike. The insights add up
//! the stretches wholly inside a span and count the rows of the part-stretches at its two
//! ends, so the figures are exact for any span while reading a few thousand sums instead of
//! every row.

use std::fmt::Write as _;

/// How many bits of milliseconds one stretch covers.
pub(super) const BUCKET_BITS: u32 = 29;

/// The local day of a row, as `YYYY-MM-DD`, from its UTC milliseconds and offset in seconds
/// (`''` when out of SQLite's range). The insights' row counts use the very same words.
pub(super) fn local_day(ms: &str, off: &str) -> String {
    format!("coalesce(date({ms} / 1000 + coalesce({off}, 0), 'unixepoch'), '')")
}

/// The kept figures per stretch and local day, in the order the insights read them.
pub(super) const DAY_FIGURES: [&str; 7] = [
    "ruptures",
    "repaired",
    "repairs_done",
    "self_sum",
    "self_n",
    "pauses",
    "pauses_kept",
];

/// One kind of row that adds to the kept sums.
pub(super) struct Source {
    pub table: &'static str,
    /// The row's time and offset columns: which stretch and day it counts in.
    pub ms: &'static str,
    pub off: &'static str,
    /// When a row counts at all (as SQL over its columns).
    pub counts: &'static str,
    /// The figures it adds, each as SQL over its columns.
    pub adds: &'static [(&'static str, &'static str)],
    /// The columns whose change moves the row's contribution.
    pub watched: &'static [&'static str],
}

/// What adds to `insight_days`.
pub(super) const DAY_SOURCES: [Source; 4] = [
    Source {
        table: "ruptures",
        ms: "at_ms",
        off: "at_offset_s",
        counts: "deleted_at_ms IS NULL",
        adds: &[
            ("ruptures", "1"),
            ("repaired", "coalesce(status = 'repaired', 0)"),
        ],
        watched: &["at_ms", "at_offset_s", "status", "deleted_at_ms"],
    },
    Source {
        table: "repairs",
        ms: "completed_at_ms",
        off: "completed_offset_s",
        counts: "deleted_at_ms IS NULL AND completed_at_ms IS NOT NULL
            AND outcome IN ('reconnected', 'partly')",
        adds: &[("repairs_done", "1")],
        watched: &[
            "completed_at_ms",
            "completed_offset_s",
            "outcome",
            "deleted_at_ms",
        ],
    },
    Source {
        table: "checkins",
        ms: "at_ms",
        off: "at_offset_s",
        counts: "deleted_at_ms IS NULL AND self_level IS NOT NULL",
        adds: &[("self_sum", "self_level"), ("self_n", "1")],
        watched: &["at_ms", "at_offset_s", "self_level", "deleted_at_ms"],
    },
    Source {
        table: "pauses",
        ms: "started_at_ms",
        off: "started_offset_s",
        counts: "deleted_at_ms IS NULL",
        adds: &[
            ("pauses", "1"),
            ("pauses_kept", "coalesce(outcome = 'completed', 0)"),
        ],
        watched: &[
            "started_at_ms",
            "started_offset_s",
            "outcome",
            "deleted_at_ms",
        ],
    },
];

/// What adds to `insight_parts`: check-ins by part, whatever their Self.
const PART_SOURCE: Source = Source {
    table: "checkins",
    ms: "at_ms",
    off: "at_offset_s",
    counts: "deleted_at_ms IS NULL",
    adds: &[("checkins", "1")],
    watched: &["at_ms", "part_id", "deleted_at_ms"],
};

const TABLES_V1: &str = "
CREATE TABLE insight_days (
    bucket INTEGER NOT NULL,
    day TEXT NOT NULL,
    ruptures INTEGER NOT NULL DEFAULT 0,
    repaired INTEGER NOT NULL DEFAULT 0,
    repairs_done INTEGER NOT NULL DEFAULT 0,
    self_sum INTEGER NOT NULL DEFAULT 0,
    self_n INTEGER NOT NULL DEFAULT 0,
    pauses INTEGER NOT NULL DEFAULT 0,
    pauses_kept INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket, day)
) WITHOUT ROWID;
CREATE TABLE insight_parts (
    bucket INTEGER NOT NULL,
    part_id TEXT NOT NULL,
    checkins INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket, part_id)
) WITHOUT ROWID;
-- The counted rows at a span's two ends are found by when the repair was completed.
CREATE INDEX repairs_completed ON repairs (completed_at_ms) WHERE deleted_at_ms IS NULL;
-- The median time to repair reads repairs by when they started, in order of the time taken.
CREATE INDEX repairs_time_taken ON repairs (started_at_ms, time_to_repair_ms)
    WHERE deleted_at_ms IS NULL AND time_to_repair_ms IS NOT NULL;
";

/// Where one source's contribution goes: the summary table and its key, as SQL over a row.
struct Target {
    table: &'static str,
    key: [(&'static str, String); 2],
}

impl Source {
    fn target(&self, part: bool, row: &str) -> Target {
        let col = |c: &str| format!("{row}{c}");
        let bucket = ("bucket", format!("{} >> {BUCKET_BITS}", col(self.ms)));
        if part {
            Target {
                table: "insight_parts",
                key: [bucket, ("part_id", col("part_id"))],
            }
        } else {
            Target {
                table: "insight_days",
                key: [bucket, ("day", local_day(&col(self.ms), &col(self.off)))],
            }
        }
    }

    /// Adds (`sign` 1) or takes away (-1) the row `row` ("NEW." or "OLD.", or "" for a
    /// plain `SELECT` over the table when `from` is given) to the kept sums.
    fn upsert(&self, part: bool, row: &str, sign: i8, from: Option<&str>) -> String {
        let target = self.target(part, row);
        let qualify = |sql: &str| {
            if row.is_empty() {
                sql.to_owned()
            } else {
                qualify_columns(sql, row)
            }
        };
        let mut cols = Vec::new();
        let mut vals = Vec::new();
        for (c, v) in &target.key {
            cols.push((*c).to_owned());
            vals.push(format!("{v} AS {c}"));
        }
        for (c, expr) in self.adds {
            cols.push((*c).to_owned());
            let value = format!("({})", qualify(expr));
            vals.push(match (sign, from) {
                (_, Some(_)) => format!("sum({value})"),
                (-1, None) => format!("-{value}"),
                _ => value,
            });
        }
        let set: Vec<String> = self
            .adds
            .iter()
            .map(|(c, _)| format!("{c} = {c} + excluded.{c}"))
            .collect();
        let keys: Vec<&str> = target.key.iter().map(|(c, _)| *c).collect();
        let mut sql = format!(
            "INSERT INTO {} ({}) SELECT {}",
            target.table,
            cols.join(", "),
            vals.join(", ")
        );
        match from {
            Some(table) => {
                let _ = write!(
                    sql,
                    " FROM {table} WHERE {} GROUP BY {}",
                    self.counts,
                    keys.join(", ")
                );
            }
            None => {
                let _ = write!(sql, " WHERE {}", qualify(self.counts));
            }
        }
        let _ = write!(
            sql,
            " ON CONFLICT ({}) DO UPDATE SET {};",
            keys.join(", "),
            set.join(", ")
        );
        sql
    }

    /// The three triggers keeping one source's sums in step.
    fn triggers(&self, part: bool, name: &str) -> String {
        let t = self.table;
        format!(
            "CREATE TRIGGER {name}_insert AFTER INSERT ON {t} BEGIN {} END;
             CREATE TRIGGER {name}_delete AFTER DELETE ON {t} BEGIN {} END;
             CREATE TRIGGER {name}_update AFTER UPDATE OF {} ON {t} BEGIN {} {} END;\n",
            self.upsert(part, "NEW.", 1, None),
            self.upsert(part, "OLD.", -1, None),
            self.watched.join(", "),
            self.upsert(part, "OLD.", -1, None),
            self.upsert(part, "NEW.", 1, None),
        )
    }
}

/// `sql` with each of its bare column names written as `row` + name (`NEW.status`). Only
/// plain words outside quotes that are not SQL keywords, numbers or the names of functions
/// called (a word before `(`) are taken for columns.
fn qualify_columns(sql: &str, row: &str) -> String {
    const KEYWORDS: [&str; 6] = ["and", "or", "is", "not", "null", "in"];
    let mut out = String::new();
    let mut word = String::new();
    let mut quoted = false;
    let flush = |word: &mut String, out: &mut String, next: char| {
        if !word.is_empty() {
            let numeric = word.chars().all(|c| c.is_ascii_digit());
            let keyword = KEYWORDS.contains(&word.to_ascii_lowercase().as_str());
            if !numeric && !keyword && next != '(' {
                out.push_str(row);
            }
            out.push_str(word);
            word.clear();
        }
    };
    for c in sql.chars() {
        if c == '\'' {
            flush(&mut word, &mut out, c);
            quoted = !quoted;
            out.push(c);
        } else if !quoted && (c.is_ascii_alphanumeric() || c == '_') {
            word.push(c);
        } else {
            flush(&mut word, &mut out, c);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, ' ');
    out
}

/// Every source, with whether it adds to the per-part sums and its triggers' name.
fn sources() -> [(&'static Source, bool, &'static str); 5] {
    [
        (&DAY_SOURCES[0], false, "insight_ruptures"),
        (&DAY_SOURCES[1], false, "insight_repairs"),
        (&DAY_SOURCES[2], false, "insight_checkins"),
        (&DAY_SOURCES[3], false, "insight_pauses"),
        (&PART_SOURCE, true, "insight_checkin_parts"),
    ]
}

/// Migration 16: the tables, their triggers, and their sums from the rows already there.
pub(super) fn create_v1(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(TABLES_V1)?;
    tx.execute_batch(&fill_sql())?;
    let mut triggers = String::new();
    for (source, part, name) in sources() {
        triggers.push_str(&source.triggers(part, name));
    }
    tx.execute_batch(&triggers)
}

/// Adds the kept sums up again from the rows, after a bulk write without the triggers.
pub(super) fn refill(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(&format!(
        "DELETE FROM insight_days; DELETE FROM insight_parts; {}",
        fill_sql()
    ))
}

/// The statements that add every counted row to the (empty) kept sums.
fn fill_sql() -> String {
    sources()
        .iter()
        .map(|(source, part, _)| source.upsert(*part, "", 1, Some(source.table)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_qualified_and_words_of_sql_are_not() {
        assert_eq!(
            qualify_columns(
                "deleted_at_ms IS NULL AND outcome IN ('reconnected', 'partly')",
                "NEW."
            ),
            "NEW.deleted_at_ms IS NULL AND NEW.outcome IN ('reconnected', 'partly')"
        );
        assert_eq!(qualify_columns("1", "OLD."), "1");
        assert_eq!(
            qualify_columns("coalesce(outcome = 'completed', 0)", "NEW."),
            "coalesce(NEW.outcome = 'completed', 0)"
        );
        assert_eq!(
            qualify_columns("status = 'repaired'", "OLD."),
            "OLD.status = 'repaired'"
        );
    }

    #[test]
    fn every_source_writes_only_figures_the_table_has() {
        for source in &DAY_SOURCES {
            for (figure, _) in source.adds {
                assert!(DAY_FIGURES.contains(figure), "{figure}");
            }
        }
    }
}
