"""One syntactic layer under statements and events: who does what to whom in a sentence.

Both stages find their arguments here, over the tagger's tokens and participants: the
subject of a cue or trigger (through auxiliaries, appositives, a copula, a prepositional
modifier), its object and prepositional targets, coordination (``A, B and C``), a
possessor (``Russia's unprovoked and brutal war``), pronouns (``its``, ``their``), groups
named together and the plural subjects that speak for them (``The three leaders``), a
definite title standing for a named person (``the general``), clause bounds and
negation. Each stage keeps only its lexicon and its decisions.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Japan, South Korea and the United States met in Tokyo."))
>>> usa = next(p for p in t.participants if p.actor == "USA")
>>> [p.actor for p in group_left(t, usa, 0)]
['JPN', 'KOR', 'USA']
>>> [p.actor for p in latest_group(t, len(t.lower))]
['JPN', 'KOR', 'USA']
"""

from __future__ import annotations

from bisect import bisect_left

from .codebook import Codebook, per_codebook, read_table, split, word_list
from .dependency import BACKENDS, DEFAULT_BACKEND, backend, parse_or_none  # noqa: F401 - their old home
from .tagging import (
    POSSESSIVE,
    PRINCIPALS,
    Mention,
    Participant,
    Tagged,
    issuing_state,
    place_qualifiers,
    pronoun_party,
)

# Tokens that may stand between a subject and its verb: auxiliaries, adverbs, negation.
AUX = frozenset(
    [
        "did",
        "does",
        "do",
        "long",
        "just",
        "still",
        "often",
        "now",
        "even",
        "previously",
        "consistently",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "also",
        "again",
        "repeatedly",
        "reportedly",
        "publicly",
        "recently",
        "later",
        "then",
        "further",
        "already",
        "once",
        "not",
        "n't",
        "n’t",
        "'re",
        "’re",
        "'ve",
        "’ve",
        "'ll",
        "’ll",
        "'m",
        "’m",
        "'d",
        "’d",
        "never",
        "firmly",
        "strongly",
        "sharply",
        "openly",
    ]
)


# Quotation marks as tokens; ``''`` is the doubled apostrophe some papers quote with
# (``''It is over,'' he said.``), one token for the tokenizer.
OPEN_Q = frozenset({'"', "“", "‘", "«", "''"})


CLOSE_Q = frozenset({'"', "”", "’", "»", "''"})


QUOTES = OPEN_Q | CLOSE_Q


CIRCUMSTANCE = frozenset(
    [
        "in",
        "during",
        "amid",
        "amidst",
        "at",
        "near",
        "inside",
        "across",
        "throughout",
        "within",
        "since",
        "after",
        "before",
    ]
)


# Background clauses: "as Trump re-enters ...", ", which violate ..." are not targets.
SUBORDINATORS = frozenset(
    {"as", "while", "when", "because", "since", "whereas", "although", "which", "who"}
)


CLAUSE_BREAKS = frozenset({"while", "whereas", "but", "although", "though", "however"})


NEGATION = frozenset({"not", "n't", "no", "never", "nor"})


# Verbs that end what follows them: "to stop supporting X" says nothing warm of X.
CEASE = frozenset({"stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased"})
CEASE |= {"ceasing", "halt", "halts", "halted", "halting"}
# verbs that undo what their object names: "end its support for X" backs no one
UNDO = CEASE | {"end", "ends", "ended", "ending", "suspend", "suspends", "suspended", "cut"}
UNDO |= {"cuts", "withdraw", "withdraws", "withdrew", "abandon", "abandons", "abandoned"}


PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "there"})


# words that end the object search of an evaluative word
STOPS = frozenset({"to", "that", "whether", "if", "than", "but", "between", "among"})
# words of thanks whose "to" names the one thanked (elsewhere "to" opens a new predicate)
_THANKED_AFTER_TO = frozenset({"grateful", "thankful", "gratitude", "appreciation", "tribute"})


# Prepositions after an evaluative word that name whom it is about ("concern over X",
# "support for X", "threat from X"); "attacks on X" names a victim instead (see _victims).
ABOUT = frozenset({"over", "about", "for", "from", "by", "with", "toward", "towards", "of"})


DETS = frozenset({"the", "both", "all", "two", "three", "four", "five", "several"})


NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


PREPS = frozenset(
    [
        "with",
        "to",
        "on",
        "against",
        "toward",
        "towards",
        "into",
        "between",
        "in",
        "of",
        "for",
        "from",
        "by",
        "at",
        "over",
        "under",
        "about",
        "like",
        "amid",
        "amidst",
        "during",
        "among",
    ]
)


GENERIC = frozenset({"nations", "countries", "states", "partners", "allies", "nation", "regimes"})


INTRO = frozenset({"like", "including", "such"})


# Verbs of aspect and the like between a subject and its event: "will keep working with",
# "continues to work with", "is expected to sign", "is in talks with", "to stop supplying".
ASPECT = frozenset(
    {"to", "expected", "set", "about", "in", "keep", "keeps", "kept", "continue", "continues"}
    | {"continued", "continuing", "begin", "began", "begins", "start", "started", "starts"}
    | CEASE
)
COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain", "became", "becomes", "be"})


# ----------------------------------------------------------------------- fast look-ups
#
# Every stage asks "which participants lie between two tokens" once per item (statement,
# trigger, pronoun); scanning the whole list each time made the analysis quadratic in the
# article's length. The look-ups below bisect a sorted index kept in ``Tagged.caches``,
# rebuilt whenever the participant list changes (``bind_first_person`` adds to it).


def _index(t: Tagged) -> tuple[list, list[int], bool]:
    """(participants, their first tokens, ordered) for the current participant list.

    ``ordered``: the list is sorted by token and each participant's ``sentence`` is that
    of its first token, never decreasing along the list, as :func:`~alignkit.reading.tagging.tag`
    makes it; the bisecting look-ups rely on it and fall back to a scan otherwise.
    """
    parts = t.participants
    found = t.caches.get("parts")
    if found is not None and found[0] is parts and found[1] == len(parts):
        return found[2]
    toks = [p.tok for p in parts]
    ordered = all(a < b for a, b in zip(toks, toks[1:], strict=False)) and all(
        p.sentence == t.tok_sent[p.tok] for p in parts
    )
    ordered = ordered and all(
        a.sentence <= b.sentence for a, b in zip(parts, parts[1:], strict=False)
    )
    index = (parts, toks, ordered)
    t.caches["parts"] = (parts, len(parts), index)
    return index


def parts_in(t: Tagged, lo: int, hi: int) -> list[Participant]:
    """The participants whose first token is in ``lo .. hi - 1``, in order (a bisect)."""
    parts, toks, ordered = _index(t)
    if not ordered:
        return [p for p in parts if lo <= p.tok < hi]
    return parts[bisect_left(toks, lo) : bisect_left(toks, hi)]


def parts_of_sentence(t: Tagged, sentence: int) -> list[Participant]:
    """The participants of one sentence (their ``sentence``), in order."""

    def build():
        out: dict[int, list[Participant]] = {}
        for p in t.participants:
            out.setdefault(p.sentence, []).append(p)
        return out

    return _cached(t, "by_sentence", build).get(sentence, [])


def _cached(t: Tagged, key: str, build):
    """``build()`` kept in ``t.caches`` under ``key`` until the participant list changes."""
    parts = t.participants
    found = t.caches.get(key)
    if found is not None and found[0] is parts and found[1] == len(parts):
        return found[2]
    value = build()
    t.caches[key] = (parts, len(parts), value)
    return value


def participant_with_head(t: Tagged, start: int) -> Participant | None:
    """The first participant whose head mention starts at character ``start``."""

    def build():
        out: dict[int, Participant] = {}
        for p in t.participants:
            out.setdefault(p.head.start, p)
        return out

    return _cached(t, "by_head_start", build).get(start)


@per_codebook
def _collectives_of(cb: Codebook) -> frozenset:
    return word_list("collectives.csv", cb.root, "word")


@per_codebook
def insurgents(cb: Codebook) -> frozenset:
    """``insurgent_nouns.csv``: armed men who fight a state never stand for it, though its
    name or adjective owns them (``Cameroon's separatist rebels``, ``Malian jihadists``)."""
    return word_list("insurgent_nouns.csv", cb.root, "word")


@per_codebook
def host_fighters(cb: Codebook) -> frozenset:
    """The nouns of ``insurgent_nouns.csv`` whose men fight the state they are in
    (``fights_host``): ``rebels``, ``insurgents``, ``guerrillas``, not ``militants``."""
    rows = read_table("insurgent_nouns.csv", cb.root)
    return frozenset(r["word"] for r in rows if r["fights_host"] == "yes")


def owns_insurgents(t: Tagged, p, hi: int) -> bool:
    """Is the party ``p`` only the owner of insurgents (``against Mali's jihadists``)?"""
    k = p.tok_end + (1 if p.tok_end < hi and t.lower[p.tok_end] in ("'s", "’s") else 0)
    while k < hi and k < p.tok_end + 3 and t.words[k].isalpha() and t.words[k].islower():
        if t.lower[k] in insurgents(t.codebook):
            return True
        k += 1
    return False


def collectives(t: Tagged) -> frozenset:
    """Plural nouns a group of parties is spoken of by (``collectives.csv``: leaders, ...)."""
    return _collectives_of(t.codebook)


