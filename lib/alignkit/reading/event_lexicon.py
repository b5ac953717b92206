"""The vocabulary event reading shares: the compiled trigger and word tables of a codebook
(:func:`event_lexicon`) and the small judgements both the trigger and the verb readers make
of an act (is it armed, a show of force, a reaction; which prepositions may name its target;
which mediators stand around it).

Examples
--------
>>> from alignkit.reading.codebook import load_codebook
>>> lex = event_lexicon(load_codebook())
>>> "mediated" in lex.mediation or "mediate" in lex.mediation
True
>>> every_two(["A", "B", "C"])
[('A', 'B'), ('A', 'C'), ('B', 'C')]
"""

from __future__ import annotations

from .arguments import TARGET_PREPS
from .codebook import Codebook, per_codebook
from .lexicon import SlotMatcher, phrase_tokens
from .statements import defended
from .syntax import group_right, starting_at
from .tagging import Participant, Tagged
from .victims import acts_of_others, people_harmed, the_dead

__all__ = [
    "CHANGE_VERBS",
    "EventLexicon",
    "event_lexicon",
    "mediators",
    "past_qualifier",
    "every_two",
    "general_preps",
    "show_of_force",
    "armed_act",
    "not_wronged",
    "reacting",
    "hostile_nouns",
]


class EventLexicon:
    """The word lists event reading consults, compiled once per codebook: the curated
    triggers, modality phrases and the tables of ``data/codebook`` (see data/README.md)."""

    def __init__(self, cb: Codebook):
        self.triggers = SlotMatcher(cb.events)
        self.modality = SlotMatcher([dict(r, pattern=r["phrase"]) for r in cb.modality])
        from .codebook import read_table, split, word_list

        self.support_verbs = word_list("support_verbs.csv", cb.root, "verb")
        self.purpose_verbs = word_list("purpose_verbs.csv", cb.root)
        refusals = read_table("refusal_verbs.csv", cb.root)
        self.refusal_verbs = frozenset(  # "refused to lift"
            f.lower() for r in refusals if r["takes"] == "to" for f in split(r["forms"])
        )
        self.gerund_refusals = frozenset(  # "ruled out lifting"
            f.lower() for r in refusals if r["takes"] == "ing" for f in split(r["forms"])
        )
        self.help_verbs = word_list("help_verbs.csv", cb.root)
        self.mediation = word_list("mediation_words.csv", cb.root)
        self.missions = word_list("mission_nouns.csv", cb.root, "word")
        self.resolutions = word_list("resolution_nouns.csv", cb.root, "word")
        self.objections = word_list("objection_nouns.csv", cb.root, "word")
        self.stance = {
            r["word"].lower(): int(r["polarity"]) for r in read_table("stance_words.csv", cb.root)
        }
        self.votes = {
            f.lower(): int(r["backing"])
            for r in read_table("resolution_votes.csv", cb.root)
            for f in split(r["forms"])
        }
        self.borders = word_list("border_words.csv", cb.root, "word")
        self.souring = word_list("souring_words.csv", cb.root, "word")
        self.visits = word_list("visit_verbs.csv", cb.root)  # "arrived in Cairo": a visit
        self.yield_verbs = frozenset(
            phrase_tokens(f)  # as the article is tokenized: "de-escalate" is three
            for r in read_table("yield_verbs.csv", cb.root)
            if r["cameo"]
            for f in split(r["forms"])
        )
        #: the yield verbs whose object is a strain there is, asked to be eased
        #: (``to de-escalate the tensions``)
        self.easing = frozenset(
            phrase_tokens(f)
            for r in read_table("yield_verbs.csv", cb.root)
            if r["eases"] == "yes"
            for f in split(r["forms"])
        )
        # a withdrawal, concession or settlement asked for, refused or supposed:
        # {type: [(modes, presupposed, the trigger's last words or empty for any)]}
        self.unmet: dict[str, list[tuple]] = {}
        for r in read_table("unmet_acts.csv", cb.root):
            entry = (frozenset(split(r["modes"])), r["presupposes"], frozenset(split(r["objects"])))
            self.unmet.setdefault(r["type"], []).append(entry)


@per_codebook
def event_lexicon(cb: Codebook) -> EventLexicon:
    return EventLexicon(cb)


