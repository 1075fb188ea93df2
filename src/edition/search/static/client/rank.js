  /* ---- matching and relevance: FTS5's phrases, and its bm25() (fts5_aux.c) ---- */
  var K1 = 1.2, B = 0.75;

  // Map(row key -> instances of the phrase in the row), as FTS5 counts them.
  function phraseRows(ix, alt) {
    if (alt.person !== null) return termRows(ix, PERSONS, alt.person.toLowerCase(), false);
    var n = alt.words.length;
    if (n === 1) return wordRows(ix, alt.words[0], alt.prefix, false);
    var lists = alt.words.map(function (w, k) { return wordRows(ix, w, alt.prefix && k === n - 1, true); }), out = new Map();
    lists[0].forEach(function (positions, key) {
      var next = [];
      for (var k = 1; k < n; k++) {
        if (!lists[k].has(key)) return;
        next.push(new Set(lists[k].get(key)));
      }
      var found = positions.filter(function (p) { return next.every(function (s, k) { return s.has(p + k + 1); }); }).length;
      if (found) out.set(key, found);
    });
    return out;
  }

  function anyRows(maps) {
    var out = new Set();
    maps.forEach(function (m) { m.forEach(function (_, key) { out.add(key); }); });
    return out;
  }

  // The phrases of query.py's FTS5 expression, in its order: the positive terms' alternatives,
  // then the filters (negated terms match no returned row: they add nothing).
  function phrasesOf(q) {
    var out = [];
    positive(q).forEach(function (t) { t.alts.forEach(function (a) { out.push(a); }); });
    q.persons.forEach(function (p) { out.push({ words: [], prefix: false, person: p }); });
    return out;
  }

  function ranked(ix, q) {
    var phrases = phrasesOf(q).map(function (alt) { return phraseRows(ix, alt); });
    var sets = [], at = 0;
    positive(q).forEach(function (t) { sets.push(anyRows(phrases.slice(at, at += t.alts.length))); });
    phrases.slice(at).forEach(function (m) { sets.push(anyRows([m])); });
    var without = anyRows([].concat.apply([], q.terms.filter(function (t) { return t.negated; }).map(function (t) {
      return t.alts.map(function (a) { return phraseRows(ix, a); });
    })));
    var docs = q.docs.length ? q.docs.map(function (d) { var i = valueOf(ix, "i:" + d); return i === undefined ? -1 : i; }) : null;
    var n = ix.m.units, avgdl = ix.m.tokens / n, rows = [];
    var idf = phrases.map(function (m) {
      var v = Math.log((n - m.size + 0.5) / (m.size + 0.5));
      return v <= 0.0 ? 1e-6 : v;
    });
    sets.sort(function (a, b) { return a.size - b.size; });
    sets[0].forEach(function (key) {
      var doc = Math.floor(key / SEQ);
      if (without.has(key) || (docs && docs.indexOf(doc) < 0)) return;
      if (!sets.every(function (s) { return s.has(key); })) return;
      var d = ix.lengths.get(key), score = 0.0;
      phrases.forEach(function (m, i) {
        var f = m.get(key) || 0;
        score += idf[i] * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * d / avgdl)));
      });
      rows.push({ doc: doc, seq: key - doc * SEQ, rank: -1.0 * score });
    });
    return rows.sort(function (a, b) { return a.rank - b.rank || a.doc - b.doc || a.seq - b.seq; });
  }

  // The unit of a row, from its document's text file holding that seq.
  function textOf(ix, doc, seq) {
    var d = documentOf(ix, doc), parts = d[2], k = 0;
    while (k + 1 < parts.length && parts[k + 1][0] <= seq) k++;
    return file(ix, "text/" + d[0] + (k ? "." + (k + 1) : "") + ".json", parts[k][1]);
  }

  function unitOf(texts, row) {
    var u = texts.u.find(function (r) { return r[0] === row.seq; });
    return { s: u[0], k: u[1], a: u[2], g: u[3], n: u[4], l: u[5], t: u[6], m: u[7] };
  }
