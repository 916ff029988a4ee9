//! What a planner is told about a plan's quality is true after any change.
//!
//! * A solution file records the stop it was made for (`problem_sha256`), and the fingerprint
//!   does not depend on how the stop file is written.
//! * Every status shown — `check`, the floor plan, the report — is the checker's claim, derived
//!   from the layout and the stop file as they are: a layout changed by hand is `feasible` with
//!   its true total, the stop's proven bound and the honest gap, never `optimal` unless it meets
//!   the bound; a stop file changed since voids the bound.
//! * What the file claims that does not hold is its own section of `check`, with its own codes,
//!   apart from the hard rules; each code is reported when one mutation breaks that claim.

use caravane::check::{claim, fingerprint, verify, Code, ProblemMatch, Standing, Verdict};
use caravane::format::*;
use caravane::i18n::{self, Lang};
use caravane::stop::load::{parse_problem, read_problem, read_solution};
use caravane::stop::model::Stop;
use caravane::view::floor_plan::plan_svg;
use caravane::view::report::report_html;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn instance(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(file)
}

/// A stop file and a plan of it.
struct Case {
    problem: Problem,
    solution: Solution,
}

/// The shipped stop of Taroudant and its shipped plan (optimal: total 12.30, bound 12.30).
fn taroudant() -> Case {
    Case {
        problem: read_problem(&instance("taroudant-2025.problem.json")).unwrap(),
        solution: read_solution(&instance("taroudant-2025.solution.json")).unwrap(),
    }
}

/// The shipped plan with the exhibitors of stands A06 and B08 swapped in the file, as a planner
/// edits it by hand: the objective, status, bound and gap are left as they were.
fn swapped_by_hand() -> Case {
    let mut case = taroudant();
    case.swap_stands("A06", "B08");
    case
}

impl Case {
    fn verdict(&self) -> Verdict {
        verify("taroudant-2025", &self.problem, &self.solution)
    }

    fn total(&self) -> f64 {
        self.solution.objective.as_ref().unwrap().total
    }

    /// Swaps the occupants of two stands in the file.
    fn swap_stands(&mut self, a: &str, b: &str) {
        for x in &mut self.solution.assignments {
            if x.stand == a {
                x.stand = b.into();
            } else if x.stand == b {
                x.stand = a.into();
            }
        }
    }

    fn report(&self) -> String {
        let stop = Stop::new("taroudant-2025", &self.problem);
        report_html(
            &self.problem,
            &stop,
            &self.solution,
            caravane::i18n::Lang::En,
        )
        .unwrap()
    }

    fn plan(&self) -> String {
        let stop = Stop::new("taroudant-2025", &self.problem);
        plan_svg(&self.problem, &stop, &self.solution, Lang::Fr)
    }
}

/// The layout's total, as the checker recomputes it.
fn recomputed(case: &Case) -> f64 {
    caravane::check::check(&case.problem, &case.solution)
        .objective
        .total
}

fn codes(list: &[caravane::check::Violation]) -> Vec<Code> {
    list.iter().map(|v| v.code).collect()
}

// ---------------------------------------------------------------------------------------------
// A layout changed by hand.

