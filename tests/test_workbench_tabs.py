"""Notebook 07 as one workbench in tabs (the network drawn once), notebook 08's period slider
over the periods with evidence and its outliers reported, not stretching the axes."""

from __future__ import annotations

import json
from pathlib import Path

import ipywidgets as W
import pytest

import alignkit
from alignkit.notebook import corpus_views, widgets

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Iran and Russia Sign Partnership Treaty\n\n"
    "Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Moscow, where "
    "the two leaders signed a strategic partnership treaty. The United States condemned the "
    "agreement.\n"
)


def test_one_text_is_one_workbench_in_tabs():
    box = widgets.article_input(TEXT, run=True)
    wb = box.workbench
    assert wb.tabs.titles == ("Network and evidence", "Statements", "The article", "Downloads")
    assert wb.tabs.children == (wb.network, wb.statements, box.output, wb.downloads)
    assert box.output not in box.children  # the views are a tab, not a second page below
    # the network is drawn once: by the explorer, not again among the views
    titles = [o["data"].get("text/plain", "") for o in box.output.outputs]
    assert len(box.output.outputs) == 4 and not any("network" in t.lower() for t in titles)


def test_notebook_07_has_one_input_box_and_no_second_workbench():
    nb = json.loads((ROOT / "notebooks" / "07-your-own-article.ipynb").read_text("utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert code.count("widgets.article_input(") == 1
    for again in ("widgets.workbench(", "network_figure(", "widgets.links(", "analyze_text("):
        assert again not in code, again


@pytest.fixture(scope="module")
def corpus():
    return alignkit.analyze_corpus(
        [ROOT / "data" / "corpus", alignkit.SEED], processes=1, on_error="skip", progress=False
    )


def test_period_slider_stops_only_where_there_is_evidence(corpus):
    box = corpus_views.corpus_explorer(corpus)
    period = box.controls["Period"]
    assert isinstance(period, W.SelectionSlider)
    labels = [label for label, _ in period.options]
    periods = {p.label: G for p, G in corpus.periods("QS").items()}
    assert len(periods) > 40 and len(labels) < 15  # 45 quarters, most empty
    assert labels[0] == "all periods"
    assert all(periods[k].number_of_edges() > 0 for k in labels[1:])
    assert "2014 Q1" not in labels  # the outlier, reported instead
    assert "2014-01-01" in box.outliers.value and "invaded" in box.outliers.value


def test_an_outlier_is_reported_not_stretching_the_axis(corpus):
    out = corpus_views.outliers(corpus)
    # A07's sentence dated 2014 ("Moscow illegally annexed in 2014"): the annexation, and
    # the occupation that Zelenskyy's demand "that Russia withdraw" tells (unmet_acts.csv)
    assert set(out["date"]) == {"2014-01-01"} and "FIGHT" in list(out["type"])
    first, last = corpus_views.main_span(corpus)
    assert str(first.date()) == "2022-04-11" and str(last.date()) == "2025-01-15"
    counts = corpus_views.pair_counts(corpus)
    assert counts["period"].iloc[0] == "2022 Q2" and counts["period"].iloc[-1] == "2025 Q1"
    fig = corpus_views.pair_counts_figure(corpus)
    ticks = [t.get_text() for t in fig.axes[-1].get_xticklabels()]
    assert "2014 Q1" not in ticks and len(ticks) == 12
    assert "2014-01-01" in fig.axes[-1].get_xlabel()
    report = corpus_views.outliers_report(corpus)
    assert "Russia → Ukraine FIGHT" in report and "a07-voa-putin-xi-kremlin-peace-plan" in report


def test_a_corpus_in_one_stretch_reports_no_outlier():
    one = alignkit.analyze_corpus([alignkit.SEED], processes=1, progress=False)
    assert corpus_views.outliers(one).empty
    assert repr(corpus_views.outliers_report(one)) == "no outlier dates"
    assert corpus_views.corpus_explorer(one).outliers.value == ""


def test_the_corpus_explorer_is_the_interactive_network(corpus):
    """Notebook 08's explorer draws the period's network in the graph widget of the article
    explorer: names on the nodes, camps as colour, redrawn in place at each period; a click
    on an edge picks it and reads its evidence, a click on a node lists its edges."""
    from alignkit.notebook.graph_widget import InteractiveNetwork

    box = corpus_views.corpus_explorer(corpus, edge=("IRN", "RUS"))
    net = box.graph
    assert isinstance(net, InteractiveNetwork) and box.graph_box.children == (net,)
    assert net.view.highlight == "IRN|RUS"  # the picked edge is ringed
    nodes = {e["data"]["id"]: e["data"] for e in net.view.elements if e["group"] == "nodes"}
    assert set(nodes) == set(corpus.network) and nodes["PRK"]["label"] == "North Korea"
    period = box.controls["Period"]
    period.value = period.options[-1][1]
    G = box.current_graph
    assert box.graph is net and set(net.graph) == set(G) and G is not corpus.network
    assert period.options[-1][0] in net.caption.value
    u, v = sorted(G.edges, key=lambda e: (corpus.name(e[0]), corpus.name(e[1])))[-1]
    net.tap(f"{u}|{v}")  # what a click in the browser sends
    assert set(box.controls["Edge"].value) == {u, v}
    assert corpus.name(u) in box.evidence.value and "alignkit-evidence-item" in box.evidence.value
    hover = next(e for e in net.view.elements if e["data"]["id"] == "|".join(sorted((u, v))))
    assert "article" in hover["data"]["hover"] or "evidence" in hover["data"]["hover"]
    net.tap(u)
    assert f"{corpus.name(u)}: {G.degree(u)} edge" in box.evidence.value
    assert corpus.name(v) in box.evidence.value


def test_the_corpus_figure_keeps_its_title_inside(corpus):
    """A corpus whose camp A lists many names pushes a wide legend beside the network: the
    title and key are wrapped to the axes instead of running off the figure's left edge."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    title = "Signed alignment network of the sample corpus (16 articles, 2022–2025)"
    fig = corpus_views.corpus_network_figure(corpus, title=title)
    FigureCanvasAgg(fig).draw()
    box, canvas = fig.get_tightbbox(fig.canvas.get_renderer()), fig.bbox_inches
    assert box.x0 >= -0.02 and box.x1 <= canvas.x1 + 0.02, (box, canvas)
    assert " ".join(fig.axes[0].get_title().split()) == title
    assert repr(fig) == f"<Figure 900x600: {title}>"
    assert np.asarray(fig.canvas.buffer_rgba()).shape[:2] == (600, 900)
