"""Time to make the schema from schema/edition.odd: the edition's generator, and the TEI
Stylesheets compiling the same file (the test that compares them pays the second).

    .venv/bin/python benchmarks/schema.py [--runs N]

Each step runs N times in this process (after one unmeasured run); the median wall time and
its CPU time are printed. The Stylesheets need ../shared (skipped, saying so, without it).
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
STYLESHEETS = SHARED / "tei-stylesheets" / "odds"
P5SUBSET = SHARED / "tei-p5" / "p5subset.xml"


def measure(step, runs: int) -> tuple[float, float]:
    step()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def stylesheet_steps(out: Path) -> dict:
    from saxonche import PySaxonProcessor

    saxon = PySaxonProcessor(license=False)
    xslt = saxon.new_xslt30_processor()
    compiled = str(out / "compiled.odd")

    def odd2odd():
        sheet = xslt.compile_stylesheet(stylesheet_file=str(STYLESHEETS / "odd2odd.xsl"))
        sheet.set_parameter("defaultSource", saxon.make_string_value(P5SUBSET.as_uri()))
        sheet.transform_to_file(source_file=str(ROOT / "schema" / "edition.odd"), output_file=compiled)

    def then(name, result):
        return lambda: xslt.compile_stylesheet(stylesheet_file=str(STYLESHEETS / name)).transform_to_file(
            source_file=compiled, output_file=str(out / result))

    return {"Stylesheets odd2odd (against p5subset.xml)": odd2odd,
            "Stylesheets odd2relax": then("odd2relax.xsl", "edition.rng"),
            "Stylesheets extract-isosch": then("extract-isosch.xsl", "edition.sch")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from edition.schema_build.__main__ import ODD, SCHEMA, TEI_ALL, build_rng, build_sch
    from edition.schema_build.docs import render_docs

    steps = {"edition.rng (cut from tei_all.rng)": lambda: build_rng(TEI_ALL),
             "edition.sch": build_sch,
             "docs/schema.md": lambda: render_docs(ODD, SCHEMA / "edition.rng", SCHEMA / "edition.sch")}
    if not TEI_ALL.is_file():
        print(f"{TEI_ALL} is absent: edition.rng not measured", file=sys.stderr)
        del steps["edition.rng (cut from tei_all.rng)"]
    with tempfile.TemporaryDirectory() as tmp:
        if (STYLESHEETS / "odd2odd.xsl").is_file() and P5SUBSET.is_file():
            steps.update(stylesheet_steps(Path(tmp)))
        else:
            print(f"{STYLESHEETS} or {P5SUBSET} is absent: the Stylesheets not measured", file=sys.stderr)
        print(f"| step | wall, median of {args.runs} | CPU of this process |")
        print("|---|---|---|")
        for name, step in steps.items():
            wall, cpu = measure(step, args.runs)
            print(f"| {name} | {wall:.2f} s | {cpu:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
