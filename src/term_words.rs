//! The objective terms in people's words, in the language of a document: a short name, what
//! the term measures (the report's column of meanings) and a sentence explaining it.
//!
//! The registry ([`crate::terms`]) keeps each term's name in the files, which stays as it is in
//! every language (`zone_balance`); these are the words around it.
//!
//! ```
//! use caravane::i18n::Lang;
//! use caravane::terms::Term;
//! use caravane::term_words::{term_label, term_name};
//! assert_eq!(term_name(Term::ZoneBalance, Lang::Fr), "Équilibre des zones");
//! assert_eq!(term_label(Term::EmptyPrime, Lang::En), "prime stands left empty");
//! ```

use crate::i18n::Lang;
use crate::terms::Term;
use crate::tl;

/// The term's short name for people: « Équilibre des zones ».
pub fn term_name(term: Term, lang: Lang) -> String {
    match term {
        Term::Clash => tl!(lang, "report-term-clash"),
        Term::ZoneBalance => tl!(lang, "report-term-zone-balance"),
        Term::PrimeBalance => tl!(lang, "report-term-prime-balance"),
        Term::EmptyPrime => tl!(lang, "report-term-empty-prime"),
        Term::MissedSession => tl!(lang, "report-term-missed-session"),
        Term::Unattended => tl!(lang, "report-term-unattended"),
        Term::NeighbourWatch => tl!(lang, "report-term-neighbour-watch"),
        Term::Rotation => tl!(lang, "report-term-rotation"),
    }
}

/// What the term measures, as the report's table says it (the registry's `label`).
pub fn term_label(term: Term, lang: Lang) -> String {
    match term {
        Term::Clash => tl!(lang, "report-term-clash-label"),
        Term::ZoneBalance => tl!(lang, "report-term-zone-balance-label"),
        Term::PrimeBalance => tl!(lang, "report-term-prime-balance-label"),
        Term::EmptyPrime => tl!(lang, "report-term-empty-prime-label"),
        Term::MissedSession => tl!(lang, "report-term-missed-session-label"),
        Term::Unattended => tl!(lang, "report-term-unattended-label"),
        Term::NeighbourWatch => tl!(lang, "report-term-neighbour-watch-label"),
        Term::Rotation => tl!(lang, "report-term-rotation-label"),
    }
}

/// The term explained in a sentence (the registry's `description`).
pub fn term_description(term: Term, lang: Lang) -> String {
    match term {
        Term::Clash => tl!(lang, "report-term-clash-description"),
        Term::ZoneBalance => tl!(lang, "report-term-zone-balance-description"),
        Term::PrimeBalance => tl!(lang, "report-term-prime-balance-description"),
        Term::EmptyPrime => tl!(lang, "report-term-empty-prime-description"),
        Term::MissedSession => tl!(lang, "report-term-missed-session-description"),
        Term::Unattended => tl!(lang, "report-term-unattended-description"),
        Term::NeighbourWatch => tl!(lang, "report-term-neighbour-watch-description"),
        Term::Rotation => tl!(lang, "report-term-rotation-description"),
    }
}

/// A balanced attribute's name for people: « direction par des femmes », « forme juridique »;
/// an exhibitor attribute of the stop's own keeps its name.
pub fn attribute_name(attribute: &str, lang: Lang) -> String {
    tl!(lang, "balance-attribute", attribute = attribute)
}

/// One value of a balanced attribute for people, as a table's column or a sentence names it:
/// « dirigées par des femmes », « coopératives », « agricoles », « « agricole » »; the empty
/// value (an exhibitor that gives none) is « forme non renseignée » or « secteur non
/// renseigné ». Province ids are the caller's to name (the stop file gives their names).
pub fn value_name(attribute: &str, value: &str, lang: Lang) -> String {
    match attribute {
        "women_led" => tl!(lang, "balance-value-women-led", value = value),
        "form" => tl!(lang, "balance-value-form", value = value),
        "category" => tl!(lang, "balance-value-category", value = value),
        _ if value.is_empty() => tl!(
            lang,
            "balance-value-missing",
            attribute = attribute_name(attribute, lang)
        ),
        _ => tl!(lang, "balance-value-other", value = value),
    }
}

