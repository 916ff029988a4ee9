//! Numbers and dates written the language's way.
//!
//! French (and Arabic as written in Morocco) puts a decimal comma and a narrow no-break space
//! (U+202F) between thousands; English a decimal point and a comma. Arabic text keeps the
//! digits 0–9, as Moroccan administrations print them, and the months of the Moroccan
//! calendar (نونبر, دجنبر…).
//!
//! ```
//! use caravane::i18n::{numbers, Lang};
//! assert_eq!(numbers::decimal(Lang::Fr, 1234.5, 2), "1\u{202f}234,50");
//! assert_eq!(numbers::decimal(Lang::En, 1234.5, 2), "1,234.50");
//! assert_eq!(numbers::figure(Lang::Fr, 0.25), "0,25");
//! assert_eq!(numbers::figure(Lang::Fr, 3.0), "3");
//! ```

use super::Lang;

/// A calendar day as the sentences need it (the stop format's dates convert into it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

impl Date {
    /// Reads `YYYY-MM-DD` (the stop format's dates, already validated): None for anything else.
    ///
    /// ```
    /// use caravane::i18n::numbers::Date;
    /// assert_eq!(Date::parse("2025-11-07"), Some(Date { year: 2025, month: 11, day: 7 }));
    /// assert_eq!(Date::parse("7/11/2025"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        ((1..=12).contains(&date.month) && (1..=31).contains(&date.day)).then_some(date)
    }
}

/// The narrow no-break space French puts between thousands.
pub const THIN_SPACE: char = '\u{202f}';

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => ('.', ','),
        Lang::Fr | Lang::Ar => (',', THIN_SPACE),
    }
}

/// `x` with exactly `decimals` decimals, grouped by thousands.
pub fn decimal(lang: Lang, x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let text = format!("{:.*}", decimals, x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (comma, group) = separators(lang);
    let mut out = String::new();
    let negative = x < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    if negative {
        out.push('-');
    }
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(comma);
        out.push_str(frac);
    }
    out
}

/// `x` with at most `max` decimals and at least `min`, trailing zeros dropped in between.
pub fn number(lang: Lang, x: f64, min: usize, max: usize) -> String {
    let mut text = decimal(lang, x, max.max(min));
    let (comma, _) = separators(lang);
    if let Some(at) = text.find(comma) {
        let keep = at + comma.len_utf8() + min;
        while text.len() > keep && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with(comma) {
            text.pop();
        }
    }
    text
}

/// A figure as people read it: up to two decimals, none when it is whole.
pub fn figure(lang: Lang, x: f64) -> String {
    number(lang, x, 0, 2)
}

/// A figure with two decimals, or none when it rounds to a whole number: "12,30", "6".
///
/// ```
/// use caravane::i18n::{numbers, Lang};
/// assert_eq!(numbers::two_or_none(Lang::Fr, 12.3), "12,30");
/// assert_eq!(numbers::two_or_none(Lang::Fr, 5.999), "6");
/// ```
pub fn two_or_none(lang: Lang, x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    decimal(lang, r, if r == r.trunc() { 0 } else { 2 })
}

/// A whole number, grouped by thousands.
pub fn count(lang: Lang, n: usize) -> String {
    decimal(lang, n as f64, 0)
}

const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
];

/// The name of a month (1–12).
pub fn month(lang: Lang, m: u32) -> &'static str {
    let k = (m.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::Fr => FR_MONTHS[k],
        Lang::En => EN_MONTHS[k],
        Lang::Ar => AR_MONTHS[k],
    }
}

fn day(lang: Lang, d: u32) -> String {
    if lang == Lang::Fr && d == 1 {
        "1er".into()
    } else {
        d.to_string()
    }
}

/// A day: "7 novembre 2025", "1er décembre 2025", "7 November 2025", "7 نونبر 2025".
///
/// ```
/// use caravane::i18n::{numbers, Lang};
/// use caravane::i18n::numbers::Date;
/// assert_eq!(numbers::date(Lang::Fr, Date::parse("2025-12-01").unwrap()), "1er décembre 2025");
/// ```
pub fn date(lang: Lang, d: Date) -> String {
    format!("{} {} {}", day(lang, d.day), month(lang, d.month), d.year)
}

/// A day without its year: "7 novembre".
pub fn day_month(lang: Lang, d: Date) -> String {
    format!("{} {}", day(lang, d.day), month(lang, d.month))
}

/// From one day to another, the shortest way the language says it: "du 7 au 12 novembre 2025",
/// "du 28 novembre au 3 décembre 2025", "le 5 décembre 2025" for a single day.
///
/// ```
/// use caravane::i18n::{numbers, Lang};
/// use caravane::i18n::numbers::Date;
/// let (from, to) = (Date::parse("2025-11-07").unwrap(), Date::parse("2025-11-12").unwrap());
/// assert_eq!(numbers::date_range(Lang::Fr, from, to), "du 7 au 12 novembre 2025");
/// assert_eq!(numbers::date_range(Lang::En, from, to), "7–12 November 2025");
/// assert_eq!(numbers::date_range(Lang::Ar, from, to), "من 7 إلى 12 نونبر 2025");
/// ```
pub fn date_range(lang: Lang, from: Date, to: Date) -> String {
    if from == to {
        return match lang {
            Lang::Fr => format!("le {}", date(lang, from)),
            _ => date(lang, from),
        };
    }
    let (a, b) = if from.year != to.year {
        (date(lang, from), date(lang, to))
    } else if from.month != to.month {
        (day_month(lang, from), date(lang, to))
    } else {
        (day(lang, from.day), date(lang, to))
    };
    match lang {
        Lang::Fr => format!("du {a} au {b}"),
        Lang::En if from.year == to.year && from.month == to.month => format!("{a}–{b}"),
        Lang::En => format!("{a} – {b}"),
        Lang::Ar => format!("من {a} إلى {b}"),
    }
}

/// [`date_range`] from the stop format's `YYYY-MM-DD` texts; the texts as they are when either
/// is not a date.
pub fn date_range_text(lang: Lang, from: &str, to: &str) -> String {
    match (Date::parse(from), Date::parse(to)) {
        (Some(a), Some(b)) => date_range(lang, a, b),
        _ => format!("{from} – {to}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_and_rounding() {
        assert_eq!(
            decimal(Lang::Fr, 1234567.891, 1),
            "1\u{202f}234\u{202f}567,9"
        );
        assert_eq!(decimal(Lang::Fr, -0.004, 2), "0,00");
        assert_eq!(decimal(Lang::Fr, -12.5, 1), "-12,5");
        assert_eq!(number(Lang::En, 2.50, 1, 3), "2.5");
        assert_eq!(number(Lang::Fr, 999.999, 0, 2), "1\u{202f}000");
        assert_eq!(count(Lang::Ar, 1500), "1\u{202f}500");
    }

    #[test]
    fn ranges_across_months_and_years() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(
            date_range(Lang::Fr, d("2025-11-28"), d("2025-12-03")),
            "du 28 novembre au 3 décembre 2025"
        );
        assert_eq!(
            date_range(Lang::Fr, d("2025-12-28"), d("2026-01-01")),
            "du 28 décembre 2025 au 1er janvier 2026"
        );
        assert_eq!(
            date_range(Lang::Fr, d("2025-12-05"), d("2025-12-05")),
            "le 5 décembre 2025"
        );
        assert_eq!(
            date_range(Lang::En, d("2025-11-28"), d("2025-12-03")),
            "28 November – 3 December 2025"
        );
    }
}
