"""Write a TEI tree atomically: a temporary file in the target folder, then os.replace, so an
interrupted or failed import never leaves a partial edition file behind.

Indentation is added only between elements of element-only containers (div, list, quote...):
inside mixed content (p, head, item, l, note...) a line break would be a space in the text.
"""

from pathlib import Path

from lxml import etree

from ..atomicwrite import replace_file

# elements whose content is text: never indented inside, whatever their first child is
MIXED = {"p", "head", "item", "l", "note", "label", "ab", "hi", "fw", "docAuthor", "title", "desc",
         "resp", "name", "publisher", "date", "licence", "language", "change", "idno", "ref", "seg",
         "foreign", "del"}


def _indent(el, level=0):
    name = etree.QName(el).localname if isinstance(el.tag, str) else ""
    children = list(el)
    if not children or name in MIXED or (el.text and el.text.strip()) \
            or any(c.tail and c.tail.strip() for c in children):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in children:
        child.tail = pad
        _indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def serialize(tree) -> bytes:
    root = tree.getroot()
    _indent(root)
    lines = [b"<?xml version='1.0' encoding='UTF-8'?>"]
    lines += [etree.tostring(pi, encoding="UTF-8", with_tail=False) for pi in _preceding(root)]
    lines.append(etree.tostring(root, encoding="UTF-8"))
    return b"\n".join(lines) + b"\n"


def _preceding(root):
    """The processing instructions before the root element (the xml-model lines), in order."""
    found = []
    node = root.getprevious()
    while node is not None:
        found.insert(0, node)
        node = node.getprevious()
    return found


def write_atomic(tree, path: Path) -> None:
    replace_file(path, serialize(tree))
