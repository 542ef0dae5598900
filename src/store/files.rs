//! Files only their owner can read. Every folder Mend makes is `0700` and every file it
//! writes is `0600`, set by the call that creates it (the mode given to `mkdir` and `open`),
//! so there is no moment when another account on the computer could open it. The files
//! SQLite writes are made empty here first: SQLite then fills them, and gives its `-wal`,
//! `-shm` and `-journal` files the mode of the database beside them. Folders and files left
//! readable by an earlier Mend are tightened when the data is opened.
//!
//! Where there are no Unix permissions (Windows), these are plain creates: there the data
//! lives in the user's own profile folder, which other accounts can't read.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The mode of every folder Mend makes: the owner may list and enter it, nobody else.
pub const FOLDER_MODE: u32 = 0o700;
/// The mode of every file Mend writes: the owner may read and write it, nobody else.
pub const FILE_MODE: u32 = 0o600;
/// The database file's name inside the data folder.
pub const DB_FILE: &str = "mend.db";

/// The database file's name, as the other files beside it are named after it.
pub(crate) fn db_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or(DB_FILE)
}

/// The folder, beside the database, that holds the backups.
pub const BACKUP_DIR: &str = "backups";
/// The file beside the database that says it is encrypted, and how its key is derived.
pub const KEY_FILE: &str = "mend.key.json";
/// The folder beside the data where exports go when the system has no Downloads folder.
pub const EXPORT_DIR: &str = "exports";
/// The folder beside the data where the desktop window (WebKit) keeps what it stores.
pub const WEBVIEW_DIR: &str = "webview";
/// The folder beside the data that holds a chosen file while it arrives from the page.
pub const INCOMING_DIR: &str = "incoming";
/// The folder beside the data that holds an export while it is handed to the system (a
/// phone's share sheet, a browser's download); emptied each time Mend opens its data.
pub const OUTGOING_DIR: &str = "outgoing";
/// The folders inside the data folder that are Mend's, with everything in them: the
/// backups, exports made where there is no Downloads folder, the desktop window's own
/// data, files arriving to be imported and exports being handed over.
pub const OWN_FOLDERS: [&str; 5] = [
    BACKUP_DIR,
    EXPORT_DIR,
    WEBVIEW_DIR,
    INCOMING_DIR,
    OUTGOING_DIR,
];

/// Makes `path` and any missing parents, each new one `0700`. Folders already there keep
/// their mode: a Downloads folder chosen for an export is the user's, not ours.
pub fn create_dir_all(path: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, FOLDER_MODE);
    builder.create(path)
}

/// Creates a new file at `path`, `0600`, failing if something is there already (so an
/// existing file's looser mode is never inherited).
pub fn create_new(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options.open(path)
}

