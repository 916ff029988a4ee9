// Caravane workbench: a tour. Its itineraries and their stops; the comparison as `caravane
// compare` makes it (every stop planned, then ranked), with the map, the ranking and each
// itinerary's stops; the shortest orders of an itinerary's stops, and their comparison.
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
  const id = C.page.tour;
  const km = (x) => t("web-make-km", { km: figure(x, 0) });

  function itineraries(data) {
    return el("div", { class: "itineraries" }, data.itineraries.map((it) => el("div", { class: "itinerary" },
      el("h3", {}, el("bdi", {}, it.name), " ", el("code", { class: "muted" }, it.id)),
      el("ol", {}, it.stops.map((s) => el("li", {}, el("bdi", {}, s.town), " — ",
        s.from === s.to ? s.from : t("web-make-dates", { from: s.from, to: s.to })))))));
  }

  function ranking(r) {
    const cols = [
      ["rank", "web-make-tour-col-rank", (f) => f.rank],
      ["name", "web-make-tour-col-itinerary", (f) => el("bdi", {}, f.name)],
      ["score", "web-make-tour-col-score", (f) => figure(f.score)],
      ["tour_km", "web-make-tour-col-tour-km", (f) => figure(f.tour_km, 0)],
      ["exhibitor_km", "web-make-tour-col-exhibitor-km", (f) => figure(f.exhibitor_km, 0)],
      ["attending", "web-make-tour-col-attending", (f) => figure(f.attending, 0)],
      ["turned_away", "web-make-tour-col-turned-away", (f) => figure(f.turned_away, 0)],
      ["representation_gap", "web-make-tour-col-gap", (f) => figure(f.representation_gap) + " %"],
      ["layout", "web-make-tour-col-layout", (f) => figure(f.layout)],
      ["prime", "web-make-tour-col-prime", (f) => el("bdi", { dir: "ltr" }, f.prime_min + "–" + f.prime_max)],
      ["sessions_missed", "web-make-tour-col-missed", (f) => figure(f.sessions_missed)],
    ];
    return el("table", { class: "ranking", id: "ranking" },
      el("thead", {}, el("tr", {}, cols.map(([k, w]) => el("th", { class: k === "name" ? null : "num" }, t(w))))),
      el("tbody", {}, r.itineraries.map((f) => el("tr", { "data-itinerary": f.id, class: f.rank === 1 ? "best" : null },
        cols.map(([k, , v]) => el("td", { class: k === "name" ? null : "num" }, v(f)))))));
  }

  /** The words of each criterion of the ranking. */
  const CRITERIA = {
    tour_km: "web-make-tour-col-tour-km", exhibitor_km: "web-make-tour-col-exhibitor-km",
    attendance: "web-make-tour-col-attending", representation: "web-make-tour-col-gap",
    layout: "web-make-tour-col-layout", prime_fairness: "web-make-tour-col-prime",
    sessions_missed: "web-make-tour-col-missed",
  };

  function criteria(r) {
    return el("div", { class: "criteria" }, el("h3", {}, t("web-make-tour-criteria")),
      el("ul", {}, Object.entries(r.weights).map(([k, w]) => el("li", {}, CRITERIA[k] ? t(CRITERIA[k]) : k, " × ", figure(w)))));
  }

  function stops(r) {
    return el("div", { class: "itinerary-stops" }, r.itineraries.map((f) => el("details", { class: "itinerary", open: f.rank === 1 },
      el("summary", {}, el("strong", {}, f.rank + ". "), el("bdi", {}, f.name), " — ", f.route.join(" → ")),
      el("table", { class: "tour-stops" },
        el("thead", {}, el("tr", {}, ["web-make-tour-col-town", "web-make-tour-col-dates", "web-make-tour-col-exhibitors",
          "web-make-tour-col-turned-away", "web-make-tour-col-gap", "web-make-tour-col-status", "web-make-tour-col-layout"]
          .map((w) => el("th", {}, t(w))))),
        el("tbody", {}, f.stops.map((s) => el("tr", {},
          el("td", {}, el("bdi", {}, s.town), el("div", { class: "muted" }, el("bdi", {}, s.venue))),
          el("td", {}, t("web-make-dates", { from: s.from, to: s.to })),
          el("td", { class: "num" }, figure(s.exhibitors, 0)),
          el("td", { class: "num" }, figure(s.turned_away, 0)),
          el("td", { class: "num" }, figure(s.representation_gap) + " %"),
          el("td", {}, s.error || s.status_words || s.status),
          el("td", { class: "num" }, figure(s.objective)))))))));
  }

  function map(svgText) {
    if (!svgText) return null;
    const svg = new DOMParser().parseFromString(svgText, "image/svg+xml").documentElement;
    return el("div", { class: "tour-map" }, document.importNode(svg, true));
  }

  function comparison(c) {
    const box = document.getElementById("tour-comparison");
    if (!c || !c.ranking) { fill(box, el("p", { class: "muted" }, t("web-make-tour-not-compared-yet"))); return; }
    fill(box,
      el("h2", {}, t("web-make-tour-ranking")),
      c.best_order ? el("p", { class: "muted" }, t("web-make-tour-best-order-of", { id: c.best_order })) : null,
      ranking(c.ranking),
      el("p", {}, el("a", { class: "button", id: "download-comparison", href: "/api/tours/" + id + "/page?lang=" + lang, download: "" }, t("web-make-tour-download"))),
      el("div", { class: "tour-grid" }, map(c.map), criteria(c.ranking)),
      stops(c.ranking));
  }

  function draw(data) {
    const box = document.getElementById("tour");
    const limit = el("input", { type: "number", min: 1, step: 1, value: 30, id: "time-limit" });
    const running = el("span", { class: "muted", id: "compare-running", hidden: true }, t("web-make-tour-running"));
    const run = async (body, button) => {
      button.disabled = true; running.hidden = false;
      try { comparison((await api("POST", "/api/tours/" + id + "/compare", body)).comparison); }
      catch (e) { C.fail(e); }
      finally { button.disabled = false; running.hidden = true; }
    };
    const compare = el("button", { type: "button", class: "primary", id: "compare", onclick: () =>
      run({ time_limit: Number(limit.value) }, compare) }, t("web-make-tour-compare"));
    const pick = el("select", { id: "order-itinerary" }, data.itineraries.map((it) => el("option", { value: it.id }, it.name)));
    const orders = el("div", { id: "orders" });
    const find = el("button", { type: "button", id: "find-orders", onclick: async () => {
      try {
        const o = await api("POST", "/api/tours/" + id + "/orders", { itinerary: pick.value, keep: 5 });
        const again = el("button", { type: "button", id: "compare-orders", onclick: () =>
          run({ time_limit: Number(limit.value), best_order: o.itinerary, keep: 3 }, again) }, t("web-make-tour-compare-orders"));
        fill(orders, el("ol", { class: "orders" }, o.orders.map((x) => el("li", { class: x.given ? "given" : null },
          x.towns.join(" → "), " — ", el("strong", {}, km(x.km)), x.given ? el("span", { class: "badge" }, t("web-make-tour-given")) : null))), again);
      } catch (e) { C.fail(e); }
    } }, t("web-make-tour-find-orders"));
    fill(box,
      el("h1", {}, el("bdi", {}, data.name)),
      el("p", { class: "muted" }, t("web-make-tour-holds", { towns: data.towns, roads: data.roads, exhibitors: data.exhibitors, itineraries: data.itineraries.length })),
      itineraries(data),
      el("div", { class: "actions" }, el("label", {}, t("web-make-tour-time-limit"), limit), compare, running),
      el("div", { class: "best-order" }, el("h2", {}, t("web-make-tour-best-order")),
        el("p", { class: "hint" }, t("web-make-tour-best-order-hint")),
        el("div", { class: "actions" }, pick, find), orders));
    comparison(data.comparison);
  }

  document.addEventListener("DOMContentLoaded", async () => {
    try { draw(await api("GET", "/api/tours/" + id)); } catch (e) { C.fail(e); }
  });
})();
