"""Load a news article into structure: header, headline, paragraphs, captions, sentences.

Every offset in alignkit indexes :attr:`Article.text`, the decoded file with newlines
normalised to ``\\n`` (0-based, end exclusive), so ``article.text[s.start:s.end] == s.text``
holds for every span the kit reports.

Layout recognised (all parts optional, in this order)::

    Publisher: Texas Bloom News        <- header lines "Key: value" (known keys only)
    HOME >> Business                   <- breadcrumb: the section is its last segment

    Headline in one short line         <- first block after the header

    Body paragraph. Another sentence.  <- paragraphs: blocks separated by blank lines
    Photo caption without a full stop  <- captions: short blocks that are not prose

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> a = parse_article("Source: Wire\\n\\nTitle here\\n\\nMr. Lee met Gen. Park. They talked.")
>>> a.headline.text, len(a.paragraphs), [s.text for s in a.body_sentences]
('Title here', 1, ['Mr. Lee met Gen. Park.', 'They talked.'])
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .codebook import data_dir, slugify

__all__ = [
    "MAX_BYTES",
    "Article",
    "ArticleError",
    "Sentence",
    "Span",
    "file_id",
    "iter_corpus",
    "load_article",
    "load_corpus",
    "parse_article",
    "parse_date",
    "unique_id",
]

#: Largest article file accepted, in bytes (5 MiB: a long feature is ~50 KB; larger is a dump).
MAX_BYTES = 5 * 1024 * 1024

#: Header keys recognised in leading ``Key: value`` lines (case-insensitive).
HEADER_KEYS = {
    "publisher",
    "source",
    "date",
    "published",
    "updated",
    "author",
    "authors",
    "by",
    "byline",
    "url",
    "link",
    "title",
    "section",
    "language",
    "dateline",
    "location",
}
_DATE_KEYS = ("date", "published", "updated")

# The value's trailing blanks are stripped after the match: a lazy ``(\S.*?)[ \t]*$`` would
# rescan a long run of blanks once per blank (quadratic).
_HEADER_RE = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}):[ \t]*(\S.*)$")
# Breadcrumb separators stand between spaces ("HOME >> Business"); "<b>" is no breadcrumb.
# Tried only where a run of white space starts (inside it the match could only be shorter).
_BREADCRUMB_SEP = re.compile(r"(?<!\s)\s+(?:>>|»|›|>|\|)\s+")
_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_TERMINAL = ".!?…\"'”’)]:;"
_CAPTION_PREFIX = re.compile(
    r"^\s*(?:photo|image|picture|caption|file photo|pictured)\s*[:\-–—]", re.I
)
# A block ending in a credit: "(Photo: ...)" or an agency name. Matched against the block's
# tail only (see _has_credit): searched from the start, each "(photo" would scan to the end.
_CREDIT_OPEN = re.compile(r"\((?:photo|image|credit)", re.I)
_CREDIT_AGENCY = re.compile(r"\b(?:Getty Images|AP Photo|Reuters|AFP|EPA)$", re.I)
# "LONDON — ", "Seoul, June 18 (Reuters) - ": up to four capitalised words, an optional
# date and agency, then a dash and the story's first capital letter.
_DATELINE = re.compile(
    r"([A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3})(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \([^()\n]{1,40}\))? ?[—–-]{1,2} (?=[A-Z\"“])"
)
_MAX_CAPTION = 300
# the subject pronouns that open a sentence continuing the text, never a caption
_ANAPHORIC_OPENERS = frozenset({"He", "She", "They", "It", "We", "I"})

#: ``"..." ― Jane Roe`` at the end of a line: a quotation signed with its author's name
# blanks include the no-break space pasted text often has around a dash
SIGNATURE = re.compile(
    r"[”\"](?:[ \t\u00a0]*)(?P<dash>―|—|–|--)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,4})[ \t\u00a0]*\.?[ \t\u00a0]*$",
    re.M,
)
_MAX_HEADLINE = 250


def printable(name: str) -> str:
    """A file name as text that prints as UTF-8: bytes the file system name holds that are
    no UTF-8 (kept by Python as lone surrogates) are shown as ``\\xNN``.

    >>> import os
    >>> name = os.fsdecode(b"caf\\xe9.txt")  # a Latin-1 name on a UTF-8 file system
    >>> print(printable(name), printable("café.txt"))
    caf\\xe9.txt café.txt
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class ArticleError(ValueError):
    """A file or text that cannot be loaded as an article.

    ``str(err)`` names the file and the problem; ``err.path`` and ``err.problem`` hold them.
    """

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else "<text>"
        self.problem = problem
        super().__init__(f"{printable(self.path)}: {problem}")

    def __reduce__(self):
        # Picklable, so a worker process or a Dask worker can send it back: the default
        # would call ArticleError(message) and fail for want of ``problem``.
        return (self.__class__, (self.path, self.problem), self.__dict__)


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence with its place in the article.

    ``block`` is ``"headline"``, ``"body"`` or ``"caption"``; ``paragraph`` is the index into
    :attr:`Article.paragraphs` for body sentences, ``caption`` the index into
    :attr:`Article.captions` for caption sentences (``None`` otherwise).
    """

    index: int = 0
    block: str = "body"
    paragraph: int | None = None
    caption: int | None = None


@dataclass
class Article:
    """A news article in structure. All spans index :attr:`text`.

    Attributes
    ----------
    id : str
        Safe identifier (slug of the file name, or a hash of pasted text).
    text : str
        The decoded text, newlines normalised to ``\\n``.
    metadata : dict
        Header ``Key: value`` pairs, keys lower-cased.
    section : str or None
        Last segment of a breadcrumb line such as ``HOME >> Business``.
    headline : Span or None
    paragraphs, captions : list of Span
        Body paragraphs and photo captions in reading order.
    dateline : Span or None
        The place a news story opens with, where it was filed (``LONDON —``, ``Seoul,
        June 18 (Reuters) -``): not an actor of the story.
    sentences : list of Sentence
        Every sentence in reading order: headline, body and caption sentences.
    publication_date : datetime.date or None
    date_status : str or None
        ``"printed"`` (header), ``"supplied"`` (caller), ``"estimated"`` (sidecar file), or None.
    date_evidence : dict or None
        For an estimate: the sidecar's reasoning and the span of text it rests on.
    from_file : bool
        True when :func:`load_article` read :attr:`path`: only then are the files beside it
        (``<stem>.corrections.json``) the article's. A ``path`` given to
        :func:`parse_article` only names the text in messages.
    """

    id: str
    text: str
    path: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    breadcrumb: Span | None = None
    section: str | None = None
    headline: Span | None = None
    paragraphs: list[Span] = field(default_factory=list)
    captions: list[Span] = field(default_factory=list)
    dateline: Span | None = None
    sentences: list[Sentence] = field(default_factory=list)
    publication_date: dt.date | None = None
    date_status: str | None = None
    date_evidence: dict | None = None
    from_file: bool = False

    @property
    def body_sentences(self) -> list[Sentence]:
        """Sentences of the body paragraphs only (no headline, no captions)."""
        return [s for s in self.sentences if s.block == "body"]

    @property
    def publisher(self) -> str | None:
        return self.metadata.get("publisher") or self.metadata.get("source")

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset``, or None."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def __repr__(self) -> str:
        return (
            f"Article(id={self.id!r}, paragraphs={len(self.paragraphs)}, "
            f"captions={len(self.captions)}, sentences={len(self.sentences)}, "
            f"date={self.publication_date} ({self.date_status}))"
        )


# ----------------------------------------------------------------------------- helpers


_MONTHS = {
    m.lower(): i
    for i, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for m in names
}


def parse_date(value: str) -> dt.date | None:
    """Parse a header date (ISO, ``January 15, 2025``, ``15 Jan 2025``, ``Jan. 15, 2025``).

    Returns None when the value is not a recognisable calendar date.

    Examples
    --------
    >>> parse_date("2025-01-15T08:30:00Z"), parse_date("Jan. 17, 2025"), parse_date("soon")
    (datetime.date(2025, 1, 15), datetime.date(2025, 1, 17), None)
    """
    v = value.strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", v)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        words = re.findall(r"[A-Za-z]+|\d+", v)
        month = next((_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS), None)
        nums = [int(w) for w in words if w.isdigit()]
        years = [n for n in nums if n >= 1000]
        days = [n for n in nums if 1 <= n <= 31]
        if month is None or not years or not days:
            return None
        y, mo, d = years[0], month, days[0]
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(never-split abbreviations, split-only-before-a-sentence-starter), lower-cased."""
    never, starter = set(), set()
    with open(data_dir() / "codebook" / "abbreviations.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            target = starter if row["splits_before_capital"] == "sentence-starter" else never
            target.add(row["abbreviation"].lower())
    return frozenset(never), frozenset(starter)


# Words that open a sentence; after an acronym such as "U.S." they signal a boundary.
_STARTERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "however",
        "in",
        "on",
        "at",
        "a",
        "an",
        "meanwhile",
        "still",
        "yet",
        "so",
        "his",
        "her",
        "their",
        "our",
        "after",
        "before",
        "while",
        "when",
        "if",
        "as",
        "there",
    ]
)
# A candidate starts only where a run of terminal punctuation starts: tried at every dot of
# a long run of dots, the greedy run would backtrack over the whole run each time (quadratic).
# The next sentence starts with a capital or a digit in any script, or a letter of a script
# without case (Chinese, Arabic, Hebrew ...): see _starts_sentence. A full stop of the
# Latin kind needs white space after it; 。！？ need none.
_CANDIDATE = re.compile(
    r"(?<![.!?…。！？])[.!?…。！？]+[\"'”’)\]」』]*(?=\s+[\"'“‘(\[「『]?\S|(?<=[。！？])\S)"
)
_OPENERS = "\"'“‘([「『"
_TOKEN = re.compile(r"\S+")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z]+)")


