"""`edition dates` check mode: untagged date-like strings and invalid normalisations, file:line:col."""

import json
from pathlib import Path

from conftest import ROOT

FIXTURE = Path(__file__).parent / "fixtures" / "reporting.xml"
EXCEPTIONS = ROOT / "tei" / "exceptions" / "dates.txt"


def position(text: str, occurrence: int = 0) -> str:
    """line:col of the start of `text` (the n-th time it occurs) in the fixture, counted independently."""
    lines = FIXTURE.read_text(encoding="utf-8").split("\n")
    hits = [(i + 1, line.index(text) + 1) for i, line in enumerate(lines) if text in line]
    return "%d:%d" % hits[occurrence]


def test_untagged_dates_are_listed_with_file_line_and_column(cli):
    result = cli("dates", FIXTURE, "--exceptions", EXCEPTIONS)
    assert result.exit_code == 1
    untagged = [line for line in result.stdout.splitlines() if ": untagged: " in line]
    assert untagged == [
        f"{FIXTURE}:{position('March 1938')}: untagged: date-like text not in <date>: 'March 1938'",
        f"{FIXTURE}:{position('2 June 1937')}: untagged: date-like text not in <date>: '2 June 1937'",
    ]


def test_the_header_is_not_searched_for_dates(cli):
    assert "August 1936" not in cli("dates", FIXTURE).stdout


def test_a_known_non_date_is_reported_only_without_the_exceptions_file(cli):
    assert "'October'" not in cli("dates", FIXTURE, "--exceptions", EXCEPTIONS).stdout
    assert "'October'" in cli("dates", FIXTURE).stdout  # no exceptions/dates.txt next to the fixture


def at(snippet: str) -> str:
    return f"{FIXTURE}:{position(snippet)}"


def test_each_kind_of_invalid_normalisation_is_reported_at_its_date(cli):
    out = cli("dates", FIXTURE).stdout
    invalid = {line.split(": invalid: ")[1]: line.split(": invalid: ")[0] for line in out.splitlines() if ": invalid: " in line}
    not_iso = "is not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    assert invalid == {
        f"<date> '31 June 1937': @when=\"1937-06-31\" {not_iso}": at('<date when="1937-06-31"'),
        "<date> '1938-37': @from=\"1938\" is after @to=\"1937\"": at("<date from="),
        "<date> 'sometime': no normalisation (@when, @from+@to or @notBefore+@notAfter)": at("<date>sometime"),
        "<date> '1937': more than one normalisation form (@when and @from+@to)": at('<date when="1937" from'),
        "<date> 'autumn': @notBefore without @notAfter": at("<date notBefore"),
        f"<date> '37': @when=\"37\" {not_iso}": at('<date when="37"'),
    }


def test_json_output_carries_the_same_findings(cli):
    text = cli("dates", FIXTURE).stdout.splitlines()
    found = json.loads(cli("dates", FIXTURE, "--format", "json").stdout)
    assert [f"{f['file']}:{f['line']}:{f['col']}: {f['kind']}: {f['message']}" for f in found] == text


def test_a_clean_file_exits_zero_and_prints_nothing(cli, tmp_path):
    clean = tmp_path / "clean.xml"
    clean.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>On <date when="1936-08-22">'
                     "August 22, 1936</date> nothing else.</p></body></text></TEI>", encoding="utf-8")
    result = cli("dates", clean)
    assert (result.exit_code, result.stdout) == (0, "")


def test_an_exception_without_its_reason_is_refused(cli, tmp_path):
    bad = tmp_path / "dates.txt"
    bad.write_text("# header\nOctober Hall\n", encoding="utf-8")
    result = cli("dates", FIXTURE, "--exceptions", bad)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{bad}:2:1: error: exception without a '# why' comment")


def test_every_committed_exception_says_why():
    for line in EXCEPTIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, _, why = line.partition(" # ")
            assert phrase.strip() and len(why.split()) >= 3, line


def test_a_missing_path_is_a_usage_error(cli, tmp_path):
    result = cli("dates", tmp_path / "absent.xml")
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_tag_mode_refuses_context_flags_in_check_mode(cli):
    assert cli("dates", FIXTURE, "--context-year", "1957").exit_code == 2


def test_a_missing_exceptions_file_is_a_usage_error(cli, tmp_path):
    result = cli("dates", FIXTURE, "--exceptions", tmp_path / "absent.txt")
    assert (result.exit_code, result.stderr.strip()) == (2, f"{tmp_path / 'absent.txt'}: error: no such exceptions file")


def test_a_register_is_checked_for_invalid_dates_but_its_prose_is_not_the_texts(cli, tmp_path):
    """persons.xml gives life dates as prose in birth/death: not untagged dates of a document."""
    register = tmp_path / "persons.xml"
    register.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson><person xml:id="a">'
                        '<birth when="1895-05-01">1 May 1895</birth><death><date when="1940-02-31">'
                        "31 Feb 1940</date></death></person></listPerson></body></text></TEI>", encoding="utf-8")
    out = cli("dates", register).stdout
    assert "'1 May 1895'" not in out and ": invalid: " in out


def test_the_edition_folder_has_no_date_finding(cli):
    result = cli("dates", ROOT / "tei")
    assert (result.exit_code, result.stdout) == (0, "")
