"""Speakers the codebook lacks: any person, organization or group a reporting cue names.

The codebook knows the actors of geopolitics; news quotes many more people: campaign
staff, pundits, senators, newspapers, ``officials``. A statement needs a speaker, not a
codebook entry, so :func:`find_speakers` (called by :func:`alignkit.reading.tagging.tag`
before later bare mentions are resolved) adds, as actors of the article, the untagged
subjects of reporting cues (``data/codebook/cues.csv``, verb rows, and ``according to``):

* a proper-noun run (``Hillary Clinton said``, ``"...," said Mook``), with a leading title
  or honorific kept out of the name (``Mr. Obama``, ``Sen. Grassley``, ``President Obama``):
  a *person*; an acronym (``the FBI``, ``CNN``) or a run holding an institution word of
  ``person_cues.csv`` (``The New York Times``, ``the Tax Policy Center``): an
  *organization*;
* a name signing a quotation at the end of a line (``"..." ― Jane Roe``): a *person*;
* a plural noun of ``speaker_groups.csv`` with its modifiers (``officials``,
  ``Republicans``, ``the delegation``): a *group* (or the organization the row says); after
  a state's body (``a Pentagon official``, ``Kremlin officials``) it is named with the body
  and, an official's noun (``person_cues.csv``, kind ``appositive``), acts for its state.

A bare surname (``Clinton said``) is the person the article names in full elsewhere
(``Hillary Clinton``), so the short and the full forms share one id (``hillary-clinton``,
:func:`alignkit.reading.codebook.slugify`). The state (``country``, and ``stands_for``, the
network node) is filled only where the text gives it: a title that implies a country
(``Sen.``), a country or demonym right before the name (``Iran's``, ``Iranian``), or an
appositive that names one (``X, the Iranian foreign minister,``); an official's title or
appositive makes the person act for that state. Otherwise it stays empty and the speaker,
listed in the actors table, feeds no edge of the network.

The subject comes from the dependency parse when that back-end is in use (only sentences
holding a cue and an untagged candidate are parsed, and the statements stage reuses those
parses); with the ``surface`` back-end, from the run right before the cue or right after an
inverted one (``"...," said X``).

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Jane Roe said the plan would fail. Roe added that it was late."))
>>> [(m.text, m.actor) for m in t.mentions]
[('Jane Roe', 'jane-roe'), ('Roe', 'jane-roe')]
>>> a = t.actor("jane-roe")
>>> (a.name, a.type, a.country or "(no state)")
('Jane Roe', 'person', '(no state)')
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .article import SIGNATURE
from .codebook import Actor, Codebook, acting_bodies, per_codebook, read_table, slugify
from .dependency import backend, parse, parse_many
from .words import NOT_NAME_START, POSSESSIVE

if TYPE_CHECKING:  # called by the tagger: no import back
    from .tagging import Tagged

__all__ = ["SIGNATURE", "find_speakers"]

_HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PROPER = re.compile(r"^[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*$")  # O'Neill, Holtz-Eakin
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# words that begin a capitalized run but are no part of a name
_NOT_NAME = NOT_NAME_START | frozenset(
    [
        "According",
        "Asked",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Speaking",
        "You",
    ]
)


class _Lexicon:
    """The codebook's reporting-verb forms and the group nouns, read once per codebook."""

    def __init__(self, cb: Codebook):
        # a phrase's first word too ("pointed" of "pointed out"): the statement reads the rest
        self.verbs: frozenset[str] = frozenset(
            form.split()[0]
            for row in cb.cues
            if row["pos"] in ("verb", "phrase")
            for form in row["forms"].split("~")[0].split("|")
            if form.strip()
        )
        # the first words of gapped phrases alone ("was" of "was ~ concerned", "made" of
        # "made ~ clear"): a cue only when the phrase's rest follows ("Srebrenica was not a
        # mistake" has no speaker)
        whole = {
            form.split()[0]
            for row in cb.cues
            if row["pos"] in ("verb", "phrase") and "~" not in row["forms"]
            for form in row["forms"].split("|")
            if form.strip()
        }
        gapped: dict[str, set[str]] = {}
        for row in cb.cues:
            if row["pos"] in ("verb", "phrase") and "~" in row["forms"]:
                head, rest = row["forms"].split("~", 1)
                for form in head.split("|"):
                    if form.strip() and form.split()[0] not in whole:
                        gapped.setdefault(form.split()[0], set()).update(
                            r.split()[0] for r in rest.split("|") if r.strip()
                        )
        self.gapped = {w: frozenset(r) for w, r in gapped.items()}
        rows = read_table("speaker_groups.csv", cb.root)
        self.groups: dict[str, str] = {r["word"]: r["kind"] for r in rows}
        # group nouns that, right after a state's name or demonym, leave the state to
        # speak ("Russian leaders said": Russia, as the tagger reads it)
        self.yield_to_state = frozenset(r["word"] for r in rows if r.get("after_state") == "state")
        # groups whose "in <capital or state>" names the state they serve ("officials in
        # Kabul"), as "from", "of" and "at" a state or its body do
        self.seated = frozenset(r["word"].lower() for r in rows if r["seated"] == "yes")
        # plural heads that, made definite, speak for parties named before ("the three
        # leaders"): the statements stage resolves those (collectives.csv)
        self.collectives = frozenset(r["word"] for r in read_table("collectives.csv", cb.root))
        self.shares = frozenset(r["word"] for r in read_table("poll_shares.csv", cb.root))
        self.institutions = cb.person_cues["non_person"]
        self.state_bodies = acting_bodies(cb)  # ministry, embassy, army ...
        self.officials = cb.person_cues["appositive"]


