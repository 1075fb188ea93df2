  /* ---- the sharded index (edition.search.static) ---- */
  var DERIVED = " derived", STEMS = " stems";  // keys no folded form can be (forms never start with a space)
  var SEQ = 1048576;  // a row's key: its document's place * 2^20 + its seq (reading.SEQ_BITS)
  var WORDS = "words", POSITIONS = "positions", PERSONS = "persons", KEYS = "keys", SUGGEST = "suggest";  // the manifest's shard lists

  /* The index behind `fetchJson(path)` (a promise of the parsed file; paths are relative to the
     manifest's folder): the manifest now, every other file when a query needs it, each once. */
  function open(fetchJson) {
    return fetchJson("manifest.json").then(function (m) {
      return { m: m, fetchJson: fetchJson, files: {}, rows: {}, lengths: new Map() };
    });
  }

  // A file once: a text file with its digest (this build's bytes, never a cached older file), a
  // shard without (its name is its digest).
  function file(ix, path, digest) {
    if (!has(ix.files, path)) {
      var entry = ix.files[path] = {};
      entry.promise = ix.fetchJson(digest ? path + "?v=" + digest : path).then(function (value) {
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

  function shardPath(ix, kind, i) { return kind + "/" + ix.m[kind][i][2] + ".json"; }  // named by its digest

  // Fetch the shards holding each [kind, key, prefix]; a promise of nothing.
  function fetchShards(ix, lookups) {
    var wanted = [];
    lookups.forEach(function (l) {
      shardsOf(ix, l[0], l[1], l[2]).forEach(function (i) { wanted.push(file(ix, shardPath(ix, l[0], i))); });
    });
    return Promise.all(wanted);
  }

  // A key's rows from every (fetched) shard holding a piece of them, joined in order.
  function pieces(ix, kind, key) {
    var out = [];
    shardsOf(ix, kind, key, false).forEach(function (i) {
      var rows = ix.files[shardPath(ix, kind, i)].value.t[key];
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
      var numbers = ix.files[shardPath(ix, kind, i)].value.t[term] || [], doc = 0;
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

  function prefixKeys(ix, kind, prefix) {  // every key of one list beginning so, from its fetched shards
    var keys = {};
    shardsOf(ix, kind, prefix, true).forEach(function (i) {
      Object.keys(ix.files[shardPath(ix, kind, i)].value.t).forEach(function (t) { if (t.indexOf(prefix) === 0) keys[t] = true; });
    });
    return Object.keys(keys);
  }

  // A word's rows, or a prefix's (every word beginning so): positions joined, or counts added.
  function wordRows(ix, word, prefix, withPositions) {
    if (!prefix) return termRows(ix, WORDS, word, withPositions);
    var rows = new Map();
    prefixKeys(ix, WORDS, word).forEach(function (t) {
      termRows(ix, WORDS, t, withPositions).forEach(function (v, key) {
        rows.set(key, withPositions ? (rows.get(key) || []).concat(v) : (rows.get(key) || 0) + v);
      });
    });
    return rows;
  }
