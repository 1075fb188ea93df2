  var loaders = new Map();  // each wired form -> its index, loaded once, at the first need

  /* The static export's type-ahead, for edition.js: a promise of the suggestions for `typed` in
     a filter field (name "doc" or "person") of a wired form, or of null elsewhere. */
  function suggestFor(input, typed) {
    var load = input.form && loaders.get(input.form);
    return load ? load().then(function (ix) { return suggest(ix, input.name, typed); }) : Promise.resolve(null);
  }

  function wire(doc) {
    var forms = doc.querySelectorAll("form[data-search-index]");
    Array.prototype.forEach.call(forms, function (form) {
      var target = doc.getElementById(form.getAttribute("data-search-results") || "search-results");
      var base = form.getAttribute("data-search-base") || "../doc/";
      var input = form.querySelector("input[name=q]");
      var manifest = new URL(form.getAttribute("data-search-index"), doc.baseURI), loaded = null, latest = 0;
      function fetchJson(path) {  // the manifest revalidated, the rest named by their digest
        return fetch(new URL(path, manifest), { cache: path === "manifest.json" ? "no-cache" : "default" })
          .then(function (r) {
            if (!r.ok) throw new Error(path + ": " + r.status);
            return r.json();
          });
      }
      function load() {
        if (!loaded) loaded = open(fetchJson).catch(function (error) { loaded = null; throw error; });
        return loaded;
      }
      loaders.set(form, load);
      // Optional filters: fields named "doc" and "person" (value "" = any).
      var filters = { doc: form.querySelector("[name=doc]"), person: form.querySelector("[name=person]") };
      function value(name) { return filters[name] && filters[name].value ? filters[name].value : null; }
      function run(page) {
        if (!input || !target) return;
        var q = input.value, options = { doc: value("doc"), person: value("person") };
        if (!q.trim() && !options.doc && !options.person) return;
        var asked = ++latest;  // an earlier search answering late is not shown over this one
        load().then(function (ix) { return search(ix, q, { doc: options.doc, person: options.person, page: page || 1 }); })
          .then(function (results) { if (asked === latest) render(target, results, base, options); },
                function () {
                  if (asked !== latest) return;
                  while (target.firstChild) target.removeChild(target.firstChild);
                  var p = doc.createElement("p");
                  p.className = "search-summary";
                  p.textContent = "The search index could not be loaded: reload the page to try again.";
                  target.appendChild(p);
                });
      }
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        run();
        if (doc.defaultView.history && doc.defaultView.history.replaceState) {  // a shareable address
          var params = new URLSearchParams();
          if (input && input.value) params.set("q", input.value);
          ["doc", "person"].forEach(function (n) { if (value(n)) params.set(n, value(n)); });
          doc.defaultView.history.replaceState(null, "", "?" + params.toString());
        }
      });
      var initial = new URLSearchParams(doc.defaultView.location.search);
      ["doc", "person"].forEach(function (n) {
        if (filters[n] && initial.get(n)) filters[n].value = initial.get(n);
      });
      if (input && initial.get("q")) input.value = initial.get("q");
      if (initial.get("q") || value("doc") || value("person")) run(parseInt(initial.get("page"), 10) || 1);
    });
  }

  var api = { fold: fold, tokens: tokens, tokenSpans: tokenSpans, parse: parse, open: open, search: search, snippet: snippet,
              suggest: suggest, suggestFor: suggestFor };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else {
    root.editionSearch = api;
    if (root.document) {
      if (root.document.readyState === "loading") root.document.addEventListener("DOMContentLoaded", function () { wire(root.document); });
      else wire(root.document);
    }
  }
