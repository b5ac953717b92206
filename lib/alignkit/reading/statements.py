"""Who said what: attributed statements with speaker, cue, content, stance and targets.

Direct quotes and the reported speech that fills news prose, in one schema, every part
with its character span. Cues (verbs, nouns, phrases, each with a default stance) come
from ``data/codebook/cues.csv``. The rules, all stated over *participants* (see
:mod:`alignkit.reading.tagging`) and token positions, never over particular wording:

* subject + cue: ``X said (that) ...``, ``X has advocated for ...``, ``X, the envoy, warned``;
* inverted and trailing attribution: ``"...," said X``, ``..., X said.``; a quote that runs
  on into the next sentence (``"...," X said. "..."``) gives a second, direct statement;
* ``according to X``; nominal cues ``X's assertion that ...``, ``X's warning``;
* passive attribution: ``This meeting, confirmed by Y, ...`` (the content precedes the cue);
* participle and coordinated clauses carry the speaker on (``..., asserting that``,
  ``... and urged``);
* ``he``/``she`` as speaker resolve through the tagger's pronoun mentions;
* coordinated speakers (``The United States, ROK, and Japan condemn``) give one statement each;
* transcripts (:mod:`alignkit.reading.turns`): a speaker label (``MR. KIRBY:``,
  ``President of Russia Vladimir Putin (retranslated):``) attributes the words up to the
  next label, with ``I``/``we`` resolved to that speaker;
* quotations: ``"..." ― Jane Roe`` (signed), ``X said:`` and the quotation opening the
  next paragraph; a quotation is one statement however many sentences or paragraphs it
  runs over (:mod:`alignkit.reading.quotations`), paired with the cue after it (``"...,"
  X said``, ``"...," said Democratic pollster X``, ``"... ." X said.``, ``"...," he
  added`` with ``he`` the person named before the quotation) or before it (``X said:
  "..."``, ``Said X, "..."``); a naming verb with a quotation (``X called the plan "a
  disaster"``, ``naming_cues.csv``); a headline ``X: ...`` opening with a person's name.

Speakers are any actor the tagger found, codebook or not (:mod:`alignkit.reading.speakers`).

No statement is made without a speaker that is a person, an organization, a group, a
country or a bloc standing in the subject position; nor in photo captions.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> text = "Russian Foreign Minister Sergei Lavrov warned that NATO was escalating."
>>> t = tag(parse_article(text))
>>> [(s.speaker, s.cue, s.content, s.stance) for s in extract_statements(t)]
[('sergei-lavrov', 'warned', 'NATO was escalating', 'negative')]
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import takewhile

from .arguments import origin_nouns
from .attendance import attendees
from .authors import (
    headline_names_author,
    issuing_state,
    release_author,
    source_person,
    text_author,
)
from .codebook import Actor, Codebook, acting_bodies, per_codebook, slugify, word_list
from .dependency import parse, parse_or_none
from .descriptions import (
    AUTHORED,
    according_to_source,
    description_after,
    description_speaker,
    is_recording,
    is_role,
    quoted_description,
    quoted_description_after,
    role_kind,
)
from .judged import accord_parties, event_owner
from .lexicon import SlotMatcher
from .quotations import quotations
from .speakers import SIGNATURE
from .stance_cues import stance_holds
from .syntax import (
    AUX,
    CIRCUMSTANCE,
    CLAUSE_BREAKS,
    CLOSE_Q,
    NEGATION,
    OPEN_Q,
    PREPS,
    QUOTES,
    SUBORDINATORS,
    UNDO,
    aimed_at,
    asked_party,
    backend,
    demonym_agent,
    group_left,
    group_right,
    in_pp,
    modifies_a_noun,
    parse_subject,
    parts_in,
    parts_of_sentence,
    people_in,
    plural_subject,
    skip_left,
    subject_head,
    title_anaphor,
)
from .tagging import POSSESSIVE, Mention, Participant, Tagged, place_qualifiers, pronoun_party
from .turns import ANSWERS, NOBODY, TITLE_WORDS, find_turns
from .victims import acts_of_others, people_harmed, victims_of_others
from .violators import breach_phrase, rule_broken, violators
from .words import NOT_NAME_START, REFLEXIVES, TIME_WORDS, WEEKDAYS

__all__ = ["Statement", "extract_statements", "STATEMENT_COLUMNS"]

STATEMENT_COLUMNS = [
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "content_start",
    "content_end",
    "kind",
    "stance",
    "targets",
    "sentence",
    "type",
    "mode",
    "cue_class",
]

_WEEKDAYS = frozenset(w.capitalize() for w in WEEKDAYS)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})
# "remains troubled by X": like "is troubled by X", X is the cause, not a speaker
_REMAIN = frozenset({"remain", "remains", "remained", "remaining"})
_ANAPHORS = frozenset({"this", "these", "those", "such", "it", "that"})
_SPEAKER_TYPES = frozenset(
    {"person", "organization", "group", "country", "bloc", "office", "document"}
)


@dataclass
class Statement:
    speaker: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_start: int
    cue_end: int
    content: str
    content_start: int
    content_end: int
    kind: str
    stance: str
    targets: list[str] = field(default_factory=list)
    sentence: int = 0
    type: str = ""  # PLOVER type of the verbal event the statement makes, if any
    mode: str = "claimed"  # mode given to events reported inside the content
    # what the cue reports (cues.csv ``class``): ``speech`` (said, a quotation, a turn),
    # ``belief`` (believes, expects) or ``intention`` (plans, wants); only speech is a
    # verbal event (see :func:`alignkit.reading.events.statement_events`)
    cue_class: str = "speech"

    def as_row(self) -> dict:
        return {c: getattr(self, c) for c in STATEMENT_COLUMNS}


class _Cues:
    def __init__(self, cb: Codebook):
        rows = [dict(r, pattern=r["forms"]) for r in cb.cues]
        self.matcher = SlotMatcher(rows)
        # words -> every row that lists them ("warning": the verb warn and the noun warning)
        self.by_form: dict[tuple[str, ...], list[int]] = {}
        for i, slots in enumerate(self.matcher.slots):
            for phrase in slots[0]:
                self.by_form.setdefault(phrase, []).append(i)

        from .codebook import read_table

        # ``stance``: the evaluative words, what a speaker's content says of a party
        # (stance_words.csv); ``aims``: whom each may be aimed at (see syntax.aimed_at).
        self.stance: dict[str, int] = {}
        self.aims: dict[str, str] = {}
        for r in read_table("stance_words.csv", cb.root):
            self.aims[r["word"].lower()] = r.get("aims") or "any"
            self.stance[r["word"].lower()] = int(r["polarity"])
        # conflict triggers: whoever they are aimed at is a victim, not the one condemned
        conflict = [r for r in cb.events if int(cb.plover[r["type"]]["sign"]) < 0]
        self.conflict = SlotMatcher(conflict)
        self.relation = SlotMatcher([r for r in cb.events if int(cb.plover[r["type"]]["sign"]) > 0])

    def rows_for(self, words: list[str], first: int) -> list[int]:
        """The matched row first, then every other row listing the same words."""
        others = [i for i in self.by_form.get(tuple(words), []) if i != first]
        return [first, *others]


@per_codebook
def _cues(cb: Codebook) -> _Cues:
    return _Cues(cb)


def starting_at(t: Tagged, tok: int) -> Participant | None:
    p = t.by_tok.get(tok)
    if p is not None and all(t.lower[k] in ("the", "a") for k in range(p.tok, tok)):
        return p
    return None


def _can_speak(t: Tagged, p: Participant | None) -> bool:
    if p is None:
        return False
    a = t.actor(p.actor)
    # a capital speaks for its government ("Tehran warned ..."): metonymy, as news writes it
    return a is not None and (
        a.type in _SPEAKER_TYPES or (a.type == "place" and bool(a.stands_for))
    )


def _speaker_id(t: Tagged, p: Participant) -> str:
    """The actor id a speaker stands as: a capital is its country."""
    a = t.actor(p.actor)
    return a.stands_for if a is not None and a.type == "place" else p.actor


def _coordinated(t: Tagged, p: Participant, floor: int) -> list[Participant]:
    """``The United States, ROK, and Japan`` -> all three participants, left to right."""
    group = [p]
    cur = p
    joined = False
    while True:
        j = cur.tok - 1
        seps = []
        while j >= floor and t.lower[j] in (",", "and", "&"):
            seps.append(t.lower[j])
            j -= 1
        if not seps:
            break
        prev = t.ending_at(j + 1)
        if prev is None or prev.possessive or not _can_speak(t, prev):
            break
        joined = joined or "and" in seps or "&" in seps
        group.insert(0, prev)
        cur = prev
    # "with China, Masoud Pezeshkian said": a comma alone is not coordination
    return group if joined else [p]


def _subject(t: Tagged, cue_tok: int, floor: int) -> list[Participant]:
    """Speakers in subject position left of a verb cue (appositives allowed); else the
    person a definite title refers to, or a described speaker, heading the parsed subject
    (``A source close to the talks said``)."""
    found = _named_subject(t, cue_tok, floor)
    if found or backend() == "surface":
        return found
    head = subject_head(t, cue_tok)
    owner = _speaking_for(t, head, floor) if head is not None and head < cue_tok else None
    if owner is not None:
        return [owner]  # "Ruto's office said": the office speaks for its holder
    if head is None or not floor <= head < cue_tok or not is_role(t, head):
        return []  # "The three ministers condemned": a plural, read as a group
    if any(
        parse(t, t.tok_sent[head]).dep(k) == "conj"
        for k in parse(t, t.tok_sent[head]).children(head)
    ):
        return []  # "the Secretary and the two Ministers": coordinated, read as a group
    p = title_anaphor(t, head, floor) or description_speaker(t, head, floor)
    return [p] if p is not None else []


# the bodies of people that speak for them: "Ruto's office said", "Conille's spokesman"
_MOUTHPIECES = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "aides",
                          "camp", "press office", "presidency", "cabinet"})  # fmt: skip


def _speaking_for(t: Tagged, head: int, floor: int) -> Participant | None:
    """The person or state whose office, spokesman or aides head the subject (``Ruto's
    office said``), told by a possessive right before the head; else None."""
    if t.lower[head] not in _MOUTHPIECES or head - 2 < floor:
        return None
    g = head  # "Pakistan's foreign office", "Ruto's press office": one or two modifiers
    while g - 2 > floor and head - g < 2 and t.words[g - 1].isalpha() and t.words[g - 1].islower():
        g -= 1
    p = t.ending_at(g - 1) if t.lower[g - 1] in ("'s", "’s") else None
    p = p or t.ending_at(head)
    if p is None or not p.possessive:
        return None
    return p if t.actor_type(p.actor) in ("person", "country", "office") else None


_BEFORE_SUBJECT = frozenset({",", "(", "and", "but", *CLOSE_Q})


def _joined_anaphor(t: Tagged, p: Participant, floor: int) -> list[Participant]:
    """The person a title before ``and`` names when the subject ``p`` is a title too (``The
    Secretary and the Foreign Minister discussed``: both, each the one named before with
    that title), else []."""
    k = p.tok - 1
    if k - 1 <= floor or t.lower[k] != "and":
        return []
    other = title_anaphor(t, k - 1, floor)
    return [other] if other is not None and other.actor != p.actor else []


def _named_subject(t: Tagged, cue_tok: int, floor: int) -> list[Participant]:
    """Speakers in subject position left of a verb cue (appositives allowed)."""
    if backend() != "surface":
        # (a participle after a comma may close an appositive the parse read as its noun:
        # "... and Jane Roe, the UN chief, called for talks")
        comma = cue_tok - 1 >= floor and t.lower[cue_tok - 1] == ","
        if modifies_a_noun(t, cue_tok) and not comma and not _finding_that(t, cue_tok, floor):
            return []  # "U.S. sanctions announced Friday on ...": no one speaks
        found = parse_subject(t, cue_tok)
        # a subject after its cue ('"...," said Wang Yi') is the surface rules' inversion
        if found and all(_can_speak(t, p) and p.tok < cue_tok for p in found):
            return found
    j = _before_party_label(t, skip_left(t, cue_tok, floor), floor)
    j = _before_document_time(t, j, floor)
    if j < floor:
        return []
    if t.ending_at(j + 1) is None:
        anaphor = title_anaphor(t, j, floor)
        if anaphor is not None:
            return _joined_anaphor(t, anaphor, floor) + [anaphor]
    if j in t.title_tokens and t.ending_at(j + 1) is None:
        # "a State Department spokesperson said": an unnamed official speaks for the body
        k = j
        while k > floor and k - 1 in t.title_tokens and t.ending_at(k) is None:
            k -= 1
        p = t.ending_at(k)
        a = t.actor(p.actor) if p is not None else None
        if a is not None and a.type in ("organization", "country", "bloc") and not p.possessive:
            return [p]
        return _described(t, j, floor)
    if t.lower[j] in ("who", "which") and j - 1 >= floor and t.lower[j - 1] == ",":
        j -= 1  # a relative clause speaks for its antecedent: "Vance, who accused him"
        p = t.ending_at(j)
        return [p] if _can_speak(t, p) and not p.possessive else []
    if t.lower[j] == ",":
        # "Kellogg, has advocated" / "Peskov, the Kremlin spokesman, said"
        p = t.ending_at(j)
        if p is None:
            k = j - 1
            while k >= floor and k > j - 10 and t.lower[k] != ",":
                k -= 1
            if (
                k >= floor
                and t.lower[k] == ","
                and any(i in t.title_tokens or t.lower[i] in ("the", "a") for i in range(k + 1, j))
            ):
                p = t.ending_at(k)
        # Only an appositive ("..., Keith Kellogg, has"), the sentence's first participant,
        # the one right after a quotation ('"...," Jane Roe, an aide, said') or one opening
        # a clause after "and"/"but" with its appositive ("... and Jane Roe, the UN chief,
        # called for") can be a subject across a comma: "in Ukraine, vowing" is not.
        if p is not None and p.tok > floor and t.lower[p.tok - 1] not in _BEFORE_SUBJECT:
            p = None
        return [p] if _can_speak(t, p) and not p.possessive else []
    p = t.ending_at(j + 1)
    if p is None:
        anaphor = title_anaphor(t, j, floor)
        return [anaphor] if anaphor is not None else _described(t, j, floor)
    if p.possessive or not _can_speak(t, p):
        return []
    return _coordinated(t, p, floor)


#: the words of a time a document's subject may carry before its cue ("A poll released
#: Monday showed", "A survey last month found", "A study out this week finds")
_DOCUMENT_TIME = frozenset(
    {"last", "this", "next", "on", "in", "early", "late", "earlier", "out", "released",
     "published", "conducted", "taken", "issued"} | TIME_WORDS
)  # fmt: skip


def _before_document_time(t: Tagged, j: int, floor: int) -> int:
    """The token before the time that ends at ``j``, when a document noun stands there
    (``A CNN poll last month showed``: ``poll``); else ``j``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("A Gallup poll released last week showed the mayor ahead."))
    >>> t.words[_before_document_time(t, t.lower.index("showed") - 1, 0)]
    'poll'
    """
    k = j
    while k >= floor and j - k < 5 and (t.lower[k] in _DOCUMENT_TIME or t.lower[k].isdigit()):
        k -= 1
    if k == j or k < floor or t.lower[j] not in TIME_WORDS and not t.lower[j].isdigit():
        return j
    return k if role_kind(t, k) == "document" else j


def _finding_that(t: Tagged, c: int, floor: int) -> bool:
    """Does a document noun stand right before cue token ``c`` and ``that`` follow it, past
    a time (``A poll found last week that ...``: the poll's verb, whatever the parse says,
    not a participle describing ``poll``)?"""
    k = c + 1
    while k < len(t.lower) and k - c <= 4 and t.lower[k] in _DOCUMENT_TIME:
        k += 1
    if k >= len(t.lower) or t.lower[k] != "that":
        return False
    j = skip_left(t, c, floor)
    return j >= floor and role_kind(t, _before_document_time(t, j, floor)) == "document"


#: a party-and-state label after a legislator's name: ``(R-WI)``, ``(D-Calif.)``, ``(I)``
_PARTY_LABEL = re.compile(r"\([RDI](?:[-–][A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?\)")


def _before_party_label(t: Tagged, j: int, floor: int) -> int:
    """The token before a party-and-state label ending at token ``j``
    (``Rep. Tom Hale (R-WI) said``), else ``j``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Sen. Ann Doe (D-Calif.) said so."))
    >>> t.words[_before_party_label(t, t.words.index(")"), 0)]
    'Doe'
    """
    if j < floor or t.lower[j] != ")":
        return j
    k = j - 1
    while k >= max(floor, j - 8) and t.lower[k] != "(":
        k -= 1
    if k <= floor or t.lower[k] != "(":
        return j
    text = t.article.text[t.starts[k] : t.ends[j]]
    return k - 1 if _PARTY_LABEL.fullmatch(text) else j


def _described(t: Tagged, j: int, floor: int) -> list[Participant]:
    """``the GOP nominee said``: a speaker the text describes, unnamed (descriptions.py)."""
    p = _spokesman_for(t, j, floor) or description_speaker(t, j, floor)
    return [p] if p is not None else []


def _spokesman_for(t: Tagged, j: int, floor: int) -> Participant | None:
    """The body a spokesman's ``for`` or ``of`` names before the words that describe it,
    which end at ``j`` (``a spokesperson for the Hamas movement``, ``a spokesman for the
    Taliban militant group``), else None.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("A spokesman for the Taliban movement said it was revenge."))
    >>> _spokesman_for(t, t.lower.index("movement"), 0).actor
    'taliban'
    """
    k = j
    while k > floor and j - k < 2 and t.words[k].isalpha() and t.words[k].islower():
        k -= 1  # the describing words: "militant group", "movement"
    p = t.ending_at(k + 1) if k < j else None
    if p is None or p.possessive or p.tok - 2 < floor:
        return None
    b = p.tok - 1 - (t.lower[p.tok - 1] in ("the", "a"))
    if b - 1 < floor or t.lower[b] not in ("for", "of") or t.lower[b - 1] not in _SPOKESPEOPLE:
        return None
    return p if t.actor_type(p.actor) in ("group", "organization", "country", "bloc") else None


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _trim(t: Tagged, a: int, b: int) -> tuple[int, int]:
    """Drop clause punctuation at both ends of a token range (quotes are kept if paired)."""
    while a < b and t.lower[a] in (",", ":", ";", "-", "—", "–"):
        a += 1
    while b > a and t.lower[b - 1] in (",", ".", ":", ";", "-", "—", "–", "!", "?"):
        b -= 1
    return a, b


def _kind(text: str) -> str:
    """``direct``, ``mixed`` or ``indirect``, by the quotation marks of ``text``.

    Examples
    --------
    >>> _kind("''It was 'a drill.''' "), _kind("“Hold ‘the bridge.’”"), _kind("the bridge")
    ('direct', 'direct', 'indirect')
    """
    # doubled apostrophes quote too; three end on a single mark, then the double one
    stripped = re.sub(r"'''$", "'\"", text.strip()).replace("''", '"')
    quote_chars = sum(ch in '"“”«»' for ch in stripped)
    if quote_chars == 1 and stripped[-1:] in ('"', "”", "»"):
        return "direct"  # the end of a quotation that began in an earlier sentence
    if quote_chars == 1 and stripped[:1] in ('"', "“", "«"):
        return "direct"  # the start of a quotation that runs on into the next sentence
    if quote_chars >= 2 and stripped[:1] in '"“«' and stripped[-1:] in '"”»' and quote_chars == 2:
        return "direct"
    return "mixed" if quote_chars >= 2 else "indirect"


def extract_statements(t: Tagged) -> list[Statement]:
    """Attributed statements of a tagged article, in text order.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = '"We will respond," Lavrov said. Blinken expressed concern over Iran, vowing to act.'
    >>> for s in extract_statements(tag(parse_article(text))):
    ...     print(s.speaker, "|", s.cue, "|", s.kind)
    sergei-lavrov | said | direct
    antony-blinken | expressed concern | indirect
    antony-blinken | vowing | indirect
    """
    out = _extract_once(t)
    out.extend(_author_statements(t, out))
    out = _first_person_bodies(t, out)
    out = _echoes(t, out)
    out.sort(key=lambda s: (s.cue_start, s.speaker))
    return out


@per_codebook
def _own_bodies(cb: Codebook) -> frozenset[str]:
    return word_list("own_bodies.csv", cb.root, "word")


def _first_person_bodies(t: Tagged, out: list[Statement]) -> list[Statement]:
    """``My delegation condemns ...``, ``our Government welcomes ...``: a body the first
    person owns (``own_bodies.csv`` after ``my`` or ``our``) speaks as whoever says ``my``:
    the speaker of the turn or quotation around it, else the text's author.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = ("Remarks by Norway at the Security Council\\n\\n"
    ...         "My delegation condemns the shelling of Kharkiv.")
    >>> [(s.speaker, s.cue) for s in extract_statements(tag(parse_article(text)))]
    [('NOR', 'condemns')]
    """
    bodies, authors, kept = _own_bodies(t.codebook), None, []
    for s in out:
        k = t.token_from(s.speaker_start)
        if not (0 < k < len(t.lower) and t.lower[k] in bodies and t.lower[k - 1] in ("my", "our")):
            kept.append(s)
            continue
        around = [o.speaker for o in out if (o.cue == ":" or o.kind == "direct")
                  and o.content_start <= s.speaker_start < o.content_end]  # fmt: skip
        if not around and authors is None:
            authors = text_author(t)
        owners = around[-1:] or authors or [s.speaker]
        kept += [replace(s, speaker=a) for a in owners]
    return kept


# the auxiliaries that take up a verb before them: "..., as did France", "and so has Chad"
_ECHO_VERBS = frozenset({"has", "have", "had", "did", "does", "do"})


def _echoes(t: Tagged, out: list[Statement]) -> list[Statement]:
    """``Germany condemned the attack, as did France``, ``Kenya has called for restraint, as
    has Uganda``, ``..., and so the United States has done``: the party of the closing
    clause says what the statement before it in the sentence says (its content ends
    before that clause).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Germany condemned the raid, as did France."))
    >>> [(s.speaker, s.content) for s in extract_statements(t)]
    [('DEU', 'the raid'), ('FRA', 'the raid')]
    """
    added: list[Statement] = []
    for si in sorted({s.sentence for s in out}):
        lo, hi = t.sent_tok[si]
        for k in range(lo + 1, hi - 2):
            echo = _echo_party(t, k, hi) if t.lower[k - 1] == "," else None
            said = [s for s in out if s.sentence == si and s.cue_end <= t.starts[k]]
            if echo is None or not said or t.by_tok.get(echo) is None:
                continue
            p = t.by_tok[echo]
            first = max(said, key=lambda s: s.cue_start)
            if first.speaker == p.actor or not _can_speak(t, p):
                continue
            if first.content_end > t.starts[k]:  # the content ends before the echo
                end = t.ends[k - 2]
                text = t.article.text[first.content_start : end]
                out[out.index(first)] = first = replace(first, content=text, content_end=end)
            added.append(replace(first, speaker=_speaker_id(t, p), speaker_start=p.start,
                                 speaker_end=p.end))  # fmt: skip
    return out + added


def _echo_party(t: Tagged, k: int, hi: int) -> int | None:
    """The first token of the party of a clause at ``k`` that takes up the verb before it,
    closing the sentence (``as did France``, ``and so has Chad``, ``and so the United
    States has done``), else None."""
    w = t.lower[k : k + 3]
    if w[:1] == ["as"] and len(w) > 1 and w[1] in _ECHO_VERBS:
        j = k + 2
    elif w[:2] == ["and", "so"] and len(w) > 2 and w[2] in _ECHO_VERBS:
        j = k + 3
    elif w[:2] == ["and", "so"]:
        j = k + 2
    else:
        return None
    j += j < hi and t.lower[j] == "the"
    p = t.by_tok.get(j)
    if p is None or p.tok > j:
        return None
    e = p.tok_end
    if w[:2] == ["and", "so"] and w[2:] != [] and w[2] not in _ECHO_VERBS:
        if e >= hi or t.lower[e] not in _ECHO_VERBS:
            return None  # "and so the United States has done": its verb after it
        e += 1 + (e + 1 < hi and t.lower[e + 1] in ("done", "so"))
    return j if e >= hi or t.lower[e] in (".", "!", ";") else None


def _extract_once(t: Tagged) -> list[Statement]:
    """Every statement the cues, quotations and transcript turns of ``t`` attribute."""
    cues = _cues(t.codebook)
    out: list[Statement] = []
    spoken: list[tuple[int, list[Participant]]] = []  # (sentence, speakers) of plural speech
    hits = {}
    asked = _questions_asked(t)
    for sent in t.article.sentences:
        lo, hi = t.sent_tok[sent.index]
        if sent.index in asked:
            continue  # "Q: Will Israel agree to a pause?": a question asserts nothing
        if sent.block != "caption" and lo < hi:  # a caption shows people, reports no speech
            found = cues.matcher.find(t.lower, lo, hi)
            hits[sent.index] = [h for h in found if not _unowned(t, cues, h, hi)]
    if backend() != "surface":
        from .dependency import parse_many

        parse_many(t, [k for k, found in hits.items() if found])  # one batch
    for sent in t.article.sentences:
        if sent.index not in hits:
            continue
        lo, hi = t.sent_tok[sent.index]
        found = _sentence_cues(t, cues, hits[sent.index], (lo, hi), spoken, sent.index)
        for n, (h, row, speakers, _) in enumerate(found):
            ca, cb_ = _content_range(t, found, n, hi)
            si = sent.index
            if ca < cb_ and _lead_in(t, ca, cb_, hi):  # 'said of the plan:' and a quotation
                qa, qb, qs = _quote_after_colon(t, sent.index, hi)
                ca, cb_, si = (qa, qb, qs) if qa < qb else (ca, cb_, si)
            if ca >= cb_:  # 'X said:' and the quote in the next paragraph
                ca, cb_, si = _quote_after_colon(t, sent.index, hi)
            if ca >= cb_:  # 'Minister Jane Roe said:' and her words, unquoted, below
                for a, b, s2 in _paragraphs_after_colon(t, sent.index, hi):
                    out.extend(_statements_of(t, cues, (h, row, speakers), a, b, out, s2))
            if ca >= cb_:  # '"... for good." Roe said.': the quotation before
                ca, cb_ = _quote_before(t, sent.index)
            if ca < cb_ and any(w[:1].isalnum() for w in t.words[ca:cb_]):
                out.extend(_statements_of(t, cues, (h, row, speakers), ca, cb_, out, si))
                for a, b, s2 in _continued_after_colon(t, si, ca):  # 'said: ...' and below
                    out.extend(_statements_of(t, cues, (h, row, speakers), a, b, out, s2))
    out.extend(_in_a_document(t, cues, out))
    out.extend(_named_with_quotes(t, out))
    out.extend(_named_without_quotes(t, out))
    paired = _pair_quotations(t, out)
    _continue_quotes(t, out, paired)
    out.extend(_signed_quotes(t))
    out.extend(_headline_quote(t))
    out.extend(_transcript(t, {s.sentence for s in out}))
    return out


def _questions_asked(t: Tagged) -> set[int]:
    """The sentences that end with a question mark in a questioner's turn of a transcript
    (``Q:``, ``QUESTION:``, ``MODERATOR:``): the question asserts nothing, so its verbs
    report no one's words (``Q: Is Israel going to agree to a pause?``, ``QUESTION: Did
    the minister say the border would reopen?``). A questioner's sentence that tells,
    not asks (``QUESTION: Lavrov said today the talks are over.``), keeps its cues.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = "Briefing\\n\\nQUESTION: Will Kenya agree to the plan?\\n\\nMR DOE: Kenya agreed."
    >>> t = tag(parse_article(text))
    >>> [t.article.sentences[i].text for i in sorted(_questions_asked(t))]
    ['QUESTION: Will Kenya agree to the plan?']
    """
    art = t.article
    turns = find_turns(art.text) or find_turns(art.text, _body_start(art))
    turns = [x for x in turns if x.question or x.label.upper() in NOBODY]
    if not turns:
        return set()
    return {
        sent.index
        for sent in art.sentences
        if sent.text.rstrip(" \"”’'").endswith("?")
        and any(x.label_start <= sent.start < x.end for x in turns)
    }


def _in_a_document(t: Tagged, cues: _Cues, out: list[Statement]) -> list[Statement]:
    """``In a CNN poll released Monday, 52 percent backed the levy.``: a sentence that opens
    with ``In`` and a described document (``speaker_roles.csv`` kind ``document``: a poll,
    a survey, a study) before its first comma reports that document's finding, the clause
    after the comma, as a ``show`` cue would; not where a cue of the sentence other than a
    stance already has a speaker (``In a statement, the ministry said ...``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("In a Gallup poll released Monday, most voters backed the levy."))
    >>> [(s.speaker, s.cue, s.content) for s in _in_a_document(t, _cues(t.codebook), [])]
    [('gallup-poll', 'In', 'most voters backed the levy')]
    """
    row = next((r for r in cues.matcher.rows if r["cue"] == "show"), None)
    # the sentences whose cues have speakers (by the cue: 'said:' gives the next sentence)
    cued = (t.article.sentence_at(s.cue_start) for s in out if s.cue_class != "stance")
    spoken = {sent.index for sent in cued if sent is not None}
    got: list[Statement] = []
    for sent in t.article.sentences:
        lo, hi = t.sent_tok[sent.index]
        if row is None or sent.index in spoken or hi - lo < 6 or t.lower[lo] != "in":
            continue
        comma = next((k for k in range(lo + 2, min(hi, lo + 16)) if t.lower[k] == ","), None)
        head = next((k for k in range(lo + 2, comma or lo) if role_kind(t, k) == "document"), None)
        if head is not None and is_recording(t, head):
            continue  # "In the video, the soldier fires": what it shows, no finding
        p = description_speaker(t, head, lo + 1) if head is not None else None
        a, b = _trim(t, comma + 1, hi) if comma is not None else (0, 0)
        if p is not None and a < b:
            got.extend(_statements_of(t, cues, (_Hit(lo, lo + 1), row, [p]), a, b, out, sent.index))
    return got


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans between paired quotation marks (straight or curly)."""
    spans, opened = [], None
    for i, ch in enumerate(text):
        if ch in "“«" or (ch == '"' and opened is None):
            opened = i if opened is None else opened
        elif ch in "”»" or ch == '"':
            if opened is not None:
                spans.append((opened, i + 1))
            opened = None
        elif ch == "\n":
            opened = None
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans joined, sorted."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _author_statements(t: Tagged, prior: list[Statement]) -> list[Statement]:
    """In a text that is one author's words (:func:`alignkit.reading.authors.text_author`),
    ``I``/``we``/``our`` outside quotations and outside other speakers' statements are the
    author: bound as participants (events read them too), and the statements they make.
    Its other body sentences are the author's too; without a first person only where the
    headline names the author (``Statement by High Representative X on ...``: ``The
    European Union stands ready to ...``), not in a readout attributed to a spokesperson
    nor in a press release."""
    if any(s.cue == ":" for s in prior):
        return _opening_remarks(t, prior)  # a transcript: its turns say who speaks
    authors, speech = text_author(t), True
    if not authors:  # a press release: its "we" is the issuer, its narration no one's
        authors, speech = release_author(t), False
    if not authors:
        return []
    art = t.article
    away = _merged(
        _quoted_spans(art.text)
        + [(s.content_start, s.content_end) for s in prior]
        + [(s.start, s.end) for s in art.sentences if s.block != "body"]
    )
    firsts = [a for a, _ in away]
    bound = set()
    for i, w in enumerate(t.words):
        low = w.lower()
        if low not in _FIRST_PERSON or w == "US" or i in t.by_tok or t.tok_sent[i] < 0:
            continue
        k = bisect.bisect_right(firsts, t.starts[i]) - 1
        if k >= 0 and t.starts[i] < away[k][1]:
            continue  # inside a quotation, another speaker's words, a headline
        p = pronoun_party(t, i, authors[0], _FIRST_PERSON[low])
        t.by_tok[i] = p
        t.by_end[i + 1] = p
        t.participants.append(p)
        bound.add(t.starts[i])
    if not bound and not (speech and headline_names_author(t)):
        return []
    t.participants.sort(key=lambda p: p.tok)
    taken = {(s.cue_start, s.speaker) for s in prior}
    new = [s for s in _extract_once(t) if s.speaker_start in bound and s.speaker == authors[0]]
    cued = [
        replace(s, speaker=a) for s in new if (s.cue_start, s.speaker) not in taken for a in authors
    ]
    return cued + (_speech_sentences(t, authors, prior + cued) if speech else [])


