//! The workspace file: every change one transaction, checked against the revision the page
//! showed; undo and redo; versions that never change; the schema brought up to date when an
//! older workspace is opened, and a newer one refused with a sentence.

#[path = "support/workbench.rs"]
mod workbench;

use caravane::format::{Problem, Solution};
use caravane::serve::workspace::{schema_version, Edit, State, Workspace, MIGRATIONS};
use caravane::stop::load::{parse_problem, parse_solution};
use workbench::instance;

fn taroudant() -> (Problem, Solution) {
    (
        parse_problem(&instance("taroudant-2025.problem.json")).expect("the shipped stop"),
        parse_solution(&instance("taroudant-2025.solution.json")).expect("its solution"),
    )
}

/// A change that only relabels the layout's state (enough to test the bookkeeping).
fn mark(
    state: State,
) -> impl FnOnce(&caravane::serve::workspace::Working) -> Result<Edit, caravane::serve::ApiError> {
    move |w| {
        Ok(Edit {
            problem: None,
            solution: w.solution.clone(),
            state,
            base_version: None,
        })
    }
}

#[test]
fn a_stop_made_with_its_layout_is_version_1_and_revision_0() {
    let (problem, solution) = taroudant();
    let mut ws = Workspace::in_memory().unwrap();
    let id = ws
        .create_stop("taroudant-2025", &problem, Some(&solution), State::Solved)
        .unwrap();
    let w = ws.working(id).unwrap();
    assert_eq!((w.revision, w.state), (0, State::Solved));
    assert_eq!(w.solution.as_ref(), Some(&solution));
    let versions = ws.versions(id).unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(
        (versions[0].number, versions[0].status.as_str()),
        (1, "optimal")
    );
    assert_eq!(w.base_version, Some(versions[0].id));
    let listed = ws.stops().unwrap();
    assert_eq!(listed[0].exhibitors, problem.exhibitors.len());
    assert_eq!(listed[0].versions, 1);
}

#[test]
fn a_change_on_a_stale_revision_is_refused_and_changes_nothing() {
    let (problem, solution) = taroudant();
    let mut ws = Workspace::in_memory().unwrap();
    let id = ws
        .create_stop("t", &problem, Some(&solution), State::Solved)
        .unwrap();
    ws.change(id, 0, "move", "first tab", mark(State::Hand))
        .unwrap();
    let refused = ws
        .change(id, 0, "move", "second tab", mark(State::Replanned))
        .unwrap_err();
    assert_eq!(refused.status, 409);
    assert_eq!(refused.code, "conflict");
    assert!(
        refused.message.contains("révision 1"),
        "{}",
        refused.message
    );
    let w = ws.working(id).unwrap();
    assert_eq!((w.revision, w.state), (1, State::Hand));
    let journal: Vec<String> = ws
        .journal(id)
        .unwrap()
        .into_iter()
        .map(|j| j.detail)
        .collect();
    assert_eq!(journal, ["t", "first tab"]);
}

#[test]
fn undo_and_redo_walk_the_history_back_and_forth() {
    let (problem, solution) = taroudant();
    let mut ws = Workspace::in_memory().unwrap();
    let id = ws
        .create_stop("t", &problem, Some(&solution), State::Solved)
        .unwrap();
    let mut pinned = problem.clone();
    pinned.exhibitors.truncate(problem.exhibitors.len() - 1);
    ws.change(id, 0, "withdraw", "withdraw the last", |w| {
        Ok(Edit {
            problem: Some(pinned.clone()),
            solution: w.solution.clone(),
            state: State::Hand,
            base_version: None,
        })
    })
    .unwrap();
    let w = ws.working(id).unwrap();
    assert_eq!(w.undo.as_deref(), Some("withdraw the last"));
    assert_eq!(w.problem.exhibitors.len(), problem.exhibitors.len() - 1);
    let back = ws.step(id, 1, false).unwrap();
    assert_eq!(back.problem, problem);
    assert_eq!((back.state, back.revision), (State::Solved, 2));
    assert_eq!(back.redo.as_deref(), Some("withdraw the last"));
    assert!(back.undo.is_none());
    let again = ws.step(id, 2, true).unwrap();
    assert_eq!(again.problem, pinned);
    assert_eq!(again.state, State::Hand);
    let nothing = ws.step(id, 3, true).unwrap_err();
    assert_eq!(nothing.code, "nothing-to-undo");
    // A new change after an undo empties the redo stack.
    ws.step(id, 3, false).unwrap();
    ws.change(id, 4, "mark", "other", mark(State::Replanned))
        .unwrap();
    assert!(ws.working(id).unwrap().redo.is_none());
}

