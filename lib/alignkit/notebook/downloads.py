"""Downloads from a notebook: every table (CSV), the network (GEXF, GraphML), every figure
(PNG, SVG), as links that make their file when clicked.

The links are shown at once and each file is made in the kernel on its first click (the
browser asks for it, the kernel sends its bytes back, and the browser saves them under the
link's name): drawing the four figures as PNG and SVG took 3–4 s, which used to delay
everything below the links. Nothing is written to disk beside a temporary folder and no
server is involved, in JupyterLab and in Voilà. Tables and networks are written by
:mod:`alignkit.network`'s exporters, as :meth:`alignkit.Analysis.export` writes them: CSV made
safe for spreadsheets with list cells as JSON; network nodes carrying ``name``, ``type``,
``country`` and ``camp``. ``files`` (every file, made on first use) and :meth:`Downloads.file`
give the same bytes to code.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> box = links(an)
>>> box.made()  # nothing is made before a click
[]
>>> [f.name for f in box.files if f.kind == "network"]
['article-bbddcd92c5.network.gexf', 'article-bbddcd92c5.network.graphml']
>>> box.value.count('download="'), len(box.files)
(18, 18)
"""

from __future__ import annotations

import base64
import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import anywidget
import matplotlib.pyplot as plt
import traitlets
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
#: The tables of one analysis, in the order of the links.
TABLES = (
    "actors",
    "mentions",
    "events",
    "statements",
    "timeline",
    "edges",
    "camps",
    "stance-matrix",
)
#: The figures of one analysis (each as PNG and SVG), in the order of the links.
FIGURES = ("network", "stance", "actors", "timeline")


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


