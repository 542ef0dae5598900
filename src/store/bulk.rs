//! Writing many rows in one transaction (an import): the row-by-row triggers that keep the
//! search indexes and the insights' kept sums are taken away for the length of it, and both
//! are built again from the tables before it commits.
//!
//! Every statement that writes through a trigger in a transaction opens a statement journal,
//! and each search index it has touched then writes what it holds to disk first. Row by row,
//! that leaves a small index segment per row, which then has to be merged: most of an
//! import's time at ten years. Rebuilt afterwards, each index and the sums take one statement.
//! The triggers for deleted rows stay. If anything fails before [`Bulk::finish`], the
//! transaction is rolled back, and the triggers with it.

use rusqlite::Transaction;

use super::insight_sums;

/// The triggers taken away, to be put back by [`Bulk::finish`].
#[must_use = "the triggers must be put back before the transaction commits"]
pub(super) struct Bulk {
    /// Each trigger's name, its SQL exactly as the schema keeps it, and its table.
    taken: Vec<(String, String, String)>,
}

impl Bulk {
    /// Takes away the search indexes' and the kept sums' triggers for new and changed rows.
    pub(super) fn begin(tx: &Transaction) -> rusqlite::Result<Bulk> {
        let mut stmt = tx.prepare(
            r"SELECT name, sql, tbl_name FROM sqlite_schema WHERE type = 'trigger'
              AND (name LIKE '%\_fts\_insert' ESCAPE '\' OR name LIKE '%\_fts\_update' ESCAPE '\'
                OR name LIKE 'insight\_%\_insert' ESCAPE '\'
                OR name LIKE 'insight\_%\_update' ESCAPE '\')
              ORDER BY name",
        )?;
        let taken = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<Vec<(String, String, String)>>>()?;
        for (name, _, _) in &taken {
            tx.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
        }
        Ok(Bulk { taken })
    }

    /// Rebuilds each search index and the kept sums from their tables, and puts the
    /// triggers back as they were.
    pub(super) fn finish(self, tx: &Transaction) -> rusqlite::Result<()> {
        let mut indexed: Vec<&str> = self
            .taken
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
            .taken
            .iter()
            .any(|(name, _, _)| name.starts_with("insight_"))
        {
            insight_sums::refill(tx)?;
        }
        for (_, sql, _) in &self.taken {
            tx.execute_batch(sql)?;
        }
        Ok(())
    }
}
