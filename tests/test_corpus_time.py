"""A corpus over time: dates on every row, period networks, camps over time, merged actors,
the corpus stance table and the corpus exports. Small hand-made corpora only: the analysis
rules change, so the tests check mechanisms (sums, partitions, equalities), not figures."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import alignkit
from alignkit.network.time import align_sides, period_date, periods_of

# Five short articles in four quarters: Russia and Iran cooperate, the United States
# sanctions both, North Korea joins Russia later; one article recalls a dated meeting of
# an earlier quarter, one is undated in its text but dated by its header.
ARTICLES = {
    "q1-russia-iran.txt": (
        "2024-02-10",
        "Russia and Iran sign a treaty",
        "Russia and Iran signed a partnership treaty in Moscow. The United States "
        "sanctioned Iran over the deal.",
    ),
    "q2-sanctions.txt": (
        "2024-05-03",
        "Washington sanctions Moscow",
        "The United States sanctioned Russia. Russia and Iran signed a trade agreement.",
    ),
    "q3-pyongyang.txt": (
        "2024-08-20",
        "Putin in Pyongyang",
        "Russia and North Korea signed a defence pact. The United States condemned North Korea.",
    ),
    "q3-kim.txt": (
        "2024-09-02",
        "Kim meets envoy",
        "North Korean leader Kim Jong Un met Russian President Vladimir Putin. "
        "Russia and North Korea signed an aid agreement.",
    ),
    "q4-review.txt": (
        "2024-11-15",
        "A year of deals",
        "The United States sanctioned North Korea. Russia and Iran signed an energy deal.",
    ),
}


def _write(folder: Path, articles: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (date, headline, body) in articles.items():
        text = f"Source: test corpus ({name})\nDate: {date}\n\n{headline}\n\n{body}\n"
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return _write(tmp_path_factory.mktemp("timecorpus"), ARTICLES)


@pytest.fixture(scope="module")
def corpus(folder):
    return alignkit.analyze_corpus(folder, processes=1, progress=False)


def test_every_row_keeps_its_article_and_dates(corpus):
    dates = {Path(n).stem: d for n, (d, _, _) in ARTICLES.items()}
    for table in (corpus.events, corpus.statements):
        assert {"article", "article_date", "period_date"} <= set(table.columns)
        for row in table.itertuples(index=False):
            assert row.article_date == dates[row.article]
    assert "date" in corpus.events.columns  # the event's own date, when the text gives one
    info = corpus.article_info.set_index("article")
    assert info.loc["q1-russia-iran", "date"] == "2024-02-10"
    assert info.loc["q1-russia-iran", "source"].startswith("test corpus")
    assert info.loc["q3-kim", "headline"] == "Kim meets envoy"


def test_period_date_rule():
    assert period_date(None, "2024-05-03").isoformat() == "2024-05-03"
    assert period_date("2023-11-12", "2024-05-03").isoformat() == "2023-11-12"
    # a month or year containing the article's date: the article's date
    assert period_date("2024", "2024-05-03").isoformat() == "2024-05-03"
    assert period_date("2024-05", "2024-05-03").isoformat() == "2024-05-03"
    # one that does not: its first day
    assert period_date("2023", "2024-05-03").isoformat() == "2023-01-01"
    assert period_date(None, None) is None
    labels = [p.label for p in periods_of(["2024-02-10", "2024-11-15"], "QS")]
    assert labels == ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"]


def test_periods_add_up_to_the_aggregated_network(corpus):
    periods = corpus.periods("QS")
    assert [p.label for p in periods] == ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"]
    total: dict = {}
    evidence: dict = {}
    for p, G in periods.items():
        for u, v, d in G.edges(data=True):
            key = tuple(sorted((u, v)))
            total[key] = total.get(key, 0) + d["weight"]
            evidence.setdefault(key, []).extend(d["evidence"])
            assert d["weight"] == len(d["articles"])
            # every article of the period's edge lies in the period
            for a in d["articles"]:
                when = corpus.article_info.set_index("article").loc[a, "date"]
                assert p.start.isoformat() <= when < p.end.isoformat()
    agg = corpus.network
    assert total == {tuple(sorted(e)): w for *e, w in agg.edges(data="weight")}
    for u, v, d in agg.edges(data=True):
        key = lambda ev: json.dumps(ev, sort_keys=True)  # noqa: E731
        assert sorted(map(key, evidence[(u, v)])) == sorted(map(key, d["evidence"]))
    # network_at() with no bounds is the aggregated network
    whole = corpus.network_at()
    assert sorted(whole.edges(data="weight")) == sorted(agg.edges(data="weight"))
    # a half-open interval: the end day is not in it
    assert corpus.network_at("2024-02-10", "2024-02-10").number_of_edges() == 0
    assert corpus.network_at("2024-02-10", "2024-02-11").number_of_edges() > 0


def test_camps_over_time(corpus):
    camps = corpus.camps_over_time("QS")
    assert list(camps.columns) == alignkit.network.time.CAMP_OVER_TIME_COLUMNS
    assert list(camps["period"]) == ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"]
    for r in camps.itertuples(index=False):
        assert not set(r.camp_a) & set(r.camp_b)
        assert r.camp_a == sorted(r.camp_a) and r.camp_b == sorted(r.camp_b)
        assert r.frustration >= 0
        assert set(r.changed) <= set(r.camp_a) | set(r.camp_b)
    with pytest.raises(ValueError):
        corpus.camps_over_time("2QS")


def test_camps_are_aligned_and_changes_reported():
    # period 1: RUS+IRN vs USA; period 2 (sides swapped by the solver's orientation rule):
    # IRN now with USA against RUS; only IRN changed side.
    rows = [
        ("RUS", "IRN", 1, "a", "2024-01-10"),
        ("USA", "RUS", -1, "a", "2024-01-10"),
        ("USA", "IRN", -1, "a", "2024-01-10"),
        ("USA", "IRN", 1, "b", "2024-04-10"),
        ("USA", "RUS", -1, "b", "2024-04-10"),
        ("IRN", "RUS", -1, "b", "2024-04-10"),
        ("CHN", "RUS", 1, "b", "2024-04-10"),
    ]
    ev = pd.DataFrame(
        [
            dict(source=a, target=b, source_country=a, target_country=b, type="X", sign=s,
                 intensity=1.0, mode="actual", article=art, article_date=d, date=None)
            for a, b, s, art, d in rows
        ]
    )  # fmt: skip
    camps = alignkit.network.time.camps_over_time(ev, "QS")
    first, second = camps.to_dict("records")
    assert set(first["camp_a"]) >= {"RUS", "IRN"} or set(first["camp_b"]) >= {"RUS", "IRN"}
    rus_side = "camp_a" if "RUS" in first["camp_a"] else "camp_b"
    assert "RUS" in second[rus_side]  # aligned: RUS keeps its camp's letter
    assert second["changed"] == ["IRN"]
    assert align_sides(({"A"}, {"B"}), {}, {}) == ({"A"}, {"B"})


def test_unknown_people_merge_across_articles(tmp_path):
    # A person the codebook lacks, spelled two ways in two articles: one actor
    arts = {
        "one.txt": ("2024-01-05", "Talks", "Russian Ambassador Ivan Petrovsmirnov met Iran."),
        "two.txt": ("2024-04-05", "Talks", "Russian Ambassador Ivan Petrov Smirnov met Iran."),
    }
    c = alignkit.analyze_corpus(_write(tmp_path / "c", arts), processes=1, progress=False)
    ids = set(c.mentions["actor"])
    slugs = {a for a in ids if alignkit.analysis.corpus.merge_key(a) == "ivanpetrovsmirnov"}
    assert len(slugs) == 1, ids
    (kept,) = slugs
    row = c.actors.set_index("actor").loc[kept]
    assert row["articles"] == 2
    assert set(c.aliases.values()) == {kept} and len(c.aliases) == 1
    assert row["aliases"] == sorted(c.aliases)
    for table, cols in ((c.mentions, ["actor"]), (c.events, ["source", "target"])):
        for col in cols:
            assert not set(table[col]) & set(c.aliases)
    assert alignkit.analysis.corpus.merge_key("Kim Jong-un") == alignkit.analysis.corpus.merge_key(
        "kim jongun"
    )


def test_stance_table_counts_and_evidence(tmp_path):
    arts = {
        "a.txt": ("2024-01-05", "Remarks",
                  'Russian Foreign Minister Sergei Lavrov praised Iran. "Iran is a friend," '
                  "Lavrov said."),
        "b.txt": ("2024-02-05", "Remarks",
                  "Secretary of State Antony Blinken condemned Iran."),
    }  # fmt: skip
    c = alignkit.analyze_corpus(_write(tmp_path / "s", arts), processes=1, progress=False)
    st = c.stance_table()
    assert len(st) > 0
    assert list(st.columns) == alignkit.analysis.corpus.STANCE_TABLE_COLUMNS
    exploded = [
        (s, t, r.stance)
        for r in c.statements.itertuples(index=False)
        for s in [r.speaker]
        for t in dict.fromkeys(r.targets)
    ]
    assert int(st["statements"].sum()) == len(exploded)
    for r in st.itertuples(index=False):
        assert r.positive + r.negative + r.neutral == r.statements == len(r.evidence)
        assert r.articles == len({e["article"] for e in r.evidence})
        for e in r.evidence:
            text = c.article(e["article"]).text
            assert 0 <= e["start"] < e["end"] <= len(text)


def _same(a, b):
    assert a.articles == b.articles
    for name in ("mentions", "events", "statements", "article_info", "actors"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    assert sorted(a.network.edges(data=True)) == sorted(b.network.edges(data=True))
    assert a.blocs == b.blocs and a.aliases == b.aliases
    pd.testing.assert_frame_equal(a.camps_over_time("QS"), b.camps_over_time("QS"))
    pd.testing.assert_frame_equal(a.stance_table(), b.stance_table())


def test_same_result_on_two_processes_and_a_dask_cluster(corpus, folder):
    _same(corpus, alignkit.analyze_corpus(folder, processes=2, chunksize=1, progress=False))
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = alignkit.analyze_corpus(folder, client=client, chunksize=2, progress=False)
    _same(corpus, result)


def test_export_gexf_with_time_and_csv_with_article(corpus, tmp_path):
    out = tmp_path / "out"
    paths = corpus.export(out)
    names = [p.name for p in paths]
    assert "corpus.network.gexf" in names and "alignkit-export.json" in names
    H = nx.read_gexf(out / "corpus.network.gexf")
    assert H.graph["mode"] == "dynamic"
    agg = corpus.network
    assert set(H.nodes) == set(agg.nodes)
    for _, d in H.nodes(data=True):
        assert {"name", "type", "camp", "start", "end"} <= set(d)
        assert d["camp"] in (0, 1)
    for u, v, d in H.edges(data=True):
        assert d["start"] <= d["end"]
        assert "span_start" not in d and "start" not in json.loads(d["evidence"])[0]
        assert sum(w for w, *_ in d["articles_in_period"]) == agg.edges[u, v]["weight"]
    per_period = sorted(n for n in names if n.startswith("corpus.2024-Q"))
    assert per_period == ["corpus.2024-Q1.gexf", "corpus.2024-Q2.gexf", "corpus.2024-Q3.gexf",
                          "corpus.2024-Q4.gexf"]  # fmt: skip
    q2 = nx.read_gexf(out / "corpus.2024-Q2.gexf")
    for _, _, d in q2.edges(data=True):
        assert (d["start"], d["end"]) == ("2024-04-01", "2024-06-30")
    for _, d in q2.nodes(data=True):
        assert {"name", "type", "camp"} <= set(d)
    for name in names:
        if name.endswith(".csv"):
            df = pd.read_csv(out / name)
            assert "article" in df.columns, name


def test_bad_files_are_skipped_by_name(folder, tmp_path):
    bad = tmp_path / "bad"
    _write(bad, dict(list(ARTICLES.items())[:2]))
    (bad / "empty.txt").write_bytes(b"")
    c = alignkit.analyze_corpus(bad, processes=1, progress=False, on_error="skip")
    assert [Path(p).name for p in c.skipped["path"]] == ["empty.txt"]
    assert len(c.articles) == 2 and len(c.article_info) == 2


def test_dask_frames_keep_the_time_and_stance_views(folder, corpus):
    c = alignkit.analyze_corpus(folder, processes=1, progress=False, dask_frames=True)
    pd.testing.assert_frame_equal(c.stance_table(), corpus.stance_table())
    pd.testing.assert_frame_equal(c.camps_over_time("QS"), corpus.camps_over_time("QS"))
