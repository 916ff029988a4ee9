//! The objective terms, each defined once.
//!
//! Every term of a stop's objective has one entry in [`TERMS`]: its name in the files, its
//! default weight, the unit of its raw value, a sentence saying what it measures for a planner,
//! and which part of the plan it judges. The weights of a stop ([`Weights`]), the raw values of
//! a layout ([`Values`]), the rows of the report, the checker's comparison of a solution file
//! with the layout and the validation of weights are all derived from this table; every model
//! sums `weight × term` through [`Weights::total`].
//!
//! ```
//! use caravane::terms::{Term, Weights};
//! let w = Weights::default();
//! assert_eq!(w[Term::Clash], 10.0);
//! assert_eq!(Term::from_name("prime_balance"), Some(Term::PrimeBalance));
//! assert_eq!(Term::ALL.len(), caravane::terms::TERMS.len());
//! ```

use crate::format;
use std::ops::{Index, IndexMut};

/// Which part of the plan a term judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The stands: who stands where.
    Stands,
    /// The timetable of the exchange sessions (given the stands).
    Sessions,
}

/// What a term's registry entry says about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TermInfo {
    /// The term.
    pub term: Term,
    /// Its name in the files (`weights`, `objective`, `explanations`).
    pub name: &'static str,
    /// Its weight when the stop file gives none.
    pub default_weight: f64,
    /// The unit of its raw value.
    pub unit: &'static str,
    /// How its row is labelled in tables (the report's column of meanings).
    pub label: &'static str,
    /// What it measures, in one line a planner reads.
    pub description: &'static str,
    /// Which part of the plan it judges.
    pub part: Part,
    /// Whether the solution file leaves it out when it is 0 (a later addition to the format).
    pub omitted_when_zero: bool,
}

/// Declares the terms once: the enum, the registry and how each term is read from and written
/// to the format's field-by-field structs.
macro_rules! terms {
    ($( $variant:ident => $field:ident, $weight:expr, $unit:expr, $part:ident, $omit:expr, $label:expr, $desc:expr; )*) => {
        /// An objective term.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Term {
            $(
                #[doc = $desc]
                $variant,
            )*
        }

        /// The registry: one entry per term, in the order of the files.
        pub const TERMS: [TermInfo; [$(Term::$variant),*].len()] = [
            $(TermInfo {
                term: Term::$variant,
                name: stringify!($field),
                default_weight: $weight,
                unit: $unit,
                label: $label,
                description: $desc,
                part: Part::$part,
                omitted_when_zero: $omit,
            },)*
        ];

        impl Term {
            /// Every term, in the order of the files.
            pub const ALL: [Term; TERMS.len()] = [$(Term::$variant),*];

            /// This term's weight as a stop file gives it (None: the default applies).
            pub fn weight_in(self, w: &format::Weights) -> Option<f64> {
                match self {
                    $(Term::$variant => w.$field,)*
                }
            }

            /// This term's raw value in a solution file's objective.
            pub fn value_in(self, o: &format::Objective) -> f64 {
                match self {
                    $(Term::$variant => o.$field,)*
                }
            }

            fn value_mut(self, o: &mut format::Objective) -> &mut f64 {
                match self {
                    $(Term::$variant => &mut o.$field,)*
                }
            }
        }
    };
}

terms! {
    Clash => clash, 10.0, "weighted neighbour pairs", Stands, false,
        "neighbours of the same family, or of families that do not mix",
        "Neighbours that clash: two sellers of the same family, or of families that do not mix, side by side, facing or back to back.";
    ZoneBalance => zone_balance, 1.0, "exhibitors", Stands, false,
        "provinces off their fair share in each zone",
        "How far each province is from its fair share of every zone of the square.";
    PrimeBalance => prime_balance, 2.0, "exhibitors", Stands, false,
        "provinces off their fair share of the prime stands",
        "How far each province is from its fair share of the prime stands.";
    EmptyPrime => empty_prime, 10.0, "stands", Stands, false,
        "prime stands left empty",
        "Prime stands left empty.";
    MissedSession => missed_session, 5.0, "sessions", Sessions, false,
        "sessions an exhibitor registered for, held at the same time",
        "Sessions an exhibitor registered for but cannot attend, because another of its sessions runs at the same time.";
    Unattended => unattended, 1.0, "footfall-weighted slots", Sessions, false,
        "one-person stands left during a session, by footfall",
        "Slots in which a one-person stand is left for a session, weighted by the footfall of the slot.";
    NeighbourWatch => neighbour_watch, 1.0, "slots", Sessions, false,
        "neighbouring one-person stands both away at once",
        "Slots in which two neighbouring one-person stands are both away at sessions.";
    Rotation => rotation, 1.0, "earlier stops", Stands, true,
        "prime stands and zones had again over the tour",
        "Over a tour: prime stands and zones had again by those who had them at earlier stops.";
}

