//! Late changes to an announced plan: nobody moves without a reason, a newcomer costs the
//! fewest moves the best plan allows, the best free stand is the one a re-plan without moves
//! picks, a session leaves its announced room or slots only when the move cost allows it, and
//! the file says truthfully why the search ended.

use caravane::format::{Assignment, Exhibitor, Problem, SessionPlan, Solution, Status, Stopped};
use caravane::planning::replan::{recommend, replan, Priority, ReplanOptions, Replanned};
use caravane::solve::Options;
use caravane::stop::load::{parse_problem, read_problem, read_solution};
use caravane::stop::model::Stop;
use caravane::view::report::report_html;
use serde_json::json;
use std::path::Path;

fn taroudant() -> (Problem, Solution) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances");
    (
        read_problem(&dir.join("taroudant-2025.problem.json")).unwrap(),
        read_solution(&dir.join("taroudant-2025.solution.json")).unwrap(),
    )
}

/// A saffron cooperative of Taroudant arriving late: saffron sellers are many, so most free
/// stands put it next to one.
fn with_newcomer(mut p: Problem) -> Problem {
    p.exhibitors.push(Exhibitor {
        id: "coop-late-saffron".into(),
        name: "Coopérative Zaafrane Tardive".into(),
        province: "taroudant".into(),
        family: "saffron".into(),
        form: None,
        women_led: true,
        staff: 2,
        home: Some("Taliouine".into()),
        needs: vec![],
        sessions: vec![],
        extra: Default::default(),
        attributes: Default::default(),
    });
    p
}

/// The titles of the sessions a re-plan moves.
fn titles(done: &Replanned) -> Vec<String> {
    done.sessions_moved
        .iter()
        .map(|m| m.title.clone())
        .collect()
}

fn checked(p: &Problem, s: &Solution) {
    let v = caravane::check::verify("t", p, s);
    assert!(v.violations.is_empty(), "{v}");
    assert!(v.terms.iter().all(|t| t.agrees), "{v}");
}

#[test]
fn a_withdrawal_moves_nobody() {
    let (mut p, old) = taroudant();
    // The cooperative on the first stand withdraws the day before.
    let gone = old.assignments[0].exhibitor.clone();
    p.exhibitors.retain(|e| e.id != gone);
    let done = replan("taroudant-2025", &p, &old, &ReplanOptions::default()).unwrap();
    assert_eq!(done.chosen_moves, 0, "{:?}", done.moves);
    assert!(done.moves.is_empty());
    assert_eq!(done.stopped, Stopped::Proved);
    assert!(done.sessions_kept);
    checked(&p, &done.solution);
    for a in &done.solution.assignments {
        let was = old
            .assignments
            .iter()
            .find(|b| b.exhibitor == a.exhibitor)
            .unwrap();
        assert_eq!(was.stand, a.stand);
    }
}

