"""The edition's front page and the document pages (reading and diplomatic), with JSON twins."""

from flask import jsonify, render_template, request

from .citations import citation
from .links import link, relative
from .rendering import article_html
from .state import cached_page, corpus, document_or_404

VIEWS = ("reading", "diplomatic")


def _summary(c, doc) -> dict:
    """A document's line in the list: header and counts only (nothing rendered or quoted)."""
    return {**doc.to_json(), "citation": citation(c, doc), "persons": len(c.people_in(doc.id)),
            "mentions": c.mention_count(doc.id), "interventions": c.intervention_count(doc.id)}


def home():
    c = corpus()
    return cached_page(("home",), lambda: render_template(
        "home.html", documents=[_summary(c, d) for d in c.documents.values()], persons=len(c.persons),
        twin="api_documents"))


def api_documents():
    c = corpus()
    return jsonify({"documents": [{**_summary(c, d), "url": link("document", doc_id=d.id)} for d in c.documents.values()]})


def _page(doc_id: str, view: str):
    c = corpus()
    doc = document_or_404(doc_id)

    def make():
        article = article_html(doc, view, relative("/persons/", request.path))
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
