"""One Saxon processor per process and each stylesheet compiled once, shared by every caller.

SaxonC (saxonche) runs in a GraalVM isolate: creating a second `PySaxonProcessor` in a process
is wasteful and, across threads, unreliable, and a compiled executable keeps its parameters as
mutable state. So this module owns the process-wide processor and a cache of compiled
executables, and `run()` holds one lock for the whole parse-set-transform sequence. The viewer
may call from several request threads: they simply take turns (a document renders in a few
milliseconds, so the lock costs little and makes parameter state impossible to mix up).
"""

import threading
from pathlib import Path

from ..errors import EditionError, InputError
from ..resources import data_file

_LOCK = threading.RLock()
_processor = None
_executables: dict[str, object] = {}
_documents: dict[tuple, object] = {}
_KEEP = 32  # parsed documents kept (the personography and the documents being rendered)


def _proc():
    global _processor
    if _processor is None:
        from saxonche import PySaxonProcessor

        _processor = PySaxonProcessor(license=False)
    return _processor


def _executable(stylesheet: str):
    """The compiled stylesheet `xslt/<stylesheet>`, compiled on first use only."""
    if stylesheet not in _executables:
        path = data_file("xslt", stylesheet)
        compiler = _proc().new_xslt30_processor()
        try:
            _executables[stylesheet] = compiler.compile_stylesheet(stylesheet_file=str(path))
        except Exception as exc:  # saxonche raises PySaxonApiError with Saxon's message
            raise EditionError(f"{path}: error: stylesheet does not compile: {exc}") from None
    return _executables[stylesheet]


def warm_up(*stylesheets: str) -> None:
    """Compile stylesheets ahead of the first request (server start, benchmarks)."""
    with _LOCK:
        for name in stylesheets:
            _executable(name)


def parse_cached(path: Path, read):
    """A parsed document kept while the file is unchanged (the personography, used by every
    render); `read()` returns the checked text and is called only when the file changed."""
    try:
        stat = path.stat()
    except OSError:
        return _proc_parse(read())  # read() raises the usual InputError
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _LOCK:
        if key not in _documents:
            if len(_documents) >= _KEEP:  # bounded: a batch build passes thousands of documents
                _documents.clear()
            _documents[key] = _proc().parse_xml(xml_text=read())
        return _documents[key]


def forget_documents() -> None:
    """Drop the parsed documents (a benchmark measuring a build from the files calls this)."""
    with _LOCK:
        _documents.clear()


def _proc_parse(text: str):
    with _LOCK:
        return _proc().parse_xml(xml_text=text)


def run(stylesheet: str, source, params: dict, name: str) -> str:
    """Transform `source` (text already checked by edition.xmlsafe, or a document from
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
        try:
            node = proc.parse_xml(xml_text=source) if isinstance(source, str) else source
            return executable.transform_to_string(xdm_node=node)
        except Exception as exc:
            message = " ".join(str(exc).split())
            raise InputError(f"{name}: error: transform with {stylesheet} failed: {message}") from None


def parse_text(text: str):
    """Parse XML the edition built itself (e.g. the mentions list) into a Saxon document."""
    with _LOCK:
        return _proc().parse_xml(xml_text=text)