@per_codebook
def _lexicon(cb: Codebook) -> _Lexicon:
    return _Lexicon(cb)


def find_speakers(t: Tagged, nw: list[str], items: list, covered: set[int]) -> None:
    """Add the untagged subjects of reporting cues to ``items`` as actors of the article.

    ``nw``: the tagger's normalized words; ``items``: its ``(tok, tok_end, actor, kind)``
    mentions so far (extended in place); ``covered``: the tokens they cover.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = "The FBI said on Friday it had closed the case. Republicans said it was not."
    >>> t = tag(parse_article(text))
    >>> [(m.text, t.actor(m.actor).type) for m in t.mentions]
    [('FBI', 'organization'), ('Republicans', 'group')]
    >>> t = tag(parse_article('"It is over," Sen. Ann Doe said. Officials said it was not.'))
    >>> [(m.text, m.actor, t.actor(m.actor).stands_for) for m in t.mentions]
    [('Ann Doe', 'ann-doe', 'USA'), ('Officials', 'officials', '')]
    """
    lex = _lexicon(t.codebook)
    by_surname = _full_names(t, nw, covered)
    ends = {it[1]: it[2] for it in items}  # the tagger's actors by end token (no participants yet)
    use_parse = backend() != "surface"
    _signatures(t, nw, items, covered, ends)
    todo = []  # (sentence, its cue tokens) where an untagged candidate stands
    for si, (lo, hi) in enumerate(t.sent_tok):
        if hi <= lo or t.article.sentences[si].block == "caption":
            continue
        cues = [
            i
            for i in range(lo, hi)
            if (_cue_word(t.lower[i]) in lex.verbs and _phrase_whole(t, lex, i, hi))
            or _according(t, i, hi)
        ]
        if cues and any(_candidate(t, nw, lex, i, covered) for i in range(lo, hi)):
            todo.append((si, cues))
    if use_parse:
        parse_many(t, [si for si, _ in todo])  # one batch; the statements reuse them
    for si, cues in todo:
        lo, hi = t.sent_tok[si]
        if use_parse:
            heads = _parsed_subjects(t, si, cues)
            tags = parse(t, si)
        else:
            heads, tags = _surface_subjects(t, cues, lo, hi), None
        for h in heads:
            h = _share_of(t, nw, lex, h, hi)
            if h in covered or not _candidate(t, nw, lex, h, covered):
                continue
            if nw[h].lower() not in lex.groups and nw[h] not in lex.groups:
                if (
                    tags is not None
                    and tags.pos(h) != "PROPN"
                    and not _known_surname(t, nw, h, by_surname, ends)
                    and not _name_end(t, nw, tags, h, lo)
                ):
                    continue  # "Discussions are expected": a common noun opening a sentence
                if tags is None and h == lo and not nw[h + 1][:1].isupper():
                    continue
            found = _speaker_at(t, nw, lex, h, lo, (by_surname, ends, tags))
            if found is None:
                continue
            s, e, actor = found
            if actor.type == "person" and tags is not None and _modifies_noun(tags, h):
                # 'a CBS poll', 'the Gallup survey': the body behind a document
                actor = replace(actor, type="organization", stands_for="")
            if any(i in covered for i in range(s, e)):
                continue
            if actor.id not in t.codebook.actors:
                t.extra_actors.setdefault(actor.id, actor)
            items.append((s, e, actor.id, "name"))
            ends[e] = actor.id
            covered.update(range(s, e))


