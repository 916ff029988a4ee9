// Caravane workbench: long jobs (solve, re-plan, sessions) with live progress and cancel, and
// late changes (withdraw, newcomers, recommended stands, moves drawn on the plan).
"use strict";

(() => {
  const C = Caravane;
  const { el, t } = C;
  const base = () => "/api/stops/" + C.stop.id;
  let running = null;
  let roster = null;

  // ---- The solve toolbar and the progress of a job ----
  const toolbar = document.getElementById("toolbar-solve");
  const progress = document.getElementById("progress");
  const solveButton = el("button", { type: "button", id: "solve", class: "primary" }, t("web-jobs-solve"));
  const limit = el("select", { id: "time-limit", "aria-label": t("web-jobs-time-limit") },
    el("option", { value: "" }, t("web-jobs-no-limit")),
    el("option", { value: "10" }, t("web-jobs-seconds", { seconds: 10 })),
    el("option", { value: "60" }, t("web-jobs-seconds", { seconds: 60 })));
  if (toolbar) toolbar.append(solveButton, " ", el("label", {}, t("web-jobs-time-limit"), " ", limit));

  function timeLimit() { return limit.value ? Number(limit.value) : null; }

  /** Starts a job at `path` (solve, replan, replan-sessions) and follows it. */
  async function start(path, body) {
    try {
      const revision = C.stop.data ? C.stop.data.revision : 0;
      const answer = await C.api("POST", base() + path, Object.assign({ revision, time_limit: timeLimit() }, body || {}));
      follow(answer.job);
    } catch (e) { C.fail(e); }
  }

  function busy(on) {
    for (const id of ["solve", "replan", "replan-sessions"]) {
      const b = document.getElementById(id);
      if (b) b.disabled = on;
    }
  }

  function follow(job) {
    running = job;
    busy(true);
    progress.hidden = false;
    poll();
  }

  async function poll() {
    if (running === null) return;
    let view;
    try { view = await C.api("GET", "/api/jobs/" + running); } catch (e) { C.fail(e); running = null; busy(false); return; }
    show(view);
    if (view.state === "running") { setTimeout(poll, 250); return; }
    running = null;
    busy(false);
    C.notice(view.message, view.state === "done" ? "ok" : view.state === "cancelled" ? "info" : "error");
    if (view.state === "done" && view.result) {
      if (view.kind === "replan") showMoves(view.result);
      C.emit("job-done", view);
    }
    await C.refresh();
    await loadRoster();
  }

  /** A number the page's way (the page's language, as the document declares it). */
  function fig(x, digits) {
    if (x === null || x === undefined) return "—";
    const lang = document.documentElement.lang || "fr";
    return new Intl.NumberFormat(lang === "ar" ? "ar-MA" : lang, { maximumFractionDigits: digits === undefined ? 2 : digits }).format(x);
  }

  function show(view) {
    // Once done, the figures are the checker's claim on the whole plan (stands and sessions).
    const claim = view.result && view.result.claim;
    const best = claim ? claim.total : view.best;
    const bound = claim ? claim.bound : view.bound;
    const gap = claim ? claim.gap : view.gap;
    progress.replaceChildren(
      el("h2", {}, view.state === "running" ? t("web-jobs-progress") : t("web-jobs-last")),
      el("ol", { class: "stages" }, view.stages.map((s) =>
        el("li", {}, el("strong", {}, s.words), " — ", s.detail, " ", el("span", { class: "muted" }, t("web-jobs-seconds", { seconds: fig(s.seconds, 1) }))))),
      el("dl", { class: "figures" },
        el("dt", {}, t("web-jobs-best")), el("dd", { id: "job-best" }, fig(best)),
        el("dt", {}, t("web-jobs-bound")), el("dd", { id: "job-bound" }, fig(bound)),
        el("dt", {}, t("web-jobs-gap")), el("dd", { id: "job-gap" }, gap === null || gap === undefined ? "—" : fig(gap * 100, 2) + "\u202f%"),
        el("dt", {}, t("web-jobs-elapsed")), el("dd", { id: "job-elapsed" }, t("web-jobs-seconds", { seconds: fig(view.elapsed, 1) }))),
      view.state === "running"
        ? el("button", { type: "button", id: "cancel", class: "danger", onclick: cancel }, t("web-jobs-cancel"))
        : el("p", { id: "job-message", class: "job-" + view.state }, view.message));
  }

  async function cancel() {
    if (running === null) return;
    try { await C.api("POST", "/api/jobs/" + running + "/cancel"); } catch (e) { C.fail(e); }
  }

  solveButton.addEventListener("click", () => start("/solve"));

  // ---- Late changes ----
  const byId = (id) => document.getElementById(id);

  async function loadRoster() {
    try { roster = await C.api("GET", base() + "/roster"); } catch (e) { C.fail(e); return; }
    // Until the stop's full state is served, the roster carries its revision and state.
    if (!C.stop.data || C.stop.data.revision < roster.revision) {
      C.stop.data = Object.assign(C.stop.data || {}, { revision: roster.revision, state: roster.state, has_layout: roster.has_layout });
    }
    solveButton.textContent = C.stop.data.has_layout ? t("web-jobs-resolve") : t("web-jobs-solve");
    const who = byId("withdraw-who");
    if (who) who.replaceChildren(...roster.exhibitors.map((e) =>
      el("option", { value: e.id }, e.name + (e.stand ? " — " + e.stand : ""))));
    const prov = byId("add-province");
    if (prov && !prov.options.length) prov.replaceChildren(...roster.provinces.map((p) => el("option", { value: p.id }, p.name)));
    const fam = byId("add-family");
    if (fam && !fam.options.length) fam.replaceChildren(...roster.families.map((f) => el("option", { value: f.id }, f.name)));
  }

  async function lateChange(path, body) {
    const answer = await C.api("POST", base() + path, Object.assign({ revision: C.stop.data ? C.stop.data.revision : 0 }, body));
    C.notice(answer.message, "ok");
    if (C.stop.data) Object.assign(C.stop.data, answer.working);
    await C.refresh();
    await loadRoster();
    return answer;
  }

  const withdrawForm = byId("withdraw-form");
  if (withdrawForm) withdrawForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try { await lateChange("/withdraw", { exhibitor: byId("withdraw-who").value }); } catch (e) { C.fail(e); }
  });

  const addForm = byId("add-form");
  if (addForm) addForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const exhibitor = {
      name: byId("add-name").value, province: byId("add-province").value,
      family: byId("add-family").value, women_led: byId("add-women").checked,
    };
    try {
      const answer = await lateChange("/add", { exhibitor });
      addForm.reset();
      if (answer.added && answer.added.length) recommend(answer.added[0]);
    } catch (e) { C.fail(e); }
  });

  async function recommend(who) {
    const box = byId("recommended");
    let found;
    try { found = await C.api("GET", base() + "/recommend?exhibitor=" + encodeURIComponent(who)); } catch (e) { C.fail(e); return; }
    box.replaceChildren(el("h3", {}, t("web-jobs-recommended", { id: who })),
      el("ol", { class: "candidates" }, found.candidates.map((c) =>
        el("li", {}, el("strong", {}, c.stand), " — ", t("web-jobs-total", { total: fig(c.total) }),
          c.reasons.length ? el("ul", {}, c.reasons.map((r) => el("li", {}, r))) : null))));
    overlay(found.candidates.map((c) => ({ stand: c.stand })), []);
  }

  const replanButton = byId("replan");
  if (replanButton) replanButton.addEventListener("click", () => start("/replan", { priority: "fewest-moves" }));

  function showMoves(result) {
    const box = byId("moves");
    const rows = result.moves || [];
    box.replaceChildren(...[
      el("h3", {}, t("web-jobs-moves-title", { count: rows.length })),
      (result.left || []).length ? el("p", {}, t("web-jobs-left", { names: result.left.map((d) => d.exhibitor + " (" + d.stand + ")").join(", ") })) : null,
      rows.length ? el("table", { class: "moves" },
        el("thead", {}, el("tr", {}, [t("web-jobs-who"), t("web-jobs-from"), t("web-jobs-to"), t("web-jobs-why")].map((h) => el("th", {}, h)))),
        el("tbody", {}, rows.map((m) => el("tr", { class: m.forced ? "forced" : "chosen" },
          el("td", {}, m.exhibitor), el("td", {}, m.from || "—"), el("td", {}, m.to),
          el("td", {}, m.why, " ", el("span", { class: "muted" }, m.forced ? t("web-jobs-forced") : t("web-jobs-chosen"))))))) : el("p", {}, t("web-jobs-no-moves")),
      (result.sessions_moved || []).length ? el("p", {}, t("web-jobs-sessions-moved", { titles: result.sessions_moved.map((s) => s.title).join(", ") })) : null,
    ].filter((x) => x !== null));
    byId("save-version").hidden = false;
    overlay([], rows.filter((m) => m.from));
  }

  const save = byId("save-version");
  if (save) save.addEventListener("click", async () => {
    try {
      await C.api("POST", base() + "/versions", { revision: C.stop.data.revision, note: t("web-jobs-version-replanned") });
      C.notice(t("web-jobs-version-saved"), "ok");
      save.hidden = true;
      await C.refresh();
    } catch (e) { C.fail(e); }
  });

  /** The centre of stand `id` on the plan, from the stop's data or the plan's own drawing. */
  function centre(id) {
    const stands = (C.stop.data && C.stop.data.stands) || [];
    const s = stands.find((x) => x.id === id);
    if (s && s.box) return { x: s.box.x + s.box.width / 2, y: s.box.y + s.box.height / 2, box: s.box };
    const node = document.querySelector('#plan [data-stand="' + CSS.escape(id) + '"]');
    if (node && node.getBBox) {
      const b = node.getBBox();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2, box: { x: b.x, y: b.y, width: b.width, height: b.height } };
    }
    return null;
  }

  /** Draws highlighted stands and arrows over the plan, in an SVG of the plan's viewBox. */
  function overlay(highlights, arrows) {
    const plan = document.getElementById("plan");
    const drawn = plan && plan.querySelector("svg:not(.jobs-overlay)");
    const old = plan && plan.querySelector("svg.jobs-overlay");
    if (old) old.remove();
    if (!drawn) return;
    const svg = el("svg", { class: "jobs-overlay", viewBox: drawn.getAttribute("viewBox") || "", "aria-hidden": "true" });
    for (const h of highlights) {
      const c = centre(h.stand);
      if (c) svg.append(el("rect", { x: c.box.x, y: c.box.y, width: c.box.width, height: c.box.height, class: "recommended-stand", fill: "none", stroke: "#0b5cad", "stroke-width": 3 }));
    }
    for (const m of arrows) {
      const a = centre(m.from), b = centre(m.to);
      if (a && b) svg.append(el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "move-arrow", stroke: m.forced ? "#b3261e" : "#9a5b00", "stroke-width": 3 }),
        el("circle", { cx: b.x, cy: b.y, r: 5, fill: m.forced ? "#b3261e" : "#9a5b00" }));
    }
    plan.append(svg);
  }

  C.on("stop", (data) => {
    solveButton.textContent = data && data.has_layout ? t("web-jobs-resolve") : t("web-jobs-solve");
    loadRoster();
  });

  C.jobs = { start, follow };

  document.addEventListener("DOMContentLoaded", async () => {
    if (!C.stop.id) return;
    loadRoster();
    try {
      const last = await C.api("GET", base() + "/job");
      if (last.job && last.job.state === "running") follow(last.job.id);
    } catch (_) { /* no job yet */ }
  });
})();
