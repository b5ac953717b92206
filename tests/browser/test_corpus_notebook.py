"""Notebook 08 driven like a user in JupyterLab (headless Chromium): pick a period, the
network is redrawn; pick an edge, the evidence comes from that period's articles only.

Contract (alignkit.notebook.corpus_views): 08 ends with corpus_explorer(corpus, ...)
(.alignkit-corpus-explorer) with Dropdowns ``Period`` and ``Edge``; each evidence item is a
``.alignkit-evidence-item`` whose ``data-article`` names its article.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

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


def test_lab_corpus_explorer(lab_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, CORPUS_NB)
    ui.lab_open_and_run_all(page, lab_server, name)
    root = page.locator(EXPLORER)
    expect(root, f"{EXPLORER} never appeared").to_have_count(1, timeout=180_000)
    root.scroll_into_view_if_needed()
    expect(root.locator(".alignkit-figure img").first).to_be_visible(timeout=120_000)
    ui.first_widget(lab_server, name)
    guard.assert_clean()

    corpus = _expected(served_root)
    periods = {p.label: (p, G) for p, G in corpus.periods("QS").items()}
    period, edge = ui.dropdown(root, "Period"), ui.dropdown(root, "Edge")
    labels = ui.options(period)
    assert labels == ["all periods", *periods], labels
    assert ui.selected(period) == "all periods"

    # move the period control: the figure is redrawn, the edges are that period's
    busiest = max(periods, key=lambda k: (periods[k][1].number_of_edges(), k))
    src_all, edges_all = ui.img_src(root), ui.options(edge)
    guard.act(lambda: ui.choose(period, busiest), f"Period={busiest}")
    ui.wait_new_figure(page, root, src_all)
    p, G = periods[busiest]
    want = sorted(
        f"{corpus.name(a)} — {corpus.name(b)} ({'+' if s > 0 else '-'})"
        for a, b, s in (
            (*sorted((u, v), key=lambda n: (corpus.name(n), n)), s)
            for u, v, s in G.edges(data="sign")
        )
    )
    edges = ui.wait_until(
        page, lambda: (o := ui.options(edge)) != edges_all and o, "Edge options of the period"
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
    ui.screenshot(page, "lab-08-corpus.png", root)
    guard.assert_clean()
