"""Render article text as HTML with marked spans. Every piece of article text is escaped.

Article text goes into HTML through :func:`escape` (element content) or
:func:`escape_attr` (attribute values): HTML-escaped, and with ``$`` and ``\\`` kept away
from MathJax. JupyterLab typesets the HTML a notebook shows with MathJax, which works on
the text *after* HTML parsing, so an entity (``&#36;``) alone would still typeset
"$5 billion and Russia $10 billion" as math. MathJax never joins text across an element
boundary, so each ``$`` and ``\\`` goes into its own ``<span>``: no text run holds a pair
of delimiters, whatever MathJax's configuration. Containers also carry :data:`NO_MATH`
(the class MathJax 3, in JupyterLab 4 and Notebook 7, honours, and the MathJax 2 one).

Examples
--------
>>> html = highlight_span("<b>Russia</b> met Iran", [(3, 9, "cue", "RUS")])
>>> html.split("<mark")[0], html.split("</mark>")[1]
('<span class="alignkit-text">&lt;b&gt;', '&lt;/b&gt; met Iran</span>')
>>> escape("$5 billion and $10 billion")
'<span>&#36;</span>5 billion and <span>&#36;</span>10 billion'
>>> round(contrast("#0072B2", "#FFFFFF"), 2), round(contrast("#0072B2", "#000000"), 2)
(5.19, 4.05)
"""

from __future__ import annotations

import html as _html
import re

__all__ = [
    "HTMLDoc",
    "NO_MATH",
    "TYPE_COLOURS",
    "TYPE_TEXT_COLOURS",
    "contrast",
    "escape",
    "escape_attr",
    "highlight",
    "highlight_span",
    "legend_html",
    "mathsafe",
]

#: Classes that tell MathJax to leave a container alone: ``mathjax_ignore`` is MathJax 3's
#: default ``ignoreHtmlClass`` (JupyterLab 4 and Notebook 7 keep the default), and
#: ``tex2jax_ignore`` MathJax 2's (classic Notebook, HTML exports). JupyterLab 4 does not
#: honour ``tex2jax_ignore`` (jupyterlab/jupyterlab#17935), hence both, and :func:`escape`.
NO_MATH = "tex2jax_ignore mathjax_ignore"

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
TYPE_COLOURS = {
    "person": "#E69F00",
    "organization": "#56B4E9",
    "group": "#CC79A7",
    "country": "#009E73",
    "bloc": "#0072B2",
    "place": "#F0E442",
}

