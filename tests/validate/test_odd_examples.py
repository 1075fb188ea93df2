"""Every example in edition.odd quotes, as it is, an element of the edition file it names."""

import re

from lxml import etree

from conftest import ROOT
from edition.schema_build.odd import TEI, read_odd
from edition.xmlsafe import parse_file

ODD = ROOT / "schema" / "edition.odd"


def canonical(element) -> str:
    """An element as text: its own namespace declarations, whitespace between tags and runs of
    spaces are not what an example is compared on."""
    text = etree.tostring(element, encoding="unicode", with_tail=False)
    text = re.sub(r' xmlns(:\w+)?="[^"]*"', "", text)
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", text))


def test_every_example_is_an_element_of_the_file_it_names():
    examples = [(name, source, xml) for name, change in read_odd(parse_file(ODD).getroot()).elements.items()
                for source, xml in change.examples]
    assert len(examples) >= 10
    for name, source, xml in examples:
        example = etree.fromstring(f'<x xmlns="{TEI}">{xml}</x>')[0]
        quoted = {canonical(el) for el in parse_file(ROOT / source).getroot().iter(example.tag)}
        assert canonical(example) in quoted, f"{name}: not in {source}: {xml}"
        assert etree.QName(example).localname == name or example.find(f".//{{{TEI}}}{name}") is not None
