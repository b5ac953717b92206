"""Corrections from a notebook row (stable keys), and a corrected analysis as gold."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis.result import Analysis

    pass

from .entries import Correction, CorrectionsError, _atomic_write, _now
from .files import _article_path

# ----------------------------------------------------------------------------- for widgets


def _row(analysis: Analysis, table: str, row) -> Mapping:
    if isinstance(row, Mapping):
        return row
    if hasattr(row, "to_dict") and not isinstance(row, int):
        return row.to_dict()
    df = getattr(analysis, table)
    if row not in df.index:
        raise KeyError(f"no row {row!r} in analysis.{table} ({len(df)} rows)")
    return df.loc[row].to_dict()


def key_of(analysis: Analysis, table: str, row) -> dict:
    """The stable key of a row: ``table`` is ``events``, ``statements``, ``actors`` or
    ``mentions`` (``row``: an index label, a Series or a dict), or ``network`` (``row``: a
    ``(u, v)`` pair), or ``text`` (``row``: a ``(start, end)`` span of the article text, for
    ``add_alias``: a form the analyst selected)."""
    if table == "text":
        start, end = row
        alias = analysis.article.text[start:end].strip()
        if not alias or "\n" in alias:
            raise ValueError(f"span {start}-{end} is no phrase of the text: {alias!r}")
        return {"alias": alias}
    if table == "network":
        u, v = row if not isinstance(row, Mapping) else (row["source"], row["target"])
        if not analysis.network.has_edge(u, v):
            raise KeyError(f"no edge {u}-{v} in the network")
        return {"source": u, "target": v}
    r = _row(analysis, table, row)
    if table == "events":
        return {
            "source": r["source"],
            "target": r["target"],
            "type": r["type"],
            "start": int(r["start"]),
            "end": int(r["end"]),
            "trigger": r["trigger"],
        }
    if table == "statements":
        return {
            "speaker": r["speaker"],
            "cue_start": int(r["cue_start"]),
            "cue_end": int(r["cue_end"]),
            "cue": r["cue"],
        }
    if table in ("actors", "mentions"):
        return {"actor": r["actor"]}
    raise ValueError(f"no corrections for table {table!r}")


_DEFAULT_KIND = {
    "events": "reject_event",
    "statements": "reject_statement",
    "actors": "reject_actor",
    "mentions": "reject_actor",
    "network": "reject_edge",
    "text": "add_alias",
}


def correction_for(
    analysis: Analysis,
    table: str,
    row,
    kind: str | None = None,
    value=None,
    *,
    who: str = "",
    why: str = "",
) -> Correction:
    """The correction entry for one row of ``analysis`` (what a widget's button makes).

    ``kind`` defaults to rejecting the row (``reject_event``, ``reject_statement``,
    ``reject_actor``, ``reject_edge``); ``set_stance`` (statements) and ``set_sign``
    (network) take a ``value``, as does ``add_alias`` (table ``text``, ``row`` a
    ``(start, end)`` span; ``value`` the actor id). Add it with :meth:`Corrections.add`, save with
    :func:`save_corrections`, and :func:`reanalyze`."""
    kind = kind or _DEFAULT_KIND.get(table, "")
    key = key_of(analysis, table, row)
    try:
        return Correction(kind, key, value, who, _now(), why)
    except ValueError as err:
        raise CorrectionsError(None, str(err)) from None


# ----------------------------------------------------------------------------- gold


def _anchor(text: str, lo: int, hi: int) -> str | None:
    """The shortest run of whole words in ``text[lo:hi]`` that occurs once in ``text``."""
    spans = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:hi])]
    for n in range(1, len(spans) + 1):
        for i in range(len(spans) - n + 1):
            a = text[spans[i][0] : spans[i + n - 1][1]]
            if len(a) >= 4 and text.find(a) == text.rfind(a):
                return a
    return None


def _statement_line(text: str, s) -> tuple[int, int] | None:
    """The part of one line the statement covers: its cue's line, else its content's."""
    for a, b in ((s.cue_start, s.cue_end), (s.content_start, s.content_end)):
        if a is not None and b is not None and 0 <= a < b <= len(text):
            line_lo = text.rfind("\n", 0, a) + 1
            nl = text.find("\n", a)
            line_hi = len(text) if nl < 0 else nl
            lo = min(a, s.content_start if s.content_start >= 0 else a)
            hi = max(b, s.content_end if s.content_end is not None else b)
            return max(lo, line_lo), min(hi, line_hi)
    return None


def corrections_to_gold(
    analysis: Analysis,
    *,
    file_name: str | None = None,
    format: str = "news",  # noqa: A002
) -> dict:
    """The (corrected) analysis as a gold entry in the development-set format.

    ``{file_name: {format, actors, statements, relations, forbidden}}``: ``actors`` are
    the persons and countries of :attr:`~Analysis.actors` (``[name, type, ISO3]``);
    ``statements`` one per statement, its ``speaker`` ``[lowercase name, actor id]``, an
    ``anchor`` (the shortest run of words of the statement that occurs exactly once in
    the text, on the statement's line; else the shortest such run of its line) and its
    ``cue``; ``relations`` the signed edges of the network; ``forbidden`` empty. A
    statement whose line has no such phrase (a headline repeated word for word) is left
    out, with a warning. Scored with :func:`alignkit.evaluate_corpus`, the corrected
    analysis of the same text has recall 1.0: the analyst's corrections become an
    evaluation set.
    """
    art = analysis.article
    if file_name is None:
        if not art.path:
            raise ValueError("the article has no file: pass file_name")
        file_name = Path(art.path).name
    text = art.text
    acts = analysis.actors
    actors = []
    names = {}
    for r in acts.itertuples():
        names[r.actor] = r.name
        if r.type == "person":
            actors.append([r.name, "person", r.country or ""])
        elif r.type == "country":
            actors.append([r.name, "country", r.actor])
    statements, left_out = [], []
    for s in analysis.statement_records:
        span = _statement_line(text, s)
        anchor = None
        if span:  # within the statement, else anywhere on its line
            line_lo = text.rfind("\n", 0, span[0]) + 1
            line_hi = text.find("\n", span[0])
            anchor = _anchor(text, *span) or _anchor(
                text, line_lo, len(text) if line_hi < 0 else line_hi
            )
        if anchor is None:
            left_out.append(f"{s.speaker} {s.cue!r} at {s.cue_start}")
            continue
        name = names.get(s.speaker, s.speaker)
        speaker = list(dict.fromkeys([str(name).lower(), s.speaker]))
        statements.append({"speaker": speaker, "anchor": anchor, "cue": s.cue})
    if left_out:
        import warnings

        warnings.warn(
            f"{file_name}: no phrase of its line occurs only once in the text, so these "
            f"statements are left out of the gold: {'; '.join(left_out)}",
            stacklevel=2,
        )
    relations = sorted(
        [*sorted((u, v)), "+" if float(d["sign"]) > 0 else "-"]
        for u, v, d in analysis.network.edges(data=True)
    )
    return {
        file_name: {
            "format": format,
            "actors": actors,
            "statements": statements,
            "relations": relations,
            "forbidden": [],
        }
    }


def write_gold(analysis: Analysis, path: str | Path | None = None, **kwargs) -> Path:
    """Add (or replace) the article's gold entry in a gold file, atomically.

    ``path`` defaults to ``corrections.gold.json`` in the article's folder, so the texts an
    analyst corrected and their gold form a folder :func:`alignkit.evaluate_corpus` scores.
    Other entries of the file are kept."""
    if path is None:
        path = _article_path(analysis).parent / "corrections.gold.json"
    path = Path(path)
    data = {}
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as err:
            raise CorrectionsError(path, f"invalid JSON ({err})") from None
        if not isinstance(data, dict):
            raise CorrectionsError(path, "a gold file is a JSON object keyed by file name")
    data.update(corrections_to_gold(analysis, **kwargs))
    _atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return path
