// Gündem's pages. Everything shown comes from the JSON API and is put into the page with
// textContent / setAttribute, never as markup: article text is untrusted.
"use strict";

const TYPE_COLOURS = {
  CONSULT: "#1f77b4", AGREE: "#2ca02c", SUPPORT: "#17becf", REQUEST: "#bcbd22", DEMAND: "#e377c2",
  ACCUSE: "#ff7f0e", REJECT: "#8c564b", THREATEN: "#d62728", PROTEST: "#9467bd", MOBILIZE: "#7f7f7f",
  SANCTION: "#a55194", COERCE: "#843c39", ASSAULT: "#b10026", AID: "#31a354", COOPERATE: "#3182bd",
  CONCEDE: "#636363", RETREAT: "#969696",
};
const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.json();
}

function link(href, text, cls) {
  return el("a", { href, class: cls, text });
}

const itemFromPath = () => decodeURIComponent(location.pathname.split("/").slice(2).join("/"));
const main = () => document.getElementById("main");

function show(...nodes) {
  main().replaceChildren(...nodes);
}

function entityLink(id, entities) {
  const entity = entities[id] || { name: id };
  const label = entity.country && entity.type !== "LOC" ? `${entity.name} (${entity.country})` : entity.name;
  return link(`/entity/${encodeURIComponent(id)}`, label, `entity ${entity.type || ""}`);
}

// -- home: stories and search -----------------------------------------------------------------

async function homePage() {
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    document.querySelector("#search input").value = query;
    return searchResults(query);
  }
  const stories = await api("/api/stories?limit=100");
  const list = el("ul", { class: "stories" });
  for (const story of stories.items) {
    const span = story.first_date ? `${story.first_date} – ${story.last_date}` : "undated";
    list.append(el("li", {},
      link(`/story/${encodeURIComponent(story.id)}`, story.label, "story-link"),
      el("span", { class: "meta", text: ` ${story.docs.length} articles · ${story.events} events · ${span}` })));
  }
  show(el("h1", { text: "Stories" }), stories.items.length ? list : el("p", { text: "The store is empty: run gundem ingest." }));
}

async function searchResults(query) {
  const found = await api(`/api/search?q=${encodeURIComponent(query)}`);
  const section = (title, items, render) =>
    el("section", {}, el("h2", { text: `${title} (${items.length})` }), el("ul", {}, ...items.map((item) => el("li", {}, ...render(item)))));
  show(
    el("h1", { text: `Search: ${query}` }),
    section("Articles", found.articles, (a) => [link(`/article/${encodeURIComponent(a.doc)}`, a.title || a.doc), el("span", { class: "meta", text: ` ${a.dct} · ${a.snippet}` })]),
    section("Entities", found.entities, (e) => [link(`/entity/${encodeURIComponent(e.id)}`, e.name, `entity ${e.type}`), el("span", { class: "meta", text: ` ${e.type} · ${e.country || "—"} · ${e.mentions} mentions` })]),
    section("Quotes", found.quotes, (q) => [el("q", { text: q.text }), el("span", { class: "meta", text: ` — ${q.speaker_name || "unknown"}, ` }), link(`/article/${encodeURIComponent(q.doc)}`, q.doc)]),
  );
}

// -- story: a timeline on a date axis -----------------------------------------------------------

function dayNumber(iso) {
  return Date.parse(`${iso}T00:00:00Z`) / 86400000;
}

function eventSpan(event) {
  if (event.interval && /^\d{4}-\d{2}-\d{2}$/.test(event.interval[0])) return [dayNumber(event.interval[0]), dayNumber(event.interval[1]) + 1];
  return null;
}

