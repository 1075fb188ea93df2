"""The words of one reading (a sic, a corr, supplied text…) as the page shows them, quoted by the
apparatus list and by the explanation beside the correction in the text (render/ids.py gives
the XSLT this very string): superscript digits stay raised ("4¹4-¹5"), or an entry would read
"414-15 → 414-15" and hide what was corrected; a note inside the reading is not part of it;
whitespace is collapsed as XPath's normalize-space does.
"""

import re

from .namespaces import T

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_XML_SPACE = re.compile(r"[ \t\r\n]+")


def wording(el) -> str:
    parts: list[str] = []
    _collect(el, False, parts)
    return _XML_SPACE.sub(" ", "".join(parts)).strip(" ")


def _collect(el, raised: bool, parts: list[str]) -> None:
    parts.append(_raise(el.text, raised))
    for child in el:
        if isinstance(child.tag, str) and child.tag != T + "note":
            _collect(child, raised or (child.tag == T + "hi" and child.get("rend") == "superscript"), parts)
        parts.append(_raise(child.tail, raised))


def _raise(text: str | None, raised: bool) -> str:
    return (text or "").translate(_SUPERSCRIPT) if raised else (text or "")
