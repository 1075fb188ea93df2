"""DTS 1.0 over HTTP (https://dtsapi.org/versions/v1.0/): the four endpoints of edition.dts,
under /api/dts/, each a line mapping query parameters to the pure function and its answer to
HTTP: JSON-LD (application/ld+json) or TEI (application/tei+xml) with the Link header the
specification asks of the Document endpoint; a DtsError becomes a JSON error with its status.
"""

import json

from flask import Response, request
from werkzeug.http import HTTP_STATUS_CODES

from ..dts import DtsError, params
from ..dts.collection import collection as dts_collection, entry as dts_entry
from ..dts.document import document as dts_document
from ..dts.edition import CONTEXT, TEI_MEDIA_TYPE, VERSION
from ..dts.navigation import navigation as dts_navigation
from .canonical import base_url
from .state import edition

JSON_LD = "application/ld+json"
BASE = "/api/dts"


def _edition():
    # The @ids and templates name the edition's public address when it has one, else this server's paths.
    public = base_url()
    return edition().dts(public.rstrip("/") + BASE if public else request.script_root + BASE)


def _open(response: Response) -> Response:
    # DTS clients are mostly other sites' reading tools: the public, read-only API may be fetched
    # from any origin (no cookies or credentials exist here to leak).
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "Link"
    return response


def _json(data: dict, status: int = 200) -> Response:
    return _open(Response(json.dumps(data, ensure_ascii=False, indent=1) + "\n", status=status, mimetype=JSON_LD))


def entry():
    return _json(dts_entry(_edition()))


def collection():
    return _json(dts_collection(_edition(), **params.collection_args(request.args)))


def navigation():
    return _json(dts_navigation(_edition(), **params.navigation_args(request.args)))


def document():
    ed = _edition()
    args = params.document_args(request.args)
    text = dts_document(ed, **args)
    response = _open(Response(text, mimetype=TEI_MEDIA_TYPE))
    response.headers["Link"] = f'<{ed.endpoints.collection_url(args["resource"])}>; rel="collection"'
    return response


def error(exc: DtsError) -> Response:
    """The error as the JSON the rest of /api/ answers with, plus the DTS context."""
    title = HTTP_STATUS_CODES.get(exc.status, "Error")
    return _json({"@context": CONTEXT, "dtsVersion": VERSION, "@type": "Error", "statusCode": exc.status,
                  "title": title, "description": exc.message, "error": title, "status": exc.status}, exc.status)


def register(app) -> None:
    app.register_error_handler(DtsError, error)
