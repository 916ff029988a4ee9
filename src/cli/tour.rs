//! The `tour` and `compare` commands.

use super::{Format, TourRun, EXIT_FAILURE, EXIT_INFEASIBLE, EXIT_INVALID, EXIT_OK};
use caravane::format::Itinerary;
use caravane::solve::Options;
use caravane::stop::load;
use caravane::tour::compare::compare;
use caravane::tour::order::{reorder, shortest_orders};
use caravane::tour::{plan_itineraries, write_plans, TourModel, TourOptions, TourProgress};
use std::path::{Path, PathBuf};

/// A progress bar of the stops planned, on standard error when it is a terminal.
struct Bar(indicatif::ProgressBar);

impl TourProgress for Bar {
    fn stop_planned(&self, itinerary: &str, index: usize, of: usize, summary: &str) {
        self.0.inc(1);
        self.0
            .set_message(format!("[{itinerary} {index}/{of}] {summary}"));
    }
}

fn options(run: &TourRun) -> TourOptions {
    TourOptions {
        solve: Options {
            time_limit: Some(run.time_limit),
            gap: run.gap,
            threads: 1,
            seed: run.seed,
        },
        rotation: !run.without_rotation,
    }
}

fn load_tour(path: &Path) -> Result<TourModel, i32> {
    match load::read_tour(path) {
        Ok(t) => Ok(TourModel::new(t)),
        Err(report) => {
            eprint!("{report}");
            Err(EXIT_INVALID)
        }
    }
}

/// Runs `work` on a pool of `jobs` threads (all cores by default).
fn on_pool<T: Send>(jobs: Option<usize>, work: impl FnOnce() -> T + Send) -> Result<T, i32> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(|e| {
            eprintln!("error: cannot start the worker threads: {e}");
            EXIT_FAILURE
        })?;
    Ok(pool.install(work))
}

