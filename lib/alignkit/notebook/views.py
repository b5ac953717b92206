"""HTML views and tables of an analysis: evidence, statements, article structure, errors.

Every piece of article text is escaped (see :mod:`alignkit.notebook.render`); HTML views are
:class:`~.render.HTMLDoc` strings with a short text fallback, tables are DataFrames.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> list(camps_table(an)["names"])
['Iran, Russia', 'United States']
"""

from __future__ import annotations

import re

import networkx as nx
import pandas as pd

from .render import (
    MARK_CSS,
    NO_MATH,
    HTMLDoc,
    _name,
    escape,
    escape_attr,
    highlight,
    highlight_span,
    mathsafe,
)

__all__ = [
    "CAMP_NAMES",
    "article_view",
    "camp_name",
    "camps_table",
    "evaluation_errors",
    "node_names",
    "readable",
    "speaker_label",
    "stance_table",
    "statements_html",
    "structure_table",
    "table",
    "themes_by_paragraph",
    "with_names",
]

#: What every view calls the two camps of structural balance (index 0 and 1).
CAMP_NAMES = ("camp A", "camp B")


def camp_name(index) -> str:
    """``camp A`` for 0, ``camp B`` for 1, ``in no camp`` for anything else (-1, None).

    >>> camp_name(0), camp_name(1), camp_name(-1)
    ('camp A', 'camp B', 'in no camp')
    """
    try:
        i = int(index)
    except (TypeError, ValueError):
        return "in no camp"
    return CAMP_NAMES[i] if i in (0, 1) else "in no camp"


_CSS = (
    "<style>"
    ".alignkit-evidence-item,.alignkit-statement{margin:0 0 .6em 0;line-height:1.5}"
    ".alignkit-head{font-size:90%;color:#333;margin-bottom:2px}"
    f"{MARK_CSS}"
    ".alignkit-error{color:#B00020;font-weight:bold}"
    ".alignkit-corrected{background:#FFE8CC;color:#5A3000;border-radius:3px;padding:0 4px;"
    "font-size:85%;margin-left:4px}"
    "</style>"
)

#: The marker a corrected row, edge or statement carries in the views (``corrected`` column).
CORRECTED_MARK = "✎ corrected"


def _corrected_html(kind) -> str:
    """A visible marker for a row an analyst's correction touched (``""`` for none)."""
    if not kind or not isinstance(kind, str):
        return ""
    return (
        f' <span class="alignkit-corrected" title="{escape_attr(kind)}">'
        f"{CORRECTED_MARK}: {_esc(kind)}</span>"
    )


def _event_marks(analysis) -> dict:
    """(source, target, type, start, end) -> the correction kind, for corrected events."""
    ev = analysis.events
    if "corrected" not in ev.columns:
        return {}
    return {
        (r.source, r.target, r.type, int(r.start), int(r.end)): r.corrected
        for r in ev[ev["corrected"] != ""].itertuples(index=False)
    }


def _esc(value) -> str:
    """``value`` as HTML element content (escaped, MathJax-safe: see :func:`render.escape`)."""
    return escape(value)


def _box(markup: str, cls: str) -> str:
    """``markup`` in a ``<div>`` of class ``cls`` that MathJax leaves alone."""
    return f'<div class="{cls} {NO_MATH}">{markup}</div>'


def _table(df: pd.DataFrame) -> str:
    """``df`` as an escaped HTML table whose text MathJax leaves alone."""
    return mathsafe(df.to_html(index=False, escape=True))


def _context(article, start: int, end: int) -> tuple[int, int]:
    """The sentences around ``[start, end)`` (the span itself if outside every sentence)."""
    first = article.sentence_at(start)
    last = article.sentence_at(max(start, end - 1))
    return (first.start if first else start), (last.end if last else end)


# ------------------------------------------------------------------------------ networks


def camps_table(analysis) -> pd.DataFrame:
    """The two camps of the country network (``camp A``, ``camp B``), members by name, sorted."""
    rows = []
    for i, bloc in enumerate(analysis.blocs):
        rows.append(
            {
                "camp": CAMP_NAMES[i],
                "names": ", ".join(sorted(_name(analysis, n) for n in bloc)),
                "size": len(bloc),
            }
        )
    return pd.DataFrame(rows, columns=["camp", "names", "size"])


