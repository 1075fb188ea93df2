"""Documentation cannot drift: every command is in README's table (as datasette's test_docs)."""

import re

from conftest import ROOT
from edition.cli import COMMANDS

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_command_quick_start():
    block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make serve", "make test"]


def test_every_subcommand_is_documented_in_the_readme():
    documented = set(re.findall(r"^\| `edition ([a-z-]+)", README, re.M))
    assert {name for name, _ in COMMANDS} <= documented


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == "make test"
