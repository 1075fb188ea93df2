// benchmarks/readers.py's helper: the static client (argv[2]) over a written index folder
// (argv[3]) answers each query of stdin's JSON list, page 1, as a fresh reader would; prints,
// per query, the files it fetched with their sizes, the passages found and the client's time.
const search = require(process.argv[2]);
const fs = require("fs");
const path = require("path");
const folder = process.argv[3];
const queries = JSON.parse(fs.readFileSync(0, "utf8"));
(async () => {
  const out = [];
  for (const q of queries) {
    const fetched = [];
    const fetchJson = (name) => {
      const bytes = fs.readFileSync(path.join(folder, name.split("?")[0]));
      fetched.push([name.split("?")[0], bytes.length]);
      return Promise.resolve(JSON.parse(bytes.toString("utf8")));
    };
    const start = process.hrtime.bigint();
    const found = await search.search(await search.open(fetchJson), q, { page: 1 });
    out.push({ query: q, fetched, total: found.total, ms: Number(process.hrtime.bigint() - start) / 1e6 });
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
