// Interactive layer of the journeymd report. Every step's details come once, as data (#jm-model);
// a short journey's map is SVG in the page (it prints and reads without JavaScript), a long one's is
// drawn from the data, only the part in view. Every string from the journey reaches the page as text
// (textContent, attributes), never as markup.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var root = document.documentElement;
  var frame = document.getElementById("jm-frame");
  var panel = document.getElementById("jm-panel");
  var panelHeading = document.getElementById("jm-panel-heading");
  var panelBody = document.getElementById("jm-panel-body");
  var panelHint = document.getElementById("jm-panel-hint");
  var announce = document.getElementById("jm-announce");
  var status = document.getElementById("jm-status");
  var search = document.getElementById("jm-search");
  var department = document.getElementById("jm-filter-department");
  var channel = document.getElementById("jm-filter-channel");
  var persona = document.getElementById("jm-filter-persona");
  var list = document.getElementById("jm-steps");
  var defaultHeading = panelHeading.textContent;
  var phone = window.matchMedia("(max-width: 699px)");

  // Theme: auto follows the system (dark mode, more contrast); a choice is kept for this browser.
  function setTheme(choice) {
    if (choice === "auto") { root.removeAttribute("data-theme"); } else { root.setAttribute("data-theme", choice); }
    Array.prototype.forEach.call(document.querySelectorAll("[data-theme-choice]"), function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-theme-choice") === choice));
    });
    try { localStorage.setItem("journeymd-theme", choice); } catch (e) { /* storage may be off for file:// */ }
  }
  document.querySelectorAll("[data-theme-choice]").forEach(function (b) {
    b.addEventListener("click", function () { setTheme(b.getAttribute("data-theme-choice")); });
  });
  try { var saved = localStorage.getItem("journeymd-theme"); if (saved) { setTheme(saved); } } catch (e) { /* ignore */ }
  document.getElementById("jm-filters").addEventListener("submit", function (event) { event.preventDefault(); });

  var model, steps = [], byId = {}, phaseStarts = [];
  var selected = null;  // the step whose details the panel shows, pinned by a click or Enter
  var current = null;   // the map's one Tab stop (roving tabindex)
  var matches = null;   // per step, whether it passes the filters; null: no filter
  var map;              // the static or the drawn map, see below


  function inflate(text) {
    var raw = atob(text.trim());
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).json();
  }

  function start(data) {
    model = data;
    model.steps.forEach(function (s, index) {
      var step = { id: s[0], name: s[1], phase: s[2], entries: s[3], departments: s[4], channels: s[5],
        personas: s[6], src: s[7], emotion: s[8], index: index, text: null };
      steps.push(step);
      byId[step.id] = step;
      if (!phaseStarts.length || steps[index - 1].phase !== step.phase) { phaseStarts.push(index); }
    });
    map = model.scene ? drawnMap(model.scene) : staticMap();
    padScroll();
    current = steps.length ? steps[0].id : null;
    map.setTabStop(null, current);
    if (!model.scene) { pinLabels(); } else { scheduleList(); }
    readHash(true);
    renderTimeline();
    phone.addEventListener("change", function () { renderTimeline(); });
    window.addEventListener("hashchange", function () { readHash(false); });
  }

  // Whatever scrolls a step into view (the browser, a search, a link) stops clear of the pinned
  // lane names instead of under them.
  function padScroll() {
    frame.style.scrollPaddingLeft = Math.ceil(map.labelsWidth() * map.zoom) + "px";
  }

  function title(step) { return (step.index + 1) + ". " + step.name; }

  // --- the map's step groups, in SVG markup or drawn -----------------------------------------------
  function groupsOf(id) {
    return frame.querySelectorAll('g[data-step="' + CSS.escape(id) + '"]');
  }
  function dress(g, step) {
    // A step is announced by its number and name; its details are in the panel and the list. A
    // group, not a button: a button's name would have to repeat every word drawn on its card.
    g.setAttribute("role", "group");
    g.setAttribute("aria-roledescription", frame.getAttribute("data-step-role"));
    g.setAttribute("aria-label", title(step));
    g.setAttribute("tabindex", step.id === current ? "0" : "-1");
    g.classList.toggle("selected", step.id === selected);
    g.classList.toggle("dimmed", matches !== null && !matches[step.index]);
  }

  function refresh() {
    Array.prototype.forEach.call(frame.querySelectorAll("g[data-step]"), function (g) {
      var step = byId[g.getAttribute("data-step")];
      if (step) { dress(g, step); }
    });
  }

  // The words on a step's card are read in the panel and the list, not one by one in the drawing.
  function muteChildren(g) {
    for (var child = g.firstElementChild; child; child = child.nextElementSibling) { child.setAttribute("aria-hidden", "true"); }
  }

  function staticMap() {
    var svg = frame.querySelector("svg");
    var labels = document.getElementById(svg.id.replace(/map$/, "lane-labels"));
    Array.prototype.forEach.call(svg.querySelectorAll("g[data-step]"), function (g) {
      var step = byId[g.getAttribute("data-step")];
      var tooltip = g.querySelector(":scope > title");
      if (tooltip) { g.removeChild(tooltip); }  // a long summary, read again on every focus
      if (step) { dress(g, step); }
      muteChildren(g);
    });
    var natural = parseFloat(frame.getAttribute("data-width"));
    return {
      zoom: 1,
      setTabStop: function (before, after) {
        if (before) { groupsOf(before).forEach(function (g) { g.setAttribute("tabindex", "-1"); }); }
        if (after) { groupsOf(after).forEach(function (g) { g.setAttribute("tabindex", "0"); }); }
      },
      range: function (id) {
        var g = groupsOf(id)[0];
        var box = g.getBBox();
        return [box.x, box.x + box.width, box.y];
      },
      labelsWidth: function () {
        if (!labels) { return 0; }
        var box = labels.querySelector("rect").getBBox();
        return box.x + box.width;
      },
      refresh: refresh,
      setZoom: function (value) {
        this.zoom = value;
        svg.setAttribute("width", String(Math.round(natural * value)));
        svg.removeAttribute("height");
        pinLabels();
      },
      fit: function () { return frame.clientWidth / natural; }
    };
  }

  // A long journey's map: the laid-out scene as data, cut into tiles a few columns wide; only the
  // tiles in view (and the one holding the Tab stop) are in the page.
  function drawnMap(scene) {
    var TILE = 1600;
    var width = scene.width, height = scene.height, classes = scene.classes.map(function (c) {
      return c.split(" ").map(function (name) { return "jm-" + name; }).join(" ");
    });
    var canvas = document.createElement("div");
    canvas.className = "jm-canvas";
    frame.replaceChildren(canvas);
    var groups = scene.groups, stepRange = {}, labelsGroup = null;
    // Tile edges fall between step columns, so that a step is drawn whole in one tile.
    var edges = [0], columnStarts = [];
    groups.forEach(function (g) {
      if (g[2].step) { columnStarts.push(rangeOf(g[3])[0]); }
    });
    columnStarts.sort(function (a, b) { return a - b; });
    columnStarts.forEach(function (x) { if (x - edges[edges.length - 1] > TILE) { edges.push(x - 4); } });
    edges.push(Infinity);
    var tiles = edges.slice(1).map(function () { return []; });
    function tileOf(x) {
      var lo = 0, hi = tiles.length - 1;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (edges[mid] <= x) { lo = mid; } else { hi = mid - 1; } }
      return lo;
    }
    groups.forEach(function (g, gi) {
      if (/^jm-lane-labels/.test(g[0])) { labelsGroup = g; return; }
      var perTile = {};
      g[3].forEach(function (item, ii) {
        var r = itemRange(item);
        for (var t = tileOf(r[0]), last = tileOf(r[1]); t <= last; t++) { (perTile[t] = perTile[t] || []).push(ii); }
      });
      Object.keys(perTile).forEach(function (t) { tiles[t].push([gi, perTile[t]]); });
      if (g[2].step) { var r = rangeOf(g[3]); stepRange[g[2].step] = [r[0], r[1], r[2]]; }
    });
    var drawn = {}, overlay = null, zoom = 1;
    // The arrowhead every tile's arrows point to, in a drawing of its own that stays.
    var shared = document.createElementNS(SVG, "svg");
    shared.setAttribute("class", "jm-map jm-defs");
    shared.setAttribute("aria-hidden", "true");
    var defs = document.createElementNS(SVG, "defs");
    var marker = document.createElementNS(SVG, "marker");
    [["id", "jm-arrow"], ["viewBox", "0 0 10 10"], ["refX", "8"], ["refY", "5"], ["markerWidth", "7"],
      ["markerHeight", "7"], ["orient", "auto-start-reverse"]].forEach(function (a) { marker.setAttribute(a[0], a[1]); });
    var head = document.createElementNS(SVG, "path");
    head.setAttribute("d", "M0 0L10 5L0 10z");
    head.setAttribute("class", "jm-arrowhead");
    marker.appendChild(head);
    defs.appendChild(marker);
    shared.appendChild(defs);
    canvas.appendChild(shared);

    function rangeOf(items) {
      var lo = Infinity, hi = -Infinity, top = Infinity;
      items.forEach(function (item) {
        var r = itemRange(item);
        lo = Math.min(lo, r[0]); hi = Math.max(hi, r[1]);
        if (item[0] === 0) { top = Math.min(top, item[2]); }
      });
      return [lo, hi, top === Infinity ? 0 : top];
    }
    function itemRange(item) {
      switch (item[0]) {
        case 0: return [item[1], item[1] + item[3]];
        case 1: {
          var longest = 0;
          item[7].forEach(function (line) { longest = Math.max(longest, line.length); });
          var w = longest * item[3] * 0.65;
          return item[5] & 4 ? [item[1] - w / 2, item[1] + w / 2] : item[5] & 8 ? [item[1] - w, item[1]] : [item[1], item[1] + w];
        }
        case 2: return pathRange(item[1]);
        case 3: return [item[1] - item[3], item[1] + item[3]];
        case 5: return [item[1], item[1] + item[3]];
        case 6: return [item[1], item[1] + item[3]];
        default: return pointsRange(item[1]);
      }
    }
    function pathRange(d) {
      // Absolute commands only (as the layout writes them); x is every other number, H takes x alone.
      if (/[a-z]/.test(d)) { return [0, width]; }
      var lo = Infinity, hi = -Infinity, command = "M", nth = 0;
      d.replace(/[A-Z]|-?[0-9]*\.?[0-9]+(?:e-?[0-9]+)?/g, function (token) {
        if (/[A-Z]/.test(token)) { command = token; nth = 0; return token; }
        var value = parseFloat(token), isX;
        if (command === "H") { isX = true; } else if (command === "V") { isX = false; } else if (command === "A") { isX = nth % 7 === 5; } else { isX = nth % 2 === 0; }
        nth += 1;
        if (isX) { lo = Math.min(lo, value); hi = Math.max(hi, value); }
        return token;
      });
      return lo === Infinity ? [0, width] : [lo, hi];
    }
    function pointsRange(points) {
      var lo = Infinity, hi = -Infinity;
      points.split(" ").forEach(function (pair) { var x = parseFloat(pair); lo = Math.min(lo, x); hi = Math.max(hi, x); });
      return [lo, hi];
    }

    function element(item) {
      var el;
      switch (item[0]) {
        case 0:
          el = document.createElementNS(SVG, "rect");
          el.setAttribute("x", item[1]); el.setAttribute("y", item[2]);
          el.setAttribute("width", item[3]); el.setAttribute("height", item[4]);
          if (item[5]) { el.setAttribute("rx", item[5]); }
          el.setAttribute("class", classes[item[6]]);
          return [el];
        case 1:
          return item[7].map(function (line, n) {
            var text = document.createElementNS(SVG, "text");
            text.setAttribute("x", item[1]);
            text.setAttribute("y", Math.round((item[2] + n * item[6]) * 100) / 100);
            text.setAttribute("font-size", item[3]);
            text.setAttribute("class", classes[item[4]]);
            if (item[5] & 1) { text.setAttribute("font-weight", "bold"); }
            if (item[5] & 2) { text.setAttribute("font-style", "italic"); }
            if (item[5] & 12) { text.setAttribute("text-anchor", item[5] & 4 ? "middle" : "end"); }
            text.textContent = line;
            return text;
          });
        case 2:
          el = document.createElementNS(SVG, "path");
          el.setAttribute("d", item[1]);
          el.setAttribute("class", classes[item[2]]);
          if (item[3]) { el.setAttribute("marker-end", "url(#jm-arrow)"); }
          return [el];
        case 3:
          el = document.createElementNS(SVG, "circle");
          el.setAttribute("cx", item[1]); el.setAttribute("cy", item[2]); el.setAttribute("r", item[3]);
          el.setAttribute("class", classes[item[4]]);
          return [el];
        case 5:
          el = document.createElementNS(SVG, "path");
          el.setAttribute("d", item[4]);
          el.setAttribute("transform", item[5]);
          el.setAttribute("class", classes[item[6]]);
          return [el];
        case 6: {
          el = document.createElementNS(SVG, "image");
          el.setAttribute("href", item[5]);
          el.setAttribute("x", item[1]); el.setAttribute("y", item[2]);
          el.setAttribute("width", item[3]); el.setAttribute("height", item[4]);
          el.setAttribute("preserveAspectRatio", "xMidYMid meet");
          el.setAttribute("role", "img");
          el.setAttribute("aria-label", item[6]);
          el.setAttribute("class", classes[item[7]]);
          var title = document.createElementNS(SVG, "title");
          title.textContent = item[6];
          el.appendChild(title);
          return [el];
        }
        default:
          el = document.createElementNS(SVG, "polygon");
          el.setAttribute("points", item[1]);
          el.setAttribute("class", classes[item[2]]);
          return [el];
      }
    }
    function groupElement(g, indexes) {
      var el = document.createElementNS(SVG, "g");
      var stepId = g[2].step;
      if (stepId) {
        Object.keys(g[2]).forEach(function (key) { el.setAttribute("data-" + key, g[2][key]); });
        if (byId[stepId]) { dress(el, byId[stepId]); }
      } else {
        el.setAttribute("data-group", g[0]);
      }
      (indexes || g[3].map(function (_, i) { return i; })).forEach(function (i) {
        element(g[3][i]).forEach(function (child) { el.appendChild(child); });
      });
      if (stepId) { muteChildren(el); }
      return el;
    }
    function svgElement(x, w, extra) {
      var el = document.createElementNS(SVG, "svg");
      el.setAttribute("viewBox", x + " 0 " + w + " " + height);
      el.setAttribute("width", String(w * zoom));
      el.setAttribute("height", String(height * zoom));
      el.setAttribute("class", "jm-map " + extra);
      return el;
    }
    function drawTile(t) {
      var x = edges[t], w = Math.min(edges[t + 1], width) - x;
      var el = svgElement(x, w, "jm-tile");
      el.setAttribute("role", "presentation");
      tiles[t].forEach(function (entry) { el.appendChild(groupElement(groups[entry[0]], entry[1])); });
      el.style.left = (x * zoom) + "px";
      canvas.appendChild(el);
      drawn[t] = el;
    }
    function layoutCanvas() {
      canvas.style.width = (width * zoom) + "px";
      canvas.style.height = (height * zoom) + "px";
      if (labelsGroup) {
        var r = rangeOf(labelsGroup[3]);
        var next = svgElement(r[0], r[1] - r[0], "jm-pinned");
        next.style.marginLeft = (r[0] * zoom) + "px";  // where the column starts, until it reaches the edge
        next.setAttribute("aria-hidden", "true");
        next.appendChild(groupElement(labelsGroup, null));
        if (overlay) { canvas.replaceChild(next, overlay); } else { canvas.insertBefore(next, canvas.firstChild); }
        overlay = next;
      }
    }
    function wanted() {
      var from = frame.scrollLeft / zoom - 400, to = (frame.scrollLeft + frame.clientWidth) / zoom + 400;
      var keep = {};
      for (var t = tileOf(Math.max(0, from)), last = tileOf(to); t <= last; t++) { keep[t] = true; }
      if (current && stepRange[current]) { keep[tileOf(stepRange[current][0])] = true; }
      return keep;
    }
    function update() {
      var keep = wanted();
      Object.keys(drawn).forEach(function (t) { if (!keep[t]) { drawn[t].remove(); delete drawn[t]; } });
      Object.keys(keep).forEach(function (t) { if (!drawn[t]) { drawTile(Number(t)); } });
    }
    var pending = false;
    frame.addEventListener("scroll", function () {
      if (pending) { return; }
      pending = true;
      requestAnimationFrame(function () { pending = false; update(); });
    }, { passive: true });
    layoutCanvas();
    update();
    return {
      zoom: 1,
      setTabStop: function (before, after) {
        if (before) { groupsOf(before).forEach(function (g) { g.setAttribute("tabindex", "-1"); }); }
        update();
        if (after) { groupsOf(after).forEach(function (g) { g.setAttribute("tabindex", "0"); }); }
      },
      range: function (id) { return stepRange[id]; },
      labelsWidth: function () { return labelsGroup ? rangeOf(labelsGroup[3])[1] : 0; },
      refresh: refresh,
      setZoom: function (value) {
        zoom = this.zoom = value;
        Object.keys(drawn).forEach(function (t) { drawn[t].remove(); delete drawn[t]; });
        layoutCanvas();
        update();
      },
      fit: function () { return frame.clientWidth / width; }
    };
  }

  // The lane names of a static map stay in view while it scrolls sideways: their column follows the
  // scroll, in the map and in the blueprint alike (printing puts them back, see report.css).
  function pinned(box, scale) {
    // By exact id (jm-lane-labels, jmb-lane-labels in the blueprint): a step's group can end in the
    // same words (jm-step-lane-labels).
    var drawing = box.querySelector("svg");
    var labels = drawing && drawing.id && document.getElementById(drawing.id.replace(/map$/, "lane-labels"));
    if (!labels) { return function () {}; }
    var margin = labels.querySelector("rect").getBBox().x;
    function pin() {
      var shift = Math.max(0, box.scrollLeft / scale() - margin);  // flush with the frame's left edge
      labels.setAttribute("transform", "translate(" + shift + " 0)");
    }
    box.addEventListener("scroll", pin, { passive: true });
    return pin;
  }
  Array.prototype.forEach.call(document.querySelectorAll(".map-frame"), function (box) {
    if (box !== frame) { pinned(box, function () { return 1; }); }
  });
  var mapPin = null;
  function pinLabels() {
    if (!mapPin) { mapPin = pinned(frame, function () { return map.zoom; }); }
    mapPin();
  }

  // --- selecting, the panel and the keyboard -------------------------------------------------------
  function fill(step) {
    var body = document.createDocumentFragment();
    var dl = document.createElement("dl");
    step.entries.forEach(function (entry) {
      var dt = document.createElement("dt");
      dt.textContent = model.labels[entry[0]];
      var dd = document.createElement("dd");
      var value = entry[1];
      if (typeof value === "string") {
        dd.textContent = value;
      } else {
        var ul = document.createElement("ul");
        value.forEach(function (item) {
          var li = document.createElement("li");
          if (typeof item === "string") {
            li.textContent = item;
          } else {
            if (item.length === 3) {
              var a = document.createElement("a");
              a.href = "#step-" + item[2];
              a.textContent = item[0];
              li.appendChild(a);
            } else if (item.length === 4 && /^(https?:\/\/|mailto:)/i.test(item[3])) {
              // A research source's address, which the file gives: only web and mail links open.
              var out = document.createElement("a");
              out.href = item[3];
              out.rel = "noopener noreferrer";
              out.target = "_blank";
              out.textContent = item[0];
              li.appendChild(out);
            } else {
              li.appendChild(document.createTextNode(item[0]));
            }
            if (item[1]) {
              var small = document.createElement("small");
              small.textContent = "(" + item[1] + ")";
              li.appendChild(document.createTextNode(" "));
              li.appendChild(small);
            }
          }
          ul.appendChild(li);
        });
        dd.appendChild(ul);
      }
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    body.appendChild(dl);
    if (step.src) {
      var p = document.createElement("p");
      p.className = "src";
      var where = document.createElement("code");
      where.textContent = step.src;
      p.appendChild(where);
      body.appendChild(p);
    }
    return body;
  }

  // The panel shows a step: the pinned one, or for a moment the one under the pointer.
  function show(id) {
    var step = id && byId[id];
    panelHeading.textContent = step ? title(step) : defaultHeading;
    panelHint.hidden = Boolean(step);
    panelBody.replaceChildren(step ? fill(step) : document.createDocumentFragment());
    panel.classList.toggle("open", Boolean(selected));
  }
  function select(id, how) {
    var before = selected;
    selected = id;
    if (before) { groupsOf(before).forEach(function (g) { g.classList.remove("selected"); }); }
    if (id) { groupsOf(id).forEach(function (g) { g.classList.add("selected"); }); }
    show(id);
    if (id && how !== "silent") { announce.textContent = panelHeading.textContent; }
    writeHash();
  }
  function reveal(id) {
    var r = map.range(id);
    if (!r) { return; }
    var z = map.zoom, left = map.labelsWidth() * z + 8;
    var x0 = r[0] * z, x1 = r[1] * z;
    // Clear of the pinned lane names on the left, inside the frame on the right.
    if (x1 - frame.scrollLeft > frame.clientWidth) { frame.scrollLeft = x1 - frame.clientWidth + 8; }
    if (x0 - frame.scrollLeft < left) { frame.scrollLeft = Math.max(0, x0 - left); }
    if (r[2] * z < frame.scrollTop) { frame.scrollTop = Math.max(0, r[2] * z - 8); }
  }
  function moveTo(id, focus) {
    var before = current;
    current = id;
    reveal(id);
    map.setTabStop(before, id);
    if (focus) {
      var g = groupsOf(id)[0];
      if (g) { g.focus({ preventScroll: true }); }
    }
  }
  function stepOf(target) {
    var g = target && target.closest && target.closest("g[data-step]");
    return g && frame.contains(g) ? g.getAttribute("data-step") : null;
  }

  frame.addEventListener("click", function (event) {
    var id = stepOf(event.target);
    if (!id) { return; }
    moveTo(id, true);
    select(id);
  });
  var hovered = null;
  frame.addEventListener("mouseover", function (event) {
    var id = stepOf(event.target);
    if (id && id !== hovered) { hovered = id; show(id); }
  });
  frame.addEventListener("mouseout", function (event) {
    if (hovered && stepOf(event.relatedTarget) !== hovered) {
      hovered = null;
      show(selected);  // a pass of the pointer does not undo a click
    }
  });
  frame.addEventListener("focusin", function (event) {
    var id = stepOf(event.target);
    if (id && id !== current) { moveTo(id, false); }
    if (id) { reveal(id); }
  });
  frame.addEventListener("keydown", function (event) {
    var id = stepOf(event.target);
    if (!id || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var step = byId[id], to = null;
    var phase = phaseStarts.indexOf(phaseStarts.filter(function (s) { return s <= step.index; }).pop());
    switch (event.key) {
      case "ArrowRight": to = steps[Math.min(steps.length - 1, step.index + 1)]; break;
      case "ArrowLeft": to = steps[Math.max(0, step.index - 1)]; break;
      case "ArrowDown": to = steps[phaseStarts[Math.min(phaseStarts.length - 1, phase + 1)]]; break;
      case "ArrowUp": to = steps[phaseStarts[step.index === phaseStarts[phase] ? Math.max(0, phase - 1) : phase]]; break;
      case "Home": to = steps[0]; break;
      case "End": to = steps[steps.length - 1]; break;
      case "Enter":
      case " ":
        event.preventDefault();
        select(id, "silent");
        panelHeading.focus();  // the step's name is read; the details follow on demand
        return;
      case "Escape":
        if (selected) { event.preventDefault(); select(null); }
        return;
      default: return;
    }
    event.preventDefault();
    moveTo(to.id, true);
  });
  function closePanel() {
    select(null);
    if (current) { moveTo(current, true); }
  }
  document.getElementById("jm-panel-close").addEventListener("click", closePanel);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { event.preventDefault(); closePanel(); }
  });
  panel.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#step-"]');
    if (!link) { return; }
    event.preventDefault();  // the step it leads to opens here, in the panel
    var id = decodeURIComponent(link.getAttribute("href").slice(6));
    if (byId[id]) { moveTo(id, false); select(id); panelHeading.focus(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    if (target.closest && target.closest("input, select, textarea, [contenteditable]")) { return; }
    event.preventDefault();
    search.focus();
  });

  // --- filters, search and the address ------------------------------------------------------------
  function fold(text) {
    // Accents and case do not count: "oriëntatie" finds "Oriëntatie" and "orientatie".
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase();
  }
  function searchable(step) {
    if (step.text === null) {
      // The step's own words, its phase's name, never the labels ("Emotion" is on every step).
      var parts = [step.name, model.phases[step.phase]];
      step.entries.forEach(function (entry) {
        var value = entry[1];
        if (typeof value === "string") { parts.push(value); } else {
          value.forEach(function (item) { parts.push(typeof item === "string" ? item : item[0] + " " + item[1]); });
        }
      });
      step.text = fold(parts.join("\n"));
    }
    return step.text;
  }
  function apply() {
    var query = fold((search.value || "").trim());
    var dept = department ? department.value : "";
    var chan = channel ? channel.value : "";
    var who = persona ? persona.value : "";
    if (who === "") { frame.removeAttribute("data-focus"); } else { frame.setAttribute("data-focus", who); }
    var shown = 0;
    if (!query && !dept && !chan && !who) {
      matches = null;
      shown = steps.length;
    } else {
      matches = steps.map(function (step) {
        var ok = (!query || searchable(step).indexOf(query) >= 0) &&
          (!dept || step.departments.indexOf(dept) >= 0) &&
          (!chan || step.channels.indexOf(chan) >= 0) &&
          (!who || !step.personas.length || step.personas.indexOf(Number(who)) >= 0);
        if (ok) { shown += 1; }
        return ok;
      });
    }
    map.refresh();
    if (model.scene) {
      limit = PAGE;
      renderList();
    } else {
      Array.prototype.forEach.call(list.querySelectorAll("article.step"), function (el) {
        var step = byId[el.getAttribute("data-step")];
        if (step) { el.classList.toggle("hidden", matches !== null && !matches[step.index]); }
      });
    }
    document.getElementById("jm-empty").hidden = shown > 0;
    status.textContent = matches ? shown + " / " + steps.length : "";
    printFilter(query, [search, department, channel, persona]);
    timelineLimit = PAGE;
    renderTimeline();
    writeHash();
  }
  [search, department, channel, persona].forEach(function (el) { if (el) { el.addEventListener("input", apply); } });

  // On paper, say which filter was on: the printed map shows every step.
  function printFilter(query, controls) {
    var note = document.getElementById("jm-print-filter");
    var parts = [];
    controls.forEach(function (control) {
      if (!control || !control.value) { return; }
      var name = control.parentNode.firstChild.textContent.trim();
      var value = control.tagName === "SELECT" ? control.options[control.selectedIndex].text : "“" + control.value + "”";
      parts.push(name + ": " + value);
    });
    note.hidden = !parts.length;
    note.textContent = parts.length ? note.getAttribute("data-label") + " — " + parts.join(", ") + " (" + status.textContent + ")" : "";
  }

  var reading = false;
  function writeHash() {
    if (reading) { return; }
    var parts = [];
    if (selected) { parts.push("step-" + selected); }
    [["q", search], ["department", department], ["channel", channel], ["persona", persona]].forEach(function (pair) {
      if (pair[1] && pair[1].value) { parts.push(pair[0] + "=" + encodeURIComponent(pair[1].value)); }
    });
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash !== location.hash) {
      try { history.replaceState(null, "", hash || location.pathname + location.search); } catch (e) { /* some file:// pages */ }
    }
  }
  function readHash(first) {
    var text = location.hash.slice(1);
    if (!text) { return; }
    var id = null, values = {};
    text.split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      var key = eq < 0 ? part : part.slice(0, eq);
      var value = eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1));
      if (key.indexOf("step-") === 0) { id = decodeURIComponent(key.slice(5)); } else { values[key] = value; }
    });
    reading = true;
    if (first) {
      [["q", search], ["department", department], ["channel", channel], ["persona", persona]].forEach(function (pair) {
        if (pair[1] && values[pair[0]] !== undefined) { pair[1].value = values[pair[0]]; }
      });
      apply();
    }
    if (id && byId[id]) {
      moveTo(id, false);
      select(id, "silent");
      if (first) { document.querySelector(".map-area").scrollIntoView({ block: "start" }); }
    }
    reading = false;
  }

  // --- a long journey's step list: the steps that pass the filters, a page at a time ----------------
  var PAGE = 100, limit = PAGE;
  function renderList(upTo) {
    if (!model.scene) { return; }
    if (upTo !== undefined) { limit = Math.max(limit, upTo); }
    var fragment = document.createDocumentFragment(), shown = 0, left = 0, phaseHeading = -1;
    steps.forEach(function (step) {
      if (matches !== null && !matches[step.index]) { return; }
      if (shown >= limit) { left += 1; return; }
      shown += 1;
      if (step.phase !== phaseHeading) {
        phaseHeading = step.phase;
        var h3 = document.createElement("h3");
        h3.textContent = model.phases[step.phase];
        fragment.appendChild(h3);
      }
      var article = document.createElement("article");
      article.className = "step card";
      article.id = "step-" + step.id;
      article.setAttribute("data-step", step.id);
      var h4 = document.createElement("h4");
      h4.textContent = title(step);
      article.appendChild(h4);
      article.appendChild(fill(step));
      fragment.appendChild(article);
    });
    if (left) {
      var more = document.createElement("button");
      more.type = "button";
      more.className = "more";
      more.textContent = list.getAttribute("data-more").replace("{n}", Math.min(PAGE, left)).replace("{left}", left);
      fragment.appendChild(more);
    }
    list.replaceChildren(fragment);
  }
  function scheduleList() {
    var build = function () { renderList(); renderIssues(PAGE); };
    if (window.requestIdleCallback) { requestIdleCallback(build, { timeout: 1000 }); } else { setTimeout(build, 50); }
  }
  list.addEventListener("click", function (event) {
    if (event.target.classList && event.target.classList.contains("more")) {
      var next = list.querySelectorAll("article.step").length;
      renderList(limit + PAGE);
      var first = list.querySelectorAll("article.step")[next];
      if (first) { first.setAttribute("tabindex", "-1"); first.focus(); }  // reading goes on where it was
    }
  });
  // The table of pain points and opportunities, a page of rows at a time.
  var issuesBody = document.getElementById("jm-issues");
  var issuesMore = document.getElementById("jm-issues-more");
  var issueRows = 0;
  function renderIssues(upTo) {
    if (!model.scene || !issuesBody) { return; }
    var columns = model.issues, rows = document.createDocumentFragment(), shown = 0, left = 0;
    steps.forEach(function (step) {
      var cells = columns.map(function (label) {
        var found = label < 0 ? null : step.entries.filter(function (e) { return e[0] === label; })[0];
        return found ? found[1] : null;
      });
      if (!cells[1] && !cells[2]) { return; }
      if (shown >= upTo) { left += 1; return; }
      shown += 1;
      var tr = document.createElement("tr");
      var phase = document.createElement("td");
      phase.textContent = model.phases[step.phase];
      var name = document.createElement("td");
      var a = document.createElement("a");
      a.href = "#step-" + step.id;
      a.textContent = title(step);
      name.appendChild(a);
      tr.appendChild(phase);
      tr.appendChild(name);
      cells.forEach(function (value) {
        var td = document.createElement("td");
        if (typeof value === "string") { td.textContent = value; } else if (value) {
          var ul = document.createElement("ul");
          value.forEach(function (item) {
            var li = document.createElement("li");
            // A pain point with research of its own carries its evidence level beside it.
            li.textContent = typeof item === "string" ? item : item[0] + (item[1] ? " (" + item[1] + ")" : "");
            ul.appendChild(li);
          });
          td.appendChild(ul);
        }
        tr.appendChild(td);
      });
      rows.appendChild(tr);
    });
    issuesBody.replaceChildren(rows);
    issueRows = shown;
    issuesMore.hidden = !left;
    issuesMore.textContent = list.getAttribute("data-more").replace("{n}", Math.min(PAGE, left)).replace("{left}", left);
  }
  if (issuesMore) {
    issuesMore.addEventListener("click", function () { renderIssues(issueRows + PAGE); });
  }

  document.addEventListener("click", function (event) {
    // A link to a step the list does not show yet: show the list up to it, so the browser finds it.
    var link = event.target.closest && event.target.closest('a[href^="#step-"]');
    if (!link || !model || !model.scene) { return; }
    var step = byId[decodeURIComponent(link.getAttribute("href").slice(6))];
    if (step && !document.getElementById("step-" + step.id)) { renderList(step.index + 1); }
  }, true);

  // --- a phone's timeline: the steps down the page, built only where it is shown ---------------------
  var timeline = document.getElementById("jm-timeline"), timelineLimit = PAGE;
  function renderTimeline() {
    if (!phone.matches) { timeline.replaceChildren(); return; }
    var items = document.createDocumentFragment(), shown = 0, left = 0, phaseHeading = -1;
    steps.forEach(function (step) {
      if (matches !== null && !matches[step.index]) { return; }
      if (shown >= timelineLimit) { left += 1; return; }
      shown += 1;
      if (step.phase !== phaseHeading) {
        phaseHeading = step.phase;
        var head = document.createElement("li");
        head.className = "tl-phase";
        var h3 = document.createElement("h3");
        h3.textContent = model.phases[step.phase];
        head.appendChild(h3);
        items.appendChild(head);
      }
      var li = document.createElement("li");
      li.className = "tl-step";
      if (step.emotion.length) {
        // The dot's colour is the step's mood, its words are in the details beside it.
        var sum = step.emotion.reduce(function (a, b) { return a + b; }, 0);
        var dot = document.createElementNS(SVG, "svg");
        dot.setAttribute("class", "tl-dot");
        dot.setAttribute("viewBox", "0 0 16 16");
        dot.setAttribute("aria-hidden", "true");
        var circle = document.createElementNS(SVG, "circle");
        circle.setAttribute("cx", "8"); circle.setAttribute("cy", "8"); circle.setAttribute("r", "6");
        circle.setAttribute("class", sum > 0 ? "jm-score-pos" : sum < 0 ? "jm-score-neg" : "jm-score-zero");
        dot.appendChild(circle);
        li.appendChild(dot);
      }
      var h4 = document.createElement("h4");
      h4.textContent = title(step);
      li.appendChild(h4);
      li.appendChild(fill(step));
      items.appendChild(li);
    });
    if (left) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "more";
      button.textContent = list.getAttribute("data-more").replace("{n}", Math.min(PAGE, left)).replace("{left}", left);
      button.addEventListener("click", function () { timelineLimit += PAGE; renderTimeline(); });
      var last = document.createElement("li");
      last.appendChild(button);
      items.appendChild(last);
    }
    timeline.replaceChildren(items);
  }

  // --- presenting: full screen, one phase at a time, for a workshop ----------------------------------
  var presentButton = document.getElementById("jm-present");
  var caption = document.getElementById("jm-present-caption");
  var presenting = -1, zoomBefore = 1;
  function showPhase(n) {
    presenting = Math.max(0, Math.min(phaseStarts.length - 1, n));
    var first = steps[phaseStarts[presenting]];
    var last = steps[(phaseStarts[presenting + 1] || steps.length) - 1];
    var from = map.range(first.id), to = map.range(last.id);
    if (!from || !to) { return; }
    var labels = map.labelsWidth();
    // As large as the screen allows, with the lane names beside the phase.
    setZoom(Math.min(2, frame.clientWidth / (to[1] - from[0] + labels + 32)));
    frame.scrollLeft = Math.max(0, from[0] * map.zoom - (labels + 16) * map.zoom);
    frame.scrollTop = 0;
    map.setTabStop(null, null);
    caption.textContent = (presenting + 1) + " / " + phaseStarts.length + " · " + model.phases[first.phase];
  }
  function present(on) {
    root.classList.toggle("presenting", on);
    presentButton.setAttribute("aria-pressed", String(on));
    caption.hidden = !on;
    if (on) {
      zoomBefore = map.zoom;
      if (root.requestFullscreen) { root.requestFullscreen().catch(function () { /* a window is enough */ }); }
      showPhase(0);
    } else {
      presenting = -1;
      if (document.fullscreenElement && document.exitFullscreen) { document.exitFullscreen().catch(function () {}); }
      setZoom(zoomBefore);
      presentButton.focus();
    }
  }
  presentButton.addEventListener("click", function () { present(presenting < 0); });
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && presenting >= 0) { present(false); }
  });
  document.addEventListener("keydown", function (event) {
    if (presenting < 0) { return; }
    var to = { ArrowRight: 1, PageDown: 1, " ": 1, ArrowLeft: -1, PageUp: -1 }[event.key];
    if (event.key === "Escape") { event.preventDefault(); present(false); return; }
    if (event.key === "Home") { to = -presenting; }
    if (event.key === "End") { to = phaseStarts.length; }
    if (to === undefined) { return; }
    event.preventDefault();
    event.stopPropagation();
    showPhase(presenting + to);
  }, true);

  // --- zoom ---------------------------------------------------------------------------------------
  function setZoom(value) {
    map.setZoom(Math.min(4, Math.max(0.02, value)));  // Fit must fit even a map of hundreds of steps
    padScroll();
  }
  document.querySelectorAll("[data-zoom]").forEach(function (b) {
    b.addEventListener("click", function () {
      var how = b.getAttribute("data-zoom");
      if (how === "in") { setZoom(map.zoom * 1.25); } else if (how === "out") { setZoom(map.zoom / 1.25); } else { setZoom(map.fit()); }
    });
  });

  // Last, once every part above is set up.
  var source = document.getElementById("jm-model");
  if (source.getAttribute("data-encoding") === "gzip-base64") {
    inflate(source.textContent).then(start);
  } else {
    start(JSON.parse(source.textContent));
  }
}());
