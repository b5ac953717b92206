"""What states are told to do together, read over a text's coded events: one material
act done to a third by several agents at once (:func:`acting_together`), the
signatories of a joint statement (:func:`cosigner_events`), the states a speaker speaks
for together (:func:`behalf_events`) and the states of one effort (:func:`joint_efforts`).

Every index, given or returned, is a token index of :class:`~.tagging.Tagged`.
"""

from __future__ import annotations

import dataclasses

from .arguments import noun_parties, prep_parties, reciprocal
from .authors import text_author
from .codebook import forms_by_kind, per_codebook, read_table, word_list
from .dependency import Parse, parse
from .event_lexicon import every_two
from .event_record import Event
from .tagging import Tagged

__all__ = [
    "acting_together",
    "behalf_events",
    "cosigner_events",
    "joint_efforts",
    "joint_initiatives",
    "joint_text_events",
    "joined_next",
    "listed_states",
    "pairwise_events",
    "LIST_WORDS",
]

# measures states take each for itself, however many take them at once: a sanction, a
# protest (recalling envoys, closing embassies, demonstrations) is no joint act
_PARALLEL = frozenset({"SANCTION", "PROTEST"})


def acting_together(t: Tagged, events: list[Event]) -> list[Event]:
    """Two states that do one material act to a third together cooperate: ``Kenya and
    Somalia launched an offensive against al-Shabab``, ``Russia and Iran sent drones to
    Sudan`` (one trigger, one type, one target, several agents). A mutual act (talks, war)
    already pairs its own agents."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        info = t.codebook.plover[e.type]
        if e.type in _PARALLEL or e.mode != "actual":
            continue  # "Chile and Colombia recalled their envoys": each its own measure;
            # "A and B promised to help C": no act done together yet
        if info["quad"].startswith("material") and info.get("mutual") != "yes":
            key = (e.sentence, e.trigger, e.type, e.target_country)
            groups.setdefault(key, []).append(e)
    coop = t.codebook.plover["COOPERATE"]
    out = []
    for group in groups.values():
        firsts = {}
        for e in group:
            a = t.actor(e.source_country)
            if e.source_country != e.target_country and a is not None and a.type == "country":
                firsts.setdefault(e.source_country, e)  # states: "its Western allies" act as it
        for a, b in every_two(list(firsts.values())):
            out.append(
                dataclasses.replace(
                    a, target=b.source, target_country=b.source_country, type="COOPERATE",
                    quad=coop["quad"], sign=1, intensity=float(coop["intensity"]),
                    start=min(a.start, b.start), end=max(a.end, b.end),
                )
            )  # fmt: skip
    return out


# the words that make a "with" phrase of the verb a partner in the act: "acting together
# with", "we struck jointly with"; "alongside" is a partner by itself
_TOGETHER = frozenset({"together", "jointly"})


def joined_next(t: Tagged, events: list[Event]) -> list[Event]:
    """The partners a state names right after its act join it: ``This evening Chile's
    navy struck the rebel bases in Peru. We acted together with our Bolivian allies.``
    The second sentence's ``we``, subject of a verb done ``together with``, ``jointly
    with`` or ``alongside`` other states, is the one state that did the material acts of
    the sentence before; each partner cooperates with it and does those acts to their
    targets, as coordinated agents of one act do (:func:`acting_together`).

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> an = analyze_text("Today I ordered Ghanaian jets to strike the Malian regime's depots. "
    ...                   "We acted together with our Togolese allies.")
    >>> sorted(set(an.events[["source_country", "target_country", "type"]].apply(tuple, axis=1)))
    [('GHA', 'MLI', 'ASSAULT'), ('GHA', 'TGO', 'COOPERATE'), ('TGO', 'MLI', 'ASSAULT')]
    """
    out, coop = [], t.codebook.plover["COOPERATE"]
    for s, (lo, hi) in enumerate(t.sent_tok):
        low = set(t.lower[lo:hi])
        if (
            s == 0
            or "we" not in low
            or not (low & _TOGETHER and "with" in low or "alongside" in low)
        ):
            continue  # most sentences: no "we ... together with", so no parse
        acts = [e for e in events if e.sentence == s - 1 and e.mode == "actual"
                and t.codebook.plover[e.type]["quad"].startswith("material")
                and t.codebook.plover[e.type].get("mutual") != "yes"]  # fmt: skip
        doers = {e.source_country for e in acts}
        if len(doers) != 1 or t.actor_type(next(iter(doers))) != "country":
            continue
        if not _ordered_by_speaker(t, s - 1, acts):
            continue  # "Russian missiles struck Kyiv. We act together with ...": we are not them
        p = parse(t, s)
        for q in _partners_of_we(t, p, lo, hi):
            x = t.stands_for(q.actor)
            if x in doers or t.actor_type(x) != "country":
                continue
            a = acts[0]
            out.append(dataclasses.replace(
                a, target=q.actor, target_country=x, type="COOPERATE", quad=coop["quad"],
                sign=1, intensity=float(coop["intensity"]), sentence=s, start=t.starts[lo],
                end=q.end, trigger=t.words[q.tok]))  # fmt: skip
            out += [dataclasses.replace(e, source=q.actor, source_country=x)
                    for e in acts if e.target_country != x]  # fmt: skip
    return out


def _ordered_by_speaker(t: Tagged, s: int, acts: list[Event]) -> bool:
    """Does the speaker tell the acts of sentence ``s`` as their own: ``I have authorised
    our forces to strike``, ``we struck``: an ``I`` or ``we`` that is the subject of a verb
    the act's trigger hangs on (or of the trigger itself)?"""
    lo, hi = t.sent_tok[s]
    if not {"i", "we"} & set(t.lower[lo:hi]):
        return False
    p = parse(t, s)
    firsts = {t.words[k] for k in range(lo, hi)} & {e.trigger.split()[0] for e in acts if e.trigger}
    for k in (k for k in range(lo, hi) if t.words[k] in firsts):
        for _ in range(6):
            if any(p.dep(c) == "nsubj" and t.lower[c] in ("i", "we") for c in p.children(k)):
                return True
            if p.head(k) == k:
                break
            k = p.head(k)
    return False


