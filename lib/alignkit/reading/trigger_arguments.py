"""The source and target of a curated trigger (``data/codebook/events.csv``): the parse
first (:func:`trigger_arguments` reads the pair the dependency tree gives), then the pair
the trigger names itself (``between A and B``, ``the A-B war``, ``on the A-B border``), then
the surface rules of news English where the parse names no two sides (a modifier, a
possessor or subject, the parties after the trigger, a purpose, the sentence's subject).

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .arguments import armed_things, noun_arguments, noun_parties, verb_arguments
from .cameo import cameo_lexicon
from .codebook import per_codebook, word_list
from .dependency import parse_or_none
from .event_lexicon import (
    armed_act,
    event_lexicon,
    every_two,
    general_preps,
    hostile_nouns,
    judging_verbs,
    mediators,
    not_wronged,
    past_qualifier,
    reacting,
    show_of_force,
)
from .statements import Statement
from .syntax import (
    PREPS,
    SUBORDINATORS,
    after_prep,
    asked_party,
    asks_someone,
    before_verb_group,
    clause_subject,
    group_left,
    group_right,
    group_subject,
    insurgents,
    left_possessor,
    owns_insurgents,
    participant_with_head,
    parts_in,
    parts_of_sentence,
    resolve_pronoun,
    starting_at,
    subject_left,
    topic,
)
from .tagging import Participant, Tagged, pronoun_party

__all__ = ["trigger_arguments"]


_TARGET_PREPS = frozenset({"with", "to", "on", "against", "toward", "towards", "into", "between"})


def _defended(t: Tagged, np_start: int, lo: int) -> list[Participant]:
    """``stand with Ukraine against Russia's war``: the party defended against an attack."""
    k = np_start - 1
    while k >= lo and t.lower[k] in ("the", "a", "an"):
        k -= 1
    if k - 1 < lo or t.lower[k] != "against":
        return []
    q = t.ending_at(k)
    return [q] if q is not None and not q.possessive else []


def _hyphen_pair(t: Tagged, start: int, lo: int) -> tuple | None:
    """Two parties joined by a hyphen or a dash right before ``start`` (``Armenia-Azerbaijan``)."""
    right = t.ending_at(start)
    if right is None or right.tok - 2 < lo or t.lower[right.tok - 1] not in ("-", "–", "—"):
        return None
    left = t.ending_at(right.tok - 1)
    return (left, right) if left is not None and left.actor != right.actor else None


def _purpose_target(t: Tagged, end: int, hi: int) -> list[Participant]:
    """The target a conflictual act's purpose names: "imposed sanctions to curb Russia's
    transactions", "sanctions to punish Moscow" (``purpose_verbs.csv``): the object of the
    verb of pressure, or its possessor. Within the clause, a few words after the act."""
    verbs = event_lexicon(t.codebook).purpose_verbs
    for i in range(end, min(end + 4, hi - 2)):
        if t.lower[i] in (",", ";", ".") or t.lower[i] in SUBORDINATORS:
            return []
        if t.lower[i] == "to" and t.lower[i + 1] in verbs:
            obj = starting_at(t, i + 2, hi)
            return group_right(t, obj, hi) if obj is not None else []
    return []


def _speakers_as_subject(t: Tagged, h, lo: int, stmt: Statement, co: list[str]) -> list:
    """ "They reaffirmed their commitment to stand with Ukraine": a plural pronoun in the
    words of a statement several speakers make is those speakers, as parties."""
    # the pronoun is the act's own subject: a few words before it, no party between
    first = max(lo, t.token_from(stmt.content_start), h.start - 5)
    pron = next((i for i in range(first, h.start) if t.lower[i] in _PLURAL_PRONOUNS), None)
    if pron is None or parts_in(t, pron + 1, h.start):
        return []
    return [pronoun_party(t, pron, sp) for sp in co]


_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})


def _after_conjunction(t: Tagged, start: int, lo: int) -> bool:
    """Does the act at ``start`` open a conjunct with no subject of its own ("We're in talks
    with X and in talks with Y", "invaded X and attacked Y")?"""
    j = before_verb_group(t, start, lo)
    return j >= lo and t.lower[j] in ("and", "or", "but")


@dataclass
class _Args:
    """One trigger's parties as the surface rules find them, step by step."""

    t: Tagged
    h: object
    row: dict
    lo: int
    hi: int
    stmt: Statement | None
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    mod: Participant | None = None
    borrowed: bool = False
    owner_of_its: bool = False  # the target is the state an "its" in the trigger names
    helped: bool = False  # the target is the subject helped "with" the act (_backed_subject)

    @property
    def hostile(self) -> bool:
        return armed_act(self.t, self.row)

    @property
    def sign(self) -> int:
        return int(self.t.codebook.plover[self.row["type"]]["sign"])


def trigger_arguments(
    t: Tagged,
    h,
    row,
    lo: int,
    hi: int,
    stmt: Statement | None,
    co: list[str] = (),
    prev: list[Participant] = (),
):
    """(source, target) participant pairs for one trigger; ``co``: the speakers of the
    statement whose words hold it; ``prev``: the sources of the sentence's act before it,
    which a conjunct without a subject shares. The parse is read first; the surface rules
    decide where it names no two sides."""
    whole = _parsed_pairs(t, h, row) or _named_pairs(t, h, row, lo, hi)
    if whole:
        return whole
    a = _Args(t, h, row, lo, hi, stmt)
    _inside_a_party(a)
    _modifier(a)
    _agent_after_target(a)
    _sent_from_to(a)
    _possessor_or_subject(a)
    _targets_after(a)
    _backed_subject(a)
    _resultative(a)
    # "an armed group that threatens Rwanda": an act whose own agent is no party takes none
    # from the clause or the statement around it
    if a.sources or not _unnamed_subject(t, h):
        _clause_sources(a)
        _fallback_targets(a)
        _shared_sources(a, co, prev)
    if a.owner_of_its or a.helped:  # "Greece protested after Turkish jets violated its
        return _pairs(a)  # airspace", "X moved troops with Russia's backing": by design
    return _not_other_subjects(t, h, _after_its_of(t, h, lo, hi, _pairs(a)))


def _after_its_of(t: Tagged, h, lo: int, hi: int, pairs: list) -> list:
    """``in support of X``, ``in solidarity with X``: the one supported is after the
    phrase; a party before it is the object of another act (``Chad attacked Sudan in
    support of the rebels``: no support of Sudan).

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Chad attacked Sudan in support of the rebels.").events
    >>> ev[ev.type == "SUPPORT"].target_country.tolist()
    []
    """
    if not (lo < h.start and h.end < hi and t.lower[h.start - 1] == "in"
            and t.lower[h.end] in ("of", "with")):  # fmt: skip
        return pairs
    return [(s, g) for s, g in pairs if g is None or g.tok >= h.end]


_RELATIVES = frozenset({"that", "which", "who"})


