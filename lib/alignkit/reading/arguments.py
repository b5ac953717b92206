"""An event verb's source and target, read from the dependency parse.

As PETRARCH reads a parse: the source is the verb's subject (for a passive verb, the agent
of its ``by`` phrase), the target its direct object, its indirect object, or the object of
one of its prepositions (``with``, ``to``, ``against``, ``on``...; the dictionary's own
prepositions for the verb first). A noun that is no party stands for the party that owns
it or modifies it (``struck Ukrainian cities``, ``attacked Israel's embassy``, ``the
territory of Armenia``); a title or a body of a state stands for its state (``his Egyptian
counterpart``, ``Sudanese officials``); coordination gives every party (``Egypt and Qatar
brokered``). A verb with no subject of its own takes the subject of the verb it depends on
(``agreed to resume talks``, ``met X and discussed``).

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("The strike on the border post was condemned by Jordan."))
>>> v = t.lower.index("condemned")
>>> [(p.actor, role) for p, role in verb_arguments(t, v)]
[('JOR', 'source')]
>>> t = tag(parse_article("Egypt's foreign minister spoke by phone with his Qatari counterpart."))
>>> v = t.lower.index("spoke")
>>> [(t.stands_for(p.actor), role) for p, role in verb_arguments(t, v, ("with",))]
[('EGY', 'source'), ('QAT', 'target')]
"""

from __future__ import annotations

from .codebook import acting_bodies, per_codebook, read_table, word_list
from .dependency import Parse, parse
from .syntax import (
    _can_head_a_party,
    _control_verbs_of,
    _party_heads_of,
    collectives,
    insurgents,
    pair_named_again,
    plural_subject,
    resolve_pronoun,
    said_again,
)
from .tagging import Participant, Tagged

__all__ = [
    "verb_arguments",
    "mission_nouns",
    "from_parties",
    "origin_nouns",
    "noun_arguments",
    "noun_parties",
    "prep_parties",
    "co_agents",
    "reciprocal",
    "TARGET_PREPS",
    "armed_things",
]

#: Prepositions whose object is an act's target when the dictionary names none.
TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "into", "at", "upon")
_SUBJECTS = ("nsubj", "csubj")
_PASSIVE = ("nsubjpass", "csubjpass")
_OBJECTS = ("dobj", "dative", "iobj")
# the links a verb without its own subject climbs to the verb that has one: an infinitive
# ("agreed to resume talks"), a coordinated verb ("met X and discussed"); not a gerund
# after a preposition ("anyone with an interest in supporting X": its subject is not the
# main clause's), nor an adverbial clause (the small parser attaches a list's gerunds
# to the main verb as adverbial clauses); an adjective's complement climbs to its copula
# ("X is proud to stand with Y", "is ready to resume talks")
_CLIMB = ("xcomp", "conj", "acomp")
# a noun's modifiers that may name the party it stands for
_OWNERS = ("poss", "compound", "amod", "nmod")


def verb_arguments(
    t: Tagged,
    v: int,
    preps: tuple[str, ...] = (),
    general: tuple[str, ...] = TARGET_PREPS,
    acts: frozenset[str] = frozenset(),
    through=None,
    hostile: frozenset[str] = frozenset(),
) -> list[tuple[Participant, str]]:
    """The parties of the verb at token ``v``, each with its role (``source`` or ``target``).

    ``preps``: prepositions that introduce the target for this verb (from the dictionary),
    tried before the ``general`` ones (a caller narrows them: a show of force is aimed
    where it is shown, not where troops are sent *to*; support *against* a party is no
    support of it). ``acts``: object nouns whose own prepositions name no target of the
    verb (``condemned the attack on Jordan``: the attack's victim). ``through(k)``: may
    the verb with no target of its own take that of its infinitive at ``k`` (see
    :func:`_complement_object`)? ``hostile``: given when the act does harm, the nouns of
    harmful acts: an ``its`` in its object names another than its agent, unless the object
    is such an act (``expanded its attacks``: its own) (:func:`_its_owner`).
    """
    if t.tok_sent[v] < 0:
        return []
    p = parse(t, t.tok_sent[v])
    sources, targets = _subject(t, p, v), []
    agent = _agent(t, p, v)
    passive = any(p.dep(k) in _PASSIVE for k in p.children(v))
    if passive:
        subjects = [k for k in p.children(v) if p.dep(k) in _PASSIVE]
        targets = [q for k in subjects for q in _parties(t, p, k) or _its_reporter(t, p, k, v)]
        # "aid to Yemen was blocked by X", "sanctions on Iran were imposed by X"; not the
        # victim of a condemned act ("the strike on Lebanon was condemned by Jordan")
        acted = [k for k in subjects if t.lower[k] not in acts]
        targets = targets or [q for k in acted for q in _prep_object(t, p, k, general)]
        sources = agent or _side_from(t, p, v)
    elif agent and not sources:
        sources = agent  # a participle with its agent: "a resolution co-penned by X and Y"
    if not targets:
        # "Pyongyang sent North Korean troops to Belarus": its own troops are no target
        own = {t.stands_for(q.actor) or q.actor for q in sources}
        targets = _object(t, p, v, preps, general, own, acts)
        if not targets and through is not None:
            targets = _complement_object(t, p, v, general, own, through)
        if not targets:
            targets = _shared_object(t, p, v, preps, general, own, acts)
        if not targets and own and hostile:
            targets = _its_owner(t, p, v, general, frozenset(own), hostile)
        if not targets and agent and p.dep(v) == "acl":
            # "Serbia, backed by Russia,", "Ukrainian cities struck by Russian missiles":
            # a participle with its agent is done to the noun it describes
            targets = [q for q in _parties(t, p, p.head(v)) if t.stands_for(q.actor) not in own]
    out = [(q, "source") for q in sources]
    out += [(q, "target") for q in targets if all(q is not s for s in sources)]
    return out


def _its_owner(
    t: Tagged, p: Parse, v: int, general, own: frozenset, acts: frozenset[str]
) -> list[Participant]:
    """The state an ``its`` names in the object of a hostile act (``Chad said Sudanese
    troops had shelled its border posts``): not the act's own agent, who does no harm to
    what is its own; the latest salient state before it. Not when the object is an act
    (``acts``): ``expanded its attacks`` are the agent's own."""
    nouns = [k for k in p.children(v) if p.dep(k) in _OBJECTS]
    nouns += [c for k in p.children(v) if p.dep(k) == "prep" and t.lower[k] in general
              for c in _pobjs(t, p, k)]  # fmt: skip
    for n in nouns:
        its = [c for c in p.children(n) if p.dep(c) == "poss" and t.lower[c] == "its"]
        if its and t.lower[n] in acts:
            return []
        if its:
            return resolve_pronoun(t, "its", its[0], t.sent_tok[t.tok_sent[v]][0], own)
    return []


def noun_arguments(
    t: Tagged, n: int, preps: tuple[str, ...] = (), general: tuple[str, ...] = TARGET_PREPS
) -> list[tuple[Participant, str]]:
    """The parties of the act a noun at ``n`` names when its agent follows it: the party of
    its ``by`` phrase, else of its ``of`` phrase (a party, or a title or body of one), with
    the target of its own preposition (``preps``, then ``general``): ``the visit of the
    Kenyan president to Uganda``, ``talks by Sudanese envoys with Chad``. Both or
    nothing: ``the invasion of Ukraine`` names the victim in ``of``, and no agent.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The visit of Kenyan officials to Uganda ended."))
    >>> n = t.lower.index("visit")
    >>> [(t.stands_for(q.actor), r) for q, r in noun_arguments(t, n)]
    [('KEN', 'source'), ('UGA', 'target')]
    """
    if t.tok_sent[n] < 0:
        return []
    p = parse(t, t.tok_sent[n])
    if p.pos(n) not in ("NOUN", "PROPN"):
        return []
    sources: list[Participant] = []
    agents: list[int] = []
    for word in ("by", "of"):
        for k in p.children(n):
            if p.dep(k) == "prep" and t.lower[k] == word and not sources:
                agents = _pobjs(t, p, k)
                sources = [q for o in agents for q in _parties(t, p, o, strict=True)]
    own = {t.stands_for(q.actor) or q.actor for q in sources}
    # the small parser may hang the target's preposition on the agent ("the visit of
    # Indonesia's delegation to Malaysia")
    found: list[Participant] = []
    for wanted in (preps, general):
        for head in (n, *agents):
            found = found or _prep_object(t, p, head, wanted, "with" not in preps)
    targets = [q for q in found if (t.stands_for(q.actor) or q.actor) not in own]
    if not sources or not targets:
        return []
    return [(q, "source") for q in sources] + [(q, "target") for q in targets]


