"""The curated notebooks are studies, committed executed, and listed in README.md.

Their outputs are checked by nbval (``make nbval``); this file checks their form: a title and
a question first, only calls into alignkit (no analysis logic in cells), every code cell
executed, no volatile metadata, and the README's ``## Notebooks`` list naming exactly them.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "notebooks"
NOTEBOOKS = sorted(FOLDER.glob("*.ipynb"))
NAME = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")
ALLOWED_IMPORTS = {"alignkit", "ipywidgets", "matplotlib", "pandas", "IPython"}
WIDGET_NOTEBOOKS = {
    "03-alignment-network.ipynb": "network_explorer(analysis)",
    "04-statements.ipynb": "statement_explorer(analysis)",
}
README_ITEM = re.compile(r"^- \[(?P<name>[^\]]+)\]\((?P<link>[^)]+)\): \S.*$")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell: dict) -> str:
    src = cell["source"]
    return "".join(src) if isinstance(src, list) else src


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def ids(paths) -> list[str]:
    return [p.name for p in paths]


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 7, ids(NOTEBOOKS)
    assert all(NAME.match(p.name) for p in NOTEBOOKS), ids(NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_opens_with_a_title_and_a_question(path):
    first = load(path)["cells"][0]
    assert first["cell_type"] == "markdown"
    lines = [line.strip() for line in source(first).splitlines()]
    assert lines[0].startswith("# "), "the first line is the title"
    assert any(line.endswith("?") for line in lines), "no line states the question (ending '?')"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_cells_only_call_the_kit(path):
    for cell in code_cells(load(path)):
        src = source(cell)
        tree = ast.parse(src)
        for node in ast.walk(tree):
            assert not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef), (
                f"analysis logic in a cell (def/class):\n{src}"
            )
            assert not isinstance(node, ast.For | ast.While | ast.Lambda), (
                f"analysis logic in a cell (loop/lambda):\n{src}"
            )
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [node.module or ""]
            else:
                continue
            for mod in mods:
                assert mod.split(".")[0] in ALLOWED_IMPORTS, f"import of {mod} in:\n{src}"


def expects_output(src: str) -> bool:
    """A cell whose last statement is an expression, or that prints, must have output."""
    tree = ast.parse(src)
    if not tree.body:
        return False
    printing = any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print"
        for n in ast.walk(tree)
    )
    return printing or isinstance(tree.body[-1], ast.Expr)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_committed_executed(path):
    nb = load(path)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    cells = code_cells(nb)
    assert [c["execution_count"] for c in cells] == list(range(1, len(cells) + 1)), (
        "not executed top to bottom in one run: `make notebooks`"
    )
    for cell in cells:
        src = source(cell)
        kinds = [o["output_type"] for o in cell["outputs"]]
        assert "error" not in kinds, src
        streams = [o["name"] for o in cell["outputs"] if o["output_type"] == "stream"]
        assert "stderr" not in streams, f"warnings in:\n{src}"
        if expects_output(src):
            assert cell["outputs"], f"no output stored for:\n{src}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_no_volatile_metadata(path):
    nb = load(path)
    assert "widgets" not in nb["metadata"], "widget state is stored: run `make notebooks`"
    for cell in nb["cells"]:
        assert "execution" not in cell.get("metadata", {}), "timing stored"
        for out in cell.get("outputs", []):
            assert "application/vnd.jupyter.widget-view+json" not in out.get("data", {})
            text = "".join(out.get("data", {}).get("text/plain", "")) + "".join(out.get("text", ""))
            assert not re.search(r" at 0x[0-9a-f]+", text), f"memory address in output: {text}"


@pytest.mark.parametrize("name, call", sorted(WIDGET_NOTEBOOKS.items()))
def test_widget_notebooks_end_with_the_explorer(name, call):
    cells = load(FOLDER / name)["cells"]
    last = source(cells[-1])
    assert cells[-1]["cell_type"] == "code" and call in last
    assert last.rstrip().splitlines()[-1].strip() == "explorer", "the last line displays it"
    # the summary is stored once, as the widget's text (what nbval compares), not printed
    assert not [o for o in cells[-1]["outputs"] if o["output_type"] == "stream"]
    text = ["".join(o["data"]["text/plain"]) for o in cells[-1]["outputs"] if "data" in o]
    assert text and re.match(r"^\w+Explorer\(.+: \d+ ", text[-1]), text


def test_readme_lists_exactly_the_notebooks():
    readme = ROOT / "README.md"
    if not readme.is_file():
        pytest.skip("README.md (written by the lead) is not there yet")
    text = readme.read_text(encoding="utf-8")
    match = re.search(r"^## Notebooks\s*$(?P<body>.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, "README.md has no '## Notebooks' section"
    listed = []
    for line in match["body"].splitlines():
        item = README_ITEM.match(line.strip())
        if item:
            assert item["link"] == f"notebooks/{item['name']}", line
            listed.append(item["name"])
    assert len(listed) == len(set(listed)), listed
    assert sorted(listed) == ids(NOTEBOOKS)


def test_sanitize_rules_are_named_and_explained():
    lines = (FOLDER / "sanitize.cfg").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("regex: "):
            assert lines[i + 1].startswith("replace: "), f"regex without replace at line {i + 1}"
            assert re.match(r"^\[[\w-]+\]$", lines[i - 1]), f"rule at line {i + 1} has no [name]"
            assert lines[i - 2].startswith("#"), f"rule at line {i + 1} has no reason comment"
            re.compile(line[len("regex: ") :])


def test_strip_volatile_makes_reexecution_byte_identical(tmp_path):
    """`python -m alignkit.tools execute-notebooks` twice: the second run changes nothing."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    from alignkit.tools import execute_notebooks

    nb = new_notebook(
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        }
    )
    nb.cells = [
        new_markdown_cell("# Tiny\n\nDoes it run twice the same?"),
        new_code_cell("import ipywidgets\nipywidgets.IntSlider(description='n')"),
        new_code_cell("print(1 + 1)"),
    ]
    path = tmp_path / "00-tiny.ipynb"
    nbformat.write(nb, path)
    first = execute_notebooks(tmp_path)
    content = path.read_bytes()
    second = execute_notebooks(tmp_path)
    assert [changed for _, changed, _ in first] == [True]
    assert [changed for _, changed, _ in second] == [False]
    assert path.read_bytes() == content
    stored = json.loads(content)
    assert "widgets" not in stored["metadata"]
    slider = stored["cells"][1]["outputs"][0]["data"]
    assert "text/plain" in slider and "application/vnd.jupyter.widget-view+json" not in slider
