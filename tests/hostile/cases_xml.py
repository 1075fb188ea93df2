"""The hostile and broken TEI files, as (name -> bytes) built at test time from a clean document.

Big inputs (50 MB, 10,000 nested elements, a 1 MB attribute, entity bombs) are generated here,
never committed. `EXPECT` is the part of the message each one must get from every command.
"""

from .conftest import TEI_NS, document

CLEAN = document("bad")
ROOT_OPEN = f'<TEI xmlns="{TEI_NS}" xml:id="bad" xml:lang="en">'
PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _body(inner: str) -> bytes:
    return document("bad", inner).encode("utf-8")


def _doctype(subset: str) -> bytes:
    return (PROLOG + f"<!DOCTYPE TEI {subset}>\n" + CLEAN.split("\n", 1)[1]).encode("utf-8")


def _late_doctype(subset: str) -> bytes:
    """A DOCTYPE after five kilobytes of comment: past any check of the prolog's first few kilobytes."""
    head, rest = CLEAN.split("<TEI", 1)
    return (head + f"<!-- {'padding ' * 640}-->\n<!DOCTYPE TEI {subset}>\n<TEI" + rest).encode("utf-8")


def _attributes(count: int) -> str:
    return " ".join(f'n{i}="x"' for i in range(count))


def _bomb() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    return _doctype(f"[{entities}]").replace(b"spoke.", b"spoke &a9;.")


CASES = {
    # well-formedness
    "mismatched tags": _body("<p>The plenum <hi>met</p></hi>"),
    "truncated file": CLEAN.encode("utf-8")[: len(CLEAN) // 2],
    "unescaped ampersand": _body("<p>Molotov & Kaganovich</p>"),
    "binary garbage": bytes(range(256)) * 4,
    "zero bytes": b"",
    "only whitespace": b" \n\t\n",
    # not TEI
    "no namespace": CLEAN.replace(f' xmlns="{TEI_NS}"', "").encode("utf-8"),
    "wrong namespace": CLEAN.replace(TEI_NS, "http://www.tei-c.org/ns/2.0").encode("utf-8"),
    "no TEI root": (PROLOG + f'<html xmlns="{TEI_NS}" xml:id="bad"><p>x</p></html>\n').encode("utf-8"),
    # entities and DTDs
    "external entity (file)": _doctype('[<!ENTITY xxe SYSTEM "file:///etc/passwd">]').replace(b"spoke.", b"&xxe;"),
    "external entity (http)": _doctype('[<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]').replace(b"spoke.", b"&xxe;"),
    "parameter entity from the network": _doctype('[<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]'),
    "entity expansion bomb": _bomb(),
    "quadratic blow-up": lambda: _doctype(f'[<!ENTITY big "{"x" * 100_000}">]').replace(b"spoke.", b"&big;" * 1000),
    "DTD with an external subset": _doctype('SYSTEM "http://127.0.0.1:9/tei.dtd"'),
    "public DTD": _doctype('PUBLIC "-//TEI//DTD TEI P5//EN" "tei.dtd"'),
    "entity declared after the root": CLEAN.encode("utf-8") + b'<!ENTITY x "y">',
    "DOCTYPE after five kilobytes": _late_doctype('SYSTEM "http://127.0.0.1:9/tei.dtd"'),
    "DOCTYPE with an entity after five kilobytes": _late_doctype('[<!ENTITY x "y">]'),
    # shapes Saxon's parser refuses: the gate refuses them first, with the place
    "101 levels of nesting": _body("<p>" + "<hi>" * 96 + "deep" + "</hi>" * 96 + "</p>"),
    "201 attributes on one element": _body(f"<p {_attributes(201)}>x</p>"),
    "attribute name of 1,001 characters": _body(f'<p {"a" * 1001}="x">x</p>'),
    "element name of 1,001 characters": _body(f'<{"e" * 1001}>x</{"e" * 1001}>'),
    "namespace of 1,001 characters": _body(f'<p xmlns:z="urn:{"z" * 997}">x</p>'),
    "processing-instruction target of 1,001 characters": _body(f'<?{"t" * 1001} x?><p>x</p>'),
    # encodings
    "UTF-16 with a BOM": CLEAN.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
    "UTF-16 without a BOM": CLEAN.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le"),
    "Latin-1 bytes": CLEAN.replace("spoke.", "spoke at the caf\u00e9.").encode("latin-1"),
    "invalid UTF-8": _body("<p>bad \xff byte</p>").replace("\xff".encode("utf-8"), b"\xc3\x28"),
    "overlong UTF-8": _body("<p>slash</p>").replace(b"slash", b"sl\xc0\xafash"),
    "declares Latin-1": CLEAN.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("utf-8"),
    # size and depth
    "fifty megabytes": lambda: _body("<p>" + "purge " * (50 * 1024 * 1024 // 6) + "</p>"),
    "ten thousand nested elements": lambda: _body("<p>" + "<hi>" * 10_000 + "deep" + "</hi>" * 10_000 + "</p>"),
    # characters XML cannot hold
    "control character (raw)": _body("<p>bell \x07 here</p>"),
    "control character (reference)": _body("<p>escape &#27; here</p>"),
    "NUL byte": _body("<p>nul \x00 here</p>"),
    # ids
    "duplicate xml:id": _body('<p xml:id="bad-ed">the respStmt id again</p>'),
}



def case_bytes(name: str) -> bytes:
    """The bytes of one case (the big ones are built only when a test asks for them)."""
    value = CASES[name]
    return value() if callable(value) else value


# The word each command's message must contain (besides the file's path and a line number).
EXPECT = {
    "mismatched tags": "not well-formed", "truncated file": "not well-formed", "unescaped ampersand": "not well-formed",
    "binary garbage": "UTF-8", "zero bytes": "empty", "only whitespace": "empty",
    "no namespace": "namespace", "wrong namespace": "namespace", "no TEI root": "<html>",
    "external entity (file)": "DOCTYPE", "external entity (http)": "DOCTYPE",
    "parameter entity from the network": "DOCTYPE", "entity expansion bomb": "DOCTYPE",
    "quadratic blow-up": "DOCTYPE", "DTD with an external subset": "DOCTYPE", "public DTD": "DOCTYPE",
    "entity declared after the root": "entity", "UTF-16 with a BOM": "UTF-16", "UTF-16 without a BOM": "UTF-16",
    "Latin-1 bytes": "UTF-8", "invalid UTF-8": "UTF-8", "overlong UTF-8": "UTF-8", "declares Latin-1": "ISO-8859-1",
    "DOCTYPE after five kilobytes": "DOCTYPE", "DOCTYPE with an entity after five kilobytes": "DOCTYPE",
    "101 levels of nesting": "depth", "201 attributes on one element": "201 attributes and",
    "attribute name of 1,001 characters": "longer than 1,000", "element name of 1,001 characters": "longer than 1,000",
    "namespace of 1,001 characters": "longer than 1,000",
    "processing-instruction target of 1,001 characters": "longer than 1,000",
    "fifty megabytes": "limit", "ten thousand nested elements": "depth", "control character (raw)": "Char value 7",
    "control character (reference)": "value 27", "NUL byte": "NUL", "duplicate xml:id": "bad-ed",
}
