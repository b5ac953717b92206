"""ipywidgets explorers of an analysis: the network and statement explorers, the article box.

Everything here can be driven without a browser or a kernel: the explorers keep their state
on the widget (``controls``, ``current_graph``, ``evidence``...), and they put their figures
into their ``Output`` widget by setting its ``outputs`` directly (a PNG bundle), so a test can
set a control's value and read what the user would see. Every explorer also has a one-line
:meth:`summary` and a short ``repr``: the text a notebook stores and nbval compares.

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia and Iran signed a treaty. The US sanctioned Iran.")
>>> box = network_explorer(an)
>>> box.controls["Sign"].value = "conflict"
>>> sorted(box.current_graph.edges(data="sign"))
[('IRN', 'USA', -1)]
>>> box.controls["Edge"].options[0][0]
'IRN — USA (-)'
"""

from __future__ import annotations

import base64
from pathlib import Path

import ipywidgets as W
import networkx as nx
import pandas as pd
from matplotlib.figure import Figure

from .article import ArticleError, load_article, slugify
from .codebook import CodebookError
from .figures import _png, actor_chart, network_figure, signed_graph, stance_figure, timeline_figure
from .network import actor_graph, balance_partition, country_graph
from .pipeline import analyze, analyze_text
from .render import HTMLDoc, _name, mathsafe
from .views import _CSS, _box, _edge_label, _esc, _evidence_html, article_view, statements_html

__all__ = [
    "ArticleInput",
    "NetworkExplorer",
    "StatementExplorer",
    "article_input",
    "network_explorer",
    "statement_explorer",
    "views",
]


def _bundle(obj) -> dict:
    """A display_data output for an Output widget's ``outputs`` (no kernel needed)."""
    if isinstance(obj, Figure):
        data = {
            "image/png": base64.b64encode(_png(obj)).decode("ascii"),
            "text/plain": repr(obj),
        }
    elif isinstance(obj, pd.DataFrame):
        data = {"text/html": _table_html(obj), "text/plain": obj.to_string()}
    elif isinstance(obj, HTMLDoc):
        data = {"text/html": str(obj), "text/plain": repr(obj)}
    else:
        data = {"text/plain": str(obj)}
    return {"output_type": "display_data", "data": data, "metadata": {}}


def _table_html(df: pd.DataFrame) -> str:
    return _box(mathsafe(df.to_html(escape=True)), "alignkit-table")


def _show(output: W.Output, *objs) -> None:
    output.outputs = tuple(_bundle(o) for o in objs)


# ------------------------------------------------------------------------------ networks


