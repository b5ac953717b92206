"""evaluate_corpus: the reference scorer's rule on any annotated folder, and the naive peer.

The figures of the kit are not asserted (they change as the analysis improves): these tests
check the evaluator. On the shipped sample corpus it must print what the development set's
``score.py`` prints (when that file is on this machine); on hand-made folders it must count
exactly the hits and misses the rule gives; bad folders must fail with the file named.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pandas as pd
import pytest

import alignkit
from alignkit.evaluation import devset
from alignkit.evaluation.devset import DevsetError, evaluate_corpus, naive_network, naive_peer

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(os.environ.get("ALIGNKIT_DEV", ROOT.parent / "shared" / "dev"))
SCORE_PY = DEV / "score.py"
CORPUS = ROOT / "data" / "corpus"
CORPUS_GOLD = ROOT / "data" / "annotations" / "corpus.gold.json"


@pytest.fixture(scope="module")
def sample_score():
    return evaluate_corpus(CORPUS)


# ----------------------------------------------------------------------------- sample corpus


def test_sample_corpus_ships_texts_and_gold_of_the_same_names():
    gold = json.loads(CORPUS_GOLD.read_text(encoding="utf-8"))
    texts = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert sorted(gold) == texts and len(texts) == 15
    for name in texts:
        assert (CORPUS / name).read_text(encoding="utf-8").startswith("Source: ")


@pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"{SCORE_PY} is not on this machine")
def test_sample_corpus_figures_and_details_equal_the_reference_scorer(tmp_path, sample_score):
    for p in CORPUS.glob("*.txt"):
        (tmp_path / p.name).symlink_to(p)
    shutil.copyfile(CORPUS_GOLD, tmp_path / "corpus.gold.json")
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(tmp_path), "--details"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "lib")},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    ours = []
    for name in sample_score.per_text["text"]:
        ours.append(f"== {name}")
        ours.extend("  " + n for n in sample_score.notes(name))
    ours.extend(sample_score.lines())
    assert out.splitlines() == ours


def test_totals_are_the_sums_of_the_texts_and_details_list_every_miss(sample_score):
    summary = sample_score.summary.set_index("layer")
    assert summary.columns.tolist() == ["label", "hits", "total", "score"]
    assert sample_score.per_text.columns.tolist() == devset.PER_TEXT_COLUMNS
    assert sample_score.details.columns.tolist() == devset.DETAIL_COLUMNS
    gold = json.loads(CORPUS_GOLD.read_text(encoding="utf-8"))
    assert summary.loc["actors", "total"] == sum(len(g["actors"]) for g in gold.values())
    d = sample_score.details
    for layer in devset.LAYERS:
        hits, total = summary.loc[layer, ["hits", "total"]]
        assert sample_score.per_text[f"{layer}_hits"].sum() == hits
        assert sample_score.per_text[f"{layer}_total"].sum() == total
        assert summary.loc[layer, "score"] == pytest.approx(hits / total)
        missing = hits if layer == "relations_wrong" else total - hits
        assert (d["layer"] == layer).sum() == missing, layer


def test_precomputed_analyses_are_used_and_the_naive_peer_is_scored_alike(sample_score):
    one = "B06_state_blinken_aliyev_call.txt"
    an = alignkit.analyze(CORPUS / one)

    def refuse(article):
        raise AssertionError("analyze must not run for a precomputed text")

    kit = evaluate_corpus(CORPUS, texts=[one], analyses={one: an}, analyze=refuse)
    row = sample_score.per_text.set_index("text").loc[one]
    assert kit.per_text.set_index("text").loc[one].equals(row)
    naive = evaluate_corpus(CORPUS, texts=[one], analyses={one: naive_peer(an)})
    pairs = devset.signed_pairs(naive_network(an))
    got = naive.per_text.iloc[0]
    assert got["relations_wrong_total"] == len(pairs)
    assert got["statements_hits"] == 0 and got["actors_hits"] == row["actors_hits"]


# ----------------------------------------------------------------------------- the rule

TEXT_1 = """Source: made up for a test
Date: 2024-01-02

Two calls

Lloyd J. Austin III spoke with his Ukrainian counterpart.
"We stand with Ukraine," said Sarah-Ann Lynch, the spokesperson.
Russia attacked Ukraine again, officials said.
"""

TEXT_2 = """Source: made up for a test
Date: 2024-01-03

One visit

