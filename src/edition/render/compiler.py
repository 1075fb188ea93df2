"""One Saxon processor per process and each stylesheet compiled once, shared by every caller.

SaxonC (saxonche) runs in a GraalVM isolate: creating a second `PySaxonProcessor` in a process
is wasteful and, across threads, unreliable, and a compiled executable keeps its parameters as
mutable state. So this module owns the process-wide processor and its compiled executables,
and `run()` holds one lock for the whole parse-set-transform sequence. The viewer may call
from several request threads: they simply take turns (a document renders in a few
milliseconds, so the lock costs little and makes parameter state impossible to mix up).

The processor comes from edition.saxonsafe: the stylesheets are compiled when it is made (the
only moment it may open a file), and it parses only text the gate (edition.xmlsafe) accepted.
"""

import threading
from pathlib import Path

from ..cache import BoundedCache
from ..errors import EditionError, InputError
from ..resources import data_file

STYLESHEETS = ("html.xsl", "text.xsl")  # all of xslt/'s entry points
_LOCK = threading.RLock()
_processor = None
_executables: dict[str, object] = {}
_documents = BoundedCache(32)  # parsed documents (the personography, the documents being rendered)


def _proc():
    global _processor
    if _processor is None:
        from .. import saxonsafe

        _processor = saxonsafe.new_processor(compile_first=_compile_all)
    return _processor


def _compile_all(processor) -> None:
    for stylesheet in STYLESHEETS:
        path = data_file("xslt", stylesheet)
        try:
            _executables[stylesheet] = processor.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))
        except Exception as exc:  # saxonche raises PySaxonApiError with Saxon's message
            raise EditionError(f"{path}: error: stylesheet does not compile: {exc}") from None


def _executable(stylesheet: str):
    _proc()
    return _executables[stylesheet]


def warm_up(*stylesheets: str) -> None:
    """Compile the stylesheets ahead of the first request (server start, benchmarks)."""
    with _LOCK:
        for name in stylesheets:
            _executable(name)


def _parse(text: str, name: str):
    """Saxon's document for text the gate accepted; should Saxon still refuse it, one line."""
    try:
        return _proc().parse_xml(xml_text=text)
    except Exception as exc:  # PySaxonApiError: never to reach a traceback or a worker's pickler
        raise InputError(f"{name}: error: Saxon cannot read it: {' '.join(str(exc).split())}") from None


def parse_cached(path: Path, read):
    """A parsed document kept while the file is unchanged (the personography, used by every
    render); `read()` returns the gate's `Checked` and is called only when the file changed."""
    try:
        stat = path.stat()
    except OSError:
        return _proc_parse(read())  # read() raises the usual InputError

    def parse():
        checked = read()
        return _parse(checked.text, checked.name)

    with _LOCK:
        return _documents.get(str(path.resolve()), parse, signature=(stat.st_mtime_ns, stat.st_size))


def forget_documents() -> None:
    """Drop the parsed documents (a benchmark measuring a build from the files calls this)."""
    with _LOCK:
        _documents.clear()


def _proc_parse(checked):
    with _LOCK:
        return _parse(checked.text, checked.name)


def run(stylesheet: str, source, params: dict, name: str) -> str:
    """Transform `source` (a serialisation of a tree the gate made, or a document from
    `parse_cached`) with `params`.

    `params` values: str, bool, or a parsed document (from `parse_cached`) or None.
    """
    with _LOCK:
        proc = _proc()
        executable = _executable(stylesheet)
        executable.clear_parameters()
        for key, value in params.items():
            if value is None:
                continue
            if isinstance(value, bool):
                value = proc.make_boolean_value(value)
            elif isinstance(value, str):
                value = proc.make_string_value(value)
            executable.set_parameter(key, value)
        node = _parse(source, name) if isinstance(source, str) else source
        try:
            return executable.transform_to_string(xdm_node=node)
        except Exception as exc:
            message = " ".join(str(exc).split())
            raise InputError(f"{name}: error: transform with {stylesheet} failed: {message}") from None


def parse_text(text: str):
    """Parse XML the edition built itself (e.g. the mentions list) into a Saxon document."""
    with _LOCK:
        return _parse(text, "<edition>")
