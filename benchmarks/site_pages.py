"""The CPU of the whole-corpus pages of `edition build`, estimated from a sample, by kind of page.

Through one `site_app` whose parts file is filled first (Corpus.read_all), as `export_site`
does, the first URL of each endpoint of `static_export.site_urls(app, own=False)` is fetched
(what a kind of page makes once per corpus is counted once), then R URLs in a row from every
Kth of the others on (R=2: a page and its JSON twin, which comes right after it while what both
are made of is in the caches, as in the build). Each endpoint's mean CPU a page is scaled by its number of
pages; peak RSS is this process's. CPU time is the figure on a shared machine.

    .venv/bin/python benchmarks/site_pages.py TEI_DIR [--every K] [--run R] [--profile OUT.prof]
"""

import argparse
import cProfile
import json
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path


def sample(urls: list[str], every: int, run: int) -> list[str]:
    """`run` URLs from every `every`th on, in the site's order."""
    picked = {}
    for i in range(0, len(urls), every):
        picked.update((u, None) for u in urls[i:i + run])
    return list(picked)


def endpoint_of(app, url: str) -> str:
    return app.url_map.bind("localhost").match(url)[0].removeprefix("edition.")


def measure(tei_dir: Path, every: int, run: int, profile: Path | None) -> dict:
    from edition.web.state import corpus
    from edition.web.static_export import settings, site_app, site_urls, snapshot

    started = time.process_time()
    with snapshot(tei_dir) as copy, tempfile.TemporaryDirectory(prefix="site-pages-") as work:
        app = site_app(copy, settings(tei_dir))
        with app.app_context():
            c = corpus()
        with c.read_all(Path(work)):
            ready = time.process_time()
            urls = site_urls(app, own=False)
            listed = time.process_time()
            kinds = defaultdict(lambda: {"pages": 0, "sampled": 0, "cpu_s": 0.0})
            endpoint = {url: endpoint_of(app, url) for url in urls}
            for url in urls:
                kinds[endpoint[url]]["pages"] += 1
            client, profiler = app.test_client(), cProfile.Profile() if profile else None

            def fetch(url: str) -> float:
                t = time.process_time()
                if profiler:
                    profiler.enable()
                response = client.get(url)
                if profiler:
                    profiler.disable()
                if response.status_code != 200:
                    raise SystemExit(f"{url} answered {response.status_code}")
                return time.process_time() - t

            firsts = {}  # endpoint -> its first URL: what a list makes once per corpus is counted once
            for url in urls:
                firsts.setdefault(endpoint[url], url)
            for name, url in firsts.items():
                kinds[name]["first_s"] = fetch(url)
            first_urls = set(firsts.values())
            for url in sample([u for u in urls if u not in first_urls], every, run):
                kind = kinds[endpoint[url]]
                kind["sampled"] += 1
                kind["cpu_s"] += fetch(url)
    if profiler:
        profiler.dump_stats(profile)
    table = {}
    for name, k in kinds.items():
        per_page = k["cpu_s"] / k["sampled"] if k["sampled"] else k["first_s"]
        table[name] = {"pages": k["pages"], "sampled": k["sampled"], "first_ms": round(1000 * k["first_s"], 1),
                       "ms_a_page": round(1000 * per_page, 1),
                       "estimated_s": round(k["first_s"] + per_page * (k["pages"] - 1), 1)}
    return {"pages": len(urls), "every": every, "run": run, "parts_cpu_s": round(ready - started, 1),
            "listing_cpu_s": round(listed - ready, 1),
            "estimated_pages_cpu_s": round(sum(k["estimated_s"] for k in table.values()), 1),
            "sample_cpu_s": round(sum(k["cpu_s"] + k["first_s"] for k in kinds.values()), 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "load_average": os.getloadavg(),
            "kinds": dict(sorted(table.items(), key=lambda kv: -kv[1]["estimated_s"]))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tei_dir", type=Path)
    parser.add_argument("--every", type=int, default=25, help="sample from every Kth URL on")
    parser.add_argument("--run", type=int, default=2, help="this many URLs in a row each time (a page and its twin; "
                        "more: what a list makes once for its pages is shared by more of the sample, as in the build)")
    parser.add_argument("--profile", type=Path, help="write cProfile's statistics of the sampled pages here")
    args = parser.parse_args()
    start_load = os.getloadavg()
    result = measure(args.tei_dir, args.every, args.run, args.profile)
    print("| endpoint | pages | sampled | first page | CPU a page | estimated CPU |\n|---|---|---|---|---|---|")
    for name, k in result.pop("kinds").items():
        print(f"| {name} | {k['pages']:,} | {k['sampled']} | {k['first_ms']} ms | {k['ms_a_page']} ms | {k['estimated_s']} s |")
    print(json.dumps({"load_average_at_start": start_load, **result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
