"""Pasted and uploaded texts kept in the workspace, their corrections beside them and back
after a restart (a new process); the correction list and the evidence reader in words."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from alignkit.notebook import widgets
from alignkit.notebook.correction_panel import describe_correction
from alignkit.notebook.workspace import keep_text, text_hash

STORY = (
    "Beijing and Washington Trade Barbs\n\n"
    "China condemned the United States on Monday, and Russia signed a trade agreement with "
    "China in Beijing. Foreign Minister Sergei Lavrov said Moscow would deepen its "
    "cooperation with Beijing.\n"
)


@pytest.fixture
def space(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNKIT_WORKSPACE", str(tmp_path / "ws"))
    return tmp_path / "ws"


def _flip(box, pair=("CHN", "USA")):
    panel = box.workbench.network.corrections
    panel.controls["Correct"].value = "set_sign"
    panel.controls["Item"].value = pair
    panel.controls["Value"].value = "+"
    assert panel.apply() is not None, panel.message.value
    return panel


def test_pasted_text_is_kept_and_its_correction_saved_beside_it(space):
    box = widgets.article_input(STORY, run=True)
    kept = space / f"article-{text_hash(STORY)}.txt"
    assert Path(box.analysis.article.path) == kept and kept.read_text(encoding="utf-8") == STORY
    panel = _flip(box)
    assert panel.path == space / f"article-{text_hash(STORY)}.corrections.json"
    assert "saved in the workspace" in panel.message.value
    saved = json.loads(panel.path.read_text(encoding="utf-8"))
    assert [(e["kind"], e["value"]) for e in saved] == [("set_sign", "+")]
    assert {p.name for p in space.iterdir()} == {kept.name, panel.path.name}


def test_the_correction_comes_back_in_a_new_process(space):
    _flip(widgets.article_input(STORY, run=True))
    code = (
        "from alignkit.notebook import widgets\n"
        f"box = widgets.article_input({STORY!r}, run=True)\n"
        "print(box.analysis.network.edges['CHN', 'USA']['sign'], "
        "box.analysis.network.edges['CHN', 'USA'].get('corrected'))\n"
    )
    env = dict(os.environ, ALIGNKIT_WORKSPACE=str(space))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "set_sign"]


def test_an_uploaded_text_is_the_same_file_as_the_same_text_pasted(space):
    box = widgets.ArticleInput()
    when = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    content = memoryview(STORY.encode())
    box.upload.value = ({"name": "barbs.txt", "type": "text/plain", "size": len(STORY),
                         "content": content, "last_modified": when},)  # fmt: skip
    box.source.selected_index = 1
    box.run()
    first = Path(box.analysis.article.path)
    assert first.parent == space and first.name == f"barbs-{text_hash(STORY)}.txt"
    _flip(box)
    pasted = widgets.article_input(STORY, run=True)
    assert Path(pasted.analysis.article.path) == first
    assert pasted.analysis.network.edges["CHN", "USA"]["sign"] == 1
    assert keep_text(STORY, folder=space) == first


def test_the_correction_list_speaks_names_and_sentences(space):
    box = widgets.article_input(STORY, run=True)
    an = box.analysis
    panel = box.workbench.statements.corrections
    panel.controls["Correct"].value = "reject_statement"
    lavrov = an.statements.index[an.statements["speaker"] == "sergei-lavrov"][0]
    panel.controls["Item"].value = lavrov
    assert panel.apply() is not None, panel.message.value
    rows = [w for row in panel.listing.children for w in getattr(row, "children", (row,))]
    listing = " ".join(w.value for w in rows if isinstance(getattr(w, "value", None), str))
    assert "Sergei Lavrov’s statement in “Foreign Minister Sergei Lavrov said" in listing
    for raw in ("speaker=", "cue_start", "sergei-lavrov", "reject_statement", "analysis.rejected"):
        assert raw not in listing, raw
    assert "Set aside by these corrections" in listing
    e = (
        panel.corrections[0]
        if hasattr(panel.corrections, "__getitem__")
        else list(panel.corrections)[0]
    )
    assert describe_correction(an, e).startswith("reject Sergei Lavrov’s statement")


def test_a_flipped_edge_does_not_read_conflict_with_a_positive_score(space):
    box = widgets.article_input(STORY, run=True)
    ex = box.workbench.network
    _flip(box)
    ex.controls["Edge"].value = next(
        v for _, v in ex.controls["Edge"].options if set(v) == {"CHN", "USA"}
    )
    head = ex.evidence.value.split("</h4>")[0]
    assert "cooperation, set by an analyst (the kit computed − from evidence scoring −" in (
        head.replace("-", "−")
    )
    assert "score" not in head.replace("scoring", "")