impl Term {
    /// The registry entry of this term.
    pub fn info(self) -> &'static TermInfo {
        &TERMS[self as usize]
    }

    /// The term's name in the files.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Whether a row for this raw value is shown to people: a term the format leaves out when
    /// it is 0 (rotation, outside a tour) is not.
    pub fn shown(self, raw: f64) -> bool {
        !(self.info().omitted_when_zero && raw == 0.0)
    }

    /// The term with this name in the files.
    pub fn from_name(name: &str) -> Option<Term> {
        TERMS.iter().find(|t| t.name == name).map(|t| t.term)
    }
}

/// One value per term.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PerTerm<T>([T; TERMS.len()]);

impl<T: Copy> PerTerm<T> {
    /// The same value for every term.
    pub fn splat(x: T) -> PerTerm<T> {
        PerTerm([x; TERMS.len()])
    }

    /// `(term, value)` in the order of the files.
    pub fn iter(&self) -> impl Iterator<Item = (Term, T)> + '_ {
        Term::ALL.iter().map(|&t| (t, self[t]))
    }
}

impl<T> Index<Term> for PerTerm<T> {
    type Output = T;
    fn index(&self, t: Term) -> &T {
        &self.0[t as usize]
    }
}

impl<T> IndexMut<Term> for PerTerm<T> {
    fn index_mut(&mut self, t: Term) -> &mut T {
        &mut self.0[t as usize]
    }
}

/// The weight of every term of a stop.
pub type Weights = PerTerm<f64>;

/// The raw value of every term for one layout.
pub type Values = PerTerm<f64>;

impl Default for Weights {
    /// The registry's default weights.
    fn default() -> Self {
        PerTerm(TERMS.map(|t| t.default_weight))
    }
}

impl Weights {
    /// The weights a stop file gives, the registry's defaults for the keys it leaves out.
    pub fn from_file(w: Option<&format::Weights>) -> Weights {
        let mut out = Weights::default();
        if let Some(w) = w {
            for t in Term::ALL {
                if let Some(x) = t.weight_in(w) {
                    out[t] = x;
                }
            }
        }
        out
    }

    /// Σ weight × term over the terms given, in the order of the files: the one place where a
    /// model, the search or the checker weighs its terms. Terms left out count 0.
    ///
    /// ```
    /// use caravane::terms::{Term, Weights};
    /// let w = Weights::default();
    /// assert_eq!(w.total([(Term::Clash, 1.5), (Term::EmptyPrime, 1.0)]), 25.0);
    /// ```
    pub fn total<X>(&self, terms: impl IntoIterator<Item = (Term, X)>) -> X
    where
        X: std::ops::Mul<f64, Output = X> + std::ops::Add<Output = X> + From<f64>,
    {
        let mut sum = X::from(0.0);
        for (t, x) in terms {
            sum = sum + x * self[t];
        }
        sum
    }

    /// The objective table of a solution: `(term, raw value, weight)` for every term, in the
    /// order of the files.
    pub fn table(&self, o: &format::Objective) -> Vec<(Term, f64, f64)> {
        Term::ALL
            .iter()
            .map(|&t| (t, t.value_in(o), self[t]))
            .collect()
    }

    /// Every row of a solution's objective table: the registry's terms, then the balance
    /// terms over other attributes the objective lists.
    pub fn rows(&self, o: &format::Objective) -> Vec<Row> {
        let mut out: Vec<Row> = (self.table(o).into_iter())
            .map(|(t, raw, weight)| Row {
                code: t.name().to_string(),
                term: Some(t),
                raw,
                weight,
            })
            .collect();
        out.extend(o.balance.iter().map(|b| Row {
            code: balance_code(&b.attribute, b.over),
            term: None,
            raw: b.value,
            weight: b.weight,
        }));
        out
    }

    /// Whether a term counts at all (its weight is above 0).
    pub fn counts(&self, t: Term) -> bool {
        self[t] > 0.0
    }

    /// The weights of a stop file's rules: [`Weights::from_file`], then the province entries
    /// of its `balance` list, which set the two province terms.
    pub fn of_rules(rules: Option<&format::Rules>) -> Weights {
        let mut out = Weights::from_file(rules.and_then(|r| r.weights.as_ref()));
        for b in rules.map_or(&[][..], |r| &r.balance[..]) {
            if b.attribute == PROVINCE {
                for side in sides(b.over) {
                    let term = province_term(side);
                    out[term] = b.weight.unwrap_or(term.info().default_weight);
                }
            }
        }
        out
    }
}

