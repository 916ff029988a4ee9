//! Planning itineraries: the stops of one itinerary in date order, each carrying the history of
//! the earlier ones; several itineraries in parallel.
//!
//! Itineraries are independent, so they are planned on a rayon pool, one itinerary per task.
//! Each solve runs HiGHS with one thread: HiGHS keeps a task scheduler per calling thread, and
//! two levels of parallelism fighting over two cores gain nothing. The results do not depend on
//! the number of threads as long as no stop reaches its time limit: every solve is deterministic
//! given its options, and the itineraries come back in file order. (A solve cut short by the
//! clock keeps what it had found by then, which a busier machine can change; through the
//! history, later stops may then differ too.)

use super::stops::{select, stop_problem_for, Selection, TourModel};
use crate::format::{Itinerary, Placement, Problem, Solution, Weights};
use crate::planning::stop::plan;
use crate::solve::Options;
use crate::stop::validate::{validate, Decoded};
use crate::t;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// How to plan a tour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TourOptions {
    /// Options of each stop's solve (its time limit is per stop; HiGHS gets one thread).
    pub solve: Options,
    /// Whether earlier placements cost in the `rotation` term (off: weight 0, for comparison).
    pub rotation: bool,
}

impl Default for TourOptions {
    fn default() -> Self {
        TourOptions {
            solve: Options {
                time_limit: Some(30.0),
                ..Options::default()
            },
            rotation: true,
        }
    }
}

/// Receives news as stops are planned; called from several threads at once.
pub trait TourProgress: Sync {
    /// A stop of an itinerary is planned (`index` counts from 1).
    fn stop_planned(&self, _itinerary: &str, _index: usize, _of: usize, _summary: &str) {}
}

/// No news wanted.
impl TourProgress for () {}

/// One planned stop of an itinerary.
#[derive(Debug, Clone)]
pub struct PlannedStop {
    /// File name stem: `01-VENUE`.
    pub name: String,
    /// Index of the venue in the tour.
    pub venue: usize,
    /// Index of the town.
    pub town: usize,
    /// First day.
    pub from: String,
    /// Last day.
    pub to: String,
    /// Who exhibits and who was turned away.
    pub selection: Selection,
    /// The stop file.
    pub problem: Problem,
    /// The solution, or why the stop could not be planned.
    pub solution: Result<Solution, String>,
}

/// One planned itinerary.
#[derive(Debug, Clone)]
pub struct PlannedItinerary {
    /// Id from the tour file.
    pub id: String,
    /// Name for people.
    pub name: String,
    /// Its stops, in order.
    pub stops: Vec<PlannedStop>,
}

impl PlannedItinerary {
    /// Whether every stop has a layout.
    pub fn every_stop_laid_out(&self) -> bool {
        self.stops
            .iter()
            .all(|s| s.solution.as_ref().is_ok_and(|x| x.objective.is_some()))
    }
}

