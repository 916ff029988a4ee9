// Caravane workbench: the programme of the rencontres as a grid by day and room; a session is
// moved by picking it, then a free cell; « Replanifier les rencontres » runs a job.
"use strict";

(() => {
  const C = Caravane;
  const { el, t } = C;
  const box = document.getElementById("programme");
  if (!box) return;
  let picked = null;

  async function load() {
    let p;
    try { p = await C.api("GET", "/api/stops/" + C.stop.id + "/programme"); } catch (e) { C.fail(e); return; }
    draw(p);
  }

  function draw(p) {
    const table = el("table", { class: "programme" },
      el("thead", {}, el("tr", {}, el("th", {}, t("web-jobs-slot")), p.rooms.map((r) => el("th", {}, r.name)))));
    const body = el("tbody");
    for (const day of p.days) {
      body.append(el("tr", { class: "day" }, el("th", { colspan: p.rooms.length + 1 }, day)));
      for (const slot of p.slots.filter((s) => s.day === day)) {
        body.append(el("tr", {}, el("th", {}, slot.start + "–" + slot.end), p.rooms.map((room) => {
          const here = p.sessions.filter((s) => s.room === room.id && s.slots.includes(slot.id));
          return el("td", { class: "cell", "data-slot": slot.id, "data-room": room.id, onclick: () => drop(day, slot.id, room.id) },
            here.map((s) => el("button", {
              type: "button", class: "session" + (picked === s.id ? " picked" : ""), "data-session": s.id,
              title: (s.facilitators || []).join(", "),
              onclick: (ev) => { ev.stopPropagation(); picked = picked === s.id ? null : s.id; draw(p); },
            }, s.title, el("span", { class: "muted" }, " · " + t("web-jobs-registered", { count: s.registered })))));
        })));
      }
    }
    table.append(body);
    const unplanned = p.sessions.filter((s) => !s.room);
    box.replaceChildren(table);
    if (unplanned.length) box.append(el("p", { class: "muted" }, t("web-jobs-unplanned", { titles: unplanned.map((s) => s.title).join(", ") })));
  }

  async function drop(day, slot, room) {
    if (!picked) return;
    const session = picked;
    picked = null;
    try {
      const answer = await C.api("POST", "/api/stops/" + C.stop.id + "/move-session",
        { revision: C.stop.data ? C.stop.data.revision : 0, session, day, slot, room });
      const c = answer.cost;
      const terms = c.terms.map((x) => x.words + " " + (x.change > 0 ? "+" : "") + C.figure(x.change)).join(" ; ");
      C.notice(t("web-jobs-session-moved", { before: C.figure(c.before), after: C.figure(c.after) }) + (terms ? " — " + terms : ""), c.change > 0 ? "warn" : "ok");
      if (C.stop.data) Object.assign(C.stop.data, answer.working);
      await C.refresh();
      draw(answer.programme);
    } catch (e) { C.fail(e); load(); }
  }

  const again = document.getElementById("replan-sessions");
  if (again) again.addEventListener("click", () => C.jobs && C.jobs.start("/replan-sessions"));

  C.on("stop", () => load());
  C.on("job-done", () => load());
  document.addEventListener("DOMContentLoaded", () => { if (C.stop.id) load(); });
})();
