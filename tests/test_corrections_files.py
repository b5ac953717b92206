"""Corrections files read as data and saved without loss (issue 21, "Corrections").

A corrections file is read only when it is a regular file of bounded size, with a schema:
every bad file is a CorrectionsError naming it. Saves merge under a lock with what another
process or panel saved since, and write through a symbolic link.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading

import pytest

import alignkit
from alignkit.corrections import Correction, Corrections, CorrectionsError, corrections_path
from alignkit.notebook import widgets

TRIANGLE = (
    "Three Capitals\n\n"
    "Russia signed a cooperation agreement with Iran. Iran signed a trade agreement with "
    "China. Russia condemned China. Russia imposed sanctions on China.\n"
)
EDGE = '{"kind": "reject_edge", "source": "RUS", "target": "IRN"'


@pytest.fixture
def triangle(tmp_path):
    path = tmp_path / "triangle.txt"
    path.write_text(TRIANGLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('[{"kind": ["reject_edge"], "source": "RUS", "target": "IRN"}]', "unknown kind"),
        ("[" * 100_000, "nested too deeply"),
        (
            '[{"kind": "reject_event", "source": "RUS", "target": "CHN", "type": "ACCUSE", '
            '"start": ' + "9" * 5000 + ', "end": 3}]',
            "5000 digits",
        ),  # fmt: skip
        ("[" + EDGE + ', "why": NaN}]', "NaN is not a JSON value"),
        ("[" + EDGE + ', "when": "last tuesday"}]', "'when' must be an ISO 8601 time"),
        (
            '[{"kind": "set_sign", "source": "RUS", "target": "IRN", "value": [1]}]',
            "must be '.' or '-'",
        ),
        (
            '[{"kind": "reject_event", "source": "RUS", "target": "CHN", "type": "ACCUSE", '
            '"start": 1e400, "end": 3}]',
            "out of range",
        ),  # fmt: skip
    ],
)
def test_a_bad_corrections_file_is_the_kits_error_naming_it(triangle, content, problem):
    corrections_path(triangle).write_text(content, encoding="utf-8")
    with pytest.raises(CorrectionsError, match=problem) as err:
        alignkit.analyze(triangle)
    assert "triangle.corrections.json" in str(err.value)
    # a corpus run that skips bad articles lists this one and reads the others
    (triangle.parent / "other.txt").write_text(TRIANGLE, encoding="utf-8")
    corpus = alignkit.analyze_corpus(triangle.parent, processes=1, progress=False, on_error="skip")
    assert corpus.skipped["problem"].str.contains("triangle.corrections.json").all()
    assert corpus.articles == ["other"]


def _analyze_within(path, seconds=20):
    """``analyze(path)``'s error or result, failing (not hanging) if it blocks."""
    got = {}

    def run():
        try:
            got["result"] = alignkit.analyze(path)
        except Exception as err:  # noqa: BLE001 - the test inspects it
            got["error"] = err

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "analyze blocked on the corrections file"
    return got


def test_a_fifo_or_a_device_is_refused_without_reading(triangle):
    fix = corrections_path(triangle)
    os.mkfifo(fix)
    got = _analyze_within(triangle)
    assert isinstance(got.get("error"), CorrectionsError)
    assert "not a regular file (a named pipe)" in str(got["error"])
    fix.unlink()
    fix.symlink_to("/dev/zero")
    got = _analyze_within(triangle)
    assert "not a regular file (a character device)" in str(got.get("error"))


@pytest.mark.parametrize("processes", [1, 2])
def test_a_fifo_stops_neither_a_corpus_nor_the_path_box(triangle, processes):
    os.mkfifo(corrections_path(triangle))
    (triangle.parent / "other.txt").write_text(TRIANGLE, encoding="utf-8")
    got = {}

    def run():
        got["corpus"] = alignkit.analyze_corpus(
            triangle.parent, processes=processes, progress=False, on_error="skip"
        )
        got["box"] = widgets.article_input(path=str(triangle), run=True)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "blocked on the FIFO"
    assert got["corpus"].articles == ["other"]
    assert "a named pipe" in got["corpus"].skipped["problem"].iloc[0]
    assert "triangle.corrections.json: not a regular file" in got["box"].error


def test_the_path_box_says_what_is_wrong_with_a_corrections_file(triangle):
    corrections_path(triangle).write_text("[" * 100_000, encoding="utf-8")
    box = widgets.article_input(path=str(triangle), run=True)
    assert "triangle.corrections.json: invalid JSON: nested too deeply" in box.error
    assert "Traceback" not in box.message.value


def test_an_oversized_corrections_file_is_refused(triangle, monkeypatch):
    monkeypatch.setattr("alignkit.corrections.entries.MAX_CORRECTIONS_BYTES", 100)
    corrections_path(triangle).write_text("[" + EDGE + "}]" + " " * 200, encoding="utf-8")
    with pytest.raises(CorrectionsError, match="over the 100-byte limit"):
        alignkit.analyze(triangle)


