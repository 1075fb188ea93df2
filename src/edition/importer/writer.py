"""Write a TEI tree atomically: a temporary file in the target folder, then os.replace, so an
interrupted or failed import never leaves a partial edition file behind."""

import os
import tempfile
from pathlib import Path

from lxml import etree


def serialize(tree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_atomic(tree, path: Path) -> None:
    data = serialize(tree)
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