def _figure_makers(analysis) -> dict[str, Callable[[], Figure]]:
    """Each default figure of ``analysis`` by name, drawn when called."""
    return {
        "network": lambda: network_figure(
            analysis.network,
            analysis.blocs,
            title=f"Signed alignment network of {article_title(analysis.article)}",
            labels=node_names(analysis),
        ),
        "stance": lambda: stance_figure(analysis),
        "actors": lambda: actor_chart(analysis),
        "timeline": lambda: timeline_figure(analysis),
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


def _written(write, obj, name: str) -> bytes:
    """The bytes ``write(obj, path)`` writes to a file ``name`` in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="alignkit-downloads-") as tmp:
        path = Path(tmp) / name
        write(obj, path)
        return path.read_bytes()


#: name -> (kind, a function making the file's bytes), in the order of the links
Makers = dict[str, tuple[str, Callable[[], bytes]]]


def _analysis_makers(analysis, figures: dict | None) -> Makers:
    """The files of one analysis, each made when first asked for; the tables (built
    together), the network and each figure are made once and shared by their files."""
    stem = safe_file_stem(analysis.article.id)
    tables = cache(lambda: _tables(analysis))
    network = cache(lambda: _network(analysis))
    given = figures if figures is not None else _figure_makers(analysis)
    drawn = {k: cache(f if callable(f) else (lambda f=f: f)) for k, f in given.items()}
    out: Makers = {}
    for name in TABLES:
        file = f"{stem}.{name}.csv"
        out[file] = ("table", lambda n=name, f=file: _written(export_csv, tables()[n], f))
    for ext, write in (("gexf", export_gexf), ("graphml", export_graphml)):
        file = f"{stem}.network.{ext}"
        out[file] = ("network", lambda w=write, f=file: _written(w, network(), f))
    for name, fig in drawn.items():
        for fmt in ("png", "svg"):
            out[f"{stem}.{safe_file_stem(name)}.{fmt}"] = (
                "figure",
                lambda fig=fig, fmt=fmt: _save(fig(), fmt),
            )
    return out


def _corpus_makers(corpus, figures: dict | None) -> Makers:
    """The files of :meth:`CorpusAnalysis.export` (tables, then networks; written once, as
    their names are known only then), then each figure, drawn on first use."""
    from ..network.export import MANIFEST

    out: Makers = {}
    with tempfile.TemporaryDirectory(prefix="alignkit-downloads-") as tmp:
        paths = [p for p in corpus.export(Path(tmp) / "corpus") if p.name != MANIFEST]
        for path in sorted(paths, key=lambda p: (p.suffix != ".csv", p.name)):
            kind = "table" if path.suffix == ".csv" else "network"
            data = path.read_bytes()
            out[path.name] = (kind, lambda data=data: data)
    if figures is None:
        title = f"Signed alignment network of {len(corpus.articles)} articles"
        figures = {"network": lambda: network_figure(corpus.network, corpus.blocs, title=title)}
    for name, fig in figures.items():
        drawn = cache(fig if callable(fig) else (lambda f=fig: f))
        for fmt in ("png", "svg"):
            out[f"corpus.{safe_file_stem(name)}.{fmt}"] = (
                "figure",
                lambda d=drawn, fmt=fmt: _save(d(), fmt),
            )
    return out


def _makers(analysis, figures: dict | None) -> Makers:
    from ..analysis.corpus import CorpusAnalysis

    if isinstance(analysis, CorpusAnalysis):
        return _corpus_makers(analysis, figures)
    return _analysis_makers(analysis, figures)


def files(analysis, *, figures: dict | None = None) -> list[Download]:
    """Every file the links offer, tables first, then the network, then the figures.

    ``figures`` maps a name to a Figure, or to a function drawing one (default: the network,
    stance matrix, actor chart and timeline of ``analysis``); each is offered as PNG and SVG.
    """
    return [
        Download(name, kind, make()) for name, (kind, make) in _makers(analysis, figures).items()
    ]


@cache
def _esm() -> str:
    return (resources.files("alignkit.notebook") / "static" / "downloads.js").read_text("utf-8")


class Downloads(anywidget.AnyWidget):
    """Download links (class ``alignkit-downloads``), each making its file on first click.

    ``items`` (synced) lists each file's ``name`` and ``kind``; a click in the browser sends
    ``{"want": name}``, and the kernel answers with the file's bytes (:meth:`file`), which
    the browser saves under that name. ``files`` makes every file (for code and tests);
    ``value`` is the links' HTML as the browser shows them (names, no data).
    """

    _esm = traitlets.Unicode().tag(sync=True)
    items = traitlets.List().tag(sync=True)
    heading = traitlets.Unicode("Download").tag(sync=True)

    def __init__(self, makers: Makers, title: str = "Download"):
        super().__init__(_esm=_esm(), heading=title)
        self._use(makers)
        self.add_class("alignkit-downloads")
        self.on_msg(self._asked)

    def _use(self, makers: Makers) -> None:
        self._makers, self._made = dict(makers), {}
        self.items = [{"name": n, "kind": k} for n, (k, _) in self._makers.items()]

    def follow(self, other: Downloads) -> None:
        """Offer ``other``'s files instead (a corrected analysis): links already saved in a
        browser are made again on their next click."""
        self._use(other._makers)

    def file(self, name: str) -> Download:
        """The file ``name``, made on first call."""
        if name not in self._made:
            kind, make = self._makers[name]
            self._made[name] = Download(name, kind, make())
        return self._made[name]

    def made(self) -> list[str]:
        """The names of the files made so far."""
        return list(self._made)

    @property
    def files(self) -> list[Download]:
        return [self.file(name) for name in self._makers]

    def _asked(self, _widget, content, _buffers) -> None:
        name = content.get("want") if isinstance(content, dict) else None
        if name in self._makers:
            f = self.file(name)
            self.send({"name": name, "mime": f.mime}, [f.data])

    @property
    def value(self) -> str:
        rows = []
        for kind, heading in _GROUPS:
            got = [f for f in self.items if f["kind"] == kind]
            if got:
                anchors = " · ".join(
                    f'<a class="alignkit-download" download="{escape_attr(f["name"])}" '
                    f'data-kind="{kind}">{escape(f["name"])}</a>'
                    for f in got
                )
                rows.append(f"<div><b>{escape(heading)}:</b> {anchors}</div>")
        return (f'<div class="alignkit-downloads-list"><h4>{escape(self.heading)}</h4>'
                + "".join(rows) + "</div>")  # fmt: skip

    def summary(self) -> str:
        counts = [f"{sum(f['kind'] == k for f in self.items)} {k}s" for k, _ in _GROUPS]
        return f"{len(self.items)} files to download: " + ", ".join(counts)

    def __repr__(self) -> str:
        return f"Downloads({self.summary()})"


def links(analysis, *, figures: dict | None = None, title: str = "Download") -> Downloads:
    """Download links for every table, the network and each figure of ``analysis`` (an
    Analysis, or a CorpusAnalysis: the files of its export and its network figure); each
    file is made when its link is first clicked."""
    return Downloads(_makers(analysis, figures), title=title)
