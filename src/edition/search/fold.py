"""Folding for matching: the one definition of "the same word", shared with static/search.js.

A character folds by NFKD, dropping combining marks (diacritics: é -> e, й -> и, ё -> е) and
lower-casing. Letters and digits (Unicode L* and N*) make words; apostrophes and modifier
letters used as apostrophes or soft signs (' ’ ‘ ʹ ʼ ʻ ` and the soft hyphen) are removed inside
a word, so "Zinov'ev" and "Zinov’ev" are both "zinovev"; everything else, hyphens and dashes
included, separates words ("Zinov'ev-Kamenev" is two words). The JavaScript client repeats
exactly this rule; tests/search checks they agree.
"""

import unicodedata
from functools import lru_cache

# Removed, not separating: apostrophes in all their typewriter and typographic forms, the
# prime and modifier letters transliterations use for the soft sign, and the soft hyphen.
REMOVED = frozenset("'\u2019\u2018\u02b9\u02bc\u02bb`\u00ad\u2032")


@lru_cache(maxsize=8192)  # texts reuse few distinct characters: fold each once
def _fold_char(ch: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKD", ch):
        if c in REMOVED or unicodedata.category(c).startswith("M"):
            continue
        out.append(c.lower() if c.isalnum() else " ")
    return "".join(out)


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of `text`; offsets index `text` itself."""
    spans: list[tuple[int, int, str]] = []
    start, word, end = -1, [], -1
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if folded == "" and start >= 0:
            continue  # a removed character inside a word keeps the word going
        for c in folded:
            if c == " ":
                if word:
                    spans.append((start, end, "".join(word)))
                start, word = -1, []
            else:
                if not word:
                    start = i
                word.append(c)
                end = i + 1
    if word:
        spans.append((start, end, "".join(word)))
    return spans


def tokens(text: str) -> list[str]:
    return [t for _, _, t in token_spans(text)]


def fold(text: str) -> str:
    """The folded words of `text`, space-separated."""
    return " ".join(tokens(text))
