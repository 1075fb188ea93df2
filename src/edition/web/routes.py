"""Every URL of the viewer, in one table (rule -> view), and how each expands for the export.

Each HTML page has a JSON twin (the `twin` column names its endpoint). JSON URLs end in
`.json` so the static export can hold `/api/persons.json` next to the folder `/api/persons/`.
Routes answering query parameters (search, DTS) stand for no page of the export (`never`): the
static site carries their static twins instead (search.js over the sharded index the export
writes, edition.search.static; DTS level 0).
Ids in URLs match a strict pattern (no dots, no slashes) and are then looked up in the
corpus: they never name a file. The fixed segments beside an entry's id (letter, in, page,
by-frequency) are named in edition.pathsegments, which reserves them: no entry may take one.
"""

from functools import partial
from typing import Callable, NamedTuple

from flask import Blueprint
from werkzeug.routing import BaseConverter

from ..pathsegments import BY_FREQUENCY, IN, LETTER, PAGE
from ..tei.registers import NOUNS
from . import (about, chronology, chronology_filters, documents, downloads, dts, entities, paging, persons, schema,
               search, sitemap, suggest)


class LetterConverter(BaseConverter):
    regex = r"[a-z]|" + entities.OTHER


class DocIdConverter(BaseConverter):
    regex = r"[a-z0-9]+(?:-[a-z0-9]+)*"


class PersonIdConverter(BaseConverter):
    regex = r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*"


CONVERTERS = {"docid": DocIdConverter, "personid": PersonIdConverter, "letter": LetterConverter,
              "entityid": PersonIdConverter}


def once(corpus):
    return [{}]


def never(corpus):
    return []


def each_document(corpus):
    return [{"doc_id": d} for d in corpus.documents]


def own_document(corpus):
    """As each_document, for pages made from their document alone (and the personography): the
    build writes them again only when that document changed."""
    return each_document(corpus)


def each_person(corpus):
    return [{"person_id": p} for p in corpus.persons]


def each_place(corpus):
    return [{"entity_id": p} for p in corpus.entries("places")]


def each_organisation(corpus):
    return [{"entity_id": o} for o in corpus.entries("organisations")]


class Route(NamedTuple):
    rule: str
    endpoint: str
    view: Callable
    each: Callable  # corpus -> [url values]: the pages this rule stands for (static export)
    twin: str | None = None  # the JSON twin of an HTML page


def paged(route: Route, pages: Callable) -> list[Route]:
    """A list's rule, and the rule of its pages from the second on (paging.py): `page/<n>/` after
    an HTML page's path, `/page/<n>.json` in place of a JSON twin's `.json`; `pages(corpus,
    **values)` says how many pages each of the list's URLs has, for the export."""
    def each(c):
        return [{**values, "number": n} for values in route.each(c) for n in range(2, pages(c, **values) + 1)]

    number = f"{PAGE}/<int(min=2):number>"
    rule = route.rule[:-len(".json")] + f"/{number}.json" if route.rule.endswith(".json") else route.rule + number + "/"
    twin = route.twin + paging.SUFFIX if route.twin else None
    return [route, Route(rule, route.endpoint + paging.SUFFIX, route.view, each, twin)]


def _of_documents(c, **_):
    return documents.pages(c)



def entity_routes(register: str, each) -> list:
    """The index of a register (/places/), paged, by letter (/places/letter/<l>/) and per document
    (/places/in/<doc>/), and one page per entry (/places/<id>/, its occurrences paged), with JSON twins
    (/api/places.json, /api/places/<id>.json…); endpoints "places", "places_letter", "places_in",
    "place" and "api_" before each."""
    pages, one = entities.index_pages(register), NOUNS[register]
    lists = [("", "", once), ("_letter", f"/{LETTER}/<letter:letter>", entities.each_letter(register)),
             ("_in", f"/{IN}/<docid:doc_id>", each_document)]
    return [*(route for suffix, path, values in lists for route in (
                *paged(Route(f"/{register}{path}/", register + suffix, partial(entities.index, register), values,
                             f"api_{register}{suffix}"), pages),
                *paged(Route(f"/api/{register}{path}.json", f"api_{register}{suffix}",
                             partial(entities.api_index, register), values), pages))),
            *paged(Route(f"/{register}/<entityid:entity_id>/", one, partial(entities.page, register), each,
                         f"api_{one}"), entities.occurrence_pages(register)),
            *paged(Route(f"/api/{register}/<entityid:entity_id>.json", f"api_{one}", partial(entities.api_entry, register),
                         each), entities.occurrence_pages(register))]


def chronology_routes(rule: str, twin_rule: str, suffix: str, each) -> list:
    """One list of the chronology (all, a document's, a person's, a place's, a year's) and its JSON
    twin, both paged; endpoints "chronology" + suffix and "api_chronology" + suffix."""
    pages = chronology.list_pages
    return [*paged(Route(rule, "chronology" + suffix, chronology.page, each, "api_chronology" + suffix), pages),
            *paged(Route(twin_rule + ".json", "api_chronology" + suffix, chronology.api, each), pages)]


