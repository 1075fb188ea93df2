"""The edition's front page and the document pages (reading and diplomatic), with JSON twins."""

from flask import jsonify, render_template, request

from . import paging
from .citations import citation
from .links import link, relative
from .rendering import article_html
from .state import cached_page, corpus, document_or_404

VIEWS = ("reading", "diplomatic")


def _summary(c, doc) -> dict:
    """A document's line in the list: header and counts only (nothing rendered or quoted; the
    document's file is read alone if the corpus's index is not made yet)."""
    return {**doc.to_json(), **c.own(doc.id).contents.to_json(), "citation": citation(c, doc),
            "persons": len(c.people_in(doc.id)), "mentions": c.mention_count(doc.id),
            "interventions": c.intervention_count(doc.id)}


def pages(c) -> int:
    """How many pages the list of documents takes (routes.py: the export's pages)."""
    return paging.count(len(c.documents), paging.size("documents"))


def _listed(c, number: int) -> paging.Page:
    return paging.page_of(list(c.documents.values()), number, paging.size("documents"), "home")


def home(number: int = 1):
    c = corpus()

    def make():
        page = _listed(c, number)
        return render_template("home.html", documents=[_summary(c, d) for d in page.items], page=page,
                               persons=len(c.persons), twin="api_documents" + (paging.SUFFIX if number > 1 else ""),
                               twin_args={"number": number} if number > 1 else {})
    return cached_page(("home", number), make)


def api_documents(number: int = 1):
    c = corpus()
    page = _listed(c, number)
    return jsonify({**page.to_json("api_documents"),
                    "documents": [{**_summary(c, d), "url": link("document", doc_id=d.id)} for d in page.items]})


def _page(doc_id: str, view: str):
    c = corpus()
    doc = document_or_404(doc_id)

    def make():
        article = article_html(doc, view, relative("/", request.path))
        return render_template("document.html", doc=doc, view=view, article=article,
                               apparatus=c.apparatus.get(doc.id, []), people=c.people_in(doc.id),
                               twin="api_document", twin_args={"doc_id": doc.id})
    return cached_page(("document", doc.id, view), make)


def reading(doc_id: str):
    return _page(doc_id, "reading")


def diplomatic(doc_id: str):
    return _page(doc_id, "diplomatic")


def api_document(doc_id: str):
    c = corpus()
    doc = document_or_404(doc_id)
    return jsonify({
        **_summary(c, doc),
        "urls": {"reading": link("document", doc_id=doc.id), "diplomatic": link("document_diplomatic", doc_id=doc.id),
                 "tei": link("document_xml", doc_id=doc.id), "text": link("document_text", doc_id=doc.id),
                 "diplomatic_text": link("document_diplomatic_text", doc_id=doc.id)},
        "apparatus": [i.to_json() for i in c.apparatus.get(doc.id, [])],
        "mentions": [m.to_json() for m in c.by_document.get(doc.id, [])],
    })
