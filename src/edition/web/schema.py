"""/about/schema/: the documentation of the edition's TEI customisation (schema/edition.odd).

The page is docs/schema.md, which `python -m edition.schema_build` writes from the ODD; its JSON
twin gives the same elements, attributes and rules as data, read from the installed schema
files that `edition validate` uses.
"""

from dataclasses import asdict

from flask import abort, jsonify, render_template

from ..errors import EditionError
from ..resources import data_file
from ..schema_build.docs import ENGINE_RULES, schematron_rules
from ..validate.vocabulary import vocabulary
from .markdown_doc import markdown_html


def page():
    try:
        html = markdown_html(data_file("docs", "schema.md"), "schema-", drop_title=True)
    except EditionError:
        abort(404)
    return render_template("schema.html", schema_doc=html, twin="api_schema")


def api_schema():
    try:
        elements = vocabulary(data_file("schema", "edition.rng"))
        rules = schematron_rules(data_file("schema", "edition.sch"))
    except EditionError:
        abort(404)
    engine = [{"id": rid, "severity": severity, "kind": "validator", "context": None, "message": text}
              for rid, severity, text in ENGINE_RULES]
    return jsonify({"customisation": "schema/edition.odd", "download": "/download/edition.zip",
                    "elements": [asdict(el) for el in elements.values()], "rules": engine + rules})
