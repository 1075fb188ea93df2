"""How a file name or a value from a file appears in a message: on one line, escaped, never a command.

File names may hold bytes that are not UTF-8 (Python keeps them as lone surrogates, which would
crash printing), newlines and other control characters; attribute values in a TEI file may hold
`&#10;`. Printed as they are, they could start a new line that a CI system reads as a command
(GitHub's `::error::…`, Azure's `##vso[…]`). Escaped here, they cannot.
"""

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_COMMAND = re.compile(r"^(?:::|##)")  # GitHub Actions workflow commands, Azure Pipelines logging commands


def _escape(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, as os.fsdecode kept it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """`text` with control characters, line separators and undecodable bytes as backslash escapes."""
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def line(text: str) -> str:
    """`escaped(text)`, and, should it begin as a CI command would, prefixed so that it does not
    (a path is prefixed with ./, which names the same file)."""
    text = escaped(text)
    return "./" + text if _COMMAND.match(text) else text
