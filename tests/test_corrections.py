"""Corrections that last (issue 15): applied, carried into the network, saved, re-applied,
reported when stale, turned into gold; user codebooks."""

from __future__ import annotations

import json

import pytest

import alignkit
from alignkit.analysis.corrected import CorrectedAnalysis
from alignkit.analysis.pipeline import reanalyze
from alignkit.corrections import (
    Correction,
    Corrections,
    CorrectionsError,
    correction_for,
    corrections_path,
    load_corrections,
    save_corrections,
    write_gold,
)
from alignkit.reading.codebook import CodebookError, load_codebook

DATE = "2024-05-01"

AGREE = (
    "Russia signed a cooperation agreement with Iran on Monday.\n\n"
    "Iran praised China for its support.\n"
)
TRIANGLE = (
    "Russia signed a cooperation agreement with Iran on Monday.\n\n"
    "Iran praised China for its support.\n\n"
    "Russia condemned China over the border dispute.\n"
)
LAVROV = "Russian Foreign Minister Sergei Lavrov said that Iran was a reliable partner.\n"


def analyze(text, **kw):
    return alignkit.analyze_text(text, publication_date=DATE, **kw)


def edges(an) -> dict:
    return {frozenset((u, v)): d["sign"] for u, v, d in an.network.edges(data=True)}


def side_of(an, node) -> int:
    return next(i for i, side in enumerate(an.blocs) if node in side)


def row(df, **match):
    hit = df
    for k, v in match.items():
        hit = hit[hit[k] == v]
    assert len(hit) == 1, (match, df)
    return hit.index[0]


def test_rejected_event_disappears_with_its_edge():
    an = analyze(AGREE)
    assert frozenset(("IRN", "RUS")) in edges(an)
    i = row(an.events, type="AGREE")
    fix = Corrections([correction_for(an, "events", i, why="the deal was never signed")])

    an2 = analyze(AGREE, corrections=fix)
    assert isinstance(an2, CorrectedAnalysis)
    assert "AGREE" not in set(an2.events["type"])
    assert frozenset(("IRN", "RUS")) not in edges(an2)
    assert "RUS" not in an2.network
    # nothing silently vanishes: the event is listed with the why
    rej = an2.rejected
    assert rej[["kind", "table"]].values.tolist() == [["reject_event", "events"]]
    assert rej["why"].tolist() == ["the deal was never signed"]
    assert "corrected" in an2.events.columns and an2.stale_corrections == []
    # the rest of the analysis is untouched
    assert frozenset(("CHN", "IRN")) in edges(an2)


def test_changed_stance_changes_the_statement_event_sign():
    an = analyze(LAVROV)
    i = row(an.statements, speaker="sergei-lavrov")
    assert an.statements.loc[i, "stance"] == "positive"
    assert edges(an)[frozenset(("IRN", "RUS"))] == 1

    fix = Corrections([correction_for(an, "statements", i, "set_stance", "negative")])
    an2 = analyze(LAVROV, corrections=fix)
    st = an2.statements.loc[row(an2.statements, speaker="sergei-lavrov")]
    assert (st["stance"], st["corrected"]) == ("negative", "set_stance")
    ev = an2.events[an2.events["origin"] == "statement"]
    assert ev["sign"].tolist() == [-1] and ev["corrected"].tolist() == ["set_stance"]
    assert edges(an2)[frozenset(("IRN", "RUS"))] == -1

    neutral = analyze(LAVROV, corrections=[{**fix.entries[0].to_dict(), "value": "neutral"}])
    assert neutral.events.empty and len(neutral.network) == 0


def test_reject_edge_and_set_sign_change_the_camps():
    an = analyze(TRIANGLE)
    assert edges(an) == {
        frozenset(("IRN", "RUS")): 1,
        frozenset(("CHN", "IRN")): 1,
        frozenset(("CHN", "RUS")): -1,
    }
    assert an.frustration == 1

    cut = analyze(TRIANGLE, corrections=[{"kind": "reject_edge", "source": "RUS", "target": "IRN"}])
    assert frozenset(("IRN", "RUS")) not in edges(cut)
    assert cut.frustration == 0
    assert side_of(cut, "IRN") == side_of(cut, "CHN") != side_of(cut, "RUS")
    assert set(cut.rejected["table"]) == {"events"}
    assert set(cut.rejected["kind"]) == {"reject_edge"}
    actors = cut.actors.set_index("actor")
    assert actors.loc["RUS", "camp"] != actors.loc["IRN", "camp"]

    forced = analyze(
        TRIANGLE, corrections=[{"kind": "set_sign", "source": "CHN", "target": "RUS", "value": "+"}]
    )
    attrs = forced.network.edges["CHN", "RUS"]
    assert (attrs["sign"], attrs["computed_sign"], attrs["corrected"]) == (1, -1, "set_sign")
    assert forced.frustration == 0 and len(forced.blocs[0] | forced.blocs[1]) == 3
    assert side_of(forced, "RUS") == side_of(forced, "CHN") == side_of(forced, "IRN")
    pair = forced.events[forced.events["target_country"] == "CHN"]
    assert set(pair.loc[pair["source_country"] == "RUS", "corrected"]) == {"set_sign"}


