// Interactive layer of the journeymd report. The page works without it: every detail is in the list.
(function () {
  "use strict";
  var root = document.documentElement;
  var frame = document.getElementById("jm-frame");
  var svg = frame.querySelector("svg");
  var panel = document.getElementById("jm-panel");
  var status = document.getElementById("jm-status");
  var steps = Array.prototype.slice.call(svg.querySelectorAll("g[data-step]"));
  var details = {};
  Array.prototype.forEach.call(document.querySelectorAll("article.step"), function (el) {
    details[el.getAttribute("data-step")] = el;
  });

  // Theme: auto follows the system; a choice is kept for this browser.
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

  // Step details in the panel: click, Enter or Space, and keyboard focus.
  function show(step) {
    steps.forEach(function (g) { g.classList.toggle("selected", g === step); });
    var source = details[step.getAttribute("data-step")];
    if (!source) { return; }
    var copy = source.cloneNode(true);
    copy.removeAttribute("id");
    panel.replaceChildren(copy);
  }
  steps.forEach(function (g) {
    g.addEventListener("click", function () { show(g); });
    g.addEventListener("mouseenter", function () { show(g); });
    g.addEventListener("focus", function () { show(g); });
    g.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(g); }
    });
  });

  // Filters and search dim the steps that do not match, in the map and in the list.
  var search = document.getElementById("jm-search");
  document.getElementById("jm-filters").addEventListener("submit", function (event) { event.preventDefault(); });
  var department = document.getElementById("jm-filter-department");
  var channel = document.getElementById("jm-filter-channel");
  var persona = document.getElementById("jm-filter-persona");
  function words(value) { return (value || "").split(" ").filter(Boolean); }
  // A step's departments and channels as JSON lists on its details: a name may hold spaces ("live chat").
  function names(id, key) {
    try { return JSON.parse((details[id] && details[id].getAttribute("data-" + key)) || "[]"); } catch (e) { return []; }
  }
  function apply() {
    var query = (search.value || "").trim().toLocaleLowerCase();
    var dept = department ? department.value : "";
    var chan = channel ? channel.value : "";
    var who = persona ? persona.value : "";
    var shown = 0;
    steps.forEach(function (g) {
      var id = g.getAttribute("data-step");
      var text = ((details[id] && details[id].textContent) || "").toLocaleLowerCase();
      var ok = (!query || text.indexOf(query) >= 0) &&
        (!dept || names(id, "departments").indexOf(dept) >= 0) &&
        (!chan || names(id, "channels").indexOf(chan) >= 0) &&
        (!who || words(g.getAttribute("data-personas")).indexOf(who) >= 0);
      g.classList.toggle("dimmed", !ok);
      if (details[id]) { details[id].classList.toggle("hidden", !ok); }
      if (ok) { shown += 1; }
    });
    document.getElementById("jm-empty").hidden = shown > 0;
    status.textContent = (query || dept || chan || who) ? shown + " / " + steps.length : "";
  }
  [search, department, channel].forEach(function (el) { if (el) { el.addEventListener("input", apply); } });
  if (persona) {
    persona.addEventListener("input", function () {
      if (persona.value === "") { frame.removeAttribute("data-focus"); } else { frame.setAttribute("data-focus", persona.value); }
      apply();  // and the steps this persona does not take step back
    });
  }

  // Zoom by resizing the drawing; the frame scrolls.
  var natural = parseFloat(frame.getAttribute("data-width"));
  var zoom = 1;
  // The lane names stay in view while a wide map scrolls sideways: their column follows the scroll,
  // in the map and in the blueprint alike (printing puts them back, see report.css).
  function pinned(box, scale) {
    // By exact id (jm-lane-labels, jmb-lane-labels in the blueprint): a step's group can end in the
    // same words (jm-step-lane-labels).
    var drawing = box.querySelector("svg");
    var labels = drawing && document.getElementById(drawing.id.replace(/map$/, "lane-labels"));
    if (!labels) { return function () {}; }
    var margin = labels.querySelector("rect").getBBox().x;
    function pin() {
      var shift = Math.max(0, box.scrollLeft / scale() - margin);  // flush with the frame's left edge
      labels.setAttribute("transform", "translate(" + shift + " 0)");
    }
    box.addEventListener("scroll", pin, { passive: true });
    return pin;
  }
  var pinLabels = pinned(frame, function () { return zoom; });
  Array.prototype.forEach.call(document.querySelectorAll(".map-frame"), function (box) {
    if (box !== frame) { pinned(box, function () { return 1; }); }
  });
  function setZoom(value) {
    zoom = Math.min(4, Math.max(0.02, value));  // Fit must fit even a map of hundreds of steps
    svg.setAttribute("width", String(Math.round(natural * zoom)));
    svg.removeAttribute("height");
    pinLabels();
  }
  document.querySelectorAll("[data-zoom]").forEach(function (b) {
    b.addEventListener("click", function () {
      var how = b.getAttribute("data-zoom");
      if (how === "in") { setZoom(zoom * 1.25); } else if (how === "out") { setZoom(zoom / 1.25); } else { setZoom(frame.clientWidth / natural); }
    });
  });
}());
