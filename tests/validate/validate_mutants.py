"""Mutated copies of a valid edition, each breaking one rule, with the finding it must produce.

A mutant replaces one exact, single-line snippet of a fixture file (which must occur exactly
once, so a fixture edit cannot silently disarm it) and names the rule id, the file and the line
(the line of `at`, by default of the replacement) where `edition validate` must report it.
Mutants of the real edition files are made the same way from patterns found in them.
"""

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "edition"
DOC, PERSONS = "sample-forum.xml", "persons.xml"


@dataclass
class Mutant:
    name: str
    old: str
    new: str
    rule: str
    file: str = DOC  # the file mutated
    report_in: str | None = None  # the file the finding is in, when not the mutated one
    at: str | None = None  # text whose line in the mutated file is the finding's line
    severity: str = "error"

    def apply(self, folder: Path) -> int:
        """Write the mutated file into a copy of the edition in `folder`; return the expected line."""
        text = (folder / self.file).read_text(encoding="utf-8")
        assert text.count(self.old) == 1, f"{self.name}: snippet must occur once in {self.file}"
        text = text.replace(self.old, self.new)
        (folder / self.file).write_text(text, encoding="utf-8")
        target = (folder / (self.report_in or self.file)).read_text(encoding="utf-8")
        anchor = self.new if self.at is None else self.at
        return target.count("\n", 0, target.index(anchor)) + 1 if anchor else 1


def copy_fixture(folder: Path) -> Path:
    shutil.copytree(FIXTURE, folder)
    return folder


