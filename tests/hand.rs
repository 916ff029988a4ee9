//! Changes by hand, as a specification: `move` and `swap` keep every hard rule or refuse with
//! the rule and the reason, tell what the change costs term by term with the checker's reasons,
//! and write a solution that claims no more than holds.

use caravane::check::{fingerprint, verify, Code, Standing};
use caravane::format::{Problem, Solution, Status};
use caravane::i18n::{scoped, Lang};
use caravane::planning::hand::{apply, Change, Handed, Refusal};
use caravane::stop::load::{read_problem, read_solution};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn instance(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(file)
}

/// The shipped stop of Taroudant and its shipped plan (optimal: total 12.30, bound 12.30).
fn taroudant() -> (Problem, Solution) {
    (
        read_problem(&instance("taroudant-2025.problem.json")).unwrap(),
        read_solution(&instance("taroudant-2025.solution.json")).unwrap(),
    )
}

/// Who has a stand in a solution.
fn on(solution: &Solution, stand: &str) -> String {
    solution
        .assignments
        .iter()
        .find(|a| a.stand == stand)
        .unwrap_or_else(|| panic!("someone is on {stand}"))
        .exhibitor
        .clone()
}

fn swap(problem: &Problem, solution: &Solution, a: &str, b: &str) -> Result<Handed, Refusal> {
    apply(
        "taroudant-2025",
        problem,
        solution,
        Change::Swap {
            first: a,
            second: b,
        },
    )
}

fn move_to(problem: &Problem, solution: &Solution, who: &str, to: &str) -> Result<Handed, Refusal> {
    apply(
        "taroudant-2025",
        problem,
        solution,
        Change::Move { exhibitor: who, to },
    )
}

/// The occupants of A06 and B08 swapped: two one-person stands, one now beside another one-person
/// stand whose keeper is at the same session.
fn a06_b08(problem: &Problem, solution: &Solution) -> Handed {
    let (a, b) = (on(solution, "A06"), on(solution, "B08"));
    swap(problem, solution, &a, &b).expect("the swap keeps every rule")
}

#[test]
fn a_swap_costs_what_the_checker_says_term_by_term_with_its_reasons() {
    let (problem, solution) = taroudant();
    let done = a06_b08(&problem, &solution);
    let changed: Vec<(&str, f64)> = done
        .terms
        .iter()
        .map(|t| (t.term.as_str(), t.change))
        .collect();
    assert_eq!(changed, [("neighbour_watch", 1.0), ("total", 1.0)]);
    assert_eq!(done.terms.last().unwrap().after, 13.3);
    assert!(done.gone.is_empty(), "{:?}", done.gone);
    assert_eq!(done.new.len(), 1);
    let why = &done.new[0];
    assert_eq!(why.term, "neighbour_watch");
    assert!(why.stands.contains(&"B08".to_string()), "{why:?}");
    assert_eq!(done.moves.len(), 2);
    assert_eq!(done.moves[0].to, "B08", "the exhibitor of A06 goes to B08");
    assert_eq!(done.moves[1].to, "A06");
}

#[test]
fn the_swapped_solution_claims_no_more_than_holds() {
    let (problem, solution) = taroudant();
    let done = a06_b08(&problem, &solution);
    let s = &done.solution;
    assert_eq!(s.status, Status::Feasible, "13.30 does not meet the bound");
    assert_eq!(s.bound, Some(12.3), "the stop's proven bound, carried");
    assert_eq!(s.objective.as_ref().unwrap().total, 13.3);
    let gap = s.gap.unwrap();
    assert!((gap - 1.0 / 13.3).abs() < 1e-9, "{gap}");
    assert_eq!(
        s.problem_sha256.as_deref(),
        Some(fingerprint(&problem).as_str())
    );
    assert_eq!(s.sessions, solution.sessions, "the sessions are kept");
    assert_eq!(s.seconds, 0.0, "nothing was solved");
    let verdict = verify("taroudant-2025", &problem, s);
    assert!(verdict.passed(), "{verdict}");
    assert_eq!(verdict.claim, done.claim);
    assert_eq!(done.claim.status, Standing::Feasible);
    assert!(
        !done.claim.changed_by_hand,
        "the file says what its layout costs"
    );
    assert!(done
        .notes
        .iter()
        .any(|n| n.starts_with("les rencontres gardent leurs salles et leurs créneaux")));
    assert!(done
        .notes
        .iter()
        .any(|n| n.contains("la borne est celle prouvée quand l’étape a été résolue")));
    // The same notes in English.
    let done = scoped(Lang::En, || a06_b08(&problem, &solution));
    assert!(done.notes.iter().any(|n| n.contains("sessions keep")));
    assert!(done
        .notes
        .iter()
        .any(|n| n.contains("proven when the stop was solved")));
}

