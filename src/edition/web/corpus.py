"""The edition folder as data: documents, the personography, every mention and intervention.

Ids are keys into these dicts and never become file paths: a URL's id is looked up here, and
only the Path stored at load time is ever opened.

Cheap first, costly on demand, so the viewer starts at once and scales to large corpora: one
pass over the files reads each header and counts (mentions per person, interventions); that
is all the front page and the index of persons need, and it is kept per file between viewers
(catalogue.py), so a viewer started again reads only the files that changed. The quoted mentions and the apparatus
(keyword-in-context lines: most of the cost, 70 ms a document) are made per document when a
page asks, and kept in bounded caches (lazy.py). With more than EAGER files even the pass
waits for the first page that needs it, so `edition serve` answers at once, and goes in two
steps: a list of documents (/about/, the document pages) needs only each file's header, read
alone (`heads`, a few per cent of each file); a page of the front page reads whole only its own
documents (`Corpus.own`); an index reads every file whole (`complete`), once.

Each accessor notes the facet it serves (reads.py; digested in facets.py), so the build knows
what each page read.
"""

import dataclasses
import os
import threading
from collections.abc import Mapping
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .. import pathsegments, reads
from ..tei.namespaces import T
from ..xmlsafe import XML_NS, parse_file, read_head, require_tei
from ..anchors import intervention_ids
from . import catalogue
from .apparatus import interventions_in
from ..cache import BoundedCache
from .citations import source_digest
from .noted import Noted
from .datings import dated_counts, dated_in
from .documents_meta import Contents, Document, read_contents, read_document
from .lazy import PerDocument, PerEntity
from .mentions import TAGS, Mention, mentions_in, named_in
from .parts import Parts
from .parts_on_demand import OnDemand
from ..search.fold import fold
from ..registers.read import load_organisations, load_places
from ..tei import registers as register_files
from ..persons import personography
from ..persons.personography import Person

PERSONS_FILE = "persons.xml"
LOADERS = {"places": load_places, "organisations": load_organisations}
EAGER = 200  # up to this many files, load() reads them all at once (and fails there, not later)
PAGES_BYTES = 64 * 1024 * 1024  # whole pages kept, at most


@dataclass(frozen=True)
class Index:
    """What the one pass over the files gives: enough for every list, nothing quoted. Its dicts
    note what is read of them: a document's counts as ("own", doc id), an entry's as ("entry",
    register, id), the entries named as ("entries", register), the documents as ("docs",)."""
    documents: dict[str, Document]  # in the edition's order
    named: dict[str, dict[str, int]]  # doc id -> {person id: mentions}
    interventions: dict[str, int]  # doc id -> number of interventions
    by_entity: dict[str, dict[str, dict[str, int]]]  # register -> entry id -> {doc id: mentions}, in document order
    in_titles: dict[str, dict[str, dict[str, int]]]  # register -> entry id -> {doc id: of those, inside titles of works}
    sources: dict[str, str]  # doc id -> digest of its sourceDesc (what its citation is made from)
    dated: dict[str, dict[str, int]]  # "persons"|"places" -> id -> dated passages naming it (the chronology's)
    contents: dict[str, Contents]  # doc id -> what its text holds, counted

    @property
    def by_person(self) -> dict[str, dict[str, int]]:
        return self.by_entity["persons"]


@dataclass(frozen=True)
class Own:
    """One document's part of the first pass: what its line in the list of documents and its page show."""
    persons: dict[str, int]  # person id -> mentions
    interventions: int
    contents: Contents
    source: str  # digest of its sourceDesc


def _identified(tree, path: Path) -> Document:
    doc = read_document(tree)
    if not doc.id:
        raise InputError(f"{path}:1:1: error: TEI root has no xml:id (docs/encoding.md: the file's id)")
    return doc


def _head(path: Path) -> dict:
    """One file's header alone: all the first list of documents needs (a few per cent of the file
    parsed, xmlsafe.read_head); its counts are read when a page asks for them."""
    tree = require_tei(read_head(path, T + "teiHeader"), str(path))
    return {"document": dataclasses.asdict(_identified(tree, path)), "source": source_digest(tree.getroot())}


