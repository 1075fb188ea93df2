"""The viewer under load: `edition serve` (waitress, the production WSGI server) on 127.0.0.1.

Bounded by design (the machine is shared): a fixed number of requests per page, a time limit,
loopback only. The client is a pool of threads, each with one keep-alive http.client
connection; on a 2-core machine it competes with the server for the CPU, so the figures are a
lower bound of what the server alone can do. Run alone:

    .venv/bin/python benchmarks/viewer.py [TEI_DIR] [--requests 1000] [--clients 4]
"""

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port: int, path: str, timeout: float = 120) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


class Server:
    """`edition serve TEI_DIR` in a child process; `stop()` returns its peak RSS in MB."""

    def __init__(self, tei_dir: Path, threads: int = 4):
        self.port = free_port()
        self.log = tempfile.TemporaryFile()
        command = [sys.executable, "-m", "edition", "serve", str(tei_dir), "--port", str(self.port),
                   "--threads", str(threads)]
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(command, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self, limit: float, path: str = "/static/favicon.svg") -> float:
        """Seconds from start until `path` answers 200: the server is up (on a large corpus the
        viewer reads the files on first use: that is measured apart, as the first /about/)."""
        while time.perf_counter() - self.started < limit:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"server exited: {self.log.read().decode(errors='replace')[-500:]}")
            try:
                if get(self.port, path, timeout=limit)[0] == 200:
                    return time.perf_counter() - self.started
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"server not ready within {limit} s")

    def peak_so_far(self) -> float:
        """Peak RSS in MB of the server up to now (VmHWM)."""
        with open(f"/proc/{self.proc.pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024

    def stop(self) -> float:
        self.proc.send_signal(signal.SIGTERM)
        _, _, usage = os.wait4(self.proc.pid, 0)
        self.proc.returncode = 0
        return usage.ru_maxrss / 1024


def load(port: int, path: str, requests: int, clients: int, limit: float) -> dict:
    """`requests` GETs of `path` from `clients` threads (stopping at `limit` seconds)."""
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.perf_counter() + limit
    share = [requests // clients + (i < requests % clients) for i in range(clients)]

    def client(count: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, bad = [], 0
        for _ in range(count):
            if time.perf_counter() > deadline:
                break
            start = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                bad += response.status != 200
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - start)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, share))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {"requests": len(latencies), "errors": errors[0], "rps": len(latencies) / elapsed,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]}


def pages(port: int, tei_dir: Path) -> dict[str, str | None]:
    """The pages to measure: a document, a person, the index of persons, a search (None when the
    viewer has none). Ids come from the files, not from the viewer's JSON (slow on large corpora)."""
    from edition.xmlsafe import NS, XML_NS, parse_file

    first = next(p for p in sorted(Path(tei_dir).glob("*.xml")) if p.name != "persons.xml")
    doc_id = parse_file(first).getroot().get(f"{{{XML_NS}}}id")
    person_id = parse_file(Path(tei_dir) / "persons.xml").xpath("string(//tei:person[1]/@xml:id)", namespaces=NS)
    search = "/search/?q=Stalin"  # not probed: a first search builds the index, which is measured in turn
    return {"document page": f"/doc/{doc_id}/", "person page": f"/persons/{person_id}/",
            "index of persons": "/persons/", "search": search}


def first_answer(port: int, path: str, limit: float) -> float | None:
    """Seconds the first request for `path` takes, or None if it takes over `limit`."""
    start = time.perf_counter()
    try:
        status, _ = get(port, path, timeout=limit)
    except OSError:
        return None
    return time.perf_counter() - start if status == 200 else None


def measure(tei_dir: Path, requests: int, clients: int, limit: float, ready_limit: float = 1800,
            search: bool = True) -> dict:
    """Start-up, the first page that lists the documents, the front page, then each page under load
    (search last: on a large corpus its first requests build the search index and may time out,
    and a request the client gave up on still runs in the server)."""
    server = Server(tei_dir)
    result = {"pages": {}}
    try:
        result["start_s"] = server.wait_ready(ready_limit)
        result["corpus_s"] = first_answer(server.port, "/about/", ready_limit)  # lists every document
        result["front_page_s"] = first_answer(server.port, "/", 3 * limit)
        result["front_page_limit_s"] = 3 * limit
        for name, path in pages(server.port, tei_dir).items():
            if path is None or (name == "search" and not search):
                result["pages"][name] = None
                continue
            if name == "search":
                result["peak_before_search_mb"] = server.peak_so_far()
            first = first_answer(server.port, path, 6 * limit)  # renders; the load then hits the cache
            if first is None:
                result["pages"][name] = {"path": path, "timeout_s": 6 * limit}
                continue
            result["pages"][name] = {"path": path, "first_ms": 1000 * first,
                                     **load(server.port, path, requests, clients, limit)}
    finally:
        result["peak_rss_mb"] = server.stop()
        result.setdefault("peak_before_search_mb", result["peak_rss_mb"])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tei_dir", nargs="?", type=Path, default=ROOT / "tei")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--time-limit", type=float, default=20)
    parser.add_argument("--no-search", action="store_true", help="skip /search/ (its index is built on first use)")
    args = parser.parse_args()
    print(json.dumps(measure(args.tei_dir, args.requests, args.clients, args.time_limit, search=not args.no_search),
                     indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
