"""edition.pool.stream: results in order from worker processes, none left behind when the
consumer stops early, and none left waiting when their parent is killed."""

import multiprocessing
import os
import signal
import subprocess
import sys
import time

from edition import pool

# A parent that streams slow items, prints its workers' ids once they work, then waits to be killed.
PARENT = """
import multiprocessing, sys, time
from edition import pool
if __name__ == "__main__":
    results = pool.stream(time.sleep, [0.2] * 400, 2)
    next(results)
    print(" ".join(str(p.pid) for p in multiprocessing.active_children() if "Resource" not in type(p).__name__), flush=True)
    time.sleep(600)
"""


def test_streamed_results_come_in_the_order_of_the_items():
    items = list(range(-60, 60))
    assert list(pool.stream(abs, items, 2, chunk=7)) == list(map(abs, items))


def test_closing_the_stream_early_leaves_no_worker_process():
    results = pool.stream(abs, list(range(500)), 2, chunk=4)
    assert next(results) == 0
    assert multiprocessing.active_children()  # the workers run
    results.close()
    assert multiprocessing.active_children() == []


def test_workers_exit_when_their_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
    finally:
        parent.send_signal(signal.SIGKILL)  # no clean-up of any kind runs in the parent
        parent.wait(timeout=30)
    assert len(workers) == 2
    deadline = time.monotonic() + 30  # a bound on waiting, not a measure: they exit at once
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:  # a zombie has exited
        return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
