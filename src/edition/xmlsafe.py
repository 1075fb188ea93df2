"""The gate: the one way the edition reads XML. No entities resolved, no DTD, no network, bounded input.

Every reader of TEI (validator, renderer, viewer, reporters) goes through `read_checked` or
`check` (a `Checked`: the tree and the exact text it was parsed from), or their shorthands
`parse_file`/`parse_bytes` (or `read_head`, for a list that needs only each file's header), so hostile input (a DOCTYPE anywhere, entities, non-UTF-8 bytes,
shapes beyond edition.xmllimits) is refused in one place with a `path:line:col:` message.
Saxon is only ever handed a `Checked` text (see edition.saxonsafe), never a path or a URI.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .errors import InputError
from .printable import escaped
from .textfile import MAX_BYTES, decode_utf8, position, read_bytes
from .xmllimits import check_limits

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NS = {"tei": TEI_NS}

# libxml2 obeys the declaration, Saxon (given the decoded text) does not: only UTF-8 means one reading
_DECLARED = re.compile(r'\A(?:\ufeff)?<\?xml[^>]*?\sencoding\s*=\s*["\']([^"\']*)["\']')


_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False, "dtd_validation": False,
            "huge_tree": False, "remove_blank_text": False}
_CHUNK = 16 * 1024  # bytes given to the pull parser at a time (read_head)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_OPTIONS)


def _check_bytes(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}:1:1: error: file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit")
    if not data.strip():
        raise InputError(f"{name}:1:1: error: file is empty")
    text = decode_utf8(data, name)
    nul = text.find("\x00") if b"\x00" in data else -1  # bytes first: a scan of str is slower
    if nul >= 0:  # valid UTF-8, but XML cannot hold it: typically UTF-16 saved without a byte-order mark
        raise InputError(f"{name}:{position(text, nul)}: error: NUL character (is the file UTF-16?); save it as UTF-8")
    declared = _DECLARED.match(text)
    if declared and declared[1].lower() not in ("utf-8", "utf8"):
        raise InputError(f"{name}:1:1: error: declares encoding {declared[1]}; the edition's files are UTF-8 "
                         "(save as UTF-8 and declare encoding=\"UTF-8\")")
    # Anywhere, not only in a prolog's first kilobytes: Saxon would load a DTD the gate let through.
    # (In a comment too: a file that needs to show one escapes its '<'.)
    found = [at for at in (text.find("<!DOCTYPE"), text.find("<!ENTITY")) if at >= 0] \
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data else []
    if found:
        raise InputError(f"{name}:{position(text, min(found))}: error: DOCTYPE and entity declarations are refused "
                         "(a TEI file needs none)")
    return text


@dataclass(frozen=True)
class Checked:
    """A file the gate accepted: lxml's tree, and the text it was parsed from (no byte-order mark),
    which is what Saxon is given, so that its line numbers are the file's."""

    name: str
    text: str
    tree: etree._ElementTree


def check(data: bytes, name: str = "<input>") -> Checked:
    """Check and parse XML bytes; `name` is used in messages."""
    text = _check_bytes(data, name).removeprefix("\ufeff")
    try:
        # escaped: libxml2 takes only UTF-8 names, and a file's name may be any bytes
        tree = etree.ElementTree(etree.fromstring(data, _parser(), base_url=escaped(name)))
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, name) from None
    _check_tree(tree, text, name)
    return Checked(name, text, tree)


def _syntax_error(exc: etree.XMLSyntaxError, name: str) -> InputError:
    line, col = exc.position if exc.position else (1, 1)
    msg = exc.msg.split(f"{name}:", 1)[-1] if exc.msg else "not well-formed"
    return InputError(f"{name}:{line}:{col}: error: not well-formed XML: {msg}")


def _check_tree(tree: etree._ElementTree, text: str, name: str) -> None:
    docinfo = tree.docinfo
    if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:  # the scan above missed one
        raise InputError(f"{name}:1:1: error: DOCTYPE and entity declarations are refused (a TEI file needs none)")
    check_limits(tree, text, name)


def read_head(path: Path | str, until: str) -> etree._ElementTree:
    """The file parsed up to the end of its first `until` element (a TEI document's teiHeader:
    what a list of documents needs, a few per cent of the file), or whole if it has none. The
    whole file passes the byte checks (size, UTF-8, no DOCTYPE or entity anywhere) and the part
    parsed the same parser and shape limits as `read_checked`; a syntax error past that part is
    found when the file is read whole."""
    path = Path(path)
    name = str(path)
    data = read_bytes(path)
    text = _check_bytes(data, name).removeprefix("\ufeff")
    parser = etree.XMLPullParser(events=("end",), tag=until, base_url=escaped(name), **_OPTIONS)
    root = None
    try:
        for at in range(0, len(data), _CHUNK):
            parser.feed(data[at:at + _CHUNK])
            ended = [el for _, el in parser.read_events()]
            if ended:
                root = ended[0].getroottree().getroot()
                break
        if root is None:
            root = parser.close()
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, name) from None
    tree = root.getroottree()
    _check_tree(tree, text, name)
    tree.docinfo.URL = escaped(name)
    return tree


def read_checked(path: Path | str) -> Checked:
    """Read (only a regular file, of a bounded size) and check an XML file."""
    path = Path(path)
    checked = check(read_bytes(path), str(path))
    checked.tree.docinfo.URL = escaped(str(path))
    return checked


def parse_bytes(data: bytes, name: str = "<input>") -> etree._ElementTree:
    """Parse XML bytes safely (`check`, for callers that need only the tree)."""
    return check(data, name).tree


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
    return read_checked(path).tree


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