class NetworkExplorer(W.VBox):
    """The signed network with filters, an edge picker and the evidence of the picked edge.

    Attributes
    ----------
    controls : dict
        ``Sign``, ``Type``, ``Mode`` (Dropdowns), ``Level`` (ToggleButtons), ``Edge``
        (Dropdown whose values are ``(u, v)`` pairs).
    current_graph : networkx.Graph
        The simple signed graph drawn now (country ids, or actor ids at actor level).
    current_blocs : pair of frozensets
        Its camps (at actor level: the camps of the actors' countries).
    current_figure : matplotlib Figure
    figure : ipywidgets.Output (class ``alignkit-figure``)
    evidence : ipywidgets.HTML (class ``alignkit-evidence``)
    """

    def __init__(self, analysis):
        self.analysis = analysis
        ev = analysis.events
        self._events = ev[ev["mode"] != "denied"]
        self._actors = analysis.actors[["actor", "name", "type", "country"]]
        types = sorted({str(t) for t in self._events["type"] if t})
        modes = sorted({str(m) for m in self._events["mode"] if m})
        wide = W.Layout(width="420px")
        self.controls = {
            "Sign": W.Dropdown(description="Sign", options=["all", "cooperation", "conflict"]),
            "Type": W.Dropdown(description="Type", options=["all", *types]),
            "Mode": W.Dropdown(description="Mode", options=["all", *modes]),
            "Level": W.ToggleButtons(description="Level", options=["country", "actor"]),
            "Edge": W.Dropdown(description="Edge", options=[], layout=wide),
        }
        self.figure = W.Output()
        self.figure.add_class("alignkit-figure")
        self.evidence = W.HTML()
        self.evidence.add_class("alignkit-evidence")
        self.status = W.HTML()
        self.status.add_class("alignkit-summary")
        self._busy = False
        self.current_graph = nx.Graph()
        self.current_blocs: tuple = (frozenset(), frozenset())
        self.current_figure: Figure | None = None
        c = self.controls
        super().__init__(
            [
                W.HBox([c["Sign"], c["Type"], c["Mode"]]),
                c["Level"],
                c["Edge"],
                self.status,
                self.figure,
                self.evidence,
            ]
        )
        self.add_class("alignkit-network-explorer")
        for name in ("Sign", "Type", "Mode", "Level"):
            c[name].observe(self._rebuild, names="value")
        c["Edge"].observe(self._picked, names="value")
        self._rebuild()

    # -- state ---------------------------------------------------------------------------
    def filtered_events(self) -> pd.DataFrame:
        """The events the current filters keep (denied events never count)."""
        ev, c = self._events, self.controls
        if c["Sign"].value != "all":
            ev = ev[ev["sign"] == (1 if c["Sign"].value == "cooperation" else -1)]
        if c["Type"].value != "all":
            ev = ev[ev["type"] == c["Type"].value]
        if c["Mode"].value != "all":
            ev = ev[ev["mode"] == c["Mode"].value]
        return ev

    def _labels(self) -> dict:
        G = self.current_graph
        return {n: str(G.nodes[n].get("name") or n) for n in G.nodes}

    def _rebuild(self, *_):
        ev = self.filtered_events()
        countries = country_graph(ev)
        blocs = balance_partition(countries).blocs
        if self.controls["Level"].value == "actor":
            ok = ev[(ev["source"].fillna("") != "") & (ev["target"].fillna("") != "")]
            G = signed_graph(actor_graph(ok, self._actors))
            node_of = {}
            for row in ok.itertuples(index=False):
                node_of.setdefault(row.source, row.source_country)
                node_of.setdefault(row.target, row.target_country)
            side = {n: i for i, b in enumerate(blocs) for n in b}
            blocs = tuple(frozenset(a for a in G if side.get(node_of.get(a)) == i) for i in (0, 1))
        else:
            G = countries
        self.current_graph, self.current_blocs = G, blocs
        labels = self._labels()
        ends = [
            sorted((a, b), key=lambda n: (labels[n], n)) + [s] for a, b, s in G.edges(data="sign")
        ]
        options = sorted((_edge_label(u, v, s, labels), (u, v)) for u, v, s in ends)
        edge = self.controls["Edge"]
        keep = edge.value if edge.value in [o[1] for o in options] else None
        self._busy = True
        try:
            edge.options = options
            edge.value = keep if keep is not None else (options[0][1] if options else None)
        finally:
            self._busy = False
        self._picked()

    def _picked(self, *_):
        if self._busy:
            return
        G, c = self.current_graph, self.controls
        edge = c["Edge"].value
        title = (
            f"Alignment network, {c['Level'].value} level "
            f"(sign: {c['Sign'].value}, type: {c['Type'].value}, mode: {c['Mode'].value})"
        )
        self.current_figure = network_figure(
            G, self.current_blocs, title=title, highlight_edge=edge
        )
        _show(self.figure, self.current_figure)
        self.evidence.value = _evidence_html(self.analysis, G, edge, self._labels())
        self.status.value = f"<small>{_esc(self.summary())}</small>"

    @property
    def figure_png(self) -> bytes:
        """The PNG shown in the figure Output now."""
        return base64.b64decode(self.figure.outputs[0]["data"]["image/png"])

    def summary(self) -> str:
        G, c = self.current_graph, self.controls
        signs = [s for _, _, s in G.edges(data="sign")]
        picked = c["Edge"].label or "none"
        n_ev = len(G.edges[c["Edge"].value].get("evidence", [])) if c["Edge"].value else 0
        return (
            f"{c['Level'].value} level, sign={c['Sign'].value}, type={c['Type'].value}, "
            f"mode={c['Mode'].value}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
            f"({signs.count(1)} cooperation, {signs.count(-1)} conflict); "
            f"edge {picked}: {n_ev} evidence"
        )

    def __repr__(self) -> str:
        G = self.current_graph
        return (
            f"NetworkExplorer({self.controls['Level'].value} level: "
            f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges)"
        )