def _subject(t: Tagged, p: Parse, v: int) -> list[Participant]:
    """The parties that are the subject of ``v``, or of the verb it depends on.

    A subject is a party, or a noun that a party's title or body heads (``Egypt's foreign
    minister``, ``the Sudanese army``): an act (``any transfer of missiles from X``) is
    no agent."""
    for _ in range(5):
        # (the small parser sometimes hangs the subject on the auxiliary: "X are mediating")
        auxes = [k for k in p.children(v) if p.dep(k) in ("aux", "auxpass")]
        subj = [k for h in (v, *auxes) for k in p.children(h) if p.dep(k) in _SUBJECTS]
        subj = [k for k in subj if not _vocative(t, k)] or subj
        if subj and t.lower[subj[0]] in _RELATIVES and p.dep(v) == "relcl":
            # "Angola, which has mediated"; "led a force that will support Togo"
            return _parties(t, p, p.head(v), strict=True) or _sender(t, p, p.head(v))
        focus = _cleft_focus(t, p, v) if subj and t.lower[subj[0]] in _RELATIVES else None
        if focus is not None:
            return _parties(t, p, focus, strict=True)  # "It was Angola that mediated"
        if subj:
            found = _parties(t, p, subj[0], strict=True) or _reported_self(t, p, subj[0], v)
            found = found or _group_named_before(t, subj[0]) or _their_states(t, p, subj[0])
            return found or _owner_of_subject(t, p, subj[0])
        if any(p.dep(k) in _PASSIVE for k in p.children(v)):
            return []
        if p.dep(v) == "relcl":  # "Qatar, which brokered the deal": the antecedent
            return _parties(t, p, p.head(v), strict=True) or _sender(t, p, p.head(v))
        if p.dep(v) == "acl" and _agent_participle(t, p, v):
            # "troops fighting in Sudan", "U.S. forces, partnered with Chad and Niger,":
            # the noun the participle describes does its act
            return _parties(t, p, p.head(v), strict=True)
        if p.dep(v) == "acl" and t.lower[p.head(v)] in _intention_nouns(t.codebook):
            # "Ecuador's decision to storm the embassy", "the efforts of Qatar to convene":
            # the owner of the intention acts
            return _intention_owner(t, p, p.head(v))
        charged = _charged(t, p, v)
        if charged is not None:
            return _parties(t, p, charged, strict=True)
        by = p.head(v)
        if p.dep(v) == "pcomp" and t.lower[by] == "by" and p.pos(p.head(by)) == "VERB":
            v = p.head(by)  # "India responded by expelling a diplomat": India expels
            continue
        aside = _before_aside(t, v) if p.dep(v) in ("conj", "advcl") else None
        if aside is not None:
            return [aside]  # "since the Houthis, seeking to ..., fired": their act
        joined = _joined_in(t, p, v)
        if joined is not None:
            return joined
        if not _climbs(t, p, v):
            return []
        controller = _controller(t, p, p.head(v)) if p.dep(v) == "xcomp" else None
        if controller is not None:
            return _parties(t, p, controller, strict=True)
        v = _verb_above(p, v) if p.dep(v) == "conj" else p.head(v)
    return []


def _sender(t: Tagged, p: Parse, n: int) -> list[Participant]:
    """The parties that lead, send or deploy the force at ``n`` (a noun of a state's armed
    body, ``heads.csv``, with no owner of its own) as the object of their verb
    (``force_verbs.csv``): what the force is for (``led a force to support Togo's
    police``, ``sent troops that will guard Togo's ports``) they do.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ghana will lead a force that will support Togo's police."))
    >>> [(t.stands_for(q.actor), r) for q, r in verb_arguments(t, t.lower.index("support"))]
    [('GHA', 'source'), ('TGO', 'target')]
    """
    if t.lower[n] not in acting_bodies(t.codebook) or p.dep(n) != "dobj":
        return []
    v = p.head(n)
    return _subject(t, p, v) if t.lower[v] in _force_verbs(t.codebook) else []


@per_codebook
def _force_verbs(cb) -> frozenset[str]:
    """The verbs whose subject leads or sends a force (``force_verbs.csv``)."""
    return word_list("force_verbs.csv", cb.root)


def _their_states(t: Tagged, p: Parse, n: int) -> list[Participant]:
    """The states a ``their`` before a noun of people or bodies that speak for states
    names (``collectives.csv``: ``I spoke with the leaders of Chad and Niger, and their
    governments accepted ...``): the latest pair before it.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("I met the leaders of Chad and Niger, and their governments "
    ...                       "accepted Ghana's proposal."))
    >>> [(q.actor, r) for q, r in verb_arguments(t, t.lower.index("accepted"))]
    [('TCD', 'source'), ('NER', 'source'), ('GHA', 'target')]
    """
    if t.lower[n] not in collectives(t):
        return []
    their = [c for c in p.children(n) if p.dep(c) == "poss" and t.lower[c] == "their"]
    if not their:
        return []
    found = resolve_pronoun(t, "their", their[0], t.sent_tok[t.tok_sent[n]][0])
    return [q for q in found if t.serves_state(q.actor)]


def _vocative(t: Tagged, k: int) -> bool:
    """Is the noun at ``k`` the addressee a sentence opens with, set off by a comma (``Mr.
    President, the United States joined ...``, ``Madam Chair, we ...``), which the small
    parser may take for a second subject of the verb?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Mr. President, on March 3, Norway joined Chile in welcoming it."))
    >>> [(q.actor, r) for q, r in verb_arguments(t, t.lower.index("joined"))]
    [('NOR', 'source'), ('CHL', 'target')]
    """
    lo = next(x for x in range(k, -1, -1) if x == 0 or t.tok_sent[x - 1] != t.tok_sent[k])
    return (
        k + 1 < len(t.lower)
        and t.lower[k + 1] == ","
        and k - lo < 3
        and (
            t.lower[lo] in _address_forms(t.codebook)
            or (t.words[lo][:1].isupper() and t.lower[k] in _address_forms(t.codebook))
        )
    )


@per_codebook
def _address_forms(cb) -> frozenset[str]:
    """The forms of ``address_forms.csv``: ``Mr. President,``, ``Colleagues,``."""
    return word_list("address_forms.csv", cb.root)


def _cleft_focus(t: Tagged, p: Parse, v: int) -> int | None:
    """The focus of a cleft whose relative clause the verb at ``v`` heads (``It was Chad
    that closed the border``, ``it is Peru who broke the truce``): the complement of the
    ``it`` + *be* the clause hangs on, which the small parser takes for the clause's
    head; None when the verb heads no cleft.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("It was Chad that closed the border with Sudan."))
    >>> [(q.actor, r) for q, r in verb_arguments(t, t.lower.index("closed"))]
    [('TCD', 'source'), ('SDN', 'target')]
    """
    be = p.head(v)
    if be == v or t.lower[be] not in _BE or p.dep(v) not in ("ccomp", "relcl", "advcl"):
        return None
    if not any(p.dep(k) in ("nsubj", "expl") and t.lower[k] == "it" for k in p.children(be)):
        return None
    return next((k for k in p.children(be) if p.dep(k) == "attr" and k < v), None)


_BE = frozenset({"is", "was", "'s"})


def _before_aside(t: Tagged, v: int) -> Participant | None:
    """The party right before an aside set off by commas right before the verb at ``v``
    (``the Houthis, seeking to exploit the chaos, launched``), which the small parser may
    take for a second verb of the clause before; None when there is none."""
    if v < 2 or t.lower[v - 1] != ",":
        return None
    for k in range(v - 2, max(-1, v - 14), -1):
        if t.lower[k] in (";", ":", ".") or t.tok_sent[k] != t.tok_sent[v]:
            return None
        if t.lower[k] == ",":
            q = t.ending_at(k)
            return q if q is not None and not q.possessive and t.words[k + 1].islower() else None
    return None


def _joined_in(t: Tagged, p: Parse, v: int) -> list[Participant] | None:
    """The doers of a gerund after the ``in`` of a joining verb (``joining_verbs.csv``):
    its subject and its object share the act (``Canada joined Australia in calling on
    China``: both call; ``Poland was joined by Finland in accusing Belarus``: both accuse);
    ``None`` for a word that is no such gerund.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Japan joined Canada in imposing sanctions on Russia."))
    >>> v = t.lower.index("imposing")
    >>> [(q.actor, role) for q, role in verb_arguments(t, v, ("on",))]
    [('JPN', 'source'), ('CAN', 'source'), ('RUS', 'target')]
    """
    prep = p.head(v)
    if p.dep(v) != "pcomp" or t.lower[prep] != "in" or p.dep(prep) != "prep":
        return None
    j = p.head(prep)
    if p.dep(j) == "dobj":  # the parser may hang "in" on the object: "joined X in ..."
        j = p.head(j)
    if t.lower[j] not in _joining_verbs(t.codebook):
        return None
    kids = p.children(j)
    passive = [k for k in kids if p.dep(k) in _PASSIVE]
    if passive:  # "X was joined by Y in ...": X and the agent Y
        doers = [q for k in passive for q in _parties(t, p, k, strict=True)] + _agent(t, p, j)
    else:
        doers = _subject(t, p, j)
    return doers + [q for k in kids if p.dep(k) == "dobj" for q in _parties(t, p, k)]


@per_codebook
def _joining_verbs(cb) -> frozenset[str]:
    """The forms of ``joining_verbs.csv``: ``joined X in doing``."""
    return word_list("joining_verbs.csv", cb.root)


