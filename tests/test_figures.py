"""Figures stay bounded and legible whatever the data; sizes are checked, timings are not
(those live in benchmarks/bench.py).

``every_country`` is a generated article in which each of the 196 codebook countries
speaks about two others: 390 statements by 195 speakers about 196 targets. Before the size
cap its stance heatmap was 21,960 x 10,945 px (51 s and 9.4 GB to draw in the explorer).
"""

from __future__ import annotations

import csv
import datetime as dt
import struct
from types import SimpleNamespace

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.patches import Rectangle

import alignkit
from alignkit.notebook import widgets
from alignkit.reading.codebook import data_dir

MAX_PX = (1200, 1000)  # 12 x 10 inches at 100 dpi


def every_country_text() -> str:
    with open(data_dir() / "codebook" / "countries.csv", encoding="utf-8") as f:
        names = [r["name"] for r in csv.DictReader(f)]
    n = len(names)
    paras = [
        f"{c} said that {names[(i + 1) % n]} was a reliable partner. "
        f"Officials in {c} warned that {names[(i + 7) % n]} posed a threat."
        for i, c in enumerate(names)
    ]
    return "Every Country Speaks\n\n" + "\n\n".join(paras) + "\n"


@pytest.fixture(scope="module")
def every_country():
    return alignkit.analyze_text(every_country_text(), publication_date="2025-01-15")


@pytest.fixture(scope="module")
def seed():
    return alignkit.analyze(alignkit.SEED)


def pixels(fig) -> tuple[float, float]:
    w, h = fig.get_size_inches() * fig.dpi
    return float(w), float(h)


def png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])


def bounded(fig) -> bool:
    w, h = pixels(fig)
    return w <= MAX_PX[0] and h <= MAX_PX[1]


def agg(fig):
    """``fig`` on an Agg canvas (figures made without pyplot have none), drawn."""
    FigureCanvasAgg(fig)
    fig.canvas.draw()
    return fig


def rgba(fig) -> np.ndarray:
    agg(fig)
    return np.asarray(fig.canvas.buffer_rgba())[..., :3].astype(float)


def inside_figure(fig) -> None:
    """Every artist (titles, tick labels, colour-bar label, legend) is within the canvas."""
    agg(fig)
    renderer = fig.canvas.get_renderer()
    box, canvas = fig.get_tightbbox(renderer), fig.bbox_inches
    assert box.x0 >= -0.02 and box.y0 >= -0.02, (box, canvas)
    assert box.x1 <= canvas.x1 + 0.02 and box.y1 <= canvas.y1 + 0.02, (box, canvas)


# ------------------------------------------------------------------------------ the 196 countries


def test_the_generated_article_names_every_country(every_country):
    assert every_country.statements["speaker"].nunique() >= 190
    targets = {t for ts in every_country.statements["targets"] for t in ts}
    assert len(targets) >= 190


def test_stance_figure_is_bounded_and_says_what_it_leaves_out(every_country):
    m = widgets.stance_matrix(every_country)
    assert m.shape[0] > 100 and m.shape[1] > 100
    fig = widgets.stance_figure(every_country)
    assert bounded(fig), pixels(fig)
    ax = fig.axes[0]
    rows, cols = len(ax.get_yticklabels()), len(ax.get_xticklabels())
    assert 0 < rows < m.shape[0] and 0 < cols < m.shape[1]
    assert f"of {m.shape[1]}" in ax.get_xlabel(), ax.get_xlabel()
    assert f"of {m.shape[0]}" in ax.get_ylabel(), ax.get_ylabel()
    # the cells kept are not empty: speakers are chosen by what they say about the targets
    assert sum(1 for t in ax.texts if t.get_text().startswith(("+", "-", "−", "0"))) >= cols


def test_statement_explorer_on_every_country_is_bounded(every_country):
    ex = widgets.statement_explorer(every_country)
    assert bounded(ex.current_figure), pixels(ex.current_figure)
    w, h = png_size(ex.figure_png)
    assert w <= MAX_PX[0] and h <= MAX_PX[1]


def test_every_figure_function_is_bounded(every_country):
    an = every_country
    figs = {
        "actor_chart": widgets.actor_chart(an),
        "network": widgets.network_figure(an.network, an.blocs, title="all"),
        "actor network": widgets.network_figure(an.actor_network, an.blocs, title="actors"),
    }
    many = pd.concat([_timeline_rows(i) for i in range(200)], ignore_index=True)
    figs["timeline"] = widgets.timeline_figure(SimpleNamespace(timeline=many, article=an.article))
    for name, fig in figs.items():
        assert bounded(fig), (name, pixels(fig))
    ax = figs["actor_chart"].axes[0]
    shown = len(ax.patches)
    assert shown < int((an.actors["mentions"] > 0).sum())
    assert "of" in ax.get_ylabel(), ax.get_ylabel()
    ticks = figs["timeline"].axes[0].get_yticklabels()
    assert len(ticks) < 200 and "of 200" in figs["timeline"].axes[0].get_ylabel()


# ------------------------------------------------------------------------------ stance heatmap


def _statements(*rows):
    return pd.DataFrame([{"speaker": s, "stance": st, "targets": list(ts)} for s, st, ts in rows])


