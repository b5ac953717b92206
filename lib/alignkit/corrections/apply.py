"""Apply corrections to extracted records: what is kept, what is rejected, what matched."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..reading.codebook import Codebook

from .entries import Corrections

# ----------------------------------------------------------------------------- applying


@dataclass
class Applied:
    """Records kept by corrections, and what matched: the plain result of
    :func:`apply_corrections`, from which the pipeline builds its corrected analysis (so
    this package never imports the pipeline)."""

    statements: list
    events: list
    milestones: list
    corrections: Corrections
    base_codebook: Codebook
    index: _Index
    rejected_rows: list
    mention_marks: list
    statement_marks: list


def codebook_for(cb: Codebook, corrections: Corrections | None) -> Codebook:
    """``cb`` extended with the ``add_alias`` corrections whose actor it knows."""
    if not corrections:
        return cb
    aliases = tuple(
        sorted(
            {
                (e.key["alias"], e.value)
                for e in corrections
                if e.kind == "add_alias" and e.value in cb.actors
            }
        )
    )
    return _with_aliases(cb, aliases) if aliases else cb


@lru_cache(maxsize=8)
def _with_aliases(cb: Codebook, aliases: tuple[tuple[str, str], ...]) -> Codebook:
    from ..reading.codebook import copy_codebook

    out = copy_codebook(cb)
    for alias, actor in aliases:
        kinds = out.surface.setdefault(alias.strip(), [])
        if (actor, "name") not in kinds:
            kinds.append((actor, "name"))
    return out


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


class _Index:
    """The corrections of one analysis, indexed by key, with a match count per entry."""

    def __init__(self, corrections: Corrections, codebook: Codebook):
        self.entries = list(corrections)
        self.hits = [0] * len(self.entries)
        self.notes: dict[int, str] = {}
        self.actors: dict[str, int] = {}
        self.aliases: dict[tuple[str, str], int] = {}
        self.events: dict[tuple, int] = {}
        self.statements: dict[tuple, int] = {}
        self.stances: dict[tuple, int] = {}
        self.edges: dict[tuple, int] = {}
        self.signs: dict[tuple, int] = {}
        for i, e in enumerate(self.entries):
            k = e.key
            if e.kind == "reject_actor":
                self.actors[k["actor"]] = i
            elif e.kind == "add_alias":
                if e.value not in codebook.actors:
                    self.notes[i] = f"no actor {e.value!r} in the codebook"
                self.aliases[(k["alias"].strip().lower(), e.value)] = i
            elif e.kind == "reject_event":
                self.events[(k["source"], k["target"], k["type"], k["start"], k["end"])] = i
            elif e.kind in ("reject_statement", "set_stance"):
                target = self.statements if e.kind == "reject_statement" else self.stances
                target[(k["speaker"], k["cue_start"], k["cue_end"])] = i
            elif e.kind == "reject_edge":
                self.edges[_pair(k["source"], k["target"])] = i
            elif e.kind == "set_sign":
                self.signs[_pair(k["source"], k["target"])] = i

    def find(self, table: dict, key: tuple, **optional) -> int | None:
        i = table.get(key)
        if i is None:
            return None
        e = self.entries[i]
        if any(e.key.get(name) not in (None, value) for name, value in optional.items()):
            return None
        return i

    def event_rejection(self, e) -> int | None:
        """The entry that removes event ``e``, or None."""
        for actor in (e.source, e.target):
            if actor in self.actors:
                return self.actors[actor]
        i = self.find(self.events, (e.source, e.target, e.type, e.start, e.end), trigger=e.trigger)
        if i is not None:
            return i
        if e.source_country and e.target_country:
            return self.edges.get(_pair(e.source_country, e.target_country))
        return None


def apply_corrections(
    tagged,
    statements: list,
    events: list,
    milestones: list,
    corrections: Corrections,
    base_codebook: Codebook | None = None,
) -> Applied:
    """What ``corrections`` keep of extracted records and what they reject (the parts of a
    :class:`~alignkit.analysis.corrected.CorrectedAnalysis`, which :func:`alignkit.analyze`
    returns when an article has corrections). ``tagged`` is owned by the analysis: its
    mentions of rejected actors are taken out."""
    idx = _Index(corrections, tagged.codebook)
    rejected: list[tuple[int, str, str, int, int]] = []
    tagged.mentions, mention_marks = _keep_mentions(tagged.mentions, idx, rejected)
    kept_statements, statement_marks = _keep_statements(statements, idx, corrections, rejected)
    kept_events = _keep(events, idx.event_rejection, "events", _event_item, idx, rejected)
    kept_milestones = _keep(
        milestones,
        lambda m: idx.actors.get(m.actor),
        "milestones",
        lambda m: f"{m.actor}: {m.label}",
        idx,
        rejected,
    )
    return Applied(
        kept_statements,
        kept_events,
        kept_milestones,
        corrections,
        base_codebook or tagged.codebook,
        idx,
        rejected,
        mention_marks,
        statement_marks,
    )


def _reject(idx, rejected: list, i: int, layer: str, item: str, record) -> None:
    """Count a hit of correction ``i`` and list ``record`` (its span) as rejected by it."""
    idx.hits[i] += 1
    rejected.append((i, layer, item, record.start, record.end))


def _keep(records, find, layer: str, item, idx, rejected: list) -> list:
    """The records no correction rejects (``find(record)``: the rejecting entry or None);
    each rejected one is listed with ``item(record)``."""
    kept = []
    for r in records:
        i = find(r)
        if i is None:
            kept.append(r)
        else:
            _reject(idx, rejected, i, layer, item(r), r)
    return kept


def _keep_mentions(mentions, idx, rejected) -> tuple[list, list[str]]:
    """The mentions no rejected actor owns, each marked ``add_alias`` when a correction
    named its wording."""
    kept, marks = [], []
    for m in mentions:
        i = idx.actors.get(m.actor)
        if i is not None:
            _reject(idx, rejected, i, "mentions", f"{m.text} ({m.actor})", m)
            continue
        j = idx.aliases.get((m.text.strip().lower(), m.actor))
        if j is None and m.text.lower().startswith("the "):
            j = idx.aliases.get((m.text.strip().lower()[4:], m.actor))
        if j is not None:
            idx.hits[j] += 1
        kept.append(m)
        marks.append("add_alias" if j is not None else "")
    return kept, marks


def _keep_statements(statements, idx, corrections, rejected) -> tuple[list, list[str]]:
    """The statements kept, with rejected targets dropped and corrected stances set; each
    marked with the correction that changed it."""
    kept, marks = [], []
    for s in statements:
        key = (s.speaker, s.cue_start, s.cue_end)
        i = idx.actors.get(s.speaker)
        if i is None:
            i = idx.find(idx.statements, key, cue=s.cue)
        if i is not None:
            idx.hits[i] += 1
            rejected.append(
                (i, "statements", f"{s.speaker} {s.cue}: {s.content}", s.cue_start, s.content_end)
            )
            continue
        mark = ""
        gone = [t for t in s.targets if t in idx.actors]
        if gone:
            for t in gone:
                idx.hits[idx.actors[t]] += 1
            s = dataclasses.replace(s, targets=[t for t in s.targets if t not in idx.actors])
            mark = "reject_actor"
        j = idx.find(idx.stances, key, cue=s.cue)
        if j is not None:
            idx.hits[j] += 1
            s = dataclasses.replace(s, stance=corrections.entries[j].value)
            mark = "set_stance"
        kept.append(s)
        marks.append(mark)
    return kept, marks


def _event_item(e) -> str:
    return f"{e.source} → {e.target} {e.type} ({e.trigger})"
