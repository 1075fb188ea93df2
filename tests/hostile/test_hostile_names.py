"""Files that are not regular files, oversized files, and file names or values that could break a
line: each is one escaped line in every command and every output format, and never a CI command."""

import json
import os
import re
import subprocess
import sys

import pytest

from .conftest import TIMEOUT, document, edition, free_port


def _refused_by_serve(folder) -> str:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "edition", "serve", "--port", str(port), folder],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    try:
        _out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("serve started (or hung) instead of refusing the folder")
    assert proc.returncode == 1 and "Traceback" not in err
    return err


@pytest.fixture
def pipe(edition_folder):
    path = edition_folder / "pipe.xml"
    os.mkfifo(path)
    return path


def test_a_named_pipe_is_refused_unopened_by_validate_build_and_serve(pipe, tmp_path):
    # opening a pipe for reading would wait for a writer forever: each command runs under the
    # helpers' time limit, which only a hang reaches (a total time would fail on a busy machine)
    result = edition("validate", pipe.parent)
    assert result.exit_code == 1
    assert [line for line in result.stdout.splitlines() if str(pipe) in line] == [
        f"{pipe}:1:1: error: is a named pipe, not a file [well-formed]"]
    for jobs in ("1", "2"):
        built = edition("build", pipe.parent, "--out", tmp_path / f"out{jobs}", "--jobs", jobs)
        assert built.exit_code == 1 and f"{pipe}: error: is a named pipe, not a file" in built.stderr
        assert (tmp_path / f"out{jobs}" / "doc" / "clean" / "index.html").is_file()
    assert f"{pipe}: error: is a named pipe, not a file" in _refused_by_serve(pipe.parent)


@pytest.mark.parametrize("command", [("persons",), ("dates",), ("persons", "--tag"), ("dates", "--tag")])
def test_persons_and_dates_refuse_a_pipe(cli, pipe, command):
    result = cli(*command, pipe)
    assert result.exit_code == 1 and result.stderr == f"{pipe}: error: is a named pipe, not a file\n"


def test_validate_refuses_a_device_named_on_the_command_line():
    result = edition("validate", "/dev/zero", timeout=30)
    assert result.exit_code == 1
    assert result.stdout.startswith("/dev/zero:1:1: error: is a character device, not a file [well-formed]\n")


def test_a_sparse_file_of_three_gigabytes_is_refused_by_its_size_without_being_read(edition_folder):
    big = edition_folder / "big.xml"
    with open(big, "wb") as file:
        file.truncate(3 * 1024 ** 3)
    result = edition("validate", big, timeout=30)
    assert result.exit_code == 1
    assert f"{big}:1:1: error: file is 3,221,225,472 bytes, over the 20,971,520-byte limit" in result.stdout


HOSTILE_NAMES = {
    "not UTF-8": (b"caf\xe9.xml", "caf\\xe9.xml"),
    "a newline and a workflow command": (b"x\n::error file=a::pwned.xml", "x\\n::error file=a::pwned.xml"),
    "a workflow command": (b"::warning::pwned.xml", "::warning::pwned.xml"),
    "an escape sequence": (b"bell\x07\x1b[31m.xml", "bell\\x07\\x1b[31m.xml"),
}


def _no_command_lines(text: str, allowed: int = 0) -> None:
    commands = [line for line in text.splitlines() if re.match(r"\s*(::|##)", line)]
    assert len(commands) == allowed, commands


@pytest.mark.parametrize("case", list(HOSTILE_NAMES))
@pytest.mark.parametrize("form", ["text", "json", "github"])
def test_a_hostile_file_name_is_escaped_in_every_validate_format(edition_folder, case, form):
    raw, shown = HOSTILE_NAMES[case]
    folder = os.fsencode(edition_folder)
    with open(os.path.join(folder, raw), "wb") as file:
        file.write(b"<TEI")  # not well-formed: one finding naming the file
    result = edition("validate", edition_folder, "--format", form)
    assert result.exit_code == 1
    out = result.stdout + result.stderr
    if form == "json":
        paths = [f["path"] for f in json.loads(result.stdout)["findings"]]
        assert paths == [f"{edition_folder}/{shown}"]
    elif form == "github":
        _no_command_lines(out, allowed=1)
        assert out.splitlines()[0].startswith("::error file=")
    else:
        _no_command_lines(out)
        assert out.splitlines()[0].startswith(f"{edition_folder}/{shown}:1:")


@pytest.mark.parametrize("case", list(HOSTILE_NAMES))
def test_a_hostile_file_name_is_escaped_by_build(edition_folder, tmp_path, case):
    raw, shown = HOSTILE_NAMES[case]
    with open(os.path.join(os.fsencode(edition_folder), raw), "wb") as file:
        file.write(b"<TEI")
    for jobs in ("1", "2"):
        result = edition("build", edition_folder, "--out", tmp_path / f"out{jobs}", "--jobs", jobs)
        assert result.exit_code == 1
        _no_command_lines(result.stdout + result.stderr)
        assert f"{shown}:1:" in result.stderr


@pytest.mark.parametrize("form", ["text", "github"])
def test_a_relative_name_that_reads_as_a_workflow_command_is_printed_as_another_name_for_it(edition_folder, form):
    (edition_folder / "::warning::pwned.xml").write_bytes(b"<TEI")
    proc = subprocess.run([sys.executable, "-m", "edition", "validate", "--format", form, "::warning::pwned.xml"],
                          capture_output=True, text=True, cwd=edition_folder, timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    _no_command_lines(proc.stdout, allowed=form == "github")
    shown = "./::warning::pwned.xml:1:5: error:" if form == "text" else "::error file=./%3A%3Awarning%3A%3Apwned.xml,"
    assert proc.stdout.splitlines()[0].startswith(shown)


def test_a_quoted_attribute_value_cannot_start_a_line(edition_folder):
    body = ('<p>The plenum met and <persName ref="persons.xml#stalin">Stalin</persName> spoke '
            '<hi rend="1&#10;::error::pwned&#13;&#x85;">twice</hi>.</p>')
    (edition_folder / "clean.xml").write_text(document(body=body), encoding="utf-8")
    for form in ("text", "github"):
        result = edition("validate", edition_folder, "--format", form)
        assert result.exit_code == 1
        _no_command_lines(result.stdout, allowed=sum(1 for line in result.stdout.splitlines()
                                                     if form == "github" and line.startswith("::error file=")))
        assert '"1\\n::error::pwned\\r\\x85"' in result.stdout
