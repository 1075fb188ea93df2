  /* ---- the search (api.py) ---- */
  var PAGE_SIZE = 50;  // passages shown a page, as the server's results page (api.PAGE_SIZE)

  function numbered(prefix, n) { return prefix + ("000000" + n).slice(-7); }  // static.py's, in number order
  function docKey(doc) { return numbered("d:", doc); }
  function documentOf(ix, doc) { return valueOf(ix, docKey(doc)); }  // [id, title, [[first seq, digest], ...]]

  /* A filter as typed -> the id the server reads it as (web/suggest.resolve): an id stays, a whole
     title or name is looked up in the store's "p:" table (the server's own, written by the export). */
  function picked(ix, kind, value) {
    if (!value || typeof value !== "string") return Promise.resolve(value);
    var known = (kind === "doc" ? "i:" : "n:") + value, typed = "p:" + kind + ":" + fold(value);
    return fetchKeys(ix, [known, typed]).then(function () {
      return valueOf(ix, known) !== undefined ? value : (valueOf(ix, typed) || value);
    });
  }

  /* A promise of api.search's answer: every passage, or with options.page that page of them. */
  function search(ix, text, options) {
    options = options || {};
    var filters = Promise.all([picked(ix, "person", options.person), picked(ix, "doc", options.doc)]);
    return Promise.all([namesOf(ix, text || ""), filters]).then(function (both) {
      var q = parse(text || "", both[0]), person = both[1][0], doc = both[1][1];
      q.persons = q.persons.concat(person ? [].concat(person) : []);
      q.docs = q.docs.concat(doc ? [].concat(doc) : []);
      var valid = q.persons.every(function (p) { return /^[A-Za-z0-9_.\-]+$/.test(p); });
      var found = valid && !isEmpty(q) ? fetchShards(ix, lookups(q)).then(function () { return ranked(ix, q); }) : Promise.resolve([]);
      return found.then(function (rows) { return answer(ix, q, text, rows, options.page); });
    });
  }

  function answer(ix, q, text, rows, page) {
    var counts = {}, shown = rows, out = {};
    rows.forEach(function (r) { counts[r.doc] = (counts[r.doc] || 0) + 1; });
    var docs = Object.keys(counts).map(Number).sort(function (a, b) { return counts[b] - counts[a] || a - b; });
    if (page !== undefined && page !== null) {
      var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
      page = Math.min(Math.max(1, page), pages);
      shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      out = { page: page, pages: pages, page_size: PAGE_SIZE };
    }
    return fetchKeys(ix, docs.map(docKey)).then(function () {
      return Promise.all(shown.map(function (r) { return textOf(ix, r.doc, r.seq); }));
    }).then(function (texts) {
      var units = shown.map(function (r, i) { return unitOf(texts[i], r); }), ids = {};
      function named(p) { if (isPerson(p)) ids["n:" + p] = true; }
      q.persons.forEach(named);
      units.forEach(function (u) { unitPersons(u).forEach(named); });
      return fetchKeys(ix, Object.keys(ids)).then(function () {
        function person(p) { return { id: p, name: valueOf(ix, "n:" + p) || p }; }
        out.query = text || "";
        out.persons = q.persons.filter(isPerson).map(person);
        out.places = qualified(q.persons, "place");
        out.organisations = qualified(q.persons, "org");
        out.docs = q.docs;
        out.total = rows.length;
        out.total_documents = docs.length;
        out.documents = docs.map(function (d) {
          return { doc_id: documentOf(ix, d)[0], title: documentOf(ix, d)[1], hits: counts[d] };
        });
        out.results = shown.map(function (r, i) {
          var u = units[i], d = documentOf(ix, r.doc);
          return {
            doc_id: d[0], title: d[1], seq: u.s, kind: u.k, anchor: u.a, fragment: fragment(u), page: u.g,
            page_n: u.n, place: u.l, persons: unitPersons(u).filter(isPerson).map(person),
            snippet: snippet(u.t, hits(u, tokenSpans(u.t), q))
          };
        });
        return out;
      });
    });
  }