def _share_of(t: Tagged, nw: list[str], lex: _Lexicon, h: int, hi: int) -> int:
    """The group noun after ``of`` when token ``h`` names a share of it (``poll_shares.csv``:
    ``57 percent of Republicans``, ``two-thirds of voters``), else ``h``."""
    if h + 2 < hi and t.lower[h + 1] == "-" and t.lower[h + 2] in lex.shares:
        h += 2  # "two-thirds": the parser heads it with the number
    if h + 2 < hi and t.lower[h + 1] == "in" and _number(t.lower[h]) and _number(t.lower[h + 2]):
        h += 1  # "nine in 10 voters", "one in four respondents": a ratio
    elif t.lower[h] not in lex.shares or h + 1 >= hi or t.lower[h + 1] != "of":
        return h
    for k in range(h + 2, min(hi, h + 7)):
        if nw[k] in lex.groups or t.lower[k] in lex.groups:
            return k
        if not (t.words[k].isalpha() or t.words[k] == "-"):
            break
    return h


def _number(w: str) -> bool:
    """Is ``w`` a number, in digits or a word up to ten (``10``, ``nine``, ``one``)?"""
    return w.isdigit() or w in _NUMBERS or w == "one"


def _signatures(t: Tagged, nw: list[str], items: list, covered: set[int], ends: dict) -> None:
    """The names that sign quotations (``"..." ― Jane Roe``): persons of the article."""

    for m in SIGNATURE.finditer(t.article.text):
        s = t.token_from(m.start("name"))
        e = t.token_from(m.end("name"))
        while e > s and t.words[e - 1] == ".":
            e -= 1
        if s >= e or any(i in covered for i in range(s, e)) or t.tok_sent[s] < 0:
            continue
        ends[e] = add_text_person(t, nw, items, covered, s, e)


def plain_name(cb, name: str) -> str:
    """A person's name without the generational suffix that closes it (``person_cues.csv``
    kind ``suffix``), whose last word is the surname: ``Siaosi Sovaleni Jr.`` is named
    again as ``Sovaleni``.

    Examples
    --------
    >>> from alignkit.reading.codebook import load_codebook
    >>> plain_name(load_codebook(), "Jane Roe Jr."), plain_name(load_codebook(), "Roe Jr.")
    ('Jane Roe', 'Roe Jr.')
    """
    words = name.split()
    if len(words) > 2 and words[-1] in cb.person_cues["suffix"]:
        return " ".join(words[:-1]).rstrip(",")
    return name


def add_text_person(t: Tagged, nw: list[str], items: list, covered: set[int], s: int, e: int):
    """Add tokens ``s:e`` as a person's name to ``items`` and ``covered``: the codebook's
    person of that name, else a person of the text with no state; returns its id.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("By Jane Roe"))
    >>> items, covered = [], set()
    >>> add_text_person(t, t.words, items, covered, 1, 3), items, sorted(covered)
    ('jane-roe', [(1, 3, 'jane-roe', 'name')], [1, 2])
    """
    name = _name_text(nw, t.starts, t.ends, s, e)
    pid = slugify(name)
    if pid not in t.codebook.actors:
        t.extra_actors.setdefault(pid, Actor(pid, name, "person", source="text"))
    items.append((s, e, pid, "name"))
    covered.update(range(s, e))
    return pid


_GLUED_QUOTE = re.compile(r"([a-z]+)[,:]?[\"“«']")


def _phrase_whole(t: Tagged, lex: _Lexicon, i: int, hi: int) -> bool:
    """Is the cue word at ``i`` a cue whole: a verb of its own, or the first word of a
    gapped phrase whose rest follows within five words (``was deeply concerned``)?"""
    rest = lex.gapped.get(_cue_word(t.lower[i]))
    return rest is None or any(t.lower[k] in rest for k in range(i + 1, min(hi, i + 6)))


def _cue_word(w: str) -> str:
    """The word ``w`` without a quotation glued to it (``said,“look``: no space after the
    comma, and spaCy keeps one token).

    Examples
    --------
    >>> _cue_word('said,“look'), _cue_word("said")
    ('said', 'said')
    """
    m = _GLUED_QUOTE.match(w)
    return m.group(1) if m else w


def _according(t: Tagged, i: int, hi: int) -> bool:
    return t.lower[i] == "according" and i + 1 < hi and t.lower[i + 1] == "to"