def _unnamed_subject(t: Tagged, h) -> bool:
    """Has the trigger's verb a subject of its own that names no party (``an armed group
    that threatens Rwanda``, ``the rebels attacked``)? Then no party of the clause or the
    statement around it does the act."""
    p = parse_or_none(t, t.tok_sent[h.start])
    if p is None:
        return False
    for v in (i for i in range(h.start, h.end) if p.pos(i) in ("VERB", "AUX")):
        for k in (c for c in p.children(v) if p.dep(c) == "nsubj"):
            if t.lower[k] in _RELATIVES and p.dep(v) == "relcl":
                k = p.head(v)  # the noun the relative clause describes
            if p.pos(k) in ("NOUN", "PROPN") and k not in t.by_tok:
                return True
    return False


def _not_other_subjects(t: Tagged, h, pairs: list) -> list:
    """Drop targets the parse makes the subject of another verb: the surface lists ``of
    Qatar, Iran and Turkey`` in ``After X blockaded Qatar, Iran and Turkey promised aid``,
    where Iran and Turkey are the subjects of ``promised``."""
    p = parse_or_none(t, t.tok_sent[h.start]) if any(g is not None for _, g in pairs) else None
    if p is None:
        return pairs

    def subject_of(q) -> int | None:
        """The verb the party is the subject of (through coordination), if any."""
        k = q.tok_end - 1  # a name's last word heads it ("South Sudan")
        if t.tok_sent[k] != t.tok_sent[h.start]:
            return None  # a party of an earlier sentence ("it", the topic)
        # (through coordination, and from a state's adjective to the noun it modifies:
        # "Kenyan and Ugandan warships staged")
        while p.dep(k) in ("conj", "amod", "compound", "nmod") and p.head(k) != k:
            k = p.head(k)
        v = p.head(k)
        return v if p.dep(k) == "nsubj" and p.pos(v) == "VERB" else None

    def elsewhere(s, g) -> bool:
        v = subject_of(g)
        # co-subjects of one verb are a pair ("A and B held talks"), not this case
        return v is not None and not h.start <= v < h.end and (s is None or subject_of(s) != v)

    return [(s, g) for s, g in pairs if g is None or not elsewhere(s, g)]


def _named_pairs(t: Tagged, h, row, lo: int, hi: int) -> list:
    """The pair the trigger names itself: "between X and Y", "the Armenia-Azerbaijan war"."""
    at = past_qualifier(t, h.end, hi)
    third = mediators(t, h.start, h.end, lo, hi) if at < hi and t.lower[at] != "between" else []
    if third and t.lower[at] in event_lexicon(t.codebook).mediation:
        at = third[-1].tok_end  # "talks hosted by Saudi Arabia between A and B"
    pair = after_prep(t, at, hi, {"between", "among", "amongst"})
    if len(pair) >= 2:
        # every two of them: "increased cooperation among A, B, C and D"
        return every_two(pair)
    if at < hi and t.lower[at] == "between":
        return []  # "clashes between police and protesters": its own sides, no states
    mutual = t.codebook.plover[row["type"]].get("mutual") == "yes"
    between = armed_act(t, row) or mutual or row.get("symmetric") == "yes"
    pair = _hyphen_pair(t, _noun_phrase_start(t, h, lo), lo)
    if pair and between:
        return [pair]  # "the Armenia-Azerbaijan war", "U.S.-Guyana defense cooperation"
    pair = _border_pair(t, h.end, hi) or _clause_border(t, h.end - 1, hi)
    if pair and ((armed_act(t, row) and mutual) or row.get("symmetric") == "yes"):
        return [pair]  # "clashes on the India-China border", "the dispute over the border"
    if between and "between" in t.lower[h.end : hi]:
        found = every_two(_clause_between(t, h.end - 1, hi))
        if found:
            return found
    pair = _fought_before(t, h.end - 1) if armed_act(t, row) and mutual else None
    return [pair] if pair else []


def _clause_between(t: Tagged, k: int, hi: int) -> list:
    """The parties a subject trigger's verb puts it between (``fighting broke out between
    China and Vietnam``, ``talks resumed on Monday between Peru and Chile``): the parse
    hangs the ``between`` on the verb, not on the trigger.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Fighting broke out between Peru and Ecuador."))
    >>> [t.words[q.tok] for q in _clause_between(t, 0, len(t.lower))]
    ['Peru', 'Ecuador']
    """
    p = parse_or_none(t, t.tok_sent[k])
    if p is None or p.dep(k) not in ("nsubj", "nsubjpass"):
        return []
    for c in p.children(p.head(k)):
        if p.dep(c) == "prep" and t.lower[c] == "between":
            pair = after_prep(t, c, hi, {"between"})
            return pair if len(pair) >= 2 else []
    return []


# the words that place a fight before what a clause tells: "agreed to a truce after weeks
# of fighting"
_AFTER = frozenset({"after", "following"})


def _fought_before(t: Tagged, k: int) -> tuple | None:
    """The two states a clause's subject names that a fight with no sides of its own,
    told ``after`` or ``following`` in that clause, was between: ``Chad and Sudan agreed to
    a truce after weeks of border fighting`` (read from the parse), when the clause names
    no other party before the fight.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chad and Sudan reopened the road after months of fighting."))
    >>> [q.actor for q in _fought_before(t, t.lower.index("fighting"))]
    ['TCD', 'SDN']
    """
    p = parse_or_none(t, t.tok_sent[k])
    if p is None:
        return None
    x = k
    for _ in range(3):  # "after [weeks of] fighting"
        if p.dep(x) != "pobj" or p.dep(p.head(x)) != "prep":
            return None
        x = p.head(x)
        if t.lower[x] in _AFTER:
            break
        x = p.head(x)
    if t.lower[x] not in _AFTER or p.pos(p.head(x)) != "VERB":
        return None
    v = p.head(x)
    subj = [c for c in p.children(v) if p.dep(c) == "nsubj"]
    if not subj or subj[0] not in t.by_tok:
        return None
    sides = [subj[0]] + [c for c in p.children(subj[0]) if p.dep(c) == "conj"]
    states = [t.by_tok[c] for c in sides if c in t.by_tok]
    pair = {t.stands_for(q.actor) for q in states}
    if len(pair) != 2 or any(t.actor_type(x) != "country" for x in pair):
        return None
    if any(t.stands_for(t.by_tok[j].actor) not in pair for j in range(subj[0], k) if j in t.by_tok):
        return None  # "A and B sent aid to C after months of fighting": C's fight
    return (states[0], states[1])


# where an act happens on a border ("clashes along"), what a dispute is about ("over")
_BORDER_PREPS = ("on", "along", "at", "across", "near", "over", "regarding", "about",
                 "concerning")  # fmt: skip


_FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "in", "on", "to", "with",
                             "for", "its", "their", "his", "her", "our", "by", "from"})  # fmt: skip


def _noun_phrase_start(t: Tagged, h, lo: int) -> int:
    """Where the noun phrase of a trigger's last word begins, past the nouns that qualify
    it (``U.S.-Guyana defense cooperation``, ``the India-Pakistan trade talks``): the
    hyphenated pair of its parties stands before them."""
    k = h.end - 1
    for _ in range(3):
        w = t.words[k - 1] if k - 1 > lo else ""
        if not (w.isalpha() and w.islower()) or w in _FUNCTION_WORDS:
            break
        k -= 1
    return k