#[test]
fn a_newcomer_next_to_its_own_family_moves_just_that_neighbour() {
    let (mut p, old) = taroudant();
    let stop = Stop::new("taroudant-2025", &p);
    let occupant = |s: usize| {
        old.assignments
            .iter()
            .find(|a| a.stand == stop.stands[s].id)
            .and_then(|a| stop.exhibitors.iter().position(|x| x.id == a.exhibitor))
    };
    // A free stand with a side neighbour whose family no other neighbour of the stand has,
    // and who is not pinned there.
    let (free, neighbour) = (0..stop.stands.len())
        .filter(|&s| occupant(s).is_none())
        .find_map(|s| {
            let around: Vec<(usize, caravane::format::EdgeKind)> = stop
                .venue
                .neighbours(s)
                .filter(|&(t, _)| occupant(t).is_some())
                .collect();
            around.iter().find_map(|&(t, kind)| {
                let e = occupant(t)?;
                let f = stop.exhibitors[e].family;
                let alone = around
                    .iter()
                    .filter(|&&(u, _)| occupant(u).is_some_and(|o| stop.exhibitors[o].family == f))
                    .count()
                    == 1;
                let pinned = stop.pins.iter().any(|&(x, _)| x == e);
                (kind == caravane::format::EdgeKind::Side && alone && !pinned).then_some((s, e))
            })
        })
        .expect("taroudant has such a free stand");
    // The newcomer sells what that neighbour sells, and the organisers pin it to that stand.
    let family = stop.families[stop.exhibitors[neighbour].family].id.clone();
    p = with_newcomer(p);
    p.exhibitors.last_mut().unwrap().family = family;
    p.pins.push(caravane::format::Pin {
        exhibitor: "coop-late-saffron".into(),
        stand: stop.stands[free].id.clone(),
    });
    let done = replan("taroudant-2025", &p, &old, &ReplanOptions::default()).unwrap();
    checked(&p, &done.solution);
    assert_eq!(done.stopped, Stopped::Proved);
    // No side-by-side clash is left (a back-to-back one, 2.5, costs less than a second move).
    assert!(done.solution.objective.as_ref().unwrap().clash < 0.5);
    // One clash costs 10 and a move 5: the neighbour moves, and nobody else.
    assert_eq!(done.chosen_moves, 1, "{:?}", done.moves);
    let moved: Vec<&str> = done
        .moves
        .iter()
        .filter(|m| !m.forced)
        .map(|m| m.exhibitor.as_str())
        .collect();
    assert_eq!(moved, vec![stop.exhibitors[neighbour].id.as_str()]);
    // The move says what it saves: more than it costs, or it would not be made.
    let chosen = done.moves.iter().find(|m| !m.forced).unwrap();
    let saves = chosen.saves.expect("it can go back alone");
    assert!(saves > 5.0, "{}", chosen.why);
    let figure = caravane::i18n::numbers::figure(caravane::i18n::Lang::Fr, saves);
    assert!(
        chosen.why.contains(&format!("choisi : fait gagner {figure} (le plan entier coûterait {figure} de plus s’il revenait au stand ")),
        "{}",
        chosen.why
    );
    // Without any move the clash stays, and the plan costs more than the move did.
    let frozen = replan(
        "taroudant-2025",
        &p,
        &old,
        &ReplanOptions {
            max_moves: Some(0),
            ..ReplanOptions::default()
        },
    )
    .unwrap();
    let (a, b) = (
        frozen.solution.objective.as_ref().unwrap(),
        done.solution.objective.as_ref().unwrap(),
    );
    assert!(a.clash > 0.0);
    assert!(a.total > b.total + 1e-9);
    // Fewest moves first gives the same single move here.
    let fewest = replan(
        "taroudant-2025",
        &p,
        &old,
        &ReplanOptions {
            priority: Priority::FewestMovesFirst,
            ..ReplanOptions::default()
        },
    )
    .unwrap();
    checked(&p, &fewest.solution);
    assert!(fewest.chosen_moves <= 1);
}

#[test]
fn no_move_allowed_keeps_everyone_and_takes_the_recommended_stand() {
    let (p, old) = taroudant();
    let p = with_newcomer(p);
    let stop = Stop::new("taroudant-2025", &p);
    let best = recommend(&p, &stop, &old, "coop-late-saffron", 3).unwrap();
    assert_eq!(best.len(), 3);
    assert!(best.windows(2).all(|w| w[0].total <= w[1].total));
    assert_eq!(best[0].more_than_best, 0.0);
    assert!(best.iter().all(|c| !c.reasons.is_empty()));
    let options = ReplanOptions {
        max_moves: Some(0),
        ..ReplanOptions::default()
    };
    let done = replan("taroudant-2025", &p, &old, &options).unwrap();
    checked(&p, &done.solution);
    assert_eq!(done.chosen_moves, 0);
    for a in &old.assignments {
        let now = done
            .solution
            .assignments
            .iter()
            .find(|b| b.exhibitor == a.exhibitor)
            .unwrap();
        assert_eq!(now.stand, a.stand, "{} kept its stand", a.exhibitor);
    }
    let newcomer = done
        .solution
        .assignments
        .iter()
        .find(|a| a.exhibitor == "coop-late-saffron")
        .unwrap();
    assert_eq!(newcomer.stand, best[0].stand);
    assert!((done.solution.objective.as_ref().unwrap().total - best[0].total).abs() < 1e-9);
}

