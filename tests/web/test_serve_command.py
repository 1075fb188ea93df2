"""`edition serve` starts a real server on the given port and serves the edition."""

import os
import subprocess
import sys
import time
import urllib.request

from .conftest import FIXTURE_TEI
from .servers import free_port


def test_serve_answers_on_the_given_host_and_port(tmp_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "edition", "serve", "--port", str(port), str(FIXTURE_TEI)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/persons/", timeout=2) as r:
                    body = r.read().decode()
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read() if proc.poll() is not None else "server did not start")
                time.sleep(0.2)
        assert "Ezhov, Nikolai Ivanovich" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_builds_the_search_index_before_anyone_searches(tmp_path):
    cache = tmp_path / "search-cache"
    env = {**os.environ, "EDITION_SEARCH_CACHE": str(cache)}
    proc = subprocess.Popen([sys.executable, "-m", "edition", "serve", "--port", str(free_port()), str(FIXTURE_TEI)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 30
        while not list(cache.glob("*.sqlite")) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        assert list(cache.glob("*.sqlite")), "no search index was built"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_refuses_a_missing_folder_with_exit_2(cli, tmp_path):
    result = cli("serve", tmp_path / "nothing")
    assert result.exit_code == 2
    assert "no such folder" in result.stderr and result.stderr.count("\n") == 1


def test_serve_refuses_fewer_than_one_job_with_exit_2(cli):
    result = cli("serve", "--jobs", "0", FIXTURE_TEI)
    assert (result.exit_code, result.stderr.strip()) == (2, "edition serve: error: --jobs must be 1 or more, not 0")