def _candidate(t: Tagged, nw: list[str], lex: _Lexicon, i: int, covered: set[int]) -> bool:
    """Could token ``i`` head a new speaker (an untagged proper noun or group noun)?"""
    if i in covered or (i in t.title_tokens and t.lower[i - 1] not in _HONORIFIC_GENDER):
        return False  # "Mr. King": after an honorific, a title word is a name
    w = nw[i]
    return bool(_PROPER.match(w) and w not in _NOT_NAME) or w.lower() in lex.groups


def _parsed_subjects(t: Tagged, si: int, cues: list[int]) -> list[int]:
    """Subject heads of the cue verbs (and the object of ``according to``) by the parse."""
    p = parse(t, si)
    out = []
    for c in cues:
        if t.lower[c] == "according":
            to = c + 1
            for k in p.children(to):
                if p.dep(k) == "pobj":
                    out.append(k)
                    out.extend(_owner(t, p, k))
            continue
        if _cue_word(t.lower[c]) != t.lower[c]:
            # the parser misreads a token with a quotation glued on: its subject by surface
            found = [k for k in p.children(c) if p.dep(k) in _SUBJECT_DEPS and k < c]
            out.extend(found or _glued_subject(t, c, t.sent_tok[si][0]))
            continue
        if p.pos(c) not in ("VERB", "AUX"):
            continue
        found = [k for k in p.children(c) if p.dep(k) in _SUBJECT_DEPS]
        participle = t.lower[c].endswith("ing")  # "she said, adding that Raqqa ...": no
        # participle inverts its subject, nor has one after it ('..., accusing Jane Roe of
        # ...': she is its object)
        found = [k for k in found if k < c] if participle else found
        if (
            not participle
            and not any(
                k > c and not (t.words[k].isalpha() and t.words[k].islower()) for k in found
            )
            and c > 0
            and t.lower[c - 1] in _BEFORE_INVERSION
        ):
            # '"...," said rights monitor Jane Roe' misparsed: the name after the cue
            found += _inverted_head(t, c, t.sent_tok[si][1])
        out.extend(found or _climbed_subject(p, c))
    return out


def _climbed_subject(p, c: int) -> list[int]:
    """``Labour sued, saying ...``, ``The senator survived prison and says ...``: a
    participle or a coordinated cue verb with no subject of its own takes the subject of
    the verb it hangs on (up to three steps), by the parse ``p``."""
    v = c
    for _ in range(3):
        if p.dep(v) not in ("advcl", "conj", "xcomp") or p.head(v) == v:
            return []
        v = p.head(v)
        found = [k for k in p.children(v) if p.dep(k) in _SUBJECT_DEPS]
        if found:
            return found
    return []


def _glued_subject(t: Tagged, c: int, lo: int) -> list[int]:
    """The capitalized word right before cue ``c``, or before an appositive between commas
    that ends right before it (``Jane Roe, the mayor, said,“...``)."""
    k = c - 1
    if k >= lo and t.lower[k] == ",":
        k -= 1
        while k >= max(lo, c - 10) and t.lower[k] != ",":
            k -= 1
        k -= 1
    return [k] if k >= lo and t.words[k][:1].isupper() else []


def _owner(t: Tagged, p, k: int) -> list[int]:
    """``according to a CBS poll``, ``the RealClearPolitics average``: the name that owns
    the document a common noun ``k`` names (the last proper noun before it)."""
    if p.pos(k) != "NOUN":
        return []
    mods = [m for m in p.children(k) if m < k and p.pos(m) == "PROPN" and t.words[m].isalpha()]
    return mods[-1:]


def _modifies_noun(p, h: int) -> bool:
    """Does token ``h`` modify a common noun after it (``a CBS poll``)?"""
    return p.head(h) > h and p.pos(p.head(h)) == "NOUN"


_BEFORE_INVERSION = frozenset([",", '"', "”", "''"])
_PHRASE_BREAKS = frozenset(["on", "in", "at", "to", "of", "for", "from", "with", "who", "and"])


def _inverted_head(t: Tagged, c: int, hi: int) -> list[int]:
    """The last capitalized word of the name phrase right after an inverted cue ``c``
    (in its sentence, which ends before token ``hi``)."""
    head = []
    for k in range(c + 1, min(hi, c + 8)):
        w = t.words[k]
        if (
            w == "of"
            and k > c + 1
            and t.words[k - 1].islower()
            and not head
            and _full_name_after(t, k + 1, hi)
        ):
            continue  # "said master of ceremonies Jane Roe": a role noun's "of", a full name
        if not (w[:1].isalpha() or w == ".") or t.lower[k] in _PHRASE_BREAKS:
            break
        if w[:1].isupper() and w.isalpha():
            head = [k]
    return head