#[test]
fn a_layout_swapped_by_hand_is_feasible_with_its_true_total_the_proven_bound_and_the_honest_gap() {
    let case = swapped_by_hand();
    let total = recomputed(&case);
    assert!((total - 13.3).abs() < 1e-9, "{total}");
    let verdict = case.verdict();
    assert!(
        verdict.violations.is_empty(),
        "no hard rule is broken:\n{verdict}"
    );
    assert_eq!(
        codes(&verdict.claims),
        [Code::ObjectiveDiffers, Code::StaleClaim],
        "{verdict}"
    );
    assert!(!verdict.passed());
    let c = &verdict.claim;
    assert_eq!(c.status, Standing::Feasible);
    assert_eq!(c.total, Some(total));
    assert_eq!(
        c.bound,
        Some(12.3),
        "the stop's bound holds for every layout"
    );
    let gap = (total - 12.3) / total;
    assert!((c.gap.unwrap() - gap).abs() < 1e-12);
    assert!(c.changed_by_hand);
    assert_eq!(c.problem, ProblemMatch::Same);
    let text = verdict.to_string();
    assert!(
        text.contains("règles impératives\u{a0}: toutes respectées"),
        "{text}"
    );
    assert!(
        text.contains("affirmations du fichier\u{a0}: 2 ne tiennent pas"),
        "{text}"
    );
    assert!(
        text.contains(
            "ce qui est établi\u{a0}: réalisable — objectif 13,30, borne prouvée 12,30, écart \
             7,52\u{a0}% — modifié à la main depuis sa résolution"
        ),
        "{text}"
    );
    // The same verdict in English, and in Arabic.
    let (en, ar) = (
        i18n::scoped(Lang::En, || case.verdict().to_string()),
        i18n::scoped(Lang::Ar, || case.verdict().to_string()),
    );
    assert!(en.contains("hard constraints: all kept"), "{en}");
    assert!(en.contains("claims: 2 do not hold"), "{en}");
    assert!(
        en.contains(
            "what holds: feasible — objective 13.30, proven bound 12.30, gap 7.52 % — changed by \
             hand since it was solved"
        ),
        "{en}"
    );
    assert!(ar.contains("القيود الإلزامية: كلها محترمة"), "{ar}");
    assert!(ar.contains("عُدّل يدويا منذ حله"), "{ar}");
    // The claim every view shows is the same.
    assert_eq!(claim(&case.problem, &case.solution), verdict.claim);
}

#[test]
fn the_report_of_a_layout_swapped_by_hand_claims_no_optimum_and_warns() {
    let html = swapped_by_hand().report();
    assert!(!html.contains("proved it"), "no proof is claimed");
    assert!(!html.contains("class=\"status optimal\""));
    assert!(html.contains("class=\"status feasible\""));
    assert!(html.contains("Changed by hand since it was solved"));
    assert!(
        html.contains("objective <strong>13.30</strong>, proven bound 12.30, gap 7.52 %"),
        "the true total, the proven bound and the honest gap"
    );
    assert!(!html.contains("solved in"), "the layout was not solved so");
    // The unchanged plan still claims its proof, without a warning.
    let shipped = taroudant().report();
    assert!(shipped.contains("class=\"status optimal\""));
    assert!(shipped.contains("Caravane proved it"));
    assert!(!shipped.contains("class=\"stale\""));
}

#[test]
fn the_floor_plan_of_a_layout_swapped_by_hand_claims_no_optimum_and_warns() {
    let svg = swapped_by_hand().plan();
    assert!(!svg.contains("optimal"), "the subtitle claims no optimum");
    assert!(svg.contains("réalisable — objectif 13,30, borne prouvée 12,30, écart 7,52\u{a0}%"));
    assert!(svg.contains("id=\"warning\""));
    assert!(svg.contains("Modifié à la main depuis sa résolution"));
    let shipped = taroudant().plan();
    assert!(shipped.contains("optimal — objectif 12,30, borne prouvée 12,30, écart 0\u{a0}%"));
    assert!(!shipped.contains("id=\"warning\""));
}

#[test]
fn a_hand_edit_that_reaches_the_proven_bound_is_optimal() {
    // The file claims the swapped layout, feasible at 13.30 within 7.52 % of the bound 12.30…
    let mut case = swapped_by_hand();
    let total = recomputed(&case);
    let o = case.solution.objective.as_mut().unwrap();
    o.neighbour_watch = 1.0;
    o.total = total;
    case.solution.status = Status::Feasible;
    case.solution.gap = Some((total - 12.3) / total);
    assert!(case.verdict().passed(), "{}", case.verdict());
    // …and the planner swaps the two back by hand: the total meets the stop's bound.
    case.swap_stands("A06", "B08");
    let verdict = case.verdict();
    assert_eq!(verdict.claim.status, Standing::Optimal, "{verdict}");
    assert_eq!(verdict.claim.gap, Some(0.0));
    assert_eq!(
        codes(&verdict.claims),
        [Code::ObjectiveDiffers, Code::StaleClaim],
        "the file's total and gap held for the layout it was written with"
    );
}

// ---------------------------------------------------------------------------------------------
// The stop the solution was made for.

#[test]
fn the_shipped_solution_records_the_shipped_stop() {
    let case = taroudant();
    assert_eq!(
        case.solution.problem_sha256.as_deref(),
        Some(fingerprint(&case.problem).as_str())
    );
    let verdict = case.verdict();
    assert!(verdict.passed(), "{verdict}");
    assert_eq!(verdict.claim.problem, ProblemMatch::Same);
}

