"""`edition import SOURCE -o tei/NAME.xml`: draft TEI from an OCR transcription.

The root @xml:id is the output file's stem. Warnings (`SOURCE:LINE: warning: ...`) name what was
kept but could not be classified or placed. Nothing is written on error: the file is checked
first, and the output goes through a temporary file in the same folder and os.replace.
"""

import re
import sys
from pathlib import Path

from ..errors import EditionError, InputError
from ..textfile import MAX_BYTES, decode_utf8, position, read_bytes

# characters XML 1.0 cannot hold at all (C0 controls other than tab, newline, carriage return)
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

HELP = "import an OCR transcription (markdown-like text) as a draft TEI file"


def add_arguments(parser):
    parser.add_argument("source", help="the transcription, e.g. sources/000_1f0d5a27ce904b67.txt")
    parser.add_argument("-o", "--output", required=True, help="the TEI file to write; its stem is the root xml:id")
    parser.add_argument("--force", action="store_true", help="overwrite an existing output file")
    notes = parser.add_mutually_exclusive_group()
    notes.add_argument("--endnotes", dest="endnotes", action="store_true", default=None,
                       help="numeric markers are endnote anchors without bodies (default: when no numbered note body is in the file)")
    notes.add_argument("--footnotes", dest="endnotes", action="store_false",
                       help="numeric markers are footnote markers even if no body is found")


def _read(path: Path) -> str:
    """The transcription's text, refused here if its TEI could not be written or read back."""
    data = read_bytes(path)
    if len(data) > MAX_BYTES:  # its TEI would be over the limit every reader of the edition enforces
        raise InputError(f"{path}:1:1: error: file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit; "
                         "split the transcription")
    text = decode_utf8(data, str(path))
    if not text.strip():
        raise InputError(f"{path}:1:1: error: the transcription is empty")
    bad = NOT_XML.search(text)
    if bad:
        raise InputError(f"{path}:{position(text, bad.start())}: error: control character U+{ord(bad.group()):04X} "
                         "cannot be stored in XML; remove it from the transcription")
    return text


def run(args) -> int:
    from ..importer import import_text
    from ..importer.writer import write_atomic

    source, output = Path(args.source), Path(args.output)
    text = _read(source)
    if text.startswith("\ufeff"):
        text = text[1:]
    if output.suffix != ".xml":
        raise EditionError(f"{output}: error: the output must be a .xml file (its stem becomes the root xml:id)")
    if output.is_dir():
        raise EditionError(f"{output}: error: is a folder; give the TEI file to write")
    if output.exists() and not args.force:
        raise InputError(f"{output}: error: already exists; use --force to overwrite it")
    if not output.parent.is_dir():
        raise EditionError(f"{output.parent}: error: no such folder")
    tree, warnings = import_text(text, source.name, output.stem, endnotes=args.endnotes)
    for w in warnings:
        print(f"{source}:{w.line}: warning: {w.message}", file=sys.stderr)
    write_atomic(tree, output)
    print(f"{output}: written ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})")
    return 0
