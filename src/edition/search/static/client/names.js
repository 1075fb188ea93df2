  /* ---- the query's names: the forms it may contain, asked of the keys' store first ---- */
  function formKeys(terms, rule) {  // every form the parse may look up, as keys of the store
    var keys = {};
    terms.forEach(function (t, i) {
      for (var j = i + 1; j <= Math.min(terms.length, i + MAX_NAME_WORDS); j++) {
        keys["f:" + terms.slice(i, j).map(function (r) { return r.alts[0].words[0]; }).join(" ")] = true;
      }
      t.alts.forEach(function (a) {
        keys["f:" + a.words.join(" ")] = true;
        if (a.words.length === 1) candidateStems(a.words[0], rule).forEach(function (c) { keys["f:" + c[0]] = true; });
      });
    });
    return Object.keys(keys);
  }

  // The forms (and the one-word forms of the persons a derived word names) the query needs.
  function namesOf(ix, text) {
    var raw = parse(text, {}).terms, keys = formKeys(raw, ix.m.derived);
    return fetchKeys(ix, keys).then(function () {
      var forms = {};
      forms[DERIVED] = ix.m.derived;
      keys.forEach(function (k) { var v = valueOf(ix, k); if (v !== undefined) forms[k.slice(2)] = v; });
      var ids = {};
      raw.forEach(function (t) {
        t.alts.forEach(function (a) {
          if (a.words.length !== 1) return;
          var found = candidateStems(a.words[0], ix.m.derived).find(function (c) { return has(forms, c[0]); });
          if (found) forms[found[0]].forEach(function (id) { ids["s:" + id] = true; });
        });
      });
      return fetchKeys(ix, Object.keys(ids)).then(function () {
        forms[STEMS] = {};
        Object.keys(ids).forEach(function (k) { forms[STEMS][k.slice(2)] = valueOf(ix, k) || []; });
        return forms;
      });
    });
  }

  // What a parsed query looks up: [shard list, key, prefix] for each word (and the positions of
  // a phrase's words), person and filter, and the documents of `doc:`.
  function lookups(q) {
    var out = [];
    q.terms.forEach(function (t) {
      t.alts.forEach(function (a) {
        if (a.person !== null) out.push([PERSONS, a.person.toLowerCase(), false]);
        a.words.forEach(function (w, k) {
          var prefix = a.prefix && k === a.words.length - 1;
          out.push([WORDS, w, prefix]);
          if (a.words.length > 1) out.push([POSITIONS, w, prefix]);
        });
      });
    });
    q.persons.forEach(function (p) { out.push([PERSONS, p.toLowerCase(), false]); });
    q.docs.forEach(function (d) { out.push([KEYS, "i:" + d, false]); });
    return out;
  }
