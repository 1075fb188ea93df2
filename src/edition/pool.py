"""A pool of worker processes (each prepared once by an initializer), or no pool at all.

Workers are started with "spawn", never "fork": SaxonC runs in a GraalVM isolate that must
not be copied into a child by fork. jobs=1 runs everything in this process, in order (the
serial path, used by tests to compare with the parallel one), up to RECYCLE items; more go to
one worker at a time, so that a long serial run is bounded in memory like a parallel one.

Workers are replaced after about RECYCLE items each: Saxon's heap in a worker only grows
(10,000 documents validated by two long-lived workers left each at 1 GB peak; 1,000 at 200 MB),
and a fresh worker costs a second or two (start-up, compiling). The items are taken in slices
of jobs x RECYCLE, each slice with a fresh pool: concurrent.futures' own max_tasks_per_child
hangs on Python 3.11 (cpython issue 115634), and multiprocessing.Pool's respawns a worker that
fails to start forever, where a ProcessPoolExecutor raises BrokenProcessPool.

`stream` is for work without Saxon (the search index's extraction), run from a long-lived
process (the viewer): its workers live as long as the items last, the results waiting for the
consumer are bounded, and a worker exits when its parent dies, even killed.
"""

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator

RECYCLE = 500
AHEAD = 4  # chunks submitted a worker before the consumer takes the oldest (stream)


def _context():
    return multiprocessing.get_context("spawn")


def run_all(fn: Callable, items: list, jobs: int, init: Callable | None = None, initargs: tuple = ()) -> Iterator:
    """fn(item) for every item, results in the order of `items`; init(*initargs) first in each
    process that runs them (a module-level function, so that spawned workers can import it)."""
    if len(items) <= 1 or (jobs <= 1 and len(items) <= RECYCLE):
        if init:
            init(*initargs)
        yield from map(fn, items)
        return
    jobs = max(1, min(jobs, len(items)))
    context = _context()
    size = jobs * RECYCLE
    for start in range(0, len(items), size):
        part = items[start:start + size]
        # Chunks big enough to keep inter-process traffic small, small enough to balance the load.
        chunk = max(1, min(32, len(part) // (jobs * 8)))
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=init, initargs=initargs) as pool:
            yield from pool.map(fn, part, chunksize=chunk)


def stream(fn: Callable, items: list, jobs: int, chunk: int = 8) -> Iterator:
    """fn(item) for every item, in the order of `items`, computed in `jobs` worker processes;
    at most jobs x AHEAD chunks are submitted and not yet taken, so a slow consumer holds a few
    chunks of results, not all of them. Closing the generator (or an exception) cancels the
    chunks not started and waits for the few running."""
    pending: deque = deque()
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_exit_with_parent)
    try:
        for start in range(0, len(items), chunk):
            pending.append(pool.submit(_each, fn, items[start:start + chunk]))
            if len(pending) >= jobs * AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _each(fn: Callable, part: list) -> list:
    return [fn(item) for item in part]


def _exit_with_parent() -> None:
    """In a worker: exit as soon as the parent is gone. A worker waits for work on a queue whose
    writing end it holds too, so it would wait forever after its parent was killed (SIGTERM,
    SIGKILL: no clean-up runs)."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_wait_then_exit, args=(parent.sentinel,), daemon=True).start()


def _wait_then_exit(sentinel) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)