def mediators(t: Tagged, start: int, end: int, lo: int, hi: int) -> list[Participant]:
    """The third parties of an act told between two: ``Qatari-mediated talks`` (a party
    hyphened to a word of ``mediation_words.csv``, a word or two before the act) or ``talks
    hosted by Saudi Arabia`` (the word and ``by`` right after it, or after the act's
    ``between A and B``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Talks brokered by Ghana between Mali and Niger resumed."))
    >>> [t.stands_for(p.actor) for p in mediators(t, 0, 1, 0, len(t.lower))]
    ['GHA']
    """
    words = event_lexicon(t.codebook).mediation
    for k in range(start - 1, max(lo + 1, start - 4) - 1, -1):
        if t.lower[k] in words and t.lower[k - 1] == "-":
            p = t.ending_at(k - 1)
            return [p] if p is not None else []
    end = _past_pair(t, past_qualifier(t, end, hi), hi)  # "a deal between A and B mediated by X"
    if end + 2 < hi and t.lower[end] in words and t.lower[end + 1] == "by":
        p = starting_at(t, end + 2, hi)
        return group_right(t, p, hi) if p is not None else []
    return []


def _past_pair(t: Tagged, k: int, hi: int) -> int:
    """The token after ``between A and B`` at ``k`` (parties, ``and``, ``the``), else ``k``."""
    if k >= hi or t.lower[k] not in ("between", "among"):
        return k
    j = k + 1
    while j < hi and (j in t.by_tok or t.lower[j] in ("and", ",", "the")):
        j = t.by_tok[j].tok_end if j in t.by_tok else j + 1
    return j if j > k + 1 else k


# a phrase that ranks an act among its like before its parties: "the first agreement of its
# kind between", "the first talks in decades between", "the first visit in 20 years by"
_KINDS = frozenset({"kind", "type", "sort", "time", "nature"})
_SPANS = frozenset({"years", "decades", "months", "history", "generations", "a"})


def past_qualifier(t: Tagged, at: int, hi: int) -> int:
    """The token after a phrase that ranks an act among its like (``of its kind``, ``in
    decades``, ``in 20 years``) at ``at``, else ``at``: the act's parties follow it.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("the first talks in decades between Chad and Sudan"))
    >>> t.lower[past_qualifier(t, 3, len(t.lower))]
    'between'
    """
    w = t.lower[at : min(hi, at + 4)]
    if len(w) >= 3 and w[0] == "of" and w[1] in ("its", "their", "this", "that") and w[2] in _KINDS:
        return at + 3
    if len(w) >= 2 and w[0] in ("in", "for") and w[1] in _SPANS:
        return at + 3 if w[1] == "a" and len(w) >= 3 else at + 2  # "in a decade"
    if len(w) >= 3 and w[0] in ("in", "for") and w[1].isdigit() and w[2] in _SPANS:
        return at + 3
    if len(w) >= 2 and w[0] in CHANGE_VERBS and w[1] == "between":
        return at + 1  # "Tensions rise between A and B": the noun's pair after its verb
    return at


#: Verbs of a relation's change that may stand between its noun and its pair.
CHANGE_VERBS = frozenset({"rise", "rises", "rose", "risen", "rising", "mount", "mounts", "mounted",
                      "mounting", "grow", "grows", "grew", "growing", "flare", "flares",
                      "flared", "escalate", "escalates", "escalated", "soar", "soars",
                      "soared", "simmer", "simmers", "simmered", "ease", "eases", "eased",
                      "deepen", "deepens", "deepened", "persist", "persists",
                      "persisted"})  # fmt: skip


def every_two(parties: list) -> list[tuple]:
    """Every pair of the parties, each once, in order: ``[A, B, C]`` -> AB, AC, BC."""
    return [(p, q) for n, p in enumerate(parties) for q in parties[n + 1 :]]