#[test]
fn swapping_back_is_optimal_again() {
    let (problem, solution) = taroudant();
    let there = a06_b08(&problem, &solution);
    let back = a06_b08(&problem, &there.solution);
    assert_eq!(back.solution.status, Status::Optimal);
    assert_eq!(back.solution.gap, Some(0.0));
    assert_eq!(back.solution.assignments, solution.assignments);
    assert_eq!(back.terms.last().unwrap().change, -1.0);
    assert_eq!(back.gone.len(), 1, "the neighbour_watch cost goes");
}

#[test]
fn a_move_onto_a_taken_stand_is_refused_with_the_advice_to_swap() {
    let (problem, solution) = taroudant();
    let who = on(&solution, "B08");
    let refusal = move_to(&problem, &solution, "coop-tamaynut", "B08").unwrap_err();
    assert!(
        matches!(&refusal, Refusal::Taken { by, .. } if *by == who),
        "{refusal:?}"
    );
    assert!(
        refusal
            .to_string()
            .contains("échangez leurs stands avec swap"),
        "{refusal}"
    );
    assert!(
        scoped(Lang::En, || refusal.to_string()).contains("swap the two exhibitors"),
        "{refusal}"
    );
}

#[test]
fn a_change_that_breaks_a_rule_is_refused_naming_the_rule_and_why() {
    let (problem, solution) = taroudant();
    let free = "B11";
    assert!(solution.assignments.iter().all(|a| a.stand != free));
    // The caterer, pinned to D12, who needs water and electricity, onto a bare stand.
    // The checker's own sentences, in English.
    let Err(Refusal::Breaks(broken)) = scoped(Lang::En, || {
        move_to(&problem, &solution, "coop-imensi", free)
    }) else {
        panic!("refused")
    };
    let codes: Vec<Code> = broken.iter().map(|v| v.code).collect();
    assert_eq!(codes, [Code::UnmetNeed, Code::UnmetNeed, Code::BrokenPin]);
    assert!(broken[0].text.contains("\"electricity\""), "{}", broken[0]);
    // Coopérative Tamaynut may not stand on C10.
    let c10 = on(&solution, "C10");
    let Err(refusal) = swap(&problem, &solution, "coop-tamaynut", &c10) else {
        panic!("refused")
    };
    assert!(
        matches!(&refusal, Refusal::Breaks(v) if v.iter().any(|v| v.code == Code::ForbiddenStand)),
        "{refusal}"
    );
    assert!(
        refusal
            .to_string()
            .starts_with("le changement enfreindrait une règle de l’étape : ")
            && refusal.to_string().contains("[forbidden-stand]"),
        "{refusal}"
    );
    assert!(
        scoped(Lang::En, || refusal.to_string())
            .starts_with("the change would break a rule of the stop: "),
        "{refusal}"
    );
}

#[test]
fn a_move_to_a_free_stand_keeps_the_sessions_and_every_other_stand() {
    let (problem, solution) = taroudant();
    let done = move_to(&problem, &solution, "coop-tamaynut", "B11").unwrap();
    let before: Vec<_> = solution
        .assignments
        .iter()
        .filter(|a| a.exhibitor != "coop-tamaynut")
        .collect();
    let after: Vec<_> = done
        .solution
        .assignments
        .iter()
        .filter(|a| a.exhibitor != "coop-tamaynut")
        .collect();
    assert_eq!(before, after);
    assert_eq!(on(&done.solution, "B11"), "coop-tamaynut");
    assert_eq!(done.solution.sessions, solution.sessions);
    assert!(verify("taroudant-2025", &problem, &done.solution).passed());
    let total = done.terms.last().unwrap();
    assert!(total.change > 0.0, "leaving a balanced zone costs");
}

#[test]
fn unknown_ids_and_a_swap_with_oneself_are_refused() {
    let (problem, solution) = taroudant();
    assert_eq!(
        move_to(&problem, &solution, "nobody", "B11").unwrap_err(),
        Refusal::UnknownExhibitor("nobody".into())
    );
    assert_eq!(
        move_to(&problem, &solution, "coop-tamaynut", "Z99").unwrap_err(),
        Refusal::UnknownStand("Z99".into())
    );
    assert_eq!(
        swap(&problem, &solution, "coop-tamaynut", "coop-tamaynut").unwrap_err(),
        Refusal::SameExhibitor("coop-tamaynut".into())
    );
    let mut none = solution.clone();
    none.status = Status::Infeasible;
    none.assignments.clear();
    assert_eq!(
        swap(&problem, &none, "coop-tamaynut", "coop-imensi").unwrap_err(),
        Refusal::NoLayout(Status::Infeasible)
    );
}

