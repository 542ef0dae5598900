//! What an import says: its report, or why it refused the file as a whole.

use crate::domain::i18n::Lang;
use crate::domain::text::part_of_size;
use crate::store::StoreError;
use crate::store::kinds::{Counts, Kind};
use crate::store::record::Reason;
use crate::t;

/// Why a file was refused as a whole. Nothing was written. The words people see are chosen
/// in `ui::errors`; these are for the log.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("empty file")]
    Empty,
    #[error("file too large ({mb} MB)")]
    TooBig { mb: usize },
    #[error("file cut short")]
    Truncated,
    #[error("not a Mend export")]
    NotMend,
    #[error("export format {found}, newer than {known}")]
    Newer { found: u32, known: u32 },
    #[error("damaged export: {detail}")]
    Damaged { detail: Reason },
    /// A file sent from the page that stopped part of the way (see `incoming`): how many
    /// bytes of how many arrived.
    #[error("only {} arrived", part_of_size(Lang::ENGLISH, *got, *size))]
    Cut { got: u64, size: u64 },
    /// A piece sent from the page out of its place.
    #[error("pieces out of order")]
    Garbled,
    /// The file could not be kept while it arrived.
    #[error("couldn't keep the arriving file: {0}")]
    Receiving(#[source] std::io::Error),
    /// The file could not be read.
    #[error("couldn't read the file: {0}")]
    Reading(#[source] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A record that was not imported, and why; or one imported with a change, and what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rejection {
    pub kind: &'static str,
    pub id: Option<String>,
    pub reason: Reason,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// New here.
    pub added: Counts,
    /// Here already, and the file's edit was newer.
    pub updated: Counts,
    /// Here already and as new or newer, or deleted here.
    pub skipped: Counts,
    /// Parts and people from the file joined to ones here with the same name.
    pub merged: Counts,
    pub rejected: Vec<Rejection>,
    /// Records imported with a change, and what changed (a part merged into a part that is
    /// neither in the file nor here keeps no link to it).
    pub amended: Vec<Rejection>,
}

impl ImportReport {
    /// A short summary for people, in English (the command line's).
    pub fn summary(&self) -> String {
        self.summary_in(Lang::ENGLISH)
    }

    /// A short summary for people, in `lang`. The reasons a record was not imported, or
    /// changed, are the store's words, in English.
    pub fn summary_in(&self, lang: Lang) -> String {
        let mut lines = vec![
            t!(lang, "data-report-added", what = self.added.said(lang)),
            t!(lang, "data-report-updated", what = self.updated.said(lang)),
            t!(lang, "data-report-skipped", what = self.skipped.said(lang)),
        ];
        if self.merged.total() > 0 {
            lines.push(t!(
                lang,
                "data-report-merged",
                what = self.merged.said(lang)
            ));
        }
        for (amended, list) in [(true, &self.amended), (false, &self.rejected)] {
            if list.is_empty() {
                continue;
            }
            lines.push(if amended {
                t!(lang, "data-report-amended", count = list.len())
            } else {
                t!(lang, "data-report-rejected", count = list.len())
            });
            for r in list.iter().take(20) {
                let record = Kind::ALL
                    .into_iter()
                    .find(|k| k.word() == r.kind)
                    .map_or_else(|| r.kind.to_owned(), |k| k.one_in(lang));
                let id =
                    r.id.clone()
                        .unwrap_or_else(|| t!(lang, "data-report-no-id"));
                let line = t!(
                    lang,
                    "data-report-record",
                    record = record,
                    id = id,
                    reason = r.reason.said(lang)
                );
                lines.push(format!("  {line}"));
            }
            if list.len() > 20 {
                lines.push(format!(
                    "  {}",
                    t!(lang, "data-report-more", count = list.len() - 20)
                ));
            }
        }
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_is_said_in_the_readers_language() {
        let report = ImportReport {
            added: Counts {
                checkins: 3,
                people: 1,
                ..Counts::default()
            },
            rejected: vec![Rejection {
                kind: Kind::Pause.word(),
                id: None,
                reason: crate::store::record::unknown("its ending", "later"),
            }],
            ..ImportReport::default()
        };
        assert_eq!(
            report.summary(),
            "Added: 3 check-ins, 1 person.\nUpdated: nothing.\nAlready here: nothing.\n\
             Not imported: 1.\n  a pause (no id): its ending \"later\" is not one Mend knows"
        );
        let es = Lang::from_tag("es").unwrap();
        assert_eq!(
            report.summary_in(es),
            "Añadido: 3 registros, 1 persona.\nActualizado: nada.\nYa estaba aquí: nada.\n\
             Sin importar: 1.\n  una pausa (sin identificador): Mend no reconoce su final «later»"
        );
    }
}
