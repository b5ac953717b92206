"""A state's name or demonym written one letter off (``Afganistan``, ``Quatar``,
``Isreal``, ``Venezuala``): wire copy misspells state names, and a reader that knows only
the exact spelling loses the party.

A capitalized word the codebook does not know is read as a state's when it is one edit
(a letter added, dropped, changed, or two neighbours swapped) from the single-word name,
alias or demonym of exactly one state, five letters or longer, with the same first and last
letters. Not read so: a word of five letters or fewer; a name's plural (``the two Koreas``,
``the Americas``); a word that stands in a run of capitalized words (``Indira Gandhi``,
``Columbia University``, ``District of Columbia``: :mod:`.tagging`); the real names one
letter from a state's that ``near_names.csv`` lists (``Siberia``, ``Iberia``).

Examples
--------
>>> from alignkit.reading.codebook import load_codebook
>>> cb = load_codebook()
>>> [misspelled_state(cb, w) for w in ("Afganistan", "Quatar", "Isreali", "Siberia", "Koreas")]
[('AFG', 'name'), ('QAT', 'name'), ('ISR', 'demonym'), None, None]
"""

from __future__ import annotations

from .codebook import Codebook, per_codebook, read_table, split

__all__ = ["misspelled_state", "one_edit"]

#: the shortest word read as a misspelling, and the shortest state form it may miss
_MIN_WORD, _MIN_FORM = 6, 5


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one edit: a letter added, dropped or
    changed, or two neighbouring letters swapped.

    Examples
    --------
    >>> one_edit("afganistan", "afghanistan"), one_edit("quatar", "qatar")
    (True, True)
    >>> one_edit("isreal", "israel"), one_edit("nigeria", "algeria"), one_edit("iran", "iran")
    (True, False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


@per_codebook
def _state_forms(cb: Codebook) -> dict[str, dict[str, tuple[str, str]]]:
    """Each one-letter-deleted key (and the form itself) -> {form: (state, kind)}, over
    the single-word names, aliases and demonyms of states (lower case)."""
    index: dict[str, dict[str, tuple[str, str]]] = {}
    for form, cands in cb.surface.items():
        if len(cands) != 1 or " " in form or len(form) < _MIN_FORM or not form.isalpha():
            continue
        actor, kind = cands[0]
        a = cb.actors.get(actor)
        if a is None or a.type != "country" or kind not in ("name", "demonym"):
            continue
        low = form.lower()
        for key in {low, *(low[:i] + low[i + 1 :] for i in range(len(low)))}:
            index.setdefault(key, {})[low] = (actor, kind)
    return index


@per_codebook
def _near_names(cb: Codebook) -> frozenset[str]:
    return frozenset(f for r in read_table("near_names.csv", cb.root) for f in split(r["forms"]))


def misspelled_state(cb: Codebook, word: str) -> tuple[str, str] | None:
    """``(state, kind)`` when the capitalized ``word`` is one edit from the single-word
    name, alias or demonym of exactly one state, and no word the codebook knows, no
    name's plural and no real name of ``near_names.csv``; else None.

    Examples
    --------
    >>> from alignkit.reading.codebook import load_codebook
    >>> cb = load_codebook()
    >>> misspelled_state(cb, "Venezuala"), misspelled_state(cb, "Columbia")
    (('VEN', 'name'), None)
    """
    if len(word) < _MIN_WORD or not word.isalpha() or not word[0].isupper():
        return None
    if not word[1:].islower() or word in cb.surface or word in _near_names(cb):
        return None
    low, index = word.lower(), _state_forms(cb)
    near: dict[str, tuple[str, str]] = {}
    for key in {low, *(low[:i] + low[i + 1 :] for i in range(len(low)))}:
        near.update(index.get(key, {}))
    if low.endswith("s") and low[:-1] in near:
        return None  # "the two Koreas": a plural, not a misspelling
    # a slip of the pen keeps a word's first and last letters: "Berman", "Indiana" and
    # "Olivia" are names of their own, not "German", "Indian" and "Bolivia" misspelled
    hits = {f: v for f, v in near.items() if f[0] == low[0] and f[-1] == low[-1]}
    hits = {f: v for f, v in hits.items() if one_edit(low, f)}
    if len({state for state, _ in hits.values()}) != 1:
        return None
    return min(hits.values(), key=lambda v: v[1] != "name")
