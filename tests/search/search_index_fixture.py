"""The search index over the five real documents and the personography, built once per session.

A plain module, not a conftest.py: a second conftest module would shadow tests/conftest.py
(`from conftest import require_tool`). Test files import the fixture by name.
"""

import json
from pathlib import Path

import pytest

from edition.search.index import SearchIndex

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def index(tei_files):
    ix = SearchIndex()
    ix.sync(tei_files, ROOT / "tei" / "persons.xml")
    return ix


def stored_keys(folder: Path) -> dict:
    """Every key of a static index's store (edition.search.static) with its value, from all its shards."""
    shards = [json.loads(p.read_text(encoding="utf-8"))["t"] for p in (Path(folder) / "keys").iterdir()]
    return {key: rows[0] for shard in shards for key, rows in shard.items()}
