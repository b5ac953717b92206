"""Normalize the time expressions of news prose against the article's publication date.

Dates are strings of ISO precision: ``"2024"`` (year), ``"2025-01"`` (month),
``"2024-06-19"`` (day). Each carries its *basis*: ``printed`` (the text gives the full
date), ``publication`` (relative to a printed or supplied publication date),
``estimated`` (relative to an estimated publication date: never shown as printed), or
``codebook`` (a milestone dated from the codebook, e.g. a role's start). Without a
publication date, relative expressions stay open (``None``) rather than guessed.

Examples
--------
>>> import datetime as dt
>>> [(d.text, d.value) for d in find_dates("They met last year, on June 19.", dt.date(2025, 1, 15))]
[('last year', '2024'), ('June 19', '2024-06-19')]
>>> [(d.text, d.value) for d in find_dates("in August of '23", None)]
[("August of '23", '2023-08')]
>>> find_dates("They met last year.", None)[0].value is None
True

A day that does not exist keeps its text and no value, with a warning:

>>> import warnings
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     [(d.text, d.value) for d in find_dates("On February 30, 2024, they met.", None)]
[('February 30, 2024', None)]
>>> str(caught[0].message)
"'February 30, 2024' is no date (no such day): kept as text, undated"
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

from .words import MONTHS

__all__ = ["DateExpr", "find_dates", "shift_before"]

_MON_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)"
)
_FUTURE = re.compile(r"\b(will|next|expected|plans?|scheduled|upcoming|set to)\b", re.I)

_PATTERNS = [
    ("mdy", re.compile(rf"\b({_MON_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})\s+({_MON_RE})(?:,?\s+(\d{{4}}))?\b")),
    ("my", re.compile(rf"\b({_MON_RE})(?:\s+of)?\s+(?:'(\d{{2}})|(\d{{4}}))\b")),
    ("rel", re.compile(r"\b(last|this|next|previous|past)\s+(year|month|week)\b", re.I)),
    ("day", re.compile(r"\b(yesterday|today|tomorrow)\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|by|during|of)\s+((?:19|20)\d{2})\b")),
    ("month", re.compile(rf"\b(?:in|since|by|during|early|late|mid-?)\s+({_MON_RE})\b(?!\s+\d)")),
]


@dataclass(frozen=True)
class DateExpr:
    start: int  # character offsets relative to the string searched
    end: int
    text: str
    value: str | None
    precision: str  # year, month, day
    basis: str  # printed, publication, estimated, open


def _real_day(year: int, month: int, day: int, text: str) -> bool:
    """Whether the day exists; an impossible one (``February 30``) is kept as text only,
    with a warning (no value: a view or a time split never meets a date that is none)."""
    try:
        dt.date(year, month, day)
    except ValueError:
        warnings.warn(f"{text!r} is no date (no such day): kept as text, undated", stacklevel=4)
        return False
    return True


def _month(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(key))


def _year_for(month: int, day: int, anchor: dt.date, future: bool) -> int:
    """The year that puts month/day nearest the anchor on the side the tense implies."""
    try:
        cand = dt.date(anchor.year, month, day)
    except ValueError:
        return anchor.year
    if future and cand < anchor - dt.timedelta(days=31):
        return anchor.year + 1
    if not future and cand > anchor + dt.timedelta(days=31):
        return anchor.year - 1
    return anchor.year


# One cheap search decides whether the seven patterns need to run at all.
_ANY = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:last|this|next|previous|past|yesterday|today|tomorrow)\b",
    re.I,
)


def find_dates(text: str, anchor: dt.date | None, anchor_basis: str = "publication"):
    """Time expressions in ``text`` with normalized values (see module docs)."""
    if not _ANY.search(text):
        return []
    future = bool(_FUTURE.search(text))
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    rel_basis = anchor_basis if anchor else "open"
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span(1) if kind in ("year", "month") else m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            value, prec, basis = None, "day", rel_basis
            if kind in ("mdy", "dmy"):
                mon, day, year = (
                    (m.group(1), m.group(2), m.group(3))
                    if kind == "mdy"
                    else (m.group(2), m.group(1), m.group(3))
                )
                mo, d = _month(mon), int(day)
                if year:
                    y, basis = int(year), "printed"
                elif anchor:
                    y = _year_for(mo, d, anchor, future)
                else:
                    y = None
                value = f"{y:04d}-{mo:02d}-{d:02d}" if y and _real_day(y, mo, d, m[0]) else None
            elif kind == "my":
                mo = _month(m.group(1))
                y = int(m.group(3)) if m.group(3) else 2000 + int(m.group(2))
                value, prec, basis = f"{y:04d}-{mo:02d}", "month", "printed"
            elif kind == "rel":
                which, unit = m.group(1).lower(), m.group(2).lower()
                step = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[which]
                prec = unit if unit != "week" else "day"
                if anchor:
                    if unit == "year":
                        value, prec = f"{anchor.year + step:04d}", "year"
                    elif unit == "month":
                        y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
                        value, prec = f"{y:04d}-{mo + 1:02d}", "month"
                    else:
                        value = (anchor + dt.timedelta(weeks=step)).isoformat()
            elif kind == "day":
                step = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(1).lower()]
                value = (anchor + dt.timedelta(days=step)).isoformat() if anchor else None
            elif kind == "year":
                value, prec, basis = m.group(1), "year", "printed"
            elif kind == "month":
                mo = _month(m.group(1))
                prec = "month"
                if anchor:
                    y = _year_for(mo, 15, anchor, future)
                    value = f"{y:04d}-{mo:02d}"
            taken.append((s, e))
            found.append(DateExpr(s, e, text[s:e], value, prec, basis if value else "open"))
    return sorted(found, key=lambda d: d.start)


def shift_before(anchor: dt.date, unit: str, sign: int = -1) -> str:
    """``days before 2025-01-20`` -> ``2025-01``: the month the span falls in.

    Examples
    --------
    >>> shift_before(dt.date(2025, 1, 20), "days"), shift_before(dt.date(2025, 1, 3), "weeks")
    ('2025-01', '2024-12')
    """
    span = {"hours": 0, "days": 5, "weeks": 14, "months": 60}.get(unit, 5)
    d = anchor + dt.timedelta(days=sign * span)
    return f"{d.year:04d}-{d.month:02d}" if unit != "months" else f"{d.year:04d}"