def _opening_remarks(t: Tagged, prior: list[Statement]) -> list[Statement]:
    """Remarks whose author speaks before the first label of the questions and answers that
    follow (``Remarks by Minister Jane Roe upon Arrival``: her opening words, then ``Q.``
    and her answers): the sentences before that label are the author's own words.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = ("Remarks by Canada on Arrival\\n\\nWe will discuss Haiti today.\\n\\n"
    ...         "Q. Will you send troops?\\nWe will decide tomorrow.")
    >>> [(s.speaker, s.content) for s in extract_statements(tag(parse_article(text)))]
    [('CAN', 'We will discuss Haiti today'), ('CAN', 'We will decide tomorrow')]
    """
    authors = text_author(t)
    art = t.article
    skip = art.headline.end if art.headline else 0
    turns = find_turns(art.text, skip)
    if not authors or not turns:
        return []
    first = turns[0].label_start
    return [s for s in _speech_sentences(t, authors, prior) if s.content_end <= first]


def _speech_sentences(t: Tagged, authors: list[str], prior: list[Statement]) -> list[Statement]:
    """A text in its author's own voice (remarks, a statement: its ``we`` is the author) is
    one turn: each body sentence that no other statement holds, outside its byline and
    outside quotations, is the author's assertion (cue empty, at the sentence's start),
    with the stance and targets its words give, as a transcript turn's sentences."""
    from .authors import header_paragraphs

    art = t.article
    header = header_paragraphs(t)
    held = {s.sentence for s in prior}
    out: list[Statement] = []
    for sent in art.sentences:
        if sent.block != "body" or sent.index in held or sent.paragraph in header:
            continue
        if sent.text[:1] in OPEN_Q or sent.text.rstrip().endswith("?"):
            continue  # a quotation is its own speaker's; a question claims nothing
        a, b = _trim(t, *t.sent_tok[sent.index])
        if a >= b or not any(w[:1].isalnum() for w in t.words[a:b]):
            continue
        if t.words[a] in ("(", "[") and t.words[b - 1][-1:] in (")", "]"):
            continue  # "[Laughter]", "(Applause.)": a stage direction, no one's words
        for author in authors:
            out.append(_author_sentence(t, author, a, b, sent.index, out))
    return out


def _author_sentence(t: Tagged, author: str, a: int, b: int, si: int, prior) -> Statement:
    """The author's statement of tokens ``a:b`` of sentence ``si`` (see _speech_sentences)."""
    own = {author, t.stands_for(author)} - {""}
    named = next((m for m in t.mentions if m.actor == author), None)
    start = t.starts[a]
    span = (named.start, named.end) if named else (0, 0)
    return _own_voice(t, author, own, span, ("", start, start), (a, b, si), prior)


def _own_voice(t: Tagged, speaker: str, own: set, span, cue, where, prior) -> Statement:
    """A sentence (tokens ``a:b`` of sentence ``si``, ``where``) said in ``speaker``'s own
    voice, whole: its stance and targets read from its words, ``own`` (the speaker and
    their state) left out. ``span``: where the speaker is named; ``cue``: its text, start
    and end (an author's sentence has none, a transcript turn its label's colon)."""
    a, b, si = where
    targets = _targets(t, [], a, b, prior, si, keep_subject=True)
    stance, aimed = _evaluation(t, _cues(t.codebook), own, a, b)
    start, end = t.starts[a], t.ends[b - 1]
    return Statement(
        speaker,
        *span,
        *cue,
        t.article.text[start:end],
        start,
        end,
        "direct",
        stance,
        [x for x in (aimed or targets) if x not in own],
        si,
        "",
        "claimed",
    )


def _quote_after_colon(t: Tagged, si: int, hi: int) -> tuple[int, int, int]:
    """``X said:`` closing its sentence, a quotation opening the next one: (its token
    range, its sentence), else an empty range."""
    sents = t.article.sentences
    if t.lower[hi - 1] != ":" or si + 1 >= len(sents):
        return 0, 0, si
    nxt = sents[si + 1]
    if nxt.block != "body" or not (nxt.text[:1] in OPEN_Q or nxt.text.startswith("''")):
        return 0, 0, si
    a, b = _trim(t, *t.sent_tok[si + 1])
    return a, b, si + 1


def _lead_in(t: Tagged, a: int, b: int, hi: int) -> bool:
    """Is the content ``a:b`` of a cue only a short lead-in that runs to a colon closing the
    sentence ``..hi`` (``said of the new platform:``), no clause of its own?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Roe said of the plan:"))
    >>> a = t.lower.index("of")
    >>> _lead_in(t, a, a + 3, t.lower.index(":") + 1)
    True
    """
    if t.lower[hi - 1] != ":" or b < hi - 1 or b - a > 8:
        return False
    if any(t.lower[k] in OPEN_Q or t.lower[k] in CLOSE_Q for k in range(a, b)):
        return False
    return backend() != "surface" and not any(_pos(t, k) in ("VERB", "AUX") for k in range(a, b))


#: paragraphs of a speaker's words a press release sets below ``X said:`` without quotes
MAX_SAID_PARAGRAPHS = 4
# the verbs that open another attribution and so end such a block
_NEW_ATTRIBUTION = frozenset({"said", "says", "added", "adds", "told", "stated", "noted"})


def _paragraphs_after_colon(t: Tagged, si: int, hi: int) -> list[tuple]:
    """``Minister Jane Roe said:`` ending its paragraph, and the paragraphs below it written
    without quotation marks (a government press release's form): one (token range,
    sentence) per paragraph, up to one that holds a quotation, another attribution
    (``said``, ``told``) or a heading, at most :data:`MAX_SAID_PARAGRAPHS`.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Release\\n\\nJane Roe said:\\n\\nWe will act.\\n\\nNotes"))
    >>> [t.article.sentences[s].text for _, _, s in _paragraphs_after_colon(t, 1, 6)]
    ['We will act.']
    """
    sents = t.article.sentences
    if t.lower[hi - 1] != ":" or si + 1 >= len(sents) or sents[si].paragraph is None:
        return []
    if sents[si + 1].paragraph == sents[si].paragraph:
        return []  # the colon does not end its paragraph
    return _said_paragraphs(t, si + 1)


def _continued_after_colon(t: Tagged, si: int, ca: int) -> list[tuple]:
    """``Jane Roe, Minister for Defence, said: Chad is a key partner.`` and, below, a
    paragraph in her voice without quotation marks (``... but we remain steadfast
    supporters of ...``): when the words after the colon are unquoted and run to the end
    of their paragraph, the paragraphs after it that speak in the first person (``we``,
    ``I``, ``our``) are hers too, as :func:`_paragraphs_after_colon` reads them; the first
    without a first person ends them (the release's narration again).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = "Visit\\n\\nRoe said: Chad matters.\\n\\nWe will help.\\n\\nShe left.\\n\\nWe ate."
    >>> t = tag(parse_article(text))
    >>> got = _continued_after_colon(t, 1, t.lower.index("chad"))
    >>> [t.article.sentences[s].text for _, _, s in got]
    ['We will help.']
    """
    sents = t.article.sentences
    if ca < 1 or t.lower[ca - 1] != ":" or t.lower[ca] in OPEN_Q or sents[si].paragraph is None:
        return []
    k = si
    while k + 1 < len(sents) and sents[k + 1].paragraph == sents[si].paragraph:
        k += 1
    if any(q in t.article.text[t.starts[ca] : sents[k].end] for q in '"“”'):
        return []
    return _said_paragraphs(t, k + 1, first_person=True)


def _said_paragraphs(t: Tagged, k: int, first_person: bool = False) -> list[tuple]:
    """The paragraphs from sentence ``k`` on that continue unquoted words (see
    :func:`_paragraphs_after_colon`); with ``first_person``, only while each holds one."""
    sents = t.article.sentences
    out = []
    while k < len(sents) and len(out) < MAX_SAID_PARAGRAPHS:
        # the paragraph's sentences are consecutive: stop at the first of another
        para = list(takewhile(lambda x, n=sents[k].paragraph: x.paragraph == n, sents[k:]))
        text = " ".join(x.text for x in para)
        if (
            sents[k].block != "body"
            or any(q in text for q in ('"', "“", "”", "''"))
            or any(
                w in _NEW_ATTRIBUTION for x in para for w in t.lower[slice(*t.sent_tok[x.index])]
            )
            or text.rstrip()[-1:] not in (".", "!", "?")
            or (first_person and not _FIRST_PERSON_WORD.search(text))
        ):
            break
        a, b = _trim(t, t.sent_tok[para[0].index][0], t.sent_tok[para[-1].index][1])
        out.append((a, b, para[0].index))
        k = para[-1].index + 1
    return out


_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|me|us)\b")


def _quote_before(t: Tagged, si: int) -> tuple[int, int]:
    """A sentence that is only ``X said.`` after one that a quotation closes (the sentence
    was split after the quotation's own full stop): the token range of that sentence."""
    sents = t.article.sentences
    if si == 0 or sents[si - 1].paragraph != sents[si].paragraph:
        return 0, 0
    prev = sents[si - 1].text.rstrip()
    closed = prev[-1:] in CLOSE_Q or prev.endswith("''")
    if not closed or _last_mark(prev, 0, len(prev)) not in (".", "?", "!"):
        return 0, 0  # '“... ‘Why?’”' ends on the inner quotation's mark
    return _trim(t, *t.sent_tok[si - 1])


def _sentence_cues(t: Tagged, cues: _Cues, hits, span, spoken, si: int) -> list[tuple]:
    """(hit, row, speakers, content range) of every attributed cue ``hits`` of one sentence."""
    lo, hi = span
    found: list[tuple] = []
    titled = _title_case(t, lo, hi)
    for h in hits:
        if _party_inside(t, h) or (
            _proper(t, h.start) and not (titled and t.lower[h.start].endswith(("s", "ed")))
        ):
            continue  # a word of a name: "the United States", "State Department"
        for row_i in cues.rows_for(t.lower[h.start : h.end], h.row):
            row = cues.matcher.rows[row_i]
            if (
                row["pos"] == "verb"
                and _pos(t, h.start) in ("NOUN", "ADJ")
                and not _verb_after_quote(t, h, hi)
            ):
                continue  # "the plan", "a Pentagon report": a noun, not the verb
            if row.get("class") in ("belief", "intention") and t.lower[h.start - 1] in _BE:
                continue  # "talks are expected to resume": no one expects here
            if h.start >= 2 and t.lower[h.start - 1] == "to" and t.lower[h.start - 2] in _BE:
                continue  # "the United States was to blame": at fault, no one blames here
            speakers, content = _attribute(t, h, row, lo, hi, found, spoken)
            if speakers:
                found.append((h, row, speakers, content))
                if len(speakers) >= 2:
                    spoken.append((si, speakers))
                break
    return found


