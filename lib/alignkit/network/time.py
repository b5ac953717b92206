"""The signed network over time: dating evidence, cutting periods, following the camps.

Each piece of evidence is placed in time by the event's own date when the text gives one,
else by its article's publication date (:func:`period_dates`). A period's network is the
country graph of the events placed in it, its edge weight the number of articles with
evidence for the pair in that period (:func:`period_network`). Camps found period by
period are only defined up to swapping the two sides: :func:`align_sides` turns each
period's pair of camps so that as many nodes as possible keep the side they had when last
seen, and :func:`camps_over_time` reports, per period, the camps, their frustration and
the nodes that changed side.

Examples
--------
>>> import pandas as pd
>>> events = pd.DataFrame({
...     "source": ["RUS", "RUS", "USA"], "target": ["IRN", "PRK", "RUS"],
...     "source_country": ["RUS", "RUS", "USA"], "target_country": ["IRN", "PRK", "RUS"],
...     "type": ["AGREE", "AGREE", "SANCTION"], "sign": [1, 1, -1],
...     "intensity": [1.0, 1.0, 3.0], "mode": ["actual"] * 3,
...     "article": ["a1", "a2", "a2"], "date": [None, "2024-06-19", None],
...     "article_date": ["2024-01-15", "2024-07-01", "2024-07-01"],
... })
>>> [str(d.date()) for d in period_dates(events)]
['2024-01-15', '2024-06-19', '2024-07-01']
>>> [p.label for p in periods_of(period_dates(events), "QS")]
['2024 Q1', '2024 Q2', '2024 Q3']
>>> sorted(period_network(events, "2024-04-01", "2024-07-01").edges(data="weight"))
[('PRK', 'RUS', 1)]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = [
    "CAMP_OVER_TIME_COLUMNS",
    "Period",
    "align_sides",
    "camps_over_time",
    "period_dates",
    "period_network",
    "periods_of",
]

#: Most periods a split may make (:func:`periods_of`): 10,000 is 27 years of days.
MAX_PERIODS = 10_000

#: Columns of :func:`camps_over_time`.
CAMP_OVER_TIME_COLUMNS = [
    "period",
    "start",
    "end",
    "articles",
    "nodes",
    "edges",
    "camp_a",
    "camp_b",
    "frustration",
    "changed",
]


@dataclass(frozen=True)
class Period:
    """A stretch of time ``[start, end)``: ``start`` inclusive, ``end`` exclusive."""

    label: str
    start: dt.date
    end: dt.date

    @property
    def last_day(self) -> dt.date:
        """The last day inside the period (what GEXF's inclusive ``end`` names)."""
        return self.end - dt.timedelta(days=1)


def _parse_iso(value):
    """``(first day, last day)`` of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date; None if
    it is missing or not such a date."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        if value != value:  # NaT
            return None
        d = value.to_pydatetime().date()
        return d, d
    text = str(value).strip()
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1 and len(text) == 4:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if len(parts) == 3:
            d = dt.date(*parts)
            return d, d
    except ValueError:
        return None
    return None


def period_date(own, article_date):
    """The day that places one piece of evidence in time (a ``datetime.date``), or None.

    The rule: the event's own date when it names a day; a month or year (``2024-06``,
    ``2024``) names the article's date when that day lies inside it (the text speaks of
    ``this year``), else its first day; no own date: the article's date; neither: None.
    """
    own_span = _parse_iso(own)
    art = _parse_iso(article_date)
    art_day = art[0] if art else None
    if own_span is None:
        return art_day
    first, last = own_span
    if first != last and art_day is not None and first <= art_day <= last:
        return art_day
    return first


def period_dates(frame: pd.DataFrame) -> pd.Series:
    """:func:`period_date` of every row of an events (or statements) table, as a datetime64
    Series (NaT where neither date is known). Reads ``date`` (optional) and ``article_date``.

    A day outside what pandas can place (before 1677-09-22 or after 2262-04-11: ``May 29,
    1453``, an article dated 2300) is NaT with a warning: the tables keep its text.

    >>> import warnings
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"date": ["1453-05-29", "2024-06"], "article_date": ["2024-07-01"] * 2})
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     [str(d.date()) if d == d else "NaT" for d in period_dates(rows)]
    ['NaT', '2024-06-01']
    >>> str(caught[0].message).split(":")[0]
    '1 date outside the range pandas can place (1677-09-22 to 2262-04-11)'
    """
    import pandas as pd

    own = frame["date"].tolist() if "date" in frame.columns else [None] * len(frame)
    art = frame["article_date"].tolist() if "article_date" in frame.columns else [None] * len(own)
    cache: dict = {}
    out = []
    for o, a in zip(own, art, strict=True):
        key = (o if isinstance(o, str) else repr(o), a if isinstance(a, str) else repr(a))
        if key not in cache:
            cache[key] = period_date(o, a)
        out.append(cache[key])
    return pd.Series(pd.to_datetime(_placeable(out)), index=frame.index, dtype="datetime64[ns]")


def _placeable(days: list) -> list:
    """``days`` with those pandas cannot hold as None, and a warning naming them."""
    import warnings

    import pandas as pd

    lo, hi = pd.Timestamp.min.date() + dt.timedelta(days=1), pd.Timestamp.max.date()
    outside = sorted({d for d in days if d is not None and not lo <= d <= hi})
    if not outside:
        return days
    n = sum(d in outside for d in days)
    warnings.warn(
        f"{n} date{'s' * (n != 1)} outside the range pandas can place ({lo} to {hi}): kept as "
        f"text in the tables, in no period ({', '.join(map(str, outside[:3]))})",
        stacklevel=3,
    )
    return [None if d in outside else d for d in days]


def _offset(freq):
    """The pandas offset that starts the periods of ``freq``; an end anchor (``QE``, ``ME``,
    ``YE``) becomes the start anchor of the same periods (``QS``, ``MS``, ``YS``)."""
    import pandas as pd
    from pandas.tseries.frequencies import to_offset

    if not isinstance(freq, (str, pd.DateOffset)):
        raise ValueError(f"freq must be a pandas frequency such as 'QS', 'MS', 'YS', not {freq!r}")
    try:
        off = to_offset(freq)
    except ValueError:
        raise ValueError(
            f"freq {freq!r} is no pandas frequency (use e.g. 'QS' quarters, 'MS' months, "
            "'YS' years, 'W-MON' weeks)"
        ) from None
    if off.n != 1:
        raise ValueError(f"freq must be one unit (e.g. 'QS', 'MS', 'YS'), not {freq!r}")
    if isinstance(off, pd.offsets.QuarterEnd):
        return pd.offsets.QuarterBegin(startingMonth=off.startingMonth % 12 + 1)
    if isinstance(off, pd.offsets.YearEnd):
        return pd.offsets.YearBegin(month=off.month % 12 + 1)
    if isinstance(off, pd.offsets.MonthEnd):
        return pd.offsets.MonthBegin()
    return off


def _label(start: dt.date, freq) -> str:
    name = _offset(freq).rule_code
    if name.startswith("QS"):
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    if name.startswith(("YS", "AS")):
        return f"{start.year}"
    if name == "MS":
        return f"{start:%Y-%m}"
    return start.isoformat()


def _floor(day, off):
    import pandas as pd

    ts = pd.Timestamp(day).normalize()
    return off.rollback(ts)


def periods_of(dates, freq: str = "QS") -> list[Period]:
    """Every period of frequency ``freq`` from the first to the last of ``dates``, empty
    ones included (a pandas offset that starts periods: ``QS`` quarters, ``MS`` months,
    ``YS`` years, ``W-MON`` weeks; ``QE``, ``ME``, ``YE`` name the same periods as
    ``QS``, ``MS``, ``YS``). Missing dates are ignored; no date at all: ``[]``. A split
    into more than :data:`MAX_PERIODS` periods (hours over years) is a ValueError.

    >>> [p.label for p in periods_of(["2023-12-31", "2024-02-10"], "MS")]
    ['2023-12', '2024-01', '2024-02']
    >>> [(str(p.start), str(p.end)) for p in periods_of(["2024-05-10"], "QE")]
    [('2024-04-01', '2024-07-01')]
    """
    import pandas as pd

    off = _offset(freq)
    ds = pd.to_datetime(pd.Series(list(dates), dtype=object), errors="coerce").dropna()
    if ds.empty:
        return []
    first, last = _floor(ds.min(), off), _floor(ds.max(), off)
    out = []
    start = first
    while start <= last:
        if len(out) == MAX_PERIODS:
            raise ValueError(
                f"freq {freq!r} splits {first.date()} to {last.date()} into more than "
                f"{MAX_PERIODS} periods: choose a longer one (e.g. 'MS', 'QS', 'YS')"
            )
        end = start + off
        out.append(Period(_label(start.date(), freq), start.date(), end.date()))
        start = end
    return out


def _bound(value):
    """A period bound as a Timestamp: a date, a datetime or ISO text; None stays None."""
    if value is None:
        return None
    import pandas as pd

    if isinstance(value, str):
        span = _parse_iso(value)
        if span is None:
            raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        value = span[0]
    if not isinstance(value, (dt.date, pd.Timestamp)) or value != value:
        hint = f" (a year as text: '{value}')" if isinstance(value, int) else ""
        raise ValueError(f"a period bound is a date or ISO text, not {value!r}{hint}")
    try:
        return pd.Timestamp(value)
    except (OverflowError, ValueError):  # OutOfBoundsDatetime is a ValueError
        raise ValueError(f"{value} is outside the dates pandas can place (1677 to 2262)") from None


def check_bounds(start, end) -> tuple:
    """``(start, end)`` as Timestamps (or None), checked: dates or ISO text, start before end.

    >>> check_bounds("2024", "2025-01")
    (Timestamp('2024-01-01 00:00:00'), Timestamp('2025-01-01 00:00:00'))
    >>> check_bounds("2025", "2024")
    Traceback (most recent call last):
    ...
    ValueError: start 2025 is after end 2024: the period [start, end) would be empty
    """
    lo, hi = _bound(start), _bound(end)
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(
            f"start {start} is after end {end}: the period [start, end) would be empty"
        )
    return lo, hi


def in_period(frame: pd.DataFrame, start=None, end=None, dates=None) -> pd.Series:
    """Boolean mask of the rows placed in ``[start, end)`` (None: open on that side).
    Rows without any date fall in no bounded period, and in the unbounded one."""
    dates = period_dates(frame) if dates is None else dates
    lo, hi = check_bounds(start, end)
    if lo is None and hi is None:
        import pandas as pd

        return pd.Series(True, index=frame.index)
    mask = dates.notna()
    if lo is not None:
        mask &= dates >= lo
    if hi is not None:
        mask &= dates < hi
    return mask


def period_network(events: pd.DataFrame, start=None, end=None, dates=None) -> nx.Graph:
    """The signed country graph of the events placed in ``[start, end)``; an edge's
    ``weight`` is the number of articles with evidence for the pair in the period
    (the corpus convention), ``n_evidence`` the number of pieces of evidence."""
    from .graph import country_graph

    G = country_graph(events[in_period(events, start, end, dates)])
    for _, _, d in G.edges(data=True):
        d["n_evidence"] = len(d["evidence"])
        d["weight"] = len(d["articles"])
    return G


def align_sides(blocs, reference: dict, fallback: dict | None = None) -> tuple:
    """``blocs`` (a pair of camps), swapped if that puts more nodes on the side
    ``reference`` (``{node: 0 or 1}``) gives them; when ``reference`` says nothing about
    any of the nodes (or is tied), ``fallback`` decides the same way; still tied: as given.

    >>> [sorted(side) for side in align_sides(({"USA"}, {"RUS", "IRN"}), {"RUS": 0, "USA": 1})]
    [['IRN', 'RUS'], ['USA']]
    """
    a, b = blocs
    for ref in (reference, fallback or {}):
        keep = sum(ref.get(n) == 0 for n in a) + sum(ref.get(n) == 1 for n in b)
        swap = sum(ref.get(n) == 1 for n in a) + sum(ref.get(n) == 0 for n in b)
        if keep != swap:
            return (a, b) if keep > swap else (b, a)
    return a, b


def camps_over_time(
    events: pd.DataFrame, freq: str = "QS", *, reference_blocs=None
) -> pd.DataFrame:
    """One row per period (see :data:`CAMP_OVER_TIME_COLUMNS`): the period's ``label``,
    ``start`` and ``end`` (exclusive), the ``articles`` with evidence in it, its ``nodes`` and
    ``edges``, its two camps (``camp_a``, ``camp_b``: sorted lists), their ``frustration``
    and the nodes that ``changed`` side since the period they were last seen in.

    Camps are up to swapping: each connected component of a period's network is turned
    (:func:`align_sides`) to agree with the side its nodes had when last seen, then with
    ``reference_blocs`` (e.g. the aggregated network's camps), so camp A stays camp A from
    one period to the next and a component's arbitrary side never counts as a change. A
    node seen for the first time never counts as changed; neither does a period without
    edges.
    """
    import pandas as pd

    from .balance import balance_partition

    dates = period_dates(events)
    fallback = {}
    for i, side in enumerate(reference_blocs or ()):
        fallback.update({n: i for n in side})
    last_side: dict = {}
    rows = []
    for p in periods_of(dates, freq):
        G = period_network(events, p.start, p.end, dates)
        arts = sorted({a for _, _, d in G.edges(data=True) for a in d["articles"]})
        if G.number_of_edges():
            import networkx as nx

            res = balance_partition(G)
            a, b = set(), set()
            # each connected component separately: their relative sides mean nothing
            for comp in sorted(nx.connected_components(G), key=min):
                ca, cb = align_sides(
                    (res.blocs[0] & comp, res.blocs[1] & comp), last_side, fallback
                )
                a |= ca
                b |= cb
            side = {n: 0 for n in a} | {n: 1 for n in b}
            changed = sorted(n for n, s in side.items() if n in last_side and last_side[n] != s)
            last_side.update(side)
            frustration = res.frustration
        else:
            a, b, changed, frustration = (), (), [], 0
        rows.append(
            (p.label, p.start, p.end, len(arts), G.number_of_nodes(), G.number_of_edges(),
             sorted(a), sorted(b), frustration, changed)
        )  # fmt: skip
    return pd.DataFrame(rows, columns=CAMP_OVER_TIME_COLUMNS)
