//! Lists Mend's message files for the build: every folder under `assets/locales/` is a
//! language (its name a BCP 47 tag, such as `es`), and every `.ftl` file in it a file of that
//! language's messages. The list is written as Rust (`$OUT_DIR/locales.rs`), each file
//! embedded with `include_str!`, English first. A language is added by adding its folder.
//!
//! Our longer words kept as data (`assets/content/*.toml`, in English) have their languages'
//! versions in folders beside them (`assets/content/es/`), listed the same way.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// Each language folder under `root` (its tag), with its files ending in `.{extension}`
/// (each file's name and path), in order of tag and name.
fn languages(root: &Path, extension: &str) -> Vec<(String, Vec<(String, String)>)> {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut folders: Vec<_> = fs::read_dir(root)
        .expect("the folder is there")
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let mut languages = Vec::new();
    for folder in folders {
        println!("cargo:rerun-if-changed={}", folder.display());
        let tag = folder
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a language folder named by its tag")
            .to_owned();
        let mut files: Vec<(String, String)> = fs::read_dir(&folder)
            .expect("a readable language folder")
            .map(|e| e.expect("a readable file entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == extension))
            .map(|p| {
                println!("cargo:rerun-if-changed={}", p.display());
                let name = p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .expect("a file name in UTF-8")
                    .to_owned();
                (name, p.display().to_string())
            })
            .collect();
        files.sort();
        languages.push((tag, files));
    }
    languages
}

/// Writes `languages` as a Rust constant named `name`, each file embedded.
fn write_list(out: &mut String, name: &str, languages: &[(String, Vec<(String, String)>)]) {
    writeln!(
        out,
        "pub(crate) const {name}: &[(&str, &[(&str, &str)])] = &["
    )
    .unwrap();
    for (tag, files) in languages {
        writeln!(out, "    ({tag:?}, &[").unwrap();
        for (name, path) in files {
            writeln!(out, "        ({name:?}, include_str!({path:?})),").unwrap();
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
}

fn main() {
    // Read when the script runs, not when it was compiled: a build folder shared between
    // checkouts may hold this script compiled in another one.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo names the package's folder");
    let assets = Path::new(&manifest).join("assets");
    let mut locales = languages(&assets.join("locales"), "ftl");
    // English first: it is complete, and every other language falls back to it.
    locales.sort_by_key(|(tag, _)| (tag != "en", tag.clone()));
    assert!(
        locales.first().is_some_and(|(tag, _)| tag == "en"),
        "assets/locales/en is needed: every other language falls back to English"
    );
    let mut out = String::from(
        "/// Every language's message files, from `assets/locales/` (written by `build.rs`):\n\
         /// the language's tag, then each file's name and text. English comes first.\n",
    );
    write_list(&mut out, "LOCALES", &locales);
    out.push_str(
        "/// Our words kept as data in other languages, from `assets/content/<tag>/` (written by\n\
         /// `build.rs`): the language's tag, then each file's name and text.\n",
    );
    write_list(
        &mut out,
        "CONTENT",
        &languages(&assets.join("content"), "toml"),
    );
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("the list of message files is written");
}