def _partners_of_we(t: Tagged, p, lo: int, hi: int) -> list:
    """The parties of the ``together with``, ``jointly with`` or ``alongside`` phrases of
    the verbs whose subject is ``we``."""
    out = []
    for v in range(lo, hi):
        kids = p.children(v)
        if not any(p.dep(c) == "nsubj" and t.lower[c] == "we" for c in kids):
            continue
        joint = any(p.dep(c) == "advmod" and t.lower[c] in _TOGETHER for c in kids)
        out += prep_parties(t, p, v, {"alongside", "with"} if joint else {"alongside"})
    return out


def cosigner_events(t: Tagged, date=None, basis: str = "open") -> list[Event]:
    """A joint statement's signatories agree with each other: one ``AGREE`` per pair of the
    states the text's author names (:func:`.authors.text_author`: ``Joint Statement of A,
    B and C``, ``The Troika Embassies (Norway, the United States, and the United
    Kingdom)``), as CAMEO codes a joint declaration. Its evidence is the first sentence
    that names two of them, from the first such name to the last.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = "Joint Statement of Kenya, Ghana and Peru\\n\\nWe welcome the talks."
    >>> events = cosigner_events(tag(parse_article(text)))
    >>> [(e.source_country, e.target_country, e.type) for e in events]
    [('KEN', 'GHA', 'AGREE'), ('KEN', 'PER', 'AGREE'), ('GHA', 'PER', 'AGREE')]
    """
    states = list(dict.fromkeys(x for x in map(t.stands_for, text_author(t)) if x))
    if len(states) < 2:
        return []
    by_sent: dict[int, list] = {}
    for m in t.mentions:
        if t.stands_for(m.actor) in states:
            by_sent.setdefault(m.sentence, []).append(m)
    named = [
        ms for _, ms in sorted(by_sent.items()) if len({t.stands_for(m.actor) for m in ms}) > 1
    ]
    if not named:
        return []
    ms, info = named[0], t.codebook.plover["AGREE"]
    first = {}
    for m in ms:
        first.setdefault(t.stands_for(m.actor), m)
    start = min(m.start for m in first.values())
    end = max(m.end for m in first.values())
    out = []
    for a, b in every_two([first[x] for x in states if x in first]):
        sa, sb = t.stands_for(a.actor), t.stands_for(b.actor)
        out.append(
            Event(a.actor, b.actor, sa, sb, "AGREE", info["quad"], 1, float(info["intensity"]),
                  "actual", date, "", basis, a.sentence, start, end,
                  t.article.text[start:end], block=t.article.sentences[a.sentence].block)
        )  # fmt: skip
    return out


