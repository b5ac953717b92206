"""Corrections that last, in JupyterLab and Voila (headless Chromium): flip the sign of an
edge in the network explorer's corrections panel, restart the kernel (in Voila: load the
page again, which starts a new kernel) and run all cells again: the sign is still flipped
and the camps still changed.

The repository's seeds/ is never written: the test copies the seed article (and its
.meta.json) into a temporary folder and adds to the served notebooks a copy of notebook 03
whose ``ARTICLE`` is that copy, so the corrections file goes beside it, in tmp.
"""

from __future__ import annotations

import json
import shutil

from playwright.sync_api import expect

import alignkit
from alignkit.corrections import corrections_path

NETWORK_NB = "03-alignment-network.ipynb"
COPY_NB = "_corrections-03.ipynb"
NETWORK = ".alignkit-network-explorer"
PANEL = ".alignkit-corrections"
SEED_LINE = "ARTICLE = alignkit.SEED"
# China's one edge in the seed is its conflict with the United States: made cooperation, it
# puts China in the United States' camp whatever the weights
A, B = "China", "United States"
FLIP = f"{A} — {B}"
WAS, NOW = f"{FLIP} (-)", f"{FLIP} (+)"


def _notebook_on_a_copy(served_root, tmp_path, name=COPY_NB) -> tuple[str, object]:
    """A copy of notebook 03 reading a copy of the seed article in ``tmp_path``."""
    for f in alignkit.SEED.parent.glob(f"{alignkit.SEED.stem}.*"):
        if not f.name.endswith(".corrections.json"):
            shutil.copy(f, tmp_path / f.name)
    article = tmp_path / alignkit.SEED.name
    nb = json.loads((served_root / NETWORK_NB).read_text(encoding="utf-8"))
    hits = 0
    for cell in nb["cells"]:
        src = "".join(cell["source"])
        if cell["cell_type"] == "code" and SEED_LINE in src:
            cell["source"] = src.replace(SEED_LINE, f"ARTICLE = {str(article)!r}")
            hits += 1
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    assert hits == 1, f"notebook 03 has no single {SEED_LINE!r} line to point at a copy"
    (served_root / name).write_text(json.dumps(nb, indent=1), encoding="utf-8")
    return name, article


def _camp_of(text: str, name: str) -> str:
    """'camp A' or 'camp B': the camp whose member list names ``name`` in the camps line."""
    for part in text.split("·"):
        head, _, members = part.partition(":")
        if name in [m.strip() for m in members.split(",")]:
            return head.strip()
    return ""


def _network(page):
    root = page.locator(NETWORK)
    expect(root).to_have_count(1, timeout=180_000)
    root.scroll_into_view_if_needed()
    expect(root.locator(".alignkit-figure img").first).to_be_visible(timeout=120_000)
    expect(root.locator(PANEL)).to_have_count(1)
    return root


def _set_the_sign(page, guard, ui, root, why: str = ""):
    """Pick the edge WAS in the explorer (the panel's Item follows), choose "set the sign",
    check the other sign is offered, give ``why``, Apply; returns the panel's message once
    it says the file was saved."""
    panel = root.locator(PANEL)
    edge = ui.dropdown(root, "Edge")
    if ui.selected(edge) != WAS:  # the explorer may open on it
        guard.act(lambda: ui.choose(edge, WAS), f"Edge={FLIP}")
    guard.act(
        lambda: ui.choose(ui.dropdown(panel, "Correct"), "set the sign of this edge"),
        "Correct=set_sign",
    )
    assert ui.selected(ui.dropdown(panel, "Item")) == WAS
    assert ui.selected(ui.dropdown(panel, "Value")) == "+ (cooperation)"
    if why:
        panel.locator(".widget-text", has_text="Why").locator("input").fill(why)
    guard.act(lambda: panel.get_by_role("button", name="Apply").click(), "Apply")
    message = panel.locator(".alignkit-correction-message")
    ui.wait_until(page, lambda: "saved in" in message.inner_text(), "the saved message")
    return message