def _party_inside(t: Tagged, h) -> bool:
    """Does a party stand inside cue hit ``h``: in one of its slots (``State Department``:
    a name, no cue), or in a gap before a slot that is no noun (``sees Sanders as``: the
    object of a belief)? A party before a noun slot owns the noun (``reiterated U.S.
    support for Greece``, ``expressed Japan's concern over``): the cue stands.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Rubio reiterated U.S. support for Kenya."))
    >>> [_party_inside(t, h) for h in _cues(t.codebook).matcher.find(t.lower, 0, len(t.lower))]
    [False]
    """
    if any(k in t.by_tok for a, b in h.heads for k in range(a, b)):
        return True
    gaps = zip(h.heads, h.heads[1:], strict=False)
    return any(
        any(k in t.by_tok for k in range(a[1], b[0])) and _pos(t, b[0]) not in ("NOUN", "PROPN")
        for a, b in gaps
    )


def _title_case(t: Tagged, lo: int, hi: int) -> bool:
    """Is the sentence ``lo:hi`` set in title case, as a headline (``Mayor Roe Slams Ferry
    Plan``): at least four words of four letters or more, all but one capitalized? A cue
    there is capitalized like every word, not a name's.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Mayor Jane Roe Slams Ferry Plan as a Fraud."))
    >>> _title_case(t, 0, len(t.lower))
    True
    """
    long = [w for w in t.words[lo:hi] if w.isalpha() and len(w) >= 4]
    return len(long) >= 4 and sum(not w[:1].isupper() for w in long) <= 1


def _verb_after_quote(t: Tagged, h, hi: int) -> bool:
    """``"...," the banner read.``: a cue that ends its clause right after a quotation and
    its speaker is a verb, however the parser tagged it (``read`` is often taken for a
    noun there)."""
    ends = h.end >= hi or t.lower[h.end] in (".", ",", ";", "!", "?")
    return ends and _quote_closes_before(t, h.start)


def _content_range(t: Tagged, found: list[tuple], n: int, hi: int) -> tuple[int, int]:
    """The token range of the ``n``-th cue's content, cut where the next clause begins."""
    h, _, _, (ca, cb_) = found[n]
    # The content stops where the next statement's clause begins: at its speaker
    # when the speaker is named there ("..., while NATO's Rutte urged"), else its cue.
    # A stance the content tells ("said Roe backed the bill") is part of what was said.
    nxt = hi
    later = [f for f in found[n + 1 :] if f[1].get("class") != "stance"]
    if later:
        nh, _, nsp, _ = later[0]
        nxt = min([nh.start, *(p.tok for p in nsp if p.tok > h.end)])
    k = ca
    while k < nxt and t.lower[k] in (",", ":"):
        k += 1
    # a quotation the content opens holds the next statement: 'X said, "Y confirmed ..."'
    quoted = (
        k < nxt
        and t.lower[k] in OPEN_Q
        and not any(t.lower[i] in CLOSE_Q for i in range(k + 1, nxt))
    )
    if cb_ > nxt and ca < nxt and not quoted:
        cb_ = nxt
        while cb_ > ca and t.lower[cb_ - 1] in ("and", ",", "while", "but"):
            cb_ -= 1
    cb_ = _before_governor(t, h.start, ca, cb_)
    cb_ = _before_reduced(t, ca, cb_)
    # a new clause ends the content: "..., while South Korea declined to comment"
    for k in range(ca + 1, cb_ - 1):
        if t.lower[k] == "," and t.lower[k + 1] in CLAUSE_BREAKS:
            cb_ = k
            break
    return _trim(t, ca, cb_)


def _before_reduced(t: Tagged, ca: int, cb_: int) -> int:
    """The content's end ``cb_``, cut before a reduced clause of a cue (``said "We will
    see," when asked whether ...``): the question put to the speaker is not their words.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('Roe said "We will see," when asked about the talks.'))
    >>> t.lower[2 : _before_reduced(t, 2, len(t.lower) - 1)]
    ['"', 'we', 'will', 'see', ',', '"']
    """
    for k in range(ca + 1, cb_ - 1):
        if (
            t.lower[k] in _REDUCED
            and _reduced_passive(t, _Hit(k + 1, k + 2), ca)
            and any(x.start == k + 1 for x in _cues(t.codebook).matcher.find(t.lower, k + 1, k + 3))
        ):
            return k
    return cb_


def _before_governor(t: Tagged, cue: int, ca: int, cb_: int) -> int:
    """The content's end ``cb_``, cut before the verb that governs a cue set in an aside:
    ``Rebels, seeking to seize the port, shelled the city`` (what is sought is to seize
    the port; the shelling is told, not sought)."""
    if _pos(t, cue) == "":
        return cb_
    from .dependency import parse

    p = parse(t, t.tok_sent[cue])
    if p.dep(cue) not in ("advcl", "acl"):
        return cb_  # "According to X, ...": the clause it governs is what was said
    g = p.head(cue)
    if g < cue and p.dep(cue) == "acl":
        g = p.head(g)  # on the subject itself: "Rebels, seeking ..., shelled"
    if not cue < g or not ca < g < cb_ or _pos(t, g) not in ("VERB", "AUX"):
        return cb_
    if "," not in t.lower[cue + 1 : g] or t.lower[cue - 1 : cue] != [","]:
        return cb_  # an aside is set off by commas on both sides
    while g > ca and t.lower[g - 1] in (",", "and", "—", "–"):
        g -= 1
    return g


def _hostile_owners(t: Tagged, cues: _Cues, a: int, b: int) -> set[str]:
    """The parties named right before a conflict trigger in tokens ``a:b``, as its owner
    (``the U.S. embargo``, ``Russian aggression``, ``Israel's strikes``)."""
    out: set[str] = set()
    for h in cues.conflict.find(t.lower, a, b):
        p = t.ending_at(h.start)
        if p is None and h.start > a and t.lower[h.start - 1] in ("'s", "’s"):
            p = t.ending_at(h.start - 1)
        if p is not None:
            out |= {p.actor, t.stands_for(p.actor)} - {""}
    return out


def _warned(t: Tagged, end: int, ca: int, speakers) -> list[str]:
    """The one a hostile cue is said to, between the cue and its content: ``Egypt warned
    Ethiopia that filling the dam was a red line`` (Ethiopia, whom the content names not)."""
    own = {p.actor for p in speakers} | {t.stands_for(p.actor) for p in speakers}
    told = [p for p in parts_in(t, end, ca) if p.tok_end <= ca and not p.possessive]
    return [p.actor for p in told[:1] if p.tok == end and p.actor not in own]


def _statements_of(t: Tagged, cues: _Cues, hit, ca: int, cb_: int, out, si: int):
    """One statement per speaker of a cue ``hit = (h, row, speakers)``, content ``ca:cb_``."""
    h, row, speakers = hit
    art = t.article
    qa, qb = _quoted_words(t, ca, cb_)
    cstart, cend = t.starts[qa], t.ends[qb - 1]
    content = art.text[cstart:cend]
    targets = _targets(t, speakers, ca, cb_, out, si, row["stance"] != "content")
    if row["stance"] == "negative":
        # "warned Turkey against any violation of Cyprus's sovereignty": Cyprus is defended;
        # "condemn the violence in Libya": Libya is where it happens
        spared = defended(t, ca, cb_) | places_of_violence(t, ca, cb_)
        spared |= victims_of_others(t, ca, cb_, _own_side(t, speakers)) | _origins(t, ca, cb_)
        spared |= acts_of_others(t, ca, cb_, _own_side(t, speakers))  # "strikes by X on Y"
        targets = [x for x in targets if x not in spared]
        claim = _claim_rejected(t, ca, cb_) if row.get("type") == "REJECT" else None
        if claim is not None:  # "rejected claims that X ...": aimed at the claimant only
            # (a concern over "reports of X doing ..." is aimed at X)
            # (the claimant itself when the content names it only as such: "denied
            # Sudanese claims that it ...")
            targets = [x for x in targets if x in claim] or sorted(
                x for x in claim if t.actor_type(x) == "country"
            )
        if claim == set() and not targets and t.lower[ca] in ("the", "these", "those"):
            targets = _critics(t, out, _own_side(t, speakers))  # "rejected the criticism"
        told = _warned(t, h.end, ca, speakers)
        targets = told + [x for x in targets if x not in told]
        if row.get("requires") == "party" and told:
            targets = told  # "issued a reminder to Iraq that it must ...": Iraq alone
    elif row["stance"] == "positive":  # "I welcome the representative of Peru": attends
        present = attendees(t, ca, cb_)
        targets = [x for x in targets if x not in present]
    stance = row["stance"]
    own = _own_side(t, speakers)
    if stance == "neutral" and row.get("type") == "REJECT":
        # "Chad denied Sudanese claims that ...": a denial of another's claim opposes it
        claim = {x for x in _claim_rejected(t, ca, cb_) or () if t.actor_type(x) == "country"}
        if claim - own:
            stance, targets = "negative", sorted(claim - own)
    if stance == "content":
        # "urged Western partners to allow strikes": the one asked is no agent
        asked = ca
        if row.get("type") == "REQUEST":
            first = parts_in(t, ca, min(cb_, ca + 3))
            asked = first[0].tok_end if first else ca
        stance, aimed = _evaluation(t, cues, own, asked, cb_)
        if aimed:
            origins = _origins(t, ca, cb_)  # "against migration from Algeria": no target
            targets = [x for x in aimed if x not in origins]
    if stance == "positive":
        # "solidarity with Cuba in the face of the U.S. embargo": the embargo's owner is
        # the one stood against, never a friend
        foes = _hostile_owners(t, cues, ca, cb_)
        targets = [x for x in targets if x not in foes]
    return [
        Statement(
            _speaker_id(t, sp),
            sp.head.start,
            sp.head.end,
            art.text[t.starts[h.start] : t.ends[h.end - 1]],
            t.starts[h.start],
            t.ends[h.end - 1],
            content,
            cstart,
            cend,
            _kind(content),
            stance,
            [x for x in targets if x != sp.actor],
            si,
            row.get("type", ""),
            _content_mode(t, row, h.start, ca, cb_),
            row.get("class") or "speech",
        )
        for sp in speakers
    ]


def _origins(t: Tagged, a: int, b: int) -> set[str]:
    """Parties named only as the origin of a flow (``origin_nouns.csv``): ``against
    illegal migration from Algeria``, ``imports from Ukraine``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("They agreed to act against illegal migration from Algeria."))
    >>> sorted(_origins(t, 2, len(t.lower)))
    ['DZA']
    """
    nouns = origin_nouns(t.codebook)
    out: set[str] = set()
    for k in range(a + 1, b - 1):
        if t.lower[k] == "from" and t.lower[k - 1] in nouns:
            p = t.by_tok.get(k + 1)
            if p is not None:
                out |= {p.actor, t.stands_for(p.actor)} - {""}
    return out


@per_codebook
def _claim_nouns(cb: Codebook) -> frozenset[str]:
    return word_list("claim_nouns.csv", cb.root)


def _claim_rejected(t: Tagged, a: int, b: int) -> set[str] | None:
    """When the content ``a:b`` is a claim with its own words (``claims that ...``,
    ``Sudan's allegations that ...``, ``reports by Kenya of ...``), the actors and states
    who made it, as named (possibly none); else None (the content is no such claim).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Guyana rejected Venezuela's claims that it let US troops in."))
    >>> sorted(_claim_rejected(t, 2, len(t.lower)))
    ['VEN']
    """
    nouns = _claim_nouns(t.codebook)
    k = a
    owners: set[str] = set()
    while k < b and (t.lower[k] in ("the", "these", "those", "such", "any", "all", "'s", "’s")
                     or t.by_tok.get(k) is not None):  # fmt: skip
        p = t.by_tok.get(k)
        if p is not None:
            owners |= {p.actor, t.stands_for(p.actor)} - {""}
            k = p.tok_end
        else:
            k += 1
    if k >= b or t.lower[k] not in nouns:
        return None
    j = k + 1
    if j + 1 < b and t.lower[j] in ("by", "from") and t.by_tok.get(j + 1) is not None:
        p = t.by_tok[j + 1]
        owners |= {p.actor, t.stands_for(p.actor)} - {""}
        j = p.tok_end
    if j >= b or t.lower[j] in (".", ","):
        return owners  # "rejected the criticism": a claim named again, its maker before
    return owners if t.lower[j] in ("that", "of") else None


@per_codebook
def _patient_verbs(cb: Codebook) -> frozenset[str]:
    return word_list("patient_verbs.csv", cb.root)


def _borne(t: Tagged, i: int, a: int) -> bool:
    """Is the hostile word at ``i`` the object of a verb whose subject bears it
    (``patient_verbs.csv``: ``have suffered repeated attacks``, ``faces raids``)?"""
    k = i - 1
    while k >= a and i - k <= 4 and t.words[k].isalpha() and t.words[k].islower():
        if t.lower[k] in _patient_verbs(t.codebook):
            return True
        k -= 1
    return False


def _critics(t: Tagged, prior: list[Statement], own: set[str]) -> list[str]:
    """Who made the claim or criticism a rejection names again (``Mali's envoy rejected
    the criticism``): the speaker of the latest earlier statement against the rejecter's
    side, by its state."""
    for s in reversed(prior):
        if s.stance == "negative" and own & set(s.targets):
            who = t.stands_for(s.speaker) or s.speaker
            return [who] if who not in own else []
    return []


def _own_side(t: Tagged, speakers) -> set[str]:
    """The speakers' ids and their states."""
    own = {_speaker_id(t, p) for p in speakers} | {t.stands_for(p.actor) for p in speakers}
    own.discard("")
    return own


def _quoted_words(t: Tagged, ca: int, cb_: int) -> tuple[int, int]:
    """The token range of a content's words: from :func:`_quote_opening`; when that is a
    quotation, up to its closing mark, or the last of quotations joined by ``and`` or a
    comma (``told the crowd, "...," and, "..."``), leaving out what follows (``wrote to his
    followers, "...," and shared a link``); else the whole ``ca:cb_``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('Roe wrote to her fans, "We won," and shared a photo.'))
    >>> a, b = _quoted_words(t, t.lower.index("to"), len(t.lower) - 1)
    >>> " ".join(t.words[a:b])
    '" We won , "'
    """
    a = _quote_opening(t, ca, cb_)
    if a == ca or t.lower[a] not in OPEN_Q:
        return a, cb_
    end = a
    while True:
        c = next((k for k in range(end + 1, cb_) if t.lower[k] in CLOSE_Q), None)
        if c is None:
            return a, cb_
        end = c
        k = c + 1
        while k < cb_ and t.lower[k] in (",", "and", "or"):
            k += 1
        if k >= cb_ or t.lower[k] not in OPEN_Q:
            return a, end + 1
        end = k


def _quote_opening(t: Tagged, ca: int, cb_: int) -> int:
    """Where the words of a content begin: at the quotation that ends it when only an
    addressee or a circumstance stands before it, past a comma or a colon (``told
    reporters in Lagos, "..."``, ``said on Monday: "..."``), whatever follows it (see
    :func:`_quoted_words`); else at ``ca``. A verb before the quotation keeps the whole
    (``said the port was open, "and busy."``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('Ode told reporters in Oslo, "The port is open."'))
    >>> a = t.lower.index("reporters")
    >>> t.words[_quote_opening(t, a, len(t.lower) - 1)]
    '"'
    """
    q = next((k for k in range(ca + 1, cb_) if t.lower[k] in OPEN_Q), None)
    if q is None or t.lower[q - 1] not in (",", ":"):
        return ca
    if any(t.lower[k] in ("that", "whether", "if") for k in range(ca, q)):
        return ca
    if any(_pos(t, k) in ("VERB", "AUX") for k in range(ca, q)):
        return ca
    return q


def _content_mode(t: Tagged, row: dict, cue: int, ca: int, cb_: int) -> str:
    """The mode of what the content tells: the cue's own, but what a party is told or
    warned to do is asked for, not reported (``told Baku to lift its blockade``)."""
    mode = row.get("mode_in_content") or "claimed"
    to = next((i for i in range(ca, min(cb_, ca + 6)) if t.lower[i] == "to"), None)
    if mode == "claimed" and to is not None and asked_party(t, to + 1, cue):
        return "proposed"
    return mode


def _pos(t: Tagged, i: int) -> str:
    """The part of speech of token ``i`` by the parse ("" with the surface back-end)."""
    if backend() == "surface" or t.tok_sent[i] < 0:
        return ""
    from .dependency import parse

    return parse(t, t.tok_sent[i]).pos(i)


def _proper(t: Tagged, i: int) -> bool:
    """Is token ``i`` a proper noun (by the parse, when that back-end is in use)?"""
    return _pos(t, i) == "PROPN"


def _attribute(t: Tagged, h, row, lo: int, hi: int, found, spoken=()):
    """(speakers, (content_from, content_to)) for one cue hit, or ([], None)."""
    after = _after_cue(t, h, row, hi)
    requires = row.get("requires")
    if requires and requires != "stance" and not _complement_given(t, h, requires, hi):
        return [], None
    if _as_far_as(t, h.start, lo):
        return [], None  # "as far as the ministry is concerned", "as far as we know": a hedge
    if _reduced_passive(t, h, lo):
        return [], None  # "..., Roe said when asked about the talks": Roe was asked
    if (
        h.start - 2 >= lo
        and t.lower[h.start - 1] == "to"
        and t.lower[h.start - 2] in _refusals(t.codebook)
    ):
        return [], None  # "declined to comment": no comment is made
    if row["pos"] == "prep":
        return _by_prep(t, h, lo, hi)
    if row["pos"] == "verb" and (_credit_line(t, h, lo, hi) or _advised(t, h, lo)):
        return [], None
    if row["pos"] == "noun":
        return _by_noun(t, h, lo, hi, after)
    speakers, content = _by_verb(t, h, lo, hi, after, found, spoken, row)
    # "Roe supported the bill", not "rebels attacked the convoy" (stance_cues.py)
    held = not (requires == "stance" and speakers) or stance_holds(
        t, h.start, h.end, speakers, *content
    )
    return (speakers, content) if held else ([], None)


#: the modals of advice and duty: a cue under one says what someone ought to say
_ADVICE_MODALS = frozenset({"should", "must", "ought", "shall"})


def _advised(t: Tagged, h, lo: int) -> bool:
    """Is the verb cue ``h`` what its subject is told it ought to say, a modal of advice or
    duty on it or on the verb it is joined to (``Chile should withdraw its troops and urge
    its allies to follow``: the writer's advice, not Chile's words), with a subject other
    than the first person (``We must urge restraint`` is the speaker's own)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chile should close the camp and urge Peru to help."))
    >>> c = t.words.index("urge")
    >>> _advised(t, _Hit(c, c + 1), 0)
    True
    >>> t = tag(parse_article("Chile closed the camp and urged Peru to help."))
    >>> c = t.words.index("urged")
    >>> _advised(t, _Hit(c, c + 1), 0)
    False
    """
    if not any(t.lower[i] in _ADVICE_MODALS for i in range(lo, h.start)):
        return False  # a cheap look first: no modal before the cue, no parse read
    p = parse_or_none(t, t.tok_sent[h.start])
    if p is None:
        return False
    v = h.start
    while p.dep(v) == "conj" and p.head(v) < v:
        v = p.head(v)
    kids = p.children(v)
    if any(p.dep(k) == "nsubj" and t.lower[k] in ("we", "i") for k in kids):
        return False
    return any(p.dep(k) == "aux" and t.lower[k] in _ADVICE_MODALS for k in kids)


#: conjunctions that open a clause cut to its participle ("when asked", "if pressed")
# ("once" and "before" are left out: "the bill she once supported" is her stance)
_REDUCED = frozenset({"when", "while", "if", "unless", "until"})


def _reduced_passive(t: Tagged, h, lo: int) -> bool:
    """Is cue ``h`` the participle of a clause reduced after a conjunction (``when asked
    about the convoy``, ``if pressed``): the subject of the sentence was spoken to, and
    the participle says no words of anyone named before it?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Roe smiled when asked about the talks."))
    >>> _reduced_passive(t, _Hit(3, 4), 0)
    True
    >>> t = tag(parse_article("Roe said when she asked about the talks."))
    >>> _reduced_passive(t, _Hit(4, 5), 0)
    False
    """
    c = h.start
    return (
        c - 1 >= lo
        and t.lower[c - 1] in _REDUCED
        and (t.lower[c].endswith("ed") or t.lower[c] in ("told", "shown"))
    )


def _as_far_as(t: Tagged, c: int, lo: int) -> bool:
    """Does ``as far as`` open the clause of cue token ``c``, at most five words before it
    (``as far as the ministry is concerned``, ``as far as we know``): a hedge of the
    writer's, no one's statement?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("As far as the army is concerned, the road is open."))
    >>> _as_far_as(t, t.lower.index("concerned"), 0)
    True
    """
    for k in range(max(lo, c - 8), c - 2):
        if t.lower[k : k + 3] == ["as", "far", "as"]:
            return c - (k + 3) <= 5
    return False


