"""The text's own author: who speaks in a speech, a statement, remarks or an editorial.

Many texts are one speaker's words with no label: remarks at the UN, a press statement, a
joint statement of several governments, a readout whose attribution line names the
spokesperson, an outlet's editorial. :func:`text_author` finds that author where the
text's shape says so, and only there (a news report is never one author's words):

* a headline that *begins* with the kind of text and its author: ``Remarks by Ambassador
  Jane Roe at a UN Security Council Briefing on X``, ``Statement by the Troika``, ``Joint
  Statement of A, B and C``, ``Press Statement by Secretary X``;
* an attribution line among the first paragraphs: ``The following is attributable to
  Spokesperson Jane Roe:``, ``The below is attributable to ...``;
* the ``Source:`` (or ``Title:``) header line's description of the text: ``... remarks by
  Ambassador Jane Roe, ...`` (the body that issues it, written before, gives the state:
  ``U.S. Mission to the UN remarks by ...``), or ``X Editorial`` (the outlet).

The author phrase stops where the occasion begins (``at``, ``on``, ``before``, ``during``
...): ``on Ukraine`` is the topic, not the author. The author is the person the phrase
names (with the state of its title, of the phrase, or of the issuing body before the kind
word), else every state, bloc or organization it names (a joint statement is each of its
signatories), else, for an editorial, the outlet as an organization without a state.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> text = "Statement by Russia and China on the Summit\\n\\nWe welcome the outcome."
>>> text_author(tag(parse_article(text)))
['RUS', 'CHN']
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .codebook import Actor, slugify

if TYPE_CHECKING:
    from .tagging import Tagged

__all__ = ["text_author"]

_KIND = (
    r"(?:joint\s+)?(?:press\s+)?"
    r"(?:remarks|statement|speech|address|op-ed|message|declaration|communiqu[eé])"
)
_HEADLINE = re.compile(rf"^\s*{_KIND}\s+(?:by|of|from)\s+(?P<who>.+)$", re.I)
_DESCRIBED = re.compile(
    rf"(?P<issuer>[^;(\"“”]*?)\b{_KIND}\s+(?:by|of|from)\s+(?P<who>[^;()\"“”]+)", re.I
)
_ATTRIBUTION = re.compile(
    r"^\s*the\s+(?:below|following|above)\s+(?:statement\s+)?(?:is|are)\s+attributable\s+to\s+"
    r"(?P<who>[^:\n]+?)\s*:?\s*$",
    re.I,
)
_EDITORIAL = re.compile(r"(?P<who>\b[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+Editorial\b")
# where the occasion or the topic begins: "... at a briefing on Ukraine"
_OCCASION = re.compile(
    r"\s+(?:at|on|before|during|following|after|regarding|about|upon|in\s+response)\s+"
    r"|\s+--|\s+[—–]\s+"
)
_SPEAKS = ("person", "country", "bloc", "organization", "group")
# the lower-case words a name, a title or a list of signatories holds ("Minister of ...")
_NAME_GLUE = frozenset({"of", "the", "and", "for", "to", "a", "an", "&", "de", "du", "la", "le"})


def _names_only(phrase: str) -> bool:
    """Is ``phrase`` names and titles only, no clause ("Putin angers Kyiv" is a clause)?"""
    words = re.findall(r"[\w'’.&-]+", phrase)
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_GLUE for w in words)


def _phrases(t: Tagged) -> list[tuple[str, str, bool]]:
    """(author phrase, issuer phrase, editorial?) where the text's shape names its author."""
    art = t.article
    out = []
    if art.headline is not None:
        m = _HEADLINE.match(art.headline.text)
        if m:
            out.append((m.group("who"), "", False))
    for p in art.paragraphs[:3]:
        m = _ATTRIBUTION.match(p.text.split("\n")[0])
        if m:
            out.append((m.group("who"), "", False))
    for key in ("title", "source"):
        value = art.metadata.get(key, "")
        m = _DESCRIBED.search(value)
        # the issuing body before the kind word, if any, is a name ("U.S. Mission to the
        # UN remarks by"), not a clause of a news title ("Kremlin rejects statement by")
        if m and (not m.group("issuer").strip() or _names_only(m.group("issuer").split()[-1])):
            out.append((m.group("who"), m.group("issuer"), False))
        e = _EDITORIAL.search(value)
        if e:
            out.append((e.group("who"), "", True))
    return out


def _states(sub: Tagged) -> list[str]:
    """The states and blocs a tagged phrase names, in order, once each."""
    found = []
    for m in sub.mentions:
        a = sub.actor(m.actor)
        state = a.stands_for if a is not None and a.type in ("country", "bloc", "place") else ""
        if state and state not in found:
            found.append(state)
    return found


def _resolve(t: Tagged, who: str, issuer: str, editorial: bool) -> list[str]:
    """The actor ids an author phrase names (registered as actors of ``t`` when new)."""
    from .article import parse_article
    from .tagging import tag

    who = _OCCASION.split(who, maxsplit=1)[0].strip(" ,.")
    if not _names_only(who):
        return []  # "Statement by Putin angers Kyiv": a news headline, not an author
    sub = tag(parse_article(who), t.codebook)
    states = _states(sub) or (_states(tag(parse_article(issuer), t.codebook)) if issuer else [])
    persons = [m.actor for m in sub.mentions if (a := sub.actor(m.actor)) and a.type == "person"]
    if persons:
        pid = persons[0]
        a = sub.actor(pid)
        if pid in sub.extra_actors:
            known = t.extra_actors.get(pid, a)
            state = known.stands_for or a.stands_for or (states[0] if states else "")
            t.extra_actors[pid] = replace(known, country=known.country or state, stands_for=state)
        return [pid]
    if states:
        return states
    others = [m.actor for m in sub.mentions if (a := sub.actor(m.actor)) and a.type in _SPEAKS]
    for oid in others[:1]:
        if oid in sub.extra_actors:
            t.extra_actors.setdefault(oid, sub.extra_actors[oid])
        return [oid]
    if editorial:
        oid = slugify(who)
        if oid and oid not in t.codebook.actors:
            t.extra_actors.setdefault(oid, Actor(oid, who, "organization", "", "", source="text"))
        return [oid] if t.actor(oid) is not None else []
    return []


def text_author(t: Tagged) -> list[str]:
    """The actor ids of the text's own author (several for a joint statement), or ``[]``
    when the text's shape names none (see the module's docstring).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> news = "Russia Warns NATO\\n\\nWe will respond, a Russian official said."
    >>> text_author(tag(parse_article(news)))
    []
    >>> line = "The following is attributable to Spokesperson Jane Roe of Canada:"
    >>> t = tag(parse_article("Call Readout\\n\\n" + line + "\\n\\nWe welcome the talks."))
    >>> ids = text_author(t)
    >>> ids, t.actor(ids[0]).stands_for
    (['jane-roe'], 'CAN')
    """
    for who, issuer, editorial in _phrases(t):
        found = _resolve(t, who, issuer, editorial)
        if found:
            return found
    return []
