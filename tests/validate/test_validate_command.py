"""`edition validate`: what it reads, how it reports, and its exit codes."""

import json

from validate_mutants import DOC, copy_fixture


def line_of(path, snippet):
    text = path.read_text(encoding="utf-8")
    return text.count("\n", 0, text.index(snippet)) + 1


def broken_copy(tmp_path):
    folder = copy_fixture(tmp_path / "edition")
    doc = folder / DOC
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace('<div type="brief">', '<div type="bref">')
                   .replace("<p>Editors' note.</p>", "<p/>"), encoding="utf-8")
    return folder, doc


def test_clean_edition_prints_only_the_summary_and_exits_0(cli, tmp_path):
    result = cli("validate", copy_fixture(tmp_path / "edition"))
    assert (result.exit_code, result.stdout) == (0, "2 files valid\n")


def test_findings_are_compiler_style_lines_sorted_then_a_summary(cli, tmp_path):
    folder, doc = broken_copy(tmp_path)
    result = cli("validate", folder)
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert lines[-1] == "2 errors, 0 warnings in 2 files"
    assert lines[0].startswith(f"{doc}:") and lines[0].endswith("[p-not-empty]")
    bad = line_of(doc, 'type="bref"')
    assert lines[1].startswith(f"{doc}:{bad}:") and ": error: div/@type \"bref\" is not one of: forum" in lines[1]
    assert lines[1].endswith("[rng-value]")


def test_a_single_file_is_validated_against_its_folder(cli, tmp_path):
    folder, doc = broken_copy(tmp_path)
    result = cli("validate", doc)
    assert result.stdout.splitlines()[-1] == "2 errors, 0 warnings in 1 file"


def test_json_format_carries_the_same_findings(cli, tmp_path):
    folder, doc = broken_copy(tmp_path)
    data = json.loads(cli("validate", folder, "--format", "json").stdout)
    assert [(f["rule"], f["line"]) for f in data["findings"]] == [("p-not-empty", line_of(doc, "<p/>")),
                                                                ("rng-value", line_of(doc, 'type="bref"'))]
    assert (data["errors"], data["warnings"], data["files"]) == (2, 0, 2)


def test_github_format_writes_annotations(cli, tmp_path):
    folder, doc = broken_copy(tmp_path)
    first = cli("validate", folder, "--format", "github").stdout.splitlines()[1]
    line = line_of(doc, 'type="bref"')
    assert first.startswith(f"::error file={doc},line={line},col=9,title=rng-value::div/@type")


def test_a_missing_path_cannot_run_and_exits_2(cli, tmp_path):
    result = cli("validate", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{tmp_path / 'nowhere'}: error: no such file or folder"


def test_a_folder_without_xml_exits_2(cli, tmp_path):
    assert cli("validate", tmp_path).exit_code == 2


def test_a_reference_without_a_personography_is_reported(cli, tmp_path):
    folder = copy_fixture(tmp_path / "edition")
    (folder / "persons.xml").unlink()
    result = cli("validate", folder, "--format", "json")
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert {"persons-file", "person-ref-resolves"} <= rules


def test_an_unreadable_file_does_not_make_every_person_unreferenced(cli, tmp_path):
    folder, doc = broken_copy(tmp_path)
    doc.write_text("<TEI>not closed", encoding="utf-8")
    found = json.loads(cli("validate", folder, "--format", "json").stdout)["findings"]
    assert [(f["path"], f["rule"]) for f in found] == [(str(doc), "well-formed")]


def test_the_pre_commit_hook_runs_this_command_on_the_staged_files(cli, tmp_path):
    import re
    import tomllib

    from conftest import ROOT

    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entry = re.search(r"^\s+entry: (.+)$", hook, re.M).group(1).split()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry[0] in scripts and re.search(r"^\s+language: python$", hook, re.M)
    folder = copy_fixture(tmp_path / "edition")
    # pre-commit appends the staged file names to the entry
    assert cli(*entry[1:], *sorted(folder.glob("*.xml"))).exit_code == 0


def test_a_misplaced_element_is_reported_once_where_it_is(cli, tmp_path):
    folder = copy_fixture(tmp_path / "edition")
    doc = folder / DOC
    doc.write_text(doc.read_text(encoding="utf-8").replace("<p>A letter.</p>", "<item>A letter.</item>"), encoding="utf-8")
    (finding,) = json.loads(cli("validate", folder, "--format", "json").stdout)["findings"]
    assert (finding["rule"], finding["line"]) == ("rng-content", line_of(doc, "<item>A letter."))
    assert finding["message"].startswith("<item> is not allowed here, inside <div>")