async function storyPage() {
  const story = await api(`/api/stories/${encodeURIComponent(itemFromPath())}`);
  const details = el("aside", { id: "details", class: "details" }, el("p", { class: "meta", text: "Click an event to see its sources." }));
  const dated = story.timeline.filter(eventSpan);
  const undated = story.timeline.filter((e) => !eventSpan(e));
  show(
    el("h1", { text: story.label }),
    el("p", { class: "meta", text: `${story.docs.length} articles · ${story.timeline.length} events` }),
    legend(),
    timelineSvg(dated, story, details),
    undatedList(undated, story, details),
    details,
    el("h2", { text: "Articles" }),
    el("ul", {}, ...story.docs.map((doc) => el("li", {}, link(`/article/${encodeURIComponent(doc)}`, story.titles[doc] || doc)))),
  );
}

function legend() {
  const box = el("div", { class: "legend" });
  box.append(el("span", { class: "meta", text: "Filled: occurred. Hollow, dashed: planned or expected. Dotted: conditional. " }));
  return box;
}

function timelineSvg(events, story, details) {
  const width = 900, rowHeight = 26, left = 20, right = 20, top = 30;
  if (!events.length) return el("p", { class: "meta", text: "No dated events." });
  const spans = events.map(eventSpan);
  let low = Math.min(...spans.map((s) => s[0])), high = Math.max(...spans.map((s) => s[1]));
  if (high - low < 7) high = low + 7;
  const x = (day) => left + ((day - low) / (high - low)) * (width - left - right);
  const height = top + rowHeight * events.length + 20;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline", role: "img", "aria-label": "Timeline of events" });
  root.append(svg("line", { x1: left, x2: width - right, y1: top - 10, y2: top - 10, class: "axis" }));
  for (const [day, label] of ticks(low, high)) {
    root.append(svg("line", { x1: x(day), x2: x(day), y1: top - 14, y2: height - 10, class: "tick" }));
    const text = svg("text", { x: x(day) + 2, y: top - 16, class: "tick-label" });
    text.textContent = label;
    root.append(text);
  }
  events.forEach((event, row) => {
    const [start, end] = eventSpan(event);
    const y = top + row * rowHeight;
    const mark = svg("rect", {
      x: x(start), y, width: Math.max(8, x(end) - x(start)), height: rowHeight - 8, rx: 4,
      class: `event ${event.status}`, fill: TYPE_COLOURS[event.type] || "#555", stroke: TYPE_COLOURS[event.type] || "#555",
      tabindex: 0, "data-event": event.id,
    });
    const title = svg("title");
    title.textContent = `${event.date} ${event.description} (${event.status})`;
    mark.append(title);
    const flip = x(end) > width * 0.6;  // near the right edge the label goes to the left of the mark
    const label = svg("text", { x: flip ? x(start) - 6 : x(end) + 6, y: y + rowHeight - 12, class: "event-label", "text-anchor": flip ? "end" : "start" });
    label.textContent = `${event.date} · ${event.description}`;
    for (const node of [mark, label]) node.addEventListener("click", () => showEvent(event, story, details));
    mark.addEventListener("keydown", (key) => { if (key.key === "Enter") showEvent(event, story, details); });
    root.append(mark, label);
  });
  return root;
}

function ticks(low, high) {
  const found = [];
  const first = new Date(low * 86400000);
  const step = high - low > 400 ? 12 : high - low > 60 ? 1 : 0;
  if (step === 0) {
    for (let day = Math.ceil(low); day <= high; day += Math.max(1, Math.round((high - low) / 10))) {
      found.push([day, new Date(day * 86400000).toISOString().slice(0, 10)]);
    }
    return found;
  }
  const cursor = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
  while (cursor.getTime() / 86400000 <= high) {
    const day = cursor.getTime() / 86400000;
    if (day >= low) found.push([day, cursor.toISOString().slice(0, 7)]);
    cursor.setUTCMonth(cursor.getUTCMonth() + step);
  }
  return found;
}