@per_codebook
def _patrons(cb) -> frozenset[str]:
    """The participles of ``patron_participles.csv`` (``backed``, ``sanctioned``)."""
    return word_list("patron_participles.csv", cb.root)


# the bodies that rule a state named after "of" ("the Government of Qatar")
_RULING = frozenset({"government", "authorities", "administration", "leadership"})

# nouns of people whose "in X" names the state they are of: "our brothers in Egypt"
_KIN = frozenset({"brothers", "sisters", "brethren", "friends", "colleagues", "counterparts",
                  "people", "government", "authorities"})  # fmt: skip


def people_in(t: Tagged, k: int) -> bool:
    """Is the ``in`` at token ``k`` the place of people who stand for it (``our brothers
    in Egypt``, ``our partners in Kenya``), not a circumstance (``talks in Geneva``)?"""
    return (
        t.lower[k] == "in"
        and k > 0
        and (t.lower[k - 1] in _KIN or t.lower[k - 1] in collectives(t))
    )


def starting_at(t: Tagged, tok: int, hi: int) -> Participant | None:
    while tok < hi and t.lower[tok] in ("the", "a", "an"):
        tok += 1
    return t.by_tok.get(tok) if tok < hi else None


def group_right(t: Tagged, p: Participant, hi: int) -> list[Participant]:
    """``X, Y and Z`` from ``X`` rightwards. Commas alone make no list of two: in ``to
    Russia, U.S. officials said`` the comma ends a clause; ``X, Y and Z`` is closed by a
    conjunction (in a headline a comma is one: "Russia, China Hold Talks"), and three or
    more parties set off by commas alone are a list ("travel to Peru, Chile, Bolivia").

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("He went to Peru, Chile, Bolivia."))
    >>> [q.actor for q in group_right(t, t.by_tok[t.lower.index("peru")], len(t.lower))]
    ['PER', 'CHL', 'BOL']
    >>> t = tag(parse_article("He went to Peru, Chilean officials said."))
    >>> [q.actor for q in group_right(t, t.by_tok[t.lower.index("peru")], len(t.lower))]
    ['PER']
    """
    group = [p]
    joined = 1  # parties up to the last conjunction
    j = _past_owned(t, p, hi)
    # "with Egypt, as well as with Qatar": the preposition said again after the conjunction
    k = p.tok - 1
    while k > 0 and p.tok - k <= 2 and t.lower[k] in ("the", "our", "its", "their", "his", "her"):
        k -= 1  # "with our Egyptian partners"
    prep = t.lower[k] if k >= 0 and t.lower[k] in PREPS else None
    while j < hi:
        k, also = j, False
        while k < hi and t.lower[k] in (",", "and", "&", "or"):
            k += 1
        if t.lower[k : k + 3] == ["as", "well", "as"]:
            k, also = k + 3, True
            k += prep is not None and k < hi and t.lower[k] == prep
        elif prep is not None and t.lower[k] == "as" and (m := _as_again(t, k, hi, prep)):
            group += after_prep(t, m, hi, {prep})  # "talks with X, as we are with Y": Y too
            joined = len(group)
            break
        if k == j:
            break
        q = starting_at(t, k, hi)
        # k must open the next party (a determiner inside it is fine: "and the ROK")
        if q is None or (q.tok < k and t.lower[k] not in ("the", "a")):
            break
        if "," in t.lower[j:k] and t.lower[k] in ("we", "i"):
            break  # "talks between A and B, and we hope ...": the speaker's own clause
        group.append(q)
        if also or any(t.lower[x] in ("and", "&", "or") for x in range(j, k)) or _headline(t, j):
            joined = len(group)
        j = _past_owned(t, q, hi)
    if joined == 1 and len(group) >= 3:
        joined = len(group)  # "travel to Peru, Chile, Bolivia": three states make a list
    return group[:joined]


_PRONOUNS = frozenset({"we", "they", "it", "he", "she", "i"})
_AUX_AGAIN = frozenset({"are", "is", "was", "were", "am", "have", "has", "had", "did", "do",
                        "does", "been", "will", "would"})  # fmt: skip


def _as_again(t: Tagged, k: int, hi: int, prep: str) -> int | None:
    """The preposition said again in an elliptic ``as`` clause at ``k`` (``in contact with
    Israel, as we are with Qatar``; ``as it did with``), else None; :func:`after_prep`
    reads its parties as any preposition's.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("We work with Peru, as we have with the Government of Chile."))
    >>> m = _as_again(t, t.lower.index("as"), len(t.lower), "with")
    >>> [q.actor for q in after_prep(t, m, len(t.lower), {"with"})]
    ['CHL']
    """
    j = k + 1
    if j >= hi or t.lower[j] not in _PRONOUNS:
        return None
    j += 1
    while j < hi and j <= k + 4 and t.lower[j] in _AUX_AGAIN:
        j += 1
    return None if j == k + 2 or j >= hi or t.lower[j] != prep else j


def said_again(t: Tagged, found: list[Participant], prep: str) -> list[Participant]:
    """The parties of an elliptic ``as`` clause right after ``found`` that says ``prep``
    again (``in close contact with Israel, as we are with the Government of Qatar``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("We work with Peru, as we have with Chile."))
    >>> [q.actor for q in said_again(t, [t.by_tok[t.lower.index("peru")]], "with")]
    ['CHL']
    """
    if not found:
        return []
    return _said_again_from(t, max(q.tok_end for q in found), prep)


def _said_again_from(t: Tagged, j: int, prep: str) -> list[Participant]:
    """The parties of an elliptic ``as`` clause starting at token ``j`` (after a comma)."""
    if j >= len(t.lower):
        return []
    hi = t.sent_tok[t.tok_sent[j - 1]][1]
    j += j < hi and t.lower[j] == ","
    m = _as_again(t, j, hi, prep) if j < hi and t.lower[j] == "as" else None
    return after_prep(t, m, hi, {prep}) if m is not None else []


# the nouns of a state's collective body that "them" names again ("the Chilean cabinet")
_BODIES = frozenset({"government", "cabinet", "authorities", "administration", "leadership",
                     "delegation", "side"})  # fmt: skip


def body_told_before(t: Tagged, k: int) -> list[Participant]:
    """The antecedent of a singular ``them`` at token ``k``: the state's body (``The
    Chilean cabinet``, ``The Chilean government``) or people (``The Chileans``) that the
    sentence before opens with as its subject and the only state it names, when that
    sentence names no other plural noun ``them`` could stand for and this one names no
    party before ``k``; else [].

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The Chilean cabinet meets today. We talk with them daily."))
    >>> [p.actor for p in body_told_before(t, t.lower.index("them"))]
    ['CHL']
    >>> t = tag(parse_article("The Chilean cabinet discussed the hostages. We met them."))
    >>> body_told_before(t, t.lower.index("them"))
    []
    """
    s = t.tok_sent[k]
    if s == 0 or any(q.head.kind != "pronoun" for q in _recent(t, k, s)):
        return []  # ("we", the speaker, is no antecedent)
    lo, hi = t.sent_tok[s - 1]
    if ":" in t.lower[lo : lo + 4]:  # past a turn's label ("MR ROE:")
        lo += t.lower[lo : lo + 4].index(":") + 1
    before = [p for p in _recent(t, hi, s - 1) if p.sentence == s - 1 and p.tok >= lo]
    if not before or len({t.stands_for(p.actor) for p in before}) != 1:
        return []
    p = before[0]
    # "The Chileans", a people named by its plural demonym, or "The Chilean cabinet"
    plural = p.head.kind == "demonym" and t.words[p.tok_end - 1].endswith("s")
    body = p.tok_end < hi and t.lower[p.tok_end] in _BODIES
    if p.tok not in (lo, lo + (t.lower[lo] == "the")) or p.possessive or not (plural or body):
        return []
    parsed = parse_or_none(t, s - 1)
    if parsed is None:
        return []
    nouns = [x for x in range(p.tok_end + 1, hi) if parsed.pos(x) in ("NOUN", "PROPN")]
    if any(t.lower[x].endswith("s") and not t.lower[x].endswith("ss") for x in nouns):
        return []  # "... discussed the hostages. We met them": them may be the hostages
    return [p]


def _past_owned(t: Tagged, p: Participant, hi: int) -> int:
    """The token after a party and, when it owns one, the title or body it owns right
    after it (``Kenya's president and Somalia's prime minister``: one member each), or the
    noun a demonym qualifies (``our Egyptian partners, as well as Qatar``)."""
    k = p.tok_end
    if p.head.kind == "demonym" and not p.possessive:
        while (
            k < min(hi, p.tok_end + 2)
            and t.words[k].isalpha()
            and t.words[k].islower()
            and t.lower[k] not in ("and", "or", "as")
            and t.lower[k] not in PREPS
        ):
            k += 1
        return k
    if p.possessive and k < hi and t.lower[k] in ("'s", "’s", "'"):
        k += 1
    owned = t.by_tok.get(k) if p.possessive and k < hi else None
    if owned is not None and owned.tok == k:
        return owned.tok_end
    # "Kenya's and Angola's leadership": past the clitic, to the conjunction
    return k if p.possessive and k < hi and t.lower[k] in ("and", "&", "or", ",") else p.tok_end


