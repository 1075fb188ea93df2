"""The edition as DTS sees it: its resources (id -> TEI file) and where its endpoints are.

Each document is read through edition.xmlsafe and parsed again whenever its file changes, so
a file being proofread is seen as it is now. Unknown resources raise DtsError(404), a missing one DtsError(400).
"""

from dataclasses import dataclass, field
from pathlib import Path

from .. import xmlsafe
from .endpoints import Endpoints
from .errors import DtsError

CONTEXT = "https://dtsapi.org/context/v1.0.json"
VERSION = "1.0"
TEI_MEDIA_TYPE = "application/tei+xml"
DTS_NS = "https://w3id.org/api/dts#"


@dataclass
class Edition:
    documents: dict[str, Path]  # resource id -> TEI file, in edition order
    endpoints: Endpoints = field(default_factory=Endpoints)
    id: str = "edition"
    title: str = "Five documents on the Soviet purges"
    description: str = "A digital scholarly edition, in TEI P5, of five documents about the Soviet purges."
    publisher: str = "edition project"
    _parsed: dict = field(default_factory=dict, repr=False, compare=False)

    def root(self, resource: str | None):
        if not resource:
            raise DtsError(400, "the resource parameter is required")
        if resource not in self.documents:
            raise DtsError(404, f"no resource {resource!r}")
        path = Path(self.documents[resource])
        stat = path.stat()
        key = (resource, stat.st_mtime_ns, stat.st_size)
        if key not in self._parsed:  # parsed again only when the file changes
            self._parsed = {k: v for k, v in self._parsed.items() if k[0] != resource}
            self._parsed[key] = xmlsafe.parse_file(path).getroot()
        return self._parsed[key]


def response_head(kind: str, id_: str) -> dict:
    """The members every top-level DTS response starts with."""
    return {"@context": CONTEXT, "dtsVersion": VERSION, "@id": id_, "@type": kind}