def _full_name_after(t: Tagged, k: int, hi: int) -> bool:
    """Do lower-case words from token ``k`` lead to two capitalized words, a full name?"""
    while k < hi and t.words[k].isalpha() and t.words[k].islower():
        k += 1
    return k + 1 < hi and all(t.words[i][:1].isupper() and t.words[i].isalpha() for i in (k, k + 1))


def _surface_subjects(t: Tagged, cues: list[int], lo: int, hi: int) -> list[int]:
    """The word right before a cue, or the last of a run right after ``, said``."""
    out = []
    for c in cues:
        if t.lower[c] == "according":
            k = c + 2
        elif _cue_word(t.lower[c]) != t.lower[c]:
            out.extend(_glued_subject(t, c, lo))
            continue
        elif c - 1 >= lo and t.words[c - 1][:1].isupper():
            out.append(c - 1)
            continue
        elif c - 1 >= lo and t.lower[c - 1] in (",", '"', "”", "''"):
            k = c + 1
        else:
            continue
        while k + 1 < hi and t.words[k + 1][:1].isupper():
            k += 1
        out.append(k)
    return out


def _speaker_at(t: Tagged, nw, lex: _Lexicon, h: int, lo: int, known):
    """(start, end, Actor) of the speaker whose head word is token ``h``, or None."""
    w = nw[h]
    group = lex.groups.get(w) or (lex.groups.get(w.lower()) if w.islower() or h == lo else None)
    s = h
    while (
        s - 1 >= lo
        and s - 1 not in t.title_tokens
        and s not in known[1]
        and _name_word(nw[s - 1])
        and (known[2] is None or known[2].pos(s - 1) == "PROPN" or nw[s - 1] == "-")
        and (group is None or nw[s - 1][:1].isupper())
    ):
        s -= 1
    if group is not None:
        if s == h and t.words[h][:1].isupper() and h > lo and w not in lex.groups:
            return None
        if w.lower() in lex.collectives and (
            (_definite(t, s, lo) and not _share_before(t, lex, s, lo))
            or _states_after(t, h, known[1])
        ):
            # "The national security advisors call on ...": those named before; "leaders
            # from A and B agreed": the states named after
            return None
        name = _name_text(nw, t.starts, t.ends, s, h + 1)
        # "U.S. defense leaders": the state before the noun's lower-case modifiers, when
        # they are no body of it ("U.S. military officials": the military's)
        country = _country_left(t, s, lo, known[1])
        if not country and s not in known[1]:
            country = _country_left(t, _modifiers_left(t, s, lo), lo, known[1])
        if country and w.lower() in lex.yield_to_state:
            return None
        seat = None if country or w.lower() not in lex.seated else _seat_after(t, h, known[1])
        if seat is not None:  # "officials in Islamabad": the officials of the state seated there
            state = seat.stands_for or seat.country
            name = f"{name} {t.lower[h + 1]} {seat.name}"
            return s, h + 1, Actor(slugify(name), name, group, state, state, source="text")
        # an official acts for the state or the state's body he serves: "a Pentagon
        # official", "U.S. officials said"
        acts = w.lower() in lex.officials or w.lower().rstrip("s") in lex.officials
        body = None if country else _body_left(t, s, lo, known[1])
        if body is not None:
            name = f"{body.name} {name}"
            country, stands = body.stands_for, body.stands_for if acts else ""
            return s, h + 1, Actor(slugify(name), name, group, country, stands, source="text")
        name = _of_body(t, s, h, lo, known[1]) or name
        stands = country if acts else ""
        return s, h + 1, Actor(slugify(name), name, group, country, stands, source="text")
    if not w[:1].isupper() or (w.lower() in lex.collectives and _definite(t, h, lo)):
        return None  # "Both Ministers said": those named before (the statements stage)
    e = h + 1
    words = nw[s:e]
    name = _name_text(nw, t.starts, t.ends, s, e)
    institution = any(x in lex.institutions for x in words) or (
        len(words) == 1 and _ACRONYM.match(words[0])
    )
    if institution:
        country = _country_left(t, s, lo, known[1])
        if country and any(x.lower() in lex.state_bodies for x in words):
            # "Armenia's Defense Ministry": a state's body acts for it, one per state
            pid = (
                slugify(name)
                if t.codebook.actors.get(country) is None
                else slugify(f"{country} {name}")
            )
            return s, e, Actor(pid, name, "organization", country, country, source="text")
        return s, e, Actor(slugify(name), name, "organization", country, "", source="text")
    return _person(t, nw, lex, s, e, lo, known)


