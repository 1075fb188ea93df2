"""Property: any transcription of this kind imports to TEI that tei_all accepts.

Random documents (the block shapes of test_import_keeps_every_word) are imported, then checked
with one jing run, since starting jing per example would take a second each.
"""

import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from test_import_keeps_every_word import transcription

from conftest import SHARED, require_tool
from edition.importer import import_text
from edition.importer.writer import serialize

TEI_ALL = SHARED / "tei-p5" / "tei_all.rng"


def test_random_transcriptions_import_to_valid_tei(tmp_path):
    if not TEI_ALL.exists():
        pytest.skip(f"{TEI_ALL} is absent (the shared TEI schema is outside the repository)")
    jing = require_tool("jing")
    written = []

    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(transcription())
    def write(text):
        path = tmp_path / f"r{len(written):03d}.xml"
        path.write_bytes(serialize(import_text(text, "random.txt", "random-doc")[0]))
        written.append((path, text))

    write()
    run = subprocess.run([jing, str(TEI_ALL), *(str(p) for p, _ in written)], capture_output=True, text=True)
    failing = {line.split(":")[0] for line in run.stdout.splitlines()}
    sources = [text for path, text in written if str(path) in failing]
    assert run.returncode == 0, (run.stdout[:2000], sources[:3])