def _owner_of_subject(t: Tagged, p: Parse, n: int) -> list[Participant]:
    """The state whose act, claim or presence is the subject: ``Russia's actions threaten
    Moldova``, ``Venezuela's claim threatens Guyana's sovereignty``: the possessor does
    what its noun does. Not a noun of relation (``Israel's neighbours``) or a mission
    (``the UN mission in Haiti``); not a state's adjective, which also names its people
    (``Ukrainian refugees arrived``)."""
    # a weapon or a strike is its owner's, adjective or not: "Israeli airstrikes hit",
    # "Indian shelling killed" (a gerund the parser may tag as a verb)
    weapon = t.lower[n] in weapon_words(t.codebook)
    if p.pos(n) != "NOUN" and not weapon:
        return []
    if t.lower[n] in mission_nouns(t.codebook) or _relational(t, p, n):
        return []
    mods = ("poss", "amod", "compound") if weapon else ("poss",)
    heads = [n] + [c for c in p.children(n) if weapon and p.dep(c) == "compound"]
    # ("Turkish drone strikes": the parser may hang the demonym on "drone")
    owners = [c for h in heads for c in p.children(h) if p.dep(c) in mods and c in t.by_tok]
    states = [t.by_tok[c] for c in owners
              if t.serves_state(t.by_tok[c].actor)]  # fmt: skip
    return states[-1:]


def _intention_owner(t: Tagged, p: Parse, n: int) -> list[Participant]:
    """The state whose intention the noun at ``n`` is: its possessor (``Ecuador's
    decision``), else the state of its ``of`` phrase (``the efforts of Qatar``). Not a
    ``by`` phrase, which may name the one who judges or reports the intention.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chile praised the efforts of Brazil to convene Peru and Bolivia."))
    >>> [(q.actor, r) for q, r in verb_arguments(t, t.lower.index("convene"))]
    [('BRA', 'source'), ('PER', 'target'), ('BOL', 'target')]
    """
    owners = _owner_of_subject(t, p, n)
    if owners or p.pos(n) != "NOUN":
        return owners
    objects = [o for k in p.children(n) if p.dep(k) == "prep" and t.lower[k] == "of"
               for o in _pobjs(t, p, k)]  # fmt: skip
    return [q for o in objects for q in _parties(t, p, o, strict=True)
            if t.serves_state(q.actor)]  # fmt: skip


@per_codebook
def _intention_nouns(cb) -> frozenset[str]:
    """Nouns of a decision or intention whose infinitive tells what their owner does
    (``intention_nouns.csv``)."""
    return word_list("intention_nouns.csv", cb.root, "word")


@per_codebook
def weapon_words(cb) -> frozenset[str]:
    """``weapon_nouns.csv``: weapons and strikes, whose owner does what they do."""
    return word_list("weapon_nouns.csv", cb.root)


@per_codebook
def armed_things(cb) -> frozenset[str]:
    """The weapons (``weapon_nouns.csv``) and the ships, aircraft and units
    (``vehicle_nouns.csv``) a state acts through: ``Russian missile strikes``, ``Israeli
    drone attacks``."""
    return weapon_words(cb) | word_list("vehicle_nouns.csv", cb.root)


# the subject of a relative clause that stands for the noun the clause hangs on
_RELATIVES = frozenset({"which", "who", "that", "whom"})

# a pronoun subject of a reported clause and the kinds of reporter it can stand for
_SELF = {
    "it": ("country", "organization", "bloc"),
    "he": ("person", "office"),
    "she": ("person", "office"),
}


def _agent_participle(t: Tagged, p: Parse, v: int) -> bool:
    """Does the participle at ``v`` describe its noun as the doer: a present participle
    (``troops fighting``), or a past participle of a mutual act with ``with``
    (``forces partnered with Chad``); not ``aid sent to Chad`` (the aid is sent)."""
    if t.lower[v].endswith("ing"):
        return True
    return any(p.dep(c) == "prep" and t.lower[c] == "with" for c in p.children(v))


def _group_named_before(t: Tagged, k: int) -> list[Participant]:
    """``The two leaders``, ``Both countries``, ``The three ministers`` as a subject: the
    parties last named together as one (:func:`.syntax.plural_subject`)."""
    if t.lower[k] not in collectives(t):
        return []
    lo = t.sent_tok[t.tok_sent[k]][0]
    return plural_subject(t, k + 1, lo)


def _reported_self(t: Tagged, p: Parse, subj: int, v: int, kinds=None) -> list[Participant]:
    """A singular pronoun subject of a reported clause is its reporter when they agree:
    ``Syria says it is willing``, ``Ghana announced that it would send`` (the verb, or the
    adjective or infinitive it hangs on, heads a clause complement of a verb whose own
    subject is a state, a body or a person). ``they`` is the reporter only when the
    reporter is told by a plural noun (``Ugandan officials say they``, ``the armed forces
    said they``): after a state's name it names its forces as often as the state.
    ``kinds``: the reporter's kinds for a word that is no such pronoun (an ``its``)."""
    kinds = kinds or _SELF.get(t.lower[subj])
    if t.lower[subj] == "they":
        kinds = ("plural",)
    head = v
    while kinds and p.dep(head) in ("xcomp", "acomp") and p.head(head) != head:
        head = p.head(head)
    if not kinds or p.dep(head) != "ccomp" or p.head(head) == head:
        return []
    reporter = p.head(head)
    subj = [k for k in p.children(reporter) if p.dep(k) in _SUBJECTS]
    found = _parties(t, p, subj[0], strict=True) if subj else []
    if kinds == ("plural",) and len({t.stands_for(q.actor) for q in found}) >= 2:
        return found  # "Mali, Burkina Faso and Niger said they were recalling": all of them
    if len(found) != 1:
        return []
    actor = t.actor(found[0].actor)
    if kinds == ("plural",):
        plural = p.pos(subj[0]) == "NOUN" and t.lower[subj[0]].endswith("s")
        return found if plural else []
    # "the Kenyan president said he": a title that stands for its state is a person
    kind = "person" if subj[0] in t.title_tokens else actor.type if actor else ""
    return found if kind in kinds else []


def _its_reporter(t: Tagged, p: Parse, k: int, v: int) -> list[Participant]:
    """The reporter whose own thing an ``its`` marks in the subject at ``k`` of a reported
    clause (``Armenia said its posts were shelled``), as ``it`` would be the reporter
    (:func:`_reported_self`).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Armenia said its posts were shelled by Azerbaijan."))
    >>> p, v = parse(t, 0), t.lower.index("shelled")
    >>> [q.actor for q in _its_reporter(t, p, t.lower.index("posts"), v)]
    ['ARM']
    """
    its = [c for c in p.children(k) if p.dep(c) == "poss" and t.lower[c] == "its"]
    return _reported_self(t, p, its[0], v, _SELF["it"]) if its else []


def _climbs(t: Tagged, p: Parse, v: int) -> bool:
    """Does ``v`` take the subject of the word it depends on (:data:`_CLIMB`), or is it an
    infinitive of purpose (``sent troops to help defend X``: the main clause's subject)?"""
    if p.head(v) == v:
        return False
    if p.dep(v) in _CLIMB:
        return True
    if p.dep(v) == "attr" and p.pos(v) == "VERB":
        return True  # "Qatar is mediating": the small parser may read the verb as attribute
    infinitive = any(p.dep(k) == "aux" and t.lower[k] == "to" for k in p.children(v))
    # "Trump intervened, calling the leaders of both countries": a free participle is
    # done by the main clause's subject
    return p.dep(v) == "advcl" and (infinitive or t.lower[v].endswith("ing"))


def _verb_above(p: Parse, v: int) -> int:
    """The verb a coordinated verb goes with. The small parser may hang a verb on the
    word before its ``and`` ("watching closely for such indications and consulting with
    X": on "indications"); verbs coordinate with verbs, so the nearest verb above it is
    the one it shares a subject with."""
    k = p.head(v)
    for _ in range(4):
        if p.pos(k) in ("VERB", "AUX") or p.head(k) == k:
            return k
        k = p.head(k)
    return k


def _charged(t: Tagged, p: Parse, v: int) -> int | None:
    """The object of the verb whose ``of``/``for`` gerund ``v`` is: "accused Iran of
    supplying drones to Russia", "condemned Russia for attacking Ukraine" (Iran supplies,
    Russia attacks)."""
    prep = p.head(v)
    if p.dep(v) != "pcomp" or t.lower[prep] not in ("of", "for") or p.dep(prep) != "prep":
        return None
    owner = p.head(prep)
    if p.dep(owner) == "dobj":  # the parser may hang "of" on the object itself
        return owner
    objects = [k for k in p.children(owner) if p.dep(k) == "dobj"]
    return objects[0] if objects else None


def _controller(t: Tagged, p: Parse, head: int) -> int | None:
    """The object that does an infinitive: ``urged Japan to support``, ``called on China to
    stop`` (the verbs of ``control_verbs.csv`` pass their ``on``/``to`` object on too)."""
    objects = [k for k in p.children(head) if p.dep(k) == "dobj"]
    if objects:
        return objects[0]
    if t.lower[head] in _control_heads(t.codebook):
        for k in p.children(head):
            if p.dep(k) in ("prep", "prt", "dative") and t.lower[k] in ("on", "upon", "to"):
                return next((o for o in p.children(k) if p.dep(o) == "pobj"), None)
    return None


@per_codebook
def _control_heads(cb) -> frozenset[str]:
    """First words of the control verbs (``call`` of ``called on``)."""
    return frozenset(f.split()[0] for f in _control_verbs_of(cb))


