"""Notebook 08 driven like a user in JupyterLab and Voila (headless Chromium): step the
period slider through the periods that have evidence (the outlier dated years before the rest
is reported above it, not a stop), the network is redrawn; pick an edge, the evidence comes
from that period's articles only. The period's network is the interactive one of notebook 03:
it zooms, pans, goes Home with every node in view, lets a node be dragged and a country be
searched; clicking an edge picks it and reads its evidence; stepping the slider redraws it with
that period's countries.

Contract (alignkit.notebook.corpus_views): 08 ends with corpus_explorer(corpus, ...)
(.alignkit-corpus-explorer) with a SelectionSlider ``Period`` and a Dropdown ``Edge``; each
evidence item is a ``.alignkit-evidence-item`` whose ``data-article`` names its article.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect
from test_workbench import EDGE_HOVER, conflict_edge_point, cy, exercise_view, hover, wait_graph

import alignkit

CORPUS_NB = "08-corpus.ipynb"
EXPLORER = ".alignkit-corpus-explorer"
EDGE_LABEL = re.compile(r"^(?P<a>.+?) — (?P<b>.+?) \((?P<sign>[+\-−])\)$")


def _expected(served_root):
    """The corpus the notebook reads (its CORPUS list, relative to notebooks/)."""
    return alignkit.analyze_corpus(
        [served_root / "../data/corpus", served_root / "../seeds/russia-iran-ties.txt"],
        processes=1,
        progress=False,
    )


def _slider(root):
    """The Period slider: its handle (keyboard-driven, as a user tabbing to it) and readout."""
    box = root.locator(".widget-slider").filter(
        has=root.page.locator(".widget-label", has_text=re.compile(r"^\s*Period\s*$"))
    )
    return box.first.locator(".noUi-handle").first, box.first.locator(".widget-readout").first


def _step_through(page, guard, ui, root) -> list[str]:
    """Press the right arrow on the slider until it stops moving: the labels of every stop."""
    handle, readout = _slider(root)

    def label() -> str:
        return readout.inner_text().replace("\u00a0", " ").strip()

    seen = [label()]
    for _ in range(60):
        src = ui.img_src(root)
        handle.focus()
        handle.press("ArrowRight")
        page.wait_for_timeout(400)
        if label() == seen[-1]:
            break
        seen.append(label())
        ui.wait_new_figure(page, root, src)  # the kernel drew the period's network
    guard.assert_clean()
    return seen


def _corpus_scenario(page, guard, ui, root, served_root, shot: str) -> None:
    corpus = _expected(served_root)
    periods = {p.label: (p, G) for p, G in corpus.periods("QS").items()}
    with_evidence = [k for k, (_, G) in periods.items() if G.number_of_edges()]
    edge = ui.dropdown(root, "Edge")
    expect(root.locator(".alignkit-outliers-note")).to_contain_text("2014-01-01")
    # every stop of the slider: all periods, then the periods with evidence; no 2014 outlier
    # stretching it, no empty quarter
    stops = _step_through(page, guard, ui, root)
    assert stops == ["all periods", *[k for k in with_evidence if not k.startswith("2014")]], stops
    last = stops[-1]
    p, G = periods[last]
    want = sorted(
        f"{corpus.name(a)} — {corpus.name(b)} ({'+' if s > 0 else '-'})"
        for a, b, s in (
            (*sorted((u, v), key=lambda n: (corpus.name(n), n)), s)
            for u, v, s in G.edges(data="sign")
        )
    )
    edges = ui.wait_until(
        page, lambda: (o := ui.options(edge)) == want and o, f"Edge options of {last}"
    )
    assert edges == want, (edges, want)

    # pick an edge (a different one from the one shown): its evidence names only articles
    # that have evidence for the pair in that period
    evidence = root.locator(".alignkit-evidence")
    target = next(e for e in edges if e != ui.selected(edge))
    before = evidence.inner_html()
    guard.act(lambda: ui.choose(edge, target), f"Edge={target}")
    ui.wait_until(page, lambda: evidence.inner_html() != before, f"evidence for {target}")
    m = EDGE_LABEL.match(target)
    text = evidence.inner_text()
    assert m["a"] in text and m["b"] in text, text[:300]
    shown = set(
        evidence.locator(".alignkit-evidence-item").evaluate_all(
            "items => items.map(i => i.dataset.article)"
        )
    )
    (u, v) = next(
        (a, b) for a, b in G.edges if {corpus.name(a), corpus.name(b)} == {m["a"], m["b"]}
    )
    allowed = set(G.edges[u, v]["articles"])
    assert shown and shown <= allowed, (shown, allowed)
    dates = {corpus.info(a)["date"] for a in shown}
    assert dates, "no dated article in the evidence"
    assert evidence.locator("mark").count() > 0, "no evidence marked"
    assert "Source:" in text
    ui.screenshot(page, shot, root)
    guard.assert_clean()


def _graph_scenario(page, guard, ui, root, served_root) -> None:
    """The interactive network of the period the slider shows (the last, after
    :func:`_corpus_scenario`): its countries, the view's moves, a click on a conflict edge,
    and a step back to the period before, redrawn in place."""
    corpus = _expected(served_root)
    periods = {p.label: G for p, G in corpus.periods("QS").items()}
    _, readout = _slider(root)
    label = readout.inner_text().replace("\u00a0", " ").strip()
    G = periods[label]
    graph = wait_graph(root)
    names = {corpus.name(n) for n in G}
    ui.wait_until(page, lambda: set(cy(graph, "return cy.nodes().map(n => n.data('label'));"))
                  == names, f"the countries of {label} in the interactive network")  # fmt: skip
    exercise_view(page, graph, root)

    # hover a conflict edge: the pair, its sign, its evidence; click: picked and read
    found = conflict_edge_point(graph)
    assert found, f"no conflict edge to click in {label}"
    edge_id, point = found
    hover(page, point)
    hover_line = root.locator(".alignkit-hover")
    said = ui.wait_until(
        page, lambda: (t := hover_line.inner_text()) and EDGE_HOVER.search(t) and t, "edge hover"
    )
    m = EDGE_HOVER.search(said)
    assert m["kind"] == "conflict", said
    edge = ui.dropdown(root, "Edge")
    guard.act(lambda: page.mouse.click(*point), "click on a conflict edge")
    picked = ui.wait_until(
        page, lambda: (p := ui.selected(edge)) and m["a"] in p and m["b"] in p and p, "Edge"
    )
    assert picked.endswith("(-)"), picked
    evidence = root.locator(".alignkit-evidence")
    ui.wait_until(page, lambda: m["a"] in evidence.locator("h4").first.inner_text(), "evidence")
    assert evidence.locator("mark").count() > 0
    ui.wait_until(page, lambda: cy(graph, "return cy.$('edge.picked').map(e => e.id());")
                  == [edge_id], "the clicked edge ringed")  # fmt: skip

    # one stop back: the same view redrawn with the countries of that period
    handle, _ = _slider(root)
    handle.focus()
    guard.act(lambda: handle.press("ArrowLeft"), "Period one stop back")
    ui.wait_until(page, lambda: readout.inner_text().replace("\u00a0", " ").strip() != label,
                  "the slider one stop back")  # fmt: skip
    back = readout.inner_text().replace("\u00a0", " ").strip()
    names = {corpus.name(n) for n in periods[back]}
    ui.wait_until(page, lambda: set(cy(graph, "return cy.nodes().map(n => n.data('label'));"))
                  == names, f"the countries of {back} in the interactive network")  # fmt: skip
    assert root.locator(".alignkit-graph").count() == 1
    guard.assert_clean()


def _wait_explorer(page):
    root = page.locator(EXPLORER)
    expect(root, f"{EXPLORER} never appeared").to_have_count(1, timeout=180_000)
    root.scroll_into_view_if_needed()
    expect(root.locator(".alignkit-figure img").first).to_be_visible(timeout=120_000)
    return root


def test_lab_corpus_explorer(lab_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, CORPUS_NB)
    ui.lab_open_and_run_all(page, lab_server, name)
    root = _wait_explorer(page)
    ui.first_widget(lab_server, name)
    guard.assert_clean()
    _corpus_scenario(page, guard, ui, root, served_root, "lab-08-corpus.png")
    _graph_scenario(page, guard, ui, root, served_root)


def test_voila_corpus_explorer(voila_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, CORPUS_NB)
    page.goto(voila_server.url(f"voila/render/{name}"), wait_until="commit")
    root = _wait_explorer(page)
    guard.assert_clean()
    _corpus_scenario(page, guard, ui, root, served_root, "voila-08-corpus.png")
    _graph_scenario(page, guard, ui, root, served_root)
