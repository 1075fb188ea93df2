// Test helper: load the static client and a folder of the sharded index, read
// {"queries": [[q, options], ...], "texts": [...], "suggests": [[kind, typed], ...]} on stdin,
// print {"results": [search(q)...], "spans": [tokenSpans(t)...], "fetched": [[paths a query
// fetched], ...], "suggested": [suggest(kind, typed)...]} so tests can compare them with the server's.
const search = require(process.argv[2]);
const fs = require("fs");
const path = require("path");
const folder = process.argv[3];
let fetched = [];
function fetchJson(name) {
  fetched.push(name);
  return Promise.resolve(JSON.parse(fs.readFileSync(path.join(folder, name.split("?")[0]), "utf8")));
}
const input = JSON.parse(fs.readFileSync(0, "utf8"));
(async () => {
  const results = [], files = [];
  for (const [q, options] of input.queries) {
    fetched = [];
    const ix = await search.open(fetchJson);  // a fresh reader each time: what one query fetches
    results.push(await search.search(ix, q, options));
    files.push(fetched);
  }
  const suggested = [];
  for (const [kind, typed] of input.suggests || []) suggested.push(await search.suggest(await search.open(fetchJson), kind, typed));
  process.stdout.write(JSON.stringify({ results, fetched: files, spans: input.texts.map((t) => search.tokenSpans(t)), suggested }));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