/// One row of an objective table: a registry term, or a balance term over another attribute
/// than the province (`term` None, `code` `balance/ATTRIBUTE/SIDE`).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The term's code in the files.
    pub code: String,
    /// The registry's term, when it is one.
    pub term: Option<Term>,
    /// Its raw value.
    pub raw: f64,
    /// Its weight.
    pub weight: f64,
}

impl Row {
    /// Whether the row is shown to people (see [`Term::shown`]).
    pub fn shown(&self) -> bool {
        self.term.is_none_or(|t| t.shown(self.raw))
    }
}

/// The attribute every stop balances unless told otherwise.
pub const PROVINCE: &str = "province";

/// The attributes of the format a `balance` rule may name besides the exhibitors' own
/// `attributes`.
pub const BUILT_IN_ATTRIBUTES: [&str; 4] = [PROVINCE, "category", "form", "women_led"];

/// One balance term over an attribute other than the province: the attribute, the side
/// (`Zones` or `Prime`, never `Both`) and its weight.
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceRule {
    /// The attribute, as the rule names it.
    pub attribute: String,
    /// `Zones` or `Prime`.
    pub over: format::Over,
    /// Its weight.
    pub weight: f64,
}

impl BalanceRule {
    /// The term's code in explanations: `balance/ATTRIBUTE/zones` or `balance/ATTRIBUTE/prime`.
    ///
    /// ```
    /// use caravane::format::Over;
    /// use caravane::terms::BalanceRule;
    /// let r = BalanceRule { attribute: "women_led".into(), over: Over::Prime, weight: 2.0 };
    /// assert_eq!(r.code(), "balance/women_led/prime");
    /// assert_eq!(BalanceRule::parse_code(&r.code()), Some(("women_led".into(), Over::Prime)));
    /// ```
    pub fn code(&self) -> String {
        balance_code(&self.attribute, self.over)
    }

    /// The attribute and side a code names.
    pub fn parse_code(code: &str) -> Option<(String, format::Over)> {
        let rest = code.strip_prefix("balance/")?;
        let (attribute, side) = rest.rsplit_once('/')?;
        let over = match side {
            "zones" => format::Over::Zones,
            "prime" => format::Over::Prime,
            _ => return None,
        };
        Some((attribute.to_string(), over))
    }
}

/// The code of the balance term over `attribute` on one side (see [`BalanceRule::code`]).
pub fn balance_code(attribute: &str, over: format::Over) -> String {
    let side = match over {
        format::Over::Prime => "prime",
        _ => "zones",
    };
    format!("balance/{attribute}/{side}")
}

/// The sides a rule's `over` stands for: `Both` is the zones, then the prime stands.
pub fn sides(over: format::Over) -> Vec<format::Over> {
    match over {
        format::Over::Both => vec![format::Over::Zones, format::Over::Prime],
        side => vec![side],
    }
}

/// The province term of a side.
pub fn province_term(side: format::Over) -> Term {
    match side {
        format::Over::Prime => Term::PrimeBalance,
        _ => Term::ZoneBalance,
    }
}

/// The balance terms of a stop file's rules over attributes other than the province, one per
/// attribute and side, in the rules' order; a rule's weight defaults to that of the province
/// term of its side.
pub fn balance_rules(rules: Option<&format::Rules>) -> Vec<BalanceRule> {
    let mut out = Vec::new();
    for b in rules.map_or(&[][..], |r| &r.balance[..]) {
        if b.attribute == PROVINCE {
            continue;
        }
        for over in sides(b.over) {
            out.push(BalanceRule {
                attribute: b.attribute.clone(),
                over,
                weight: b
                    .weight
                    .unwrap_or(province_term(over).info().default_weight),
            });
        }
    }
    out
}

impl Values {
    /// The raw values of a solution file's objective.
    pub fn of(o: &format::Objective) -> Values {
        let mut v = Values::splat(0.0);
        for t in Term::ALL {
            v[t] = t.value_in(o);
        }
        v
    }

    /// The objective of the solution file: these values and their weighted total.
    pub fn objective(&self, weights: &Weights) -> format::Objective {
        let mut o = format::Objective {
            total: weights.total(self.iter()),
            ..Default::default()
        };
        for (t, x) in self.iter() {
            *t.value_mut(&mut o) = x;
        }
        o
    }
}

/// An objective with every value passed through `f` (to round away float noise, say).
pub fn map_objective(o: &format::Objective, f: impl Fn(f64) -> f64) -> format::Objective {
    let mut out = format::Objective {
        total: f(o.total),
        ..Default::default()
    };
    for t in Term::ALL {
        *t.value_mut(&mut out) = f(t.value_in(o));
    }
    out.balance = (o.balance.iter())
        .map(|b| format::BalanceValue {
            value: f(b.value),
            ..b.clone()
        })
        .collect();
    out
}
