"""The edition as DTS sees it: its resources (id -> TEI file) and where its endpoints are.

Each document is read through edition.xmlsafe and parsed again whenever its file changes, so
a file being proofread is seen as it is now; the last few parsed are kept. Unknown resources raise DtsError(404), a missing one DtsError(400).
"""

from dataclasses import dataclass, field
from pathlib import Path

from .. import xmlsafe
from ..cache import BoundedCache
from .endpoints import Endpoints
from .errors import DtsError

CONTEXT = "https://dtsapi.org/context/v1.0.json"
VERSION = "1.0"
TEI_MEDIA_TYPE = "application/tei+xml"
DTS_NS = "https://w3id.org/api/dts#"
KEPT = 8  # parsed documents: the root collection reads every one (1,000 kept trees held 690 MB)


@dataclass
class Edition:
    documents: dict[str, Path]  # resource id -> TEI file, in edition order
    endpoints: Endpoints = field(default_factory=Endpoints)
    id: str = "edition"
    title: str = "Five documents on the Soviet purges"
    description: str = "A digital scholarly edition, in TEI P5, of five documents about the Soviet purges."
    publisher: str = "edition project"
    _parsed: BoundedCache = field(default_factory=lambda: BoundedCache(KEPT), repr=False, compare=False)

    def root(self, resource: str | None):
        if not resource:
            raise DtsError(400, "the resource parameter is required")
        if resource not in self.documents:
            raise DtsError(404, f"no resource {resource!r}")
        path = Path(self.documents[resource])
        stat = path.stat()  # parsed again only when the file changes
        return self._parsed.get(resource, lambda: xmlsafe.parse_file(path).getroot(),
                                signature=(stat.st_mtime_ns, stat.st_size))


def response_head(kind: str, id_: str) -> dict:
    """The members every top-level DTS response starts with."""
    return {"@context": CONTEXT, "dtsVersion": VERSION, "@id": id_, "@type": kind}
