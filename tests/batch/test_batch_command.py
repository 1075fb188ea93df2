"""The `--jobs`/`--incremental` options of edition.batch.command, parsed next to `edition build`'s
own options, build the real edition and report what they skipped."""

import argparse
import io
from contextlib import redirect_stderr

import pytest

from edition.batch import command
from edition.commands import build
from edition.errors import EditionError

from conftest import TEI


def parse(*argv):
    parser = argparse.ArgumentParser()
    build.add_arguments(parser)
    if "--jobs" not in parser._option_string_actions:  # not yet wired into `edition build`
        command.add_arguments(parser)
    return parser.parse_args([str(a) for a in argv])


def test_without_the_options_the_serial_build_is_kept():
    assert not command.wanted(parse(TEI))


def test_incremental_build_of_the_edition_skips_it_the_second_time(tmp_path):
    args = parse(TEI, "--out", tmp_path / "out", "--incremental")
    assert command.wanted(args)
    with redirect_stderr(io.StringIO()):
        assert command.run(args) == 0
    err = io.StringIO()
    with redirect_stderr(err):
        assert command.run(args) == 0
    assert "built 0, unchanged 5, failed 0 of 5" in err.getvalue()
    assert {p.name for p in (tmp_path / "out").glob("*.html")} >= {"persons.html", "index.html"}


def test_jobs_below_one_is_a_usage_error(tmp_path):
    with pytest.raises(EditionError, match="--jobs"):
        command.run(parse(TEI, "--out", tmp_path, "--jobs", "0", "--incremental"))
