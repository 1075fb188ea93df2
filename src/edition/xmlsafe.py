"""The one way the edition parses XML: no entities resolved, no DTD, no network, bounded input.

Every reader of TEI (validator, renderer, viewer, reporters) goes through `parse_file` or
`parse_bytes` (and `read_text` for a file's characters as written), so hostile input (external entities, entity-expansion bombs, DTDs with an
external subset, non-UTF-8 bytes) is refused in one place with a `path:line:col:` message.
"""

import re
from pathlib import Path

from lxml import etree

from .errors import InputError
from .textfile import MAX_BYTES, decode_utf8, position, read_bytes

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NS = {"tei": TEI_NS}

# libxml2 obeys the declaration, Saxon (given the decoded text) does not: only UTF-8 means one reading
_DECLARED = re.compile(r'\A(?:\ufeff)?<\?xml[^>]*?\sencoding\s*=\s*["\']([^"\']*)["\']')


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


def _check_bytes(data: bytes, name: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}:1:1: error: file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit")
    if not data.strip():
        raise InputError(f"{name}:1:1: error: file is empty")
    text = decode_utf8(data, name)
    nul = text.find("\x00")
    if nul >= 0:  # valid UTF-8, but XML cannot hold it: typically UTF-16 saved without a byte-order mark
        raise InputError(f"{name}:{position(text, nul)}: error: NUL character (is the file UTF-16?); save it as UTF-8")
    declared = _DECLARED.match(text)
    if declared and declared[1].lower() not in ("utf-8", "utf8"):
        raise InputError(f"{name}:1:1: error: declares encoding {declared[1]}; the edition's files are UTF-8 "
                         "(save as UTF-8 and declare encoding=\"UTF-8\")")
    head = text[:4096]
    if "<!DOCTYPE" in head or "<!ENTITY" in text:
        where = text.find("<!DOCTYPE") if "<!DOCTYPE" in head else text.find("<!ENTITY")
        raise InputError(f"{name}:{position(text, where)}: error: DOCTYPE and entity declarations are refused (a TEI file needs none)")


def parse_bytes(data: bytes, name: str = "<input>") -> etree._ElementTree:
    """Parse XML bytes safely; `name` is used in messages."""
    _check_bytes(data, name)
    try:
        return etree.ElementTree(etree.fromstring(data, _parser(), base_url=name))
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (1, 1)
        msg = exc.msg.split(f"{name}:", 1)[-1] if exc.msg else "not well-formed"
        raise InputError(f"{name}:{line}:{col}: error: not well-formed XML: {msg}") from None


def require_tei(tree: etree._ElementTree, name: str) -> etree._ElementTree:
    """Refuse a well-formed file that is not a TEI document (no namespace, another one, another root),
    which the tools would otherwise read as a document with nothing in it."""
    root = tree.getroot()
    if root.tag != f"{{{TEI_NS}}}TEI":
        qname = etree.QName(root)
        where = f"namespace {qname.namespace}" if qname.namespace else "no namespace"
        raise InputError(f"{name}:{root.sourceline or 1}:1: error: the root element is <{qname.localname}> in {where}, "
                         f"not <TEI> in the TEI namespace ({TEI_NS}): not a TEI document")
    return tree


def parse_file(path: Path | str) -> etree._ElementTree:
    """Parse an XML file safely, keeping its path as the base URL (for relative @ref)."""
    path = Path(path)
    data = read_bytes(path)
    tree = parse_bytes(data, str(path))
    tree.docinfo.URL = str(path)
    return tree


def read_text(path: Path | str) -> str:
    """An XML file's text as written, for tools that need its characters beside the tree (the line:col
    of a text node, the prolog kept when rewriting it); bytes that are not UTF-8 are refused as
    `parse_bytes` refuses them. Parse it with `parse_bytes` before trusting anything else about it."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        _check_bytes(data, str(path))  # says which encoding it looks like and where the bad byte is
        raise  # not reached: _check_bytes refuses every byte string that is not UTF-8
