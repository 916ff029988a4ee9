//! The sentences the pages' scripts show, taken from the catalogues: every message whose id
//! starts with `web-`, in the page's language. A message's variables are left as `{name}`,
//! for the script to fill in.

use crate::i18n::{message, Arg, Lang, RESOURCES};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeMap;

/// Every `web-` message of `lang`, its variables left as `{name}`.
pub fn for_page(lang: Lang) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (l, _, text) in RESOURCES {
        if *l != lang {
            continue;
        }
        let Ok(resource) = fluent_syntax::parser::parse(*text) else {
            continue;
        };
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            if !m.id.name.starts_with("web-") {
                continue;
            }
            let mut names = Vec::new();
            if let Some(p) = &m.value {
                variables(p, &mut names);
            }
            let args: Vec<(&str, Arg)> = names
                .iter()
                .map(|n| (*n, Arg::Text(format!("{{{n}}}"))))
                .collect();
            out.insert(m.id.name.to_string(), message(lang, m.id.name, &args));
        }
    }
    out
}

/// The variables a pattern names.
fn variables<'a>(pattern: &Pattern<&'a str>, names: &mut Vec<&'a str>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    names.push(id.name)
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        names.push(id.name);
                    }
                    for v in variants {
                        variables(&v.value, names);
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_page_words() {
        let fr = for_page(Lang::Fr);
        assert!(fr.contains_key("web-conflict"));
        for lang in [Lang::En, Lang::Ar] {
            let other = for_page(lang);
            let missing: Vec<_> = fr.keys().filter(|k| !other.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
    }

    #[test]
    fn variables_are_left_for_the_script() {
        assert!(for_page(Lang::Fr)["web-conflict"].contains("{revision}"));
    }
}
