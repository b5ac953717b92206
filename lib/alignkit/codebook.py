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
import os
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Actor",
    "Codebook",
    "CodebookError",
    "Role",
    "data_dir",
    "load_codebook",
    "project_dir",
    "read_table",
]


def project_dir() -> Path:
    """The repository root (``lib/alignkit/`` lives two levels below it)."""
    return Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The data folder: ``$ALIGNKIT_DATA`` when set, else ``<repo>/data``."""
    env = os.environ.get("ALIGNKIT_DATA")
    return Path(env) if env else project_dir() / "data"


class CodebookError(ValueError):
    """A codebook file that is missing or inconsistent; the message names file and row."""


def read_table(name: str, root: Path | None = None) -> list[dict[str, str]]:
    """Rows of ``data/codebook/<name>`` as dicts of stripped strings (stdlib csv: fast)."""
    path = (root or data_dir() / "codebook") / name
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return [
                {k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(f)
            ]
    except OSError as err:
        raise CodebookError(f"{path}: cannot read codebook file ({err.strerror or err})") from err


def split(value: str) -> list[str]:
    """Split a ``|``-separated multi-value cell."""
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


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
    #: person_cues.csv: kind (portfolio, non_person, appositive, commentator, speech, suffix)
    #: -> words
    person_cues: dict[str, frozenset[str]] = field(default_factory=dict)

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


@lru_cache(maxsize=4)
def load_codebook(root: str | Path | None = None) -> Codebook:
    """Read every codebook file once (cached) and index it.

    Parameters
    ----------
    root : path, optional
        A ``codebook`` folder; defaults to ``data/codebook`` (see :func:`data_dir`).
    """
    root = Path(root) if root else data_dir() / "codebook"
    cb = Codebook(root=root)

    def add_actor(a: Actor, where: str):
        if a.id in cb.actors:
            raise CodebookError(f"{where}: duplicate actor id {a.id!r}")
        cb.actors[a.id] = a

    for row in read_table("countries.csv", root):
        a = Actor(row["id"], row["name"], "country", row["id"], row["id"], row.get("wikidata", ""))
        add_actor(a, "countries.csv")
        for form in [row["name"], *split(row.get("aliases", ""))]:
            cb.add_surface(form, a.id, "name", "countries.csv")
        for form in split(row.get("demonyms", "")):
            cb.add_surface(form, a.id, "demonym", "countries.csv")
        if row.get("capital"):
            from .article import slugify

            pid = slugify(row["capital"])
            if pid not in cb.actors:
                add_actor(
                    Actor(
                        pid, row["capital"], "place", a.id, a.id, row.get("capital_wikidata", "")
                    ),
                    "countries.csv",
                )
            for form in [row["capital"], *split(row.get("capital_aliases", ""))]:
                cb.add_surface(form, pid, "place", "countries.csv")

    for row in read_table("organizations.csv", root):
        a = Actor(
            row["id"],
            row["name"],
            row["type"],
            row.get("country", ""),
            row.get("stands_for", "") or row["id"],
            row.get("wikidata", ""),
            members=tuple(split(row.get("members", ""))),
            source="organizations.csv",
        )
        add_actor(a, "organizations.csv")
        for form in [row["name"], *split(row.get("aliases", ""))]:
            cb.add_surface(form, a.id, "name", "organizations.csv")
        for form in split(row.get("demonyms", "")):
            cb.add_surface(form, a.id, "demonym", "organizations.csv")

    for row in read_table("people.csv", root):
        a = Actor(
            row["id"],
            row["name"],
            "person",
            row.get("country", ""),
            row.get("country", ""),
            row.get("wikidata", ""),
            gender=row.get("gender", ""),
            source="people.csv",
        )
        add_actor(a, "people.csv")
        for form in [row["name"], *split(row.get("aliases", ""))]:
            cb.add_surface(form, a.id, "name", "people.csv")

    for i, row in enumerate(read_table("roles.csv", root), start=2):
        where = f"roles.csv line {i}"
        cb.roles[row["person"]].append(
            Role(
                row["person"],
                row["role"],
                row.get("office", ""),
                row.get("country", ""),
                _date(row.get("start", ""), where),
                _date(row.get("end", ""), where),
                row.get("acting", "").lower() == "yes",
            )
        )

    for row in read_table("alias_rules.csv", root):
        cb.alias_rules[row["alias"]] = row["winner"]
    for row in read_table("titles.csv", root):
        cb.titles[row["phrase"].lower()] = row
    cb.themes = [(r["phrase"].lower(), r["theme"]) for r in read_table("themes.csv", root)]
    cb.cues = read_table("cues.csv", root)
    cb.events = read_table("events.csv", root)
    cb.modality = read_table("modality.csv", root)
    cb.plover = {r["type"]: r for r in read_table("plover.csv", root)}
    cb.heads = read_table("heads.csv", root)
    cues = defaultdict(set)
    for row in read_table("person_cues.csv", root):
        cues[row["kind"]].add(row["word"])
    kinds = {"portfolio", "non_person", "appositive", "commentator", "speech", "suffix", *cues}
    cb.person_cues = {k: frozenset(cues[k]) for k in kinds}
    ministries = defaultdict(list)
    for a in cb.actors.values():
        if a.type == "organization" and a.country and "ministry" in a.name.lower():
            ministries[a.country].append(a)
    cb.ministries = {c: tuple(v) for c, v in ministries.items()}
    cb.surface = dict(cb.surface)
    cb.roles = dict(cb.roles)
    return cb
