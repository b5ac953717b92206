"""A judgement of the act just told: whom a speaker condemns by a pronoun.

A speaker often tells a hostile act in one sentence and judges it in the next, naming
no party: ``Hungary shelled border posts in Slovakia overnight. This is an outrage.``,
``Troops of Chad crossed into Niger on Monday. Such aggression is unacceptable, the
minister said.``, ``... We condemn it in the strongest terms.`` The judgement is aimed at
the agent of the act the sentence before tells, never at its victim.

The reading is lexical (no parse): the statement's words open with an anaphor as their
subject (``this``, ``that``, ``it``, ``such``, ``these``, at most two words of its noun
after it) and a verb of being (``is``, ``was``, ``constitutes``...), with a word of
judgement (``condemnation_words.csv``, kind ``predicate``: ``unacceptable``, ``an
outrage``, ``a violation``) at most four words after the verb, before any preposition or
conjunction (``was retaliation for unacceptable attacks`` judges other acts); or a verb of
condemnation of that list (kind ``verb``) has an anaphor as its object (``condemn it``,
``Hungary denounced this``). A negation between them (``is not unacceptable``) undoes it.
The words must name no party but the speaker's own side (a named party is read by the
statement's own stance), and the sentence before must hold hostile material acts of one
agent state that is not the speaker's: with two agents the pronoun is unresolved.

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text(
...     "Kenya's foreign minister spoke on Monday. Chad shelled a border post in Niger. "
...     '"This is totally unacceptable," the Kenyan foreign minister said.')
>>> sorted(set(zip(an.events["source_country"], an.events["target_country"],
...                an.events["sign"])))
[('KEN', 'TCD', -1), ('TCD', 'NER', -1)]
"""

from __future__ import annotations

from .codebook import forms_by_kind, per_codebook
from .syntax import parts_in
from .tagging import Tagged

__all__ = ["judged_agent"]

_ANAPHORS = frozenset({"this", "that", "it", "such", "these"})
_BEING = frozenset({"is", "was", "'s", "’s", "are", "were", "constitutes", "constitute",
                    "represents", "represent", "amounts", "marks"})  # fmt: skip
_OPENERS = frozenset({"and", "but", "so", "yet"})
_NEGATIONS = frozenset({"not", "n't", "no", "never", "hardly"})
# words that end the predicate: what follows is another phrase ("a reply to attacks")
_ENDS = frozenset({",", ";", ":", "to", "for", "against", "after", "by", "from", "on", "in",
                   "with", "at", "and", "but", "that", "which"})  # fmt: skip


@per_codebook
def _condemnation_words(cb) -> dict[str, frozenset[str]]:
    """``condemnation_words.csv`` by kind: ``predicate`` and ``verb``."""
    return forms_by_kind("condemnation_words.csv", cb.root)


def _judges_an_anaphor(t: Tagged, lo: int, hi: int) -> bool:
    """Do tokens ``lo:hi`` judge an anaphor negatively (``This is unacceptable``,
    ``Such aggression is an outrage``, ``we condemn it``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> def judges(text):
    ...     t = tag(parse_article(text))
    ...     return _judges_an_anaphor(t, 0, len(t.lower))
    >>> judges("And this is totally unacceptable."), judges("We strongly condemn it.")
    (True, True)
    >>> judges("This is not unacceptable."), judges("It was a response to attacks.")
    (False, False)
    """
    words, w = _condemnation_words(t.codebook), t.lower
    while lo < hi and not w[lo][:1].isalnum():
        lo += 1  # an opening quotation mark
    a = lo + 1 if lo < hi and w[lo] in _OPENERS else lo
    if a < hi and w[a] in _ANAPHORS:
        verb = next((k for k in range(a + 1, min(hi, a + 4)) if w[k] in _BEING), None)
        if verb is not None:
            for k in range(verb + 1, min(hi, verb + 5)):
                if w[k] in _NEGATIONS or w[k] in _ENDS:
                    return False
                if w[k] in words["predicate"]:
                    return True
    for k in range(lo, hi - 1):
        if w[k] in words["verb"] and w[k + 1] in _ANAPHORS:
            return not any(w[j] in _NEGATIONS for j in range(max(lo, k - 3), k))
    return False


def judged_agent(t: Tagged, s, acts) -> str:
    """The state a speaker's statement ``s`` condemns by a pronoun: the one agent state of
    the hostile material acts (``acts``: the article's events) told in the sentence before
    it; ``""`` when the statement is no such judgement (see the module docstring).

    Examples
    --------
    >>> import alignkit
    >>> def agents(text):
    ...     an = alignkit.analyze_text(text)
    ...     return [judged_agent(an.tagged, s, an.event_records) for s in an.statement_records]
    >>> agents("Serbia shelled Kosovo border posts. Hungary strongly condemned it.")
    ['SRB']
    >>> agents("Serbia shelled Kosovo border posts. Hungary said it was retaliation for "
    ...        "unacceptable attacks.")
    ['']
    """
    lo = t.token_from(s.content_start)
    hi = t.token_from(s.content_end)
    cue = t.token_from(s.cue_start)  # "Hungary condemned it": the cue's object
    by_cue = (
        cue + 1 == lo < hi
        and t.lower[cue] in _condemnation_words(t.codebook)["verb"]
        and t.lower[lo] in _ANAPHORS
    )
    if not by_cue and not _judges_an_anaphor(t, lo, hi):
        return ""
    own = t.stands_for(s.speaker)
    if any(t.actor(p.actor) and t.stands_for(p.actor) != own for p in parts_in(t, lo, hi)):
        return ""
    agents = {
        e.source_country
        for e in acts
        if e.sentence == s.sentence - 1 and e.sign < 0 and e.quad.startswith("material")
    }
    agents = {x for x in agents if t.actor_type(x) == "country"}
    if len(agents) != 1 or own in agents:
        return ""
    return agents.pop()
