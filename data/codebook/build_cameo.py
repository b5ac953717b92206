#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Build ``cameo_verbs.csv``, alignkit's event-verb lexicon, from the field's public data.

Reads two files (never downloads anything):

* PETRARCH2's verb dictionary ``CAMEO.2.0.txt`` (openeventdata/petrarch2, MIT):
  synonym sets (``&NAME`` and ``+`` member lines), verb blocks (``--- NAME [code] ---``
  followed by verb lines with optional ``{irregular forms}`` and ``[code]``) and pattern
  lines (``- [pre-verb] * [post-verb] [code]  # comment``).
* PLOVER's crosswalk ``CAMEO2PLOVER-2021.txt`` (openeventdata/PLOVER, CC BY-SA 4.0):
  ``code: TYPE, mode, context # description``.

Writes one CSV row per verb line (``kind=verb``) and per pattern line (``kind=pattern``)
in alignkit's slot syntax: alternatives separated by ``|``, slots by `` ~ ``. The output
is deterministic: the same inputs give a byte-identical file.

Usage::

    python build_cameo.py [CAMEO.2.0.txt] [CAMEO2PLOVER-2021.txt] [-o cameo_verbs.csv]

Without file arguments the inputs are looked up in checkouts named by the environment
variables ``PETRARCH2_DIR`` (``petrarch2/data/dictionaries/CAMEO.2.0.txt``) and
``PLOVER_DIR`` (``CAMEO2PLOVER-2021.txt``). See README.md for the columns and caveats.

The script is MIT-licensed project code; the CSV it writes derives from PLOVER's
CC BY-SA 4.0 crosswalk and is therefore CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = [
    "pattern",
    "verb",
    "cameo",
    "cameo2",
    "plover",
    "mode",
    "context",
    "target_preps",
    "kind",
    "source",
    "verb_slot",
    "block",
    "particle",
]


def _wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (for long word lists)."""
    return frozenset(text.split())


# The event types alignkit knows (data/codebook/plover.csv).
KIT_TYPES = _wordset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
    "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT FIGHT"
)

# Crosswalk names that are not kit types, mapped to the closest kit type. The 2021
# crosswalk uses only kit names; the CAMEO cue-category names are listed so that an
# older or edited crosswalk still maps cleanly.
TYPE_MAP = {
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "DEMAND": "REQUEST",
    "APPEAL": "REQUEST",
    "YIELD": "CONCEDE",
    "EXPRESS INTENT TO COOPERATE": "AGREE",
    "ENGAGE IN DIPLOMATIC COOPERATION": "SUPPORT",
    "ENGAGE IN MATERIAL COOPERATION": "COOPERATE",
    "PROVIDE AID": "AID",
    "EXHIBIT FORCE POSTURE": "MOBILIZE",
    "REDUCE RELATIONS": "SANCTION",
    "USE UNCONVENTIONAL MASS VIOLENCE": "ASSAULT",
}

# CAMEO cue categories with no dyadic event in the kit: 01 make public statement,
# 02 appeal (PLOVER's manual drops both).
NO_EVENT_PREFIXES = ("01", "02")

# Words that, right after the verb, make a phrasal verb ("set off", "put down").
PARTICLES = _wordset("UP DOWN OUT OFF BACK AWAY ASIDE FORWARD AHEAD OVER TOGETHER APART")
# Words that open a prepositional phrase when written without parentheses (legacy
# TABARI syntax) or inside ``(...)``.
PREPOSITIONS = _wordset(
    "ABOARD ABOUT ABOVE ACROSS AFTER AGAINST ALONG ALONGSIDE AMID AMONG AROUND AS AT "
    "BEFORE BEHIND BELOW BENEATH BESIDE BETWEEN BEYOND BY DESPITE DURING FOR FROM IN "
    "INSIDE INTO NEAR OF ON ONTO OUTSIDE OVER PAST THROUGH THROUGHOUT TO TOWARD "
    "TOWARDS UNDER UNTIL UPON VIA WITH WITHIN WITHOUT"
)
# TABARI-era markers PETRARCH2 does not interpret: $ source, + target, ^ skip, % compound.
MARKERS = frozenset("$+^%")

# ---------------------------------------------------------------------------
# English morphology
# ---------------------------------------------------------------------------

# base past participle (participle "-" = same as past); used when a verb line has no {...}.
_IRREGULAR_TABLE = """
arise arose arisen; awake awoke awoken; be was been; bear bore borne; beat beat beaten;
become became become; begin began begun; bend bent -; bet bet -; bid bid -; bind bound -;
bite bit bitten; bleed bled -; blow blew blown; break broke broken; breed bred -;
bring brought -; broadcast broadcast -; build built -; burn burned -; burst burst -;
buy bought -; cast cast -; catch caught -; choose chose chosen; cling clung -;
come came come; cost cost -; creep crept -; cut cut -; deal dealt -; dig dug -;
do did done; draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten;
fall fell fallen; feed fed -; feel felt -; fight fought -; find found -; flee fled -;
fling flung -; fly flew flown; forbid forbade forbidden; forecast forecast -;
foresee foresaw foreseen; forget forgot forgotten; forgive forgave forgiven;
forsake forsook forsaken; freeze froze frozen; get got gotten; give gave given;
go went gone; grind ground -; grow grew grown; hang hung -; have had -; hear heard -;
hide hid hidden; hit hit -; hold held -; hurt hurt -; keep kept -; kneel knelt -;
know knew known; lay laid -; lead led -; lean leaned -; leap leapt -; learn learned -;
leave left -; lend lent -; let let -; lie lay lain; light lit -; lose lost -;
make made -; mean meant -; meet met -; mislead misled -; mistake mistook mistaken;
outdo outdid outdone; overcome overcame overcome; override overrode overridden;
overrun overran overrun; oversee oversaw overseen; overthrow overthrew overthrown;
pay paid -; put put -; quit quit -; read read -; rebuild rebuilt -; redo redid redone;
rend rent -; repay repaid -; reset reset -; retake retook retaken; rethink rethought -;
ride rode ridden; ring rang rung; rise rose risen; run ran run; say said -; see saw seen;
seek sought -; sell sold -; send sent -; set set -; shake shook shaken; shed shed -;
shoot shot -; show showed shown; shrink shrank shrunk; shut shut -; sing sang sung;
sink sank sunk; sit sat -; slay slew slain; sleep slept -; slide slid -; sling slung -;
slit slit -; speak spoke spoken; speed sped -; spend spent -; spin spun -; spit spat -;
split split -; spread spread -; spring sprang sprung; stand stood -; steal stole stolen;
stick stuck -; sting stung -; stride strode stridden; strike struck -; string strung -;
strive strove striven; swear swore sworn; sweep swept -; swim swam swum; swing swung -;
take took taken; teach taught -; tear tore torn; tell told -; think thought -;
throw threw thrown; thrust thrust -; tread trod trodden; undercut undercut -;
undergo underwent undergone; underlie underlay underlain; undertake undertook undertaken;
undo undid undone; uphold upheld -; upset upset -; wake woke woken; wear wore worn;
weave wove woven; weep wept -; win won -; wind wound -; withdraw withdrew withdrawn;
withhold withheld -; withstand withstood -; wring wrung -; write wrote written
"""
IRREGULAR: dict[str, tuple[str, str]] = {}
for _entry in _IRREGULAR_TABLE.split(";"):
    _base, _past, _part = _entry.split()
    IRREGULAR[_base] = (_past, _past if _part == "-" else _part)

# Polysyllabic verbs stressed on the last syllable: the final consonant doubles.
DOUBLING = _wordset(
    "abet acquit admit allot annul begin commit compel confer control deter embed "
    "emit equip excel expel extol forbid forget imbed impel incur infer kidnap "
    "occur omit outbid outstrip overrun patrol permit prefer propel rebel recur refer "
    "regret remit repel rebut sidestep submit transfer transmit upset worship"
)
# Verbs ending in -c that take -ck- before -ed/-ing.
_C_TO_CK = _wordset("panic mimic picnic traffic frolic")
_VOWELS = "aeiou"


def _syllables(word: str) -> int:
    """Rough count of vowel groups ('qu' counts as a consonant, final silent e ignored)."""
    w = word.lower().replace("qu", "q")
    if w.endswith("e") and not w.endswith(("ee", "ie", "ye", "oe")) and len(w) > 2:
        w = w[:-1]
    return max(1, len(re.findall(r"[aeiouy]+", w)))


def _doubles(verb: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing (stop -> stopped)."""
    if verb in DOUBLING:
        return True
    w = verb.replace("qu", "q")
    if len(w) < 3 or _syllables(verb) > 1:
        return False
    c1, v, c2 = w[-3], w[-2], w[-1]
    return c2 not in _VOWELS + "wxy" and v in _VOWELS and c1 not in _VOWELS


def _l_doubles(verb: str) -> bool:
    """Polysyllables ending in a single vowel + l (cancel, signal, fuel): British spelling
    doubles the l, American does not; both forms are generated."""
    return (
        _syllables(verb) > 1
        and verb.endswith("l")
        and not verb.endswith("ll")
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS.replace("u", "")
        and verb not in DOUBLING
    )


def third_person(verb: str) -> str:
    """deny -> denies, push -> pushes, veto -> vetoes, visit -> visits."""
    if verb == "be":
        return "is"
    if verb == "have":
        return "has"
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    if verb.endswith("o") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb + "es"
    return verb + "s"


def _suffix(verb: str, suffix: str) -> list[str]:
    """Attach -ed or -ing with English spelling rules (one or two spellings)."""
    if suffix == "ing":
        if verb.endswith("ie"):
            return [verb[:-2] + "ying"]
        if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
            return [verb[:-1] + "ing"]
    else:
        if verb.endswith("e"):
            return [verb + "d"]
        if verb.endswith("y") and verb[-2] not in _VOWELS:
            return [verb[:-1] + "ied"]
    if verb in _C_TO_CK:
        return [verb + "k" + suffix]
    if _doubles(verb):
        return [verb + verb[-1] + suffix]
    if _l_doubles(verb):
        return [verb + suffix, verb + "l" + suffix]
    return [verb + suffix]


def verb_forms(verb: str) -> list[str]:
    """All inflected forms of a (lower-case, one-word) verb: base, -s, past, participle,
    -ing. Irregular pasts come from the built-in table."""
    forms = [verb, third_person(verb)]
    if verb in IRREGULAR:
        forms += list(IRREGULAR[verb])
    else:
        forms += _suffix(verb, "ed")
    forms += _suffix(verb, "ing")
    return _unique(forms)


def _unique(items):
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return list(seen)


# Nouns: irregular plurals and words that get no plural.
IRREGULAR_PLURALS = {
    "child": "children", "person": "people", "man": "men", "woman": "women",
    "foot": "feet", "life": "lives", "wife": "wives", "knife": "knives",
    "leaf": "leaves", "thief": "thieves", "half": "halves", "shelf": "shelves",
    "criterion": "criteria", "phenomenon": "phenomena", "ox": "oxen",
}  # fmt: skip
NO_PLURAL = _wordset(
    # mass nouns
    "aid assistance help support information intelligence equipment evidence advice "
    "news money cash weaponry ammunition artillery personnel police military relief "
    "security justice violence peace unrest chaos progress cooperation recognition "
    "heat fire shelter asylum amnesty custody detention access control "
    # pronouns, determiners, adverbs, adjectives and other non-nouns seen in patterns
    "himself herself itself themselves him her them it this that what who all any "
    "each some free home abroad ablaze afire forward together closer lesser further "
    "uncertain dangerous responsible positively optimism not will would no hands"
)
# adjectives and adverbs (nouns such as "ally", "rally", "supply" still take plurals)
_ADJ_SUFFIXES = (
    *("ively", "ically", "ously", "fully", "ately", "edly", "ingly", "ently", "antly"),
    *("ous", "ful", "less", "ed", "ible", "able"),
)


def plural(noun: str) -> str | None:
    """The plural of a lower-case noun, or None when none should be added (already
    plural, a mass noun, or not a noun)."""
    if noun in NO_PLURAL or not noun[-1:].isalpha() or len(noun) < 3:
        return None
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith("man") and noun not in ("human", "german", "roman", "shaman"):
        return noun[:-3] + "men"
    if noun.endswith("is") and len(noun) > 4:  # crisis -> crises
        return noun[:-2] + "es"
    if noun.endswith(("ss", "us", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("s"):  # talks, sanctions, arms: already plural
        return None
    if noun.endswith(_ADJ_SUFFIXES):
        return None
    if noun.endswith("y") and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def phrase_plural(phrase: str) -> str | None:
    """Plural of a phrase: its last word (the head) takes the plural."""
    words = phrase.split(" ")
    last = plural(words[-1])
    return None if last is None else " ".join(words[:-1] + [last])


# ---------------------------------------------------------------------------
# Dictionary parsing
# ---------------------------------------------------------------------------


@dataclass
class Verb:
    """One verb line of a block."""

    base: str  # lower case, words separated by spaces ("carry out")
    forms: list[str]
    code: str  # raw code text between [...]
    line: int


@dataclass
class Block:
    """A ``--- NAME [code] ---`` verb block."""

    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)  # (line, text)


@dataclass
class Dictionary:
    synsets: dict[str, list[tuple[str, bool]]]  # name -> [(phrase, pluralize)]
    blocks: list[Block]


def _words(token: str) -> str:
    """Dictionary token -> lower-case phrase (underscores become spaces)."""
    return " ".join(token.replace("_", " ").lower().split())


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _compound_forms(token: str) -> tuple[str, list[str]]:
    """Forms of a verb token: ``+CORDON_OFF`` or ``WIRE_+TAP`` (the word after '+' is the
    verb) or a one-word ``VISIT``. Returns (base phrase, generated forms)."""
    parts = token.split("_")
    idx = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    words = [p.lstrip("+").lower() for p in parts]
    words = [w for w in words if w]
    idx = min(idx, len(words) - 1)
    forms = []
    for form in verb_forms(words[idx]):
        forms.append(" ".join(words[:idx] + [form] + words[idx + 1 :]))
    return " ".join(words), forms


def parse_verb_line(text: str, block_code: str, lineno: int) -> Verb | None:
    """``HURRY {HURRIES HURRYING HURRIED } [code]`` -> Verb. Without ``{...}`` the forms
    are generated; with it the listed forms are used, completed with a generated -s or
    -ing form when the list has none (and the past tense from the irregular table)."""
    body = _strip_comment(text)
    code = block_code
    m = re.search(r"\[([^\]]*)\]\s*$", body)
    if m:
        code = m.group(1).strip()
        body = body[: m.start()]
    m = re.search(r"\{([^}]*)\}", body)
    listed = None
    if m:
        listed = [_words(t.replace("+", "")) for t in m.group(1).split()]
        body = body[: m.start()] + body[m.end() :]
    tokens = body.split()
    if not tokens:
        return None
    base, generated = _compound_forms(tokens[0])
    if listed is None:
        forms = generated
    elif not listed:
        forms = [base]  # "+ANGERED_BY {}": the line is already an inflected form
    else:
        forms = [base] + listed
        # complete incomplete lists ("RISE {RISES ROSE RISEN}" lacks "rising"): add the
        # generated -ing / -s form when no listed form has one, and the table's past
        # forms of a known irregular verb
        if not any(w.endswith("ing") for f in listed for w in f.split()):
            forms.append(generated[-1])
        if not any(w.endswith("s") for f in listed for w in f.split()):
            forms.append(generated[1])
        if base in IRREGULAR:
            forms += list(IRREGULAR[base])
    return Verb(base, _unique(forms), code, lineno)


def parse_dictionary(text: str) -> Dictionary:
    """Parse CAMEO.2.0.txt text into synsets and verb blocks."""
    synsets: dict[str, list[tuple[str, bool]]] = {}
    blocks: list[Block] = []
    current_syn: str | None = None
    in_verbs = False
    block: Block | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            current_syn = None
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("~"):  # verb-verb transformations: not used by the kit
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            name, code = (m.group(1), m.group(2).strip()) if m else (line.strip("- "), "---")
            block = Block(name, code, lineno)
            blocks.append(block)
            in_verbs = True
            continue
        if line.startswith("-"):
            if block is not None:
                block.patterns.append((lineno, line[1:]))
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_syn = _strip_comment(line).strip()
                synsets.setdefault(current_syn, [])
            elif line.startswith("+") and current_syn:
                member = _strip_comment(line)[1:].strip()
                no_pl = member.endswith("_") or current_syn.endswith("_")
                synsets[current_syn].append((_words(member), not no_pl))
            continue
        if block is not None:
            verb = parse_verb_line(line, block.code, lineno)
            if verb is not None:
                block.verbs.append(verb)
    return Dictionary(synsets, blocks)


# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------


@dataclass
class Pattern:
    """A parsed pattern line."""

    pre: list[list[str]]  # slots before the verb: each a list of alternatives
    particle: str  # phrasal-verb particle right after the verb ("" if none)
    post: list[list[str]]  # slots after the verb
    target_preps: list[str]
    code: str
    dropped: Counter  # simplifications made, by kind


class UndefinedSynset(ValueError):
    pass


def _tokenize(segment: str) -> list[str]:
    """Split a pattern segment so that '(', ')', '{', '}' are their own tokens."""
    return re.sub(r"([(){}])", r" \1 ", segment).split()


def _expand(token: str, synsets, pluralize: bool) -> list[str]:
    """Alternatives for one word token: a synset's members (with plurals) or the word
    (with its plural)."""
    if token.startswith("&"):
        if token not in synsets:
            raise UndefinedSynset(token)
        out = []
        for member, can_pl in synsets[token]:
            out.append(member)
            if pluralize and can_pl:
                out.append(phrase_plural(member))
        return _unique(out)
    word = _words(token)
    alts = [word]
    if pluralize:
        alts.append(phrase_plural(word))
    return _unique(alts)


def _noun_phrase(tokens: list[str], synsets) -> list[str]:
    """``{FINANCIAL &MILITARY AID}``: every combination of the words' alternatives; only
    the last word (the head) takes plurals."""
    parts = [_expand(t, synsets, i == len(tokens) - 1) for i, t in enumerate(tokens)]
    return _unique(" ".join(c) for c in itertools.product(*parts))


def _segment(tokens: list[str], synsets, dropped: Counter, preps: list[str], after_verb):
    """Turn the tokens on one side of '*' into slots. Bare prepositions and '(PREP ...)'
    phrases contribute their noun(s) as slots; a preposition with no noun, or followed
    by the target marker '+', goes to ``preps``. Returns (slots, particle)."""
    slots: list[list[str]] = []
    particle = ""
    i = 0
    in_pp = False  # inside (...) or after a bare preposition
    pp_paren = False  # the phrase is in parentheses
    pp_prep = ""
    pp_has_noun = False

    def close_pp():
        nonlocal in_pp, pp_prep, pp_has_noun, pp_paren
        if in_pp and pp_prep and not pp_has_noun and pp_prep.lower() not in preps:
            preps.append(pp_prep.lower())
        in_pp, pp_prep, pp_has_noun, pp_paren = False, "", False, False

    while i < len(tokens):
        tok = tokens[i]
        if tok == "(":
            close_pp()
            in_pp = pp_paren = True
            if i + 1 < len(tokens) and tokens[i + 1] not in "(){}":
                pp_prep = tokens[i + 1]
                i += 1
            i += 1
            continue
        if tok == ")":
            close_pp()
            i += 1
            continue
        if tok == "{":
            j = tokens.index("}", i) if "}" in tokens[i:] else len(tokens)
            inner = [t for t in tokens[i + 1 : j] if t not in MARKERS]
            if inner:
                _prep_slot(slots, pp_paren and not pp_has_noun, pp_prep)
                slots.append(_noun_phrase(inner, synsets))
                pp_has_noun = pp_has_noun or in_pp
            i = j + 1
            continue
        if tok == "}":
            i += 1
            continue
        if tok in MARKERS:
            if tok == "+" and in_pp and pp_prep:
                # (TO +): the preposition introduces the target
                if pp_prep.lower() not in preps:
                    preps.append(pp_prep.lower())
                pp_has_noun = True
                dropped["target marker +"] += 1
            elif tok in "$^" and in_pp:
                pp_has_noun = True  # (FROM ^), (IN $): a place/source, not the target
                dropped["source/skip marker " + tok] += 1
            else:
                dropped[("target marker " if tok == "+" else "marker ") + tok] += 1
            i += 1
            continue
        upper = tok.upper()
        if after_verb and not slots and not particle and not in_pp and upper in PARTICLES:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            # OVER/ON-type words followed by '+' are prepositions, not particles
            if not (upper == "OVER" and nxt == "+"):
                particle = upper.lower()
                i += 1
                continue
        if upper in PREPOSITIONS and not pp_paren:
            close_pp()
            in_pp, pp_prep, pp_has_noun = True, upper, False
            dropped["bare preposition (legacy syntax)"] += 1
            i += 1
            continue
        _prep_slot(slots, pp_paren and not pp_has_noun, pp_prep)
        slots.append(_expand(tok, synsets, True))
        if in_pp:
            pp_has_noun = True
        i += 1
    close_pp()
    return slots, particle


def _prep_slot(slots: list[list[str]], opens: bool, prep: str) -> None:
    """A parenthesised phrase's preposition is a slot of its own before its first noun:
    ``(OF TALKS)`` is ``of ~ talks`` ("pulled out of the talks"), which "travelled to
    Baghdad for talks" does not match."""
    if opens and prep.upper() in PREPOSITIONS:
        slots.append([prep.lower()])


def parse_pattern(text: str, synsets) -> Pattern:
    """Parse the text of a pattern line after its leading '-'."""
    body = _strip_comment(text)
    m = re.search(r"\[([^\]]*)\]\s*$", body)
    code = m.group(1).strip() if m else "---"
    body = body[: m.start()] if m else body
    dropped: Counter = Counter()
    preps: list[str] = []
    pre_text, _, post_text = body.partition("*")
    pre, _ = _segment(_tokenize(pre_text), synsets, dropped, preps, after_verb=False)
    post, particle = _segment(_tokenize(post_text), synsets, dropped, preps, after_verb=True)
    return Pattern(pre, particle, post, preps, code, dropped)


# ---------------------------------------------------------------------------
# Codes and the PLOVER crosswalk
# ---------------------------------------------------------------------------


def parse_crosswalk(text: str) -> dict[str, tuple[str, str, str]]:
    """``0312: AGREE,  , military # ...`` -> {code: (TYPE, mode, context)}. Two-digit
    header lines (``03: AGREE``) are kept as fallbacks; the first entry of a code wins."""
    table: dict[str, tuple[str, str, str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"(\d{2,4})\s*:\s*(.*)$", line)
        if not m:
            continue
        parts = [" ".join(p.split()) for p in m.group(2).split(",")]
        parts += ["", ""]
        typ = parts[0].upper()
        typ = TYPE_MAP.get(typ, typ)
        table.setdefault(m.group(1), (typ, parts[1], parts[2]))
    return table


def split_code(raw: str) -> tuple[str, str, str]:
    """``042:043`` -> ('042', '043', note); ``---`` -> ('---', '', ''); ``:173`` ->
    ('', '173', 'passive only'); trailing junk such as '!' is removed with a note."""
    raw = raw.strip()
    if raw.replace("-", "") == "":
        return "---", "", ""
    first, _, second = raw.partition(":")
    note = ""
    clean1, clean2 = re.sub(r"[^\d-]", "", first), re.sub(r"[^\d-]", "", second)
    if clean1 != first or clean2 != second:
        note = "stray characters in code"
    if clean2 == "---":
        clean2 = ""
    if not clean1:
        note = note or "passive code only"
    return clean1, clean2, note


def plover_of(code: str, table, cameo19_fight: bool = False) -> tuple[str, str, str]:
    """PLOVER (type, mode, context) of a CAMEO code: the exact entry, else that of its
    3-digit parent, else the cue category's. 01x/02x and null codes give no type."""
    if not code or not code.isdigit() or code.startswith(NO_EVENT_PREFIXES):
        return "", "", ""
    for key in (code, code[:3], code[:2]):
        if key in table:
            typ, mode, context = table[key]
            if cameo19_fight and code.startswith("19") and typ == "ASSAULT":
                typ = "FIGHT"
            if typ not in KIT_TYPES:
                raise ValueError(f"PLOVER type {typ!r} of {code} is not a kit type")
            return typ, mode, context
    return "", "", ""


# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


def _comment_verb(text: str, block: Block) -> str:
    """The verb a pattern was written for, from its comment ('# RUSH'), if it is a verb
    of the block; else the block's name."""
    comment = text.split("#", 1)[1] if "#" in text else ""
    bases = {v.base for v in block.verbs}
    for tok in re.split(r"[\s,;]+", comment.strip()):
        word = _words(tok.strip("+"))
        if word in bases:
            return word
    return _words(block.name.replace("+", ""))


def build_rows(
    dictionary: Dictionary,
    crosswalk,
    source_name: str = "CAMEO.2.0.txt",
    cameo19_fight: bool = False,
    stats: Counter | None = None,
) -> list[dict]:
    """All CSV rows, in dictionary order. ``stats`` collects counts of simplifications."""
    stats = stats if stats is not None else Counter()
    rows: list[dict] = []

    def add(pattern, verb, code_raw, preps, kind, line, verb_slot, block, particle=""):
        cameo, cameo2, note = split_code(code_raw)
        if note:
            stats["code: " + note] += 1
        typ, mode, context = plover_of(cameo, crosswalk, cameo19_fight)
        if cameo.isdigit() and not typ and not cameo.startswith(NO_EVENT_PREFIXES):
            stats["code not in crosswalk"] += 1
        rows.append({
            "pattern": pattern, "verb": verb, "cameo": cameo, "cameo2": cameo2,
            "plover": typ, "mode": mode, "context": context,
            "target_preps": "|".join(preps), "kind": kind,
            "source": f"{source_name}:{line}", "verb_slot": str(verb_slot),
            "block": str(block.line), "particle": particle,
        })  # fmt: skip

    for block in dictionary.blocks:
        if not block.verbs:
            stats["block without verb lines"] += 1
            continue
        # verb rows: one per distinct (base, code); repeated lines add their forms
        merged: dict[tuple[str, str], Verb] = {}
        for v in block.verbs:
            key = (v.base, v.code)
            if key in merged:
                merged[key].forms = _unique(merged[key].forms + v.forms)
                stats["verb line merged with an earlier identical verb"] += 1
            else:
                merged[key] = Verb(v.base, list(v.forms), v.code, v.line)
        for v in merged.values():
            add("|".join(v.forms), v.base, v.code, [], "verb", v.line, 1, block)

        seen: set[tuple] = set()
        for lineno, text in block.patterns:
            try:
                pat = parse_pattern(text, dictionary.synsets)
            except UndefinedSynset:
                stats["pattern dropped: undefined synset"] += 1
                continue
            stats.update(pat.dropped)
            if pat.particle:
                stats["phrasal verb (particle joined to the verb)"] += 1
            # "*": any verb of the block (PETRARCH2 applies a block's patterns to all its
            # verbs); the verb rows of the same ``block`` list their forms once
            slots = pat.pre + [["*"]] + pat.post
            pattern = " ~ ".join("|".join(s) for s in slots)
            key = (pattern, pat.code, tuple(pat.target_preps))
            if key in seen:
                stats["pattern dropped: duplicate within block"] += 1
                continue
            seen.add(key)
            if pat.pre:
                stats["pattern with pre-verb slot(s)"] += 1
            verb = _comment_verb(text, block)
            if pat.particle:
                verb = f"{verb} {pat.particle}"
            add(
                pattern,
                verb,
                pat.code,
                pat.target_preps,
                "pattern",
                lineno,
                len(pat.pre) + 1,
                block,
                pat.particle,
            )
    return rows


def write_csv(rows: list[dict]) -> str:
    """CSV text with Unix line endings (deterministic)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _default(env: str, rel: str) -> str | None:
    base = os.environ.get(env)
    return str(Path(base) / rel) if base else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cameo", nargs="?", help="CAMEO.2.0.txt (default: $PETRARCH2_DIR/...)")
    ap.add_argument("crosswalk", nargs="?", help="CAMEO2PLOVER-2021.txt (default: $PLOVER_DIR/...)")
    ap.add_argument("-o", "--output", default="cameo_verbs.csv", help="output CSV")
    ap.add_argument(
        "--cameo19-fight",
        action="store_true",
        help="map CAMEO 19x (conventional military force) to FIGHT, not ASSAULT",
    )
    ap.add_argument("--stats", action="store_true", help="print counts to stderr")
    args = ap.parse_args(argv)
    cameo = args.cameo or _default("PETRARCH2_DIR", "petrarch2/data/dictionaries/CAMEO.2.0.txt")
    cross = args.crosswalk or _default("PLOVER_DIR", "CAMEO2PLOVER-2021.txt")
    if not cameo or not cross:
        ap.error("give both files, or set PETRARCH2_DIR and PLOVER_DIR")
    dictionary = parse_dictionary(Path(cameo).read_text(encoding="utf-8"))
    crosswalk = parse_crosswalk(Path(cross).read_text(encoding="utf-8"))
    stats: Counter = Counter()
    rows = build_rows(dictionary, crosswalk, Path(cameo).name, args.cameo19_fight, stats)
    Path(args.output).write_text(write_csv(rows), encoding="utf-8")
    if args.stats:
        kinds = Counter(r["kind"] for r in rows)
        types = Counter(r["plover"] or "(none)" for r in rows)
        print(f"rows: {len(rows)} {dict(sorted(kinds.items()))}", file=sys.stderr)
        for key, n in sorted(types.items()):
            print(f"  {key}: {n}", file=sys.stderr)
        for key, n in sorted(stats.items()):
            print(f"  [{key}] {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
