//! How wide a text is drawn, and how an exhibitor's name is set in a stand: on at most two
//! lines, keeping its distinctive words.
//!
//! Widths come from a table of the advance widths of Noto Sans (regular and bold, in
//! thousandths of an em) for the Latin letters; Arabic letters count 0.45 em and Tifinagh
//! letters 0.65 em (Noto Naskh Arabic's joined letters and Noto Sans Tifinagh's letters,
//! measured on the names of the shipped stops, come to at most 0.42 and 0.62 em on average),
//! anything else 0.62 em. The estimate errs on the wide side, so that a text found to fit does
//! fit.

/// Advance widths of Noto Sans Regular for the characters from U+0020 to U+007E, in
/// thousandths of an em.
const REGULAR: [u16; 95] = [
    260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572,
    572, 572, 572, 572, 572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556,
    519, 728, 741, 339, 273, 619, 524, 907, 760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586,
    566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534,
    258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
];

/// Advance widths of Noto Sans Bold for the same characters.
const BOLD: [u16; 95] = [
    260, 286, 472, 646, 572, 901, 750, 266, 339, 339, 545, 572, 285, 322, 285, 413, 572, 572, 572,
    572, 572, 572, 572, 572, 572, 572, 285, 285, 572, 572, 572, 477, 897, 690, 672, 637, 740, 560,
    549, 724, 765, 389, 331, 664, 565, 943, 813, 796, 628, 796, 660, 551, 579, 756, 650, 967, 667,
    624, 579, 331, 413, 331, 572, 411, 362, 604, 633, 514, 633, 591, 387, 633, 657, 305, 305, 620,
    305, 982, 657, 619, 633, 633, 454, 497, 434, 657, 569, 856, 578, 569, 488, 394, 551, 394, 572,
];

/// The letter a Latin letter with an accent is drawn as wide as (é as e, Î as I).
fn base_letter(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
        'ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'À' | 'Á' | 'Â' | 'Ä' => 'A',
        'Ç' => 'C',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Î' | 'Ï' | 'Í' => 'I',
        'Ô' | 'Ö' | 'Ó' => 'O',
        'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        _ => return None,
    })
}

/// How wide a character is, in ems.
fn advance(c: char, bold: bool) -> f64 {
    let table = if bold { &BOLD } else { &REGULAR };
    let c = base_letter(c).unwrap_or(c);
    let thousandths = match c {
        ' '..='~' => table[c as usize - 0x20],
        '\u{a0}' => 260,
        '\u{202f}' => 166,
        '’' | '‘' => 175,
        '«' | '»' => 509,
        '–' => 500,
        '—' => 1000,
        '…' => 791,
        '·' => 268,
        // Marks of direction take no room.
        '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => 0,
        // Arabic vowel marks take no room.
        '\u{064B}'..='\u{065F}' => 0,
        // Joined Arabic letters.
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => 450,
        // Tifinagh letters are about as wide as they are tall.
        '\u{2D30}'..='\u{2D7F}' => 650,
        _ => 620,
    };
    f64::from(thousandths) / 1000.0
}

/// About how wide `text` is drawn at font size `size`, in the same unit as `size` (Noto Sans's
/// advance widths, bold or regular).
///
/// ```
/// use caravane::view::floor_plan::text_width;
/// assert_eq!(text_width("", 12.0, false), 0.0);
/// // An m is wider than an i, bold wider than regular.
/// assert!(text_width("mm", 10.0, false) > text_width("ii", 10.0, false));
/// assert!(text_width("Tiznit", 10.0, true) > text_width("Tiznit", 10.0, false));
/// assert!((text_width("Safran", 10.0, false) - 30.46).abs() < 0.01);
/// ```
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    text.chars().map(|c| advance(c, bold)).sum::<f64>() * size
}

