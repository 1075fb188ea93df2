// Test helper: load the static client and a JSON index, read {"queries": [...], "texts": [...]}
// on stdin, print {"results": [search(q)...], "spans": [tokenSpans(t)...]} so tests/search can
// compare them with the server's.
const search = require(process.argv[2]);
const fs = require("fs");
const index = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const input = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify({
  results: input.queries.map((q) => search.search(index, q)),
  spans: input.texts.map((t) => search.tokenSpans(t)),
}));