def general_preps(t: Tagged, plover: str) -> tuple[str, ...]:
    """The prepositions that may introduce any act's target, for an act of this type: none
    for a show of force (:func:`show_of_force`), never ``against`` for a cooperative act."""
    if plover == "MOBILIZE":
        return ()
    if plover == "RETREAT":  # "withdrew its troops from X", "pulled out of X"
        return ("from", "of", *(p for p in TARGET_PREPS if p != "against"))
    preps = TARGET_PREPS
    if t.codebook.plover[plover].get("mutual") == "yes":
        # "clashed at the UN", "met at the summit": where two sides meet, not a side
        preps = tuple(p for p in preps if p != "at")
    if int(t.codebook.plover[plover]["sign"]) > 0:
        return tuple(p for p in preps if p != "against")
    if t.codebook.plover[plover]["armed"] == "yes" and plover != "FIGHT":
        return tuple(p for p in preps if p != "with")  # "struck with", "operations with"
    # "lodged a complaint with the UN against X": the one it is against, not the forum
    return ("against", *(p for p in preps if p != "against"))


def show_of_force(row: dict) -> bool:
    """A show of force (MOBILIZE) is aimed where it is shown (``near``, ``around``, ``along``
    a party): only its own prepositions name its target, never the general ``to`` (troops
    sent *to* a country are no threat to it)."""
    return row["type"] == "MOBILIZE"


def armed_act(t: Tagged, row: dict) -> bool:
    """An armed act (war, attack, invasion; ``armed`` in plover.csv): one war's acts."""
    return t.codebook.plover[row["type"]].get("armed") == "yes"


def not_wronged(t: Tagged, v: int, typ: str, targets: list) -> list:
    """The targets of a reaction at ``v`` (verbal conflict, a protest) less the states
    whose sovereignty, territory or airspace its sentence defends
    (:func:`.statements.defended`): "condemned the violation of Latvian airspace",
    "protested the incursion into Peruvian territory". (The act itself stays aimed at
    them, as is a threat: "threatened Greece's territorial integrity".)"""
    if not targets or typ == "THREATEN" or not (reacting(t, typ) or typ == "PROTEST"):
        return targets
    hi = t.sent_tok[t.tok_sent[v]][1]
    wronged = defended(t, v, hi) | acts_of_others(t, v, hi, set())  # "strikes by X on Y"
    wronged |= people_harmed(t, v, hi)  # "opposes the displacement of Palestinians"
    wronged |= the_dead(t, v, hi)  # "mourned the Ukrainians who lost their lives"
    return [q for q in targets if q.actor not in wronged and t.stands_for(q.actor) not in wronged]


def reacting(t: Tagged, typ: str) -> bool:
    """Is an act of this type a verbal reaction to another act (condemn, reject, demand)?
    Its object's victim is then no target of it."""
    return t.codebook.plover[typ]["quad"] == "verbal conflict"


@per_codebook
def hostile_nouns(cb: Codebook) -> frozenset[str]:
    """The one-word triggers of acts done to a victim (material conflict: ``attack``,
    ``strikes``, ``sanctions``, ``war``; not a protest, which is lodged *with* the one
    it opposes): "condemned the attack on Jordan", "denounced the sanctions on Iran"
    name the act's victim after them, whom the condemnation does not oppose."""
    return frozenset(
        w.strip().lower()
        for r in cb.events
        if r["type"] in cb.plover
        and cb.plover[r["type"]]["quad"] == "material conflict"
        and r["type"] != "PROTEST"
        for w in r["pattern"].split(" ~ ")[0].split("|")
        if w.strip() and " " not in w.strip() and " ~ " not in r["pattern"]
    )


@per_codebook
def judging_verbs(cb: Codebook) -> frozenset[str]:
    """The forms of the reporting verbs that judge what they take (``cues.csv`` verbs with a
    positive or negative stance: welcome, praise, condemn, reject): "Qatar and Egypt
    welcomed the agreement" judges an agreement others made.

    Examples
    --------
    >>> from alignkit.reading.codebook import load_codebook
    >>> words = judging_verbs(load_codebook())
    >>> "welcomed" in words, "condemned" in words, "said" in words
    (True, True, False)
    """
    return frozenset(judging_signs(cb))


@per_codebook
def judging_signs(cb: Codebook) -> dict[str, int]:
    """The forms of :func:`judging_verbs` with the sign of their stance.

    Examples
    --------
    >>> from alignkit.reading.codebook import load_codebook
    >>> signs = judging_signs(load_codebook())
    >>> signs["welcomed"], signs["condemned"]
    (1, -1)
    """
    return {
        f.strip().lower(): 1 if r["stance"] == "positive" else -1
        for r in cb.cues
        if r["pos"] == "verb" and r["stance"] in ("positive", "negative")
        for f in r["forms"].split("|")
    }
