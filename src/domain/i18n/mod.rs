//! The reader's language. Mend's words come from Project Fluent message files under
//! `assets/locales/<tag>/` (embedded when Mend is built; `build.rs` lists them, so a language
//! is added by adding its folder). English is complete; a language that lacks a message
//! falls back to English for that message alone, never to its id. Two pseudo-locales test
//! the layout: `en-XA` (accented, 40 % longer, in brackets) and `ar-XB` (right to left).
//!
//! Each language is read once, when first asked for, and its bundle is shared by every
//! window, tab and thread. A message is formatted with [`Lang::tr`] or the [`t!`] macro.
//!
//! [`t!`]: crate::t

mod dates;
mod pseudo;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use icu_locale_core::subtags::Region;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub use dates::Length;
pub use fluent_bundle::FluentArgs as Args;

type Bundle = FluentBundle<FluentResource>;

/// The pseudo-locales, after the languages of `assets/locales`.
const PSEUDO: [&str; 2] = [pseudo::ACCENTED, pseudo::RIGHT_TO_LEFT];

/// A value made once for each language, when first asked for (our content files, read in
/// each language).
pub struct PerLang<T>(OnceLock<Box<[OnceLock<T>]>>);

impl<T> PerLang<T> {
    pub const fn new() -> Self {
        PerLang(OnceLock::new())
    }

    /// The value for `lang`, made by `make` the first time.
    pub fn get(&self, lang: Lang, make: impl FnOnce() -> T) -> &T {
        let each = self
            .0
            .get_or_init(|| Lang::all().map(|_| OnceLock::new()).collect());
        each[lang.index].get_or_init(make)
    }
}

impl<T> Default for PerLang<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A language Mend can show (one of `assets/locales`, or a pseudo-locale), and the region
/// the reader's device names, if any (`GB` of `en-GB`): the words are the language's, and
/// dates and times are written as the language writes them in that region (`dates.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang {
    index: usize,
    region: Option<Region>,
}

impl Default for Lang {
    fn default() -> Self {
        Lang::ENGLISH
    }
}

impl Lang {
    /// English: complete, and what every other language falls back to.
    pub const ENGLISH: Lang = Lang::at(0);

    const fn at(index: usize) -> Lang {
        Lang {
            index,
            region: None,
        }
    }

