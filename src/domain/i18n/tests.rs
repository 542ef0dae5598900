use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::{ast, parser};

use super::*;

/// Each message (and attribute, as `id.attribute`) of a file, with the values it takes.
fn messages(file: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource =
        parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{file} doesn't read: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                out.insert(m.id.name.to_owned(), values(value));
            }
            for a in &m.attributes {
                out.insert(format!("{}.{}", m.id.name, a.id.name), values(&a.value));
            }
        }
    }
    out
}

fn values(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    in_pattern(pattern, &mut out);
    out
}

fn in_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            in_expression(expression, out);
        }
    }
}

fn in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            in_inline(selector, out);
            for v in variants {
                in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => in_inline(inline, out),
    }
}

fn in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    use ast::InlineExpression as I;
    match inline {
        I::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        I::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                in_inline(a, out);
            }
            for n in &arguments.named {
                in_inline(&n.value, out);
            }
        }
        I::Placeable { expression } => in_expression(expression, out),
        _ => {}
    }
}

/// A language's messages from all its files; no id twice.
fn language(files: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (name, text) in files {
        for (id, vars) in messages(name, text) {
            assert!(
                all.insert(id.clone(), vars).is_none(),
                "{id} is there twice"
            );
        }
    }
    all
}

#[test]
fn every_language_has_every_message_with_the_same_values() {
    let english = language(LOCALES[0].1);
    assert!(english.len() > 10, "English has its messages");
    for (tag, files) in &LOCALES[1..] {
        let other = language(files);
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{tag} has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{tag}: the values of {id}");
        }
    }
}

#[test]
fn every_message_formats_in_every_language_without_errors() {
    for lang in Lang::all() {
        let bundle = lang.bundle();
        let ids = language(LOCALES[0].1);
        for (id, vars) in ids {
            if id.contains('.') {
                continue;
            }
            let mut args = FluentArgs::new();
            for v in &vars {
                args.set(v.as_str(), 1);
            }
            let message = bundle.get_message(&id).expect("every language has it");
            let mut errors = Vec::new();
            let text = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{}: {id}: {errors:?}", lang.tag());
            assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.tag());
        }
    }
}

#[test]
fn the_languages_are_english_first_then_the_pseudo_locales() {
    let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
    assert_eq!(tags.first(), Some(&"en"));
    assert!(tags.contains(&"es"));
    assert_eq!(&tags[tags.len() - 2..], ["en-XA", "ar-XB"]);
    assert!(Lang::shipped().all(|l| !l.is_pseudo()));
    assert_eq!(Lang::from_tag("ES"), Lang::from_tag("es"));
    assert!(Lang::from_tag("ar-XB").unwrap().is_rtl());
    assert_eq!(Lang::ENGLISH.dir(), "ltr");
}

#[test]
fn the_first_language_asked_for_that_mend_has_is_chosen() {
    let es = Lang::from_tag("es").unwrap();
    let check = |wanted: &[&str], expected: Lang| {
        assert_eq!(Lang::negotiate(wanted).tag(), expected.tag(), "{wanted:?}");
    };
    check(&["es-MX", "en"], es);
    check(&["es_AR.UTF-8"], es);
    check(&["fr-FR", "es", "en"], es);
    check(&["de", "fr"], Lang::ENGLISH);
    check(&[], Lang::ENGLISH);
    check(&["en-GB", "es"], Lang::ENGLISH);
    check(&["en-XA"], Lang::from_tag("en-XA").unwrap());
    check(&["C", "POSIX"], Lang::ENGLISH);
    // Dates follow the region of the first tag naming one, whatever its language.
    let region = |wanted: &[&str]| Lang::negotiate(wanted).region().map(|r| r.to_string());
    assert_eq!(region(&["es-MX", "en"]), Some("MX".into()));
    assert_eq!(region(&["es_AR.UTF-8"]), Some("AR".into()));
    assert_eq!(region(&["fr-FR", "es", "en"]), Some("FR".into()));
    assert_eq!(region(&["es", "en-GB"]), Some("GB".into()));
    assert_eq!(region(&["es", "en"]), None);
    assert_eq!(region(&["en-XA"]), None, "a pseudo-locale has no region");
    assert!(Lang::negotiate(&["en-GB"]).is_english());
}

