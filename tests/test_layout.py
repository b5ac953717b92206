"""The package is laid out by stage, and no stage imports one that comes after it.

Every import in ``lib/alignkit`` (at module level and inside functions; not the
``TYPE_CHECKING`` blocks, which never run) is an edge between the stage packages
(``reading``, ``network``, ``corrections``, ``analysis``, ``evaluation``, ``notebook``) or the
top-level modules (``tools``). The root ``__init__`` re-exports the public API lazily and is
left out: it is the facade, not a stage.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

LIB = Path(__file__).resolve().parents[1] / "lib" / "alignkit"
STAGES = ("reading", "network", "corrections", "analysis", "evaluation", "notebook")

# What each stage may import (besides itself): the order of the pipeline.
ALLOWED = {
    "reading": set(),
    "network": set(),
    "corrections": {"reading"},
    "analysis": {"reading", "network", "corrections"},
    "evaluation": {"reading", "network", "corrections", "analysis"},
    "notebook": {"reading", "network", "corrections", "analysis", "evaluation"},
}


def _modules() -> list[Path]:
    return sorted(p for p in LIB.rglob("*.py") if p != LIB / "__init__.py")


def _name(path: Path) -> str:
    parts = path.relative_to(LIB.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _unit(module: str) -> str:
    """The stage package (or top-level module) a dotted ``alignkit.*`` name belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "alignkit"


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for sub in node.body:
                lines.update(range(sub.lineno, (sub.end_lineno or sub.lineno) + 1))
    return lines


def _imports(path: Path) -> set[str]:
    """Absolute ``alignkit.*`` modules that ``path`` imports when it runs."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    package = _name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    out = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not node.module:  # from . import x: x are modules
                out.update(f"{target}.{a.name}" for a in node.names)
            else:
                out.add(target)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m == "alignkit" or m.startswith("alignkit.")}


def _stage_graph() -> nx.DiGraph:
    g = nx.DiGraph()
    for path in _modules():
        src = _unit(_name(path))
        g.add_node(src)
        for target in _imports(path):
            dst = _unit(target)
            if dst != src:
                g.add_edge(src, dst, where=f"{path.relative_to(LIB)} -> {target}")
    return g


def test_every_stage_is_a_package_with_a_docstring():
    for stage in STAGES:
        init = LIB / stage / "__init__.py"
        assert init.is_file(), f"{stage}/ is not a package"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), stage


def test_the_stage_graph_has_no_cycle():
    g = _stage_graph()
    cycles = list(nx.simple_cycles(g))
    assert not cycles, [
        [g.edges[a, b]["where"] for a, b in zip(c, c[1:] + c[:1], strict=True)] for c in cycles
    ]


def test_no_stage_imports_a_later_one():
    g = _stage_graph()
    bad = [
        g.edges[a, b]["where"]
        for a, b in g.edges
        if a in ALLOWED and b not in ALLOWED[a] and b != "alignkit"
    ]
    assert not bad, bad
    # nothing in a stage reaches back to the facade (``import alignkit`` in code)
    assert not [g.edges[a, b]["where"] for a, b in g.edges if a in ALLOWED and b == "alignkit"]


def test_the_module_graph_has_no_cycle():
    g = nx.DiGraph()
    names = {_name(p) for p in _modules()}
    for path in _modules():
        for target in _imports(path):
            # "from ..reading import tagging" names a module; "from .x import f" a module too
            while target not in names and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in names and target != _name(path):
                g.add_edge(_name(path), target)
    # a package's __init__ importing its own modules is how re-exports work, not a circle
    cycles = [
        c for c in nx.simple_cycles(g) if not any(n in STAGES_FULL and len(c) == 2 for n in c)
    ]
    assert not cycles, cycles


STAGES_FULL = {f"alignkit.{s}" for s in STAGES}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(LIB)))
def test_every_module_imports_alone_in_a_fresh_interpreter(path):
    # alone: a module that only imports after another one has been imported hides a circle
    run = subprocess.run(
        [sys.executable, "-c", f"import {_name(path)}"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]


# ----------------------------------------------------------------------------- long functions

#: Longest a function of ``reading/`` may be, counting its whole ``def`` (decorators and
#: docstring included), unless its docstring says why ("long because ...").
MAX_LINES = 80

# Files not held to MAX_LINES (none: every module of reading/ is)
LONG_ALLOWED: set[str] = set()


def _long_functions(source: str, limit: int = MAX_LINES) -> list[tuple[str, int, int]]:
    """(name, first line, length) of each function in ``source`` longer than ``limit``
    lines whose docstring does not say "long because"."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        first = min([node.lineno] + [d.lineno for d in node.decorator_list])
        length = node.end_lineno - first + 1
        if length > limit and "long because" not in (ast.get_docstring(node) or ""):
            out.append((node.name, first, length))
    return out


def test_long_functions_are_found():
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES - 1))
    long = f'def f():\n    """Adds."""\n{body}\n'
    assert _long_functions(long) == [("f", 1, MAX_LINES + 1)]
    said = long.replace('"""Adds."""', '"""Adds; long because it lists each step."""')
    assert _long_functions(said) == []
    assert _long_functions(f"def g():\n{body}\n") == []  # 80 lines: within the limit
    decorated = f"@cache\n{long}"  # the decorator counts
    assert _long_functions(decorated) == [("f", 1, MAX_LINES + 2)]


def test_no_reading_function_is_longer_than_80_lines_without_saying_why():
    found = [
        f"{path.relative_to(LIB)}:{line} {name} ({length} lines)"
        for path in sorted((LIB / "reading").rglob("*.py"))
        if str(path.relative_to(LIB)) not in LONG_ALLOWED
        for name, line, length in _long_functions(path.read_text(encoding="utf-8"))
    ]
    assert not found, found
