/* schemanb site search: runs from file:// with no network.
   The index is window.SCHEMANB_SEARCH (assets/search-index.js); results are built
   with textContent only, so no indexed text is ever parsed as markup. */
(function () {
  "use strict";
  var data = window.SCHEMANB_SEARCH || { entries: [] };
  var input = document.getElementById("sn-search-input");
  var list = document.getElementById("sn-search-results");
  if (!input || !list) { return; }
  var root = document.body.getAttribute("data-root") || "";
  var entries = data.entries.map(function (e) {
    return { kind: e[0], label: e[1], detail: e[2], href: e[3],
             name: e[1].toLowerCase(), text: (e[1] + " " + e[2]).toLowerCase() };
  });
  var LIMIT = 30;
  var active = -1;

  function score(entry, q) {
    var last = entry.name.slice(entry.name.lastIndexOf(".") + 1);
    if (last === q || entry.name === q) { return 0; }
    if (last.indexOf(q) === 0) { return 1; }
    if (entry.name.indexOf(q) !== -1) { return 2; }
    if (entry.text.indexOf(q) !== -1) { return 3; }
    return -1;
  }

  function search(q) {
    q = q.trim().toLowerCase();
    if (!q) { return []; }
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], q);
      if (s >= 0) { hits.push([s, i]); }
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return hits.slice(0, LIMIT).map(function (h) { return entries[h[1]]; });
  }

  function render(hits) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    active = -1;
    list.hidden = hits.length === 0 && !input.value.trim();
    if (!hits.length && input.value.trim()) {
      var none = document.createElement("li");
      none.className = "sn-muted";
      none.textContent = "  No match";
      list.appendChild(none);
      list.hidden = false;
      return;
    }
    hits.forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + hit.href;
      a.setAttribute("data-kind", hit.kind);
      var kind = document.createElement("span");
      kind.className = "sn-hit-kind";
      kind.textContent = hit.kind;
      a.appendChild(kind);
      a.appendChild(document.createTextNode(hit.label));
      if (hit.detail) {
        var detail = document.createElement("span");
        detail.className = "sn-hit-detail";
        detail.textContent = hit.detail;
        a.appendChild(detail);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  function move(step) {
    var links = list.querySelectorAll("a");
    if (!links.length) { return; }
    if (active >= 0) { links[active].classList.remove("sn-active"); }
    active = (active + step + links.length) % links.length;
    links[active].classList.add("sn-active");
    links[active].scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("input", function () { render(search(input.value)); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { move(1); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { move(-1); ev.preventDefault(); }
    else if (ev.key === "Escape") { input.value = ""; render([]); }
    else if (ev.key === "Enter") {
      var links = list.querySelectorAll("a");
      var target = links[active >= 0 ? active : 0];
      if (target) { window.location.href = target.href; }
    }
  });
  document.addEventListener("click", function (ev) {
    if (!list.contains(ev.target) && ev.target !== input) { list.hidden = true; }
  });
}());
