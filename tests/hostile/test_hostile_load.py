"""A bounded load test on loopback: 10,000 requests from four threads against a real server
(waitress, as `edition serve` runs it) give no error, and the process does not grow with them.

The time limit is a hang guard, not a speed target (those live in benchmarks/)."""

import http.client
import shutil
import threading
import time

import pytest

from .conftest import HOSTILE_TEI, document
from .test_hostile_browser import served

pytestmark = pytest.mark.slow

URLS = ["/", "/doc/clean/", "/doc/hostile-script/", "/doc/hostile-script/diplomatic/", "/persons/",
        "/persons/stalin/", "/api/documents.json", "/doc/clean.txt", "/static/edition.css", "/doc/nope/",
        "/doc/..%2f..%2fetc%2fpasswd/"]
EXPECTED = {"/doc/nope/": 404, "/doc/..%2f..%2fetc%2fpasswd/": 404}
THREADS, TOTAL, WARM_UP = 4, 10_000, 1_000
RSS_MARGIN_KB = 8 * 1024  # allocator noise; a leak of 1 KB per request (10 MB) would exceed it


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def fire(base: str, count: int) -> list[str]:
    """`count` requests spread over THREADS keep-alive connections; returns every unexpected outcome."""
    host, port = base.removeprefix("http://").split(":")
    errors: list[str] = []

    def worker(offset: int):
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        for i in range(count // THREADS):
            url = URLS[(offset + i) % len(URLS)]
            try:
                conn.request("GET", url)
                response = conn.getresponse()
                body = response.read()
                if response.status != EXPECTED.get(url, 200) or not body:
                    errors.append(f"{url}: {response.status}")
            except (OSError, http.client.HTTPException) as exc:
                errors.append(f"{url}: {exc!r}")
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "requests hung"
    return errors


def test_ten_thousand_requests_give_no_error_and_no_memory_growth(tmp_path):
    folder = tmp_path / "tei"
    shutil.copytree(HOSTILE_TEI, folder)
    (folder / "clean.xml").write_text(document(), encoding="utf-8")
    with served(folder) as base:
        assert fire(base, WARM_UP) == []
        before, start = rss_kb(), time.monotonic()
        errors = fire(base, TOTAL)
        elapsed, after = time.monotonic() - start, rss_kb()
    print(f"{TOTAL} requests in {elapsed:.1f} s ({TOTAL / elapsed:.0f}/s); RSS {before} -> {after} kB")
    assert errors == [], errors[:5]
    assert elapsed < 240
    assert after - before < RSS_MARGIN_KB, f"RSS grew by {after - before} kB over {TOTAL} requests"