def _agent(t: Tagged, p: Parse, v: int) -> list[Participant]:
    """``condemned by Jordan``: the object of the passive verb's ``by``."""
    for k in p.children(v):
        if p.dep(k) == "agent":
            return [q for c in p.children(k) if p.dep(c) == "pobj" for q in _parties(t, p, c)]
    return []


def _side_from(t: Tagged, p: Parse, v: int) -> list[Participant]:
    """The side a passive act came from (``were shelled from the Pakistani side``): its
    doer, as the party of a ``by`` would be. Only a *side* names one; a place it came from
    (``fired from Lebanon``) may be any armed group's.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Armenian posts were shelled from the Azerbaijani side."))
    >>> [q.actor for q in _side_from(t, parse(t, 0), t.lower.index("shelled"))]
    ['AZE']
    """
    return [
        q
        for k in p.children(v) if p.dep(k) == "prep" and t.lower[k] == "from"
        for c in p.children(k) if p.dep(c) == "pobj" and t.lower[c] == "side"
        for q in _parties(t, p, c)
    ]  # fmt: skip


def _object(
    t: Tagged,
    p: Parse,
    v: int,
    preps: tuple[str, ...],
    general: tuple[str, ...],
    own: set[str] = frozenset(),
    acts: frozenset[str] = frozenset(),
) -> list[Participant]:
    """The verb's direct or indirect object's parties, else the first prepositional object
    (the dictionary's prepositions first, then the ``general`` ones)
    that names one: of the verb, or of its object (``held talks with X``, ``imposed
    sanctions on X``, ``brokered a truce between A and B``)."""
    objects = [
        k for k in p.children(v) if p.dep(k) in _OBJECTS and not _participle_object(t, p, v, k)
    ]
    # a party right after a verb the parser took for a noun: "and thanks Morocco"
    objects += [k for k in p.children(v) if p.dep(k) == "npadvmod" and k == v + 1]
    for k in objects:
        # "granted aid to Sri Lanka": the parser's dative "to" heads its object
        nouns = _pobjs(t, p, k) if p.pos(k) == "ADP" else [k]
        found = [
            q
            for n in nouns
            for q in (_act_agents(t, p, n, v) if t.lower[n] in acts else _parties(t, p, n))
        ]
        found = found or [q for n in nouns for q in _pair_object(t, p, n, v)]
        found = [q for q in found if (t.stands_for(q.actor) or q.actor) not in own]
        if found:
            return (_no_node(t, found) and _recipient(t, p, v, own)) or found
    if any(t.lower[k] in insurgents(t.codebook) for k in objects):
        # "fought rebels with the consent of Kinshasa": the rebels are the target; only
        # a destination may follow ("extradited Colombian traffickers to the United States")
        preps, general = tuple(x for x in preps if x == "to"), ("to",)
    if not objects and t.lower[v] in _HELPING:
        # "helped the Qataris weather the crisis": the parser makes the helped party the
        # subject of the clause after the verb
        clauses = [c for c in p.children(v) if p.dep(c) in ("ccomp", "xcomp")]
        subjects = [k for c in clauses for k in p.children(c) if p.dep(k) == "nsubj"]
        found = [q for k in subjects for q in _parties(t, p, k)]
        if found:
            return found
    # the parser may hang an act's own phrases on the verb ("condemned the strikes on
    # Burundi"): after the act, they name its victim, not the reaction's target
    act = min((k for k in objects if t.lower[k] in acts), default=len(t.lower))
    heads = [k for k in objects if t.lower[k] not in acts] or _complement_nouns(t, p, v)
    for wanted in (preps, general):
        for head in (v, *heads, *(c for k in heads for c in noun_conjuncts(p, k))):
            found = _prep_object(t, p, head, wanted, "with" not in preps)
            found = [q for q in found if head != v or q.tok < act]
            if found:
                return found
    found = [q for k in heads for q in _aimed_at(t, p, k)]
    return [q for q in found if (t.stands_for(q.actor) or q.actor) not in own]


def _no_node(t: Tagged, found: list[Participant]) -> bool:
    """Do the parties of an object all act for no state (``two Thai dissidents``,
    ``Sudanese rebels``: people, not their state)?"""
    return all(not t.stands_for(q.actor) for q in found)


def _recipient(t: Tagged, p: Parse, v: int, own) -> list[Participant]:
    """The state a verb hands people over to when its object names people who act for no
    state: ``Laos extradited two Thai dissidents to Thailand``, ``Chad handed over Sudanese
    rebels to Khartoum`` (Thailand, Sudan: the one dealt with); none when no state follows.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Laos extradited two Thai dissidents to Thailand."))
    >>> [t.stands_for(q.actor) for q in _object(t, parse(t, 0), 1, (), TARGET_PREPS)]
    ['THA']
    """
    to = [q for q in _prep_object(t, p, v, ("to",)) if t.stands_for(q.actor)]
    return [q for q in to if t.stands_for(q.actor) not in own]


@per_codebook
def _aiming(cb) -> frozenset[str]:
    """The forms of ``aiming_participles.csv``: ``targeting``, ``aimed``."""
    return word_list("aiming_participles.csv", cb.root)


def _aimed_at(t: Tagged, p: Parse, k: int) -> list[Participant]:
    """The parties a participle on the object at ``k`` aims it at (``aiming_participles.csv``:
    ``imposed sanctions targeting leaders of the junta``, ``measures aimed at Iran``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Canada imposed sanctions targeting officials of Haiti."))
    >>> [(q.actor, r) for q, r in verb_arguments(t, t.lower.index("imposed"))]
    [('CAN', 'source'), ('HTI', 'target')]
    """
    aiming = _aiming(t.codebook)
    out = []
    for c in p.children(k):
        if p.dep(c) != "acl" or t.lower[c] not in aiming:
            continue
        out += [q for o in p.children(c) if p.dep(o) == "dobj" for q in _parties(t, p, o)]
        out += _prep_object(t, p, c, ("at", "against"), False)
    return out


def noun_conjuncts(p: Parse, k: int) -> list[int]:
    """The nouns coordinated after the noun at ``k``, down the chain of conjuncts: in
    ``launched artillery, mortar and rocket fire against X`` the parser hangs ``against X``
    on the last (``fire``), which the whole list shares.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Sudanese troops launched artillery, mortars and rocket fire "
    ...                       "against South Sudanese positions."))
    >>> [t.words[c] for c in noun_conjuncts(parse(t, 0), t.lower.index("artillery"))]
    ['mortars', 'fire']
    """
    out, todo = [], [k]
    while todo:
        x = todo.pop()
        found = [c for c in p.children(x) if p.dep(c) == "conj" and p.pos(c) in ("NOUN", "PROPN")]
        out.extend(found)
        todo.extend(found)
    return sorted(out)


# verbs whose object is the subject of the clause they take: "help X do Y", "enable X to"
_HELPING = frozenset({"help", "helps", "helped", "helping", "assist", "assists", "assisted",
                      "assisting", "enable", "enables", "enabled", "enabling"})  # fmt: skip


def _participle_object(t: Tagged, p: Parse, v: int, k: int) -> bool:
    """Whether the object ``k`` the parser gave the verb ``v`` follows a comma and a present
    participle that opens an adverbial clause (``signed a pact with B, alarming C``,
    ``, angering C``, ``, prompting C to ...``): it is the participle's object, not the verb's.
    A participle that heads a prepositional phrase (``, including C``) does not count.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Honiara signed a pact with Beijing, alarming Canberra."))
    >>> p = parse(t, 0)
    >>> _participle_object(t, p, 1, t.lower.index("canberra"))
    True
    """
    for j in range(v + 1, k - 1):
        w = t.lower[j + 1]
        if (
            t.lower[j] == ","
            and len(w) > 5
            and w.endswith("ing")
            and p.pos(j + 1) in ("VERB", "ADJ")
            and p.dep(j + 1) != "prep"
        ):
            return True
    return False


def _complement_nouns(t: Tagged, p: Parse, v: int) -> list[int]:
    """The nouns a verb with no object takes through ``to``, ``on`` or ``into`` (``agreed to
    a truce with X``, ``entered into talks with X``): their own phrases may name the
    partner, as an object's do."""
    return [
        n
        for k in p.children(v)
        if p.dep(k) == "prep" and t.lower[k] in ("to", "on", "into")
        for n in _pobjs(t, p, k)
        if p.pos(n) == "NOUN"
    ]


def _complement_object(t: Tagged, p: Parse, v: int, general, own, through) -> list[Participant]:
    """The target of a verb of intent read in its infinitive: ``offered to hand over to
    Britain two suspects``, ``promised to keep sending grain to Egypt`` (the infinitive's
    object or prepositional object, down a chain of two infinitives). ``through(k)``
    says whether the infinitive at ``k`` may lend it: not one that codes an act of its
    own, which has its own event ("agreed to impose sanctions on X" is no agreement
    with X).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Kenya offered to hand over to Uganda three suspects."))
    >>> v = t.lower.index("offered")
    >>> [(q.actor, r) for q, r in verb_arguments(t, v, through=lambda k: True)]
    [('KEN', 'source'), ('UGA', 'target')]
    """
    todo = [v]
    for _ in range(2):
        todo = [
            k
            for h in todo
            for k in p.children(h)
            if p.dep(k) == "xcomp"
            and any(p.dep(c) == "aux" and t.lower[c] == "to" for c in p.children(k))
            and through(k)
        ]
        for k in todo:
            found = _object(t, p, k, (), general, own)
            if found:
                return found
    return []


