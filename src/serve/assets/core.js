// Caravane workbench: what every page shares. Calls to the server (with the stop's revision,
// so that two tabs never overwrite each other), the sentences in the page's language, small
// helpers to make elements (text is always set as text, never as HTML), notices, and the
// stop's state, fetched once and handed to every part of the page.
"use strict";

const Caravane = (() => {
  const words = JSON.parse(document.getElementById("caravane-words").textContent);
  const page = JSON.parse(document.getElementById("caravane-page").textContent);
  const listeners = {};

  /** The sentence `key` in the page's language, its `{name}`s filled from `args`. */
  function t(key, args) {
    let s = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
    for (const [k, v] of Object.entries(args || {})) s = s.split("{" + k + "}").join(String(v));
    return s;
  }

  /** Calls the server; resolves to the JSON answer, or throws an Error with the server's
   *  `status`, `code`, sentence and file `problems`. */
  async function api(method, path, body, contentType) {
    const options = { method, headers: { "X-Caravane": "1" }, credentials: "same-origin" };
    if (body !== undefined) {
      if (body instanceof Blob || body instanceof ArrayBuffer || typeof body === "string") {
        options.body = body;
        options.headers["Content-Type"] = contentType || "application/octet-stream";
      } else {
        options.body = JSON.stringify(body);
        options.headers["Content-Type"] = "application/json";
      }
    }
    const response = await fetch(path, options);
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (_) { data = null; }
    if (!response.ok) {
      const e = (data && data.error) || {};
      const error = new Error(e.message || response.statusText || String(response.status));
      error.status = response.status;
      error.code = e.code;
      error.problems = e.problems || [];
      throw error;
    }
    return data;
  }

  function on(event, f) { (listeners[event] = listeners[event] || []).push(f); }
  function emit(event, data) { (listeners[event] || []).forEach((f) => f(data)); }

  /** An element: `el("p", {class: "x"}, "text", child…)`; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const svg = ["svg", "g", "rect", "line", "path", "text", "circle", "polygon", "title"].includes(tag);
    const node = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** Shows a notice at the top of the page (`kind`: info, ok, warn, error). */
  function notice(message, kind, problems) {
    const box = document.getElementById("notices");
    if (!box) return;
    const item = el("div", { class: "notice " + (kind || "info"), "data-code": (problems && problems.code) || null },
      el("span", { class: "message" }, message),
      el("button", { type: "button", class: "close", "aria-label": t("web-close"), onclick: () => item.remove() }, "×"));
    const list = (problems && problems.problems) || [];
    if (list.length) {
      item.append(el("ul", { class: "problems" }, list.map((p) =>
        el("li", {}, el("code", {}, p.code), " ", p.line ? t("web-problem-line", { line: p.line, column: p.column || "" }) + " " : "",
          el("code", {}, p.path), el("br"), p.cause, el("br"), el("em", {}, p.action)))));
    }
    box.append(item);
    if (kind === "ok" || kind === "info") setTimeout(() => item.remove(), 8000);
    return item;
  }

  /** Shows an error from `api`. */
  function fail(error) {
    notice(error.message, "error", error);
    if (error.status === 409 && page.kind === "stop") refresh();
  }

  /** The current stop's state, as the server last gave it. */
  const stop = { id: page.stop, data: null };

  /** Fetches the stop's state and hands it to every part of the page. */
  async function refresh() {
    if (!stop.id) return null;
    try {
      stop.data = await api("GET", "/api/stops/" + stop.id);
      emit("stop", stop.data);
      return stop.data;
    } catch (e) { fail(e); return null; }
  }

  /** A change to the stop, made on the revision the page shows; the new state is handed on. */
  async function change(path, body) {
    const revision = stop.data ? stop.data.revision : 0;
    const answer = await api("POST", "/api/stops/" + stop.id + path, Object.assign({ revision }, body || {}));
    if (answer && answer.stop) {
      stop.data = answer.stop;
      emit("stop", stop.data);
    }
    emit("changed", answer);
    return answer;
  }

  /** A number the language's way, with at most `digits` decimals. */
  function figure(x, digits) {
    if (x === null || x === undefined) return "—";
    const d = digits === undefined ? 2 : digits;
    return new Intl.NumberFormat(page.lang === "ar" ? "ar-MA" : page.lang, { maximumFractionDigits: d }).format(x);
  }

  document.addEventListener("DOMContentLoaded", () => { if (stop.id) refresh(); });

  return { t, api, on, emit, el, notice, fail, page, stop, refresh, change, figure, lang: page.lang };
})();
