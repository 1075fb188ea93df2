"""The diplomatic text keeps at least 0.995 of each source's words, in order (issue 7), measured
by the edition's fidelity module and, when ../shared is there, by the shared tools/fidelity.py.
Both read TEI, so the rendered text is wrapped as the one paragraph of a minimal TEI file."""

import subprocess
import sys

import pytest
from lxml import etree

from conftest import DOCUMENTS, SHARED, SOURCES, TEI
from edition.fidelity import measure
from edition.render import api
from edition.xmlsafe import TEI_NS

MIN = 0.995


def as_tei(text: str):
    root = etree.Element(f"{{{TEI_NS}}}TEI")
    etree.SubElement(etree.SubElement(etree.SubElement(root, f"{{{TEI_NS}}}text"), f"{{{TEI_NS}}}body"),
                     f"{{{TEI_NS}}}p").text = text
    return root


@pytest.mark.parametrize("source,stem", DOCUMENTS.items(), ids=list(DOCUMENTS.values()))
def test_diplomatic_text_keeps_the_source_words(source, stem):
    result = measure((SOURCES / source).read_text(encoding="utf-8"),
                     as_tei(api.to_text(TEI / f"{stem}.xml", diplomatic=True)))
    assert result.share >= MIN, f"{stem}: {result.share:.4f} kept; lost (line, word): {result.missing[:20]}"


def test_shared_fidelity_tool_finds_the_diplomatic_texts_faithful(tmp_path):
    tool = SHARED / "tools" / "fidelity.py"
    if not tool.exists():
        pytest.skip(f"{tool} not present (the shared tools live beside the project)")
    for stem in DOCUMENTS.values():
        text = api.to_text(TEI / f"{stem}.xml", diplomatic=True)
        (tmp_path / f"{stem}.xml").write_bytes(etree.tostring(as_tei(text), encoding="utf-8"))
    run = subprocess.run([sys.executable, str(tool), str(SOURCES), str(tmp_path), "--min", str(MIN)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
