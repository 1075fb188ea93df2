"""Properties of the tagger on generated paragraphs: whatever the mix of names, derived words,
punctuation and inline markup, tagging keeps every character of the text, adds only persName
elements pointing at real persons, never nests them, and tags nothing new a second time."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import TEI
from edition.persons import exceptions, personography
from edition.persons.matcher import NameMatcher
from edition.persons.tagger import tag_tree
from edition.xmlsafe import TEI_NS, parse_bytes

PEOPLE = personography.load(TEI / "persons.xml")
MATCHER = NameMatcher(PEOPLE, exceptions.load(TEI / "exceptions" / "persons.txt"))
FORMS = sorted(PEOPLE.forms())
WORDS = FORMS + ["Stalinist", "Trotskiists", "Ezhovshchina", "Mr.", "the", "and", "'s", "-", ",", "Lenin order",
                 "N. I.", "plenum", "Moscow", "Kuibyshev Party chief", "&amp;", "’"]

token = st.sampled_from(WORDS)
run = st.lists(token, min_size=0, max_size=8).map(" ".join)
element = st.sampled_from(["hi", "title", "foreign", "persName"])
inline = st.builds(lambda tag, body: f"<{tag}>{body}</{tag}>", element, run)
paragraph = st.lists(st.one_of(run, inline, st.just('<pb break="no"/>')), min_size=1, max_size=6).map("".join)


def document(body: str) -> bytes:
    return f'<TEI xmlns="{TEI_NS}"><teiHeader/><text><body><p>{body}</p></body></text></TEI>'.encode()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph)
def test_tagging_keeps_the_text_and_adds_only_resolvable_unnested_persnames(body):
    before = parse_bytes(document(body))
    tree = parse_bytes(document(body))
    result = tag_tree(tree, MATCHER)
    text = lambda t: "".join(t.getroot().itertext())  # noqa: E731
    assert text(tree) == text(before)
    count = lambda t: len(t.getroot().findall(f".//{{{TEI_NS}}}persName"))  # noqa: E731
    assert count(tree) - count(before) == result.tagged
    for el in tree.getroot().iter(f"{{{TEI_NS}}}persName"):
        assert el.find(f".//{{{TEI_NS}}}persName") is None
        if el.get("ref"):
            assert el.get("ref").removeprefix("persons.xml#") in PEOPLE.persons
    again = parse_bytes(etree.tostring(tree))
    assert tag_tree(again, MATCHER).tagged == 0
