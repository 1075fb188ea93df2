"""Files the commands write appear whole or not at all, with ordinary permissions."""

import os
import stat

import pytest

from edition.atomicwrite import replace_file


def test_new_file_gets_the_umask_permissions_not_mkstemps_private_ones(tmp_path):
    old = os.umask(0o022)
    try:
        replace_file(tmp_path / "new.xml", b"<a/>")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.xml").stat().st_mode) == 0o644


def test_replaced_file_keeps_its_own_permissions(tmp_path):
    target = tmp_path / "doc.xml"
    target.write_bytes(b"old")
    target.chmod(0o640)
    replace_file(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "doc.xml"
    target.write_bytes(b"old")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        replace_file(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.xml"]
