"""alignkit.notebook.widgets driven without a browser: set a control's value, read what the user
sees.

The explorers put their figures into their Output widget as PNG bundles and their text into
HTML widgets, so everything a user would see is state on the widget.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re

import networkx as nx
import pandas as pd
import pytest

import alignkit
from alignkit.network.occasions import occasion_keys, occasion_score
from alignkit.notebook import widgets

EDGE_LABEL = re.compile(r"^(?P<a>.+?) — (?P<b>.+?) \((?P<sign>[+-])\)$")
PNG = b"\x89PNG\r\n\x1a\n"
TWO_EDGES = "Russia and Iran signed a treaty. The US sanctioned Iran."
HOSTILE = (
    # (a headline with a tag would be read as a breadcrumb: its ">" is a breadcrumb separator)
    "Russia & Iran Sign a Treaty\n\n"
    "Russia and Iran signed a partnership treaty <script>alert(2)</script> in Moscow. "
    "The United States sanctioned Iran <b onmouseover=alert(3)>again</b>. "
    'Secretary of State Antony Blinken warned that Russia "<script>alert(4)</script>" '
    "was escalating the war against Ukraine.\n"
)


@pytest.fixture(scope="module")
def analysis():
    return alignkit.analyze(alignkit.SEED)


@pytest.fixture(scope="module")
def hostile():
    return alignkit.analyze_text(HOSTILE, publication_date="2025-01-15")


@pytest.fixture
def explorer(analysis):
    return widgets.network_explorer(analysis)


@pytest.fixture
def statements(analysis):
    return widgets.statement_explorer(analysis)


def plain(markup: str) -> str:
    """The text a browser shows for ``markup`` (tags dropped, entities decoded)."""
    return html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", "", markup, flags=re.S))


def labels(dropdown) -> list[str]:
    return [label for label, _ in dropdown.options]


# ------------------------------------------------------------------------------ network explorer


def test_network_explorer_controls(explorer, analysis):
    c = explorer.controls
    assert "alignkit-network-explorer" in explorer._dom_classes
    assert list(c["Sign"].options) == ["all", "cooperation", "conflict"]
    assert list(c["Type"].options) == ["all", *sorted(set(analysis.events["type"]))]
    assert c["Mode"].options[0] == "all" and "denied" not in c["Mode"].options
    assert list(c["Level"].options) == ["country", "actor"]
    assert "alignkit-figure" in explorer.figure._dom_classes
    assert "alignkit-evidence" in explorer.evidence._dom_classes
    assert explorer.figure_png.startswith(PNG)
    assert all(EDGE_LABEL.match(label) for label in labels(c["Edge"]))
    assert len(c["Edge"].options) == analysis.network.number_of_edges()
    # at start the country graph is the analysis's own network
    assert sorted(explorer.current_graph.edges) == sorted(analysis.network.edges)
    assert "<mark" in explorer.evidence.value


@pytest.mark.parametrize("choice, sign", [("conflict", -1), ("cooperation", 1)])
def test_sign_filter_redraws_and_narrows_edges(explorer, choice, sign):
    png, options = explorer.figure_png, labels(explorer.controls["Edge"])
    explorer.controls["Sign"].value = choice
    G = explorer.current_graph
    assert G.number_of_edges() > 0
    assert all(s == sign for _, _, s in G.edges(data="sign"))
    assert explorer.figure_png != png, "the figure was not redrawn"
    new = labels(explorer.controls["Edge"])
    assert new != options and new
    assert all(EDGE_LABEL.match(x)["sign"] == ("+" if sign > 0 else "-") for x in new)
    assert f"sign={choice}" in explorer.summary()


def test_type_and_mode_filters(explorer, analysis):
    ev = analysis.events
    typ = ev[ev["source_country"] != ev["target_country"]]["type"].value_counts().index[0]
    explorer.controls["Type"].value = typ
    assert explorer.current_graph.number_of_edges() > 0
    assert all(d["types"] == [typ] for _, _, d in explorer.current_graph.edges(data=True))
    explorer.controls["Type"].value = "all"
    mode = explorer.controls["Mode"].options[1]
    explorer.controls["Mode"].value = mode
    assert all(d["modes"] == [mode] for _, _, d in explorer.current_graph.edges(data=True))


def test_filters_with_no_edge_leave_a_message(explorer):
    explorer.controls["Sign"].value = "cooperation"
    for typ in explorer.controls["Type"].options[1:]:
        explorer.controls["Type"].value = typ
        if explorer.current_graph.number_of_edges() == 0:
            break
    else:
        pytest.skip("every event type has a cooperative edge")
    assert explorer.controls["Edge"].options == ()
    assert "No edge matches the filters" in explorer.evidence.value
    assert explorer.figure_png.startswith(PNG)


def test_picking_an_edge_shows_its_evidence(explorer, analysis):
    edge = explorer.controls["Edge"]
    art = analysis.article
    for label, (u, v) in edge.options:
        edge.value = (u, v)
        shown = explorer.evidence.value
        assert "<mark" in shown, label
        assert html.escape(label) in shown
        text = plain(shown)
        for ev in explorer.current_graph.edges[u, v]["evidence"]:
            assert art.text[ev["start"] : ev["end"]] in text, (label, ev)
            assert ev["trigger"].lower() in text.lower()
        assert f"edge {label}:" in explorer.summary()


def test_picked_edge_is_highlighted_in_the_figure(explorer):
    edge = explorer.controls["Edge"]
    first = explorer.figure_png
    edge.value = edge.options[-1][1]
    assert explorer.figure_png != first


def test_picked_edge_survives_a_filter_that_keeps_it(explorer):
    edge = explorer.controls["Edge"]
    conflict = [v for label, v in edge.options if label.endswith("(-)")]
    edge.value = conflict[-1]
    explorer.controls["Sign"].value = "conflict"
    assert edge.value == conflict[-1]


def test_level_actor_switches_to_the_actor_graph(explorer, analysis):
    explorer.controls["Level"].value = "actor"
    G = explorer.current_graph
    ev = analysis.events[analysis.events["mode"] != "denied"]
    # a place is no actor: the seed's "visit to Moscow" is drawn on Russia
    acts = analysis.actors
    place = dict(acts.loc[acts["type"] == "place", ["actor", "country"]].values)
    assert "moscow" in set(ev["target"]) and place["moscow"] == "RUS"
    assert set(G.nodes) == {place.get(n, n) for n in set(ev["source"]) | set(ev["target"])}
    assert "moscow" not in G and G.has_edge("masoud-pezeshkian", "RUS")
    assert "vladimir-putin" in G
    assert isinstance(G, nx.Graph) and not G.is_multigraph()
    # actors take the camp of the country they stand for
    side = {n: i for i, bloc in enumerate(analysis.blocs) for n in bloc}
    assert "vladimir-putin" in explorer.current_blocs[side["RUS"]]
    assert "Vladimir Putin" in " ".join(labels(explorer.controls["Edge"]))
    assert explorer.summary().startswith("actor level")
    explorer.controls["Level"].value = "country"
    assert sorted(explorer.current_graph.edges) == sorted(analysis.network.edges)


def test_network_summary_and_repr(explorer):
    assert explorer.summary().startswith("country level, sign=all, type=all, mode=all:")
    # the whole summary is the widget's text fallback (ipywidgets would cut it at 110)
    assert repr(explorer) == f"NetworkExplorer({explorer.summary()})"
    assert explorer._repr_mimebundle_()["text/plain"] == repr(explorer)


# ------------------------------------------------------------------------------ statement explorer


def test_statement_explorer_controls(statements, analysis):
    c = statements.controls
    assert "alignkit-statement-explorer" in statements._dom_classes
    assert "alignkit-statements" in statements.statements._dom_classes
    assert "alignkit-figure" in statements.figure._dom_classes
    assert list(c["Stance"].options) == ["all", "positive", "negative", "neutral"]
    assert c["Speaker"].options[0] == ("all", "all")
    assert {v for _, v in c["Speaker"].options[1:]} == set(analysis.statements["speaker"])
    shown = statements.statements.value
    assert shown.count('<div class="alignkit-statement"') == len(analysis.statements)
    for cls in ("speaker", "cue", "content"):
        assert f'<mark class="{cls}"' in shown


def test_speaker_filter_reduces_the_statements(statements, analysis):
    st = analysis.statements
    png = statements.figure_png
    who = st["speaker"].value_counts().index[-1]
    statements.controls["Speaker"].value = who
    shown = statements.statements.value
    divs = re.findall(r'<div class="alignkit-statement" data-speaker="([^"]+)"', shown)
    assert 0 < len(divs) < len(st)
    assert divs == [who] * int((st["speaker"] == who).sum())
    art = analysis.article
    for r in st[st["speaker"] == who].itertuples():
        span = html.escape(art.text[r.speaker_start : r.speaker_end])
        assert f">{span}</mark>" in shown
    assert statements.figure_png != png


def test_stance_filter(statements, analysis):
    statements.controls["Stance"].value = "negative"
    shown = statements.current_statements
    assert len(shown) == int((analysis.statements["stance"] == "negative").sum())
    assert set(shown["stance"]) == {"negative"}
    assert "stance=negative" in statements.summary()


def test_stance_matrix_values(analysis):
    rows = pd.DataFrame(
        [
            {"speaker": "antony-blinken", "stance": "negative", "targets": ["RUS", "IRN"]},
            {"speaker": "antony-blinken", "stance": "positive", "targets": ["IRN"]},
            {"speaker": "vladimir-putin", "stance": "positive", "targets": ["kim-jong-un"]},
            {"speaker": "dmitry-peskov", "stance": "neutral", "targets": ["RUS"]},
            {"speaker": "sergei-lavrov", "stance": "negative", "targets": []},
        ]
    )
    m = widgets.stance_matrix(analysis, rows)
    assert list(m.index) == ["Antony Blinken", "Dmitry Peskov", "Vladimir Putin"]
    assert list(m.columns) == ["Iran", "Kim Jong Un", "Russia"]
    assert m.loc["Antony Blinken", "Russia"] == -1.0
    assert m.loc["Antony Blinken", "Iran"] == 0.0  # mean of -1 and +1
    assert m.loc["Vladimir Putin", "Kim Jong Un"] == 1.0
    assert m.loc["Dmitry Peskov", "Russia"] == 0.0
    assert math.isnan(m.loc["Dmitry Peskov", "Iran"])


def test_stance_matrix_of_the_seed_agrees_with_the_statements(analysis):
    m = widgets.stance_matrix(analysis)
    score = {"positive": 1.0, "negative": -1.0, "neutral": 0.0}
    name = {r.actor: r.name for r in analysis.actors.itertuples()}
    seen: dict[tuple, list[float]] = {}
    for r in analysis.statements.itertuples():
        for t in r.targets:
            seen.setdefault((name[r.speaker], name.get(t, t)), []).append(score[r.stance])
    assert m.notna().sum().sum() == len(seen)
    for (sp, tg), values in seen.items():
        assert m.loc[sp, tg] == pytest.approx(sum(values) / len(values))


def test_statement_summary_and_repr(statements, analysis):
    n = len(analysis.statements)
    assert statements.summary().startswith(f"speaker=all, stance=all: {n} statements")
    assert repr(statements) == f"StatementExplorer({statements.summary()})"
    assert statements._repr_mimebundle_()["text/plain"] == repr(statements)


# ------------------------------------------------------------------------------ escaping


def test_article_text_is_escaped_in_every_html_view(hostile):
    net = widgets.network_explorer(hostile)
    st = widgets.statement_explorer(hostile)
    views = [str(widgets.article_view(hostile)), str(widgets.statements_html(hostile))]
    views.append(st.statements.value)
    for _, edge in net.controls["Edge"].options:
        net.controls["Edge"].value = edge
        views.append(net.evidence.value)
    assert net.controls["Edge"].options, "the hostile article should still give edges"
    for markup in views:
        assert "<script" not in markup.lower()
        assert "<b onmouseover" not in markup.lower()
    assert "Russia &amp; Iran Sign a Treaty" in views[0]
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in views[0]
    assert any("&lt;script&gt;alert(2)&lt;/script&gt;" in v for v in views[3:])


def test_article_input_escapes_pasted_text():
    box = widgets.article_input(HOSTILE, publication_date="2025-01-15", run=True)
    assert box.analysis is not None and not box.error
    html_parts = [o["data"].get("text/html", "") for o in box.output.outputs]
    assert any("&lt;script&gt;" in h for h in html_parts)
    assert all("<script" not in h.lower() for h in html_parts)


# ------------------------------------------------------------------------------ figures


def test_network_figure_country_and_actor_level(analysis, tmp_path):
    fig = widgets.network_figure(analysis.network, analysis.blocs, title="Country network")
    ax = fig.axes[0]
    assert ax.get_title() == "Country network"
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert any(t.startswith("camp A: ") for t in legend)
    assert "cooperation (+)" in legend and "conflict (−)" in legend
    texts = {t.get_text() for t in ax.texts}
    assert set(analysis.network.nodes) <= texts
    actor = widgets.network_figure(
        analysis.actor_network, analysis.blocs, title="Actor network", layout="spring"
    )
    assert "Vladimir Putin" in {t.get_text() for t in actor.axes[0].texts}
    for name, f in (("country", fig), ("actor", actor)):
        f.savefig(tmp_path / f"{name}.png")
        assert (tmp_path / f"{name}.png").read_bytes().startswith(PNG)


def test_network_figure_is_deterministic_and_draws_into_an_axes(analysis):
    a = widgets.network_figure(analysis.network, analysis.blocs, title="t")
    b = widgets.network_figure(analysis.network, analysis.blocs, title="t")
    assert a._repr_png_() == b._repr_png_()
    assert repr(a) == "<Figure 900x600: t>"
    from matplotlib.figure import Figure

    host = Figure()
    ax = host.add_subplot()
    assert widgets.network_figure(analysis.network, analysis.blocs, title="t", ax=ax) is host
    lined = [c for c in ax.collections if c.get_linestyle() and c.get_linestyle()[0][1]]
    assert lined, "conflict edges are drawn dashed"


def test_signed_graph_merges_actor_edges(analysis):
    H = widgets.signed_graph(analysis.actor_network)
    assert not H.is_directed() and not H.is_multigraph()
    multi = analysis.actor_network
    for u, v, d in H.edges(data=True):
        both = (multi.get_edge_data(u, v, default={}), multi.get_edge_data(v, u, default={}))
        rows = [d for pair in both for d in pair.values()]
        # weight counts occasions: pieces of one type and mode in one sentence count once
        keys = {(r["type"], r["mode"], r["sentence"]) for r in rows if r["block"] == "body"}
        keys |= {(r["type"], r["mode"]) for r in rows if r["block"] != "body"}
        keys -= {k[:2] for k in keys if len(k) == 3}
        assert d["weight"] == len(keys) and len(d["evidence"]) == len(rows)
        score = occasion_score(
            [r["sign"] * r["intensity"] for r in d["evidence"]],
            occasion_keys(d["evidence"], [r["occasion"] for r in d["evidence"]]),
        )
        assert d["sign"] == (1 if score > 0 else -1)
    # the seed tells Pezeshkian's meeting with Putin twice (body and photo caption)
    d = H.edges["masoud-pezeshkian", "vladimir-putin"]
    assert (len(d["evidence"]), d["weight"]) == (2, 1)


def test_timeline_figure(analysis):
    fig = widgets.timeline_figure(analysis)
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    tl = widgets.timeline_table(analysis)
    assert len(ticks) == len(tl)
    estimated = (tl["date_basis"] == "estimated").sum()
    assert sum("estimated" in t for t in ticks) == estimated
    assert ax.get_title() and ax.get_xlabel() == "date"


def test_actor_chart_and_tables(analysis):
    fig = widgets.actor_chart(analysis)
    ax = fig.axes[0]
    assert len(ax.patches) == int((analysis.actors["mentions"] > 0).sum())
    assert ax.get_xlabel().startswith("mentions") and ax.get_ylabel() == "actor"
    table = widgets.themes_by_paragraph(analysis)
    art = analysis.article
    assert len(table) == len(art.paragraphs) + len(art.captions) + (art.headline is not None)
    assert table["sentences"].sum() == len(art.sentences)
    camps = widgets.camps_table(analysis)
    assert camps["size"].sum() == analysis.network.number_of_nodes()
    structure = dict(widgets.structure_table(analysis).values)
    assert structure["publication date"] == str(art.publication_date)


# ------------------------------------------------------------------------------ article input


def test_article_input_paste():
    box = widgets.article_input()
    assert box.summary() == "nothing analyzed yet"
    box.text.value = "Iran's president met Russian President Vladimir Putin in Moscow."
    box.date.value = "2025-01-17"
    box.button.click()
    assert box.analysis is not None and box.error == ""
    kinds = [next(iter(o["data"])) for o in box.output.outputs]
    assert "image/png" in kinds and "text/html" in kinds
    assert "1 sentences" in box.summary() or "sentences" in box.summary()


def test_article_input_errors_are_messages():
    box = widgets.article_input(path="/no/such/article.txt", run=True)
    assert box.analysis is None
    assert "alignkit-error" in box.message.value
    assert "/no/such/article.txt" in box.message.value
    assert "Traceback" not in box.message.value
    assert box.output.outputs == ()
    empty = widgets.article_input("   ", run=True)
    assert empty.error and "alignkit-error" in empty.message.value


def test_article_input_upload(tmp_path):
    box = widgets.article_input()
    box.source.selected_index = 1
    content = b"Russia and Iran signed a partnership treaty in Moscow.\n"
    upload = {
        "name": "My Article.txt",
        "type": "text/plain",
        "size": len(content),
        "content": memoryview(content),
        "last_modified": dt.datetime(2025, 1, 15),
    }
    box.upload.value = (upload,)
    box.run()
    assert box.analysis is not None, box.error
    assert box.analysis.article.id == "my-article"
    box.upload.value = ({**upload, "content": memoryview(b"\xff\xfe\x00binary")},)
    box.run()
    assert box.analysis is None and "not UTF-8" in box.error


def test_article_input_path():
    box = widgets.article_input(path=str(alignkit.SEED), run=True)
    assert box.analysis is not None
    assert box.analysis.article.id == "russia-iran-ties"


def test_structure_table_names_the_evidence_of_an_estimated_date(analysis):
    # seeds/russia-iran-ties.meta.json nests the quote under "evidence"
    structure = dict(widgets.structure_table(analysis).values)
    assert structure["date status"] == "estimated"
    quote = analysis.article.date_evidence["evidence"]["text"]
    assert structure["date rests on"] == quote
    assert quote in analysis.article.text


# ------------------------------------------------------------------------------ the workbench


def test_interactive_network_hover_names_pair_sign_and_evidence(explorer, analysis):
    net = explorer.graph
    assert isinstance(net, widgets.InteractiveNetwork)
    assert "alignkit-graph" in net._dom_classes
    labels = widgets.node_names(analysis)
    for u, v, d in net.graph.edges(data=True):
        el = net.element("|".join(sorted((u, v))))
        a, b = sorted((labels[u], labels[v]))
        kind = "cooperation (+)" if d["sign"] > 0 else "conflict (−)"
        n, k = len(d["evidence"]), d["weight"]
        told = f" ({k} occasion{'s' if k != 1 else ''})" if k != n else ""
        assert el["data"]["hover"] == f"{a} — {b}: {kind}, {n} evidence{told}"
        # conflict reads without colour: dashed
        assert el["data"]["style"] == ("dashed" if d["sign"] < 0 else "solid")
    side = {n: i for i, s in enumerate(analysis.blocs) for n in s}
    for node in net.graph:
        el = net.element(node)
        assert el["data"]["label"] == labels[node]
        camp = widgets.camp_name(side.get(node))
        assert el["data"]["hover"].startswith(f"{labels[node]} ({camp}): ")
        assert el["data"]["colour"] == widgets.CAMP_COLOURS[side.get(node, 2)]


def test_interactive_network_node_size_grows_with_evidence(explorer):
    net = explorer.graph
    ev = {
        n: sum(len(net.graph.edges[n, m]["evidence"]) for m in net.graph.neighbors(n))
        for n in net.graph
    }
    most, least = max(ev, key=ev.get), min(ev, key=ev.get)
    assert ev[most] > ev[least]
    assert net.element(most)["data"]["size"] > net.element(least)["data"]["size"]


def test_interactive_network_ships_cytoscape_and_fetches_nothing(explorer):
    esm = explorer.graph.view._esm
    assert 'lf.version=\\"3.35.0\\"' in esm  # cytoscape.js itself (a JSON string in the module)
    assert not re.search(r"""(import\s*\(|from\s*)["']https?:""", esm)
    assert "https://cdn" not in esm and "unpkg.com" not in esm and "jsdelivr" not in esm


def test_interactive_network_click_fills_the_evidence_reader(explorer, analysis):
    net = explorer.graph
    labels = widgets.node_names(analysis)
    u, v = max(net.graph.edges, key=lambda e: len(net.graph.edges[e]["evidence"]))
    # what the browser sends on a click on the edge
    net.view.picked = {"id": "|".join(sorted((u, v))), "n": 1}
    assert net.selected == ("edge", tuple(sorted((u, v))))
    assert set(explorer.controls["Edge"].value) == {u, v}
    assert net.view.highlight == "|".join(sorted((u, v)))
    shown = plain(explorer.evidence.value)
    assert labels[u] in shown and labels[v] in shown and "<mark" in explorer.evidence.value
    assert explorer.selection == ("edge", explorer.controls["Edge"].value)
    # a node: its camp and the evidence of every edge it has
    assert net.tap(u) == ("node", u)
    assert explorer.selection == ("node", u) and net.view.highlight == u
    assert 'class="alignkit-node"' in explorer.evidence.value
    head = plain(explorer.evidence.value.split("</h4>")[0])
    assert head.startswith(labels[u]) and "camp " in head
    for m in net.graph.neighbors(u):
        assert labels[m] in plain(explorer.evidence.value)
    assert f"node {labels[u]}:" in explorer.summary()
    # an id not drawn: the selection stays
    assert net.tap("nowhere") is None and explorer.selection == ("node", u)


def test_interactive_network_follows_the_filters(explorer):
    view = explorer.graph.view
    explorer.controls["Sign"].value = "conflict"
    # the same view redrawn in place: cytoscape.js is not sent again
    assert explorer.graph.view is view
    assert all(s == -1 for _, _, s in explorer.graph.graph.edges(data="sign"))
    edges = [e for e in view.elements if e["group"] == "edges"]
    assert edges and all(e["data"]["style"] == "dashed" for e in edges)
    assert explorer.graph_box.children == (explorer.graph,)


def test_names_not_ids_on_nodes_and_edges(explorer, analysis):
    names = set(widgets.node_names(analysis).values())
    for label, _ in explorer.controls["Edge"].options:
        m = EDGE_LABEL.match(label)
        assert m["a"] in names and m["b"] in names, label
    assert "North Korea" in names and "PRK" not in names


def test_readable_tables_use_names_full_text_and_camp_names(analysis):
    st = analysis.statements
    r = widgets.readable(analysis, st[["speaker", "content", "targets"]])
    ids = set(st["speaker"])
    assert not ids & set(r["speaker"]), "speaker ids left in the table"
    assert all(isinstance(t, str) for t in r["targets"])
    long = max(st["content"], key=len)
    doc = widgets.table(analysis, st[["speaker", "content"]], caption="Statements")
    assert html.escape(long, quote=True)[:200] in doc or long[:200] in plain(doc)
    assert repr(doc).startswith("Statements: ")
    actors = widgets.readable(analysis, analysis.actors[["actor", "name", "camp"]])
    assert "actor" not in actors.columns
    assert set(actors["camp"]) <= {"camp A", "camp B", "in no camp"}
    assert list(widgets.camps_table(analysis)["camp"]) == ["camp A", "camp B"]


def test_downloads_parse(analysis):
    import io
    import json

    box = widgets.links(analysis)
    kinds = {f.name.rsplit(".", 1)[-1] for f in box.files}
    assert kinds == {"csv", "gexf", "graphml", "png", "svg"}
    for f in box.files:
        assert f'download="{f.name}"' in box.value
        if f.name.endswith(".csv"):
            pd.read_csv(io.BytesIO(f.data))
        elif f.name.endswith(".png"):
            assert f.data.startswith(PNG)
        elif f.name.endswith(".svg"):
            assert b"<svg" in f.data
    gexf = next(f for f in box.files if f.name.endswith(".gexf"))
    G = nx.read_gexf(io.BytesIO(gexf.data))
    for _, d in G.nodes(data=True):
        assert {"name", "type", "camp"} <= set(d)
        assert d["type"] != "country" or "country" in d
    statements = next(f for f in box.files if f.name.endswith(".statements.csv"))
    df = pd.read_csv(io.BytesIO(statements.data))
    assert all(isinstance(json.loads(t), list) for t in df["targets"])
    assert repr(box).startswith("Downloads(") and len(repr(box)) <= 110


def test_downloads_are_made_on_click_only(analysis):
    """Showing the links makes no file (drawing the figures took 3-4 s before the explorer
    of notebook 03 appeared); a click's request is answered with that one file's bytes,
    the very bytes ``files`` gives, and a figure's PNG and SVG draw the figure once."""
    box = widgets.links(analysis)
    assert box.made() == [] and len(box.items) == 18
    sent = []
    box.send = lambda content, buffers=None: sent.append((content, buffers))
    png = next(i["name"] for i in box.items if i["name"].endswith(".network.png"))
    box._asked(box, {"want": png}, [])
    ((content, (data,)),) = sent
    assert content == {"name": png, "mime": "image/png"} and data.startswith(PNG)
    assert box.made() == [png]
    box._asked(box, {"want": "no-such-file.csv"}, [])  # a stale or forged request: no answer
    assert len(sent) == 1
    again = {f.name: f.data for f in widgets.links(analysis).files}
    assert again[png] == data
    items = box.items
    box.follow(widgets.links(analysis))  # a corrected analysis's files: made again on click
    assert box.made() == [] and box.items == items


def test_article_input_says_a_missing_date(tmp_path):
    box = widgets.article_input(
        "Russia and Iran signed a treaty. The US sanctioned Iran.", run=True
    )
    assert box.date.value == ""
    assert widgets.NO_DATE in box.message.value
    assert box.analysis.article.publication_date is None
    dated = widgets.article_input("Russia and Iran signed a treaty.", publication_date="2025-01-17")
    dated.run()
    assert widgets.NO_DATE not in dated.message.value


def test_article_input_shows_the_workbench():
    box = widgets.article_input(
        "Russia and Iran signed a treaty. The US sanctioned Iran.", run=True
    )
    wb = box.workbench
    assert isinstance(wb, widgets.Workbench) and box.workbench_box.children == (wb,)
    assert isinstance(wb.network, widgets.NetworkExplorer)
    assert isinstance(wb.statements, widgets.StatementExplorer)
    assert wb.statements.figure_png.startswith(PNG)
    assert len(wb.downloads.files) >= 12


def test_article_input_several_uploads_and_the_sample_corpus():
    box = widgets.article_input()
    box.source.selected_index = 1
    texts = [b"Russia and Iran signed a treaty in Moscow.\n", b"The US sanctioned Iran.\n",
             b"\xff\xfe\x00binary"]  # fmt: skip
    box.upload.value = tuple(
        {"name": f"text {i}.txt", "type": "text/plain", "size": len(t), "content": memoryview(t),
         "last_modified": dt.datetime(2025, 1, 15)}
        for i, t in enumerate(texts)
    )  # fmt: skip
    box.run()
    assert [a.article.id for a in box.analyses] == ["text-0", "text-1"]
    assert "not UTF-8" in box.error and "alignkit-error" in box.message.value
    assert box.article.layout.display is None and len(box.article.options) == 2
    box.article.value = 1
    assert box.analysis.article.id == "text-1" and box.workbench.analysis is box.analysis
    listed = widgets.article_input()
    assert len(listed.listed.options) >= 10, "the sample corpus is listed"
    listed.source.selected_index = 3
    listed.listed.value = tuple(v for _, v in listed.listed.options[:2])
    listed.run()
    assert len(listed.analyses) == 2 and listed.error == ""


def test_table_explorer_searches_what_the_reader_sees_and_escapes_it():
    an = alignkit.analyze_text(
        'Lavrov said Russia and Iran would sign a treaty <b>soon</b>. "It costs $5 billion," '
        "Putin said.",
        publication_date="2025-01-15",
    )
    box = widgets.table_explorer(an, an.statements[["speaker", "cue", "content"]], caption="S")
    assert len(box.current) == len(an.statements) >= 2
    box.controls["Search"].value = "vladimir putin"  # a name, where the table holds an id
    assert box.current["speaker"].tolist() == ["vladimir-putin"]
    box.controls["Search"].value = ""
    box.controls["Sort by"].value = "speaker"
    box.controls["Order"].value = "descending"
    assert box.current["speaker"].tolist() == sorted(box.current["speaker"], reverse=True)
    html = box.output.value
    assert "<b>soon</b>" not in html and "&lt;b&gt;" in html
    assert "$5" not in html  # dollars escaped for MathJax
