//! Fuzzes the parts-language helper as its screen calls it: any text gives the safety
//! check's answer and a short list of rewrites, never a panic, and each rewrite quotes the
//! user's own words and offers a sentence that speaks for a part, in its sentence's language.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mend::domain::i18n::Lang;
use mend::domain::language::{MAX_BLAMES, MAX_CHARS_LOOKED_AT, rewrite, sounds_unsafe};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for lang in Lang::all() {
        let _ = sounds_unsafe(lang, &text);
    }
    let rewrites = rewrite(&text);
    // At most three suggestions for each of at most MAX_BLAMES blaming phrases.
    assert!(
        rewrites.len() <= 3 * MAX_BLAMES,
        "{} rewrites",
        rewrites.len()
    );
    if text.trim().is_empty() {
        assert!(rewrites.is_empty(), "rewrites of blank text");
    }
    let looked_at: String = text.chars().take(MAX_CHARS_LOOKED_AT).collect();
    for (i, r) in rewrites.iter().enumerate() {
        assert!(!r.found.is_empty(), "an empty blaming phrase: {r:?}");
        assert!(
            looked_at.contains(&r.found),
            "the phrase is not the user's: {r:?}"
        );
        for lang in Lang::all() {
            assert!(!r.rule.why(lang).is_empty(), "no reason given: {r:?}");
        }
        let for_a_part = match r.language {
            "es" => "una parte de mí",
            _ => "a part of me",
        };
        assert!(
            r.suggestion.to_lowercase().contains(for_a_part),
            "a suggestion that does not speak for a part: {r:?}"
        );
        // The user's words kept in a suggestion are cut short, so it is never much longer
        // than what was looked at.
        assert!(
            r.suggestion.chars().count() <= 2 * looked_at.chars().count() + 300,
            "a suggestion of {} characters",
            r.suggestion.chars().count()
        );
        assert!(
            rewrites[..i].iter().all(|o| o.suggestion != r.suggestion),
            "the same suggestion twice: {r:?}"
        );
    }
});
