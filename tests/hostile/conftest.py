"""Helpers for the hostile-input suite: run the real `edition` in a subprocess with a time limit,
and write TEI documents (clean or broken) into a temporary edition folder."""

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
HOSTILE_TEI = FIXTURES / "tei"
TEI_NS = "http://www.tei-c.org/ns/1.0"
TIMEOUT = 300  # a hang never returns; a busy shared machine can take a minute over a few-line file


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


def edition(*args, timeout: float = TIMEOUT) -> Run:
    """`python -m edition ARGS` as a user runs it; never a traceback, never past the time limit."""
    proc = subprocess.run([sys.executable, "-m", "edition", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, errors="replace")
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    return Run(proc.returncode, proc.stdout, proc.stderr)


def document(doc_id: str = "clean", body: str = '<p>The plenum met and <persName ref="persons.xml#stalin">Stalin</persName> spoke.</p>',
             attrs: str = "") -> str:
    """A small TEI document that passes `edition validate`, with `body` inside its one division."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="../schema/edition.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<?xml-model href="../schema/edition.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>
<TEI xmlns="{TEI_NS}" xml:id="{doc_id}" xml:lang="en"{attrs}>
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>A clean document</title>
        <respStmt xml:id="{doc_id}-ed"><resp>encoded by</resp><name>edition project</name></respStmt>
      </titleStmt>
      <publicationStmt>
        <publisher>edition project</publisher>
        <date when="2026-11-23">2026</date><idno type="edition">{doc_id}</idno>
        <availability status="restricted"><licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0, for the encoding</licence><p>The source text's rights remain with its holders.</p></availability>
      </publicationStmt><notesStmt><note type="citation">A clean document. TEI edition, document {doc_id}.</note></notesStmt>
      <sourceDesc><bibl type="transcription"><idno type="source-file">{doc_id}.txt</idno></bibl></sourceDesc>
    </fileDesc>
    <revisionDesc><change when="2026-11-23" who="#{doc_id}-ed">written for the hostile-input tests</change></revisionDesc>
  </teiHeader>
  <text>
    <body>
      <div type="article">
        {body}
      </div>
    </body>
  </text>
</TEI>
"""


@pytest.fixture
def edition_folder(tmp_path) -> Path:
    """A temporary tei/ folder holding a clean document and the hostile fixtures' persons.xml."""
    folder = tmp_path / "tei"
    folder.mkdir()
    (folder / "persons.xml").write_bytes((HOSTILE_TEI / "persons.xml").read_bytes())
    (folder / "clean.xml").write_text(document(), encoding="utf-8")
    return folder


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