def _headline(t: Tagged, tok: int) -> bool:
    n = t.tok_sent[tok] if 0 <= tok < len(t.tok_sent) else -1
    return n >= 0 and t.article.sentences[n].block == "headline"


def group_left(t: Tagged, p: Participant, lo: int) -> list[Participant]:
    """``X, Y and Z`` from ``Z`` leftwards. The last two are joined by a conjunction; a
    comma alone makes no list ("According to the State Department, the DPRK has sent"),
    except in a headline, where commas stand for "and" ("US, EU Sanctions on Russia")."""
    group = [p]
    cur = p
    while True:
        j = cur.tok - 1
        seps = []
        while j >= lo and t.lower[j] in (",", "and", "&"):
            seps.append(t.lower[j])
            j -= 1
        if not seps or (
            len(group) == 1 and "and" not in seps and "&" not in seps and not _headline(t, j)
        ):
            break
        q = t.ending_at(j + 1)
        if q is None or q.possessive:
            break
        group.insert(0, q)
        cur = q
    return group


def in_pp(t: Tagged, p: Participant, lo: int) -> bool:
    """Is the participant (or its coordination) the object of a preposition?"""
    first = group_left(t, p, lo)[0]
    j = first.tok - 1
    while j >= lo and t.lower[j] in ("the", "a", "an"):
        j -= 1
    return j >= lo and (t.lower[j] in PREPS or t.lower[j] in GENERIC)


def after_prep(t: Tagged, i: int, hi: int, preps) -> list[Participant]:
    """Participants introduced by a preposition at token ``i`` (through ``nations like``);
    ``both countries``, ``the two neighbours``: the pair named together before."""
    if i >= hi or t.lower[i] not in preps:
        return []
    if _pair_anaphor(t, i + 1, hi):
        return pair_named_again(t, i + 1)
    if i + 1 < hi and t.lower[i + 1] == "them":
        # "A and B have suffered attacks, and Ghana stands with them": the states named
        # together last; "The Chilean cabinet meets today. We are in touch with them": the
        # state's body the sentence before is about
        lo = t.sent_tok[t.tok_sent[i]][0]
        group = resolve_pronoun(t, "their", i + 1, lo) or body_told_before(t, i + 1)
        # (named where "them" stands: the states are no subjects of this clause)
        found = [pronoun_party(t, i + 1, q.actor) for q in group
                 if t.serves_state(q.actor)]  # fmt: skip
        # "in touch with them, as we are with Peru": the elliptic clause names Peru too
        return found + _said_again_from(t, i + 2, t.lower[i])
    j = i + 1
    while j < hi and (
        t.lower[j] in ("the", "a", "an", "other", "both", "either") or t.lower[j] in GENERIC
    ):
        j += 1
    # "stands with its ally, the Philippines": the party in apposition to "its ally"
    if (
        j + 2 < hi
        and t.lower[j] in ("its", "their", "our", "his", "her")
        and t.lower[j + 1] in GENERIC | {"ally", "partner", "neighbor", "neighbour"}
        and t.lower[j + 2] == ","
    ):
        j += 3
        while j < hi and t.lower[j] in ("the", "a", "an"):
            j += 1
    # "with its partners in the region, including Nigeria": the members the list names
    j = _past_region_list(t, j, hi)
    # "to the UN-sanctioned M23", "with the Iran-backed Houthis": who sanctions or backs
    # the party describes it (tagging.is_patron); the party is the one after
    while j + 3 < hi and t.lower[j + 1] == "-" and t.lower[j + 2] in _patrons(t.codebook):
        j += 3
    # "with the leaders of Iraq", "officials from Japan": the people stand for their state;
    # "with the Government of Qatar": its government
    ruling = t.lower[j] in _RULING and t.lower[j + 1 : j + 2] == ["of"]
    if j + 1 < hi and (ruling or t.lower[j] in collectives(t) and t.lower[j + 1] in ("of", "from")):
        j += 2
        while j < hi and t.lower[j] in ("the", "a", "an"):
            j += 1
    while (
        j < hi
        and t.lower[j] in INTRO
        or (j < hi and t.lower[j] == "as" and t.lower[j - 1] == "such")
    ):
        j += 1
    p = starting_at(t, j, hi)
    if p is None:
        # "in lawful Philippine maritime operations": adjectives before a demonym
        k = j
        qualifiers = place_qualifiers(t.codebook)
        # (not past a preposition: "help to rebels in the Central African Republic"
        # names the rebels' place, no state described)
        while (k < hi and k < j + 2 and t.words[k].isalpha() and t.lower[k] not in PREPS
               and (t.words[k].islower() or t.lower[k] in qualifiers)):  # fmt: skip
            k += 1  # "into Northern Syria": a capitalized qualifier too
        k = _past_hyphened(t, j, k, hi)
        q = t.by_tok.get(k) if k > j else None
        # "of northern Kosovo": a part of a state's territory (place_qualifiers.csv)
        placed = all(t.lower[x] in place_qualifiers(t.codebook) for x in range(j, k))
        # "to war-torn Mozambique", "to neighbouring Chad": a state described
        described = (
            q is not None
            and t.actor_type(q.actor) == "country"
            and q.head.kind == "name"
            and _modifiers_of(t, j, q.tok)
        )
        if q is not None and q.tok == k and (q.head.kind == "demonym" or placed or described):
            return [] if owns_insurgents(t, q, hi) else group_right(t, q, hi)
    if p is None or p.tok > j or owns_insurgents(t, p, hi):
        return []
    return group_right(t, p, hi)


# the nouns a pair of states is named by again: "both countries", "the two sides"
_PAIR_NOUNS = frozenset({"countries", "nations", "states", "sides", "neighbors", "neighbours",
                         "governments", "capitals", "rivals"})  # fmt: skip


def _pair_anaphor(t: Tagged, k: int, hi: int) -> bool:
    """Does ``both countries`` or ``the two countries`` (``nations``, ``sides``,
    ``neighbours`` ...) start at ``k``?"""
    words = tuple(t.lower[k : min(hi, k + 3)])
    return (len(words) >= 2 and words[0] == "both" and words[1] in _PAIR_NOUNS) or (
        len(words) == 3 and words[:2] == ("the", "two") and words[2] in _PAIR_NOUNS
    )


def pair_named_again(t: Tagged, k: int, not_before: int = -1) -> list[Participant]:
    """``both countries``, ``the two neighbours`` at token ``k``: the pair named together
    before it (:func:`latest_pair`), else []; with ``not_before``, a pair named before that
    token (the clause's own subject: "Saudi Arabia and Iran spoke with both governments"
    speak with another pair).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chad and Niger clashed. Ghana mediated between the two states."))
    >>> [p.actor for p in pair_named_again(t, t.lower.index("two") - 1)]
    ['TCD', 'NER']
    """
    if not _pair_anaphor(t, k, len(t.lower)):
        return []
    return latest_pair(t, not_before if not_before >= 0 else k)


def latest_pair(t: Tagged, before: int) -> list[Participant]:
    """The latest two states named together before token ``before`` (``X and Y``, ``X-Y``,
    within its sentence and the three before), which ``both countries`` names again.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Iran and Pakistan clashed. China urged both countries to talk."))
    >>> [p.actor for p in latest_pair(t, t.lower.index("both"))]
    ['IRN', 'PAK']
    """
    since = t.tok_sent[before] - 3
    parts = _recent(t, before, since)
    for q, p in zip(parts[-2::-1], parts[:0:-1], strict=False):
        between = t.lower[q.tok_end : p.tok]
        a, b = t.stands_for(q.actor), t.stands_for(p.actor)
        if between in (["and"], ["-"], ["–"]) and a and b and a != b:
            return [q, p]
    return []


def _modifiers_of(t: Tagged, j: int, k: int) -> bool:
    """Do the words ``j:k`` modify the name at ``k`` in the parse (``war-torn``), rather
    than govern it (``to attack Libya``: a verb and its object)? False with no parse."""
    p = parse_or_none(t, t.tok_sent[k])
    return p is not None and p.head(k) not in range(j, k)


def _past_hyphened(t: Tagged, j: int, k: int, hi: int) -> int:
    """Past a lower-case hyphened adjective at ``j`` (``war - torn``, ``oil - rich``), which
    the tokenizer splits in three, when the adjective scan stopped inside it at ``k``."""
    if k == j + 1 and k + 1 < hi and t.lower[k] == "-" and t.words[k + 1].isalpha():
        return k + 2 if t.words[k + 1].islower() else k
    return k


def _past_region_list(t: Tagged, j: int, hi: int) -> int:
    """The token after ``its partners in the region, including``, ``regional partners, in
    particular``, ``partners such as`` when such a group (a possessive or article, a word
    or two, a group noun, a short ``in`` phrase, then a comma and ``including``, ``such
    as``, ``in particular``, ``notably``, ``especially``, ``namely``) starts at ``j``; else
    ``j``."""
    k = j + 1 if j < hi and t.lower[j] in _GROUP_OPENERS else j
    start = k
    while k < hi and k - start < 4 and (t.words[k].isalpha() and t.words[k].islower()
                                          or t.lower[k] == "-"):  # fmt: skip
        if t.lower[k] in GENERIC | _NEIGHBOURS:
            break
        k += 1  # "regional", "key African", "like - minded"
    if j > 0 and t.lower[j - 1] in GENERIC and t.lower[j] in (",", "in"):
        k = j - 1  # the group noun already passed: "with partners, including Peru"
    if not (k < hi and t.lower[k] in GENERIC | _NEIGHBOURS):
        return j
    for m in range(k + 1, min(hi - 1, k + 6)):
        if t.lower[m] == ",":
            after = _past_introducer(t, m + 1, hi)
            return after if after > m + 1 else j
        if m in t.by_tok or t.lower[m] in (";", ".", "and") or (m == k + 1 and t.lower[m] != "in"):
            return j
    return j