# what may stand between "on behalf of" and the states named: the group they make up
# ("on behalf of the core group comprising A, B and C", "on behalf of the Nordic
# countries, Denmark, Finland, ...")
_BEHALF_GAP = 8
# the words that join the states of one list
LIST_WORDS = frozenset({",", "and", "the", "&", "as", "well"})


@per_codebook
def _voices(cb) -> tuple[tuple[str, ...], ...]:
    """The phrases of ``joint_voices.csv``, each as its tokens."""
    rows = read_table("joint_voices.csv", cb.root)
    return tuple(tuple(r["phrase"].lower().split()) for r in rows)


def behalf_events(t: Tagged, date=None, basis: str = "open") -> list[Event]:
    """States that speak or act with one voice agree with each other: ``I speak on behalf
    of Norway, Iceland and Denmark``, ``We, the foreign ministers of Chile, Ghana and
    Japan, condemn ...``, ``a resolution co-sponsored by Chile and Ghana``
    (``joint_voices.csv``; one ``AGREE`` per pair of the states of the list, as a joint
    statement's signatories, :func:`cosigner_events`). The list is the states named one
    after the other, joined by commas and ``and`` only, within a few words after the
    phrase.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("I speak on behalf of the group made up of Chile, Ghana and Japan."))
    >>> [(e.source_country, e.target_country) for e in behalf_events(t)]
    [('CHL', 'GHA'), ('CHL', 'JPN'), ('GHA', 'JPN')]
    >>> t = tag(parse_article("We, the foreign ministers of Chile and Ghana, condemn the coup."))
    >>> [(e.source_country, e.target_country, e.trigger) for e in behalf_events(t)]
    [('CHL', 'GHA', 'We, the')]
    >>> behalf_events(tag(parse_article("On behalf of Chile, I thank Ghana and Japan.")))
    []
    """
    out, info = [], t.codebook.plover["AGREE"]
    low = t.lower
    for phrase in _voices(t.codebook):
        n = len(phrase)
        for k in range(len(low) - n):
            if tuple(low[k : k + n]) != phrase:
                continue
            listed = listed_states(t, k + n)
            trigger = t.article.text[t.starts[k] : t.starts[k + n - 1] + len(t.words[k + n - 1])]
            out += pairwise_events(t, listed, "AGREE", info, (date, basis), t.starts[k], trigger)
    return out


@per_codebook
def _joint_texts(cb) -> frozenset[str]:
    return word_list("joint_text_nouns.csv", cb.root, "word")


@per_codebook
def _one_texts(cb) -> frozenset[str]:
    """The singular nouns of ``joint_text_nouns.csv``: one text (``a statement``)."""
    rows = read_table("joint_text_nouns.csv", cb.root)
    return frozenset(r["word"].lower() for r in rows if r["number"] == "singular")


@per_codebook
def _issuing_verbs(cb) -> frozenset[str]:
    return word_list("text_issuing_verbs.csv", cb.root)


# the prepositions whose objects issue a joint text: "the joint statement of/by A and B"
_ISSUED_BY = frozenset({"of", "by", "from"})


