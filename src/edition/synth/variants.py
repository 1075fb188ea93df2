"""One synthetic document from a real one: same markup, different ids, order and dates.

Every change keeps the document valid under the edition's rules (docs/encoding.md):
- ids: the real document id is a prefix of every id inside it, so replacing the prefix in
  every xml:id and in every pointer to it (#id, target lists) keeps ids unique and links whole;
- paragraphs: only "plain" sibling paragraphs trade places (no page break, note, anchor or
  note marker inside), so page order and note numbering stay as they were;
- dates: every date in the text moves by the same whole number of years (29 February becomes
  28 February in a common year), so from <= to and notBefore <= notAfter still hold;
- persons: a closing paragraph mentions the generated persons this document is assigned.
"""

import calendar
from copy import deepcopy
import random
import re

from lxml import etree

from ..tei.namespaces import NS, T, XML_ID
DATE_ATTRS = ("when", "notBefore", "notAfter", "from", "to")
# Inside one of these a paragraph is not moved: it carries pages, notes or targets of links.
_FIXED = "tei:pb|.//tei:pb|.//tei:note|.//tei:anchor|.//tei:ref|.//tei:milestone|.//tei:lb|.//tei:fw"
_ISO = re.compile(r"^(-?\d{4})(-\d{2})?(-\d{2})?$")


def rename_ids(root, old: str, new: str) -> None:
    """Replace the document id prefix `old` by `new` in every id and same-document pointer, and in
    the header's `idno type="edition"`, which names the document."""
    def renamed(token: str) -> str:
        hash_ = "#" if token.startswith("#") else ""
        bare = token[len(hash_):]
        if bare == old or bare.startswith(old + "-"):
            return hash_ + new + bare[len(old):]
        return token

    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            if name == XML_ID or "#" in value or value == old or value.startswith(old + "-"):
                el.set(name, " ".join(renamed(t) for t in value.split(" ")))
    for idno in root.iterfind(f".//{T}idno[@type='edition']"):  # the header's own name for the document
        if (idno.text or "").strip() == old:
            idno.text = new


def shuffle_paragraphs(root, rng: random.Random) -> int:
    """Shuffle plain paragraphs among their own positions in each parent; return how many moved."""
    moved = 0
    for parent in root.iterfind(f".//{T}text//*"):
        plain = [p for p in parent if p.tag == f"{T}p" and not p.xpath(_FIXED, namespaces=NS)]
        if len(plain) < 2:
            continue
        order = plain[:]
        rng.shuffle(order)
        slots = [(p, p.tail) for p in plain]
        for (slot, tail), para in zip(slots, order):
            if slot is not para:
                moved += 1
        copies = [deepcopy(p) for p in order]
        for (slot, tail), para in zip(slots, copies):
            para.tail = tail
            parent.replace(slot, para)
    return moved


def _shift(value: str, years: int) -> str:
    match = _ISO.match(value)
    if not match:
        return value
    year = int(match[1]) + years
    if not 1 <= year <= 9999:
        return value
    month, day = match[2] or "", match[3] or ""
    if month == "-02" and day == "-29" and not calendar.isleap(year):
        day = "-28"
    return f"{year:04d}{month}{day}"


def shift_dates(root, years: int) -> int:
    count = 0
    for date in root.iterfind(f"{T}text//{T}date"):
        for name in DATE_ATTRS:
            if date.get(name):
                date.set(name, _shift(date.get(name), years))
                count += 1
    return count


def retitle(root, number: int) -> None:
    for title in root.xpath("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1]", namespaces=NS):
        if len(title):
            title[-1].tail = (title[-1].tail or "") + f" (synthetic copy {number})"
        else:
            title.text = (title.text or "") + f" (synthetic copy {number})"


def mention(root, persons: list[tuple[str, str]]) -> None:
    """A closing paragraph naming `persons` ((id, name) pairs) in the body's last division."""
    if not persons:
        return
    # After the body's last paragraph that sits directly in a division: a place that takes a <p>.
    last = root.xpath("(tei:text/tei:body//tei:div/tei:p)[last()]", namespaces=NS)
    para = etree.Element(f"{T}p")
    para.text = "Also named: "
    for i, (pid, name) in enumerate(persons):
        el = etree.SubElement(para, f"{T}persName", ref=f"persons.xml#{pid}")
        el.text, el.tail = name, (", " if i < len(persons) - 1 else ".")
    if last:
        para.tail = last[0].tail
        last[0].addnext(para)
    else:
        root.xpath("tei:text/tei:body", namespaces=NS)[0].append(para)


def vary(tree, new_id: str, number: int, persons: list[tuple[str, str]], rng: random.Random):
    """`tree` (a real document, changed in place) made into synthetic document `new_id`."""
    root = tree.getroot()
    rename_ids(root, root.get(XML_ID), new_id)
    shuffle_paragraphs(root, rng)
    shift_dates(root, rng.randint(-3, 3))
    retitle(root, number)
    mention(root, persons)
    return tree
