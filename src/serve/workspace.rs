//! The workspace: one SQLite file that keeps everything the planner makes in the workbench.
//!
//! * **stops**: each stop file, with its *working* layout (the solution on screen), the state
//!   it is in (solved, changed by hand, re-planned…) and a revision number that every change
//!   raises;
//! * **history**: the undo and redo stacks of each stop, one row per change;
//! * **versions**: the layouts saved, numbered per stop, with their date, note and, once
//!   announced, the date of the announcement; a version is never changed nor deleted;
//! * **journal**: every change made to a stop, with the revision it made;
//! * **tours** and **uploads**: the tour files, and the files the pages sent.
//!
//! The file is opened in WAL mode and every change is one transaction, so that a crash or a
//! kill at any moment leaves every saved version and the last change whole. Two tabs editing
//! the same stop cannot overwrite each other: each change names the revision it was made on,
//! and is refused ([`Conflict`]) when the stop has moved on since. The schema carries its
//! version (`PRAGMA user_version`) and is brought up to date by [`MIGRATIONS`] when opened.

use crate::format::{Problem, Solution};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use std::path::Path;

use super::ApiError;

/// The schema migrations, in order: migration `i` takes a workspace from version `i` to
/// `i + 1`. A new version of Caravane only ever adds one at the end.
pub const MIGRATIONS: &[&str] = &[
    // 1: stops with their working layout, the undo history, versions, tours and uploads.
    "CREATE TABLE stops (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        problem TEXT NOT NULL,
        solution TEXT,
        state TEXT NOT NULL,
        base_version INTEGER,
        revision INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        stop_id INTEGER NOT NULL REFERENCES stops(id) ON DELETE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('undo', 'redo')),
        label TEXT NOT NULL,
        problem TEXT,
        solution TEXT,
        state TEXT NOT NULL,
        base_version INTEGER
    );
    CREATE INDEX history_of_stop ON history (stop_id, side, id);
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        stop_id INTEGER NOT NULL REFERENCES stops(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        kind TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        announced TEXT,
        problem TEXT NOT NULL,
        solution TEXT NOT NULL,
        UNIQUE (stop_id, number)
    );
    CREATE TABLE tours (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        tour TEXT NOT NULL,
        comparison TEXT,
        created TEXT NOT NULL
    );
    CREATE TABLE uploads (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created TEXT NOT NULL
    );",
    // 2: the journal of every change, so that no edit goes unrecorded.
    "CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        stop_id INTEGER NOT NULL REFERENCES stops(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX journal_of_stop ON journal (stop_id, id);",
];

/// The schema version this Caravane writes.
pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// How many changes a stop's undo stack keeps.
pub const UNDO_DEPTH: i64 = 100;

/// The state of a stop's working layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// No layout yet.
    Empty,
    /// As a solve gave it.
    Solved,
    /// Changed by hand since.
    Hand,
    /// Re-planned after late changes.
    Replanned,
    /// The sessions re-planned for the stands.
    Sessions,
    /// Brought in from a solution file.
    Imported,
    /// A saved version opened again.
    Restored,
}

impl State {
    /// The word stored in the workspace.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Empty => "empty",
            State::Solved => "solved",
            State::Hand => "hand",
            State::Replanned => "replanned",
            State::Sessions => "sessions",
            State::Imported => "imported",
            State::Restored => "restored",
        }
    }

    /// The state stored as `s` (an unknown word reads as changed by hand: claim nothing).
    pub fn parse(s: &str) -> State {
        match s {
            "empty" => State::Empty,
            "solved" => State::Solved,
            "replanned" => State::Replanned,
            "sessions" => State::Sessions,
            "imported" => State::Imported,
            "restored" => State::Restored,
            _ => State::Hand,
        }
    }

    /// The state in the planner's words.
    pub fn words(self, lang: crate::i18n::Lang) -> String {
        match self {
            State::Empty => crate::tl!(lang, "web-state-empty"),
            State::Solved => crate::tl!(lang, "web-state-solved"),
            State::Hand => crate::tl!(lang, "web-state-hand"),
            State::Replanned => crate::tl!(lang, "web-state-replanned"),
            State::Sessions => crate::tl!(lang, "web-state-sessions"),
            State::Imported => crate::tl!(lang, "web-state-imported"),
            State::Restored => crate::tl!(lang, "web-state-restored"),
        }
    }
}