def _act_agents(t: Tagged, p: Parse, n: int, v: int | None = None) -> list[Participant]:
    """The agents of the hostile act a reaction is aimed at (``condemned Russia's shelling
    of Ukrainian cities``, ``the shelling of Ukrainian cities by Russia``): its possessor or
    modifier, or its ``by`` agent (also when the parser hangs it on the reacting verb ``v``
    after the act: an active verb has no agent phrase of its own); never the victim its
    ``of`` or ``on`` names.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chile condemned the bombing of Peruvian towns by Bolivia."))
    >>> v = t.lower.index("condemned")
    >>> acts = frozenset({"bombing"})
    >>> [(t.stands_for(q.actor), r) for q, r in verb_arguments(t, v, acts=acts)]
    [('CHL', 'source'), ('BOL', 'target')]
    """
    owners = [t.by_tok[c] for c in p.children(n) if p.dep(c) in _OWNERS and c in t.by_tok]
    if owners:
        return owners
    after = [c for c in p.children(v) if c > n] if v is not None else []
    for c in (*p.children(n), *after):
        if p.dep(c) in ("prep", "agent") and t.lower[c] == "by":
            return [q for o in p.children(c) if p.dep(o) == "pobj" for q in _parties(t, p, o)]
    return []


def _shared_object(t: Tagged, p: Parse, v: int, preps, general, own, acts) -> list[Participant]:
    """The object a verb with none of its own shares with the verb coordinated after it
    (``Italy donated and delivered medicine to Libya``, ``Peru condemned and rejected
    Chile's claim``): the next conjunct, with no subject of its own.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Italy donated and delivered medicine to Libya."))
    >>> v = t.lower.index("donated")
    >>> [(q.actor, r) for q, r in verb_arguments(t, v)]
    [('ITA', 'source'), ('LBY', 'target')]
    """
    if any(p.dep(k) in (*_OBJECTS, "prep", "ccomp", "xcomp") for k in p.children(v)):
        return []
    for k in p.children(v):
        shares = p.dep(k) == "conj" and p.pos(k) == "VERB" and k > v
        if shares and not any(p.dep(c) in (*_SUBJECTS, *_PASSIVE) for c in p.children(k)):
            return _object(t, p, k, preps, general, own, acts)
    return []


def _prep_object(t: Tagged, p: Parse, head: int, wanted, helpers: bool = True) -> list[Participant]:
    """The parties of the first prepositional phrase on ``head`` whose preposition is
    ``wanted`` and names one; ``against`` first: ``filed a complaint with the AU against
    X`` (or, the parser hanging ``against`` on the forum, ``with the UN against X``) is a
    complaint against X, lodged with a forum. ``helpers``: pass over a ``with`` of help
    (:func:`_backing`), unless the verb's own ``with`` names its partner (``partnered
    with support from X``)."""
    preps = [k for k in p.children(head) if p.dep(k) == "prep" and t.lower[k] in wanted]
    preps.sort(key=lambda k: t.lower[k] != "against")
    for k in preps:
        objects = _pobjs(t, p, k)
        if helpers and _backing(t, k, objects):
            continue
        against = [a for c in objects for a in p.children(c)
                   if p.dep(a) == "prep" and t.lower[a] == "against" != t.lower[k]]  # fmt: skip
        if "against" in wanted and against:
            objects = [c for a in against for c in _pobjs(t, p, a)]
        found = [q for c in objects for q in _parties(t, p, c)]
        # "mediate between the two countries": the pair named together before
        found = found or pair_named_again(t, k + 1, _subject_start(t, p, head))
        if found:
            return found + said_again(t, found, t.lower[k])
    return []


def _pair_object(t: Tagged, p: Parse, n: int, v: int) -> list[Participant]:
    """A pair named again as the object at ``n`` (``urged both sides``, ``called the leaders
    of both countries``): the two states named together before the verb's subject
    (:func:`.syntax.pair_named_again`).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chad and Niger clashed. Ghana called the heads of both states."))
    >>> [(q.actor, r) for q, r in verb_arguments(t, t.lower.index("called"))]
    [('GHA', 'source'), ('TCD', 'target'), ('NER', 'target')]
    """
    nouns = [n]
    if t.lower[n] in collectives(t):  # "the leaders of both countries"
        ofs = [k for k in p.children(n) if p.dep(k) == "prep" and t.lower[k] == "of"]
        nouns += [c for k in ofs for c in _pobjs(t, p, k)]
    for c in nouns:
        for d in p.children(c):
            if d < c and t.lower[d] in ("both", "the"):
                found = pair_named_again(t, d, _subject_start(t, p, v))
                if found:
                    return found
    return []


def _subject_start(t: Tagged, p: Parse, head: int) -> int:
    """The first token of the parties the verb at ``head`` has as its subject, else -1."""
    subject = [q.tok for q in _subject(t, p, head) if q.sentence == t.tok_sent[head]]
    return min(subject) if subject else -1


def _backing(t: Tagged, k: int, objects: list[int]) -> bool:
    """Is the preposition at ``k`` a ``with`` of help, leave or complicity (``retook the
    town with the support of Ghana``, ``with Kenya's help``; ``backing_nouns.csv``)? Its
    party stands with the verb's subject: it is no target.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Mali's army retook the town with the support of Russia."))
    >>> v = t.lower.index("retook")
    >>> [(t.stands_for(q.actor) or q.actor, r) for q, r in verb_arguments(t, v)]
    [('MLI', 'source')]
    """
    return t.lower[k] == "with" and any(t.lower[o] in backing_nouns(t.codebook) for o in objects)


@per_codebook
def backing_nouns(cb) -> frozenset[str]:
    """``backing_nouns.csv``: nouns whose ``with`` phrase names a helper of the subject."""
    return word_list("backing_nouns.csv", cb.root)


# the words of a noun phrase before its head noun
_PREMODIFIERS = ("det", "nummod", "amod", "compound", "poss", "quantmod", "case", "punct")


def _pobjs(t: Tagged, p: Parse, k: int) -> list[int]:
    """The objects of the preposition at ``k``. The small parser may leave a preposition
    with none, taking the noun after it for the subject of a participle that follows
    ("granted asylum to five Eritrean officers holed up in a hotel": "officers" the subject
    of "holed"): the noun that heads the words right after the preposition is then its
    object.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Norway granted asylum to five Eritrean officers holed up there."))
    >>> t.lower[_pobjs(t, parse(t, 0), t.lower.index("to"))[0]]
    'officers'
    >>> t = tag(parse_article("Kenya spoke with Turkish Minister of National Defense Yasar "
    ...                       "Guler to discuss trade."))
    >>> t.words[_pobjs(t, parse(t, 0), t.lower.index("with"))[0]]
    'Guler'
    """
    found = [c for c in p.children(k) if p.dep(c) == "pobj"]
    if found or k + 1 >= len(t.lower) or t.tok_sent[k + 1] != t.tok_sent[k]:
        return found
    n = k + 1
    for _ in range(8):
        # (a title before the name: "with Turkish Minister of National Defense Yasar Guler
        # to discuss", the title hung on the name as "nmod")
        if p.dep(n) not in (*_PREMODIFIERS, "nmod") or p.head(n) <= n:
            break
        n = p.head(n)
    subject = p.dep(n) in ("nsubj", "nsubjpass") and p.head(n) > n
    return [n] if subject and p.pos(n) in ("NOUN", "PROPN") else []


def _parties(t: Tagged, p: Parse, k: int, strict: bool = False) -> list[Participant]:
    """The party the noun at ``k`` names or stands for, and those coordinated with it;
    ``strict``: only a party, its apposition, or a title or body of a state it heads."""
    out: list[Participant] = []
    todo, seen = [k], set()
    while todo:
        n = todo.pop(0)
        # "officials from A, B and C met": people of states stand for them, as agents too
        # and so do a state's bodies ("the army of Sudan shelled ...")
        people = t.lower[n] in collectives(t) or t.lower[n] in acting_bodies(t.codebook)
        depth = 1 if strict and people else 0 if strict else 3
        m = _party_token(t, p, n, depth)
        found = [] if m is None else [t.by_tok[m], *_coordinated_modifiers(t, p, t.by_tok[m])]
        out.extend(q for q in found if all(q is not o for o in out))
        # a name's later words may head the list ("the United States of America, Ghana
        # and Togo", "the Republic of the Congo, Chad and Gabon": on "America", "Congo")
        inner = set(range(found[0].tok, found[0].tok_end)) if found else set()
        for x in ({n, m} | inner) - {None} - seen:
            seen.add(x)
            todo.extend(c for c in p.children(x) if p.dep(c) == "conj" or _listed(t, p, x, c))
            todo.extend(_last_after_aside(t, p, x))
            todo.extend(_included(t, p, x))
        todo.extend(c for c in _late_conjuncts(t, p, n) if c not in seen)
        todo.extend(c for c in _last_on_the_verb(t, p, n) if c not in seen)
    return out


