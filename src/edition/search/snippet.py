"""Keyword in context: a unit's text cut to windows around its hits, as marked spans (no HTML).

Up to MAX_FRAGMENTS windows of CONTEXT characters either side of a hit, widened to whole
words and merged when they touch; "…" stands for what is left out. Returned as a list of
{"text": str, "hit": bool}, so each renderer escapes and marks it its own way.
"""

CONTEXT = 70
MAX_FRAGMENTS = 3
ELLIPSIS = "\u2026"


def _widen_left(text: str, i: int) -> int:
    if i <= 0:
        return 0
    j = text.find(" ", i)  # start after a space, never mid-word
    return 0 if j < 0 else j + 1


def _widen_right(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    j = text.rfind(" ", 0, i)
    return len(text) if j < 0 else j


def snippet(text: str, hits: list[tuple[int, int]]) -> list[dict]:
    if not hits:
        end = _widen_right(text, 2 * CONTEXT)
        return [{"text": text[:end] + (ELLIPSIS if end < len(text) else ""), "hit": False}]
    windows: list[list[int]] = []
    for start, end in hits:
        lo = _widen_left(text, start - CONTEXT) if start - CONTEXT > 0 else 0
        lo = min(lo, start)
        hi = max(_widen_right(text, end + CONTEXT), end)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        elif len(windows) < MAX_FRAGMENTS:
            windows.append([lo, hi])
    out: list[dict] = []
    for lo, hi in windows:
        if lo > 0:
            out.append({"text": ELLIPSIS, "hit": False})
        pos = lo
        for start, end in hits:
            if start >= lo and end <= hi:
                if start > pos:
                    out.append({"text": text[pos:start], "hit": False})
                out.append({"text": text[start:end], "hit": True})
                pos = end
        if hi > pos:
            out.append({"text": text[pos:hi], "hit": False})
    if windows and windows[-1][1] < len(text):
        out.append({"text": ELLIPSIS, "hit": False})
    return out