def _clear_and_save(page, ui) -> None:
    """Edit > Clear Outputs of All Cells, File > Save (the copy in the served folder): reopened
    after the restart, it asks nothing and holds no view of the old kernel's widgets."""
    prompts = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt")
    outputs = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-child")
    ui.menu(page, "Edit", "editmenu:clear-all", lambda: outputs.count() == 0, "outputs cleared")
    dirty = page.locator("#jp-main-dock-panel .lm-TabBar-tab.jp-mod-dirty")
    ui.menu(page, "File", "docmanager:save", lambda: dirty.count() == 0, "notebook saved")
    assert prompts.count() > 0


def test_lab_flipped_sign_survives_a_kernel_restart(
    lab_server, served_root, guarded_page, ui, tmp_path
):
    page, guard = guarded_page
    ui.require_notebook(served_root, NETWORK_NB)
    name, article = _notebook_on_a_copy(served_root, tmp_path)
    fixes = corrections_path(article)
    ui.lab_open_and_run_all(page, lab_server, name)
    root = _network(page)
    panel = root.locator(PANEL)
    edge = ui.dropdown(root, "Edge")
    camps = panel.locator(".alignkit-camps")
    assert WAS in ui.options(edge), ui.options(edge)
    before = camps.inner_text()
    assert "" != _camp_of(before, A) != _camp_of(before, B) != "", before

    # pick the edge in the explorer: the panel's Item follows; set its sign, Apply
    message = _set_the_sign(page, guard, ui, root, why="cooperative in this text")
    assert str(fixes) in message.inner_text().replace("\u00a0", " ")
    ui.wait_until(page, lambda: f"{NOW} · corrected" in ui.options(edge), "the flipped edge listed")
    assert WAS not in ui.options(edge)
    after = camps.inner_text()
    assert _camp_of(after, A) == _camp_of(after, B) != "", after
    expect(root.locator(".alignkit-evidence .alignkit-corrected").first).to_be_visible()
    saved = json.loads(fixes.read_text(encoding="utf-8"))
    assert [(e["kind"], e["value"], e["why"]) for e in saved] == [
        ("set_sign", "+", "cooperative in this text")
    ], saved

    # restart the kernel and run every cell again: the correction is read from the file
    _clear_and_save(page, ui)
    session = next(s for s in lab_server.api("/api/sessions") if s.get("path", "").endswith(name))
    lab_server.api(f"/api/kernels/{session['kernel']['id']}/restart", method="POST")
    ui.lab_open_and_run_all(page, lab_server, name)
    root = _network(page)
    panel = root.locator(PANEL)
    edge = ui.dropdown(root, "Edge")
    options = ui.options(edge)
    assert f"{NOW} · corrected" in options and WAS not in options, options
    again = panel.locator(".alignkit-camps").inner_text()
    assert _camp_of(again, A) == _camp_of(again, B) != "", again
    assert again == after, (again, after)
    listing = panel.locator(".alignkit-correction-list").inner_text()
    # in words: names, not ids; never "set_sign" or "source=CHN"
    assert f"set the edge {FLIP} to cooperation (+)" in listing and "applied" in listing, listing
    assert "set_sign" not in listing and "source=" not in listing, listing
    assert not corrections_path(alignkit.SEED).exists(), "a corrections file beside the seed"
    guard.assert_clean()


def test_voila_flipped_sign_survives_a_new_kernel(
    voila_server, served_root, guarded_page, ui, tmp_path
):
    """Voila starts a kernel per page load: flip the sign, load the page again (a new kernel
    runs every cell), and the sign and the camps are still the corrected ones."""
    page, guard = guarded_page
    ui.require_notebook(served_root, NETWORK_NB)
    name, article = _notebook_on_a_copy(served_root, tmp_path, "_corrections-03-voila.ipynb")
    fixes = corrections_path(article)
    page.goto(voila_server.url(f"voila/render/{name}"), wait_until="commit")
    root = _network(page)
    panel = root.locator(PANEL)
    before = panel.locator(".alignkit-camps").inner_text()
    assert "" != _camp_of(before, A) != _camp_of(before, B) != "", before

    _set_the_sign(page, guard, ui, root)
    after = panel.locator(".alignkit-camps").inner_text()
    assert _camp_of(after, A) == _camp_of(after, B) != "", after
    assert [e["kind"] for e in json.loads(fixes.read_text(encoding="utf-8"))] == ["set_sign"]

    # a new page load is a new kernel: the correction comes back from the file
    page.goto(voila_server.url(f"voila/render/{name}"), wait_until="commit")
    root = _network(page)
    panel = root.locator(PANEL)
    options = ui.options(ui.dropdown(root, "Edge"))
    assert f"{NOW} · corrected" in options and WAS not in options, options
    again = panel.locator(".alignkit-camps").inner_text()
    assert again == after, (again, after)
    assert not corrections_path(alignkit.SEED).exists(), "a corrections file beside the seed"
    guard.assert_clean()


