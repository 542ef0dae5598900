//! Reading everything out: a consistent snapshot of every record, written as JSON or CSV.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use tracing::instrument;

use super::format::{
    CheckInRec, ExportFile, FORMAT, FORMAT_VERSION, HelpLineRec, OwnPhraseRec, PartRec, PauseRec,
    PersonRec, PracticeSessionRec, ReflectionRec, RepairRec, RuptureRec, SharedRec, Stamp, TalkRec,
};
use crate::domain::content::library;
use crate::domain::help::OwnLine;
use crate::domain::practice::OwnPhrase;
use crate::domain::reflection::Reflection;
use crate::domain::talk::{SharedWords, Talk};
use crate::domain::{CheckIn, Repair, Rupture};
use crate::store::kinds::{Counts, Kind};
use crate::store::named::PersonRow;
use crate::store::parts::PartRow;
use crate::store::pauses::PauseKept;
use crate::store::practice::PracticeKept;
use crate::store::record::{CsvRow, Names, Record};
use crate::store::row;
use crate::store::{Result, Store, StoreError, files, phrases, repairs};
use std::collections::BTreeSet;

/// Every record that is not deleted, read in one transaction.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snapshot {
    pub parts: Vec<PartRec>,
    pub people: Vec<PersonRec>,
    pub ruptures: Vec<RuptureRec>,
    pub checkins: Vec<CheckInRec>,
    pub pauses: Vec<PauseRec>,
    pub repairs: Vec<RepairRec>,
    pub reflections: Vec<ReflectionRec>,
    pub own_phrases: Vec<OwnPhraseRec>,
    /// The ids of our phrases kept as favourites, in order.
    pub favourite_phrases: Vec<String>,
    /// Each with its cards.
    pub practice_sessions: Vec<PracticeSessionRec>,
    pub help_lines: Vec<HelpLineRec>,
    pub talks: Vec<TalkRec>,
    pub shared_words: Vec<SharedRec>,
}