def _states_after(t: Tagged, h: int, ends: dict) -> bool:
    """Do two or more states follow the noun at ``h`` after ``of`` or ``from`` (``leaders
    from Chad and Niger``)? Such a group speaks for them, not as a group of its own.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Leaders from Chad and Niger met."))
    >>> [m.actor for m in t.mentions]
    ['TCD', 'NER']
    """
    if h + 2 >= len(t.lower) or t.lower[h + 1] not in ("of", "from"):
        return False
    k, states = h + 2 + (t.lower[h + 2] == "the"), 0
    while k < len(t.lower):
        e = next((e for e in range(k + 1, min(len(t.lower), k + 4) + 1) if e in ends), None)
        a = t.actor(ends[e]) if e is not None else None
        if a is None or a.type != "country":
            break
        states, k = states + 1, e + (e < len(t.lower) and t.lower[e] in (",", "and"))
        k += k < len(t.lower) and t.lower[k] == "and"
    return states >= 2


def _share_before(t: Tagged, lex: _Lexicon, s: int, lo: int) -> bool:
    """Does a share of a definite group end at ``s`` (``many of the officials``, ``most of
    these delegates``)? Such a part speaks as the group, not as the parties named before.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Many of the envoys said so."))
    >>> _share_before(t, _lexicon(t.codebook), 3, 0), _share_before(t, _lexicon(t.codebook), 1, 0)
    (True, False)
    """
    k = s - 1
    if k >= lo and t.lower[k] in ("the", "these", "those"):
        k -= 1
    return k - 1 >= lo and t.lower[k] == "of" and t.lower[k - 1] in lex.shares


def _definite(t: Tagged, s: int, lo: int) -> bool:
    """Does a definite or counted noun phrase end at ``s`` (``the three``, ``both``)?"""
    for k in range(s - 1, max(lo, s - 5) - 1, -1):
        w = t.lower[k]
        if w in ("the", "these", "those", "both", "all") or w.isdigit() or w in _NUMBERS:
            return True
        if not w.isalpha() or w in ("a", "an", "some", "many", "several"):
            return False
    return False


_NUMBERS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])


def _name_text(nw: list[str], starts: list[int], ends: list[int], a: int, b: int) -> str:
    """The name of tokens ``a:b`` in the normalized spelling, spaced as in the text."""
    out = nw[a]
    for i in range(a + 1, b):
        out += (" " if starts[i] > ends[i - 1] else "") + nw[i]
    return out


def _name_word(w: str) -> bool:
    if w in _NOT_NAME:
        return False
    return (w[:1].isupper() and (w.isalpha() or "-" in w or "'" in w or "’" in w)) or w == "-"


def _person(t: Tagged, nw, lex: _Lexicon, s: int, e: int, lo: int, known):
    """A person named ``nw[s:e]``: a surname alone is the full name the article gives."""
    by_surname, ends, _ = known
    name = _name_text(nw, t.starts, t.ends, s, e)
    if e - s == 1:
        named = _named_person(t, ends, nw[s])
        if named is not None:
            return s, e, named  # "Geoana said" after "Mircea Geoana": the one named
        name = by_surname.get(nw[s], name)
        if name == nw[s] and s > lo and t.lower[s - 1] in t.codebook.person_cues["peerage"]:
            name = f"{nw[s - 1]} {name}"  # "Lord Ahmad said": a peer is named with the title
    elif e - s == 2 and _ACRONYM.match(nw[s]):
        # "DASD Erikson said" after "Mr. Daniel Erikson": an abbreviated title before
        # the surname of the one person named
        named = _named_person(t, ends, nw[s + 1])
        if named is not None:
            return s, e, named
    gender = _HONORIFIC_GENDER.get(t.lower[s - 1], "") if s > lo else ""
    title = _title_left(t, s, lo)
    apposed, official = _appositive(t, e, lex, ends)
    # "Iran's Ali Rezaei": the state's own man, as an official title would make him
    owner = _country_left(t, title[0] if title else s, lo, ends, possessive_only=True)
    country = _country_left(t, title[0] if title else s, lo, ends) or apposed
    acts = bool(title and title[2]) or official or bool(owner)
    country = country or (title[1] if title else "")
    pid = slugify(name)
    if pid in t.codebook.actors:
        return None  # a codebook person the tagger left alone for a reason
    stands = country if acts else ""
    return s, e, Actor(pid, name, "person", country, stands, gender=gender, source="text")


