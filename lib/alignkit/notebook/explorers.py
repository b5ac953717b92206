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
'Iran — United States (-)'
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import ipywidgets as W
import networkx as nx
import pandas as pd
from matplotlib.figure import Figure

from ..analysis.pipeline import analyze as _analyze
from ..network import actor_graph, balance_partition, country_graph
from ..reading.article import ArticleError, file_id, load_article, unique_id
from ..reading.codebook import CodebookError, load_codebook
from .figures import _png, actor_chart, network_figure, signed_graph, stance_figure, timeline_figure
from .render import HTMLDoc, _name, article_title, mathsafe
from .views import (
    _CSS,
    _box,
    _edge_label,
    _esc,
    _evidence_html,
    _node_evidence_html,
    article_view,
    camp_name,
    readable,
    statements_html,
    table,
)

__all__ = [
    "ArticleInput",
    "NetworkExplorer",
    "StatementExplorer",
    "TableExplorer",
    "Workbench",
    "article_input",
    "network_explorer",
    "statement_explorer",
    "table_explorer",
    "views",
    "workbench",
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


class _Summarized:
    """A widget whose text fallback is its whole summary line, the line its status shows: a
    notebook stores that text beside the widget (nbval compares it), so the cell need not
    print the summary a second time. ipywidgets cuts a widget's text at 110 characters; this
    keeps all of it."""

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs)
        if data:
            data["text/plain"] = repr(self)
        return data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.summary()})"


# ------------------------------------------------------------------------------ networks


def _evidence_panes(explorer) -> None:
    """The panes every network explorer has: its figure, its evidence reader, its status
    line (CSS classes the notebooks and the browser suite find them by)."""
    explorer.figure = W.Output()
    explorer.figure.add_class("alignkit-figure")
    explorer.evidence = W.HTML()
    explorer.evidence.add_class("alignkit-evidence")
    explorer.status = W.HTML()
    explorer.status.add_class("alignkit-summary")
    explorer._busy = False