/// The short name of a balance term over another attribute than the province: « Équilibre :
/// direction par des femmes, stands privilégiés ».
pub fn balance_name(attribute: &str, over: crate::format::Over, lang: Lang) -> String {
    tl!(
        lang,
        "balance-term",
        attribute = attribute_name(attribute, lang),
        over = side(over)
    )
}

/// What a balance term over another attribute measures (the report's column of meanings).
pub fn balance_label(attribute: &str, over: crate::format::Over, lang: Lang) -> String {
    tl!(
        lang,
        "balance-term-label",
        attribute = attribute_name(attribute, lang),
        over = side(over)
    )
}

fn side(over: crate::format::Over) -> &'static str {
    match over {
        crate::format::Over::Prime => "prime",
        _ => "zones",
    }
}

/// The short name of a row of an objective table.
pub fn row_name(row: &crate::terms::Row, lang: Lang) -> String {
    match row.term {
        Some(t) => term_name(t, lang),
        None => code_name(&row.code, lang).unwrap_or_else(|| row.code.clone()),
    }
}

/// What a row of an objective table measures.
pub fn row_label(row: &crate::terms::Row, lang: Lang) -> String {
    match (row.term, crate::terms::BalanceRule::parse_code(&row.code)) {
        (Some(t), _) => term_label(t, lang),
        (None, Some((attribute, over))) => balance_label(&attribute, over, lang),
        (None, None) => row.code.clone(),
    }
}

/// A row of an objective table explained in a sentence.
pub fn row_description(row: &crate::terms::Row, lang: Lang) -> String {
    match row.term {
        Some(t) => term_description(t, lang),
        None => row_label(row, lang),
    }
}

/// The short name of any term by its code in the files: a registry term (`zone_balance`) or a
/// balance term over another attribute (`balance/women_led/prime`); None for another code.
pub fn code_name(code: &str, lang: Lang) -> Option<String> {
    if let Some(t) = Term::from_name(code) {
        return Some(term_name(t, lang));
    }
    let (attribute, over) = crate::terms::BalanceRule::parse_code(code)?;
    Some(balance_name(&attribute, over, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_words_are_the_registrys() {
        for t in Term::ALL {
            assert_eq!(term_label(t, Lang::En), t.info().label, "{}", t.name());
            assert_eq!(
                term_description(t, Lang::En),
                t.info().description,
                "{}",
                t.name()
            );
        }
    }

    #[test]
    fn balance_terms_over_other_attributes_have_words() {
        use crate::format::Over;
        assert_eq!(
            balance_name("women_led", Over::Prime, Lang::Fr),
            "Équilibre : direction par des femmes, stands privilégiés"
        );
        assert_eq!(value_name("form", "cooperative", Lang::Fr), "coopératives");
        assert_eq!(value_name("form", "", Lang::Fr), "forme non renseignée");
        assert_eq!(value_name("secteur", "", Lang::Fr), "secteur non renseigné");
        assert_eq!(
            code_name("balance/secteur/zones", Lang::En).as_deref(),
            Some("Balance: secteur, zones")
        );
        for lang in Lang::ALL {
            for w in [
                attribute_name("women_led", lang),
                value_name("women_led", "true", lang),
                value_name("category", "services", lang),
                balance_label("form", Over::Zones, lang),
            ] {
                assert!(!w.starts_with("balance-"), "{lang}: {w}");
            }
        }
    }

    #[test]
    fn every_term_has_its_own_words_in_every_language() {
        for lang in Lang::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for t in Term::ALL {
                for w in [
                    term_name(t, lang),
                    term_label(t, lang),
                    term_description(t, lang),
                ] {
                    assert!(!w.starts_with("report-"), "{lang}: {w}");
                    assert!(seen.insert(w.clone()), "{lang}: {w} twice");
                }
            }
        }
    }
}