def _border_pair(t: Tagged, end: int, hi: int) -> tuple | None:
    """The two states of the border a mutual act is told on (``border_words.csv``):
    ``clashes on the India-China border``, ``along the border between Sudan and South
    Sudan``."""
    if end + 2 >= hi or t.lower[end] not in _BORDER_PREPS:
        return None
    borders = event_lexicon(t.codebook).borders
    for k in range(end + 1, min(hi, end + 7)):
        if t.lower[k] in borders:
            pair = _hyphen_pair(t, k, end + 1)
            if pair:
                return pair
            two = after_prep(t, k + 1, hi, {"between"})
            return (two[0], two[1]) if len(two) == 2 else None
        if t.lower[k] in (",", ";", ".", ":"):
            return None
    return None


def _clause_border(t: Tagged, k: int, hi: int) -> tuple | None:
    """The border the clause of a subject trigger tells it on, past its verb (``Clashes
    erupted on the border between Thailand and Cambodia``, ``fighting broke out on Tuesday
    along the India-China border``): read from the parse."""
    p = parse_or_none(t, t.tok_sent[k])
    if p is None or p.dep(k) not in ("nsubj", "nsubjpass"):
        return None
    for c in border_preps(t, p, p.head(k)):
        pair = _border_pair(t, _border_prep(t, p, c), hi)
        if pair:
            return pair
    return None


def border_preps(t: Tagged, p, v: int) -> list[int]:
    """The prepositions of the verb at ``v`` whose object is a border (``border_words.csv``):
    ``erupted on the border between A and B``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Clashes erupted on the border between Chad and Sudan."))
    >>> [t.words[c] for c in border_preps(t, parse_or_none(t, 0), 1)]
    ['on']
    """
    return [c for c in p.children(v) if p.dep(c) == "prep" and _border_prep(t, p, c) >= 0]


def _border_prep(t: Tagged, p, c: int) -> int:
    """The preposition of a border (``at``, ``along``...) at ``c`` or down the chain of
    prepositions that hangs from it, else -1: ``erupted between border guards along
    various sites at the border between A and B`` (the parser hangs each phrase on the
    noun before it).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Shots rang out at two posts along the border of Chad."))
    >>> t.words[_border_prep(t, parse_or_none(t, 0), 3)]
    'along'
    """
    borders = event_lexicon(t.codebook).borders
    for _ in range(4):
        if c < 0 or p.dep(c) != "prep":
            return -1
        objects = [o for o in p.children(c) if p.dep(o) == "pobj"]
        if t.lower[c] in _BORDER_PREPS and any(t.lower[o] in borders for o in objects):
            return c
        c = next((d for o in objects for d in p.children(o) if p.dep(d) == "prep"), -1)
    return -1


def _inside_a_party(a: _Args) -> None:
    """A trigger that begins in a party's own phrase, an envoy's (``the Bolivian
    ambassador to Chile was recalled``): the party is the source, the other state its
    phrase names (where the envoy is posted) the target.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("The Bolivian ambassador to Chile was recalled on Monday.").events
    >>> ev[["source_country", "target_country", "type"]].values.tolist()
    [['BOL', 'CHL', 'SANCTION']]
    """
    t, h = a.t, a.h
    q = t.by_tok.get(h.start)
    if q is None or not q.tok <= h.start < q.tok_end or not t.stands_for(q.actor):
        return
    own = t.stands_for(q.actor)
    posts = [m for m in q.mentions if m.tok >= h.start and t.stands_for(m.actor) not in ("", own)]
    if posts:
        a.sources, a.targets = [q], [pronoun_party(t, posts[0].tok, posts[0].actor)]


def _modifier(a: _Args) -> None:
    """A party right before the trigger: "Western sanctions", "the Ukraine war", "the
    US-led war" (the leader), "the U.S. invasion of Iraq" (a name before an act whose
    target follows is its agent)."""
    t, k = a.t, a.h.start
    led = k >= 2 and t.lower[k - 1] == "led" and t.lower[k - 2] == "-"
    mod = t.ending_at(k - 2 if led else k)
    if mod is None and k - 1 > a.lo and t.lower[k - 1] in armed_things(t.codebook):
        # a demonym before the weapon: "Russian missile strikes", "Israeli drone attacks"
        mod = t.ending_at(k - 1)
        mod = mod if mod is not None and mod.head.kind == "demonym" else None
    a.mod = mod
    if mod is None or mod.possessive:
        return
    actor = t.actor(mod.actor)
    state = actor and actor.type in ("country", "bloc", "organization")
    # "the Ukraine war" names its target; "Iran launched" is a subject, not a modifier
    after_det = mod.tok > a.lo and t.lower[mod.tok - 1] in ("the", "a", "an")
    # a demonym is the actor whatever the trigger: "Western sanctions", "Russian attacks"
    if mod.head.kind == "demonym" or (led and state):
        a.sources = [mod]
    elif state and _target_named_after(a, mod):
        a.sources = group_left(t, mod, a.lo)  # "US, EU sanctions on Russia": both
    elif (
        state
        and a.row.get("modifier_role", "") == "target"
        and (after_det or t.lower[mod.tok] == "the")
    ):
        a.targets = [mod]


def _target_named_after(a: _Args, mod: Participant) -> bool:
    """Does another party follow the trigger as its target (``the U.S. invasion of
    Iraq``, ``Turkey's military incursion into Syria``)?"""
    t, at = a.t, a.h.end
    if at >= a.hi or t.lower[at] not in ("against", "on", "upon", "of", "into"):
        return False
    found = after_prep(t, at, a.hi, {t.lower[at]})
    return bool(found) and t.stands_for(found[0].actor) not in ("", t.stands_for(mod.actor))


def _agent_after_target(a: _Args) -> None:
    """An act told as a noun names its agent after its target with ``by``: ``the invasion
    of Kuwait by Iraq``, ``the seizure of the tanker off Oman by Iran``, past the status the
    act gives the target (``the recognition of Kosovo as a state by Peru``).

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("The recognition of Kosovo as a state by Peru angered Serbia.").events
    >>> ev[ev.type == "SUPPORT"][["source", "target"]].values.tolist()
    [['PER', 'XKX']]
    """
    t, h, hi = a.t, a.h, a.hi
    at = h.end - 1 if t.lower[h.end - 1] == "of" else h.end  # the trigger's own "of"
    if a.sources or at + 3 >= hi or t.lower[at] not in ("of", "on", "against", "upon"):
        return
    target = after_prep(t, at, hi, {t.lower[at]})
    if not target or target[-1].possessive:
        return
    k = _past_status(t, target[-1].tok_end, hi)
    agent = starting_at(t, k + 1, hi) if k + 1 < hi and t.lower[k] == "by" else None
    if agent is not None and agent.tok == k + 1:
        a.sources, a.targets = group_right(t, agent, hi), a.targets or target


def _past_status(t: Tagged, k: int, hi: int) -> int:
    """The token after an ``as`` phrase of a few lower-case words at ``k`` (``as an
    independent state``), else ``k``."""
    if k >= hi or t.lower[k] != "as":
        return k
    j = k + 1
    while j < min(hi, k + 6) and t.words[j].isalpha() and t.words[j].islower():
        if t.lower[j] == "by":
            break
        j += 1
    return j