/// The legal forms a name may begin with: every other stand shares them.
const FORMS: [&str; 9] = [
    "coopérative agricole ",
    "coopérative ",
    "cooperative ",
    "coop. ",
    "association ",
    "groupement ",
    "entreprise sociale ",
    "تعاونية ",
    "جمعية ",
];

/// The name to print on a stand: without the legal form the names begin with (coopérative,
/// association…), which every other stand shares.
///
/// ```
/// use caravane::view::floor_plan::short_name;
/// assert_eq!(short_name("Coopérative Tifawin"), "Tifawin");
/// assert_eq!(short_name("Association Amal des femmes"), "Amal des femmes");
/// assert_eq!(short_name("Argania Solidaire"), "Argania Solidaire");
/// assert_eq!(short_name("Coopérative des artisans du cuir"), "artisans du cuir");
/// ```
pub fn short_name(name: &str) -> &str {
    let lower = name.to_lowercase();
    for f in FORMS {
        if lower.starts_with(f) && lower.len() > f.len() && name.is_char_boundary(f.len()) {
            // The prefix has the same bytes in lower case (é and Arabic letters included).
            let rest = name[f.len()..].trim_start();
            for article in ["des ", "de la ", "de l'", "du ", "de ", "d'"] {
                if rest.to_lowercase().starts_with(article) && rest.len() > article.len() {
                    return &rest[article.len()..];
                }
            }
            return rest;
        }
    }
    name
}

/// Words every name may hold that tell no stand from another: legal forms, articles and
/// prepositions (French, and the Arabic legal forms).
const GENERIC: [&str; 27] = [
    "coopérative",
    "cooperative",
    "coop.",
    "association",
    "groupement",
    "entreprise",
    "sociale",
    "agricole",
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "l'",
    "d'",
    "et",
    "à",
    "au",
    "aux",
    "pour",
    "en",
    "sur",
    "avec",
    "—",
    "تعاونية",
    "جمعية",
];

