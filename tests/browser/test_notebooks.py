"""The two widget notebooks, driven like a user in JupyterLab and in Voila (headless Chromium).

Contract (alignkit.notebook.widgets):
03 ends with network_explorer(analysis) (.alignkit-network-explorer),
04 ends with statement_explorer(analysis) (.alignkit-statement-explorer). See README.md.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

NETWORK_NB = "03-alignment-network.ipynb"
STATEMENTS_NB = "04-statements.ipynb"
NETWORK = ".alignkit-network-explorer"
STATEMENTS = ".alignkit-statement-explorer"
CODE_INPUT = ".jp-CodeCell .jp-InputArea, .jp-InputArea-editor, .jp-Cell-inputArea pre"
EDGE_LABEL = re.compile(r"^(?P<a>.+?) — (?P<b>.+?) \((?P<sign>[+\-−])\)$")


# ------------------------------------------------------------------------------------------------
# scenarios shared by Lab and Voila
# ------------------------------------------------------------------------------------------------
def wait_widget(page, selector: str):
    root = page.locator(selector)
    expect(root, f"{selector} never appeared").to_have_count(1, timeout=180_000)
    root.scroll_into_view_if_needed()
    expect(root.locator(".alignkit-figure img").first).to_be_visible(timeout=120_000)
    return root


def exercise_network(page, guard, ui, root) -> None:
    sign, edge = ui.dropdown(root, "Sign"), ui.dropdown(root, "Edge")
    typ, mode = ui.dropdown(root, "Type"), ui.dropdown(root, "Mode")
    for control in (sign, edge, typ, mode):
        expect(control).to_be_visible()
    assert ui.options(sign) == ["all", "cooperation", "conflict"]
    assert ui.options(typ)[0] == "all", ui.options(typ)
    assert ui.options(mode)[0] == "all", ui.options(mode)
    level = ui.control(root, ".widget-toggle-buttons", "Level")
    assert [t.strip() for t in level.locator("button").all_inner_texts()] == ["country", "actor"]

    evidence = root.locator(".alignkit-evidence")
    src_all, edges_all = ui.img_src(root), ui.options(edge)
    picked_all, evidence_all = ui.selected(edge), evidence.inner_html()
    assert any(EDGE_LABEL.match(e) for e in edges_all), f"no 'A — B (+)' label: {edges_all}"

    # filter: Sign -> conflict redraws the figure and narrows the Edge options to (-) edges
    guard.act(lambda: ui.choose(sign, "conflict"), "Sign=conflict")
    ui.wait_new_figure(page, root, src_all)
    edges = ui.wait_until(
        page, lambda: (o := ui.options(edge)) != edges_all and o, "Edge options to change"
    )
    conflict = [e for e in edges if EDGE_LABEL.match(e)]
    assert conflict, f"Sign=conflict left no edge to pick: {edges}"
    assert all(EDGE_LABEL.match(e)["sign"] != "+" for e in conflict), conflict
    assert len(conflict) < len([e for e in edges_all if EDGE_LABEL.match(e)]), (edges_all, edges)

    # pick edges: the evidence follows the picked pair (A, then B, then A again: same text)
    first = ui.selected(edge)
    a = first if first in conflict else conflict[0]
    if a != first:
        guard.act(lambda: ui.choose(edge, a), f"Edge={a}")
    evidence_a = evidence.inner_html()
    assert_about(evidence, a)
    if a != picked_all:
        assert evidence_a != evidence_all, f"evidence did not change when {a} was picked"
    others = [e for e in conflict if e != a]
    if others:
        b = others[0]
        guard.act(lambda: ui.choose(edge, b), f"Edge={b}")
        ui.wait_until(page, lambda: evidence.inner_html() != evidence_a, f"evidence for {b}")
        assert_about(evidence, b)
        guard.act(lambda: ui.choose(edge, a), f"Edge={a} again")
        ui.wait_until(page, lambda: evidence.inner_html() == evidence_a, f"{a}'s evidence again")
    expect(root.locator(".alignkit-figure img").first).to_be_visible()


#: Each cell of an alignkit table whose text runs past its own right edge (over the next
#: column), as "caption: column: text".
_OVERFLOWING_CELLS = """() => {
  const out = [];
  for (const table of document.querySelectorAll('.alignkit-table table')) {
    const heads = [...table.querySelectorAll('thead th')].map(th => th.innerText.trim());
    const caption = (table.querySelector('caption') || {}).innerText || '';
    for (const tr of table.querySelectorAll('tbody tr')) {
      [...tr.children].forEach((td, i) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const text = range.getBoundingClientRect(), cell = td.getBoundingClientRect();
        if (text.width > 0 && text.right > cell.right + 1)
          out.push(`${caption}: ${heads[i]}: ${td.innerText.slice(0, 60)}`);
      });
    }
  }
  return out;
}"""


def assert_tables_fit(page, caption: str) -> None:
    """The table ``caption`` is on the page and none of its cells (of any alignkit table)
    runs into the next column; no cell reads NaN."""
    table = page.locator(".alignkit-table table", has=page.locator("caption", has_text=caption))
    expect(table.first, f"no table '{caption}'").to_be_visible(timeout=60_000)
    table.first.scroll_into_view_if_needed()
    assert page.evaluate(_OVERFLOWING_CELLS) == [], "a table cell runs over the next column"
    cells = page.locator(".alignkit-table td").all_inner_texts()
    assert not [c for c in cells if c.strip() in {"NaN", "nan", "None"}], "a cell reads NaN"


def assert_about(evidence, label: str) -> None:
    """The evidence panel shows the pair `label` names, with trigger words in <mark>."""
    text = evidence.inner_text()
    m = EDGE_LABEL.match(label)
    assert text.strip(), f"empty evidence for {label}"
    assert m["a"] in text and m["b"] in text, f"evidence does not name {label}: {text[:300]}"
    assert evidence.locator("mark").count() > 0, f"no <mark> trigger word for {label}"


def exercise_statements(page, guard, ui, root) -> None:
    speaker, stance = ui.dropdown(root, "Speaker"), ui.dropdown(root, "Stance")
    expect(speaker).to_be_visible()
    assert ui.options(stance) == ["all", "positive", "negative", "neutral"]
    names = ui.options(speaker)
    assert names[0] == "all" and len(names) > 1, names

    items = root.locator(".alignkit-statements .alignkit-statement")
    n_all = items.count()
    assert n_all > 0, "no .alignkit-statement shown"
    for cls in ("speaker", "cue", "content"):
        assert root.locator(f".alignkit-statements mark.{cls}").count() > 0, f"no mark.{cls}"
    shown = [t.strip().lower() for t in items.locator("mark.speaker").all_inner_texts()]
    src_all = ui.img_src(root)

    # pick the speaker with the fewest statements on screen (so the list must shrink)
    def on_screen(name: str) -> int:
        n = name.lower()
        return sum(1 for t in shown if t and (t in n or n in t))

    candidates = [n for n in names[1:] if on_screen(n)] or names[1:]
    who = min(candidates, key=on_screen)
    guard.act(lambda: ui.choose(speaker, who), f"Speaker={who}")
    ui.wait_until(page, lambda: 0 < items.count() < n_all, f"statements reduced to {who}'s")
    spoken = [t.strip().lower() for t in items.locator("mark.speaker").all_inner_texts()]
    assert len(spoken) == items.count(), "a statement without mark.speaker"
    assert all(t in who.lower() or who.lower() in t for t in spoken), (who, spoken)
    ui.wait_new_figure(page, root, src_all)


# ------------------------------------------------------------------------------------------------
# JupyterLab
# ------------------------------------------------------------------------------------------------
def test_lab_network_explorer(lab_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, NETWORK_NB)
    ui.lab_open_and_run_all(page, lab_server, name)
    root = wait_widget(page, NETWORK)
    ui.first_widget(lab_server, name)
    guard.assert_clean()
    assert_tables_fit(page, "Edges of the country network")
    exercise_network(page, guard, ui, root)
    ui.screenshot(page, "lab-03-alignment-network.png", root)
    guard.assert_clean()


def test_lab_statement_explorer(lab_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, STATEMENTS_NB)
    ui.lab_open_and_run_all(page, lab_server, name)
    root = wait_widget(page, STATEMENTS)
    ui.first_widget(lab_server, name)
    guard.assert_clean()
    assert_tables_fit(page, "Mean stance of each speaker")
    exercise_statements(page, guard, ui, root)
    ui.screenshot(page, "lab-04-statements.png", root)
    guard.assert_clean()


# ------------------------------------------------------------------------------------------------
# Voila (/voila/render/NAME on a voila server rooted at the served copy)
# ------------------------------------------------------------------------------------------------
def _voila_open(page, server, name: str):
    page.goto(server.url(f"voila/render/{name}"), wait_until="commit")


def test_voila_network_explorer(voila_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, NETWORK_NB)
    _voila_open(page, voila_server, name)
    root = wait_widget(page, NETWORK)
    ui.first_widget(voila_server, name)
    assert page.locator(CODE_INPUT).count() == 0, "Voila shows code (strip_sources)"
    guard.assert_clean()
    assert_tables_fit(page, "Edges of the country network")
    exercise_network(page, guard, ui, root)
    ui.screenshot(page, "voila-03-alignment-network.png", root)
    guard.assert_clean()


def test_voila_statement_explorer(voila_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, STATEMENTS_NB)
    _voila_open(page, voila_server, name)
    root = wait_widget(page, STATEMENTS)
    ui.first_widget(voila_server, name)
    assert page.locator(CODE_INPUT).count() == 0, "Voila shows code (strip_sources)"
    guard.assert_clean()
    assert_tables_fit(page, "Mean stance of each speaker")
    exercise_statements(page, guard, ui, root)
    ui.screenshot(page, "voila-04-statements.png", root)
    guard.assert_clean()
