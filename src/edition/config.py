"""The project config file, `edition.toml` at the edition's root (the folder holding tei/).

It says what the TEI cannot: where the edition is published. Read with tomllib; only the keys
below are known, and an unknown key or a wrong type is an error naming the file, since a
misspelt `base_url` would otherwise fall back silently to relative citations:

    [site]
    base_url = "https://example.org/purges/"   # the public address of the edition's home page

`--base-url` on `edition serve` and `edition build --static` wins over the file.
"""

import re
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from .errors import EditionError

FILE_NAME = "edition.toml"
KNOWN = {"site": {"base_url": str}}


def config_file(tei_dir: Path | str) -> Path:
    return Path(tei_dir).resolve().parent / FILE_NAME


def read_config(tei_dir: Path | str) -> dict:
    """{"base_url": …} from the edition's edition.toml; {} when there is none."""
    path = config_file(tei_dir)
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise EditionError(f"{path}:1:1: error: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:  # its message ends "(at line L, column C)"
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, col = where.groups() if where else ("1", "1")
        message = re.sub(r"\s*\(at [^)]*\)$", "", str(exc))
        raise EditionError(f"{path}:{line}:{col}: error: {message}") from None
    out = {}
    for table, value in data.items():
        keys = KNOWN.get(table)
        if keys is None or not isinstance(value, dict):
            raise EditionError(f"{path}:1:1: error: unknown setting [{table}] (known: [site] base_url)")
        for key, setting in value.items():
            if keys.get(key) is not type(setting):
                raise EditionError(f"{path}:1:1: error: [{table}] {key} is not a known text setting (known: base_url)")
            out[key] = setting
    if "base_url" in out:
        out["base_url"] = base_url(out["base_url"], str(path))
    return out


def base_url(value: str, where: str = "--base-url") -> str:
    """The public address, checked and ending in '/': an absolute http(s) URL without query or fragment."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise EditionError(f"{where}: error: base URL {value!r} is not an absolute http(s) address "
                           "without query or fragment (e.g. https://example.org/purges/)")
    return parts.geturl().rstrip("/") + "/"


def site_base_url(tei_dir: Path | str, given: str | None) -> str:
    """The base URL in force: the option's, else the config file's, else '' (relative citations)."""
    if given is not None:
        return base_url(given)
    return read_config(tei_dir).get("base_url", "")