#[test]
fn a_stop_file_written_another_way_keeps_its_fingerprint_and_any_change_of_content_changes_it() {
    let text = std::fs::read_to_string(instance("taroudant-2025.problem.json")).unwrap();
    let original = parse_problem(&text).unwrap();
    // Keys in another order, no indentation, whole numbers written as decimals.
    let mut v: Value = serde_json::from_str(&text).unwrap();
    let width = v["stands"][0]["width"].as_f64().unwrap();
    v["stands"][0]["width"] = json!(width);
    let reordered: serde_json::Map<String, Value> = v
        .as_object()
        .unwrap()
        .iter()
        .rev()
        .map(|(k, x)| (k.clone(), x.clone()))
        .collect();
    let rewritten = serde_json::to_string(&Value::Object(reordered)).unwrap();
    assert_ne!(rewritten, text);
    let again = parse_problem(&rewritten).unwrap();
    assert_eq!(fingerprint(&again), fingerprint(&original));
    let mut moved = original.clone();
    moved.stands[0].x += 0.01;
    assert_ne!(fingerprint(&moved), fingerprint(&original));
    let mut renamed = original.clone();
    renamed.exhibitors[0].name.push('!');
    assert_ne!(fingerprint(&renamed), fingerprint(&original));
}

#[test]
fn a_stop_file_changed_since_voids_the_bound_everywhere() {
    let mut case = taroudant();
    let rules = case.problem.rules.get_or_insert_with(Default::default);
    rules
        .weights
        .get_or_insert_with(Default::default)
        .unattended = Some(2.0);
    let verdict = case.verdict();
    assert!(verdict.violations.is_empty());
    assert_eq!(
        codes(&verdict.claims),
        [Code::ProblemChanged, Code::ObjectiveDiffers],
        "{verdict}"
    );
    let c = &verdict.claim;
    assert_eq!((c.status, c.bound, c.gap), (Standing::Feasible, None, None));
    assert_eq!(c.problem, ProblemMatch::Changed);
    assert!(!c.changed_by_hand, "the stop changed, not the layout");
    assert!(verdict.to_string().contains(
        "ce qui est établi\u{a0}: réalisable — objectif 18,30, pas de borne prouvée — le fichier de \
         l’étape a changé depuis que cette solution a été faite"
    ));
    let html = case.report();
    assert!(html.contains("The stop file changed since this solution was made"));
    assert!(html.contains("objective <strong>18.30</strong>, no proven bound"));
    assert!(!html.contains("proven bound 12.30"));
    let svg = case.plan();
    assert!(svg.contains("réalisable — objectif 18,30, pas de borne prouvée"));
    assert!(!svg.contains("optimal"));
}

#[test]
fn an_old_file_without_a_fingerprint_stays_valid_with_a_note() {
    let mut case = taroudant();
    case.solution.problem_sha256 = None;
    let verdict = case.verdict();
    assert!(verdict.passed(), "{verdict}");
    assert_eq!(verdict.claim.status, Standing::Optimal);
    assert_eq!(verdict.claim.problem, ProblemMatch::NotRecorded);
    assert!(
        verdict
            .notes
            .iter()
            .any(|n| n.contains("n’indique pas pour quel fichier d’étape il a été fait")),
        "{verdict}"
    );
    // Written back, the file has no such field.
    let text = serde_json::to_string(&case.solution).unwrap();
    assert!(!text.contains("problem_sha256"));
}

// ---------------------------------------------------------------------------------------------
// The claims section of `check`: a code per claim, each broken by one mutation.

/// `verify` reports the code among the claims, never among the hard rules, in its sentences and
/// in its JSON.
fn assert_claims(case: &Case, code: Code) {
    assert!(code.is_claim());
    let verdict = case.verdict();
    assert!(!verdict.passed(), "{verdict}");
    assert!(codes(&verdict.claims).contains(&code), "{code}:\n{verdict}");
    assert!(!codes(&verdict.violations).contains(&code));
    let text = verdict.to_string();
    let claims = &text[text
        .find("affirmations du fichier\u{a0}: ")
        .expect("a claims section")..];
    assert!(claims.contains(&format!("  [{code}] ")), "{text}");
    let json = serde_json::to_value(&verdict).unwrap();
    let listed: Vec<&str> = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap())
        .collect();
    assert!(listed.contains(&code.as_str()), "{listed:?}");
}

