"""An analysis with an analyst's corrections applied.

:func:`alignkit.analyze` builds a :class:`CorrectedAnalysis` from what
:func:`alignkit.corrections.apply_corrections` keeps; the corrections package itself knows
nothing of the pipeline.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..corrections.apply import Applied, _event_item, _Index, _pair, _reject
from ..corrections.entries import REJECTED_COLUMNS, STATUS_COLUMNS, Correction, Corrections
from .result import Analysis

if TYPE_CHECKING:
    import pandas as pd

    from ..reading.codebook import Codebook
    from ..reading.tagging import Tagged

__all__ = ["CorrectedAnalysis", "corrected_analysis"]


def corrected_analysis(tagged: Tagged, applied: Applied) -> CorrectedAnalysis:
    """The :class:`CorrectedAnalysis` of ``tagged`` and what corrections kept of its records."""
    an = CorrectedAnalysis(tagged, applied.statements, applied.events, applied.milestones)
    an.corrections = applied.corrections
    an.base_codebook = applied.base_codebook
    an._index = applied.index
    an._rejected_rows = applied.rejected_rows
    an._mention_marks = applied.mention_marks
    an._statement_marks = applied.statement_marks
    return an


class CorrectedAnalysis(Analysis):
    """An :class:`~alignkit.analysis.result.Analysis` with corrections applied.

    Attributes (besides the Analysis's)
    -----------------------------------
    corrections : Corrections
        What was applied (its ``path`` is the file, when read from one).
    rejected : DataFrame
        Rows the corrections removed (:data:`REJECTED_COLUMNS`).
    stale_corrections : list of Correction
        Corrections whose key matched nothing in this analysis: kept in the file, listed
        here (and in :attr:`correction_status` with a note).
    correction_status : DataFrame
        Every correction with how many rows it touched (:data:`STATUS_COLUMNS`).
    base_codebook : Codebook
        The codebook before ``add_alias`` extensions (what :func:`reanalyze` starts from).
    """

    corrections: Corrections
    base_codebook: Codebook
    _index: _Index
    _rejected_rows: list
    _mention_marks: list
    _statement_marks: list

    def __repr__(self) -> str:
        return super().__repr__()[:-1] + f", {len(self.corrections)} corrections)"

    # -- records ------------------------------------------------------------------------
    @cached_property
    def all_event_records(self) -> list:
        idx = self._index
        out, marks = [], []
        stance_of = {
            (s.speaker, s.cue_start, s.content_end): mark
            for s, mark in zip(self.statement_records, self._statement_marks, strict=True)
            if mark
        }
        for e in super().all_event_records:
            if e.origin == "statement":
                i = idx.event_rejection(e)
                if i is not None:
                    _reject(idx, self._rejected_rows, i, "events", _event_item(e), e)
                    continue
                mark = stance_of.get((e.source, e.start, e.end), "")
            else:
                mark = ""
            pair = _pair(e.source_country or "", e.target_country or "")
            if e.source_country and e.target_country and pair in idx.signs:
                mark = mark or "set_sign"
            out.append(e)
            marks.append(mark)
        self._event_marks = marks
        return out

    @cached_property
    def _country_edges(self) -> tuple[list, dict]:
        nodes, edges = super()._country_edges
        idx = self._index
        out = {}
        for pair, attrs in edges.items():
            i = idx.signs.get(pair)
            if i is None:
                out[pair] = {**attrs, "corrected": ""}
                continue
            idx.hits[i] += 1
            sign = 1 if self.corrections.entries[i].value == "+" else -1
            out[pair] = {
                **attrs,
                "sign": sign,
                "computed_sign": attrs["sign"],
                "corrected": "set_sign",
            }
        return nodes, out

    # -- tables -------------------------------------------------------------------------
    @cached_property
    def mentions(self) -> pd.DataFrame:
        df = super().mentions
        marks = {
            (m.start, m.end, m.actor): mark
            for m, mark in zip(self.tagged.mentions, self._mention_marks, strict=True)
        }
        df["corrected"] = [
            marks.get((s, e, a), "")
            for s, e, a in zip(df["start"], df["end"], df["actor"], strict=True)
        ]
        return df

    @cached_property
    def actors(self) -> pd.DataFrame:
        df = super().actors
        # a rejected state is not listed again for the officials that act for it
        df = df[~df["actor"].isin(list(self._index.actors))].reset_index(drop=True)
        touched = {
            self._index.entries[i].value
            for i in self._index.aliases.values()
            if self._index.hits[i]
        }
        df["corrected"] = ["add_alias" if a in touched else "" for a in df["actor"]]
        return df

    @cached_property
    def statements(self) -> pd.DataFrame:
        df = super().statements
        df["corrected"] = list(self._statement_marks)
        return df

    @cached_property
    def events(self) -> pd.DataFrame:
        self.all_event_records  # noqa: B018 - cached: sets the marks, in the frame's order
        df = super().events
        df["corrected"] = list(self._event_marks)
        return df

    # -- what the corrections did -------------------------------------------------------
    def _settle(self) -> None:
        """Compute what is matched lazily (statement events, network edges)."""
        self.all_event_records  # noqa: B018 - cached: counts the matches of statement events
        self._country_edges  # noqa: B018

    @cached_property
    def rejected(self) -> pd.DataFrame:
        import pandas as pd

        self._settle()
        rows = []
        for i, table, item, start, end in self._rejected_rows:
            e = self._index.entries[i]
            rows.append((e.kind, table, item, start, end, e.who, e.when, e.why))
        return pd.DataFrame(rows, columns=REJECTED_COLUMNS)

    @property
    def stale_corrections(self) -> list[Correction]:
        self._settle()
        return [e for e, n in zip(self._index.entries, self._index.hits, strict=True) if not n]

    @property
    def correction_status(self) -> pd.DataFrame:
        import pandas as pd

        self._settle()
        idx = self._index
        rows = []
        for i, (e, n) in enumerate(zip(idx.entries, idx.hits, strict=True)):
            note = "" if n else idx.notes.get(i, "its key matches nothing in this analysis")
            rows.append(
                (
                    e.kind,
                    e.describe(),
                    e.value or "",
                    e.who,
                    e.when,
                    e.why,
                    n,
                    "applied" if n else "stale",
                    note,
                )
            )
        return pd.DataFrame(rows, columns=STATUS_COLUMNS)
