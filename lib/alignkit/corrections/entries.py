"""One correction and a set of them: the entries, their checks, their JSON form."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import json
import math
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


from ..reading.article import ArticleError, _read_bounded

try:  # POSIX: saves take an advisory lock (no lock where fcntl is missing)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

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
#: Largest corrections file read, in bytes (16 MiB: 20,000 corrections take about 4 MiB).
MAX_CORRECTIONS_BYTES = 16 * 1024 * 1024
_MAX_OFFSET = 2**31  # no article has more characters (files stop at 5 MiB)
_MAX_DIGITS = 18  # a JSON integer longer than this is no character offset

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

    An :class:`~alignkit.reading.article.ArticleError` (as a bad ``.meta.json`` sidecar is): a
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
        if self.when:
            _check_when(self.when)

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
        if not isinstance(kind, str) or kind not in KINDS:
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
            if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v < _MAX_OFFSET:
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
            value if isinstance(value, (str, int)) and not isinstance(value, bool) else None
        )
        if value is None:
            raise ValueError("set_sign: value must be '+' or '-'")
    elif not isinstance(value, str):
        raise ValueError(f"{kind}: value must be text (an actor id), got {value!r}")
    return key, value


def _check_when(when: str) -> None:
    """``when`` is an ISO 8601 time (``2026-01-05T10:00:00+00:00``, or a date)."""
    try:
        dt.datetime.fromisoformat(when)
    except ValueError:
        raise ValueError(
            f"'when' must be an ISO 8601 time such as 2026-01-05T10:00:00+00:00, got {when!r}"
        ) from None


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class Corrections:
    """The corrections of one article, in file order.

    ``Corrections.load(path)`` reads a corrections file, :meth:`save` writes it (atomic,
    merged under a lock with what another process or panel saved meanwhile); the ``add``
    methods append an entry (a later entry for the same item replaces the earlier one) and
    return it as a :class:`Correction`.

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
        self._index: dict[tuple, int] = {}
        for i, e in enumerate(entries):
            try:
                entry = e if isinstance(e, Correction) else Correction.from_dict(e)
            except ValueError as err:
                raise CorrectionsError(self.path, f"entry {i}: {err}") from None
            self._put(entry)
        # what the file held when read or last saved: a save merges against it
        self._base: dict[tuple, Correction] = {}

    # -- file -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> Corrections:
        """Read a corrections file; a missing file is no corrections (empty, with ``path``).

        Only a regular file of at most :data:`MAX_CORRECTIONS_BYTES` is read (a FIFO or a
        device is refused without blocking); every problem is a :class:`CorrectionsError`
        naming the file: not UTF-8, not JSON, nested too deep, a number too long, an entry
        that is not a correction."""
        path = Path(path)
        raw = _read_text(path)
        out = cls(_parse(path, raw) if raw.strip() else (), path=path)
        out._base = {e.ident: e for e in out.entries}
        return out

    def save(self, path: str | Path | None = None, *, merge: bool = True) -> Path:
        """Write the file (``path``, else where it was loaded from), atomically.

        Under an advisory lock (:func:`fcntl.flock` on the file's folder) the file is read
        again and merged: an entry another process or panel saved since these corrections
        were read is kept, one removed here stays removed, one changed here wins.
        ``merge=False`` overwrites. A symbolic link is written through (its target is
        replaced, the link stays). Afterwards :attr:`entries` hold what the file holds."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise CorrectionsError(None, "no path to save to: pass one")
        real = Path(os.path.realpath(target))
        with _folder_lock(real.parent):
            if merge:
                self._merge(Corrections.load(real))
            _atomic_write(real, json.dumps(self.to_list(), indent=2, ensure_ascii=False) + "\n")
        self.path = target
        self._base = {e.ident: e for e in self.entries}
        return target

    def _merge(self, disk: Corrections) -> None:
        """Three-way merge of the file's entries (``disk``) into these ones."""
        mine = {e.ident: e for e in self.entries}
        merged: list[Correction] = []
        for ident, theirs in ((e.ident, e) for e in disk.entries):
            if ident in mine:
                merged.append(mine.pop(ident))
            elif ident not in self._base:  # added elsewhere since our read: kept
                merged.append(theirs)
        for ident, entry in mine.items():
            if self._base.get(ident) != entry:  # new or changed here (not removed there)
                merged.append(entry)
        self.entries = []
        self._index = {}
        for entry in merged:
            self._put(entry)

    def copy(self) -> Corrections:
        """A copy that saves as this one would (it merges against the same file state)."""
        out = Corrections(self.entries, path=self.path)
        out._base = dict(self._base)
        return out

    def _put(self, entry: Correction) -> Correction:
        """Append ``entry``, or replace the entry for the same item (found by index)."""
        ident = entry.ident
        i = self._index.get(ident)
        stale = len(self._index) != len(self.entries)
        if stale or (i is not None and self.entries[i].ident != ident):
            # entries edited by hand: rebuild the index, then look again
            self._index = {e.ident: k for k, e in enumerate(self.entries)}
            i = self._index.get(ident)
        if i is None:
            self._index[ident] = len(self.entries)
            self.entries.append(entry)
        else:
            self.entries[i] = entry
        return entry

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
        return self._put(entry)

    def remove(self, entry: Correction) -> None:
        """Take an entry out (an analyst's undo; a merging :meth:`save` keeps it out)."""
        self.entries = [e for e in self.entries if e is not entry and e != entry]
        self._index = {e.ident: k for k, e in enumerate(self.entries)}

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


def _read_text(path: Path) -> str:
    """The text of a corrections file ('' when there is none), bounded, regular files only."""
    try:
        data = _read_bounded(path, MAX_CORRECTIONS_BYTES, "a corrections file")
    except ArticleError as err:
        cause = err.__cause__
        if isinstance(cause, OSError) and cause.errno == errno.ENOENT:
            return ""
        raise CorrectionsError(path, err.problem) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CorrectionsError(path, f"not UTF-8 text ({err.reason} at byte {err.start})") from None


class _Refused(ValueError):
    pass


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise _Refused(f"a number of {len(text.lstrip('-'))} digits (at most {_MAX_DIGITS})")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"the number {text[:30]} is out of range")
    return value


def _no_constant(text: str):
    raise _Refused(f"{text} is not a JSON value")


def _parse(path: Path, raw: str) -> list:
    """The JSON list of a corrections file, or a CorrectionsError naming the problem."""
    try:
        data = json.loads(
            raw, parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_no_constant
        )
    except json.JSONDecodeError as err:
        raise CorrectionsError(
            path, f"invalid JSON at line {err.lineno} column {err.colno}: {err.msg}"
        ) from None
    except RecursionError:
        raise CorrectionsError(path, "invalid JSON: nested too deeply") from None
    except _Refused as err:
        raise CorrectionsError(path, f"invalid entry: {err}") from None
    if not isinstance(data, list):
        raise CorrectionsError(
            path, f"a corrections file holds a JSON list of entries, not a {type(data).__name__}"
        )
    return data


@contextlib.contextmanager
def _folder_lock(folder: Path):
    """Hold an exclusive :func:`fcntl.flock` on ``folder`` (saves in it take turns)."""
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise CorrectionsError(folder, f"cannot open the folder ({err.strerror or err})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


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
