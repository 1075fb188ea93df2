"""A build stopped by SIGTERM (a CI job cancelled, `kill`) removes its temporary folders: the
snapshot of the documents, the parts file, the fetched pages."""

import os
import shutil
import signal
import subprocess
import sys
import time

from conftest import TEI

TEMPORARY = ("edition-export-", "edition-parts-", "edition-pages-")


def ours(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMPORARY))


def test_a_build_stopped_by_sigterm_leaves_no_temporary_folder(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    shutil.copytree(TEI, tmp_path / "tei")
    env = {**os.environ, "TMPDIR": str(temp), "EDITION_SEARCH_CACHE": str(tmp_path / "cache")}
    build = subprocess.Popen([sys.executable, "-m", "edition", "build", str(tmp_path / "tei"), "--out",
                              str(tmp_path / "site")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while not any(name.startswith("edition-parts-") for name in ours(temp)):  # the export has begun
        assert build.poll() is None and time.monotonic() < deadline, build.stderr.read() if build.poll() else ""
        time.sleep(0.05)
    assert "edition-export-" in " ".join(ours(temp))
    build.send_signal(signal.SIGTERM)
    assert build.wait(120) == 128 + signal.SIGTERM
    assert ours(temp) == []