macro_rules! mutations {
    ($( $(#[doc = $doc:expr])* $name:ident: $code:ident => $mutate:expr; )*) => {
        $(
            $(#[doc = $doc])*
            #[test]
            fn $name() {
                let mut case = taroudant();
                let mutate: fn(&mut Case) = $mutate;
                mutate(&mut case);
                assert_claims(&case, Code::$code);
            }
        )*

        /// The codes a mutation test breaks.
        const MUTATED: &[Code] = &[$(Code::$code),*];
    };
}

mutations! {
    /// Two exhibitors swapped by hand: the objective written is not the layout's.
    a_layout_changed_by_hand_has_an_objective_that_differs: ObjectiveDiffers => |c| {
        c.swap_stands("A06", "B08");
    };
    /// A stand of the square moved since the plan was made.
    a_stop_file_changed_since_is_a_problem_changed: ProblemChanged => |c| {
        c.problem.stands[0].x += 1.0;
    };
    /// `optimal` kept after a swap that costs more.
    optimal_kept_after_a_change_by_hand_is_a_stale_claim: StaleClaim => |c| {
        c.swap_stands("A06", "B08");
    };
    /// An optimal plan that gives no bound.
    a_status_with_a_layout_but_no_bound_has_no_bound: NoBound => |c| {
        c.solution.bound = None;
    };
    /// A bound above the layout's own total.
    a_bound_above_the_total_is_refused: BoundAboveTotal => |c| {
        c.solution.bound = Some(c.total() + 1.0);
    };
    /// A gap that does not follow from the total and the bound.
    a_gap_that_does_not_follow_is_wrong: WrongGap => |c| {
        c.solution.gap = Some(0.5);
    };
    /// Optimal, with a bound half the total and the gap that follows.
    optimal_with_a_gap_claims_too_much: OptimalWithGap => |c| {
        c.solution.bound = Some(c.total() / 2.0);
        c.solution.gap = Some(0.5);
    };
    /// A layout in a file whose status says there is none.
    a_layout_under_an_infeasible_status_is_unexpected: UnexpectedLayout => |c| {
        c.solution.status = Status::Infeasible;
    };
}

#[test]
fn every_claim_code_is_broken_by_a_mutation_test() {
    let untested: Vec<&str> = Code::CLAIMS
        .iter()
        .filter(|c| !MUTATED.contains(c))
        .map(|c| c.as_str())
        .collect();
    assert!(untested.is_empty(), "no mutation test for {untested:?}");
    assert!(Code::RULES.iter().all(|c| !c.is_claim()));
    assert_eq!(Code::RULES.len() + Code::CLAIMS.len(), Code::ALL.len());
}

#[test]
fn check_json_gives_the_claims_apart_from_the_hard_rules_and_what_holds() {
    let json = serde_json::to_value(swapped_by_hand().verdict()).unwrap();
    assert_eq!(json["violations"], json!([]));
    let listed: Vec<&str> = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["objective-differs", "stale-claim"]);
    let holds = &json["claim"];
    assert_eq!(holds["status"], "feasible");
    assert_eq!(holds["claimed"], "optimal");
    assert_eq!(holds["bound"], 12.3);
    assert_eq!(holds["changed_by_hand"], true);
    assert_eq!(holds["problem"], "same");
}

#[test]
fn what_a_file_claims_is_told_in_french_with_figures_the_french_way() {
    let verdict = swapped_by_hand().verdict();
    let texts: Vec<&str> = verdict.claims.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "l’objectif du fichier n’est pas ce que coûte son plan avec ce fichier d’étape \
             (voisins absents ensemble 0 → 1, total 12,30 → 13,30)\u{a0}: le plan a été modifié \
             depuis sa résolution",
            "le statut du fichier (optimal, écart nul) valait pour le plan tel qu’il a été résolu, \
             pas pour celui-ci\u{a0}: le plan coûte maintenant 13,30, 7,52\u{a0}% au-dessus de la \
             borne prouvée 12,30",
        ]
    );
    let mut case = taroudant();
    case.solution.status = Status::Infeasible;
    let verdict = case.verdict();
    let n = case.solution.assignments.len();
    assert_eq!(
        verdict.claims[0].text,
        format!("le fichier indique \"status\": \"infeasible\" mais contient {n} affectations")
    );
    assert_eq!(verdict.notes, Vec::<String>::new());
    assert_eq!(
        verdict.claim.meaning(),
        "Le fichier de solution indique qu’aucun plan ne respecte toutes les règles de cette \
         étape."
    );
}

