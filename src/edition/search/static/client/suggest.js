  /* ---- the filters' type-ahead (web/suggest.py): the server's matches, in its order ---- */
  // Python's str.strip(): what _typed trims before cutting at max_typed code points
  var STRIPPED = /^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

  /* A promise of {matches: [{id, label}, ...]}: the first documents (kind "doc") or persons
     ("person") in the server's order having every typed word as the beginning of one of their
     words. A typed word's suggestions are those of the "t:<kind>:" keys it begins (static.py). */
  function suggest(ix, kind, typed) {
    var limits = ix.m.typeahead, prefix = "t:" + kind + ":";
    var words = tokens(Array.from(String(typed || "").replace(STRIPPED, "")).slice(0, limits.max_typed).join(""));
    words = words.filter(function (w, i) { return words.indexOf(w) === i; });
    return fetchShards(ix, words.map(function (w) { return [SUGGEST, prefix + w, true]; })).then(function () {
      var chosen = null;
      words.forEach(function (w) {
        var having = new Set();
        prefixKeys(ix, SUGGEST, prefix + w).forEach(function (key) {
          var n = 0;
          pieces(ix, SUGGEST, key).forEach(function (step) { n += step; having.add(n); });
        });
        chosen = chosen === null ? having : new Set(Array.from(chosen).filter(function (n) { return having.has(n); }));
      });
      var numbers = chosen === null ? Array.from({ length: limits.limit }, function (_, n) { return n; })
        : Array.from(chosen).sort(function (a, b) { return a - b; }).slice(0, limits.limit);
      var keys = numbers.map(function (n) { return numbered("o:" + kind + ":", n); });
      return fetchShards(ix, keys.map(function (k) { return [SUGGEST, k, false]; })).then(function () {
        var matches = [];
        keys.forEach(function (k) {
          var v = pieces(ix, SUGGEST, k)[0];
          if (v !== undefined) matches.push({ id: v[0], label: v[1] });
        });
        return { matches: matches };
      });
    });
  }
