"""The corrections panel of the explorers, driven without a browser (issue 15, the UI part).

Apply writes ``<stem>.corrections.json`` beside the article (here always a copy in tmp_path,
never the repository's seeds/), re-analyzes, and the explorer redraws from the corrected
analysis; a later ``alignkit.analyze(path)`` reads the file again.
"""

from __future__ import annotations

import json
import shutil

import pytest

import alignkit
from alignkit.corrections import corrections_path
from alignkit.notebook import widgets
from alignkit.notebook.correction_panel import CorrectionPanel

TRIANGLE = (
    "Three Capitals\n\n"
    "Russia signed a cooperation agreement with Iran. Iran signed a trade agreement with "
    "China. Russia condemned China. Russia imposed sanctions on China.\n"
)
HOSTILE = (
    "A $5 Deal\n\n"
    "Russia and Iran signed a <b>treaty</b> worth $5 billion and $10 billion. "
    "Sergei Lavrov said that Iran is a <script>alert(1)</script> partner.\n"
)


@pytest.fixture
def seed_copy(tmp_path):
    """The seed article (and its .meta.json) copied into tmp_path."""
    for f in alignkit.SEED.parent.glob(f"{alignkit.SEED.stem}.*"):
        if not f.name.endswith(".corrections.json"):
            shutil.copy(f, tmp_path / f.name)
    return tmp_path / alignkit.SEED.name


@pytest.fixture
def triangle(tmp_path):
    path = tmp_path / "triangle.txt"
    path.write_text(TRIANGLE, encoding="utf-8")
    return path


def _file(path):
    return json.loads(corrections_path(path).read_text(encoding="utf-8"))


def test_explorers_carry_a_panel_with_the_kinds_of_their_view(seed_copy):
    an = alignkit.analyze(seed_copy)
    net, st = widgets.network_explorer(an), widgets.statement_explorer(an)
    assert isinstance(net.corrections, CorrectionPanel) and net.corrections in net.children
    assert isinstance(st.corrections, CorrectionPanel) and st.corrections in st.children
    kinds = [v for _, v in net.corrections.controls["Correct"].options]
    assert kinds == ["reject_edge", "set_sign", "reject_event", "reject_actor", "add_alias"]
    kinds = [v for _, v in st.corrections.controls["Correct"].options]
    assert kinds == ["reject_statement", "set_stance", "reject_actor", "add_alias"]
    assert widgets.network_explorer(an, corrections=False).corrections is None
    assert "No correction yet" in net.corrections.listing.children[0].value
    assert str(corrections_path(seed_copy)) in net.corrections.where


def test_reject_the_picked_edge_writes_the_file_and_the_edge_goes(seed_copy):
    an = alignkit.analyze(seed_copy)
    ex = widgets.network_explorer(an)
    panel = ex.corrections
    ex.controls["Edge"].value = ("CHN", "USA")
    assert panel.controls["Item"].value == ("CHN", "USA")  # follows the explorer's pick
    panel.controls["Who"].value = "ana"
    panel.controls["Why"].value = "not in this text"
    panel.controls["Apply"].click()

    data = _file(seed_copy)
    assert [(e["kind"], e["source"], e["target"], e["who"]) for e in data] == [
        ("reject_edge", "CHN", "USA", "ana")
    ]
    assert not ex.current_graph.has_edge("CHN", "USA")
    assert "CHN" not in ex.current_graph
    assert ("CHN", "USA") not in [v for _, v in ex.controls["Edge"].options]
    assert ex.analysis is panel.analysis and not ex.analysis.network.has_edge("CHN", "USA")
    assert "saved in" in panel.message.value and "1 correction," in panel.message.value
    assert len(panel.remove_buttons) == 1
    # the file is read again by a fresh analyze(): the correction lasts
    again = alignkit.analyze(seed_copy)
    assert not again.network.has_edge("CHN", "USA")
    assert not widgets.network_explorer(again).current_graph.has_edge("CHN", "USA")
    # and nothing was written beside the repository's seed
    assert not corrections_path(alignkit.SEED).exists()