def _read(path: Path) -> dict:
    """One file's whole part of the first pass: its header and counts (parses the whole file)."""
    tree = require_tei(parse_file(path), str(path))
    doc = _identified(tree, path)
    named, titled = named_in(tree)
    return {"document": dataclasses.asdict(doc), "contents": dataclasses.asdict(read_contents(tree)),
            "named": named, "titled": titled,
            "interventions": len(intervention_ids(tree.getroot(), doc.id)),
            "source": source_digest(tree.getroot()), "dated": dated_counts(tree, doc.id)}


def _whole(record: dict) -> bool:
    return "named" in record


def _fields(cls, fields: dict):
    """A dataclass from a record's dict of it (JSON gave lists where it holds tuples)."""
    return cls(**{f.name: tuple(fields[f.name]) if isinstance(fields[f.name], list) else fields[f.name]
                  for f in dataclasses.fields(cls)})


def _own(record: dict) -> Own:
    return Own(record["named"]["persons"], record["interventions"], _fields(Contents, record["contents"]),
               record["source"])


def heads(folder: Path) -> tuple[dict[str, dict], bool]:
    """({file name: record}, whether the catalogue must be kept again), in name order: the kept
    record (catalogue.py, whole) of each file whose stat is unchanged, the header alone of the others."""
    kept, records = catalogue.load(folder), {}
    for path in edition_files(folder):
        try:
            key = catalogue.stat_key(path)
        except OSError:
            key = None
        record = kept.get(path.name)
        if key is None or record is None or record.get("stat") != key or not _whole(record):
            record = {**_head(path), "stat": key}
        records[path.name] = record
    return records, not all(map(_whole, records.values())) or len(records) != len(kept)


def complete(folder: Path, records: dict[str, dict], changed: bool) -> list[dict]:
    """Every record whole (the files read only to their header are read now), the catalogue
    kept again if any was read or a file went."""
    for name, record in records.items():
        if not _whole(record):
            records[name] = {**_read(folder / name), "stat": record["stat"]}
    if changed:
        catalogue.save(folder, records)
    return list(records.values())


def in_order(documents) -> list[Document]:
    """The source files are numbered 000…004: that is the edition's order of documents."""
    return sorted(documents, key=lambda d: (d.source_file or "~", d.id))


def index_of(records: list[dict]) -> Index:
    docs, named, titled, interventions, sources, contents = [], {}, {}, {}, {}, {}
    dated: dict[str, dict[str, int]] = {"persons": {}, "places": {}}
    named_of: dict[str, dict[str, dict]] = {r: {} for r in TAGS}  # register -> doc id -> {id: mentions}
    for record in records:
        doc = _fields(Document, record["document"])
        docs.append(doc)
        for register in TAGS:
            named_of[register][doc.id] = record["named"][register]
        named[doc.id] = named_of["persons"][doc.id]
        titled[doc.id] = record["titled"]
        interventions[doc.id] = record["interventions"]
        sources[doc.id] = record["source"]
        contents[doc.id] = _fields(Contents, record["contents"])
        for register, counts in record["dated"].items():
            for eid, n in counts.items():
                dated[register][eid] = dated[register].get(eid, 0) + n
    docs = in_order(docs)
    by_entity: dict[str, dict[str, dict[str, int]]] = {r: {} for r in TAGS}
    in_titles: dict[str, dict[str, dict[str, int]]] = {r: {} for r in TAGS}
    for doc in docs:
        for register, counts in named_of.items():
            for eid, n in counts[doc.id].items():
                by_entity[register].setdefault(eid, {})[doc.id] = n
            for eid, n in titled[doc.id][register].items():
                in_titles[register].setdefault(eid, {})[doc.id] = n
    per_doc = partial(Noted, item=("own",), whole=("docs",))

    def per_entry(found: dict) -> dict:
        return {r: Noted(v, ("entry", r), ("entries", r)) for r, v in found.items()}
    return Index({d.id: d for d in docs}, per_doc(named), per_doc(interventions), per_entry(by_entity),
                 per_entry(in_titles), per_doc(sources), per_entry(dated), per_doc(contents))


def scan(folder: Path) -> Index:
    """The whole first pass over the files."""
    return index_of(complete(folder, *heads(folder)))


