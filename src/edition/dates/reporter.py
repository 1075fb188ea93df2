"""What `edition dates` reports: untagged date-like strings and `date`s with a bad normalisation.

Pure: file text in, findings out (each a dict with line, col, kind, message), so the command
only formats them.
"""

from ..xmlsafe import TEI_NS, parse_bytes, require_tei
from .normalise import ATTRIBUTES, problems
from .recogniser import Context, find_dates
from .scope import skipped
from ..sourcetext import StartTag, Text, events
from ..tei.positions import Positions


def untagged(raw: str, exceptions=()) -> list[dict]:
    """Date-like strings outside `date` (and outside the skipped scope), with line:col."""
    where = Positions(raw)
    found = []
    for event in events(raw):
        if not isinstance(event, Text) or any(skipped(el.name, el.attrs.get("type")) for el in event.ancestors):
            continue
        for d in find_dates(event.text, Context(), exceptions):
            line, col = where.line_col(event.offsets[d.start])
            found.append({"line": line, "col": col, "kind": "untagged", "text": d.text,
                          "message": f"date-like text not in <date>: {d.text!r}"})
    return found


def invalid(raw: str, name: str) -> list[dict]:
    """`date` elements (anywhere, header included) whose normalisation is missing or wrong."""
    tree = require_tei(parse_bytes(raw.encode("utf-8"), name), name)
    where = Positions(raw)
    tags = [e.offset for e in events(raw) if isinstance(e, StartTag) and e.element.name == "date"]
    found = []
    for i, el in enumerate(tree.iter(f"{{{TEI_NS}}}date")):
        line, col = where.line_col(tags[i]) if i < len(tags) else (el.sourceline or 1, 1)
        attrs = {a: el.get(a) for a in ATTRIBUTES if el.get(a) is not None}
        for problem in problems(attrs):
            text = "".join(el.itertext()).strip()
            found.append({"line": line, "col": col, "kind": "invalid", "text": text,
                          "message": f"<date> {text!r}: {problem}"})
    return found


def report(raw: str, name: str, exceptions=(), *, register: bool = False) -> list[dict]:
    """Invalid `date`s, and date-like text outside `date`; a register's prose (life dates in
    `birth`/`death`, an organisation's notes) is not the edition's text, so only its values count."""
    findings = invalid(raw, name) + ([] if register else untagged(raw, exceptions))
    return sorted(findings, key=lambda f: (f["line"], f["col"]))
