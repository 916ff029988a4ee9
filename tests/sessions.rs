//! Scheduling the exchange sessions: hard constraint 3 kept, the session terms proven and
//! reproduced by the checker, infeasible programmes explained.

mod common;

use caravane::check::{check, verify, Code};
use caravane::format::{Footfall, Problem, SessionPlan, Status};
use caravane::planning::stop::plan;
use caravane::solve::Options;
use caravane::stop::load::{parse_problem, read_problem};
use caravane::stop::model::Stop;
use caravane::terms::Term;
use proptest::prelude::*;
use serde_json::json;
use std::path::Path;

fn small(v: serde_json::Value) -> Problem {
    parse_problem(&serde_json::to_string(&v).unwrap()).unwrap_or_else(|d| panic!("{d:#?}"))
}

#[test]
fn taroudant_sessions_are_scheduled_and_check_reproduces_every_term() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/taroudant-2025.problem.json");
    let problem = read_problem(&path).unwrap();
    let s = plan("taroudant-2025", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    assert_eq!(s.sessions.len(), problem.sessions.len());
    let verdict = verify("taroudant-2025", &problem, &s);
    assert!(verdict.passed(), "{verdict}");
    assert!(verdict.terms.iter().any(|t| t.term == "unattended"));
    // The status claims optimal only with a zero gap, and the bound never exceeds the total.
    let (total, bound) = (s.objective.as_ref().unwrap().total, s.bound.unwrap());
    assert!(bound <= total + 1e-9);
    assert_eq!(s.status == Status::Optimal, s.gap.unwrap() <= 1e-6);
    // The export session takes two consecutive slots of one day.
    let export = s.sessions.iter().find(|p| p.session == "export").unwrap();
    assert_eq!(export.slots.len(), 2);
}

/// Two sessions that share a registrant, a facilitator shared too, one room, two days.
fn programme() -> serde_json::Value {
    let mut v = common::small_stop();
    v["sessions"] = json!([
        { "id": "financing", "title": "Financer l'ESS", "facilitators": ["Conseillère"] },
        { "id": "labels", "title": "Labels", "facilitators": ["Inspecteur"] }
    ]);
    v["exhibitors"][0]["sessions"] = json!(["financing", "labels"]);
    v["rooms"] = json!([{ "id": "tent", "capacity": 10 }, { "id": "hall", "capacity": 10 }]);
    v
}

