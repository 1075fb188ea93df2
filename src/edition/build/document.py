"""One document's outputs: DIR/<id>.html (a page), <id>.txt (reading text), <id>.diplomatic.txt."""

from pathlib import Path

from ..render import api
from ..render.mentions import DocumentSummary, summarise


def documents(tei_dir: Path) -> list[Path]:
    """The edition's documents: every *.xml directly in tei_dir except the personography."""
    return sorted(p for p in tei_dir.glob("*.xml") if p.name != "persons.xml")


def build_document(path: Path, out: Path) -> DocumentSummary:
    """Write one document's page and texts; return its summary (id, title, persons mentioned)."""
    doc = summarise(path)
    html = api.to_html(path, view="reading", persons_base="persons.html#", persons_suffix="", page=True)
    (out / f"{doc.id}.html").write_text(html, encoding="utf-8")
    (out / f"{doc.id}.txt").write_text(api.to_text(path), encoding="utf-8")
    (out / f"{doc.id}.diplomatic.txt").write_text(api.to_text(path, diplomatic=True), encoding="utf-8")
    return doc
