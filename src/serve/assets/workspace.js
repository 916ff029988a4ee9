// Caravane workbench: the workspace page. The stops and tours of the workspace; « Nouvelle
// étape » from the sheets (exhibitors, a venue from a stands sheet, the grid builder or
// another stop, the programme) or from the JSON files the command line reads, with the venue
// drawn before saving and every problem of a file shown at its row; the rules and weights of a
// stop; « Ajouter une tournée ».
"use strict";

(() => {
  const C = Caravane;
  const { t, el, api } = C;
  /** The page's language, as the page says it (`lang` of the html element). */
  const lang = document.documentElement.lang || "fr";
  /** A number the page language's way, with at most `digits` decimals (2 by default). */
  const figure = (x, digits) => (x === null || x === undefined) ? "—"
    : new Intl.NumberFormat(lang === "ar" ? "ar-MA" : lang, { maximumFractionDigits: digits === undefined ? 2 : digits }).format(x);
  /** Replaces the children of `node`, leaving out the parts not shown (null, false). */
  const fill = (node, ...kids) => node.replaceChildren(...kids.flat().filter((k) => k !== null && k !== undefined && k !== false));

  /** Sends the file chosen in `input` (if any); resolves to {upload, name, bytes} or null. */
  async function send(input) {
    const file = input && input.files && input.files[0];
    if (!file) return null;
    return api("POST", "/api/uploads?name=" + encodeURIComponent(file.name), file);
  }

  /** A labelled field. */
  function field(labelText, control, hint) {
    return el("label", { class: "field" }, el("span", { class: "field-label" }, labelText), control,
      hint ? el("span", { class: "hint" }, hint) : null);
  }

  function fileInput(name, accept) {
    return el("input", { type: "file", name, accept: accept || ".csv,.txt" });
  }

  // ---------------------------------------------------------------- the problems of a file
  /** Shows a refusal in `box`: the sentence, then each problem as the command line tells it;
   *  a sheet's problems beside its rows. `sheets` maps a file's label to its upload id. */
  async function showProblems(box, error, sheets) {
    fill(box);
    box.hidden = false;
    box.append(el("p", { class: "refusal" }, error.message));
    const byFile = new Map();
    for (const p of error.problems || []) {
      if (!byFile.has(p.file)) byFile.set(p.file, []);
      byFile.get(p.file).push(p);
    }
    for (const [file, list] of byFile) {
      const part = el("div", { class: "file-problems" }, el("h3", {}, el("bdi", {}, file)));
      part.append(el("ol", { class: "problem-list" }, list.map(problemItem)));
      box.append(part);
      const upload = sheets && sheets[file];
      if (upload && list.some((p) => p.line)) {
        try {
          const rows = await api("GET", "/api/uploads/" + upload + "/rows");
          part.append(sheetTable(rows, list));
        } catch (_) { /* the list above says it all */ }
      }
    }
    box.scrollIntoView({ block: "start" });
  }

  function problemItem(p) {
    return el("li", { class: "problem", "data-code": p.code },
      el("code", {}, p.code), " ",
      p.path && !p.path.startsWith("$") ? el("strong", { class: "place" }, p.path)
        : [p.line ? el("strong", {}, t("web-problem-line", { line: p.line, column: p.column || "" })) : null, " ",
          p.path ? el("code", { class: "path" }, p.path) : null],
      el("div", { class: "cause" }, p.cause),
      el("div", { class: "action" }, p.action));
  }

  /** The sheet's rows, those with a problem marked and their problems beside them. */
  function sheetTable(rows, problems) {
    const at = new Map();
    for (const p of problems) if (p.line) {
      if (!at.has(p.line)) at.set(p.line, []);
      at.get(p.line).push(p);
    }
    const width = Math.max(1, ...rows.rows.map((r) => r.cells.length));
    const marked = rows.rows.filter((r) => at.has(r.line)).length;
    const table = el("table", { class: "sheet" },
      el("caption", {}, t("web-make-sheet-rows", { count: rows.rows.length, marked })),
      el("tbody", {}, rows.rows.map((r, i) => {
        const bad = at.get(r.line);
        const cells = [];
        for (let k = 0; k < width; k++) cells.push(el(i === 0 ? "th" : "td", {}, r.cells[k] || ""));
        return el("tr", { class: bad ? "bad" : null, "data-line": r.line },
          el("td", { class: "num line" }, r.line),
          el(i === 0 ? "th" : "td", { class: "row-problems" }, bad ? bad.map((p) => el("div", {}, p.cause)) : ""),
          cells);
      })));
    return el("div", { class: "sheet-wrap" }, table);
  }

  // ---------------------------------------------------------------- the list of stops
  async function loadWorkspace() {
    const data = await api("GET", "/api/workspace");
    const list = document.getElementById("stop-list");
    if (list) fill(list, stopTable(data.stops));
    drawTours(data.tours);
    stopChoices = data.stops;
    document.querySelectorAll("select.stop-choice").forEach(fillStops);
    return data;
  }

  let stopChoices = [];
  function fillStops(select) {
    const keep = select.value;
    fill(select, ...stopChoices.map((s) => el("option", { value: s.id }, s.title + " (" + s.name + ")")));
    if (keep) select.value = keep;
  }

  function stopTable(stops) {
    if (!stops.length) return el("p", { class: "muted empty" }, t("web-make-no-stops"));
    const head = ["web-make-col-name", "web-make-col-town", "web-make-col-dates", "web-make-col-exhibitors",
      "web-make-col-state", "web-make-col-versions", "web-make-col-announced", "web-make-col-rules"];
    return el("table", { class: "stops" },
      el("thead", {}, el("tr", {}, head.map((k) => el("th", {}, t(k))))),
      el("tbody", {}, stops.map((s) => {
        const row = el("tr", { class: "stop-row", "data-stop": s.id },
          el("td", {}, el("a", { href: "/stops/" + s.id, class: "open-stop" }, el("bdi", {}, s.title || s.name)),
            el("div", { class: "muted" }, el("bdi", {}, s.name))),
          el("td", {}, el("bdi", {}, s.town)),
          el("td", {}, s.from === s.to ? s.from : t("web-make-dates", { from: s.from, to: s.to })),
          el("td", { class: "num" }, figure(s.exhibitors, 0)),
          el("td", {}, el("span", { class: "badge " + s.state }, s.state_words)),
          el("td", { class: "num" }, figure(s.versions, 0)),
          el("td", { class: "num" }, s.announced ? t("web-make-version-number", { number: s.announced }) : "—"),
          el("td", {}, el("a", { href: "/stops/" + s.id + "/rules", class: "rules-link" }, t("web-make-rules"))));
        row.addEventListener("click", (e) => { if (!e.target.closest("a")) location.href = "/stops/" + s.id; });
        return row;
      })));
  }

  // ---------------------------------------------------------------- « Nouvelle étape »
  function makeSection() {
    const box = document.getElementById("workspace-make");
    if (!box) return;
    const tabs = [["sheets", "web-make-tab-sheets"], ["json", "web-make-tab-json"]];
    const panes = { sheets: sheetsPane(), json: jsonPane() };
    const bar = el("div", { class: "tabs", role: "tablist" }, tabs.map(([k, w]) =>
      el("button", { type: "button", role: "tab", class: "tab", id: "tab-" + k, "data-tab": k,
        onclick: () => choose(k) }, t(w))));
    function choose(k) {
      bar.querySelectorAll(".tab").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === k)));
      for (const [name, pane] of Object.entries(panes)) pane.hidden = name !== k;
    }
    fill(box, el("h2", {}, t("web-make-new-stop")), bar, panes.sheets, panes.json);
    choose("sheets");
  }

  function sheetsPane() {
    const exhibitors = fileInput("exhibitors");
    const stands = fileInput("stands");
    const sessions = fileInput("sessions");
    const rooms = fileInput("rooms");
    const aisleSheet = el("input", { type: "text", name: "aisle-sheet", value: "5", size: 4 });
    const g = {
      rows: el("input", { type: "number", name: "rows", min: 1, max: 26, value: 4 }),
      per_row: el("input", { type: "number", name: "per_row", min: 1, max: 99, value: 10 }),
      stand: el("input", { type: "text", name: "stand", value: "3x3", size: 6 }),
      aisle: el("input", { type: "text", name: "aisle", value: "4", size: 4 }),
      facing: el("select", { name: "facing" }, [["pairs", "web-make-facing-pairs"], ["north", "web-make-facing-north"],
        ["south", "web-make-facing-south"]].map(([w, k]) => el("option", { value: w }, t(k)))),
      cross_aisle: el("input", { type: "text", name: "cross_aisle", placeholder: "5", size: 8 }),
      prime: el("input", { type: "text", name: "prime", placeholder: t("web-make-grid-prime-example") }),
      zone: el("input", { type: "text", name: "zone", placeholder: t("web-make-grid-zone-example") }),
      entrance: el("select", { name: "entrance" }, [["", null], ["north", "web-make-side-north"],
        ["south", "web-make-side-south"], ["east", "web-make-side-east"], ["west", "web-make-side-west"]]
        .map(([w, k]) => el("option", { value: w }, k ? t(k) : "—"))),
    };
    const like = el("select", { name: "like", class: "stop-choice" });
    fillStops(like);
    const kind = el("select", { name: "venue-kind" },
      el("option", { value: "sheet" }, t("web-make-venue-sheet")),
      el("option", { value: "grid" }, t("web-make-venue-grid")),
      el("option", { value: "like" }, t("web-make-venue-like")));
    const venueParts = {
      sheet: el("div", { class: "fields venue-sheet" },
        field(t("web-make-stands-sheet"), stands, t("web-make-stands-sheet-hint")),
        field(t("web-make-aisle"), aisleSheet, t("web-make-aisle-hint"))),
      grid: el("div", { class: "fields venue-grid" },
        field(t("web-make-grid-rows"), g.rows), field(t("web-make-grid-per-row"), g.per_row),
        field(t("web-make-grid-stand"), g.stand), field(t("web-make-aisle"), g.aisle),
        field(t("web-make-grid-facing"), g.facing), field(t("web-make-grid-cross"), g.cross_aisle, t("web-make-grid-cross-hint")),
        field(t("web-make-grid-prime"), g.prime, t("web-make-grid-prime-hint")),
        field(t("web-make-grid-zone"), g.zone, t("web-make-grid-zone-hint")),
        field(t("web-make-grid-entrance"), g.entrance)),
      like: el("div", { class: "fields venue-like" }, field(t("web-make-like-stop"), like, t("web-make-like-hint"))),
    };
    const showVenue = () => { for (const [k, p] of Object.entries(venueParts)) p.hidden = k !== kind.value; };
    kind.addEventListener("change", showVenue);
    showVenue();
    const d = {
      title: el("input", { type: "text", name: "title", size: 40 }),
      town: el("input", { type: "text", name: "town" }),
      place: el("input", { type: "text", name: "place" }),
      from: el("input", { type: "date", name: "from" }),
      to: el("input", { type: "date", name: "to" }),
    };
    const slotTimes = el("input", { type: "text", name: "slot_times", size: 40, placeholder: "10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence" });
    const busyDays = el("input", { type: "text", name: "busy_days", placeholder: "samedi,dimanche" });
    const preview = el("div", { class: "venue-preview", id: "venue-preview", hidden: true });
    const problems = el("div", { class: "make-problems", id: "make-problems", hidden: true });
    const uploaded = {};

    async function venueSpec() {
      if (kind.value === "sheet") {
        const u = await send(stands);
        if (!u) throw new Error(t("web-make-choose-stands"));
        uploaded[u.name] = u.upload;
        return { kind: "sheet", upload: u.upload, aisle: aisleSheet.value };
      }
      if (kind.value === "like") return { kind: "like", stop: Number(like.value) };
      const list = (s) => s.split(";").map((x) => x.trim()).filter(Boolean);
      return {
        kind: "grid", rows: Number(g.rows.value), per_row: Number(g.per_row.value), stand: g.stand.value,
        aisle: g.aisle.value, facing: g.facing.value,
        cross_aisle: g.cross_aisle.value.split(/[ ,;]+/).filter(Boolean).map(Number),
        prime: list(g.prime.value), zone: list(g.zone.value), tag: [], entrance: g.entrance.value || null,
      };
    }
    const details = () => ({ title: d.title.value, town: d.town.value, place: d.place.value, from: d.from.value, to: d.to.value });

    async function showPreview() {
      problems.hidden = true;
      const answer = await api("POST", "/api/venue/preview", Object.assign({ venue: await venueSpec() }, details()));
      const svg = new DOMParser().parseFromString(answer.svg, "image/svg+xml").documentElement;
      fill(preview, el("h3", {}, t("web-make-preview-title")), el("p", { class: "holds" }, answer.holds),
        el("div", { class: "plan" }, document.importNode(svg, true)));
      preview.hidden = false;
      preview.scrollIntoView({ block: "start" });
    }
    const guard = (f) => async () => {
      try { await f(); } catch (e) {
        if (e.problems && e.problems.length) await showProblems(problems, e, uploaded);
        else C.fail(e);
      }
    };
    const previewButton = el("button", { type: "button", id: "preview-venue", onclick: guard(showPreview) }, t("web-make-preview"));
    const createButton = el("button", { type: "button", class: "primary", id: "create-stop", onclick: guard(async () => {
      problems.hidden = true;
      createButton.disabled = true;
      try {
        const ex = await send(exhibitors);
        if (!ex) throw new Error(t("web-make-choose-exhibitors"));
        uploaded[ex.name] = ex.upload;
        const body = Object.assign({ exhibitors: ex.upload, venue: await venueSpec() }, details());
        const s = await send(sessions);
        if (s) { uploaded[s.name] = s.upload; body.sessions = s.upload; }
        const r = await send(rooms);
        if (r) { uploaded[r.name] = r.upload; body.rooms = r.upload; }
        if (slotTimes.value.trim()) { body.slot_times = slotTimes.value; body.busy_days = busyDays.value; }
        const made = await api("POST", "/api/stops/from-sheets", body);
        C.notice(t("web-make-stop-made", { name: made.name, exhibitors: made.exhibitors, stands: made.stands }), "ok");
        location.href = "/stops/" + made.stop;
      } finally { createButton.disabled = false; }
    }) }, t("web-make-create"));

    return el("div", { class: "pane", id: "pane-sheets", role: "tabpanel" },
      el("fieldset", {}, el("legend", {}, t("web-make-exhibitors")),
        field(t("web-make-exhibitor-sheet"), exhibitors, t("web-make-exhibitor-sheet-hint"))),
      el("fieldset", {}, el("legend", {}, t("web-make-venue")), field(t("web-make-venue-from"), kind),
        venueParts.sheet, venueParts.grid, venueParts.like),
      el("fieldset", {}, el("legend", {}, t("web-make-stop")),
        el("div", { class: "fields" }, field(t("web-make-title"), d.title), field(t("web-make-town"), d.town),
          field(t("web-make-place"), d.place), field(t("web-make-from"), d.from), field(t("web-make-to"), d.to))),
      el("fieldset", {}, el("legend", {}, t("web-make-programme")),
        el("div", { class: "fields" }, field(t("web-make-sessions-sheet"), sessions), field(t("web-make-rooms-sheet"), rooms),
          field(t("web-make-slot-times"), slotTimes, t("web-make-slot-times-hint")), field(t("web-make-busy-days"), busyDays))),
      el("div", { class: "actions" }, previewButton, createButton),
      problems, preview);
  }

  function jsonPane() {
    const problem = fileInput("problem", ".json");
    const solution = fileInput("solution", ".json");
    const name = el("input", { type: "text", name: "name" });
    const problems = el("div", { class: "make-problems", id: "json-problems", hidden: true });
    const button = el("button", { type: "button", class: "primary", id: "import-json", onclick: async () => {
      problems.hidden = true;
      try {
        const p = await send(problem);
        if (!p) throw new Error(t("web-make-choose-problem"));
        const body = { problem: p.upload };
        const s = await send(solution);
        if (s) body.solution = s.upload;
        if (name.value.trim()) body.name = name.value;
        const made = await api("POST", "/api/stops/import-json", body);
        location.href = "/stops/" + made.stop;
      } catch (e) {
        if (e.problems && e.problems.length) await showProblems(problems, e, {});
        else C.fail(e);
      }
    } }, t("web-make-import"));
    return el("div", { class: "pane", id: "pane-json", role: "tabpanel" },
      el("div", { class: "fields" },
        field(t("web-make-problem-file"), problem, t("web-make-problem-file-hint")),
        field(t("web-make-solution-file"), solution, t("web-make-solution-file-hint")),
        field(t("web-make-stop-name"), name, t("web-make-stop-name-hint"))),
      el("div", { class: "actions" }, button), problems);
  }

  // ---------------------------------------------------------------- tours
  function drawTours(tours) {
    const box = document.getElementById("tour-list");
    if (!box) return;
    fill(box, tours.length
      ? el("ul", { class: "tours" }, tours.map((x) => el("li", {},
        el("a", { href: "/tours/" + x.id }, el("bdi", {}, x.name)), " ",
        el("span", { class: "badge" }, x.compared ? t("web-make-tour-compared") : t("web-make-tour-not-yet")))))
      : el("p", { class: "muted" }, t("web-make-no-tours")));
  }

  function toursSection() {
    const box = document.getElementById("workspace-tours");
    if (!box) return;
    const tourFile = fileInput("tour", ".json");
    const s = { towns: fileInput("towns"), roads: fileInput("roads"), itineraries: fileInput("itineraries"), exhibitors: fileInput("tour-exhibitors") };
    const venues = el("div", { class: "tour-venues" });
    const addVenue = () => {
      const select = el("select", { class: "stop-choice" });
      fillStops(select);
      venues.append(el("div", { class: "venue-row" },
        field(t("web-make-tour-town"), el("input", { type: "text", class: "venue-town" })),
        field(t("web-make-tour-venue-stop"), select)));
    };
    const name = el("input", { type: "text", name: "tour-name" });
    const problems = el("div", { class: "make-problems", hidden: true });
    const uploaded = {};
    const add = el("button", { type: "button", class: "primary", id: "add-tour", onclick: async () => {
      problems.hidden = true;
      try {
        const body = {};
        if (name.value.trim()) body.name = name.value;
        const f = await send(tourFile);
        if (f) body.tour = f.upload;
        else {
          body.sheets = { venues: [] };
          for (const [k, input] of Object.entries(s)) {
            const u = await send(input);
            if (!u) throw new Error(t("web-make-tour-choose"));
            uploaded[u.name] = u.upload;
            body.sheets[k] = u.upload;
          }
          venues.querySelectorAll(".venue-row").forEach((row) => {
            const town = row.querySelector(".venue-town").value.trim();
            const stop = row.querySelector("select").value;
            if (town && stop) body.sheets.venues.push({ town, stop: Number(stop) });
          });
        }
        const made = await api("POST", "/api/tours", body);
        location.href = "/tours/" + made.tour;
      } catch (e) {
        if (e.problems && e.problems.length) await showProblems(problems, e, uploaded);
        else C.fail(e);
      }
    } }, t("web-make-tour-add"));
    fill(box, el("h2", {}, t("web-make-tours")), el("div", { id: "tour-list" }),
      el("details", { class: "add-tour" }, el("summary", {}, t("web-make-tour-add")),
        field(t("web-make-tour-name"), name),
        el("fieldset", {}, el("legend", {}, t("web-make-tour-file-legend")), field(t("web-make-tour-file"), tourFile)),
        el("fieldset", {}, el("legend", {}, t("web-make-tour-sheets-legend")),
          el("div", { class: "fields" }, field(t("web-make-tour-towns"), s.towns), field(t("web-make-tour-roads"), s.roads),
            field(t("web-make-tour-itineraries"), s.itineraries), field(t("web-make-exhibitor-sheet"), s.exhibitors)),
          el("p", { class: "hint" }, t("web-make-tour-venues-hint")), venues,
          el("button", { type: "button", onclick: addVenue }, t("web-make-tour-add-venue"))),
        el("div", { class: "actions" }, add), problems));
    addVenue();
  }

  // ---------------------------------------------------------------- rules and weights
  async function rulesSection(stop) {
    const box = document.getElementById("rules");
    if (!box) return;
    let data = await api("GET", "/api/stops/" + stop + "/rules?lang=" + lang);
    const draw = () => {
      const inputs = {};
      const rows = data.terms.map((term) => {
        const input = el("input", { type: "number", min: 0, step: "any", value: term.weight, name: term.term, "data-term": term.term });
        inputs[term.term] = input;
        return el("div", { class: "rule" + (term.sessions ? " sessions" : "") },
          el("label", { class: "rule-weight" }, el("strong", {}, term.name), input),
          el("div", { class: "rule-words" }, el("div", {}, term.description),
            el("div", { class: "muted" }, term.bigger),
            el("div", { class: "muted" }, t("web-make-rules-default", { weight: figure(term.default) }))));
      });
      const same = el("input", { type: "number", min: 0, step: "any", value: data.same_family, name: "same_family" });
      const balances = balanceSection(data);
      const save = el("button", { type: "button", class: "primary", id: "save-rules", onclick: async () => {
        // Only the weights the planner changed are written: a province balance then keeps
        // the weight its row gives.
        const weights = {};
        for (const term of data.terms) {
          const value = Number(inputs[term.term].value);
          if (value !== term.weight) weights[term.term] = value;
        }
        balances.clear();
        try {
          data = await api("POST", "/api/stops/" + stop + "/rules?lang=" + lang,
            { revision: data.revision, weights, same_family: Number(same.value), balance: balances.list() });
          C.notice(data.resolve || t("web-make-rules-saved"), data.resolve ? "warn" : "ok");
          draw();
        } catch (e) {
          if (e.status === 422 && e.problems.length) { balances.refused(e); return; }
          C.fail(e);
          if (e.status === 409) { data = await api("GET", "/api/stops/" + stop + "/rules?lang=" + lang); draw(); }
        }
      } }, t("web-make-rules-save"));
      fill(box,
        el("h2", {}, t("web-make-rules-title", { name: data.name })),
        el("p", {}, el("span", { class: "badge " + data.state }, data.state_words), " ",
          data.total === null || data.total === undefined ? "" : el("span", { id: "rules-total" }, t("web-make-rules-total", { total: figure(data.total) }))),
        data.resolve ? el("p", { class: "notice warn", id: "rules-resolve" }, data.resolve) : null,
        el("div", { class: "rules" }, rows),
        el("div", { class: "rule" }, el("label", { class: "rule-weight" }, el("strong", {}, t("web-make-rules-same-family")), same),
          el("div", { class: "rule-words" }, t("web-make-rules-same-family-words"))),
        balances.node,
        el("div", { class: "actions" }, save, " ", el("a", { href: "/stops/" + stop, class: "button" }, t("web-make-rules-open-stop"))));
    };
    draw();
  }

  /** The values of an attribute and how many exhibitors have each, in one line: each value
   *  isolated, so that a Latin name and its count keep their order in a right-to-left page. */
  function valuesLine(attribute, shown) {
    if (!attribute) return [];
    const list = attribute.values.slice(0, shown).map((v) =>
      el("bdi", {}, t("web-make-balance-value", { name: v.name, count: figure(v.count, 0) })));
    const more = attribute.distinct - Math.min(shown, attribute.values.length);
    if (more > 0) list.push(el("bdi", {}, t("web-make-balance-more", { count: figure(more, 0) })));
    return list.flatMap((item, i) => i ? [" · ", item] : [item]);
  }

  /** « Équilibres »: the stop's balance list, one row each (attribute, where, weight, what it
   *  measures, the term's value in the current plan as the checker finds it), the rows added
   *  or removed by the planner, and the values the exhibitors carry. Returns the section's
   *  node, the list to send, and what shows a refusal beside its rows. */
  function balanceSection(data) {
    const attributes = new Map(data.attributes.map((a) => [a.attribute, a]));
    const rows = data.balance.map((b) => ({ attribute: b.attribute, over: b.over, weight: b.weight, sides: b.sides }));
    const list = el("div", { class: "balance-rows", id: "balance-rows" });
    const problems = el("div", { class: "make-problems", id: "balance-problems", hidden: true });
    const sideWord = { zones: "web-make-balance-over-zones", prime: "web-make-balance-over-prime", both: "web-make-balance-over-both" };
    const drawRows = () => {
      if (!rows.length) { fill(list, el("p", { class: "muted", id: "balance-none" }, t("web-make-balance-none"))); return; }
      fill(list, rows.map((row, i) => {
        const attribute = el("select", { name: "balance-attribute" },
          data.attributes.map((a) => el("option", { value: a.attribute }, a.name)));
        if (!attributes.has(row.attribute)) attribute.append(el("option", { value: row.attribute }, row.attribute));
        attribute.value = row.attribute;
        const over = el("select", { name: "balance-over" },
          Object.entries(sideWord).map(([k, w]) => el("option", { value: k }, t(w))));
        over.value = row.over;
        const weight = el("input", { type: "number", min: 0, step: "any", name: "balance-weight",
          value: row.weight === null || row.weight === undefined ? "" : row.weight });
        // Left empty, the weight is the default of each side it stands for.
        const defaults = () => { weight.placeholder = (row.over === "both" ? ["zones", "prime"] : [row.over])
          .map((side) => figure(data.default_weights[side])).join(" / "); };
        defaults();
        const words = el("div", { class: "balance-words" });
        const describe = () => {
          const a = attributes.get(row.attribute);
          const sides = row.over === "both" ? ["zones", "prime"] : [row.over];
          const now = row.sides ? new Map(row.sides.map((s) => [s.over, s])) : null;
          fill(words,
            sides.map((side) => {
              const saved = now && now.get(side);
              return el("div", { class: "balance-side", "data-over": side },
                a ? t("web-make-balance-measures", { label: a.labels[side] }) : "",
                !data.has_layout ? null : saved && saved.value !== null
                  ? el("span", { class: "balance-now" }, " ", t("web-make-balance-now",
                    { value: figure(saved.value), weight: figure(saved.weight), cost: figure(saved.cost) }))
                  : null);
            }),
            !data.has_layout ? el("div", { class: "muted" }, t("web-make-balance-no-layout")) : null,
            el("div", { class: "muted balance-values" }, t("web-make-balance-values", { values: "" }).trim(), " ", valuesLine(a, 6)),
            row.attribute === "province" ? el("div", { class: "hint" }, t("web-make-balance-province-weight")) : null,
            el("div", { class: "balance-row-problems" }));
        };
        // A changed row has no figure until the stop is saved again.
        attribute.addEventListener("change", () => { row.attribute = attribute.value; row.sides = null; describe(); });
        over.addEventListener("change", () => { row.over = over.value; row.sides = null; defaults(); describe(); });
        weight.addEventListener("input", () => { row.weight = weight.value === "" ? null : Number(weight.value); row.sides = null; describe(); });
        describe();
        const remove = el("button", { type: "button", class: "balance-remove", onclick: () => { rows.splice(i, 1); drawRows(); } },
          t("web-make-balance-remove"));
        return el("div", { class: "balance-row", "data-row": i },
          el("div", { class: "balance-fields" },
            field(t("web-make-balance-attribute"), attribute), field(t("web-make-balance-over"), over),
            field(t("web-make-balance-weight"), weight), remove),
          words);
      }));
    };
    drawRows();
    const add = el("button", { type: "button", id: "add-balance", onclick: () => {
      const used = new Set(rows.map((r) => r.attribute));
      const next = data.attributes.find((a) => !used.has(a.attribute) && a.attribute !== "province") || data.attributes[0];
      rows.push({ attribute: next.attribute, over: "prime", weight: null, sides: null });
      drawRows();
    } }, t("web-make-balance-add"));
    const carried = el("dl", { class: "balance-attributes", id: "balance-attributes" },
      data.attributes.flatMap((a) => [el("dt", {}, el("bdi", {}, a.name)), el("dd", {}, valuesLine(a, 8))]));
    const node = el("section", { class: "balances", id: "balances" },
      el("h3", {}, t("web-make-balance-title")),
      el("p", { class: "muted" }, t("web-make-balance-intro")),
      el("p", { class: "hint" }, t("web-make-balance-weight-default",
        { zones: figure(data.default_weights.zones), prime: figure(data.default_weights.prime) })),
      list, el("div", { class: "actions" }, add), problems,
      el("details", { class: "balance-carried" }, el("summary", {}, t("web-make-balance-exhibitors")), carried));
    return {
      node,
      list: () => rows.map((r) => {
        const b = { attribute: r.attribute, over: r.over };
        if (r.weight !== null && r.weight !== undefined && !Number.isNaN(r.weight)) b.weight = r.weight;
        return b;
      }),
      clear: () => {
        problems.hidden = true;
        list.querySelectorAll(".balance-row").forEach((r) => r.classList.remove("bad"));
        list.querySelectorAll(".balance-row-problems").forEach((p) => fill(p));
      },
      /** The validator's problems beside the rows they name; the others below the list. */
      refused: (e) => {
        const others = [];
        for (const p of e.problems) {
          const m = /^\$\.rules\.balance\[(\d+)\]/.exec(p.path || "");
          const row = m && list.querySelector(`.balance-row[data-row="${m[1]}"]`);
          if (row) {
            row.classList.add("bad");
            row.querySelector(".balance-row-problems").append(el("div", { class: "problem", "data-code": p.code },
              el("div", { class: "cause" }, p.cause), el("div", { class: "action" }, p.action)));
          } else others.push(p);
        }
        fill(problems, el("p", { class: "refusal" }, t("web-make-balance-refused")),
          others.length ? el("ol", { class: "problem-list" }, others.map(problemItem)) : null);
        problems.hidden = false;
        problems.scrollIntoView({ block: "center" });
      },
    };
  }

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      if (C.page.kind === "rules") { await rulesSection(C.page.rules_stop); return; }
      toursSection();
      await loadWorkspace();
      makeSection();
    } catch (e) { C.fail(e); }
  });
})();
