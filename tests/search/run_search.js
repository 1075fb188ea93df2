// Test helper: run the static client over a JSON index for the queries on stdin (a JSON list)
// and print the results as a JSON list, so tests/search can compare them with the server's.
const search = require(process.argv[2]);
const fs = require("fs");
const index = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const queries = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(queries.map((q) => search.search(index, q))));