def test_corrections_carried_into_the_export(tmp_path):
    fixes = [
        {"kind": "reject_edge", "source": "RUS", "target": "IRN"},
        {"kind": "set_sign", "source": "CHN", "target": "RUS", "value": "+"},
    ]
    an = analyze(TRIANGLE, corrections=fixes)
    files = an.export(tmp_path / "out")
    graph = json.loads(next(p for p in files if p.name.endswith(".network.json")).read_text())
    links = {
        frozenset((e["source"], e["target"])): e for e in graph.get("links", graph.get("edges"))
    }
    assert frozenset(("IRN", "RUS")) not in links
    assert links[frozenset(("CHN", "RUS"))]["sign"] == 1
    assert links[frozenset(("CHN", "RUS"))]["corrected"] == "set_sign"
    graphml = next(p for p in files if p.name.endswith(".graphml")).read_text()
    assert "computed_sign" in graphml
    events = next(p for p in files if p.name.endswith(".events.csv")).read_text()
    assert events.splitlines()[0].endswith('"corrected"') and "AGREE" not in events


def test_saved_corrections_are_reapplied_on_a_later_analysis(tmp_path):
    path = tmp_path / "triangle.txt"
    path.write_text(TRIANGLE, encoding="utf-8")
    an = alignkit.analyze(path)
    assert not isinstance(an, CorrectedAnalysis)  # no file beside it yet

    fix = load_corrections(path)
    assert len(fix) == 0 and fix.path == tmp_path / "triangle.corrections.json"
    entry = fix.add(correction_for(an, "network", ("IRN", "RUS"), who="ana", why="misread"))
    assert isinstance(entry, Correction) and entry.when
    written = save_corrections(path, fix)
    assert written == corrections_path(path) and written.name == "triangle.corrections.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data == [
        {
            "kind": "reject_edge",
            "source": "IRN",
            "target": "RUS",
            "who": "ana",
            "when": entry.when,
            "why": "misread",
        }
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "triangle.corrections.json",
        "triangle.txt",
    ]  # no temporary file left behind

    again = alignkit.analyze(path)
    assert isinstance(again, CorrectedAnalysis)
    assert frozenset(("IRN", "RUS")) not in edges(again)
    assert again.corrections.path == written
    # a second correction through the widget path: add, save, reanalyze
    fix2 = again.corrections
    fix2.add(
        correction_for(
            again, "statements", row(again.statements, cue="condemned"), "set_stance", "positive"
        )
    )
    save_corrections(again, fix2)
    third = alignkit.analyze(path)
    st = third.statements.loc[row(third.statements, cue="condemned")]
    assert (st["stance"], st["corrected"]) == ("positive", "set_stance")
    made = third.events[(third.events["origin"] == "statement") & (third.events["target"] == "CHN")]
    assert made.loc[made["source"] == "RUS", "sign"].tolist() == [1]
    assert edges(reanalyze(again)) == edges(third)
    assert len(load_corrections(path)) == 2
    assert alignkit.analyze(path, corrections=False).network.has_edge("IRN", "RUS")


def test_stale_corrections_are_reported_and_kept(tmp_path):
    path = tmp_path / "agree.txt"
    path.write_text(AGREE, encoding="utf-8")
    an = alignkit.analyze(path)
    fix = load_corrections(path)
    fix.add(correction_for(an, "events", row(an.events, type="AGREE")))
    fix.reject_actor("kim-jong-un", why="never named here")
    fix.set_sign("USA", "CHN", "-")
    fix.add_alias("the Persian side", "no-such-actor")
    save_corrections(path, fix)

    an2 = alignkit.analyze(path)
    stale = {e.kind for e in an2.stale_corrections}
    assert stale == {"reject_actor", "set_sign", "add_alias"}
    status = an2.correction_status.set_index("kind")
    assert status.loc["reject_event", "status"] == "applied"
    assert status.loc["add_alias", "note"] == "no actor 'no-such-actor' in the codebook"
    # the text changes: the rejected event's span moves, the correction goes stale, not lost
    path.write_text("Moscow news.\n\n" + AGREE, encoding="utf-8")
    an3 = alignkit.analyze(path)
    assert "reject_event" in {e.kind for e in an3.stale_corrections}
    assert "AGREE" in set(an3.events["type"])
    assert len(load_corrections(path)) == 4