def joint_text_events(t: Tagged, date=None, basis: str = "open") -> list[Event]:
    """States that issue one text together agree with each other: ``In a joint statement,
    Chile and Peru urged restraint``, ``Chile and Peru, in a joint declaration, welcomed
    ...``, ``the joint communique of Chile and Peru`` (``joint_text_nouns.csv``; one
    ``AGREE`` per pair, as a joint statement's signatories, :func:`cosigner_events`). The
    issuers are the subject of the clause whose ``in`` phrase holds the text, its
    possessors, or the objects of its ``of``, ``by`` or ``from``. One text (a singular
    noun) that an issuing verb puts out is joint without the word (:func:`_issued_by`:
    ``the following statement was released by the governments of Chile and Peru``), and so
    is ``in a statement`` of a clause with several states as subject. Only
    sentences that hold ``joint`` before such a noun, or such a noun and an issuing verb,
    and name two states are parsed.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("In a joint statement, Chile and Peru urged restraint."))
    >>> [(e.source_country, e.target_country) for e in joint_text_events(t)]
    [('CHL', 'PER')]
    >>> t = tag(parse_article("Chile and Peru were criticised in a joint statement by Ghana."))
    >>> joint_text_events(t)
    []
    """
    nouns, out = _joint_texts(t.codebook), []
    one, issuing = _one_texts(t.codebook), _issuing_verbs(t.codebook)
    info = t.codebook.plover["AGREE"]
    for s, (lo, hi) in enumerate(t.sent_tok):
        ks = [k for k in range(lo + 1, hi) if t.lower[k] in nouns and "joint" in t.lower[k - 2 : k]]
        low = set(t.lower[lo:hi])
        shared = [] if low & _EACH_OWN or low & _APART else [
            k for k in range(lo, hi) if t.lower[k] in one and k not in ks
            and (low & issuing or (k - 2 >= lo and t.lower[k - 2 : k] == ["in", "a"]))
        ]  # fmt: skip
        if not ks and not shared:
            continue  # most sentences: no joint text, so no look at their mentions
        states = {t.stands_for(m.actor) for m in t.mentions if m.sentence == s}
        if sum(t.actor_type(x) == "country" for x in states) < 2:
            continue
        p = parse(t, s)
        for k in ks + shared:
            listed = _issuers(t, p, k) if k in ks else _issued_by(t, p, k, issuing)
            if not listed and k in shared and t.lower[k - 2 : k] == ["in", "a"]:
                listed = _issuers(t, p, k)  # "A and B said in a statement": one text
            j = k - 1 if k in ks else k
            trigger = t.article.text[t.starts[j] : t.starts[k] + len(t.words[k])]
            out += pairwise_events(t, listed, "AGREE", info, (date, basis), t.starts[j], trigger)
    return out


# what may tell of one text each, without "joint": "both said in a statement"
_APART = frozenset({"both", "separately", "individually"})


def _issued_by(t: Tagged, p, k: int, issuing: frozenset[str]) -> list:
    """The states that together issue the one text at ``k``, the object (or a passive's
    subject, or the noun an issuing participle follows) of an issuing verb
    (``text_issuing_verbs.csv``): ``Chile, Peru and Ghana issued a statement``, ``the
    following statement was released by the governments of Chile and Peru``, ``a letter
    signed by Chile and Peru``; one text, so a joint one. None unless two states, nor when
    the verb is negated.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("A statement was issued by the governments of Chile and Peru."))
    >>> [t.stands_for(q.actor) for q in _issued_by(t, parse(t, 0), 1, _issuing_verbs(t.codebook))]
    ['CHL', 'PER']
    """
    acl = [c for c in p.children(k) if p.dep(c) == "acl" and t.lower[c] in issuing]
    v = acl[0] if acl else p.head(k)  # "a statement released by A and B"
    if t.lower[v] not in issuing or any(p.dep(c) == "neg" for c in p.children(v)):
        return []
    if p.dep(k) == "dobj" and not acl:
        heads = [c for c in p.children(v) if p.dep(c) == "nsubj"]
    elif p.dep(k) == "nsubjpass" or acl:
        heads = [o for c in p.children(v) if p.dep(c) == "agent" for o in p.children(c)
                 if p.dep(o) == "pobj"]  # fmt: skip
    else:
        return []
    return _states_once(t, [q for h in heads for q in noun_parties(t, p, h)])


def _issuers(t: Tagged, p, k: int) -> list:
    """The states that issue the joint text at ``k`` (see :func:`joint_text_events`), with
    those of its ``with`` (``in a joint statement with Peru, Chile said``), once each, in
    order; none unless two."""
    found = [q for c in p.children(k) if p.dep(c) == "poss" for q in noun_parties(t, p, c)]
    found += prep_parties(t, p, k, _ISSUED_BY)
    partners = prep_parties(t, p, k, {"with"})
    h = p.head(k)
    if (partners or not found) and p.dep(k) == "pobj" and t.lower[h] == "in":
        v = p.head(h)  # "In a joint statement, A and B urged": the clause's subject
        if p.pos(v) in ("NOUN", "PROPN"):
            subjects = [v]  # "A and B, in a joint statement, urged": parsed on the subject
        else:  # not a passive's subject: "A was condemned in a joint statement by B and C"
            subjects = [c for c in p.children(v) if p.dep(c) == "nsubj"]
        found += [q for c in subjects for q in noun_parties(t, p, c)]
    out, seen = [], set()
    for q in found + partners:
        x = t.stands_for(q.actor)
        if t.actor_type(x) == "country" and x not in seen:
            seen.add(x)
            out.append(q)
    return out if len(out) >= 2 else []


