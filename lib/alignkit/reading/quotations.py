"""Direct quotations of a text: where each opens and closes, however many sentences or
paragraphs it runs over.

News prints a quotation between double marks, straight (``"..."``) or curly
(``“...”``); archived text prints the straight mark as two apostrophes (``''...''``).
A quotation that runs over several paragraphs leaves each paragraph but the last unclosed
and opens the next one with a fresh mark (the typesetter's convention):
those paragraphs are one quotation. A paragraph that opens a quotation it never closes,
followed by one that does not open with a mark, holds no quotation (an unpaired mark);
one whose paragraphs, two or more, each open with a mark and run unclosed to the end of
the text is one quotation to its end (a copy cut before the closing mark).

Examples
--------
>>> text = 'She said: "We will win.\\n"And then we govern." Then she left.'
>>> [text[a:b] for a, b in quotations(text)]
['"We will win.\\n"And then we govern."']
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["quotations"]

_OPENING = "“«"
_CLOSING = "”»"
_STRAIGHT = '"'
_DOUBLED = "''"
_STRAIGHTS = (_STRAIGHT, _DOUBLED)


def _in_paragraph(
    text: str, a: int, b: int, opened: int | None = None
) -> tuple[list[tuple[int, int]], int | None]:
    """(closed quotations, the start of one left open at the end) of ``text[a:b]``;
    ``opened``: where a quotation open at ``a`` began."""
    spans: list[tuple[int, int]] = []
    i = a
    while i < b:
        ch = _doubled(text, i, b) or text[i]
        if ch in _OPENING or (ch in _STRAIGHTS and opened is None):
            if opened is None:
                opened = i
        elif ch in _CLOSING or ch in _STRAIGHTS:
            if opened is not None:
                spans.append((opened, i + len(ch)))
            opened = None
        i += len(ch)
    return spans, opened


def _doubled(text: str, i: int, b: int) -> str:
    """``''`` when two apostrophes at ``i`` stand for a double mark (archived news prints
    ``"`` so: ``''We will win,'' she said``), not the first of three (``'old-school,'''``:
    a single mark closes first, then the double one); else an empty string."""
    if i + 2 > b or text[i : i + 2] != _DOUBLED:
        return ""
    return "" if text[i + 2 : i + 3] == "'" else _DOUBLED


def _opens(text: str, a: int) -> bool:
    """Does the paragraph at ``a`` open with a quotation mark (after spaces)?"""
    while a < len(text) and text[a] in " \t":
        a += 1
    return a < len(text) and (
        text[a] in _OPENING or text[a] == _STRAIGHT or bool(_doubled(text, a, len(text)))
    )


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the quotations of ``text``, marks included.

    Examples
    --------
    >>> text = '“It is over,” Jane Roe said. "We lost," he added.'
    >>> [text[a:b] for a, b in quotations(text)]
    ['“It is over,”', '"We lost,"']
    >>> text = 'Roe said: “The war will end.\\n“It must end soon.”\\nNo one replied.'
    >>> [text[a:b] for a, b in quotations(text)]
    ['“The war will end.\\n“It must end soon.”']
    >>> quotations('An unpaired "mark.\\nThe next paragraph.')
    []
    >>> text = 'Roe said:\\n“The war will end.\\n“It must end soon.'
    >>> [text[a:b] for a, b in quotations(text)]
    ['“The war will end.\\n“It must end soon.']
    """
    return list(_quotations(text))


@lru_cache(maxsize=8)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`quotations`, read once per text (the tagger and the statements ask again)."""
    out: list[tuple[int, int]] = []
    carried: int | None = None  # a quotation running on from an earlier paragraph
    paragraphs, last = 0, 0  # how many paragraphs it has run over, where the last ends
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            if carried is not None and _opens(text, pos):
                # the mark opening this paragraph continues the quotation: skip it
                start = pos + len(text[pos:end]) - len(text[pos:end].lstrip(" \t"))
                spans, opened = _in_paragraph(text, start + 1, end, carried)
                paragraphs += 1
            else:
                spans, opened = _in_paragraph(text, pos, end)
                paragraphs = 1
            out.extend(spans)
            carried, last = opened, end
        pos = end + 1
    if carried is not None and paragraphs >= 2 and _opens(text, carried):
        out.append((carried, len(text[:last].rstrip())))  # cut before its closing mark
    return tuple(out)
