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