def _credit_line(t: Tagged, h, lo: int, hi: int) -> bool:
    """Is the sentence ``lo:hi`` of a verb cue a credit line, a reporter's name and place
    (``Jane Roe reported from Lagos.``), that reports no words? (Not ``"...," Roe said
    from Kyiv.``: a quotation before the name.)

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Jane Roe reported from Buenos Aires."))
    >>> k = t.lower.index("reported")
    >>> _credit_line(t, _Hit(k, k + 1), 0, len(t.lower))
    True
    """
    k = h.end
    if k + 1 >= hi or t.lower[k] != "from":
        return False
    name = all(t.words[j][:1].isupper() for j in range(lo, h.start))
    return name and all(
        t.words[j][:1].isupper() or t.lower[j] in _CREDIT_GLUE for j in range(k + 1, hi)
    )


# what joins the places of a credit line ("reported from Oakland, Calif.; Doe, from Rome.")
_CREDIT_GLUE = frozenset({",", ".", ";", "and", "from"})


@per_codebook
def _refusals(cb: Codebook) -> frozenset[str]:
    """The forms of the cues that deny the act of their ``to`` complement (``declined``)."""
    rows = [r for r in cb.cues if r.get("requires") == "to" and r["mode_in_content"] == "denied"]
    return frozenset(f for r in rows for f in r["forms"].split("|"))


# prepositions that open what a warning is about, not whom it is addressed to
_TOPIC_PREPS = frozenset({"against", "about", "over", "for", "of", "regarding", "concerning"})


def _complement_given(t: Tagged, h, requires: str, hi: int) -> bool:
    """Does the complement a cue ``requires`` (cues.csv) follow it? ``to``: an infinitive
    right after (``declined to comment``); ``quote``: a quotation, past a comma or a colon
    (``she continued: "..."``); ``no_to``: no ``to`` right after (``adding to her lead``
    is an increase, no words); ``clause``: ``that`` right after, or a clausal
    complement of the verb by the parse (``a survey shows most farmers oppose it``; not
    ``showed the film``, ``found the wreck``); ``party``: a party right after (``issued a
    warning to Peru``, not ``to travellers``)."""
    if requires == "quote" and _quote_closes_before(t, h.start):
        return True  # '"...," she continued.', '"...," continued Roe.'
    if requires == "quote" and _after_quote_sentence(t, h.start):
        return True  # '"All the way!" Roe shouted.': the quotation is a sentence of its own
    if requires == "no_to":  # "adding to her lead": no words; '"...," Roe added to Le Monde'
        # nor "the figures don't add up": a sum, no words
        return h.end >= hi or t.lower[h.end] not in ("to", "up") or _quote_closes_before(t, h.start)
    if requires == "answer":
        return _answers(t, h, hi)
    if requires == "owned":  # "Chile's statement condemning ...": read before any parse
        return not _unowned(t, _cues(t.codebook), h, hi)
    if requires == "words":  # "wrote on Facebook that ...", not "posted a photo"
        return _words_follow(t, h, hi, _past_adverbs(t, h.end, hi), later_that=True)
    if requires == "advice":
        return _counsel(t, h, hi)
    if requires == "as":  # "As we have heard from the envoy, ...", not "we heard from him"
        return _opening_as(t, h) is not None
    if requires == "party":  # "issued a warning to Peru", not "to travellers about Peru"
        k = h.end + (h.end < hi and t.lower[h.end] == "the")
        # nor "a warning against travel to Peru": the "to" of the warning's own topic
        topic = any(t.lower[j] in _TOPIC_PREPS for j in range(h.start, h.end))
        return k < hi and k in t.by_tok and not topic
    if requires == "clause" and _closes_on_cue(t, h, hi):
        return True  # "..., court records show.": the clause before is what they show
    k = h.end
    while k < hi and t.lower[k].endswith("ly") and len(t.lower[k]) > 4:
        k += 1  # "declined repeatedly to say"
    if k >= hi:
        return False
    if requires == "clause" and t.lower[k] in REFLEXIVES:
        return False  # "Kabul found itself isolated": its own plight, no finding told
    if requires == "to":
        return t.lower[k] == "to"
    if requires == "quote":
        k += t.lower[k] in (",", ":")
        return k < hi and t.lower[k] in OPEN_Q
    if t.lower[k] == "that" or backend() == "surface":
        return t.lower[k] == "that"
    p = parse(t, t.tok_sent[h.start])
    if any(p.dep(c) == "ccomp" and c >= h.end for c in p.children(h.end - 1)):
        return True
    # "A new poll showed the mayor ahead": a document's finding needs no clause
    head = subject_head(t, h.start)
    return head is not None and head < h.start and _document(t, head)


def _unowned(t: Tagged, cues: _Cues, h, hi: int) -> bool:
    """Is ``h`` a cue whose every row requires an owner's words (``owned``) that are not
    there? ``Chile's statement that ...``, ``the minister's remarks condemning ...``: a
    possessive before the noun (past an adjective or two), then ``that`` or a cue's
    participle (``Chile's statement on Friday`` says nothing by itself). A lexical check,
    so that a sentence with such a noun alone is never parsed.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> cues = _cues(tag(parse_article("x")).codebook)
    >>> for text in ("Chile's statement condemning the raid came late.",
    ...              "Chile's statement came late."):
    ...     t = tag(parse_article(text))
    ...     h = next(h for h in cues.matcher.find(t.lower) if t.lower[h.start] == "statement")
    ...     print(_unowned(t, cues, h, len(t.lower)))
    False
    True
    """
    rows = cues.rows_for(t.lower[h.start : h.end], h.row)
    if not rows or any(cues.matcher.rows[r].get("requires") != "owned" for r in rows):
        return False
    j = h.start - 1
    while j > h.start - 3 and j > 0 and t.words[j][:1].islower() and t.words[j].isalpha():
        j -= 1  # "Chile's recent statement"
    if j < 0 or t.lower[j] not in POSSESSIVE or h.end >= hi:
        return True
    nxt = t.lower[h.end]
    if nxt == "that":
        return False
    after = cues.matcher.find(t.lower, h.end, min(hi, h.end + 4))
    return not (nxt.endswith("ing") and any(a.start == h.end for a in after))


def _answers(t: Tagged, h, hi: int) -> bool:
    """Does a reply cue ``h`` (``respond``, ``reply``) report words, not an act: no gerund
    after ``by`` that is not itself a cue (``responded by shelling the port``, ``replied
    swiftly by abruptly expelling its envoy``: an act; ``responded by saying ...``: words)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ankara responded by expelling two diplomats."))
    >>> _answers(t, _Hit(1, 2), len(t.lower))
    False
    >>> t = tag(parse_article("The envoy responded by saying the talks would go on."))
    >>> _answers(t, _Hit(2, 3), len(t.lower))
    True
    """
    k = _past_adverbs(t, h.end, hi)
    if k < hi and t.lower[k] in _REPLY_BY:  # "responded with strikes", "replied in kind"
        return _words_after(t, k, hi)
    if not (k < hi and t.lower[k] == "by"):
        return True
    g = _past_adverbs(t, k + 1, hi)  # "by abruptly blocking"
    if not (g < hi and t.lower[g].endswith("ing")):
        return True
    return any(x.start == g for x in _cues(t.codebook).matcher.find(t.lower, g, g + 2))


# what follows a reply cue when it tells how the reply was made, not the words
# ("responded with air strikes", "replied in kind", "responded as if hurt"). A reply "to"
# something keeps its cue: "did not respond to a request for comment" is read as a
# (refused) statement, as PolNeAR annotates it.
_REPLY_BY = frozenset({"with", "in", "as", "from"})


def _words_after(t: Tagged, k: int, hi: int) -> bool:
    """After ``responded with ...`` (the manner of a reply at ``k``), are words given later
    in the sentence: ``that``, a quotation, a colon, or ``by`` and a cue's gerund
    (``replied with a statement saying ...`` has its own cue; ``responded in writing:
    "..."``)? Not ``responded with air strikes``, ``replied in kind``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ankara responded with air strikes on the border."))
    >>> _words_after(t, 2, len(t.lower))
    False
    >>> t = tag(parse_article('Ankara responded in writing: "We reject it."'))
    >>> _words_after(t, 2, len(t.lower))
    True
    """
    for j in range(k + 1, hi):
        w = t.lower[j]
        if w in ("that", ":") or w in OPEN_Q:
            return True
        if w == "by" and _answers(t, _Hit(j - 1, j), hi):
            g = _past_adverbs(t, j + 1, hi)
            return g < hi and t.lower[g].endswith("ing")
    return False


def _past_adverbs(t: Tagged, k: int, hi: int) -> int:
    """The token after the adverbs and the time that may follow a cue at ``k``
    (``responded swiftly``, ``replied Tuesday``, ``wrote on Monday``)."""
    while k < hi and (
        (t.lower[k].endswith("ly") and len(t.lower[k]) > 4)
        or t.lower[k] in TIME_WORDS
        or (
            t.lower[k] in ("on", "in", "late", "early")
            and k + 1 < hi
            and t.lower[k + 1] in TIME_WORDS
        )
    ):
        k += 1
    return k


def _quoted_before(t: Tagged, c: int) -> bool:
    """Does a quotation close in the sentence before cue token ``c``, its speaker between
    (``"...," nuclear experts Jane Roe and John Doe of the institute wrote``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('"It is over" the Kenya-based newspaper wrote.'))
    >>> _quoted_before(t, t.lower.index("wrote"))
    True
    """
    lo = t.sent_tok[t.tok_sent[c]][0] if t.tok_sent[c] >= 0 else c
    marks = [k for k in range(lo, c) if t.lower[k] in QUOTES]
    if not marks or c - marks[-1] > 15:
        return False
    last = t.lower[marks[-1]]
    paired = last not in OPEN_Q or len(marks) % 2 == 0  # a straight mark closes an even run
    return last in CLOSE_Q and paired and "." not in t.lower[marks[-1] + 1 : c]


def _words_follow(t: Tagged, h, hi: int, k: int, later_that: bool = False) -> bool:
    """Are the words a cue ``h`` reports in its sentence: a quotation or a clause before it
    (``"...," Roe wrote``, ``..., Roe wrote.``), ``that`` at ``k`` (past its adverbs), or a
    quotation or a colon in its clause (``wrote on Facebook: "..."``)? ``later_that``: a
    ``that`` opening a clause further on counts too (``wrote in a letter that ...``), as
    does a clausal complement by the parse (``wrote the war was lost``)."""
    if _quote_closes_before(t, h.start) or _after_quote_sentence(t, h.start):
        return True
    if _quoted_before(t, h.start):
        return True
    if _closes_on_cue(t, h, hi) or (k < hi and t.lower[k] == "that") or _as_clause(t, h, k, hi):
        return True
    p = parse(t, t.tok_sent[h.start]) if later_that and backend() != "surface" else None
    if p is not None and any(p.dep(c) == "ccomp" and c >= h.end for c in p.children(h.end - 1)):
        return True
    for j in range(k, hi):
        if t.lower[j] == ":" or t.lower[j] in OPEN_Q:
            return True
        if later_that and t.lower[j] == "that" and (p is None or p.dep(j) == "mark"):
            return True
        if t.lower[j] in (";", ".") or (t.lower[j] == "," and j > k):
            return False  # the clause ends without words of its own
    return False


def _as_clause(t: Tagged, h, k: int, hi: int) -> bool:
    """Is the cue ``h`` the verb of an ``as`` clause that opens its sentence or follows a
    comma, closed by a comma at ``k`` before a clause (``As the envoy has briefed, the
    crisis is deepening``, ``because, as Roe recalled, the border ...``)? The clause
    after the comma is what was said.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("As the envoy has briefed, the crisis is deepening."))
    >>> c = t.lower.index("briefed")
    >>> _as_clause(t, _Hit(c, c + 1), c + 1, len(t.lower) - 1)
    True
    >>> t = tag(parse_article("He left as the envoy briefed the press."))
    >>> c = t.lower.index("briefed")
    >>> _as_clause(t, _Hit(c, c + 1), c + 1, len(t.lower) - 1)
    False
    """
    if not (k + 2 < hi and t.lower[k] == ","):
        return False
    lo = t.sent_tok[t.tok_sent[h.start]][0]
    for j in range(h.start - 1, max(lo, h.start - 9) - 1, -1):
        if t.lower[j] == "as":
            return j == lo or t.lower[j - 1] == ","
        if t.lower[j] in (",", ";", ":"):
            return False
    return False


def _counsel(t: Tagged, h, hi: int) -> bool:
    """Does an advice cue ``h`` say what it counsels: within eight words of its clause, past
    its object, an infinitive, ``that``, ``not``, ``against``, ``on`` a matter, a gerund
    or a quotation (``advised the ministry to delay the vote``, ``advised by the envoy to
    leave``)? With an object alone it is a job (``has advised the prime minister``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Roe has advised the prime minister since 2019."))
    >>> _counsel(t, _Hit(2, 3), len(t.lower))
    False
    >>> t = tag(parse_article("Roe advised the prime minister to delay the vote."))
    >>> _counsel(t, _Hit(1, 2), len(t.lower))
    True
    """
    for k in range(h.end, min(hi, h.end + 8)):
        w = t.lower[k]
        if w == "on" and k + 1 < hi and (t.lower[k + 1] in TIME_WORDS or t.lower[k + 1].isdigit()):
            continue  # "updated its website on Monday": a time, no matter
        if w in ("to", "that", "not", "against", "on") or w in OPEN_Q:
            return True
        if w.endswith("ing") and len(w) > 4 and t.words[k].islower():
            return True
        word = w.rstrip(".").replace("-", "").isalnum() or w in ("-", "’s", "'s")
        if not word or w in SUBORDINATORS:
            return False  # "has advised Gen. Roe, the ...", "advising Acme as it ...": a job
    return False


def _closes_on_cue(t: Tagged, h, hi: int) -> bool:
    """Does the cue ``h`` end its sentence, after a comma and a subject of at most six
    words (``The levy failed, court records show.``): a trailing attribution, whose content
    is the clause before the comma?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Exports fell by a third, customs data show."))
    >>> c = t.lower.index("show")
    >>> _closes_on_cue(t, _Hit(c, c + 1), len(t.lower))
    True
    >>> t = tag(parse_article("Customs data show a fall."))
    >>> _closes_on_cue(t, _Hit(2, 3), len(t.lower))
    False
    """
    if h.end < hi and t.lower[h.end] not in (".", "!", "?", ";"):
        return False
    j = h.start - 1
    while j >= 0 and h.start - j <= 7 and t.lower[j] != ",":
        if t.lower[j] in QUOTES or t.lower[j] in (".", ";", ":"):
            return False
        j -= 1
    return j >= 0 and t.lower[j] == "," and j < h.start - 1 and t.tok_sent[j] == t.tok_sent[h.start]


def _after_quote_sentence(t: Tagged, c: int) -> bool:
    """Does cue token ``c`` follow at most a short name at the start of a sentence that
    comes right after a quotation ending with its own ``!``, ``?`` or full stop (``"All the
    way!" Jane Roe shouted.``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('"Not one more day!" Jane Roe shouted.'))
    >>> _after_quote_sentence(t, t.lower.index("shouted"))
    True
    """
    si = t.tok_sent[c]
    if si < 0 or _quote_before(t, si) == (0, 0):
        return False
    lo = t.sent_tok[si][0]
    return c - lo <= 5 and all(
        t.words[k][:1].isupper() or t.lower[k] in ("the", "he", "she", "they") for k in range(lo, c)
    )


def _document(t: Tagged, j: int) -> bool:
    """Is token ``j`` a document noun of ``speaker_roles.csv`` or its plural?"""
    p = t.by_tok.get(j)
    a = t.actor(p.actor) if p is not None else None
    return a.type == "document" if a is not None else role_kind(t, j) == "document"


def _quote_closes_before(t: Tagged, c: int) -> bool:
    """Does a quotation close with a comma, ``?`` or ``!`` right before cue token ``c``,
    or before a pronoun, a name of at most three words or a short noun phrase there
    (``"...," she went on``, ``"...," it read``, ``"...," the union's letter reads``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('"We will stay," she continued.'))
    >>> _quote_closes_before(t, t.lower.index("continued"))
    True
    >>> t = tag(parse_article('"No war," the banner read.'))
    >>> _quote_closes_before(t, t.lower.index("read"))
    True
    """
    lo = t.sent_tok[t.tok_sent[c]][0] if t.tok_sent[c] >= 0 else c
    for k in range(c - 1, max(lo, c - 6) - 1, -1):
        if t.lower[k] in CLOSE_Q:
            return k - 1 >= lo and t.lower[k - 1] in (",", "?", "!")
        w = t.words[k]
        if not (w[:1].isupper() or w.isalpha() and w.islower() or w in ("’s", "'s")):
            return False
    return False


def _after_cue(t: Tagged, h, row, hi: int) -> int:
    """Where the content of a cue begins: past its complement words (``that``, ``for``)."""
    comp = set(row.get("complement", "").split("|")) - {""}
    after = h.end
    if "that" in comp:
        # "told reporters in Beijing that ...": the addressee is not the content
        for k in range(h.end, min(hi, h.end + 7)):
            if t.lower[k] == "that":
                after = k
                break
            if not t.lower[k].isalnum() or t.lower[k] in _claim_nouns(t.codebook):
                break  # "denied Sudanese claims that ...": the claim is what is denied
    while after < hi and t.lower[after] in comp:
        after += 1
    return after


def _by_prep(t: Tagged, h, lo: int, hi: int):
    """``according to X, ...`` / ``..., according to the nonpartisan X.``"""
    at = _past_space(t, h.end, hi)  # "according to  spokesman Jane Roe": a double space
    p = starting_at(t, at)
    k = at
    while p is None and k < min(hi, at + 4) and (t.words[k][:1].islower() or k not in t.by_tok):
        # "according to a new national poll by", "the nonpartisan Budget Office",
        # "according to Democratic officials": the party after the modifiers
        k += 1
        p = t.by_tok.get(k) if t.by_tok.get(k) and t.by_tok[k].tok == k else None
    if p is None and not any(k in t.by_tok for k in range(at, min(hi, at + 4))):
        p = according_to_source(t, at, hi)  # "according to a survey of landlords"
    if not _can_speak(t, p):
        # "according to a CNN/ORC poll", "a 2015 Pew Research survey": the poll its maker
        # names, when the maker alone is no speaker
        p = according_to_source(t, at, hi) if _role_headed(t, at, hi) else None
    if not _can_speak(t, p):
        return [], None
    if _opening_as(t, h) is not None:
        if t.lower[p.tok] in _OWNERS:
            return [], None  # "as we heard from our briefers": the briefers, not "our"
        # "As we have heard from the envoy, the crisis is deepening": the clause after
        comma = next((k for k in range(p.tok_end, hi) if t.lower[k] == ","), hi)
        return ([p], (comma + 1, hi)) if comma + 2 < hi else ([], None)
    if h.start > lo + 1:
        return [p], (lo, h.start)
    return [p], (p.tok_end, hi)


_OWNERS = frozenset({"my", "our", "your", "his", "her", "its", "their"})


def _opening_as(t: Tagged, h) -> int | None:
    """The ``as`` that opens the clause of cue ``h``, at its sentence's start or after a
    comma, within five words (``As we have heard from the envoy, ...``, ``..., as we
    heard from Roe, ...``), else None.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("As we have heard from Roe, the war goes on."))
    >>> c = t.lower.index("heard")
    >>> _opening_as(t, _Hit(c, c + 2))
    0
    >>> t = tag(parse_article("We heard from Roe as the war went on."))
    >>> _opening_as(t, _Hit(1, 3)) is None
    True
    """
    lo = t.sent_tok[t.tok_sent[h.start]][0]
    for j in range(h.start - 1, max(lo, h.start - 6) - 1, -1):
        if t.lower[j] == "as":
            return j if j == lo or t.lower[j - 1] == "," else None
        if t.lower[j] in (",", ";", ":"):
            return None
    return None


def _role_headed(t: Tagged, k: int, hi: int) -> bool:
    """Does the phrase from token ``k`` to the next comma (or ``hi``) end in a role noun of
    ``speaker_roles.csv`` (``a CNN/ORC poll``, ``a 2015 Pew Research survey``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Rents rose, according to a 2015 Gallup survey."))
    >>> _role_headed(t, t.lower.index("a"), len(t.lower) - 1)
    True
    """
    e = k
    while e < hi and t.lower[e] not in (",", ";", ":", "(", "—", "–"):
        e += 1
    while e > k and t.lower[e - 1] in (".", "!", "?"):
        e -= 1
    return k < e <= k + 12 and is_role(t, e - 1)


def _by_noun(t: Tagged, h, lo: int, hi: int, after: int):
    """``X's assertion that ...``, ``assertion by X``."""
    j = h.start - 1
    while j > lo and t.lower[j] not in POSSESSIVE and t.words[j][:1].islower() and j > h.start - 3:
        j -= 1  # an adjective or two: "Sullivan's latest assertion"
    if j >= lo and t.lower[j] in POSSESSIVE:
        p = t.ending_at(j)
        if _can_speak(t, p):
            return [p], (after, hi)
    if h.end < hi and t.lower[h.end] == "by":
        p = starting_at(t, h.end + 1)
        if _can_speak(t, p):
            return [p], (p.tok_end, hi)
    return [], None