class Counts(Mapping):
    """An entry's {doc id: (references, names inside titles of works)}, each pair made when read:
    an index line of a document's list reads one of a thousand."""

    def __init__(self, named: dict[str, int], titled: dict[str, int]):
        self._named, self._titled = named, titled

    def __getitem__(self, doc_id: str) -> tuple[int, int]:
        titles = self._titled.get(doc_id, 0)
        return self._named[doc_id] - titles, titles

    def __iter__(self):
        return iter(self._named)

    def __len__(self) -> int:
        return len(self._named)

    def totals(self) -> tuple[int, int]:
        """(references, names inside titles of works) in every document."""
        titles = sum(self._titled.values())
        return sum(self._named.values()) - titles, titles


class Corpus:
    def __init__(self, folder: Path, cache_size: int = 256):
        self.folder = Path(folder)
        self._lock = threading.Lock()
        self._index: Index | None = None
        # until the index is made: file name -> record (heads), and doc id -> file name
        self._records: tuple[dict[str, dict], bool] | None = None
        self._heads: dict[str, Document] | None = None
        self._files: dict[str, str] = {}
        self._persons: dict[str, Person] | None = None
        self._registers: dict[str, tuple[dict, dict]] = {}  # places, organisations: ({id: entry}, {bibl id: source})
        # register -> doc id -> the document's quoted mentions of that register's entries
        self.quoted = {r: PerDocument(self, partial(mentions_in, register=r), cache_size, facet=("quoted", r))
                       for r in TAGS}
        self.by_document = self.quoted["persons"]
        self.apparatus = PerDocument(self, interventions_in, cache_size, facet=("apparatus",))
        self.dated = PerDocument(self, dated_in, cache_size, OnDemand.dated_in, facet=("dated",))  # the chronology's passages
        # register -> entry id -> its quoted mentions; one person can have 20,000
        self.entity_mentions = {r: PerEntity(self, r, cache_size // 8) for r in TAGS}
        self.mentions = self.entity_mentions["persons"]
        self.pages = BoundedCache(cache_size, maxbytes=PAGES_BYTES)  # a changed file makes a new Corpus
        self.derived = BoundedCache(16)  # lists made from every document's parts (the chronology's passages)
        # what every page of one list draws from it (a chronology's axes): apart, so that the lists
        # of many pages never push out the lists of every document, which cost seconds to make again
        self.summaries = BoundedCache(16)
        self.citations: dict[str, str] = {}  # sourceDesc digest -> citation, as the front page asks
        self.parts: OnDemand | None = None  # the documents' quoted parts on disk, while read_all holds them
        self.digests: dict[tuple, str] = {}  # facet key -> digest: as the parts store read it, or the last build's

    @property
    def index(self) -> Index:
        with self._lock:
            if self._index is None:
                self._index = index_of(complete(self.folder, *self._first_records()))
                self._records = self._heads = None  # the index holds what they held
            return self._index

    def _first_records(self) -> tuple[dict[str, dict], bool]:
        """The records of the first list (heads(): each file's header, or its kept record); under the lock."""
        if self._records is None:
            self._records = heads(self.folder)
            docs = {name: _fields(Document, r["document"]) for name, r in self._records[0].items()}
            self._files = {d.id: name for name, d in docs.items()}
            self._heads = {d.id: d for d in in_order(docs.values())}
        return self._records

    @property
    def documents(self) -> dict[str, Document]:
        """The documents in the edition's order: from their headers alone until a page needs the index."""
        reads.note("docs")
        index = self._index
        if index is not None:  # made once and never changed: no lock (a page asks thousands of times)
            return index.documents
        with self._lock:
            if self._index is not None:
                return self._index.documents
            self._first_records()
            return self._heads

    def own(self, doc_id: str) -> Own:
        """One document's counts: from the index when made, else its file read alone (once)."""
        reads.note("own", doc_id)
        with self._lock:
            index = self._index
            if index is None:
                records, _ = self._first_records()
                name = self._files[doc_id]
                if not _whole(records[name]):
                    records[name] = {**_read(self.folder / name), "stat": records[name]["stat"]}
                return _own(records[name])
        return Own(index.named[doc_id], index.interventions[doc_id], index.contents[doc_id], index.sources[doc_id])

    @property
    def persons(self) -> dict[str, Person]:
        with self._lock:
            if self._persons is None:
                path = self.folder / PERSONS_FILE
                found = personography.by_name(personography.load(path)) if path.is_file() else {}
                pathsegments.refuse("persons", found.values(), path)  # an id its URLs would shadow
                self._persons = found
            return self._persons

    def entries(self, register: str) -> dict:
        """{id: entry} of a register (persons, places, organisations), in its index's order."""
        return self.persons if register == "persons" else self._register(register)[0]

    def register_sources(self, register: str) -> dict:
        """{bibl id: Source} of a register's listBibl (the works its facts were checked against)."""
        return self._register(register)[1]

    def _register(self, register: str) -> tuple[dict, dict]:
        with self._lock:
            if register not in self._registers:
                path = self.folder / register_files.REGISTERS[register]
                loaded = LOADERS[register](path) if path.is_file() else None
                pathsegments.refuse(register, loaded.entries.values() if loaded else (), path)
                by_name = sorted(loaded.entries.items(), key=lambda kv: (fold(kv[1].name), kv[1].name.casefold(), kv[0])) if loaded else []
                self._registers[register] = (dict(by_name), loaded.sources if loaded else {})
            return self._registers[register]

    @contextmanager
    def read_all(self, work: Path):
        """While inside: a document's quoted mentions of each register and its dated passages,
        read once when a page first asks for them, are kept on disk in `work` (parts.py,
        parts_on_demand.py) and read from there (the build writes many pages; an entry's page
        alone would parse every document naming it)."""
        parts = Parts(work / "parts.sqlite")
        try:
            self.parts = OnDemand(parts, self)
            yield
        finally:
            self.parts = None
            parts.close()

    def passages(self, keys) -> dict:
        """{(doc id, n): dated passage, quoted} of these keys: from the build's store while read_all
        holds it (only these rows), else from their documents' passages (`dated`)."""
        if self.parts is not None:
            return self.parts.passages(keys)
        keys = set(keys)
        return {(e.doc_id, e.n): e for d in {d for d, _ in keys} for e in self.dated[d] if (e.doc_id, e.n) in keys}

    def document(self, doc_id: str) -> Document | None:
        return self.documents.get(doc_id)

    def person(self, person_id: str) -> Person | None:
        return self.persons.get(person_id)

    def documents_of(self, person_id: str) -> list[str]:
        return list(self.index.by_person.get(person_id, ()))

    def counts_of(self, entry_id: str, register: str = "persons") -> "Counts":
        """{doc id: (references, names inside titles of works)} of a person (or another register's
        entry) in the edition's order."""
        return Counts(self.index.by_entity[register].get(entry_id, {}), self.index.in_titles[register].get(entry_id, {}))

    def people_in(self, doc_id: str) -> list[Person]:
        ids = self.own(doc_id).persons
        return [p for pid, p in self.persons.items() if pid in ids]

    def mention_count(self, doc_id: str) -> int:
        return sum(self.own(doc_id).persons.values())

    def intervention_count(self, doc_id: str) -> int:
        return self.own(doc_id).interventions

    def tree(self, doc_id: str):
        """The document's TEI, parsed again (trees are not kept: 10,000 would not fit)."""
        reads.note("text", doc_id)
        path = self.documents[doc_id].path
        return require_tei(parse_file(path), str(path))


def edition_files(folder: Path) -> list[Path]:
    """The TEI documents of `folder` (every *.xml but the registers), in name order; a pipe or
    a device among them is kept, for the reader to refuse by name (as validate and build do)."""
    return sorted(p for p in register_files.documents(folder.glob("*.xml")) if not p.is_dir())


def load(folder, cache_size: int = 256) -> Corpus:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: error: no such folder (expected the edition's tei/ folder)")
    corpus = Corpus(folder, cache_size)
    if len(edition_files(folder)) <= EAGER:
        corpus.index, corpus.persons, corpus.entries("places"), corpus.entries("organisations")  # noqa: B018
        # (read now: a broken file fails here, with its line)
    return corpus


def signature(folder) -> tuple:
    """What changes when any edition file changes: (name, mtime_ns, size) of each *.xml."""
    out = []
    try:
        entries = os.scandir(folder)  # one listing, no Path objects: this runs on every request
    except OSError:
        return ()
    with entries:
        for entry in entries:
            if entry.name.endswith(".xml"):
                try:
                    st = entry.stat()
                except OSError:
                    continue
                out.append((entry.name, st.st_mtime_ns, st.st_size))
    return tuple(sorted(out))


__all__ = ["Corpus", "Document", "Mention", "Person", "load", "signature", "edition_files", "XML_NS"]
