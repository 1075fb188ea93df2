"""The XML files a command is pointed at: files as given, folders as their *.xml in name order.

One rule for every command that takes TEI paths (validate, persons, dates, the batch validator),
so a folder means the same files to each of them.
"""

from pathlib import Path

from .errors import EditionError


def xml_files(paths) -> list[Path]:
    """Each path as a file, or a folder's *.xml; each file once. A missing path, or a folder
    without XML, is a usage error (exit 2) rather than a silent success."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(path.glob("*.xml"))
            if not found:
                raise EditionError(f"{path}: error: no .xml files in this folder")
            files.extend(found)
        elif path.is_file() or path.exists():  # a pipe or a device: the reader refuses it, naming it
            files.append(path)
        else:
            raise EditionError(f"{path}: error: no such file or folder")
    return list(dict.fromkeys(files))