def test_clicking_an_edge_in_the_interactive_network_feeds_the_item(seed_copy):
    ex = widgets.network_explorer(alignkit.analyze(seed_copy))
    ex.graph.select(("edge", ("USA", "PRK")))
    assert set(ex.corrections.controls["Item"].value) == {"PRK", "USA"}


def test_set_sign_changes_the_camps_of_a_frustrated_triangle(triangle):
    an = alignkit.analyze(triangle)
    assert an.frustration == 1
    ex = widgets.network_explorer(an)
    before = set(map(frozenset, ex.current_blocs))
    panel = ex.corrections
    panel.controls["Correct"].value = "set_sign"
    ex.controls["Edge"].value = next(
        v for _, v in ex.controls["Edge"].options if "RUS" in v and "CHN" in v
    )
    assert panel.controls["Value"].value == "+"  # the other sign is offered
    panel.controls["Apply"].click()

    assert _file(triangle)[0] | {"when": ""} == {
        "kind": "set_sign", "source": "CHN", "target": "RUS", "value": "+", "when": ""
    }  # fmt: skip
    assert ex.current_graph.edges["CHN", "RUS"]["sign"] == 1
    assert ex.current_graph.edges["CHN", "RUS"]["corrected"] == "set_sign"
    after = set(map(frozenset, ex.current_blocs))
    assert after != before and frozenset({"CHN", "IRN", "RUS"}) in after
    assert ex.analysis.frustration == 0
    label = ex.controls["Edge"].label
    assert label.endswith("(+) · corrected"), label
    assert "✎ corrected" in ex.evidence.value and "the kit computed -" in ex.evidence.value
    assert "frustration 0" in panel.camps.value
    # a Sign filter keeps the set sign: the edge is cooperation now
    ex.controls["Sign"].value = "conflict"
    assert not ex.current_graph.has_edge("CHN", "RUS")
    ex.controls["Sign"].value = "cooperation"
    assert ex.current_graph.edges["CHN", "RUS"]["sign"] == 1


def test_remove_takes_the_correction_out_of_the_file(triangle):
    ex = widgets.network_explorer(alignkit.analyze(triangle))
    panel = ex.corrections
    panel.controls["Apply"].click()  # reject the first edge
    gone = panel.corrections.entries[0].key
    assert not ex.current_graph.has_edge(gone["source"], gone["target"])
    panel.remove_buttons[0].click()
    assert _file(triangle) == []
    assert ex.current_graph.has_edge(gone["source"], gone["target"])
    assert "No correction yet" in panel.listing.children[0].value


def test_reject_an_event_of_the_picked_edge(triangle):
    ex = widgets.network_explorer(alignkit.analyze(triangle))
    panel = ex.corrections
    ex.controls["Edge"].value = next(
        v for _, v in ex.controls["Edge"].options if "IRN" in v and "RUS" in v
    )
    panel.controls["Correct"].value = "reject_event"
    items = panel.controls["Item"].options
    assert items and all("Iran" in label and "Russia" in label for label, _ in items)
    panel.apply()
    assert _file(triangle)[0]["kind"] == "reject_event"
    assert not ex.current_graph.has_edge("IRN", "RUS")
    assert list(ex.analysis.rejected["table"]) == ["events"]


def test_statement_panel_sets_a_stance_and_marks_the_statement(seed_copy):
    st = widgets.statement_explorer(alignkit.analyze(seed_copy))
    panel = st.corrections
    speaker = st.controls["Speaker"].options[1][1]
    st.controls["Speaker"].value = speaker  # the Item list follows the statements shown
    assert {
        st.analysis.statements.loc[i, "speaker"] for _, i in panel.controls["Item"].options
    } == {speaker}
    panel.controls["Correct"].value = "set_stance"
    row = panel.controls["Item"].value
    old = st.analysis.statements.loc[row, "stance"]
    new = panel.controls["Value"].value
    assert new != old
    panel.apply()
    assert _file(seed_copy)[0]["kind"] == "set_stance" and _file(seed_copy)[0]["value"] == new
    shown = st.current_statements
    assert (shown["corrected"] == "set_stance").sum() == 1
    assert "✎ corrected" in st.statements.value
    assert st.controls["Speaker"].value == speaker  # the filter is kept


