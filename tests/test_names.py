"""Names everywhere a person reads: tables, timeline labels, legends, titles, downloaded
CSV and GEXF (the ids kept in columns of their own), and a GEXF that Gephi opens coloured
by camp and laid out as the notebook draws it."""

from __future__ import annotations

import io
import re

import networkx as nx
import pandas as pd
import pytest

import alignkit
from alignkit.notebook import corpus_views, widgets
from alignkit.notebook.figures import CAMP_COLOURS

PASTED = (
    "Iran and Russia Sign Partnership Treaty\n\n"
    "Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Moscow, "
    "where the two leaders signed a strategic partnership treaty. The United States "
    "condemned the agreement.\n"
)
#: An ISO code or an actor slug standing where a name belongs.
ID_LIKE = re.compile(r"\b[A-Z]{3}\b|\b[a-z]+-[a-z]+(?:-[a-z]+)*\b")


@pytest.fixture(scope="module")
def seed():
    return alignkit.analyze(alignkit.SEED)


def test_mentions_table_names_the_actor(seed):
    shown = widgets.readable(seed, seed.mentions)
    trump = shown[shown["text"] == "Trump"]["actor"]
    assert set(trump) == {"Donald Trump"}
    assert not any(re.fullmatch(r"[A-Z]{3}|[a-z]+(-[a-z]+)+", a) for a in shown["actor"] if a)


def test_timeline_labels_name_both_parties(seed):
    labels = list(widgets.timeline_table(seed)["label"])
    assert "Russia → North Korea CONSULT (meeting)" in labels
    assert not [x for x in labels if re.match(r"[A-Z]{3} →|\S+-\S+ →", x)]
    ticks = [t.get_text() for t in widgets.timeline_figure(seed).axes[0].get_yticklabels()]
    assert any(t.startswith("Russia → Iran") for t in ticks)
    assert not [t for t in ticks if re.match(r"[A-Z]{3} → [A-Z]{3}", t)]


def test_a_pasted_text_is_called_by_its_headline():
    box = widgets.article_input(PASTED, run=True)
    assert box.summary().startswith("Iran and Russia Sign Partnership Treaty:")
    assert "article-" not in box.workbench.children[0].value
    assert "Iran and Russia Sign Partnership Treaty" in box.workbench.children[0].value
    title = widgets.timeline_figure(box.analysis).axes[0].get_title()
    assert "article-" not in title


def test_corpus_figure_draws_names_and_names_the_camps():
    corpus = alignkit.analyze_corpus(
        ["data/corpus", alignkit.SEED], processes=1, on_error="skip", progress=False
    )
    fig = corpus_views.corpus_network_figure(corpus)
    drawn = {t.get_text() for t in fig.axes[0].texts}
    assert {"Russia", "Iran", "North Korea"} <= drawn
    assert not [t for t in drawn if re.fullmatch(r"[A-Z]{3}", t)]
    legend = fig.legends[0] if fig.legends else fig.axes[0].get_legend()
    camps = [t.get_text() for t in legend.get_texts() if t.get_text().startswith("camp")]
    assert len(camps) == 2
    for text in camps:  # names, and how many more: never a bare "25 nodes"
        assert not re.fullmatch(r"camp [AB]: \d+ nodes", text)
        assert re.search(r"[A-Z][a-z]+", text.split(":", 1)[1])


def test_downloaded_csv_carries_names_beside_ids(seed):
    files = {f.name.split(".", 1)[1]: f for f in widgets.links(seed).files}
    events = pd.read_csv(io.BytesIO(files["events.csv"].data))
    cols = list(events.columns)
    assert cols[cols.index("source") + 1] == "source_name"
    row = events[events["source"] == "RUS"].iloc[0]
    assert row["source_name"] == "Russia"
    mentions = pd.read_csv(io.BytesIO(files["mentions.csv"].data))
    assert "Donald Trump" in set(mentions["actor_name"]) and "donald-trump" in set(
        mentions["actor"]
    )
    edges = pd.read_csv(io.BytesIO(files["edges.csv"].data))
    pair = edges[(edges["u"] == "IRN") & (edges["v"] == "RUS")].iloc[0]
    assert (pair["u_name"], pair["v_name"]) == ("Iran", "Russia")
    timeline = pd.read_csv(io.BytesIO(files["timeline.csv"].data))
    assert "Russia → North Korea CONSULT (meeting)" in set(timeline["label"])


