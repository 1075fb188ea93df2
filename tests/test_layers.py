"""The package's import graph, read from the source (imports inside functions count): no cycle
among modules, and layers import only downward: the command line (edition.cli, edition.commands)
-> the library (every other subpackage) -> the core (the modules every layer may use)."""

import ast
from pathlib import Path

from conftest import ROOT

SRC = ROOT / "src"
CLI = {"edition.cli", "edition.__main__", "edition.commands"}
CORE = {"edition.errors", "edition.xmlsafe", "edition.textfile", "edition.inputs", "edition.resources",
        "edition.atomicwrite", "edition.pool", "edition.exceptionlist", "edition.sourcetext", "edition.tei",
        "edition.cache", "edition.reads", "edition.xmllimits", "edition.saxonsafe", "edition.printable"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in (SRC / "edition").rglob("*.py")}


def imported(name: str) -> set[str]:
    """The edition modules `name` imports, with the packages whose __init__ that runs (not its own)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for target in targets:
            while target not in MODULES and "." in target:
                target = target.rpartition(".")[0]
            parts = target.split(".")
            found |= {p for p in (".".join(parts[:i]) for i in range(1, len(parts) + 1))
                      if p in MODULES and not f"{name}.".startswith(f"{p}.")}
    return found


GRAPH = {name: imported(name) for name in MODULES}


def layer(name: str) -> int:
    top = ".".join(name.split(".")[:2])
    return 2 if top in CLI else 0 if top in CORE else 1


def cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while not component or component[-1] != v:
                component.append(stack.pop())
                on.discard(component[-1])
            if len(component) > 1:
                found.append(sorted(component))

    for v in GRAPH:
        if v not in index:
            visit(v)
    return found


def test_the_graph_counts_imports_inside_functions_and_relative_ones():
    assert "edition.build" in GRAPH["edition.commands.build"]  # `from ..build import build_all` in run()
    assert {"edition.xmlsafe", "edition.validate.crossref"} <= GRAPH["edition.validate.onefile"]


def test_no_module_imports_itself_through_others():
    assert cycles() == []


def test_layers_import_only_downward():
    upward = sorted(f"{a} -> {b}" for a, targets in GRAPH.items() for b in targets if layer(b) > layer(a))
    assert upward == []


def test_the_check_finds_a_cycle_and_an_upward_import(monkeypatch):
    monkeypatch.setitem(GRAPH, "edition.xmlsafe", GRAPH["edition.xmlsafe"] | {"edition.validate.onefile"})
    assert any("edition.xmlsafe" in c and "edition.validate.onefile" in c for c in cycles())
    assert layer("edition.validate.onefile") > layer("edition.xmlsafe")
