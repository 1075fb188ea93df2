"""The teiHeader skeleton of a fresh import: everything the contract asks for, with placeholders
the editors fill (the printed source's biblStruct) clearly marked as such."""

import datetime

from lxml import etree

from .tei import tei, xml

LICENCE = "https://creativecommons.org/licenses/by/4.0/"

POLICIES = {
    "correction": "Transcription (OCR) errors only are corrected, in choice/sic/corr with @resp; nothing is "
                  "corrected silently. The author's own slips are kept as printed in sic, with an editorial note "
                  "where they would mislead; a case change is choice/orig/reg (docs/encoding.md). "
                  "This draft was produced by the importer and has not yet been proofread.",
    "normalization": "Markdown and HTML debris of the OCR conversion (emphasis marks, escaped asterisks, "
                     "&lt;sup&gt; remnants, code fences, --- rules, hard line breaks) is not text of the document "
                     "and is dropped; emphasis is kept as hi/@rend.",
    "hyphenation": "A word hyphenated across a page break is rejoined, the hyphen dropped, the break kept "
                   "as pb break=\"no\".",
    "quotation": "Quotation marks and apostrophes are kept as printed (straight or curly).",
    "segmentation": "Paragraphs, block quotations, verse, lists and figures follow the printed layout; a "
                    "paragraph broken by a page stays one p with the pb inside.",
    "interpretation": "Page breaks are pb (with @n only where a folio is printed); running heads, folios and "
                      "classification markings are fw. Note bodies printed at the page foot are moved to their "
                      "markers (ref type=\"noteAnchor\" followed by note); book endnote markers whose notes were "
                      "not transcribed are ref type=\"endnote\" pointing at the div type=\"endnotes\" in back. "
                      "Redactions are gap reason=\"redacted\"; release codes are stamp; struck classification "
                      "lines are del with the declassifying hand. Words in Cyrillic are foreign xml:lang=\"ru\".",
}


def _sub(parent, name, text=None, **attrs):
    el = etree.SubElement(parent, tei(name), {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def build_header(doc_id: str, title: str, source_name: str, languages: list[str], today: str | None = None):
    today = today or datetime.date.today().isoformat()
    ed = f"#{doc_id}-ed"
    header = etree.Element(tei("teiHeader"))
    fdesc = _sub(header, "fileDesc")
    tstmt = _sub(fdesc, "titleStmt")
    _sub(tstmt, "title", title)
    resp = _sub(tstmt, "respStmt")
    resp.set(xml("id"), f"{doc_id}-ed")
    _sub(resp, "resp", "TEI encoding and proofreading")
    _sub(resp, "name", "edition project editors")
    pub = _sub(fdesc, "publicationStmt")
    _sub(pub, "publisher", "edition project")
    _sub(pub, "date", today, when=today)
    _sub(pub, "idno", doc_id, type="edition")
    avail = _sub(pub, "availability", status="restricted")
    _sub(avail, "licence", "Creative Commons Attribution 4.0 International (CC BY 4.0), for the encoding only",
         target=LICENCE)
    _sub(avail, "p", "The rights in the source text itself remain with its holders [to be stated by the editors: "
                     "holder, or public domain].")
    notes = _sub(fdesc, "notesStmt")
    _sub(notes, "note", f"[citation form: to be supplied by the editors] {title}. TEI edition, edition project, "
                        f"{today[:4]}, document {doc_id}.", type="citation")
    sdesc = _sub(fdesc, "sourceDesc")
    bs = _sub(sdesc, "biblStruct")
    analytic = _sub(bs, "analytic")
    _sub(analytic, "title", title, level="a")
    monogr = _sub(bs, "monogr")
    _sub(monogr, "title", "[printed source: to be supplied by the editors]", level="m")
    imprint = _sub(monogr, "imprint")
    _sub(imprint, "publisher", "[to be supplied]")
    _sub(imprint, "date", "[to be supplied]")
    bibl = _sub(sdesc, "bibl", type="transcription")
    _sub(bibl, "idno", source_name, type="source-file")
    enc = _sub(header, "encodingDesc")
    decl = _sub(enc, "editorialDecl")
    for name, text in POLICIES.items():
        _sub(_sub(decl, name), "p", text)
    prof = _sub(header, "profileDesc")
    usage = _sub(prof, "langUsage")
    names = {"en": "English", "ru": "Russian"}
    for ident in languages:
        _sub(usage, "language", names.get(ident, ident), ident=ident)
    rev = _sub(header, "revisionDesc")
    _sub(rev, "change", f"Draft imported from {source_name} by edition import (not yet proofread).",
         when=today, who=ed)
    return header
