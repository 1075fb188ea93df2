"""Write the ids of anchors.py onto the XSLT's HTML: mentions and interventions become linkable.

The XSLT emits one `.person` element per outermost persName and one `.choice`, `.supplied`,
`.gap` or `.redaction` element per choice, supplied and gap, in `anchors.in_html_order`. The
ids are written only when the two sequences agree (same length, same person ids); otherwise
the page is left as rendered and links fall back to the paragraph.
"""

import lxml.html

from . import anchors

T = anchors.T
PERSON = {"person"}
PLACE = {"choice", "supplied", "gap", "redaction"}


def _classes(el) -> set:
    return set((el.get("class") or "").split())


def _expected(root, doc_id: str):
    mids, iids = anchors.mention_ids(root, doc_id), anchors.intervention_ids(root, doc_id)
    names = [el for el in anchors.in_html_order(root, [T + "persName"])
             if next(el.iterancestors(T + "persName"), None) is None]
    people = [(mids.get(el), (el.get("ref") or "").partition("#")[2]) for el in names]
    places = [iids.get(el) for el in anchors.in_html_order(root, anchors.INTERVENTIONS)]
    return people, places


def add_ids(html: str, tei_root, doc_id: str) -> str:
    people, places = _expected(tei_root, doc_id)
    frag = lxml.html.fragment_fromstring(html, create_parent="div")
    found_people = [el for el in frag.iter() if isinstance(el.tag, str) and _classes(el) & PERSON]
    found_places = [el for el in frag.iter() if isinstance(el.tag, str) and _classes(el) & PLACE]
    changed = False
    if len(found_people) == len(people) and all(
            el.get("data-person") in (None, pid) for el, (_, pid) in zip(found_people, people)):
        for el, (anchor, _) in zip(found_people, people):
            if anchor and not el.get("id"):
                el.set("id", anchor)
                changed = True
    if len(found_places) == len(places):
        for el, anchor in zip(found_places, places):
            if anchor and not el.get("id"):
                el.set("id", anchor)
                changed = True
    if not changed:
        return html
    return "".join(lxml.html.tostring(child, encoding="unicode") for child in frag)
