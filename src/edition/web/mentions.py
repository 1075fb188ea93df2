"""Every name of a document's text (persName, placeName, orgName) as a keyword-in-context line:
the raw material of the indexes of persons, places and organisations.

Each mention knows its place as a reader finds it (the printed page, the paragraph or note)
and whether it stands inside the title of a work (*Staline au Pouvoir*, *The Reign of Stalin*):
such a name is part of a title, not a reference to the person, and is counted apart.
"""

from dataclasses import dataclass

from .. import anchors
from ..places import place
from ..tei.editors_notes import in_editors_note
from ..tei.namespaces import T
from ..tei.refs import entity_ids
from ..tei.registers import NAME_TAGS as TAGS
from ..tei.registers import NOUNS
from .quotes import quotes


@dataclass(frozen=True)
class Mention:
    doc_id: str
    entity_id: str  # the id in its register (persons.xml, places.xml, organisations.xml)
    n: int  # 1-based position among the document's persNames: the HTML anchor's number
    anchor: str  # fragment id of the mention in /doc/<id>/
    block: str  # fragment id of the paragraph (or note) around it
    before: str
    text: str
    after: str
    cert: str
    in_title: bool = False  # inside a work's title: not a reference to the person
    page: str = ""  # html id of the page it is printed on ("page667"), or ""
    page_n: str = ""  # that page's printed number, or "" (unnumbered or inferred)
    register: str = "persons"
    where: str = ""  # the block as a reader names it ("¶ 12", "note 24": places.where)

    @property
    def place(self) -> str:
        """'p. 667, ¶ 12', 'p. 667, note 24', '¶ 3': where a reader finds it."""
        return place(self.page_n, self.where)

    def to_json(self) -> dict:
        return {"document": self.doc_id, NOUNS[self.register]: self.entity_id, "anchor": self.anchor, "block": self.block,
                "before": self.before, "text": self.text, "after": self.after, "cert": self.cert or None,
                "in_title": self.in_title, "page": self.page or None, "page_n": self.page_n or None,
                "place": self.place or None}


def in_title(el) -> bool:
    return next(el.iterancestors(T + "title"), None) is not None


def named_in(tree) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """({register: {entry id: mentions}}, {register: {entry id: of those, inside titles of works}}):
    what mentions_in would list for every register, counted without quoting, in one walk (the
    viewer's index of documents and the indexes need only these counts). Names in the editors'
    notes are not counted."""
    text = tree.getroot().find(T + "text")
    registers = {T + tag: register for register, tag in TAGS.items()}
    counts: dict[str, dict[str, int]] = {r: {} for r in TAGS}
    titled: dict[str, dict[str, int]] = {r: {} for r in TAGS}
    for el in text.iter(*registers) if text is not None else ():
        if in_editors_note(el):
            continue
        register, inside = registers[el.tag], in_title(el)
        for eid in entity_ids(el.get("ref") or "", register):
            counts[register][eid] = counts[register].get(eid, 0) + 1
            if inside:
                titled[register][eid] = titled[register].get(eid, 0) + 1
    return counts, titled


def mentions_in(tree, doc_id: str, only: set | None = None, register: str = "persons") -> list[Mention]:
    """Every mention of the register's entries in the document, or only those of the entries in
    `only` (an entry's page quotes only its own: quoting a block is the costly part). Names in the
    editors' notes are numbered like the others (their anchors stay) but are not the document's mentions."""
    root = tree.getroot()
    text = root.find(T + "text")
    if text is None:
        return []
    tag = TAGS[register]
    names = [el for el in text.iter(T + tag) if el.get("ref")]
    numbered = {el: i for i, el in enumerate(names, 1)}
    ids = anchors.mention_ids(root, doc_id, tag)
    peers = [el for el in names if not in_editors_note(el)]
    found = quotes(root, peers, lambda el: only is None or not only.isdisjoint(entity_ids(el.get("ref"), register)), ids)
    out = []
    for el, q in found.items():
        for eid in entity_ids(el.get("ref"), register):
            if only is None or eid in only:
                out.append(Mention(doc_id, eid, numbered[el], q.anchor, q.block, q.before, q.text, q.after,
                                   el.get("cert", ""), in_title(el), q.page, q.page_n, register, q.where))
    return sorted(out, key=lambda m: m.n)