#[test]
fn versions_are_numbered_kept_and_announced() {
    let (problem, solution) = taroudant();
    let mut ws = Workspace::in_memory().unwrap();
    let id = ws
        .create_stop("t", &problem, Some(&solution), State::Solved)
        .unwrap();
    ws.change(id, 0, "move", "by hand", mark(State::Hand))
        .unwrap();
    let v2 = ws
        .save_version(id, 1, "après la visite du vendredi")
        .unwrap();
    assert_eq!(
        (v2.number, v2.kind, v2.note.as_str()),
        (2, State::Hand, "après la visite du vendredi")
    );
    assert!(
        ws.save_version(id, 1, "stale").is_err(),
        "saving moved the revision on"
    );
    let announced = ws.announce(v2.id).unwrap();
    assert!(announced.announced.is_some());
    assert_eq!(ws.stops().unwrap()[0].announced, Some(2));
    let kept = ws.version(v2.id).unwrap();
    assert_eq!(kept.solution, solution);
    assert_eq!(kept.problem, problem);
    let numbers: Vec<i64> = ws.versions(id).unwrap().iter().map(|v| v.number).collect();
    assert_eq!(numbers, [2, 1]);
}

#[test]
fn a_workspace_of_the_first_schema_opens_and_keeps_its_stops() {
    let dir = std::env::temp_dir().join(format!("caravane-ws-v1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("old.sqlite");
    let _ = std::fs::remove_file(&file);
    let (problem, _) = taroudant();
    {
        // A workspace as the first schema made it.
        let conn = rusqlite::Connection::open(&file).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO stops (name, problem, state, revision, created, updated)
             VALUES ('taroudant-2025', ?1, 'empty', 3, '2026-11-01 09:00:00', '2026-11-01 09:00:00')",
            [serde_json::to_string(&problem).unwrap()],
        )
        .unwrap();
    }
    let mut ws = Workspace::open(&file).unwrap();
    assert_eq!(ws.schema().unwrap(), schema_version());
    let stops = ws.stops().unwrap();
    assert_eq!(
        (stops[0].name.as_str(), stops[0].revision),
        ("taroudant-2025", 3)
    );
    // The journal the second schema added is there and used.
    ws.change(
        stops[0].id,
        3,
        "mark",
        "after the update",
        mark(State::Empty),
    )
    .unwrap();
    assert_eq!(ws.journal(stops[0].id).unwrap().len(), 1);
    drop(ws);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_workspace_of_a_newer_caravane_is_refused_with_a_sentence() {
    let dir = std::env::temp_dir().join(format!("caravane-ws-new-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("new.sqlite");
    let _ = std::fs::remove_file(&file);
    {
        let conn = rusqlite::Connection::open(&file).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let error = Workspace::open(&file).err().expect("refused");
    assert!(
        error.contains("99") && error.contains("Mettez Caravane à jour"),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_workspace_file_is_in_wal_mode() {
    let dir = std::env::temp_dir().join(format!("caravane-ws-wal-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("w.sqlite");
    let ws = Workspace::open(&file).unwrap();
    let mode: String = ws
        .connection()
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(ws);
    let _ = std::fs::remove_dir_all(&dir);
}
