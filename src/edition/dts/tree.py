"""The citation trees of a document: divisions and paragraphs (default), and pages ("pages").

Default tree. Every `div` in `text` is a citable unit, identified by its position among its
sibling divisions, dotted from the top ("d1", "d1.2", "d2"), with citeType = its @type
(chapter, section, slide, letter…). Every paragraph of the running text (a `p` in `text` that
is not inside a note and not inside another `p`) is a citable unit identified by the id the
reading view gives it ("p12": the position of the `p` among all `text//p`), so
/doc/{id}/#p12 and ref=p12 name the same paragraph; its parent is its nearest division.
The citeStructure lists the nesting that actually occurs (chapter > section > paragraph…).

Tree "pages". Every `pb` is a citable unit "page" identified by the reading view's page id
("page667", "page-u1" for an unnumbered break), level 1; its passage runs to the next `pb`.
A document without page breaks has no pages tree.

A tree is made once per parsed document (`tree` keeps the last few): every response about a
unit asks for its document's whole tree, and the static export writes one per unit.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from .. import anchors
from ..tei.namespaces import T
from ..tei.reading import not_reading

PAGES = "pages"


@dataclass
class Node:
    identifier: str
    level: int
    parent: str | None
    cite_type: str
    element: object
    title: str = ""
    children: list = field(default_factory=list)


def reading(el) -> str:
    """An element's reading text on one line (corrections, not the printed errors; no notes)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag != T + "note" and not not_reading(child):  # a note: its own passage
            parts.append(reading(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _div_title(div) -> str:
    return " ".join(h for h in (reading(x) for x in div.findall(T + "head")) if h)


def _in_flow(p) -> bool:
    return next(p.iterancestors(T + "note", T + "p"), None) is None


def default_tree(root) -> list[Node]:
    """The units of the default tree in document order (pre-order)."""
    text = root.find(T + "text")
    if text is None:
        return []
    paragraphs = anchors.paragraph_ids(root)
    out: list[Node] = []

    def visit(el, parent: Node | None, counter: list[int]):
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag == T + "div":
                counter[0] += 1
                ident = (parent.identifier + "." if parent else "d") + str(counter[0])
                node = Node(ident, (parent.level if parent else 0) + 1, parent.identifier if parent else None,
                            child.get("type") or "division", child, _div_title(child))
                out.append(node)
                if parent:
                    parent.children.append(node)
                visit(child, node, [0])
            elif child.tag == T + "p" and _in_flow(child):
                node = Node(paragraphs[child], (parent.level if parent else 0) + 1,
                            parent.identifier if parent else None, "paragraph", child)
                out.append(node)
                if parent:
                    parent.children.append(node)
            elif child.tag != T + "note":
                visit(child, parent, counter)

    visit(text, None, [0])
    return out


def pages_tree(root) -> list[Node]:
    text = root.find(T + "text")
    if text is None:
        return []
    pages = anchors.page_ids(root)
    return [Node(pages[pb][0], 1, None, "page", pb, f"p. {pages[pb][1]}" if pages[pb][1] else "unnumbered page")
            for pb in text.iter(T + "pb")]


@lru_cache(maxsize=16)  # keyed by the parsed root itself: a changed file is parsed anew
def tree(root, name: str | None) -> list[Node] | None:
    """The nodes of the named tree (None: default), or None when the document has no such tree;
    shared by its callers, who only read it."""
    if name is None:
        return default_tree(root)
    if name == PAGES:
        nodes = pages_tree(root)
        return nodes or None
    return None


def cite_structure(nodes: list[Node]) -> list[dict]:
    """The CiteStructure list describing how the nodes' citeTypes nest."""
    def merge(children: list[Node]) -> list[dict]:
        order: list[str] = []
        grand: dict[str, list[Node]] = {}
        for n in children:
            if n.cite_type not in grand:
                order.append(n.cite_type)
                grand[n.cite_type] = []
            grand[n.cite_type].extend(n.children)
        out = []
        for cite_type in order:
            item = {"@type": "CiteStructure", "citeType": cite_type}
            below = merge(grand[cite_type])
            if below:
                item["citeStructure"] = below
            out.append(item)
        return out

    return merge([n for n in nodes if n.parent is None])


def citation_trees(root) -> list[dict]:
    trees = [{"@type": "CitationTree", "citeStructure": cite_structure(tree(root, None)),
              "description": "Divisions (d1, d1.2…) and their paragraphs (p1, p2…, the reading view's ids)"}]
    if tree(root, PAGES):
        trees.append({"@type": "CitationTree", "identifier": PAGES,
                      "citeStructure": [{"@type": "CiteStructure", "citeType": "page"}],
                      "description": "Pages of the printed source, from page break to page break"})
    return trees
