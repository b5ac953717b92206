"""The record of one coded event and of one timeline milestone: what every stage that
reads, links or tables events shares.

Examples
--------
>>> e = Event("KEN", "SOM", "KEN", "SOM", "AGREE", "verbal cooperation", 1, 5.0, "actual",
...           None, "", "open", 0, 0, 25, "signed")
>>> e.as_row()["type"], len(EVENT_COLUMNS) == len(e.as_row())
('AGREE', True)
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["Event", "Milestone", "EVENT_COLUMNS", "recoded"]

EVENT_COLUMNS = [
    "source",
    "target",
    "source_country",
    "target_country",
    "type",
    "quad",
    "sign",
    "intensity",
    "mode",
    "date",
    "date_text",
    "date_basis",
    "sentence",
    "block",
    "start",
    "end",
    "trigger",
    "origin",
]


@dataclass
class Event:
    source: str
    target: str
    source_country: str
    target_country: str
    type: str
    quad: str
    sign: int
    intensity: float
    mode: str
    date: str | None
    date_text: str
    date_basis: str
    sentence: int
    start: int
    end: int
    trigger: str
    origin: str = "event"
    block: str = "body"  # headline / body / caption: the sentence's block (occasions)

    def as_row(self) -> dict:
        return {c: getattr(self, c) for c in EVENT_COLUMNS}


def recoded(e: Event, typ: str, plover: dict, **changes) -> Event:
    """``e`` coded as the PLOVER type ``typ`` instead: its quad, sign and default
    intensity from ``plover[typ]`` (a codebook's ``plover.csv`` rows by type), with any
    other field ``changes``.

    Examples
    --------
    >>> e = Event("KEN", "SOM", "KEN", "SOM", "AGREE", "verbal cooperation", 1, 5.0,
    ...           "denied", None, "", "", 0, 0, 6, "agreed")
    >>> plover = {"REJECT": {"quad": "verbal conflict", "sign": "-1", "intensity": "4"}}
    >>> r = recoded(e, "REJECT", plover, mode="actual")
    >>> (r.type, r.quad, r.sign, r.intensity, r.mode)
    ('REJECT', 'verbal conflict', -1, 4.0, 'actual')
    """
    info = plover[typ]
    return replace(
        e, type=typ, quad=info["quad"], sign=int(info["sign"]),
        intensity=float(info["intensity"]), **changes,
    )  # fmt: skip


@dataclass
class Milestone:
    """A monadic, dated fact (``Trump's return to the White House``): timeline only."""

    actor: str
    type: str
    label: str
    date: str | None
    date_basis: str
    sentence: int
    start: int
    end: int