#[test]
fn a_stand_that_loses_its_electricity_forces_one_move_with_the_reason() {
    let (mut p, old) = taroudant();
    // Find an exhibitor that needs electricity, and take it away from its stand.
    let (e, stand) = old
        .assignments
        .iter()
        .find_map(|a| {
            let x = p.exhibitors.iter().find(|x| x.id == a.exhibitor)?;
            let pinned = p.pins.iter().any(|pin| pin.exhibitor == x.id);
            (x.needs.contains(&"electricity".to_string()) && !pinned)
                .then(|| (x.id.clone(), a.stand.clone()))
        })
        .unwrap();
    let s = p.stands.iter_mut().find(|s| s.id == stand).unwrap();
    s.tags.retain(|t| t != "electricity");
    let done = replan("taroudant-2025", &p, &old, &ReplanOptions::default()).unwrap();
    checked(&p, &done.solution);
    let m = done
        .moves
        .iter()
        .find(|m| m.exhibitor == e)
        .expect("it moves");
    assert!(m.forced);
    assert!(m.why.contains("electricity"), "{}", m.why);
}

#[test]
fn the_stand_of_one_who_withdrew_is_free_for_a_newcomer() {
    let (p, old) = taroudant();
    let gone = old.assignments[0].clone();
    let mut p = with_newcomer(p);
    p.exhibitors.retain(|e| e.id != gone.exhibitor);
    let stop = Stop::new("taroudant-2025", &p);
    let all = recommend(&p, &stop, &old, "coop-late-saffron", 100).unwrap();
    assert!(
        all.iter().any(|c| c.stand == gone.stand),
        "{} is free again",
        gone.stand
    );
}

#[test]
fn a_slot_that_disappears_moves_only_its_session() {
    let (mut p, old) = taroudant();
    let first = &old.sessions[0];
    let gone = first.slots[0].clone();
    p.slots.retain(|t| t.id != gone);
    let done = replan("taroudant-2025", &p, &old, &ReplanOptions::default()).unwrap();
    checked(&p, &done.solution);
    assert!(!done.sessions_kept);
    let title = &p
        .sessions
        .iter()
        .find(|s| s.id == first.session)
        .unwrap()
        .title;
    assert_eq!(titles(&done), vec![title.clone()]);
    assert_eq!(done.chosen_moves, 0);
}

