"""The codebook: actors, aliases, roles with dates, demonyms, titles, themes and lexicons.

All of it is data in ``data/codebook/`` (CSV, described column by column in
``data/README.md``), kept apart from code the way PETRARCH keeps its dictionaries.
This module only reads and indexes it.

Examples
--------
>>> cb = load_codebook()
>>> cb.actors["RUS"].name, cb.actors["vladimir-putin"].country
('Russia', 'RUS')
>>> import datetime as dt
>>> before, after = dt.date(2025, 1, 15), dt.date(2025, 2, 1)
>>> cb.role_at("donald-trump", before), cb.role_at("donald-trump", after)
('President-elect of the United States', 'President of the United States')
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Actor",
    "acting_bodies",
    "Codebook",
    "CodebookError",
    "Role",
    "data_dir",
    "copy_codebook",
    "forms_by_kind",
    "load_codebook",
    "phrases_by_kind",
    "project_dir",
    "read_table",
]


def project_dir() -> Path:
    """The repository root (this file lives in ``lib/alignkit/reading/``)."""
    return Path(__file__).resolve().parents[3]


def data_dir() -> Path:
    """The data folder: ``$ALIGNKIT_DATA`` when set, else ``<repo>/data``."""
    env = os.environ.get("ALIGNKIT_DATA")
    return Path(env) if env else project_dir() / "data"


def slugify(name: str) -> str:
    """ASCII-folded, lower-case, hyphen-joined slug (the kit's id convention).

    Examples
    --------
    >>> slugify("Volodymyr Zelenskyy"), slugify("Türkiye's  Erdoğan"), slugify("Kim Jong-un")
    ('volodymyr-zelenskyy', 'turkiyes-erdogan', 'kim-jong-un')
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    folded = re.sub(r"['’`]", "", folded.lower())
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


class CodebookError(ValueError):
    """A codebook file that is missing or inconsistent; the message names file and row."""


def read_table(name: str, root: Path | None = None) -> list[dict[str, str]]:
    """Rows of ``data/codebook/<name>`` as dicts of stripped strings (stdlib csv: fast).

    UTF-8 with or without a byte-order mark (a spreadsheet's CSV). Any other encoding, a
    quote left open, a cell over lines or over the csv module's field limit is a
    :class:`CodebookError` naming the file and line."""
    path = (root or data_dir() / "codebook") / name
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            # csv.reader and one dict per row (as DictReader gives, a third faster: the
            # 6,000 CAMEO rows are read on every cold start)
            reader = csv.reader(f, strict=True)
            header = next(reader, [])
            n, cols = len(header), [(i, k) for i, k in enumerate(header) if k]
            named = len(cols) == n  # every column named: one zip per row
            rows, line = [], 2  # the line the next row starts on (the header is line 1)
            for row in reader:
                if not row:
                    continue  # a blank line, which DictReader skips too
                if "\n" in "".join(row[:n]):
                    raise CodebookError(
                        f"{path} line {line}: a cell runs over several lines (a quote left open?)"
                    )
                if len(row) < n:
                    row += [""] * (n - len(row))
                if named:  # cells beyond the header are dropped, as DictReader's are
                    rows.append(dict(zip(header, map(str.strip, row), strict=False)))
                else:
                    rows.append({k: row[i].strip() for i, k in cols})
                line = reader.line_num + 1
            return rows
    except OSError as err:
        raise CodebookError(f"{path}: cannot read codebook file ({err.strerror or err})") from err
    except UnicodeDecodeError as err:
        raise CodebookError(
            f"{path}: not UTF-8 text (byte {err.start}: {err.reason}); save it as UTF-8 CSV"
        ) from None
    except csv.Error as err:
        why = "a quote left open" if "end of data" in str(err) else "not valid CSV"
        raise CodebookError(f"{path} line {line}: {why} ({err})") from None


def split(value: str) -> list[str]:
    """Split a ``|``-separated multi-value cell."""
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


def word_list(name: str, root: Path | None = None, column: str = "forms") -> frozenset[str]:
    """Every lower-cased form of a lexicon table's ``column`` (``|``-separated cells):
    the word lists of ``data/codebook`` (``control_verbs.csv``, ``refusal_verbs.csv``...).

    Examples
    --------
    >>> "refused" in word_list("refusal_verbs.csv")
    True
    """
    return frozenset(f.lower() for r in read_table(name, root) for f in split(r[column]))


def forms_by_kind(
    name: str, root: Path | None = None, column: str = "forms"
) -> dict[str, frozenset[str]]:
    """Every lower-cased form of a lexicon table's ``column``, by the row's ``kind``: the
    word lists of ``data/codebook`` that hold several kinds (``reaction_words.csv``...).

    Examples
    --------
    >>> sorted(forms_by_kind("leading_words.csv"))
    ['noun', 'participle', 'verb']
    """
    out: dict[str, set[str]] = {}
    for r in read_table(name, root):
        out.setdefault(r["kind"], set()).update(f.lower() for f in split(r[column]))
    return {k: frozenset(v) for k, v in out.items()}


def phrases_by_kind(name: str, root: Path | None = None) -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`forms_by_kind` with each form as its words, the longest first (a phrase
    matcher tries ``task force`` before ``task``).

    Examples
    --------
    >>> stops = phrases_by_kind("itinerary_words.csv")["stops"]
    >>> len(stops[0]) >= len(stops[-1]), ("with", "stops", "in") in stops
    (True, True)
    """
    return {
        k: tuple(sorted((tuple(f.split()) for f in forms), key=len, reverse=True))
        for k, forms in forms_by_kind(name, root).items()
    }


@dataclass(frozen=True)
class Role:
    person: str
    role: str
    office: str
    country: str
    start: dt.date | None
    end: dt.date | None
    acting: bool = False

    def active(self, when: dt.date) -> bool:
        """Half-open interval ``[start, end)``."""
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass
class Actor:
    id: str
    name: str
    type: str  # person, organization, group, country, bloc, place
    country: str = ""  # ISO3 the actor belongs to ("" for international actors)
    stands_for: str = ""  # network node it acts for (country or bloc id); "" = none
    wikidata: str = ""
    gender: str = ""
    members: tuple[str, ...] = ()
    source: str = ""  # codebook file it comes from


@dataclass(eq=False)  # identity hash: compiled matchers are cached per codebook
class Codebook:
    """Indexed codebook. Build it with :func:`load_codebook`."""

    root: Path
    actors: dict[str, Actor] = field(default_factory=dict)
    #: surface form -> list of (actor id, kind) with kind in name, demonym, place
    surface: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    roles: dict[str, list[Role]] = field(default_factory=lambda: defaultdict(list))
    alias_rules: dict[str, str] = field(default_factory=dict)
    titles: dict[str, dict] = field(default_factory=dict)
    themes: list[tuple[str, str]] = field(default_factory=list)
    cues: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    modality: list[dict] = field(default_factory=list)
    plover: dict[str, dict] = field(default_factory=dict)
    heads: list[dict] = field(default_factory=list)
    #: country id -> its ministries in organizations.csv ("Ministry" in the name)
    ministries: dict[str, tuple[Actor, ...]] = field(default_factory=dict)
    #: person_cues.csv: kind (portfolio, non_person, appositive, commentator, speech, suffix,
    #: particle, posted, peerage)
    #: -> words
    person_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: user codebook folders read after the package's (see :func:`load_codebook`)
    extra: tuple[Path, ...] = ()

    def __getstate__(self):
        # what is derived from a codebook (its matchers) is rebuilt where it is unpickled
        return {k: v for k, v in self.__dict__.items() if k != "_derived"}

    def add_surface(self, form: str, actor: str, kind: str, origin: str) -> None:
        form = form.strip()
        if not form:
            return
        entry = (actor, kind)
        if entry not in self.surface[form]:
            self.surface[form].append(entry)

    def role_at(self, person: str, when: dt.date | None) -> str:
        """The role title a person holds on ``when`` (latest-started wins); "" if none.

        With no date, the person's most recently started role.
        """
        roles = self.roles.get(person, [])
        if not roles:
            return ""
        if when is None:
            return max(roles, key=lambda r: r.start or dt.date.min).role
        live = [r for r in roles if r.active(when)]
        if not live:
            return ""
        return max(live, key=lambda r: (not r.acting, r.start or dt.date.min)).role

    def holder(self, office: str, when: dt.date | None) -> str | None:
        """The person holding ``office`` (e.g. ``RUS.president``) on ``when``."""
        for person, roles in self.roles.items():
            for r in roles:
                if r.office == office and (when is None or r.active(when)):
                    return person
        return None

    def office_start(self, person: str, office_suffix: str, before: dt.date | None = None):
        """Start date of the person's latest role whose office ends with ``office_suffix``."""
        starts = [
            r.start
            for r in self.roles.get(person, [])
            if r.office.endswith(office_suffix)
            and r.start
            and (before is None or r.start >= before)
        ]
        return min(starts) if starts else None


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise CodebookError(f"{where}: {value!r} is not an ISO date") from err


#: Files a user codebook (``load_codebook(extra=folder)``) may hold: the actor tables.
EXTRA_FILES = ("countries.csv", "organizations.csv", "people.csv", "roles.csv", "alias_rules.csv")


def load_codebook(root: str | Path | None = None, *, extra: str | Path | None = None) -> Codebook:
    """Read every codebook file once (cached) and index it.

    Parameters
    ----------
    root : path, optional
        A ``codebook`` folder; defaults to ``data/codebook`` (see :func:`data_dir`).
    extra : path, optional
        A user codebook: a folder with any of :data:`EXTRA_FILES`, in the columns of the
        package's files (``data/README.md``), read after the package codebook. It adds
        actors, aliases and roles without editing the package; an id that the package
        codebook already has raises :class:`CodebookError` naming the file and line, as
        does a file it cannot hold (``cues.csv``: lexicons stay the package's). The result
        is a new :class:`Codebook` (its own phrase matchers), cached until a file of the
        folder changes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (pathlib.Path(d) / "people.csv").write_text(
    ...         "id,name,aliases,country\\nana-ruiz,Ana Ruiz,Ruiz,VEN\\n", encoding="utf-8")
    ...     cb = load_codebook(extra=d)
    >>> cb.actors["ana-ruiz"].country, "ana-ruiz" in load_codebook().actors
    ('VEN', False)
    """
    base = _load_base(root)
    if extra is None:
        return base
    folder = Path(extra)
    if not folder.is_dir():
        raise CodebookError(f"{folder}: a user codebook must be a folder of CSV files")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv")
    for p in files:
        if p.name not in EXTRA_FILES:
            raise CodebookError(
                f"{p}: a user codebook holds only {', '.join(EXTRA_FILES)}; "
                "the lexicons are the package's"
            )
    signature = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _load_extended(base, folder.resolve(), signature)


@lru_cache(maxsize=4)
def _load_base(root: str | Path | None = None) -> Codebook:
    root = Path(root) if root else data_dir() / "codebook"
    cb = Codebook(root=root)
    cb.surface = defaultdict(list)
    _read_actor_tables(cb, root)
    cb.themes = [(r["phrase"].lower(), r["theme"]) for r in read_table("themes.csv", root)]
    for row in read_table("titles.csv", root):
        cb.titles[row["phrase"].lower()] = row
    cb.cues = read_table("cues.csv", root)
    cb.events = read_table("events.csv", root)
    cb.modality = read_table("modality.csv", root)
    cb.plover = {r["type"]: r for r in read_table("plover.csv", root)}
    cb.heads = read_table("heads.csv", root)
    cues = defaultdict(set)
    for row in read_table("person_cues.csv", root):
        cues[row["kind"]].add(row["word"])
    kinds = {"portfolio", "non_person", "appositive", "commentator", "speech", "suffix",
             "particle", "peerage", *cues}  # fmt: skip
    cb.person_cues = {k: frozenset(cues[k]) for k in kinds}
    _index_ministries(cb)
    cb.surface = dict(cb.surface)
    cb.roles = dict(cb.roles)
    return cb


def _index_ministries(cb: Codebook) -> None:
    ministries = defaultdict(list)
    for a in cb.actors.values():
        if a.type == "organization" and a.country and "ministry" in a.name.lower():
            ministries[a.country].append(a)
    cb.ministries = {c: tuple(v) for c, v in ministries.items()}


def per_codebook(fn):
    """Decorator: ``fn(cb)`` computed once per codebook and kept on it, so it goes with it.

    Compiled matchers and word sets are derived from a codebook; an ``lru_cache`` keyed on
    codebooks kept an edited user codebook's old versions, and their matchers, alive.

    >>> calls = []
    >>> @per_codebook
    ... def size(cb):
    ...     calls.append(1)
    ...     return len(cb.actors)
    >>> cb = load_codebook()
    >>> size(cb) == size(cb) == len(cb.actors), len(calls)
    (True, 1)
    """
    key = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def cached(cb: Codebook):
        store = cb.__dict__.setdefault("_derived", {})
        if key not in store:
            store[key] = fn(cb)
        return store[key]

    return cached


#: (package codebook id, user folder) -> (signature, package codebook, extended codebook):
#: one version per folder, the newest (an edit replaces the old one: memory stays bounded).
_EXTENDED: dict[tuple, tuple] = {}
_MAX_FOLDERS = 8


def _load_extended(base: Codebook, folder: Path, signature: tuple) -> Codebook:
    key = (id(base), folder)
    hit = _EXTENDED.get(key)
    if hit is not None and hit[0] == signature and hit[1] is base:
        return hit[2]
    _EXTENDED.pop(key, None)
    cb = _read_extended(base, folder)
    while len(_EXTENDED) >= _MAX_FOLDERS:
        _EXTENDED.pop(next(iter(_EXTENDED)))
    _EXTENDED[key] = (signature, base, cb)
    return cb


def _read_extended(base: Codebook, folder: Path) -> Codebook:
    cb = copy_codebook(base)
    cb.extra = (*base.extra, folder)
    cb.surface = defaultdict(list, cb.surface)
    cb.roles = defaultdict(list, cb.roles)
    _read_actor_tables(cb, folder, user=base)
    _index_ministries(cb)
    cb.surface = dict(cb.surface)
    cb.roles = dict(cb.roles)
    return cb


def copy_codebook(cb: Codebook) -> Codebook:
    """A copy of ``cb`` whose actors, surface forms, roles and alias rules can be extended
    without touching ``cb`` (the lexicons are shared: they are read, never changed). The copy
    is a new object, so it gets its own compiled matchers."""
    return Codebook(
        root=cb.root,
        actors=dict(cb.actors),
        surface={k: list(v) for k, v in cb.surface.items()},
        roles={k: list(v) for k, v in cb.roles.items()},
        alias_rules=dict(cb.alias_rules),
        titles=cb.titles,
        themes=cb.themes,
        cues=cb.cues,
        events=cb.events,
        modality=cb.modality,
        plover=cb.plover,
        heads=cb.heads,
        ministries=cb.ministries,
        person_cues=cb.person_cues,
        extra=cb.extra,
    )


class _UserChecks:
    """What a user codebook's rows may not do: take a name of the package codebook
    (``Russia`` for a person: every Russia would become that person), use a name without a
    letter or digit (``.``: every full stop an actor), or point to a country that is none."""

    def __init__(self, cb: Codebook, package: Codebook):
        self.cb = cb
        self.builtin: dict[str, str] = {}
        for form, owners in package.surface.items():
            self.builtin.setdefault(form.casefold(), owners[0][0])

    def form(self, form: str, actor: str, at: str) -> None:
        text = form.strip()
        if not text:
            return
        if not any(c.isalnum() for c in text):
            raise CodebookError(f"{at}: the name or alias {text!r} holds no letter or digit")
        owner = self.builtin.get(text.casefold())
        if owner is not None and owner != actor:
            raise CodebookError(
                f"{at}: {text!r} already names {owner!r} in the package codebook; a user "
                "codebook cannot take a built-in name (drop it, or give a longer form)"
            )

    def ids(self, row: dict, at: str) -> None:
        """A row's ``country`` is a country id, its ``stands_for`` an actor id."""
        for key, what in (("country", "a country id"), ("stands_for", "an actor id")):
            value = row.get(key, "")
            actor = self.cb.actors.get(value)
            if value and (actor is None or (key == "country" and actor.type != "country")):
                known = value.upper() in self.cb.actors
                hint = f" (did you mean {value.upper()!r}?)" if known else ""
                raise CodebookError(f"{at}: {key} {value!r} is not {what} of the codebook{hint}")


def _read_actor_tables(cb: Codebook, root: Path, user: Codebook | None = None) -> None:
    """Countries, organizations, people, roles and alias rules of ``root`` into ``cb``.

    ``user`` is the package codebook when ``root`` is a user codebook: its files are
    optional, its ids must be new, and messages name its files by full path."""
    r = _TableReader(cb, root, user)
    _read_countries(r)
    _read_organizations(r)
    _read_people(r)
    _read_roles(r)
    for i, row in r.rows("alias_rules.csv"):
        r.need(row, r.where("alias_rules.csv", i), "alias", "winner")
        cb.alias_rules[row["alias"]] = row["winner"]


class _TableReader:
    """The actor tables of one codebook folder ``root`` read into ``cb``; ``user`` is the
    package codebook when ``root`` is a user codebook (see :func:`_read_actor_tables`)."""

    def __init__(self, cb: Codebook, root: Path, user: Codebook | None) -> None:
        self.cb, self.root, self.user = cb, root, user
        self.check = _UserChecks(cb, user) if user is not None else None

    def add_form(self, form: str, actor: str, kind: str, origin: str, at: str) -> None:
        if self.check is not None:
            self.check.form(form, actor, at)
        self.cb.add_surface(form, actor, kind, origin)

    def check_ids(self, row: dict, at: str) -> None:
        if self.check is not None:
            self.check.ids(row, at)

    def rows(self, name: str):
        if self.user is not None and not (self.root / name).is_file():
            return []
        return enumerate(read_table(name, self.root), start=2)

    def where(self, name: str, line: int) -> str:
        return f"{self.root / name if self.user is not None else name} line {line}"

    def src(self, name: str) -> str:
        return str(self.root / name) if self.user is not None else name

    def add_actor(self, a: Actor, at: str) -> None:
        user, cb = self.user, self.cb
        if user is not None and a.id in user.actors:
            raise CodebookError(
                f"{at}: actor id {a.id!r} is already in the package codebook "
                f"({user.actors[a.id].source or 'countries.csv'}); choose another id"
            )
        if a.id in cb.actors:
            raise CodebookError(f"{at}: duplicate actor id {a.id!r}")
        cb.actors[a.id] = a

    @staticmethod
    def need(row: dict, at: str, *keys: str) -> None:
        missing = [k for k in keys if not row.get(k)]
        if missing:
            raise CodebookError(f"{at}: no {', '.join(missing)}")


def _read_countries(r: _TableReader) -> None:
    """countries.csv: each country, its names and demonyms, and its capital as a place."""
    cb = r.cb
    for i, row in r.rows("countries.csv"):
        at = r.where("countries.csv", i)
        r.need(row, at, "id", "name")
        a = Actor(row["id"], row["name"], "country", row["id"], row["id"], row.get("wikidata", ""))
        if r.user is not None:
            a.source = r.src("countries.csv")
        r.add_actor(a, at)
        for form in [row["name"], *split(row.get("aliases", ""))]:
            r.add_form(form, a.id, "name", "countries.csv", at)
        for form in split(row.get("demonyms", "")):
            r.add_form(form, a.id, "demonym", "countries.csv", at)
        if row.get("capital"):
            pid = slugify(row["capital"])
            if pid not in cb.actors:
                r.add_actor(
                    Actor(
                        pid, row["capital"], "place", a.id, a.id, row.get("capital_wikidata", "")
                    ),
                    at,
                )
            for form in [row["capital"], *split(row.get("capital_aliases", ""))]:
                r.add_form(form, pid, "place", "countries.csv", at)


def _read_organizations(r: _TableReader) -> None:
    """organizations.csv: organizations and blocs, their names and demonyms."""
    for i, row in r.rows("organizations.csv"):
        at = r.where("organizations.csv", i)
        r.need(row, at, "id", "name", "type")
        r.check_ids(row, at)
        a = Actor(
            row["id"],
            row["name"],
            row["type"],
            row.get("country", ""),
            row.get("stands_for", "") or row["id"],
            row.get("wikidata", ""),
            members=tuple(split(row.get("members", ""))),
            source=r.src("organizations.csv"),
        )
        r.add_actor(a, at)
        for form in [row["name"], *split(row.get("aliases", ""))]:
            r.add_form(form, a.id, "name", "organizations.csv", at)
        for form in split(row.get("demonyms", "")):
            r.add_form(form, a.id, "demonym", "organizations.csv", at)


def _read_people(r: _TableReader) -> None:
    """people.csv: people and their names."""
    for i, row in r.rows("people.csv"):
        at = r.where("people.csv", i)
        r.need(row, at, "id", "name")
        r.check_ids(row, at)
        a = Actor(
            row["id"],
            row["name"],
            "person",
            row.get("country", ""),
            row.get("country", ""),
            row.get("wikidata", ""),
            gender=row.get("gender", ""),
            source=r.src("people.csv"),
        )
        r.add_actor(a, at)
        for form in [row["name"], *split(row.get("aliases", ""))]:
            r.add_form(form, a.id, "name", "people.csv", at)


def _read_roles(r: _TableReader) -> None:
    """roles.csv: each person's offices, with their dates."""
    cb = r.cb
    for i, row in r.rows("roles.csv"):
        at = r.where("roles.csv", i)
        r.need(row, at, "person", "role")
        r.check_ids(row, at)
        if r.user is not None and row["person"] not in cb.actors:
            raise CodebookError(f"{at}: person {row['person']!r} is in no people.csv")
        cb.roles[row["person"]].append(
            Role(
                row["person"],
                row["role"],
                row.get("office", ""),
                row.get("country", ""),
                _date(row.get("start", ""), at),
                _date(row.get("end", ""), at),
                row.get("acting", "").lower() == "yes",
            )
        )


@per_codebook
def acting_bodies(cb: Codebook) -> frozenset[str]:
    """``heads.csv``: the nouns of a state's bodies that act for it (government, army,
    ministry, embassy ...), lower case.

    >>> {"army", "ministry"} <= acting_bodies(load_codebook())
    True
    """
    return frozenset(r["word"].lower() for r in cb.heads if r.get("stands_for_state") == "yes")