#[test]
fn the_claim_is_told_in_the_language_a_document_asks_for() {
    let c = swapped_by_hand().verdict().claim;
    assert_eq!(
        c.headline_in(Lang::Fr),
        "réalisable — objectif 13,30, borne prouvée 12,30, écart 7,52\u{a0}% — modifié à la \
         main depuis sa résolution"
    );
    assert_eq!(
        c.headline_in(Lang::En),
        "feasible — objective 13.30, proven bound 12.30, gap 7.52 % — changed by hand since it \
         was solved"
    );
    assert_eq!(
        c.warning_in(Lang::En).unwrap(),
        "Changed by hand since it was solved: what the file claimed no longer holds"
    );
    assert_eq!(
        c.meaning_in(Lang::Fr),
        "Aucun plan de cette étape ne peut descendre sous la borne prouvée 12,30\u{a0}; celui-ci la \
         dépasse de 7,52\u{a0}%, il n’est donc pas prouvé qu’il soit le meilleur."
    );
    let ar = c.summary_in(Lang::Ar);
    assert!(ar.starts_with("صالح — الهدف "), "{ar}");
    assert!(ar.contains("13,30") && ar.contains("7,52"), "{ar}");
    assert_eq!(c.status.word(Lang::Ar), "صالح");
    // The current language is the one a command set; the claim's own words follow it.
    assert_eq!(
        i18n::scoped(Lang::En, || c.summary()),
        c.summary_in(Lang::En)
    );
    assert_eq!(c.summary(), c.summary_in(Lang::Fr));
}

// ---------------------------------------------------------------------------------------------
// The commands.

fn caravane(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caravane"))
        .env_remove("CARAVANE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("caravane-claims-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_file_edited_by_hand_fails_check_while_plan_and_report_draw_it_with_the_honest_claim() {
    let dir = scratch("edited");
    let problem = dir.join("taroudant-2025.problem.json");
    std::fs::copy(instance("taroudant-2025.problem.json"), &problem).unwrap();
    let case = swapped_by_hand();
    let solution = dir.join("taroudant-2025.solution.json");
    std::fs::write(
        &solution,
        serde_json::to_string_pretty(&case.solution).unwrap(),
    )
    .unwrap();
    let (p, s) = (problem.to_str().unwrap(), solution.to_str().unwrap());
    let o = caravane(&["check", p, s]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "the file says what is untrue");
    assert!(
        out.contains("règles impératives\u{a0}: toutes respectées"),
        "{out}"
    );
    assert!(out.contains("[stale-claim]"), "{out}");
    let html = dir.join("r.html");
    let svg = dir.join("p.svg");
    let o = caravane(&["report", s, "--html", html.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let o = caravane(&["plan", s, "--svg", svg.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let html = std::fs::read_to_string(html).unwrap();
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(html.contains("Modifié à la main") && !html.contains("l’a prouvé"));
    assert!(svg.contains("Modifié à la main") && !svg.contains("optimal"));
}

// ---------------------------------------------------------------------------------------------
// How close a figure of the file must be to the recomputed one.

/// Figures are written rounded to 1e-9 and solvers carry float noise, so `check` takes a figure
/// of the file as agreeing when it is within 1e-6 × max(1, |recomputed|) of the recomputed one
/// (docs/commands.md): half of that passes, twice that is a claim that does not hold.
#[test]
fn a_total_agrees_within_a_millionth_of_itself_and_no_further() {
    let case = taroudant();
    let tolerance = 1e-6 * recomputed(&case).abs().max(1.0);
    let with_total = |off: f64| {
        let mut c = taroudant();
        c.solution.objective.as_mut().unwrap().total = recomputed(&c) + off;
        c.verdict()
    };
    let close = with_total(0.5 * tolerance);
    assert!(
        close.terms.iter().all(|t| t.agrees),
        "half the tolerance off must agree"
    );
    let far = with_total(2.0 * tolerance);
    let total = far.terms.iter().find(|t| t.term == "total").unwrap();
    assert!(!total.agrees, "twice the tolerance off must not agree");
    assert!(!far.passed());
    assert!(
        case.total() > 1.0,
        "the relative part of the tolerance is what is tested"
    );
}