def _starts_sentence(chunk: str, i: int) -> bool:
    """Can a sentence start at the first letter after ``i``? Not a lower-case one."""
    n = len(chunk)
    while i < n and (chunk[i].isspace() or chunk[i] in _OPENERS):
        i += 1
    c = chunk[i] if i < n else ""
    return bool(c) and (c.isdigit() or (c.isalpha() and not c.islower()))


def _sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence (start, end) pairs, trimmed of white space."""
    never, starter = _abbreviations()
    chunk = text[start:end]
    cuts = []
    # The white-space delimited tokens of the chunk, walked once alongside the candidates
    # (both in text order): the token a full stop ends is found in time linear in the chunk.
    tokens, tok = _TOKEN.finditer(chunk), None
    for m in _CANDIDATE.finditer(chunk):
        if not _starts_sentence(chunk, m.end()):
            continue
        punct = m.group(0)
        if punct[0] == ".":
            while tok is None or tok.end() <= m.start():
                tok = next(tokens)  # the "." at m.start() is in a token: this never ends
            token = chunk[tok.start() : m.start() + 1].lstrip("\"'“‘([")
            low = token.lower()
            if low in never or re.fullmatch(r"[A-Z]\.", token):
                continue  # title, month or an initial: "Lt. Gen.", "Jan. 17", "J. D. Vance"
            if low in starter or re.fullmatch(r"(?:[A-Za-z]\.){2,}", token):
                nxt = _NEXT_WORD.match(chunk, m.end())
                if not nxt or nxt.group(1).lower() not in _STARTERS:
                    continue  # "U.S. President": an acronym, not a full stop
        cuts.append(m.end())
    bounds, prev = [], 0
    for c in [*cuts, len(chunk)]:
        piece = chunk[prev:c]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            bounds.append((start + prev + lead, start + prev + trail))
        prev = c
    return bounds


def _has_credit(stripped: str) -> bool:
    """Whether ``stripped`` (right-stripped) ends in ``(photo ...)`` or an agency's name."""
    if stripped.endswith(")"):
        # "(photo" then no ")" before the last one: it opens after the previous ")".
        close = stripped.rfind(")", 0, len(stripped) - 1)
        if _CREDIT_OPEN.search(stripped, close + 1, len(stripped) - 1):
            return True
    return _CREDIT_AGENCY.search(stripped, max(0, len(stripped) - 13)) is not None


