"""The idiomatic TEI forms of docs/encoding.md that only the whole draft can take (pure: tree in,
tree changed in place): a title page in `front`, the chapter number as a `label` of the one head,
the back division the endnote markers point at, release codes on a line of their own as
`ab type="release-code"`, and the declassifying hand of struck classification lines."""

from lxml import etree

from .tei import tei, xml


def _local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def front_matter(text_el, body) -> None:
    """A leading `div type="title-page"` (the text before the first slide) becomes front/titlePage:
    its heads and lines the docTitle's parts (the first `main`, the others `sub`) for the editors to
    sort, its byline, figures and furniture kept in order."""
    first = next(iter(body), None)
    if first is None or first.get("type") != "title-page":
        return
    kinds = {_local(c) for c in first}
    if not kinds & {"head", "p"} or kinds - {"head", "p", "byline", "figure", "pb", "fw"}:
        del first.attrib["type"]  # not a title page TEI can hold: an untyped division, for the editors
        return
    page = etree.Element(tei("titlePage"))
    doc_title = None
    for child in list(first):
        if _local(child) in ("head", "p"):
            if doc_title is None:
                doc_title = etree.SubElement(page, tei("docTitle"))
            child.tag = tei("titlePart")
            child.set("type", "sub" if len(doc_title) else "main")
            doc_title.append(child)
        else:
            page.append(child)
    body.remove(first)
    etree.SubElement(text_el, tei("front")).append(page)
    text_el.append(body)  # front first


def chapter_label(body) -> None:
    """A bare number heading over the title: one head, the number its label and the div's @n."""
    for div in body.iter(tei("div")):
        heads = [c for c in div if _local(c) == "head"][:2]
        if len(heads) == 2 and heads[0].getnext() is heads[1] and (heads[0].text or "").strip().isdigit() and not len(heads[0]):
            number = heads[0].text.strip()
            label = etree.Element(tei("label"))
            label.text = number
            label.tail = " " + (heads[1].text or "")
            heads[1].text = None
            heads[1].insert(0, label)
            div.set("n", number)
            div.remove(heads[0])


def endnotes_back(text_el, doc_id: str) -> None:
    """The division the endnote markers point at, saying their notes are not in the transcription."""
    numbers = [r.get("n") for r in text_el.iter(tei("ref")) if r.get("type") == "endnote"]
    if not numbers:
        return
    div = etree.SubElement(etree.SubElement(text_el, tei("back")), tei("div"), type="endnotes")
    div.set(xml("id"), f"{doc_id}-endnotes")
    gap = etree.SubElement(div, tei("gap"), reason="not-transcribed")
    etree.SubElement(gap, tei("desc")).text = (
        f"the endnotes {numbers[0]}–{numbers[-1]}, printed elsewhere in the source, are not in the transcription")


def release_codes(body) -> None:
    """A paragraph holding nothing but a release code is the code's line: ab type="release-code"."""
    for p in list(body.iter(tei("p"))):
        if len(p) == 1 and _local(p[0]) == "stamp" and not (p.text or "").strip() and not (p[0].tail or "").strip():
            p.tag = tei("ab")
            p.set("type", "release-code")


def declassification(header, body, doc_id: str) -> None:
    """Struck classification lines were struck by the declassification review: @hand and its handNote."""
    struck = list(body.iter(tei("del")))
    if not struck:
        return
    hand = f"{doc_id}-declassification"
    for d in struck:
        d.set("hand", f"#{hand}")
    notes = etree.SubElement(header.find(tei("profileDesc")), tei("handNotes"))
    note = etree.SubElement(notes, tei("handNote"))
    note.set(xml("id"), hand)
    note.text = "The declassification review, which struck the classification markings through (to be described by the editors)."
