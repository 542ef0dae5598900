//! The pseudo-locales, for seeing that every word comes from the message files and that the
//! layout holds: `en-XA` shows English accented, 40 % longer and in brackets, so a word
//! written into the code stands out, long words are tried, and a cut-off end shows; `ar-XB`
//! shows English right to left, word by word (Android's way), to try the mirrored layout.
//! Only our words change: names, numbers and times put into a message stay as they are.

use std::borrow::Cow;

pub(super) const ACCENTED: &str = "en-XA";
pub(super) const RIGHT_TO_LEFT: &str = "ar-XB";

/// The change made to each piece of a message's own text, for the language tagged `tag`.
pub(super) fn transform(tag: &str) -> Option<fn(&str) -> Cow<'_, str>> {
    match tag {
        ACCENTED => Some(accent),
        RIGHT_TO_LEFT => Some(right_to_left),
        _ => None,
    }
}

/// The whole message once formatted, for the language tagged `asked`: in `en-XA`, 40 %
/// longer and in brackets.
pub(super) fn finish(asked: &str, text: String) -> String {
    if asked != ACCENTED || text.is_empty() {
        return text;
    }
    let extra = (text.chars().count() * 2).div_ceil(5);
    let padding: String = " ~ one two three four five six seven eight nine ten"
        .chars()
        .cycle()
        .take(extra)
        .collect();
    format!("[{text}{padding}]")
}

const LOWER: [char; 26] = [
    'á', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š',
    'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const UPPER: [char; 26] = [
    'Á', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ḿ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š',
    'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

/// Each plain letter accented.
fn accent(text: &str) -> Cow<'_, str> {
    text.chars()
        .map(|c| match c {
            'a'..='z' => LOWER[(c as u8 - b'a') as usize],
            'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
            _ => c,
        })
        .collect::<String>()
        .into()
}

/// Each word set right to left with the bidirectional controls (a right-to-left mark, then
/// the word overridden to run right to left), so English reads as a right-to-left script
/// would lay out.
fn right_to_left(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if !word.is_empty() {
            out.push_str("\u{200F}\u{202E}");
            out.push_str(word);
            out.push_str("\u{202C}\u{200F}");
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_is_longer_and_bracketed_and_keeps_what_is_not_a_letter() {
        assert_eq!(accent("Check in, 3 times"), "Çĥéçķ îñ, 3 ţîɱéš");
        let done = finish(ACCENTED, "Check in".to_owned());
        assert!(
            done.starts_with("[Check in") && done.ends_with(']'),
            "{done}"
        );
        // 8 characters, 40 % more: 4 (rounded up), and the two brackets.
        assert_eq!(done.chars().count(), 8 + 4 + 2);
        assert_eq!(finish("en", "x".into()), "x");
    }

    #[test]
    fn right_to_left_sets_each_word_apart() {
        assert_eq!(
            right_to_left("Go on"),
            "\u{200F}\u{202E}Go\u{202C}\u{200F} \u{200F}\u{202E}on\u{202C}\u{200F}"
        );
    }
}