_GROUP_OPENERS = frozenset({"its", "their", "our", "his", "her", "the"})
_NEIGHBOURS = frozenset({"neighbors", "neighbours"})
# the words that open the list of a group's members: "including", "in particular"
_INTRODUCERS = (("including",), ("such", "as"), ("in", "particular"), ("notably",),
                ("especially",), ("namely",), ("particularly",))  # fmt: skip


def _past_introducer(t: Tagged, k: int, hi: int) -> int:
    """The token after a list introducer at ``k`` (``including``, ``in particular``), or
    ``k``."""
    for words in _INTRODUCERS:
        if tuple(t.lower[k : k + len(words)]) == words and k + len(words) < hi:
            return k + len(words)
    return k


def resolve_pronoun(
    t: Tagged, word: str, tok: int, lo: int, other_than: frozenset[str] = frozenset()
) -> list[Participant]:
    """``its`` -> the latest salient state, organization or armed group that is a party of
    its own (``demanded that Hamas renounce its war``: Hamas's); ``their`` -> the latest
    pair; either -> the party asked to act, in the infinitive it is asked to do (see
    :func:`asked_party`). ``other_than``: states ``its`` cannot stand for (the agent of a
    hostile act done to what is "its": ``Chad said Sudanese troops shelled its posts``)."""
    asked = asked_party(t, tok, lo)
    if asked:
        return asked
    sent = t.tok_sent[tok]
    before = _recent(t, tok, sent - 1)
    if word == "their":
        for p in reversed(before):
            g = group_left(t, p, 0)
            # (not a pair in a phrase of another noun after a "they" of its sentence: "They
            # welcome the efforts of Angola and Kenya and express their support": theirs)
            if len(g) >= 2 and not (in_pp(t, g[0], lo) and _they_before(t, g[0].tok)):
                return g
        return []
    if word == "its":
        for p in reversed(before):
            a = t.actor(p.actor)
            if (
                a
                and (a.type in ("country", "organization", "bloc") or _a_party_group(a))
                and (p.possessive or not in_pp(t, p, lo) or _favoured(t, p))
                and (t.stands_for(p.actor) or p.actor) not in other_than
            ):
                return [p]
    return []


def _they_before(t: Tagged, tok: int) -> bool:
    """Is there a ``they`` or ``we`` in the sentence before token ``tok``?"""
    lo = t.sent_tok[t.tok_sent[tok]][0]
    return any(t.lower[k] in ("they", "we") for k in range(lo, tok))


def _favoured(t: Tagged, p: Participant) -> bool:
    """Is the participant the one a ruling or vote favours (``ruled in favour of Belize in
    its border dispute``, ``voted in favor of Chile in its claim``)? Though in a
    prepositional phrase, it is the party the ``its`` after it names.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The court ruled in favour of Belize in its dispute."))
    >>> [q.actor for q in resolve_pronoun(t, "its", t.lower.index("its"), 0)]
    ['BLZ']
    """
    j = p.tok - 1
    while j >= 0 and t.lower[j] in ("the", "a", "an"):
        j -= 1
    return j >= 2 and t.lower[j - 2 : j + 1] in (["in", "favour", "of"], ["in", "favor", "of"])


def _a_party_group(a) -> bool:
    """Is the actor a group that is a party of its own (an armed group: ``Hamas``), not a
    population (``the Iranian people``) nor a state's body named by a demonym?"""
    return a.type == "group" and a.stands_for == a.id


# adverbs of time and frequency between the party asked and its infinitive
_HOW_OFTEN = frozenset({"again", "repeatedly", "once", "many", "several", "numerous",
                        "times", "today", "yesterday", "publicly", "also", "both", "all",
                        "more", "consistently", "urgently", "directly", "jointly"})  # fmt: skip


def asked_party(t: Tagged, tok: int, lo: int) -> list[Participant]:
    """The party asked to act, when ``tok`` stands in the infinitive it is asked to do:
    ``called on China to end its pressure on the Philippines`` (China's pressure),
    ``urged Israel and Hamas to halt their fighting`` (``control_verbs.csv``); else ``[]``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Peru urged Chile to end its blockade of Bolivia."))
    >>> [t.stands_for(p.actor) for p in asked_party(t, t.lower.index("its"), 0)]
    ['CHL']
    """
    for j in range(tok - 1, max(lo, tok - 5) - 1, -1):
        if t.lower[j] != "to":
            continue
        e = j  # "called on A and B many times to": how often said, between
        while e - 1 > lo and t.lower[e - 1] in _HOW_OFTEN:
            e -= 1
        p = t.ending_at(e)
        if p is None or p.possessive:
            return []
        group = group_left(t, p, lo)
        k = group[0].tok - 1
        while k >= lo and t.lower[k] in ("the", "a", "an"):
            k -= 1
        control = _control_verbs_of(t.codebook)
        if k >= lo and (
            t.lower[k] in control or (k > lo and f"{t.lower[k - 1]} {t.lower[k]}" in control)
        ):
            return group
        return []
    return []


def asks_someone(t: Tagged, tok: int, lo: int) -> bool:
    """Does ``tok`` stand in an infinitive that a control verb asks of someone, named or
    not (``called on all member states to respect ...``)? Then the one asked, not the
    asker, would do the act.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Peru called on all member states to respect the border."))
    >>> asks_someone(t, t.lower.index("respect"), 0)
    True
    >>> t = tag(parse_article("Peru pledged to respect the border."))
    >>> asks_someone(t, t.lower.index("respect"), 0)
    False
    """
    control = _control_verbs_of(t.codebook)
    for j in range(tok - 1, max(lo, tok - 5) - 1, -1):
        if t.lower[j] != "to":
            continue
        for k in range(j - 2, max(lo, j - 8) - 1, -1):  # an object between verb and "to"
            if t.lower[k] in (",", ";", ".") or t.lower[k] in ("that", "which"):
                return False
            if t.lower[k] in control or (k > lo and f"{t.lower[k - 1]} {t.lower[k]}" in control):
                return True
        return False
    return False


def _recent(t: Tagged, tok: int, since: int) -> list[Participant]:
    """Participants ending by ``tok`` in sentence ``since`` or later, in order."""
    parts, toks, ordered = _index(t)
    if not ordered:
        return [p for p in parts if p.tok_end <= tok and p.sentence >= since]
    hi = bisect_left(toks, tok)  # tok_end <= tok needs tok < tok
    lo = hi
    while lo > 0 and parts[lo - 1].sentence >= since:
        lo -= 1
    return [p for p in parts[lo:hi] if p.tok_end <= tok]


def _joint_possessors(t: Tagged, p: Participant, lo: int) -> list[Participant]:
    """A possessor and the one joined to it by a bare ``and`` (``Egypt and Sudan's
    cooperation``: both own it; not ``China, and Russia's support``)."""
    k = p.tok - 1
    other = t.ending_at(k) if k - 1 >= lo and t.lower[k] == "and" else None
    if other is None or other.possessive or (other.tok > lo and t.lower[other.tok - 1] == ","):
        return [p]
    return [other, p]


def left_possessor(t: Tagged, start: int, lo: int) -> list[Participant]:
    """``Russia's ongoing conflict``, ``its deepening ties``, ``his visit`` (<= 3 words between)."""
    for j in range(start - 1, max(lo, start - 6) - 1, -1):
        w = t.lower[j]
        if w in (",", "and") and j > lo and t.words[j - 1].islower() and t.words[j + 1].islower():
            continue  # between adjectives: "Russia's unprovoked and brutal war"
        if (
            w in (",", ";", ".", "and", "that", "which", "who")
            or w in PREPS
            and w != "to"
            or (w in AUX and w not in ("'s", "’s"))
        ):  # "its allies would impose sanctions": the possessor of another noun
            return []  # "Kim's support during the Ukraine conflict": not Kim's conflict
        if w in POSSESSIVE:
            p = t.ending_at(j)
            return _joint_possessors(t, p, lo) if p else []
        if w in ("its", "their"):
            return resolve_pronoun(t, w, j, lo)
        p = t.ending_at(j + 1)
        if p and p.head.kind == "pronoun" and p.head.text.lower() in ("his", "her"):
            return [p]
        if p is not None:
            return []  # another party stands between: it is a modifier, not a possessor
    return []


def before_verb_group(t: Tagged, start: int, lo: int) -> int:
    """Index of the first token left of ``start`` that is neither an auxiliary nor a verb
    of aspect ("will keep working with": the token before "will"); ``lo - 1`` if none."""
    j = start - 1
    while j >= lo and (t.lower[j] in AUX or t.lower[j] in ASPECT):
        j -= 1
    k = _time_phrase_start(t, j, lo)  # "Somalia on Monday announced": past the date
    return k - 1 if k is not None else j