M = Mutant
FIXTURE_MUTANTS = [
    # the grammar: vocabulary, closed value lists, namespace, structure
    M("unknown element", "<p>A letter.</p>", "<p>A <foo>letter</foo>.</p>", "rng-element"),
    M("unknown attribute", "<p>A slide.</p>", '<p rend="x">A slide.</p>', "rng-attribute"),
    M("wrong namespace", "<p>A slide.</p>", '<p xmlns="urn:x">A slide.</p>', "rng-namespace"),
    M("element out of place", "<p>A letter.</p>", "<item>A letter.</item>", "rng-content"),
    M("div type outside the list", '<div type="brief">', '<div type="bref">', "rng-value"),
    M("hi rend outside the list", '<hi rend="bold">', '<hi rend="bolder">', "rng-value"),
    M("note type outside the list", '<note type="editorial" resp="#sample-forum-ed">The year', '<note type="comment" resp="#sample-forum-ed">The year', "rng-value"),
    M("note place outside the list", 'place="foot" n="2">', 'place="end" n="2">', "rng-value"),
    M("ref type outside the list", '<ref type="endnote" n="2"', '<ref type="endnoteAnchor" n="2"', "rng-value"),
    M("fw type outside the list", '<fw type="folio"', '<fw type="pagenum"', "rng-value"),
    M("fw place outside the list", '<fw type="header" place="top">', '<fw type="header" place="margin">', "rng-value"),
    M("gap reason outside the list", '<gap reason="redacted">', '<gap reason="censored">', "rng-value"),
    M("seg is not in the vocabulary (a release code is a stamp)", '<ab type="release-code"><stamp>25X1A2d2</stamp></ab>',
      '<ab type="release-code"><seg type="release-code">25X1A2d2</seg></ab>', "rng-element"),
    M("titlePart type outside the list", '<titlePart type="sub">', '<titlePart type="subtitle">', "rng-value"),
    M("a title page in the body, as a division", "<p>A slide.</p>", "<titlePage><docTitle><titlePart>T</titlePart></docTitle></titlePage>", "rng-content"),
    M("ab type outside the list", '<ab type="image-text">', '<ab type="caption">', "rng-value"),
    M("cert outside the list", 'ref="persons.xml#stalin" cert="low"', 'ref="persons.xml#stalin" cert="maybe"', "rng-value"),
    M("title level outside the list", '<title level="m">', '<title level="x">', "rng-value"),
    M("supplied reason outside the list", 'reason="omitted"', 'reason="forgotten"', "rng-value"),
    M("pb break outside the list", '<pb break="no"/>', '<pb break="yes"/>', "rng-value"),
    M("required attribute missing", '<language ident="ru">', "<language>", "rng-attribute"),
    M("xml:lang not a language tag", '<foreign xml:lang="ru">', '<foreign xml:lang="not a tag">', "rng-value"),
    M("div type on the wrong element", "<p>A brief.</p>", '<p type="brief">A brief.</p>', "rng-attribute"),
    M("persName type outside the list", 'type="english"', 'type="nickname"', "rng-value", file=PERSONS),
    M("idno type outside the list", '<idno type="wikidata" source="#src-ezhov">', '<idno type="viafx" source="#src-ezhov">', "rng-value", file=PERSONS),
    # dates
    M("impossible calendar date", 'when="1936-09" evidence', 'when="1936-02-30" evidence', "date-iso"),
    M("month thirteen", 'when="1936-09" evidence', 'when="1936-13" evidence', "date-iso"),
    M("impossible birth date", '<date when="1895-05-01" source="#src-ezhov"/>', '<date when="1895-02-29" source="#src-ezhov"/>', "date-iso", file=PERSONS),
    M("a date that is not year-month-day", 'when="1936-09" evidence', 'when="--09" evidence', "date-iso"),
    M("from after to", 'from="1936-08-19" to="1936-08-24"', 'from="1936-08-25" to="1936-08-24"', "date-from-to"),
    M("year range reversed", 'from="1936-08-19" to="1936-08-24"', 'from="1937" to="1936-12"', "date-from-to"),
    M("notBefore after notAfter", 'notBefore="1936-06" notAfter="1936-08"', 'notBefore="1936-09" notAfter="1936-08"', "date-notbefore-notafter"),
    M("two normalisations", '<date when="1936-09" evidence', '<date when="1936-09" from="1936-09" evidence', "date-one-form"),
    M("no normalisation", '<date when="1936-09" evidence="conjecture">', '<date evidence="conjecture">', "date-one-form"),
    # persons
    M("dangling persName/@ref", 'ref="persons.xml#ezhov">Ezhov</persName> spoke', 'ref="persons.xml#ezhof">Ezhov</persName> spoke', "person-ref-resolves"),
    M("persName/@ref not into persons.xml", 'ref="persons.xml#stalin" cert="low"', 'ref="#stalin" cert="low"', "person-ref-form"),
    M("person never referenced", '<persName ref="persons.xml#ezhov">Ezhov</persName> spoke', "Ezhov spoke", "person-referenced",
      report_in=PERSONS, at='<person xml:id="ezhov">'),
    M("two preferred names", '<persName type="english">', '<persName type="pref">', "person-one-pref", file=PERSONS, at='<person xml:id="ezhov">'),
    # the personography's apparatus
    M("life date without a source", '<date when="1953-03-05" source="#src-stalin"/>', '<date when="1953-03-05"/>', "life-date-source", file=PERSONS),
    M("life date citing no bibl", 'source="#src-stalin"/>', 'source="#stalin"/>', "life-date-source", file=PERSONS),
    M("life date both sourced and unsourced", '<date when="1895-05-01" source="#src-ezhov"/>',
      '<date when="1895-05-01" source="#src-ezhov" evidence="unsourced"/>', "life-date-source", file=PERSONS),
    M("Old Style date without its calendar", 'datingMethod="#julian"', 'datingMethod="#gregorian"', "life-date-julian", file=PERSONS),
    M("editors' remark in an occupation", "1936–1938</occupation>", "1936–1938; not further identified</occupation>",
      "occupation-remark", file=PERSONS, at="<occupation>People's"),
    M("authority id without a source", '<idno type="wikidata" source="#src-ezhov">', '<idno type="wikidata">', "authority-source", file=PERSONS),
    M("editors' note without @resp", '<note type="editorial" resp="#sample-forum-ed">', '<note type="editorial">', "editors-note-marked"),
    # ids and responsibility
    M("duplicate xml:id in a file", 'xml:id="sample-forum-art1"', 'xml:id="sample-forum-ed"', "id-unique",
      at='<div type="article" xml:id="sample-forum-ed"'),
    M("xml:id used by another file", 'xml:id="sample-forum-art1"', 'xml:id="persons-ed"', "id-unique"),
    M("xml:id without the document prefix", 'xml:id="sample-forum-art1"', 'xml:id="art1"', "id-prefix"),
    M("dangling @resp", '<corr resp="#sample-forum-ed" cert="high">', '<corr resp="#nobody" cert="high">', "resp-target"),
    M("@resp pointing at something other than the editors", '<corr resp="#sample-forum-ed">2</corr>',
      '<corr resp="#sample-forum-n1">2</corr>', "resp-target"),
    M("dangling change/@who", 'who="#sample-forum-ed">Imported', 'who="#nobody">Imported', "resp-target"),
    # notes
    M("orphan note", '<ref type="noteAnchor" n="*" target="#sample-forum-nstar1">*</ref>', "", "note-has-marker",
      at='<note xml:id="sample-forum-nstar1"'),
    M("marker pointing nowhere", 'target="#sample-forum-n2"', 'target="#sample-forum-n9"', "marker-has-note", at='target="#sample-forum-n9"'),
    M("marker without target", '<ref type="noteAnchor" n="*" target="#sample-forum-nstar1">', '<ref type="noteAnchor" n="*">', "marker-has-note"),
    M("endnote marker pointing at a note", '<ref type="endnote" n="2" target="#sample-forum-endnotes">', '<ref type="endnote" n="2" target="#sample-forum-n1">', "endnote-marker-target"),
    M("endnote marker without a target", '<ref type="endnote" n="2" target="#sample-forum-endnotes">', '<ref type="endnote" n="2">', "endnote-marker-target"),
    M("a ref without a target", "<p>A letter.</p>", '<p>A <ref n="4">4</ref> letter.</p>', "ref-target"),
    M("footnotes out of sequence", 'place="foot" n="2">', 'place="foot" n="3">', "note-sequence", at='<note xml:id="sample-forum-n2"'),
    M("marker number differs from its note", '<ref type="noteAnchor" n="1" target="#sample-forum-n1">', '<ref type="noteAnchor" n="5" target="#sample-forum-n1">', "marker-n-matches"),
    M("footnote number neither digits nor asterisks", 'place="foot" n="*">', 'place="foot" n="a">', "note-n-form", at='<note xml:id="sample-forum-nstar1"'),
    M("footnote without place", 'type="footnote" place="foot" n="1">', 'type="footnote" n="1">', "note-place"),
    M("footnote id not the document's pattern", 'xml:id="sample-forum-n1"', 'xml:id="sample-forum-note1"', "note-id-form"),
    M("asterisk note id not nstarN", 'xml:id="sample-forum-nstar1"', 'xml:id="sample-forum-star"', "note-id-form"),
    M("endnote markers out of sequence", '<ref type="endnote" n="1" target="#sample-forum-endnotes">1</ref>', '<ref type="endnote" n="3" target="#sample-forum-endnotes">3</ref>', "endnote-sequence"),
    # idiomatic encoding and corrections
    M("strike-through without its hand", '<del rend="strikethrough" hand="#sample-forum-declassification">', '<del rend="strikethrough">', "del-hand"),
    M("strike-through pointing at the editors", 'hand="#sample-forum-declassification">', 'hand="#sample-forum-ed">', "del-hand"),
    M("chapter number as a second head", '<head><label>3</label> A chapter</head>', '<head>3</head><head>A chapter</head>', "chapter-number",
      at='<div type="chapter" n="3">'),
    M("chapter label differs from its @n", '<head><label>3</label> A chapter</head>', '<head><label>4</label> A chapter</head>', "chapter-number",
      at='<div type="chapter" n="3">'),
    M("a periodical's name as foreign", '<title level="j" cert="high">Slavic Review</title>',
      '<title level="j" cert="high"><foreign xml:lang="ru">Slavic Review</foreign></title>', "periodical-not-foreign"),
    M("inferred figure without its certainty", '<figure cert="medium" resp="#sample-forum-ed">', "<figure>", "figure-inferred-cert",
      at="<figure><figDesc>An uncaptioned"),
    M("regularisation without resp", '<reg resp="#sample-forum-ed">Ezhov</reg>', "<reg>Ezhov</reg>", "correction-resp"),
    M("conjecture that does not say so", '>Probably Ezhov: a slip.</note>', ">Ezhov: a slip.</note>", "conjecture-explained",
      at='<note type="editorial" resp="#sample-forum-ed" cert="low">'),
    # header
    M("no edition identifier", '<idno type="edition">sample-forum</idno>', "", "edition-idno", at="<teiHeader>"),
    M("no citation form", '<note type="citation">', '<note type="editorial">', "citation-form", at="<teiHeader>"),
    M("one rights statement for text and encoding", "<p>The source text's own rights remain with its holders.</p>", "",
      "rights-source", at="<teiHeader>"),
    # text
    M("editor-counted page without certainty", '<pb n="669" resp="#sample-forum-ed" cert="medium"/>', '<pb n="669" resp="#sample-forum-ed"/>', "pb-counted"),
    M("document id differs from the file name", 'xml:id="sample-forum" xml:lang="en"', 'xml:id="sample-forums" xml:lang="en"', "tei-id-file"),
    M("empty paragraph", "<p>Editors' note.</p>", "<p> </p>", "p-not-empty"),
    M("choice mixing sic and reg", "<choice><orig>Yezhov</orig>", "<choice><sic>Yezhov</sic>", "choice-pair"),
    M("choice with one child", '<orig>Yezhov</orig><reg resp="#sample-forum-ed">Ezhov</reg>', "<orig>Yezhov</orig>", "choice-pair", at="<choice><orig>Yezhov"),
    M("foreign language not declared", '<foreign xml:lang="ru">', '<foreign xml:lang="de">', "lang-declared"),
    M("TEI not in English", 'xml:id="sample-forum" xml:lang="en"', 'xml:id="sample-forum" xml:lang="fr"', "tei-lang"),
    M("no xml-model for the grammar", '<?xml-model href="../schema/edition.rng"', '<?xml-model href="../schema/other.rng"',
      "xml-model-rng", at="", severity="warning"),
    # well-formedness
    M("mismatched end tag", "<p>A slide.</p>", "<p>A slide.</div>", "well-formed"),
    M("undeclared prefix", "<p>A slide.</p>", "<p>A <x:y>slide</x:y>.</p>", "well-formed"),
]