#[test]
fn a_message_reads_in_the_language_with_its_values() {
    let es = Lang::from_tag("es").unwrap();
    assert_eq!(crate::t!(Lang::ENGLISH, "now-title"), "Now");
    assert_eq!(crate::t!(es, "now-title"), "Ahora");
    assert_eq!(
        crate::t!(es, "now-repair-one", what = "la cena"),
        "Reparar: la cena",
        "no isolating marks around the value"
    );
    let xa = Lang::from_tag("en-XA").unwrap();
    let shown = crate::t!(xa, "now-repair-one", what = "dinner");
    assert!(shown.starts_with("[Ŕéþáîŕ: dinner"), "{shown}");
    // A message no language has gives nothing, never its id.
    assert_eq!(Lang::ENGLISH.tr("no-such-message", None), "");
}

#[test]
fn a_message_a_language_lacks_falls_back_to_english_alone() {
    // A language without the message: English's words for it, and only for it.
    let es = Lang::from_tag("es").unwrap();
    let mut partial = FluentBundle::new_concurrent(vec!["es".parse().unwrap()]);
    partial.set_use_isolating(false);
    partial
        .add_resource(FluentResource::try_new("now-title = Ahora\n".to_owned()).unwrap())
        .unwrap();
    let chain = [&partial, Lang::ENGLISH.bundle()];
    assert_eq!(
        format_first(chain.iter().copied(), "now-title", None),
        Some((0, "Ahora".to_owned()))
    );
    assert_eq!(
        format_first(chain.iter().copied(), "now-more", None),
        Some((1, "More".to_owned()))
    );
    assert_eq!(
        format_first(chain.iter().copied(), "no-such-message", None),
        None
    );
    assert_eq!(es.chain().collect::<Vec<_>>(), [es, Lang::ENGLISH]);
    assert_eq!(Lang::ENGLISH.chain().collect::<Vec<_>>(), [Lang::ENGLISH]);
}

/// The message ids written in one file of code: the string that opens each `t!(lang, "id"`,
/// `.tr("id"` and `Reason::new("id"` (the language given as a plain name or a call).
fn ids_in_code(code: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for (call, takes_lang) in [("t!(", true), (".tr(", false), ("Reason::new(", false)] {
        let mut from = 0;
        while let Some(at) = code[from..].find(call).map(|at| at + from) {
            from = at + call.len();
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') && call == "t!("
            {
                continue;
            }
            let rest = &code[from..];
            let Some(quote) = rest.find('"') else { break };
            let lead = rest[..quote].trim();
            let lead_fits = if takes_lang {
                lead.strip_suffix(',').is_some_and(|lang| {
                    !lang.is_empty()
                        && lang
                            .chars()
                            .all(|c| c.is_alphanumeric() || "_.*&()".contains(c))
                })
            } else {
                lead.is_empty()
            };
            if !lead_fits {
                continue;
            }
            let after = &rest[quote + 1..];
            let Some(end) = after.find('"') else { break };
            ids.push(after[..end].to_owned());
        }
    }
    ids
}

fn code_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            code_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_message_the_code_names_is_in_english() {
    let mut files = Vec::new();
    code_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut named = 0;
    let mut missing = Vec::new();
    for file in files {
        if file.ends_with("i18n/tests.rs") {
            continue;
        }
        let code: String = std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .map(|line| format!("{line}\n"))
            .collect();
        for id in ids_in_code(&code) {
            named += 1;
            if !Lang::has(&id) {
                missing.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(named > 500, "only {named} messages found in the code");
    assert!(missing.is_empty(), "messages English lacks: {missing:#?}");
}

#[test]
fn the_ids_in_code_are_found_across_lines() {
    let code = r#"t!(lang, "one") + t!(
        lang,
        "two",
        n = 2
    ) + lang.tr("three", None) + Reason::new("four").text("k", "not-an-id") + t!(lang, id)
        + assert!(x, "not-an-id") + format!("{}", "not-an-id") + t!(*shared.lang.peek(), "five")"#;
    assert_eq!(ids_in_code(code), ["one", "two", "five", "three", "four"]);
}