def _by_verb(t: Tagged, h, lo: int, hi: int, after: int, found, spoken, row=None):
    """Verbs and verb phrases: subject, inversion, passive, participle and conjunct."""
    # Passive: "This meeting, confirmed by Y," -> content is what precedes the cue; not a
    # cue that holds its own "be" ("X has been concerned by Y": Y worries X, says nothing)
    if h.end < hi and t.lower[h.end] == "by" and t.lower[h.start] not in _BE | _REMAIN:
        p = starting_at(t, h.end + 1)
        if _can_speak(t, p):
            j = h.start - 1
            while j > lo and (
                t.lower[j] in (",", "was", "were", "been", "is", "are", "being", "widely")
                or t.lower[j].endswith("ly")  # "was strongly criticised by"
            ):
                j -= 1
            k = j
            while k > lo and t.lower[k - 1] not in (",", ";"):
                k -= 1
            # "was criticised by the UK, the US and Canada": each agent speaks
            return [q for q in group_right(t, p, hi) if _can_speak(t, q)] or [p], (k, j + 1)
    speakers = [] if _passive(t, h, lo) else _subject(t, h.start, lo)
    if not speakers and _by_gerund(t, h.start, lo):
        speakers = _subject(t, h.start - 2, lo)  # "Roe began by highlighting": Roe's
    if not speakers and not _passive(t, h, lo):
        p = quoted_description(t, h.start, lo)  # '"...," the old fisherman said'
        speakers = [p] if p is not None else []
    if speakers:
        first = speakers[0].tok
        # '"...," Netanyahu said at a meeting': the quote before the speaker is the content
        # ('"...," MSNBC host Jane Roe said': up to the closing mark)
        close = next(
            (i for i in range(first - 1, max(lo, first - 7), -1) if t.lower[i] in CLOSE_Q), None
        )
        if (
            t.lower[lo] in OPEN_Q
            and close is not None
            and skip_left(t, h.start, lo) < speakers[-1].tok_end
        ):
            return speakers, (lo, close + 1)
        if _after_asked_quote(t, first, lo) and skip_left(t, h.start, lo) < speakers[-1].tok_end:
            # '"...?" Roe told a radio station in Oslo.': the quotation ending the last sentence
            q = next(
                (k for k in range(lo - 2, max(-1, lo - 120), -1) if t.lower[k] in OPEN_Q), None
            )
            return speakers, ((q, lo) if q is not None else (lo, first))
        if _content_before(t, h.end, after, first, (lo, hi)):
            if _relative_object(t, first, lo):
                return [], None  # "the resolutions that Russia endorsed": no content
            # "..., X said." / "..., X said Thursday.": the content precedes the speaker
            return speakers, (lo, first)
        return speakers, (after, hi)
    # "They" right after plural speech is its speakers ("The three leaders stressed ...
    # They reaffirmed ..."); else a collective subject: "The national security advisors"
    j = skip_left(t, h.start, lo)
    sent = t.tok_sent[h.start]
    if j >= lo and t.lower[j] == "they" and spoken and spoken[-1][0] >= sent - 2:
        return list(spoken[-1][1]), (after, hi)
    group = plural_subject(t, h.start, lo)
    if group:
        return group, (after, hi)
    b = _before_space(t, h.start, lo)
    p = _inverted(t, h, hi, row)
    if p is not None and b > lo and t.lower[b - 1] in (",", *CLOSE_Q):
        return [p], (lo, b)
    if p is not None and h.start == lo and p.tok_end < hi and t.lower[p.tok_end] in (",", ":"):
        return [p], (p.tok_end, hi)  # 'Said Jane Roe, "..."'
    # Participle or coordinated clause: "..., asserting that", "... and urged".
    # After a comma only a participle continues the speaker ("This meeting, confirmed by
    # X, underscores ...": the finite verb has the sentence's own subject, not X).
    j = skip_left(t, h.start, lo)
    if (
        j >= lo
        and found
        and (t.lower[j] == "and" or (t.lower[j] == "," and t.lower[h.start].endswith("ing")))
    ):
        return found[-1][2], (after, hi)
    return [], None


def _by_gerund(t: Tagged, c: int, lo: int) -> bool:
    """Is the cue at ``c`` a gerund after ``by`` that says how a verb of the same subject
    was done (``The Prime Minister began by highlighting ...``, ``Kenya responded by
    calling for ...``), not after a passive (``was shaken by warning shots``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Talks\\n\\nThe President Jane Roe began by stressing the risks."))
    >>> _by_gerund(t, t.words.index("stressing"), 2)
    True
    """
    v = c - 2
    return (
        v > lo
        and t.lower[c].endswith("ing")
        and t.lower[c - 1] == "by"
        and t.words[v].isalpha()
        and t.words[v].islower()
        and t.lower[v - 1] not in (*_BE, "to")  # "I want to begin by thanking": the want's
        and _pos(t, v) in ("VERB", "")
    )


# what follows the object of a cue that takes a party as its object: "accused X of",
# "praised X for", "urged X to", "thanked X over"
_OBJECT_TAILS = frozenset({"of", "for", "to", "over", "with", "that", "on"})


def _object_not_speaker(t: Tagged, p: Participant, row, hi: int) -> bool:
    """Is the party after a cue that acts on a party (``cues.csv`` with an event type,
    a warning aside) its object, not an inverted speaker: ``accused Sudan of``?"""
    if not row or not row.get("type") or row["type"] == "THREATEN":
        return False
    k = p.tok_end
    return k < hi and t.lower[k] in _OBJECT_TAILS


def _content_before(t: Tagged, end: int, after: int, first: int, span) -> bool:
    """Is the content of a cue ending at ``end`` with its speaker at ``first`` the words
    before the speaker: nothing after the cue, a tail (``..., X said Thursday.``) or a
    participle (``..., X said, adding ...``)?"""
    lo, hi = span
    if _description_before(t, first, lo):
        return False
    return (
        after >= hi
        or t.lower[end] in (".", "!", "?")
        or _tail(t, first, end, lo, hi)
        or _participle_after(t, end, first, lo, hi)
    )


def _description_before(t: Tagged, first: int, lo: int) -> bool:
    """Are the words before a speaker set off by a comma a description of the speaker, no
    clause (no verb, no quotation): ``Kenya's foreign minister, Jane Roe, called for a
    truce`` (``a truce`` is what was said, not a tail after a quotation)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Kenya's foreign minister, Jane Roe, called for a truce."))
    >>> _description_before(t, t.words.index("Jane"), 0)
    True
    >>> t = tag(parse_article("The border will stay closed, Jane Roe said."))
    >>> _description_before(t, t.words.index("Jane"), 0)
    False
    """
    if first - lo < 2 or t.lower[first - 1] != ",":
        return False
    return not any(
        _pos(t, i) in ("VERB", "AUX") or t.lower[i] in QUOTES for i in range(lo, first - 1)
    )


def _participle_after(t: Tagged, end: int, first: int, lo: int, hi: int) -> bool:
    """``The bridge will open, Roe said, adding ...``: a speaker after a comma whose cue a
    comma and a participle follow; the clause before the speaker is what was said (the
    participle is a statement of its own).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The bridge will open soon, Roe said, adding that it is safe."))
    >>> said = t.words.index("said")
    >>> _participle_after(t, said + 1, t.words.index("Roe"), 0, len(t.words))
    True
    """
    return (
        first - lo >= 3
        and t.lower[first - 1] in (",", *CLOSE_Q)
        and end + 1 < hi
        and t.lower[end] == ","
        and t.lower[end + 1].endswith("ing")
        and t.words[end + 1].isalpha()
    )


def _inverted(t: Tagged, h, hi: int, row) -> Participant | None:
    """The speaker named after an inverted cue: '"...," said X.', '"...," said Democratic
    pollster Jane Roe.' A participle never inverts (in "..., accusing the mayor of" the
    mayor is its object), nor is a cue's object its speaker (``accused Sudan of``)."""
    if t.lower[h.start].endswith("ing"):
        return None
    k = _past_space(t, h.end, hi)
    p = (
        _inverted_speaker(t, k, hi)
        or description_after(t, k, hi)
        or quoted_description_after(t, h.end, hi)
    )
    if p is not None and _verb_after(t, p.tok_end, hi):
        return None  # "..., said Ukraine must withdraw": the subject of what was said
    quoted = h.start >= 2 and t.lower[h.start - 1] in CLOSE_Q and t.lower[h.start - 2] in "?!,"
    if quoted:  # '"...?" asked Sen. Jane Roe of Ohio': the quotation's speaker, no object
        return p
    return None if p is not None and _object_not_speaker(t, p, row, hi) else p


# the auxiliaries and modals that open a clause's verb ("Ukraine must withdraw")
_CLAUSE_AUX = frozenset({"is", "are", "was", "were", "will", "would", "must", "should", "can",
                         "could", "may", "might", "has", "have", "had", "shall"})  # fmt: skip


def _verb_after(t: Tagged, k: int, hi: int) -> bool:
    """Does a verb of its own follow a party ending at ``k`` (``said Ukraine must
    withdraw``, ``said Ukraine withdrew``): the party is the subject of the clause said,
    no speaker named after the cue?"""
    if k >= hi:
        return False
    if t.lower[k] in _CLAUSE_AUX:
        return True
    if backend() == "surface":
        return False
    p = parse(t, t.tok_sent[k])
    return p.pos(k) == "VERB" and p.dep(k) not in ("acl", "relcl", "amod")


def _past_space(t: Tagged, k: int, hi: int) -> int:
    """The first token from ``k`` on that is not a run of spaces (a double space in the
    text is a token of its own: ``said  Jane Roe``)."""
    while k < hi and t.words[k].isspace():
        k += 1
    return k


def _before_space(t: Tagged, k: int, lo: int) -> int:
    """``k`` moved left past the tokens of spaces right before it (``,''  said``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("''We agree,''  said Jane Roe."))
    >>> t.words[_before_space(t, t.words.index("said"), 0) - 1]
    "''"
    """
    while k > lo and t.words[k - 1].isspace():
        k -= 1
    return k


def _passive(t: Tagged, h, lo: int) -> bool:
    """``X was asked about``, ``X was told that``: the subject of a passive cue is the one
    spoken to, not the speaker (a cue holding its own ``be``, ``is concerned``, is none)."""
    between = t.lower[skip_left(t, h.start, lo) + 1 : h.start]
    return (
        any(w in ("was", "were", "been", "being", "be", "is", "are") for w in between)
        and t.lower[h.start] not in _BE
        and (t.lower[h.start].endswith("ed") or t.lower[h.start] in ("told", "shown", "found"))
    )


#: a rank's ordinal before its title: ``1st``, ``2nd``, ``23rd``, ``4th``
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _inverted_speaker(t: Tagged, k: int, hi: int) -> Participant | None:
    """The speaker named right after an inverted cue at ``k``: the party the name phrase
    ends with, past its titles and modifiers (``said Army Capt. Jane Roe``, ``said
    Democratic pollster John Doe``); none across a preposition or punctuation
    (``said on Fox News``). A rank's ordinal (``said Army 1st Lt. Jane Roe``) is part of
    the title."""
    j, of, reach = k, False, k + 6
    while j < min(hi, reach) and t.by_tok.get(j) is None:
        w = t.lower[j]
        if w == "of" and j > k and t.words[j - 1].isalpha() and t.words[j - 1].islower():
            of = True  # "said master of ceremonies Jane Roe": a role noun with its "of"
        elif w == "by" and j - 2 >= k and t.lower[j - 1] in AUTHORED and _document(t, j - 2):
            reach = j + 6  # '"...," read the letter written by Minister Jane Roe': hers
        elif not (w[:1].isalpha() or w in ("-", "’s", "'s") or _ORDINAL.fullmatch(w)) or (
            w in PREPS or w in CIRCUMSTANCE
        ):
            return None
        j += 1
    p = t.by_tok.get(j)
    if p is None or p.tok != j or (of and not _is_person(t, p.actor)):
        return None
    while True:  # 'Army Capt. Jane Roe', 'Iranian rights monitor Jane Roe': the last party
        e = p.tok_end
        while (e < min(hi, p.tok_end + 4) and t.by_tok.get(e) is None
               and (_modifier(t, e) or t.lower[e] in ("'s", "’s"))):  # fmt: skip
            e += 1  # "said Kenya's foreign minister": the minister
        q = t.by_tok.get(e)
        if q is None or q.tok != e or q is p:
            break
        p = q
    return p if _can_speak(t, p) and not p.possessive else None


def _modifier(t: Tagged, k: int) -> bool:
    """Can token ``k`` stand inside a name phrase before its head (a title, a noun)?"""
    w = t.lower[k]
    return k in t.title_tokens or (
        w.isalpha()
        and t.words[k].islower()
        and w not in PREPS
        and w not in CIRCUMSTANCE
        and w not in ("and", "or", "who", "which", "that", "but")
    )


def _relative_object(t: Tagged, first: int, lo: int) -> bool:
    """Does a relative pronoun open the clause of the speaker at token ``first`` (``the
    resolutions that Russia endorsed``: the cue's object is the antecedent, no content)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("It breaks the deals that Russia endorsed."))
    >>> _relative_object(t, t.words.index("Russia"), 0)
    True
    """
    for k in range(first - 1, max(lo - 1, first - 5), -1):
        if t.lower[k] in ("that", "which", "whom"):
            return k > lo and t.lower[k - 1] not in (",", ":", *CLOSE_Q)
        if not (t.lower[k].replace("-", "").isalpha() or t.lower[k] == "-"):
            return False
    return False


def _after_asked_quote(t: Tagged, first: int, lo: int) -> bool:
    """Does the sentence open with its speaker at ``first``, right after a quotation that
    ended the last sentence with ``?`` or ``!``? Then the quotation is what was said, not
    the words after the cue.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article('"Who knows?" Roe told a radio station in Oslo.'))
    >>> lo = t.sent_tok[1][0]
    >>> _after_asked_quote(t, lo, lo)
    True
    """
    return first == lo and lo >= 2 and t.lower[lo - 1] in CLOSE_Q and t.lower[lo - 2] in "?!"


def _tail(t: Tagged, first: int, after: int, lo: int, hi: int) -> bool:
    """``..., the Pentagon said Thursday.``: a speaker after a comma, a short tail, no party."""
    if first - lo < 3 or t.lower[first - 1] not in (",", *CLOSE_Q):
        k = first - 1
        while k > lo and t.lower[k] in ("the", "a", "an") or (k > lo and k in t.title_tokens):
            k -= 1
        if k - lo < 3 or t.lower[k] not in (",", *CLOSE_Q):
            return False
    rest = [i for i in range(after, hi) if t.lower[i] not in (".", "!", "?")]
    if any(t.lower[i] in ("that", ":") or t.lower[i] in QUOTES for i in rest):
        return False
    if len(rest) <= 4 and not any(t.lower[i] == "," or t.by_tok.get(i) is not None for i in rest):
        # "..., X said Thursday.": a tail; "In Oslo, X said the bridge was closed.": a clause
        return not any(_pos(t, i) in ("VERB", "AUX") for i in rest)
    # "..., Blinken said Friday during a meeting of G7 ministers": a circumstance
    first_w = t.words[rest[0]] if rest else ""
    return (
        first_w in _WEEKDAYS
        or first_w.lower() in CIRCUMSTANCE
        or first_w.lower()
        in (
            "today",
            "yesterday",
            "on",
            "late",
            "earlier",
        )
    )


_PREPOSITIONS = frozenset(
    [
        "between",
        "with",
        "of",
        "to",
        "on",
        "against",
        "for",
        "from",
        "by",
        "at",
        "in",
        "into",
        "over",
        "under",
        "about",
        "like",
        "among",
    ]
)


def _victims(t: Tagged, a: int, b: int) -> set[str]:
    """Actors a conflict trigger in the content is aimed at: its prepositional object (``war
    against Ukraine``, ``the shelling of Kharkiv``), the object of a hostile verb
    (``stop threatening Kosovo``), and what a victim owns (``the attack on Colombia's
    embassy``: the embassy too)."""
    out = set()
    for h in _cues(t.codebook).conflict.find(t.lower, a, b):
        i = h.end
        prep = i < b and t.lower[i] in ("against", "on", "in", "into", "upon", "of")
        if not prep and _pos(t, h.end - 1) != "VERB":
            continue
        i += prep
        quals, stop = place_qualifiers(t.codebook), min(b, i + 4)
        # "the strikes on Port Sudan", "the shelling of eastern Ukraine": past the words
        # that open a place's name or qualify it
        while (
            i < stop
            and i not in t.by_tok
            and (
                t.lower[i] in ("the", "a", "an") or t.lower[i] in quals or t.words[i][:1].isupper()
            )
        ):
            i += 1
        p = t.by_tok.get(i)
        if p is not None:
            out.add(p.actor)
            owned = t.by_tok.get(p.tok_end + 1) if p.possessive else None
            if owned is not None:
                out.add(owned.actor)
    return out | people_harmed(t, a, b)  # "condemned the killing of Palestinians"


def _agent_of_object(t: Tagged, inside: list[Participant], a: int, stop: int) -> list:
    """A cue that carries its stance ("condemned", "welcomed") judges the agent its object
    names: "condemned China's harassment of Philippine vessels", "the Russian attack on
    Ukraine", "North Korea's launch toward Japan and South Korea": China, Russia, North
    Korea, not the parties the act was aimed at. Other objects keep every party."""
    first = next((p for p in inside if p.tok < stop), None)
    if first is None or any(t.lower[i] in PREPS for i in range(a, first.tok)):
        return inside
    cues = _cues(t.codebook)
    hostile = {h.start for h in cues.conflict.find(t.lower, a, stop)}
    relation = {h.start for h in cues.relation.find(t.lower, a, stop)}

    def near(p, starts) -> bool:
        return any(k in starts for k in range(p.tok_end, min(stop, p.tok_end + 4)))

    # the possessor may close a coordination: "Russia and Iran's attacks"; a relation
    # ("concern over Russia's ties with North Korea") is about both of its parties
    owner = next((p for p in inside if p.tok < stop and p.possessive), None)
    if owner is not None and not any(t.lower[i] in PREPS for i in range(a, owner.tok)):
        return inside if near(owner, relation) else group_left(t, owner, a)
    if first.head.kind == "demonym" and near(first, hostile):
        return [first]
    return inside


def _targets(
    t: Tagged,
    speakers,
    a: int,
    b: int,
    prior: list[Statement],
    sent: int,
    keep_subject: bool = False,
) -> list[str]:
    """Actors the content is about.

    The subject of a reported clause from the speaker's own side is its agent, not its
    target ("Sullivan: the Biden administration is leaving Z": Z), unless the cue itself
    carries the stance ("X warned that Y would regret": Y).
    """
    speaker_ids = {p.actor for p in speakers} | {_speaker_id(t, p) for p in speakers}
    own_side = {t.stands_for(p.actor) for p in speakers} - {""}
    # Condemning a war is not conflict with its victim: only when the cue fixes the stance.
    victims = _victims(t, a, b) if keep_subject else set()
    out: list[str] = []
    inside = [p for p in parts_in(t, a, b) if p.tok_end <= b]
    qualifiers = place_qualifiers(t.codebook)
    # A subordinate clause ("as Trump re-enters ...") is background, not a target.
    stop = next((i for i in range(a + 1, b) if t.lower[i] in SUBORDINATORS), b)
    stop = _background_start(t, inside, a, stop)
    if keep_subject:
        inside = _agent_of_object(t, inside, a, stop)
    for n, p in enumerate(inside):
        if p.tok >= stop or p.actor in speaker_ids or p.actor in victims:
            continue
        a_ = t.actor(p.actor)
        if a_ is None:
            continue
        k = p.tok - 1
        # "in the north of", "in northern Ethiopia": the place of what is told
        while k >= a and (t.lower[k] in ("the", "a", "an") or t.lower[k] in qualifiers):
            k -= 1
        if k >= a and t.lower[k] in CIRCUMSTANCE and not people_in(t, k):
            continue  # "in Ukraine", "during the Ukraine conflict": circumstance
        if k >= a and t.lower[k] == "into":
            continue  # "weapons flowing into Sudan": where things go, not whom it is about
        if k >= a and t.lower[k] == "to" and _host_of_a_told_visit(t, k, a):
            continue  # "announced during the visit of X to Cyprus": only the visit's host
        if _beside_own_side(t, p, a, b, own_side):
            continue  # "French and Egyptian warships launched ...": a co-agent, no target
        if labels_a_sanction(t, p, b):
            continue  # "the Somalia and Eritrea sanctions regimes": what a measure is on
        is_subject = n == 0 and p.tok_end < b and not p.possessive and t.lower[p.tok_end] in AUX
        if is_subject and not keep_subject and a_.stands_for in own_side:
            continue  # "Sullivan: the Biden administration is leaving ...": the agent
        ids = (a_.stands_for,) if a_.type == "place" else (p.actor, a_.stands_for)
        for x in ids if a_.type in ("person", "place") else (p.actor,):
            if x and x not in out and x not in speaker_ids:
                out.append(x)
    if not out:  # "welcomed the agreement": the parties of the accord told before
        out = [x for p in accord_parties(t, a, b) if (x := t.stands_for(p.actor)) not in own_side]
    if not out:  # "criticised the election": the state whose election it is
        out = [t.stands_for(p.actor) for p in event_owner(t, a, b, own_side)]
    if not out and any(t.lower[i] in _ANAPHORS for i in range(a, min(b, a + 3))):
        # "such support", "This meeting": what the previous statement or sentence was about
        same = _latest_since(t, prior, speaker_ids, sent - 1)
        if same is not None:
            return list(same.targets)
        for p in parts_of_sentence(t, sent - 1):
            a_ = t.actor(p.actor)
            if a_ and a_.type != "place":
                x = a_.stands_for or p.actor
                if x and x not in out:
                    out.append(x)
    return out


