// Draws the index of journeys from the JSON model above it: only text nodes and attributes are
// set (never HTML), and long lists are shown a hundred rows at a time so that a page of a thousand
// journeys opens quickly. The model carries each journey's summary as journeymd.sitemodel wrote it;
// what the journeys share is counted here, when the page opens (see aggregate).
(function () {
  "use strict";
  // Texts are listed in the order of their journeymd.sitemodel.normalise form, as they were when
  // Python counted them; these two make that form and compare as Python does. Only the rows
  // listed go through them, not every use of a text.
  function folded(text) {  // str.casefold: lower case, and ß as ss, ς as σ, µ as μ...
    var lower = text.toLowerCase();
    return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.replace(/[^\x00-\x7f]/gu, function (ch) {
      var code = ch.codePointAt(0);
      if (code === 0x131) return ch;  // dotless i folds to itself, not to i
      // Cherokee folds to its capitals; every other letter to the lower case of its capitals.
      if ((code >= 0x13a0 && code <= 0x13fd) || (code >= 0xab70 && code <= 0xabbf)) return ch.toUpperCase();
      return ch.toUpperCase().toLowerCase();
    });
  }
  function normalise(text) {  // case, spaces and punctuation do not count (a word is \w in Python)
    if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9_]+/g, " ").trim();
    return folded(text.normalize("NFKC")).replace(/[^\p{L}\p{N}_]+/gu, " ").trim();
  }
  // Python compares texts by code point, JavaScript by UTF-16 unit: they differ only where a
  // letter past U+FFFF (two units from U+D800) meets one from U+E000. Moved so that those compare
  // as code points do.
  function byCodePoint(text) {
    return /[\ud800-\uffff]/.test(text) ? text.replace(/[\ud800-\uffff]/g, function (unit) {
      var code = unit.charCodeAt(0);
      return String.fromCharCode(code >= 0xe000 ? code - 0x800 : code + 0x2000);
    }) : text;
  }
  // A use of a text or a touchpoint is one number, the journey's times STEPS plus the step's (a
  // thousand journeys' tens of thousands of uses, each a pair, kept the page's memory busy).
  var STEPS = 16384;  // more steps than a journey may have (journeymd.validate.limits.MAX_STEPS)
  function journeyOf(use) { return Math.floor(use / STEPS); }
  function stepOf(use) { return use % STEPS; }

  // The summaries (a journey each, see journeymd.sitemodel.summary) become the cards, and what the
  // journeys share: the backlog, the touchpoint inventory, pain points per department (the heat
  // map) and the tree. Plain loops: this runs over every step of every journey as the page opens.
  function aggregate(raw) {
    var summaries = raw.journeys;
    // Texts, departments and touchpoints are matched across journeys by the keys the summaries give
    // them (their case, spaces and punctuation do not count).
    var pains = new Map(), opportunities = new Map(), touchpoints = new Map(), heat = new Map();
    var departments = new Map(), phaseNames = new Set();
    var number = new Map(), children = {}, opened = new Set(), related = [];
    var n, at, i;
    // The journeys come in order: a journey other than the last use's is one more that shares it.
    function use(entry, n, at) {
      if (!entry.uses.length || journeyOf(entry.uses[entry.uses.length - 1]) !== n) entry.shared++;
      entry.uses.push(n * STEPS + at);
    }
    function texts(kind, backlog, s, list, n, at) {
      for (var i = 0; i < list.length; i++) {
        var text = s.texts[list[i]], entry = backlog.get(text[1]);
        if (!entry) backlog.set(text[1], entry = { kind: kind, text: text[0], uses: [], shared: 0 });
        use(entry, n, at);
      }
    }
    // A journey is found by its file's name (``real`` when it is listed under a link's name).
    for (n = 0; n < summaries.length; n++) {
      var itself = summaries[n].real || summaries[n].file;
      if (!number.has(itself)) number.set(itself, n);
    }
    for (n = 0; n < summaries.length; n++) {
      var s = summaries[n];
      for (i = 0; i < s.departments.length; i++) {
        if (!departments.has(s.departments[i][1])) departments.set(s.departments[i][1], s.departments[i][0]);
      }
      for (at = 0; at < s.steps.length; at++) {
        var step = s.steps[at], painted = step[4].length;
        phaseNames.add(s.phases[step[2]]);  // the phases steps are in: a phase without steps has nothing to filter
        for (i = 0; painted && i < step[3].length; i++) {
          var cell = s.departments[step[3][i]][1] + " " + n;
          heat.set(cell, (heat.get(cell) || 0) + painted);
        }
        texts("pain", pains, s, step[4], n, at);
        texts("opportunity", opportunities, s, step[5], n, at);
        for (i = 0; i < step[6].length; i++) {
          var touchpoint = s.touchpoints[step[6][i]], used = touchpoints.get(touchpoint[2]);
          if (!used) {
            touchpoints.set(touchpoint[2], used = { name: touchpoint[0], channel: touchpoint[1], uses: [], shared: 0 });
          }
          use(used, n, at);
        }
        var child = step[7] ? number.get(step[7]) : undefined;
        if (child !== undefined) {
          (children[n] = children[n] || []).push([child, step[0], step[1]]);
          opened.add(child);
        }
      }
      for (i = 0; i < s.related.length; i++) {
        var partner = number.get(s.related[i][0]);
        if (partner !== undefined) related.push([n, partner, s.related[i][1]]);
      }
    }
    var columns = sortedBy(Array.from(departments.keys()), function (key) {
      var name = departments.get(key);
      return [byCodePoint(folded(name)), byCodePoint(normalise(name))];
    });
    var column = new Map(columns.map(function (key, k) { return [key, k]; }));
    var phases = sortedBy(Array.from(phaseNames), function (name) { return [byCodePoint(folded(name)), byCodePoint(name)]; });
    var phaseNumber = new Map(phases.map(function (name, k) { return [name, k]; }));
    // Pain points first by how many journeys share them, then opportunities; touchpoints likewise.
    var rows = sortedBy(Array.from(pains.values()).concat(Array.from(opportunities.values())), function (row) {
      return [-row.shared, row.kind === "pain" ? 0 : 1, byCodePoint(normalise(row.text)), byCodePoint(row.text)];
    });
    var inventory = sortedBy(Array.from(touchpoints.values()), function (t) {
      return [-t.shared, byCodePoint(normalise(t.name))];
    });
    var cards = summaries.map(function (s, n) {
      return {
        title: s.title || s.file.split("/").pop(),
        href: raw.hrefs[n],
        personas: s.personas,
        phases: s.phases,
        steps: s.steps.length,
        spark: s.spark,
        lowest: s.lowest,
        pains: s.steps.reduce(function (sum, step) { return sum + step[4].length; }, 0),
        changed: raw.changed[n],
        // A step's name, phase and departments, looked up when the page lists or filters it (a
        // thousand journeys' steps are many more than it shows).
        stepName: function (at) { return s.steps[at][1]; },
        phase: function (at) { return phaseNumber.get(s.phases[s.steps[at][2]]); },
        inDepartment: function (at, k) {
          return s.steps[at][3].some(function (d) { return column.get(s.departments[d][1]) === k; });
        },
      };
    });
    var counts = [];
    heat.forEach(function (count, cell) {
      var split = cell.lastIndexOf(" ");
      counts.push([column.get(cell.slice(0, split)), Number(cell.slice(split + 1)), count]);
    });
    return {
      labels: raw.labels,
      journeys: cards,
      tree: { roots: roots(summaries.length, opened, children), children: children },
      related: related,
      backlog: rows,
      touchpoints: inventory,
      departments: columns.map(function (key) { return departments.get(key); }),
      phases: phases,
      heat: counts,
    };
  }

  // ``items`` sorted by the keys ``by`` gives each: whole numbers from -1e9 to 1e9, then texts. The
  // keys of an item are joined into one text, worked out once an item, so that each of the many
  // comparisons of a long backlog compares two texts.
  function sortedBy(items, by) {
    var keyed = items.map(function (item, i) {
      var key = by(item).map(function (part) {
        return typeof part === "number" ? String(1e9 + part).padStart(10, "0") : part;
      }).join("\u0000");
      return { item: item, key: key, i: i };
    });
    keyed.sort(function (a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i; });
    return keyed.map(function (entry) { return entry.item; });
  }

  // The journeys the tree starts from: those no journey opens, and one of each circle of journeys
  // that open each other (which would otherwise not show at all).
  function roots(count, opened, children) {
    var found = [], reached = new Set();
    for (var n = 0; n < count; n++) if (!opened.has(n)) found.push(n);
    var isRoot = new Set(found), pending = found.slice();
    var starts = found.concat(Object.keys(children).map(Number).sort(function (a, b) { return a - b; }));
    starts.forEach(function (start) {
      if (!reached.has(start) && !isRoot.has(start)) { found.push(start); isRoot.add(start); pending.push(start); }
      while (pending.length) {
        var k = pending.pop();
        if (!reached.has(k)) {
          reached.add(k);
          (children[k] || []).forEach(function (child) { pending.push(child[0]); });
        }
      }
    });
    return found;
  }

  var model = aggregate(JSON.parse(document.getElementById("jm-site").textContent));
  var L = model.labels;
  var PAGE = 100;
  var SVG = "http://www.w3.org/2000/svg";
  var journeys = model.journeys;
  // A link as a person reads it; one to a file named in no UTF-8 stays as it is written.
  function readable(href) {
    try {
      return decodeURIComponent(href);
    } catch (malformed) {
      return href;
    }
  }
  // Two journeys of one title (a copy per market, an old and a new version) are told apart by file.
  var titled = Object.create(null);
  journeys.forEach(function (j) { titled[j.title] = (titled[j.title] || 0) + 1; });
  journeys.forEach(function (j) {
    j.name = titled[j.title] > 1 ? j.title + " (" + readable(j.href).replace(/\.html$/, "") + ")" : j.title;
  });

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }
  function txt(value) { return document.createTextNode(String(value)); }
  // Text a journey's author wrote takes its direction from its own letters (dir=auto): an Arabic
  // title or step reads right to left, with its numbers and brackets where a reader expects them.
  function link(n) { return el("a", { href: journeys[n].href, text: journeys[n].name, dir: "auto" }); }
  function signed(v) { return (v > 0 ? "+" : v < 0 ? "\u2212" : "") + Math.abs(v); }

  // Rows drawn page by page: ``more`` shows the next hundred.
  function paged(body, button, rows, draw) {
    var shown = 0;
    body.textContent = "";
    function next() {
      var end = Math.min(rows.length, shown + PAGE);
      var part = document.createDocumentFragment();
      for (; shown < end; shown++) part.appendChild(draw(rows[shown]));
      body.appendChild(part);
      button.hidden = shown >= rows.length;
      button.textContent = "+" + Math.min(PAGE, rows.length - shown) + " / " + (rows.length - shown);
    }
    button.onclick = next;
    next();
  }

  function spark(values) {
    var w = 240, h = 40, pad = 5;
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    svg.setAttribute("class", "spark");
    var scored = values.filter(function (v) { return v !== null; });
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", L.sparkline + ": " + scored.map(signed).join(", "));
    var step = values.length > 1 ? (w - 2 * pad) / (values.length - 1) : 0;
    function y(v) { return pad + (2 - v) / 4 * (h - 2 * pad); }
    var zero = document.createElementNS(SVG, "line");
    zero.setAttribute("x1", pad); zero.setAttribute("x2", w - pad);
    zero.setAttribute("y1", y(0)); zero.setAttribute("y2", y(0));
    zero.setAttribute("class", "zero");
    svg.appendChild(zero);
    var d = "", low = null;
    values.forEach(function (v, i) {
      if (v === null) { d += " "; return; }
      d += (d === "" || d.slice(-1) === " " ? "M" : "L") + (pad + i * step).toFixed(1) + " " + y(v).toFixed(1);
      if (low === null || v < values[low]) low = i;
    });
    var path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d.trim());
    path.setAttribute("class", "curve");
    svg.appendChild(path);
    if (low !== null) {
      var dot = document.createElementNS(SVG, "circle");
      dot.setAttribute("cx", (pad + low * step).toFixed(1));
      dot.setAttribute("cy", y(values[low]).toFixed(1));
      dot.setAttribute("r", 3);
      dot.setAttribute("class", "low");
      svg.appendChild(dot);
    }
    return svg;
  }

  function fact(name, value) {
    return value === "" || value === null ? null : el("div", {}, [el("dt", { text: name }), el("dd", { text: value, dir: "auto" })]);
  }

  // The journeys whose steps open each journey, for its card.
  var parents = {};
  Object.keys(model.tree.children).forEach(function (n) {
    model.tree.children[n].forEach(function (k) { (parents[k[0]] = parents[k[0]] || []).push(Number(n)); });
  });

  function card(j, n) {
    var above = parents[n] || [];
    var partOf = above.length ? el("div", {}, [el("dt", { text: L.part_of }), el("dd", {}, above.map(function (p, i) {
      var item = el("span", {}, [link(p)]);
      if (i) item.insertBefore(txt(", "), item.firstChild);
      return item;
    }))]) : null;
    var facts = el("dl", {}, [
      partOf,
      fact(L.personas, j.personas.join(", ")),
      fact(L.phases_section, j.phases.length + ": " + j.phases.join(" \u203a ")),
      fact(L.steps, j.steps),
      fact(L.lowest, j.lowest),
      fact(L.pain_points, j.pains),
      fact(L.changed, j.changed),
    ]);
    return el("li", { "class": "card" }, [el("h3", {}, [el("a", { href: j.href, text: j.name, dir: "auto" })]), spark(j.spark), facts]);
  }

  // Cards, with a filter on their titles.
  var cardBody = document.getElementById("jm-cards");
  var cardMore = document.getElementById("jm-cards-more");
  var cardFilter = document.getElementById("jm-card-filter");
  function drawCards() {
    var words = cardFilter.value.toLowerCase();
    var shown = [];
    journeys.forEach(function (j, n) { if (j.name.toLowerCase().indexOf(words) >= 0) shown.push(n); });
    paged(cardBody, cardMore, shown, function (n) { return card(journeys[n], n); });
  }
  cardFilter.addEventListener("input", drawCards);
  drawCards();

  // The journey tree: a journey and the sub-journeys its steps open, and related journeys.
  var tree = document.getElementById("jm-tree");
  function branch(n, seen) {
    var item = el("li", {}, [link(n)]);
    var kids = model.tree.children[String(n)] || [];
    if (kids.length && seen.indexOf(n) < 0) {
      item.appendChild(el("ul", {}, kids.map(function (k) {
        var sub = branch(k[0], seen.concat([n]));
        sub.insertBefore(txt(L.step + " " + k[1] + " " + k[2] + " \u2192 "), sub.firstChild);
        return sub;
      })));
    }
    return item;
  }
  var roots = model.tree.roots.filter(function (n) { return model.tree.children[String(n)]; });
  if (roots.length) tree.appendChild(el("ul", {}, roots.map(function (n) { return branch(n, []); })));
  if (model.related.length) {
    tree.appendChild(el("h3", { text: L.related_journeys }));
    tree.appendChild(el("ul", {}, model.related.map(function (r) {
      return el("li", {}, [link(r[0]), txt(" \u2194 "), link(r[1]), r[2] ? txt(" (" + r[2] + ")") : null]);
    })));
  }
  if (!roots.length && !model.related.length) tree.appendChild(el("p", { text: L.empty }));

  // The backlog, filtered by department, phase and journey.
  var filters = { department: "", phase: "", journey: "" };
  function options(select, values) {
    values.forEach(function (value, i) { select.appendChild(el("option", { value: String(value[0]), text: value[1] })); });
    select.addEventListener("change", function () { filters[select.name] = select.value; drawBacklog(); });
  }
  options(document.getElementById("jm-f-department"), model.departments.map(function (d, k) { return [k, d]; }));
  options(document.getElementById("jm-f-phase"), model.phases.map(function (p, k) { return [k, p]; }));
  options(document.getElementById("jm-f-journey"), journeys.map(function (j, n) { return [n, j.name]; }));
  var backlogBody = document.getElementById("jm-backlog");
  var backlogMore = document.getElementById("jm-backlog-more");
  var backlogCount = document.getElementById("jm-backlog-count");
  // A use names a journey and its step: the step's name, phase and departments are the journey's.
  function matches(use) {
    var j = journeys[journeyOf(use)];
    return (!filters.journey || String(journeyOf(use)) === filters.journey) &&
      (!filters.phase || String(j.phase(stepOf(use))) === filters.phase) &&
      (!filters.department || j.inDepartment(stepOf(use), Number(filters.department)));
  }
  // Where a text or touchpoint is used: a line per journey with its steps, the first five journeys.
  function where(uses) {
    var list = el("ul", {}, []), lines = [], byJourney = {};
    uses.forEach(function (u) {
      var n = journeyOf(u);
      if (!byJourney[n]) { byJourney[n] = []; lines.push(n); }
      byJourney[n].push(stepOf(u));
    });
    lines.slice(0, 5).forEach(function (n) {
      var steps = byJourney[n].map(function (at) { return L.step.toLowerCase() + " " + (at + 1) + " " + journeys[n].stepName(at); });
      list.appendChild(el("li", {}, [link(n), txt(": " + steps.join("; "))]));
    });
    if (lines.length > 5) list.appendChild(el("li", { text: "+" + (lines.length - 5) }));
    return list;
  }
  function drawBacklog() {
    var rows = [];
    model.backlog.forEach(function (row) {
      var uses = row.uses.filter(matches);
      if (uses.length) rows.push({ row: row, uses: uses });
    });
    backlogCount.textContent = !model.backlog.length ? L.empty : rows.length ? rows.length + " / " + model.backlog.length : L.none;
    paged(backlogBody, backlogMore, rows, function (r) {
      return el("tr", {}, [
        el("td", { text: r.row.kind === "pain" ? L.pain : L.opportunity, "class": "kind-" + r.row.kind }),
        el("td", { text: r.row.text, dir: "auto" }),
        el("td", { text: r.row.shared, "class": "num" }),
        el("td", {}, [where(r.uses)]),
      ]);
    });
  }
  drawBacklog();
  // A table without rows is a row of headings that says nothing: say so in words instead.
  function emptyTable(body, rows) {
    if (rows.length) return;
    var box = body.closest(".scroll");
    box.hidden = true;
    if (body.id !== "jm-backlog") box.parentNode.insertBefore(el("p", { text: L.empty }), box);
  }
  emptyTable(backlogBody, model.backlog);
  if (!model.backlog.length) document.querySelector("#backlog .filters").remove();

  // Touchpoints and the journeys that use them.
  emptyTable(document.getElementById("jm-touchpoints"), model.touchpoints);
  paged(document.getElementById("jm-touchpoints"), document.getElementById("jm-touchpoints-more"), model.touchpoints,
    function (t) {
      return el("tr", {}, [el("td", { text: t.name, dir: "auto" }), el("td", { text: t.channel || "" }), el("td", {}, [where(t.uses)])]);
    });

  // Pain points per department and journey: colour and number.
  var heatHead = document.getElementById("jm-heat-head");
  model.departments.forEach(function (d) { heatHead.appendChild(el("th", { scope: "col", text: d })); });
  var counts = {}, most = 1;
  model.heat.forEach(function (c) { counts[c[1] + ":" + c[0]] = c[2]; most = Math.max(most, c[2]); });
  var heatRows = journeys.map(function (j, n) { return n; }).filter(function (n) {
    return model.departments.some(function (d, k) { return counts[n + ":" + k]; });
  });
  emptyTable(document.getElementById("jm-heat"), heatRows);
  paged(document.getElementById("jm-heat"), document.getElementById("jm-heat-more"), heatRows, function (n) {
    var row = el("tr", {}, [el("th", { scope: "row" }, [link(n)])]);
    model.departments.forEach(function (d, k) {
      var count = counts[n + ":" + k] || 0;
      var level = count ? Math.min(4, Math.ceil(count / most * 4)) : 0;
      row.appendChild(el("td", { "class": "num heat-" + level, text: count ? count : "" }));
    });
    return row;
  });
})();
