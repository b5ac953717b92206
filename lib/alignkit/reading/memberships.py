"""States named together as the members or participants of one undertaking: the people of
several states who take part in it (``the course brought together Chilean, Peruvian and
Bolivian participants``, ``trainees from Ghana and Togo``), and the states a body is made up
of (``a joint commission made up of officials from Peru and Chile``, ``a coalition whose
members include Ghana, Togo and Benin``, ``Chile and Peru are both members of the task
force``).

Each two of them cooperate (PLOVER COOPERATE at the mildest intensity, as a standing tie
told by a noun is): taking part in one undertaking, or sitting in one body, is working
together. The words come from ``membership_words.csv``: participant nouns, the phrases that
tell what a body is made up of, the bodies states make up together, and the people a state
gives to a body. Read over the words alone (no parse): a list of states right before a
participant noun or right after its ``from``; after a body noun and its composition phrase,
the list that follows it and every state named as where its members come from (``three
officials from the Saudi Government``).

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("The course brought together Chilean and Peruvian participants."))
>>> [(e.source_country, e.target_country, e.type) for e in membership_events(t)]
[('CHL', 'PER', 'COOPERATE')]
"""

from __future__ import annotations

import dataclasses

from .codebook import Codebook, per_codebook, phrases_by_kind
from .event_record import Event
from .joint_acts import LIST_WORDS, listed_states, pairwise_events
from .lexicon import phrase_end
from .tagging import Tagged

__all__ = ["membership_events"]

# how far a composition phrase may stand after its body noun ("the Mechanism is made up
# of", "a task force, comprising")
_BODY_GAP = 3
# the words between a member noun and its state ("officials from the U.S. Government")
_FROM = frozenset({"from", "of"})


@per_codebook
def _words(cb: Codebook) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``membership_words.csv`` by kind, each form as a tuple of lower-case words."""
    return phrases_by_kind("membership_words.csv", cb.root)


def membership_events(t: Tagged) -> list[Event]:
    """One mild ``COOPERATE`` between each two states of one undertaking (see the module).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("A task force made up of officials from Peru and Chile met."))
    >>> [(e.source_country, e.target_country) for e in membership_events(t)]
    [('PER', 'CHL')]
    >>> membership_events(tag(parse_article("A region comprising Peru and Chile.")))
    []
    """
    words, low = _words(t.codebook), t.lower
    if not set(low) & {f[0] for f in words["participant"] + words["body"]}:
        return []  # the cheap look: no participant noun and no body named
    info, out, past = t.codebook.plover["COOPERATE"], [], 0
    for k in range(len(low)):
        if t.tok_sent[k] < 0 or k < past:
            continue  # no sentence, or inside a body's name ("task force")
        if phrase_end(low, k, words["participant"]) > 0:
            listed, start = _participants(t, k)
        elif low[k] == "members" and (listed := _members_of(t, k, words)):
            start = listed[0].start  # "A and B are members of the task force"
        elif (past := phrase_end(low, k, words["body"])) > 0:
            listed, start = _members(t, past, words), t.starts[k]
        else:
            continue
        said = t.article.text[t.starts[k] : t.ends[max(k, past - 1)]]  # "task force"
        out += [
            dataclasses.replace(e, intensity=min(2.0, e.intensity))
            for e in pairwise_events(t, listed, "COOPERATE", info, (None, "open"), start, said)
        ]
    return out


def _participants(t: Tagged, k: int) -> tuple[list, int]:
    """The states whose participants the noun at ``k`` names: the list right before it
    (``Chilean and Peruvian participants``) or right after its ``from``; and where the
    evidence starts."""
    before = _listed_before(t, k)
    if len(before) >= 2:
        return before, before[0].start
    if k + 2 < t.sent_tok[t.tok_sent[k]][1] and t.lower[k + 1] == "from":
        listed = listed_states(t, k + 2)
        if listed and listed[0].tok <= k + 3:
            return listed, t.starts[k]
    return [], 0


# the words between a list of states and "members of": "A and B are both members of"
_ARE = frozenset({"are", "were", "remain", "became", "become", "both", "all", "fellow"})


def _members_of(t: Tagged, k: int, words: dict) -> list:
    """The states said to be ``members of`` a body (``Chile and Peru are both members of
    the task force``): the list right before the verb, with a body noun within four words
    after ``of``."""
    hi = t.sent_tok[t.tok_sent[k]][1]
    if k + 1 >= hi or t.lower[k + 1] != "of":
        return []
    if not any(phrase_end(t.lower, j, words["body"]) > 0 for j in range(k + 2, min(k + 6, hi))):
        return []
    j = k
    while j > 0 and t.lower[j - 1] in _ARE and t.tok_sent[j - 1] == t.tok_sent[k]:
        j -= 1
    return _listed_before(t, j) if j < k else []


def _listed_before(t: Tagged, k: int) -> list:
    """The states named one after the other right before token ``k``, in one sentence,
    joined by commas and ``and`` (``U.S., Kenyan and Ugandan``): their first mentions."""
    out, j, sent = [], k, t.tok_sent[k]
    while True:
        m = t.ending_at(j)
        if m is None or m.sentence != sent or not t.serves_state(m.actor):
            break
        if all(t.stands_for(m.actor) != t.stands_for(o.actor) for o in out):
            out.insert(0, m)
        j = m.tok
        while j > 0 and t.tok_sent[j - 1] == sent and t.lower[j - 1] in LIST_WORDS - {"the"}:
            j -= 1
        if j == m.tok:
            break
    return out if len(out) >= 2 else []


def _members(t: Tagged, k: int, words: dict) -> list:
    """The states the body noun ending before ``k`` is made up of: a composition phrase
    within ``_BODY_GAP`` words from ``k``, then the list that follows and the states named as
    where its members come from (``officials from the Saudi Government``), to the
    sentence's end."""
    sent, low = t.tok_sent[k - 1], t.lower
    hi = t.sent_tok[sent][1]
    after = next((e for j in range(k, min(k + _BODY_GAP, hi))
                  if (e := phrase_end(low, j, words["composition"])) > 0), -1)  # fmt: skip
    if not 0 < after < hi:
        return []  # no composition phrase, or one that ends the sentence
    listed = listed_states(t, after)
    at_once = listed and listed[0].tok <= after + (low[after] == "the")  # "include the US"
    found = {t.stands_for(m.actor): m for m in listed if at_once}
    for j in range(after, hi):
        if low[j] in _one_words(words["member"]) and j + 1 < hi and low[j + 1] in _FROM:
            m = t.participant_at(j + 2)
            if m is None and j + 3 < hi and low[j + 2] == "the":
                m = t.participant_at(j + 3)  # "from the Saudi Government"
            if m is None or m.tok < j + 2 or not t.serves_state(m.actor):
                continue
            for q in listed_states(t, m.tok) or [m]:  # "officials from Peru and Chile"
                found.setdefault(t.stands_for(q.actor), q)
    return sorted(found.values(), key=lambda m: m.tok) if len(found) >= 2 else []


def _one_words(forms) -> frozenset[str]:
    """The one-word forms of a kind (``membership_words.csv``)."""
    return frozenset(f[0] for f in forms if len(f) == 1)