_BACKGROUND_PREPS = frozenset({"amid", "amidst", "despite"})


def _background_start(t: Tagged, inside: list, a: int, stop: int) -> int:
    """Where a background phrase begins after the content's first party (``support for
    Sudan amid attacks by Ethiopia``, ``in the face of Chinese pressure``): the parties in
    it are the setting of the stance, not what it is aimed at; else ``stop``.

    Examples
    --------
    >>> from alignkit import analyze_text
    >>> st = analyze_text("Egypt reaffirmed its support for Sudan amid attacks by Chad.").statements
    >>> list(st["targets"].iloc[0])
    ['SDN']
    """
    for i in range(a + 1, stop):
        if t.lower[i] in _BACKGROUND_PREPS or t.lower[i : i + 3] == ["in", "the", "face"]:
            return i if any(p.tok < i for p in inside) else stop
    return stop


_VISIT_NOUNS = frozenset({"visit", "visits", "trip", "trips", "tour", "journey", "stay"})


def _host_of_a_told_visit(t: Tagged, to: int, a: int) -> bool:
    """Is the ``to`` at token ``to`` the destination of a visit that only dates what the
    content is about (``the announcement made during the visit of President X to Y``,
    ``remarks made on Jane Roe's trip to Y``)? A visit noun within six words before it
    and, within five words before the visit, a word of circumstance (``during``, ``on``,
    ``after``): the host is where it happened, no target of the speaker's stance.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("It was announced during the visit of President Lula to Peru."))
    >>> _host_of_a_told_visit(t, t.lower.index("to"), 0)
    True
    >>> t = tag(parse_article("They protested against the visit of President Lula to Peru."))
    >>> _host_of_a_told_visit(t, t.lower.index("to"), 0)
    False
    """
    for v in range(to - 1, max(a, to - 7) - 1, -1):
        if t.lower[v] in _VISIT_NOUNS:
            before = t.lower[max(a, v - 5) : v]
            return any(w in CIRCUMSTANCE or w == "on" for w in before)
    return False


def labels_a_sanction(t: Tagged, p, b: int) -> bool:
    """Does ``p``, alone or first of a coordination, name a sanctions measure by the state
    it targets (``the Eritrea sanctions regime``, ``the Somalia and Eritrea sanctions
    regimes``, ``the Libya Sanctions Committee``: ``sanctions_labels.csv``)? A statement
    about the measure is no stance towards that state.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("We back the Chad and Sudan sanctions regimes."))
    >>> [labels_a_sanction(t, t.by_tok[k], len(t.lower)) for k in (3, 5)]
    [True, True]
    >>> t = tag(parse_article("We back Chad against Sudan's sanctions."))
    >>> labels_a_sanction(t, t.by_tok[2], len(t.lower))
    False
    """
    k = max([p, *group_right(t, p, b)], key=lambda q: q.tok_end).tok_end
    return (
        k + 1 < b
        and not p.possessive
        and t.lower[k] in ("sanctions", "embargo")
        and t.lower[k + 1] in _sanctions_labels(t.codebook)
    )


@per_codebook
def _sanctions_labels(cb: Codebook) -> frozenset[str]:
    """The words of ``sanctions_labels.csv``."""
    return word_list("sanctions_labels.csv", cb.root, "word")


def _beside_own_side(t: Tagged, p, a: int, b: int, own_side: set[str]) -> bool:
    """Is ``p`` coordinated with a party of the speaker's own state (``French and Egyptian
    warships``, ``the United States and Japan will``)? It acts with the speaker's side."""
    if not own_side or t.stands_for(p.actor) in own_side:
        return False
    group = [*group_left(t, p, a), *group_right(t, p, b)]
    return any(q is not p and t.stands_for(q.actor) in own_side for q in group)


def _latest_since(t: Tagged, prior: list[Statement], speakers, since: int):
    """The last statement of ``prior`` by one of ``speakers`` in sentence ``since`` or later.

    ``prior`` only grows while statements are extracted; as long as its sentences never
    decrease (checked as it grows) the search walks back only over those sentences.
    """
    found = t.caches.get("prior")
    if found is None or found[0] is not prior or found[1] > len(prior):
        found = (prior, 0, True)
    _, checked, ordered = found
    for n in range(max(checked, 1), len(prior)):
        ordered = ordered and prior[n - 1].sentence <= prior[n].sentence
    t.caches["prior"] = (prior, len(prior), ordered)
    for s in reversed(prior):
        if ordered and s.sentence < since:
            break
        if s.speaker in speakers and s.sentence >= since:
            return s
    return None


def _evaluation(t: Tagged, cues: _Cues, own: set, a: int, b: int) -> tuple[str, list[str]]:
    """(stance, parties it is aimed at) from an evaluative word in the content.

    A word of the stance lexicon counts only when it is aimed at a party: its possessor
    ("Russia's aggression"), the party it is about ("concern over China", "support for
    Ukraine"), its object ("threaten Japan") or the subject of its clause ("the ties between
    Moscow and Pyongyang pose a grave danger": both). A polar word with no party in reach
    ("the air defenses Ukraine needs amid attacks") is description, not the speaker's stance.
    The first clause only: a subordinate clause ("as Russia continues ...") is background.
    """
    while a < b and t.lower[a] in OPEN_Q:
        a += 1  # the clause opens at its first word: '"We mourn ...' has the subject "we"
    stop = next((i for i in range(a + 1, b) if t.lower[i] in SUBORDINATORS), b)
    owners = _must_yield(t, own, a, b)
    if owners:
        return "negative", owners
    # Reporting a hostile act accuses its agent ("said Israel attacked the embassy"); the
    # one it is aimed at is a victim, never the target of the speaker's stance.
    conflict = {h.start for h in cues.conflict.find(t.lower, a, stop)}
    for i in range(a, stop):
        if breach_phrase(t, i):  # "..., in violation of the UN arms embargo": its doers
            ids = _ids(t, violators(t, i), own)
            if ids:
                return "negative", ids
            continue  # the rule's owner (the UN) is no target
        if rule_broken(t, i):
            continue  # "a violation of Council resolutions": nor here
        v = cues.stance.get(t.lower[i])
        if not v and i in conflict and t.lower[i] not in _patient_verbs(t.codebook):
            v = 0 if _describes_a_noun(t, i, a) else -1  # (not "repelled an attack")
        if not v:
            continue
        if any(t.lower[k] in NEGATION or t.lower[k] in UNDO for k in range(max(a, i - 3), i)):
            continue  # "no threat", "does not support", "end its support": nothing to sign
        if v < 0 and _borne(t, i, a):
            continue  # "A and B have suffered repeated attacks": they bear them
        if v < 0 and (_done_by_the_unnamed(t, i, a) or _asked_to_do(t, i, a)):
            continue  # "(call on) Mali's leaders to hold accountable those responsible"
        aims = cues.aims.get(t.lower[i], "agent")  # a reported hostile act: its agent
        # "a shield against Russian aggression": Russia's, before the clause's subject
        aimed = demonym_agent(t, i, a) if v < 0 and i in conflict else []
        aimed = aimed or aimed_at(
            t, i, a, stop, agent_only=aims == "agent", object_only=aims == "object"
        )
        aimed = [q for q in aimed if not _beside_own_side(t, q, a, stop, own)]
        aimed = [q for q in aimed if not labels_a_sanction(t, q, stop)]  # "the X sanctions regime"
        ids = _ids(t, aimed, own)
        if ids:
            return ("positive" if v > 0 else "negative"), ids
    return "neutral", []


def _done_by_the_unnamed(t: Tagged, i: int, a: int) -> bool:
    """Is the hostile word at ``i`` told as the deed of doers left unnamed
    (``unnamed_doers.csv``: ``those responsible for``, ``the perpetrators of``), the phrase
    ending within three words before it? Its doer is then not the clause's subject.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chad must punish those responsible for the recent attacks."))
    >>> _done_by_the_unnamed(t, t.lower.index("attacks"), 0)
    True
    >>> t = tag(parse_article("Chad's army was responsible for the recent attacks."))
    >>> _done_by_the_unnamed(t, t.lower.index("attacks"), 0)
    False
    """
    phrases = _unnamed_doers(t.codebook)
    for end in range(max(a, i - 3), i + 1):
        for ph in phrases:
            lo = end - len(ph)
            if lo >= a and tuple(t.lower[lo:end]) == ph:
                return True
    return False


def _asked_to_do(t: Tagged, i: int, a: int) -> bool:
    """Is the hostile verb at ``i`` the infinitive a content opens with the party asked to
    do it (after ``call on``, ``urged``: ``Mali's leaders to hold accountable those
    responsible``, ``Chad to fight the rebels``)? An act asked of a party is no stance
    against it. The party is the content's first words, alone or with its possessive and
    one noun of a state's body (``heads.csv``: ``Mali's government``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Kenya urged Chad's government to punish the rioters."))
    >>> _asked_to_do(t, t.lower.index("punish"), 2)
    True
    >>> _asked_to_do(t, t.lower.index("punish"), 3)  # from after the one asked
    True
    >>> t = tag(parse_article("Kenya said Chad plans to attack Niger."))
    >>> _asked_to_do(t, t.lower.index("attack"), 2)
    False
    """
    if i - 1 <= a or t.lower[i - 1] != "to":
        return False
    p = t.by_tok.get(a)
    if p is None or p.tok != a:
        p = t.by_end.get(a)  # a request's content is read from after the one asked
    if p is None:
        return False
    between = t.lower[p.tok_end : i - 1]
    if not between:
        return True
    bodies = acting_bodies(t.codebook) | {"leaders"}
    return between[0] in POSSESSIVE and len(between) == 2 and between[1] in bodies


@per_codebook
def _unnamed_doers(cb: Codebook) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(f.split()) for f in word_list("unnamed_doers.csv", cb.root))


def _describes_a_noun(t: Tagged, i: int, a: int) -> bool:
    """Is the conflict word at ``i`` a modifier of the noun after it (``war-torn``,
    ``Mali's hard fought freedom``, ``Gaza's bombed hospitals``)? It tells what that noun
    bears, no act of the possessor's. A participle after a possessor is read by the parse
    (an adjectival modifier), only when a possessor stands within four words before it.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Chad's war-torn east and Mali's hard fought peace."))
    >>> [t.words[i] for i in range(len(t.words)) if _describes_a_noun(t, i, 0)]
    ['war', 'torn', 'fought']
    >>> t = tag(parse_article("Russia's attacks continue and Russia's brutal war on Ukraine."))
    >>> [_describes_a_noun(t, t.lower.index(w), 0) for w in ("attacks", "war")]
    [False, False]
    """
    if i + 2 >= len(t.words) or t.tok_sent[i] < 0:
        return False
    if t.lower[i + 1] in ("-", "–") and t.words[i + 2].isalpha() and t.words[i + 2].islower():
        return True  # "war-torn", "conflict-hit"
    if not (t.words[i + 1].isalpha() and t.words[i + 1].islower()):
        return False
    if not any(t.lower[k] in POSSESSIVE for k in range(max(a, i - 4), i)):
        return False
    return backend() != "surface" and parse(t, t.tok_sent[i]).dep(i) == "amod"


@per_codebook
def _sovereignty_words(cb: Codebook) -> list[tuple[str, ...]]:
    from .codebook import read_table

    return [tuple(r["words"].lower().split()) for r in read_table("sovereignty_words.csv", cb.root)]


def defended(t: Tagged, a: int, b: int) -> set[str]:
    """Parties whose sovereignty, territory or airspace (``sovereignty_words.csv``) the
    content names, as owners (``Cyprus's sovereignty``, ``Estonian airspace``) or after
    ``of`` (``the territorial integrity of Georgia``): in a negative statement they are the
    ones wronged, not its target.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Peru warned Chile against any violation of Bolivia's sovereignty."))
    >>> sorted(defended(t, 2, len(t.lower)))
    ['BOL']
    """
    out = set()
    for _, owner in _sovereign_owners(t, a, b):
        out.update({owner.actor, t.stands_for(owner.actor)} - {""})
    return out


def _sovereign_owners(t: Tagged, a: int, b: int) -> list[tuple[int, Participant]]:
    """(first token, owner) of each sovereignty phrase in tokens ``a:b`` that names its
    owner (``Cyprus's sovereignty``, ``the territorial integrity of Georgia``); the first
    token is the owner's when it comes first, else the phrase's."""
    out = []
    for words in _sovereignty_words(t.codebook):
        n = len(words)
        for i in range(a, b - n + 1):
            if tuple(t.lower[i : i + n]) != words:
                continue
            k = i - 1
            if k >= a and t.lower[k] in POSSESSIVE:
                k -= 1
            owner = t.ending_at(k + 1) if k >= a else None
            if owner is None and i + n + 1 < b and t.lower[i + n] == "of":
                j = i + n + 1
                while j < b and t.lower[j] in ("the", "a", "an"):
                    j += 1
                owner = t.by_tok.get(j)
            if owner is not None:
                out.append((min(i, owner.tok), owner))
    return out


@per_codebook
def _violation_words(cb: Codebook) -> frozenset[str]:
    return word_list("violation_words.csv", cb.root, "word")


def violated(t: Tagged, a: int, b: int) -> set[str]:
    """Owners of a sovereignty the content tells as violated (``violation_words.csv`` in
    the three words before the phrase: ``a clear violation of Yemen's sovereignty``): the
    ones a negative statement defends, not its targets. A sovereignty judged itself
    (``rejected Morocco's sovereignty over ...``) leaves its owner the target.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Iran said the strikes violated Yemen's sovereignty."))
    >>> sorted(violated(t, 2, len(t.lower)))
    ['YEM']
    """
    words = _violation_words(t.codebook)
    out = set()
    for first, owner in _sovereign_owners(t, a, b):
        before = t.lower[max(a, first - 3) : first]
        if any(w in words for w in before):
            out.update({owner.actor, t.stands_for(owner.actor)} - {""})
    return out


def places_of_violence(t: Tagged, a: int, b: int) -> set[str]:
    """Parties the content names only as the place of violence or a crisis
    (``situation_nouns.csv`` + ``in``: ``the ongoing violence in Libya``, ``the crisis in
    Myanmar``): in a negative statement they are not its target.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Kenya condemned the violence in Libya and Chad's raids."))
    >>> sorted(places_of_violence(t, 2, len(t.lower)))
    ['LBY']
    >>> t = tag(parse_article("Kenya deplored the crisis in the East of Chad."))
    >>> sorted(places_of_violence(t, 2, len(t.lower)))
    ['TCD']
    """
    nouns = _situation_nouns(t.codebook)
    placed, elsewhere = set(), set()
    # the latest token after ``a`` that is no plain lower-case word, or is in/across: the
    # one a party looks back to over the words before it ("violence in communities across
    # Libya", "the crisis in northern Mali"), kept in one pass
    last = None
    for k in range(a, b):
        q = t.by_tok.get(k)
        if q is not None and q.tok == k:
            ids = {q.actor, t.stands_for(q.actor)} - {""}
            j = last if last is not None else min(k - 1, a)
            if t.lower[j] in ("in", "across") and any(
                t.lower[i] in nouns for i in range(max(a, j - 4), j)
            ):
                placed |= ids
            elif t.actor_type(q.actor) != "place":  # "including Tripoli": a place
                elsewhere |= ids
        # "in the East of the DRC": a compass point before "of" is a plain word of the phrase
        part = t.lower[k] in _compass_nouns(t.codebook) and t.lower[k + 1 : k + 2] == ["of"]
        plain = t.words[k].islower() or part
        if k > a and not (plain and t.lower[k] not in ("in", "across")):
            last = k
    return placed - elsewhere


@per_codebook
def _compass_nouns(cb: Codebook) -> frozenset[str]:
    return word_list("compass_nouns.csv", cb.root, "word")


@per_codebook
def _situation_nouns(cb: Codebook) -> frozenset[str]:
    from .codebook import word_list

    return word_list("situation_nouns.csv", cb.root, "word")


@per_codebook
def _yield_words(cb: Codebook) -> frozenset[str]:
    """The demands of ``yield_verbs.csv`` (a row with a CAMEO code)."""
    from .codebook import read_table, split

    rows = read_table("yield_verbs.csv", cb.root)
    return frozenset(f.lower() for r in rows if r["cameo"] for f in split(r["forms"]))


def _must_yield(t: Tagged, own: set, a: int, b: int) -> list[str]:
    """The owners of an act the content says must end (``yield_verbs.csv`` after ``must``
    or ``should``): "Iran's support for the Houthis must stop", "any support to armed
    groups must end, including Rwanda's assistance": the speaker demands that Iran, Rwanda
    yield. Only a possessor owns the act; a party in a phrase of place is no owner.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("He said Iran's support for rebels in Yemen must stop."))
    >>> _must_yield(t, set(), 2, len(t.lower))
    ['IRN']
    """
    yields = _yield_words(t.codebook)
    v = next(
        (
            i
            for i in range(a + 1, b)
            if t.lower[i] in yields and (t.lower[i - 1] in ("must", "should") or _obliged(t, i - 2))
        ),
        None,
    )
    if v is None:
        return _must_do(t, own, a, b)
    # the clause of the modal: after the last "that" before it ("Trump's position that
    # Hamas must release": Hamas, not Trump)
    start = max((i + 1 for i in range(a, v) if t.lower[i] == "that"), default=a)
    modal = v - 2 if _obliged(t, v - 2) else v - 1  # "needs to end", "must end"
    subject = t.ending_at(modal)
    owners = [p for p in parts_in(t, start, modal) if p.possessive]
    if subject is not None and not subject.possessive and not in_pp(t, subject, start):
        owners.append(subject)  # "Hamas must release all hostages"
    # ", including Rwanda's assistance to M23": the act named after the verb
    inc = next((i for i in range(v, b) if t.lower[i] == "including"), None)
    if inc is not None:
        owners += [p for p in parts_in(t, inc, b) if p.possessive]
    return _ids(t, owners, own)


def _must_do(t: Tagged, own: set, a: int, b: int) -> list[str]:
    """Another state told what it must do, as the subject of ``must`` (CAMEO 10, a
    demand): "declared that China must drop its barriers", "said Iraq must cooperate
    fully", "Israel must not expand settlements". Not ``should`` (advice), not a
    possessor's act (:func:`_must_yield`), not the speaker's own side ("we must act").

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("He said Iraq must cooperate fully with the inspectors."))
    >>> _must_do(t, set(), 2, len(t.lower))
    ['IRQ']
    """
    for i in range(a + 1, min(b, a + 12)):
        if t.lower[i] in SUBORDINATORS and t.lower[i] != "that":
            return []
        if t.lower[i] != "must" and not _obliged(t, i):
            continue  # ("must not expand": a demand too)
        subject = t.ending_at(i)
        if subject is not None and not subject.possessive and not in_pp(t, subject, a):
            return _ids(t, group_left(t, subject, a), own)  # "Belgrade and Pristina must"
    return []


_OBLIGED = frozenset({"needs", "need", "has", "have"})
# words before a noun "need" ("the need to end violence", "an urgent need to"): no verb
_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "my", "your",
     "any", "no", "urgent", "pressing", "clear", "real"}
)  # fmt: skip


def _obliged(t: Tagged, i: int) -> bool:
    """Does an obligation of two words start at token ``i`` (``needs to``, ``has to``), as
    ``must`` would stand there? "Rwanda needs to withdraw its forces"; not the noun ("on
    the need to end violence")."""
    if i < 1 or t.lower[i] not in _OBLIGED or i + 1 >= len(t.lower) or t.lower[i + 1] != "to":
        return False
    return t.lower[i - 1] not in _NOUN_BEFORE and t.lower[i - 1] not in PREPS


def _ids(t: Tagged, parties: list[Participant], own: set) -> list[str]:
    """Actor ids of the parties, a person as their state, the speaker's own side left out."""
    ids: list[str] = []
    for p in parties:
        x = _speaker_id(t, p)
        a_ = t.actor(x)
        if a_ is not None and a_.type == "person" and a_.stands_for:
            x = a_.stands_for if a_.stands_for not in own else x
        if x and x not in own and t.stands_for(x) not in own and x not in ids:
            ids.append(x)
    return ids


def _continue_quotes(t: Tagged, out: list[Statement], paired: set[int]) -> None:
    """'"...," X said. "..."': a next sentence that is a bare quote is the same speaker's.

    ``paired``: the ids of statements whose content is already a whole quotation
    (:func:`_pair_quotations`); the sentences it covers are taken."""
    art = t.article
    attributed = {s.sentence for s in out}
    for s in out:
        if id(s) in paired:
            first = art.sentence_at(s.content_start)
            last = art.sentence_at(max(s.content_end - 1, s.content_start))
            if first is not None and last is not None:
                attributed.update(range(first.index, last.index + 1))
    for last in list(out):
        if last.kind != "direct":
            continue
        if id(last) not in paired:
            _open_quote_run(t, last, out, attributed)
        nxt_i = last.sentence + 1
        if nxt_i >= len(art.sentences) or nxt_i in attributed:
            continue
        sent, nxt = art.sentences[last.sentence], art.sentences[nxt_i]
        if nxt.block != sent.block or nxt.paragraph != sent.paragraph:
            continue
        if nxt.text[:1] in OPEN_Q or nxt.text.startswith("''"):
            lo, hi = t.sent_tok[nxt_i]
            targets = _targets(t, [], lo, hi, out, nxt_i) if hi > lo else []
            cont = Statement(
                last.speaker,
                last.speaker_start,
                last.speaker_end,
                last.cue,
                last.cue_start,
                last.cue_end,
                nxt.text,
                nxt.start,
                nxt.end,
                "direct",
                last.stance,
                [x for x in targets if x != last.speaker],
                nxt_i,
                last.type,
                last.mode,
            )
            out.append(cont)
            attributed.add(nxt_i)
            _open_quote_run(t, cont, out, attributed)


