"""The field's event vocabulary: PETRARCH2's CAMEO verb dictionary, coded in PLOVER.

``data/codebook/cameo_verbs.csv`` is built by ``data/codebook/build_cameo.py`` from
PETRARCH2's ``CAMEO.2.0.txt`` (MIT) and PLOVER's ``CAMEO2PLOVER-2021.txt`` crosswalk
(CC BY-SA 4.0): one row per verb (its inflected forms) and one per pattern of its verb
block (``* ~ aid``: any verb of the block, then the words ``aid``). A verb in a sentence is
coded as PETRARCH codes it: the most specific pattern of its block that the words after
it match, else the verb's own code; a pattern or verb coded ``---`` (or a CAMEO statement
code, 01x/02x, which PLOVER drops) means *no event* and vetoes the verb's reading.

The hand-written rows of ``events.csv`` come first (:mod:`alignkit.reading.events`): this
lexicon codes the verbs they leave, so the field's vocabulary widens what the kit reads
without overruling what was curated.

Examples
--------
>>> from alignkit.reading.codebook import load_codebook
>>> lex = cameo_lexicon(load_codebook())
>>> [(c.verb, c.plover, c.cameo) for c in lex.code("expelled the ambassador".split(), 0)]
[('expel', 'COERCE', '174')]
>>> [(c.verb, c.plover) for c in lex.code("gave military aid".split(), 0)]
[('give', 'AID')]
>>> lex.code("said on Monday".split(), 0)   # CAMEO 010: a statement, no event
[]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .codebook import Codebook, read_table, split
from .lexicon import GAP_FREE

__all__ = ["Coding", "CameoLexicon", "cameo_lexicon", "MAX_REACH"]

#: Words after the verb (its particle excluded) that a pattern's words may lie within.
MAX_REACH = 6
# A pattern's words stop at clause punctuation (as the slot matcher's gaps do), and at a
# word that opens another clause ("closed its border after clashes spilled over": the
# clashes are not what was closed)
_STOP = frozenset({",", ";", ".", ":", "!", "?", "(", ")", "—", "–", '"', "“", "”",
                   "after", "before", "because", "while", "when", "since", "as", "amid",
                   "following", "despite", "although", "though", "until", "unless",
                   "if", "whereas"})  # fmt: skip

_PREPOSITIONS = frozenset({"on", "at", "in", "of", "to", "for", "with", "from", "against",
                           "into", "over", "near", "by", "toward", "towards"})  # fmt: skip


@dataclass(frozen=True)
class Coding:
    """What a verb occurrence is, by the dictionary: ``end`` is the token after the verb
    (and its particle); ``preps`` the prepositions that introduce the target."""

    verb: str
    cameo: str
    plover: str
    mode: str
    preps: tuple[str, ...]
    source: str
    start: int
    end: int
    pattern: bool = False  # coded by a pattern of the verb's block, not the verb alone


@dataclass(frozen=True)
class _Pattern:
    # post-verb word slots, in order: each its phrases by first word, longest first
    slots: tuple[dict[str, tuple[tuple[str, ...], ...]], ...]
    particle: tuple[str, ...]
    preps: frozenset[str]  # a pattern of a preposition alone ("* (AT)") needs it there
    row: dict


class CameoLexicon:
    """Verb forms to their blocks, and each block's patterns (post-verb patterns only:
    the few with a subject noun before the verb are left to the parse's subject)."""

    def __init__(
        self, rows: list[dict], light: frozenset[str] = frozenset(), money=frozenset(),
        idioms: frozenset[tuple[str, str]] = frozenset(),
    ):  # fmt: skip
        #: light verbs (``light_verbs.csv``): coded by their patterns only, never alone
        self.light = light
        #: (light verb, noun) idioms read as neither word (``take charge``, ``make way``)
        self.idioms = idioms
        #: tokens the reach passes without counting them: a slot gap's (articles, hyphens
        #: inside a word) and the currencies and magnitudes of a sum (``money_words.csv``)
        self.free = GAP_FREE | money
        self.forms: dict[tuple[str, ...], list[dict]] = {}
        self.first: dict[str, int] = {}  # first word -> longest form starting with it
        self._rows: dict[str, list[dict]] = {}  # block -> its pattern rows, compiled lazily
        self._compiled: dict[str, list[_Pattern]] = {}
        for row in rows:
            if row["kind"] == "verb":
                for form in row["pattern"].split("|"):
                    words = tuple(form.split())
                    self.forms.setdefault(words, []).append(row)
                    self.first[words[0]] = max(self.first.get(words[0], 0), len(words))
            elif row.get("verb_slot", "1") == "1":
                self._rows.setdefault(row["block"], []).append(row)

    def patterns(self, block: str) -> list[_Pattern]:
        """The block's patterns, compiled on first use (an article meets few blocks)."""
        found = self._compiled.get(block)
        if found is None:
            found = self._compiled[block] = [_compile(r) for r in self._rows.get(block, ())]
        return found

    def verb_at(self, lower: list[str], i: int, hi: int | None = None) -> tuple[int, list]:
        """The longest verb form starting at token ``i``: (its end, its verb rows)."""
        hi = len(lower) if hi is None else hi
        for n in range(min(self.first.get(lower[i], 0), hi - i), 0, -1):
            rows = self.forms.get(tuple(lower[i : i + n]))
            if rows:
                return i + n, rows
        return i, []

    def code(self, lower: list[str], i: int, hi: int | None = None, is_prep=None) -> list[Coding]:
        """The coding of the verb at token ``i`` (one per block listing that form; empty
        when no form starts there, or when the dictionary says it is no event).

        ``is_prep(k)`` tells whether token ``k`` is a preposition (from the parse: the
        ``to`` of an infinitive is none); by default every word a pattern names is."""
        hi = len(lower) if hi is None else hi
        end, rows = self.verb_at(lower, i, hi)
        out = []
        for verb_row in rows:
            row, stop = self._best_pattern(lower, end, hi, verb_row["block"], is_prep)
            if row is None and verb_row["verb"] in self.light:
                continue
            row = row or verb_row
            if row["plover"]:
                verb = verb_row["verb"]
                preps = tuple(p for p in row.get("target_preps", "").split("|") if p)
                out.append(
                    Coding(verb, row["cameo"], row["plover"], row["mode"], preps,
                           row["source"], i, stop or end, row is not verb_row)
                )  # fmt: skip
        return out

    def code_passive(self, lower: list[str], i: int, subject: list[str]) -> list[Coding]:
        """The coding of a passive verb at token ``i`` by a pattern its subject's words
        match, as they would after the active verb: ``the ambassador was expelled`` as
        ``expelled the ambassador``, ``sanctions were lifted`` as ``lifted sanctions``.
        Only a pattern that names words codes it (the verb alone is :meth:`code`'s).

        Examples
        --------
        >>> from alignkit.reading.codebook import load_codebook
        >>> lex = cameo_lexicon(load_codebook())
        >>> words = "sanctions were lifted".split()
        >>> [(c.verb, c.plover, c.start, c.end) for c in lex.code_passive(words, 2, words[:1])]
        [('lift', 'AGREE', 2, 3)]
        >>> [c.plover for c in lex.code_passive("talks were held".split(), 2, ["talks"])]
        ['CONSULT']
        >>> lex.code_passive("the report was published".split(), 3, ["the", "report"])
        []
        """
        end, rows = self.verb_at(lower, i, i + 1)
        words = [lower[i], *subject]
        out = []
        for verb_row in rows:
            row, _ = self._best_pattern(words, 1, len(words), verb_row["block"], None)
            if row is not None and row["plover"] and row["pattern"].split(" ~ ")[-1] != "*":
                preps = tuple(p for p in row.get("target_preps", "").split("|") if p)
                out.append(Coding(verb_row["verb"], row["cameo"], row["plover"], row["mode"],
                                  preps, row["source"], i, end, True))  # fmt: skip
        return out

    def nominal(self, lower: list[str], i: int, n: int, hi: int, suffixes) -> list[Coding]:
        """The coding of a light verb with no pattern there (``light_verbs.csv``) by its
        object noun at ``n``, read as the verb it is made from: ``gave a warm welcome
        to X`` as ``welcomed X``, ``gave a guarantee to X`` as ``guaranteed``. Not a
        verb the dictionary leaves uncoded: ``lifted the embargoes`` is no embargo.
        ``suffixes``: ``(noun ending, verb ending)`` pairs (``nominal_suffixes.csv``); a
        noun that is itself a form of a verb (``welcome``) needs none.

        Examples
        --------
        >>> from alignkit.reading.codebook import load_codebook
        >>> lex = cameo_lexicon(load_codebook())
        >>> words = "gave a warm welcome to chile".split()
        >>> [(c.verb, c.plover, c.start, c.end) for c in lex.nominal(words, 0, 3, 6, [])]
        [('welcome', 'CONSULT', 0, 4)]
        >>> words = "gave a firm guarantee to chile".split()
        >>> [(c.verb, c.plover) for c in lex.nominal(words, 0, 3, 6, [])]
        [('guarantee', 'AGREE')]
        >>> lex.nominal("lifted the embargoes on chile".split(), 0, 2, 5, [])  # no light verb
        []
        """
        end, rows = self.verb_at(lower, i, hi)
        if not rows or end > n:
            return []
        for row in rows:
            best, _ = self._best_pattern(lower, end, hi, row["block"], None)
            if best is not None or row["verb"] not in self.light:
                return []  # the verb's own pattern, or its own code, says what it is
        noun = lower[n]
        if any((row["verb"], noun) in self.idioms for row in rows):
            return []  # "take charge of the embassy": no charge laid
        forms = [noun] + [
            noun[: -len(a)] + b for a, b in suffixes if noun.endswith(a) and len(noun) > len(a) + 2
        ]
        for form in forms:
            if (form,) in self.forms:
                words = [form, *lower[n + 1 : hi]]
                coded = self.code(words, 0)
                return [replace(c, start=i, end=n + 1) for c in coded if c.plover]
        return []

    def _best_pattern(self, lower, end, hi, block, is_prep) -> tuple[dict | None, int]:
        """The block's pattern matching most words after the verb (ties: one naming words
        before one naming a preposition alone, then the first in the dictionary), and the
        token after its particle."""
        best, best_rank, stop = None, (0, False, False), 0
        for pat in self.patterns(block):
            j = end
            if pat.particle:
                if tuple(lower[j : j + len(pat.particle)]) != pat.particle:
                    continue
                j += len(pat.particle)
            found = _match_slots(lower, j, hi, pat.slots, self.free, is_prep)
            if found is None:
                continue
            matched, first = found
            if not pat.slots and pat.preps:
                if not _prep_within(lower, j, hi, pat.preps, is_prep):
                    continue
                matched = 1
            size = len(pat.particle) + matched
            if not size:
                continue  # a pattern of nothing: the verb's own row says it
            # a named object beats a preposition alone of the same length ("withdrew its
            # ambassador from X" is a downgrade, not a pullback "from +")
            # (then one on the verb's own object: "opened fire on border guards" opened
            # fire, not a border)
            own = not any(w in _PREPOSITIONS for w in lower[j:first])
            rank = (size, bool(pat.slots) or not pat.preps, own)
            if best is None or rank > best_rank:
                best, best_rank, stop = pat.row, rank, j if pat.particle else 0
        return best, stop


