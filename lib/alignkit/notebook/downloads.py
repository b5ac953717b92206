"""Downloads from a notebook: every table (CSV), the network (GEXF, GraphML), every figure
(PNG, SVG), as HTML links whose ``data:`` URIs hold the files (base64).

The files are made in the kernel when the links are built, so a click downloads them at once
in JupyterLab and in Voilà, with no server round-trip and nothing written to disk beside a
temporary folder. Tables and networks are written by :mod:`alignkit.network`'s exporters, as
:meth:`alignkit.Analysis.export` writes them: CSV made safe for spreadsheets with list cells
as JSON; network nodes carrying ``name``, ``type``, ``country`` and ``camp``.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> box = links(an)
>>> [f.name for f in box.files if f.kind == "network"]
['article-bbddcd92c5.network.gexf', 'article-bbddcd92c5.network.graphml']
>>> box.value.count('download="'), len(box.files)
(18, 18)
"""

from __future__ import annotations

import base64
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as W
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from ..network import edge_table, export_csv, export_gexf, export_graphml
from ..network.export import safe_file_stem
from .figures import (
    RC,
    actor_chart,
    network_figure,
    stance_figure,
    stance_matrix,
    timeline_figure,
    timeline_table,
)
from .render import article_title, escape, escape_attr
from .views import camps_table, node_names, with_names

__all__ = ["Download", "Downloads", "files", "links"]

_MIME = {
    "csv": "text/csv",
    "gexf": "application/gexf+xml",
    "graphml": "application/graphml+xml",
    "json": "application/json",
    "png": "image/png",
    "svg": "image/svg+xml",
}
_GROUPS = (("table", "Tables (CSV)"), ("network", "Network"), ("figure", "Figures"))


@dataclass(frozen=True)
class Download:
    """One file of :func:`files`: ``name``, ``kind`` (table/network/figure), ``data`` (bytes)."""

    name: str
    kind: str
    data: bytes

    @property
    def mime(self) -> str:
        return _MIME[self.name.rsplit(".", 1)[-1]]

    @property
    def uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


def _tables(analysis) -> dict:
    m = stance_matrix(analysis)
    tables = {
        "actors": analysis.actors,
        "mentions": analysis.mentions,
        "events": analysis.events,
        "statements": analysis.statements,
        "timeline": timeline_table(analysis),
        "edges": edge_table(analysis.network),
    }
    named = {k: with_names(analysis, df) for k, df in tables.items()}
    return {**named, "camps": camps_table(analysis), "stance-matrix": m.reset_index()}


def _figures(analysis) -> dict:
    return {
        "network": network_figure(
            analysis.network,
            analysis.blocs,
            title=f"Signed alignment network of {article_title(analysis.article)}",
            labels=node_names(analysis),
        ),
        "stance": stance_figure(analysis),
        "actors": actor_chart(analysis),
        "timeline": timeline_figure(analysis),
    }


def _save(fig: Figure, fmt: str) -> bytes:
    buf = io.BytesIO()
    meta = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    with plt.rc_context(RC):
        fig.savefig(buf, format=fmt, dpi=RC["savefig.dpi"], metadata=meta)
    return buf.getvalue()


def _network(analysis):
    """The network as :meth:`Analysis.export` writes it (node name, type, country, camp)."""
    from ..analysis.result import _export_network

    return _export_network(analysis)


def files(analysis, *, figures: dict | None = None) -> list[Download]:
    """Every file the links offer, tables first, then the network, then the figures.

    ``figures`` maps a name to a Figure (default: the network, stance matrix, actor chart
    and timeline of ``analysis``); each is offered as PNG and SVG.
    """
    from ..analysis.corpus import CorpusAnalysis

    if isinstance(analysis, CorpusAnalysis):
        return _corpus_files(analysis, figures)
    stem = safe_file_stem(analysis.article.id)
    out: list[Download] = []
    with tempfile.TemporaryDirectory(prefix="alignkit-downloads-") as tmp:
        for name, df in _tables(analysis).items():
            path = Path(tmp) / f"{stem}.{name}.csv"
            export_csv(df, path)
            out.append(Download(path.name, "table", path.read_bytes()))
        G = _network(analysis)
        for ext, write in (("gexf", export_gexf), ("graphml", export_graphml)):
            path = Path(tmp) / f"{stem}.network.{ext}"
            write(G, path)
            out.append(Download(path.name, "network", path.read_bytes()))
    for name, fig in (figures if figures is not None else _figures(analysis)).items():
        for fmt in ("png", "svg"):
            out.append(Download(f"{stem}.{safe_file_stem(name)}.{fmt}", "figure", _save(fig, fmt)))
    return out


def _corpus_files(corpus, figures: dict | None) -> list[Download]:
    """The files of :meth:`CorpusAnalysis.export` (tables, then networks), then figures."""
    from ..network.export import MANIFEST

    out: list[Download] = []
    with tempfile.TemporaryDirectory(prefix="alignkit-downloads-") as tmp:
        paths = [p for p in corpus.export(Path(tmp) / "corpus") if p.name != MANIFEST]
        for path in sorted(paths, key=lambda p: (p.suffix != ".csv", p.name)):
            kind = "table" if path.suffix == ".csv" else "network"
            out.append(Download(path.name, kind, path.read_bytes()))
    if figures is None:
        title = f"Signed alignment network of {len(corpus.articles)} articles"
        figures = {"network": network_figure(corpus.network, corpus.blocs, title=title)}
    for name, fig in figures.items():
        for fmt in ("png", "svg"):
            out.append(Download(f"corpus.{safe_file_stem(name)}.{fmt}", "figure", _save(fig, fmt)))
    return out


class Downloads(W.HTML):
    """An HTML widget of download links (class ``alignkit-downloads``); ``files`` lists them."""

    def __init__(self, items: list[Download], title: str = "Download"):
        self.files = list(items)
        rows = []
        for kind, heading in _GROUPS:
            got = [f for f in self.files if f.kind == kind]
            if not got:
                continue
            anchors = " · ".join(
                f'<a class="alignkit-download" download="{escape_attr(f.name)}" '
                f'data-kind="{kind}" href="{f.uri}">{escape(f.name)}</a>'
                for f in got
            )
            rows.append(f"<div><b>{escape(heading)}:</b> {anchors}</div>")
        super().__init__(f'<div class="alignkit-downloads-list"><h4>{escape(title)}</h4>'
                         + "".join(rows) + "</div>")  # fmt: skip
        self.add_class("alignkit-downloads")

    def summary(self) -> str:
        counts = [f"{sum(f.kind == k for f in self.files)} {k}s" for k, _ in _GROUPS]
        return f"{len(self.files)} files to download: " + ", ".join(counts)

    def __repr__(self) -> str:
        return f"Downloads({self.summary()})"


def links(analysis, *, figures: dict | None = None, title: str = "Download") -> Downloads:
    """Download links for every table, the network and each figure of ``analysis`` (an
    Analysis, or a CorpusAnalysis: the files of its export and its network figure)."""
    return Downloads(files(analysis, figures=figures), title=title)