def node_names(analysis, G: nx.Graph | None = None) -> dict:
    """Node id -> name for the nodes of ``G`` (default: the country network), to draw names,
    not ids (``PRK`` -> North Korea)."""
    G = analysis.network if G is None else G
    return {n: str(G.nodes[n].get("name") or _name(analysis, n)) for n in G.nodes}


# ------------------------------------------------------------------------------ tables

#: Columns holding one actor or country id, shown by name in :func:`readable`.
ID_COLUMNS = ("speaker", "source", "target", "source_country", "target_country", "u", "v",
              "node", "country")  # fmt: skip
#: Columns holding a list of ids, shown as names joined by commas.
ID_LIST_COLUMNS = ("targets", "members")


#: A cell of ``;``-joined words with no space (a list as the network tables write it).
_PACKED = re.compile(r"[^;\s]+(?:;[^;\s]+)+")


def speaker_label(analysis, speaker: str) -> str:
    """A speaker's name for a reader, ``(no state)`` after it when the text ties the
    speaker to no state (such a speaker feeds no edge of the network).

    Examples
    --------
    >>> import alignkit
    >>> an = alignkit.analyze_text("Jane Roe said Iran is a threat. Russia agreed.")
    >>> speaker_label(an, "jane-roe"), speaker_label(an, "RUS")
    ('Jane Roe (no state)', 'Russia')
    """
    name = _name(analysis, speaker)
    return name if analysis.tagged.stands_for(speaker) else f"{name} (no state)"


