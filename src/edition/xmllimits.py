"""The shape limits of an XML document every tool of the edition can read, checked on lxml's tree.

Saxon's parser (the JDK's Xerces) refuses deep nesting, many attributes and long names with
its own limits and its own messages (a Java error on stderr, a traceback, a PicklingError in
the build's pool). The gate (edition.xmlsafe) refuses first, with one `file:line:col:` line,
and edition.saxonsafe sets Saxon's parser limits to SAXON_MARGIN times these, so nothing the
gate lets through can trip Saxon. libxml2 itself (without huge_tree) refuses text nodes over
10 MB. Checks are XPaths run by libxml2 and a scan of the few `xmlns` declarations: under a
millisecond on the edition's largest document, and run only when a cheaper pass (below) finds
a candidate: the search index parses every file of a corpus.
"""

import re

from lxml import etree

from .errors import InputError
from .textfile import position

MAX_DEPTH = 100  # elements nested, the root being 1 (the edition's deepest is under 20)
MAX_ATTRIBUTES = 200  # attributes plus namespaces in scope on one element (Saxon counts its declarations)
MAX_NAME = 1000  # characters in a local name, a prefix, a namespace URI or a PI target
SAXON_MARGIN = 2  # Saxon's parser limits are these times the gate's

_CHECKS = (
    (etree.XPath(f"(//*[ancestor::*[{MAX_DEPTH}]])[1]"),
     lambda node: f"elements nested deeper than {MAX_DEPTH} levels (nesting depth limit)"),
    # xml: is in scope everywhere without being declared: hence the + 1
    (etree.XPath(f"(//*[count(@*) + count(namespace::*) > {MAX_ATTRIBUTES + 1}])[1]"),
     lambda node: f"{len(node.attrib):,} attributes and {len(node.nsmap)} namespace(s) in scope on one element, "
                  f"over the limit of {MAX_ATTRIBUTES}"),
    (etree.XPath(f"(//*[string-length(local-name()) > {MAX_NAME} or @*[string-length(local-name()) > {MAX_NAME}]]"
                 f" | //processing-instruction()[string-length(name()) > {MAX_NAME}])[1]"),
     lambda node: f"a name longer than {MAX_NAME:,} characters"),
)
# Cheap tests that hold of every document over a limit; only when one does do the checks above
# run, to name the first. Depth: one path down the tree. Attributes: one pass over them, at the
# `least`-th of an element (a namespace in scope is declared in the text or is xml:, so an element
# over the limit has at least MAX_ATTRIBUTES + 1 - (declarations in the text) attributes). Names:
# in the text, where each is written whole (XML's white space, not Unicode's: U+1680 may stand in
# a name): a scan of the tags for an element's or a processing instruction's, and for an
# attribute's the run before each "=" (an attribute's name has only white space after it, and
# libxml2's string-length(local-name()) of every attribute cost more than all the rest).
_DEEP = etree.XPath("boolean(/*" + "/*" * MAX_DEPTH + ")")
_WIDE = etree.XPath("boolean(//@*[position() = $least])")
_LONG_TAG = re.compile(r"<[^ \t\r\n>]{%d}" % (MAX_NAME + 1))
_XML_SPACE = " \t\r\n"


def _long_before_equals(text: str) -> bool:
    """Whether a run of more than MAX_NAME characters without white space ends before an "=",
    white space apart: the shape of an attribute whose name is over the limit."""
    for before in text.split("="):
        if len(before) > MAX_NAME:
            run = before.rstrip(_XML_SPACE)
            if len(run) - 1 - max(run.rfind(c) for c in _XML_SPACE) > MAX_NAME:
                return True
    return False


_DECLARATION = re.compile(r"""xmlns(?::([^\s=]*))?\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _where(text: str, node) -> str:
    """line:col of the node's start: libxml2 knows the line where the start tag ends."""
    end, line = -1, node.sourceline or 1
    for _ in range(line):
        end = text.find("\n", end + 1)
        if end < 0:
            end = len(text)
            break
    if isinstance(node, etree._ProcessingInstruction):
        found = text.rfind("<?" + node.target, 0, end)
    else:
        found = text.rfind("<" + (f"{node.prefix}:" if node.prefix else "") + etree.QName(node).localname, 0, end)
    return position(text, found) if found >= 0 else f"{line}:1"


def _check_declarations(text: str, name: str) -> None:
    at = text.find("xmlns")
    while at >= 0:
        match = _DECLARATION.match(text, at)
        if match:
            if max(len(match[1] or ""), len(match[2] or match[3] or "")) > MAX_NAME:
                raise InputError(f"{name}:{position(text, at)}: error: a namespace prefix or URI longer than "
                                 f"{MAX_NAME:,} characters")
        at = text.find("xmlns", at + 5)


def check_limits(tree: etree._ElementTree, text: str, name: str) -> None:
    """Refuse, naming the first place, a document deeper, wider or with longer names than allowed."""
    least = max(MAX_ATTRIBUTES + 1 - text.count("xmlns"), 1)
    if _DEEP(tree) or _WIDE(tree, least=least) or _LONG_TAG.search(text) or _long_before_equals(text):
        _first_over(tree, text, name)
    _check_declarations(text, name)


def _first_over(tree: etree._ElementTree, text: str, name: str) -> None:
    for xpath, message in _CHECKS:
        found = xpath(tree)
        if found:
            raise InputError(f"{name}:{_where(text, found[0])}: error: {message(found[0])}")