class NetworkExplorer(_Summarized, W.VBox):
    """The signed network with filters, an interactive graph, an edge picker, the evidence of
    the picked edge or node, and the static figure (the one to print).

    Attributes
    ----------
    controls : dict
        ``Sign``, ``Type``, ``Mode`` (Dropdowns), ``Level`` (ToggleButtons), ``Edge``
        (Dropdown whose values are ``(u, v)`` pairs).
    graph : alignkit.notebook.graph_widget.InteractiveNetwork (class ``alignkit-graph``)
        The interactive network (cytoscape.js in an anywidget), redrawn with the filters:
        hover shows the pair, sign and evidence count; a click on a node or an edge fills
        ``evidence``; the picked edge or node is ringed.
    selection : tuple
        ``("edge", (u, v))`` or ``("node", n)``: what the evidence reader shows.
    current_graph : networkx.Graph
        The simple signed graph drawn now (country ids, or actor ids at actor level).
    current_blocs : pair of frozensets
        Its camps (at actor level: the camps of the actors' countries).
    current_figure : matplotlib Figure
    figure : ipywidgets.Output (class ``alignkit-figure``)
    evidence : ipywidgets.HTML (class ``alignkit-evidence``)
    corrections : alignkit.notebook.correction_panel.CorrectionPanel or None
        The corrections panel (``corrections=False``: none), fed by the picked edge: Apply
        saves the correction beside the article, re-analyzes and redraws this explorer
        (:meth:`set_analysis`). Edges whose sign an analyst set keep it at every filter.
    """

    def __init__(self, analysis, corrections: bool = True):
        self.analysis = analysis
        self._on_selection: list = []
        self._take(analysis)
        types, modes = self._types_modes()
        wide = W.Layout(width="420px")
        self.controls = {
            "Sign": W.Dropdown(description="Sign", options=["all", "cooperation", "conflict"]),
            "Type": W.Dropdown(description="Type", options=["all", *types]),
            "Mode": W.Dropdown(description="Mode", options=["all", *modes]),
            "Level": W.ToggleButtons(description="Level", options=["country", "actor"]),
            "Edge": W.Dropdown(description="Edge", options=[], layout=wide),
        }
        _evidence_panes(self)
        self.current_graph = nx.Graph()
        self.current_blocs: tuple = (frozenset(), frozenset())
        self.current_figure: Figure | None = None
        self.graph = None
        self.selection: tuple = ("edge", None)
        self.graph_box = W.Box()
        self.graph_box.add_class("alignkit-graph-box")
        self._quiet = False
        c = self.controls
        for name in ("Sign", "Type", "Mode", "Level"):
            c[name].observe(self._rebuild, names="value")
        c["Edge"].observe(self._picked, names="value")
        self._rebuild()
        self.corrections = None
        if corrections:
            from .correction_panel import CorrectionPanel

            self.corrections = CorrectionPanel(analysis, self, "network")
            self.corrections.on_change(self.set_analysis)
        super().__init__(
            [
                W.HBox([c["Sign"], c["Type"], c["Mode"]]),
                c["Level"],
                self.status,
                self.graph_box,
                c["Edge"],
                self.evidence,
                *([self.corrections] if self.corrections is not None else []),
                self.figure,
            ]
        )
        self.add_class("alignkit-network-explorer")

    def _take(self, analysis) -> None:
        self.analysis = analysis
        ev = analysis.events
        self._events = ev[ev["mode"] != "denied"]
        self._actors = analysis.actors[["actor", "name", "type", "country"]]

    def _types_modes(self) -> tuple[list, list]:
        types = sorted({str(t) for t in self._events["type"] if t})
        modes = sorted({str(m) for m in self._events["mode"] if m})
        return types, modes

    def set_analysis(self, analysis) -> None:
        """Show ``analysis`` (e.g. corrected) with the filters and the picked edge kept when
        they still apply."""
        self._take(analysis)
        types, modes = self._types_modes()
        self._quiet = True
        try:
            for name, opts in (("Type", types), ("Mode", modes)):
                w = self.controls[name]
                keep = w.value if w.value in opts else "all"
                w.options = ["all", *opts]
                w.value = keep
        finally:
            self._quiet = False
        self._rebuild()
        panel = getattr(self, "corrections", None)
        if panel is not None and panel.analysis is not analysis:
            panel.refresh(analysis)

    def on_selection(self, callback) -> None:
        """Call ``callback()`` whenever the picked edge or node changes."""
        self._on_selection.append(callback)

    def _selected(self) -> None:
        if self.graph is not None:  # ring the picked edge or node in the interactive view
            kind, what = self.selection
            self.graph.view.highlight = self.graph._id((kind, what) if what else None)
        for callback in self._on_selection:
            callback()

    # -- state ---------------------------------------------------------------------------
    def filtered_events(self) -> pd.DataFrame:
        """The events the current filters keep (denied events never count; under a Sign
        filter the evidence of an edge whose sign an analyst set counts with that sign)."""
        ev, c = self._events, self.controls
        if c["Sign"].value != "all":
            # an edge whose sign an analyst set counts under that sign, all its evidence
            net = self.analysis.network
            fixed = {
                frozenset((u, v)): d["sign"]
                for u, v, d in net.edges(data=True)
                if d.get("corrected") == "set_sign"
            }
            sign = [
                fixed.get(frozenset((a, b)), s)
                for a, b, s in zip(ev["source_country"], ev["target_country"], ev["sign"],
                                   strict=True)
            ]  # fmt: skip
            ev = ev[[s == (1 if c["Sign"].value == "cooperation" else -1) for s in sign]]
        if c["Type"].value != "all":
            ev = ev[ev["type"] == c["Type"].value]
        if c["Mode"].value != "all":
            ev = ev[ev["mode"] == c["Mode"].value]
        return ev

    def _labels(self) -> dict:
        G = self.current_graph
        return {n: str(G.nodes[n].get("name") or _name(self.analysis, n)) for n in G.nodes}

    def _set_signs(self, G: nx.Graph, node_of: dict | None = None) -> nx.Graph:
        """The signs an analyst set (``set_sign``) on ``G``'s edges; under a Sign filter an
        edge whose set sign is the other one is left out."""
        net = self.analysis.network
        want = {"cooperation": 1, "conflict": -1}.get(self.controls["Sign"].value)
        for u, v, d in list(G.edges(data=True)):
            cu, cv = (node_of.get(u), node_of.get(v)) if node_of is not None else (u, v)
            if not (cu and cv and net.has_edge(cu, cv)):
                continue
            e = net.edges[cu, cv]
            if e.get("corrected") != "set_sign":
                continue
            if want is not None and e["sign"] != want:
                G.remove_edge(u, v)
                G.remove_nodes_from([n for n in (u, v) if G.degree(n) == 0])
                continue
            d["computed_sign"] = d.get("sign")
            d["sign"], d["corrected"] = e["sign"], "set_sign"
        return G

    def _rebuild(self, *_):
        if self._quiet:
            return
        ev = self.filtered_events()
        countries = self._set_signs(country_graph(ev))
        blocs = balance_partition(countries).blocs
        if self.controls["Level"].value == "actor":
            ok = ev[(ev["source"].fillna("") != "") & (ev["target"].fillna("") != "")]
            node_of = {}
            for row in ok.itertuples(index=False):
                node_of.setdefault(row.source, row.source_country)
                node_of.setdefault(row.target, row.target_country)
                # a place is drawn as its country (actor_graph): the country is its own node
                node_of.setdefault(row.source_country, row.source_country)
                node_of.setdefault(row.target_country, row.target_country)
            G = self._set_signs(signed_graph(actor_graph(ok, self._actors)), node_of)
            side = {n: i for i, b in enumerate(blocs) for n in b}
            blocs = tuple(frozenset(a for a in G if side.get(node_of.get(a)) == i) for i in (0, 1))
        else:
            G = countries
        self.current_graph, self.current_blocs = G, blocs
        labels = self._labels()
        ends = [
            sorted((a, b), key=lambda n: (labels[n], n)) + [s] for a, b, s in G.edges(data="sign")
        ]
        marked = {(u, v) for u, v, m in G.edges(data="corrected") if m}
        options = sorted(
            (
                _edge_label(u, v, s, labels)
                + (" · corrected" if (u, v) in marked or (v, u) in marked else ""),
                (u, v),
            )
            for u, v, s in ends
        )
        edge = self.controls["Edge"]
        keep = edge.value if edge.value in [o[1] for o in options] else None
        self._busy = True
        try:
            edge.options = options
            edge.value = keep if keep is not None else (options[0][1] if options else None)
        finally:
            self._busy = False
        self._new_graph(labels)
        self._picked()

    def _new_graph(self, labels: dict) -> None:
        """Draw the filtered network in the interactive view (one view, redrawn in place:
        the browser keeps its cytoscape.js, only the elements travel)."""
        from .graph_widget import InteractiveNetwork

        c = self.controls
        title = (
            f"Interactive network, {c['Level'].value} level "
            f"(sign: {c['Sign'].value}, type: {c['Type'].value}, mode: {c['Mode'].value})"
        )
        if self.graph is None:
            self.graph = InteractiveNetwork(
                self.current_graph, self.current_blocs, labels=labels, title=title
            )
            self.graph.on_select(self._clicked)
            self.graph_box.children = (self.graph,)
        else:
            self.graph.set_graph(self.current_graph, self.current_blocs, labels=labels, title=title)

    def _clicked(self, item) -> None:
        """A node or an edge clicked in the interactive network: show its evidence."""
        kind, what = item
        if kind == "edge":
            match = [val for _, val in self.controls["Edge"].options if set(val) == set(what)]
            if not match:
                return
            if self.controls["Edge"].value != match[0]:
                self.controls["Edge"].value = match[0]  # redraws and fills the reader
            else:
                self._picked()
        elif what in self.current_graph:
            self.show_node(what)

    def show_node(self, node) -> None:
        """Fill the evidence reader with ``node``'s camp and the evidence of all its edges."""
        self.selection = ("node", node)
        side = {n: i for i, b in enumerate(self.current_blocs) for n in b}
        self.evidence.value = _node_evidence_html(
            self.analysis, self.current_graph, node, self._labels(), camp_name(side.get(node))
        )
        self.status.value = f"<small>{_esc(self.summary())}</small>"
        self._selected()

    def _picked(self, *_):
        if self._busy:
            return
        G, c = self.current_graph, self.controls
        edge = c["Edge"].value
        self.selection = ("edge", edge)
        title = (
            f"Alignment network, {c['Level'].value} level "
            f"(sign: {c['Sign'].value}, type: {c['Type'].value}, mode: {c['Mode'].value})"
        )
        self.current_figure = network_figure(
            G, self.current_blocs, title=title, highlight_edge=edge, labels=self._labels()
        )
        _show(self.figure, self.current_figure)
        self.evidence.value = _evidence_html(self.analysis, G, edge, self._labels())
        self.status.value = f"<small>{_esc(self.summary())}</small>"
        self._selected()

    @property
    def figure_png(self) -> bytes:
        """The PNG shown in the figure Output now."""
        return base64.b64decode(self.figure.outputs[0]["data"]["image/png"])

    def summary(self) -> str:
        G, c = self.current_graph, self.controls
        signs = [s for _, _, s in G.edges(data="sign")]
        kind, what = self.selection
        if kind == "node" and what in G:
            picked = f"node {self._labels()[what]}: {G.degree(what)} edges"
        else:
            label = c["Edge"].label or "none"
            n_ev = len(G.edges[c["Edge"].value].get("evidence", [])) if c["Edge"].value else 0
            picked = f"edge {label}: {n_ev} evidence"
        return (
            f"{c['Level'].value} level, sign={c['Sign'].value}, type={c['Type'].value}, "
            f"mode={c['Mode'].value}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
            f"({signs.count(1)} cooperation, {signs.count(-1)} conflict); {picked}"
        )


