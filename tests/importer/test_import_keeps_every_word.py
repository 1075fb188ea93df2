"""Property: whatever the transcription holds, the import is well-formed TEI that keeps every word.

Documents are assembled from the block shapes the sources use (headings, paragraphs broken by
pages, note bodies, running heads, markings, lists, verse, image gaps) filled with random words,
so unusual combinations the fixtures do not show are tried too. (Order is checked on the real
sources, by the fidelity tests.)
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import re
from collections import Counter

from edition.fidelity import source_words, tei_words
from edition.importer import import_text
from edition.importer.writer import serialize
from edition.xmlsafe import parse_bytes

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789ЕжовéПа", min_size=1, max_size=9)
PUNCT = st.sampled_from(["", ".", ",", ":", ";", "-", '"', "”", ")", "?"])


def pieces(words) -> Counter:
    """Letter runs and digit runs: a marker printed as a plain digit ("Party20") is rightly split off."""
    return Counter(p for w in words for p in re.findall(r"[^\W\d_]+|\d+", w))


@st.composite
def sentence(draw):
    words = draw(st.lists(WORDS, min_size=1, max_size=14))
    style = draw(st.sampled_from(["", "*", "**", "~~"]))
    if style and len(words) > 2:
        words[1] = f"{style}{words[1]}{style}"
    marker = draw(st.sampled_from(["", "<sup>3</sup>", "\\*", "<sup>\\*</sup>", " 12"]))
    return " ".join(words) + draw(PUNCT) + marker


BLOCKS = st.one_of(
    sentence(),
    sentence().map(lambda s: "# " + s),
    sentence().map(lambda s: "## " + s.upper()),
    sentence().map(lambda s: "<sup>3</sup> " + s),
    sentence().map(lambda s: "<sup>&</sup>lt;sup>12</sup> " + s),
    sentence().map(lambda s: "\\* " + s),
    st.sampled_from(["FORUM 667", "671", "~~SECRET~~", "S-E-C-R-E-T", "---", "\\* \\* \\*", "[REDACTED]", "25X1X7"]),
    st.lists(sentence(), min_size=1, max_size=4).map(lambda items: "\n".join("- " + i for i in items)),
    st.lists(sentence(), min_size=3, max_size=5).map(lambda lines: "  \n ".join(lines)),
    st.lists(sentence(), min_size=1, max_size=3).map(lambda lines: "```\n" + "\n".join("    " + l for l in lines) + "\n```"),
    sentence().map(lambda s: "1. " + s),
    sentence().map(lambda s: "a. " + s),
)


@st.composite
def transcription(draw):
    blocks = draw(st.lists(BLOCKS, min_size=1, max_size=12))
    seps = draw(st.lists(st.sampled_from(["\n\n", "\n\n\n\n"]), min_size=len(blocks), max_size=len(blocks)))
    return "".join(b + s for b, s in zip(blocks, seps))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(transcription())
def test_import_is_well_formed_and_keeps_every_word(text):
    tree, _ = import_text(text, "random.txt", "random-doc")
    root = parse_bytes(serialize(tree), "random.xml").getroot()
    # counted, not aligned: repeated random words make any in-order alignment ambiguous
    lost = pieces(w for w, _ in source_words(text)) - pieces(tei_words(root))
    assert not lost, (lost, text)
