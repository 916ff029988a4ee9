// Caravane workbench: the interactive plan. The floor plan drawn by the library, with a layer
// of the stands over it to click and to drag on; the exhibitor's details; what the last change
// cost, term by term; the zones × provinces table; undo, redo, versions and downloads.
// Every figure comes from the server's checker; this script only shows it.
"use strict";

(() => {
  const C = Caravane;
  const t = C.t;
  const el = C.el;
  const DOWNLOADS = {
    solution: "web-plan-download-solution", problem: "web-plan-download-problem", export: "web-plan-download-export",
    report: "web-plan-download-report", pack: "web-plan-download-pack",
  };
  const STATUS = {
    optimal: "web-plan-status-optimal", feasible: "web-plan-status-feasible",
    infeasible: "web-plan-status-infeasible", unknown: "web-plan-status-unknown",
  };

  /** What the planner is doing: the exhibitor selected, and the mode of the next click on a
   *  stand (null: select; "move": move or swap the selected there; "forbid": forbid it). */
  const ui = { selected: null, mode: null, drag: null, lastChange: null, compare: new Set() };
  window.caravaneTimings = window.caravaneTimings || [];

  /** A number the page's language's way (at most `digits` decimals, 2 unless told). */
  function figure(x, digits) {
    if (x === null || x === undefined) return "—";
    const lang = document.documentElement.lang || "fr";
    return new Intl.NumberFormat(lang === "ar" ? "ar-MA" : lang, { maximumFractionDigits: digits === undefined ? 2 : digits }).format(x);
  }

  const byId = (list, id) => (list || []).find((x) => x.id === id) || null;
  const data = () => C.stop.data;
  const exhibitor = (id) => byId(data() && data().exhibitors, id);
  const stand = (id) => byId(data() && data().stands, id);

  function clear(node) { while (node && node.firstChild) node.firstChild.remove(); return node; }

  // ---- the toolbar -------------------------------------------------------------------------

  function toolbar(d) {
    const edit = clear(document.getElementById("toolbar-edit"));
    if (edit) {
      edit.append(
        el("button", { type: "button", id: "undo", disabled: !d.undo, title: d.undo || null, onclick: () => step("undo") }, t("web-plan-undo")),
        el("button", { type: "button", id: "redo", disabled: !d.redo, title: d.redo || null, onclick: () => step("redo") }, t("web-plan-redo")),
        el("button", { type: "button", id: "save-version", disabled: !d.has_layout, onclick: saveVersion }, t("web-plan-save")));
    }
    const downloads = clear(document.getElementById("toolbar-downloads"));
    if (downloads) {
      downloads.append(el("span", { class: "muted" }, t("web-plan-downloads")));
      for (const [kind, words] of Object.entries(DOWNLOADS)) {
        const off = kind !== "problem" && !d.has_layout;
        downloads.append(el("a", {
          class: "button download" + (off ? " off" : ""), "data-kind": kind, download: "",
          href: off ? null : "/api/stops/" + d.id + "/download/" + kind, "aria-disabled": off ? "true" : null,
        }, t(words)));
      }
    }
    const badge = document.getElementById("stop-state");
    if (badge) {
      badge.textContent = d.state_words;
      badge.className = "badge " + d.state;
      badge.dataset.state = d.state;
    }
  }

  async function step(which) {
    const label = which === "undo" ? data().undo : data().redo;
    try {
      await C.change("/" + which, {});
      ui.lastChange = null;
      renderChanges(data());
      C.notice(t(which === "undo" ? "web-plan-undone" : "web-plan-redone", { label }), "ok");
    } catch (e) { C.fail(e); }
  }

  async function saveVersion() {
    const note = window.prompt(t("web-plan-save-note"), "");
    if (note === null) return;
    try {
      const answer = await C.change("/versions", { note });
      C.notice(t("web-plan-saved", { number: answer.version.number }), "ok");
    } catch (e) { C.fail(e); }
  }

  // ---- the plan ----------------------------------------------------------------------------

  function renderPlan(d) {
    const box = clear(document.getElementById("plan"));
    if (!box) return;
    if (!d.plan_svg) {
      box.append(el("p", { class: "plan-empty muted" }, t("web-plan-no-layout-yet")));
      return;
    }
    const parsed = new DOMParser().parseFromString(d.plan_svg, "image/svg+xml");
    const svg = document.importNode(parsed.documentElement, true);
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    svg.setAttribute("class", "plan-drawing");
    svg.setAttribute("role", "img");
    const layer = el("g", { id: "plan-overlay", class: "overlay" });
    for (const s of d.stands) {
      const b = s.box;
      const who = s.occupant ? exhibitor(s.occupant) : null;
      const r = el("rect", {
        class: "stand-hit" + (who ? " occupied" : " free"), x: b.x, y: b.y, width: b.width, height: b.height,
        "data-stand": s.id, "data-exhibitor": s.occupant || null, tabindex: "0", role: "button",
        "aria-label": who ? t("web-plan-stand-label", { stand: s.id, name: who.name }) : t("web-plan-free-stand", { stand: s.id }),
      }, el("title", {}, who ? t("web-plan-stand-label", { stand: s.id, name: who.name }) : t("web-plan-free-stand", { stand: s.id })));
      layer.append(r);
    }
    for (const x of d.exhibitors) {
      if (!x.pinned) continue;
      const s = stand(x.pinned);
      if (!s) continue;
      const cx = s.box.x + s.box.width - 5, cy = s.box.y + 5;
      layer.append(el("g", { class: "pin-mark", "data-exhibitor": x.id },
        el("title", {}, t("web-plan-pinned", { stand: x.pinned })),
        el("line", { x1: cx, y1: cy, x2: cx - 5, y2: cy + 8, stroke: "#1a1a1a", "stroke-width": 2 }),
        el("circle", { cx, cy, r: 4.5, fill: "#b3261e", stroke: "#ffffff", "stroke-width": 1.5 })));
    }
    svg.append(layer);
    box.append(svg);
    decorate();
  }

  /** The marks that depend on the selection: the selected stand, its forbidden stands. */
  function decorate() {
    const layer = document.getElementById("plan-overlay");
    if (!layer) return;
    layer.querySelectorAll(".forbid-mark").forEach((n) => n.remove());
    layer.querySelectorAll(".stand-hit").forEach((r) => {
      r.classList.toggle("selected", !!ui.selected && r.dataset.exhibitor === ui.selected);
      r.classList.toggle("choosing", !!ui.mode);
    });
    const x = ui.selected && exhibitor(ui.selected);
    if (!x) return;
    for (const id of x.forbidden) {
      const s = stand(id);
      if (!s) continue;
      const b = s.box;
      layer.append(el("g", { class: "forbid-mark", "data-stand": id },
        el("line", { x1: b.x + 2, y1: b.y + 2, x2: b.x + b.width - 2, y2: b.y + b.height - 2, stroke: "#b3261e", "stroke-width": 3 }),
        el("line", { x1: b.x + b.width - 2, y1: b.y + 2, x2: b.x + 2, y2: b.y + b.height - 2, stroke: "#b3261e", "stroke-width": 3 })));
    }
  }

  function standAt(clientX, clientY) {
    const n = document.elementFromPoint(clientX, clientY);
    const hit = n && n.closest && n.closest(".stand-hit");
    return hit ? hit.dataset.stand : null;
  }

  /** A click on stand `id` (or Enter on it): select its exhibitor, or finish the move or the
   *  forbid the planner asked for. */
  function clickStand(id) {
    const s = stand(id);
    if (!s) return;
    if (ui.mode && ui.selected) {
      const mode = ui.mode;
      ui.mode = null;
      if (mode === "move") dropOn(ui.selected, id, performance.now());
      else forbid(ui.selected, id, true);
      return;
    }
    ui.selected = s.occupant || null;
    renderDetails(data());
    decorate();
  }

  /** Moves `who` onto stand `to` (free) or swaps it with whoever has it. */
  async function dropOn(who, to, started) {
    const x = exhibitor(who);
    const s = stand(to);
    if (!x || !s || x.stand === to) { decorate(); return; }
    try {
      const answer = s.occupant
        ? await C.change("/swap", { first: who, second: s.occupant })
        : await C.change("/move", { exhibitor: who, stand: to });
      ui.lastChange = answer.change;
      renderChanges(data());
      window.caravaneTimings.push({ kind: s.occupant ? "swap" : "move", ms: performance.now() - started });
    } catch (e) { C.fail(e); }
  }

  function onPointerDown(e) {
    const hit = e.target.closest && e.target.closest(".stand-hit");
    if (!hit || e.button !== 0) return;
    e.preventDefault();
    ui.drag = { from: hit.dataset.stand, who: hit.dataset.exhibitor || null, over: hit.dataset.stand };
    if (ui.drag.who) hit.classList.add("dragging");
  }

  function onPointerMove(e) {
    if (!ui.drag || !ui.drag.who) return;
    const over = standAt(e.clientX, e.clientY);
    if (over === ui.drag.over) return;
    document.querySelectorAll(".stand-hit.drop-target").forEach((n) => n.classList.remove("drop-target"));
    ui.drag.over = over;
    if (over && over !== ui.drag.from) {
      const n = document.querySelector('.stand-hit[data-stand="' + CSS.escape(over) + '"]');
      if (n) n.classList.add("drop-target");
    }
  }

  function onPointerUp(e) {
    if (!ui.drag) return;
    const started = performance.now();
    const drag = ui.drag;
    ui.drag = null;
    document.querySelectorAll(".stand-hit.dragging, .stand-hit.drop-target").forEach((n) => n.classList.remove("dragging", "drop-target"));
    const to = standAt(e.clientX, e.clientY);
    if (!to) return;
    if (to === drag.from || !drag.who || ui.mode) { clickStand(to); return; }
    ui.selected = drag.who;
    dropOn(drag.who, to, started);
  }

  function onKey(e) {
    const hit = e.target.closest && e.target.closest(".stand-hit");
    if (hit && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); clickStand(hit.dataset.stand); }
    if (e.key === "Escape" && ui.mode) { ui.mode = null; renderDetails(data()); decorate(); }
  }

  // ---- the details of the exhibitor selected -----------------------------------------------

  function renderDetails(d) {
    const box = clear(document.getElementById("details"));
    if (!box) return;
    box.append(el("h2", {}, t("web-plan-details-title")));
    const x = ui.selected && exhibitor(ui.selected);
    if (!x) { box.append(el("p", { class: "muted" }, t("web-plan-details-empty"))); return; }
    const s = x.stand && stand(x.stand);
    const swatch = el("span", { class: "swatch" });
    swatch.style.backgroundColor = x.province.colour;
    const row = (label, ...value) => [el("dt", {}, label), el("dd", {}, ...value)];
    box.append(el("p", { class: "exhibitor-name" }, el("strong", {}, x.name), " ", el("span", { class: "muted" }, x.id)));
    box.append(el("dl", { class: "facts" },
      row(t("web-plan-stand"), x.stand || t("web-plan-no-stand")),
      row(t("web-plan-zone"), (s && s.zone_name) || "—"),
      row(t("web-plan-province"), swatch, " ", x.province.name),
      row(t("web-plan-family"), x.family.name),
      row(t("web-plan-needs"), x.needs.length ? x.needs.join(", ") : t("web-plan-no-needs")),
      row(t("web-plan-pin-state"), x.pinned ? t("web-plan-pinned", { stand: x.pinned }) : t("web-plan-not-pinned")),
      x.forbidden.length ? row(t("web-plan-forbidden-stands"), x.forbidden.join(", ")) : null));
    const actions = el("div", { class: "actions" });
    if (x.stand) {
      actions.append(el("button", { type: "button", id: "move-to", "aria-pressed": ui.mode === "move" ? "true" : "false",
        onclick: () => { ui.mode = ui.mode === "move" ? null : "move"; renderDetails(data()); decorate(); } }, t("web-plan-move-to")));
    }
    actions.append(x.pinned
      ? el("button", { type: "button", id: "unpin", onclick: () => pin(x.id, false) }, t("web-plan-unpin"))
      : el("button", { type: "button", id: "pin", disabled: !x.stand, onclick: () => pin(x.id, true) }, t("web-plan-pin")));
    actions.append(el("button", { type: "button", id: "forbid", "aria-pressed": ui.mode === "forbid" ? "true" : "false",
      onclick: () => { ui.mode = ui.mode === "forbid" ? null : "forbid"; renderDetails(data()); decorate(); } }, t("web-plan-forbid")));
    for (const f of x.forbidden) {
      actions.append(el("button", { type: "button", class: "allow", "data-stand": f, onclick: () => forbid(x.id, f, false) }, t("web-plan-allow", { stand: f })));
    }
    box.append(actions);
    if (ui.mode) {
      box.append(el("p", { class: "choose", role: "status" },
        t(ui.mode === "move" ? "web-plan-choose-target" : "web-plan-choose-forbid", { name: x.name })));
    }
    box.append(el("h3", {}, t("web-plan-agenda")));
    box.append(x.agenda.length ? el("ul", { class: "agenda" }, x.agenda.map((a) => el("li", {}, a)))
      : el("p", { class: "muted" }, t("web-plan-no-agenda")));
    const costs = d.costs.filter((c) => c.exhibitors.includes(x.id));
    box.append(el("h3", {}, t("web-plan-costs")));
    box.append(costs.length
      ? el("ul", { class: "costs" }, costs.map((c) => el("li", {}, el("span", { class: "cost" }, c.words + " " + figure(c.cost)), " ", c.text)))
      : el("p", { class: "muted" }, t("web-plan-no-costs")));
  }

  async function pin(who, pinned) {
    try { await C.change("/pin", { exhibitor: who, pinned }); } catch (e) { C.fail(e); }
  }

  async function forbid(who, where, forbidden) {
    try { await C.change("/forbid", { exhibitor: who, stand: where, forbidden }); } catch (e) { C.fail(e); }
  }

  // ---- what the last change cost -----------------------------------------------------------

  function renderChanges(d) {
    const box = clear(document.getElementById("changes"));
    if (!box || !d) return;
    box.append(el("h2", {}, t("web-plan-changes-title")));
    const claim = d.claim;
    box.append(el("p", { class: "total" },
      el("strong", { id: "total" }, t("web-plan-total-now", { total: figure(claim ? claim.total : null) })), " ",
      el("span", { class: "badge status " + d.status }, claim ? claim.status_words : d.state_words)));
    if (claim) box.append(el("p", { class: "muted claim" }, claim.headline));
    const c = ui.lastChange;
    if (!c) { box.append(el("p", { class: "muted" }, t("web-plan-no-change"))); return; }
    box.append(el("ul", { class: "moves" }, c.moves.map((m) =>
      el("li", {}, t("web-plan-moved", { name: m.name, from: m.from || t("web-plan-no-stand"), to: m.to })))));
    const table = el("table", { class: "terms" });
    table.append(el("thead", {}, el("tr", {},
      el("th", {}, t("web-plan-term")), el("th", { class: "num" }, t("web-plan-before")),
      el("th", { class: "num" }, t("web-plan-after")), el("th", { class: "num" }, t("web-plan-change")))));
    const body = el("tbody");
    for (const term of c.terms) {
      const sign = term.change > 0 ? "+" : "";
      body.append(el("tr", { class: term.term === "total" ? "total-row" : null, "data-term": term.term },
        el("td", {}, term.words, term.term === "total" ? null : el("span", { class: "muted" }, " × " + figure(term.weight))),
        el("td", { class: "num" }, figure(term.before)),
        el("td", { class: "num" }, figure(term.after)),
        el("td", { class: "num " + (term.change > 0 ? "up" : term.change < 0 ? "down" : "") }, sign + figure(term.change))));
    }
    table.append(body);
    box.append(table);
    const reasons = (title, list, cls) => list.length ? [el("h3", {}, title), el("ul", { class: "reasons " + cls },
      list.map((j) => el("li", {}, el("span", { class: "cost" }, j.words + " " + figure(j.cost)), " ", j.text)))] : [];
    box.append(...reasons(t("web-plan-gone"), c.gone, "down"), ...reasons(t("web-plan-new"), c.new, "up"));
    if (!c.gone.length && !c.new.length) box.append(el("p", { class: "muted" }, t("web-plan-no-cost-change")));
    if (c.notes.length) box.append(el("ul", { class: "notes muted" }, c.notes.map((n) => el("li", {}, n))));
  }

  // ---- zones × provinces -------------------------------------------------------------------

  function renderZones(d) {
    const box = clear(document.getElementById("zone-table"));
    if (!box) return;
    box.append(el("h2", {}, t("web-plan-zone-table")));
    // One row per province, one column per zone: the side panel is narrow and zones are few.
    const z = d.zone_table;
    const table = el("table", { class: "zones" });
    const head = el("tr", {}, el("th", {}, t("web-plan-province")));
    for (const row of z.rows) head.append(el("th", { class: "num", "data-zone": row.zone }, row.name));
    head.append(el("th", { class: "num" }, t("web-plan-total")));
    table.append(el("thead", {}, head));
    const body = el("tbody");
    const cell = (count, target) => {
      const far = Math.abs(count - target) >= 1;
      return el("td", { class: "num" + (far ? " far" : ""), title: far ? t("web-plan-far", { count, target: figure(target, 1) }) : null },
        String(count), el("span", { class: "muted" }, " / " + figure(target, 1)));
    };
    z.provinces.forEach((p, i) => {
      const swatch = el("span", { class: "swatch" });
      swatch.style.backgroundColor = p.colour;
      body.append(el("tr", { "data-province": p.id }, el("th", {}, swatch, " ", p.name),
        z.rows.map((row) => cell(row.cells[i].count, row.cells[i].target)), el("td", { class: "num" }, String(z.totals[i].count))));
    });
    body.append(el("tr", { class: "total-row" }, el("th", {}, t("web-plan-total")),
      z.rows.map((row) => el("td", { class: "num" }, String(row.count))), el("td", { class: "num" }, String(z.placed))));
    table.append(body);
    box.append(el("div", { class: "scroll" }, table), el("p", { class: "muted help" }, t("web-plan-zone-table-help")));
  }

  // ---- versions ----------------------------------------------------------------------------

  function renderVersions(d) {
    const box = clear(document.getElementById("versions"));
    if (!box) return;
    box.append(el("h2", {}, t("web-plan-versions")));
    if (!d.versions.length) { box.append(el("p", { class: "muted" }, t("web-plan-no-versions"))); return; }
    const table = el("table", { class: "versions" });
    table.append(el("thead", {}, el("tr", {},
      el("th", {}, t("web-plan-compare")), el("th", { class: "num" }, t("web-plan-version-number")), el("th", {}, t("web-plan-version-date")),
      el("th", {}, t("web-plan-version-state")), el("th", {}, t("web-plan-version-note")), el("th", {}, t("web-plan-version-status")),
      el("th", { class: "num" }, t("web-plan-total")), el("th", {}, t("web-plan-version-announced")), el("th", {}))));
    const body = el("tbody");
    for (const v of d.versions) {
      const current = d.base_version === v.id;
      body.append(el("tr", { "data-version": v.id, class: current ? "current" : null },
        el("td", {}, el("input", { type: "checkbox", class: "pick", "aria-label": t("web-plan-compare") + " " + v.number,
          checked: ui.compare.has(v.id), onchange: (e) => { if (e.target.checked) ui.compare.add(v.id); else ui.compare.delete(v.id); } })),
        el("td", { class: "num" }, String(v.number)),
        el("td", {}, v.created),
        el("td", {}, t("web-state-" + v.kind)),
        el("td", {}, v.note),
        el("td", {}, STATUS[v.status] ? t(STATUS[v.status]) : "—"),
        el("td", { class: "num" }, figure(v.total)),
        el("td", {}, v.announced ? el("span", { class: "badge announced" }, v.announced) : "—"),
        el("td", { class: "row-actions" },
          el("button", { type: "button", class: "open", onclick: () => openVersion(v) }, t("web-plan-open")),
          v.announced ? null : el("button", { type: "button", class: "announce", onclick: () => announce(v) }, t("web-plan-announce")))));
    }
    table.append(body);
    box.append(el("div", { class: "scroll" }, table));
    box.append(el("p", {}, el("button", { type: "button", id: "compare", onclick: compare }, t("web-plan-compare")), " ",
      el("span", { class: "muted" }, t("web-plan-compare-help"))));
    box.append(el("div", { id: "comparison" }));
  }

  async function openVersion(v) {
    try {
      await C.change("/open-version", { version: v.id });
      ui.lastChange = null;
      renderChanges(data());
      C.notice(t("web-plan-opened", { number: v.number }), "ok");
    } catch (e) { C.fail(e); }
  }

  async function announce(v) {
    try {
      const answer = await C.api("POST", "/api/versions/" + v.id + "/announce");
      C.stop.data = answer.stop;
      C.emit("stop", answer.stop);
      C.notice(t("web-plan-announced", { number: v.number }), "ok");
    } catch (e) { C.fail(e); }
  }

  async function compare() {
    const box = clear(document.getElementById("comparison"));
    const picked = data().versions.filter((v) => ui.compare.has(v.id)).sort((a, b) => a.number - b.number);
    if (picked.length !== 2 && picked.length !== 1) { box.append(el("p", { class: "muted" }, t("web-plan-compare-help"))); return; }
    const [a, b] = picked;
    try {
      const r = await C.api("GET", "/api/stops/" + data().id + "/compare?a=" + a.id + "&b=" + (b ? b.id : "working"));
      box.append(el("h3", {}, t("web-plan-compare-title", { a: a.number, b: b ? b.number : t("web-plan-working") })));
      box.append(el("p", { class: "muted" }, t("web-plan-compare-totals", { a: figure(r.total_a), b: figure(r.total_b) })));
      box.append(r.moves.length
        ? el("ul", { class: "compare-moves" }, r.moves.map((m) =>
          el("li", {}, t("web-plan-moved", { name: m.name, from: m.before || t("web-plan-no-stand"), to: m.after || t("web-plan-no-stand") }))))
        : el("p", {}, t("web-plan-compare-none")));
    } catch (e) { C.fail(e); }
  }

  // ---- putting it together -----------------------------------------------------------------

  function render(d) {
    if (!d) return;
    if (ui.selected && !exhibitor(ui.selected)) ui.selected = null;
    toolbar(d);
    renderPlan(d);
    renderDetails(d);
    renderChanges(d);
    renderZones(d);
    renderVersions(d);
  }

  C.on("stop", render);
  document.addEventListener("DOMContentLoaded", () => {
    const plan = document.getElementById("plan");
    if (!plan) return;
    plan.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("pointermove", onPointerMove);
    document.addEventListener("pointerup", onPointerUp);
    plan.addEventListener("keydown", onKey);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") onKey(e); });
  });
})();