def test_reject_a_statement_and_an_actor(seed_copy):
    st = widgets.statement_explorer(alignkit.analyze(seed_copy))
    panel = st.corrections
    n = len(st.analysis.statements)
    panel.apply()  # reject_statement of the first one shown
    assert len(st.analysis.statements) == n - 1
    panel.controls["Correct"].value = "reject_actor"
    actor = st.analysis.actors.loc[panel.controls["Item"].value, "actor"]
    panel.apply()
    assert actor not in set(st.analysis.actors["actor"])
    assert [e["kind"] for e in _file(seed_copy)] == ["reject_statement", "reject_actor"]


def test_add_alias_from_the_panel(tmp_path):
    path = tmp_path / "alias.txt"
    path.write_text("Talks\n\nMoskva signed a cooperation agreement with Iran.\n", "utf-8")
    ex = widgets.network_explorer(alignkit.analyze(path))
    assert ex.current_graph.number_of_edges() == 0
    panel = ex.corrections
    panel.controls["Correct"].value = "add_alias"
    panel.controls["Form"].value = "Moskva"
    panel.controls["Actor"].value = "RUS"
    panel.apply()
    assert _file(path) == [
        {"kind": "add_alias", "alias": "Moskva", "value": "RUS", "when": _file(path)[0]["when"]}
    ]
    assert ex.analysis.actors.set_index("actor").loc["RUS", "corrected"] == "add_alias"
    panel.controls["Form"].value = "Petrograd"
    assert panel.apply() is None and "does not occur in the text" in panel.message.value


def test_pasted_text_keeps_corrections_in_memory_and_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    an = alignkit.analyze_text(TRIANGLE, publication_date="2024-05-01")
    ex = widgets.network_explorer(an)
    panel = ex.corrections
    assert panel.path is None and "kept in memory only" in panel.where
    panel.apply()
    assert "kept in memory only" in panel.message.value
    assert len(panel.corrections) == 1 and ex.current_graph.number_of_edges() == 2
    assert list(tmp_path.iterdir()) == []


def test_workbench_correction_redraws_both_explorers(triangle):
    wb = widgets.workbench(alignkit.analyze(triangle))
    wb.network.corrections.controls["Correct"].value = "reject_actor"
    panel = wb.network.corrections
    panel.controls["Item"].value = next(
        v for label, v in panel.controls["Item"].options if "Russia" in label
    )
    panel.apply()
    assert wb.analysis is wb.statements.analysis is wb.network.analysis
    assert "RUS" not in wb.network.current_graph
    assert len(wb.statements.corrections.corrections) == 1


def test_panel_text_is_escaped(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, "utf-8")
    st = widgets.statement_explorer(alignkit.analyze(path))
    panel = st.corrections
    panel.controls["Why"].value = "<script>alert(9)</script> costs $5"
    panel.apply()
    html = "".join(
        [panel.message.value, panel.camps.value]
        + [
            w.value
            for row in panel.listing.children[1:]
            for w in row.children
            if hasattr(w, "value")
        ]
    )
    assert "<script>alert(9)" not in html and "&lt;script&gt;" in html
    assert "$5" not in html and "<span>&#36;</span>5" in html
    panel.controls["Form"].value = "<b>nothing</b>"
    panel.controls["Correct"].value = "add_alias"
    panel.controls["Actor"].value = "RUS"
    panel.apply()
    assert "<b>nothing" not in panel.message.value and "&lt;b&gt;nothing" in panel.message.value