/// Plans the stops of one itinerary in order.
pub fn plan_itinerary(
    m: &TourModel,
    itinerary: &Itinerary,
    options: &TourOptions,
    progress: &dyn TourProgress,
) -> PlannedItinerary {
    let t = &m.tour;
    let mut had_places = vec![0u32; t.exhibitors.len()];
    let mut history: Vec<Placement> = Vec::new();
    let mut stops = Vec::new();
    let solve = Options {
        threads: 1,
        ..options.solve
    };
    let n = itinerary.stops.len();
    for (k, stop) in itinerary.stops.iter().enumerate() {
        let venue = m.venue(&stop.venue);
        let town = m.town_of_venue(venue);
        let selection = select(m, stop, &had_places);
        let mut problem = stop_problem_for(m, stop, &selection.chosen, &history);
        if !options.rotation {
            let rules = problem.rules.get_or_insert_with(Default::default);
            rules.weights.get_or_insert_with(Weights::default).rotation = Some(0.0);
        }
        let name = format!("{:02}-{}", k + 1, stop.venue);
        let problems = validate(&problem, &Decoded::default());
        let solution = if problems.is_empty() {
            plan(&name, &problem, &solve, &())
                .map(|p| p.solution)
                .map_err(|e| t!("tour-plan-failed", error = e.to_string()))
        } else {
            Err(t!(
                "tour-stop-invalid",
                problems = problems
                    .iter()
                    .map(|d| t!(
                        "tour-stop-invalid-problem",
                        cause = d.cause.as_str(),
                        path = d.path.as_str()
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            ))
        };
        if let Ok(s) = &solution {
            let v = &t.venues[venue];
            let place = format!("{} ({})", t.towns[town].name, stop.from);
            for a in &s.assignments {
                let stand = v.stands.iter().find(|x| x.id == a.stand);
                history.push(Placement {
                    exhibitor: a.exhibitor.clone(),
                    stop: place.clone(),
                    stand: Some(a.stand.clone()),
                    zone: stand.and_then(|x| x.zone.clone()),
                    prime: stand.is_some_and(|x| x.tags.iter().any(|g| g == "prime")),
                });
            }
            for a in &s.assignments {
                if let Some(e) = t.exhibitors.iter().position(|x| x.id == a.exhibitor) {
                    had_places[e] += 1;
                }
            }
        }
        let summary = match &solution {
            Ok(s) => match &s.objective {
                Some(o) => t!(
                    "tour-summary-objective",
                    town = t.towns[town].name.as_str(),
                    count = selection.chosen.len(),
                    status = super::compare::status_words(s.status.as_str()),
                    objective = o.total
                ),
                None => t!(
                    "tour-summary",
                    town = t.towns[town].name.as_str(),
                    count = selection.chosen.len(),
                    status = super::compare::status_words(s.status.as_str())
                ),
            },
            Err(e) => t!(
                "tour-summary-failed",
                town = t.towns[town].name.as_str(),
                error = e.as_str()
            ),
        };
        tracing::info!("[{} {}/{n}] {summary}", itinerary.id, k + 1);
        progress.stop_planned(&itinerary.id, k + 1, n, &summary);
        stops.push(PlannedStop {
            name,
            venue,
            town,
            from: stop.from.clone(),
            to: stop.to.clone(),
            selection,
            problem,
            solution,
        });
    }
    PlannedItinerary {
        id: itinerary.id.clone(),
        name: itinerary
            .name
            .clone()
            .unwrap_or_else(|| itinerary.id.clone()),
        stops,
    }
}

/// Plans several itineraries in parallel on the current rayon pool; the result is in the
/// order given, whatever the number of threads.
pub fn plan_itineraries(
    m: &TourModel,
    itineraries: &[Itinerary],
    options: &TourOptions,
    progress: &dyn TourProgress,
) -> Vec<PlannedItinerary> {
    // The sentences of every stop are in the caller's language, whichever thread plans it.
    let lang = crate::i18n::current();
    itineraries
        .par_iter()
        .map(|it| crate::i18n::scoped(lang, || plan_itinerary(m, it, options, progress)))
        .collect()
}

/// Writes each stop's stop file and solution as `DIR/ITINERARY/NN-VENUE.problem.json` and
/// `.solution.json` (each written whole or not at all), and returns the paths written.
pub fn write_plans(dir: &Path, plans: &[PlannedItinerary]) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for it in plans {
        let folder = dir.join(&it.id);
        std::fs::create_dir_all(&folder)?;
        for stop in &it.stops {
            let problem = folder.join(format!("{}.problem.json", stop.name));
            crate::stop::load::write_json_atomic(&problem, &stop.problem)?;
            written.push(problem);
            if let Ok(s) = &stop.solution {
                let solution = folder.join(format!("{}.solution.json", stop.name));
                crate::stop::load::write_json_atomic(&solution, s)?;
                written.push(solution);
            }
        }
    }
    Ok(written)
}