def test_reject_actor_and_add_alias():
    text = (
        "Russian President Vladimir Putin met Iran's president in Moscow.\n\n"
        "The Kremlin chief praised Iran for its support.\n"
    )
    an = analyze(text)
    fix = Corrections()
    start = text.index("The Kremlin chief")
    span = (start, start + len("The Kremlin chief"))
    fix.add(correction_for(an, "text", span, value="vladimir-putin"))
    assert fix.entries[0].to_dict()["alias"] == "The Kremlin chief"
    fix.add_alias("The Kremlin chief", "vladimir-putin")  # the same correction: replaced
    assert len(fix) == 1
    an2 = analyze(text, corrections=fix)
    m = an2.mentions[an2.mentions["corrected"] == "add_alias"]
    assert m[["text", "actor"]].values.tolist() == [["The Kremlin chief", "vladimir-putin"]]
    assert an2.codebook is not an.codebook and "The Kremlin chief" not in an.codebook.surface
    assert an2.actors.set_index("actor").loc["vladimir-putin", "corrected"] == "add_alias"
    assert an2.stale_corrections == []

    gone = analyze(text, corrections=[{"kind": "reject_actor", "actor": "vladimir-putin"}])
    assert "vladimir-putin" not in set(gone.mentions["actor"])
    assert "vladimir-putin" not in set(gone.actors["actor"])
    assert "vladimir-putin" not in set(gone.events["source"]) | set(gone.events["target"])
    assert "mentions" in set(gone.rejected["table"])


def test_corrections_become_gold_that_scores_one(tmp_path):
    text = (
        "Date: 2024-05-01\n\nRussia and Iran deepen ties\n\n"
        "Russia signed a cooperation agreement with Iran on Monday.\n\n"
        "Russian Foreign Minister Sergei Lavrov said that Iran was a reliable partner.\n\n"
        "Iran praised China for its support. Russia condemned China over the border dispute.\n"
    )
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "ties.txt"
    path.write_text(text, encoding="utf-8")
    an = alignkit.analyze(path)
    fix = load_corrections(path)
    fix.add(correction_for(an, "network", ("IRN", "RUS"), "set_sign", "-"))
    fix.add(
        correction_for(
            an, "statements", row(an.statements, speaker="sergei-lavrov"), "set_stance", "negative"
        )
    )
    save_corrections(path, fix)

    corrected = alignkit.analyze(path)
    gold = alignkit.corrections_to_gold(corrected)
    entry = gold["ties.txt"]
    assert entry["statements"] and entry["relations"] and entry["actors"]
    for st in entry["statements"]:
        assert text.count(st["anchor"]) == 1 and "\n" not in st["anchor"]
    assert ["IRN", "RUS", "-"] in entry["relations"]
    gold_path = write_gold(corrected)
    assert gold_path == folder / "corrections.gold.json"

    score = alignkit.evaluate_corpus(folder)
    summary = score.summary.set_index("layer")
    for layer in ("actors", "statements", "relations"):
        assert summary.loc[layer, "total"] > 0
        assert summary.loc[layer, "score"] == 1.0, score.details
    assert summary.loc["relations_wrong", "hits"] == 0
    # the uncorrected kit scores below 1.0 on the analyst's gold
    plain = alignkit.evaluate_corpus(
        folder, analyze=lambda a: alignkit.analyze(a, corrections=False)
    )
    assert plain.summary.set_index("layer").loc["relations", "score"] < 1.0


def test_user_codebook_adds_a_person(tmp_path):
    extra = tmp_path / "mycodebook"
    extra.mkdir()
    (extra / "people.csv").write_text(
        "id,name,aliases,country,gender,wikidata,notes\nzorana-velik,Zorana Velik,Velik,SRB,f,,\n",
        encoding="utf-8",
    )
    (extra / "roles.csv").write_text(
        "person,role,office,country,start,end,acting,notes\n"
        "zorana-velik,Foreign Minister of Serbia,SRB.foreign-minister,SRB,2023-01-01,,no,\n",
        encoding="utf-8",
    )
    cb = load_codebook(extra=extra)
    assert "zorana-velik" not in load_codebook().actors
    assert cb is load_codebook(extra=extra)  # cached while the folder is unchanged
    text = "Zorana Velik said that Russia was a reliable partner. Velik praised China.\n"
    an = analyze(text, codebook=cb)
    actors = an.actors.set_index("actor")
    assert actors.loc["zorana-velik", "role"] == "Foreign Minister of Serbia"
    assert (an.mentions["actor"] == "zorana-velik").sum() == 2
    assert "zorana-velik" in set(an.statements["speaker"])
    assert an.network.has_edge("RUS", "SRB")
    # without the user codebook she is still a named speaker, but one with no state
    bare = analyze(text)
    assert "zorana-velik" in set(bare.statements["speaker"])
    assert bare.tagged.actor("zorana-velik").stands_for == ""
    assert not bare.network.has_edge("RUS", "SRB")