#[test]
fn without_a_fingerprint_of_this_stop_the_bound_is_proven_anew() {
    let (problem, mut solution) = taroudant();
    solution.problem_sha256 = None;
    let done = a06_b08(&problem, &solution);
    let bound = done.solution.bound.unwrap();
    assert!(
        bound < 12.3 && bound > 0.0,
        "the count model's bound: {bound}"
    );
    assert!(done
        .notes
        .iter()
        .any(|n| n.contains("le modèle des comptes prouve maintenant")));
    assert_eq!(done.solution.status, Status::Feasible);
    assert!(verify("taroudant-2025", &problem, &done.solution).passed());
    // Made for another content of the stop file: the same.
    let (problem, mut solution) = taroudant();
    solution.problem_sha256 = Some("0".repeat(64));
    let done = a06_b08(&problem, &solution);
    assert_eq!(done.solution.bound, Some(bound));
    assert!(done
        .notes
        .iter()
        .any(|n| n.starts_with("le fichier d’étape a changé depuis l’ancienne solution")));
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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A folder holding a copy of the shipped stop and plan.
fn scratch(test: &str) -> (PathBuf, PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("caravane-hand-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let problem = dir.join("taroudant-2025.problem.json");
    let solution = dir.join("taroudant-2025.solution.json");
    std::fs::copy(instance("taroudant-2025.problem.json"), &problem).unwrap();
    std::fs::copy(instance("taroudant-2025.solution.json"), &solution).unwrap();
    (dir, problem, solution)
}

#[test]
fn swap_writes_the_new_plan_beside_the_old_and_report_plan_and_check_claim_no_optimum() {
    let (dir, problem, solution) = scratch("swap");
    let (_, shipped) = taroudant();
    let (a, b) = (on(&shipped, "A06"), on(&shipped, "B08"));
    let (p, s) = (problem.to_str().unwrap(), solution.to_str().unwrap());
    let o = caravane(&["swap", p, s, &a, &b]);
    let moved = dir.join("taroudant-2025.moved.solution.json");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("écrit\u{a0}: {}", moved.display())));
    let out = stdout(&o);
    assert!(out.contains(&format!("{a}: A06 → B08")), "{out}");
    assert!(
        out.contains("Voisins absents ensemble") && out.contains("+1"),
        "{out}"
    );
    assert!(out.contains("coûts qui apparaissent\u{a0}:"), "{out}");
    assert!(
        out.contains(
            "ce qui tient\u{a0}: réalisable — objectif 13,30, borne prouvée 12,30, écart 7,52\u{a0}%"
        ),
        "{out}"
    );
    // In English.
    let o = caravane(&["swap", p, s, &a, &b, "--lang", "en"]);
    assert!(stderr(&o).contains(&format!("wrote {}", moved.display())));
    let out = stdout(&o);
    assert!(
        out.contains("Neighbours away together") && out.contains("+1"),
        "{out}"
    );
    assert!(out.contains("costs that come:"), "{out}");
    assert!(
        out.contains("what holds: feasible — objective 13.30"),
        "{out}"
    );
    let m = moved.to_str().unwrap();
    let o = caravane(&["check", p, m]);
    let checked = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{checked}");
    assert!(
        checked.contains("affirmations du fichier\u{a0}: toutes vérifiées"),
        "{checked}"
    );
    assert!(!checked.contains("optimal"), "{checked}");
    let (html, svg) = (dir.join("r.html"), dir.join("p.svg"));
    assert_eq!(
        caravane(&["report", m, "--html", html.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        caravane(&["plan", m, "--svg", svg.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let html = std::fs::read_to_string(html).unwrap();
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(!html.contains("class=\"status optimal\"") && !html.contains("l’a prouvé"));
    assert!(
        html.contains("objectif <strong>13,30</strong>, borne prouvée 12,30, écart 7,52\u{a0}%")
    );
    assert!(!html.contains("résolu en"), "nothing was solved");
    assert!(!svg.contains("optimal"));
    assert!(svg.contains("réalisable — objectif 13,30, borne prouvée 12,30, écart 7,52\u{a0}%"));
}

#[test]
fn a_refused_move_exits_2_says_why_and_writes_nothing() {
    let (dir, problem, solution) = scratch("refused");
    let (_, shipped) = taroudant();
    let (p, s) = (problem.to_str().unwrap(), solution.to_str().unwrap());
    let out = dir.join("new.solution.json");
    let o = caravane(&[
        "move",
        p,
        s,
        "--exhibitor",
        "coop-tamaynut",
        "--to",
        "B08",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let said = stderr(&o);
    assert!(said.contains("le stand B08 est occupé par"), "{said}");
    assert!(
        said.contains(&format!(
            "caravane swap {p} {s} coop-tamaynut {}",
            on(&shipped, "B08")
        )),
        "{said}"
    );
    assert!(!out.exists());
    let o = caravane(&[
        "move",
        p,
        s,
        "--exhibitor",
        "coop-imensi",
        "--to",
        "B11",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("[broken-pin]"), "{}", stderr(&o));
    assert!(!out.exists());
}
