"""Speakers a text describes but does not name: ``the GOP nominee said``, ``a source said``.

News gives many statements to a person or body it describes by a role: ``a senior aide
said``, ``the Brazilian businessman says``, ``the advocacy group said``. When the
statements stage finds no named party in the subject of a cue, and no person named
earlier with that title (:func:`alignkit.reading.syntax.title_anaphor`), a noun phrase
headed by a role noun of ``data/codebook/speaker_roles.csv`` and opened by a determiner
is the speaker: an actor of the article named by the description (without its
determiner), of the row's type, with the country of a state or place named inside it and
no state it acts for. Such a speaker is listed with its statements and feeds no edge of
the network.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("The veteran union organizer said the strike would go on."))
>>> p = description_speaker(t, 3, 0)
>>> (p.head.text, p.actor, t.actor(p.actor).type, t.actor(p.actor).stands_for or "(none)")
('The veteran union organizer', 'veteran-union-organizer', 'person', '(none)')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .codebook import Actor, Codebook, per_codebook, read_table, slugify, word_list
from .syntax import CIRCUMSTANCE, CLAUSE_BREAKS, NUMBERS, PREPS, SUBORDINATORS
from .words import TIME_WORDS

if TYPE_CHECKING:
    from .tagging import Participant, Tagged

__all__ = [
    "AUTHORED",
    "according_to_source",
    "description_after",
    "quoted_description_after",
    "description_speaker",
    "is_recording",
    "is_role",
    "role_kind",
]

_DETERMINERS = frozenset(["the", "a", "an", "one", "another"])
_BREAKS = frozenset(["and", "or", "but", "who", "which", "that", "whose", "as", "than"])
_STATE_TYPES = frozenset(["country", "place", "bloc"])


@per_codebook
def _roles(cb: Codebook) -> dict[str, str]:
    return {r["word"]: r["kind"] for r in read_table("speaker_roles.csv", cb.root)}


def is_role(t: Tagged, j: int) -> bool:
    """Is token ``j`` a role noun of ``speaker_roles.csv`` (singular: ``aide``, ``group``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The aides met the governor."))
    >>> is_role(t, 1), is_role(t, 4)
    (False, True)
    """
    return role_kind(t, j) is not None


def role_kind(t: Tagged, j: int) -> str | None:
    """The actor type of role noun ``j`` (``speaker_roles.csv``); a document's plural is
    its singular's (``polls``, ``records``: the findings of several), other plurals none.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Exit polls and aides said so."))
    >>> role_kind(t, 1), role_kind(t, 3)
    ('document', None)
    """
    kind = _raw_kind(t, j)
    return "document" if kind == "recording" else kind


def is_recording(t: Tagged, j: int) -> bool:
    """Is token ``j`` a recording noun (``speaker_roles.csv`` kind ``recording``: footage,
    a video, satellite images), a document that shows what happened but holds no words?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Drone videos and the report agree."))
    >>> is_recording(t, 1), is_recording(t, 4), role_kind(t, 1)
    (True, False, 'document')
    """
    return _raw_kind(t, j) == "recording"


def _raw_kind(t: Tagged, j: int) -> str | None:
    roles = _roles(t.codebook)
    w = t.lower[j]
    if w in roles:
        return roles[w]
    if w.endswith("s") and roles.get(w[:-1]) in ("document", "recording"):
        return roles[w[:-1]]
    if w == "data":
        return "document"
    return None


def _opening(t: Tagged, j: int, floor: int) -> int | None:
    """The determiner opening the noun phrase headed by token ``j`` (six words at most),
    or None when a break (a preposition, a conjunction, punctuation) comes first."""
    k = j - 1
    while k >= floor and j - k <= 6:
        w = t.lower[k]
        if w in _DETERMINERS:
            return k
        if w in ("’s", "'s"):
            return _owner_start(t, k, floor)
        if w in PREPS or w in CIRCUMSTANCE or w in _BREAKS:
            return None
        if not (w.replace("-", "").replace(".", "").isalnum() or w in ("’s", "'s", "'", "’", "/")):
            return None  # "/" joins two makers' names: "the latest Reuters/Ipsos poll"
        k -= 1
    return None


def _bare_plural(t: Tagged, j: int, floor: int) -> int | None:
    """The token before a noun phrase with no determiner that opens the sentence at
    ``floor``, or its last clause after a comma, and ends at head ``j``: a plural (``Exit
    polls``, ``Last year's FBI statistics``, ``Exports fell, customs data show``) or a
    mass noun (``New research``, ``Drone footage``), or None.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Exports fell, customs data show."))
    >>> _bare_plural(t, 4, 0)
    2
    """
    k = j
    while k > floor and j - k < 5 and _name_word(t.lower[k - 1]):
        k -= 1
    if k > floor and (t.lower[k - 1] == "," or t.lower[k - 1] in _BEFORE_BARE):
        return k - 1  # "..., customs data show", "... when emails revealed"
    return floor - 1 if k == floor and _name_word(t.lower[floor]) else None


#: words a bare noun phrase may follow that are no part of its name (``when emails
#: showed``, ``but early results suggest``)
_BEFORE_BARE = (
    _BREAKS
    | SUBORDINATORS
    | CLAUSE_BREAKS
    | PREPS
    | CIRCUMSTANCE
    | {"there", "is", "are", "was", "were", "said", "says", "given", "even", "if", "so", "also"}
)


def _name_word(w: str) -> bool:
    """A word a bare noun phrase may hold (``FBI``, ``year's``, ``Reuters/Ipsos``)."""
    if w in _BEFORE_BARE:
        return False
    return w.replace("’s", "").replace("'s", "").replace("/", "").isalnum() or w in ("’s", "'s")


#: words that open a described speaker right after a quotation (``"...," the man said``)
_QUOTE_OPENERS = frozenset(["the", "a", "an", "one", "another", "some", "his", "her", "their"])


def quoted_description(t: Tagged, cue: int, floor: int) -> Participant | None:
    """``"...," the man said``, ``"...!" some protesters chanted``, ``"...," the suit
    reads``: right between a quotation's closing mark (after a comma, ``?`` or ``!``) and
    a cue, a noun phrase opened by a determiner or a possessive pronoun and headed by a
    lower-case noun is the speaker, whatever the noun (the layout leaves no other reading);
    a described speaker without a state, as :func:`description_speaker`'s.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('"We will not move," the old fisherman said.'))
    >>> t.actor(quoted_description(t, t.lower.index("said"), 0).actor).name
    'old fisherman'
    """
    q = next((k for k in range(cue - 2, max(floor, cue - 8) - 1, -1) if t.lower[k] in
              ('"', "”", "''")), None)  # fmt: skip
    if q is None or q - 1 < floor or t.lower[q - 1] not in (",", "?", "!"):
        return None
    d, j = q + 1, cue - 1
    if t.lower[d] not in _QUOTE_OPENERS or j <= d or not t.words[j].isalpha():
        return None
    if not t.words[j].islower() or any(k in t.by_tok for k in range(d, cue)):
        return None
    if any(not (w.isalpha() or w in ("-", "’s", "'s")) for w in t.lower[d + 1 : cue]):
        return None
    return _described_party(t, d, j)


_OF_OPENERS = frozenset(["the", "those", "these", "his", "her", "their", "its", "our"])


def _described_party(t: Tagged, d: int, head: int) -> Participant | None:
    """The speaker a determiner at ``d`` opens and the noun at ``head`` ends (``the old
    fisherman``), as a new actor without a state, named by its words after the determiner;
    None when the name is empty or the codebook's."""
    from .tagging import Mention, Participant  # the tagger imports this stage's modules

    start, end = t.starts[_name_start(t, d + 1, head)], t.ends[head]
    name = t.article.text[start:end]
    pid = slugify(name)
    if not pid or pid in t.codebook.actors:
        return None
    if pid not in t.extra_actors:
        kind = role_kind(t, head) or "person"
        t.extra_actors[pid] = Actor(pid, name, kind, "", "", source="text")
    m = Mention(t.starts[d], end, t.article.text[t.starts[d] : end], pid, "description",
                t.tok_sent[head], d, head + 1)  # fmt: skip
    return Participant(d, head + 1, m.start, m.end, m, [m], False, m.sentence)


def _name_start(t: Tagged, a: int, head: int) -> int:
    """The first token of a described speaker's name that starts at ``a`` after its
    opener: past ``of`` and a determiner in ``one of the aides`` (named ``aides``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("One of his aides said so."))
    >>> t.words[_name_start(t, 1, 3)], t.words[_name_start(t, 3, 3)]
    ('aides', 'aides')
    """
    if a < head and t.lower[a] == "of":
        a += 1
        if a < head and t.lower[a] in _OF_OPENERS:
            a += 1
    return a


def _owner_start(t: Tagged, k: int, floor: int) -> int | None:
    """``Lund's spokesman``, ``the senator's campaign manager``: the token before the
    owner whose possessive ``'s`` is token ``k`` (a party, a name of at most three
    capitalized words, or a determined noun phrase), or None."""
    p = t.ending_at(k)
    if p is not None and p.possessive:
        a = t.actor(p.actor)
        if a is None or a.type in _STATE_TYPES or (a.stands_for and a.type != "person"):
            return None  # "Peru's president": the state's own office, read by the tagger
        return p.tok - 1 if p.tok >= floor else None
    a = k
    while a - 1 >= floor and k - a < 3 and t.words[a - 1][:1].isupper():
        a -= 1
    if a < k and all(w.isalpha() for w in t.words[a:k]):
        return a - 1
    return _opening(t, k, floor)


def description_speaker(t: Tagged, j: int, floor: int) -> Participant | None:
    """The described speaker whose head noun is token ``j`` (``floor``: the first token
    the phrase may start at), or None.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("A Chilean economist said the peso would fall."))
    >>> a = t.actor(description_speaker(t, 2, 0).actor)
    >>> (a.name, a.country, a.stands_for or "(none)")
    ('Chilean economist', 'CHL', '(none)')
    >>> description_speaker(t, 5, 0) is None  # 'the peso': no role noun
    True
    """
    from .tagging import Mention, Participant  # the tagger imports this stage's modules

    kind = role_kind(t, j)
    if kind is None or not t.words[j].isalpha() or j in t.by_tok:
        return None
    author = _author_of(t, j) if kind == "document" else None
    if author is not None:
        return author  # "The letter, signed by Foreign Minister Jane Roe, said": hers
    k = _opening(t, j, floor)
    if k is None and kind == "document":
        # "Exit polls taken in Ohio found", "New research suggests": no determiner
        k = _bare_plural(t, j, floor)
    if k is None:
        return None
    start, end = t.starts[k + 1], t.ends[j]
    name = t.article.text[start:end]
    pid = slugify(name)
    if pid in t.codebook.actors:
        return None
    if pid not in t.extra_actors:
        state = _holders_state(t, j) or (_voiced_state(t, j) if kind == "person" else "")
        t.extra_actors[pid] = Actor(
            pid, name, kind, state or _country(t, k + 1, j), state, source="text"
        )
    if k < floor or t.lower[k] not in _DETERMINERS:
        k += 1  # "Lund's aide", "Exit polls": the mention is the name, no determiner
    m = Mention(t.starts[k], end, t.article.text[t.starts[k] : end], pid, "description",
                t.tok_sent[j], k, j + 1)  # fmt: skip
    return Participant(k, j + 1, m.start, m.end, m, [m], False, m.sentence)


# the participles that name a document's author after them ("a letter signed by ...",
# "a statement, issued by the rebels,")
AUTHORED = frozenset({"signed", "written", "sent", "authored", "penned", "co-signed", "issued",
                      "released"})  # fmt: skip


def _author_of(t: Tagged, j: int):
    """The party a document at token ``j`` is signed or written by (``the letter, signed
    by Foreign Minister Jane Roe,``, ``the letter written by the envoy``), else None."""
    k = j + 1 + (j + 1 < len(t.lower) and t.lower[j + 1] == ",")
    if k + 2 >= len(t.lower) or t.lower[k] not in AUTHORED or t.lower[k + 1] != "by":
        return None
    k += 2 + (t.lower[k + 2] in ("the", "a"))
    p = t.by_tok.get(k)
    if p is None or t.tok_sent[k] != t.tok_sent[j]:
        return None
    a = t.actor(p.actor)
    speaks = ("person", "office", "organization", "country", "group", "bloc")
    return p if a is not None and a.type in speaks else None  # "issued by al-Shabaab": a group


def _holders_state(t: Tagged, j: int) -> str:
    """The state an officeholder's office at token ``j`` speaks for: the state of the
    person or office whose possessive comes right before it (``Ruto's office``), else ''."""
    if t.lower[j] != "office" or j < 2 or t.lower[j - 1] not in ("'s", "’s"):
        return ""
    p = t.by_tok.get(j - 2)
    a = t.actor(p.actor) if p is not None else None
    return a.stands_for if a is not None and a.type in ("person", "office") else ""


@per_codebook
def _voiced_nouns(cb: Codebook) -> frozenset[str]:
    """``voiced_nouns.csv``: the nouns of a stance voiced for a state (``concern``)."""
    return word_list("voiced_nouns.csv", cb.root)


@per_codebook
def _voiced_verbs(cb: Codebook) -> frozenset[str]:
    """``voiced_verbs.csv``: the verbs that pass on a stance (``expressed``)."""
    return word_list("voiced_verbs.csv", cb.root)


def _voiced_state(t: Tagged, j: int) -> str:
    """The state whose stance the unnamed official at token ``j`` voices right after
    their verb (``the minister expressed Chile's concern``, ``the envoy also restated
    Peru's position``: ``voiced_verbs.csv``, ``voiced_nouns.csv``), else ''."""
    x = j + 1
    while x < j + 3 and x < len(t.words) and t.words[x].isalpha() and t.words[x].islower():
        x += 1  # the verb, an adverb before it
    if x > j + 1 and x < len(t.lower) and t.lower[x] == "out":
        x += 1  # "set out"
    verbs = _voiced_verbs(t.codebook)
    if not any(t.lower[v] in verbs for v in range(j + 1, x)):
        return ""  # "the minister rejected Chile's position": no voice of Chile
    p = t.by_tok.get(x)
    if x == j + 1 or p is None or p.tok != x or p.tok_end + 1 >= len(t.lower):
        return ""
    a = t.actor(p.actor)
    if a is None or a.type != "country" or t.lower[p.tok_end] not in ("'s", "’s"):
        return ""
    nouns, n = _voiced_nouns(t.codebook), p.tok_end + 1
    if any(" ".join(t.lower[n : n + w]) in nouns for w in (1, 2)):
        return a.stands_for or a.id
    return ""


def _country(t: Tagged, a: int, b: int) -> str:
    """The country of a state, place or demonym named in tokens ``a..b``, else ``""``."""
    for i in range(a, b):
        p = t.by_tok.get(i)
        actor = t.actor(p.actor) if p is not None else None
        if actor is not None and actor.type in _STATE_TYPES and actor.country:
            return actor.country
    return ""


def description_after(t: Tagged, k: int, hi: int) -> Participant | None:
    """``"...," said a senior aide``: the described speaker opening at token ``k``, right
    after an inverted cue, its role noun ending the phrase (the sentence ends before
    ``hi``), or None.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('"The dam will hold," said a senior aide to the governor.'))
    >>> description_after(t, 8, len(t.words)).head.text
    'a senior aide'
    """
    if k >= hi or t.lower[k] not in _DETERMINERS:
        return None
    roles = _roles(t.codebook)
    j, head = k + 1, None
    while j < min(hi, k + 7):
        w = t.lower[j]
        if not w.replace("-", "").isalpha() or w in PREPS or w in CIRCUMSTANCE or w in _BREAKS:
            break
        head = j if w in roles else None
        j += 1
    return description_speaker(t, head, k) if head is not None else None


#: what may end a described speaker after an inverted cue (``said the woman, who ...``)
_AFTER_END = frozenset([",", ".", ";", "who", "whose", "(", "—", "–"])


def quoted_description_after(t: Tagged, k: int, hi: int) -> Participant | None:
    """``"...," said the woman``, ``"...?" asked a 71-year-old voter, who ...``: the
    mirror of :func:`quoted_description`. Right after a quotation's closing mark (after a
    comma, ``?`` or ``!``) and its inverted cue, a noun phrase opened by a determiner at
    token ``k`` and headed by a lower-case noun that ends the clause is the speaker,
    whatever the noun; a time (``said the next day``) is none.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('"We will not move," said the old fisherman, who stayed.'))
    >>> t.actor(quoted_description_after(t, 8, len(t.words)).actor).name
    'old fisherman'
    >>> t = tag(parse_article('"We will not move," said the next day.'))
    >>> quoted_description_after(t, 8, len(t.words)) is None
    True
    """
    cue = k - 1
    if cue < 2 or k >= hi or t.lower[cue - 1] not in ('"', "”", "''"):
        return None
    if t.lower[cue - 2] not in (",", "?", "!") or t.lower[k] not in _QUOTE_OPENERS:
        return None
    j = k + 1
    while j < min(hi, k + 7) and t.lower[j] not in _AFTER_END:
        j += 1
    head = j - 1
    if head <= k or (j < hi and t.lower[j] not in _AFTER_END):
        return None
    words = t.words[k + 1 : j]
    if not all((w == "-" or w.replace("-", "").isalnum()) and w == w.lower() for w in words):
        return None
    if not t.words[head].isalpha() or t.lower[head] in TIME_WORDS:
        return None
    if any(i in t.by_tok for i in range(k, j)):
        return None
    return _described_party(t, k, head)


_PHRASE_END = frozenset([",", ".", ";", ":", "(", ")", "—", "–", "?", "!"])


def according_to_source(t: Tagged, k: int, hi: int) -> Participant | None:
    """``according to a poll by the state university``: the source the phrase opening at
    token ``k`` names, when no party stands there: up to the first comma or the end of the
    sentence (``hi``), twelve words at most, with a determiner or a capital, and no head
    of ``not_sources.csv`` (``according to plan``); a count opens it too (``according to
    three intelligence sources``). Its type is the role's
    (``speaker_roles.csv``: ``a senior aide``), else ``document`` (a poll, a report, data).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Rents rose by a third, according to a survey of landlords."))
    >>> p = according_to_source(t, 8, len(t.words))
    >>> (p.head.text, t.actor(p.actor).type)
    ('a survey of landlords', 'document')
    >>> t = tag(parse_article("The ferry left at noon, according to plan."))
    >>> according_to_source(t, 8, len(t.words)) is None
    True
    """
    from .tagging import Mention, Participant  # the tagger imports this stage's modules

    e = k
    while e < min(hi, k + 12) and t.lower[e] not in _PHRASE_END and t.lower[e] not in _BREAKS:
        e += 1
    if e == k or (e < hi and t.lower[e] not in _PHRASE_END):
        return None
    words = t.words[k:e]
    counted = t.lower[k] in NUMBERS or t.lower[k].isdigit()  # "according to three polls"
    if t.lower[e - 1] in _not_sources(t.codebook) or not (
        t.lower[k] in _DETERMINERS or counted or any(w[:1].isupper() for w in words)
    ):
        return None
    a = k + 1 if t.lower[k] in _DETERMINERS else k
    name = t.article.text[t.starts[a] : t.ends[e - 1]]
    pid = slugify(name)
    if not pid or pid in t.codebook.actors:
        return None
    if pid not in t.extra_actors:
        kind = role_kind(t, e - 1) or "document"
        t.extra_actors[pid] = Actor(pid, name, kind, _country(t, a, e), "", source="text")
    m = Mention(t.starts[k], t.ends[e - 1], t.article.text[t.starts[k] : t.ends[e - 1]], pid,
                "description", t.tok_sent[k], k, e)  # fmt: skip
    return Participant(k, e, m.start, m.end, m, [m], False, m.sentence)


@per_codebook
def _not_sources(cb: Codebook) -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("not_sources.csv", cb.root))