def _compile(row: dict) -> _Pattern:
    slots = row["pattern"].split(" ~ ")[1:]
    return _Pattern(
        tuple(_by_first_word(s.split("|")) for s in slots),
        tuple(row.get("particle", "").split()),
        frozenset(p for p in row.get("target_preps", "").split("|") if p),
        row,
    )


def _by_first_word(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        if words:
            out.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(set(ps), key=len, reverse=True)) for w, ps in out.items()}


def _match_slots(lower, j, hi, slots, free, is_prep=None) -> tuple[int, int] | None:
    """Words matched by ``slots`` in order within :data:`MAX_REACH` tokens after ``j``
    (none for a pattern without slots: 0) and where the first stands, or ``None``."""
    total, first = 0, j
    for n, slot in enumerate(slots):
        found = _find_slot(lower, j, _reach(lower, j, hi, free, is_prep), slot)
        if found is None:
            return None
        first = found[0] if n == 0 else first
        total += found[1]
        j = found[0] + found[1]
    return total, first


def _reach(lower, j, hi, free, is_prep=None) -> int:
    """The token after the last that lies within :data:`MAX_REACH` words of ``j``, not
    counting the ``free`` tokens (articles, hyphens, a sum's currency and magnitude) and
    numbers (``signed a $2 billion arms contract``: ``contract`` is the third word), nor
    past the verb of an infinitive, whose own phrase begins there (``ordered troops to
    leave`` names the leaving; ``telephoned the president to discuss the ceasefire`` calls
    for no ceasefire)."""
    words, k = 0, j
    while k < hi and words < MAX_REACH:
        w = lower[k]
        if w == "to" and is_prep is not None and not is_prep(k):
            return min(hi, k + 2)
        words += not (w in free or w[:1].isdigit())
        k += 1
    return k