@per_codebook
def _time_words(cb) -> dict[str, str]:
    return {f: r["kind"] for r in read_table("time_words.csv", cb.root) for f in split(r["forms"])}


def _time_phrase_start(t: Tagged, j: int, lo: int) -> int | None:
    """The first token of a time phrase that ends at ``j`` between a subject and its verb
    (``on Monday``, ``last year``, ``earlier this month``, ``on February 22``:
    ``time_words.csv``, numbers), when a party ends right before it; else None.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Kenya last year deployed troops."))
    >>> _time_phrase_start(t, 2, 0), _time_phrase_start(t, 0, 0)
    (1, None)
    """
    words = _time_words(t.codebook)
    k, anchor = j, False
    while k >= lo and j - k < 5 and (t.lower[k] in words or t.lower[k].isdigit()):
        # a weekday, a month, "year" ...; or a year's number ("Kenya in 2011 sent")
        year = t.lower[k].isdigit() and len(t.lower[k]) == 4
        anchor = anchor or words.get(t.lower[k]) == "anchor" or year
        k -= 1
    if not anchor or k == j or k < lo or t.ending_at(k + 1) is None:
        return None
    return k + 1


def subject_left(t: Tagged, start: int, lo: int) -> list[Participant]:
    """The coordination in subject position right before the verb group at ``start``."""
    if backend() == "parse-all":
        found = parse_subject(t, start)
        if found is not None:
            return found
    j = before_verb_group(t, start, lo)
    if j < lo:
        return []
    # "China, which has close ties with": the party the relative clause describes
    if t.lower[j] in ("which", "who") and j - 1 > lo and t.lower[j - 1] == ",":
        q = t.ending_at(j - 1)
        if q is not None and not q.possessive:
            return [q]
    # a predicate noun after a copula: "China is the primary contributor to ..."
    k = j
    while k > lo and start - k <= 4 and t.words[k].isalpha() and t.words[k].islower():
        if t.lower[k] in COPULAS:
            j = k - 1
            break
        k -= 1
    j = _past_examples(t, j, lo)
    p = t.ending_at(j + 1)
    if p is None and j - 1 > lo and t.lower[j] == ",":
        # "The commander of U.S. Southern Command, Gen. Laura Richardson, completed": the
        # party in apposition between two commas is the subject
        q = t.ending_at(j)
        k = q.tok - 1 if q is not None else lo
        while k > lo and j - k < 8 and t.words[k][:1].isupper():
            k -= 1  # its title and organization: "U.S. Army Gen."
        if q is not None and not q.possessive and k > lo and t.lower[k] == ",":
            return [q]
    if p is None and j >= lo and t.lower[j] in GENERIC:
        # "Washington and its European allies would impose": the party and its own allies
        k = j - 1
        while k > lo and j - k <= 3 and t.lower[k] not in ("its", "their"):
            k -= 1
        if t.lower[k] in ("its", "their") and k - 1 > lo and t.lower[k - 1] == "and":
            p = t.ending_at(k - 1)
    if p is None or p.possessive:
        return []
    if p.tok > lo and t.lower[p.tok - 1] == "to" and p.tok - 1 in t.title_tokens:
        return []  # "The Ambassador to Guyana met": the post, not the one who met
    group = group_left(t, p, lo)
    k = group[0].tok - 1
    if k - 1 > lo and t.lower[k] in ("its", "their") and t.lower[k - 1] == "and":
        # "the U.S. and its Western allies have imposed": the party acts, its allies with it
        q = t.ending_at(k - 1)
        if q is not None and not q.possessive:
            group = group_left(t, q, lo)
    if j + 1 < start and t.lower[j + 1] == "to":
        of_verb = _infinitive_subject(t, group, lo)
        if of_verb is not None:
            return of_verb
    # "Iranian Military in Ukraine Helping Russia": the party of a prepositional phrase
    # modifies the subject; the subject is the party before the preposition
    k = group[0].tok - 1
    while k >= lo and t.lower[k] in ("the", "a", "an"):
        k -= 1
    if k > lo and t.lower[k] in ("in", "from", "at", "of", "near", "inside"):
        q = t.ending_at(k)
        if q is not None and not q.possessive:
            return group_left(t, q, lo)
        return []
    return group


_EXAMPLES = (("including",), ("notably",), ("such", "as"))


def _past_examples(t: Tagged, j: int, lo: int) -> int:
    """``j`` moved before a parenthesis of examples that ends at it when a party ends right
    before the parenthesis and none stands inside it: in ``the offensives by Sudanese
    troops, including the seizure of Abyei, are a violation of ...`` the subject's party is
    before ``, including``; in ``several states, including Chad, have`` it stays inside.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Raids by Chad, including the attack on Bol, are illegal."))
    >>> t.lower[_past_examples(t, t.lower.index("are") - 1, 0)]
    'chad'
    """
    if j - 2 <= lo or t.lower[j] != ",":
        return j
    for c in range(j - 2, max(lo, j - 14), -1):
        if t.lower[c] in (",", ";", "(", ")"):
            break
        words = next((w for w in _EXAMPLES if tuple(t.lower[c : c + len(w)]) == w), None)
        if words is None or t.lower[c - 1] != ",":
            continue
        k = c - 1  # the comma; past an abbreviation in brackets: "Force (RDF),"
        k = k - 3 if k - 3 > lo and t.lower[k - 1] == ")" and t.lower[k - 3] == "(" else k
        before = t.ending_at(k)
        if before is None or before.possessive or parts_in(t, c, j):
            return j
        return k - 1
    return j


@per_codebook
def _control_verbs_of(cb: Codebook) -> frozenset:
    return word_list("control_verbs.csv", cb.root)


@per_codebook
def favour_verbs(cb: Codebook) -> frozenset[str]:
    """The forms of ``control_verbs.csv`` that ask a favour (``favour`` yes: ``asked``,
    ``invited``); a form with its preposition (``appealed to``) by its verb."""
    rows = read_table("control_verbs.csv", cb.root)
    return frozenset(f.split()[0].lower() for r in rows if r["favour"] == "yes"
                     for f in split(r["forms"]))  # fmt: skip


@per_codebook
def _cue_verbs_of(cb: Codebook) -> frozenset:
    return frozenset(f.lower() for r in cb.cues if r["pos"] == "verb" for f in split(r["forms"]))


def _infinitive_subject(t: Tagged, group: list[Participant], lo: int) -> list | None:
    """The subject of an infinitive whose left neighbour ``group`` is the object of a word
    before it: "X went to Beijing to meet Y" and "X visited Moscow to meet Y" (X meets Y;
    the infinitive says what the clause's subject went for), unless that word passes its
    object on ("urged Iran to halt", "called on Russia to withdraw": ``control_verbs.csv``)
    or reports ("Iran says Russia to supply jets"). None when ``group`` is the object of
    nothing ("Putin to visit Pyongyang"): it is the subject."""
    k = group[0].tok - 1
    while k >= lo and t.lower[k] in ("the", "a", "an", "his", "her", "its", "their"):
        k -= 1
    if k < lo or not t.words[k].isalpha() or not t.words[k].islower():
        return None
    prep = t.lower[k] in PREPS
    v = k - 1 if prep else k
    if v < lo or not t.words[v].isalpha() or t.lower[v] in AUX:
        return None
    control = _control_verbs_of(t.codebook)
    if (f"{t.lower[v]} {t.lower[k]}" if prep else t.lower[v]) in control:
        return group
    cues = _cue_verbs_of(t.codebook)
    if t.lower[v] in cues or t.lower[k] in cues:
        return None
    return subject_left(t, v, lo) or clause_subject(t, lo, group[0].tok)


def clause_subject(t: Tagged, lo: int, before: int) -> list[Participant]:
    """The sentence's first participant that is not inside a prepositional phrase."""
    for p in parts_in(t, lo, before):
        if not p.possessive and not in_pp(t, p, lo):
            return group_right(t, p, before)
    return []


def topic(t: Tagged, lo: int, hi: int) -> Participant | None:
    for p in parts_in(t, lo, hi):
        if not in_pp(t, p, lo):
            return p
    return None


def skip_left(t: Tagged, i: int, floor: int) -> int:
    """Index of the first token left of ``i`` that is not an auxiliary or adverb (a
    capitalized word in ``-ly`` is a name, not an adverb: ``Megyn Kelly said``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Roe has repeatedly said so. Ann Kelly said so."))
    >>> said = [k for k, w in enumerate(t.words) if w == "said"]
    >>> [t.words[skip_left(t, k, 0)] for k in said]
    ['Roe', 'Kelly']
    """
    j = i - 1
    while j >= floor and (
        t.lower[j] in AUX
        or (t.lower[j].endswith("ly") and len(t.lower[j]) > 4 and t.words[j][:1].islower())
    ):
        j -= 1
    return j