function undatedList(events, story, details) {
  if (!events.length) return el("div");
  const list = el("ul", { class: "undated" });
  for (const event of events) {
    const item = el("li", { class: `event-item ${event.status}`, tabindex: 0, "data-event": event.id },
      el("span", { class: "swatch", style: null }), el("span", { text: ` ${event.description} (${event.status}, undated)` }));
    item.firstChild.style.background = TYPE_COLOURS[event.type] || "#555";
    item.addEventListener("click", () => showEvent(event, story, details));
    list.append(item);
  }
  return el("div", {}, el("h2", { text: "Undated" }), list);
}

function showEvent(event, story, details) {
  const participants = el("dl", { class: "participants" });
  for (const [role, ids] of Object.entries(event.participants)) {
    const links = el("dd");
    ids.forEach((id, i) => { if (i) links.append(", "); links.append(entityLink(id, story.entities)); });
    participants.append(el("dt", { text: role.replace(/_/g, " ") }), links);
  }
  const evidence = el("ul", { class: "sources" });
  for (const source of event.sources || []) {
    const first = source.marks.length ? source.start + source.marks[0][0] : source.start;
    evidence.append(el("li", {},
      link(`/article/${encodeURIComponent(source.doc)}#at-${first}`, source.doc, "source"),
      el("span", { text: ": " }), markedSentence(source.sentence.trim() ? source.sentence : "", source.marks)));
  }
  const conflicts = event.conflicts.map((c) => el("li", { text: c.text }));
  details.replaceChildren(
    el("h2", { text: event.description }),
    el("p", { text: `${event.type} · ${event.status} · ${event.date || "undated"} (${event.date_precision})${event.location_name ? " · " + event.location_name : ""}` }),
    participants,
    el("h3", { text: `Sources: ${event.docs.length} article${event.docs.length > 1 ? "s" : ""}` }), evidence,
    ...(conflicts.length ? [el("h3", { text: "Where sources disagree" }), el("ul", { class: "conflicts" }, ...conflicts)] : []),
  );
  details.scrollIntoView({ block: "nearest" });
}

function markedSentence(sentence, marks) {
  const node = el("span", { class: "sentence" });
  let cursor = 0;
  for (const [start, end] of marks) {
    if (start < cursor) continue;
    node.append(sentence.slice(cursor, start), el("mark", { text: sentence.slice(start, end) }));
    cursor = end;
  }
  node.append(sentence.slice(cursor));
  return node;
}

// -- entity ---------------------------------------------------------------------------------

async function entityPage() {
  const entity = await api(`/api/entities/${encodeURIComponent(itemFromPath())}`);
  const events = el("ul", { class: "entity-events" }, ...entity.events.map((e) =>
    el("li", { class: `event-item ${e.status}` }, el("span", { text: `${e.date || "undated"} · ${e.description} (${e.status}) — ` }),
      ...e.docs.map((doc) => link(`/article/${encodeURIComponent(doc)}`, doc + " ", "source")))));
  const quotes = el("ul", {}, ...entity.quotes.map((q) => el("li", {}, el("q", { text: q.text }), el("span", { text: " " }),
    link(`/article/${encodeURIComponent(q.doc)}#at-${q.start}`, q.doc, "source"))));
  const others = el("ul", { class: "inline" }, ...entity.co_occurring.map((o) => el("li", {},
    link(`/entity/${encodeURIComponent(o.id)}`, o.name, `entity ${o.type}`), el("span", { class: "meta", text: ` (${o.articles})` }))));
  show(
    el("h1", { text: entity.name }),
    el("p", { class: "meta", text: [entity.type, entity.role, entity.country, `${entity.mention_count} mentions in ${entity.articles.length} articles`].filter(Boolean).join(" · ") }),
    el("p", { text: `Also written: ${entity.names.join(", ")}` }),
    el("h2", { text: "Events" }), entity.events.length ? events : el("p", { class: "meta", text: "None." }),
    el("h2", { text: "Quotes" }), entity.quotes.length ? quotes : el("p", { class: "meta", text: "None." }),
    el("h2", { text: "Named with" }), others,
  );
}

