"""Whom a promise is made to: a commitment to cooperate with that party (PLOVER AGREE).

``Turkey promised Syria that it would release more water``, ``Italy pledged to Albania
that it would send food``, ``the United States promised Vietnam help``: a promise, pledge
or vow (``cues.csv`` rows of content stance whose content is ``expected``) made *to* a
party is the speaker's commitment to it, as CAMEO codes "promise" (03, express intent to
cooperate), whatever words of harm the promised act names (``help in clearing bombs``). A
promise told of no addressee (``vowed to retaliate against X``) keeps the stance of its
words. The addressee is read over the parse: the cue verb's object, its ``to``, or a party
that qualifies a promised gift (``gift_nouns.csv``: ``promised Vietnam help``).

Examples
--------
>>> from alignkit import analyze_text
>>> ev = analyze_text("Turkey promised Syria that it would release more water.").events
>>> list(zip(ev.type, ev.source, ev.target))
[('AGREE', 'TUR', 'SYR')]
"""

from __future__ import annotations

from .codebook import per_codebook, word_list
from .dependency import parse_or_none
from .tagging import Tagged

__all__ = ["promised_to"]


def promised_to(t: Tagged, cue_start: int, stance: str) -> list[str]:
    """The actors a promise whose cue starts at character ``cue_start`` is made to, when
    it commits its speaker to them (a promise of no harsh words, or of a gift); else ``[]``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Italy pledged to Albania that it would send food."))
    >>> promised_to(t, t.starts[1], "neutral")
    ['ALB']
    >>> t = tag(parse_article("Iran vowed to retaliate against Israel."))
    >>> promised_to(t, t.starts[1], "negative")
    []
    >>> t = tag(parse_article("Iran promised Israel a crushing response."))
    >>> promised_to(t, t.starts[1], "neutral")
    []
    """
    v = t.token_from(cue_start)
    if v >= len(t.lower) or t.lower[v] not in _promise_forms(t.codebook) or t.tok_sent[v] < 0:
        return []
    p = parse_or_none(t, t.tok_sent[v])
    if p is None or p.pos(v) != "VERB":
        return []
    gifts = _gifts(t.codebook)
    out, gift = [], False
    for c in p.children(v):
        dep = p.dep(c)
        if dep in ("dobj", "dative") and t.lower[c] in gifts:
            gift = True
            out += [k for k in p.children(c) if p.dep(k) in ("compound", "poss")]
        elif dep in ("dobj", "dative") and c in t.by_tok:
            out.append(c)
        elif dep in ("dobj", "dative"):
            return []  # "promised Israel a crushing response": what is promised is no gift
        elif dep == "prep" and t.lower[c] == "to":
            out += [k for k in p.children(c) if p.dep(k) == "pobj"]
    if stance == "negative" and not gift:
        return []
    return [t.by_tok[k].actor for k in out if k in t.by_tok and t.stands_for(t.by_tok[k].actor)]


@per_codebook
def _promise_forms(cb) -> frozenset[str]:
    """Forms of the cues that promise (content stance, content ``expected``)."""
    rows = (r for r in cb.cues if r["mode_in_content"] == "expected" and r["stance"] == "content")
    return frozenset(f.lower() for r in rows if r["pos"] == "verb" for f in r["forms"].split("|"))


@per_codebook
def _gifts(cb) -> frozenset[str]:
    return frozenset(w for f in word_list("gift_nouns.csv", cb.root) for w in f.split())