def _sent_from_to(a: _Args) -> None:
    """Help told as a noun with its giver and receiver after it, ``from`` one ``to`` the
    other: ``the transfer of missiles from Iran to Russia``, ``arms shipments from Chile
    to Peru``.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Kenya reported the transfer of missiles from Chile to Peru.").events
    >>> ev.loc[ev.type == "AID", ["source_country", "target_country"]].values.tolist()
    [['CHL', 'PER']]
    """
    t, h, hi = a.t, a.h, a.hi
    if a.sources or a.row["type"] != "AID" or h.end + 3 >= hi or t.lower[h.end] != "from":
        return
    if _supposed(t, h, a.lo):
        return
    giver = starting_at(t, h.end + 1, hi)
    if giver is None or giver.tok != h.end + 1 or giver.possessive:
        return
    k = giver.tok_end
    taker = starting_at(t, k + 1, hi) if k + 1 < hi and t.lower[k] == "to" else None
    if taker is not None and taker.tok <= k + 2:  # "to the Houthis"
        a.sources, a.targets = [giver], a.targets or group_right(t, taker, hi)


_GENERIC = frozenset({"any", "no", "every"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "will"})


def _supposed(t: Tagged, h, lo: int) -> bool:
    """Is the act told as a noun only supposed: generic (``any transfer of ...``) or the
    subject of a modal clause (``a transfer of missiles ... would violate the embargo``)?"""
    k = h.start - 1
    if k >= lo and t.lower[k] in _GENERIC:
        return True
    p = parse_or_none(t, t.tok_sent[h.start])
    n = h.heads[0][1] - 1 if getattr(h, "heads", None) else h.start
    if p is None or p.dep(n) not in ("nsubj", "nsubjpass"):
        return False
    return any(p.dep(c) == "aux" and t.lower[c] in _MODALS for c in p.children(p.head(n)))


def _possessor_or_subject(a: _Args) -> None:
    t, h, lo = a.t, a.h, a.lo
    if not a.sources:
        a.sources = left_possessor(t, h.start, lo)
    if not a.sources:
        # a possessive inside the trigger: "cemented their relationship"
        for i in range(h.start, h.end):
            if t.lower[i] in ("its", "their"):
                a.sources = resolve_pronoun(t, t.lower[i], i, lo)
                break
            if t.lower[i] in ("our", "my") and t.by_tok.get(i) is not None:
                a.sources = [t.by_tok[i]]  # the speaker's own: "the recall of our envoy"
                break
    if not a.sources and not (a.mod and a.targets):
        # in a statement's words the subject is found there, never in the speaker before
        # them: "We are concerned about the fighting in X" (the speaker fights no one)
        if a.stmt is not None and a.stmt.content_start <= t.starts[h.start] < a.stmt.content_end:
            lo = max(lo, t.token_from(a.stmt.content_start))
        a.sources = subject_left(t, h.start, lo)


def _targets_after(a: _Args) -> None:
    """The target in or after the trigger phrase: its own preposition, a party inside it,
    its last word, a preposition a word or two after it, a party right after it."""
    t, h, hi = a.t, a.h, a.hi
    if not a.targets and t.lower[h.end - 1] in PREPS and h.end < hi:
        # the trigger ends in its preposition ("stand with", "turned to countries such as")
        found = after_prep(t, h.end - 1, hi, PREPS)
        # "grateful to our Nigerian friends": the party after the speaker's own "our"
        found = _past_possessive_pronoun(t, found, hi) if found else found
        found = found + _same_prep_again(t, h.end - 1, hi) if found else found
        a.targets = [p for p in found if not p.possessive]
    if not a.targets and h.end - h.start > 2:
        # a party inside the phrase: "providing Russia with artillery"; a possessor only of
        # the phrase's last word: "recognition of Somalia's sovereignty"
        inside = [p for p in parts_in(t, h.start + 1, h.end)
                  if p.tok_end < h.end and all(p is not q for q in a.sources)]  # fmt: skip
        last = h.heads[-1][0] if getattr(h, "heads", None) else h.end - 1
        # (a possessive's clitic stands between: "Somalia 's sovereignty")
        owned = [p for p in inside if p.possessive and last - 1 <= p.tok_end <= last]
        if owned and not a.sources and _owns_the_object(a, owned[0]):
            a.sources, inside = owned[:1], [p for p in inside if p is not owned[0]]
        else:
            a.targets = [p for p in inside if not p.possessive or last - 1 <= p.tok_end <= last][:1]
    if not a.targets and h.end - h.start > 2:
        a.targets = _last_word_party(a)
    if not a.targets and a.sign < 0 and a.sources:
        a.targets = _wronged_owner(a)
        a.owner_of_its = bool(a.targets)
    if not a.targets:
        a.targets = _prep_target(a)
    if not a.targets and h.end < hi:
        obj = starting_at(t, h.end, hi)
        if obj is not None and obj.tok <= h.end + 1 and not obj.possessive:
            a.targets = [] if owns_insurgents(t, obj, hi) else group_right(t, obj, hi)


def _same_prep_again(t: Tagged, i: int, hi: int) -> list[Participant]:
    """The parties of a later ``and`` + the same preposition in the clause: "grateful to
    Kenya for leading the mission, and to Benin and Chad for pledging personnel"."""
    for k in range(i + 1, hi - 1):
        if t.lower[k] in (";", ".", ":", "but", "while", "whereas"):
            return []
        if t.lower[k] == "and" and t.lower[k + 1] == t.lower[i]:
            return after_prep(t, k + 1, hi, {t.lower[i]})
    return []


# the prepositions a hostile act reaches its object by: "fired on", "crossed into"
_INTO = frozenset({"on", "upon", "at", "into", "against"})


def _owns_the_object(a: _Args, q: Participant) -> bool:
    """Is ``q`` the owner of a joint act's noun that is the verb's own object, with no
    preposition between (``reaffirmed the United States' commitment to Jordan``): the
    owner keeps the commitment; its partner comes after."""
    between = a.t.lower[a.h.start + 1 : q.tok]
    return a.row.get("symmetric") == "yes" and not any(w in PREPS for w in between)


def _left_bare(a: _Args) -> bool:
    """Is the trigger a verb with no object but what follows it (``shelled its posts``),
    not a noun in a phrase of its own (``the attack on its embassy`` has its target)?"""
    if a.h.end - a.h.start != 1:
        return False
    p = parse_or_none(a.t, a.t.tok_sent[a.h.start])
    return p is not None and p.pos(a.h.start) == "VERB"