def groups(t: Tagged) -> list[tuple[int, int, list[Participant]]]:
    cached = t.caches.get("groups")
    if cached is not None:
        return cached
    out: list[tuple[int, int, list[Participant]]] = []
    plural = collectives(t)
    parts = t.participants
    n = 0
    for lo, hi in t.sent_tok:
        while n < len(parts) and parts[n].tok < lo:
            n += 1
        # the subject region: names, titles, "of", "and", commas, up to the first verb-like
        # lower-case word ("met", "convened", "discussed")
        k = lo
        while k < hi and t.lower[k] in ("the", "a", "an"):
            k += 1
        for c in range(k, min(hi, k + 4)):
            if t.lower[c] in plural:
                k = c + 1  # "(The foreign) ministers of A, B and C ..."
                break
            if not t.words[c].islower():
                break
        end = k
        while end < hi:
            w = t.words[end]
            low = t.lower[end]
            if (
                w[:1].isupper()
                or end in t.title_tokens
                or low in ("of", "and", "the", ",", "(", ")", "for", "&", "'s", "’s", "-")
                or t.by_tok.get(end) is not None
            ):
                end += 1
                continue
            break
        members: list[Participant] = []
        states: dict[str, int] = {}
        m = _add_members(t, parts, n, end, members, states)
        if members and end < hi and t.lower[end] in _MEETING:
            # "Jane Roe met with Oman's foreign minister in a joint meeting with Senator
            # John Doe. They all agreed ...": those who met are a group too
            stop = next((k for k in range(end, hi) if t.lower[k] in _MEETING_STOPS), hi)
            _add_members(t, parts, m, stop, members, states)
        if len(states) >= 2 and end < hi and t.words[end][:1].islower():
            out.append((lo, end, members))
    t.caches["groups"] = out
    return out


# verbs after which the subject and those it meets are a group; where the meeting's
# parties end ("met X to discuss Sudan", "spoke with X about Libya")
_MEETING = frozenset({"met", "meets", "spoke", "speaks", "talked", "talks", "hosted",
                      "hosts", "received", "receives"})  # fmt: skip
_MEETING_STOPS = frozenset({"to", "about", "on", "regarding", "concerning", "over", ";",
                            "."})  # fmt: skip


def _add_members(t: Tagged, parts, m: int, end: int, members: list, states: dict) -> int:
    """Add the parties from ``parts[m]`` on that begin before token ``end`` to a group, one
    per state (a person stands for the state where one is named); returns where it
    stopped."""
    while m < len(parts) and parts[m].tok < end:
        p = parts[m]
        m += 1
        a = t.actor(p.actor)
        if a is None or p.possessive:
            continue
        state = a.stands_for
        if not state or a.type not in ("person", "country", "organization", "bloc"):
            continue
        if state in states:
            if a.type == "person" and members[states[state]].actor != p.actor:
                prev = t.actor(members[states[state]].actor)
                if prev is not None and prev.type != "person":
                    members[states[state]] = p  # the person speaks for the state
            continue
        states[state] = len(members)
        members.append(p)
    return m


def group_size(t: Tagged, lo: int, j: int) -> int:
    """How many a plural subject counts: ``the Secretary and the two Ministers`` is 3."""
    k = j
    while k > lo and t.lower[k - 1].isalpha() and j - k < 8:
        k -= 1
    size, parts = 0, 0
    for piece in " ".join(t.lower[k : j + 1]).split(" and "):
        words = piece.split()
        if not words:
            continue
        parts += 1
        size += next((NUMBERS[w] for w in words if w in NUMBERS), 1 if parts else 0)
    return size if any(w in NUMBERS for w in t.lower[k : j + 1]) else 0


def latest_group(t: Tagged, before: int, size: int = 0) -> list[Participant]:
    """The latest group of two or more parties named together as a subject before a token.

    A sentence opening with ``A, B and C met`` (states, or people with their titles) names
    a group; so does ``The leaders of A, B and C``. Each state counts once: a person stands
    for it where one is named (``Japanese Minister of Defense Kihara Minoru``), else the
    state itself. ``size``: the count the subject gives (``the three leaders``), when any.
    """
    index = _group_index(t)
    if index is None:
        earlier = [g for tok, _, g in groups(t) if tok < before]
        fits = [g for g in earlier if len(g) == size] if size else []
        return fits[-1] if fits else (earlier[-1] if earlier else [])
    all_groups, toks, by_size = index
    n = bisect_left(toks, before)  # the groups opening before the token
    if size and size in by_size:
        k = bisect_left(by_size[size][0], before)
        if k:
            return by_size[size][1][k - 1]
    return all_groups[n - 1][2] if n else []


def _group_index(t: Tagged):
    """groups(t), their first tokens, and by size: (first tokens, members) of each size;
    ``None`` when the groups are not in token order."""
    found = t.caches.get("group_index")
    out = groups(t)
    if found is not None and found[0] is out:
        return found[1]
    toks = [tok for tok, _, _ in out]
    if any(a > b for a, b in zip(toks, toks[1:], strict=False)):
        t.caches["group_index"] = (out, None)  # not in token order: callers scan
        return None
    by_size: dict[int, tuple[list[int], list]] = {}
    for tok, _, g in out:
        entry = by_size.setdefault(len(g), ([], []))
        entry[0].append(tok)
        entry[1].append(g)
    index = (out, toks, by_size)
    t.caches["group_index"] = (out, index)
    return index


def group_subject(t: Tagged, lo: int, before: int) -> list[Participant]:
    """A sentence whose subject is a group (``They``, ``The three leaders``) or names one."""
    index = _group_index(t)
    candidates = groups(t)
    if index is not None:
        all_groups, toks, _ = index
        candidates = all_groups[bisect_left(toks, lo) : bisect_left(toks, lo + 1)]
    for tok, end, g in candidates:
        if tok == lo and end <= before:
            return g
    k = lo
    while k < before and k < lo + 6:
        w = t.lower[k]
        if w == "they" or w in collectives(t):
            return plural_subject(t, k + 1, lo) if w != "they" else latest_group(t, k)
        if not (w.isalpha() and (w in DETS or w in NUMBERS or t.words[k][:1].isupper())):
            break
        k += 1
    return []


@per_codebook
def _title_words(cb: Codebook) -> frozenset:
    """Words of the codebook's titles and the title abbreviations (``Gen.``), lower case."""
    words = {w for phrase in cb.titles for w in phrase.split()}
    for r in read_table("abbreviations.csv", cb.root):
        if r["kind"] == "title":
            words.add(r["abbreviation"].lower())
    return frozenset(words - {"of", "the", "for", "and", "de"})


def _names_title(word: str, head: str) -> bool:
    """``Gen.`` names a general, ``Secretary`` a secretary."""
    w = word.lower()
    if w.endswith("."):
        return len(w) >= 4 and head.startswith(w[:-1])
    return w == head


def _title_start(t: Tagged, k: int) -> int:
    """The first token of the title before a name at ``k`` (at most eight tokens): its run
    of capitalized words, title words and their links (``U.S. Secretary of State``), up to
    a word that is none of these ("Blinken met with Foreign Minister X": not Blinken's
    title)."""
    words = _title_words(t.codebook)
    lo = k
    while lo > max(0, k - 8):
        w = t.words[lo - 1]
        if not (w[:1].isupper() or w.lower() in words or w.lower() in _TITLE_LINKS):
            break
        lo -= 1
    return lo


_TITLE_LINKS = frozenset({"of", "the", "for", "and", "de", "-", "'s", "’s"})


def _titled(t: Tagged, head: str, k: int):
    """Participants before token ``k`` with a title naming ``head`` in the eight tokens
    before them or in them, latest first (one scan per title word, then a bisect)."""

    def build():
        keep = []
        for p in t.participants:
            # (cut after another person in the run: "Adm. Jane Roe and Gen. John Doe")
            lo = _own_title_start(t, p)
            if any(_names_title(t.words[i], head) for i in range(lo, p.tok_end)):
                keep.append(p)
        toks = [p.tok for p in keep]
        return keep, toks, all(a <= b for a, b in zip(toks, toks[1:], strict=False))

    keep, toks, ordered = _cached(t, "titled:" + head, build)
    if not ordered:
        yield from reversed([p for p in keep if p.tok < k])
        return
    for n in range(bisect_left(toks, k) - 1, -1, -1):
        yield keep[n]


def _issuer_of_principal(t: Tagged, c: int, j: int) -> str:
    """The issuing state of a text (its ``Source:`` line) when the capitalized title
    ``c..j`` is one by which a readout names its own principal (``The Secretary``), else
    ''."""
    title = " ".join(t.lower[c : j + 1])
    if title not in PRINCIPALS:
        return ""
    return _cached(t, "issuing-state", lambda: issuing_state(t))


def _titled_pick(t: Tagged, k: int, phrase: list[str], issuer: str) -> Participant | None:
    """The person or office named last before token ``k`` under a title with the head of
    ``phrase``; one whose title holds the whole capitalized phrase first (``the Foreign
    Minister``: ``Foreign Minister Jane Roe``, not a ``Prime Minister`` named since); in a
    text a state issues, no person of another state for its principal's title."""
    fits = []
    for p in _titled(t, phrase[-1], k):
        a = t.actor(p.actor)
        if a is None or a.type not in ("person", "office"):
            continue  # (an office the text names with its state: "Chad's foreign minister")
        if issuer and a.country and a.country != issuer:
            continue  # a U.S. readout's "The Secretary" is no Kenyan cabinet secretary
        fits.append(p)
    n = len(phrase)
    for p in fits if n > 1 else ():
        run = t.lower[_own_title_start(t, p) : p.tok_end]
        if any(run[x : x + n] == phrase for x in range(len(run) - n + 1)):
            return p
    return fits[0] if fits else None