/// One day of three slots — a quiet morning, a busy noon, a quiet afternoon — one tent, and two
/// sessions: "Financer l'ESS", which a one-person cooperative attends, and "Exporter", which a
/// cooperative of two attends. Leaving a one-person stand at noon costs `3 × unattended`.
fn two_sessions(unattended: f64) -> Problem {
    let v = json!({
        "format": "caravane.stop/1",
        "stop": { "name": "Marché de Tata", "town": "Tata", "venue": "Place", "from": "2025-12-05",
                  "to": "2025-12-05", "sample_data": true },
        "provinces": [ { "id": "tata", "name": "Tata" } ],
        "families": [
            { "id": "dates", "name": "Dattes", "category": "agricultural" },
            { "id": "silver", "name": "Bijoux en argent", "category": "artisanal" }
        ],
        "stands": [
            { "id": "A1", "x": 0, "y": 0, "width": 3, "depth": 3, "front": "south", "tags": [] },
            { "id": "A2", "x": 3, "y": 0, "width": 3, "depth": 3, "front": "south", "tags": [] }
        ],
        "exhibitors": [
            { "id": "alone", "name": "Coopérative Tamount", "province": "tata", "family": "dates",
              "staff": 1, "sessions": ["financing"] },
            { "id": "pair", "name": "Coopérative Ifrane", "province": "tata", "family": "silver",
              "staff": 2, "sessions": ["export"] }
        ],
        "rooms": [ { "id": "tent", "name": "Tente", "capacity": 10 } ],
        "slots": [
            { "id": "am", "day": "2025-12-05", "start": "09:00", "end": "10:30", "footfall": "quiet" },
            { "id": "noon", "day": "2025-12-05", "start": "11:00", "end": "12:30", "footfall": "busy" },
            { "id": "pm", "day": "2025-12-05", "start": "15:00", "end": "16:30", "footfall": "quiet" }
        ],
        "sessions": [
            { "id": "financing", "title": "Financer l'ESS", "facilitators": ["Conseillère"] },
            { "id": "export", "title": "Exporter", "facilitators": ["Conseiller"] }
        ],
        "rules": { "weights": { "unattended": unattended } }
    });
    parse_problem(&serde_json::to_string(&v).unwrap()).unwrap_or_else(|d| panic!("{d:#?}"))
}

/// The announced plan: "Financer l'ESS" at the busy noon, "Exporter" in the morning.
fn announced() -> Solution {
    let session = |id: &str, slot: &str| SessionPlan {
        session: id.into(),
        room: "tent".into(),
        slots: vec![slot.into()],
    };
    let stand = |e: &str, s: &str| Assignment {
        exhibitor: e.into(),
        stand: s.into(),
    };
    Solution {
        format: "caravane.solution/1".into(),
        problem: "tata".into(),
        problem_sha256: None,
        status: Status::Feasible,
        objective: None,
        bound: None,
        gap: None,
        stopped: None,
        seconds: 0.0,
        assignments: vec![stand("alone", "A1"), stand("pair", "A2")],
        sessions: vec![session("financing", "noon"), session("export", "am")],
        explanations: vec![],
    }
}

/// The morning slot is cancelled: "Exporter" must move. Returns the titles of the sessions that
/// leave their announced room or slots when a move costs `move_cost`.
fn sessions_moved_when_the_morning_is_cancelled(unattended: f64, move_cost: f64) -> Vec<String> {
    let mut p = two_sessions(unattended);
    p.slots.retain(|t| t.id != "am");
    let options = ReplanOptions {
        priority: Priority::Weighted { cost: move_cost },
        ..ReplanOptions::default()
    };
    let done = replan("tata", &p, &announced(), &options).unwrap();
    checked(&p, &done.solution);
    assert!(!done.sessions_kept);
    titles(&done)
}

#[test]
fn a_costly_move_keeps_every_session_the_changed_stop_still_allows() {
    // Moving "Financer l'ESS" to the quiet afternoon would save 3 × 2 = 6, more than the
    // default move cost, but less than the move cost asked for.
    let moved = sessions_moved_when_the_morning_is_cancelled(2.0, 100.0);
    assert_eq!(moved, vec!["Exporter".to_string()]);
}

#[test]
fn a_free_move_lets_a_session_leave_for_a_cheaper_slot() {
    // Moving "Financer l'ESS" to the quiet afternoon saves 3 × 1 = 3, less than the default
    // move cost, but more than the move cost asked for.
    let mut moved = sessions_moved_when_the_morning_is_cancelled(1.0, 0.0);
    moved.sort();
    assert_eq!(
        moved,
        vec!["Exporter".to_string(), "Financer l'ESS".to_string()]
    );
}

/// Taroudant without the cooperative of the first stand.
fn without_the_first(p: &mut Problem, old: &Solution) -> String {
    let gone = old.assignments[0].exhibitor.clone();
    p.exhibitors.retain(|e| e.id != gone);
    gone
}