def _check_gexf(G: nx.Graph, names: dict) -> None:
    assert set(G.nodes) == set(names)  # the node id stays the id
    for n, d in G.nodes(data=True):
        assert d["label"] == names[n] and not ID_LIKE.fullmatch(d["label"])
    colours = {}
    for _, d in G.nodes(data=True):
        c = d["viz"]["color"]
        colours.setdefault(d.get("camp", -1), set()).add(f"#{c['r']:02X}{c['g']:02X}{c['b']:02X}")
    assert colours[0] == {CAMP_COLOURS[0]} and colours[1] == {CAMP_COLOURS[1]}
    x = {n: d["viz"]["position"]["x"] for n, d in G.nodes(data=True)}
    assert len(
        {(round(x[n]), round(d["viz"]["position"]["y"])) for n, d in G.nodes(data=True)}
    ) == len(G)
    camp = nx.get_node_attributes(G, "camp")
    assert max(x[n] for n in G if camp.get(n) == 0) < 0 < min(x[n] for n in G if camp.get(n) == 1)


def test_exported_gexf_has_names_colours_and_positions(seed, tmp_path):
    paths = seed.export(tmp_path)
    G = nx.read_gexf(next(p for p in paths if p.suffix == ".gexf"))
    _check_gexf(G, widgets.node_names(seed))
    assert G.nodes["PRK"]["label"] == "North Korea"


def test_downloaded_gexf_has_names_colours_and_positions(seed):
    gexf = next(f for f in widgets.links(seed).files if f.name.endswith(".gexf"))
    _check_gexf(nx.read_gexf(io.BytesIO(gexf.data)), widgets.node_names(seed))


# ------------------------------------------------------------------------------ tables


def test_edge_table_lists_break_between_items(seed):
    from alignkit.network import edge_table

    shown = widgets.readable(seed, edge_table(seed.network))
    row = shown[(shown["u"] == "North Korea") & (shown["v"] == "Russia")].iloc[0]
    assert row["types"] == "AGREE; CONSULT; COOPERATE; SUPPORT"
    assert all(";" not in v or "; " in v for v in shown["modes"])
    assert "overflow-wrap:anywhere" in widgets.table(seed, edge_table(seed.network))


def test_stance_table_has_no_nan(seed):
    html = str(widgets.stance_table(seed))
    assert "NaN" not in html and "nan" not in html
    m = widgets.stance_matrix(seed)
    assert m.isna().any().any()  # the matrix has empty cells: they show blank
    cells = re.findall(r"<td>([^<]*)</td>", html)
    assert "" in cells and {"+1.0", "−1.0", "0.0"} <= set(cells)


def test_a_milestone_told_three_times_is_shown_once(seed):
    told = seed.timeline[seed.timeline["kind"] == "milestone"]
    assert len(told) == 3 and told["type"].nunique() == 1  # the seed tells the return thrice
    shown = widgets.timeline_table(seed)
    assert list(shown[shown["kind"] == "milestone"]["label"]) == ["Donald Trump: Return to Office"]
    ticks = [t.get_text() for t in widgets.timeline_figure(seed).axes[0].get_yticklabels()]
    assert sum(t.startswith("Donald Trump:") for t in ticks) == 1
    assert len(shown[shown["kind"] == "event"]) == len(
        seed.timeline[seed.timeline["kind"] == "event"]
    )