fn plan(
    m: &TourModel,
    itineraries: &[Itinerary],
    run: &TourRun,
) -> Result<Vec<caravane::tour::itinerary::PlannedItinerary>, i32> {
    let opts = options(run);
    let stops: usize = itineraries.iter().map(|i| i.stops.len()).sum();
    if !run.quiet {
        eprintln!(
            "planning {} itineraries, {stops} stops ({} s at most per stop)",
            itineraries.len(),
            run.time_limit
        );
    }
    use std::io::IsTerminal;
    let shown = !run.quiet && std::io::stderr().is_terminal();
    on_pool(run.jobs, || {
        if shown {
            let bar = indicatif::ProgressBar::new(stops as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "[{elapsed_precise}] {bar:30} {pos}/{len} stops  {wide_msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            let progress = Bar(bar);
            let plans = plan_itineraries(m, itineraries, &opts, &progress);
            progress.0.finish_and_clear();
            plans
        } else {
            plan_itineraries(m, itineraries, &opts, &())
        }
    })
}

fn default_plans_dir(tour: &Path) -> PathBuf {
    let file = tour
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = file
        .strip_suffix(".tour.json")
        .or_else(|| file.strip_suffix(".json"))
        .unwrap_or(&file);
    tour.with_file_name(format!("{stem}.plans"))
}

fn all_planned(plans: &[caravane::tour::itinerary::PlannedItinerary]) -> bool {
    plans.iter().all(|p| {
        p.stops
            .iter()
            .all(|s| s.solution.as_ref().is_ok_and(|x| x.objective.is_some()))
    })
}

/// The ids of the tour's itineraries, for messages.
fn itinerary_ids(m: &TourModel) -> String {
    m.tour
        .itineraries
        .iter()
        .map(|i| i.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The solve options must make sense before hours of planning start.
fn check_run(run: &TourRun) -> Result<(), i32> {
    if !(run.time_limit.is_finite() && run.time_limit > 0.0) {
        eprintln!(
            "error: --time-limit must be a number of seconds above 0, not {}",
            run.time_limit
        );
        return Err(EXIT_INVALID);
    }
    if !(run.gap.is_finite() && run.gap >= 0.0) {
        eprintln!(
            "error: --gap must be 0 or more (0.01 for 1 %), not {}",
            run.gap
        );
        return Err(EXIT_INVALID);
    }
    if run.jobs == Some(0) {
        eprintln!("error: --jobs must be 1 or more");
        return Err(EXIT_INVALID);
    }
    Ok(())
}

/// `caravane tour`.
pub fn tour_cmd(path: &Path, output: Option<PathBuf>, only: &[String], run: &TourRun) -> i32 {
    if let Err(code) = check_run(run) {
        return code;
    }
    let m = match load_tour(path) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let unknown: Vec<&String> = only
        .iter()
        .filter(|id| !m.tour.itineraries.iter().any(|i| &i.id == *id))
        .collect();
    if !unknown.is_empty() {
        eprintln!(
            "error: no itinerary {} in {}; the itineraries are: {}",
            unknown
                .iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", "),
            path.display(),
            itinerary_ids(&m)
        );
        return EXIT_INVALID;
    }
    let chosen: Vec<Itinerary> = m
        .tour
        .itineraries
        .iter()
        .filter(|i| only.is_empty() || only.contains(&i.id))
        .cloned()
        .collect();
    let plans = match plan(&m, &chosen, run) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let dir = output.unwrap_or_else(|| default_plans_dir(path));
    let summary = dir.join("comparison.json");
    let written = write_plans(&dir, &plans)
        .and_then(|files| load::write_json_atomic(&summary, &compare(&m, &plans)).map(|()| files));
    match written {
        Ok(files) => eprintln!(
            "wrote {} stop files under {}, and {} (figures, who was turned away and why)",
            files.len(),
            dir.display(),
            summary.display()
        ),
        Err(e) => {
            eprintln!("error: cannot write the plans under {}: {e}", dir.display());
            return EXIT_FAILURE;
        }
    }
    for p in &plans {
        println!("{} ({})", p.name, p.id);
        for s in &p.stops {
            let town = &m.tour.towns[s.town].name;
            match &s.solution {
                Ok(sol) => println!(
                    "  {:<26} {} to {}  {:>3} exhibitors, {:>2} turned away  {} {}",
                    format!("{}/{}", p.id, s.name),
                    s.from,
                    s.to,
                    s.selection.chosen.len(),
                    s.selection.turned_away.len(),
                    sol.status.as_str(),
                    sol.objective
                        .as_ref()
                        .map(|o| format!("objective {}", o.total))
                        .unwrap_or_default()
                ),
                Err(e) => println!("  {}/{} ({town}): not planned — {e}", p.id, s.name),
            }
        }
    }
    if all_planned(&plans) {
        EXIT_OK
    } else {
        EXIT_INFEASIBLE
    }
}

/// `caravane compare`.
pub fn compare_cmd(
    path: &Path,
    format: Format,
    output: Option<&Path>,
    plans_dir: Option<&Path>,
    best_order: Option<&str>,
    keep: usize,
    run: &TourRun,
) -> i32 {
    if let Err(code) = check_run(run) {
        return code;
    }
    let m = match load_tour(path) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let itineraries: Vec<Itinerary> = match best_order {
        None => m.tour.itineraries.clone(),
        Some(id) => {
            let base = if id.is_empty() {
                m.tour.itineraries.first()
            } else {
                m.tour.itineraries.iter().find(|i| i.id == id)
            };
            let Some(base) = base else {
                eprintln!(
                    "error: no itinerary \"{id}\" in {}; the itineraries are: {}",
                    path.display(),
                    itinerary_ids(&m)
                );
                return EXIT_INVALID;
            };
            let orders = on_pool(run.jobs, || {
                shortest_orders(&m, base, keep.saturating_add(1))
            });
            let Ok(orders) = orders else {
                return EXIT_FAILURE;
            };
            let identity: Vec<usize> = (0..base.stops.len()).collect();
            let mut list = vec![base.clone()];
            let mut k = 0;
            for o in orders.iter().filter(|o| o.stops != identity).take(keep) {
                k += 1;
                list.push(reorder(base, o, format!("{}-order-{k}", base.id)));
            }
            if !run.quiet {
                eprintln!(
                    "best order of \"{}\": {} stops, the {} shortest other orders planned against it",
                    base.id,
                    base.stops.len(),
                    k
                );
            }
            list
        }
    };
    let plans = match plan(&m, &itineraries, run) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if let Some(dir) = plans_dir {
        match write_plans(dir, &plans) {
            Ok(files) => eprintln!("wrote {} files under {}", files.len(), dir.display()),
            Err(e) => {
                eprintln!("error: cannot write the plans under {}: {e}", dir.display());
                return EXIT_FAILURE;
            }
        }
    }
    let ranking = compare(&m, &plans);
    let text = match format {
        Format::Table => ranking.table(),
        Format::Csv => ranking.csv(),
        Format::Json => {
            serde_json::to_string_pretty(&ranking).expect("a comparison is JSON") + "\n"
        }
        Format::Html => match caravane::view::tour_page::tour_html(&ranking) {
            Ok(html) => html,
            Err(e) => {
                eprintln!("error: the report cannot be made: {e}");
                return EXIT_FAILURE;
            }
        },
    };
    match output {
        None => print!("{text}"),
        Some(file) => {
            if let Err(e) = load::write_atomic(file, text.as_bytes()) {
                eprintln!("error: cannot write {}: {e}", file.display());
                return EXIT_FAILURE;
            }
            eprintln!("wrote {}", file.display());
        }
    }
    if all_planned(&plans) {
        EXIT_OK
    } else {
        EXIT_INFEASIBLE
    }
}
