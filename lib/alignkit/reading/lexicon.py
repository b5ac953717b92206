"""Compile the codebook's phrase lexicons (cues, event triggers, modality) into a matcher.

A pattern is one or more *slots* separated by `` ~ ``; a slot lists alternative phrases
separated by ``|``; between two slots up to :data:`MAX_GAP` words may stand, articles and
hyphens not counted (``strengthen ~ ties`` matches ``strengthening their ties``). Phrases
are tokenized with the same spaCy tokenizer as the article, and matched on lower-cased tokens.

Examples
--------
>>> m = SlotMatcher([{"pattern": "solidify|solidifying ~ partnership|ties"}])
>>> lower = "russia and iran are solidifying their partnership .".split()
>>> [(h.start, h.end, lower[h.start:h.end]) for h in m.find(lower)]
[(4, 7, ['solidifying', 'their', 'partnership'])]
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

__all__ = ["GAP_FREE", "Hit", "SlotMatcher", "MAX_GAP", "phrase_end", "phrase_tokens"]

MAX_GAP = 3
# Tokens a gap may not cross: clause punctuation.
_STOP = frozenset({",", ";", ".", ":", "!", "?", "(", ")", "—", "–"})
#: Tokens a gap passes without counting them: articles, the hyphens inside a word and
#: quotation marks (``described relations as "excellent"``, ``a "historic" deal``).
GAP_FREE = frozenset({"a", "an", "the", "-", '"', "“", "”"})


@dataclass(frozen=True)
class Hit:
    start: int  # first token
    end: int  # token after the last
    row: int  # index of the lexicon row
    heads: tuple[tuple[int, int], ...]  # token span of each slot


@cache  # a lexicon repeats its words across rows (1,150 phrases in 2,000 slots)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase's lower-cased tokens, as an article's are tokenized.

    Examples
    --------
    >>> phrase_tokens("De-escalate")
    ('de', '-', 'escalate')
    """
    from .tagging import get_tokenizer

    return tuple(t.text.lower() for t in get_tokenizer()(phrase.strip()))


_tokens = phrase_tokens


class SlotMatcher:
    """Find lexicon patterns in a list of lower-cased tokens (longest match wins)."""

    def __init__(self, rows: list[dict], key: str = "pattern"):
        self.rows = rows
        self.slots: list[list[set[tuple[str, ...]]]] = []
        self.first: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            slots = [
                {_tokens(alt) for alt in slot.split("|") if alt.strip()}
                for slot in row[key].split(" ~ ")
            ]
            self.slots.append(slots)
            for phrase in slots[0]:
                self.first.setdefault(phrase[0], []).append(i)
        self.maxlen = max((len(p) for s in self.slots for sl in s for p in sl), default=1)
        self._last: tuple[list[str], list[int]] | None = None

    def _starts(self, lower: list[str]) -> list[int]:
        """Positions of words that begin some pattern. One article's stages call
        :meth:`find` dozens of times on the same token list, so the last list's positions
        are kept (by identity; the list is never changed once tagged)."""
        last = self._last
        if last is not None and last[0] is lower:
            return last[1]
        first = self.first
        pos = [i for i, w in enumerate(lower) if w in first]
        self._last = (lower, pos)
        return pos

    def _match_slot(self, lower, i, slot, end) -> int:
        best = -1
        for phrase in slot:
            n = len(phrase)
            if n > best and i + n <= end and tuple(lower[i : i + n]) == phrase:
                best = n
        return best

    def _match_row(self, lower, i, slots, end, names=None):
        n = self._match_slot(lower, i, slots[0], end)
        if n < 0:
            return None
        heads = [(i, i + n)]
        pos = i + n
        for slot in slots[1:]:
            found, j, words = None, pos, 0
            while words <= MAX_GAP:
                if j >= end or (j > pos and lower[j - 1] in _STOP):
                    break
                m = self._match_slot(lower, j, slot, end)
                if m > 0:
                    found = (j, j + m)
                    break
                last = names.get(j, 0) - 1 if names else -1
                if last > j and self._match_slot(lower, last, slot, end) == 1:
                    found = (last, last + 1)  # "his Argentine counterpart": the name's head
                    break
                words += lower[j] not in GAP_FREE  # "a", "-" in "a three-year deal": no word
                j = names.get(j, j + 1) if names else j + 1  # a name is one word
            if found is None:
                return None
            heads.append(found)
            pos = found[1]
        return heads

    def find(
        self, lower: list[str], start: int = 0, end: int | None = None, names=None
    ) -> list[Hit]:
        """Non-overlapping hits in ``lower[start:end]``, longest first, then leftmost.

        ``names``: the first token of each name of several words, to the token after it; a
        gap counts such a name as one word ("recognition of the Federal Republic of
        Somalia's sovereignty" is ``recognition of ~ sovereignty``).

        Examples
        --------
        >>> m = SlotMatcher([{"pattern": "recognition of ~ sovereignty"}])
        >>> lower = "recognition of the federal republic of somalia 's sovereignty".split()
        >>> m.find(lower), [(h.start, h.end) for h in m.find(lower, names={3: 8})]
        ([], [(0, 9)])
        """
        end = len(lower) if end is None else end
        pos = self._starts(lower)
        cands = []
        for i in pos[bisect_left(pos, start) : bisect_left(pos, end)]:
            for row in self.first[lower[i]]:
                # matches stop at ``end`` (bounds are checked, not sliced: no copies)
                heads = self._match_row(lower, i, self.slots[row], end, names)
                if heads:
                    cands.append(Hit(i, heads[-1][1], row, tuple(heads)))
        cands.sort(key=lambda h: (-(h.end - h.start), h.start, h.row))
        taken: set[int] = set()
        out = []
        for h in cands:
            if taken.isdisjoint(range(h.start, h.end)):
                taken.update(range(h.start, h.end))
                out.append(h)
        return sorted(out, key=lambda h: h.start)


def phrase_end(lower: list[str], k: int, phrases) -> int:
    """The end of the first of ``phrases`` (word tuples) that starts at token ``k`` of
    ``lower``, else -1.

    Examples
    --------
    >>> phrase_end("a task force of two".split(), 1, [("task", "force"), ("task",)])
    3
    >>> phrase_end("a task force".split(), 0, [("task",)])
    -1
    """
    for f in phrases:
        if tuple(lower[k : k + len(f)]) == f:
            return k + len(f)
    return -1