# ------------------------------------------------------------------------------------------------
# pasted text: kept in the workspace, its corrections beside it
# ------------------------------------------------------------------------------------------------
PASTE_CELL = """from alignkit.notebook import widgets

box = widgets.article_input({text!r}, run=True)
box"""


def _pasted_notebook(served_root, name: str, text: str) -> str:
    """A notebook that pastes ``text`` into the article input and runs it."""
    nb = {
        "cells": [
            {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
             "source": PASTE_CELL.format(text=text)}
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                    "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5,
    }  # fmt: skip
    (served_root / name).write_text(json.dumps(nb, indent=1), encoding="utf-8")
    return name


def _pasted_text(where: str) -> tuple[str, object]:
    """The seed's text with a last line of its own (so the Lab and the Voila test each have
    their text, hence their own file), and the corrections file the workspace keeps for it."""
    from alignkit.notebook.workspace import text_hash

    text = alignkit.SEED.read_text(encoding="utf-8").rstrip() + f"\n\nFiled for the {where} test.\n"
    return text, f"article-{text_hash(text)}.corrections.json"


def _check_pasted_correction(page, ui, root, after: str) -> None:
    panel = root.locator(PANEL)
    options = ui.options(ui.dropdown(root, "Edge"))
    assert f"{NOW} · corrected" in options and WAS not in options, options
    assert panel.locator(".alignkit-camps").inner_text() == after
    listing = panel.locator(".alignkit-correction-list").inner_text()
    assert f"set the edge {FLIP} to cooperation (+)" in listing and "applied" in listing, listing
    assert "in the workspace" in listing, listing


def test_lab_correction_on_pasted_text_survives_a_kernel_restart(
    lab_server, served_root, jupyter_env, guarded_page, ui
):
    page, guard = guarded_page
    text, fixes = _pasted_text("Lab")
    name = _pasted_notebook(served_root, "_pasted-lab.ipynb", text)
    ui.lab_open_and_run_all(page, lab_server, name)
    root = _network(page)
    message = _set_the_sign(page, guard, ui, root)
    assert "in the workspace" in message.inner_text() and fixes in message.inner_text()
    saved = jupyter_env[1] / "workspace" / fixes
    assert [e["kind"] for e in json.loads(saved.read_text(encoding="utf-8"))] == ["set_sign"]
    after = root.locator(PANEL).locator(".alignkit-camps").inner_text()

    _clear_and_save(page, ui)
    session = next(s for s in lab_server.api("/api/sessions") if s.get("path", "").endswith(name))
    lab_server.api(f"/api/kernels/{session['kernel']['id']}/restart", method="POST")
    ui.lab_open_and_run_all(page, lab_server, name)
    _check_pasted_correction(page, ui, _network(page), after)
    guard.assert_clean()


def test_voila_correction_on_pasted_text_survives_a_new_kernel(
    voila_server, served_root, jupyter_env, guarded_page, ui
):
    page, guard = guarded_page
    text, fixes = _pasted_text("Voila")
    name = _pasted_notebook(served_root, "_pasted-voila.ipynb", text)
    page.goto(voila_server.url(f"voila/render/{name}"), wait_until="commit")
    root = _network(page)
    message = _set_the_sign(page, guard, ui, root)
    assert "in the workspace" in message.inner_text() and fixes in message.inner_text()
    assert (jupyter_env[1] / "workspace" / fixes).is_file()
    after = root.locator(PANEL).locator(".alignkit-camps").inner_text()

    page.goto(voila_server.url(f"voila/render/{name}"), wait_until="commit")
    _check_pasted_correction(page, ui, _network(page), after)
    guard.assert_clean()