def network_explorer(analysis) -> NetworkExplorer:
    """The interactive alignment network of ``analysis`` (see :class:`NetworkExplorer`)."""
    return NetworkExplorer(analysis)


# ------------------------------------------------------------------------------ statements


class StatementExplorer(W.VBox):
    """Statements filtered by speaker and stance, each in its sentence, and the stance matrix.

    Attributes: ``controls`` (``Speaker``, ``Stance``), ``statements`` (HTML widget, class
    ``alignkit-statements``), ``figure`` (Output, class ``alignkit-figure``),
    ``current_statements`` (DataFrame shown), ``current_figure``.
    """

    def __init__(self, analysis):
        self.analysis = analysis
        st = analysis.statements
        speakers = sorted({(_name(analysis, s), s) for s in st["speaker"]})
        self.controls = {
            "Speaker": W.Dropdown(description="Speaker", options=[("all", "all"), *speakers]),
            "Stance": W.Dropdown(
                description="Stance", options=["all", "positive", "negative", "neutral"]
            ),
        }
        self.statements = W.HTML()
        self.statements.add_class("alignkit-statements")
        self.figure = W.Output()
        self.figure.add_class("alignkit-figure")
        self.status = W.HTML()
        self.status.add_class("alignkit-summary")
        self.current_statements = st
        self.current_figure: Figure | None = None
        super().__init__(
            [
                W.HBox([self.controls["Speaker"], self.controls["Stance"]]),
                self.status,
                self.statements,
                self.figure,
            ]
        )
        self.add_class("alignkit-statement-explorer")
        for c in self.controls.values():
            c.observe(self._update, names="value")
        self._update()

    def filtered_statements(self) -> pd.DataFrame:
        st, c = self.analysis.statements, self.controls
        if c["Speaker"].value != "all":
            st = st[st["speaker"] == c["Speaker"].value]
        if c["Stance"].value != "all":
            st = st[st["stance"] == c["Stance"].value]
        return st

    def _update(self, *_):
        st = self.filtered_statements()
        self.current_statements = st
        self.statements.value = str(statements_html(self.analysis, st))
        c = self.controls
        title = (
            f"Stance toward each target (speaker: {c['Speaker'].label}, "
            f"stance: {c['Stance'].value}; {len(st)} statements)"
        )
        self.current_figure = stance_figure(self.analysis, st, title=title)
        _show(self.figure, self.current_figure)
        self.status.value = f"<small>{_esc(self.summary())}</small>"

    @property
    def figure_png(self) -> bytes:
        return base64.b64decode(self.figure.outputs[0]["data"]["image/png"])

    def summary(self) -> str:
        st, c = self.current_statements, self.controls
        counts = st["stance"].value_counts()
        parts = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("positive", "negative", "neutral"))
        return (
            f"speaker={c['Speaker'].label}, stance={c['Stance'].value}: {len(st)} statements "
            f"({parts}) by {st['speaker'].nunique()} speakers"
        )

    def __repr__(self) -> str:
        return f"StatementExplorer({len(self.current_statements)} statements shown)"


def statement_explorer(analysis) -> StatementExplorer:
    """The interactive statements of ``analysis`` (see :class:`StatementExplorer`)."""
    return StatementExplorer(analysis)


# ------------------------------------------------------------------------------ your article


def views(analysis) -> list:
    """The views notebook 7 shows for any article, in order (figures, tables, HTML)."""
    cols = ["name", "type", "role", "country", "wikidata", "mentions", "camp"]
    st_cols = ["speaker", "cue", "content", "stance", "targets"]
    return [
        f"{analysis!r}",
        article_view(analysis),
        analysis.actors[cols],
        actor_chart(analysis),
        network_figure(analysis.network, analysis.blocs, title="Alignment network (countries)"),
        analysis.statements[st_cols],
        timeline_figure(analysis),
    ]


