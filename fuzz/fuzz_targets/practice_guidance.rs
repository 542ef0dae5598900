//! Fuzzes the gentle guidance on a practice response as the practice cards use it: any text
//! gives either nothing (no words to read) or one note for each check, in order, with a line
//! of encouragement, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mend::domain::i18n::Lang;
use mend::domain::language::{Check, encouragement, guidance, rewrite, sounds_unsafe};
use mend::domain::practice::{check_code, strengths_sentence};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let notes = guidance(&text);
    if notes.is_empty() {
        // No words: nothing to rewrite and nothing unsafe either.
        assert!(
            rewrite(&text).is_empty(),
            "rewrites of a text without words"
        );
        assert!(!sounds_unsafe(Lang::ENGLISH, &text), "a text without words sounds unsafe");
    } else {
        let checks: Vec<Check> = notes.iter().map(|g| g.check).collect();
        assert_eq!(checks, Check::ALL, "the checks out of order");
    }
    if text.trim().is_empty() {
        assert!(notes.is_empty(), "guidance on blank text");
    }
    assert!(notes.iter().all(|g| !g.note.is_empty()), "an empty note");
    for lang in Lang::all() {
        assert!(!encouragement(lang, &notes).is_empty(), "no encouragement");
    }
    // What a practice card keeps: the codes of the checks met, and the sentence made of them.
    let met: Vec<String> = notes
        .iter()
        .filter(|g| g.met)
        .map(|g| check_code(g.check).to_owned())
        .collect();
    for lang in Lang::all() {
        assert_eq!(
            strengths_sentence(lang, &met).is_empty(),
            met.is_empty(),
            "{met:?}"
        );
    }
});
