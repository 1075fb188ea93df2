  /* ---- matching (match.py) ---- */
  function phraseSpans(spans, alt) {
    var n = alt.words.length, out = [];
    for (var i = 0; i + n <= spans.length; i++) {
      var ok = true;
      for (var k = 0; k < n - 1; k++) if (spans[i + k][2] !== alt.words[k]) { ok = false; break; }
      var last = spans[i + n - 1][2], want = alt.words[n - 1];
      if (ok && (alt.prefix ? last.indexOf(want) === 0 : last === want)) out.push([spans[i][0], spans[i + n - 1][1]]);
    }
    return out;
  }

  function altSpans(unit, spans, alt) {
    if (alt.person !== null) {
      return unit.m.filter(function (m) { return m[2] === alt.person; }).map(function (m) { return [m[0], m[1]]; });
    }
    return phraseSpans(spans, alt);
  }

  function termSpans(unit, spans, term) {
    var out = [];
    term.alts.forEach(function (alt) { out = out.concat(altSpans(unit, spans, alt)); });
    return out;
  }

  function unitPersons(unit) {
    var set = {};
    unit.m.forEach(function (m) { set[m[2]] = true; });
    return Object.keys(set).sort();
  }

  function hits(unit, spans, q) {
    var found = [];
    positive(q).forEach(function (t) { found = found.concat(termSpans(unit, spans, t)); });
    unit.m.forEach(function (m) { if (q.persons.indexOf(m[2]) >= 0) found.push([m[0], m[1]]); });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    found.forEach(function (s) {
      if (merged.length && s[0] <= merged[merged.length - 1][1]) {
        merged[merged.length - 1][1] = Math.max(merged[merged.length - 1][1], s[1]);
      } else merged.push([s[0], s[1]]);
    });
    return merged;
  }