# words that cannot open the aim of an effort after "to": "efforts of A and B to the crisis"
_NOT_AIMS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those"})


def joint_efforts(t: Tagged, date=None, basis: str = "open") -> list[Event]:
    """States named as the makers of one effort with its aim cooperate: ``the efforts of
    Ghana, Togo and Peru in drafting a roadmap``, ``the efforts of Ghana and Togo to broker
    a truce`` (one ``COOPERATE`` per pair of the list right after ``efforts of``). Without
    an aim, a list of efforts is each state's own (``the efforts of A, B and C, who gave
    aid``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("We welcome the efforts of Ghana and Peru in drafting a plan."))
    >>> [(e.source_country, e.target_country, e.type) for e in joint_efforts(t)]
    [('GHA', 'PER', 'COOPERATE')]
    >>> joint_efforts(tag(parse_article("We saw the efforts of Ghana and Peru, who gave aid.")))
    []
    """
    out, info, low = [], t.codebook.plover["COOPERATE"], t.lower
    for k in range(1, len(low) - 1):
        if not (low[k] == "of" and low[k - 1] in ("efforts", "effort")):
            continue
        listed = listed_states(t, k + 1)
        if not listed or listed[0].tok > k + 2 or not _aim_at(t, listed[-1].tok_end):
            continue
        out += pairwise_events(
            t, listed, "COOPERATE", info, (date, basis), t.starts[k - 1], "efforts of"
        )
    return out


@per_codebook
def _initiative_words(cb) -> dict[str, frozenset[str]]:
    """``{kind: forms}`` of ``joint_initiatives.csv``: ``adverb``, ``verb``, ``noun``."""
    return forms_by_kind("joint_initiatives.csv", cb.root)


# what makes one initiative each state's own: "rival resolutions", "their own proposal"
_EACH_OWN = frozenset({"each", "rival", "competing", "separate", "respective", "own"})


def joint_initiatives(t: Tagged, date=None, basis: str = "open") -> list[Event]:
    """States that act ``jointly`` or put one initiative forward together cooperate:
    ``Chile and Peru jointly drafted the plan``, ``the survey was done jointly by the
    Chilean navy and the Ministry of Defence of Peru``, ``Chile, Ghana and Peru called for
    a meeting of the Council`` (``joint_initiatives.csv``; one ``COOPERATE`` per pair). Only
    sentences that hold such a word and name two states are parsed.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chile, Ghana and Peru requested an urgent meeting."))
    >>> [(e.source_country, e.target_country) for e in joint_initiatives(t)]
    [('CHL', 'GHA'), ('CHL', 'PER'), ('GHA', 'PER')]
    >>> joint_initiatives(tag(parse_article("Chile and Peru each requested a meeting.")))
    []
    """
    words, out = _initiative_words(t.codebook), []
    info = t.codebook.plover["COOPERATE"]
    for s, (lo, hi) in enumerate(t.sent_tok):
        low = set(t.lower[lo:hi])
        if not (low & words["adverb"] or (low & words["verb"] and low & words["noun"])):
            continue  # most sentences: no joint word, so no look at their mentions
        states = {t.stands_for(m.actor) for m in t.mentions if m.sentence == s}
        if sum(t.actor_type(x) == "country" for x in states) < 2 or low & _EACH_OWN:
            continue
        p = parse(t, s)
        for v in range(lo, hi):
            if any(p.dep(c) == "neg" for c in p.children(v)) or reciprocal(t, v, hi):
                continue
            if any(t.lower[c] in words["adverb"] for c in p.children(v)):
                found = _joint_agents(t, p, v)
            elif t.lower[v] in words["verb"] and _puts_forward(t, p, v, words["noun"]):
                found = [q for c in p.children(v) if p.dep(c) == "nsubj"
                         for q in noun_parties(t, p, c)]  # fmt: skip
            else:
                continue
            listed = _states_once(t, found)
            at = t.starts[min(q.tok for q in listed)] if listed else 0
            out += pairwise_events(t, listed, "COOPERATE", info, (date, basis), at, t.words[v])
    return out


