"""Analysis.export: the network for Gephi and the tables as CSV, written as one complete set."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import alignkit
from alignkit.network import MANIFEST, ExportError, export_csv, export_set, safe_file_stem
from alignkit.network import export as export_module

LIB = str(Path(alignkit.__file__).resolve().parent.parent)
SEED_TEXT = alignkit.SEED.read_text(encoding="utf-8")


def temp_entries(parent: Path) -> list[str]:
    """The temporary files/folders exports leave in ``parent`` (should be none)."""
    return sorted(e for e in os.listdir(parent) if ".alignkit-" in e or e.endswith(".tmp"))


def assert_one_set(folder: Path) -> dict:
    """Every file in ``folder`` is the one its manifest names, with the same content."""
    manifest = json.loads((folder / MANIFEST).read_text())
    assert sorted(os.listdir(folder)) == sorted([*manifest["files"], MANIFEST])
    for name, info in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == info["sha256"], name
    return manifest


def test_export_writes_readable_files(seed_analysis, tmp_path):
    out = tmp_path / "out"
    paths = seed_analysis.export(out)
    assert {p.suffix for p in paths} == {".gexf", ".graphml", ".json", ".csv"}
    assert all(p.parent == out for p in paths)
    G = nx.read_gexf(next(p for p in paths if p.suffix == ".gexf"))
    assert set(G.nodes) == set(seed_analysis.network.nodes)
    H = nx.read_graphml(next(p for p in paths if p.suffix == ".graphml"))
    assert H.number_of_edges() == seed_analysis.network.number_of_edges()
    data = json.loads(next(p for p in paths if p.name.endswith(".network.json")).read_text())
    assert len(data["edges"]) == seed_analysis.network.number_of_edges()
    events = pd.read_csv(out / "russia-iran-ties.events.csv")
    assert len(events) == len(seed_analysis.events)
    assert assert_one_set(out)["article"] == "russia-iran-ties"
    assert temp_entries(tmp_path) == [] and temp_entries(out) == []


def test_export_into_an_existing_empty_folder(seed_analysis, tmp_path):
    paths = seed_analysis.export(tmp_path)
    assert all(p.parent == tmp_path for p in paths)
    assert_one_set(tmp_path)
    assert temp_entries(tmp_path.parent) == []


# ---------------------------------------------------------------------------
# what the files carry
# ---------------------------------------------------------------------------


def test_exported_nodes_carry_name_type_country_and_camp(seed_analysis, tmp_path):
    paths = {p.name: p for p in seed_analysis.export(tmp_path / "out")}
    camps = {n: i for i, side in enumerate(seed_analysis.blocs) for n in side}
    for G in (
        nx.read_gexf(paths["russia-iran-ties.network.gexf"]),
        nx.read_graphml(paths["russia-iran-ties.network.graphml"]),
    ):
        assert G.nodes["RUS"]["name"] == "Russia"
        assert G.nodes["RUS"]["type"] == "country"
        assert G.nodes["RUS"]["country"] == "RUS"
        assert G.nodes["WEST"]["type"] == "bloc" and "country" not in G.nodes["WEST"]
        assert {n: int(d["camp"]) for n, d in G.nodes(data=True)} == camps
    data = json.loads(paths["russia-iran-ties.network.json"].read_text())
    assert data["graph"] == {
        "article": "russia-iran-ties",
        "frustration": seed_analysis.frustration,
        "balance_exact": seed_analysis.balance.exact,
    }
    node = next(n for n in data["nodes"] if n["id"] == "IRN")
    assert (node["name"], node["camp"]) == ("Iran", camps["IRN"])
    # the analysis' own network is not changed by the export
    assert "camp" not in seed_analysis.network.nodes["RUS"]


def test_list_cells_are_json(seed_analysis, tmp_path):
    seed_analysis.export(tmp_path / "out")
    statements = pd.read_csv(tmp_path / "out" / "russia-iran-ties.statements.csv")
    targets = [json.loads(t) for t in statements["targets"]]
    assert targets == [list(t) for t in seed_analysis.statements["targets"]]


def test_csv_neutralizes_formula_cells(tmp_path):
    df = pd.DataFrame(
        {
            "text": ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "ok", "a=b"],
            "number": [-1, 2, -3, 4, 5, 6, 7, 8],
            "real": [-1.5, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        }
    )
    path = tmp_path / "t.csv"
    export_csv(df, path)
    back = pd.read_csv(path, keep_default_na=False)
    assert back["text"].tolist() == [
        "'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "ok", "a=b"
    ]  # fmt: skip
    assert back["number"].tolist() == [-1, 2, -3, 4, 5, 6, 7, 8]  # numbers stay numbers
    assert back["real"].tolist()[0] == -1.5
    assert df["text"][0].startswith("=")  # the caller's frame is untouched
    assert len(back) == len(df)  # a carriage return inside a cell stays in its cell


# ---------------------------------------------------------------------------
# names, paths and well-formed XML
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "article_id", ["../outside", "/tmp/alignkit-abs-outside", "a/../../b", ".."]
)
def test_article_id_cannot_write_outside_the_folder(tmp_path, article_id):
    an = alignkit.analyze_text(SEED_TEXT, article_id=article_id)
    out = tmp_path / "box" / "out"
    paths = an.export(out)
    assert all(p.parent == out for p in paths)
    assert sorted(os.listdir(tmp_path)) == ["box"]
    assert sorted(os.listdir(tmp_path / "box")) == ["out"]
    assert all(not p.name.startswith(".") for p in paths)
    assert assert_one_set(out)["article"] == article_id  # the real id is kept in the manifest


def test_safe_file_stem():
    assert safe_file_stem("russia-iran-ties") == "russia-iran-ties"
    assert safe_file_stem("../outside") == "outside"
    assert safe_file_stem("C:\\Windows\\x") == "C-Windows-x"
    assert safe_file_stem("") == safe_file_stem("...") == "article"
    assert "/" not in safe_file_stem("a/" * 200) and len(safe_file_stem("a" * 300)) == 100


def test_export_set_refuses_names_with_paths(tmp_path):
    for name in ("../x.csv", "/abs.csv", "sub/x.csv", ".hidden", "..", MANIFEST):
        with pytest.raises(ExportError, match="plain file name"):
            export_set(tmp_path / "out", [(name, lambda p: p.write_text("x"))])
    assert os.listdir(tmp_path) == []


def test_control_characters_give_well_formed_xml(tmp_path):
    an = alignkit.analyze_text(SEED_TEXT, article_id="ctl\x01\x0b\x1fid")
    G = an.network
    # reach every kind of string the writers emit: node id, attribute names and values
    G = G.copy()
    G.add_node("BAD\x00NODE", note="bell\x07", **{"key\x02": "v"})
    G.add_edge("RUS", "BAD\x00NODE", sign=-1, score=-1.0, trigger="x\x1by", types=["A\x0c"])
    G.graph["title"] = "t\x03"
    for writer, reader, name in (
        (export_module.export_gexf, nx.read_gexf, "g.gexf"),
        (export_module.export_graphml, nx.read_graphml, "g.graphml"),
    ):
        path = tmp_path / name
        writer(G, path)
        ET.parse(path)  # well-formed
        H = reader(path)
        assert "BAD\ufffdNODE" in H and H.nodes["BAD\ufffdNODE"]["note"] == "bell\ufffd"
        assert H.number_of_edges() == G.number_of_edges()
    out = tmp_path / "out"
    for path in an.export(out):
        if path.suffix in (".gexf", ".graphml"):
            ET.parse(path)
            (nx.read_gexf if path.suffix == ".gexf" else nx.read_graphml)(path)


def test_a_file_where_the_folder_should_be_raises_export_error(seed_analysis, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("precious")
    with pytest.raises(ExportError, match=r"out.*file is in the way"):
        seed_analysis.export(blocker)
    with pytest.raises(ExportError, match=r"out.*cannot create folder"):
        seed_analysis.export(blocker / "sub")
    assert blocker.read_text() == "precious"
    assert temp_entries(tmp_path) == []


def test_a_folder_with_other_files_is_not_replaced(seed_analysis, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty"):
        seed_analysis.export(tmp_path)
    assert os.listdir(tmp_path) == ["notes.txt"]
    out = tmp_path / "out"
    seed_analysis.export(out)
    (out / "notes.txt").write_text("mine")  # a user file added to an export folder
    with pytest.raises(ExportError, match="notes.txt"):
        seed_analysis.export(out)
    assert (out / "notes.txt").read_text() == "mine"


# ---------------------------------------------------------------------------
# one set: exceptions, kills, concurrent exporters
# ---------------------------------------------------------------------------


def test_reexport_replaces_the_whole_set(tmp_path):
    out = tmp_path / "out"
    alignkit.analyze_text(SEED_TEXT, article_id="first").export(out)
    alignkit.analyze_text(SEED_TEXT, article_id="second").export(out)
    manifest = assert_one_set(out)
    assert manifest["article"] == "second"
    assert not any(n.startswith("first.") for n in os.listdir(out))
    assert temp_entries(tmp_path) == []


def test_exception_midway_leaves_the_old_set_and_no_temp(seed_analysis, tmp_path, monkeypatch):
    out = tmp_path / "out"
    seed_analysis.export(out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []
    real = export_module.export_csv

    def failing(df, path):
        calls.append(path)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        real(df, path)

    monkeypatch.setattr(export_module, "export_csv", failing)
    with pytest.raises(ExportError, match=r"out.*disk on fire") as info:
        seed_analysis.export(out)
    assert isinstance(info.value.__cause__, RuntimeError)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert temp_entries(tmp_path) == [] and temp_entries(out) == []


def test_keyboard_interrupt_midway_leaves_no_temp(seed_analysis, tmp_path, monkeypatch):
    def interrupted(df, path):
        raise KeyboardInterrupt

    monkeypatch.setattr(export_module, "export_csv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        seed_analysis.export(tmp_path / "out")
    assert os.listdir(tmp_path) == []


CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {lib!r})
    import alignkit
    from alignkit.network import export as ex

    folder, ready, article_id, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    text = alignkit.SEED.read_text(encoding="utf-8")
    an = alignkit.analyze_text(text, article_id=article_id)
    if ready != "-":
        real = ex.export_csv

        def slow(df, path):
            real(df, path)
            open(ready, "w").close()
            time.sleep(60)  # killed here, mid-export

        ex.export_csv = slow
    else:
        while not __import__("os").path.exists(folder + ".go"):
            time.sleep(0.01)
    for _ in range(rounds):
        an.export(folder)
    """
)


