"""Render article text as HTML with marked spans. Every piece of article text is escaped.

Examples
--------
>>> html = highlight_span("<b>Russia</b> met Iran", [(3, 9, "cue", "RUS")])
>>> html.split("<mark")[0], html.split("</mark>")[1]
('<span class="alignkit-text">&lt;b&gt;', '&lt;/b&gt; met Iran</span>')
"""

from __future__ import annotations

import html as _html

__all__ = ["HTMLDoc", "TYPE_COLOURS", "highlight", "highlight_span", "legend_html"]

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
TYPE_COLOURS = {
    "person": "#E69F00",
    "organization": "#56B4E9",
    "group": "#CC79A7",
    "country": "#009E73",
    "bloc": "#0072B2",
    "place": "#F0E442",
}
_STYLE = (
    "<style>.alignkit-text mark{padding:0 2px;border-radius:3px}"
    ".alignkit-text mark.speaker{background:#E69F00}.alignkit-text mark.cue{background:#56B4E9}"
    ".alignkit-text mark.content{background:#F0E442}"
    ".alignkit-text mark.trigger{background:#CC79A7;color:#fff}"
    ".alignkit-text mark.party{background:#009E73;color:#fff}</style>"
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


def highlight_span(text: str, marks, offset: int = 0) -> str:
    """Escape ``text`` and wrap marked spans in ``<mark class=... title=...>``.

    ``marks`` holds ``(start, end, css_class, title)`` with offsets into the string that
    ``text`` was cut from at ``offset``. Overlapping marks: the earlier/longer one wins.
    """
    out, pos = [], 0
    for s, e, cls, title in sorted(marks, key=lambda m: (m[0], -(m[1] - m[0]))):
        s, e = s - offset, e - offset
        if s < pos or s >= len(text) or e <= s:
            continue
        e = min(e, len(text))
        out.append(_html.escape(text[pos:s]))
        attrs = f'class="{_html.escape(cls, quote=True)}" title="{_html.escape(title, quote=True)}"'
        out.append(f"<mark {attrs}>{_html.escape(text[s:e])}</mark>")
        pos = e
    out.append(_html.escape(text[pos:]))
    return f'<span class="alignkit-text">{"".join(out)}</span>'


def legend_html() -> str:
    items = "".join(
        f'<span style="background:{c};padding:0 6px;margin-right:6px;border-radius:3px">'
        f"{_html.escape(t)}</span>"
        for t, c in TYPE_COLOURS.items()
    )
    return f'<div class="alignkit-legend">{items}</div>'


def highlight(analysis, *, blocks: tuple[str, ...] = ("headline", "body", "caption")) -> HTMLDoc:
    """The article as HTML, actor mentions coloured by type with their ids on hover.

    Examples
    --------
    >>> import alignkit
    >>> an = alignkit.analyze_text("<img src=x onerror=alert(1)> Putin met Kim Jong Un.")
    >>> doc = highlight(an)
    >>> "<img" in doc, "&lt;img src=x onerror=alert(1)&gt;" in doc
    (False, True)
    >>> 'title="vladimir-putin (person)"' in doc
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
                marks.append((row.start, row.end, f"actor {typ}", f"{row.actor} ({typ})"))
            body = highlight_span(sp.text, marks, sp.start)
            colours = {
                f'class="actor {k}"': f'class="actor {k}" style="background:{v}"'
                for k, v in TYPE_COLOURS.items()
            }
            for k, v in colours.items():
                body = body.replace(k, v)
            tag = {"headline": "h3", "body": "p", "caption": "figcaption"}[block]
            style = ' style="font-style:italic;color:#555"' if block == "caption" else ""
            parts.append(f'<{tag} class="alignkit-{block}"{style}>{body}</{tag}>')
            lines.append(
                ("# " if block == "headline" else "[caption] " if block == "caption" else "")
                + sp.text
            )
    return HTMLDoc(
        '<div class="alignkit-article">' + "".join(parts) + "</div>",
        f"{art.id}: {len(ms)} mentions highlighted in {len(lines)} blocks",
    )