def _puts_forward(t: Tagged, p: Parse, v: int, nouns: frozenset[str]) -> bool:
    """Does the verb at ``v`` take as its object (or, ``called for``, its ``for`` object)
    a singular noun of ``nouns``?"""
    objs = [c for c in p.children(v) if p.dep(c) == "dobj"]
    objs += [o for c in p.children(v) if p.dep(c) == "prep" and t.lower[c] == "for"
             for o in p.children(c) if p.dep(o) == "pobj"]  # fmt: skip
    return any(t.lower[o] in nouns for o in objs)


def _joint_agents(t: Tagged, p: Parse, v: int) -> list:
    """The parties that do the act at ``v`` jointly: its subject and the objects of its
    ``by`` (a passive's agents) and ``with``; a named body with no state of its own
    (``the Ministry of Defence in Peru``) stands for the state of its ``in`` or ``of``."""
    heads = [c for c in p.children(v) if p.dep(c) == "nsubj"]
    preps = [c for c in p.children(v) if p.dep(c) in ("agent", "prep")
             and t.lower[c] in ("by", "with")]  # fmt: skip
    heads += [o for c in preps for o in p.children(c) if p.dep(o) == "pobj"]
    conjs = [x for h in heads for x in (h, *(c for c in p.children(h) if p.dep(c) == "conj"))]
    out = [q for h in heads for q in noun_parties(t, p, h)]
    for x in conjs:
        if noun_parties(t, p, x) or not t.words[x][:1].isupper():
            continue
        out += prep_parties(t, p, x, ("in", "of"))
    return out


def _states_once(t: Tagged, found: list) -> list:
    """The parties of ``found`` that serve a state, the first of each state, in text
    order; none unless two states."""
    out, seen = [], set()
    for q in sorted(found, key=lambda q: q.tok):
        x = t.stands_for(q.actor)
        if t.serves_state(q.actor) and x not in seen:
            seen.add(x)
            out.append(q)
    return out if len(out) >= 2 else []


def pairwise_events(t: Tagged, listed, typ: str, info: dict, dated, start: int, trigger: str):
    """An actual event of ``typ`` (``info``: its ``plover.csv`` row) between every two of
    the ``listed`` parties, evidence from ``start`` to the last party's end."""
    date, basis = dated
    return [
        Event(a.actor, b.actor, t.stands_for(a.actor), t.stands_for(b.actor), typ, info["quad"],
              1, float(info["intensity"]), "actual", date, "", basis, a.sentence, start,
              listed[-1].end, trigger, block=t.article.sentences[a.sentence].block)
        for a, b in every_two(listed)
    ]  # fmt: skip


def _aim_at(t: Tagged, j: int) -> bool:
    """Does an effort's aim open at token ``j``: ``in`` and a gerund, ``to`` and a verb?"""
    if j + 1 >= len(t.lower) or t.tok_sent[j + 1] != t.tok_sent[j]:
        return False
    nxt = t.words[j + 1]
    if t.lower[j] == "in":
        return nxt.islower() and nxt.endswith("ing")
    return t.lower[j] == "to" and nxt.isalpha() and nxt.islower() and nxt not in _NOT_AIMS


def listed_states(t: Tagged, k: int) -> list:
    """The states named one after the other from the first within ``_BEHALF_GAP`` words
    of ``k``, in one sentence: their first mentions, in order."""
    sent = t.tok_sent[k]
    first = next((j for j in range(k, min(k + _BEHALF_GAP, len(t.lower)))
                  if j in t.by_tok and t.tok_sent[j] == sent), None)  # fmt: skip
    out, j = [], first
    while j is not None:
        m = t.by_tok[j]
        if not t.serves_state(m.actor):
            break
        if all(t.stands_for(m.actor) != t.stands_for(o.actor) for o in out):
            out.append(m)
        j = m.tok_end
        while j < len(t.lower) and t.tok_sent[j] == sent and t.lower[j] in LIST_WORDS:
            j += 1
        j = j if j in t.by_tok and j > m.tok_end and t.tok_sent[j] == sent else None
    return out if len(out) >= 2 else []
