"""One document's outputs: DIR/<id>.html (a page), <id>.txt (reading text), <id>.diplomatic.txt."""

from pathlib import Path

from ..atomicwrite import replace_file
from ..errors import EditionError
from ..tei import registers as register_files
from ..outputnames import outputs, refuse_clash
from ..render import api
from ..render.mentions import DocumentSummary, summarise


def documents(tei_dir: Path) -> list[Path]:
    """The edition's documents: every *.xml directly in tei_dir except the registers."""
    return sorted(register_files.documents(tei_dir.glob("*.xml")))


def build_document(path: Path, out: Path) -> DocumentSummary:
    """Write one document's page and texts; return its summary (id, title, persons mentioned)."""
    doc = summarise(path)
    refuse_clash(doc.id, path)  # never overwrite the build's own pages or another document's
    # no index of places or organisations in a build: their names are marked, not linked
    texts = [api.to_html(path, view="reading", persons_base="persons.html#", persons_suffix="",
                         places_base="", organisations_base="", page=True),
             api.to_text(path), api.to_text(path, diplomatic=True)]
    for name, text in zip(outputs(doc.id), texts):  # all rendered first; each written whole or not at all
        write_output(out / name, text.encode("utf-8"))
    return doc


def write_output(target: Path, data: bytes) -> None:
    """Write one output whole (the old one stays if this fails); a full disk or a read-only
    folder is the environment's fault: an EditionError (exit 2) naming the output and the reason."""
    try:
        replace_file(target, data)
    except OSError as exc:
        raise EditionError(f"{target}: error: cannot write: {exc.strerror or exc}") from None
