"""Corrections that last: an analyst's fixes, kept beside the article and re-applied.

The kit makes errors on text it was not built on. A correction names the item it fixes by
a *stable key* (evidence spans, types, actor ids: never a row number, since rows move when
the analysis changes) and is kept in ``<stem>.corrections.json`` beside the article
(``news/iran-deal.txt`` -> ``news/iran-deal.corrections.json``). Every later
:func:`alignkit.analyze` of that file re-applies it, after extraction and before the
network and the camps are built, so the network, the camps (balance) and the exports follow
from the corrected tables.

File format
-----------
A JSON list of objects, one per correction (``[]`` is a valid, empty file)::

    [
      {"kind": "reject_event", "source": "RUS", "target": "CHN", "type": "ACCUSE",
       "start": 97, "end": 119, "trigger": "condemned",
       "who": "ana", "when": "2026-01-05T10:00:00+00:00", "why": "a quote, not an act"},
      {"kind": "set_stance", "speaker": "sergei-lavrov", "cue_start": 185, "cue_end": 189,
       "cue": "said", "value": "negative"},
      {"kind": "set_sign", "source": "IRN", "target": "RUS", "value": "-"}
    ]

Fields by ``kind`` (the key fields, then the ``value``; every key field given must match):

* ``reject_actor``: ``actor`` (actor id).
* ``add_alias``: ``alias`` (the surface form, as written); ``value`` the actor id it names.
* ``reject_event``: ``source``, ``target`` (actor ids), ``type`` (PLOVER), ``start``,
  ``end`` (the evidence span of the ``events`` row), optional ``trigger``.
* ``reject_statement``: ``speaker`` (actor id), ``cue_start``, ``cue_end``, optional ``cue``.
* ``set_stance``: as ``reject_statement``; ``value`` ``positive``, ``negative`` or
  ``neutral``.
* ``reject_edge``: ``source``, ``target`` (network nodes, either order).
* ``set_sign``: as ``reject_edge``; ``value`` ``"+"`` or ``"-"`` (1 and -1 are read too).

Every entry may carry ``who`` (the analyst), ``when`` (ISO 8601 time; filled in by the
``add`` methods) and ``why`` (free text). Offsets index :attr:`Article.text` as every span
of the kit does. Any other field, an unknown kind, a missing key field, a value of the
wrong type or a file that is not valid JSON raises :class:`CorrectionsError` naming the
file, the entry and the problem; :func:`save_corrections` writes a temporary file in the
same folder and renames it over the old one, so a crash leaves the old file or the new.

What a correction does
----------------------
* ``reject_actor``: the actor is not in this article: its mentions, its statements, the
  events it takes part in and its milestones go; it is taken out of statement targets.
* ``add_alias``: the form names the actor (an in-memory extension of the codebook, with its
  own matchers, applied before tagging). Actors absent from the codebook belong in a user
  codebook (:func:`alignkit.load_codebook` with ``extra=folder``).
* ``reject_event`` / ``reject_statement``: the item goes (a rejected statement takes the
  events it made with it).
* ``set_stance``: the statement's stance is replaced, and with it the sign of the events it
  makes (a ``neutral`` stance makes none).
* ``reject_edge``: every event between the two nodes goes, so the edge goes.
* ``set_sign``: the edge keeps its evidence but takes this sign (``computed_sign`` keeps
  the kit's).

An analysis read with corrections is a :class:`CorrectedAnalysis`: its ``mentions``,
``actors``, ``statements`` and ``events`` tables carry a ``corrected`` column (the kind of
correction that touched the row, ``""`` for none), network edges a ``corrected``
attribute; removed rows are listed in :attr:`CorrectedAnalysis.rejected` (nothing
silently vanishes), and a correction whose key matches nothing stays in the file and is
listed in :attr:`CorrectedAnalysis.stale_corrections`.

Examples
--------
>>> import alignkit
>>> text = "Russia signed a cooperation agreement with Iran. Russia condemned China."
>>> an = alignkit.analyze_text(text, publication_date="2024-05-01")
>>> sorted(an.network.edges())
[('CHN', 'RUS'), ('IRN', 'RUS')]
>>> fix = Corrections()
>>> _ = fix.add(correction_for(an, "network", ("RUS", "CHN"), why="not in this text"))
>>> an2 = alignkit.analyze_text(text, publication_date="2024-05-01", corrections=fix)
>>> sorted(an2.network.edges()), an2.rejected["table"].tolist()
([('IRN', 'RUS')], ['events', 'events'])
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import ArticleError
from .pipeline import Analysis

if TYPE_CHECKING:
    import pandas as pd

    from .article import Article
    from .codebook import Codebook

__all__ = [
    "KINDS",
    "REJECTED_COLUMNS",
    "STATUS_COLUMNS",
    "CorrectedAnalysis",
    "Correction",
    "Corrections",
    "CorrectionsError",
    "correction_for",
    "corrections_path",
    "corrections_to_gold",
    "key_of",
    "load_corrections",
    "reanalyze",
    "save_corrections",
    "write_gold",
]

#: kind -> (required key fields, optional key fields, needs a value)
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "reject_actor": (("actor",), (), False),
    "add_alias": (("alias",), (), True),
    "reject_event": (("source", "target", "type", "start", "end"), ("trigger",), False),
    "reject_statement": (("speaker", "cue_start", "cue_end"), ("cue",), False),
    "set_stance": (("speaker", "cue_start", "cue_end"), ("cue",), True),
    "reject_edge": (("source", "target"), (), False),
    "set_sign": (("source", "target"), (), True),
}
META_FIELDS = ("who", "when", "why")
STANCES = ("positive", "negative", "neutral")
_INT_FIELDS = frozenset({"start", "end", "cue_start", "cue_end"})

#: Columns of :attr:`CorrectedAnalysis.rejected`: the correction's ``kind`` and its ``who``,
#: ``when``, ``why``; the ``table`` the row left (mentions, statements, events, milestones),
#: a readable ``item`` and its ``start``/``end`` in the article text.
REJECTED_COLUMNS = ["kind", "table", "item", "start", "end", "who", "when", "why"]
#: Columns of :attr:`CorrectedAnalysis.correction_status` (and :meth:`Corrections.to_frame`
#: without the last three): ``kind``, ``key`` (the key fields as ``name=value`` text),
#: ``value``, ``who``, ``when``, ``why``, ``matches`` (rows it touched), ``status``
#: (``applied`` or ``stale``) and ``note`` (why it is stale).
STATUS_COLUMNS = ["kind", "key", "value", "who", "when", "why", "matches", "status", "note"]


class CorrectionsError(ArticleError):
    """A corrections file or entry that cannot be read; the message names file and problem.

    An :class:`~alignkit.article.ArticleError` (as a bad ``.meta.json`` sidecar is): a
    corpus run with ``on_error="skip"`` lists the article and goes on."""

    def __init__(self, path: str | Path | None, problem: str):
        super().__init__(path if path is not None else "<corrections>", problem)


# ----------------------------------------------------------------------------- entries


@dataclass
class Correction:
    """One correction: ``kind``, its ``key`` fields (see :data:`KINDS`), ``value``, and
    who made it, when and why. :meth:`to_dict` gives the flat JSON object of the file."""

    kind: str
    key: dict[str, Any]
    value: str | None = None
    who: str = ""
    when: str = ""
    why: str = ""

    def __post_init__(self):
        self.key, self.value = _checked(self.kind, dict(self.key), self.value)
        for name in META_FIELDS:
            if not isinstance(getattr(self, name), str):
                raise ValueError(f"{name!r} must be text, got {getattr(self, name)!r}")

    @property
    def ident(self) -> tuple:
        """What makes two entries the same correction (a later one replaces an earlier)."""
        key = dict(self.key)
        if self.kind in ("reject_edge", "set_sign"):
            key = {"pair": tuple(sorted((key["source"], key["target"])))}
        return (self.kind, tuple(sorted((k, str(v)) for k, v in key.items())))

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"kind": self.kind, **self.key}
        if self.value is not None:
            out["value"] = self.value
        for name in META_FIELDS:
            if getattr(self, name):
                out[name] = getattr(self, name)
        return out

    @classmethod
    def from_dict(cls, data: Mapping) -> Correction:
        """Read one object of the file (raises ValueError naming the problem)."""
        if not isinstance(data, Mapping):
            raise ValueError(f"an entry must be a JSON object, got {type(data).__name__}")
        kind = data.get("kind")
        if kind not in KINDS:
            raise ValueError(
                f"unknown kind {kind!r} (known: {', '.join(KINDS)})"
                if "kind" in data
                else "no 'kind'"
            )
        required, optional, _ = KINDS[kind]
        allowed = {"kind", "value", *required, *optional, *META_FIELDS}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ValueError(
                f"{kind}: unknown field {', '.join(map(repr, unknown))} "
                f"(a {kind} has {', '.join(sorted(allowed - {'kind'}))})"
            )
        key = {k: data[k] for k in (*required, *optional) if k in data}
        meta = {k: data.get(k) or "" for k in META_FIELDS}
        return cls(kind, key, data.get("value"), **meta)

    def describe(self) -> str:
        """The key as ``name=value`` text (``to_frame``'s ``key`` column)."""
        return " ".join(f"{k}={v}" for k, v in self.key.items())


def _checked(kind: str, key: dict, value):
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
    required, optional, needs_value = KINDS[kind]
    missing = [k for k in required if k not in key or key[k] in (None, "")]
    if missing:
        raise ValueError(f"{kind}: missing {', '.join(map(repr, missing))}")
    extra = sorted(set(key) - set(required) - set(optional))
    if extra:
        raise ValueError(f"{kind}: unknown field {', '.join(map(repr, extra))}")
    for k, v in key.items():
        if k in _INT_FIELDS:
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise ValueError(f"{kind}: {k!r} must be a character offset (int >= 0), got {v!r}")
        elif not isinstance(v, str):
            raise ValueError(f"{kind}: {k!r} must be text, got {v!r}")
    if not needs_value:
        if value is not None:
            raise ValueError(f"{kind}: takes no 'value'")
        return key, None
    if value is None or value == "":
        raise ValueError(f"{kind}: missing 'value'")
    if kind == "set_stance":
        if value not in STANCES:
            raise ValueError(f"set_stance: value {value!r} is not one of {', '.join(STANCES)}")
    elif kind == "set_sign":
        value = {1: "+", -1: "-", "+": "+", "-": "-", "+1": "+", "-1": "-"}.get(
            value if not isinstance(value, bool) else None
        )
        if value is None:
            raise ValueError("set_sign: value must be '+' or '-'")
    elif not isinstance(value, str):
        raise ValueError(f"{kind}: value must be text (an actor id), got {value!r}")
    return key, value


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class Corrections:
    """The corrections of one article, in file order.

    ``Corrections.load(path)`` reads a corrections file, :meth:`save` writes it (atomic);
    the ``add`` methods append an entry (a later entry for the same item replaces the
    earlier one) and return it as a :class:`Correction`.

    Examples
    --------
    >>> c = Corrections()
    >>> e = c.set_sign("RUS", "IRN", "-", who="ana", why="hostile in this text")
    >>> e.to_dict()["value"], len(c), c.to_frame()["key"].tolist()
    ('-', 1, ['source=RUS target=IRN'])
    """

    def __init__(
        self, entries: Iterable[Correction | Mapping] = (), path: str | Path | None = None
    ):
        self.path = Path(path) if path is not None else None
        self.entries: list[Correction] = []
        for i, e in enumerate(entries):
            try:
                entry = e if isinstance(e, Correction) else Correction.from_dict(e)
            except ValueError as err:
                raise CorrectionsError(self.path, f"entry {i}: {err}") from None
            self.entries.append(entry)

    # -- file -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> Corrections:
        """Read a corrections file; a missing file is no corrections (empty, with ``path``)."""
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return cls(path=path)
        except OSError as err:
            raise CorrectionsError(path, f"cannot read ({err.strerror or err})") from err
        except UnicodeDecodeError as err:
            raise CorrectionsError(path, f"not UTF-8 text ({err.reason})") from None
        if not raw.strip():
            return cls(path=path)
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as err:
            raise CorrectionsError(
                path, f"invalid JSON at line {err.lineno} column {err.colno}: {err.msg}"
            ) from None
        if not isinstance(data, list):
            raise CorrectionsError(
                path,
                f"a corrections file holds a JSON list of entries, not a {type(data).__name__}",
            )
        return cls(data, path=path)

    def save(self, path: str | Path | None = None) -> Path:
        """Write the file (``path``, else where it was loaded from), atomically."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise CorrectionsError(None, "no path to save to: pass one")
        _atomic_write(target, json.dumps(self.to_list(), indent=2, ensure_ascii=False) + "\n")
        self.path = target
        return target

    def to_list(self) -> list[dict]:
        return [e.to_dict() for e in self.entries]

    # -- entries ------------------------------------------------------------------------
    def add(
        self,
        entry: Correction | str,
        value=None,
        *,
        who: str = "",
        when: str | None = None,
        why: str = "",
        **key,
    ) -> Correction:
        """Append a :class:`Correction` (or build one: ``add("reject_actor", actor="x")``).

        An entry for the same item (same kind and key; ``set_stance`` of the same statement)
        replaces the earlier one, in place. ``when`` defaults to now (UTC)."""
        if not isinstance(entry, Correction):
            try:
                entry = Correction(entry, key, value, who, when or _now(), why)
            except ValueError as err:
                raise CorrectionsError(self.path, str(err)) from None
        elif not entry.when:
            entry = dataclasses.replace(entry, when=when or _now())
        for i, old in enumerate(self.entries):
            if old.ident == entry.ident:
                self.entries[i] = entry
                return entry
        self.entries.append(entry)
        return entry

    def remove(self, entry: Correction) -> None:
        """Take an entry out (an analyst's undo)."""
        self.entries = [e for e in self.entries if e is not entry and e != entry]

    def reject_actor(self, actor: str, **meta) -> Correction:
        return self.add("reject_actor", actor=actor, **meta)

    def add_alias(self, alias: str, actor: str, **meta) -> Correction:
        return self.add("add_alias", actor, alias=alias, **meta)

    def reject_event(self, source, target, type, start, end, trigger=None, **meta) -> Correction:  # noqa: A002
        key = dict(source=source, target=target, type=type, start=start, end=end)
        if trigger:
            key["trigger"] = trigger
        return self.add("reject_event", **key, **meta)

    def reject_statement(self, speaker, cue_start, cue_end, cue=None, **meta) -> Correction:
        key = dict(speaker=speaker, cue_start=cue_start, cue_end=cue_end)
        if cue:
            key["cue"] = cue
        return self.add("reject_statement", **key, **meta)

    def set_stance(self, speaker, cue_start, cue_end, stance, cue=None, **meta) -> Correction:
        key = dict(speaker=speaker, cue_start=cue_start, cue_end=cue_end)
        if cue:
            key["cue"] = cue
        return self.add("set_stance", stance, **key, **meta)

    def reject_edge(self, source: str, target: str, **meta) -> Correction:
        return self.add("reject_edge", source=source, target=target, **meta)

    def set_sign(self, source: str, target: str, sign, **meta) -> Correction:
        return self.add("set_sign", sign, source=source, target=target, **meta)

    def to_frame(self) -> pd.DataFrame:
        """One row per entry: ``kind``, ``key`` (``name=value`` text), ``value``, ``who``,
        ``when``, ``why``."""
        import pandas as pd

        return pd.DataFrame(
            [(e.kind, e.describe(), e.value or "", e.who, e.when, e.why) for e in self.entries],
            columns=STATUS_COLUMNS[:6],
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Correction]:
        return iter(self.entries)

    def __repr__(self) -> str:
        where = f", path={str(self.path)!r}" if self.path else ""
        return f"Corrections({len(self.entries)} entries{where})"


def _atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file in ``path``'s folder, then rename it over ``path``."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# ----------------------------------------------------------------------------- files


def corrections_path(article: str | Path | Article | Analysis) -> Path:
    """``<stem>.corrections.json`` beside the article file (like ``<stem>.meta.json``)."""
    p = _article_path(article)
    if p.name.endswith(".corrections.json"):
        return p
    return p.with_name(p.stem + ".corrections.json")


def _article_path(article) -> Path:
    if isinstance(article, Analysis):
        article = article.article
    if isinstance(article, (str, os.PathLike)):
        return Path(article)
    path = getattr(article, "path", None)
    if not path:
        raise CorrectionsError(
            None,
            f"article {getattr(article, 'id', article)!r} has no file: pass the corrections "
            "explicitly (analyze(article, corrections=...)) or save them to a path",
        )
    return Path(path)


def load_corrections(article: str | Path | Article | Analysis) -> Corrections:
    """The corrections of an article (its path, or the corrections file itself).

    A missing file gives empty corrections whose :attr:`~Corrections.path` is where
    :meth:`Corrections.save` will write them."""
    return Corrections.load(corrections_path(article))


def save_corrections(
    article: str | Path | Article | Analysis, corrections: Corrections | Iterable
) -> Path:
    """Write ``corrections`` beside ``article`` (or to the ``.corrections.json`` path given).

    Atomic: written to a temporary file in the same folder, then renamed over the old file
    with :func:`os.replace`, so a crash leaves the old file or the new one, never half."""
    if not isinstance(corrections, Corrections):
        corrections = Corrections(corrections)
    return corrections.save(corrections_path(article))


def resolve(article: Article, corrections) -> Corrections | None:
    """What :func:`alignkit.analyze` applies: ``corrections`` when given (a
    :class:`Corrections`, a list of entries, or a corrections file path), ``False`` for none,
    else the file beside the article's path when there is one."""
    if corrections is False:
        return None
    if corrections is None:
        if not article.path:
            return None
        p = corrections_path(article.path)
        return Corrections.load(p) if p.exists() else None
    if isinstance(corrections, Corrections):
        return corrections
    if isinstance(corrections, (str, os.PathLike)):
        return Corrections.load(corrections)
    return Corrections(corrections)


# ----------------------------------------------------------------------------- applying


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
    from .codebook import copy_codebook

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
) -> CorrectedAnalysis:
    """The :class:`CorrectedAnalysis` of extracted records (what :func:`alignkit.analyze`
    returns when an article has corrections). ``tagged`` is owned by the analysis: its
    mentions of rejected actors are taken out."""
    idx = _Index(corrections, tagged.codebook)
    rejected: list[tuple[int, str, str, int, int]] = []

    mentions, mention_marks = [], []
    for m in tagged.mentions:
        i = idx.actors.get(m.actor)
        if i is not None:
            idx.hits[i] += 1
            rejected.append((i, "mentions", f"{m.text} ({m.actor})", m.start, m.end))
            continue
        j = idx.aliases.get((m.text.strip().lower(), m.actor))
        if j is None and m.text.lower().startswith("the "):
            j = idx.aliases.get((m.text.strip().lower()[4:], m.actor))
        if j is not None:
            idx.hits[j] += 1
        mentions.append(m)
        mention_marks.append("add_alias" if j is not None else "")
    tagged.mentions = mentions

    kept_statements, statement_marks = [], []
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
        kept_statements.append(s)
        statement_marks.append(mark)

    kept_events = []
    for e in events:
        i = idx.event_rejection(e)
        if i is not None:
            idx.hits[i] += 1
            rejected.append((i, "events", _event_item(e), e.start, e.end))
            continue
        kept_events.append(e)

    kept_milestones = []
    for m in milestones:
        i = idx.actors.get(m.actor)
        if i is not None:
            idx.hits[i] += 1
            rejected.append((i, "milestones", f"{m.actor}: {m.label}", m.start, m.end))
            continue
        kept_milestones.append(m)

    an = CorrectedAnalysis(tagged, kept_statements, kept_events, kept_milestones)
    an.corrections = corrections
    an.base_codebook = base_codebook or tagged.codebook
    an._index = idx
    an._rejected_rows = rejected
    an._mention_marks = mention_marks
    an._statement_marks = statement_marks
    return an


def _event_item(e) -> str:
    return f"{e.source} → {e.target} {e.type} ({e.trigger})"


class CorrectedAnalysis(Analysis):
    """An :class:`~alignkit.pipeline.Analysis` with corrections applied.

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
                    idx.hits[i] += 1
                    self._rejected_rows.append((i, "events", _event_item(e), e.start, e.end))
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


def reanalyze(analysis: Analysis, corrections: Corrections | Iterable | None = None) -> Analysis:
    """Analyze ``analysis``'s article again with ``corrections`` (default: its own, or the
    file beside it): what a notebook calls after adding an entry."""
    from .pipeline import analyze

    if corrections is None:
        corrections = getattr(analysis, "corrections", None)
    cb = getattr(analysis, "base_codebook", None) or analysis.codebook
    return analyze(analysis.article, cb, corrections=corrections)


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