ROUTES = [
    *paged(Route("/", "home", documents.home, once, "api_documents"), _of_documents),
    *paged(Route("/api/documents.json", "api_documents", documents.api_documents, once), _of_documents),
    Route("/doc/<docid:doc_id>/", "document", documents.reading, own_document, "api_document"),
    Route("/doc/<docid:doc_id>/diplomatic/", "document_diplomatic", documents.diplomatic, own_document, "api_document"),
    Route("/api/documents/<docid:doc_id>.json", "api_document", documents.api_document, own_document),
    Route("/doc/<docid:doc_id>.xml", "document_xml", downloads.tei, own_document),
    Route("/doc/<docid:doc_id>.txt", "document_text", downloads.text, own_document),
    Route("/doc/<docid:doc_id>.diplomatic.txt", "document_diplomatic_text", downloads.diplomatic_text, own_document),
    Route("/download/edition.zip", "edition_zip", downloads.edition_zip, once),
    *paged(Route("/persons/", "persons", partial(persons.index, "name"), once, "api_persons"), persons.index_pages),
    *paged(Route("/api/persons.json", "api_persons", partial(persons.api_index, "name"), once), persons.index_pages),
    *paged(Route(f"/persons/{BY_FREQUENCY}/", "persons_by_frequency", partial(persons.index, "frequency"), once,
                 "api_persons_by_frequency"), persons.index_pages),
    *paged(Route(f"/api/persons/{BY_FREQUENCY}.json", "api_persons_by_frequency", partial(persons.api_index, "frequency"),
                 once), persons.index_pages),
    *paged(Route(f"/persons/{LETTER}/<letter:letter>/", "persons_letter", partial(persons.index, "name"),
                 persons.each_letter, "api_persons_letter"), persons.index_pages),
    *paged(Route(f"/api/persons/{LETTER}/<letter:letter>.json", "api_persons_letter", partial(persons.api_index, "name"),
                 persons.each_letter), persons.index_pages),
    *paged(Route(f"/persons/{IN}/<docid:doc_id>/", "persons_in", partial(persons.index, "name"), each_document,
                 "api_persons_in"), persons.index_pages),
    *paged(Route(f"/api/persons/{IN}/<docid:doc_id>.json", "api_persons_in", partial(persons.api_index, "name"),
                 each_document), persons.index_pages),
    *paged(Route(f"/persons/{IN}/<docid:doc_id>/{BY_FREQUENCY}/", "persons_by_frequency_in",
                 partial(persons.index, "frequency"), each_document, "api_persons_by_frequency_in"), persons.index_pages),
    *paged(Route(f"/api/persons/{IN}/<docid:doc_id>/{BY_FREQUENCY}.json", "api_persons_by_frequency_in",
                 partial(persons.api_index, "frequency"), each_document), persons.index_pages),
    *paged(Route("/persons/<personid:person_id>/", "person", persons.page, each_person, "api_person"),
           persons.person_pages),
    *paged(Route("/api/persons/<personid:person_id>.json", "api_person", persons.api_person, each_person),
           persons.person_pages),
    *entity_routes("places", each_place),  # /places/, /places/<id>/ and their JSON twins
    *entity_routes("organisations", each_organisation),
    *chronology_routes("/chronology/", "/api/chronology", "", once),
    *chronology_routes("/chronology/in/<docid:doc_id>/", "/api/chronology/in/<docid:doc_id>", "_in", each_document),
    *chronology_routes("/chronology/persons/<personid:person_id>/", "/api/chronology/persons/<personid:person_id>",
                       "_of", chronology.dated_persons),
    *chronology_routes("/chronology/places/<entityid:entity_id>/", "/api/chronology/places/<entityid:entity_id>",
                       "_at", chronology.dated_places),
    *chronology_routes("/chronology/year/<int:year>/", "/api/chronology/year/<int:year>", "_year",
                       chronology.each_year),
    *paged(Route("/chronology/filters/", "chronology_filters", chronology_filters.page, once,
                 "api_chronology_filters"), chronology_filters.list_pages),
    *paged(Route("/api/chronology/filters.json", "api_chronology_filters", chronology_filters.api, once),
           chronology_filters.list_pages),
    Route("/about/", "about", about.page, once, "api_about"),
    Route("/api/about.json", "api_about", about.api_about, once),
    Route("/about/schema/", "schema", schema.page, once, "api_schema"),
    Route("/api/schema.json", "api_schema", schema.api_schema, once),
    Route("/search/", "search", search.page, once),  # its twin, with the query: api_search
    Route("/api/search.json", "api_search", search.api_search, never),
    Route("/search/documents/", "suggest_documents", partial(suggest.page, "doc"), never, "api_suggest_documents"),
    Route("/api/search/documents.json", "api_suggest_documents", partial(suggest.api, "doc"), never),
    Route("/search/persons/", "suggest_persons", partial(suggest.page, "person"), never, "api_suggest_persons"),
    Route("/api/search/persons.json", "api_suggest_persons", partial(suggest.api, "person"), never),
    Route("/search/search.js", "search_script", search.script, once),
    Route("/sitemap.xml", "sitemap", sitemap.sitemap, sitemap.pages),
    Route("/api/dts/", "dts_entry", dts.entry, never),
    Route("/api/dts/collection/", "dts_collection", dts.collection, never),
    Route("/api/dts/navigation/", "dts_navigation", dts.navigation, never),
    Route("/api/dts/document/", "dts_document", dts.document, never),
]


def blueprint() -> Blueprint:
    bp = Blueprint("edition", __name__)
    for route in ROUTES:
        bp.add_url_rule(route.rule, route.endpoint, route.view, methods=["GET"])
    return bp