/// Makes an empty `0600` file at `path` for SQLite to fill (a database, a backup, an
/// encrypted copy), unless a file is there already.
pub fn create_empty(path: &Path) -> io::Result<()> {
    match create_new(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes `contents` to `path` whole or not at all: a new `0600` file beside it, synced,
/// then renamed over. The folder is made (`0700`) if it is missing.
pub fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("mend");
    let tmp: PathBuf = dir.join(format!(".{name}.partial"));
    remove_if_there(&tmp)?;
    let result = (|| {
        let mut file = create_new(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err()
        && let Err(err) = remove_if_there(&tmp)
    {
        tracing::warn!(%err, path = %tmp.display(), "a partial file could not be removed");
    }
    result
}

/// Copies `from` into a new `0600` file at `to`, synced. Unlike `fs::copy`, the copy never
/// takes the mode of the original.
pub fn copy(from: &Path, to: &Path) -> io::Result<u64> {
    let mut source = fs::File::open(from)?;
    let mut target = create_new(to)?;
    let bytes = io::copy(&mut source, &mut target)?;
    target.sync_all()?;
    Ok(bytes)
}

/// Removes every file in `dir` (not its folders), and is content if it is not there.
/// Returns how many were removed.
pub fn clear_folder(dir: &Path) -> io::Result<usize> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            remove_if_there(&entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Removes a file, and is content if it was not there.
pub fn remove_if_there(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Whether a file in the data folder, by its name, is one of Mend's: the database (`db`, as
/// `mend.db`) and everything named after it (its log files, a damaged file moved aside, a
/// copy half made), the key file and its partners, and the hidden files Mend writes while it
/// works.
pub fn is_ours(name: &str, db: &str) -> bool {
    let key_stem = KEY_FILE.trim_end_matches(".json");
    name.starts_with(db)
        || name.starts_with(key_stem)
        || name.starts_with(&format!(".{db}"))
        || name.starts_with(&format!(".{key_stem}"))
}

/// A folder or file that others may read, with the mode it had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooOpen {
    pub path: PathBuf,
    pub mode: u32,
    pub is_dir: bool,
}

impl TooOpen {
    /// The mode it should have: the same for its owner, nothing for anyone else. Bits the
    /// owner lacks are never added, so a folder made read-only stays read-only.
    pub fn wanted(&self) -> u32 {
        self.mode & if self.is_dir { FOLDER_MODE } else { FILE_MODE }
    }
}

impl std::fmt::Display for TooOpen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {:o}→{:o}",
            self.path.display(),
            self.mode,
            self.wanted()
        )
    }
}

/// Mend's folders and files under the data folder `dir` that anyone but their owner may
/// read, write or enter: the folder itself, Mend's own files in it (see [`is_ours`]), and
/// its own folders ([`OWN_FOLDERS`]) with everything in them. Other files in the folder are
/// not Mend's to change. Only looks; symbolic links are not followed. Empty where there are
/// no Unix permissions.
pub fn too_open(dir: &Path, db: &str) -> io::Result<Vec<TooOpen>> {
    let mut found = Vec::new();
    let Some(meta) = metadata_if_there(dir)? else {
        return Ok(found);
    };
    look(dir, &meta, &mut found);
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if meta.is_file() && is_ours(&name, db) {
            look(&entry.path(), &meta, &mut found);
        } else if meta.is_dir() && OWN_FOLDERS.contains(&name.as_ref()) {
            look_all(&entry.path(), &meta, &mut found)?;
        }
    }
    Ok(found)
}

/// Notes `path` if others may reach it.
fn look(path: &Path, meta: &fs::Metadata, found: &mut Vec<TooOpen>) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let item = TooOpen {
            path: path.to_path_buf(),
            mode: meta.permissions().mode() & 0o777,
            is_dir: meta.is_dir(),
        };
        if item.wanted() != item.mode {
            found.push(item);
        }
    }
    #[cfg(not(unix))]
    let _ = (path, meta, found);
}

/// Notes the folder at `path` and everything below it that others may reach.
fn look_all(path: &Path, meta: &fs::Metadata, found: &mut Vec<TooOpen>) -> io::Result<()> {
    look(path, meta, found);
    for entry in fs::read_dir(path)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        if meta.is_dir() {
            look_all(&entry.path(), &meta, found)?;
        } else if meta.is_file() {
            look(&entry.path(), &meta, found);
        }
    }
    Ok(())
}

/// Gives everything [`too_open`] finds the mode it should have. Returns what was changed.
pub fn tighten(dir: &Path, db: &str) -> io::Result<Vec<TooOpen>> {
    let found = too_open(dir, db)?;
    #[cfg(unix)]
    for item in &found {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&item.path, fs::Permissions::from_mode(item.wanted()))?;
    }
    Ok(found)
}

/// The data folder made ready: created `0700` if it is missing, otherwise tightened, with
/// one log line naming what was changed.
pub fn prepare_data_folder(dir: &Path, db: &str) -> io::Result<()> {
    create_dir_all(dir)?;
    let changed = tighten(dir, db)?;
    if !changed.is_empty() {
        let list: Vec<String> = changed.iter().map(ToString::to_string).collect();
        tracing::warn!(
            changed = %list.join(", "),
            "only this account can read Mend's files now; they were open to others"
        );
    }
    Ok(())
}

/// The data folder's metadata, following a symbolic link (a folder linked elsewhere is still
/// the data folder), or `None` if it is not there.
fn metadata_if_there(path: &Path) -> io::Result<Option<fs::Metadata>> {
    match fs::metadata(path) {
        Ok(m) => Ok(Some(m)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mends_files_are_known_by_name() {
        for name in [
            "mend.db",
            "mend.db-wal",
            "mend.db-shm",
            "mend.db.damaged-20261201T101010Z",
            "mend.db.partial",
            "mend.db.encrypting",
            "mend.key.json",
            "mend.key.json.new",
            "mend.key.partial",
            ".mend.db.partial",
            ".mend.key.json.partial",
        ] {
            assert!(is_ours(name, "mend.db"), "{name} is Mend's");
        }
        for name in ["notes.txt", "photo.jpg", "mend", "my-mend.db", ".bashrc"] {
            assert!(!is_ours(name, "mend.db"), "{name} is not Mend's");
        }
    }
}
