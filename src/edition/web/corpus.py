"""The edition folder as data: documents, the personography, every mention and intervention.

Ids are keys into these dicts and never become file paths: a URL's id is looked up here, and
only the Path stored at load time is ever opened.
"""

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..xmlsafe import XML_NS, parse_file, require_tei
from .apparatus import interventions_in
from .documents_meta import Document, read_document
from .mentions import Mention, mentions_in
from .personography import Person, load_persons

PERSONS_FILE = "persons.xml"


@dataclass
class Corpus:
    folder: Path
    documents: dict[str, Document]
    persons: dict[str, Person]
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # by person id
    by_document: dict[str, list[Mention]] = field(default_factory=dict)
    apparatus: dict[str, list] = field(default_factory=dict)  # by document id

    def document(self, doc_id: str) -> Document | None:
        return self.documents.get(doc_id)

    def person(self, person_id: str) -> Person | None:
        return self.persons.get(person_id)

    def documents_of(self, person_id: str) -> list[str]:
        return list(dict.fromkeys(m.doc_id for m in self.mentions.get(person_id, ())))

    def people_in(self, doc_id: str) -> list[Person]:
        ids = dict.fromkeys(m.person_id for m in self.by_document.get(doc_id, ()))
        return [p for pid, p in self.persons.items() if pid in ids]


def edition_files(folder: Path) -> list[Path]:
    """The TEI documents of `folder` (every *.xml but the personography), in name order."""
    return sorted(p for p in folder.glob("*.xml") if p.name != PERSONS_FILE and p.is_file())


def load(folder) -> Corpus:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: error: no such folder (expected the edition's tei/ folder)")
    docs, by_doc, apparatus = [], {}, {}
    for path in edition_files(folder):
        tree = require_tei(parse_file(path), str(path))
        doc = read_document(tree)
        if not doc.id:
            raise InputError(f"{path}:1:1: error: TEI root has no xml:id (docs/encoding.md: the file's id)")
        docs.append(doc)
        by_doc[doc.id] = mentions_in(tree, doc.id)
        apparatus[doc.id] = interventions_in(tree, doc.id)
    # The source files are numbered 000…004: that is the edition's order of documents.
    docs.sort(key=lambda d: (d.source_file or "~", d.id))
    persons_path = folder / PERSONS_FILE
    persons = load_persons(persons_path) if persons_path.is_file() else {}
    by_person: dict[str, list[Mention]] = {}
    for doc in docs:
        for m in by_doc[doc.id]:
            by_person.setdefault(m.person_id, []).append(m)
    return Corpus(folder, {d.id: d for d in docs}, persons, by_person, by_doc, apparatus)


def signature(folder) -> tuple:
    """What changes when any edition file changes: (name, mtime_ns, size) of each *.xml."""
    out = []
    for p in sorted(Path(folder).glob("*.xml")):
        try:
            st = p.stat()
        except OSError:
            continue
        out.append((p.name, st.st_mtime_ns, st.st_size))
    return tuple(out)


__all__ = ["Corpus", "Document", "Mention", "Person", "load", "signature", "edition_files", "XML_NS"]