def _own_title_start(t: Tagged, p: Participant) -> int:
    """The start of the title before the person ``p``, cut after another person named in
    it (``Foreign Minister Jane Roe and Prime Minister John Doe``: Doe's is ``Prime
    Minister``)."""
    lo = _title_start(t, p.tok)
    for x in range(p.tok - 1, lo - 1, -1):
        q = t.by_tok.get(x)
        if q is not None and q is not p and t.actor_type(q.actor) == "person":
            return x + 1
    return lo


def title_anaphor(t: Tagged, j: int, floor: int) -> Participant | None:
    """``the general said``, ``the deputy press secretary said``, ``The Secretary
    outlined``: the person of that title.

    A definite title without a name refers to the latest person named earlier in the
    article with that title before their name (``Marine Corps Gen. Michael E. Langley``).
    """
    head = t.lower[j]
    words = _title_words(t.codebook)
    if not head.isalpha() or head not in words:
        return None
    # "The Secretary", "the Prime Minister": a readout capitalizes the title it reports on
    c = j
    while c - 1 > floor and j - c < 3 and t.words[c - 1].istitle() and t.lower[c - 1] in words:
        c -= 1
    capital = t.words[j].istitle() and c - 1 >= floor and t.lower[c - 1] == "the"
    if not (t.words[j].islower() or capital):
        return None
    k = c - 1 if capital else j
    while k > floor and j - k < 4 and t.lower[k] != "the" and t.words[k - 1].isalpha():
        if not (t.words[k - 1].islower() or t.lower[k - 1] == "the"):
            break  # "The general said" opening a sentence: its capital is no name's
        k -= 1
        if t.lower[k] == "the":
            break
    if t.lower[k] != "the":
        return None
    phrase = t.lower[c : j + 1] if capital else [head]
    p = _titled_pick(t, k, phrase, _issuer_of_principal(t, c, j) if capital else "")
    if p is not None:
        m = Mention(
            t.starts[k],
            t.ends[j],
            t.article.text[t.starts[k] : t.ends[j]],
            p.actor,
            "title",
            t.tok_sent[j],
            k,
            j + 1,
        )
        return Participant(k, j + 1, m.start, m.end, m, [m], False, m.sentence)
    return None


def _in_object(t: Tagged, j: int, b: int) -> bool:
    """Is the word at ``j`` inside an object's noun phrase: a lower-case word, or a
    capitalized head that is no party and has an ``of`` after it (``commend the Government
    of Kenya``, ``thank the People of Chad``)?"""
    if t.words[j].islower():
        return True
    return j + 1 < b and t.lower[j + 1] == "of" and j not in t.by_tok


def _possessors(t: Tagged, i: int, a: int, object_only: bool) -> list[Participant] | None:
    """The possessor within three words before the word at ``i`` (``Russia's unprovoked and
    brutal aggression``), ``[]`` when a positive word has a possessor of its own (a third
    party's relation), None when it has none. ``our``/``my`` are the speaker's own."""
    for j in range(i - 1, max(a, i - 5) - 1, -1):
        w = t.lower[j]
        if w in ("our", "my"):
            return None  # "we express our appreciation to X": the speaker's own, aimed at X
        if w in POSSESSIVE:
            if object_only:
                return []
            p = t.ending_at(j)
            return group_left(t, p, a) if p is not None else []
        if not t.words[j][:1].islower() or w in (",", ";", "the", "a", "an"):
            return None  # a determiner opens another noun phrase: "X's challenges and the"
    return None


def demonym_agent(t: Tagged, i: int, a: int) -> list[Participant]:
    """The state a demonym right before the hostile act's word at ``i`` names as its agent
    (``to deter Russian aggression``, ``Chinese coercion``), not before ``a``; ``[]`` if
    none. The caller asks only for words of hostile acts, which a demonym names the doer of.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Troops stand ready to deter Russian aggression."))
    >>> [p.actor for p in demonym_agent(t, t.lower.index("aggression"), 0)]
    ['RUS']
    >>> t = tag(parse_article("Troops stand ready to deter Russia from aggression."))
    >>> demonym_agent(t, t.lower.index("aggression"), 0)
    []
    """
    p = t.ending_at(i) if i - 1 >= a else None
    if p is None or p.tok < a or p.head.kind != "demonym":
        return []
    return [p] if t.actor_type(p.actor) == "country" else []


def aimed_at(
    t: Tagged, i: int, a: int, b: int, agent_only: bool = False, object_only: bool = False
) -> list[Participant]:
    """The parties the evaluative word at token ``i`` is aimed at (see :func:`_evaluation`).

    ``agent_only``: a hostile act or a verb that judges its subject (``threatens``), aimed at
    its possessor or the party right before it, not at its object. ``object_only``: a
    positive word, aimed only at the party it names (``welcome X``, ``support for X``); with
    a possessor of its own (``Iran's support for Russia``) it describes that possessor's
    relation, aimed at no one.
    """
    owners = _possessors(t, i, a, object_only)
    if owners is not None:
        return owners
    # the party it is about, or its object: "concern over X", "threaten X", "welcome the
    # participation of our allies X, Y and Z" (a noun phrase of lower-case words between)
    j = b if agent_only else i + 1
    if object_only and j < b and t.lower[j] in ("by", "from"):
        return []  # "support by X to Y", "help from X": X gives it, as a possessor would
    if t.lower[i] in ("thank", "thanks") and t.lower[j : j + 2] == ["you", "to"]:
        j += 2  # "thank you to Ecuador for convening": the party thanked follows "to"
    elif t.lower[i] in _THANKED_AFTER_TO and j < b and t.lower[j] == "to":
        j += 1  # "grateful to Ghana", "our appreciation to the Government of Norway"
    while j < b and j <= i + 10 and t.words[j].isalpha() and _in_object(t, j, b):
        if people_in(t, j):
            j += 1  # "thank our brothers in Egypt": the people of Egypt
            continue
        if (
            t.lower[j] in CIRCUMSTANCE
            or t.lower[j] in SUBORDINATORS
            or t.lower[j] in STOPS
            or t.lower[j] in AUX
            or t.lower[j] == "against"
        ):
            # "allies would impose sanctions on X": a new predicate, not the object;
            # "support combat operations against X": X is their victim, not the one backed
            break
        j += 1
    if j < b and t.lower[j] in ("between", "among") and not object_only:
        # "concern about the cooperation between the DPRK and Russia": both
        return after_prep(t, j, b, {"between", "among"})
    p = t.by_tok.get(j) if j < b else None
    if p is not None and i < p.tok <= j:
        return group_right(t, p, b)
    if object_only:
        # a predicate after a copula judges the subject ("Iran was a reliable partner");
        # otherwise a positive word with no party of its own is a third party's relation
        k = i - 1
        while k > a and i - k <= 4 and t.words[k].isalpha() and t.words[k].islower():
            if t.lower[k] in COPULAS:
                break
            k -= 1
        if not (k >= a and t.lower[k] in COPULAS):
            return []
        i = k
    # the subject of its clause: the parties of its first noun phrase ("the ties between
    # Moscow and Pyongyang pose ..."); "We welcome X ... the threat" has a pronoun subject
    if t.lower[a] in PRONOUNS or i - a > 12:
        return []
    out = []
    for p in parts_in(t, a, i):
        k = group_left(t, p, a)[0].tok - 1  # "with Seoul and Tokyo": Tokyo is in it too
        while k >= a and t.lower[k] in ("the", "a", "an"):
            k -= 1
        # a circumstance or an object ("work with Seoul and Tokyo to counter"), not the
        # subject; "the ties between X and Y" is a noun phrase the subject may be
        if (
            k >= a
            and (t.lower[k] in CIRCUMSTANCE or t.lower[k] in PREPS)
            and (t.lower[k] not in ("between", "among"))
        ):
            continue
        out.append(p)
    return out


def plural_subject(t: Tagged, cue_tok: int, lo: int) -> list[Participant]:
    """Parties a plural subject speaks for: the latest group of parties named together.

    ``The National Security Advisors of the United States, Japan, and the Republic of Korea
    met ... The national security advisors call on ...``: the three states, one by one.
    ``The Secretary and the two Ministers condemned``, ``They reaffirmed``: the people (or
    states) who were the subject of an earlier sentence together.
    """
    j = skip_left(t, cue_tok, lo)
    if j - 1 >= lo and t.lower[j] in ("all", "both") and t.lower[j - 1] == "they":
        j -= 1  # "They all agreed", "They both stressed"
    if j < lo:
        return []
    if t.lower[j] == "they":
        if j != lo and t.lower[j - 1] not in (",", ";", "and", '"', "“"):
            return []
    elif t.lower[j] in collectives(t) or t.lower[j] in ("men", "women"):
        # "the (three) (national security) advisors": a definite group, not "some ministers"
        k = j - 1
        while k >= max(lo, j - 8) and t.lower[k] not in DETS and t.lower[k].isalpha():
            k -= 1
        if k < lo or t.lower[k] not in DETS:
            return []
        if t.lower[k] == "both" or group_size(t, lo, j) == 2:
            # "The two men said", "Both leaders stressed": the two people named last
            pair = latest_group(t, j, 2)
            return pair if len(pair) == 2 else _last_two_people(t, lo)
        if t.lower[j] in ("men", "women"):
            return []
        size = group_size(t, lo, j)
        # "The leaders agreed" after "A spoke to B": no group named together, the two
        # people the call or the meeting brought together
        return latest_group(t, j, size) or ([] if size else _last_two_people(t, lo))
    else:
        return []
    found = latest_group(t, j, group_size(t, lo, j))
    return found or (_met_pair(t, lo) if j == lo and t.lower[j] == "they" else [])