# nouns of a group of states (or of their people) whose "including" phrase names members
# of it ("regional leaders, including the Emir of Qatar")
_STATE_GROUPS = frozenset({"states", "countries", "nations", "governments", "members",
                           "neighbours", "neighbors", "partners", "allies", "actors",
                           "leaders", "officials", "counterparts", "ministers",
                           "dignitaries"})  # fmt: skip


def _included(t: Tagged, p: Parse, x: int) -> list[int]:
    """The states an ``including`` phrase names in a group of states at ``x``: ``urged all
    member states, including the United Arab Emirates, to refrain``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Britain urged all states, including Chad, to stop."))
    >>> [t.words[k] for k in _included(t, parse(t, 0), t.lower.index("states"))]
    ['Chad']
    """
    if t.lower[x] not in _STATE_GROUPS:
        return []
    preps = [c for c in p.children(x) if p.dep(c) == "prep" and t.lower[c] == "including"]
    return [o for c in preps for o in p.children(c) if p.dep(o) == "pobj"]


def _last_after_aside(t: Tagged, p: Parse, x: int) -> list[int]:
    """The last state of a list of states, set off from it by an aside that the small
    parser takes for the clause's (``Iran, Libya and, with strings attached, Cuba``): after
    the state ``x``, itself a conjunct, come ``and`` or ``or``, a phrase of a few words that
    names no party, a comma, and a state that ends the clause.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Japan sent aid to Nepal, Laos, and after a long delay, Bhutan."))
    >>> [t.lower[k] for k in _last_after_aside(t, parse(t, 0), t.lower.index("laos"))]
    ['bhutan']
    """
    q = t.by_tok.get(x)
    if q is None or p.dep(x) != "conj" or t.actor_type(q.actor) != "country":
        return []
    j = q.tok_end + (t.lower[q.tok_end] == "," if q.tok_end < len(t.lower) else 0)
    if j >= len(t.lower) or t.lower[j] not in ("and", "or"):
        return []
    j += 1 + (j + 1 < len(t.lower) and t.lower[j + 1] == ",")
    k = j
    while k < min(len(t.lower), j + 7) and t.lower[k] not in _ASIDE_ENDS and k not in t.by_tok:
        k += 1
    c = t.by_tok.get(k + 1)
    if k == j or k >= len(t.lower) or t.lower[k] != "," or c is None:
        return []
    if t.actor_type(c.actor) != "country" or t.tok_sent[c.tok] != t.tok_sent[x]:
        return []
    ends = c.tok_end >= len(t.lower) or t.lower[c.tok_end] in _ASIDE_ENDS
    return [c.tok] if ends else []


# the marks that close an aside or a clause
_ASIDE_ENDS = frozenset({",", ".", ";", ":"})


def _late_conjuncts(t: Tagged, p: Parse, n: int) -> list[int]:
    """Nouns like the one at ``n`` coordinated with it after a modifier of its own, which
    the small parser hangs inside that modifier: ``A Sudanese delegation including army
    officers, and an Eritrean delegation, travelled``: the second delegation is the
    first's conjunct, not the officers'.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("A Chadian delegation reportedly including officers from the "
    ...                       "army, and a Nigerien delegation, traveled to Abuja."))
    >>> [t.stands_for(q.actor) for q in noun_parties(t, parse(t, 0), 2)]
    ['TCD', 'NER']
    """
    out, frontier = [], [n]
    for _ in range(6):  # through two prepositional phrases: "including envoys from X"
        frontier = [
            c for f in frontier for c in p.children(f) if p.dep(c) in ("prep", "pobj", "conj")
        ]
        out += [
            c
            for f in frontier
            for c in p.children(f)
            if p.dep(c) == "conj"
            and t.lower[c] == t.lower[n]
            and p.pos(n) == "NOUN"
            and t.lower[_left_of(p, c) - 1 : _left_of(p, c)] == ["and"]
            and t.lower[_left_of(p, c) - 2] == ","
        ]
    return out


# the arcs a listed object climbs to its verb: "met leaders including X in A, Y in B"
_UP_TO_VERB = frozenset({"conj", "pobj", "prep", "dobj", "appos"})
# what makes a verb's conjunct a clause of its own, not a noun of the object list
_CLAUSE_ARCS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg"})


def _last_on_the_verb(t: Tagged, p: Parse, n: int) -> list[int]:
    """The last party of a list of the verb's object that the small parser hangs on the verb
    itself: in ``engaged leaders including X in Chad, Y in Niger, and Z in Mali`` it makes
    ``Z`` a conjunct of ``engaged``. The party at ``n`` is a conjunct of a list inside the
    verb's object; the verb's conjunct comes after it, right after ``, and`` or ``, or``,
    heads no clause of its own and names a party of the same kind (person, state).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The envoy engaged leaders including President Ruto in Kenya, "
    ...                       "President Museveni in Uganda, and President Kagame in Rwanda."))
    >>> [t.words[k] for k in _last_on_the_verb(t, parse(t, 0), t.words.index("Museveni"))]
    ['Kagame']
    """
    q = t.by_tok.get(n)
    if q is None or p.dep(n) != "conj":
        return []
    v = n
    for _ in range(8):
        if p.dep(v) not in _UP_TO_VERB or p.head(v) == v:
            break
        v = p.head(v)
    if p.pos(v) not in ("VERB", "AUX") or v > n:
        return []
    kind = t.actor_type(q.actor)
    out = []
    for c in p.children(v):
        r = t.by_tok.get(c)
        if p.dep(c) != "conj" or c < n or r is None or t.actor_type(r.actor) != kind:
            continue
        j = _left_of(p, c)
        if t.lower[j - 2 : j] not in ([",", "and"], [",", "or"]):
            continue
        if not any(p.dep(k) in _CLAUSE_ARCS for k in p.children(c)):
            out.append(c)
    return out


def _left_of(p: Parse, k: int) -> int:
    """The first token of the phrase the token at ``k`` heads."""
    kids = [c for c in p.children(k) if c < k]
    return min([_left_of(p, c) for c in kids], default=k)


def _listed(t: Tagged, p: Parse, x: int, c: int) -> bool:
    """Is ``c`` a state the small parser hangs on the state ``x`` as an apposition, in a
    list of states (``Burkina Faso, Chad, Cameroon and Niger``)?"""
    if p.dep(c) != "appos" or x not in t.by_tok or c not in t.by_tok:
        return False
    kinds = {t.actor_type(t.by_tok[k].actor) for k in (x, c)}
    return kinds == {"country"}


def noun_parties(t: Tagged, p: Parse, k: int) -> list[Participant]:
    """The parties the noun at ``k`` names or stands for, with those coordinated with it
    (``Japan and South Korea``; ``his Qatari counterpart``: Qatar's).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Japan and South Korea met."))
    >>> [q.actor for q in noun_parties(t, parse(t, 0), 0)]
    ['JPN', 'KOR']
    """
    return _parties(t, p, k)


# the words that make a "with" phrase a partner in the act: "together with", "along with",
# "jointly with", "joint strikes with", "combined operations with"
_JOINT = frozenset({"together", "along", "jointly", "joint", "combined", "coordinated"})


def reciprocal(t: Tagged, v: int, hi: int) -> bool:
    """Is the act at ``v`` done by its agents to each other (``accused each other``,
    ``threatened one another``, ``from each other's capitals``): ``each other`` or ``one
    another`` within its clause, before any comma?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("India and Pakistan blamed each other for the attack."))
    >>> reciprocal(t, t.lower.index("blamed"), len(t.lower))
    True
    """
    for k in range(v + 1, min(hi - 1, v + 7)):
        if t.lower[k] in (",", ";", ":", "and", "but"):
            return False
        if (t.lower[k], t.lower[k + 1]) in (("each", "other"), ("one", "another")):
            return True
    return False


def co_agents(t: Tagged, v: int, armed: bool = False) -> list[Participant]:
    """The parties that do the act of the word at ``v`` with its subject: ``X, together
    with Y, launched``, ``X, alongside Y, attacked``, ``launched joint airstrikes with Y``,
    ``attacked the camps along with Y``; of an ``armed`` act, any party after ``with``
    (``conducted operations with Y``: no one attacks the one it operates with).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chadian troops, alongside Nigerian soldiers, struck the camps."))
    >>> [t.stands_for(q.actor) for q in co_agents(t, t.lower.index("struck"))]
    ['NGA']
    """
    if t.tok_sent[v] < 0:
        return []
    p = parse(t, t.tok_sent[v])
    objects = [k for k in p.children(v) if p.dep(k) in _OBJECTS]
    near = [v, *objects, *(k for k in p.children(v) if p.dep(k) in _SUBJECTS)]
    # "launched joint strikes with Y": "with" may hang on the verb or on its object
    joint_act = armed or any(
        p.dep(c) == "amod" and t.lower[c] in _JOINT for n in (v, *objects) for c in p.children(n)
    )
    out: list[Participant] = []
    for n in near:
        for k in p.children(n):
            if p.dep(k) != "prep":
                continue
            w = t.lower[k]
            joint = w == "alongside" or (
                w == "with"
                and (
                    any(t.lower[c] in _JOINT for c in p.children(k))
                    or (joint_act and (n == v or n in objects))
                )
            )
            if w == "along" or w == "together":  # "along with Y": "with" hangs on "along"
                k = next((c for c in p.children(k) if t.lower[c] == "with"), k)
                joint = t.lower[k] == "with"
            if joint:
                out += [q for o in _pobjs(t, p, k) for q in _parties(t, p, o)]
    return out