    /// The languages of `assets/locales`, English first: what Settings offers.
    pub fn shipped() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len()).map(Lang::at)
    }

    /// Every language, the pseudo-locales too.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len() + PSEUDO.len()).map(Lang::at)
    }

    /// Whether it is English, in whatever region.
    pub fn is_english(self) -> bool {
        self.index == 0
    }

    /// The region its dates and times are written for, if the device named one.
    pub fn region(self) -> Option<Region> {
        self.region
    }

    /// The same language, written for the region of the first of these tags (as a device
    /// lists them: `es-MX`, `en_GB.UTF-8`) that names one; as it is if none does. A
    /// pseudo-locale has no region.
    pub fn in_region_of<S: AsRef<str>>(self, tags: &[S]) -> Lang {
        if self.is_pseudo() {
            return self;
        }
        let region = tags.iter().find_map(|tag| {
            let tag = plain_tag(tag.as_ref())?;
            icu_locale_core::LanguageIdentifier::try_from_str(&tag)
                .ok()?
                .region
        });
        Lang {
            region: region.or(self.region),
            ..self
        }
    }

    /// Its own version of one of our content files (`assets/content/<tag>/<name>`), if it
    /// has one; English, and the pseudo-locales, read the English files.
    pub fn content(self, name: &str) -> Option<&'static str> {
        let (_, files) = CONTENT.iter().find(|(tag, _)| *tag == self.tag())?;
        files
            .iter()
            .find(|(file, _)| *file == name)
            .map(|(_, text)| *text)
    }

    /// Its BCP 47 tag: `en`, `es`, `en-XA`.
    pub fn tag(self) -> &'static str {
        match LOCALES.get(self.index) {
            Some((tag, _)) => tag,
            None => PSEUDO[self.index - LOCALES.len()],
        }
    }

    /// The language with this tag exactly (letter case aside).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::all().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// Whether it is a pseudo-locale, for testing.
    pub fn is_pseudo(self) -> bool {
        self.index >= LOCALES.len()
    }

    /// Whether it is written right to left.
    pub fn is_rtl(self) -> bool {
        self.tag() == pseudo::RIGHT_TO_LEFT
    }

    /// `rtl` or `ltr`, for the page's `dir`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The first of the languages asked for (best first: `es-MX`, `es`, `en-GB`, or as a
    /// system names them, `es_MX.UTF-8`) that Mend has, by its whole tag or its language
    /// alone; English if none. It is written for the region the first tag naming one names
    /// (where the reader lives, whichever language that tag is in).
    pub fn negotiate<S: AsRef<str>>(wanted: &[S]) -> Lang {
        wanted
            .iter()
            .filter_map(|w| {
                let tag = plain_tag(w.as_ref())?;
                Lang::from_tag(&tag).or_else(|| {
                    let language = tag.split('-').next()?;
                    Lang::shipped().find(|l| l.tag().eq_ignore_ascii_case(language))
                })
            })
            .next()
            .unwrap_or(Lang::ENGLISH)
            .in_region_of(wanted)
    }

    /// The message `id`, formatted with `args`, in this language or, where it lacks the
    /// message, in English.
    pub fn tr(self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        // English's messages are read only if this language lacks one.
        match format_first(self.chain().map(Lang::bundle), id, args) {
            Some((_, text)) => pseudo::finish(self.tag(), text),
            None => {
                // The message test makes sure English has every message Mend asks for.
                tracing::error!(id, "no language has this message");
                String::new()
            }
        }
    }

    /// Whether English, which every language falls back to, has the message `id`.
    pub fn has(id: &str) -> bool {
        Lang::ENGLISH.bundle().has_message(id)
    }

    /// The word for a value kept by code: the message `{prefix}-{code}` (`place-car`,
    /// `rupture-status-let_go`), for the words a record keeps as codes.
    pub fn word(self, prefix: &str, code: &str) -> String {
        self.tr(&format!("{prefix}-{code}"), None)
    }

    /// This language, then English.
    fn chain(self) -> impl Iterator<Item = Lang> {
        let fallback = (!self.is_english() && !self.is_pseudo()).then_some(Lang::ENGLISH);
        std::iter::once(self).chain(fallback)
    }

    /// The language's messages, read the first time they are asked for. A pseudo-locale is
    /// English, transformed.
    fn bundle(self) -> &'static Bundle {
        static BUNDLES: OnceLock<Vec<OnceLock<Bundle>>> = OnceLock::new();
        let all = BUNDLES.get_or_init(|| Lang::all().map(|_| OnceLock::new()).collect());
        all[self.index].get_or_init(|| read(self))
    }
}

/// The message `id` from the first of `bundles` that has it and formats it without errors,
/// with that bundle's place in the list. The bundles are taken one at a time, as needed.
fn format_first<'a>(
    bundles: impl IntoIterator<Item = &'a Bundle>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<(usize, String)> {
    bundles.into_iter().enumerate().find_map(|(i, bundle)| {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Some((i, text.into_owned()))
        } else {
            tracing::warn!(id, ?errors, "a message did not format");
            None
        }
    })
}

/// Reads a language's files into one bundle. A file that does not read whole is logged and
/// its readable messages kept (the message test stops that from ever shipping).
fn read(lang: Lang) -> Bundle {
    let files = LOCALES
        .get(lang.index)
        .map_or(LOCALES[0].1, |(_, files)| *files);
    let id: LanguageIdentifier = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The isolating marks around each value would travel in texts that leave Mend (a
    // message, the share sheet); only a right-to-left language needs them.
    bundle.set_use_isolating(lang.is_rtl());
    bundle.set_transform(pseudo::transform(lang.tag()));
    for (name, text) in files {
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, e)| {
            tracing::error!(
                lang = lang.tag(),
                file = name,
                ?e,
                "a message file did not read whole"
            );
            r
        });
        if let Err(e) = bundle.add_resource(resource) {
            tracing::error!(
                lang = lang.tag(),
                file = name,
                ?e,
                "a message is there twice"
            );
        }
    }
    bundle
}

/// A message in a language: `t!(lang, "id")`, or with values, `t!(lang, "id", name = value)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        $crate::domain::i18n::Lang::tr($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::domain::i18n::Args::new();
        $(args.set(stringify!($key), $value);)+
        $crate::domain::i18n::Lang::tr($lang, $id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;

/// A tag as a system may write it (`es_MX.UTF-8`, `en_GB@euro`) as BCP 47 (`es-MX`).
fn plain_tag(tag: &str) -> Option<String> {
    let tag = tag.split(['.', '@']).next()?.replace('_', "-");
    (!tag.is_empty()).then_some(tag)
}
