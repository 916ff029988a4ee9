//! The words a document prints for the data's own things: zones by their names, families by
//! short codes, the common tags of stands in words.
//!
//! A zone is shown by the name its file gives in the document's language, else by the name the
//! file gives, else by a common name for its id (« Entrée » for `entrance`), else by its id.
//! A family is shown by the code its file gives, else by one made from its French name: the
//! initials of its words (without « de », « et », « en »…), or the first three letters of a
//! single word.
//!
//! ```
//! use caravane::view::names::default_family_code;
//! assert_eq!(default_family_code("Tapis et tissage"), "TT");
//! assert_eq!(default_family_code("Plantes aromatiques et médicinales"), "PAM");
//! assert_eq!(default_family_code("Safran"), "SAF");
//! assert_eq!(default_family_code("Miel (thym, euphorbe)"), "MIE");
//! ```

use crate::format::{Family, Zone};
use crate::i18n::{self, tl, Lang};

/// The name of zone `id` for people, in `lang`.
///
/// ```
/// use caravane::i18n::Lang;
/// use caravane::view::names::zone_name;
/// assert_eq!(zone_name(&[], "entrance", Lang::Fr), "Entrée");
/// assert_eq!(zone_name(&[], "allée-b", Lang::Fr), "allée-b");
/// ```
pub fn zone_name(zones: &[Zone], id: &str, lang: Lang) -> String {
    if let Some(z) = zones.iter().find(|z| z.id == id) {
        if let Some(name) = z.names.get(lang.code()) {
            return name.clone();
        }
        if !z.name.trim().is_empty() {
            return z.name.clone();
        }
    }
    i18n::common_zone_name(lang, id).unwrap_or_else(|| id.to_string())
}

/// The name of a stand's tag for people, in `lang`: the common tags (`prime`, `corner`,
/// `electricity`, `water`, `covered`, `double`) in words, any other as the file writes it.
///
/// ```
/// use caravane::i18n::Lang;
/// use caravane::view::names::tag_name;
/// assert_eq!(tag_name("electricity", Lang::Fr), "électricité");
/// assert_eq!(tag_name("ombre", Lang::Fr), "ombre");
/// ```
pub fn tag_name(tag: &str, lang: Lang) -> String {
    match tag {
        "prime" => i18n::tl!(lang, "plan-tag-prime"),
        "corner" => i18n::tl!(lang, "plan-tag-corner"),
        "electricity" => i18n::tl!(lang, "plan-tag-electricity"),
        "water" => i18n::tl!(lang, "plan-tag-water"),
        "covered" => i18n::tl!(lang, "plan-tag-covered"),
        "double" => i18n::tl!(lang, "plan-tag-double"),
        _ => tag.to_string(),
    }
}

/// Words a code leaves out: articles, prepositions and « et ».
const SMALL_WORDS: [&str; 16] = [
    "de", "du", "des", "d", "l", "la", "le", "les", "et", "en", "a", "au", "aux", "pour", "sur",
    "avec",
];

/// The letters of a French name, without accents, upper case.
fn plain(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'À' | 'Â' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'E',
            'î' | 'ï' | 'Î' => 'I',
            'ô' | 'ö' | 'Ô' => 'O',
            'ù' | 'û' | 'ü' | 'Û' => 'U',
            'ç' | 'Ç' => 'C',
            c => c,
        })
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The significant words of a family's name: before any parenthesis, without small words.
fn words(name: &str) -> Vec<String> {
    let head = name.split('(').next().unwrap_or(name);
    head.split(|c: char| c.is_whitespace() || c == '\'' || c == '’' || c == '-' || c == ',')
        .map(plain)
        .filter(|w| !w.is_empty() && !SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        .collect()
}

/// The code made from a family's French name (see the module's documentation).
pub fn default_family_code(name: &str) -> String {
    let w = words(name);
    match w.len() {
        0 => plain(name).chars().take(3).collect(),
        1 => w[0].chars().take(3).collect(),
        _ => w.iter().filter_map(|x| x.chars().next()).take(3).collect(),
    }
}

/// The code of each family, all different: the file's own codes, else codes made from the
/// names, lengthened with more letters of the name's last word (then a number) where two would
/// be the same.
///
/// ```
/// use caravane::format::{Category, Family};
/// use caravane::view::names::family_codes;
/// let f = |id: &str, name: &str, code: Option<&str>| Family {
///     id: id.into(), name: name.into(), category: Category::Artisanal, code: code.map(Into::into),
/// };
/// let families = [f("a", "Huile d'argan", None), f("b", "Huile d'olive", None),
///                  f("c", "Huile d'amande", None), f("d", "Dattes", Some("DT"))];
/// assert_eq!(family_codes(&families), vec!["HA", "HO", "HAM", "DT"]);
/// ```
pub fn family_codes(families: &[Family]) -> Vec<String> {
    let given: Vec<String> = families.iter().filter_map(|f| f.code.clone()).collect();
    let mut codes: Vec<String> = Vec::new();
    for f in families {
        if let Some(code) = &f.code {
            codes.push(code.clone());
            continue;
        }
        let first = default_family_code(&f.name);
        let w = words(&f.name);
        let last: Vec<char> = w.last().map(|x| x.chars().collect()).unwrap_or_default();
        let taken = |c: &String| codes.contains(c) || given.contains(c);
        let mut code = first.clone();
        let mut k = 1;
        while taken(&code) {
            code = if k < last.len() {
                format!("{first}{}", last[k])
            } else {
                format!("{first}{}", k - last.len() + 2)
            };
            k += 1;
        }
        codes.push(code);
    }
    codes
}

/// Where a stop is held, in a few words: « Place du 20 Août, Taroudant », or the one of the two
/// the stop gives when the other is left empty.
///
/// ```
/// use caravane::i18n::Lang;
/// use caravane::view::names::place;
/// assert_eq!(place("Place du 20 Août", "Taroudant", Lang::Fr), "Place du 20 Août, Taroudant");
/// assert_eq!(place("", "Tiznit", Lang::Fr), "Tiznit");
/// ```
pub fn place(venue: &str, town: &str, lang: Lang) -> String {
    match (venue.trim().is_empty(), town.trim().is_empty()) {
        (false, false) => tl!(lang, "plan-place", venue = venue, town = town),
        (true, _) => town.to_string(),
        (false, true) => venue.to_string(),
    }
}
