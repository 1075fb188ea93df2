  var MAX_NAME_WORDS = 5;  // the longest name form, in words, that a query may hold

  /* ---- query language (query.py) ---- */
  var PIECE = /"([^"]*)"|\u201c([^\u201d]*)\u201d|(\S+)/g;
  var FILTER = /^(person|place|org|doc):([A-Za-z0-9_.\-]+)$/;
  // place: and org: filter on the mentions' tokens "places.moscow", "organisations.nkvd" (extract.py)
  var QUALIFIED = { place: "places.", org: "organisations." };
  function isPerson(token) { return !/^(places|organisations)\./.test(token); }
  function qualified(list, kind) {  // the ids of one kind's filters, as the server lists them
    var prefix = QUALIFIED[kind];
    return list.filter(function (p) { return p.indexOf(prefix) === 0; }).map(function (p) { return p.slice(prefix.length); });
  }

  function parse(text, forms) {
    var q = { text: text || "", terms: [], persons: [], docs: [] };
    var negate = false, joinOr = false, m;
    PIECE.lastIndex = 0;
    while ((m = PIECE.exec(text || "")) !== null) {
      var quoted = m[1] !== undefined ? m[1] : m[2];
      var raw = m[3];
      if (raw === "OR" || raw === "AND" || raw === "NOT") {
        negate = raw === "NOT"; joinOr = raw === "OR" && q.terms.length > 0;
        continue;
      }
      var f = raw ? FILTER.exec(raw) : null;
      if (f) { (f[1] === "doc" ? q.docs : q.persons).push((QUALIFIED[f[1]] || "") + f[2]); continue; }
      var neg = negate;
      if (raw && raw.charAt(0) === "-" && raw.length > 1) { neg = true; raw = raw.slice(1); }
      var prefix = !!(raw && raw.charAt(raw.length - 1) === "*");
      var words = tokens(quoted !== undefined ? quoted : raw);
      if (!words.length) continue;
      var term = { alts: [{ words: words, prefix: prefix, person: null }], negated: neg,
                   bare: quoted === undefined && words.length === 1 && !prefix };
      if (joinOr && !neg && q.terms.length && !q.terms[q.terms.length - 1].negated) {
        var last = q.terms.pop();
        term = { alts: last.alts.concat(term.alts), negated: false, bare: false };
      }
      q.terms.push(term);
      negate = joinOr = false;
    }
    q.terms = withPersons(q.terms, forms || {});
    return q;
  }

  function withPersons(terms, forms) {
    var out = [];
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      if (term.bare && !term.negated) {
        for (var j = Math.min(terms.length, i + MAX_NAME_WORDS); j > i + 1; j--) {
          var run = terms.slice(i, j);
          var ok = run.every(function (t) { return t.bare && !t.negated; });
          var key = run.map(function (t) { return t.alts[0].words[0]; }).join(" ");
          if (ok && Object.prototype.hasOwnProperty.call(forms, key)) {
            term = { alts: [{ words: key.split(" "), prefix: false, person: null }], negated: false, bare: false };
            i = j - 1;
            break;
          }
        }
      }
      out.push(expand(term, forms));
    }
    return out;
  }

  function has(obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); }

  // names.derived: a one-word form + a suffix of the index's "derived" families, in every spelling.
  function candidateStems(word, rule) {  // [stem, family] for each suffix the word ends with, in order
    var out = [];
    rule.families.forEach(function (family) {
      family.forEach(function (suffix) {
        var stem = word.slice(0, word.length - suffix.length);
        if (word.length > suffix.length && word.slice(-suffix.length) === suffix && stem.length >= rule.min_stem) out.push([stem, family]);
      });
    });
    return out;
  }

  function derived(word, forms) {
    var found = candidateStems(word, forms[DERIVED] || { families: [], min_stem: 0 }).find(function (c) { return has(forms, c[0]); });
    if (!found) return { ids: [], spellings: [] };
    var ids = forms[found[0]], spellings = {}, stems = forms[STEMS] || {};
    ids.forEach(function (id) {  // each one-word form of the persons + each ending of the family
      (stems[id] || []).forEach(function (s) { found[1].forEach(function (ending) { spellings[s + ending] = true; }); });
    });
    return { ids: ids, spellings: Object.keys(spellings).sort(byCodePoint) };
  }

  var SURROGATE = /[\uD800-\uDFFF]/;
  function byCodePoint(a, b) {  // Python's sort order of str (JS's < differs only past U+FFFF)
    if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return x[i].codePointAt(0) - y[i].codePointAt(0);
    }
    return x.length - y.length;
  }

  function expand(term, forms) {
    var alts = term.alts.slice();
    term.alts.forEach(function (alt) {
      if (alt.person !== null || alt.prefix) return;
      var key = alt.words.join(" ");
      var ids = has(forms, key) ? forms[key].slice() : [];
      if (!ids.length && alt.words.length === 1) {
        var d = derived(alt.words[0], forms);
        ids = d.ids.slice();
        d.spellings.forEach(function (w) {
          if (!alts.some(function (a) { return a.person === null && !a.prefix && a.words.join(" ") === w; })) {
            alts.push({ words: [w], prefix: false, person: null });
          }
        });
      }
      ids.sort(byCodePoint).forEach(function (pid) {
        if (!alts.some(function (a) { return a.person === pid; })) alts.push({ words: [], prefix: false, person: pid });
      });
    });
    return { alts: alts, negated: term.negated, bare: false };
  }

  function positive(q) { return q.terms.filter(function (t) { return !t.negated; }); }
  function isEmpty(q) { return !positive(q).length && !q.persons.length; }
