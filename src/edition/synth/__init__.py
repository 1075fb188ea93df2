"""Synthetic corpora for measuring how the toolkit scales (benchmarks/, tests of edition.build and edition.validate).

`generate(tei_dir, out, n)` writes N documents made by varying the edition's real ones
(variants.py: paragraphs shuffled, ids renamed, dates shifted, generated persons mentioned) and
a persons.xml holding the real persons plus generated ones (persons.py, up to 5,000 in all).
Documents are written one at a time, so the corpus is never held in memory. The output is
meant to be a valid edition: the benchmarks validate and build it like the real one.
Command line: `python -m edition.synth N OUT [--tei tei/] [--seed 0]`.
"""

from .generate import generate

__all__ = ["generate"]