/// A change refused because the stop changed since the page read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conflict {
    /// The stop's revision now.
    pub current: i64,
}

/// A stop as the workspace list shows it.
#[derive(Debug, Clone, Serialize)]
pub struct StopRow {
    /// Its id in the workspace.
    pub id: i64,
    /// Its problem name (the file name without `.problem.json`).
    pub name: String,
    /// The stop's title, town and dates, as the file gives them.
    pub title: String,
    /// The town.
    pub town: String,
    /// The first and last days.
    pub from: String,
    /// The last day.
    pub to: String,
    /// How many exhibitors.
    pub exhibitors: usize,
    /// The working layout's state.
    pub state: State,
    /// The revision.
    pub revision: i64,
    /// How many versions are saved.
    pub versions: i64,
    /// The number of the version last announced, if any.
    pub announced: Option<i64>,
    /// When it last changed.
    pub updated: String,
}

/// A stop's working state: the stop file and the layout on screen.
#[derive(Debug, Clone)]
pub struct Working {
    /// Its id in the workspace.
    pub id: i64,
    /// Its problem name.
    pub name: String,
    /// The working stop file (pins, forbidden stands and late changes included).
    pub problem: Problem,
    /// The working layout, if any.
    pub solution: Option<Solution>,
    /// What state it is in.
    pub state: State,
    /// The version it came from, if any.
    pub base_version: Option<i64>,
    /// The revision: raised by every change.
    pub revision: i64,
    /// What undo would take back, if anything.
    pub undo: Option<String>,
    /// What redo would do again, if anything.
    pub redo: Option<String>,
}

/// What a change makes of the working state.
#[derive(Debug, Clone)]
pub struct Edit {
    /// The new stop file, when the change touches it (pins, late changes).
    pub problem: Option<Problem>,
    /// The new layout.
    pub solution: Option<Solution>,
    /// The state after.
    pub state: State,
    /// The version it now comes from, when it changes.
    pub base_version: Option<i64>,
}

/// A saved version, as listed.
#[derive(Debug, Clone, Serialize)]
pub struct VersionRow {
    /// Its id in the workspace.
    pub id: i64,
    /// Its stop.
    pub stop: i64,
    /// Its number in the stop (1, 2, …).
    pub number: i64,
    /// The state the layout was in when saved.
    pub kind: State,
    /// The planner's note.
    pub note: String,
    /// When saved.
    pub created: String,
    /// When announced, if it was.
    pub announced: Option<String>,
    /// The layout's status (optimal, feasible…), from the solution file.
    pub status: String,
    /// The layout's total, when it has one.
    pub total: Option<f64>,
}

/// A saved version with its files.
#[derive(Debug, Clone)]
pub struct Version {
    /// How it is listed.
    pub row: VersionRow,
    /// The stop file it was made for.
    pub problem: Problem,
    /// Its layout.
    pub solution: Solution,
}

/// A tour kept in the workspace.
#[derive(Debug, Clone, Serialize)]
pub struct TourRow {
    /// Its id.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// When it was added.
    pub created: String,
    /// Whether its itineraries were compared.
    pub compared: bool,
}

/// One change of a stop's journal.
#[derive(Debug, Clone, Serialize)]
pub struct JournalEntry {
    /// The revision the change made.
    pub revision: i64,
    /// When.
    pub at: String,
    /// What kind of change (`move`, `swap`, `pin`, `solve`…).
    pub action: String,
    /// What changed, for people.
    pub detail: String,
}

/// The workspace file, open.
pub struct Workspace {
    conn: Connection,
}

/// The time now, in UTC, as `2026-11-30 18:04:05`.
pub fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

fn to_json<T: Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::internal(&e.to_string()))
}

fn problem_of(text: &str) -> Result<Problem, ApiError> {
    serde_json::from_str(text).map_err(|e| ApiError::internal(&format!("stored stop file: {e}")))
}

fn solution_of(text: &str) -> Result<Solution, ApiError> {
    serde_json::from_str(text).map_err(|e| ApiError::internal(&format!("stored solution: {e}")))
}

impl Workspace {
    /// Opens (or creates) the workspace file at `path` and brings its schema up to date.
    ///
    /// # Errors
    /// When the file cannot be opened, is not a workspace, or was made by a newer Caravane.
    pub fn open(path: &Path) -> Result<Workspace, String> {
        let conn = Connection::open(path).map_err(|e| e.to_string())?;
        Workspace::ready(conn)
    }