def test_user_codebook_errors(tmp_path):
    clash = tmp_path / "clash"
    clash.mkdir()
    (clash / "people.csv").write_text(
        "id,name,aliases,country\nana-ruiz,Ana Ruiz,,VEN\nvladimir-putin,V. Putin,,RUS\n",
        encoding="utf-8",
    )
    with pytest.raises(CodebookError) as err:
        load_codebook(extra=clash)
    msg = str(err.value)
    assert str(clash / "people.csv") in msg and "line 3" in msg and "'vladimir-putin'" in msg
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "cues.csv").write_text("forms,stance\nsay,neutral\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="cues.csv"):
        load_codebook(extra=lexicon)
    with pytest.raises(CodebookError, match="folder"):
        load_codebook(extra=tmp_path / "missing")


def test_bad_corrections_files(tmp_path, monkeypatch):
    path = tmp_path / "agree.txt"
    path.write_text(AGREE, encoding="utf-8")
    fix_path = corrections_path(path)

    fix_path.write_text('[{"kind": "reject_edge", "source": "RUS"', encoding="utf-8")
    with pytest.raises(CorrectionsError) as err:
        alignkit.analyze(path)
    assert str(fix_path) in str(err.value) and "invalid JSON" in str(err.value)

    fix_path.write_text(
        '[{"kind": "reject_edge", "source": "RUS", "target": "IRN"}, {"kind": "undo"}]'
    )
    with pytest.raises(CorrectionsError, match=r"entry 1: unknown kind 'undo'") as err:
        load_corrections(path)
    assert err.value.path == str(fix_path)
    fix_path.write_text('[{"kind": "reject_event", "source": "RUS", "target": "IRN", "start": 0}]')
    with pytest.raises(CorrectionsError, match="missing 'type', 'end'"):
        load_corrections(path)
    fix_path.write_text('[{"kind": "reject_edge", "source": "RUS", "target": "IRN", "sorce": 1}]')
    with pytest.raises(CorrectionsError, match="unknown field 'sorce'"):
        load_corrections(path)
    fix_path.write_text('{"kind": "reject_edge"}')
    with pytest.raises(CorrectionsError, match="JSON list"):
        load_corrections(path)
    with pytest.raises(CorrectionsError, match="set_stance: value 'angry'"):
        Corrections().set_stance("x", 1, 2, "angry")

    # nothing half-written: a failing rename leaves the old file and no temporary file
    good = Corrections([{"kind": "reject_edge", "source": "RUS", "target": "IRN"}])
    with pytest.raises(CorrectionsError, match="JSON list"):
        save_corrections(path, good)  # a merging save does not write over a bad file
    save_corrections(path, good, merge=False)
    before = fix_path.read_bytes()
    more = load_corrections(path)
    more.set_sign("CHN", "IRN", "-")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("alignkit.corrections.entries.os.replace", boom)
    with pytest.raises(OSError, match="disk full"):
        save_corrections(path, more)
    assert fix_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agree.corrections.json", "agree.txt"]


def test_text_without_file_takes_explicit_corrections():
    art = alignkit.parse_article(AGREE, publication_date=DATE)
    assert art.path is None
    an = alignkit.analyze(
        art, corrections=[{"kind": "reject_edge", "source": "IRN", "target": "RUS"}]
    )
    assert not an.network.has_edge("IRN", "RUS")
    with pytest.raises(CorrectionsError, match="has no file"):
        save_corrections(an, an.corrections)
    with pytest.raises(ValueError, match="file_name"):
        alignkit.corrections_to_gold(an)
    assert list(alignkit.corrections_to_gold(an, file_name="agree.txt")) == ["agree.txt"]


def test_corpus_analysis_applies_each_articles_corrections(tmp_path):
    (tmp_path / "a.txt").write_text(TRIANGLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LAVROV, encoding="utf-8")
    save_corrections(
        tmp_path / "a.txt", [{"kind": "reject_edge", "source": "RUS", "target": "IRN"}]
    )
    corpus = alignkit.analyze_corpus(tmp_path, processes=1, progress=False)
    evidence = corpus.network.edges["IRN", "RUS"]["evidence"]
    assert {ev["article"] for ev in evidence} == {"b"}  # a's evidence rejected, b's kept
    assert not ((corpus.events["article"] == "a") & (corpus.events["type"] == "AGREE")).any()

    corrections_path(tmp_path / "b.txt").write_text("[{", encoding="utf-8")
    skipped = alignkit.analyze_corpus(tmp_path, processes=1, progress=False, on_error="skip")
    assert skipped.skipped["problem"].str.contains("b.corrections.json").all()
    assert len(skipped.skipped) == 1