def _known_surname(t: Tagged, nw: list[str], h: int, by_surname: dict, ends: dict) -> bool:
    """Is the lone word ``nw[h]`` the surname of a person the article names in full?

    The parser reads a rare surname opening a sentence (``Ruiz said``) as a common noun;
    the full name written elsewhere (``Ana Ruiz``) says it is a name.
    """
    if h + 1 < len(nw) and nw[h + 1][:1].isupper():
        return False
    return nw[h] in by_surname or _named_person(t, ends, nw[h]) is not None


def _name_end(t: Tagged, nw: list[str], tags, h: int, lo: int) -> bool:
    """Does ``nw[h]``, a capitalized word with an inner apostrophe or hyphen, end a run the
    parser reads as a name (``Brett O’Donnell``: the curly apostrophe makes the parser
    read the surname as a common noun)?"""
    w = nw[h]
    return (
        h > lo
        and bool(_PROPER.match(w))
        and any(c in w for c in "'’-")
        and tags.pos(h - 1) == "PROPN"
        and nw[h - 1][:1].isupper()
    )


def _named_person(t: Tagged, ends: dict[int, str], surname: str) -> Actor | None:
    """The one person tagged so far whose name ends in ``surname``, if exactly one; case
    aside (``ASSISTANT SECRETARY DESOMBRE:``, a label in capitals, is ``Jane DeSombre``)."""
    found = {
        a.id
        for a in map(t.actor, ends.values())
        if a is not None
        and a.type == "person"
        and plain_name(t.codebook, a.name).split()[-1].lower() == surname.lower()
    }
    return t.actor(found.pop()) if len(found) == 1 else None


def _title_left(t: Tagged, s: int, lo: int):
    """(first token, implied country, is an office) of the title run right before ``s``."""
    k = s
    while k - 1 >= lo and k - 1 in t.title_tokens:
        k -= 1
    if k == s:
        return None
    phrase = t.article.text[t.starts[k] : t.ends[s - 1]]
    row = t.codebook.titles.get(phrase) or t.codebook.titles.get(phrase.lower()) or {}
    office = row.get("kind", "office") == "office" or phrase.lower() not in _HONORIFIC_GENDER
    return k, row.get("implies_country", ""), office and t.lower[s - 1] not in _HONORIFIC_GENDER


def _of_body(t: Tagged, s: int, h: int, lo: int, ends: dict) -> str:
    """``The permanent members of the UN Security Council``: a group noun at ``h`` whose
    ``of`` names a body or a bloc is named with it and with its adjectives after ``the``
    (``permanent members of the UN Security Council``); else ''.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("The permanent members of the UN Security Council said no."))
    >>> t.actor(t.mentions[0].actor).name
    'permanent members of the UN Security Council'
    """
    if h + 2 >= len(t.lower) or t.lower[h + 1] != "of":
        return ""
    k = h + 2 + (t.lower[h + 2] == "the")
    e = next((e for e in range(k + 1, min(len(t.lower), k + 6) + 1) if e in ends), None)
    a = t.actor(ends[e]) if e is not None else None
    if a is None or a.type not in ("organization", "bloc") or e - k > len(a.name.split()) + 1:
        return ""
    first = _modifiers_left(t, s, lo)
    first = first if first > lo and t.lower[first - 1] == "the" else s
    return t.article.text[t.starts[first] : t.ends[e - 1]]


def _modifiers_left(t: Tagged, s: int, lo: int) -> int:
    """The first of at most two lower-case modifiers right before ``s`` (``defense`` of
    ``U.S. defense leaders``), else ``s``."""
    k = s
    while k - 1 >= lo and s - k < 2 and t.words[k - 1].isalpha() and t.words[k - 1].islower():
        if t.lower[k - 1] in _NOT_MODIFIERS:
            return s
        k -= 1
    return k


# lower-case words before a group noun that are no modifier of it ("said the leaders")
_NOT_MODIFIERS = frozenset({"the", "a", "an", "and", "or", "of", "by", "to", "with", "said",
                            "says", "some", "many", "several", "both", "all", "other"})  # fmt: skip


def _country_left(t: Tagged, s: int, lo: int, ends: dict, possessive_only=False) -> str:
    """The state of a country, demonym or capital named right before ``s`` (``Iran's``)."""
    j = s
    if j - 1 >= lo and t.lower[j - 1] in POSSESSIVE:
        j -= 1
    elif possessive_only:
        return ""
    a = t.actor(ends[j]) if j > lo and j in ends else None
    if a is None or a.type not in ("country", "place", "bloc"):
        return ""
    return a.stands_for or a.country or ""


# the prepositions after which a seated group's state stands ("officials from Peru's foreign
# ministry", speaker_groups.csv, column seated)
_SEAT_PREPS = frozenset({"in", "from", "of", "at"})


