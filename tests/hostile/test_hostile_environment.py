"""The environment's faults and the viewer's own answers: a port out of range, an output path that
is a file, a full disk, --tag on a missing file or a symbolic link, the search cache folder, and
the security headers on the error answers waitress makes itself."""

import errno
import os
import socket
import subprocess
import sys
import time

import pytest

from edition.search import store
from edition.web.security import HEADERS

from .conftest import document, edition, free_port


@pytest.mark.parametrize("port", ["0", "65536", "-1", "http"])
def test_a_port_outside_1_to_65535_is_a_usage_error(edition_folder, port):
    result = edition("serve", "--port", port, edition_folder, timeout=30)
    assert result.exit_code == 2 and "from 1 to 65535" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("option", ["--out", "--static"])
def test_an_output_path_that_is_a_file_is_a_usage_error_in_one_line(edition_folder, tmp_path, option):
    taken = tmp_path / "taken"
    taken.write_text("keep me\n", encoding="utf-8")
    args = ["--out", taken] if option == "--out" else ["--static", taken]
    result = edition("build", edition_folder, *args)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [f"{taken}: error: is a file, not a folder"]
    assert taken.read_text(encoding="utf-8") == "keep me\n"


def _full_disk(monkeypatch):
    """Every write through edition.atomicwrite fails as on a full disk."""
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, file):
            self.file = file

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.file, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))


def test_a_full_disk_during_build_leaves_no_partial_output(cli, edition_folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _full_disk(monkeypatch)
    result = cli("build", edition_folder, "--out", out)
    assert result.exit_code == 2 and "No space left on device" in result.stderr
    assert "Traceback" not in result.stderr
    assert not [p for p in out.rglob("*") if p.is_file() and (p.suffix == ".tmp" or "clean" in p.as_posix())]


def test_an_output_that_cannot_be_written_is_an_environment_error_naming_it(cli, edition_folder, tmp_path,
                                                                            monkeypatch):
    out = tmp_path / "out"
    assert cli("build", edition_folder, "--out", out).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    doc = edition_folder / "clean.xml"
    doc.write_text(doc.read_text(encoding="utf-8").replace("spoke.", "spoke again."), encoding="utf-8")
    _full_disk(monkeypatch)
    result = cli("build", edition_folder, "--out", out)
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert result.exit_code == 2, result.stderr
    assert f"{out / 'doc' / 'clean' / 'index.html'}: error: cannot write: No space left on device" in errors
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before  # the last build intact


def test_build_static_names_the_users_file_not_its_snapshot(edition_folder, tmp_path):
    (edition_folder / "broken.xml").write_text(document("broken", body="<p>unclosed"), encoding="utf-8")
    result = edition("build", edition_folder, "--static", tmp_path / "site")
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert result.exit_code == 1 and errors
    assert all(line.startswith(f"{edition_folder / 'broken.xml'}:") for line in errors), errors
    assert "edition-export-" not in result.stderr


@pytest.mark.parametrize("command", ["persons", "dates"])
def test_tag_on_a_missing_file_is_a_usage_error(cli, edition_folder, command):
    result = cli(command, "--tag", edition_folder / "missing.xml")
    assert result.exit_code == 2 and result.stderr == f"{edition_folder / 'missing.xml'}: error: no such file to tag\n"


@pytest.mark.parametrize("command", ["persons", "dates"])
def test_tag_on_a_symbolic_link_edits_its_target_and_keeps_the_link(cli, edition_folder, command):
    target = edition_folder / "clean.xml"
    text = target.read_text(encoding="utf-8").replace("spoke.", "spoke on 3 March 1937 with Stalin.")
    target.write_text(text, encoding="utf-8")
    link = edition_folder / "link.xml"
    link.symlink_to("clean.xml")
    result = cli(command, "--tag", link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "clean.xml"
    assert target.read_text(encoding="utf-8") != text  # the target was tagged


def _raw_request(port: int, data: bytes) -> bytes:
    """The server's answer; it may answer and close before reading all of an oversized request."""
    answer = b""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        try:
            conn.sendall(data)
            while chunk := conn.recv(65536):
                answer += chunk
        except (ConnectionResetError, BrokenPipeError):
            pass
    return answer


@pytest.fixture
def server(edition_folder):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "edition", "serve", "--port", str(port), edition_folder],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            pytest.fail("serve did not start")
        time.sleep(0.2)
    yield port
    proc.terminate()
    proc.wait(timeout=30)


@pytest.mark.parametrize("request_bytes, status", [
    (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 264_000 + b"\r\n\r\n", b"431"),
    (b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nonsense\r\n\r\n", b"400"),
])
def test_waitress_own_error_answers_carry_the_security_headers(server, request_bytes, status):
    answer = _raw_request(server, request_bytes)
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    assert head.split(" ")[1] == status.decode()
    for name, value in HEADERS.items():
        assert f"\r\n{name}: {value}" in head, head


def test_the_search_cache_folder_is_made_private(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(folder))
    index = store.open_index(tmp_path)
    assert index.conn.execute("PRAGMA database_list").fetchone()[2] != ""  # a file, not memory
    assert (os.stat(folder).st_mode & 0o777) == 0o700


@pytest.mark.parametrize("kind", ["writable by others", "a link", "another user's"])
def test_an_untrusted_search_cache_folder_is_not_used(tmp_path, monkeypatch, capsys, kind):
    folder, real = tmp_path / "cache", tmp_path / "elsewhere"
    real.mkdir(mode=0o700)
    if kind == "writable by others":
        folder.mkdir()
        folder.chmod(0o777)
    elif kind == "a link":
        folder.symlink_to(real)
    else:
        if os.getuid() != 0:
            pytest.skip("giving a folder to another user needs root")
        folder.mkdir(mode=0o700)
        os.chown(folder, 65534, 65534)
    monkeypatch.setenv("EDITION_SEARCH_CACHE", str(folder))
    index = store.open_index(tmp_path)
    assert index.conn.execute("PRAGMA database_list").fetchone()[2] == ""  # in memory
    assert not list(real.iterdir()) and not list(p for p in folder.iterdir() if kind != "a link")
    assert "search cache folder" in capsys.readouterr().err
