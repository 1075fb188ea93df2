"""A pool of worker processes that each compile the stylesheets once, or no pool at all.

Workers are started with "spawn", never "fork": SaxonC runs in a GraalVM isolate that must
not be copied into a child by fork. jobs=1 runs everything in this process, in order (the
serial path, used by tests to compare with the parallel one).
"""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _warm(stylesheets: tuple[str, ...]) -> None:
    if stylesheets:
        from ..render import compiler

        compiler.warm_up(*stylesheets)


def run_all(fn: Callable, items: list, jobs: int, warm: tuple[str, ...] = ()) -> Iterator:
    """fn(item) for every item, results in the order of `items`."""
    if jobs <= 1 or len(items) <= 1:
        _warm(warm)
        yield from map(fn, items)
        return
    jobs = min(jobs, len(items))
    # Big enough chunks to keep inter-process traffic small, small enough to balance the load.
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_warm, initargs=(warm,)) as pool:
        yield from pool.map(fn, items, chunksize=chunk)