#[test]
fn a_withdrawal_re_plan_meets_a_bound_that_counts_the_sessions_and_says_it_is_proved() {
    let (mut p, old) = taroudant();
    without_the_first(&mut p, &old);
    let done = replan("taroudant-2025", &p, &old, &ReplanOptions::default()).unwrap();
    checked(&p, &done.solution);
    let s = &done.solution;
    let objective = s.objective.as_ref().unwrap();
    // Leaving one-person stands for the sessions costs something no layout avoids: the bound
    // counts it, as the plan's bound does, so the re-plan is proved.
    assert!(objective.unattended > 0.0);
    assert_eq!(
        s.status,
        Status::Optimal,
        "bound {:?}, gap {:?}",
        s.bound,
        s.gap
    );
    assert_eq!(s.gap, Some(0.0));
    assert_eq!(s.bound, Some(objective.total));
    assert_eq!(s.stopped, Some(Stopped::Proved));
    assert_eq!(done.stopped, Stopped::Proved);
}

/// Taroudant with a late argan cooperative kept by one person, registered for two sessions:
/// where it stands decides whether its neighbours are left unwatched.
fn with_a_one_person_newcomer(mut p: Problem) -> Problem {
    p.exhibitors.push(Exhibitor {
        id: "coop-late-argan".into(),
        name: "Coopérative Argan Tardive".into(),
        province: "taroudant".into(),
        family: "argan-cosmetic".into(),
        form: None,
        women_led: true,
        staff: 1,
        home: None,
        needs: vec![],
        sessions: vec!["networking".into(), "digital-marketing".into()],
        extra: Default::default(),
        attributes: Default::default(),
    });
    p
}

fn stand_of(s: &Solution, exhibitor: &str) -> String {
    s.assignments
        .iter()
        .find(|a| a.exhibitor == exhibitor)
        .unwrap()
        .stand
        .clone()
}

#[test]
fn recommend_and_a_re_plan_rank_a_late_arrival_by_the_same_whole_objective() {
    let (p, old) = taroudant();
    let p = with_a_one_person_newcomer(p);
    let stop = Stop::new("taroudant-2025", &p);
    let best = recommend(&p, &stop, &old, "coop-late-argan", 1).unwrap();
    // Without a move, the re-plan takes the stand recommend puts first, at the same total.
    let frozen = ReplanOptions {
        max_moves: Some(0),
        ..ReplanOptions::default()
    };
    let done = replan("taroudant-2025", &p, &old, &frozen).unwrap();
    checked(&p, &done.solution);
    assert_eq!(stand_of(&done.solution, "coop-late-argan"), best[0].stand);
    let total = done.solution.objective.as_ref().unwrap().total;
    assert!(
        (total - best[0].total).abs() < 1e-9,
        "{total} {}",
        best[0].total
    );
    assert_eq!(done.stopped, Stopped::Proved);
    // With moves allowed, the re-plan minimises the same whole objective (neighbour_watch
    // included): it does no worse than the recommended stand, and says it is proved.
    let free = replan("taroudant-2025", &p, &old, &ReplanOptions::default()).unwrap();
    checked(&p, &free.solution);
    let o = free.solution.objective.as_ref().unwrap();
    assert!(
        o.total <= best[0].total + 1e-9,
        "{} > {}",
        o.total,
        best[0].total
    );
    assert_eq!(o.neighbour_watch, 0.0);
    assert_eq!(free.stopped, Stopped::Proved);
    assert_eq!(free.chosen_moves, 0, "{:?}", free.moves);
}

/// Two neighbouring one-person stands at Tata whose cooperatives both attend the one session:
/// both stands are left unwatched whatever the plan, which the bound cannot see.
fn two_alone_at_one_session() -> Problem {
    let mut p = two_sessions(1.0);
    for x in &mut p.exhibitors {
        x.staff = 1;
        x.sessions = vec!["financing".into()];
    }
    p
}

