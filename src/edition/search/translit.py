"""Russian Cyrillic in the five romanisations readers meet: LC, BGN/PCGN, German, French, Polish.

Search folds through the personography (names.py): a person's Cyrillic name, written in each
system here, becomes one more form of that person, so "Jagoda" (German, Polish), "Yagoda"
(BGN), "Iagoda" (LC) and "Iéjov" (French for Ежов) all find the person. Only the letters are
romanised; diacritics need not be right (search folds them away: ž, ë, ï, ł are z, e, i, l).

One table per system: letter -> romanisation, and for е, ё, ю, я the iotated form used at
the start of a word and after a vowel, ъ or ь (Ежов: Yezhov, Jeschow, Iejov, Jeżow).
No package on the registries covers the German, French and Polish systems (iuliia: Russian
schemes only), so the tables are here, in one place.
"""

VOWELS = set("аеёиоуыэюяъь")

_BASE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k", "л": "l",
         "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
         "ъ": "", "ы": "y", "ь": "", "э": "e"}

# system -> (letters differing from _BASE, iotated е ё ю я after a vowel or at a word's start)
SYSTEMS = {
    "lc": ({"е": "e", "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
            "щ": "shch", "ю": "iu", "я": "ia"}, {}),
    "bgn": ({"е": "e", "ё": "ë", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ю": "yu", "я": "ya"}, {"е": "ye", "ё": "yë"}),
    "german": ({"в": "w", "е": "e", "ё": "jo", "ж": "sch", "з": "s", "й": "i", "х": "ch", "ц": "z",
                "ч": "tsch", "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja"}, {"е": "je"}),
    "french": ({"е": "e", "ё": "io", "ж": "j", "й": "ï", "у": "ou", "х": "kh", "ц": "ts", "ч": "tch",
                "ш": "ch", "щ": "chtch", "ю": "iou", "я": "ia"}, {"е": "ie"}),
    "polish": ({"в": "w", "е": "ie", "ё": "io", "ж": "ż", "й": "j", "л": "ł", "х": "ch", "ц": "c",
                "ч": "cz", "ш": "sz", "щ": "szcz", "ю": "iu", "я": "ia"},
               {"е": "je", "ё": "jo", "ю": "ju", "я": "ja"}),
}


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


HARD = set("жшчцщ")
# after HARD: Polish е "e", и "y" (Dzierżynski, Tuchaczewski); ё "o" (Chruschtschow, Chruszczow)
AFTER_HARD = {"polish": {"е": "e", "и": "y", "ё": "o"}, "german": {"ё": "o"}, "french": {"ё": "o"}}
SOFTENING = set("еёиюяь")  # before these Polish writes л as "l", else "ł" (Fieliks, Ławrientij)
ENDINGS = {"german": {"ий": "i", "ый": "y"}, "french": {"ий": "i", "ый": "y"}}  # Dserschinski, Dzerjinski


def _letter(low: str, previous: str, following: str, system: str) -> str:
    letters, iotated = SYSTEMS[system]
    if not previous.isalpha() or previous in VOWELS:
        if low in iotated:
            return iotated[low]
    if previous in HARD and low in AFTER_HARD.get(system, {}):
        return AFTER_HARD[system][low]
    if system == "polish" and low == "л" and following in SOFTENING:
        return "l"
    return letters.get(low, _BASE.get(low, low))


def romanise(text: str, system: str) -> str:
    """`text` with its Russian letters written in `system` (other characters kept)."""
    out, i, endings = [], 0, ENDINGS.get(system, {})
    while i < len(text):
        ch, low = text[i], text[i].lower()
        pair = text[i:i + 2].lower()
        if pair in endings and not text[i + 2:i + 3].isalpha():
            out.append(endings[pair])
            i += 2
            continue
        if low in _BASE or low in SYSTEMS[system][0]:
            previous = text[i - 1].lower() if i else ""
            latin = _letter(low, previous, text[i + 1:i + 2].lower(), system)
            out.append(latin.capitalize() if ch != low and latin else latin)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def romanisations(text: str) -> set[str]:
    """`text` in every system (nothing when it has no Cyrillic)."""
    return {romanise(text, s) for s in SYSTEMS} if is_cyrillic(text) else set()
