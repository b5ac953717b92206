"""Dates the kit cannot place and time splits it cannot make (issue 21, "Dates and time").

A date outside pandas' range (1453, 2300) or one that does not exist (February 30) is kept
as text with a warning, never an exception in a view or a corpus run; a period split is
bounded and its frequency checked; ``network_at`` checks its bounds.
"""

from __future__ import annotations

import warnings

import pytest

import alignkit
from alignkit.network.time import MAX_PERIODS, periods_of
from alignkit.notebook import widgets
from alignkit.notebook.corpus_views import corpus_explorer

BODY = "Russia condemned China. Iran signed a cooperation agreement with China."


def _write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("processes", [1, 2])
def test_dates_outside_pandas_range_do_not_stop_a_corpus(tmp_path, processes):
    _write(tmp_path, "far.txt", f"Date: 2300-01-01\n\nFar Future\n\n{BODY}\n")
    _write(tmp_path, "old.txt", f"Old Times\n\nOn May 29, 1453, {BODY}\n")
    _write(tmp_path, "now.txt", f"Date: 2024-05-01\n\nNow\n\n{BODY}\n")
    with pytest.warns(UserWarning, match="outside the range pandas can place"):
        corpus = alignkit.analyze_corpus(
            tmp_path, processes=processes, progress=False, on_error="skip"
        )
    assert corpus.articles == ["far", "now", "old"] and corpus.skipped.empty
    assert "1453-05-29" in set(corpus.events["date"])  # the text's date is kept
    assert [p.label for p in corpus.periods("YS")] == ["2024"]  # placed: only 2024
    assert corpus.network.has_edge("CHN", "RUS")
    corpus_explorer(corpus)


def test_an_impossible_day_is_text_with_a_warning_in_every_view(tmp_path):
    path = tmp_path / "feb.txt"
    path.write_text(f"Leap Talk\n\nOn February 30, 2024, {BODY}\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="'February 30, 2024' is no date"):
        an = alignkit.analyze(path)
    assert an.events["date"].isna().all() and an.network.has_edge("CHN", "RUS")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        widgets.views(an)
        widgets.links(an)
        widgets.workbench(an)
        box = widgets.ArticleInput(path=str(path))
        box.run()
    assert box.error == "" and box.analysis is not None


def test_periods_are_bounded_and_their_frequency_checked(tmp_path):
    for year in (2014, 2025):
        _write(tmp_path, f"a{year}.txt", f"Date: {year}-03-01\n\nT\n\n{BODY}\n")
    corpus = alignkit.analyze_corpus(tmp_path, processes=1, progress=False)
    for freq in ("h", "min", "s", "ns"):
        with pytest.raises(ValueError, match=f"more than {MAX_PERIODS} periods"):
            corpus.periods(freq)
    with pytest.raises(ValueError, match="not None"):
        corpus.periods(None)
    with pytest.raises(ValueError, match="no pandas frequency"):
        corpus.periods("fortnightly")
    with pytest.raises(ValueError, match="one unit"):
        corpus.periods("2QS")


@pytest.mark.parametrize(("end", "start"), [("QE", "QS"), ("ME", "MS"), ("YE", "YS")])
def test_end_anchored_frequencies_name_the_same_periods(end, start):
    dates = ["2024-02-10", "2024-05-31", "2024-06-01", "2025-01-01"]
    assert periods_of(dates, end) == periods_of(dates, start)
    first = periods_of(["2024-05-10"], end)[0]
    assert first.start.isoformat() <= "2024-05-10" < first.end.isoformat()
    assert periods_of(["2024-06-30"], "QE-NOV")[0].start.isoformat() == "2024-06-01"


def test_network_at_checks_its_bounds(tmp_path):
    _write(tmp_path, "a.txt", f"Date: 2024-05-01\n\nT\n\n{BODY}\n")
    corpus = alignkit.analyze_corpus(tmp_path, processes=1, progress=False)
    assert corpus.network_at("2024", "2025").number_of_edges() == 2
    with pytest.raises(ValueError, match="start 2025 is after end 2024"):
        corpus.network_at("2025", "2024")
    with pytest.raises(ValueError, match="a year as text: '2025'"):
        corpus.network_at(2025)
    with pytest.raises(ValueError, match="not a date: 'last spring'"):
        corpus.network_at("last spring")
    with pytest.raises(ValueError, match="not a date: '2024-02-30'"):
        corpus.network_at(None, "2024-02-30")
