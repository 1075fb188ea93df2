"""The command line's contract: help, version, exit codes, one-line errors."""

import subprocess
import sys

from edition import __version__
from edition.cli import COMMANDS, build_parser


def test_version_flag_prints_the_package_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"edition {__version__}"


def test_help_lists_every_subcommand():
    help_text = build_parser().format_help()
    for name, _ in COMMANDS:
        assert name in help_text


def test_no_subcommand_is_a_usage_error(cli):
    assert cli().exit_code == 2


def test_unknown_subcommand_is_a_usage_error(cli):
    result = cli("no-such-command")
    assert result.exit_code == 2
    assert "invalid choice" in result.stderr


def test_version_command_finds_the_resource_folders(cli):
    result = cli("version")
    assert result.exit_code == 0
    assert "xslt: " in result.stdout and "schema: " in result.stdout


def test_python_dash_m_runs_the_same_command():
    proc = subprocess.run([sys.executable, "-m", "edition", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == f"edition {__version__}"


def test_output_into_a_pipe_whose_reader_has_gone_ends_quietly():
    # As in `edition dates | head`: the reader closes the pipe before the command finishes.
    code = (
        "import os, sys; r, w = os.pipe(); os.close(r); os.dup2(w, 1); "
        "from edition.cli import main; sys.exit(main(['version']))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0
    assert proc.stderr == ""