def _coordinated_modifiers(t: Tagged, p: Parse, q: Participant) -> list[Participant]:
    """The states coordinated with a group's own modifier: ``U.S. and South Korean
    officials``, ``U.S., Iraqi, and Turkish officials`` (each state's officials): the
    parties before the group's ``and`` with only commas and ``and`` between them, each a
    demonym, a name the parse hangs on the group, or a name that leads a demonym.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Japanese and Australian officials accused Beijing."))
    >>> v = t.lower.index("accused")
    >>> sorted(t.stands_for(q.actor) for q, role in verb_arguments(t, v) if role == "source")
    ['AUS', 'JPN']
    """
    out: list[Participant] = []
    k, linked = q.tok - 1, set(range(q.tok, q.tok_end))
    while k >= 0 and t.lower[k] in ("and", ","):
        while k >= 0 and t.lower[k] in ("and", ","):
            k -= 1
        other = t.by_tok.get(k)
        if (
            other is None
            or other is q
            or other.possessive
            or t.tok_sent[k] != t.tok_sent[q.tok]
            or not t.stands_for(other.actor)
        ):
            break
        # a demonym before the group is its modifier ("Iraqi, and Turkish officials"),
        # as is a name the parse hangs on it or that leads such a list ("U.S., Iraqi, ...")
        hung = p.head(other.tok_end - 1) in linked and p.dep(other.tok_end - 1) in _LINKS
        leads = bool(out) and out[-1].head.kind == "demonym"
        if not (other.head.kind == "demonym" or hung or leads):
            break
        out.append(other)
        linked.update(range(other.tok, other.tok_end))
        k = other.tok - 1
    return out if q.tok and t.lower[q.tok - 1] == "and" and out else []


def _venue(t: Tagged, p: Parse, c: int) -> bool:
    """Is the modifier at ``c`` a city compounded on its noun (``the Paris agreement``,
    ``the Minsk accords``): a venue, not the noun's owner?"""
    return p.dep(c) == "compound" and t.actor_type(t.by_tok[c].actor) == "place"


def _party_token(t: Tagged, p: Parse, n: int, depth: int = 3) -> int | None:
    """The token of the party the noun at ``n`` names or stands for, if any."""
    if n in t.by_tok:
        return n
    member = _first_member(t, p, n)
    if member is not None:
        return member
    # a named person in apposition: "the president, Abdel Fattah el-Sisi,"
    for c in p.children(n):
        if p.dep(c) == "appos" and c in t.by_tok:
            return c
    styled = _styled_title(t, p, n)
    if styled is not None:  # styled by an honorific, a person's office: its "of" state
        return _party_token(t, p, styled, max(depth, 1))
    # a title or a body of a state stands for its state ("his Qatari counterpart", "the
    # Sudanese army"); any other noun for its owner ("Israel's embassy", "Ukrainian
    # cities"); a mission for the state it serves, whoever sends it ("the UN mission in
    # Haiti")
    owners = [c for c in p.children(n) if p.dep(c) in _OWNERS and c in t.by_tok]
    owners = owners or _owner_of_name(t, p, n)
    if t.lower[n] in _others_of_possessor(t.codebook):
        # "his counterparts in Chad": whoever "his" is, they are not his
        owners = [c for c in owners if p.dep(c) != "poss"]
    if not _can_head_a_party(t, n):
        # "the Paris agreement", "the Doha talks": a city before a noun names its venue
        owners = [c for c in owners if not _venue(t, p, c)]
    armed = [n, *(c for c in p.children(n) if p.dep(c) == "compound")]
    if owners and any(t.lower[c] in insurgents(t.codebook) for c in armed):
        # "Cameroon's separatist rebels" fight Cameroon; they are not it, nor are their
        # leaders ("Honduran gang leaders", "Mexican cartel bosses")
        owners = []
    if owners and t.lower[n] in mission_nouns(t.codebook):
        # "the UN mission in Haiti" serves its host; "a Philippine resupply mission" is
        # the Philippines' own
        owners = [c for c in owners if t.serves_state(t.by_tok[c].actor)]
    if owners and _relational(t, p, n):
        # "a fellow UN member state", "NATO allies", "Israel's neighbours" name another
        # party; "our Ukrainian partners" (a demonym after a possessive) are Ukraine
        owners = [c for c in owners if _nationality(t, p, n, c)]
    if owners and (_can_head_a_party(t, n) or (depth and p.pos(n) in ("NOUN", "PROPN"))):
        return owners[-1]
    body = [c for c in owners if p.dep(c) == "compound" and _a_states_body(t, c)]
    if body:
        return body[-1]  # "Russian army tanks", "Indian police officers": the body's
    unit = _named_unit(t, p, n)
    if unit is not None:
        return unit
    part = _partitive_of(t, p, n)
    if part is not None:
        return _party_token(t, p, part, depth)
    ruled = _ruled_state(t, p, n)
    if ruled is not None:
        return ruled
    author = _author(t, p, n, depth)
    if author is not None:
        return author
    # "the territory of Armenia", "representatives from Mauritania", "the renewal of the
    # mandate for Lebanon" (through nouns that name no party), "a truce between A and B",
    # "a village in Cambodia"
    preps = _OWNER_PREPS + (("in",) if _of_the_place_in(t, p, n) else ())
    if not _sent_from(t, n):
        preps = tuple(x for x in preps if x != "from")  # "migration from Algeria": an origin
    for c in (*p.children(n), *_place_in_after(t, p, n)):
        if p.dep(c) == "prep" and t.lower[c] in preps and depth > 0:
            for o in p.children(c):
                if p.dep(o) == "pobj":
                    m = _party_token(t, p, o, depth - 1)
                    if m is not None:
                        return m
    return None


def _styled_title(t: Tagged, p: Parse, n: int) -> int | None:
    """The title an honorific of the titles list styles, in apposition to it (``His
    Highness the Amir of Qatar``, ``Her Excellency the Ambassador of Chile``): the party
    is the title's, not the honorific's.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Peru praised His Majesty the King of Spain."))
    >>> p = parse(t, 0)
    >>> t.words[_styled_title(t, p, t.lower.index("majesty"))]
    'King'
    """
    if n not in t.title_tokens or p.pos(n) != "PROPN":
        return None
    return next((c for c in p.children(n) if p.dep(c) == "appos"), None)


def _owner_of_name(t: Tagged, p: Parse, n: int) -> list[int]:
    """The state whose adjective opens the name of its body at ``n`` (``Rwandan Defense
    Forces``, ``Ethiopian National Defense Force``): the parser hangs the adjective on the
    name's next word, not on the body noun.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("M23 and Rwandan Defense Forces must withdraw from Congo."))
    >>> p = parse(t, 0)
    >>> [t.words[c] for c in _owner_of_name(t, p, t.lower.index("forces"))]
    ['Rwandan']
    """
    if t.lower[n] not in acting_bodies(t.codebook):
        return []
    names = [c for c in p.children(n) if p.dep(c) == "compound" and t.words[c][:1].isupper()]
    return [o for c in names for o in p.children(c)
            if p.dep(o) in ("compound", "amod") and o in t.by_tok
            and t.serves_state(t.by_tok[o].actor)]  # fmt: skip


def _place_in_after(t: Tagged, p: Parse, n: int) -> tuple[int, ...]:
    """The ``in`` right after a place noun (``territory_nouns.csv``) or office holders
    (``resident_officials.csv``: ``met officials in Peru``) that the small parser
    hangs on the verb instead (``withdrew its troops from villages in Azerbaijan``): it
    names the place's state, as when it is the noun's own.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Armenia withdrew its troops from villages in Azerbaijan."))
    >>> _place_in_after(t, parse(t, 0), t.lower.index("villages"))
    (6,)
    """
    k = n + 1
    if k >= len(t.lower) or t.lower[k] != "in" or not _of_the_place_in(t, p, n):
        return ()
    if t.tok_sent[k] != t.tok_sent[n] or p.head(k) == n or p.dep(k) != "prep":
        return ()
    return (k,)


def _author(t: Tagged, p: Parse, n: int, depth: int) -> int | None:
    """The party whose thing the noun names by the participle after it, with its agent
    (``a resolution drafted by Britain``, ``the proposal sponsored by India``): as
    ``Britain's resolution`` names Britain."""
    if depth <= 0:
        return None
    for c in p.children(n):
        if p.dep(c) != "acl" or p.pos(c) != "VERB":
            continue
        for g in p.children(c):
            if p.dep(g) != "agent":
                continue
            for o in p.children(g):
                m = _party_token(t, p, o, depth - 1) if p.dep(o) == "pobj" else None
                if m is not None:
                    return m
    return None


# the verbs that list a group's members: "the coalition, which includes A, B and C",
# "the group, comprising A and B", "the bloc, made up of A and B", "consisting of"
_MEMBERSHIP = frozenset({"includes", "include", "including", "included", "comprising",
                         "comprises", "comprise", "consisting", "consists", "made",
                         "composed"})  # fmt: skip