def _is_caption(block: str) -> bool:
    stripped = block.rstrip()
    if _CAPTION_PREFIX.match(block) or _has_credit(stripped):
        return True
    return (
        SIGNATURE.search(stripped) is None  # a signed quotation is someone's words
        # "They agreed that ...": a pronoun takes up the text before it; a caption stands
        # alone, under its picture
        and stripped.split(maxsplit=1)[0] not in _ANAPHORIC_OPENERS
        and len(stripped) <= _MAX_CAPTION
        and "\n" not in stripped
        and stripped[-1] not in _TERMINAL
        and len(_sentence_bounds(stripped, 0, len(stripped))) == 1
    )


def _looks_like_breadcrumb(line: str) -> bool:
    parts = [p for p in _BREADCRUMB_SEP.split(line.strip()) if p]
    return (
        len(parts) >= 2
        and _BREADCRUMB_SEP.search(line) is not None
        # short segments ("HOME >> Business"), unlike "Headline | Publisher"
        and all(len(p) <= 30 and len(p.split()) <= 4 and not p.endswith(".") for p in parts)
    )


def _blocks(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of blank-line separated blocks from ``start``, trimmed."""
    pos = start
    for m in [*_BLOCK_SPLIT.finditer(text, start), None]:
        stop = m.start() if m else len(text)
        piece = text[pos:stop]
        if not _is_blank(piece):
            lead = len(piece) - len(piece.lstrip())
            yield pos + lead, pos + len(piece.rstrip())
        if m:
            pos = m.end()


def _split_lines_if_paragraphs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A block whose every line ends like prose holds one paragraph per line."""
    lines, pos = [], s
    for line in text[s:e].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    if len(lines) > 1 and all(text[b - 1] in _TERMINAL for _, b in lines[:-1]):
        return lines
    return [(s, e)]


# ----------------------------------------------------------------------------- parsing


def parse_article(
    text: str,
    *,
    article_id: str | None = None,
    publication_date: dt.date | str | None = None,
    path: str | Path | None = None,
) -> Article:
    """Parse article text already in memory (a pasted article) into an :class:`Article`.

    Parameters
    ----------
    text : str
        The article. ``\\r\\n`` and ``\\r`` become ``\\n``; a leading BOM is dropped.
    article_id : str, optional
        Defaults to ``article-`` + a short hash of the text.
    publication_date : date or ISO string, optional
        Used when the header prints no date (the header wins when it does).
    path : optional
        Only used to name the source in error messages.

    Raises
    ------
    ArticleError
        Not a str; empty text (white space and zero-width characters only); text over
        :data:`MAX_BYTES` in UTF-8, the limit files have; text that holds no readable prose.

    Examples
    --------
    >>> a = parse_article("Russia and Iran met. Talks went well.", publication_date="2025-01-15")
    >>> a.publication_date, a.date_status, len(a.sentences)
    (datetime.date(2025, 1, 15), 'supplied', 2)
    """
    text = _checked_text(text, path, article_id)
    art = Article(
        id=article_id
        or f"article-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}",
        text=text,
    )
    art.path = str(path) if path is not None else None
    body_start = _read_header(art)
    blocks = _body_blocks(art, body_start, path)
    _read_sentences(art, blocks)
    _set_date(art, publication_date, path)
    return art


def _checked_text(text, path, article_id) -> str:
    """The text with its BOM dropped and its line ends made ``\\n``; an
    :class:`ArticleError` for what is no article (not a str, too large, blank, binary)."""
    if not isinstance(text, str):
        hint = (
            ": decode it first, or load the file with load_article"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise ArticleError(
            path, f"expected the article text as str, got {type(text).__name__}{hint}"
        )
    _check_size(text, path, article_id)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _is_blank(text):
        raise ArticleError(path, "the article is empty (no text)")
    if "\x00" in text:
        raise ArticleError(path, "the text contains NUL characters: this looks like a binary file")
    return text


def _read_header(art: Article) -> int:
    """Header: leading "Key: value" lines with known keys, then an optional breadcrumb,
    into ``art.metadata``, ``art.breadcrumb`` and ``art.section``. Returns where the
    body starts."""
    text = art.text
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        m = _HEADER_RE.match(line)
        if m and m.group(1).strip().lower() in HEADER_KEYS:
            art.metadata[m.group(1).strip().lower()] = m.group(2).rstrip(" \t")
        elif art.breadcrumb is None and line.strip() and _looks_like_breadcrumb(line):
            lead = len(line) - len(line.lstrip())
            art.breadcrumb = Span(pos + lead, pos + len(line.rstrip()), line.strip())
            art.section = _BREADCRUMB_SEP.split(line.strip())[-1]
        elif line.strip() == "" and (art.metadata or art.breadcrumb):
            pos = line_end + 1
            break
        else:
            break
        pos = line_end + 1
        if pos > len(text):
            break
    body_start = pos if (art.metadata or art.breadcrumb) else 0
    if "section" in art.metadata and art.section is None:
        art.section = art.metadata["section"]
    return body_start


def _body_blocks(art: Article, body_start: int, path) -> list[tuple[int, int]]:
    """The body's blocks after the headline, which goes to ``art.headline``: a first
    block that is one short line without a closing full stop."""
    text = art.text
    blocks = []
    for s, e in _blocks(text, min(body_start, len(text))):
        blocks.extend(_split_lines_if_paragraphs(text, s, e))
    if not blocks:
        raise ArticleError(path, "the article has a header but no body text")

    # Headline: a first block that is one short line without a closing full stop.
    first_s, first_e = blocks[0]
    first = text[first_s:first_e]
    if (
        len(blocks) > 1
        and len(first) <= _MAX_HEADLINE
        and "\n" not in first
        and not first.endswith(".")
    ):
        art.headline = Span(first_s, first_e, first)
        blocks = blocks[1:]
    return blocks


def _read_sentences(art: Article, blocks: list[tuple[int, int]]) -> None:
    """The sentences of the headline and of each block, each block a paragraph or a
    caption; then the dateline the first paragraph opens with."""
    text = art.text
    sentences: list[Sentence] = []

    def add(s: int, e: int, block: str, paragraph=None, caption=None):
        for bs, be in _sentence_bounds(text, s, e):
            sentences.append(
                Sentence(bs, be, text[bs:be], len(sentences), block, paragraph, caption)
            )

    if art.headline:
        add(art.headline.start, art.headline.end, "headline")
    for s, e in blocks:
        block = text[s:e]
        if art.paragraphs and _is_caption(block):
            add(s, e, "caption", caption=len(art.captions))
            art.captions.append(Span(s, e, block))
        else:
            add(s, e, "body", paragraph=len(art.paragraphs))
            art.paragraphs.append(Span(s, e, block))
    art.sentences = sentences
    # the dateline opens the story: its first paragraph, or the second after a photo's
    # description that the page puts above it
    for first in art.paragraphs[:2]:
        m = _DATELINE.match(first.text)
        if m:
            art.dateline = Span(first.start, first.start + m.end(1), m.group(1))
            break


def _check_size(text: str, path, article_id) -> None:
    """Text over :data:`MAX_BYTES` in UTF-8 is refused, as a file of that size would be."""
    limit = MAX_BYTES
    if len(text) * 4 <= limit:  # a character is at most 4 bytes in UTF-8
        return
    if len(text) > limit:  # over in characters already: no need to encode it all
        size = f"{len(text)} characters (at least as many bytes in UTF-8)"
    else:
        n = len(text.encode("utf-8", "surrogatepass"))
        if n <= limit:
            return
        size = f"{n} bytes in UTF-8"
    source = path if path is not None else f"<text {article_id}>" if article_id else None
    raise ArticleError(source, f"the text is {size}, over the {limit}-byte limit of an article")


def _set_date(art: Article, supplied, path) -> None:
    for key in _DATE_KEYS:
        if key in art.metadata:
            parsed = parse_date(art.metadata[key])
            if parsed:
                art.publication_date, art.date_status = parsed, "printed"
                return
    if supplied is not None:
        if isinstance(supplied, str):
            parsed = parse_date(supplied)
            if parsed is None:
                raise ArticleError(path, f"publication_date {supplied!r} is not a date")
            supplied = parsed
        if isinstance(supplied, dt.datetime):
            supplied = supplied.date()
        art.publication_date, art.date_status = supplied, "supplied"


def _read_sidecar(path: Path, art: Article) -> None:
    """Apply ``<name>.meta.json`` beside an article: an estimated date with its evidence."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.is_file() or art.date_status in ("printed", "supplied"):
        return
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        date = dt.date.fromisoformat(meta["publication_date"])
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ArticleError(meta_path, f"unreadable metadata file: {err}") from err
    art.publication_date = date
    art.date_status = meta.get("publication_date_status", "estimated")
    art.date_evidence = {k: v for k, v in meta.items() if k != "publication_date"}


def file_id(path: str | Path) -> str:
    """The article id a file gets: the slug of its name, or for a name with no ASCII letter
    or digit (``Россия.txt``) ``article-`` and a short hash of the name.

    Examples
    --------
    >>> file_id("seeds/Russia Iran Ties.txt"), file_id("Россия.txt")
    ('russia-iran-ties', 'article-3d9a48af9c')
    """
    p = Path(path)
    return slugify(p.stem) or f"article-{hashlib.sha1(p.stem.encode()).hexdigest()[:10]}"


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... the first not in ``taken``; it is added there.

    The corpus functions give their articles ids in reading order this way, so three files
    whose names give one slug (``Iran Russia.txt``, ``iran-russia.txt``, ``iran_russia.txt``)
    stay three articles.

    Examples
    --------
    >>> taken = set()
    >>> [unique_id("iran-russia", taken) for _ in range(3)]
    ['iran-russia', 'iran-russia-2', 'iran-russia-3']
    """
    aid, k = base, 1
    while aid in taken:
        k += 1
        aid = f"{base}-{k}"
    taken.add(aid)
    return aid


def _read_bounded(p: Path, limit: int = MAX_BYTES, what: str = "an article file") -> bytes:
    """The bytes of the regular file ``p``, at most ``limit`` (ArticleError beyond).

    Only regular files are articles: a FIFO would block, ``/dev/zero`` never ends. The file
    is opened non-blocking and checked again on the open descriptor (it may have been
    replaced since the stat), and read to at most one byte over the limit whatever its
    size claims to be (``/proc`` files say 0).
    """
    try:
        st = os.stat(p)
        if stat.S_ISDIR(st.st_mode):
            hint = " (use load_corpus)" if what == "an article file" else ""
            raise ArticleError(p, f"is a directory, not {what}{hint}")
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError(p, f"not a regular file ({_file_kind(st.st_mode)})")
        if st.st_size > limit:
            raise ArticleError(p, f"file is {st.st_size} bytes, over the {limit}-byte limit")
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise ArticleError(p, f"not a regular file ({_file_kind(st.st_mode)})")
            chunks, got = [], 0
            while got <= limit:
                chunk = os.read(fd, min(1 << 20, limit + 1 - got))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
        finally:
            os.close(fd)
    except OSError as err:
        if err.errno == errno.ENOENT:
            raise ArticleError(p, "no such file") from err
        if err.errno == errno.ELOOP:
            raise ArticleError(p, "symbolic link loop") from err
        if err.errno == errno.ENOTDIR:
            raise ArticleError(p, "no such file (a parent in the path is not a folder)") from err
        raise ArticleError(p, f"cannot read: {err.strerror or err}") from err
    if got > limit:
        raise ArticleError(p, f"file is over the {limit}-byte limit")
    return b"".join(chunks)


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not a file"


_UTF16_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)


def _decode(p: Path, data: bytes) -> str:
    """Decode UTF-8 (BOM or not), or UTF-16/UTF-32 with a byte-order mark."""
    if not data:
        raise ArticleError(p, "the file is empty")
    for bom, codec, name in _UTF16_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise ArticleError(p, f"not valid {name} ({err.reason})") from err
    head = data[:8192]
    if b"\x00" in head:
        if _looks_utf16(head):
            raise ArticleError(
                p, "UTF-16 text without a byte-order mark: save it as UTF-8 (or with a BOM)"
            )
        raise ArticleError(p, "binary file (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            p,
            f"not valid UTF-8: undecodable byte 0x{data[err.start]:02x} at byte offset {err.start}",
        ) from err


def _looks_utf16(head: bytes) -> bool:
    """Text in UTF-16 without a BOM: NUL in most bytes of one parity, none in the other
    (ASCII and Latin text in UTF-16LE is ``T\\0e\\0x\\0t\\0``)."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 2:
        return False
    for zeros, other in ((odd, even), (even, odd)):
        if zeros.count(0) >= 0.6 * len(zeros) and other.count(0) == 0:
            return True
    return False


# Characters that print nothing but are not white space to str.strip().
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _is_blank(text: str) -> bool:
    """Only white space (Unicode's, so no-break spaces too) and zero-width characters."""
    return not text.translate(_INVISIBLE).strip()


def load_article(path: str | Path, *, publication_date: dt.date | str | None = None) -> Article:
    """Load an article file (UTF-8, any newline convention) into an :class:`Article`.

    UTF-16 and UTF-32 files with a byte-order mark are decoded too. The id is
    :func:`file_id` of the path. A ``<stem>.meta.json`` file beside the article may carry
    an *estimated* publication date (``publication_date``, ``publication_date_status``,
    ``evidence``); it is used only when neither the header nor the caller gives one, and it
    stays marked as estimated.

    Raises
    ------
    ArticleError
        Missing path (``no such file``), a symbolic link loop, a directory, anything but a
        regular file (a FIFO, ``/dev/zero``: refused without reading or blocking), an empty
        file (white space and zero-width characters only), a binary file, UTF-16 without a
        byte-order mark, undecodable bytes (with the byte offset), or more than
        :data:`MAX_BYTES` (at most one byte over is read, whatever the file's size says).
    TypeError
        ``path`` is not a str or os.PathLike.

    Examples
    --------
    >>> from alignkit.reading.codebook import project_dir
    >>> a = load_article(project_dir() / "seeds" / "russia-iran-ties.txt")
    >>> a.id, a.publisher, a.section, len(a.paragraphs), len(a.captions), len(a.body_sentences)
    ('russia-iran-ties', 'Texas Bloom News', 'Business', 6, 3, 12)
    >>> a.publication_date, a.date_status
    (datetime.date(2025, 1, 15), 'estimated')
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            f"load_article expects a path (str or os.PathLike), got {type(path).__name__}"
            + (": for text in memory use parse_article" if isinstance(path, bytes) else "")
        )
    p = Path(path)
    data = _read_bounded(p)
    text = _decode(p, data)
    if _is_blank(text):
        raise ArticleError(p, "the file is empty (only white space)")
    art = parse_article(text, article_id=file_id(p), publication_date=publication_date, path=p)
    art.from_file = True
    _read_sidecar(p, art)
    return art


ARTICLE_SUFFIXES = (".txt",)


def iter_corpus(folder: str | Path, *, on_error: str = "raise") -> Iterator[Article]:
    """Yield the articles of a folder one by one, sorted by file name (streaming).

    ``on_error="skip"`` skips unreadable files with a warning instead of raising. Ids are
    unique: a file whose name gives an id already taken gets ``-2``, ``-3``... (see
    :func:`unique_id`), in file-name order.
    """
    import warnings

    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    root = Path(folder)
    if not root.is_dir():
        raise ArticleError(root, "no such folder" if not root.exists() else "not a folder")
    taken: set[str] = set()
    for p in sorted(root.iterdir()):
        if p.suffix.lower() not in ARTICLE_SUFFIXES or p.name.startswith("."):
            continue
        aid = unique_id(file_id(p), taken)
        try:
            art = load_article(p)
        except ArticleError as err:
            if on_error != "skip":
                raise
            warnings.warn(str(err), stacklevel=2)
            continue
        art.id = aid
        yield art


def load_corpus(folder: str | Path, *, on_error: str = "raise") -> list[Article]:
    """Load every ``.txt`` article in ``folder``, in file-name order.

    Examples
    --------
    >>> from alignkit.reading.codebook import project_dir
    >>> [a.id for a in load_corpus(project_dir() / "seeds")]
    ['russia-iran-ties']
    """
    return list(iter_corpus(folder, on_error=on_error))