The French minister visited Japan.
"""

GOLD = {
    "one.txt": {
        "format": "news",
        "actors": [
            ["Ukraine", "country", "UKR"],
            ["Russia", "country", "RUS"],  # only a person's country: missed
            ["Lloyd Austin", "person", "USA"],  # "Lloyd J. Austin III": last words differ
            ["Sarah Ann Lynch", "person", "USA"],  # hyphen ignored: found
        ],
        "statements": [
            {"speaker": ["sarah ann lynch", "USA"], "anchor": "We stand with", "cue": "said"},
            {"speaker": ["USA"], "anchor": "officials said", "cue": "said"},  # wrong line
        ],
        "relations": [["USA", "UKR", "+"], ["RUS", "UKR", "-"], ["USA", "RUS", "-"]],
        "forbidden": [["USA", "UKR", "-"], ["RUS", "USA", "+"]],
    },
    "two.txt": {
        "actors": [["France", "country", "FRA"]],
        "statements": [],
        "relations": [["FRA", "JPN", "+"]],
        "forbidden": [],
    },
}


def stub(article):
    """A hand-made analysis per text, with what the rule must find and miss."""
    if "Lynch" in article.text:
        line = article.text.index('"We stand')
        actors = pd.DataFrame(
            [
                ("UKR", "Ukraine", "country", "UKR"),
                ("lloyd-austin", "Lloyd J. Austin III", "person", "USA"),
                ("sarah-ann-lynch", "Sarah-Ann Lynch", "person", "USA"),
                ("putin", "Vladimir Putin", "person", "RUS"),
            ],
            columns=["actor", "name", "type", "country"],
        )
        statements = pd.DataFrame(
            [
                ("sarah-ann-lynch", line + 30, line + 34, line + 1, line + 26),
                ("USA", 0, 5, 0, 10),  # the USA speaks, but in the header
            ],
            columns=["speaker", "cue_start", "cue_end", "content_start", "content_end"],
        )
        g = nx.Graph()
        g.add_edge("USA", "UKR", sign=-1)  # wrong sign and forbidden: two wrong edges
        g.add_edge("RUS", "UKR", sign=-3.0)  # a hit (any negative number is "-")
        g.add_edge("RUS", "USA", sign=1)  # gold "-" and forbidden "+": two wrong
        g.add_edge("CHN", "UKR", sign=1)  # extra edge: not wrong, counts in the share
        g.add_edge("IND", "UKR")  # no sign: not an edge of the network
    else:
        actors = pd.DataFrame(
            [("FRA", "France", "country", "FRA")], columns=["actor", "name", "type", "country"]
        )
        statements = pd.DataFrame(
            columns=["speaker", "cue_start", "cue_end", "content_start", "content_end"]
        )
        g = nx.Graph()
    return SimpleNamespace(actors=actors, statements=statements, network=g)


def write_folder(folder: Path, gold=GOLD, name="tiny.gold.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "one.txt").write_text(TEXT_1, encoding="utf-8")
    (folder / "two.txt").write_text(TEXT_2, encoding="utf-8")
    (folder / name).write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_a_hand_made_folder_gives_the_hits_and_misses_of_the_rule(tmp_path):
    score = evaluate_corpus(write_folder(tmp_path), analyze=stub)
    s = score.summary.set_index("layer")
    assert s.loc["actors", ["hits", "total"]].tolist() == [3, 5]
    assert s.loc["statements", ["hits", "total"]].tolist() == [1, 2]
    assert s.loc["relations", ["hits", "total"]].tolist() == [1, 4]
    assert s.loc["relations_wrong", ["hits", "total"]].tolist() == [4, 4]
    assert s.loc["relations", "score"] == 0.25
    d = score.details
    assert d[d["text"] == "one.txt"][["layer", "kind", "item", "predicted"]].values.tolist() == [
        ["actors", "missed", "Russia (country, RUS)", ""],
        ["actors", "missed", "Lloyd Austin (person, USA)", ""],
        ["statements", "missed", "USA at 'officials said'", ""],
        ["relations", "wrong sign", "USA-UKR +", "-"],
        ["relations", "wrong sign", "USA-RUS -", "+"],
        ["relations_wrong", "forbidden", "USA-UKR -", "-"],
        ["relations_wrong", "forbidden", "RUS-USA +", "+"],
        ["relations_wrong", "wrong sign", "USA-UKR +", "-"],
        ["relations_wrong", "wrong sign", "USA-RUS -", "+"],
    ]
    assert score.notes("two.txt") == ["relation FRA-JPN +: missed"]
    assert score.notes("one.txt")[-2:] == [
        "forbidden relation made: USA-UKR -",
        "forbidden relation made: RUS-USA +",
    ]
    per = score.per_text.set_index("text")
    assert per.loc["two.txt", "format"] == "" and per.loc["two.txt", "relations"] == 0.0
    assert pd.isna(per.loc["two.txt", "statements"])  # no statements in the gold
    assert score.lines()[3] == "wrong relations (share of predicted edges): 1.000 (4/4)"


def test_the_kit_runs_by_default_and_the_tool_prints_kit_and_peer(tmp_path, capsys):
    from alignkit.tools import main

    folder = write_folder(tmp_path / "tiny")
    score = evaluate_corpus(folder, texts=["two.txt"])
    assert score.per_text["text"].tolist() == ["two.txt"]
    assert main(["eval", str(folder), "--details"]) == 0
    out = capsys.readouterr().out
    assert "naive peer" in out and "relations recall" in out and "one.txt" in out
    assert "-- kit: misses and wrong edges" in out


# ----------------------------------------------------------------------------- naive peer


def test_naive_network_pairs_countries_of_one_sentence_and_signs_by_conflict_words():
    an = alignkit.analyze_text(
        "Russia attacked Ukraine. China and Iran signed a deal. "
        "Russia and China held talks. China and Iran condemned the sanctions."
    )
    g = naive_network(an)
    signs = {frozenset((u, v)): d["sign"] for u, v, d in g.edges(data=True)}
    assert signs[frozenset(("RUS", "UKR"))] == -1
    assert signs[frozenset(("RUS", "CHN"))] == 1
    assert signs[frozenset(("CHN", "IRN"))] == -1  # one conflict sentence makes the pair -
    assert g.edges["CHN", "IRN"]["weight"] == 2
    assert frozenset(("RUS", "IRN")) not in signs  # never in one sentence


def test_the_conflict_words_are_data(tmp_path):
    words = tmp_path / "codebook"
    words.mkdir()
    (words / "conflict_words.csv").write_text("word,family,notes\ndeal,deal,\n", encoding="utf-8")
    an = alignkit.analyze_text("Russia attacked Ukraine. China and Iran signed a deal.")
    g = naive_network(an, words_root=words)
    assert g.edges["RUS", "UKR"]["sign"] == 1 and g.edges["CHN", "IRN"]["sign"] == -1
    assert "attacked" in devset.conflict_words()


# ----------------------------------------------------------------------------- bad folders


def test_a_folder_without_gold_or_with_two_is_refused(tmp_path):
    (tmp_path / "one.txt").write_text(TEXT_1, encoding="utf-8")
    with pytest.raises(DevsetError, match=r"expected one \*\.gold\.json, found 0"):
        evaluate_corpus(tmp_path, analyze=stub)
    write_folder(tmp_path, name="a.gold.json")
    write_folder(tmp_path, name="b.gold.json")
    with pytest.raises(DevsetError, match=r"found 2 \(a\.gold\.json, b\.gold\.json\)"):
        evaluate_corpus(tmp_path, analyze=stub)
    write_folder(tmp_path, name="dev.gold.json")  # dev.gold.json wins, as in score.py
    assert evaluate_corpus(tmp_path, analyze=stub).gold_path.name == "dev.gold.json"
    with pytest.raises(DevsetError, match="not a folder"):
        evaluate_corpus(tmp_path / "nowhere", analyze=stub)


def test_invalid_json_is_refused_with_the_file_named(tmp_path):
    write_folder(tmp_path)
    (tmp_path / "tiny.gold.json").write_text('{"one.txt": {', encoding="utf-8")
    with pytest.raises(DevsetError, match=r"tiny\.gold\.json: invalid JSON \(.*line 1"):
        evaluate_corpus(tmp_path, analyze=stub)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda g: g.update({"three.txt": g["two.txt"]}), "names a text that does not exist"),
        (lambda g: g["two.txt"].pop("relations"), "'two.txt' has no list 'relations'"),
        (lambda g: g["two.txt"]["actors"].append(["X", "city", "FRA"]), "bad actor"),
        (lambda g: g["two.txt"]["forbidden"].append(["FRA", "JPN", "?"]), "bad forbidden"),
        (
            lambda g: g["one.txt"]["statements"][0].update(anchor="not in the text"),
            "anchor 'not in the text' not in text",
        ),
    ],
)
def test_a_bad_gold_entry_is_refused_with_file_and_problem(tmp_path, change, problem):
    gold = json.loads(json.dumps(GOLD))
    change(gold)
    write_folder(tmp_path, gold)
    with pytest.raises(DevsetError) as err:
        evaluate_corpus(tmp_path, analyze=stub)
    assert str(err.value).startswith(str(tmp_path / "tiny.gold.json") + ": ")
    assert problem in str(err.value)


def test_the_tool_reports_a_bad_folder_and_fails(tmp_path, capsys):
    from alignkit.tools import main

    assert main(["eval", str(tmp_path)]) == 1
    assert "expected one *.gold.json" in capsys.readouterr().err