def _wronged_owner(a: _Args) -> list:
    """``Greece protested after Turkish jets violated its airspace``, ``after Chinese
    vessels fired water cannon at its boat``: in a hostile act's own words, ``its`` is
    another state than its agent's, the latest one named before it
    in the sentence or, failing one, in the sentence before."""
    t, h = a.t, a.h
    own_preps = set(filter(None, a.row.get("target_preps", "").split("|")))
    k = next((i for i in range(h.start + 1, h.end) if t.lower[i] in ("its", "their")), None)
    if k is not None and h.end < a.hi and t.lower[h.end] in own_preps:
        return []  # "ended its cooperation with the FDLR": its own, and the FDLR its target
    j = h.end  # or right after it, as its object: "shelled its border posts", "fired on its"
    while k is None and j < min(a.hi, h.end + 2) and t.lower[j] in _INTO:
        j += 1
    # (after the phrase's own preposition: "fired water cannon at its supply boat")
    if k is None and j < a.hi and t.lower[j] == "its":
        k = j if _left_bare(a) or (j > h.end and t.lower[h.end] in own_preps) else None
    if k is None:
        return []
    own = {t.stands_for(q.actor) or q.actor for q in a.sources}
    sent = t.tok_sent[h.start]
    for cands in (parts_in(t, t.sent_tok[sent][0], h.start), parts_of_sentence(t, sent - 1)):
        other = [
            q for q in cands
            if t.actor_type(q.actor) == "country" and t.stands_for(q.actor) not in own
        ]  # fmt: skip
        if other:
            return other[-1:]
    return []


def _last_word_party(a: _Args) -> list:
    """The phrase's last word heads a party: "provided the North Korean troops with
    uniforms" (the troops receive), unless they are the source's own ("Pyongyang sent North
    Korean troops to Russia": its "to" names the target)."""
    t, h = a.t, a.h
    last = t.ending_at(h.end)
    own = {t.stands_for(p.actor) or p.actor for p in a.sources}
    if (
        last is not None
        and last.tok > h.start
        and not last.possessive
        and (t.stands_for(last.actor) or last.actor) not in own
    ):
        return [last]
    return []


def _prep_target(a: _Args) -> list:
    """A preposition right after the trigger (a word or two may stand between: "policy on")."""
    t, h, hi = a.t, a.h, a.hi
    preps = set() if show_of_force(a.row) else set(_TARGET_PREPS)
    preps |= {"in", "at", "inside"} if a.row.get("modifier_role", "") == "target" else set()
    preps |= set(filter(None, a.row.get("target_preps", "").split("|")))
    if a.sign > 0:
        # "back offensive operations against Ukrainian positions": not backing Ukraine
        preps = preps - {"against"}
    acts = hostile_nouns(t.codebook) if reacting(t, a.row["type"]) else frozenset()
    if any(_named_foe(a, k) for k in range(h.end, min(h.end + 3, hi))):
        return []
    for gap in range(0, 3):
        i = h.end + gap
        if i >= hi or t.lower[i] in (",", ";", ".") or t.lower[i] in acts:
            break  # "condemned the attack on Jordan": Jordan is the attack's victim
        if t.lower[i] in insurgents(t.codebook):
            break  # "fighting rebels in Congo": the rebels are fought, Congo is their place
        found = after_prep(t, i, hi, preps)
        if not found and (show_of_force(a.row) or armed_act(t, a.row)):
            found = _border_with(t, i, hi, preps)
        if found:
            return _past_possessive_pronoun(t, found, hi)
    return _place_of_object(a) or _place_of_outcome(a)


def _named_foe(a: _Args, i: int) -> bool:
    """Is token ``i``, after a fight's trigger, a name no party owns (``fought the ADF in
    eastern Congo``)? A named foe is fought where it is: the place is no side."""
    return a.row["type"] == "FIGHT" and a.t.words[i][:1].isupper() and i not in a.t.by_tok


def _place_of_object(a: _Args) -> list:
    """``struck an oil refinery in Russia``, ``bombed a weapons depot in Syria``: an act
    whose target a place names (``modifier_role`` target) aims at the state its object
    lies in, however long the object's phrase: the first ``in``/``at`` after the object,
    on the object or on the verb. Not when the object is a party or an armed group's
    (``struck rebel bases in Congo``: the rebels are struck)."""
    t, h = a.t, a.h
    if a.row.get("modifier_role", "") != "target" or not _left_bare(a):
        return []
    p = parse_or_none(t, t.tok_sent[h.start])
    places = _object_place(t, p, h.start)
    return [q for c in places for q in noun_parties(t, p, c) if t.stands_for(q.actor)]


# the prepositions that place an armed act's harm in a state: "killed two in Lebanon",
# "hit power plants across Ukraine"
_PLACE_PREPS = frozenset({"in", "at", "across", "inside"})


def _place_of_outcome(a: _Args) -> list:
    """``An Israeli strike killed three people in Lebanon``, ``shelling hit homes across
    Ukraine``: an armed act told by a noun that is the subject of what it did is aimed at
    the state where its harm fell (:func:`harm_places`)."""
    t, k = a.t, a.h.end - 1  # the noun heads its phrase: "missile strikes"
    if not a.sources or not armed_act(t, a.row):
        return []
    p = parse_or_none(t, t.tok_sent[k])
    if p is None or p.dep(k) != "nsubj" or p.pos(k) != "NOUN":
        return []
    own = {t.stands_for(q.actor) or q.actor for q in a.sources}
    found = [q for c in harm_places(t, p, p.head(k)) for q in noun_parties(t, p, c)]
    return [q for q in found if t.stands_for(q.actor) and t.stands_for(q.actor) not in own]


def harm_places(t: Tagged, p, v: int) -> list[int]:
    """The places where what the verb at ``v`` did to its one object fell: the nouns of the
    first ``in``/``at``/``across`` after the object, on the object or on the verb
    (``killed three people in Lebanon``). None when the object is a party or armed men
    (``killed 12 rebels in Congo``: the rebels are struck, not Congo).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> from alignkit.reading.dependency import parse
    >>> t = tag(parse_article("A strike killed two people in Lebanon."))
    >>> [t.words[k] for k in harm_places(t, parse(t, 0), t.lower.index("killed"))]
    ['Lebanon']
    """
    return _object_place(t, p, v) if _armed_verb(t, p, v) else []


def _object_place(t: Tagged, p, v: int) -> list[int]:
    """The nouns of the first ``in``/``at``/``across`` after the one object of the verb at
    ``v``, on the object or on the verb; none when the object is a party or armed men."""
    objects = [k for k in p.children(v) if p.dep(k) == "dobj"]
    if len(objects) != 1 or noun_parties(t, p, objects[0]):
        return []
    o = objects[0]
    if any(t.lower[k] in insurgents(t.codebook) for k in range(v + 1, o + 1)):
        return []
    kids = sorted(k for n in (o, v) for k in p.children(n) if p.dep(k) == "prep" and k > o)
    if not kids or t.lower[kids[0]] not in _PLACE_PREPS:
        return []
    return [c for c in p.children(kids[0]) if p.dep(c) == "pobj"]


def _armed_verb(t: Tagged, p, v: int) -> bool:
    """Is the verb at ``v`` an armed act in the field's dictionary (``killed``, ``hit``;
    not ``displaced``)?"""
    if p.pos(v) != "VERB":
        return False
    codings = cameo_lexicon(t.codebook).code(t.lower, v, t.sent_tok[t.tok_sent[v]][1])
    return bool(codings) and t.codebook.plover[codings[0].plover].get("armed") == "yes"