def test_stance_figure_with_few_targets_keeps_title_and_colour_bar_inside(seed):
    for rows in (
        _statements(("antony-blinken", "negative", ["RUS"])),
        _statements(
            ("antony-blinken", "negative", ["RUS"]), ("vladimir-putin", "positive", ["IRN"])
        ),
    ):
        title = "Stance toward each target (speaker: Antony Blinken, stance: all; 1 statements)"
        fig = widgets.stance_figure(seed, rows, title=title)
        inside_figure(fig)
        assert bounded(fig)
    ex = widgets.statement_explorer(seed)
    for _, who in ex.controls["Speaker"].options:
        ex.controls["Speaker"].value = who
        inside_figure(ex.current_figure)


def test_neutral_cells_look_unlike_cells_without_statements(seed):
    rows = _statements(
        ("dmitry-peskov", "neutral", ["RUS"]),
        ("antony-blinken", "positive", ["IRN"]),
    )
    fig = widgets.stance_figure(seed, rows)
    ax = fig.axes[0]
    img = rgba(fig)
    h = img.shape[0]
    xs = [t.get_text() for t in ax.get_xticklabels()]
    ys = [t.get_text() for t in ax.get_yticklabels()]

    def cell(speaker, target):
        # a patch a quarter-cell off centre, clear of the annotation
        j, i = xs.index(target), ys.index(speaker)
        x0, y0 = ax.transData.transform((j - 0.45, i - 0.45))
        x1, y1 = ax.transData.transform((j - 0.2, i - 0.2))
        xa, xb = sorted((int(x0), int(x1)))
        ya, yb = sorted((h - int(y0), h - int(y1)))
        return img[ya:yb, xa:xb]

    neutral, empty = cell("Dmitry Peskov", "Russia"), cell("Dmitry Peskov", "Iran")
    assert neutral.size and empty.size
    # empty cells are hatched, neutral cells are a flat colour
    assert neutral.std() < 5 and empty.std() > 20, (neutral.std(), empty.std())
    notes = [t.get_text() for leg in fig.legends for t in leg.get_texts()]
    assert any("no statement" in n for n in notes), notes
    annotated = [t.get_text() for t in ax.texts]
    assert any("neutral" in t for t in annotated), annotated


# ------------------------------------------------------------------------------ timeline


def _timeline_rows(i=0, date="2025-01-20", precision="day", basis="codebook", kind="event"):
    return pd.DataFrame(
        [
            {
                "date": date, "precision": precision, "date_basis": basis, "date_text": "x",
                "kind": kind, "label": f"A → B MEET ({i})", "source": "a", "target": "b",
                "type": "MEET", "sentence": 0, "start": 0, "end": 1,
            }
        ]
    )  # fmt: skip


def test_empty_timeline_draws_no_epoch_axis(seed):
    empty = seed.timeline.iloc[0:0]
    fig = agg(widgets.timeline_figure(SimpleNamespace(timeline=empty, article=seed.article)))
    ax = fig.axes[0]
    assert ax.get_title()
    ticks = [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
    assert not any("1970" in t for t in ticks), ticks
    assert not any(t.get_visible() and t.get_text() for t in ax.get_xticklabels())
    assert any(t.get_text() == "no dated events" for t in ax.texts)


def test_timeline_period_swatch_matches_the_bars(seed):
    fig = widgets.timeline_figure(seed)
    ax = fig.axes[0]
    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_width() > 1]
    assert bars
    handles = fig.legends[0].legend_handles
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    swatch = handles[next(i for i, t in enumerate(labels) if t.startswith("period"))]
    filled = [b for b in bars if b.get_facecolor()[3] < 1 and b.get_facecolor()[3] > 0]
    assert filled
    assert np.allclose(swatch.get_facecolor(), filled[0].get_facecolor())
    assert np.allclose(to_rgba(swatch.get_edgecolor()), to_rgba(filled[0].get_edgecolor()))


def test_timeline_drops_duplicate_rows(seed):
    doubled = pd.concat([seed.timeline, seed.timeline], ignore_index=True)
    fig = widgets.timeline_figure(SimpleNamespace(timeline=doubled, article=seed.article))
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(ticks) == len(widgets.timeline_table(seed))  # milestones told again: once
    assert len(ticks) == len(set(ticks)) or len(seed.timeline) > len(set(ticks))


def test_year_and_month_dates_are_spans_not_points(seed):
    tl = seed.timeline
    assert {"year", "month", "day"} <= set(tl["precision"])
    fig = widgets.timeline_figure(seed)
    ax = fig.axes[0]
    spans = {
        (round(p.get_x()), round(p.get_x() + p.get_width()))
        for p in ax.patches
        if isinstance(p, Rectangle)
    }
    num = mdates.date2num
    assert (round(num(dt.date(2024, 1, 1))), round(num(dt.date(2025, 1, 1)))) in spans
    assert (round(num(dt.date(2025, 1, 1))), round(num(dt.date(2025, 2, 1)))) in spans
    points = {round(x) for line in ax.lines for x in line.get_xdata(orig=False)}
    assert round(num(dt.date(2024, 7, 2))) not in points  # no mid-year point
    assert round(num(dt.date(2025, 1, 20))) in points  # day precision: a point