def _met_pair(t: Tagged, lo: int) -> list[Participant]:
    """The two people a meeting or a call of the sentence before (or the one before it)
    brought together, as the ``They`` opening the sentence at ``lo`` (``Roe spoke on the
    phone with Doe ... They discussed trade``: both); else [].

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("President Juan Perez met Minister Jane Roe. They discussed trade."))
    >>> [p.actor for p in _met_pair(t, t.lower.index("they"))]
    ['juan-perez', 'jane-roe']
    """
    sent = t.tok_sent[lo]
    for si in range(sent - 1, max(-1, sent - 3), -1):
        pair = _people_in(t, *t.sent_tok[si])
        if len(pair) != 2 and _people_in(t, t.sent_tok[si][0], lo):
            return []  # other people named since: "they" is not plainly these two
        if len(pair) == 2:
            between = range(pair[0].tok_end, pair[1].tok)
            return pair if any(t.lower[k] in _MEETING for k in between) else []
    return []


def _last_two_people(t: Tagged, lo: int) -> list[Participant]:
    """The two people (or offices) named last in the two sentences before token ``lo``
    (``Austin met Marape ... The two men said``); else the two a sentence up to six
    before named together, when every person named since is one of them (a readout's
    ``Roe welcomed Doe ... Both leaders looked forward ...``); else none.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Obama hosted Putin. They met. It rained. Talks ran late. "
    ...                       "Obama spoke. Both leaders hailed the deal."))
    >>> [p.actor for p in _last_two_people(t, t.lower.index("both"))]
    ['barack-obama', 'vladimir-putin']
    """
    sent = t.tok_sent[lo]
    found = _people_in(t, t.sent_tok[max(0, sent - 2)][0], lo)
    if len(found) >= 2:
        return found[-2:]
    since = {p.actor for p in found}
    for si in range(sent - 3, max(-1, sent - 7), -1):
        pair = _people_in(t, *t.sent_tok[si])
        if len(pair) == 2:
            return pair if since <= {p.actor for p in pair} else []
        if len(pair) > 2:
            return []
        since |= {p.actor for p in pair}
    return []


def _people_in(t: Tagged, a: int, b: int) -> list[Participant]:
    """The distinct people (or offices) tokens ``a:b`` name, in order, each at its last
    naming."""
    found: list[Participant] = []
    for p in reversed(parts_in(t, a, b)):
        x = t.actor(p.actor)
        if (
            x is not None
            and x.type in ("person", "office")
            and all(q.actor != p.actor for q in found)
        ):
            found.append(p)
    return found[::-1]


# ----------------------------------------------------------------------------- back-ends


_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def parse_subject(t: Tagged, tok: int) -> list[Participant] | None:
    """The parties that are the grammatical subject of the verb governing token ``tok``.

    Climbs from a trigger noun to its verb, and from an infinitive, a coordinated verb or
    an adverbial clause to the verb that has the subject (``expected to sign``, ``met ...
    and assured``); a relative clause's subject is its antecedent. ``None`` when the parse
    names no subject that is a party (the surface rules then decide).
    """
    from .dependency import parse

    head = subject_head(t, tok)
    if head is None:
        return None
    parties = _parties_of(t, parse(t, t.tok_sent[tok]), head)
    return parties or None


def subject_head(t: Tagged, tok: int) -> int | None:
    """The head token of the grammatical subject of the verb governing token ``tok``, by
    the parse (the climb of :func:`parse_subject`), party or not; None when there is none.
    """
    from .dependency import parse

    if t.tok_sent[tok] < 0:
        return None
    p = parse(t, t.tok_sent[tok])
    v = tok
    for _ in range(6):
        if p.pos(v) in ("VERB", "AUX") or p.head(v) == v:
            break
        v = p.head(v)
    subj: list[int] = []
    for _ in range(5):
        subj = [k for k in p.children(v) if p.dep(k) in _SUBJECTS]
        if subj:
            break
        if p.dep(v) == "relcl":
            subj = [p.head(v)]
            break
        if p.dep(v) not in ("xcomp", "conj", "advcl", "ccomp", "acl") or p.head(v) == v:
            return None
        v = p.head(v)
    return subj[0] if subj else None


def modifies_a_noun(t: Tagged, tok: int) -> bool:
    """Is the verb at ``tok`` a participle that modifies a noun ("sanctions announced Friday
    on ..."), by the parse? Such a verb reports nothing: it describes the noun."""
    from .dependency import parse

    if t.tok_sent[tok] < 0:
        return False
    p = parse(t, t.tok_sent[tok])
    h = p.head(tok)
    return (
        p.dep(tok) == "acl"
        and h != tok
        and p.pos(h) == "NOUN"
        and t.ending_at(h + 1) is None
        and not any(p.dep(k) in _SUBJECTS for k in p.children(tok))
    )


@per_codebook
def _party_heads_of(cb: Codebook) -> frozenset:
    return frozenset(r["word"].lower() for r in cb.heads)


def _can_head_a_party(t: Tagged, k: int) -> bool:
    """Can the noun at ``k`` stand for the party that modifies it: a title ("the Kremlin
    spokesman"), a body of a state (heads.csv: officials, ministry, forces) or a plural
    of parties (collectives.csv: leaders, ministers)?"""
    w = t.lower[k]
    return k in t.title_tokens or w in _party_heads_of(t.codebook) or w in collectives(t)


# the parties a person cannot stand in apposition to ("the government, Jane Roe")
_NO_PERSON = frozenset({"country", "bloc", "organization", "group"})


def _apposed_person(t: Tagged, p, k: int) -> list[Participant]:
    """The person in apposition to the noun at ``k`` (``the envoy, Jane Roe,``); for a
    title, also to the object of its preposition, where the parser hangs it (``Canada's
    special envoy for Haiti, Jane Roe,``: hers, not Haiti's)."""
    heads = [k]
    if k in t.title_tokens:
        heads += [o for c in p.children(k) if p.dep(c) == "prep" for o in p.children(c)
                  if p.dep(o) == "pobj"]  # fmt: skip
    return [
        t.by_tok[c]
        for h in heads
        for c in p.children(h)
        if p.dep(c) == "appos" and c in t.by_tok and t.actor_type(t.by_tok[c].actor) == "person"
    ]


def _parties_of(t: Tagged, p, s: int) -> list[Participant]:
    """The participant a noun heads (or names it), and those coordinated with it."""
    out: list[Participant] = []
    titled: list[Participant | None] = []
    todo = [s]
    while todo:
        k = todo.pop(0)
        # "Trump's special envoy ..., Keith Kellogg, has advocated": the name in apposition
        named = _apposed_person(t, p, k)
        q = named[0] if named else t.by_tok.get(k)
        own = t.by_tok.get(k)
        listed = any(p.dep(c) == "conj" for c in p.children(k))
        if named and listed and own is not None and t.actor_type(own.actor) in _NO_PERSON:
            # "The Kenyan Government, Kenyan civil society, Secretary-General Guterres, and
            # others": in a list, a person is no apposition to a government but one more
            # of its members ("Trump's envoy for Ukraine, Keith Kellogg,": the envoy's name)
            out.extend(x for x in (own,) if not x.possessive and x not in out)
        if q is None and _can_head_a_party(t, k):
            # "the Kremlin spokesman", "U.S. officials": the party that modifies the noun;
            # not "U.S. and EU sanctions announced": sanctions are no one
            q = next(
                (
                    t.by_tok[c]
                    for c in p.children(k)
                    if p.dep(c) in ("compound", "amod", "nmod") and c in t.by_tok
                ),
                None,
            )
        if q is None:
            q = _share_whole(t, p, k)  # "57 percent of voters", "nine in 10 voters"
        if q is None and (k != s or listed):
            # "The Secretary and the Foreign Minister discussed": the one of that title
            q = title_anaphor(t, k, t.sent_tok[t.tok_sent[k]][0])
            titled.append(q)
        if q is not None and not q.possessive and q not in out:
            out.append(q)
        todo.extend(c for c in p.children(k) if p.dep(c) == "conj")
    if None in titled:  # "the Secretary and the two Ministers": read as a group
        return [x for x in out if x not in titled]
    return out


@per_codebook
def _shares_of(cb: Codebook) -> frozenset:
    return frozenset(r["word"] for r in read_table("poll_shares.csv", cb.root))


def _share_whole(t: Tagged, p, k: int) -> Participant | None:
    """The group a share noun or a number at ``k`` is a part of, by the parse: ``57
    percent of Republicans``, ``large majorities of voters``, ``nine in 10 voters``, ``one
    in four respondents`` (``poll_shares.csv``; a number takes ``in``, a share ``of``)."""
    share = t.lower[k] in _shares_of(t.codebook)
    if not share and p.pos(k) != "NUM":
        return None
    for c in p.children(k):
        if p.dep(c) == "prep" and t.lower[c] in (("of",) if share else ("in", "of")):
            for o in p.children(c):
                q = t.by_tok.get(o)
                if p.dep(o) == "pobj" and q is not None:
                    return q
    return None