// -- article: the text with its annotations ---------------------------------------------------

async function articlePage() {
  const found = await api(`/api/articles/${encodeURIComponent(itemFromPath())}`);
  const doc = found.document;
  const entities = doc.entities || {};
  const layers = [];
  for (const m of doc.mentions || []) layers.push({ start: m.start, end: m.end, kind: "mention", data: m });
  for (const t of doc.timexes || []) layers.push({ start: t.start, end: t.end, kind: "timex", data: t });
  for (const q of doc.quotes || []) layers.push({ start: q.start, end: q.end, kind: "quote", data: q });
  for (const e of doc.events || []) for (const ev of e.evidence) layers.push({ start: ev.start, end: ev.end, kind: "evidence", data: e });
  for (const r of doc.masked || []) layers.push({ start: r.start, end: r.end, kind: "masked", data: r });
  const text = el("div", { class: "article-text" }, ...annotatedText(found.text, layers, entities));
  show(
    el("h1", { text: doc.title || doc.doc }),
    el("p", { class: "meta", text: [doc.dct, doc.published, doc.source, doc.lang].filter(Boolean).join(" · ") }),
    found.story ? el("p", {}, el("span", { text: "Story: " }), link(`/story/${encodeURIComponent(found.story)}`, found.story)) : el("span"),
    el("p", { class: "keys" }, ...["PER", "ORG", "LOC", "GROUP"].map((t) => el("span", { class: `entity ${t}`, text: t })),
      el("span", { class: "timex", text: "time" }), el("span", { class: "quote", text: "quote" }), el("span", { class: "evidence", text: "event" })),
    text,
  );
  const target = location.hash.startsWith("#at-") && document.getElementById(location.hash.slice(1));
  if (target) { target.classList.add("focus"); target.scrollIntoView({ block: "center" }); }
}

function annotatedText(text, layers, entities) {
  const cuts = new Set([0, text.length]);
  for (const layer of layers) { cuts.add(layer.start); cuts.add(layer.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const nodes = [];
  const anchored = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const active = layers.filter((l) => l.start <= start && end <= l.end && l.start < l.end);
    const piece = text.slice(start, end);
    const mention = active.find((l) => l.kind === "mention");
    const node = mention ? link(`/entity/${encodeURIComponent(mention.data.entity)}`, piece, `entity ${mention.data.type}`) : el("span", { text: piece });
    const titles = [];
    for (const layer of active) {
      if (layer.kind === "timex") { node.classList.add("timex"); titles.push(`${layer.data.type} ${layer.data.value}`); }
      if (layer.kind === "quote") { node.classList.add("quote"); titles.push(`quote: ${(entities[layer.data.speaker] || {}).name || "unknown speaker"}`); }
      if (layer.kind === "evidence") { node.classList.add("evidence"); titles.push(`${layer.data.type} (${layer.data.status})`); }
      if (layer.kind === "masked") { node.classList.add("masked"); titles.push(`not analysed: ${layer.data.reason}`); }
      if (layer.kind === "mention") titles.push(`${layer.data.type}: ${(entities[layer.data.entity] || {}).name || layer.data.entity}`);
    }
    for (const layer of active) {
      const id = `at-${layer.start}`;
      if (layer.start === start && !anchored.has(id)) { node.id = id; anchored.add(id); }
    }
    if (titles.length) node.title = titles.join(" · ");
    nodes.push(node);
  }
  return nodes;
}

// -- start ------------------------------------------------------------------------------------

const PAGES = { index: homePage, story: storyPage, entity: entityPage, article: articlePage };

document.addEventListener("DOMContentLoaded", () => {
  const page = PAGES[location.pathname.split("/")[1]] || homePage;  // /story/…, /entity/…, /article/…
  page().catch((error) => show(el("p", { class: "error", text: `Could not load: ${error.message}` })));
});
