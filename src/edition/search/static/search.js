/* Client-side search for the static edition: the same folding, query language, matching,
   relevance order (FTS5's bm25, computed here) and snippets as the server (src/edition/search/*.py), over the sharded index written by
   edition.search.static: the manifest, then only the shards holding the query's terms and the
   texts of the page of results shown. No eval, no inline script, no innerHTML: results are
   built with DOM calls and textContent, so it runs under a strict Content-Security-Policy.

   Page wiring (optional): <form data-search-index="index/manifest.json" data-search-results="ID">
   with an <input name="q">; results are rendered into the element with id ID, linking to
   data-search-base + document id + "/" + fragment (default base "../doc/"). */
(function (root) {
  "use strict";

  var REMOVED = "'\u2019\u2018\u02b9\u02bc\u02bb`\u00ad\u2032";
  var APOSTROPHES = REMOVED.replace("\u00ad", "");
  /* fold.py's PLAIN: the letters NFKD leaves whole, written as plain letters */
  var PLAIN = {"\u0141": "L", "\u0142": "l", "\u0110": "D", "\u0111": "d", "\u00d8": "O", "\u00f8": "o",
               "\u0126": "H", "\u0127": "h", "\u0131": "i", "\u00df": "ss", "\u00c6": "AE", "\u00e6": "ae",
               "\u0152": "OE", "\u0153": "oe", "\u00de": "TH", "\u00fe": "th"};
  var ALNUM = /^[\p{L}\p{N}]$/u;
  var MARK = /^\p{M}$/u;
  var CONTEXT = 70, MAX_FRAGMENTS = 3, ELLIPSIS = "\u2026", FRAGMENT_WORDS = 6, MAX_NAME_WORDS = 5;

  function foldChar(ch) {
    var out = "";
    for (var c of (PLAIN[ch] || ch).normalize("NFKD")) {
      if (REMOVED.indexOf(c) >= 0 || MARK.test(c)) continue;
      out += ALNUM.test(c) ? c.toLowerCase() : " ";
    }
    return out;
  }

  /* [start, end, word] per word; offsets count code points, as Python does. An apostrophe + "s"
     ending a word is the possessive and is dropped ("Stalin's" -> "stalin"), as in fold.py. */
  function tokenSpans(text) {
    var chars = Array.from(text), spans = [], start = -1, word = [], end = -1, apostrophe = null;
    function close() {
      var folded = word.join("");
      if (apostrophe && apostrophe[0] === word.length - 1 && folded.charAt(folded.length - 1) === "s" && word.length > 1) {
        spans.push([start, apostrophe[1], word.slice(0, -1).join("")]);
      } else spans.push([start, end, folded]);
    }
    for (var i = 0; i < chars.length; i++) {
      var folded = foldChar(chars[i]);
      if (folded === "") {
        if (start >= 0 && APOSTROPHES.indexOf(chars[i]) >= 0) apostrophe = [word.length, i];
        continue;
      }
      for (var c of folded) {
        if (c === " ") {
          if (word.length) close();
          start = -1; word = []; apostrophe = null;
        } else {
          if (!word.length) start = i;
          word.push(c);
          end = i + 1;
        }
      }
    }
    if (word.length) close();
    return spans;
  }

  function tokens(text) { return tokenSpans(text).map(function (s) { return s[2]; }); }
  function fold(text) { return tokens(text).join(" "); }

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

  /* ---- snippets (snippet.py), on code-point arrays ---- */
  function indexOfSpace(chars, from) {
    for (var i = Math.max(from, 0); i < chars.length; i++) if (chars[i] === " ") return i;
    return -1;
  }
  function lastIndexOfSpace(chars, before) {
    for (var i = Math.min(before, chars.length) - 1; i >= 0; i--) if (chars[i] === " ") return i;
    return -1;
  }
  function widenLeft(chars, i) {
    if (i <= 0) return 0;
    var j = indexOfSpace(chars, i);
    return j < 0 ? 0 : j + 1;
  }
  function widenRight(chars, i) {
    if (i >= chars.length) return chars.length;
    var j = lastIndexOfSpace(chars, i);
    return j < 0 ? chars.length : j;
  }
  function slice(chars, a, b) { return chars.slice(a, b).join(""); }

  function snippet(text, hitSpans) {
    var chars = Array.from(text);
    if (!hitSpans.length) {
      var e = widenRight(chars, 2 * CONTEXT);
      return [{ text: slice(chars, 0, e) + (e < chars.length ? ELLIPSIS : ""), hit: false }];
    }
    var windows = [];
    hitSpans.forEach(function (h) {
      var lo = h[0] - CONTEXT > 0 ? widenLeft(chars, h[0] - CONTEXT) : 0;
      lo = Math.min(lo, h[0]);
      var hi = Math.max(widenRight(chars, h[1] + CONTEXT), h[1]);
      if (windows.length && lo <= windows[windows.length - 1][1]) {
        windows[windows.length - 1][1] = Math.max(windows[windows.length - 1][1], hi);
      } else if (windows.length < MAX_FRAGMENTS) windows.push([lo, hi]);
    });
    var out = [];
    windows.forEach(function (w) {
      if (w[0] > 0) out.push({ text: ELLIPSIS, hit: false });
      var pos = w[0];
      hitSpans.forEach(function (h) {
        if (h[0] >= w[0] && h[1] <= w[1]) {
          if (h[0] > pos) out.push({ text: slice(chars, pos, h[0]), hit: false });
          out.push({ text: slice(chars, h[0], h[1]), hit: true });
          pos = h[1];
        }
      });
      if (w[1] > pos) out.push({ text: slice(chars, pos, w[1]), hit: false });
    });
    if (windows.length && windows[windows.length - 1][1] < chars.length) out.push({ text: ELLIPSIS, hit: false });
    return out;
  }

  function fragment(unit) {
    if (unit.a) return "#" + unit.a;
    var words = unit.t.split(/\s+/).filter(Boolean).slice(0, FRAGMENT_WORDS);
    if (!words.length) return unit.g ? "#" + unit.g : "";
    return "#:~:text=" + encodeURIComponent(words.join(" "))
      .replace(/[!'()*]/g, function (c) { return "%" + c.charCodeAt(0).toString(16).toUpperCase(); })
      .replace(/-/g, "%2D");
  }

  /* ---- the sharded index (edition.search.static) ---- */
  var DERIVED = " derived", STEMS = " stems";  // keys no folded form can be (forms never start with a space)
  var SEQ = 1048576;  // a row's key: its document's place * 2^20 + its seq (reading.SEQ_BITS)
  var WORDS = "words", POSITIONS = "positions", PERSONS = "persons", KEYS = "keys";  // the manifest's shard lists

  /* The index behind `fetchJson(path)` (a promise of the parsed file; paths are relative to the
     manifest's folder): the manifest now, every other file when a query needs it, each once. */
  function open(fetchJson) {
    return fetchJson("manifest.json").then(function (m) {
      return { m: m, fetchJson: fetchJson, files: {}, rows: {}, lengths: new Map() };
    });
  }

  function file(ix, path, digest) {  // the digest names this build's bytes: never a cached older file
    if (!has(ix.files, path)) {
      var entry = ix.files[path] = {};
      entry.promise = ix.fetchJson(path + "?v=" + digest).then(function (value) {
        entry.value = value;
        return value;
      }, function (error) {
        delete ix.files[path];  // asked again by the next search
        throw error;
      });
    }
    return ix.files[path].promise;
  }

  // The shards of one list whose range holds `key` (or, with `prefix`, any key beginning so):
  // ranges are in key order, so from the first whose last key is not before it.
  function shardsOf(ix, kind, key, prefix) {
    var list = ix.m[kind], lo = 0, hi = list.length, out = [];
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (byCodePoint(list[mid][1], key) < 0) lo = mid + 1; else hi = mid;
    }
    for (var i = lo; i < list.length; i++) {
      var first = list[i][0];
      if (prefix ? first.indexOf(key) !== 0 && byCodePoint(first, key) > 0 : byCodePoint(first, key) > 0) break;
      out.push(i);
    }
    return out;
  }

  function shardPath(kind, i) { return kind + "/" + i + ".json"; }

  // Fetch the shards holding each [kind, key, prefix]; a promise of nothing.
  function fetchShards(ix, lookups) {
    var wanted = [];
    lookups.forEach(function (l) {
      shardsOf(ix, l[0], l[1], l[2]).forEach(function (i) { wanted.push(file(ix, shardPath(l[0], i), ix.m[l[0]][i][2])); });
    });
    return Promise.all(wanted);
  }

  // A key's rows from every (fetched) shard holding a piece of them, joined in order.
  function pieces(ix, kind, key) {
    var out = [];
    shardsOf(ix, kind, key, false).forEach(function (i) {
      var rows = ix.files[shardPath(kind, i)].value.t[key];
      if (rows) out = out.concat(rows);
    });
    return out;
  }

  function valueOf(ix, key) { return pieces(ix, KEYS, key)[0]; }  // the keys' store: one value a key

  function fetchKeys(ix, keys) {
    return fetchShards(ix, keys.map(function (k) { return [KEYS, k, false]; }));
  }

  // One term's rows: Map(row key -> its positions, or its count alone when positions are not
  // asked); persons' rows: Map(row key -> 1). Each piece's documents count from 0 (shards.py).
  function termRows(ix, kind, term, withPositions) {
    var id = kind + "\u0000" + term + (withPositions ? "\u0000p" : "");
    if (has(ix.rows, id)) return ix.rows[id];
    var rows = new Map(), positions = withPositions ? pieces(ix, POSITIONS, term) : null, at = 0;
    var pieceStarts = kind === WORDS ? 4 : 3;
    shardsOf(ix, kind, term, false).forEach(function (i) {
      var numbers = ix.files[shardPath(kind, i)].value.t[term] || [], doc = 0;
      for (var j = 0; j < numbers.length; j += pieceStarts) {
        doc += numbers[j];
        var key = doc * SEQ + numbers[j + 1];
        ix.lengths.set(key, numbers[j + 2]);
        if (kind === PERSONS) rows.set(key, 1);
        else if (!withPositions) rows.set(key, numbers[j + 3]);
        else {
          rows.set(key, positions.slice(at, at + numbers[j + 3]));
          at += numbers[j + 3];
        }
      }
    });
    ix.rows[id] = rows;
    return rows;
  }

  function prefixTerms(ix, prefix) {
    var terms = {};
    shardsOf(ix, WORDS, prefix, true).forEach(function (i) {
      Object.keys(ix.files[shardPath(WORDS, i)].value.t).forEach(function (t) { if (t.indexOf(prefix) === 0) terms[t] = true; });
    });
    return Object.keys(terms);
  }

  // A word's rows, or a prefix's (every word beginning so): positions joined, or counts added.
  function wordRows(ix, word, prefix, withPositions) {
    if (!prefix) return termRows(ix, WORDS, word, withPositions);
    var rows = new Map();
    prefixTerms(ix, word).forEach(function (t) {
      termRows(ix, WORDS, t, withPositions).forEach(function (v, key) {
        rows.set(key, withPositions ? (rows.get(key) || []).concat(v) : (rows.get(key) || 0) + v);
      });
    });
    return rows;
  }

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

  /* ---- the search (api.py) ---- */
  var PAGE_SIZE = 50;  // passages shown a page, as the server's results page (api.PAGE_SIZE)

  function docKey(doc) { return "d:" + ("000000" + doc).slice(-7); }  // static.py's, in number order
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

  /* ---- optional page wiring ---- */
  // "?hl=word&hl=…": the words the unit matched, which the viewer's edition.js marks on arrival
  // (the server's links carry the same, src/edition/web/search.py).
  function highlightQuery(parts) {
    var seen = [];
    parts.forEach(function (p) {
      var t = p.text.trim();
      if (p.hit && t && seen.indexOf(t) === -1) seen.push(t);
    });
    if (!seen.length) return "";
    var params = new URLSearchParams();
    seen.forEach(function (t) { params.append("hl", t); });
    return "?" + params.toString();
  }

  // The same markup as the server's results page (src/edition/web/templates/search.html), for
  // one page of passages (search() with options.page): only that page's texts were fetched.
  function render(container, results, base, options) {
    while (container.firstChild) container.removeChild(container.firstChild);
    var doc = container.ownerDocument;
    function el(tag, cls, text) {
      var node = doc.createElement(tag);
      if (cls) node.className = cls;
      if (text !== undefined) node.textContent = text;
      return node;
    }
    var page = results.page, pages = results.pages, first = (page - 1) * PAGE_SIZE, shown = results.results;
    container.appendChild(el("p", "search-summary", results.total + (results.total === 1 ? " passage" : " passages") +
      " in " + results.documents.length + (results.documents.length === 1 ? " document" : " documents") +
      (results.total > 1 ? ", most relevant first" : "") +
      (pages > 1 ? "; passages " + (first + 1) + "\u2013" + (first + shown.length) + " (page " + page + " of " + pages + ")" : "")));
    if (!results.results.length) return;
    var byDoc = el("p", "search-documents");
    byDoc.appendChild(el("span", "index-label", "By document:"));
    results.documents.forEach(function (group, i) {
      byDoc.appendChild(doc.createTextNode(i ? " \u00b7 " : " "));
      var only = el("a", "", group.title), params = new URLSearchParams();  // the same search, in this document
      if (results.query) params.set("q", results.query);
      params.set("doc", group.doc_id);
      if (options && options.person) params.set("person", options.person);
      only.href = "?" + params.toString();
      byDoc.appendChild(only);
      byDoc.appendChild(doc.createTextNode("\u00a0(" + group.hits + ")"));
    });
    container.appendChild(byDoc);
    var list = el("ol", "search-results-list");
    if (first) list.setAttribute("start", String(first + 1));
    shown.forEach(function (u) {
      var li = el("li", "search-result"), where = el("p", "search-where"), text = el("p", "search-snippet");
      var a = el("a", "", u.title);
      a.href = base + u.doc_id + "/" + highlightQuery(u.snippet) + u.fragment;
      where.appendChild(a);
      if (u.place) {
        where.appendChild(doc.createTextNode(" "));
        where.appendChild(el("span", "search-page", "(" + u.place + ")"));
      }
      u.snippet.forEach(function (part) {
        text.appendChild(part.hit ? el("mark", "", part.text) : doc.createTextNode(part.text));
      });
      li.appendChild(where);
      li.appendChild(text);
      list.appendChild(li);
    });
    container.appendChild(list);
    if (pages > 1) {
      var nav = el("nav", "search-pages");
      nav.setAttribute("aria-label", "Pages of results");
      [[page - 1, "prev", "Previous " + PAGE_SIZE], [page + 1, "next", "Next " + Math.min(PAGE_SIZE, results.total - page * PAGE_SIZE)]]
        .forEach(function (to) {
          if (to[0] < 1 || to[0] > pages) return;
          var params = new URLSearchParams(), a = el("a", "", to[2]);
          if (results.query) params.set("q", results.query);
          if (options && options.doc) params.set("doc", options.doc);
          if (options && options.person) params.set("person", options.person);
          params.set("page", String(to[0]));
          a.href = "?" + params.toString();
          a.rel = to[1];
          nav.appendChild(a);
          nav.appendChild(doc.createTextNode(" "));
        });
      container.appendChild(nav);
    }
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
      // Optional filters: <select name="doc"> and <select name="person"> (value "" = any).
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

  var api = { fold: fold, tokens: tokens, tokenSpans: tokenSpans, parse: parse, open: open, search: search, snippet: snippet };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else {
    root.editionSearch = api;
    if (root.document) {
      if (root.document.readyState === "loading") root.document.addEventListener("DOMContentLoaded", function () { wire(root.document); });
      else wire(root.document);
    }
  }
})(typeof window !== "undefined" ? window : this);