/// A word of a name without its elided article (« d'euphorbe » is « euphorbe »).
fn unelided(word: &str) -> &str {
    for article in ["d'", "d’", "l'", "l’", "D'", "L'"] {
        if let Some(rest) = word.strip_prefix(article) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    word
}

/// The words of a name that tell it from the others: without the legal forms, the articles,
/// the prepositions and the dashes, in the name's order.
///
/// ```
/// use caravane::view::floor_plan::distinctive_words;
/// assert_eq!(
///     distinctive_words("Association des artisans tanneurs de Taroudant"),
///     ["artisans", "tanneurs", "Taroudant"]
/// );
/// assert_eq!(distinctive_words("Coopérative du miel d'euphorbe de Tanalt"), ["miel", "euphorbe", "Tanalt"]);
/// assert_eq!(distinctive_words("ⵜⴰⵎⵎⵏⵜ — Coopérative apicole d'Igherm"), ["ⵜⴰⵎⵎⵏⵜ", "apicole", "Igherm"]);
/// ```
pub fn distinctive_words(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .filter(|w| !GENERIC.contains(&w.to_lowercase().as_str()))
        .map(unelided)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// A name set in a stand: its lines and their font size.
#[derive(Debug, Clone, PartialEq)]
pub struct NameLines {
    /// One or two lines, in order.
    pub lines: Vec<String>,
    /// The font size they are drawn at.
    pub size: f64,
}

/// The best way to set `words` on at most two lines of `width` at font size `size`: the break
/// that makes the longer line shortest.
fn two_lines(words: &[&str], width: f64, size: f64) -> Option<Vec<String>> {
    let fits = |s: &str| text_width(s, size, false) <= width;
    let all = words.join(" ");
    if fits(&all) {
        return Some(vec![all]);
    }
    (1..words.len())
        .map(|k| (words[..k].join(" "), words[k..].join(" ")))
        .filter(|(a, b)| fits(a) && fits(b))
        .min_by(|x, y| {
            let w = |p: &(String, String)| {
                text_width(&p.0, size, false).max(text_width(&p.1, size, false))
            };
            w(x).total_cmp(&w(y))
        })
        .map(|(a, b)| vec![a, b])
}

/// Sets an exhibitor's name in a stand `width` wide: the name without its legal form
/// ([`short_name`]) on one or two lines at `largest` or a little smaller (down to 85 % of it);
/// else its distinctive words only ([`distinctive_words`]), shrunk down to `smallest` if need
/// be; else as many of the distinctive words as fit at `smallest`, followed by an ellipsis,
/// set as large as they then fit. The first two distinctive words are never
/// cut: where they do not fit at `smallest`, the size goes below it.
///
/// ```
/// use caravane::view::floor_plan::{set_name, text_width};
/// let name = "Association des artisans tanneurs de Taroudant";
/// let set = set_name(name, 60.0, 10.0, 7.0);
/// assert_eq!(set.lines, ["artisans tanneurs", "Taroudant"]);
/// assert!(set.lines.iter().all(|l| text_width(l, set.size, false) <= 60.0));
/// // Narrower, the name is cut after its first two distinctive words.
/// assert_eq!(set_name(name, 55.0, 10.0, 7.0).lines, ["artisans", "tanneurs…"]);
/// assert_eq!(set_name("Coopérative Tifawin", 55.0, 10.0, 7.0).lines, ["Tifawin"]);
/// ```
pub fn set_name(name: &str, width: f64, largest: f64, smallest: f64) -> NameLines {
    let short: Vec<&str> = short_name(name).split_whitespace().collect();
    let words = distinctive_words(name);
    let words = if words.is_empty() {
        short.clone()
    } else {
        words
    };
    let sizes = || {
        let steps = ((largest - smallest) / 0.5).floor().max(0.0) as usize;
        (0..=steps).map(move |k| largest - 0.5 * k as f64)
    };
    // The whole name is shrunk a little only: a smaller size goes to the distinctive words.
    let whole_down_to = smallest.max(largest * 0.85);
    for size in sizes() {
        let whole = (size >= whole_down_to)
            .then(|| two_lines(&short, width, size))
            .flatten();
        if let Some(lines) = whole.or_else(|| two_lines(&words, width, size)) {
            return NameLines { lines, size };
        }
    }
    // Cut after whole words, keeping the first two.
    let keep = words.len().min(2);
    let mut size = smallest;
    let first_two_fit = |size: f64| two_lines(&words[..keep], width, size).is_some();
    while !first_two_fit(size) && size > 3.0 {
        size -= 0.25;
    }
    if let Some(lines) = two_lines(&words, width, size) {
        return NameLines { lines, size };
    }
    for n in (keep..words.len()).rev() {
        let mut with: Vec<String> = words[..n].iter().map(|w| w.to_string()).collect();
        if let Some(last) = with.last_mut() {
            last.push('…');
        }
        let refs: Vec<&str> = with.iter().map(String::as_str).collect();
        if two_lines(&refs, width, size).is_some() {
            // The words kept, as large as they fit.
            let size = sizes()
                .find(|&s| two_lines(&refs, width, s).is_some())
                .unwrap_or(size);
            let lines = two_lines(&refs, width, size).unwrap_or_default();
            return NameLines { lines, size };
        }
    }
    // The first two words fit, but not with an ellipsis; or a single word is wider than the
    // stand even at the smallest size: written whole all the same.
    let lines = two_lines(&words[..keep], width, size)
        .unwrap_or_else(|| words[..keep].iter().map(|w| w.to_string()).collect());
    NameLines { lines, size }
}

/// A text in lines no wider than `width` at font size `size`, cut at spaces (the no-break
/// spaces of French typography hold); a word wider than `width` gets a line of its own.
pub(crate) fn wrap(text: &str, width: f64, size: f64, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let longer = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&longer, size, bold) > width {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = longer;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