def _border_with(t: Tagged, i: int, hi: int, preps) -> list:
    """``massed troops along its border with Ethiopia``: a show of force or an armed act
    at a border (``border_words.csv``) is aimed at the state across it.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Troops gathered along the border with Chad."))
    >>> [p.actor for p in _border_with(t, 2, len(t.lower), {"along"})]
    ['TCD']
    """
    if i >= hi or t.lower[i] not in preps:
        return []
    j = i + 1
    while j < hi and t.lower[j] in ("the", "its", "their", "his", "her", "our", "shared"):
        j += 1
    if j + 1 < hi and t.lower[j] in event_lexicon(t.codebook).borders and t.lower[j + 1] == "with":
        return after_prep(t, j + 1, hi, ("with",))
    return []


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _past_possessive_pronoun(t: Tagged, found: list, hi: int) -> list:
    """ "with his Iraqi counterpart": the party the possessive pronoun determines, not
    the pronoun's own antecedent."""
    first = found[0]
    if first.tok_end - first.tok == 1 and t.lower[first.tok] in _POSSESSIVE_PRONOUNS:
        nxt = t.by_tok.get(first.tok_end) if first.tok_end < hi else None
        if nxt is not None and nxt.tok == first.tok_end:
            return group_right(t, nxt, hi)
    return found


def _of_help(t: Tagged, w: int) -> bool:
    """Is the preposition at ``w`` one that tells help the subject had: ``with``,
    ``despite`` (``struggled despite the assistance of Rwandan troops``), ``thanks to``?"""
    return t.lower[w] in ("with", "despite") or (
        t.lower[w] == "to" and w > 0 and t.lower[w - 1] == "thanks"
    )


def _backed_subject(a: _Args) -> None:
    """``Serbia moved troops to the border with Russia's backing``, ``stayed in power with
    Russian support``: support or aid after ``with`` (or ``despite``, ``thanks to``: ``held
    the town thanks to the help of Chad``) is given to the subject of the verb the phrase
    hangs on, after that verb's own object or phrase, or between commas after its subject.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("Chad, with the active support of Niger, repelled the raid.").events
    >>> ev[ev.type == "SUPPORT"][["source", "target"]].values.tolist()
    [['NER', 'TCD']]
    """
    t, h = a.t, a.h
    if a.targets or a.sign < 0 or a.row["type"] not in ("SUPPORT", "AID"):
        return
    p = parse_or_none(t, t.tok_sent[h.start])
    k = h.end - 1
    if p is None or p.dep(k) != "pobj" or not _of_help(t, p.head(k)):
        return
    w = p.head(k)
    v = p.head(w)
    # set off by commas after the subject, the parser hangs the phrase on it: "Rwanda, with
    # the support of Uganda, retook the town" helps the subject of the verb after
    subject = p.dep(v) == "nsubj" and v < w < p.head(v) and t.lower[w - 1] == ","
    v = p.head(v) if subject else v
    # past the verb's own object or phrase ("moved troops ... with"), or before the verb
    # ("With Kenyan backing, Somali troops retook"), not the verb's own partner ("agreed
    # with X's support for the plan", "sided with")
    done = any(p.dep(c) in ("dobj", "prep", "attr", "acomp") for c in p.children(v) if v < c < w)
    if p.pos(v) != "VERB" or not (done or w < v):
        return
    # "with the support of Ghana": the helper in the noun's "of" phrase
    # (or "from": "the assistance of troops from Rwanda", the parser hanging it on the noun)
    a.sources = a.sources or [
        q for c in p.children(k) if p.dep(c) == "prep" and t.lower[c] in ("of", "from")
        for o in p.children(c) if p.dep(o) == "pobj" for q in noun_parties(t, p, o)
    ]  # fmt: skip
    helped = [q for q, role in verb_arguments(t, v) if role == "source"]
    a.targets = [q for q in helped if all(q is not s for s in a.sources)]
    a.helped = bool(a.targets)


def _resultative(a: _Args) -> None:
    """ "leaving X, Y and Z in weakened positions": the parties before "in" (not before
    a gerund: "Canada joined Mali in condemning the raid", where both condemn)."""
    t, h, lo = a.t, a.h, a.lo
    if a.targets or h.start - 1 < lo or t.lower[h.start - 1] not in ("in", "into", "under"):
        return
    p = parse_or_none(t, t.tok_sent[h.start])
    if p is not None and p.dep(h.start) == "pcomp":
        return  # "joined Mali in condemning ...": a gerund, its doers are no result
    obj = t.ending_at(h.start - 1)
    if obj is None:
        return
    a.targets = group_left(t, obj, lo)
    a.sources = a.sources if a.sources and a.sources[0].tok_end <= a.targets[0].tok - 1 else []
    if not a.sources:
        a.sources = subject_left(t, a.targets[0].tok - 1, lo)


def _clause_sources(a: _Args) -> None:
    """A source from the clause around the trigger: a participle after a comma, an
    infinitive of purpose, an event noun in a circumstance or after a support verb, a
    proposal reported in a statement."""
    t, h, lo = a.t, a.h, a.lo
    # Infinitive of purpose ("embarked on a visit ... to meet with Putin") or an event
    # noun in a circumstance ("X and Y pose during a treaty signing ceremony").
    k = h.start - 1
    while k >= lo and t.lower[k] in ("a", "an", "the"):
        k -= 1
    # A participle after a comma acts for the clause's subject: "China is ..., providing"
    after_comma = h.start - 1 >= lo and t.lower[h.start - 1] == ","
    if not a.sources and after_comma and t.lower[h.start].endswith("ing"):
        a.sources = clause_subject(t, lo, h.start)
    # (A hostile act needs its own agent: "push for a halt to fighting" is not a fight.)
    circumstance = k >= lo and t.lower[k] in ("to", "during", "at", "amid")
    # (a withdrawal or concession asked of someone is theirs, and tells that they hold
    # out now: "called on all member states to respect X's sovereignty" is not the asker's;
    # "urged the allies to increase pressure on Tehran" is the asker's pressure too)
    asked = a.row["type"] in event_lexicon(t.codebook).unmet and asks_someone(t, h.start, lo)
    if not a.sources and circumstance and not a.hostile and not asked:
        a.sources = clause_subject(t, lo, h.start)
    if not a.sources and not a.hostile:
        a.sources = _fronted_circumstance(t, h.start, lo)
    if not a.sources:
        a.sources = _support_verb_subject(t, h, k, lo, a.hostile)
    # The party asked to act does what it is asked: "called on Rwanda to end support to M23"
    if not a.sources:
        a.sources = asked_party(t, h.start, lo)
    # A proposal reported in a statement acts for the speaker: "advocated for ... on Iran".
    # (Not a hostile act: "urged Aliyev to cease hostilities" are Aliyev's hostilities.)
    stmt = a.stmt
    if not a.sources and stmt is not None and stmt.mode in ("proposed", "expected") and not asked:
        sp = participant_with_head(t, stmt.speaker_start) if not a.hostile else None
        if sp:
            a.sources = [sp]