def _first_member(t: Tagged, p: Parse, n: int) -> int | None:
    """The first of the states a group noun lists as its members, set off after it: the
    group acts as its members (the rest are coordinated with the first).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The bloc, comprising Ghana, Togo and Benin, met in Accra."))
    >>> [q.actor for q in noun_parties(t, parse(t, 0), 1)]
    ['GHA', 'TGO', 'BEN']
    """
    for c in p.children(n):
        if p.dep(c) not in ("acl", "relcl") or t.lower[c] not in _MEMBERSHIP or c < n:
            continue
        objs = [k for k in p.children(c) if p.dep(k) == "dobj"]
        objs += [o for k in p.children(c) if p.dep(k) == "prep" for o in _pobjs(t, p, k)]
        found = [k for k in objs if k in t.by_tok and t.stands_for(t.by_tok[k].actor)]
        if found:
            return found[0]
    return None


def _a_states_body(t: Tagged, c: int) -> bool:
    """Is the token at ``c`` the head of a state's body named by its demonym (``Russian
    army``, ``Indian police``: heads.csv), whose things and people act for it?"""
    q = t.by_tok[c]
    actor = t.actor(q.actor)
    last = t.lower[q.tok_end - 1]
    return (
        c == q.tok_end - 1
        and actor is not None
        and actor.type == "organization"
        and bool(actor.stands_for)
        and last in _party_heads_of(t.codebook)
    )


def _named_unit(t: Tagged, p: Parse, n: int) -> int | None:
    """A unit a state's name and a body's word name together among the noun's compounds
    (``United States Special Forces Operational Detachment Alpha teams``): the state's."""
    heads, todo, state, body = _party_heads_of(t.codebook), [n], None, False
    for _ in range(10):
        if not todo:
            break
        k = todo.pop()
        if k in t.by_tok:
            country = t.actor_type(t.by_tok[k].actor) == "country"
            state = k if country and state is None else state
            continue
        body = body or (k != n and t.lower[k] in heads)
        todo.extend(c for c in p.children(k) if p.dep(c) == "compound")
    return state if body else None


def _partitive_of(t: Tagged, p: Parse, n: int) -> int | None:
    """The ``of`` object of a noun of a part or a group (``partitives.csv``: ``a group of
    Kenyan diplomats``, ``hundreds of Sudanese troops``), which stands for the same party.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("A group of Kenyan diplomats met the Somali foreign minister."))
    >>> v = t.lower.index("met")
    >>> [(t.stands_for(q.actor), r) for q, r in verb_arguments(t, v)]
    [('KEN', 'source'), ('SOM', 'target')]
    """
    if t.lower[n] not in _partitives(t.codebook):
        return None
    for c in p.children(n):
        if p.dep(c) == "prep" and t.lower[c] == "of":
            return next((o for o in p.children(c) if p.dep(o) == "pobj"), None)
    return None


@per_codebook
def _partitives(cb) -> frozenset[str]:
    """``partitives.csv``: nouns of a part or a group of their ``of`` object."""
    return word_list("partitives.csv", cb.root, "word")


def _ruled_state(t: Tagged, p: Parse, n: int) -> int | None:
    """ "the junta in Niger", "the authorities in Kabul", "the military rulers of Mali": the
    state a body rules in or of (its name or its capital's); "a mission in Haiti": the state
    it serves.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The government of Chad expelled the Sudanese envoy."))
    >>> v = t.lower.index("expelled")
    >>> [(t.stands_for(q.actor), r) for q, r in verb_arguments(t, v)]
    [('TCD', 'source'), ('SDN', 'target')]
    """
    bodies = _state_bodies(t.codebook)
    if t.lower[n] not in bodies | mission_nouns(t.codebook):
        return None
    preps = ("in", "of") if t.lower[n] in bodies else ("in",)
    for c in p.children(n):
        if p.dep(c) == "prep" and t.lower[c] in preps:
            for o in p.children(c):
                a = t.actor(t.by_tok[o].actor) if o in t.by_tok else None
                if a is not None and a.type in ("country", "place") and a.stands_for:
                    return o
    return None


def _of_the_place_in(t: Tagged, p: Parse, n: int) -> bool:
    """Is the noun at ``n`` of the state its ``in`` names: a place (``a village in
    Cambodia``, ``territory_nouns.csv``) or a state's office holders qualified by nothing
    else (``leaders in Qatar``, ``resident_officials.csv``; not ``opposition leaders in
    Venezuela``)?"""
    if t.lower[n] in _territories(t.codebook):
        return True
    if t.lower[n] not in _residents(t.codebook):
        return False
    other = t.lower[n] in _others_of_possessor(t.codebook)  # "his counterparts in Chad"
    kept = ("det", "prep", "punct", "poss") if other else ("det", "prep", "punct")
    return all(p.dep(c) in kept or t.lower[c] in _RANKS for c in p.children(n))


@per_codebook
def _residents(cb) -> frozenset[str]:
    """``resident_officials.csv``: office holders a state's name after ``in`` owns."""
    return word_list("resident_officials.csv", cb.root, "word")


@per_codebook
def _others_of_possessor(cb) -> frozenset[str]:
    """``resident_officials.csv`` rows whose possessor is the other side (``counterparts``)."""
    rows = read_table("resident_officials.csv", cb.root)
    return frozenset(r["word"].lower() for r in rows if r["possessor"] == "other")


# words that only rank office holders: "senior officials in Kabul"
_RANKS = frozenset({"senior", "top", "government", "the", "its", "their"})


@per_codebook
def _territories(cb) -> frozenset[str]:
    """``territory_nouns.csv``: a town or region ``in`` a state is its territory."""
    return word_list("territory_nouns.csv", cb.root, "word")


@per_codebook
def mission_nouns(cb) -> frozenset[str]:
    """``mission_nouns.csv``: a mission serves the state it is in."""
    return word_list("mission_nouns.csv", cb.root, "word")


@per_codebook
def _state_bodies(cb) -> frozenset[str]:
    """Nouns of a state's ruling bodies: those ``heads.csv`` lets follow a state's name
    (``the Kyiv government``, ``the Niger junta``) also follow ``in`` and its name."""
    return frozenset(r["word"].lower() for r in cb.heads if r["follows"] == "name")


_OWNER_PREPS = ("of", "from", "for", "between", "among")


def _sent_from(t: Tagged, n: int) -> bool:
    """Does ``from`` after the noun at ``n`` name its owner or agent (``officials from
    Mauritania``, ``support from the U.S.``), not the origin of a flow (``migration from
    Algeria``, ``imports from Ukraine``; ``origin_nouns.csv``)?"""
    return t.lower[n] not in origin_nouns(t.codebook)


@per_codebook
def origin_nouns(cb) -> frozenset[str]:
    """``origin_nouns.csv``: flows whose ``from`` names where they come from, no party."""
    return word_list("origin_nouns.csv", cb.root)


def from_parties(t: Tagged, p: Parse, h: int) -> list[Participant]:
    """The parties of the ``from`` phrases hanging on token ``h`` (``received weapons from
    Germany``, ``drew condemnation from Egypt and Jordan``), in order.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ukraine received weapons from Germany."))
    >>> [q.actor for q in from_parties(t, parse(t, 0), t.lower.index("received"))]
    ['DEU']
    """
    return [
        q
        for k in p.children(h)
        if p.dep(k) == "prep" and t.lower[k] == "from"
        for o in p.children(k)
        if p.dep(o) == "pobj"
        for q in noun_parties(t, p, o)
    ]


_LINKS = (*_OWNERS, "conj")


@per_codebook
def _relational_nouns(cb) -> frozenset[str]:
    """``relation_nouns.csv``: nouns that name another party by its tie to their owner
    (``ally``, ``neighbour``, ``member``), never the owner itself."""
    return word_list("relation_nouns.csv", cb.root, "word")


def _nationality(t: Tagged, p: Parse, n: int, c: int) -> bool:
    """Is the modifier at ``c`` of the relational noun at ``n`` its nationality: a demonym
    after a possessive pronoun (``our Ukrainian partners``, ``its Kenyan allies``)?"""
    return t.by_tok[c].head.kind == "demonym" and any(
        p.dep(k) == "poss" and p.pos(k) == "PRON" for k in p.children(n)
    )


def _relational(t: Tagged, p: Parse, n: int) -> bool:
    """Is the noun at ``n``, or a compound of it, a relational noun (``member state``)?"""
    words = [n, *(c for c in p.children(n) if p.dep(c) == "compound")]
    return any(t.lower[k] in _relational_nouns(t.codebook) for k in words)


def prep_parties(t: Tagged, p: Parse, k: int, preps) -> list[Participant]:
    """The parties of the objects of the prepositions ``preps`` that hang on ``k``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.dependency import parse
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chile held talks with Peru in Lima."))
    >>> [t.stands_for(q.actor) for q in prep_parties(t, parse(t, 0), 2, {"with"})]
    ['PER']
    """
    heads = [c for c in p.children(k) if p.dep(c) == "prep" and t.lower[c] in preps]
    objs = [o for c in heads for o in p.children(c) if p.dep(o) == "pobj"]
    return [q for o in objs for q in noun_parties(t, p, o)]
