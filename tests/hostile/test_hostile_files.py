"""Every hostile or broken TEI file gets one clear message from validate, build and serve: the file,
the line and column, what is wrong; never a hang, a traceback, or an output file for it."""

import json
import re
import socket
import subprocess
import sys
import time

import pytest

from edition.build.manifest import NAME as MANIFEST

from .cases_xml import CASES, EXPECT, case_bytes
from .conftest import edition, free_port

@pytest.fixture
def bad(edition_folder, request):
    """(case name, path): the case written as bad.xml next to a clean document and persons.xml."""
    path = edition_folder / "bad.xml"
    path.write_bytes(case_bytes(request.param))
    return request.param, path


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _located(line: str, path) -> bool:
    return re.match(rf"{re.escape(str(path))}:\d+:\d+: error: ", line) is not None


@pytest.mark.parametrize("bad", list(CASES), indirect=True)
def test_validate_reports_the_hostile_file_and_still_checks_the_clean_one(bad):
    name, path = bad
    result = edition("validate", path.parent)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(_located(line, path) and EXPECT[name] in line for line in lines), result.stdout
    assert not any(line.startswith(str(path.parent / "clean.xml")) for line in lines)


@pytest.mark.parametrize("bad", list(CASES), indirect=True)
def test_build_names_the_hostile_file_writes_nothing_for_it_and_builds_the_rest(bad, tmp_path):
    (name, path), out = bad, tmp_path / "out"
    result = edition("build", path.parent, "--out", out)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert len(errors) == 1 and _located(errors[0], path) and EXPECT[name] in errors[0], result.stderr
    assert (out / "doc" / "clean" / "index.html").is_file()
    left = [p.relative_to(out).as_posix() for p in out.rglob("*")
            if p.name.startswith(("bad", ".")) or p.suffix == ".tmp"]
    assert left == [MANIFEST]  # the build's record of what it made, where the bad file has no entry
    assert set(json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]) == {"clean.xml"}


@pytest.mark.parametrize("bad", list(CASES), indirect=True)
def test_serve_refuses_to_start_on_the_hostile_file_with_one_line(bad):
    name, path = bad
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "edition", "serve", "--port", str(port), path.parent],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    deadline = time.monotonic() + 30
    while proc.poll() is None:
        if _listening(port) or time.monotonic() > deadline:
            proc.kill()
            proc.communicate()
            pytest.fail("serve started (or hung) on a hostile edition instead of refusing it")
        time.sleep(0.1)
    out, err = proc.communicate()
    assert proc.returncode == 1 and "Traceback" not in err
    assert err.count("\n") == 1 and _located(err, path) and EXPECT[name] in err, err


@pytest.mark.parametrize("command", [("persons",), ("dates",), ("persons", "--tag"), ("dates", "--tag")])
@pytest.mark.parametrize("bad", list(CASES), indirect=True)
def test_persons_and_dates_name_the_hostile_file_and_leave_it_as_it_was(cli, bad, command):
    name, path = bad
    before = path.read_bytes()
    result = cli(*command, path)
    assert result.exit_code == 1
    assert _located(result.stderr, path) and EXPECT[name] in result.stderr and result.stderr.count("\n") == 1
    assert path.read_bytes() == before and sorted(p.name for p in path.parent.iterdir()) == [
        "bad.xml", "clean.xml", "persons.xml"]
