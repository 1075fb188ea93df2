"""Folding for matching: the one definition of "the same word", shared with static/client/fold.js.

A character folds by NFKD, dropping combining marks (diacritics: é -> e, й -> и, ё -> е) and
lower-casing; the Latin letters NFKD leaves whole (Ł, Đ, Ø, ß, Æ, ...) are first written as the
plain letters a reader types for them, so "Łódź" is "lodz". Letters and digits (Unicode L* and N*) make words; apostrophes and modifier
letters used as apostrophes or soft signs (' ’ ‘ ʹ ʼ ʻ ` and the soft hyphen) are removed inside
a word, so "Zinov'ev" and "Zinov’ev" are both "zinovev", except that an apostrophe + "s" ending
a word is the English possessive and is dropped with its "s" ("Stalin's" is "stalin", so a search
for Stalin finds it); everything else, hyphens and dashes included, separates words
("Zinov'ev-Kamenev" is two words). The JavaScript client repeats
exactly this rule; tests/search checks they agree.
"""

import unicodedata
from functools import lru_cache

# Removed, not separating: apostrophes in all their typewriter and typographic forms, the
# prime and modifier letters transliterations use for the soft sign, and the soft hyphen.
REMOVED = frozenset("'\u2019\u2018\u02b9\u02bc\u02bb`\u00ad\u2032")
APOSTROPHES = REMOVED - {"\u00ad"}
# Letters with a stroke or a ligature have no decomposition, so NFKD alone would keep "ł" apart
# from "l": a Polish or Croatian spelling would then not find its plain transliteration.
PLAIN = {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ħ": "H", "ħ": "h", "ı": "i",
         "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "TH", "þ": "th"}


@lru_cache(maxsize=8192)  # texts reuse few distinct characters: fold each once
def _fold_char(ch: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKD", PLAIN.get(ch, ch)):
        if c in REMOVED or unicodedata.category(c).startswith("M"):
            continue
        out.append(c.lower() if c.isalnum() else " ")
    return "".join(out)


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of `text`; offsets index `text` itself."""
    spans: list[tuple[int, int, str]] = []
    start, word, end, apostrophe = -1, [], -1, None  # apostrophe: (index in word, index in text)

    def close():
        folded = "".join(word)
        if apostrophe and apostrophe[0] == len(word) - 1 and folded.endswith("s") and len(word) > 1:
            spans.append((start, apostrophe[1], folded[:-1]))  # possessive: Stalin's -> stalin
        else:
            spans.append((start, end, folded))

    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if folded == "":
            if start >= 0 and ch in APOSTROPHES:
                apostrophe = (len(word), i)
            continue  # a removed character inside a word keeps the word going
        for c in folded:
            if c == " ":
                if word:
                    close()
                start, word, apostrophe = -1, [], None
            else:
                if not word:
                    start = i
                word.append(c)
                end = i + 1
    if word:
        close()
    return spans


def tokens(text: str) -> list[str]:
    return [t for _, _, t in token_spans(text)]


_MARK = "\x00"  # an apostrophe, kept in the translated text to decide the possessive
_TABLE: dict[int, str] = {}  # code point -> its fold (_MARK for apostrophes), filled as met
_KNOWN: set[str] = set()  # the characters _TABLE holds


def _fold_piece(text: str) -> str:
    """fold() of one text, with str.translate (the character loop of token_spans was over half of
    the index build's time)."""
    for ch in set(text) - _KNOWN:
        _TABLE[ord(ch)] = _MARK if ch in APOSTROPHES else _fold_char(ch)
        _KNOWN.add(ch)  # after the table: another thread never sees a character not yet in it
    translated = text.translate(_TABLE)
    if _MARK not in translated:  # most texts: no apostrophe to weigh word by word
        return " ".join(translated.split())
    words = []
    for word in translated.split():
        word = word.lstrip(_MARK)  # an apostrophe before a word is outside it
        if _MARK in word:
            if word[-1] == "s" and word[-2] == _MARK:  # the last apostrophe right before a final s
                word = word[:-1]
            word = word.replace(_MARK, "")
        if word:
            words.append(word)
    return " ".join(words)


# A word as written (between white space) -> its fold: white space separates words and every
# character folds alike wherever it stands, so a text folds word by word, and a word folded once
# is looked up after that (the index folds every unit: most of its words recur). Emptied when full.
_WORDS: dict[str, str] = {}
_WORDS_MAX = 1 << 16


def fold(text: str) -> str:
    """The folded words of `text`, space-separated: `" ".join(tokens(text))`, a written word
    folded once (tests/search checks they agree)."""
    written = text.split()
    try:
        folded = " ".join(map(_WORDS.__getitem__, written))
    except KeyError:  # a word not met yet
        if len(_WORDS) > _WORDS_MAX:
            _WORDS.clear()
        folded = " ".join([_word(w) for w in written])
    # a word that folds to nothing ("–") leaves its spaces
    return " ".join(folded.split()) if "  " in folded or folded[:1] == " " or folded[-1:] == " " else folded


def _word(written: str) -> str:
    """One word's fold, from the memo or made now: one lookup, so another thread emptying the
    memo between a test and a read (the viewer folds queries while the index builds) is harmless."""
    folded = _WORDS.get(written)
    if folded is None:
        folded = _WORDS[written] = _fold_piece(written)
    return folded
