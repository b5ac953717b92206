"""The corrections panel of the explorers: reject, re-sign, re-stance, add an alias; kept.

A :class:`CorrectionPanel` sits under the network explorer and the statement explorer. The
analyst picks what to correct (``Correct``: reject an edge, set its sign, reject an event, a
statement, an actor link, set a stance, add an alias), the item (``Item``: fed from the
explorer's selection, e.g. the edge picked in its *Edge* list or clicked in the interactive
network), a value where one is needed (``Value``: a sign or a stance; ``Form`` and ``Actor``
for an alias), optional ``Who`` and ``Why``, and presses **Apply**.

Apply adds the entry (:func:`alignkit.corrections.correction_for`), writes
``<stem>.corrections.json`` beside the article when the analysis has an article file (for
pasted text the corrections stay in memory, and the panel says so), analyzes the article
again (:func:`alignkit.reanalyze`) and hands the corrected analysis to its
listeners (the explorer redraws: the edge goes or changes sign, the camps follow). The
article's corrections are listed with a **Remove** button each; the camps of the country
network are shown after every change. Article text shown here is HTML-escaped
(:func:`alignkit.notebook.render.escape`, ``$`` included).

Examples
--------
>>> import alignkit
>>> an = alignkit.analyze_text("Russia signed a treaty with Iran. Russia condemned China.")
>>> panel = CorrectionPanel(an)
>>> panel.controls["Correct"].value = "reject_edge"
>>> panel.controls["Item"].value = ("CHN", "RUS")
>>> new = panel.apply()
>>> sorted(new.network.edges()), panel.path is None, len(panel.corrections)
([('IRN', 'RUS')], True, 1)
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as W
import numpy as np

from ..analysis.pipeline import reanalyze
from ..corrections import (
    Corrections,
    CorrectionsError,
    correction_for,
    corrections_path,
    save_corrections,
)
from .render import _name
from .views import _CSS, CAMP_NAMES, _box, _edge_label, _esc

__all__ = ["KIND_LABELS", "CorrectionPanel", "correction_panel", "describe_correction"]

#: The kinds of correction the panel offers, with their labels, by explorer.
KIND_LABELS = {
    "reject_edge": "reject this edge",
    "set_sign": "set the sign of this edge",
    "reject_event": "reject this event",
    "reject_statement": "reject this statement",
    "set_stance": "set the stance of this statement",
    "reject_actor": "reject this actor link",
    "add_alias": "add a missing actor alias",
}
_KINDS = {
    "network": ("reject_edge", "set_sign", "reject_event", "reject_actor", "add_alias"),
    "statements": ("reject_statement", "set_stance", "reject_actor", "add_alias"),
    "all": tuple(KIND_LABELS),
}
_TABLE = {
    "reject_edge": "network",
    "set_sign": "network",
    "reject_event": "events",
    "reject_statement": "statements",
    "set_stance": "statements",
    "reject_actor": "actors",
    "add_alias": "text",
}
_CORRECTION_CSS = (
    "<style>.alignkit-corrected{background:#FFE8CC;color:#5A3000;border-radius:3px;"
    "padding:0 4px;font-size:85%;margin-left:4px}"
    ".alignkit-correction-message{margin:.3em 0}"
    ".alignkit-correction-list .alignkit-correction{font-size:90%}</style>"
)


def _short(text, n: int = 70) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _sentence(analysis, offset) -> str:
    """The sentence of the article at ``offset``, shortened, in quotes ("" if none)."""
    ok = isinstance(offset, (int, np.integer)) and not isinstance(offset, bool)
    s = analysis.article.sentence_at(int(offset)) if ok else None
    return f" in “{_short(s.text, 90)}”" if s is not None else ""


_SIGN_WORDS = {"+": "cooperation (+)", "-": "conflict (−)"}


def describe_correction(analysis, entry) -> str:
    """One correction in a reader's words: names, not ids; the sentence, not offsets.

    Examples
    --------
    >>> import alignkit
    >>> from alignkit.corrections import Correction
    >>> an = alignkit.analyze_text("Russia signed a treaty with Iran. Russia condemned China.")
    >>> describe_correction(an, Correction("set_sign", {"source": "CHN", "target": "RUS"}, "+"))
    'set the edge China — Russia to cooperation (+)'
    >>> e = an.events.iloc[0]
    >>> describe_correction(an, Correction("reject_event", {"source": e.source,
    ...     "target": e.target, "type": e.type, "start": int(e.start), "end": int(e.end)}))
    'reject the event Russia → Iran AGREE in “Russia signed a treaty with Iran.”'
    """
    k, key, value = entry.kind, entry.key, entry.value

    def name(x):
        return _name(analysis, x)

    if k in ("reject_edge", "set_sign"):
        pair = f"{name(key['source'])} — {name(key['target'])}"
        if k == "reject_edge":
            return f"reject the edge {pair}"
        return f"set the edge {pair} to {_SIGN_WORDS.get(value, value)}"
    if k == "reject_event":
        what = f"{name(key['source'])} → {name(key['target'])} {key['type']}"
        return f"reject the event {what}{_sentence(analysis, key.get('start'))}"
    if k in ("reject_statement", "set_stance"):
        said = f"{name(key['speaker'])}’s statement{_sentence(analysis, key.get('cue_start'))}"
        return f"reject {said}" if k == "reject_statement" else f"set {said} to {value}"
    if k == "reject_actor":
        return f"reject the link to {name(key['actor'])}"
    if k == "add_alias":
        return f"read “{key['alias']}” as {name(value)}"
    return f"{k}: {entry.describe()}"


class CorrectionPanel(W.VBox):
    """Corrections of one analysis, made from an explorer (see the module docstring).

    Attributes
    ----------
    analysis : the analysis the panel corrects now (replaced after every change)
    corrections : alignkit.corrections.Corrections
        The article's corrections (the file beside it, or in memory for pasted text).
    path : pathlib.Path or None
        Where Apply and Remove write them (None: pasted text, kept in memory).
    controls : dict
        ``Correct`` (kind), ``Item``, ``Value`` (sign or stance), ``Form`` and ``Actor``
        (alias), ``Who``, ``Why`` and the ``Apply`` button.
    message : HTML (class ``alignkit-correction-message``); ``camps`` : HTML (class
    ``alignkit-camps``); ``listing`` : VBox (class ``alignkit-correction-list``) of one row
    per correction; ``remove_buttons`` : their Remove buttons, in the same order.
    """

    def __init__(self, analysis, explorer=None, context: str = "all"):
        self.analysis = analysis
        self.explorer = explorer
        self.context = context
        self._listeners: list[Callable] = []
        self._filling = False
        kinds = _KINDS.get(context, _KINDS["all"])
        wide = W.Layout(width="520px")
        self.controls = {
            "Correct": W.Dropdown(
                description="Correct",
                options=[(KIND_LABELS[k], k) for k in kinds],
                layout=wide,
            ),
            "Item": W.Dropdown(description="Item", options=[], layout=wide),
            "Value": W.Dropdown(description="Value", options=[]),
            "Form": W.Text(description="Form", placeholder="the name as written in the text"),
            "Actor": W.Combobox(
                description="Actor", placeholder="actor id, e.g. RUS", ensure_option=False
            ),
            "Who": W.Text(description="Who", placeholder="optional"),
            "Why": W.Text(description="Why", placeholder="optional", layout=wide),
            "Apply": W.Button(description="Apply", button_style="warning", icon="check"),
        }
        c = self.controls
        self.message = W.HTML()
        self.message.add_class("alignkit-correction-message")
        self.camps = W.HTML()
        self.camps.add_class("alignkit-camps")
        self.listing = W.VBox()
        self.listing.add_class("alignkit-correction-list")
        self.remove_buttons: list[W.Button] = []
        super().__init__(
            [
                W.HTML(f"{_CORRECTION_CSS}<h4>Corrections</h4>"),
                c["Correct"],
                c["Item"],
                W.HBox([c["Value"], c["Form"], c["Actor"]]),
                W.HBox([c["Who"], c["Why"]]),
                c["Apply"],
                self.message,
                self.camps,
                self.listing,
            ]
        )
        self.add_class("alignkit-corrections")
        c["Correct"].observe(lambda _: self._kind_changed(), names="value")
        c["Item"].observe(lambda _: self._default_value(), names="value")
        c["Apply"].on_click(lambda _: self.apply())
        if explorer is not None:
            for name in ("Speaker", "Stance"):
                if name in getattr(explorer, "controls", {}):
                    explorer.controls[name].observe(lambda _: self._follow(), names="value")
            graph_hook = getattr(explorer, "on_selection", None)
            if callable(graph_hook):
                graph_hook(self._follow)
        self._load_corrections()
        self.refresh(analysis)

    # -- the article's corrections ----------------------------------------------------
    def _load_corrections(self) -> None:
        an = self.analysis
        art = an.article
        self.path = corrections_path(art) if getattr(art, "from_file", False) else None
        fixes = getattr(an, "corrections", None)
        if isinstance(fixes, Corrections):
            self.corrections = fixes.copy()
            self.corrections.path = fixes.path or self.path
        elif self.path is not None:
            self.corrections = Corrections.load(self.path)
        else:
            self.corrections = Corrections()

    @property
    def where(self) -> str:
        """Where the corrections are kept, in words."""
        if self.path is None:
            return "kept in memory only: this text has no file (they go when the kernel stops)"
        from .workspace import workspace

        if self.path.parent.resolve() == workspace().resolve():
            return f"saved in the workspace, {self.path}"
        return f"saved in {self.path}"

    # -- listeners --------------------------------------------------------------------
    def on_change(self, callback: Callable) -> None:
        """Call ``callback(analysis)`` with the corrected analysis after Apply and Remove."""
        self._listeners.append(callback)

    def refresh(self, analysis) -> None:
        """Show ``analysis`` (corrected elsewhere, e.g. by the other explorer's panel)."""
        self.analysis = analysis
        fixes = getattr(analysis, "corrections", None)
        if isinstance(fixes, Corrections):
            self.corrections = fixes.copy()
            self.corrections.path = self.path
        actors = analysis.codebook.actors if hasattr(analysis, "codebook") else {}
        self.controls["Actor"].options = sorted(map(str, actors))
        self._kind_changed()
        self._show_camps()
        self._show_list()

    # -- items ------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.controls["Correct"].value

    def _selected_edge(self):
        """The explorer's selected edge as a pair of the country network, or None."""
        ex, G = self.explorer, self.analysis.network
        if ex is None:
            return None
        kind, what = getattr(ex, "selection", ("edge", None))
        if kind != "edge" or not what:
            return None
        u, v = what
        if G.has_edge(u, v):
            return (u, v)
        acts = self.analysis.actors
        country = dict(zip(acts["actor"], acts["country"], strict=True))
        cu, cv = country.get(u) or u, country.get(v) or v
        return (cu, cv) if G.has_edge(cu, cv) else None

    def _items(self) -> list:
        an, kind = self.analysis, self.kind
        names = {n: _name(an, n) for n in an.network.nodes}
        if kind in ("reject_edge", "set_sign"):
            G = an.network
            out = []
            for u, v, d in G.edges(data=True):
                a, b = sorted((u, v), key=lambda n: (names[n], n))
                label = _edge_label(a, b, d["sign"], names)
                if d.get("corrected"):
                    label += " · corrected"
                out.append((label, (a, b)))
            return sorted(out)
        if kind == "reject_event":
            ev = an.events
            edge = self._selected_edge()
            if edge is not None:
                pair = set(edge)
                keep = [
                    {a, b} == pair
                    for a, b in zip(ev["source_country"], ev["target_country"], strict=True)
                ]
                if any(keep):
                    ev = ev[keep]
            return [
                (
                    f"{_name(an, r.source)} → {_name(an, r.target)} · {r.type} · "
                    f"“{_short(r.trigger, 30)}” (chars {r.start}–{r.end})",
                    i,
                )
                for i, r in zip(ev.index, ev.itertuples(index=False), strict=True)
            ]
        if kind in ("reject_statement", "set_stance"):
            st = getattr(self.explorer, "current_statements", None)
            if st is None:
                st = an.statements
            return [
                (
                    f"{_name(an, r.speaker)} · {r.cue} “{_short(r.content, 50)}” · {r.stance}",
                    i,
                )
                for i, r in zip(st.index, st.itertuples(index=False), strict=True)
            ]
        if kind == "reject_actor":
            acts = an.actors
            return [
                (f"{r.name} ({r.type}, {r.actor})", i)
                for i, r in zip(acts.index, acts.itertuples(index=False), strict=True)
            ]
        return []

    def _refill_items(self) -> None:
        """Offer the items of the current kind, keeping the picked one when it is still there."""
        c = self.controls
        self._filling = True
        try:
            items = self._items()
            old = c["Item"].value
            c["Item"].options = items
            values = [v for _, v in items]
            c["Item"].value = old if old in values else (values[0] if values else None)
        finally:
            self._filling = False

    def _kind_changed(self) -> None:
        c, kind = self.controls, self.kind
        self._refill_items()
        alias = kind == "add_alias"
        c["Item"].layout.display = "none" if alias else None
        c["Form"].layout.display = None if alias else "none"
        c["Actor"].layout.display = None if alias else "none"
        c["Value"].layout.display = None if kind in ("set_sign", "set_stance") else "none"
        self._follow()

    def _follow(self, *_) -> None:
        """Point ``Item`` at the explorer's selection (the picked edge, a shown statement)."""
        if self._filling:
            return
        c, kind = self.controls, self.kind
        if kind == "reject_event" or kind in ("reject_statement", "set_stance"):
            self._refill_items()
        elif kind in ("reject_edge", "set_sign"):
            edge = self._selected_edge()
            for _, pair in c["Item"].options:
                if edge is not None and set(pair) == set(edge):
                    c["Item"].value = pair
                    break
        self._default_value()

    def _default_value(self) -> None:
        c, kind, an = self.controls, self.kind, self.analysis
        item = c["Item"].value
        if kind == "set_sign":
            c["Value"].options = [("+ (cooperation)", "+"), ("- (conflict)", "-")]
            if item is not None and an.network.has_edge(*item):
                c["Value"].value = "-" if an.network.edges[item]["sign"] > 0 else "+"
        elif kind == "set_stance":
            c["Value"].options = ["positive", "negative", "neutral"]
            if item is not None and item in an.statements.index:
                now = an.statements.loc[item, "stance"]
                c["Value"].value = next(s for s in c["Value"].options if s != now)
        else:
            c["Value"].options = []

    # -- applying -----------------------------------------------------------------------
    def entry(self):
        """The correction the controls describe now (raises CorrectionsError, KeyError or
        ValueError naming the problem)."""
        c, kind, an = self.controls, self.kind, self.analysis
        meta = {"who": c["Who"].value.strip(), "why": c["Why"].value.strip()}
        if kind == "add_alias":
            form, actor = c["Form"].value.strip(), c["Actor"].value.strip()
            if not form:
                raise ValueError("type the form (the name as written in the text)")
            if not actor:
                raise ValueError("give the actor id the form names")
            text = an.article.text
            at = text.find(form)
            if at < 0:
                at = text.lower().find(form.lower())
            if at < 0:
                raise ValueError(f"“{form}” does not occur in the text")
            return correction_for(an, "text", (at, at + len(form)), kind, actor, **meta)
        item = c["Item"].value
        if item is None:
            raise ValueError("nothing to pick: no item of this kind in the analysis")
        value = c["Value"].value if kind in ("set_sign", "set_stance") else None
        return correction_for(an, _TABLE[kind], item, kind, value, **meta)

    def apply(self):
        """Add the correction the controls describe, save, re-analyze, redraw; returns the
        corrected analysis (None, and a message, when the correction cannot be made)."""
        try:
            entry = self.entry()
        except (CorrectionsError, KeyError, ValueError) as err:
            self._say(f"Cannot make this correction: {err}", error=True)
            return None
        fixes = self.corrections.copy()
        fixes.path = self.path
        fixes.add(entry)
        return self._commit(fixes, f"{entry.kind} {entry.describe()}")

    def remove(self, index: int):
        """Take the ``index``-th correction out (its Remove button), save, re-analyze."""
        fixes = self.corrections.copy()
        fixes.path = self.path
        entry = fixes.entries[index]
        fixes.remove(entry)
        return self._commit(fixes, f"removed {entry.kind}")

    def _commit(self, fixes: Corrections, what: str):
        try:
            if self.path is not None:
                save_corrections(self.path, fixes)
            new = reanalyze(self.analysis, fixes)
        except (CorrectionsError, OSError) as err:
            self._say(f"Cannot save the corrections: {err}", error=True)
            return None
        self.corrections = fixes
        self.refresh(new)
        for callback in self._listeners:
            callback(new)
        stale = getattr(new, "stale_corrections", [])
        note = f"; {len(stale)} match nothing now (kept, listed below)" if stale else ""
        n = len(fixes)
        self._say(f"{what}: {n} correction{'s' * (n != 1)}, {self.where}{note}")
        return new

    # -- showing ------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        cls = ' class="alignkit-error"' if error else ""
        self.message.value = f"{_CSS}<div{cls}>{_esc(text)}</div>"

    def _show_camps(self) -> None:
        an = self.analysis
        parts = []
        for i, bloc in enumerate(an.blocs):
            names = ", ".join(sorted(_name(an, n) for n in bloc)) or "nobody"
            parts.append(f"<b>{_esc(CAMP_NAMES[i])}</b>: {_esc(names)}")
        frustration = f"frustration {getattr(an, 'frustration', 0)}"
        self.camps.value = _box(" · ".join([*parts, _esc(frustration)]), "alignkit-camps-line")

    def _show_list(self) -> None:
        an = self.analysis
        status = getattr(an, "correction_status", None)
        rows, self.remove_buttons = [], []
        for i, e in enumerate(self.corrections):
            state = ""
            if status is not None and i < len(status):
                r = status.iloc[i]
                state = f" · {r['status']}" + (f" ({r['note']})" if r["note"] else "")
            meta = " · ".join(x for x in (e.who, e.why) if x)
            text = f"{describe_correction(an, e)}{state}" + (f" · {meta}" if meta else "")
            label = W.HTML(f'<span class="alignkit-correction">{_esc(text)}</span>')
            button = W.Button(description="Remove", icon="trash", layout=W.Layout(width="90px"))
            button.on_click(lambda _, i=i: self.remove(i))
            self.remove_buttons.append(button)
            rows.append(W.HBox([button, label]))
        where = _esc(self.where)
        head = (
            f"<div><b>{len(rows)} correction{'s' * (len(rows) != 1)}</b> ({where})</div>"
            if rows
            else f"<div>No correction yet ({where}).</div>"
        )
        self.listing.children = (W.HTML(head + _set_aside(an)), *rows)

    def summary(self) -> str:
        return f"{len(self.corrections)} corrections, {self.where}"

    def __repr__(self) -> str:
        return f"CorrectionPanel({self.summary()})"


def _set_aside(analysis, most: int = 6) -> str:
    """What the corrections took out of the analysis, in words (the first ``most``)."""
    rejected = getattr(analysis, "rejected", None)
    if rejected is None or not len(rejected):
        return ""
    singular = {"statements": "a statement", "events": "an event", "mentions": "a mention",
                "milestones": "a milestone"}  # fmt: skip
    items = [
        f"{singular.get(r.table, r.table)}{_sentence(analysis, r.start) or ': ' + _short(r.item)}"
        for r in rejected.head(most).itertuples()
    ]
    more = f"<li>… and {len(rejected) - most} more</li>" if len(rejected) > most else ""
    lis = "".join(f"<li>{_esc(x)}</li>" for x in items)
    n = len(rejected)
    return f"<div>Set aside by these corrections ({n}):<ul>{lis}{more}</ul></div>"


def correction_panel(analysis, explorer=None, context: str = "all") -> CorrectionPanel:
    """A :class:`CorrectionPanel` for ``analysis`` (fed by ``explorer``'s selection)."""
    return CorrectionPanel(analysis, explorer, context)
