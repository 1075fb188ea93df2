/* Progressive enhancement only: every page reads and works without this file.
   - note markers open their note in a popover (click, tap, Enter; Escape or the close button
     closes it and returns focus to the marker);
   - every editorial intervention (.app: correction, supplied text, gap, redaction) gets an "ed."
     button after it that opens its explanation — the text the XSLT wrote in .app-note, which
     readers without scripts see inline — in the same popover, with a button showing the printed
     form of a correction in place;
   - the reading/diplomatic links switch the view in place;
   - the persons index gets a filter-as-you-type box;
   - the mention or paragraph a link points to is highlighted on arrival, and the words a search
     result matched (?hl=word&hl=…, from the search page) are marked in it;
   - "cite this" adds a targeted paragraph to the public URL, and today's date;
   - the search form's document and person filters suggest as the reader types (their
     <datalist> refilled from the JSON the input's data-suggest names, or in the static export,
     data-suggest-static, by search.js from the sharded index). */
(function () {
  "use strict";

  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  /* ---- note popovers ---- */
  var popover = null, opener = null;

  function closePopover(restoreFocus) {
    if (!popover) return;
    popover.remove();
    popover = null;
    if (opener) {
      opener.setAttribute("aria-expanded", "false");
      if (restoreFocus) opener.focus();
    }
    opener = null;
  }

  // A popover next to `marker`, named `name`, holding `content`; focus moves into it.
  function showPopover(marker, name, content) {
    closePopover(false);
    opener = marker;
    popover = document.createElement("div");
    popover.className = "note-popover";
    popover.id = "note-popover";
    popover.setAttribute("role", "dialog");
    popover.setAttribute("aria-label", name);
    popover.tabIndex = -1;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "popover-close";
    close.setAttribute("aria-label", "Close note");
    close.textContent = "\u00d7";
    close.addEventListener("click", function () { closePopover(true); });
    popover.appendChild(close);
    popover.appendChild(content);
    document.body.appendChild(popover);
    var r = marker.getBoundingClientRect();
    var width = popover.offsetWidth;
    var left = Math.max(8, Math.min(window.scrollX + r.left - 16, window.scrollX + document.documentElement.clientWidth - width - 8));
    popover.style.left = left + "px";
    popover.style.top = (window.scrollY + r.bottom + 6) + "px";
    marker.setAttribute("aria-expanded", "true");
    marker.setAttribute("aria-controls", "note-popover");
    popover.focus();
  }

  function openPopover(marker) {
    var body = document.getElementById(marker.getAttribute("data-note"));
    if (!body) return false;
    var number = marker.innerText.trim(); // innerText: the shown reading, not a hidden printed one
    var label = document.createElement("span");
    label.className = "popover-label";
    label.textContent = number;
    var content = document.createElement("div");
    content.className = "popover-body";
    content.appendChild(label);
    Array.prototype.forEach.call(body.childNodes, function (n) { content.appendChild(n.cloneNode(true)); });
    $all("[id]", content).forEach(function (el) { el.removeAttribute("id"); }); // ids stay unique
    showPopover(marker, "Note " + number, content);
    return true;
  }

  function initNotes() {
    $all("a.note-ref[data-note]").forEach(function (marker) {
      marker.setAttribute("aria-haspopup", "dialog");
      marker.setAttribute("aria-expanded", "false");
      marker.addEventListener("click", function (ev) {
        if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
        if (opener === marker) { ev.preventDefault(); closePopover(true); return; }
        if (openPopover(marker)) ev.preventDefault();
      });
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && popover) { ev.preventDefault(); closePopover(true); }
    });
    document.addEventListener("click", function (ev) {
      if (popover && !popover.contains(ev.target) && !(opener && opener.contains(ev.target))) closePopover(false);
    });
  }

  /* ---- editorial interventions ---- */
  var KIND = { "app-correction": "Correction", "app-supplied": "Supplied by the editors", "app-gap": "Gap",
               "app-redaction": "Redaction" };

  function explanation(app) {
    var note = app.querySelector(":scope > .app-note");
    return note ? note.textContent.trim().replace(/^\[|\]$/g, "") : "";
  }

  function openIntervention(app, button) {
    var content = document.createElement("div");
    content.className = "popover-body";
    var kind = document.createElement("span");
    kind.className = "popover-kind";
    kind.textContent = Object.keys(KIND).filter(function (k) { return app.classList.contains(k); }).map(function (k) { return KIND[k]; })[0] || "Editorial intervention";
    var text = document.createElement("p");
    text.className = "popover-text";
    text.textContent = explanation(app);
    content.appendChild(kind);
    content.appendChild(text);
    var sic = app.querySelector(":scope > .sic"), corr = app.querySelector(":scope > .corr");
    if (sic && corr) {
      // The printed and the corrected form of this one place, in place (the view switch does all).
      var toggle = document.createElement("button");
      toggle.type = "button";
      toggle.className = "popover-toggle";
      var label = function () { toggle.textContent = sic.hidden ? "Show as printed" : "Show the correction"; };
      label();
      toggle.addEventListener("click", function () { sic.hidden = !sic.hidden; corr.hidden = !corr.hidden; label(); });
      content.appendChild(toggle);
    }
    var entry = document.getElementById("entry-" + app.id);
    if (entry) {
      var more = document.createElement("p");
      var link = document.createElement("a");
      link.href = "#" + entry.id;
      link.textContent = "In the apparatus";
      link.addEventListener("click", function () { closePopover(false); });
      more.appendChild(link);
      content.appendChild(more);
    }
    showPopover(button, kind.textContent, content);
  }

  function initInterventions() {
    $all("article.tei-document .app[id]").forEach(function (app) {
      var what = explanation(app);
      if (!what) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "app-button";
      button.textContent = "ed.";
      var name = document.createElement("span"); // the accessible name starts with the visible "ed."
      name.className = "visually-hidden";
      name.textContent = ", editorial intervention: " + what;
      button.appendChild(name);
      button.setAttribute("aria-haspopup", "dialog");
      button.setAttribute("aria-expanded", "false");
      var link = app.closest("a"); // a button cannot stand inside a link: it follows the link
      (link || app).insertAdjacentElement("afterend", button);
      button.addEventListener("click", function (ev) {
        ev.preventDefault();
        if (opener === button) { closePopover(true); return; }
        openIntervention(app, button);
      });
      if (!link) app.addEventListener("click", function (ev) {
        if (ev.target.closest("a, button")) return;
        ev.stopPropagation(); // the document's click-outside handler would close it at once
        if (opener !== button) openIntervention(app, button);
      });
    });
  }

  /* ---- reading / diplomatic ---- */
  // The same elements the XSLT hides for each view (xslt/html/apparatus.xsl); supplied text stays.
  var SOURCE = ".sic, .orig, .abbr", EDITED = ".corr, .reg, .expan";

  function setView(article, view) {
    var diplomatic = view === "diplomatic";
    $all(SOURCE, article).forEach(function (el) { el.hidden = !diplomatic; });
    $all(EDITED, article).forEach(function (el) { el.hidden = diplomatic; });
    article.classList.remove("view-reading", "view-diplomatic");
    article.classList.add("view-" + view);
    article.setAttribute("data-view", view);
  }

  function initViews() {
    var article = document.querySelector("article.tei-document");
    var links = $all(".view-switch a[data-view]");
    if (!article || !links.length) return;
    links.forEach(function (link) {
      link.addEventListener("click", function (ev) {
        ev.preventDefault();
        var view = link.getAttribute("data-view");
        setView(article, view);
        links.forEach(function (l) {
          if (l === link) l.setAttribute("aria-current", "page"); else l.removeAttribute("aria-current");
        });
        // The two help lines are the page's (the template's words): show the one for this view.
        $all(".view-help[data-view]").forEach(function (h) { h.hidden = h.getAttribute("data-view") !== view; });
        // No history.replaceState: the two views live at different depths, and the page's
        // relative links would then resolve against the wrong folder.
        document.title = document.title.replace(/ \(diplomatic\)/, "").replace(/ — /, view === "diplomatic" ? " (diplomatic) — " : " — ");
      });
    });
  }

  /* ---- persons filter ---- */
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function initFilter() {
    var box = document.querySelector(".filter[data-filter-for]");
    if (!box) return;
    var index = document.getElementById(box.getAttribute("data-filter-for"));
    var input = box.querySelector("input"), status = box.querySelector("[role=status]");
    var entries = $all(".person-entry", index);
    box.hidden = false;
    input.addEventListener("input", function () {
      var q = fold(input.value.trim()), shown = 0;
      entries.forEach(function (li) {
        var hit = !q || fold(li.getAttribute("data-names") || li.textContent).indexOf(q) !== -1;
        li.hidden = !hit;
        if (hit) shown++;
      });
      $all(".letter-group", index).forEach(function (g) { g.hidden = !g.querySelector(".person-entry:not([hidden])"); });
      status.textContent = q ? shown + " of " + entries.length + " persons shown" : "";
    });
  }

  /* ---- arrival ---- */
  function highlightTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    $all(".arrived").forEach(function (x) { x.classList.remove("arrived"); });
    el.classList.add("arrived");
    el.scrollIntoView({ block: "center" });
  }

  /* ---- search words on arrival ---- */
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function markWords(scope, words) {
    var pattern = new RegExp(words.map(escapeRegExp).sort(function (a, b) { return b.length - a.length; }).join("|"), "giu");
    var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, null);
    var nodes = [], marks = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue, last = 0, m, parts = [];
      pattern.lastIndex = 0;
      while ((m = pattern.exec(text)) !== null) {
        if (!m[0]) { pattern.lastIndex++; continue; }
        parts.push([m.index, m.index + m[0].length]);
      }
      if (!parts.length) return;
      var frag = document.createDocumentFragment();
      parts.forEach(function (p) {
        if (p[0] > last) frag.appendChild(document.createTextNode(text.slice(last, p[0])));
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = text.slice(p[0], p[1]);
        frag.appendChild(mark);
        marks.push(mark);
        last = p[1];
      });
      if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(frag, node);
    });
    return marks;
  }

  function highlightSearch() {
    var words = new URLSearchParams(location.search).getAll("hl").map(function (w) { return w.trim(); })
      .filter(function (w) { return w.length > 0 && w.length <= 200; }).slice(0, 20);
    var article = document.querySelector("article.tei-document");
    if (!words.length || !article) return;
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var main = document.getElementById("main");
    var scope = target && main && main.contains(target) ? target : article;
    var marks = markWords(scope, words);
    if (!target && marks.length && !location.hash) marks[0].scrollIntoView({ block: "center" });
  }

  /* ---- cite this ---- */
  function initCite() {
    // The address cited is the edition's public one (data-cite-url, from the server), never
    // the one this copy happens to be read at; a paragraph anchor (#p12) is part of it.
    var para = /^#p\d+$/.test(location.hash) ? location.hash : "";
    $all(".cite .cite-url[data-cite-url]").forEach(function (el) {
      el.textContent = el.getAttribute("data-cite-url") + para;
    });
    var today = new Date().toISOString().slice(0, 10);
    $all(".cite-accessed").forEach(function (el) { el.textContent = today; });
  }

  /* ---- type-ahead filters ---- */
  // A promise of {matches: [{id, label}]} for what is typed: from the viewer's JSON route the
  // field names (data-suggest), or in the static export from the index search.js reads.
  function suggestions(input, typed) {
    var url = input.getAttribute("data-suggest"), client = window.editionSearch;
    if (url) return fetch(url + "?q=" + encodeURIComponent(typed)).then(function (r) { return r.ok ? r.json() : null; });
    return client && client.suggestFor ? client.suggestFor(input, typed) : Promise.resolve(null);
  }

  function initSuggest() {
    $all("input[list][data-suggest], input[list][data-suggest-static]").forEach(function (input) {
      var list = document.getElementById(input.getAttribute("list")), timer = null, asked = "";
      if (!list) return;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var typed = input.value.trim();
          if (typed === asked) return;
          asked = typed;
          suggestions(input, typed)
            .then(function (found) {
              if (!found || asked !== typed) return;  // a later keystroke asked again
              while (list.firstChild) list.removeChild(list.firstChild);
              found.matches.forEach(function (m) {
                var option = document.createElement("option");
                option.value = m.id;
                option.textContent = m.label;
                list.appendChild(option);
              });
            })
            .catch(function () {});  // suggestions are a help: the field still takes what is typed
        }, 150);
      });
    });
  }

  function init() {
    initSuggest();
    initNotes();
    initInterventions();
    initViews();
    initFilter();
    initCite();
    highlightSearch();
    highlightTarget();
    window.addEventListener("hashchange", function () { highlightTarget(); initCite(); });
  }

  document.documentElement.classList.add("js"); // the inline explanations give way to buttons
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
