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

  /* PARTS: fold.js query.js match.js snippet.js shards.js names.js rank.js answer.js suggest.js render.js wire.js */
})(typeof window !== "undefined" ? window : this);