def _find_slot(lower, j, limit, slot) -> tuple[int, int] | None:
    """The first place at or after ``j`` where one of the slot's phrases (the longest
    there) stands, before clause punctuation: (place, length)."""
    for k in range(j, limit):
        for phrase in slot.get(lower[k], ()):  # a pattern may name the word itself
            if tuple(lower[k : k + len(phrase)]) == phrase:
                return k, len(phrase)
        if lower[k] in _STOP:
            return None
    return None


def _prep_within(lower, j, hi, preps, is_prep=None) -> bool:
    for k in range(j, min(hi, j + MAX_REACH)):
        if lower[k] in _STOP or lower[k] in preps:
            return lower[k] in preps and (is_prep is None or is_prep(k))
    return False


@lru_cache(maxsize=4)
def _lexicon_of(root: Path) -> CameoLexicon:
    light_rows = read_table("light_verbs.csv", root)
    light = frozenset(r["verb"] for r in light_rows)
    idioms = frozenset((r["verb"], n) for r in light_rows for n in split(r.get("idioms", "")))
    money = frozenset(
        f.lower()
        for r in read_table("money_words.csv", root)
        if r["kind"] in ("currency", "magnitude")
        for f in r["forms"].split("|")
    )
    rows = _defaults(read_table("cameo_verbs.csv", root), read_table("cameo_defaults.csv", root))
    added = _additions(rows, read_table("cameo_additions.csv", root))
    return CameoLexicon(rows + added, light, money, idioms)


