"""One list of registers: tei/registers.py for the toolkit, which the search's name elements are
read from, and the same names in the ODD's `$is-register` for the Schematron."""

import ast
import re
from pathlib import Path

from edition.resources import data_file
from edition.search import extract
from edition.tei.namespaces import T
from edition.tei.registers import ENTRY_TAGS, NAME_TAGS, REGISTERS
from edition.xmlsafe import parse_file

_SCH = "{http://purl.oclc.org/dsdl/schematron}"


def test_the_odd_lists_the_registers_the_toolkit_lists():
    let = parse_file(data_file("schema", "edition.odd")).find(f".//{_SCH}let[@name='is-register']")
    assert re.findall(r"'([^']*)'", let.get("value")) == list(REGISTERS)
    assert list(ENTRY_TAGS) == list(NAME_TAGS) == list(REGISTERS)


def test_the_search_indexes_the_name_elements_of_every_register_and_no_other():
    assert {extract._PERSNAME, *extract.ENTITY_TAGS} == {T + tag for tag in NAME_TAGS.values()}


def _constants(path: Path) -> set:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr)}
    return {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and id(node) not in docstrings}


def test_no_module_of_the_search_spells_a_register_name_element_of_its_own():
    for path in sorted(Path(extract.__file__).parent.glob("*.py")):
        assert not _constants(path) & set(NAME_TAGS.values()), path.name


def test_no_module_spells_two_register_name_elements_of_its_own():
    """Two name elements spelt in one module are a copy of the table in tei/registers.py."""
    src = Path(extract.__file__).parent.parent
    for path in sorted(src.rglob("*.py")):
        if path != src / "tei" / "registers.py":
            assert len(_constants(path) & set(NAME_TAGS.values())) < 2, path.relative_to(src)

