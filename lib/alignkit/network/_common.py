"""Helpers shared by the network modules: event validation, native values, sort keys."""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd


#: Keys of each evidence dict stored on country-graph edges, in column order.
EVIDENCE_FIELDS = (
    "article",
    "start",
    "end",
    "sentence",
    "block",
    "type",
    "sign",
    "mode",
    "trigger",
    "origin",
    "source",
    "target",
    "occasion",
)

_REQUIRED_COLUMNS = (
    "source",
    "target",
    "source_country",
    "target_country",
    "type",
    "sign",
    "intensity",
    "mode",
)
_INT_FIELDS = ("start", "end", "sentence")
_STR_FIELDS = ("article", "block", "type", "mode", "trigger", "origin", "source", "target")


def _is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, (str, int)):
        return False  # the common case, without pandas' overhead
    if isinstance(value, float):
        return value != value
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        # list-like values are never "missing"
        return False


def _to_native(value):
    """Return a JSON/XML friendly Python scalar (None for missing values)."""
    if value is None or type(value) in (str, int, bool):
        return value  # already native: the common case
    if _is_missing(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    if hasattr(value, "isoformat"):  # pandas Timestamp, datetime, date
        return value.isoformat()
    return value


def _clean_str(value) -> str:
    return "" if _is_missing(value) else str(value)


def _clean_int(value):
    if _is_missing(value) or value == "":
        return None
    return int(value)


def _sorted(items: Iterable) -> list:
    """Sort node ids naturally, falling back to ``repr`` for mixed types."""
    items = list(items)
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda x: (type(x).__name__, repr(x)))


def _sign_of(score: float) -> int:
    # An exact tie is read as conflict: cooperative talk between rivals is
    # routine diplomacy, whereas open conflict between aligned states is rare,
    # so a balanced record is weak evidence of alignment.
    return 1 if score > 0 else -1


def _evidence_key(ev: dict) -> tuple:
    # (article, start) is the documented order; the remaining fields only make
    # the order total so that equal spans never depend on input order. Missing
    # offsets sort last (the flag before each offset keeps None from being compared).
    s, e, n = ev["start"], ev["end"], ev["sentence"]
    return (
        ev["article"],
        s is None,
        s or 0,
        e is None,
        e or 0,
        n is None,
        n or 0,
        *(str(ev[k]) for k in ("type", "sign", "mode", "trigger", "origin", "source", "target")),
    )


def _validate_events(events) -> None:
    if isinstance(events, list):
        # records (dicts) straight from the pipeline: no DataFrame round trip
        columns = set(events[0]) if events else set(_REQUIRED_COLUMNS)
    elif "pandas" in sys.modules and isinstance(events, sys.modules["pandas"].DataFrame):
        # exact type check without importing pandas: unimported, it cannot be a DataFrame
        columns = set(events.columns)
    else:
        raise TypeError(
            f"events must be a pandas DataFrame or a list of dicts, got {type(events).__name__}"
        )
    missing = [c for c in _REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ValueError(f"events is missing required columns: {missing}")


#: Modes of events that are never network evidence: what did not happen, or may not have
#: ("would back X if ...", "could supply", "Will X help Y?").
NOT_EVIDENCE = frozenset({"denied", "conditional", "hypothetical", "question"})


def _event_records(events: pd.DataFrame, include_denied: bool = False) -> list[dict]:
    """Validated rows as dicts of native Python values, non-evidence modes dropped."""
    records = []
    if isinstance(events, list):
        rows = events
    else:
        # column-wise tolist() yields Python scalars at C speed (to_dict is far slower)
        cols = {c: events[c].tolist() for c in events.columns}
        rows = [dict(zip(cols, vals, strict=True)) for vals in zip(*cols.values(), strict=True)]
    for pos, row in enumerate(rows):
        row = {k: _to_native(v) for k, v in row.items()}
        row["article"] = _clean_str(row.get("article"))
        if not include_denied and _clean_str(row.get("mode")) in NOT_EVIDENCE:
            continue
        sign = row.get("sign")
        if sign not in (1, -1):
            raise ValueError(f"events row {pos}: sign must be +1 or -1, got {sign!r}")
        row["sign"] = int(sign)
        intensity = row.get("intensity")
        try:
            intensity = float(intensity)
        except (TypeError, ValueError):
            intensity = math.nan
        if not (math.isfinite(intensity) and intensity > 0):
            raise ValueError(
                f"events row {pos}: intensity must be a finite number > 0, "
                f"got {row.get('intensity')!r}"
            )
        row["intensity"] = intensity
        records.append(row)
    return records


def _evidence_of(row: dict) -> dict:
    ev = {}
    for key in EVIDENCE_FIELDS:
        if key in _INT_FIELDS:
            ev[key] = _clean_int(row.get(key))
        elif key == "sign":
            ev[key] = int(row["sign"])
        elif key == "occasion":
            continue  # set when the edge is built (occasions.tally)
        else:
            ev[key] = _clean_str(row.get(key))
    return ev
