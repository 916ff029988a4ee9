//! Every word a planner, a cooperative or an official reads, in French (the default), English
//! or Arabic.
//!
//! The sentences live in Fluent catalogues (`locales/<lang>/*.ftl`, embedded in the binary),
//! one file per part of Caravane; plurals and agreement are Fluent's (CLDR plural rules), never
//! string concatenation. Numbers and dates follow the language's conventions ([`numbers`]):
//! decimal comma and a narrow no-break space between thousands in French and Arabic, "du 7 au
//! 12 novembre 2025".
//!
//! **Which language.** A command's `--lang`, else `CARAVANE_LANG`, else the system locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`) when it is one of the three, else French ([`Lang::detect`]).
//! A document (floor plan, report, export, comparison page) may also carry its own
//! `language`: it comes after `--lang` and before the rest ([`Lang::for_document`]).
//!
//! **Where the language comes from in the library.** Documents take a [`Lang`] explicitly.
//! Sentences made deep in the library (a diagnostic, a checker's justification, an
//! infeasibility explanation) are made in the [current](current) language: the command sets it
//! once for the process ([`set_default`]); [`scoped`] sets it for the calling thread only.
//!
//! ```
//! use caravane::i18n::{self, Lang};
//! assert_eq!(i18n::tl!(Lang::Fr, "common-exhibitors", count = 1), "1 exposant");
//! assert_eq!(i18n::tl!(Lang::Fr, "common-exhibitors", count = 3), "3 exposantes et exposants");
//! assert_eq!(i18n::tl!(Lang::En, "common-exhibitors", count = 3), "3 exhibitors");
//! ```

mod catalogue;
pub mod numbers;

pub use catalogue::{message, message_ids, Arg, RESOURCES};

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language Caravane speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
    /// Arabic, written right to left.
    Ar,
}

impl Lang {
    /// Every language, French first.
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::En, Lang::Ar];

    /// The language's code: `fr`, `en` or `ar`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ar => "ar",
        }
    }

    /// The writing direction for HTML: `ltr` or `rtl`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// A language from a code or a locale (`fr`, `FR`, `fr_MA.UTF-8`, `ar-MA`, `en_GB`); None
    /// when it is none of the three.
    ///
    /// ```
    /// use caravane::i18n::Lang;
    /// assert_eq!(Lang::parse("ar_MA.UTF-8"), Some(Lang::Ar));
    /// assert_eq!(Lang::parse("de_DE"), None);
    /// ```
    pub fn parse(code: &str) -> Option<Lang> {
        let head: String = code
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match head.as_str() {
            "fr" | "fra" | "fre" | "french" | "francais" => Some(Lang::Fr),
            "en" | "eng" | "english" => Some(Lang::En),
            "ar" | "ara" | "arabic" => Some(Lang::Ar),
            _ => None,
        }
    }

    /// The language a command speaks: `flag` (`--lang`), else `CARAVANE_LANG`, else the system
    /// locale when it is one of the three, else French.
    pub fn detect(flag: Option<Lang>) -> Lang {
        flag.or_else(from_env_var)
            .or_else(from_locale)
            .unwrap_or_default()
    }

    /// The language of a document: `flag` (`--lang`), else the document's own `language`,
    /// else as [`Lang::detect`].
    pub fn for_document(flag: Option<Lang>, document: Option<&str>) -> Lang {
        flag.or_else(|| document.and_then(Lang::parse))
            .unwrap_or_else(|| Lang::detect(None))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        match s {
            "fr" => Ok(Lang::Fr),
            "en" => Ok(Lang::En),
            "ar" => Ok(Lang::Ar),
            _ => Err(format!("« {s} » : fr, en ou ar")),
        }
    }
}

fn from_env_var() -> Option<Lang> {
    std::env::var("CARAVANE_LANG")
        .ok()
        .and_then(|v| Lang::parse(&v))
}

fn from_locale() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::parse(&v))
}

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

fn lang_of(n: u8) -> Lang {
    match n {
        1 => Lang::En,
        2 => Lang::Ar,
        _ => Lang::Fr,
    }
}

/// Sets the language of the library's sentences for the whole process (the command does this
/// once, from [`Lang::detect`]).
pub fn set_default(lang: Lang) {
    let n = match lang {
        Lang::Fr => 0,
        Lang::En => 1,
        Lang::Ar => 2,
    };
    DEFAULT.store(n, Ordering::Relaxed);
}

/// The language the library's sentences are made in on this thread: the one [`scoped`] set,
/// else the process's ([`set_default`]), else French.
pub fn current() -> Lang {
    SCOPED
        .with(Cell::get)
        .unwrap_or_else(|| lang_of(DEFAULT.load(Ordering::Relaxed)))
}

/// Runs `f` with the library's sentences in `lang` on this thread.
///
/// ```
/// use caravane::i18n::{self, Lang};
/// let en = i18n::scoped(Lang::En, || i18n::t!("common-exhibitors", count = 2));
/// assert_eq!(en, "2 exhibitors");
/// ```
pub fn scoped<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|c| c.replace(Some(lang))));
    f()
}

/// A message of the catalogue in a given language: `tl!(lang, "id", name = value, …)`.
///
/// Values may be text or numbers (numbers select plurals and are written the language's way).
#[macro_export]
macro_rules! tl {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// A message of the catalogue in the [current](crate::i18n::current) language:
/// `t!("id", name = value, …)`.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tl!($crate::i18n::current(), $id $(, $name = $value)*)
    };
}

pub use crate::{t, tl};

/// The name of a zone whose file gives none, for the ids squares commonly use (`entrance`,
/// `centre`, `back`…); None for any other id, which is then shown as it is written.
pub fn common_zone_name(lang: Lang, id: &str) -> Option<String> {
    Some(match id.to_lowercase().as_str() {
        "entrance" | "entree" | "entrée" => tl!(lang, "zone-entrance"),
        "centre" | "center" => tl!(lang, "zone-centre"),
        "back" | "fond" => tl!(lang, "zone-back"),
        "front" | "devant" => tl!(lang, "zone-front"),
        "middle" | "milieu" => tl!(lang, "zone-middle"),
        "side" | "cote" | "côté" => tl!(lang, "zone-side"),
        "corner" | "angle" => tl!(lang, "zone-corner"),
        _ => return None,
    })
}