#[test]
fn two_sessions_of_one_exhibitor_in_one_slot_count_exactly_one_missed_session() {
    let problem = small(programme());
    let mut s = plan("p", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    assert_eq!(
        s.objective.as_ref().unwrap().missed_session,
        0.0,
        "the solver keeps them apart"
    );
    s.sessions = vec![
        SessionPlan {
            session: "financing".into(),
            room: "tent".into(),
            slots: vec!["d1-am".into()],
        },
        SessionPlan {
            session: "labels".into(),
            room: "hall".into(),
            slots: vec!["d1-am".into()],
        },
    ];
    let report = check(&problem, &s);
    assert!(report.is_valid(), "{:?}", report.violations);
    assert_eq!(report.objective.missed_session, 1.0);
    let why = report
        .justifications
        .iter()
        .find(|j| j.term == "missed_session")
        .unwrap();
    assert!(
        why.text.contains("*Financer l'ESS*")
            && why.text.contains("*Labels*")
            && why.text.contains("le 5 décembre à 10:00"),
        "{}",
        why.text
    );
}

#[test]
fn a_room_too_small_is_rejected_by_validation_and_by_check() {
    let mut v = programme();
    v["rooms"][0]["capacity"] = json!(2);
    v["rooms"][1]["capacity"] = json!(2);
    let err = parse_problem(&serde_json::to_string(&v).unwrap()).unwrap_err();
    assert!(
        err.iter()
            .any(|d| d.code.as_str() == "session-no-room" && d.cause.contains("demande 3 places")),
        "{err:#?}"
    );
    // A hand-made programme that puts financing (2 registrants + 1 facilitator) in a 2-seat room.
    let mut v = programme();
    v["rooms"][1]["capacity"] = json!(2);
    let problem = small(v);
    let mut s = plan("p", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    assert!(
        s.sessions
            .iter()
            .all(|p| p.room == "tent" || p.session == "labels"),
        "the solver uses the room that fits"
    );
    s.sessions[0].room = "hall".into();
    s.sessions[0].session = "financing".into();
    let codes: Vec<Code> = check(&problem, &s)
        .violations
        .iter()
        .map(|v| v.code)
        .collect();
    assert!(codes.contains(&Code::RoomTooSmall), "{codes:?}");
}

#[test]
fn a_double_booked_facilitator_is_rejected() {
    // In a hand-made programme: the same person leads two sessions at once.
    let mut v = programme();
    v["sessions"][1]["facilitators"] = json!(["Conseillère"]);
    let problem = small(v);
    let mut s = plan("p", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    s.sessions = vec![
        SessionPlan {
            session: "financing".into(),
            room: "tent".into(),
            slots: vec!["d1-pm".into()],
        },
        SessionPlan {
            session: "labels".into(),
            room: "hall".into(),
            slots: vec!["d1-pm".into()],
        },
    ];
    let verdict = verify("p", &problem, &s);
    assert!(!verdict.passed());
    assert!(
        verdict
            .violations
            .iter()
            .any(|v| v.code == Code::FacilitatorDoubleBooked && v.text.contains("Conseillère")),
        "{verdict}"
    );

    // When solving: her sessions need more slots than the programme has.
    let mut v = programme();
    v["sessions"] = json!([
        { "id": "a", "title": "Atelier A", "length": 2, "facilitators": ["Conseillère"] },
        { "id": "b", "title": "Atelier B", "length": 1, "facilitators": ["Conseillère"] }
    ]);
    v["exhibitors"][0]["sessions"] = json!(["a"]);
    v["exhibitors"][2]["sessions"] = json!(["b"]);
    let problem = small(v);
    let s = plan("p", &problem, &Options::default(), &())
        .unwrap()
        .solution;
    assert_eq!(s.status, Status::Infeasible);
    let text = &s.explanations[0].text;
    assert!(text.contains("Conseillère anime *Atelier A*, *Atelier B* (3 créneaux en tout), mais le programme n’a que 2 créneaux"), "{text}");
    let s = caravane::i18n::scoped(caravane::i18n::Lang::En, || {
        plan("p", &problem, &Options::default(), &())
    })
    .unwrap()
    .solution;
    let text = &s.explanations[0].text;
    assert!(text.contains("Conseillère leads *Atelier A*, *Atelier B* (3 slots between them), but the programme has only 2 slots"), "{text}");
}

#[test]
fn a_session_longer_than_any_day_is_rejected() {
    let mut v = programme();
    v["sessions"][0]["length"] = json!(3);
    let err = parse_problem(&serde_json::to_string(&v).unwrap()).unwrap_err();
    let d = err
        .iter()
        .find(|d| d.code.as_str() == "session-too-long")
        .expect("refused");
    assert_eq!(d.path, "$.sessions[0].length");
    assert!(
        d.cause.contains("aucun jour n’en a plus de 2"),
        "{}",
        d.cause
    );
}

/// What leaving a one-person stand costs in a slot, as the stop format defines it.
fn leaving_cost(footfall: Footfall) -> f64 {
    match footfall {
        Footfall::Quiet => 0.0,
        Footfall::Normal => 1.0,
        Footfall::Busy => 3.0,
    }
}

/// Session terms of a timetable for a layout, straight from the definitions.
fn session_cost(
    p: &Problem,
    stop: &Stop,
    stand_of: &[usize],
    timetable: &[(usize, Vec<usize>)],
) -> f64 {
    let w = p
        .rules
        .clone()
        .unwrap_or_default()
        .weights
        .unwrap_or_default();
    let held = |k: usize, t: usize| timetable.iter().any(|(kk, ts)| *kk == k && ts.contains(&t));
    let away = |e: usize, t: usize| {
        stop.exhibitors[e]
            .sessions
            .iter()
            .filter(|&&k| held(k, t))
            .count()
    };
    let mut missed = 0.0;
    let mut unattended = 0.0;
    for e in 0..stop.exhibitors.len() {
        for t in 0..stop.slots.len() {
            missed += away(e, t).saturating_sub(1) as f64;
            if stop.exhibitors[e].staff == 1 && away(e, t) > 0 {
                unattended += leaving_cost(p.slots[t].footfall);
            }
        }
    }
    let mut occ = vec![None; stop.stands.len()];
    for (e, &s) in stand_of.iter().enumerate() {
        occ[s] = Some(e);
    }
    let mut watch = 0.0;
    for (a, b, _) in stop.venue.edges() {
        if let (Some(i), Some(j)) = (occ[a], occ[b]) {
            if stop.exhibitors[i].staff == 1 && stop.exhibitors[j].staff == 1 {
                watch += (0..stop.slots.len())
                    .filter(|&t| away(i, t) > 0 && away(j, t) > 0)
                    .count() as f64;
            }
        }
    }
    w.missed_session.unwrap_or(5.0) * missed
        + w.unattended.unwrap_or(1.0) * unattended
        + w.neighbour_watch.unwrap_or(1.0) * watch
}

/// The best timetable for a layout, by enumerating every choice of room and slots.
fn brute_force(p: &Problem, stop: &Stop, stand_of: &[usize]) -> Option<f64> {
    let mut days: Vec<Vec<usize>> = Vec::new();
    for (t, s) in stop.slots.iter().enumerate() {
        match days.iter_mut().find(|d| stop.slots[d[0]].day == s.day) {
            Some(d) => d.push(t),
            None => days.push(vec![t]),
        }
    }
    let options: Vec<Vec<(usize, Vec<usize>)>> = (0..stop.sessions.len())
        .map(|k| {
            let s = &stop.sessions[k];
            let seats = stop.registrants(k).count() + s.facilitators.len();
            let mut out = vec![];
            for (r, room) in stop.rooms.iter().enumerate() {
                if (room.capacity as usize) < seats
                    || !s.needs.iter().all(|n| room.tags.contains(n))
                {
                    continue;
                }
                for d in &days {
                    for w in d.windows(s.length as usize) {
                        out.push((r, w.to_vec()));
                    }
                }
            }
            out
        })
        .collect();
    let mut best: Option<f64> = None;
    let mut pick = vec![0usize; stop.sessions.len()];
    loop {
        let chosen: Vec<(usize, usize, &Vec<usize>)> = pick
            .iter()
            .enumerate()
            .map(|(k, &i)| (k, options[k][i].0, &options[k][i].1))
            .collect();
        let clash = chosen.iter().enumerate().any(|(a, (k, r, ts))| {
            chosen[a + 1..].iter().any(|(l, r2, ts2)| {
                ts.iter().any(|t| ts2.contains(t))
                    && (r == r2
                        || stop.sessions[*k]
                            .facilitators
                            .iter()
                            .any(|f| stop.sessions[*l].facilitators.contains(f)))
            })
        });
        if !clash {
            let tt: Vec<(usize, Vec<usize>)> = chosen
                .iter()
                .map(|(k, _, ts)| (*k, (*ts).clone()))
                .collect();
            let c = session_cost(p, stop, stand_of, &tt);
            if best.is_none_or(|b| c < b) {
                best = Some(c);
            }
        }
        // Next combination.
        let mut k = 0;
        loop {
            if k == pick.len() {
                return best;
            }
            pick[k] += 1;
            if pick[k] < options[k].len() {
                break;
            }
            pick[k] = 0;
            k += 1;
        }
    }
}

fn random_programme() -> impl Strategy<Value = Problem> {
    (1usize..=3, 1usize..=2, 1usize..=3, any::<u64>()).prop_map(|(sessions, rooms, slots_per_day, seed)| {
        let mut rng = caravane::util::Rng::new(seed);
        let mut v = common::small_stop();
        let footfalls = ["quiet", "normal", "busy"];
        let mut slots = vec![];
        for d in 0..2 {
            for i in 0..slots_per_day {
                slots.push(json!({ "id": format!("d{d}-{i}"), "day": format!("2025-12-0{}", 5 + d), "start": format!("{:02}:00", 9 + 2 * i),
                                   "end": format!("{:02}:30", 9 + 2 * i), "footfall": footfalls[rng.below(3)] }));
            }
        }
        v["slots"] = json!(slots);
        v["rooms"] = json!((0..rooms).map(|r| json!({ "id": format!("r{r}"), "capacity": 10 })).collect::<Vec<_>>());
        let people = ["Conseillère", "Inspecteur"];
        v["sessions"] = json!((0..sessions).map(|k| json!({ "id": format!("s{k}"), "title": format!("Session {k}"),
            "length": if rng.unit() < 0.25 { 2.min(slots_per_day) } else { 1 },
            "facilitators": [people[rng.below(2)]] })).collect::<Vec<_>>());
        for e in 0..3 {
            let regs: Vec<String> = (0..sessions).filter(|_| rng.unit() < 0.6).map(|k| format!("s{k}")).collect();
            v["exhibitors"][e]["sessions"] = json!(regs);
            v["exhibitors"][e]["staff"] = json!(if rng.unit() < 0.7 { 1 } else { 2 });
        }
        v
    })
    .prop_filter_map("valid programmes only", |v| parse_problem(&serde_json::to_string(&v).unwrap()).ok())
}

proptest! {
    #![proptest_config(common::property::config(100))]

    #[test]
    fn the_session_optimum_for_the_layout_equals_the_best_of_all_timetables(p in random_programme()) {
        let stop = Stop::new("p", &p);
        let planned = plan("p", &p, &Options::default(), &()).expect("solver and checker agree");
        let s = &planned.solution;
        // Without a timetable there is no layout either; timetables do not depend on the layout.
        let stand_of: Vec<usize> = if s.assignments.is_empty() {
            (0..stop.exhibitors.len()).collect()
        } else {
            caravane::stop::layout::Layout::from_solution(&stop, s).complete().unwrap()
        };
        match brute_force(&p, &stop, &stand_of) {
            None => prop_assert_eq!(s.status, Status::Infeasible),
            Some(best) => {
                let o = s.objective.as_ref().unwrap();
                let w = stop.weights;
                let sessions = w[Term::MissedSession] * o.missed_session + w[Term::Unattended] * o.unattended + w[Term::NeighbourWatch] * o.neighbour_watch;
                prop_assert!((sessions - best).abs() < 1e-6, "solver {} vs brute force {}", sessions, best);
            }
        }
    }
}

#[test]
fn sessions_that_fit_alone_but_not_together_are_explained() {
    // Two days of three slots and one room: each two-slot session fits a day, but only one per
    // day does, and there are three.
    let mut v = programme();
    v["slots"] = json!([
        { "id": "d1-a", "day": "2025-12-05", "start": "09:00", "end": "10:00" },
        { "id": "d1-b", "day": "2025-12-05", "start": "10:00", "end": "11:00" },
        { "id": "d1-c", "day": "2025-12-05", "start": "11:00", "end": "12:00" },
        { "id": "d2-a", "day": "2025-12-06", "start": "09:00", "end": "10:00" },
        { "id": "d2-b", "day": "2025-12-06", "start": "10:00", "end": "11:00" },
        { "id": "d2-c", "day": "2025-12-06", "start": "11:00", "end": "12:00" }
    ]);
    v["rooms"] = json!([{ "id": "tent", "capacity": 10 }]);
    v["sessions"] = json!([
        { "id": "a", "title": "A", "length": 2 }, { "id": "b", "title": "B", "length": 2 }, { "id": "c", "title": "C", "length": 2 }
    ]);
    v["exhibitors"][0]["sessions"] = json!(["a"]);
    v["exhibitors"][2]["sessions"] = json!(["b", "c"]);
    let s = plan("p", &small(v), &Options::default(), &())
        .unwrap()
        .solution;
    assert_eq!(s.status, Status::Infeasible);
    assert!(
        s.explanations[0]
            .text
            .starts_with("Aucun emploi du temps ne tient chaque rencontre une fois"),
        "{}",
        s.explanations[0].text
    );
}

#[test]
fn a_time_limited_whole_plan_still_returns_a_checked_plan() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/taroudant-2025.problem.json");
    let problem = read_problem(&path).unwrap();
    let options = Options {
        time_limit: Some(0.3),
        ..Options::default()
    };
    let s = plan("taroudant-2025", &problem, &options, &())
        .unwrap()
        .solution;
    assert!(
        matches!(s.status, Status::Optimal | Status::Feasible),
        "{:?}",
        s.status
    );
    let verdict = verify("taroudant-2025", &problem, &s);
    assert!(verdict.passed(), "{verdict}");
}

#[test]
fn a_plan_cut_before_any_timetable_solve_still_gets_a_checked_timetable() {
    // A millisecond: the stands keep the first layout found and neither timetable model is
    // solved; a timetable found greedily holds every session.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/taroudant-2025.problem.json");
    let problem = read_problem(&path).unwrap();
    let options = Options {
        time_limit: Some(0.001),
        ..Options::default()
    };
    let s = plan("taroudant-2025", &problem, &options, &())
        .unwrap()
        .solution;
    assert_eq!(s.status, Status::Feasible);
    assert_eq!(s.sessions.len(), problem.sessions.len());
    let verdict = verify("taroudant-2025", &problem, &s);
    assert!(verdict.passed(), "{verdict}");
}

/// Rooms of the same size and equipment are pooled in the timetable model, and interchangeable
/// days (the same footfall, slot by slot) are used in order: neither changes the optimum. The
/// model with every room and day apart — the one a re-plan builds, keeping here an empty
/// programme — finds the same value, and each session of the pooled timetable gets a room of its
/// own at each of its slots.
#[test]
fn pooled_rooms_and_ordered_days_keep_the_optimum() {
    use caravane::solve::highs::{Limits, MipStatus};
    use caravane::solve::timetable::{session_cost, solve_timetable, Keeping};
    use caravane::stop::generate::{generate, Spec};
    let limits = Limits {
        time_limit: None,
        rel_gap: 0.0,
        threads: 1,
        presolve: true,
        give_up_at: None,
    };
    for seed in 1..=4 {
        let mut problem = generate(Spec {
            exhibitors: 60,
            sessions: Some(10),
            days: Some(4),
            seed,
        });
        // Two more rooms like the first room of 30 seats.
        for k in 1..=2 {
            let mut room = problem.rooms[1].clone();
            room.id = format!("annexe-{k}");
            room.name = Some(format!("Annexe {k}"));
            problem.rooms.push(room);
        }
        let stop = Stop::new("g", &problem);
        // Some days are alike: the day order is broken too.
        let days = caravane::solve::features::session_slots::day_classes(&stop);
        assert!(days.iter().any(|c| c.len() > 1), "{days:?}");
        let layout = plan("g", &problem, &Options::default(), &())
            .unwrap()
            .solution;
        let stand_of: Vec<usize> = stop
            .exhibitors
            .iter()
            .map(|x| {
                let a = layout
                    .assignments
                    .iter()
                    .find(|a| a.exhibitor == x.id)
                    .unwrap();
                stop.stands.iter().position(|s| s.id == a.stand).unwrap()
            })
            .collect();
        for given in [None, Some(stand_of.as_slice())] {
            let pooled = solve_timetable(&stop, given, limits, None, None, None);
            let nothing_kept = Keeping {
                announced: &[],
                cost: 1.0,
            };
            let apart = solve_timetable(&stop, given, limits, None, Some(nothing_kept), None);
            assert_eq!(pooled.status, MipStatus::Optimal, "seed {seed}");
            assert_eq!(apart.status, MipStatus::Optimal, "seed {seed}");
            let (a, b) = (pooled.objective.unwrap(), apart.objective.unwrap());
            assert!((a - b).abs() < 1e-6, "seed {seed}: pooled {a}, apart {b}");
            let plan = pooled.plan.unwrap();
            assert!((session_cost(&stop, given, &plan) - a).abs() < 1e-9);
            // A timetable of the other model, its days renamed and rooms pooled, costs the same
            // and starts the pooled model.
            let other = apart.plan.unwrap();
            let renamed = caravane::solve::features::session_slots::pooled(&stop, &other);
            assert!(
                (session_cost(&stop, given, &renamed) - session_cost(&stop, given, &other)).abs()
                    < 1e-9
            );
            let started = solve_timetable(&stop, given, limits, Some(&other), None, None);
            assert!((started.objective.unwrap() - a).abs() < 1e-6);
            let mut taken = std::collections::BTreeSet::new();
            for o in &plan {
                assert!(stop.rooms[o.room].capacity as usize >= stop.seats(o.session));
                for &t in &o.slots {
                    assert!(taken.insert((o.room, t)), "seed {seed}: room taken twice");
                }
            }
        }
    }
}
