"""Downloads: each document's TEI and plain texts, and the whole edition as one zip."""

import io
import zipfile
from pathlib import Path

from flask import Response

from .. import reads
from ..resources import data_dir
from ..errors import EditionError
from ..tei.registers import FILE_NAMES
from .rendering import plain_text
from .state import corpus, document_or_404, edition

TEXT = "text/plain; charset=utf-8"
# A fixed timestamp makes the zip byte-identical for identical inputs (reproducible export).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def tei(doc_id: str):
    doc = document_or_404(doc_id)
    reads.note("text", doc.id)
    return Response(Path(doc.path).read_bytes(), mimetype="application/tei+xml",
                    headers={"Content-Disposition": f'inline; filename="{doc.id}.xml"'})


def text(doc_id: str):
    return Response(plain_text(document_or_404(doc_id), "reading"), content_type=TEXT)


def diplomatic_text(doc_id: str):
    return Response(plain_text(document_or_404(doc_id), "diplomatic"), content_type=TEXT)


def _schema_files() -> list[Path]:
    try:
        folder = data_dir("schema")
    except EditionError:
        return []
    return sorted(p for p in folder.iterdir() if p.is_file())


def _register_files() -> list[Path]:
    """The registers beside the documents (persons.xml, places.xml, organisations.xml) that exist."""
    folder = edition().persons_path().parent
    return [folder / name for name in sorted(FILE_NAMES) if (folder / name).is_file()]


def _zip_bytes() -> bytes:
    c = corpus()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name: str, data: bytes | str):
            z.writestr(zipfile.ZipInfo(f"edition/{name}", ZIP_TIME), data, zipfile.ZIP_DEFLATED)

        for doc in c.documents.values():
            reads.note("text", doc.id)
            add(f"tei/{doc.id}.xml", Path(doc.path).read_bytes())
        for register in _register_files():
            add(f"tei/{register.name}", register.read_bytes())
        for path in _schema_files():
            add(f"schema/{path.name}", path.read_bytes())
        for doc in c.documents.values():
            add(f"text/{doc.id}.txt", plain_text(doc, "reading"))
            add(f"text/{doc.id}.diplomatic.txt", plain_text(doc, "diplomatic"))
    return buf.getvalue()


def edition_zip():
    ed = edition()
    deps = [Path(d.path) for d in corpus().documents.values()] + _register_files() + _schema_files()
    data = ed.cache.get(("zip",), _zip_bytes, deps=deps)
    return Response(data, mimetype="application/zip",
                    headers={"Content-Disposition": 'attachment; filename="edition.zip"'})