class ArticleInput(W.VBox):
    """Paste, upload or point to an article, press Analyze, get the views of :func:`views`.

    Attributes: ``text`` (Textarea), ``upload`` (FileUpload), ``path`` (Text), ``date`` (Text,
    optional publication date), ``source`` (Tab: which input Analyze reads), ``button``,
    ``message`` (HTML, class ``alignkit-message``), ``output`` (Output), ``analysis`` (the last
    result or None), ``error`` (the last error message or "").
    """

    def __init__(self, text: str = "", path: str = "", publication_date: str = ""):
        self.text = W.Textarea(value=text, placeholder="Paste an article here",
                               layout=W.Layout(width="95%", height="160px"))  # fmt: skip
        self.upload = W.FileUpload(accept=".txt,text/plain", multiple=False)
        self.path = W.Text(value=path, placeholder="path/to/article.txt",
                           layout=W.Layout(width="95%"))  # fmt: skip
        self.date = W.Text(value=publication_date, description="Date",
                           placeholder="YYYY-MM-DD (optional)")  # fmt: skip
        self.source = W.Tab(children=[self.text, self.upload, self.path])
        for i, t in enumerate(("Paste", "Upload", "Path")):
            self.source.set_title(i, t)
        self.source.selected_index = 2 if path and not text else 0
        self.button = W.Button(description="Analyze", button_style="primary", icon="search")
        self.message = W.HTML()
        self.message.add_class("alignkit-message")
        self.output = W.Output()
        self.output.add_class("alignkit-views")
        self.analysis = None
        self.error = ""
        super().__init__([self.source, W.HBox([self.date, self.button]), self.message, self.output])
        self.add_class("alignkit-article-input")
        self.button.on_click(lambda _: self.run())

    def _read(self):
        date = self.date.value.strip() or None
        which = self.source.selected_index or 0
        if which == 1:
            files = self.upload.value
            if not files:
                raise ArticleError(None, "no file uploaded")
            f = files[0]
            try:
                text = bytes(f["content"]).decode("utf-8")
            except UnicodeDecodeError as err:
                raise ArticleError(f["name"], f"not UTF-8 text ({err.reason})") from None
            return analyze_text(
                text, publication_date=date, article_id=slugify(Path(f["name"]).stem)
            )
        if which == 2:
            if not self.path.value.strip():
                raise ArticleError(None, "no path given")
            return analyze(load_article(self.path.value.strip(), publication_date=date))
        if not self.text.value.strip():
            raise ArticleError(None, "nothing pasted")
        return analyze_text(self.text.value, publication_date=date)

    def run(self):
        """Analyze the selected input; show the views, or the error as a message."""
        self.analysis, self.error = None, ""
        try:
            self.analysis = self._read()
            shown = views(self.analysis)
        except (ArticleError, CodebookError, ValueError, OSError) as err:
            self.error = str(err)
            self.message.value = (
                f'{_CSS}<div class="alignkit-error">Cannot analyze this article: '
                f"{_esc(self.error)}</div>"
            )
            self.output.outputs = ()
            return None
        self.message.value = f"<div>{_esc(self.summary())}</div>"
        _show(self.output, *shown)
        return self.analysis

    def summary(self) -> str:
        if self.error:
            return f"error: {self.error}"
        if self.analysis is None:
            return "nothing analyzed yet"
        an = self.analysis
        return (
            f"{an.article.id}: {len(an.article.sentences)} sentences, "
            f"{len(an.actors)} actors, {len(an.statements)} statements, {len(an.events)} events, "
            f"{an.network.number_of_edges()} network edges"
        )

    def __repr__(self) -> str:
        return f"ArticleInput({self.summary()})"


def article_input(text: str = "", *, path: str = "", publication_date: str = "",
                  run: bool = False) -> ArticleInput:  # fmt: skip
    """A paste / upload / path box with an Analyze button (see :class:`ArticleInput`).

    With ``run=True`` the given text (or path) is analyzed at once.
    """
    box = ArticleInput(text, path, publication_date)
    if run:
        box.run()
    return box