_MATH = re.compile(r"[$\\]")
_MATH_ENTITY = {"$": "&#36;", "\\": "&#92;"}
_TAG = re.compile(r"(<[^>]*>)")


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#RRGGBB`` colour."""
    rgb = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21; text needs 4.5)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with ``background``."""
    black, white = contrast(background, "#000000"), contrast(background, "#FFFFFF")
    return "#000000" if black >= white else "#FFFFFF"


#: The text colour drawn on each :data:`TYPE_COLOURS` background (contrast at least 4.5:1).
TYPE_TEXT_COLOURS = {t: text_colour(c) for t, c in TYPE_COLOURS.items()}

# Every mark sets its own text colour: a dark theme's light text on these backgrounds fails.
_MARK_COLOURS = {
    "speaker": "#E69F00",
    "cue": "#56B4E9",
    "content": "#F0E442",
    "evidence": "#FFF3B0",
    "trigger": "#CC79A7",
    "party": "#009E73",
}
#: CSS of the marks in every view: ``mark.<class>`` backgrounds with their text colours.
MARK_CSS = (
    ".alignkit-text mark{padding:0 2px;border-radius:3px}"
    + "".join(
        f".alignkit-text mark.{k}{{background:{v};color:{text_colour(v)}}}"
        for k, v in _MARK_COLOURS.items()
    )
    + ".alignkit-text mark.actor{padding:0.1em 0.35em;line-height:1.9}"
    ".alignkit-label{font-size:0.7em;font-weight:bold;line-height:1;margin-left:0.3em;"
    "vertical-align:middle;letter-spacing:0.02em}"
)
_STYLE = f"<style>{MARK_CSS}</style>"


def escape(value) -> str:
    """``value`` as HTML element content: escaped, ``$`` and ``\\`` each in its own span."""
    return _MATH.sub(
        lambda m: f"<span>{_MATH_ENTITY[m.group()]}</span>", _html.escape(str(value), quote=True)
    )


def escape_attr(value) -> str:
    """``value`` as an HTML attribute value (quoted): escaped, ``$`` and ``\\`` as entities."""
    return _MATH.sub(lambda m: _MATH_ENTITY[m.group()], _html.escape(str(value), quote=True))


def mathsafe(markup: str) -> str:
    """Already escaped ``markup`` (e.g. ``DataFrame.to_html``) with the ``$`` and ``\\`` of
    its text, not its tags, each in its own span (see :func:`escape`).

    >>> mathsafe('<td class="x">$5 and $6</td>')
    '<td class="x"><span>&#36;</span>5 and <span>&#36;</span>6</td>'
    """
    parts = _TAG.split(markup)
    return "".join(
        p if i % 2 else _MATH.sub(lambda m: f"<span>{_MATH_ENTITY[m.group()]}</span>", p)
        for i, p in enumerate(parts)
    )


class HTMLDoc(str):
    """An HTML string that Jupyter renders, with a plain-text fallback for nbval/terminals."""

    def __new__(cls, html: str, text: str = ""):
        obj = super().__new__(cls, html)
        obj.text = text
        return obj

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return self.text or str.__repr__(self)


def _name(analysis, actor_id: str) -> str:
    """The codebook name of ``actor_id`` (the id itself if it names no actor)."""
    a = analysis.tagged.actor(actor_id) if actor_id else None
    return a.name if a else str(actor_id)


def article_title(article) -> str:
    """What a reader calls ``article``: its headline where it has one, else its id.

    Examples
    --------
    >>> import alignkit
    >>> article_title(alignkit.analyze_text("Iran and Russia Sign a Treaty\\n\\nThey met.").article)
    'Iran and Russia Sign a Treaty'
    >>> article_title(alignkit.analyze_text("They met in Moscow.").article)[:8]
    'article-'
    """
    head = getattr(article, "headline", None)
    text = " ".join(str(getattr(head, "text", "") or "").split())
    if text:
        return text if len(text) <= 90 else text[:89] + "…"
    return str(article.id)


def highlight_span(text: str, marks, offset: int = 0) -> str:
    """Escape ``text`` and wrap marked spans in ``<mark class=... title=...>``.

    ``marks`` holds ``(start, end, css_class, title)`` with offsets into the string that
    ``text`` was cut from at ``offset``, optionally followed by a ``label`` (shown small
    after the mention, inside the mark, in displaCy's manner) and a ``style`` attribute.
    Overlapping marks: the earlier/longer one wins.
    """
    out, pos = [], 0
    for s, e, cls, title, *more in sorted(marks, key=lambda m: (m[0], -(m[1] - m[0]))):
        s, e = s - offset, e - offset
        if s < pos or s >= len(text) or e <= s:
            continue
        e = min(e, len(text))
        label, style = (list(more) + ["", ""])[:2]
        out.append(escape(text[pos:s]))
        attrs = f'class="{escape_attr(cls)}" title="{escape_attr(title)}"'
        if style:
            attrs += f' style="{escape_attr(style)}"'
        tail = f' <span class="alignkit-label">{escape(label)}</span>' if label else ""
        out.append(f"<mark {attrs}>{escape(text[s:e])}{tail}</mark>")
        pos = e
    out.append(escape(text[pos:]))
    return f'<span class="alignkit-text">{"".join(out)}</span>'


def _type_style(typ: str) -> str:
    bg = TYPE_COLOURS.get(typ, "#DDDDDD")
    return f"background:{bg};color:{TYPE_TEXT_COLOURS.get(typ, text_colour(bg))}"


def legend_html() -> str:
    items = "".join(
        f'<span style="{_type_style(t)};padding:0 6px;margin-right:6px;border-radius:3px">'
        f"{escape(t)}</span>"
        for t in TYPE_COLOURS
    )
    return f'<div class="alignkit-legend">{items}</div>'


def highlight(analysis, *, blocks: tuple[str, ...] = ("headline", "body", "caption")) -> HTMLDoc:
    """The article as HTML, actor mentions coloured and labelled by type, ids on hover.

    Each mention is a ``<mark class="actor TYPE">`` holding the mention text and a small
    upper-case type label (displaCy's entity style); text on each colour is black or white,
    whichever contrasts more (at least 4.5:1 for every type).

    Examples
    --------
    >>> import alignkit
    >>> an = alignkit.analyze_text("<img src=x onerror=alert(1)> Putin met Kim Jong Un.")
    >>> doc = highlight(an)
    >>> "<img" in doc, "&lt;img src=x onerror=alert(1)&gt;" in doc
    (False, True)
    >>> 'title="vladimir-putin (person)"' in doc
    True
    >>> '>Putin <span class="alignkit-label">PERSON</span></mark>' in doc
    True
    """
    t = analysis.tagged
    art = analysis.article
    ms = analysis.mentions
    parts = [_STYLE, legend_html()]
    lines = []
    for block, spans in (
        ("headline", [art.headline] if art.headline else []),
        ("body", art.paragraphs),
        ("caption", art.captions),
    ):
        if block not in blocks:
            continue
        for sp in spans:
            inside = ms[(ms["start"] >= sp.start) & (ms["end"] <= sp.end)]
            marks = []
            for row in inside.itertuples(index=False):
                a = t.actor(row.actor)
                typ = a.type if a else "person"
                marks.append(
                    (row.start, row.end, f"actor {typ}", f"{row.actor} ({typ})", typ.upper(),
                     _type_style(typ))
                )  # fmt: skip
            body = highlight_span(sp.text, marks, sp.start)
            tag = {"headline": "h3", "body": "p", "caption": "figcaption"}[block]
            style = ' style="font-style:italic;color:#555"' if block == "caption" else ""
            parts.append(f'<{tag} class="alignkit-{block}"{style}>{body}</{tag}>')
            lines.append(
                ("# " if block == "headline" else "[caption] " if block == "caption" else "")
                + sp.text
            )
    return HTMLDoc(
        f'<div class="alignkit-article {NO_MATH}">' + "".join(parts) + "</div>",
        f"{art.id}: {len(ms)} mentions highlighted in {len(lines)} blocks",
    )