def run_child(tmp_path, *args):
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(lib=LIB))
    return subprocess.Popen([sys.executable, str(script), *map(str, args)])


def test_sigkill_mid_export_leaves_a_complete_set_and_the_next_export_cleans_up(tmp_path):
    out = tmp_path / "out"
    alignkit.analyze_text(SEED_TEXT, article_id="old").export(out)
    ready = tmp_path / "ready"
    child = run_child(tmp_path, out, ready, "new", 1)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, "child exited early"
            assert time.monotonic() < deadline, "child never reached the slow write"
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert assert_one_set(out)["article"] == "old"  # the old set, complete
    stale = temp_entries(tmp_path)
    assert len(stale) == 1 and stale[0].startswith(f".out.alignkit-tmp-{child.pid}-"), stale
    alignkit.analyze_text(SEED_TEXT, article_id="next").export(out)
    assert assert_one_set(out)["article"] == "next"
    assert temp_entries(tmp_path) == []  # the killed process's temp folder is gone


def test_a_live_process_temp_folder_is_kept(tmp_path, seed_analysis):
    mine = tmp_path / f".out.alignkit-tmp-{os.getpid()}-abc123"
    mine.mkdir()
    dead = tmp_path / ".out.alignkit-tmp-999999999-abc123"  # beyond any pid_max
    dead.mkdir()
    other = tmp_path / ".other.alignkit-tmp-999999999-abc123"
    other.mkdir()
    seed_analysis.export(tmp_path / "out")
    assert mine.exists() and other.exists() and not dead.exists()


def test_two_processes_exporting_into_one_folder_end_with_one_set(tmp_path):
    out = tmp_path / "out"
    children = [run_child(tmp_path, out, "-", f"writer-{i}", 4) for i in range(2)]
    try:
        time.sleep(0.2)
        Path(str(out) + ".go").touch()
        for child in children:
            assert child.wait(120) == 0
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    manifest = assert_one_set(out)
    assert manifest["article"] in ("writer-0", "writer-1")
    prefix = manifest["article"] + "."
    assert all(n.startswith(prefix) for n in manifest["files"])
    assert sorted(os.listdir(tmp_path)) == ["child.py", "out", "out.go"]
