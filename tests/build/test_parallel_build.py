"""edition.build.build_all: the parallel, incremental build writes what `edition build` writes,
and on a second run builds only the documents whose bytes changed."""

import json
import shutil

import pytest

from edition import pool
from edition.build import build_all
from edition.build.manifest import NAME as MANIFEST
from edition.synth import generate

from conftest import TEI

N = 12  # both workers take several documents; each build also writes every page of the corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("batch") / "corpus"
    generate(TEI, out, N, seed=2)
    return out


def tree_of(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def test_parallel_build_writes_the_same_files_as_the_serial_build(corpus, tmp_path, cli, monkeypatch):
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert cli("build", corpus, "--out", serial).exit_code == 0
    monkeypatch.setattr(pool, "RECYCLE", 3)  # workers replaced every 3 documents: results survive the change
    report = build_all(corpus, parallel, jobs=2)
    assert not report.failed and len(report.built) == N
    expected = tree_of(serial)
    assert sum(name.startswith("doc/") and name.endswith("/index.html") for name in expected) == 2 * N
    assert tree_of(parallel) == expected


def test_second_run_skips_unchanged_documents_and_rebuilds_a_changed_one(corpus, tmp_path):
    tei, out = tmp_path / "tei", tmp_path / "out"
    shutil.copytree(corpus, tei)
    first = build_all(tei, out, jobs=1)
    assert len(first.built) == N and not first.skipped
    changed = sorted(tei.glob("syn*.xml"))[3]
    changed.write_text(changed.read_text(encoding="utf-8").replace("Also named:", "Also named here:"),
                       encoding="utf-8")
    second = build_all(tei, out, jobs=1)
    assert second.built == [changed.name]
    assert len(second.skipped) == N - 1 and changed.name not in second.skipped
    assert "Also named here:" in (out / "doc" / changed.stem / "index.html").read_text(encoding="utf-8")


def test_a_touched_but_unchanged_file_is_not_rebuilt(corpus, tmp_path):
    tei, out = tmp_path / "tei", tmp_path / "out"
    shutil.copytree(corpus, tei)
    build_all(tei, out, jobs=1)
    touched = sorted(tei.glob("syn*.xml"))[0]
    touched.write_bytes(touched.read_bytes())  # new mtime, same bytes
    assert build_all(tei, out, jobs=1).built == []


def test_a_changed_personography_rebuilds_every_document(corpus, tmp_path):
    tei, out = tmp_path / "tei", tmp_path / "out"
    shutil.copytree(corpus, tei)
    build_all(tei, out, jobs=1)
    persons = tei / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace("generated for a benchmark",
                                                                    "generated for a test"), encoding="utf-8")
    assert len(build_all(tei, out, jobs=1).built) == N
    assert any("generated for a test" in p.read_text(encoding="utf-8") for p in (out / "persons").rglob("*.html"))


def test_pages_of_a_removed_document_are_deleted(corpus, tmp_path):
    tei, out = tmp_path / "tei", tmp_path / "out"
    shutil.copytree(corpus, tei)
    build_all(tei, out, jobs=1)
    gone = sorted(tei.glob("syn*.xml"))[-1]
    gone.unlink()
    report = build_all(tei, out, jobs=1)
    assert report.built == [] and len(report.skipped) == N - 1
    assert not list((out / "doc").glob(f"{gone.stem}*")) and not (out / "persons" / "in" / gone.stem).exists()
    assert gone.stem not in (out / "index.html").read_text(encoding="utf-8")


def test_a_doctored_manifest_never_removes_a_file_outside_the_site(corpus, tmp_path):
    tei, out, outside = tmp_path / "tei", tmp_path / "out", tmp_path / "keep.txt"
    shutil.copytree(corpus, tei)
    outside.write_text("keep me\n", encoding="utf-8")
    build_all(tei, out, jobs=1)
    data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    data["site"] += ["../keep.txt", str(outside)]
    (out / MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    (tei / sorted(p.name for p in tei.glob("syn*.xml"))[0]).unlink()  # a change: the site is written again
    build_all(tei, out, jobs=1)
    assert outside.read_text(encoding="utf-8") == "keep me\n"


def test_a_page_missing_from_the_site_is_written_again_though_nothing_changed(corpus, tmp_path):
    tei, out = tmp_path / "tei", tmp_path / "out"
    shutil.copytree(corpus, tei)
    build_all(tei, out, jobs=1)
    (out / "about" / "index.html").unlink()
    assert build_all(tei, out, jobs=1).built == []
    assert (out / "about" / "index.html").is_file()


def test_a_documents_dts_files_are_its_own_pages_and_the_index_is_the_sites(corpus, tmp_path):
    tei, out = tmp_path / "tei", tmp_path / "out"
    shutil.copytree(corpus, tei)
    build_all(tei, out, jobs=1)
    data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    for name, entry in data["files"].items():
        dts = [f for f in entry["files"] if f.startswith("api/dts/")]
        assert f"api/dts/collection/{entry['id']}.json" in dts and f"api/dts/document/{entry['id']}.xml" in dts
        assert all(entry["id"] in f for f in dts)  # only its own resource's responses
    assert {f for f in data["site"] if f.startswith("api/dts/")} == {"api/dts/index.json", "api/dts/collection.json"}


def test_a_changed_document_rewrites_no_file_whose_bytes_stay_the_same(corpus, tmp_path):
    tei, out = tmp_path / "tei", tmp_path / "out"
    shutil.copytree(corpus, tei)
    build_all(tei, out, jobs=1)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file() and p.name != MANIFEST}
    changed = sorted(tei.glob("syn*.xml"))[3]
    changed.write_text(changed.read_text(encoding="utf-8").replace("Also named:", "Also named here:"),
                       encoding="utf-8")
    assert build_all(tei, out, jobs=1).built == [changed.name]
    rewritten = sorted(p.relative_to(out).as_posix() for p, mtime in before.items()  # a shard named by its bytes goes
                       if not p.exists() or p.stat().st_mtime_ns != mtime)
    assert f"doc/{changed.stem}/index.html" in rewritten
    others = {p.stem for p in tei.glob("syn*.xml")} - {changed.stem}
    assert not [name for name in rewritten if name.startswith(("static/", "doc/", "api/dts/"))
                and any(stem in name for stem in others)]
    assert not [name for name in rewritten if name.startswith("static/")]
