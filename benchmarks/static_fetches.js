// benchmarks/readers.py's helper: the static client (argv[2]) over a written index folder
// (argv[3]) answers each query of stdin's {"queries": [...], "suggests": [[kind, typed], ...]},
// page 1, and each filter's type-ahead, as a fresh reader would; prints, per query and per
// typed filter, the files it fetched with their sizes, the passages or suggestions found and
// the client's time.
const search = require(process.argv[2]);
const fs = require("fs");
const path = require("path");
const folder = process.argv[3];
const input = JSON.parse(fs.readFileSync(0, "utf8"));
async function measured(ask) {
  const fetched = [];
  const fetchJson = (name) => {
    const bytes = fs.readFileSync(path.join(folder, name.split("?")[0]));
    fetched.push([name.split("?")[0], bytes.length]);
    return Promise.resolve(JSON.parse(bytes.toString("utf8")));
  };
  const start = process.hrtime.bigint();
  const found = await ask(await search.open(fetchJson));
  return { fetched, found, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}
(async () => {
  const out = { queries: [], suggests: [] };
  for (const q of input.queries) {
    const m = await measured((ix) => search.search(ix, q, { page: 1 }));
    out.queries.push({ query: q, fetched: m.fetched, total: m.found.total, ms: m.ms });
  }
  for (const [kind, typed] of input.suggests) {
    const m = await measured((ix) => search.suggest(ix, kind, typed));
    out.suggests.push({ kind, typed, fetched: m.fetched, total: m.found.matches.length, ms: m.ms });
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
