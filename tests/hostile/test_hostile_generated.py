"""Generated hostile documents through validate and build: each ends in success or in one located
error line per file, never a traceback, and never shows a planted secret file's contents."""

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.cli import main

from .conftest import HOSTILE_TEI, document

SECRET = "h16-generated-secret-9c2e"


def _run(*args) -> tuple[int, str]:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue() + err.getvalue()


def _nested(depth: int) -> str:
    return "<p>" + "<hi>" * depth + "deep" + "</hi>" * depth + "</p>"


def _attributes(count: int) -> str:
    return "<p " + " ".join(f'n{i}="x"' for i in range(count)) + ">wide</p>"


def _declarations(secret_uri: str) -> st.SearchStrategy[str]:
    return st.sampled_from([
        f'<!DOCTYPE TEI SYSTEM "{secret_uri}">',
        f'<!DOCTYPE TEI [<!ENTITY leak SYSTEM "{secret_uri}">]>',
        f'<!ENTITY leak SYSTEM "{secret_uri}">',
        f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{secret_uri}"> %p;]>',
        "&leak;",
    ])


@st.composite
def hostile_documents(draw, secret_uri: str) -> str:
    body = draw(st.lists(st.one_of(
        st.integers(1, 110).map(_nested),
        st.integers(0, 230).map(_attributes),
        st.integers(990, 1010).map(lambda n: f'<p {"a" * n}="x">long</p>'),
        st.just('<p>The plenum met and <persName ref="persons.xml#stalin">Stalin</persName> spoke.</p>'),
    ), min_size=1, max_size=4))
    text = document("gen", "".join(body))
    padding = draw(st.integers(0, 6000))  # a long prolog: a check of its first kilobytes only is not enough
    text = text.replace("<TEI ", f"<!-- {'x' * padding} -->\n<TEI ", 1)
    for _ in range(draw(st.integers(0, 2))):  # declarations and references at random offsets
        at = draw(st.one_of(st.integers(0, len(text)), st.just(text.index("<TEI "))))
        text = text[:at] + draw(_declarations(secret_uri)) + text[at:]
    return text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_generated_hostile_documents_end_in_one_line_or_success_and_never_leak(data):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        secret = tmp / "secret.txt"
        secret.write_text(SECRET, encoding="utf-8")
        dtd = tmp / "evil.dtd"
        dtd.write_text(f'<!ENTITY leak SYSTEM "{secret.as_uri()}">', encoding="utf-8")
        folder = tmp / "tei"
        folder.mkdir()
        (folder / "persons.xml").write_bytes((HOSTILE_TEI / "persons.xml").read_bytes())
        gen = folder / "gen.xml"
        gen.write_text(data.draw(hostile_documents(dtd.as_uri())), encoding="utf-8")
        code, said = _run("validate", folder)
        assert code in (0, 1) and "Traceback" not in said and SECRET not in said
        errors = [line for line in said.splitlines() if line.startswith(f"{gen}:") and "error" in line]
        if code == 1 and errors and "[well-formed]" in errors[0]:
            assert len(errors) == 1 and re.match(rf"{re.escape(str(gen))}:\d+:\d+: error: ", errors[0])
        out = tmp / "out"
        code, said = _run("build", folder, "--out", out)
        assert code in (0, 1) and "Traceback" not in said and SECRET not in said
        assert not any(SECRET in p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*") if p.is_file())
        failed = [line for line in said.splitlines() if line.startswith(f"{gen}:")]
        assert (code == 0 and not failed) or len(failed) == 1