def _defaults(rows: list[dict], defaults: list[dict]) -> list[dict]:
    """The verb rows with the own codes ``cameo_defaults.csv`` sets: a verb whose
    dictionary default is wrong for its common use (``express``: disapproval, where its
    patterns tell what is expressed) gets that code (``---``: no event); its patterns stay.

    Examples
    --------
    >>> rows = [{"kind": "verb", "verb": "express", "cameo": "110", "plover": "ACCUSE"}]
    >>> _defaults(rows, [{"verb": "express", "cameo": "---"}])[0]["plover"]
    ''
    """
    codes = {d["verb"]: d["cameo"] for d in defaults}
    out = []
    for row in rows:
        if row["kind"] == "verb" and row["verb"] in codes:
            row = dict(row, cameo=codes[row["verb"]], cameo2="", plover="", mode="", context="")
        out.append(row)
    return out


def _additions(rows: list[dict], additions: list[dict]) -> list[dict]:
    """Verb rows for the synonyms the dictionary lacks (``cameo_additions.csv``): each joins
    the block of the verb it is ``same_as``, with that verb's code and patterns."""
    out = []
    for n, add in enumerate(additions, start=2):
        for row in rows:
            if row["kind"] == "verb" and row["verb"] == add["same_as"]:
                source = f"cameo_additions.csv:{n}"
                out.append(dict(row, pattern=add["forms"], verb=add["verb"], source=source))
    return out


def cameo_lexicon(cb: Codebook) -> CameoLexicon:
    """The compiled CAMEO lexicon of the codebook's data folder (read once per folder)."""
    return _lexicon_of(Path(cb.root))