impl Snapshot {
    /// How many records of each kind (a favourite counts as one, a practice session with
    /// its cards as one).
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for kind in Kind::ALL {
            *counts.of(kind) = match kind {
                Kind::Part => self.parts.len(),
                Kind::Person => self.people.len(),
                Kind::Rupture => self.ruptures.len(),
                Kind::CheckIn => self.checkins.len(),
                Kind::Pause => self.pauses.len(),
                Kind::Repair => self.repairs.len(),
                Kind::Reflection => self.reflections.len(),
                Kind::OwnPhrase => self.own_phrases.len(),
                Kind::Favourite => self.favourite_phrases.len(),
                Kind::Practice => self.practice_sessions.len(),
                Kind::HelpLine => self.help_lines.len(),
                Kind::Talk => self.talks.len(),
                Kind::Shared => self.shared_words.len(),
            };
        }
        counts
    }

    /// How many records, of every kind together.
    pub fn len(&self) -> usize {
        self.counts().total()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The export file for this snapshot.
    pub fn to_file(&self, exported_at: Stamp) -> ExportFile {
        fn values<T: serde::Serialize>(v: &[T]) -> Vec<serde_json::Value> {
            v.iter()
                .map(|r| serde_json::to_value(r).unwrap_or(serde_json::Value::Null))
                .collect()
        }
        ExportFile {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            exported_at: Some(exported_at),
            app_version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            parts: values(&self.parts),
            people: values(&self.people),
            ruptures: values(&self.ruptures),
            checkins: values(&self.checkins),
            pauses: values(&self.pauses),
            repairs: values(&self.repairs),
            reflections: values(&self.reflections),
            own_phrases: values(&self.own_phrases),
            favourite_phrases: values(&self.favourite_phrases),
            practice_sessions: values(&self.practice_sessions),
            help_lines: values(&self.help_lines),
            talks: values(&self.talks),
            shared_words: values(&self.shared_words),
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub file: PathBuf,
    /// Empty when no CSV was asked for.
    pub csv_files: Vec<PathBuf>,
    pub counts: Counts,
}

impl Store {
    /// Writes everything to one JSON file at `file` and, if `csv` names a folder, a CSV
    /// file per kind there. Each file is written whole or not at all.
    #[instrument(skip_all, err)]
    pub fn export_to(&self, file: &Path, csv: Option<&Path>, now: Stamp) -> Result<Exported> {
        let snapshot = self.snapshot()?;
        let failed = |path: &Path| {
            let path = path.to_path_buf();
            move |source| StoreError::Export { path, source }
        };
        write_json(&snapshot, now, file).map_err(failed(file))?;
        let csv_files = match csv {
            Some(dir) => write_csv(&snapshot, dir).map_err(failed(dir))?,
            None => Vec::new(),
        };
        Ok(Exported {
            file: file.to_path_buf(),
            csv_files,
            counts: snapshot.counts(),
        })
    }

    /// Writes the spreadsheet (CSV) files, one per kind, into one zip file at `file`, whole
    /// or not at all.
    #[instrument(skip_all, err)]
    pub fn export_csv_zip(&self, file: &Path) -> Result<Exported> {
        let snapshot = self.snapshot()?;
        write_csv_zip(&snapshot, file).map_err(|source| StoreError::Export {
            path: file.to_path_buf(),
            source,
        })?;
        Ok(Exported {
            file: file.to_path_buf(),
            csv_files: Vec::new(),
            counts: snapshot.counts(),
        })
    }
}

/// Every record of a table for which `rest` (conditions and order, on `t`) holds, as the
/// format writes it.
fn all<T: Record>(conn: &Connection, rest: &str) -> Result<Vec<T::Rec>> {
    row::all_stamped::<T>(conn, rest)?
        .into_iter()
        .map(|(mut record, stamps)| {
            record.read_rest(conn)?;
            Ok(record.to_rec(&stamps))
        })
        .collect()
}

impl Store {
    /// Reads every record that is not deleted, consistently (one read transaction), each
    /// exactly as it is kept.
    #[instrument(skip_all, err)]
    pub fn snapshot(&self) -> Result<Snapshot> {
        let tx = self.conn.unchecked_transaction()?;
        const LIVE: &str = "WHERE t.deleted_at_ms IS NULL";
        let by_time = |at: &str| format!("{LIVE} ORDER BY t.{at}, t.id");
        let snapshot = Snapshot {
            parts: all::<PartRow>(&tx, "ORDER BY t.created_at_ms, t.rowid")?,
            people: all::<PersonRow>(&tx, "ORDER BY t.created_at_ms, t.rowid")?,
            ruptures: all::<Rupture>(&tx, &by_time("at_ms"))?,
            checkins: all::<CheckIn>(&tx, &by_time("at_ms"))?,
            pauses: all::<PauseKept>(&tx, &by_time("started_at_ms"))?,
            repairs: all::<Repair>(
                &tx,
                &format!("WHERE 1 {} ORDER BY t.started_at_ms, t.id", repairs::LIVE),
            )?,
            reflections: all::<Reflection>(&tx, &by_time("day"))?,
            own_phrases: all::<OwnPhrase>(&tx, &by_time("created_at_ms"))?,
            favourite_phrases: phrases::favourites_in_order(&tx)?,
            practice_sessions: all::<PracticeKept>(&tx, &by_time("at_ms"))?,
            help_lines: all::<OwnLine>(&tx, &format!("{LIVE} ORDER BY t.created_at_ms, t.rowid"))?,
            talks: all::<Talk>(&tx, &by_time("started_at_ms"))?,
            shared_words: all::<SharedWords>(
                &tx,
                &format!("{LIVE} ORDER BY t.created_at_ms, t.rowid"),
            )?,
        };
        tx.finish()?;
        Ok(snapshot)
    }
}

/// Writes the snapshot as one JSON file.
pub fn write_json(snapshot: &Snapshot, exported_at: Stamp, path: &Path) -> std::io::Result<()> {
    let file = snapshot.to_file(exported_at);
    let mut bytes = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    files::write_atomically(path, &bytes)
}

/// Writes one CSV file per record type into `dir` (created if needed), with names beside
/// ids for spreadsheets. Returns the files written.
pub fn write_csv(snapshot: &Snapshot, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    files::create_dir_all(dir)?;
    let mut written = Vec::new();
    for (name, bytes) in csv_files(snapshot)? {
        let path = dir.join(name);
        files::write_atomically(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// Writes the same CSV files into one zip file at `path`, whole or not at all: for handing
/// them over where there is no folder to leave them in (a phone's share sheet, a browser's
/// download).
pub fn write_csv_zip(snapshot: &Snapshot, path: &Path) -> std::io::Result<()> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(files::FILE_MODE);
    for (name, bytes) in csv_files(snapshot)? {
        zip.start_file(name, options)
            .map_err(std::io::Error::other)?;
        zip.write_all(&bytes)?;
    }
    let bytes = zip.finish().map_err(std::io::Error::other)?.into_inner();
    files::write_atomically(path, &bytes)
}

/// Each kind's CSV file: its name and its bytes, with names beside ids for spreadsheets.
fn csv_files(snapshot: &Snapshot) -> std::io::Result<Vec<(&'static str, Vec<u8>)>> {
    let names = Names {
        parts: snapshot
            .parts
            .iter()
            .map(|p| (p.id, p.name.clone()))
            .collect(),
        people: snapshot
            .people
            .iter()
            .map(|p| (p.id, p.name.clone()))
            .collect(),
    };
    let s = snapshot;
    let favourites = s.favourite_phrases.iter().map(|id| {
        let ours = library().phrase(id);
        let [step, audience, text] = ours.map_or_else(Default::default, |p| {
            [p.step.code(), p.audience.code(), p.text.as_str()]
        });
        CsvRow::from_iter(
            [
                ("phrase_id", id.as_str()),
                ("step", step),
                ("audience", audience),
                ("text", text),
            ]
            .map(|(h, cell)| (h.to_owned(), cell.to_owned())),
        )
    });
    let files = [
        (Kind::Part, rows::<PartRow>(&s.parts, &names)),
        (Kind::Person, rows::<PersonRow>(&s.people, &names)),
        (Kind::Rupture, rows::<Rupture>(&s.ruptures, &names)),
        (Kind::CheckIn, rows::<CheckIn>(&s.checkins, &names)),
        (Kind::Pause, rows::<PauseKept>(&s.pauses, &names)),
        (Kind::Repair, rows::<Repair>(&s.repairs, &names)),
        (Kind::Reflection, rows::<Reflection>(&s.reflections, &names)),
        (Kind::OwnPhrase, rows::<OwnPhrase>(&s.own_phrases, &names)),
        (
            Kind::Favourite,
            (
                vec!["phrase_id", "step", "audience", "text"],
                favourites.collect(),
            ),
        ),
        (
            Kind::Practice,
            rows::<PracticeKept>(&s.practice_sessions, &names),
        ),
        (Kind::HelpLine, rows::<OwnLine>(&s.help_lines, &names)),
        (Kind::Talk, rows::<Talk>(&s.talks, &names)),
        (Kind::Shared, rows::<SharedWords>(&s.shared_words, &names)),
    ];
    files
        .into_iter()
        .map(|(kind, (headers, rows))| Ok((kind.csv_file(), csv_bytes(&headers, &rows)?)))
        .collect()
}

/// A kind's CSV headers and rows.
fn rows<T: Record>(recs: &[T::Rec], names: &Names) -> (Vec<&'static str>, Vec<CsvRow>) {
    let rows = recs.iter().flat_map(|r| T::csv_rows(r, names)).collect();
    (T::csv(), rows)
}

/// One CSV file: the headers, then each row's cells in their order.
fn csv_bytes(headers: &[&str], rows: &[CsvRow]) -> std::io::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(headers).map_err(std::io::Error::other)?;
    for row in rows {
        // Every field of the record has a header, and every header a cell: a field left
        // out of a kind's CSV list would otherwise be missing from its file.
        debug_assert_eq!(
            row.keys().map(String::as_str).collect::<BTreeSet<_>>(),
            headers.iter().copied().collect::<BTreeSet<_>>(),
        );
        let cells = headers
            .iter()
            .map(|h| row.get(*h).map_or("", String::as_str));
        w.write_record(cells).map_err(std::io::Error::other)?;
    }
    w.into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))
}