# Mutations of the real edition files: (name, pattern, replacement, rule). The first match in a
# document is replaced; the finding must be on its line, whatever else the file reports.
REAL_MUTATIONS = [
    ("unknown element", r"<p>", "<p><foo/>", "rng-element"),
    ("div type outside the list", r'<div type="[^"]*"', '<div type="no-such-type"', "rng-value"),
    ("dangling persName/@ref", r'ref="persons\.xml#[^"]*"', 'ref="persons.xml#no-such-person"', "person-ref-resolves"),
    ("impossible date", r'<date when="[^"]*"', '<date when="1936-02-30"', "date-iso"),
    ("empty paragraph", r"<p>(?=[^<])", "<p/><p>", "p-not-empty"),
    ("endnote markers out of sequence", r'<ref type="endnote" n="\d+"', '<ref type="endnote" n="999"', "endnote-sequence"),
    ("footnote id not the document's pattern", r'(<note xml:id="[^"]*-n)(\d+")', r'\1x\2', "note-id-form"),
    ("marker pointing nowhere", r'(<ref type="noteAnchor"[^>]*?)target="#[^"]*"', r'\1target="#no-such-note"', "marker-has-note"),
]


def apply_real(text: str, pattern: str, replacement: str) -> tuple[str, int] | None:
    match = re.search(pattern, text)
    if not match:
        return None
    line = text.count("\n", 0, match.start()) + 1
    return text[: match.start()] + match.expand(replacement) + text[match.end():], line