def readable(analysis, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` for a reader: ids as names (``dmitry-peskov`` -> Dmitry Peskov, a list
    ``[kim-jong-un, PRK]`` -> ``Kim Jong Un, North Korea``), ``camp`` as ``camp A``/``camp B``,
    other lists joined by ``; ``, missing values blank. The index is reset."""
    out = df.reset_index(drop=True).copy()
    for col in out.columns:
        s = out[col]
        if col == "speaker":
            out[col] = [speaker_label(analysis, v) if isinstance(v, str) and v else "" for v in s]
        elif col in ID_COLUMNS or (col == "actor" and "name" not in out.columns):
            out[col] = [_name(analysis, v) if isinstance(v, str) and v else "" for v in s]
        elif col in ID_LIST_COLUMNS:
            out[col] = [
                ", ".join(_name(analysis, t) for t in v) if isinstance(v, (list, tuple)) else
                ("" if v is None or (isinstance(v, float) and v != v) else str(v))
                for v in s
            ]  # fmt: skip
        elif col == "camp":
            out[col] = [camp_name(v) for v in s]
        elif col == "corrected":
            out[col] = [f"{CORRECTED_MARK}: {v}" if isinstance(v, str) and v else "" for v in s]
        elif any(isinstance(v, (list, tuple)) for v in s):
            out[col] = ["; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for v in s]
        elif any(isinstance(v, str) and _PACKED.fullmatch(v) for v in s):
            # "ACCUSE;COERCE" has no place to break and runs over the next column
            out[col] = [v.replace(";", "; ") if isinstance(v, str) else v for v in s]
    if "actor" in out.columns and "name" in out.columns:
        out = out.drop(columns="actor")
    return out.astype(object).where(out.notna(), "")


def stance_table(analysis) -> HTMLDoc:
    """The stance matrix for a reader: the mean stance of each speaker toward each target as
    ``+1.0`` / ``−0.5``, a blank cell where the speaker says nothing about the target (never
    ``NaN``), with a caption saying so.

    Examples
    --------
    >>> import alignkit
    >>> t = stance_table(alignkit.analyze(alignkit.SEED))
    >>> "NaN" in t, "Vladimir Putin" in t, "+1.0" in t
    (False, True, True)
    """
    from .figures import stance_matrix, without_state_note

    m = stance_matrix(analysis)
    shown = m.map(
        lambda v: "" if pd.isna(v) else "0.0" if v == 0 else f"{v:+.1f}".replace("-", "−")
    )
    shown.columns.name = None
    caption = (
        "Mean stance of each speaker (row) toward each target (column): +1 positive, 0 neutral, "
        "−1 negative; blank: no statement"
    )
    if without_state_note(m):
        caption += f"; {without_state_note(m)}"
    html = mathsafe(shown.reset_index().to_html(index=False, escape=True, na_rep=""))
    html = html.replace(">", f"><caption>{_esc(caption)}</caption>", 1)
    text = f"Stance matrix: {m.shape[0]} speakers × {m.shape[1]} targets"
    return HTMLDoc(_TABLE_CSS + _box(html, "alignkit-table"), text)


def with_names(analysis, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` for a file a person opens (CSV): beside each id column (``source``, ``actor``,
    ``targets``...) a ``<column>_name`` column with the names, the ids kept as they are.

    Examples
    --------
    >>> import alignkit
    >>> an = alignkit.analyze(alignkit.SEED)
    >>> with_names(an, an.mentions)[["actor", "actor_name"]].iloc[2].tolist()
    ['donald-trump', 'Donald Trump']
    """
    out = df.reset_index(drop=True).copy()
    for col in list(out.columns):
        if col not in (*ID_COLUMNS, *ID_LIST_COLUMNS, "actor") or f"{col}_name" in out.columns:
            continue
        if col == "actor" and "name" in out.columns:
            continue
        names = [
            _name(analysis, v) if isinstance(v, str) and v else
            ", ".join(_name(analysis, t) for t in v) if isinstance(v, (list, tuple)) else ""
            for v in out[col]
        ]  # fmt: skip
        out.insert(out.columns.get_loc(col) + 1, f"{col}_name", names)
    return out


def table(analysis, df: pd.DataFrame, *, caption: str = "") -> HTMLDoc:
    """:func:`readable` ``df`` as a full-width HTML table (no cut text), escaped; its text
    repr names its size and columns."""
    r = readable(analysis, df)
    head = f"<caption>{_esc(caption)}</caption>" if caption else ""
    html = mathsafe(r.to_html(index=False, escape=True, na_rep=""))
    if head:
        html = html.replace(">", ">" + head, 1)
    cols = ", ".join(map(str, r.columns))
    what = f"{caption}: " if caption else ""
    return HTMLDoc(_TABLE_CSS + _box(html, "alignkit-table"), f"{what}{len(r)} rows ({cols})")


_TABLE_CSS = (
    "<style>.alignkit-table table{border-collapse:collapse;width:100%}"
    ".alignkit-table td,.alignkit-table th{text-align:left;vertical-align:top;"
    "white-space:normal;max-width:none;padding:2px 8px;overflow-wrap:anywhere}"
    ".alignkit-table caption{text-align:left;font-weight:bold}</style>"
)


def _edge_label(u, v, sign, labels) -> str:
    return f"{labels.get(u, u)} — {labels.get(v, v)} ({'+' if sign > 0 else '-'})"


def _occasions_note(d: dict, n: int) -> str:
    """`` in 4 occasions`` when pieces of evidence tell the same happening (the edge's
    weight counts occasions: alignkit.network.occasions)."""
    k = d.get("weight")
    if not isinstance(k, int) or k == n:
        return ""
    return f" in {k} occasion{'s' if k != 1 else ''}"


def _evidence_html(analysis, G: nx.Graph, edge, labels) -> str:
    if edge is None or not G.has_edge(*edge):
        none = '<div class="alignkit-head">No edge matches the filters.</div>'
        return _CSS + _box(none, "alignkit-evidence-list")
    u, v = edge
    d = G.edges[u, v]
    art = analysis.article
    n = len(d.get("evidence", []))
    note, score = "", f"score {d.get('score', 0):+.1f}"
    if d.get("corrected") == "set_sign":
        # the sign is the analyst's, the score the evidence's: never "conflict, score +4.0"
        was = d.get("computed_sign")
        was = f"the kit computed {'+' if was > 0 else '-'} from " if was in (1, -1) else ""
        score = f"set by an analyst ({was}evidence scoring {d.get('score', 0):+.1f})"
        note = _corrected_html("set_sign")
    head = (
        f"<h4>{_esc(_edge_label(u, v, d['sign'], labels))}: "
        f"{'cooperation' if d['sign'] > 0 else 'conflict'}, {score}, "
        f"{n} piece{'s' if n != 1 else ''} of evidence{_occasions_note(d, n)}{note}</h4>"
    )
    marked = _event_marks(analysis)
    items = []
    for ev in d.get("evidence", []):
        start, end = ev.get("start"), ev.get("end")
        if start is None or end is None:
            continue
        lo, hi = _context(art, start, end)
        marks = []
        trigger = str(ev.get("trigger") or "")
        at = art.text.lower().find(trigger.lower(), start, end) if trigger else -1
        if at >= 0:
            t_end = at + len(trigger)
            if at > start:
                marks.append((start, at, "evidence", "evidence"))
            marks.append((at, t_end, "trigger", f"trigger: {ev.get('type', '')}"))
            if t_end < end:
                marks.append((t_end, end, "evidence", "evidence"))
        else:
            marks.append((start, end, "evidence", f"evidence: {ev.get('type', '')}"))
        who = f"{_name(analysis, ev.get('source', ''))} → {_name(analysis, ev.get('target', ''))}"
        meta = f"{who} · {ev.get('type', '')} · {ev.get('mode', '')} · {ev.get('origin', '')}"
        mark = marked.get(
            (ev.get("source"), ev.get("target"), ev.get("type"), int(start), int(end)), ""
        )
        items.append(
            '<div class="alignkit-evidence-item">'
            f'<div class="alignkit-head">{_esc(meta)}{_corrected_html(mark)}</div>'
            f"{highlight_span(art.text[lo:hi], marks, lo)}</div>"
        )
    return _CSS + _box(head + "".join(items), "alignkit-evidence-list")


def _node_evidence_html(analysis, G: nx.Graph, node, labels, camp: str) -> str:
    """A node picked in the interactive network: its camp and the evidence of its edges."""
    if node is None or node not in G:
        return _evidence_html(analysis, G, None, labels)
    ends = sorted(G.neighbors(node), key=lambda n: (labels.get(n, n), n))
    n_ev = sum(len(G.edges[node, m].get("evidence", [])) for m in ends)
    head = (
        f'<h4 class="alignkit-node">{_esc(labels.get(node, node))} ({_esc(camp)}): '
        f"{len(ends)} edge{'s' if len(ends) != 1 else ''}, {n_ev} piece"
        f"{'s' if n_ev != 1 else ''} of evidence</h4>"
    )
    parts = [_evidence_html(analysis, G, tuple(sorted((node, m))), labels) for m in ends]
    return _CSS + _box(head, "alignkit-evidence-list") + "".join(parts)


# ------------------------------------------------------------------------------ statements


def statements_html(analysis, statements: pd.DataFrame | None = None) -> HTMLDoc:
    """One ``<div class="alignkit-statement">`` per statement: its sentence with the speaker,
    cue and content in ``<mark>`` (article text escaped)."""
    st = analysis.statements if statements is None else statements
    art = analysis.article
    out = []
    for r in st.itertuples(index=False):
        spans = [(r.speaker_start, r.speaker_end), (r.cue_start, r.cue_end),
                 (r.content_start, r.content_end)]  # fmt: skip
        lo, hi = _context(art, min(s for s, _ in spans), max(e for _, e in spans))
        speaker = speaker_label(analysis, r.speaker)
        marks = [
            (r.speaker_start, r.speaker_end, "speaker", f"speaker: {speaker}"),
            (r.cue_start, r.cue_end, "cue", f"cue ({r.kind})"),
            (r.content_start, r.content_end, "content", f"content ({r.stance})"),
        ]
        targets = ", ".join(_name(analysis, t) for t in (r.targets or [])) or "none"
        meta = f"{speaker} · {r.stance} · targets: {targets}"
        if r.type:
            meta += f" · verbal event {r.type}"
        fixed = _corrected_html(getattr(r, "corrected", ""))
        out.append(
            f'<div class="alignkit-statement" data-speaker="{escape_attr(r.speaker)}">'
            f'<div class="alignkit-head">{_esc(meta)}{fixed}</div>'
            f"{highlight_span(art.text[lo:hi], marks, lo)}</div>"
        )
    if not out:
        out.append('<div class="alignkit-head">No statement matches the filters.</div>')
    return HTMLDoc(
        _CSS + _box("".join(out), "alignkit-statement-list"),
        f"{len(st)} statements, each in its sentence",
    )


# ------------------------------------------------------------------------------ article


def structure_table(analysis) -> pd.DataFrame:
    """The article's structure as ``field``/``value`` rows (all values strings)."""
    art = analysis.article
    blocks = pd.Series([s.block for s in art.sentences]).value_counts()
    ev = art.date_evidence or {}
    # a .meta.json nests the quote under "evidence" ({"text", "start", "end"}); older
    # metadata put "text" at the top level
    quote = ev.get("evidence") if isinstance(ev, dict) else None
    quote = quote.get("text", "") if isinstance(quote, dict) else ""
    if not quote and isinstance(ev, dict):
        quote = ev.get("text", "")
    rows = [
        ("id", art.id),
        ("publisher", art.publisher or ""),
        ("section", art.section or ""),
        ("headline", art.headline.text if art.headline else ""),
        ("paragraphs", len(art.paragraphs)),
        ("captions", len(art.captions)),
        ("sentences", len(art.sentences)),
        ("  in the headline", int(blocks.get("headline", 0))),
        ("  in the body", int(blocks.get("body", 0))),
        ("  in captions", int(blocks.get("caption", 0))),
        ("publication date", str(art.publication_date or "unknown")),
        ("date status", art.date_status or "unknown"),
        ("date rests on", quote or ""),
    ]
    return pd.DataFrame([(k, str(v)) for k, v in rows], columns=["field", "value"])


def themes_by_paragraph(analysis) -> pd.DataFrame:
    """One row per headline, paragraph and caption: its sentences and the themes found in it."""
    art = analysis.article
    where: dict[int, tuple[str, int]] = {}
    for s in art.sentences:
        if s.block == "headline":
            where[s.index] = ("headline", 0)
        elif s.block == "caption":
            where[s.index] = ("caption", s.caption if s.caption is not None else 0)
        else:
            where[s.index] = ("paragraph", s.paragraph if s.paragraph is not None else 0)
    found: dict[tuple, dict[str, list[str]]] = {}
    for r in analysis.themes.itertuples(index=False):
        found.setdefault(where.get(r.sentence, ("paragraph", 0)), {}).setdefault(
            r.theme, []
        ).append(r.phrase)
    blocks = [("headline", 0, art.headline)] if art.headline else []
    blocks += [("paragraph", i, p) for i, p in enumerate(art.paragraphs)]
    blocks += [("caption", i, c) for i, c in enumerate(art.captions)]
    rows = []
    for block, i, span in blocks:
        themes = found.get((block, i), {})
        opening = span.text if len(span.text) <= 60 else span.text[:59].rstrip() + "…"
        rows.append(
            {
                "block": block,
                "number": i + 1,
                "sentences": sum(1 for s in art.sentences if where[s.index] == (block, i)),
                "opening": opening,
                "themes": "; ".join(f"{t} ({', '.join(ps)})" for t, ps in sorted(themes.items())),
            }
        )
    order = {"headline": 0, "paragraph": 1, "caption": 2}
    rows.sort(key=lambda r: (order[r["block"]], r["number"]))
    return pd.DataFrame(rows, columns=["block", "number", "sentences", "opening", "themes"])


def article_view(analysis) -> HTMLDoc:
    """The highlighted article (actors by type) followed by the themes-per-paragraph table."""
    doc = highlight(analysis)
    table = themes_by_paragraph(analysis)
    with_themes = int((table["themes"] != "").sum())
    return HTMLDoc(
        str(doc) + _box("<h4>Themes per paragraph</h4>" + _table(table), "alignkit-themes"),
        f"{doc.text}; themes in {with_themes} of {len(table)} blocks",
    )


# ------------------------------------------------------------------------------ evaluation


def evaluation_errors(details: dict, *layers: str) -> HTMLDoc:
    """Misses and false alarms of some layers of :func:`alignkit.evaluation_details`.

    One heading per layer with its counts, then its table (or "none"); the text repr lists
    the counts, so nbval compares them.
    """
    parts, lines = [], []
    for layer in layers or [k for k in details if k != "scores"]:
        df = details.get(layer)
        if df is None:
            parts.append(f"<h4>{_esc(layer)}</h4><p>not scored</p>")
            lines.append(f"{layer}: not scored")
            continue
        kinds = df["error"].value_counts() if "error" in df.columns else pd.Series(dtype=int)
        fa, miss = int(kinds.get("false alarm", 0)), int(kinds.get("miss", 0))
        counts = f"{fa} false alarm{'s' * (fa != 1)}, {miss} miss{'es' * (miss != 1)}"
        parts.append(f"<h4>{_esc(layer)}: {_esc(counts)}</h4>")
        parts.append(_table(df) if len(df) else "<p>none</p>")
        lines.append(f"{layer}: {counts}")
    return HTMLDoc(_box("".join(parts), "alignkit-errors"), "\n".join(lines))