def test_adding_is_linear_an_index_not_a_rescan(monkeypatch):
    calls = 0
    ident = Correction.ident.fget

    def counted(self):
        nonlocal calls
        calls += 1
        return ident(self)

    monkeypatch.setattr(Correction, "ident", property(counted))
    fixes = Corrections()
    for i in range(20_000):
        fixes.reject_actor(f"actor-{i}")
    fixes.reject_actor("actor-7", why="again")  # replaces, in place
    assert len(fixes) == 20_000 and fixes.entries[7].why == "again"
    assert calls <= 3 * 20_001  # a rescan per add would be 200 million
    # entries edited by hand are still found
    fixes.entries.pop(0)
    fixes.reject_actor("actor-9", why="third")
    assert len(fixes) == 19_999 and fixes.entries[8].why == "third"


def _cycles(path, who, n):
    for i in range(n):
        fixes = Corrections.load(path)
        fixes.reject_actor(f"{who}-{i}", who=who)
        fixes.save()


def test_two_processes_saving_lose_no_correction(tmp_path):
    path = tmp_path / "a.corrections.json"
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_cycles, args=(path, who, 100)) for who in ("ana", "ben")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert len(saved) == 200
    assert {e["actor"] for e in saved} == {f"{w}-{i}" for w in ("ana", "ben") for i in range(100)}


def test_a_save_keeps_what_was_saved_meanwhile_and_honours_removals(tmp_path):
    path = tmp_path / "a.corrections.json"
    first, second = Corrections.load(path), Corrections.load(path)
    first.reject_actor("x")
    first.save()
    second.reject_actor("y")
    second.save()
    assert [e.key["actor"] for e in second] == ["x", "y"]  # merged, and held in memory
    again = Corrections.load(path)
    again.remove(again.entries[0])
    again.save()
    first.reject_actor("z")
    first.save()  # first still holds x: removed elsewhere, unchanged here, so it stays out
    assert [e["actor"] for e in json.loads(path.read_text())] == ["y", "z"]
    Corrections([{"kind": "reject_actor", "actor": "w"}]).save(path, merge=False)
    assert [e.key["actor"] for e in Corrections.load(path)] == ["w"]


def test_a_save_writes_through_a_symbolic_link(tmp_path):
    kept = tmp_path / "kept"
    kept.mkdir()
    target = kept / "shared.json"
    target.write_text("[]", encoding="utf-8")
    link = tmp_path / "a.corrections.json"
    link.symlink_to(target)
    fixes = Corrections.load(link)
    fixes.reject_actor("x")
    fixes.save()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())[0]["actor"] == "x"


def test_two_panels_on_one_article_keep_both_applies(triangle):
    an = alignkit.analyze(triangle)
    net, st = widgets.network_explorer(an), widgets.statement_explorer(an)
    net.corrections.controls["Correct"].value = "reject_edge"
    net.corrections.controls["Item"].value = ("CHN", "RUS")
    net.corrections.apply()
    st.corrections.controls["Correct"].value = "add_alias"
    st.corrections.controls["Form"].value = "Three Capitals"
    st.corrections.controls["Actor"].value = "RUS"
    new = st.corrections.apply()
    kinds = sorted(e["kind"] for e in json.loads(corrections_path(triangle).read_text()))
    assert kinds == ["add_alias", "reject_edge"]
    assert not new.network.has_edge("CHN", "RUS")  # the second panel's analysis has both
    # a Remove in the first panel takes out its own entry only
    net.corrections.remove(0)
    kinds = [e["kind"] for e in json.loads(corrections_path(triangle).read_text())]
    assert kinds == ["add_alias"]


def test_a_path_given_to_parse_article_only_names_the_text(triangle):
    corrections_path(triangle).write_text("[" + EDGE + "}]", encoding="utf-8")
    assert not alignkit.analyze(triangle).network.has_edge("IRN", "RUS")
    pasted = alignkit.parse_article(TRIANGLE, path=triangle)
    an = alignkit.analyze(pasted)
    assert an.network.has_edge("IRN", "RUS") and not hasattr(an, "stale_corrections")
    with pytest.raises(CorrectionsError, match="has no file"):
        alignkit.save_corrections(an, [])


def test_workbench_downloads_follow_a_correction(triangle):
    wb = widgets.workbench(alignkit.analyze(triangle))

    def files():
        return {f.name.split(".", 1)[1]: f.data.decode("utf-8") for f in wb.downloads.files
                if f.kind != "figure"}  # fmt: skip

    before = files()
    assert 'source="CHN" target="RUS"' in before["network.gexf"]
    panel = wb.network.corrections
    panel.controls["Correct"].value = "reject_edge"
    panel.controls["Item"].value = ("CHN", "RUS")
    panel.apply()
    after = files()
    assert 'source="CHN" target="RUS"' not in after["network.gexf"]
    assert ("RUS", "CHN") in _pairs(before["events.csv"])
    assert ("RUS", "CHN") not in _pairs(after["events.csv"])


def _pairs(events_csv: str) -> set[tuple[str, str]]:
    """(source, target) of every row of a downloaded events table."""
    import csv
    import io

    return {(r["source"], r["target"]) for r in csv.DictReader(io.StringIO(events_csv))}
