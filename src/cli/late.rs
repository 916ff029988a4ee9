//! The `replan` and `recommend` commands: late changes to an announced plan.

use super::{EXIT_FAILURE, EXIT_INVALID, EXIT_OK};
use caravane::planning::replan::{recommend, replan, Priority, ReplanOptions};
use caravane::solve::Options;
use caravane::stop::load;
use caravane::stop::model::Stop;
use std::path::{Path, PathBuf};

fn read(
    problem: &Path,
    from: &Path,
) -> Result<(caravane::format::Problem, caravane::format::Solution), i32> {
    let p = load::read_problem(problem).map_err(|r| {
        eprint!("{r}");
        EXIT_INVALID
    })?;
    let s = load::read_solution(from).map_err(|r| {
        eprint!("{r}");
        EXIT_INVALID
    })?;
    if s.assignments.is_empty() {
        eprintln!(
            "error: {} holds no layout (status {}); re-plan from a solution with stands",
            from.display(),
            s.status.as_str()
        );
        return Err(EXIT_INVALID);
    }
    Ok((p, s))
}

/// `caravane replan`.
pub fn replan_cmd(
    problem_path: &Path,
    from: &Path,
    output: Option<PathBuf>,
    priority: Priority,
    max_moves: Option<usize>,
    time_limit: f64,
    json: bool,
) -> i32 {
    if !(time_limit.is_finite() && time_limit > 0.0) {
        eprintln!("error: --time-limit must be a number of seconds above 0");
        return EXIT_INVALID;
    }
    if let Priority::Weighted { cost } = priority {
        if !(cost.is_finite() && cost >= 0.0) {
            eprintln!("error: --move-cost must be 0 or more");
            return EXIT_INVALID;
        }
    }
    let (problem, old) = match read(problem_path, from) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let name = caravane::problem_name(problem_path);
    let options = ReplanOptions {
        priority,
        max_moves,
        solve: Options {
            time_limit: Some(time_limit),
            ..Options::default()
        },
    };
    let done = match replan(&name, &problem, &old, &options) {
        Ok(d) => d,
        Err(caravane::planning::stop::PlanError::BadLayout(why)) => {
            eprintln!("error: {}", why.join("; "));
            return super::EXIT_INFEASIBLE;
        }
        Err(e) => {
            eprintln!("internal error: {e}. Nothing was written; please report this stop file.");
            return EXIT_FAILURE;
        }
    };
    let out = output
        .unwrap_or_else(|| problem_path.with_file_name(format!("{name}.replanned.solution.json")));
    if let Err(e) = load::write_json_atomic(&out, &done.solution) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return EXIT_FAILURE;
    }
    let after = done
        .solution
        .objective
        .as_ref()
        .map_or(f64::NAN, |o| o.total);
    if json {
        let v = serde_json::json!({
            "before": done.before,
            "after": after,
            "chosen_moves": done.chosen_moves,
            "moves": done.moves,
            "sessions_kept": done.sessions_kept,
            "sessions_moved": done.sessions_moved,
            "proven": done.proven,
            "solution": out.display().to_string(),
        });
        println!("{}", serde_json::to_string_pretty(&v).expect("JSON"));
    } else {
        match done.before {
            Some(b) => println!("objective: {b} before (the announced layout, as far as it still applies), {after} after"),
            None => println!("objective: {after}"),
        }
        println!(
            "{} chosen move(s), {} change(s) in all{}",
            done.chosen_moves,
            done.moves.len(),
            if done.proven {
                " — proven best for what the re-plan minimises"
            } else {
                " — the best found within the time limit"
            }
        );
        for m in &done.moves {
            println!("  {}", m.why);
        }
        if done.sessions_kept || done.sessions_moved.is_empty() {
            println!("sessions: every session keeps its announced room and slots");
        } else {
            println!(
                "sessions: the changed stop moves {}: {}",
                done.sessions_moved.len(),
                done.sessions_moved.join("; ")
            );
        }
        println!("wrote {}", out.display());
    }
    EXIT_OK
}

/// `caravane recommend`.
pub fn recommend_cmd(problem_path: &Path, from: &Path, id: &str, top: usize, json: bool) -> i32 {
    let (problem, old) = match read(problem_path, from) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let stop = Stop::new(&caravane::problem_name(problem_path), &problem);
    match recommend(&problem, &stop, &old, id, top) {
        Ok(list) => {
            if json {
                println!("{}", serde_json::to_string_pretty(&list).expect("JSON"));
            } else {
                let name = &stop
                    .exhibitors
                    .iter()
                    .find(|x| x.id == id)
                    .expect("found")
                    .name;
                println!("Best free stands for {name} ({id}), everyone else kept:");
                for (k, c) in list.iter().enumerate() {
                    println!(
                        "{}. {}{} (zone {}): objective {}{}",
                        k + 1,
                        c.stand,
                        if c.prime { " ★" } else { "" },
                        c.zone.as_deref().unwrap_or("—"),
                        c.total,
                        if c.more_than_best > 0.0 {
                            format!(", {} more than the best", c.more_than_best)
                        } else {
                            String::new()
                        }
                    );
                    for r in &c.reasons {
                        println!("     {r}");
                    }
                }
            }
            EXIT_OK
        }
        Err(why) => {
            eprintln!("error: {why}");
            EXIT_INVALID
        }
    }
}