def _pair_quotations(t: Tagged, out: list[Statement]) -> set[int]:
    """A quotation is one statement, whatever the sentences it runs over: the statement
    whose cue follows it (``"...," X said``, ``"...," said X``, ``"...," he added``) or
    whose content opens with it (``X said: "..."``) takes the whole quotation as its
    content (a direct quote). The ids of the statements so completed.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = '"We lost the vote. We will try again, and win," Jane Roe said.'
    >>> [(s.content, s.kind) for s in extract_statements(tag(parse_article(text)))]
    [('"We lost the vote. We will try again, and win,"', 'direct')]
    """
    text = t.article.text
    paired: set[int] = set()
    for a, b in quotations(text):
        s = _trailing_cue(t, out, a, b) or _leading_cue(t, out, a, b)
        if s is None:
            s = _pronoun_after(t, a, b, out) or _pronoun_before(t, a, b, out)
            s = s or _glued_cue(t, a, b) or _colon_clause(t, a, b, out)
            s = s or _quote_paragraph(t, a, b, out)
            if s is None:
                continue
            out.append(s)
        if id(s) in paired:
            continue
        paired.add(id(s))
        if (s.content_start, s.content_end) == (a, b):
            continue
        qa, qb = t.token_from(a), t.token_from(b)
        own = {s.speaker, t.stands_for(s.speaker)} - {""}
        stance, aimed = _evaluation(t, _cues(t.codebook), own, qa, qb)
        targets = aimed or _targets(t, [], qa, qb, out, s.sentence)
        s.content_start, s.content_end, s.content, s.kind = a, b, text[a:b], "direct"
        s.targets += [x for x in targets if x not in own and x not in s.targets]
        if s.stance == "neutral":
            s.stance = stance
    return paired


@per_codebook
def _naming_verbs(cb: Codebook) -> frozenset[str]:
    from .codebook import read_table

    return frozenset(r["word"] for r in read_table("naming_cues.csv", cb.root))


def _named_with_quotes(t: Tagged, out: list[Statement]) -> list[Statement]:
    """``X called the plan "a disaster"``, ``what X dubbed "a sham"``: a naming verb
    (``naming_cues.csv``) whose object is named with a quotation in the same clause makes
    that quotation X's direct statement. Without a quotation no one speaks."""
    naming = _naming_verbs(t.codebook)
    text = t.article.text
    taken = {s.cue_start for s in out}
    spans = quotations(text)
    made: list[Statement] = []
    for a, b in spans:
        sent = t.article.sentence_at(a)
        if sent is None or sent.block != "body" or sent.end < b:
            continue
        lo = t.sent_tok[sent.index][0]
        q = t.token_from(a)
        k = q - 1
        while k >= max(lo, q - 12) and t.lower[k] not in naming:
            if t.lower[k] in (";", ":", ".") or t.lower[k] in QUOTES:
                break
            k -= 1
        if k < lo or t.lower[k] not in naming or t.starts[k] in taken or _pos(t, k) != "VERB":
            continue
        speakers = _subject(t, k, lo)
        if not speakers:
            continue
        qa, qb = q, t.token_from(b)
        own = _own_side(t, speakers)
        stance, aimed = _evaluation(t, _cues(t.codebook), own, lo, qb)
        hit = (_Hit(k, k + 1), {"stance": stance, "type": ""}, speakers)
        made.extend(_statements_of(t, _cues(t.codebook), hit, qa, qb, out + made, sent.index))
        for st in made[-len(speakers) :]:
            st.targets = [x for x in aimed if x not in own] or st.targets
        taken.add(t.starts[k])
    return made


def _named_without_quotes(t: Tagged, out: list[Statement]) -> list[Statement]:
    """``X called the plan reckless``, ``Y calls her rival a fraud``: a naming verb
    (``naming_cues.csv``) with an object and an object predicate that judges it (an
    adjective or a common noun, by the parse) is X's statement: the object and the
    judgement are its content. A proper name as the predicate names, it does not judge
    (``they call it the Silk Road``); ``called elections``, ``called him on Sunday`` have
    no predicate.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ortega called the strike a mistake on Monday."))
    >>> [(s.speaker, s.cue, s.content) for s in _named_without_quotes(t, [])]
    [('ortega', 'called', 'the strike a mistake')]
    """
    if backend() == "surface":
        return []
    naming = _naming_verbs(t.codebook)
    taken = {s.cue_start for s in out}
    made: list[Statement] = []
    for sent in t.article.sentences:
        lo, hi = t.sent_tok[sent.index]
        if sent.block != "body" or lo >= hi:
            continue
        for k in range(lo, hi):
            if t.lower[k] not in naming or t.starts[k] in taken:
                continue
            span = _judged(t, k, hi)
            if span is None:
                continue
            speakers = _subject(t, k, lo)
            if not speakers:
                continue
            own = _own_side(t, speakers)
            stance, aimed = _evaluation(t, _cues(t.codebook), own, *span)
            hit = (_Hit(k, k + 1), {"stance": stance, "type": ""}, speakers)
            made.extend(_statements_of(t, _cues(t.codebook), hit, *span, out + made, sent.index))
            for st in made[-len(speakers) :]:
                st.targets = [x for x in aimed if x not in own] or st.targets
            taken.add(t.starts[k])
    return made


def _judged(t: Tagged, k: int, hi: int) -> tuple[int, int] | None:
    """The token range ``object .. predicate`` of a naming verb at ``k`` whose parse gives
    it an object and an object predicate that is an adjective or a common noun (with its
    coordinated words: ``reckless and dangerous``), or None."""
    p = parse(t, t.tok_sent[k])
    if p.pos(k) != "VERB":
        return None
    kids = p.children(k)
    objs = [c for c in kids if p.dep(c) == "dobj" and c > k]
    preds = [c for c in kids if p.dep(c) == "oprd" and p.pos(c) in ("ADJ", "NOUN")]
    if not objs or not preds or preds[0] < objs[0]:
        return None
    if any(t.lower[i] in QUOTES for i in range(k + 1, preds[0] + 1)):
        return None  # a quotation: its own reading (_named_with_quotes)
    end = preds[0] + 1
    for c in p.children(preds[0]):
        if c > preds[0] and p.dep(c) in ("conj", "cc", "prep", "pobj", "amod", "compound"):
            end = max(end, _last_below(p, c, hi) + 1)
    return k + 1, end


def _last_below(p, i: int, hi: int) -> int:
    """The last token of the subtree of ``i`` (by the parse ``p``), below ``hi``."""
    last = i
    for c in p.children(i):
        if last < c < hi:
            last = max(last, _last_below(p, c, hi))
    return last


@dataclass
class _Hit:
    start: int
    end: int


def _last_mark(text: str, a: int, b: int) -> str:
    """The last character inside the quotation ``text[a:b]`` before its closing mark,
    spaces skipped (``"... that advice, ”``: a typesetter's stray space), and the closing
    mark of a quotation inside it (``“... he asked me, ‘Why?’”``, ``''... 'enough,'''``).

    Examples
    --------
    >>> text = '"We regret it, " he said.'
    >>> _last_mark(text, 0, 16)
    ','
    >>> text = "“He asked me, ‘Why now?’” Roe said."
    >>> _last_mark(text, 0, 25)
    '?'
    """
    k = b - 3 if text[b - 2 : b] == "''" else b - 2
    while k > a and text[k] in " ’'":
        k -= 1
    return text[k : k + 1]


def _trailing_cue(t: Tagged, out: list[Statement], a: int, b: int) -> Statement | None:
    """The statement whose cue and speaker follow the quotation ``a:b`` in its closing
    sentence, after a comma (``"...," X said``, ``"...", said X``), if any."""
    text = t.article.text
    after = text[b : b + 3].lstrip(" ")
    if _last_mark(text, a, b) not in (
        ",",
        "?",
        "!",
        ".",
        "—",
        "–",
        "-",
        "…",
    ) and not after.startswith(","):
        return None  # 'called it "a disaster" and said ...': the quote is no cue's content
    sent = t.article.sentence_at(b - 1)
    opening = t.article.sentence_at(a)
    if sent is None or opening is None:
        return None
    if _last_mark(text, a, b) in (".", "?", "!") and not text[b : sent.end].strip():
        return _split_after(t, out, b, sent)
    before = text[opening.start : a].strip(" \t—–-(")
    if before and before[-1] != ":":
        return None  # 'on "Fox News Sunday," Roe said': a title inside the sentence
    nxt = [q for q in (text.find(m, b, sent.end) for m in '"“') if q >= 0]
    stop = min(nxt, default=sent.end)
    found = [s for s in out if b <= s.cue_start < stop and s.speaker_start >= b - 1]
    return min(found, key=lambda s: s.cue_start, default=None)


def _split_after(t: Tagged, out: list[Statement], b: int, sent) -> Statement | None:
    """'"... for good." Roe said.' / '"...?" Roe asked, smiling.': a quotation ending its
    sentence, the next sentence opening with its speaker and cue (and no content of its
    own after the cue)."""
    art = t.article
    if sent.index + 1 >= len(art.sentences):
        return None
    nxt = art.sentences[sent.index + 1]
    if nxt.paragraph != sent.paragraph or nxt.block != sent.block:
        return None
    lo = t.sent_tok[nxt.index][0]
    near = t.ends[min(lo + 5, len(t.ends) - 1)]
    for s in out:
        if s.sentence == nxt.index and s.speaker_start >= nxt.start and s.cue_start < near:
            rest = art.text[s.cue_end : nxt.end].split(",")[0].split()
            if s.content_end <= s.cue_start or (len(rest) <= 2 and "that" not in rest):
                return s
            # '"...?" Roe said to a crowd of 500.', '... said of the deal on Monday.'
            if rest and (rest[0] in PREPS or rest[0] in CIRCUMSTANCE or rest[0] == "of"):
                return s if "that" not in rest else None
    return None


def _pronoun_after(t: Tagged, a: int, b: int, out: list[Statement]) -> Statement | None:
    """'"... . Believe me," he said.': a quotation over several sentences puts its
    speaker's name further back than the tagger looks for a pronoun's person; ``he`` or
    ``she`` right after it, before a cue, is the last person named before the quotation
    opens (within two sentences of it, of the pronoun's gender), else the person who
    spoke last before it (within four sentences: ``the senator said ... "...," he said``)."""
    text = t.article.text
    k = t.token_from(b)
    while k < len(t.words) and t.lower[k] == ",":
        k += 1
    if _last_mark(text, a, b) not in (",", "?", "!") or k >= len(t.words):
        return None
    if t.lower[k] not in ("he", "she") or t.by_tok.get(k) is not None:
        return None
    hits = [h for h in _cues(t.codebook).matcher.find(t.lower, k + 1, k + 4) if h.start == k + 1]
    rows = [_cues(t.codebook).matcher.rows[h.row] for h in hits]
    if not hits or rows[0]["pos"] != "verb" or rows[0].get("class", "speech") != "speech":
        return None
    p = _person_before(t, t.token_from(a), t.lower[k])
    sid = _speaker_id(t, p) if p is not None else _last_speaker(t, out, a, t.lower[k])
    if sid is None:
        sid = _pronoun_far(t, out, a, t.lower[k])
    if sid is None:
        return None
    h = hits[0]
    cue = (t.starts[h.start], t.ends[h.end - 1])
    return _cued_quote(t, rows[0], sid, (t.starts[k], t.ends[k]), cue, (a, b), t.tok_sent[k])


def _cued_quote(t: Tagged, row: dict, sid: str, span, cue, quote, si: int) -> Statement:
    """The quotation ``quote`` (its characters ``a, b``), in sentence ``si``, as the direct
    statement of ``sid``, named at ``span`` and reported by the cue ``row`` of cues.csv
    written at ``cue`` (its characters): its stance and targets read from the quotation's
    words, the speaker and their state left out."""
    a, b = quote
    qa, qb = t.token_from(a), t.token_from(b)
    own = {sid, t.stands_for(sid)} - {""}
    stance, aimed = _evaluation(t, _cues(t.codebook), own, qa, qb)
    targets = aimed or _targets(t, [], qa, qb, [], si)
    text = t.article.text
    return Statement(
        sid,
        *span,
        text[cue[0] : cue[1]],
        *cue,
        text[a:b],
        a,
        b,
        "direct",
        stance if row["stance"] == "content" else row["stance"],
        [x for x in targets if x not in own],
        si,
        row.get("type", ""),
        row.get("mode_in_content") or "claimed",
        "speech",
    )


def _glued_cue(t: Tagged, a: int, b: int) -> Statement | None:
    """``X said,“Look ...”``: a quotation opening inside the cue's token (no space after the
    comma or colon; spaCy, whose tokens the kit keeps, leaves ``said,“Look`` one token) is
    the direct statement of the cue's subject.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = 'Jane Roe said,"We will rebuild the bridge."'
    >>> [(s.speaker, s.cue, s.content) for s in extract_statements(tag(parse_article(text)))]
    [('jane-roe', 'said', '"We will rebuild the bridge."')]
    """
    k = bisect.bisect_right(t.starts, a) - 1
    if k < 0 or not t.starts[k] < a < t.ends[k] or t.tok_sent[k] < 0:
        return None
    text = t.article.text
    glued = text[t.starts[k] : a]
    word = glued.rstrip(",:").lower()
    if word == glued.lower() or not word.isalpha():
        return None
    cues = _cues(t.codebook)
    rows = [cues.matcher.rows[h.row] for h in cues.matcher.find([word], 0, 1) if h.end == 1]
    if not rows or rows[0]["pos"] != "verb" or rows[0].get("class", "speech") != "speech":
        return None
    si = t.tok_sent[k]
    found = _named_subject(t, k, t.sent_tok[si][0])
    if len(found) != 1:
        return None
    p = found[0]
    span = (t.starts[p.tok], t.ends[p.tok_end - 1])
    cue = (t.starts[k], t.starts[k] + len(word))
    return _cued_quote(t, rows[0], _speaker_id(t, p), span, cue, (a, b), si)


#: words that may open a sentence before its subject (``But Rubio fired back: "..."``)
_OPENERS = frozenset({"but", "and", "so", "then", "also", "still", "yet", "later", "again"})
#: the row a colon stands for when it introduces a quotation after a clause
_COLON_ROW = {"stance": "content", "type": "", "mode_in_content": "claimed"}


def _colon_clause(t: Tagged, a: int, b: int, out: list[Statement]) -> Statement | None:
    """``Rubio fired back forcefully: "..."``, ``She addressed the crowd again: "..."``,
    ``Jane Roe: "..."``: a quotation that a colon opens after a short clause is the words
    of that clause's subject, whatever its verb, when the subject opens the sentence (past
    ``But``, ``Then``...) and can speak, or is ``he``/``she`` (the person last named).
    Not after a form of ``be`` (``Roe was asked: "..."``: the one asked) nor a relative.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = 'Lavrov then turned to the reporters: "We will not leave."'
    >>> [(s.speaker, s.cue, s.kind) for s in extract_statements(tag(parse_article(text)))]
    [('sergei-lavrov', 'then turned to the reporters', 'direct')]
    """
    q = t.token_from(a)
    if q < 2 or q >= len(t.words) or t.starts[q] != a or t.lower[q - 1] != ":":
        return None
    si = t.tok_sent[q]
    if si < 0 or t.tok_sent[q - 1] != si:
        return None
    s = t.sent_tok[si][0]
    while s < q - 1 and t.lower[s] in _OPENERS:
        s += 1
    p = t.by_tok.get(s)
    if p is not None and (p.tok != s or p.possessive or not _can_speak(t, p)):
        return None
    end = p.tok_end if p is not None else s + 1
    verb = [w for w in t.lower[end : q - 1] if w not in (",", "(", ")") and w[:1] != "("]
    if len(verb) > 8 or any(w in _BE or w in ("who", "which", "that") for w in verb):
        return None
    if any(w in QUOTES or w in (".", ";") for w in t.lower[end : q - 1]):
        return None
    if verb and not t.words[end].isalpha() or (verb and not t.words[end].islower()):
        return None
    if p is not None:
        sid = _speaker_id(t, p)
    elif t.lower[s] in ("he", "she") and verb:
        pron = t.lower[s]
        near = _person_before(t, s, pron)
        sid = _speaker_id(t, near) if near is not None else _last_speaker(t, out, a, pron)
    else:
        return None
    if sid is None:
        return None
    span = (t.starts[s], t.ends[end - 1])
    cue = (t.starts[end], t.ends[q - 2]) if end < q - 1 else (t.starts[q - 1], t.ends[q - 1])
    return _cued_quote(t, _COLON_ROW, sid, span, cue, (a, b), si)


def _pronoun_far(t: Tagged, out: list[Statement], a: int, pronoun: str) -> str | None:
    """``he``/``she`` speaking a quotation with no person of that gender near before it:
    the last person of that gender who spoke before character ``a``, else the last person
    of that gender named before it (an unknown gender fits either)."""
    spoke = [s for s in out if s.content_end <= a and _fits_pronoun(t, s.speaker, pronoun)]
    if spoke:
        return max(spoke, key=lambda s: s.content_end).speaker
    q = t.token_from(a)
    named = [p for p in t.participants if p.tok < q and _fits_pronoun(t, p.actor, pronoun)]
    return _speaker_id(t, named[-1]) if named else None


def _quote_paragraph(t: Tagged, a: int, b: int, out: list[Statement]) -> Statement | None:
    """A paragraph that is a quotation and nothing else, right after a paragraph whose
    last sentence reports a person's words (``Jane Roe confirmed the attack to VOA.`` then
    ``"Yes, it is true ..."``), is that person's, as news writes a quote after its lead-in.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = 'Army spokeswoman Jane Roe confirmed the raid.\\n\\n"Yes, it is true."'
    >>> [(s.speaker, s.content) for s in extract_statements(tag(parse_article(text)))][-1]
    ('jane-roe', '"Yes, it is true."')
    """
    art = t.article
    first, last = art.sentence_at(a), art.sentence_at(max(a, b - 1))
    if first is None or last is None or first.paragraph is None:
        return None
    para = [x for x in art.sentences if x.paragraph == first.paragraph and x.block == first.block]
    if para[0].start != a or art.text[b : para[-1].end].strip() or para[0].index == 0:
        return None  # the quotation is not the whole paragraph
    before = art.sentences[para[0].index - 1]
    if before.paragraph == first.paragraph or before.block != first.block:
        return None
    lead = [x for x in out if x.sentence == before.index and x.cue_class == "speech"]
    who = t.actor(lead[-1].speaker) if lead else None
    if who is None or who.type != "person":
        return None
    row = {"stance": "content", "type": lead[-1].type, "mode_in_content": lead[-1].mode}
    span, cue = (
        (lead[-1].speaker_start, lead[-1].speaker_end),
        (lead[-1].cue_start, lead[-1].cue_end),
    )
    return _cued_quote(t, row, lead[-1].speaker, span, cue, (a, b), first.index)


def _pronoun_before(t: Tagged, a: int, b: int, out: list[Statement]) -> Statement | None:
    """``He added, "..."``, ``... he warned: "..."``, ``he`` tied to no person by the tagger:
    the quotation is the direct statement of :func:`_pronoun_far`'s person."""
    q = t.token_from(a)
    k = q - 1
    if k >= 0 and t.lower[k] in (",", ":"):
        k -= 1
    si = t.tok_sent[q] if q < len(t.words) else -1
    if k < 1 or si < 0 or t.tok_sent[k] != si or t.tok_sent[k - 1] != si:
        return None
    he = k - 1
    if t.lower[he] not in ("he", "she") or t.by_tok.get(he) is not None:
        return None
    cues = _cues(t.codebook)
    hits = [h for h in cues.matcher.find(t.lower, k, k + 1) if h.start == k]
    rows = [cues.matcher.rows[h.row] for h in hits]
    if not hits or rows[0]["pos"] != "verb" or rows[0].get("class", "speech") != "speech":
        return None
    sid = _pronoun_far(t, out, a, t.lower[he])
    if sid is None:
        return None
    span, cue = (t.starts[he], t.ends[he]), (t.starts[k], t.ends[k])
    return _cued_quote(t, rows[0], sid, span, cue, (a, b), si)


def _last_speaker(t: Tagged, out: list[Statement], a: int, pronoun: str) -> str | None:
    """The person of ``pronoun``'s gender who spoke last before character ``a``, within
    four sentences of it; None when another speaker spoke last."""
    before = [s for s in out if s.content_end <= a]
    if not before:
        return None
    last = max(before, key=lambda s: s.content_end)
    q = t.token_from(a)
    si = t.tok_sent[q] if q < len(t.words) else last.sentence
    if si - last.sentence > 4 or not _is_person(t, last.speaker):
        return None
    return last.speaker if _fits_pronoun(t, last.speaker, pronoun) else None