# lower-case words inside a capital's name ("Port of Spain", "Dar es Salaam")
_PLACE_JOINS = frozenset({"of", "es", "au", "de", "la", "-"})


def _seat_end(t: Tagged, h: int, ends: dict) -> int | None:
    """The end token of a capital, a state or a state's body named right after ``in``
    (``from``, ``of``, ``at``) after token ``h`` (``Port-au-Prince``, ``Port of Spain``:
    hyphens and joining words inside; ``the Peruvian foreign ministry``: its first party),
    when it is the only party there (``from Peru and Chile`` is two)."""
    if h + 2 >= len(t.lower) or t.lower[h + 1] not in _SEAT_PREPS:
        return None
    k = h + 2 + (t.lower[h + 2] == "the")
    for e in range(k + 1, min(len(t.lower), k + 5) + 1):
        if e in ends:
            return None if e < len(t.lower) and t.lower[e] in ("and", "&", "or", ",") else e
        w = t.words[e - 1]
        joined = e > k + 1 and (w in _PLACE_JOINS or t.words[e - 2] == "-")
        # "the Peruvian foreign ministry", "Peru's foreign ministry": a body's lower-case
        # words after its state's name
        body = e > k + 1 and t.words[k][:1].isupper() and (w.islower() or w in POSSESSIVE)
        if not (w[:1].isupper() or joined or body):
            return None
    return None


def _seat_after(t: Tagged, h: int, ends: dict) -> Actor | None:
    """The capital, state or state's body of ``officials in Islamabad``, ``leaders in
    Kenya``, ``officials from Peru's foreign ministry``, when it names a state; else None.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Officials in Islamabad said they had evidence."))
    >>> a = t.actor(t.mentions[0].actor)
    >>> (a.name, a.country, a.stands_for)
    ('Officials in Islamabad', 'PAK', 'PAK')
    >>> t = tag(parse_article("Officials from the Chilean Defense Ministry said it was over."))
    >>> a = t.actor(t.mentions[0].actor)
    >>> (a.name, a.country, a.stands_for)
    ('Officials from Chile', 'CHL', 'CHL')
    """
    e = _seat_end(t, h, ends)
    a = t.actor(ends[e]) if e is not None else None
    kinds = ("country", "place") + (("organization",) if t.lower[h + 1] != "in" else ())
    if a is None or a.type not in kinds or not (a.stands_for or a.country):
        return None
    state = a.stands_for or a.country
    return a if t.actor_type(state) == "country" else None


def _body_left(t: Tagged, s: int, lo: int, ends: dict) -> Actor | None:
    """The state's organization named right before ``s`` (``a Pentagon official``)."""
    a = t.actor(ends[s]) if s > lo and s in ends else None
    return a if a is not None and a.type == "organization" and a.stands_for else None


def _appositive(t: Tagged, e: int, lex: _Lexicon, ends: dict[int, str]) -> tuple[str, bool]:
    """(state, acts for it) from ``X, the Iranian foreign minister,`` after a name."""
    if e >= len(t.lower) or t.lower[e] != ",":
        return "", False
    state, official = "", False
    for k in range(e + 1, min(len(t.lower), e + 10)):
        if t.lower[k] in (",", ".", ";", "said", "says"):
            break
        official = official or t.lower[k] in lex.officials
        a = t.actor(ends[k + 1]) if k + 1 in ends else None
        if a is not None and a.type in ("country", "place", "bloc") and not state:
            state = a.stands_for or a.country or ""
    return state, bool(state) and official


def _full_names(t: Tagged, nw: list[str], covered: set[int]) -> dict[str, str]:
    """Surname -> the first two-word name the article writes with it (``Hillary Clinton``)."""
    out: dict[str, str] = {}
    for i in range(1, len(nw)):
        w, prev = nw[i], nw[i - 1]
        if (
            _PROPER.match(w)
            and prev[:1].isupper()
            and prev.isalpha()
            and prev not in _NOT_NAME
            and len(prev) > 1
            and i - 1 not in t.title_tokens
            and i not in covered
            and i - 1 not in covered
            and t.tok_sent[i] >= 0
            and not (i + 1 < len(nw) and nw[i + 1][:1].isupper() and nw[i + 1].isalpha())
            and not (
                i >= 2
                and nw[i - 2][:1].isupper()
                and nw[i - 2].isalpha()
                and nw[i - 2] not in _NOT_NAME  # "But Ann Roe, ...": an opener, no name
            )
        ):
            out.setdefault(w, _name_text(nw, t.starts, t.ends, i - 1, i + 1))
    return out