_CIRCUMSTANCE = frozenset({"during", "on", "while", "in", "after", "following", "at"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my"})


def _fronted_circumstance(t: Tagged, start: int, lo: int) -> list[Participant]:
    """The subject of the clause an event noun's circumstance phrase hangs on, when the
    phrase comes before the clause's verb: ``During a visit to Tokyo, the Thai premier
    said``, ``The Kenyan president, on a three-day visit to Accra, called for calm``
    (a determiner and up to two lower-case words before the noun).

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> ev = analyze_text("During his visit to Hanoi, the Thai premier signed a pact.").events
    >>> ev.loc[ev.trigger == "visit", ["source_country", "target_country"]].values.tolist()
    [['THA', 'VNM']]
    """
    k = start - 1
    while k >= lo and start - k <= 3 and (t.lower[k] in _DETERMINERS or t.words[k].islower()
                                          and t.lower[k] not in _CIRCUMSTANCE):  # fmt: skip
        k -= 1
    if k < lo or t.lower[k] not in _CIRCUMSTANCE:
        return []
    p = parse_or_none(t, t.tok_sent[start])
    v = p.head(k) if p is not None and p.dep(k) == "prep" else -1
    if v <= k or p.pos(v) != "VERB":
        return []
    return [q for q, role in verb_arguments(t, v) if role == "source"]


# verbs that remember or celebrate an act: "we marked the anniversary of the attack on X"
# (the one who marks it did not attack)
_COMMEMORATING = frozenset({"mark", "marks", "marked", "marking", "celebrate", "celebrates",
                            "celebrated", "celebrating", "commemorate", "commemorates",
                            "commemorated", "commemorating"})  # fmt: skip


def _support_verb_subject(t: Tagged, h, k: int, lo: int, hostile: bool = False) -> list:
    """An event noun after a support verb, adjectives allowed between: "X and Y attend a
    treaty signing ceremony", "China's military staged large-scale drills". A hostile act
    is no act of the one who marks or celebrates it."""
    support = event_lexicon(t.codebook).support_verbs
    v = k
    # (a noun in another's phrase is not the verb's: "hosts refugees from the conflict")
    while (
        v > lo
        and h.start - v <= 5
        and (t.lower[v] == "-" or t.words[v].islower() or t.words[v].isdigit())
        and (t.lower[v] not in PREPS or t.lower[v] == "of")
    ):
        if t.lower[v] in support:
            break
        v -= 1
    if v < lo or t.lower[v] not in support or (hostile and t.lower[v] in _COMMEMORATING):
        return []
    return subject_left(t, v, lo)


def _fallback_targets(a: _Args) -> None:
    """A conflictual act's purpose ("sanctions to curb Russia's ..."), or the topic."""
    t = a.t
    if not a.targets and a.sources and a.sign < 0:
        a.targets = _purpose_target(t, a.h.end, a.hi)
    if not a.targets and a.row.get("target_fallback") == "topic" and a.sources:
        top = topic(t, a.lo, a.hi)
        if top is not None and top not in a.sources:
            a.targets = [top]


def _shared_sources(a: _Args, co, prev) -> None:
    """Sources an act without its own shares: the act before it in a conjunct, the several
    speakers of its statement, a group named as the clause's subject."""
    t, h, lo = a.t, a.h, a.lo
    if not a.sources and prev and _after_conjunction(t, h.start, lo):
        a.sources, a.borrowed = list(prev), True
    if not a.sources and len(co) >= 2 and not a.hostile:
        a.sources = _speakers_as_subject(t, h, lo, a.stmt, co)
    if not a.sources and not a.hostile and not _judged(t, h) and not _background(a):
        # a group as the subject: "The three leaders discussed ways to strengthen ..."
        a.sources = group_subject(t, lo, h.start)
    if a.sources and not a.targets and a.hostile:
        a.targets = _defended(t, a.sources[0].tok, lo)


_BACKGROUND = frozenset({"amid", "amidst", "after", "following", "despite"})
# the topic of a clause's act: "A and B are locked in a dispute over the port deal"
_TOPIC = frozenset({"over", "about", "regarding", "concerning"})


def _background(a: _Args) -> bool:
    """Is a hostile trigger the background of its clause (``A and B recalled their envoys
    from C amid a border dispute``), or any trigger its topic (``A and B are at odds over
    the port deal``)? Its parties are not the clause's subject."""
    t, k = a.t, a.h.start - 1
    while k > a.lo and a.h.start - k <= 3 and t.words[k].isalpha() and t.words[k].islower():
        if t.lower[k] in _BACKGROUND:
            return a.sign < 0
        k -= 1
    return _in_topic(t, a.h.end - 1)


def _in_topic(t: Tagged, k: int) -> bool:
    """Is the noun at ``k`` (or the first of its conjuncts) the object of a topic
    preposition (``over the award and the border agreement``)?"""
    p = parse_or_none(t, t.tok_sent[k])
    if p is None:
        return False
    while p.dep(k) in ("conj", "appos") and p.head(k) != k:
        k = p.head(k)
    return p.dep(k) == "pobj" and t.lower[p.head(k)] in _TOPIC


def _judged(t: Tagged, h) -> bool:
    """Is the trigger the object of a verb that judges it ("Qatar and Egypt welcomed the
    agreement", "praised the talks")? The verb's subject judges an act of others."""
    p = parse_or_none(t, t.tok_sent[h.start])
    if p is None:
        return False
    k = h.end - 1
    return p.dep(k) == "dobj" and t.lower[p.head(k)] in judging_verbs(t.codebook)


def _pairs(a: _Args) -> list:
    sources, targets = a.sources, a.targets
    if a.row.get("symmetric") == "yes" and len(sources) >= 2 and _their(a.t, a.h.start):
        return every_two(sources)  # "A and B took their border dispute to the court"
    if not sources:
        # a hostile act with its victim alone ("the ongoing war against Ukraine"): one half
        return [(None, g) for g in targets] if targets and a.hostile else []
    if not targets:
        if a.row.get("symmetric") == "yes" and len(sources) >= 2:
            # every pair of the parties: "A, B, C and D met"; not those fighting together,
            # nor those that each deal with a partner unnamed ("A and B opened relations
            # with the nation")
            v = a.h.end - 1
            together = a.row["type"] == "FIGHT" and (done_together(a.t, v) or _foe_object(a.t, v))
            return [] if together or _unnamed_partner(a.t, v) else every_two(sources)
        # a hostile act with its agent alone ("Russia's invasion"): the other half; not
        # from a shared subject ("defend Israel and defeat that attack": no war's agent)
        return [(p, None) for p in sources] if a.hostile and not a.borrowed else []
    return [(s, g) for s in sources for g in targets if s is not g]


def _unnamed_partner(t: Tagged, k: int) -> bool:
    """Does the relation noun at ``k`` take a partner by ``with`` that names no party, a
    noun phrase of its own (``opened relations with the nation``, ``signed deals with the
    new government``)? Its subjects then each deal with that partner, not with each other.
    A ``with`` phrase that qualifies (``with the support of X``, ``with a view to``) names
    no partner, nor does ``with their counterparts`` (each other's).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chad and Niger restored ties with the kingdom."))
    >>> _unnamed_partner(t, t.lower.index("restored"))
    True
    >>> t = tag(parse_article("Chad and Niger restored ties with the support of the UN."))
    >>> _unnamed_partner(t, t.lower.index("ties"))
    False
    """
    p = parse_or_none(t, t.tok_sent[k])
    if p is None or k in t.by_tok:
        return False
    # the phrase hangs on the noun or on the verb it is the object of ("restored ties")
    heads = [k, *(c for c in p.children(k) if p.dep(c) == "dobj")]
    if p.dep(k) == "dobj":  # "opened relations with the nation": on the noun's verb
        heads.append(p.head(k))
    if any(t.lower[c] == "their" for x in heads for c in p.children(x)):
        return False  # "strengthened their ties with new deals": their own tie
    for w in (w for x in heads for w in p.children(x)):
        if t.lower[w] != "with" or p.dep(w) != "prep":
            continue
        for n in p.children(w):
            kids = p.children(n)
            if (
                p.dep(n) == "pobj"
                and p.pos(n) == "NOUN"
                and n not in t.by_tok
                # "with the nation", "with neighbouring states" (a bare plural)
                and (any(p.dep(c) in ("det", "poss") for c in kids) or t.lower[n].endswith("s"))
                and not any(t.lower[c] == "their" for c in kids)  # "with their counterparts"
                and not any(p.dep(c) in ("prep", "acl", "relcl") for c in kids)
            ):
                return True
    return False


def _parsed_pairs(t: Tagged, h, row) -> list:
    """(source, target) pairs of a verb trigger when the parse names both sides (the first
    verb of the trigger that has them: "held talks", "co-penned")."""
    p = parse_or_none(t, t.tok_sent[h.start])
    if p is None:
        return []
    preps = tuple(x for x in row.get("target_preps", "").split("|") if x)
    # the trigger's own preposition ("partnered with") names its partner
    preps += tuple(t.lower[i] for i in range(h.start + 1, h.end) if t.lower[i] == "with")
    hi = t.sent_tok[t.tok_sent[h.start]][1]
    # "A and B, locked in a dispute with C,": the phrase's own preposition after it
    after = after_prep(t, h.end, hi, preps) if h.end - h.start > 1 else []
    for v in (i for i in range(h.start, h.end) if p.pos(i) == "VERB"):
        pairs = _pairs_of_verb(t, v, row, preps, after)
        if pairs:
            return pairs
    if h.end - h.start == 1:
        # a noun whose agent follows it: "the visit of the Chinese premier to Pakistan"
        args = noun_arguments(t, h.start, preps, general_preps(t, row["type"]))
        return [(s, g) for s, rs in args if rs == "source" for g, rg in args if rg == "target"]
    return []


def _glossed(t: Tagged, q: Participant) -> Participant:
    """The party a name in parentheses abbreviates, the last named in the few words before
    them (``designated Chile's Ministry of Defense (MoD)``: Chile's ministry, whatever
    other body the letters may name), else ``q``; the parser may make the letters the head.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> text = "Canada is designating Chile's Ministry of Defense (MoD) and two state banks."
    >>> analyze_text(text).events[["source", "target_country"]].values.tolist()
    [['CAN', 'CHL']]
    """
    if q.tok == 0 or t.lower[q.tok - 1] != "(":
        return q
    before = parts_in(t, max(t.sent_tok[q.sentence][0], q.tok - 5), q.tok - 1)
    return before[-1] if before and not before[-1].possessive else q


def _small_clause_subject(t: Tagged, v: int) -> list[Participant]:
    """The object of a verb that the parser makes the subject of an adjective after it:
    ``hold Russia accountable``, ``deemed Chad responsible`` (Russia, Chad)."""
    p = parse_or_none(t, t.tok_sent[v])
    adjectives = [c for c in p.children(v) if p.dep(c) in ("ccomp", "xcomp", "oprd")
                  and p.pos(c) == "ADJ"]  # fmt: skip
    return [q for c in adjectives for n in p.children(c) if p.dep(n) == "nsubj"
            for q in noun_parties(t, p, n)]  # fmt: skip


def _their(t: Tagged, k: int) -> bool:
    """Does ``their`` determine the noun at ``k`` (``their border dispute``,
    ``their rivalry``), within its phrase?"""
    for j in range(k - 1, max(-1, k - 4), -1):
        if t.lower[j] == "their":
            return True
        if not t.words[j].isalpha() or t.words[j][:1].isupper():
            return False
    return False


@per_codebook
def _war_nouns(cb) -> frozenset[str]:
    """The forms of ``war_nouns.csv``: the fight itself as a fighting verb's object."""
    return word_list("war_nouns.csv", cb.root)


def _foe_object(t: Tagged, v: int) -> bool:
    """Does the fighting verb at ``v`` have an object other than a war it names (``fought
    al-Shabab militants``, ``to fight armed groups``; not ``fought a border war``): the foe
    its agents fight side by side, not each other?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chad and Niger are fighting jihadists near the lake."))
    >>> _foe_object(t, t.lower.index("fighting"))
    True
    """
    p = parse_or_none(t, t.tok_sent[v])
    wars = _war_nouns(t.codebook)
    # (a capitalized word no party names is a headline's parse: "Troops Clash Along Border")
    return p is not None and any(
        p.dep(c) == "dobj"
        and t.lower[c] not in wars
        and (t.words[c].islower() or t.ending_at(c) is not None)
        for c in p.children(v)
    )


def done_together(t: Tagged, v: int) -> bool:
    """Is the act at ``v`` done together (``together``, ``jointly``, ``side by side``,
    ``alongside`` in the five words after it, before a comma)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Kenyan and Somali troops fought side by side."))
    >>> done_together(t, t.lower.index("fought"))
    True
    """
    for k in range(v + 1, min(len(t.lower), v + 6)):
        if t.lower[k] in (",", ";", ".") or t.tok_sent[k] != t.tok_sent[v]:
            return False
        if t.lower[k] in ("together", "jointly", "alongside", "side"):
            return True
    return False


def _pairs_of_verb(t: Tagged, v: int, row, preps, after=()) -> list:
    """The pairs of the verb at ``v`` of a trigger; ``after``: the parties of the trigger
    phrase's own preposition right after it, its target when the verb has none."""
    acts = hostile_nouns(t.codebook) if reacting(t, row["type"]) else frozenset()
    args = verb_arguments(t, v, preps, general_preps(t, row["type"]), acts)
    sources = [q for q, role in args if role == "source"]
    targets = [q for q, role in args if role == "target"] or _small_clause_subject(t, v)
    targets = [_glossed(t, q) for q in targets]
    targets = targets or [q for q in after if all(q is not s for s in sources)]
    targets = not_wronged(t, v, row["type"], targets)
    if not targets and row.get("symmetric") == "yes" and len(sources) >= 2:
        # "a resolution co-penned by the United States and Ecuador": the agents together;
        # "Ethiopia and Eritrea fought", not "fought together", "fought side by side"
        if row["type"] == "FIGHT" and (done_together(t, v) or _foe_object(t, v)):
            return []
        return [] if _unnamed_partner(t, v) else every_two(sources)
    if not sources or not targets:
        return []
    pairs = [(s, g) for s in sources for g in targets if s is not g]
    cooperative = int(t.codebook.plover[row["type"]]["sign"]) > 0
    if row.get("symmetric") == "yes" and len(sources) >= 2 and cooperative:
        # "A and B agreed to a truce brokered by C": A and B agreed with each other too;
        # not "A and B, locked in a dispute with C" (each against C)
        pairs += every_two(sources)
    return pairs