def _person_before(t: Tagged, q: int, pronoun: str) -> Participant | None:
    """The last person named before token ``q`` within two sentences, of ``pronoun``'s
    gender (an unknown gender fits either)."""
    sent = t.tok_sent[q]
    for p in reversed(t.participants):
        if p.tok >= q:
            continue
        if sent - t.tok_sent[p.tok] > 2:
            return None
        if _fits_pronoun(t, p.actor, pronoun):
            return p
    return None


def _is_person(t: Tagged, actor_id: str) -> bool:
    x = t.actor(actor_id)
    return x is not None and x.type == "person"


def _fits_pronoun(t: Tagged, actor_id: str, pronoun: str) -> bool:
    """Is the actor a person ``pronoun`` (``he``/``she``) may stand for: of its gender, or
    of none known?"""
    want = "m" if pronoun == "he" else "f"
    return _is_person(t, actor_id) and t.actor(actor_id).gender in ("", want)


def _leading_cue(t: Tagged, out: list[Statement], a: int, b: int) -> Statement | None:
    """The statement whose content opens with the quotation ``a:b`` and holds no more
    words past it (``X said: "..."``, ``X said, "..."``), or only the writer's words after
    a quoted sentence or clause that closes on its own punctuation (``X said, "We will
    win," drawing cheers``, ``the crowd chanted, "Out!" as the convoy passed``), if any."""
    text = t.article.text
    closed = _last_mark(text, a, b) in (",", ".", "!", "?", "…")
    for s in out:
        if not (s.cue_end <= a and a - 2 <= s.content_start <= a + 1):
            continue
        if not any(map(str.isalnum, text[b : s.content_end])):
            return s
        tail = text[b : s.content_end]
        if closed and not any(q in tail for q in OPEN_Q) and not _cue_within(t, b, s.content_end):
            return s  # no second quotation ('"We won," and, "We will build"') nor cue
    return None


def _cue_within(t: Tagged, a: int, b: int) -> bool:
    """Does a cue verb of ``cues.csv`` stand between characters ``a`` and ``b`` (``...,
    "We will win," promising a recount``: the speaker's own words go on past the quotation;
    not the noun of ``as secretary of state``)?"""
    lo, hi = t.token_from(a), t.token_from(b)
    hits = _cues(t.codebook).matcher.find(t.lower, lo, hi)
    return any(_pos(t, h.start) in ("VERB", "") for h in hits)  # "": no parse, any cue


def _open_at_end(text: str) -> bool:
    """Does a quotation opened in ``text`` run past its end?"""
    curly = text.count("“") - text.count("”")
    straight = text.count('"') + text.count("''")
    return curly > 0 or (curly == 0 and straight % 2 == 1)


def _open_quote_run(t: Tagged, first: Statement, out: list[Statement], attributed) -> None:
    """'"... We are pivoting ... . We're in talks with Ghana."': a quote that runs on past
    its sentence is one statement, its content extended sentence by sentence until the
    quote closes; its targets are those of every sentence, its stance the first one signed.
    """
    art = t.article
    cues = _cues(t.codebook)
    own = {first.speaker, t.stands_for(first.speaker)} - {""}
    cur = first.sentence
    text = art.sentences[cur].text[art.sentences[cur].text.find(first.content[:1]) :]
    while _open_at_end(text):
        nxt_i = cur + 1
        if nxt_i >= len(art.sentences) or nxt_i in attributed:
            return
        sent, nxt = art.sentences[cur], art.sentences[nxt_i]
        if nxt.block != sent.block or nxt.paragraph != sent.paragraph:
            return
        lo, hi = t.sent_tok[nxt_i]
        if hi <= lo:
            return
        stance, aimed = _evaluation(t, cues, own, lo, hi)
        targets = aimed or _targets(t, [], lo, hi, out, nxt_i)
        first.content_end = nxt.end
        first.content = art.text[first.content_start : first.content_end]
        first.kind = "direct"
        first.targets += [x for x in targets if x not in own and x not in first.targets]
        if first.stance == "neutral":
            first.stance = stance
        attributed.add(nxt_i)
        cur, text = nxt_i, text + " " + nxt.text


def _signed_quotes(t: Tagged) -> list[Statement]:
    """``"Maybe we can build a wall around him." ― Jane Roe``: a quotation signed with a
    dash and a name (reader round-ups, epigraphs) is that person's, opening quote to close."""
    text = t.article.text
    out = []
    for m in SIGNATURE.finditer(text):
        close = m.start()
        para_start = text.rfind("\n", 0, close) + 1
        opening = max(text.rfind(q, para_start, close) for q in ('"', "“"))
        if opening < 0 and text.startswith("”", para_start):
            opening = para_start  # a closing mark misprinted for the opening one
        p = t.by_tok.get(t.token_from(m.start("name")))
        sent = t.article.sentence_at(opening) if opening >= 0 else None
        if p is None or sent is None or sent.block != "body" or not _can_speak(t, p):
            continue
        lo, hi = t.token_from(opening), t.token_from(close)
        stance, aimed = _evaluation(t, _cues(t.codebook), {p.actor}, lo, hi)
        targets = aimed or _targets(t, [], lo, hi, out, sent.index)
        out.append(
            Statement(
                p.actor,
                p.head.start,
                p.head.end,
                m.group("dash"),
                m.start("dash"),
                m.end("dash"),
                text[opening : close + 1],
                opening,
                close + 1,
                "direct",
                stance,
                [x for x in targets if x != p.actor],
                sent.index,
                "",
                "claimed",
            )
        )
    return out


def _headline_quote(t: Tagged) -> list[Statement]:
    """``Sanders: 'The Economy Is Rigged'``: a headline that opens with a person's name
    and a colon gives that person's words (a first paragraph of one short line is read as
    a headline here even with a closing full stop, as some archives print titles)."""
    for sent in t.article.sentences:
        if sent.block != "headline" and not _title_line(t, sent):
            continue
        lo, hi = t.sent_tok[sent.index]
        if lo + 2 < hi and t.words[lo].isupper() and t.words[lo + 1] in ("–", "—", "-", ":"):
            lo += 2  # "EXCLUSIVE – Jane Roe: ...": a rubric before the name
        colon = next((k for k in range(lo, min(hi, lo + 6)) if t.lower[k] == ":"), None)
        p = t.ending_at(colon) if colon is not None else None
        a_ = t.actor(p.actor) if p is not None else None
        if a_ is not None and a_.type == "person" and p.tok == lo:
            sid, span = _speaker_id(t, p), (p.head.start, p.head.end)
        elif colon is not None and (p is None or (a_ is not None and a_.type == "country")):
            # untagged, or a surname the tagger took for a demonym ("Mark Cuban")
            sid, span = _headline_name(t, lo, colon), (t.starts[lo], t.ends[colon - 1])
        else:
            continue
        a, b = _trim(t, colon + 1, hi)
        if a >= b or sid is None:
            continue
        stance, aimed = _evaluation(t, _cues(t.codebook), {sid}, a, b)
        text = t.article.text
        content = text[t.starts[a] : t.ends[b - 1]]
        return [
            Statement(
                sid,
                *span,
                ":",
                t.starts[colon],
                t.ends[colon],
                content,
                t.starts[a],
                t.ends[b - 1],
                _kind(content),
                stance,
                [x for x in aimed if x != sid],
                sent.index,
                "",
                "claimed",
            )
        ]
    return []


def _headline_name(t: Tagged, lo: int, colon: int) -> str | None:
    """The person a headline's opening name names (``Ann Roe: We Will Win``) when the
    tagger left it untagged: a run of one to four capitalized words before the colon that
    is a person the article knows by that surname (a transcript label's reading), or a
    new person of two or three words whose surname the article's body writes again.
    Words of an organization's name (``News``, ``Post``) name no person.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Ann Roe: Vote Early\\n\\nRoe told the crowd to vote."))
    >>> _headline_name(t, 0, 2)
    'ann-roe'
    >>> t = tag(parse_article("Daily News: Vote Early\\n\\nThe News urged a vote."))
    >>> _headline_name(t, 0, 2) is None
    True
    """
    words = t.words[lo:colon]
    if not 1 <= len(words) <= 4 or words[0] in NOT_NAME_START:
        return None
    if not all(w[:1].isupper() and w.replace(".", "").replace("’", "").isalpha() for w in words):
        return None
    if any(w in t.codebook.person_cues["non_person"] for w in words):
        return None
    body = t.article.text[t.ends[colon] :]
    again = re.search(rf"\b{re.escape(words[-1])}\b", body) is not None
    return _label_speaker(t, t.starts[lo], t.ends[colon - 1], recurs=again and len(words) >= 2)


def _title_line(t: Tagged, sent) -> bool:
    """Is ``sent`` the whole first paragraph of an article without a headline, one line
    of at most 200 characters (``Jane Roe: 'We Will Win.'``)?"""
    art = t.article
    if art.headline is not None or sent.block != "body" or sent.paragraph != 0:
        return False
    para = art.paragraphs[0]
    return (para.start, para.end) == (sent.start, sent.end) and len(para.text) <= 200


def _transcript(t: Tagged, taken: set[int]) -> list[Statement]:
    """Transcript turns (:func:`alignkit.reading.turns.find_turns`) attribute their words
    to the speaker their label names, one statement per sentence (stance and targets
    change from sentence to sentence).

    Sentences in ``taken`` already carry a statement of their own (a quote inside the
    briefing) and are left to it. A questioner's turn is nobody's statement.
    """
    art = t.article
    out: list[Statement] = []
    starts = [s.start for s in art.sentences]
    turns = find_turns(art.text, _body_start(art))
    counts = Counter(turn.label for turn in turns)
    host = _host_label(turns, counts)
    for turn in turns:
        speaker = None
        if turn.label.upper() in ANSWERS:
            speaker = _answerer(t)
        elif not turn.question:
            recurs = counts[turn.label] >= 2
            speaker = _label_speaker(
                t, turn.label_start, turn.label_end, recurs, host=turn.label == host
            )
        if speaker is None:
            continue
        first = max(bisect.bisect_right(starts, turn.start) - 1, 0)
        for sent in art.sentences[first:]:
            if sent.start >= turn.end:
                break
            if sent.block != "body" or sent.index in taken or sent.end <= turn.start:
                continue
            made = _turn_statement(t, turn, speaker, sent.index, out)
            if made is not None:
                out.append(made)
    return out


def _body_start(art) -> int:
    """Where the body begins: after the headline, at the first paragraph."""
    return max(
        art.headline.end if art.headline else 0, min((p.start for p in art.paragraphs), default=0)
    )


def _answerer(t: Tagged) -> str | None:
    """Who speaks in the ``Answer:`` turns of a Q&A release or an interview: its author,
    else the one person its headline names (``Foreign Secretary Jane Roe interview on
    ...``), else the state of the office that issues it (``Source:`` line), else no one."""
    return next(iter(text_author(t)), None) or _headline_person(t) or issuing_state(t) or None


def _headline_person(t: Tagged) -> str | None:
    """The one person the headline names, if it names exactly one."""
    art = t.article
    heads = {s.index for s in art.sentences if s.block == "headline"}
    people = {
        m.actor for m in t.mentions if m.sentence in heads and t.actor_type(m.actor) == "person"
    }
    return people.pop() if len(people) == 1 else None


def _turn_statement(t: Tagged, turn, speaker: str, si: int, prior) -> Statement | None:
    """The statement of one sentence of a turn, clipped to the turn's words."""
    lo, hi = t.sent_tok[si]
    while lo < hi and t.starts[lo] < turn.start:
        lo += 1
    while hi > lo and t.ends[hi - 1] > turn.end:
        hi -= 1
    a, b = _trim(t, lo, hi)
    if a >= b or not any(w[:1].isalnum() for w in t.words[a:b]):
        return None  # a lone quotation mark or dash: no words
    if t.words[a] in ("(", "[") and t.words[b - 1] in (")", "]", ".)", ")."):
        return None  # "(CROSSTALK.)", "[END VIDEO CLIP]": a stage direction
    sp = t.actor(speaker)
    own = {speaker, sp.stands_for if sp else ""} - {""}
    colon = t.article.text.rfind(":", turn.label_end, turn.start)
    colon = colon if colon >= 0 else turn.label_end
    span = (turn.label_start, turn.label_end)
    return _own_voice(t, speaker, own, span, (":", colon, colon + 1), (a, b, si), prior)


def _mentions_from(t: Tagged, s: int, e: int) -> list[Mention]:
    """The mentions starting at characters ``s .. e - 1``, in order (a bisect)."""
    ms = t.mentions
    found = t.caches.get("mention_starts")
    if found is None or found[0] is not ms or found[1] != len(ms):
        starts = [m.start for m in ms]
        ordered = all(x <= y for x, y in zip(starts, starts[1:], strict=False))
        found = (ms, len(ms), starts, ordered)
        t.caches["mention_starts"] = found
    _, _, starts, ordered = found
    if not ordered:
        return [m for m in ms if s <= m.start < e]
    return ms[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]


def _host_label(turns, counts) -> str | None:
    """The label of the one speaker who answers most (the briefer of a press briefing):
    more turns than any other answering label, and at least two."""
    ranked = Counter({t.label: counts[t.label] for t in turns if not t.question}).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_HONORIFICS = frozenset({"MR", "MS", "MRS", "MISS", "DR"})


def _named_in_full(t: Tagged, actor: str) -> bool:
    """Does the text name the person ``actor`` by more than one word somewhere?"""
    return any(m.actor == actor and len(m.text.split()) > 1 for m in t.mentions)


def _label_speaker(
    t: Tagged, s: int, e: int, recurs: bool = True, host: bool = False
) -> str | None:
    """The actor a transcript label names: a tagged person inside it, a person the article
    or the codebook knows by the label's surname, or a new person (``MR. ROE``), whose
    state is the one the label names (``Foreign Minister of Iran Jane Roe``), else, for the
    ``host`` (the briefer who answers most), the state of the body that issues the text."""
    if t.article.text[s:e].strip().upper() in NOBODY:
        return None  # "Q:", "MODERATOR:": a questioner, whatever the tagger made of it
    inside = [m for m in _mentions_from(t, s, e) if m.end <= e and m.kind == "name"]
    label = t.article.text[s:e]
    # "MR. LEE:" with an honorific is a briefer, not the president of that surname, unless
    # the text names the codebook's person in full
    plain = not _HONORIFICS & {w.upper().strip(".") for w in label.split()}
    persons = [
        m for m in inside
        if t.actor(m.actor) and t.actor(m.actor).type == "person"
        and (plain or len(m.text.split()) > 1 or _named_in_full(t, m.actor))
    ]  # fmt: skip
    states = [t.actor(m.actor) for m in inside]
    state = next(
        (a.stands_for or a.country for a in states if a and a.type in ("country", "place")), ""
    )
    if persons:
        pid = persons[-1].actor
        _full_name(t, pid)
        a = t.extra_actors.get(pid)
        if a is not None and a.source == "text" and not a.stands_for and state:
            # "Minister of Foreign Affairs of Finland Jane Roe": the office's state
            t.extra_actors[pid] = replace(a, country=a.country or state, stands_for=state)
        return pid
    lo, hi = t.token_from(s), t.token_from(e)
    words = [
        t.words[i]
        for i in range(lo, hi)
        if t.words[i][:1].isalpha()
        and t.words[i].upper().strip(".") not in TITLE_WORDS
        and i not in t.title_tokens
        and not (i == lo and t.words[i].lower() == "the")  # "THE PRESIDENT:": a title alone
    ]
    if label.strip().upper() in NOBODY:
        return None
    if not words:
        return _office_speaker(t, label)
    surname = words[-1].title()
    for cand, _ in t.codebook.surface.get(surname, ()):
        a = t.actor(cand)
        one = len(t.codebook.surface[surname]) == 1
        if a is not None and a.type == "person" and one and (plain or _named_in_full(t, cand)):
            return cand
    known = {
        a.id: a
        for a in [*t.extra_actors.values(), *(t.actor(m.actor) for m in t.mentions)]
        if a is not None and a.type == "person" and a.name.split()[-1].title() == surname
    }  # "MR PRICE:" after "Ned Price, Department Spokesperson": the one Price named
    if len(known) == 1:
        return next(iter(known))
    header = source_person(t, surname) if len(words) == 1 else None
    if header is not None:  # "MS. NULAND:" in a briefing the Source line names in full
        name, state = header
        pid = slugify(name)
        if pid not in t.codebook.actors:
            t.extra_actors.setdefault(pid, Actor(pid, name, "person", state, state, source="text"))
        return pid
    return _label_person(t, label, words, (lo, hi), state, (recurs, host))


def _label_person(t: Tagged, label: str, words: list[str], toks, state: str, seen) -> str | None:
    """A person a transcript label names whom neither the article nor the codebook knows
    (``MR. ROE``, ``Foreign Minister Jane Roe``) or describes by a role noun (``SENIOR
    ADMINISTRATION OFFICIAL``), with the state of the label or of the issuing body; else
    None (``UN:``, ``FIX IS IN:`` once). ``seen``: (the label recurs, it is the host's)."""
    (lo, hi), (recurs, host) = toks, seen
    alpha = [w for w in label.split() if w[:1].isalpha()]
    alpha = alpha[1:] if alpha[:1] and alpha[0].lower() == "the" else alpha  # not a title
    titled = len(words) < len(alpha)
    described = hi > lo and role_kind(t, hi - 1) == "person" and len(words) <= 4
    if not described and (
        len(words) > 3 or (len(words) == 1 and not titled) or not (titled or recurs)
    ):
        return None  # "Begin Text And More Words:": no one's name
    name = " ".join(w if not w.isupper() else w.title() for w in words)
    pid = slugify(name)
    if not state and ((titled and host) or described):
        state = issuing_state(t)  # "MR PATEL:" briefing for the State Department
    if pid not in t.codebook.actors:
        own = state if titled or described else ""
        t.extra_actors.setdefault(pid, Actor(pid, name, "person", state, own, source="text"))
    return pid


def _full_name(t: Tagged, pid: str) -> None:
    """A speaker the text names by surname alone (``Ambassador Roe``, a person the text
    adds) whom the ``Source:`` line names in full takes that name and its state."""
    a = t.extra_actors.get(pid)
    if a is None or a.source != "text" or len(a.name.split()) != 1:
        return
    full = source_person(t, a.name)
    if full is not None and len(full[0].split()) > 1:
        name, state = full
        t.extra_actors[pid] = replace(
            a, name=name, country=a.country or state, stands_for=a.stands_for or state
        )


def _office_speaker(t: Tagged, label: str) -> str | None:
    """A label that is a title alone (``Prime Minister:``, ``The President:``): the one
    person of the text who holds that title (``Prime Minister Jane Roe's Press
    Conference``), else the text's author, else no one."""
    office = re.sub(r"^the\s+", "", label.strip(), flags=re.I).lower()
    if not office:
        return None
    holders = {
        m.actor
        for m in t.mentions
        if (a := t.actor(m.actor)) is not None
        and a.type == "person"
        and re.search(rf"\b{re.escape(office)}\b", t.role(m.actor).lower())
    }
    if len(holders) == 1:
        return holders.pop()
    return next(iter(text_author(t)), None) or issuing_state(t) or None


_FIRST_PERSON = {"i": False, "we": False, "me": False, "us": False, "my": True, "our": True}


def bind_first_person(t: Tagged, statements: list[Statement]) -> None:
    """``we``/``I``/``our`` inside a speaker's own words become that speaker as a party.

    In a transcript turn (``MR MILLER: We welcome ...``) and inside the quotation marks of a
    direct quote (``"We're in talks with Ghana," the general said``) the first person is
    the speaker, and through them their state: events then read ``we`` as an agent.
    """
    spans = []
    for s in statements:
        if s.cue == ":" or s.kind == "direct":  # a turn, or a quotation: all their words
            spans.append((s.content_start, s.content_end, s.speaker, s.sentence))
        elif s.kind == "mixed":
            text = t.article.text
            i = s.content_start
            while i < s.content_end:
                o = min(
                    (k for k in (text.find(q, i, s.content_end) for q in OPEN_Q) if k >= 0),
                    default=-1,
                )
                if o < 0:
                    break
                c = min(
                    (k for k in (text.find(q, o + 1, s.content_end) for q in CLOSE_Q) if k > o),
                    default=s.content_end,
                )
                spans.append((o, c, s.speaker, s.sentence))
                i = c + 1
    if not spans:
        return
    added = False
    for a, b, speaker, _ in spans:
        lo = t.token_from(a)
        hi = t.token_from(b)
        for i in range(lo, hi):
            w = t.words[i]
            low = w.lower()
            if low not in _FIRST_PERSON or w == "US" or i in t.by_tok:
                continue
            p = pronoun_party(t, i, speaker, _FIRST_PERSON[low])
            t.by_tok[i] = p
            t.by_end[i + 1] = p
            t.participants.append(p)
            added = True
    if added:
        t.participants.sort(key=lambda p: p.tok)


def first_person_mentions(t: Tagged, statements: list[Statement]) -> list[Mention]:
    """``I``/``we``/``my``/``our`` inside transcript statements, resolved to the speaker."""
    out = []
    for s in statements:
        if s.cue != ":":
            continue
        lo = t.token_from(s.content_start)
        hi = t.token_from(s.content_end)
        for i in range(lo, hi):
            w = t.words[i]
            if w.lower() in ("i", "we", "my", "our", "me", "us") and (w != "US"):
                out.append(
                    Mention(
                        t.starts[i], t.ends[i], w, s.speaker, "pronoun", t.tok_sent[i], i, i + 1
                    )
                )
    return out