    /// A workspace in memory, for tests and benchmarks.
    ///
    /// # Errors
    /// When SQLite cannot make one.
    pub fn in_memory() -> Result<Workspace, String> {
        let conn = Connection::open_in_memory().map_err(|e| e.to_string())?;
        Workspace::ready(conn)
    }

    fn ready(conn: Connection) -> Result<Workspace, String> {
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| e.to_string())?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(|e| e.to_string())?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| e.to_string())?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|e| e.to_string())?;
        let mut ws = Workspace { conn };
        ws.migrate()?;
        Ok(ws)
    }

    /// The schema version of the open file.
    ///
    /// # Errors
    /// When SQLite cannot tell.
    pub fn schema(&self) -> Result<i64, String> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| e.to_string())
    }

    fn migrate(&mut self) -> Result<(), String> {
        let at = self.schema()?;
        if at > schema_version() {
            return Err(crate::t!(
                "web-workspace-newer",
                found = at,
                known = schema_version()
            ));
        }
        let tx = self.conn.transaction().map_err(|e| e.to_string())?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(at as usize) {
            tx.execute_batch(sql).map_err(|e| e.to_string())?;
            tx.pragma_update(None, "user_version", i as i64 + 1)
                .map_err(|e| e.to_string())?;
        }
        tx.commit().map_err(|e| e.to_string())
    }

    /// Every stop, newest first.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn stops(&self) -> Result<Vec<StopRow>, ApiError> {
        let mut q = self.conn.prepare(
            "SELECT s.id, s.name, s.problem, s.state, s.revision, s.updated,
                (SELECT COUNT(*) FROM versions v WHERE v.stop_id = s.id),
                (SELECT v.number FROM versions v WHERE v.stop_id = s.id AND v.announced IS NOT NULL
                   ORDER BY v.announced DESC, v.number DESC LIMIT 1)
             FROM stops s ORDER BY s.id DESC",
        )?;
        let rows = q.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, Option<i64>>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, name, problem, state, revision, updated, versions, announced) = row?;
            let problem = problem_of(&problem)?;
            out.push(StopRow {
                id,
                name,
                title: problem.stop.name.clone(),
                town: problem.stop.town.clone(),
                from: problem.stop.from.clone(),
                to: problem.stop.to.clone(),
                exhibitors: problem.exhibitors.len(),
                state: State::parse(&state),
                revision,
                versions,
                announced,
                updated,
            });
        }
        Ok(out)
    }

    /// Adds a stop, with a layout if one is given (then also saved as version 1).
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn create_stop(
        &mut self,
        name: &str,
        problem: &Problem,
        solution: Option<&Solution>,
        state: State,
    ) -> Result<i64, ApiError> {
        let now = now();
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO stops (name, problem, solution, state, revision, created, updated)
             VALUES (?1, ?2, ?3, ?4, 0, ?5, ?5)",
            params![
                name,
                to_json(problem)?,
                solution.map(to_json).transpose()?,
                if solution.is_some() {
                    state
                } else {
                    State::Empty
                }
                .as_str(),
                now
            ],
        )?;
        let id = tx.last_insert_rowid();
        journal(&tx, id, 0, "create", name)?;
        if let Some(s) = solution {
            let v = insert_version(&tx, id, problem, s, state, "")?;
            tx.execute(
                "UPDATE stops SET base_version = ?1 WHERE id = ?2",
                params![v, id],
            )?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// The working state of stop `id`.
    ///
    /// # Errors
    /// Not found, or the file cannot be read.
    pub fn working(&self, id: i64) -> Result<Working, ApiError> {
        working(&self.conn, id)
    }

    /// Makes a change to stop `id`, if it is still at `revision`: `f` says what the change
    /// makes of the working state; the state before goes on the undo stack, the redo stack is
    /// emptied, the revision raised and the change written in the journal, in one transaction.
    ///
    /// # Errors
    /// [`Conflict`] (as an [`ApiError`]) when the stop changed since `revision`; what `f`
    /// returns; or when the file cannot be written.
    pub fn change(
        &mut self,
        id: i64,
        revision: i64,
        action: &str,
        label: &str,
        f: impl FnOnce(&Working) -> Result<Edit, ApiError>,
    ) -> Result<Working, ApiError> {
        let tx = self.conn.transaction()?;
        let before = working(&tx, id)?;
        if before.revision != revision {
            return Err(Conflict {
                current: before.revision,
            }
            .into());
        }
        let edit = f(&before)?;
        push_history(&tx, id, "undo", label, &before, edit.problem.is_some())?;
        tx.execute(
            "DELETE FROM history WHERE stop_id = ?1 AND side = 'redo'",
            params![id],
        )?;
        tx.execute(
            "DELETE FROM history WHERE stop_id = ?1 AND side = 'undo' AND id NOT IN
               (SELECT id FROM history WHERE stop_id = ?1 AND side = 'undo'
                ORDER BY id DESC LIMIT ?2)",
            params![id, UNDO_DEPTH],
        )?;
        let problem = edit.problem.as_ref().unwrap_or(&before.problem);
        let base = edit.base_version.or(before.base_version);
        write_working(
            &tx,
            id,
            problem,
            edit.solution.as_ref(),
            edit.state,
            base,
            revision + 1,
        )?;
        journal(&tx, id, revision + 1, action, label)?;
        let after = working(&tx, id)?;
        tx.commit()?;
        Ok(after)
    }

    /// Takes back the last change of stop `id` (`redo: false`) or makes again the last one
    /// taken back (`redo: true`), if the stop is still at `revision`.
    ///
    /// # Errors
    /// [`Conflict`], nothing to undo or redo, or when the file cannot be written.
    pub fn step(&mut self, id: i64, revision: i64, redo: bool) -> Result<Working, ApiError> {
        let (from, to) = if redo {
            ("redo", "undo")
        } else {
            ("undo", "redo")
        };
        let tx = self.conn.transaction()?;
        let now_state = working(&tx, id)?;
        if now_state.revision != revision {
            return Err(Conflict {
                current: now_state.revision,
            }
            .into());
        }
        let entry = tx
            .query_row(
                "SELECT id, label, problem, solution, state, base_version FROM history
                 WHERE stop_id = ?1 AND side = ?2 ORDER BY id DESC LIMIT 1",
                params![id, from],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, Option<i64>>(5)?,
                    ))
                },
            )
            .optional()?;
        let Some((hid, label, problem, solution, state, base)) = entry else {
            return Err(ApiError::bad(
                "nothing-to-undo",
                if redo {
                    crate::t!("web-nothing-to-redo")
                } else {
                    crate::t!("web-nothing-to-undo")
                },
            ));
        };
        push_history(&tx, id, to, &label, &now_state, problem.is_some())?;
        tx.execute("DELETE FROM history WHERE id = ?1", params![hid])?;
        let problem = match problem {
            Some(p) => problem_of(&p)?,
            None => now_state.problem.clone(),
        };
        let solution = solution.as_deref().map(solution_of).transpose()?;
        write_working(
            &tx,
            id,
            &problem,
            solution.as_ref(),
            State::parse(&state),
            base,
            revision + 1,
        )?;
        journal(
            &tx,
            id,
            revision + 1,
            if redo { "redo" } else { "undo" },
            &label,
        )?;
        let after = working(&tx, id)?;
        tx.commit()?;
        Ok(after)
    }

    /// Saves the working layout of stop `id` as a new version, if the stop is still at
    /// `revision`.
    ///
    /// # Errors
    /// [`Conflict`], no layout to save, or when the file cannot be written.
    pub fn save_version(
        &mut self,
        id: i64,
        revision: i64,
        note: &str,
    ) -> Result<VersionRow, ApiError> {
        let tx = self.conn.transaction()?;
        let w = working(&tx, id)?;
        if w.revision != revision {
            return Err(Conflict {
                current: w.revision,
            }
            .into());
        }
        let Some(solution) = &w.solution else {
            return Err(ApiError::bad("no-layout", crate::t!("web-no-layout")));
        };
        let v = insert_version(&tx, id, &w.problem, solution, w.state, note)?;
        tx.execute(
            "UPDATE stops SET base_version = ?1, revision = revision + 1, updated = ?2
             WHERE id = ?3",
            params![v, now(), id],
        )?;
        journal(&tx, id, revision + 1, "save", note)?;
        let row = version_row(&tx, v)?;
        tx.commit()?;
        Ok(row)
    }

    /// Saves a layout made away from the working state (a solve that ended after the planner
    /// changed the stop) as a new version, leaving the working state as it is.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn add_version(
        &mut self,
        id: i64,
        problem: &Problem,
        solution: &Solution,
        kind: State,
        note: &str,
    ) -> Result<VersionRow, ApiError> {
        let tx = self.conn.transaction()?;
        working(&tx, id)?;
        let v = insert_version(&tx, id, problem, solution, kind, note)?;
        let row = version_row(&tx, v)?;
        tx.commit()?;
        Ok(row)
    }

    /// Marks version `version` as announced now.
    ///
    /// # Errors
    /// Not found, or when the file cannot be written.
    pub fn announce(&mut self, version: i64) -> Result<VersionRow, ApiError> {
        let tx = self.conn.transaction()?;
        let row = version_row(&tx, version)?;
        tx.execute(
            "UPDATE versions SET announced = ?1 WHERE id = ?2",
            params![now(), version],
        )?;
        journal(
            &tx,
            row.stop,
            working(&tx, row.stop)?.revision,
            "announce",
            &row.number.to_string(),
        )?;
        let row = version_row(&tx, version)?;
        tx.commit()?;
        Ok(row)
    }

    /// The versions of stop `id`, newest first.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn versions(&self, id: i64) -> Result<Vec<VersionRow>, ApiError> {
        let mut q = self
            .conn
            .prepare("SELECT id FROM versions WHERE stop_id = ?1 ORDER BY number DESC")?;
        let ids: Vec<i64> = q
            .query_map(params![id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        ids.into_iter()
            .map(|v| version_row(&self.conn, v))
            .collect()
    }

    /// A version with its files.
    ///
    /// # Errors
    /// Not found, or when the file cannot be read.
    pub fn version(&self, version: i64) -> Result<Version, ApiError> {
        let row = version_row(&self.conn, version)?;
        let (p, s): (String, String) = self.conn.query_row(
            "SELECT problem, solution FROM versions WHERE id = ?1",
            params![version],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Version {
            row,
            problem: problem_of(&p)?,
            solution: solution_of(&s)?,
        })
    }

    /// The journal of stop `id`, oldest first.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn journal(&self, id: i64) -> Result<Vec<JournalEntry>, ApiError> {
        let mut q = self.conn.prepare(
            "SELECT revision, at, action, detail FROM journal WHERE stop_id = ?1 ORDER BY id",
        )?;
        let rows = q.query_map(params![id], |r| {
            Ok(JournalEntry {
                revision: r.get(0)?,
                at: r.get(1)?,
                action: r.get(2)?,
                detail: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a tour file; its id.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn create_tour(&mut self, name: &str, tour: &crate::format::Tour) -> Result<i64, ApiError> {
        self.conn.execute(
            "INSERT INTO tours (name, tour, created) VALUES (?1, ?2, ?3)",
            params![name, to_json(tour)?, now()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Every tour, newest first.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn tours(&self) -> Result<Vec<TourRow>, ApiError> {
        let mut q = self.conn.prepare(
            "SELECT id, name, created, comparison IS NOT NULL FROM tours ORDER BY id DESC",
        )?;
        let rows = q.query_map([], |r| {
            Ok(TourRow {
                id: r.get(0)?,
                name: r.get(1)?,
                created: r.get(2)?,
                compared: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A tour: its name, its file, and the comparison kept for it (JSON), if any.
    ///
    /// # Errors
    /// Not found, or when the file cannot be read.
    pub fn tour(
        &self,
        id: i64,
    ) -> Result<(String, crate::format::Tour, Option<serde_json::Value>), ApiError> {
        let (name, tour, comparison): (String, String, Option<String>) = self
            .conn
            .query_row(
                "SELECT name, tour, comparison FROM tours WHERE id = ?1",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| ApiError::not_found(crate::t!("web-no-such-tour", id = id)))?;
        let tour = serde_json::from_str(&tour)
            .map_err(|e| ApiError::internal(&format!("stored tour: {e}")))?;
        let comparison = comparison
            .map(|c| serde_json::from_str(&c))
            .transpose()
            .map_err(|e| ApiError::internal(&format!("stored comparison: {e}")))?;
        Ok((name, tour, comparison))
    }

    /// Keeps the comparison of tour `id`.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn set_comparison(
        &mut self,
        id: i64,
        comparison: &serde_json::Value,
    ) -> Result<(), ApiError> {
        self.conn.execute(
            "UPDATE tours SET comparison = ?1 WHERE id = ?2",
            params![to_json(comparison)?, id],
        )?;
        Ok(())
    }

    /// Keeps a file a page sent; its id.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn add_upload(&mut self, name: &str, bytes: &[u8]) -> Result<i64, ApiError> {
        self.conn.execute(
            "INSERT INTO uploads (name, bytes, created) VALUES (?1, ?2, ?3)",
            params![name, bytes, now()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// A file a page sent: its name and bytes.
    ///
    /// # Errors
    /// Not found, or when the file cannot be read.
    pub fn upload(&self, id: i64) -> Result<(String, Vec<u8>), ApiError> {
        self.conn
            .query_row(
                "SELECT name, bytes FROM uploads WHERE id = ?1",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| ApiError::not_found(crate::t!("web-no-such-upload", id = id)))
    }

    /// The connection, for the rare query the functions above do not make.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

fn working(conn: &Connection, id: i64) -> Result<Working, ApiError> {
    let row = conn
        .query_row(
            "SELECT name, problem, solution, state, base_version, revision FROM stops WHERE id = ?1",
            params![id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                    r.get::<_, i64>(5)?,
                ))
            },
        )
        .optional()?;
    let Some((name, problem, solution, state, base_version, revision)) = row else {
        return Err(ApiError::not_found(crate::t!("web-no-such-stop", id = id)));
    };
    let label = |side: &str| -> Result<Option<String>, ApiError> {
        Ok(conn
            .query_row(
                "SELECT label FROM history WHERE stop_id = ?1 AND side = ?2
                 ORDER BY id DESC LIMIT 1",
                params![id, side],
                |r| r.get(0),
            )
            .optional()?)
    };
    Ok(Working {
        id,
        name,
        problem: problem_of(&problem)?,
        solution: solution.as_deref().map(solution_of).transpose()?,
        state: State::parse(&state),
        base_version,
        revision,
        undo: label("undo")?,
        redo: label("redo")?,
    })
}

fn push_history(
    tx: &Transaction,
    id: i64,
    side: &str,
    label: &str,
    w: &Working,
    with_problem: bool,
) -> Result<(), ApiError> {
    tx.execute(
        "INSERT INTO history (stop_id, side, label, problem, solution, state, base_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            side,
            label,
            with_problem.then(|| to_json(&w.problem)).transpose()?,
            w.solution.as_ref().map(to_json).transpose()?,
            w.state.as_str(),
            w.base_version
        ],
    )?;
    Ok(())
}

fn write_working(
    tx: &Transaction,
    id: i64,
    problem: &Problem,
    solution: Option<&Solution>,
    state: State,
    base: Option<i64>,
    revision: i64,
) -> Result<(), ApiError> {
    tx.execute(
        "UPDATE stops SET problem = ?1, solution = ?2, state = ?3, base_version = ?4,
           revision = ?5, updated = ?6 WHERE id = ?7",
        params![
            to_json(problem)?,
            solution.map(to_json).transpose()?,
            state.as_str(),
            base,
            revision,
            now(),
            id
        ],
    )?;
    Ok(())
}

fn journal(
    tx: &Connection,
    id: i64,
    revision: i64,
    action: &str,
    detail: &str,
) -> Result<(), ApiError> {
    tx.execute(
        "INSERT INTO journal (stop_id, revision, at, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, revision, now(), action, detail],
    )?;
    Ok(())
}

fn insert_version(
    tx: &Connection,
    id: i64,
    problem: &Problem,
    solution: &Solution,
    kind: State,
    note: &str,
) -> Result<i64, ApiError> {
    let number: i64 = tx.query_row(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE stop_id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO versions (stop_id, number, kind, note, created, problem, solution)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            number,
            kind.as_str(),
            note,
            now(),
            to_json(problem)?,
            to_json(solution)?
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

fn version_row(conn: &Connection, version: i64) -> Result<VersionRow, ApiError> {
    let row = conn
        .query_row(
            "SELECT id, stop_id, number, kind, note, created, announced, solution
             FROM versions WHERE id = ?1",
            params![version],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, String>(7)?,
                ))
            },
        )
        .optional()?;
    let Some((id, stop, number, kind, note, created, announced, solution)) = row else {
        return Err(ApiError::not_found(crate::t!(
            "web-no-such-version",
            id = version
        )));
    };
    let solution = solution_of(&solution)?;
    Ok(VersionRow {
        id,
        stop,
        number,
        kind: State::parse(&kind),
        note,
        created,
        announced,
        status: serde_json::to_value(solution.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        total: solution.objective.as_ref().map(|o| o.total),
    })
}
