//! The Fluent catalogues, embedded, and the messages made from them.

use super::numbers;
use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

macro_rules! resources {
    ($($file:literal),* $(,)?) => {
        /// Every catalogue file: `(language, file name, text)`, one file per part of Caravane
        /// in each language.
        pub const RESOURCES: &[(Lang, &str, &str)] = &[
            $((Lang::Fr, $file, include_str!(concat!("../../locales/fr/", $file))),)*
            $((Lang::En, $file, include_str!(concat!("../../locales/en/", $file))),)*
            $((Lang::Ar, $file, include_str!(concat!("../../locales/ar/", $file))),)*
        ];
    };
}

resources!(
    "common.ftl",
    "venue.ftl",
    "print.ftl",
    "cli.ftl",
    "validation.ftl",
    "tour.ftl",
    "check.ftl",
    "planning.ftl",
    "plan.ftl",
    "export.ftl",
    "report.ftl",
    "sheets.ftl",
    "names.ftl",
    "web.ftl",
    "web-plan.ftl",
    "web-jobs.ftl",
    "web-make.ftl",
    "front.ftl",
);

/// A value given to a message: text, or a number (which selects plurals and is written the
/// language's way).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, as it is.
    Text(String),
    /// A number.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}

macro_rules! numeric {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::Number(*n as f64)
            }
        }
    )*};
}
numeric!(f64, f32, usize, u64, u32, u16, u8, i64, i32, isize);

type Bundle = FluentBundle<FluentResource>;

fn formatter(
    lang: Lang,
) -> fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    fn format(lang: Lang, v: &FluentValue) -> Option<String> {
        match v {
            FluentValue::Number(FluentNumber { value, options }) => {
                let min = options.minimum_fraction_digits.unwrap_or(0);
                let max = options.maximum_fraction_digits.unwrap_or(2).max(min);
                Some(numbers::number(lang, *value, min, max))
            }
            _ => None,
        }
    }
    match lang {
        Lang::Fr => |v, _| format(Lang::Fr, v),
        Lang::En => |v, _| format(Lang::En, v),
        Lang::Ar => |v, _| format(Lang::Ar, v),
    }
}

fn build(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks keep a Latin id the right way round inside Arabic text; in French and
    // English they would only be noise in a terminal or a CSV file.
    bundle.set_use_isolating(lang.is_rtl());
    bundle.set_formatter(Some(formatter(lang)));
    // NUMBER($x, minimumFractionDigits: …) for fixed decimals; the formatter above writes it.
    let _ = bundle.add_builtins();
    for (l, file, text) in RESOURCES {
        if *l != lang {
            continue;
        }
        // A catalogue that does not parse is caught by the catalogue tests; what parses is kept.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| {
            debug_assert!(false, "catalogue {}/{file} does not parse", lang.code());
            r
        });
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let k = match lang {
        Lang::Fr => 0,
        Lang::En => 1,
        Lang::Ar => 2,
    };
    BUNDLES[k].get_or_init(|| build(lang))
}

/// The message `id` in `lang` with its arguments (usually through [`crate::tl!`] or
/// [`crate::t!`]). A message missing from `lang` is taken from French; one missing from French
/// too gives its id (the catalogue tests see that none is).
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.clone())),
            Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    for l in [lang, Lang::Fr] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = vec![];
            return b
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// The ids of every message of `lang`'s catalogues, with the file each is in.
pub fn message_ids(lang: Lang) -> Vec<(String, &'static str)> {
    let mut ids = vec![];
    for (l, file, text) in RESOURCES {
        if *l != lang {
            continue;
        }
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push((m.id.name.to_string(), *file));
            }
        }
    }
    ids
}