def network_explorer(analysis, corrections: bool = True) -> NetworkExplorer:
    """The interactive alignment network of ``analysis`` with its corrections panel (see
    :class:`NetworkExplorer`)."""
    return NetworkExplorer(analysis, corrections)


# ------------------------------------------------------------------------------ statements


class StatementExplorer(_Summarized, W.VBox):
    """Statements filtered by speaker and stance, each in its sentence, and the stance matrix.

    Attributes: ``controls`` (``Speaker``, ``Stance``), ``statements`` (HTML widget, class
    ``alignkit-statements``), ``figure`` (Output, class ``alignkit-figure``),
    ``current_statements`` (DataFrame shown), ``current_figure``, ``corrections``
    (:class:`~alignkit.notebook.correction_panel.CorrectionPanel` fed by the statements shown, or
    None with ``corrections=False``).
    """

    def __init__(self, analysis, corrections: bool = True):
        self.analysis = analysis
        st = analysis.statements
        self.controls = {
            "Speaker": W.Dropdown(description="Speaker", options=self._speakers()),
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
        self._quiet = False
        for c in self.controls.values():
            c.observe(self._update, names="value")
        self._update()
        self.corrections = None
        if corrections:
            from .correction_panel import CorrectionPanel

            self.corrections = CorrectionPanel(analysis, self, "statements")
            self.corrections.on_change(self.set_analysis)
        super().__init__(
            [
                W.HBox([self.controls["Speaker"], self.controls["Stance"]]),
                self.status,
                self.statements,
                *([self.corrections] if self.corrections is not None else []),
                self.figure,
            ]
        )
        self.add_class("alignkit-statement-explorer")

    def _speakers(self) -> list:
        an = self.analysis
        return [("all", "all"), *sorted({(_name(an, s), s) for s in an.statements["speaker"]})]

    def set_analysis(self, analysis) -> None:
        """Show ``analysis`` (e.g. corrected), keeping the filters when they still apply."""
        self.analysis = analysis
        w = self.controls["Speaker"]
        opts = self._speakers()
        keep = w.value if w.value in [v for _, v in opts] else "all"
        self._quiet = True
        try:
            w.options = opts
            w.value = keep
        finally:
            self._quiet = False
        self._update()
        panel = getattr(self, "corrections", None)
        if panel is not None and panel.analysis is not analysis:
            panel.refresh(analysis)

    def filtered_statements(self) -> pd.DataFrame:
        st, c = self.analysis.statements, self.controls
        if c["Speaker"].value != "all":
            st = st[st["speaker"] == c["Speaker"].value]
        if c["Stance"].value != "all":
            st = st[st["stance"] == c["Stance"].value]
        return st

    def _update(self, *_):
        if self._quiet:
            return
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


def statement_explorer(analysis, corrections: bool = True) -> StatementExplorer:
    """The interactive statements of ``analysis`` with its corrections panel (see
    :class:`StatementExplorer`)."""
    return StatementExplorer(analysis, corrections)


# ------------------------------------------------------------------------------ your article

#: What the article box says when an article has no publication date (it is never guessed).
NO_DATE = "no publication date: roles and relative dates are left open"
#: Most texts analyzed at once (uploaded, listed or in a folder).
MAX_TEXTS = 40


def views(analysis) -> list:
    """The static views of an article the workbench's *The article* tab shows, in order: the
    text with its mentions marked, the actors, the actor chart, the timeline. The network and
    the statements are not repeated here: the workbench's explorers show them."""
    cols = ["name", "type", "role", "country", "wikidata", "mentions", "camp"]
    return [
        article_view(analysis),
        table(analysis, analysis.actors[cols], caption="Actors"),
        actor_chart(analysis),
        timeline_figure(analysis),
    ]


def _date_note(analysis) -> str:
    art = analysis.article
    if art.publication_date is None:
        return NO_DATE
    return f"publication date {art.publication_date} ({art.date_status or 'given'})"


class Workbench(W.VBox):
    """One analysis as the analyst's workbench: the interactive network with its evidence
    reader, the statement explorer with the stance matrix, the download links.

    One screen at a time: the parts are the tabs of ``tabs`` (class ``alignkit-workbench-tabs``)
    — *Network and evidence*, *Statements*, *The article* (when ``article`` is given, e.g. the
    Output of :func:`views`), *Downloads* — so the network is drawn once and the page stays
    short.

    Attributes: ``network`` (:class:`NetworkExplorer`), ``statements``
    (:class:`StatementExplorer`), ``downloads`` (:class:`alignkit.notebook.downloads.Downloads`),
    ``tabs`` (Tab).
    """

    #: The tabs' titles, in order (*The article* only with an ``article`` widget).
    TITLES = ("Network and evidence", "Statements", "The article", "Downloads")

    def __init__(self, analysis, article=None):
        from .downloads import links

        self.analysis = analysis
        self.network = NetworkExplorer(analysis)
        self.statements = StatementExplorer(analysis)
        # a correction made in one explorer's panel redraws the other one too
        self.network.corrections.on_change(self._corrected)
        self.statements.corrections.on_change(self._corrected)
        self.downloads = links(analysis)
        head = W.HTML(
            f"<h3>{_esc(article_title(analysis.article))}</h3><p>{_esc(_date_note(analysis))}</p>"
        )
        parts = [self.network, self.statements, *([article] if article is not None else [])]
        titles = [t for t in self.TITLES if article is not None or t != "The article"]
        self.tabs = W.Tab(children=[*parts, self.downloads], titles=titles)
        self.tabs.add_class("alignkit-workbench-tabs")
        super().__init__([head, self.tabs])
        self.add_class("alignkit-workbench")

    def _corrected(self, analysis) -> None:
        from .downloads import links

        self.analysis = analysis
        for explorer in (self.network, self.statements):
            if explorer.analysis is not analysis:
                explorer.set_analysis(analysis)
        # the downloads are the corrected analysis's (a rejected edge is in no file)
        self.downloads.follow(links(analysis))

    def __repr__(self) -> str:
        return f"Workbench({self.analysis.article.id})"


def workbench(analysis) -> Workbench:
    """The interactive network, evidence reader, statements and downloads of ``analysis``."""
    return Workbench(analysis)


def _kept(text: str, date, name: str = "", cb=None, aid=None):
    """The analysis of a pasted or uploaded ``text``, read from its file in the workspace
    (:func:`alignkit.notebook.workspace.keep_text`), so its corrections are kept beside it;
    ``cb``: the codebook to read with, ``aid``: the article's id (an upload's, unique)."""
    from .workspace import keep_text

    article = load_article(keep_text(text, name=name), publication_date=date)
    if name:  # an uploaded file is called by its name
        article.id = aid or file_id(name)
    return _analyze(article, cb)


class ArticleInput(_Summarized, W.VBox):
    """Paste, upload or list articles, press Analyze, get the workbench and the views.

    Tabs (``source``): *Paste* (``text``), *Upload* (``upload``, several ``.txt`` files at
    once; pasted and uploaded texts are kept in the workspace folder,
    :mod:`alignkit.notebook.workspace`, so their corrections last), *Path* (``path``: a
    file, or a folder whose ``.txt`` files are all read), *Sample corpus* (``listed``: the
    texts of ``data/corpus/`` to pick from). ``date`` (Text) starts empty: an article without
    a printed date and none given is said to have none
    (:data:`NO_DATE`), never given a guessed one. After :meth:`run`: ``analyses`` (every text
    read), ``analysis`` (the one shown, chosen with the ``article`` Dropdown when there are
    several), ``workbench`` (:class:`Workbench` of it), ``output`` (Output of its
    :func:`views`), ``message`` (HTML, class ``alignkit-message``), ``error`` (every text that
    could not be read, or "").
    ``codebook`` (Text) names the folder of a user codebook (optional; or pass a
    :class:`~alignkit.reading.codebook.Codebook` as ``codebook=``): every text is read with it.
    """

    def __init__(self, text: str = "", path: str = "", publication_date: str = "", codebook=None):
        from ..evaluation.devset import sample_corpus

        self.text = W.Textarea(value=text, placeholder="Paste an article here",
                               layout=W.Layout(width="95%", height="160px"))  # fmt: skip
        self.upload = W.FileUpload(accept=".txt,text/plain", multiple=True)
        self.path = W.Text(value=path, placeholder="path/to/article.txt or path/to/folder/",
                           layout=W.Layout(width="95%"))  # fmt: skip
        corpus = sample_corpus()
        files = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
        self.listed = W.SelectMultiple(
            options=[(f.stem, str(f)) for f in files], rows=min(10, max(2, len(files))),
            description="Texts", layout=W.Layout(width="95%"),
        )  # fmt: skip
        self.date = W.Text(value=publication_date, description="Date",
                           placeholder="YYYY-MM-DD (optional)")  # fmt: skip
        self._codebook = None if isinstance(codebook, (str, os.PathLike)) else codebook
        folder = os.fspath(codebook) if isinstance(codebook, (str, os.PathLike)) else ""
        self.codebook = W.Text(value=folder, description="Codebook",
                               placeholder="folder of a user codebook (optional)")  # fmt: skip
        self.source = W.Tab(children=[self.text, self.upload, self.path, self.listed])
        for i, t in enumerate(("Paste", "Upload", "Path", "Sample corpus")):
            self.source.set_title(i, t)
        self.source.selected_index = 2 if path and not text else 0
        self.button = W.Button(description="Analyze", button_style="primary", icon="search")
        self.message = W.HTML()
        self.message.add_class("alignkit-message")
        self.article = W.Dropdown(description="Article", options=[])
        self.article.layout.display = "none"
        self.workbench_box = W.VBox()
        self.output = W.Output()
        self.output.add_class("alignkit-views")
        self.analyses: list = []
        self.analysis = None
        self.workbench: Workbench | None = None
        self.error = ""
        self._filling = False
        self._note = ""
        super().__init__(
            [
                self.source,
                W.HBox([self.date, self.codebook, self.button]),
                self.message,
                self.article,
                self.workbench_box,
            ]
        )
        self.add_class("alignkit-article-input")
        self.button.on_click(lambda _: self.run())
        self.article.observe(lambda _: self._show_selected(), names="value")

    # -- reading -------------------------------------------------------------------------
    def _texts(self) -> list:
        """``(label, thunk)`` per text of the selected input; a thunk returns an Analysis."""
        date = self.date.value.strip() or None
        folder = self.codebook.value.strip()
        cb = load_codebook(extra=folder) if folder else self._codebook

        def analyze(art):
            return _analyze(art, cb)

        which = self.source.selected_index or 0
        if which == 1:
            files = list(self.upload.value)
            if not files:
                raise ArticleError(None, "no file uploaded")
            taken: set[str] = set()  # names that give one slug get -2, -3... (unique_id)
            ids = [unique_id(file_id(f["name"]), taken) for f in files]
            return [(f["name"], lambda f=f, aid=aid: self._uploaded(f, date, cb, aid))
                    for f, aid in zip(files, ids, strict=True)]  # fmt: skip
        if which == 2:
            where = self.path.value.strip()
            if not where:
                raise ArticleError(None, "no path given")
            p = Path(where)
            if p.is_dir():
                found = sorted(p.glob("*.txt"))
                if not found:
                    raise ArticleError(where, "no .txt file in this folder")
                return [(str(f), lambda f=f: analyze(load_article(f, publication_date=date)))
                        for f in found]  # fmt: skip
            return [(where, lambda: analyze(load_article(where, publication_date=date)))]
        if which == 3:
            if not self.listed.value:
                raise ArticleError(None, "no text picked in the list")
            return [(f, lambda f=f: analyze(load_article(f, publication_date=date)))
                    for f in self.listed.value]  # fmt: skip
        if not self.text.value.strip():
            raise ArticleError(None, "nothing pasted")
        return [("pasted text", lambda: _kept(self.text.value, date, cb=cb))]

    @staticmethod
    def _uploaded(f, date, cb=None, aid=None):
        try:
            text = bytes(f["content"]).decode("utf-8")
        except UnicodeDecodeError as err:
            raise ArticleError(f["name"], f"not UTF-8 text ({err.reason})") from None
        return _kept(text, date, name=f["name"], cb=cb, aid=aid)

    def run(self):
        """Analyze the selected input; show the first text's workbench and views, and every
        text that could not be read as a message (not a traceback)."""
        self.analyses, self.analysis, self.workbench, self.error = [], None, None, ""
        errors = []
        try:
            texts = self._texts()
        except (ArticleError, CodebookError, ValueError, OSError) as err:
            texts, errors = [], [str(err)]
        if len(texts) > MAX_TEXTS:
            errors.append(f"{len(texts)} texts given: the first {MAX_TEXTS} are read")
            texts = texts[:MAX_TEXTS]
        for _, read in texts:
            try:
                self.analyses.append(read())
            except (ArticleError, CodebookError, ValueError, OSError) as err:
                errors.append(str(err))
        self.error = "; ".join(errors)
        what = "this article" if len(errors) == 1 and not self.analyses else "some texts"
        note = (
            f'<div class="alignkit-error">Cannot analyze {what}: {_esc(self.error)}</div>'
            if errors
            else ""
        )
        if not self.analyses:
            self.message.value = f"{_CSS}{note}"
            self.article.layout.display = "none"
            self.workbench_box.children = ()
            self.output.outputs = ()
            return None
        options = [(article_title(an.article), i) for i, an in enumerate(self.analyses)]
        self._filling = True
        try:
            self.article.options = options
            self.article.value = 0
        finally:
            self._filling = False
        self.article.layout.display = None if len(options) > 1 else "none"
        self._note = note
        self._show_selected()
        return self.analysis

    def _show_selected(self) -> None:
        if self._filling or not self.analyses or self.article.value is None:
            return
        self.analysis = self.analyses[self.article.value]
        old = self.workbench
        _show(self.output, *views(self.analysis))
        self.workbench = Workbench(self.analysis, article=self.output)
        self.workbench_box.children = (self.workbench,)
        if old is not None:
            old.close()
        self.message.value = f"{_CSS}<div>{_esc(self.summary())}</div>{self._note}"

    def summary(self) -> str:
        if self.analysis is None:
            return f"error: {self.error}" if self.error else "nothing analyzed yet"
        an = self.analysis
        many = f"{len(self.analyses)} texts read; shown: " if len(self.analyses) > 1 else ""
        return (
            f"{many}{article_title(an.article)}: {len(an.article.sentences)} sentences, "
            f"{len(an.actors)} actors, {len(an.statements)} statements, {len(an.events)} events, "
            f"{an.network.number_of_edges()} network edges; {_date_note(an)}"
        )

    def __repr__(self) -> str:
        an = self.analysis
        if an is None:
            return f"ArticleInput({self.summary()})"
        many = f"{len(self.analyses)} texts, shown " if len(self.analyses) > 1 else ""
        date = "no publication date" if an.article.publication_date is None else "dated"
        return (
            f"ArticleInput({many}{an.article.id}, {date}: {len(an.statements)} statements, "
            f"{len(an.events)} events, {an.network.number_of_edges()} edges)"
        )


def article_input(text: str = "", *, path: str = "", publication_date: str = "",
                  run: bool = False, codebook=None) -> ArticleInput:  # fmt: skip
    """A paste / upload / path / sample-corpus box with an Analyze button (see
    :class:`ArticleInput`). With ``run=True`` the given text (or path) is analyzed at once;
    ``codebook``: a Codebook or the folder of a user codebook to read every text with.
    """
    box = ArticleInput(text, path, publication_date, codebook)
    if run:
        box.run()
    return box


class TableExplorer(W.VBox):
    """A long table to search and sort: a search box, a sort column and its order.

    Rows are kept when any of their cells contains the search text (case ignored); the
    table is drawn by :func:`alignkit.notebook.views.table` (names for ids, full text, escaped).

    Examples
    --------
    >>> import alignkit
    >>> an = alignkit.analyze(alignkit.SEED)
    >>> box = TableExplorer(an, an.actors[["actor", "name", "type", "mentions"]])
    >>> box.controls["Search"].value = "person"
    >>> box.controls["Sort by"].value = "mentions"
    >>> box.controls["Order"].value = "descending"
    >>> box.current["name"].tolist()[:2]
    ['Vladimir Putin', 'Donald Trump']
    >>> box
    TableExplorer(10 of 23 rows)
    """

    def __init__(self, analysis, df: pd.DataFrame, *, caption: str = ""):
        self.analysis, self.frame, self.caption = analysis, df.reset_index(drop=True), caption
        self.controls = {
            "Search": W.Text(description="Search", placeholder="any cell contains ..."),
            "Sort by": W.Dropdown(description="Sort by", options=["(as listed)", *df.columns]),
            "Order": W.ToggleButtons(options=["ascending", "descending"]),
        }
        self.output = W.HTML()
        self.output.add_class("alignkit-table-explorer")
        for c in self.controls.values():
            c.observe(lambda _: self._update(), names="value")
        super().__init__([W.HBox(list(self.controls.values())), self.output])
        self._update()

    def _update(self) -> None:
        needle = self.controls["Search"].value.strip().lower()
        if needle:
            # search what the reader sees: names, not ids
            cells = readable(self.analysis, self.frame).astype(str)
            hit = cells.apply(lambda c: c.str.lower().str.contains(needle, regex=False))
            order = self.frame[hit.any(axis=1).to_numpy()]
        else:
            order = self.frame
        col = self.controls["Sort by"].value
        if col in self.frame.columns:
            key = order[col].map(lambda v: (v is None, v if not isinstance(v, list) else str(v)))
            idx = sorted(
                range(len(order)),
                key=lambda k: key.iloc[k],
                reverse=self.controls["Order"].value == "descending",
            )
            order = order.iloc[idx]
        self.current = order.reset_index(drop=True)
        caption = f"{self.caption} ({len(self.current)} of {len(self.frame)} rows)".strip()
        self.output.value = str(table(self.analysis, self.current, caption=caption))

    def __repr__(self) -> str:
        return f"TableExplorer({len(self.current)} of {len(self.frame)} rows)"


def table_explorer(analysis, df: pd.DataFrame, *, caption: str = "") -> TableExplorer:
    """``df`` as a table to search and sort (see :class:`TableExplorer`)."""
    return TableExplorer(analysis, df, caption=caption)