#[test]
fn a_gap_that_no_time_limit_caused_is_not_blamed_on_one() {
    let p = two_alone_at_one_session();
    let done = replan("tata", &p, &announced(), &ReplanOptions::default()).unwrap();
    checked(&p, &done.solution);
    let s = &done.solution;
    assert_eq!(s.objective.as_ref().unwrap().neighbour_watch, 1.0);
    assert_eq!(s.status, Status::Feasible);
    assert!(s.gap.unwrap() > 0.0);
    assert_eq!(done.stopped, Stopped::StagesDone);
    assert_eq!(s.stopped, Some(Stopped::StagesDone));
    // Nor does the report of that file blame a time limit.
    let html = report_html(&p, &Stop::new("tata", &p), s, caravane::i18n::Lang::En).unwrap();
    assert!(!html.contains("time limit"), "{html}");
    assert!(html.contains("ran to its end"));
    // Asked to stop within that gap, it says the gap was reached.
    let within = ReplanOptions {
        solve: Options {
            gap: s.gap.unwrap(),
            ..Options::default()
        },
        ..ReplanOptions::default()
    };
    let done = replan("tata", &p, &announced(), &within).unwrap();
    assert_eq!(done.stopped, Stopped::Gap);
    assert_eq!(done.solution.stopped, Some(Stopped::Gap));
}

#[test]
fn a_re_plan_cut_short_by_its_time_limit_says_so() {
    let (p, old) = taroudant();
    let p = with_a_one_person_newcomer(p);
    let hurried = ReplanOptions {
        solve: Options {
            time_limit: Some(0.001),
            ..Options::default()
        },
        ..ReplanOptions::default()
    };
    let done = replan("taroudant-2025", &p, &old, &hurried).unwrap();
    checked(&p, &done.solution);
    assert_eq!(done.solution.status, Status::Feasible);
    assert_eq!(done.stopped, Stopped::TimeLimit);
    assert_eq!(done.solution.stopped, Some(Stopped::TimeLimit));
}

#[test]
fn a_re_plan_says_who_left_which_stands_are_free_who_arrived_and_who_moved_why() {
    let (p, old) = taroudant();
    let mut p = with_newcomer(p);
    let gone = without_the_first(&mut p, &old);
    // The stand of an exhibitor that needs electricity loses it.
    let (mover, stand) = old
        .assignments
        .iter()
        .find_map(|a| {
            let x = p.exhibitors.iter().find(|x| x.id == a.exhibitor)?;
            let pinned = p.pins.iter().any(|pin| pin.exhibitor == x.id);
            (x.needs.contains(&"electricity".to_string()) && !pinned)
                .then(|| (x.id.clone(), a.stand.clone()))
        })
        .unwrap();
    let s = p.stands.iter_mut().find(|s| s.id == stand).unwrap();
    s.tags.retain(|t| t != "electricity");
    let done = replan("taroudant-2025", &p, &old, &ReplanOptions::default()).unwrap();
    checked(&p, &done.solution);
    assert_eq!(done.left.len(), 1);
    assert_eq!(done.left[0].exhibitor, gone);
    assert_eq!(done.left[0].stand, old.assignments[0].stand);
    let held: Vec<String> = done
        .solution
        .assignments
        .iter()
        .map(|a| a.stand.clone())
        .collect();
    assert_eq!(done.free.len(), p.stands.len() - held.len());
    assert!(done.free.iter().all(|s| !held.contains(s)));
    let arrival = done.moves.iter().find(|m| m.from.is_none()).unwrap();
    assert_eq!(arrival.exhibitor, "coop-late-saffron");
    assert!(
        arrival.why.contains("arrive et reçoit le stand"),
        "{}",
        arrival.why
    );
    let forced = done.moves.iter().find(|m| m.exhibitor == mover).unwrap();
    assert!(
        forced.forced && forced.why.contains(" — imposé : ") && forced.why.contains("electricity"),
        "{}",
        forced.why
    );
    assert_eq!(forced.saves, None);
}
