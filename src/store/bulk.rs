//! Writing many rows in one transaction (an import): the row-by-row triggers that keep the
//! search indexes and the insights' kept sums are taken away for the length of it, and both
//! are built again from the tables before it commits. So are the indexes that only speed up
//! reading, on each table the write at least doubles.
//!
//! Every statement that writes through a trigger in a transaction opens a statement journal,
//! and each search index it has touched then writes what it holds to disk first. Row by row,
//! that leaves a small index segment per row, which then has to be merged: most of an
//! import's time at ten years. Rebuilt afterwards, each index and the sums take one statement.
//! An ordinary index, too, is quicker made once from its table, sorted, than grown one row
//! at a time in no order, once the rows written are as many as those already there.
//!
//! The triggers for deleted rows stay, and so do the unique indexes: they hold rules the rows
//! must keep, and the import finds records by them. Everything taken away is put back exactly
//! as the schema kept it. If anything fails before [`Bulk::finish`], the transaction is rolled
//! back, and what was taken away with it.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use rusqlite::Transaction;

use super::insight_sums;

/// What was taken away, to be put back by [`Bulk::finish`].
#[must_use = "what was taken away must be put back before the transaction commits"]
pub(super) struct Bulk {
    /// Each trigger's name, its SQL exactly as the schema keeps it, and its table.
    triggers: Vec<(String, String, String)>,
    /// Each index's SQL, exactly as the schema keeps it.
    indexes: Vec<String>,
    /// For each table written so far: how many rows it held before, how many have been
    /// written, and whether its reading indexes have gone.
    tables: HashMap<&'static str, Table>,
}

#[derive(Debug, Clone, Copy)]
struct Table {
    held: usize,
    written: usize,
    bare: bool,
}

/// The schema's entries, as (name, SQL, table), that `filter` (SQL over `sqlite_schema`'s
/// columns) picks, with `table`, if given, as its parameter.
fn entries(
    tx: &Transaction,
    filter: &str,
    table: Option<&str>,
) -> rusqlite::Result<Vec<(String, String, String)>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT name, sql, tbl_name FROM sqlite_schema WHERE {filter} ORDER BY name"
    ))?;
    stmt.query_map(rusqlite::params_from_iter(table), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?
    .collect()
}

impl Bulk {
    /// Takes away the search indexes' and the kept sums' triggers for new and changed rows.
    pub(super) fn begin(tx: &Transaction) -> rusqlite::Result<Bulk> {
        let triggers = entries(
            tx,
            r"type = 'trigger'
              AND (name LIKE '%\_fts\_insert' ESCAPE '\' OR name LIKE '%\_fts\_update' ESCAPE '\'
                OR name LIKE 'insight\_%\_insert' ESCAPE '\'
                OR name LIKE 'insight\_%\_update' ESCAPE '\')",
            None,
        )?;
        for (name, _, _) in &triggers {
            tx.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
        }
        Ok(Bulk {
            triggers,
            indexes: Vec::new(),
            tables: HashMap::new(),
        })
    }

    /// Says a row of `table` is about to be written. Once as many rows have been written as
    /// it held before, the write at least doubles it: its reading indexes go, to be made
    /// again from the whole table at the end. How many rows are coming need not be known
    /// (a file read as it arrives).
    pub(super) fn writing(
        &mut self,
        tx: &Transaction,
        table: &'static str,
    ) -> rusqlite::Result<()> {
        let state = match self.tables.entry(table) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(new) => {
                let held: i64 =
                    tx.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                        r.get(0)
                    })?;
                new.insert(Table {
                    held: usize::try_from(held).unwrap_or(usize::MAX),
                    written: 0,
                    bare: false,
                })
            }
        };
        if !state.bare && state.written >= state.held {
            state.bare = true;
            for (name, sql, _) in entries(
                tx,
                "type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL
                 AND sql NOT LIKE 'CREATE UNIQUE %'",
                Some(table),
            )? {
                tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
                self.indexes.push(sql);
            }
        }
        state.written += 1;
        Ok(())
    }

    /// Makes the indexes again, rebuilds each search index and the kept sums from their
    /// tables, and puts the triggers back as they were.
    pub(super) fn finish(self, tx: &Transaction) -> rusqlite::Result<()> {
        for sql in &self.indexes {
            tx.execute_batch(sql)?;
        }
        let mut indexed: Vec<&str> = self
            .triggers
            .iter()
            .filter(|(name, _, _)| name.contains("_fts_"))
            .map(|(_, _, table)| table.as_str())
            .collect();
        indexed.sort_unstable();
        indexed.dedup();
        for table in indexed {
            tx.execute_batch(&format!(
                "INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')"
            ))?;
        }
        if self
            .triggers
            .iter()
            .any(|(name, _, _)| name.starts_with("insight_"))
        {
            insight_sums::refill(tx)?;
        }
        for (_, sql, _) in &self.triggers {
            tx.execute_batch(sql)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;
    use crate::store::synthetic::Spec;

    fn indexes_of(tx: &Transaction, table: &str) -> Vec<String> {
        tx.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 ORDER BY name",
        )
        .unwrap()
        .query_map([table], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    }

    #[test]
    fn a_tables_reading_indexes_go_once_the_rows_written_reach_those_it_held() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-23T20:00:00+01:00").unwrap();
        let spec = Spec {
            years: 1,
            checkins: 40,
            ruptures: 10,
            repaired_per_mille: 500,
            pauses: 10,
            reflected_per_mille: 50,
            practice_sessions: 2,
            own_phrases: 1,
            seed: 3,
        };
        store.generate(spec, &now).unwrap();
        let tx = store.conn.transaction().unwrap();
        let all = indexes_of(&tx, "checkins");
        assert!(all.contains(&"checkins_timeline".to_owned()), "{all:?}");

        // Fewer rows written than were here: every index stays, and is kept up row by row.
        let mut bulk = Bulk::begin(&tx).unwrap();
        for _ in 0..40 {
            bulk.writing(&tx, "checkins").unwrap();
            assert_eq!(indexes_of(&tx, "checkins"), all);
        }
        assert!(bulk.indexes.is_empty());
        // As many as were here: the reading indexes go for the rest of it; the key stays.
        bulk.writing(&tx, "checkins").unwrap();
        assert_eq!(bulk.indexes.len(), 4);
        let during = indexes_of(&tx, "checkins");
        assert!(
            during
                .iter()
                .all(|name| name.starts_with("sqlite_autoindex")),
            "{during:?}"
        );
        assert!(!during.is_empty(), "the primary key's index stays");
        // An empty table loses them at its first row; they go only once.
        let talks = indexes_of(&tx, "talks");
        bulk.writing(&tx, "talks").unwrap();
        bulk.writing(&tx, "checkins").unwrap();
        assert_eq!(bulk.indexes.len(), 6);
        assert!(indexes_of(&tx, "talks").len() < talks.len(), "{talks:?}");
        bulk.finish(&tx).unwrap();
        assert_eq!(indexes_of(&tx, "checkins"), all);
        assert_eq!(indexes_of(&tx, "talks"), talks);
        tx.commit().unwrap();
        let ok: String = store
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
}
