"""The Entry and Collection endpoints: the edition as one collection of its five documents.

Root collection: @id = the edition's id ("edition"), members = the five Resources (edition
order) with their citation trees. A Resource carries Dublin Core from its teiHeader
(metadata.py), the three URI templates filled with its id, and mediaTypes [application/tei+xml].
"""

from . import metadata, tree
from .edition import CONTEXT, TEI_MEDIA_TYPE, VERSION, Edition, response_head
from .errors import DtsError


def entry(edition: Edition) -> dict:
    e = edition.endpoints
    out = response_head("EntryPoint", e.entry_id())
    out.update(collection=e.collection_template(), navigation=e.navigation_template(),
               document=e.document_template())
    return out


def resource_object(edition: Edition, resource: str, root=None, full: bool = True) -> dict:
    root = root if root is not None else edition.root(resource)
    e = edition.endpoints
    out = {"@id": resource, "@type": "Resource", "title": metadata.title(root), "totalParents": 1,
           "totalChildren": 0, "collection": e.collection_for(resource),
           "navigation": e.navigation_for(resource), "document": e.document_for(resource),
           "citationTrees": tree.citation_trees(root), "mediaTypes": [TEI_MEDIA_TYPE]}
    if full:
        out["dublinCore"] = metadata.dublin_core(root)
    return out


def _root_collection(edition: Edition, full: bool) -> dict:
    out = {"@id": edition.id, "@type": "Collection", "title": edition.title, "description": edition.description,
           "totalParents": 0, "totalChildren": len(edition.documents),
           "collection": edition.endpoints.collection_for(edition.id)}
    if full:
        out["dublinCore"] = {"title": [{"lang": "en", "value": edition.title}], "publisher": [edition.publisher]}
    return out


def collection(edition: Edition, id: str | None = None, nav: str | None = None, page: int | None = None) -> dict:
    """The root collection (id None or the edition's id) with its five resources, or one resource."""
    if nav not in (None, "children", "parents"):
        raise DtsError(400, "nav must be 'children' or 'parents'")
    if page not in (None, 1):
        raise DtsError(404, "the collection has one page")
    if id in (None, edition.id):
        out = {"@context": CONTEXT, "dtsVersion": VERSION, **_root_collection(edition, True)}
        out["collection"] = edition.endpoints.collection_template()
        out["member"] = [] if nav == "parents" else [resource_object(edition, r, full=False) for r in edition.documents]
        return out
    out = {"@context": CONTEXT, "dtsVersion": VERSION, **resource_object(edition, id)}
    if nav == "parents":
        out["member"] = [_root_collection(edition, False)]
    return out
