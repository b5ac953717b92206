"""States a speech names only as attending its meeting: no partner of whoever welcomes them.

Remarks at the United Nations open with courtesies: ``I welcome the participation of the
representatives of Chad and Niger in this meeting``, ``I also welcome the Minister of
Foreign Affairs of Malta to the Council``, ``I thank the representative of Laos for his
statement``. A state named so takes part in a meeting; the one who welcomes or thanks it
states no relation with it. The words come from ``attendance_words.csv``: acts of
attending (``participation``, ``presence``), the delegates a state sends
(``representative``, ``delegation``), officeholders who may attend (``minister``), and the
meetings they attend (``meeting``, ``Council``).

A party is an attendee when the phrase that names it (names, titles and delegates joined
by ``of``, ``and``, commas) follows an act of attending (``the presence of ...``), or is
followed by the meeting it is welcomed to or the attendance it is thanked for; or when a
delegate of it is welcomed (``I welcome the representative of Peru``). The same phrase
without those words is read as before: ``we welcome the presence of Kenyan police in
Haiti`` names no delegate, ``I welcomed my counterpart from Chile in Santiago`` no meeting.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("I welcome the presence of the representatives of Chad and Niger."))
>>> sorted(attendees(t, 0, len(t.lower)))
['NER', 'TCD']
"""

from __future__ import annotations

from .codebook import Codebook, forms_by_kind, per_codebook
from .source_line import NAME_GLUE
from .syntax import parts_in
from .tagging import Tagged

__all__ = ["attendees", "attending_parts"]

# the words between a preposition and the meeting it names: "in today's meeting", "at this
# open debate"
_DETERMINERS = frozenset({"the", "this", "today", "'s", "’s", "our", "these", "open"})
_WELCOMES = frozenset({"welcome", "welcomes", "welcomed", "welcoming"})


@per_codebook
def _words(cb: Codebook) -> dict[str, frozenset[str]]:
    """``attendance_words.csv`` by kind: act, delegate, officer, forum."""
    return forms_by_kind("attendance_words.csv", cb.root, "word")


def _in_phrase(t: Tagged, k: int, words: dict) -> bool:
    """Can token ``k`` belong to a phrase of names, titles and delegates?"""
    w = t.words[k]
    low = t.lower[k]
    return (
        w[:1].isupper()
        or (low in NAME_GLUE and low != "to")  # "to this meeting" ends the phrase
        or low in (",", "'s", "’s", "his", "her")
        or low in words["delegate"]
        or low in words["officer"]
    )


def _phrase(t: Tagged, lo: int, hi: int, a: int, b: int, words: dict) -> tuple[int, int]:
    """The span of the phrase of names and titles around tokens ``a:b``, within ``lo:hi``
    (trailing glue and commas left out)."""
    while a > lo and _in_phrase(t, a - 1, words) and t.lower[a - 1] not in _WELCOMES:
        a -= 1
    while b < hi and _in_phrase(t, b, words):
        b += 1
    while b > a and t.lower[b - 1] in (",", "and", "the", "of", "for", "his", "her"):
        b -= 1
    return a, b


def _attending_before(t: Tagged, lo: int, a: int, words: dict) -> bool:
    """Does an act of attending govern the phrase starting at ``a`` ("the presence of")?"""
    return t.lower[a] == "of" and a - 1 >= lo and t.lower[a - 1] in words["act"]


def _meeting_after(t: Tagged, b: int, hi: int, words: dict) -> bool:
    """Is the phrase ending before ``b`` welcomed to a meeting ("to this meeting", "at
    today's debate") or thanked for attending ("for his statement", "for joining us")?"""
    if b >= hi:
        return False
    prep = t.lower[b]
    k = b + 1
    while k < hi and k < b + 4 and t.lower[k] in _DETERMINERS | {"their", "his", "her", "its"}:
        k += 1
    if k >= hi:
        return False
    if prep in ("to", "at", "in"):
        return t.lower[k] in words["forum"]
    return prep == "for" and t.lower[k] in words["act"]


def _delegate_of(t: Tagged, q, a: int, words: dict) -> bool:
    """Is the party ``q`` named through a delegate ("the representatives of Chad and
    Niger", "Peru's delegation")?"""
    if q.possessive:
        return (
            q.tok_end < len(t.lower)
            and t.lower[q.tok_end] in words["delegate"]
            or (q.tok_end + 1 < len(t.lower) and t.lower[q.tok_end + 1] in words["delegate"])
        )
    k = q.tok - 1
    while k > a and t.lower[k] in ("the", "and", ",") or k > a and t.by_tok.get(k) is not None:
        k -= 1
    inside = range(q.tok, q.tok_end)
    return any(t.lower[j] in words["delegate"] for j in inside) or (
        k > a and t.lower[k] == "of" and t.lower[k - 1] in words["delegate"]
    )


def attending_parts(t: Tagged, lo: int, hi: int) -> list:
    """The participants tokens ``lo:hi`` name only as attending a meeting (see the module).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("I thank the representative of Laos for his statement."))
    >>> [q.actor for q in attending_parts(t, 0, len(t.lower))]
    ['LAO']
    """
    words = _words(t.codebook)
    out = []
    for q in parts_in(t, lo, hi):
        a, b = _phrase(t, lo, hi, q.tok, q.tok_end, words)
        staff = any(t.lower[k] in words["delegate"] or t.lower[k] in words["officer"]
                    for k in range(a, b))  # fmt: skip
        before = _attending_before(t, lo, a, words)
        after = _meeting_after(t, b, hi, words)
        welcomed = a > 0 and t.lower[a - 1] in _WELCOMES
        if (
            (staff and (before or after))
            or (before and after)
            or (welcomed and _delegate_of(t, q, a, words))
        ):
            out.append(q)
    return out


def attendees(t: Tagged, lo: int, hi: int) -> set[str]:
    """The parties (and their states) of :func:`attending_parts`.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("I welcome Ghana's Foreign Minister to the Council."))
    >>> sorted(attendees(t, 0, len(t.lower)))
    ['GHA', 'gha-foreign-minister']
    >>> t = tag(parse_article("We welcome the presence of Kenyan police in Haiti."))
    >>> sorted(attendees(t, 0, len(t.lower)))
    []
    """
    return {x for q in attending_parts(t, lo, hi) for x in (q.actor, t.stands_for(q.actor))} - {""}
