"""render: escaped, MathJax-safe, readable HTML of article text.

MathJax (JupyterLab 4 typesets every HTML output with it) works on the text runs of the
parsed DOM, never joining text across an element boundary. ``math_runs`` emulates that
split, so a test can check that no run holds a pair of ``$`` (or a ``\\(`` / ``\\[``): then
nothing is typeset whatever MathJax's configuration, ignore classes or not.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

import alignkit
from alignkit.notebook import render

MONEY = (
    "Russia Pledges $5 Billion to Iran\n\n"
    "Russia and Iran signed a $5 billion treaty in Moscow, and Russia pledged $10 billion "
    "more. The United States sanctioned Iran over the $x$ payments. Secretary of State Antony "
    "Blinken said that Russia was spending $2 billion to help Iran and $3 billion on the war "
    "against Ukraine. The EU said that the \\(x\\) deal worried NATO.\n"
)
HOSTILE = "<img src=x onerror=alert(1)> Putin met Kim Jong Un in $x$ Moscow and NATO."

_SKIP = {"script", "noscript", "style", "textarea", "pre", "code", "math", "select", "option"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}  # fmt: skip


class _Runs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.runs, self.stack = [""], []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "wbr"):  # MathJax keeps these inside a run
            return
        self.runs.append("")
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack and self.stack.pop() != tag:
            pass
        self.runs.append("")

    def handle_data(self, data):
        if not any(t in _SKIP for t in self.stack):
            self.runs[-1] += data


def math_runs(markup: str) -> list[str]:
    """The text runs MathJax would search for delimiters in ``markup`` (no ignore class)."""
    p = _Runs()
    p.feed(str(markup))
    p.close()
    return [r for r in p.runs if r]


def typeset_candidates(markup: str) -> list[str]:
    """Runs that MathJax could typeset: two ``$``, or ``\\(``, ``\\[`` (JupyterLab's delimiters)."""
    return [r for r in math_runs(markup) if r.count("$") >= 2 or "\\(" in r or "\\[" in r]


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", "", str(markup), flags=re.S))


@pytest.fixture(scope="module")
def money():
    return alignkit.analyze_text(MONEY, publication_date="2025-01-15")


def test_math_runs_sees_what_mathjax_sees():
    # an entity alone is not enough: MathJax reads the parsed text
    assert typeset_candidates("<p>$5 billion and Russia &#36;10 billion</p>")
    assert not typeset_candidates("<p><span>$</span>5 billion and <span>$</span>10</p>")
    assert typeset_candidates("<p><b>x</b> \\(y\\)</p>")


def test_escape_keeps_dollars_and_backslashes_from_mathjax():
    text = "$5 billion and Russia $10 billion, \\(x\\) and <b>$y$</b>"
    out = render.escape(text)
    assert plain(out) == text
    assert "<b>" not in out
    assert not typeset_candidates(out)
    assert render.escape_attr('a"$b') == "a&quot;&#36;b"
    assert render.mathsafe(render.mathsafe("<td>$1 $2</td>")) == render.mathsafe("<td>$1 $2</td>")


def test_highlight_span_is_mathjax_safe():
    text = "Russia pledged $5 billion and Iran $10 billion"
    out = render.highlight_span(text, [(0, 6, "cue", "$RUS$"), (15, 25, "content", "money")])
    assert plain(out) == text
    assert not typeset_candidates(out)
    assert 'title="&#36;RUS&#36;"' in out


def test_highlight_of_an_article_with_dollars_is_mathjax_safe(money):
    doc = render.highlight(money)
    assert not typeset_candidates(doc), typeset_candidates(doc)
    assert "$5 billion treaty" in plain(doc) and "\\(x\\)" in plain(doc)
    assert "mathjax_ignore" in doc.split(">", 1)[0] and "tex2jax_ignore" in doc.split(">", 1)[0]


def test_highlight_escapes_and_labels_every_mention():
    an = alignkit.analyze_text(HOSTILE)
    doc = str(render.highlight(an))
    assert "<img" not in doc and "&lt;img src=x onerror=alert(1)&gt;" in doc
    assert not typeset_candidates(doc)
    marks = re.findall(r'<mark class="actor (\w+)"[^>]*>(.*?)</mark>', doc)
    assert len(marks) == len(an.mentions)
    for typ, inner in marks:
        # displaCy's entity look: the mention, then a small upper-case type label
        assert inner.endswith(f'<span class="alignkit-label">{typ.upper()}</span>'), inner
    assert '>Putin <span class="alignkit-label">PERSON</span></mark>' in doc


def _pairs(markup: str):
    """(background, text colour) of every inline style and CSS rule that sets a background."""
    found = re.findall(r"background:(#[0-9A-Fa-f]{6});color:(#[0-9A-Fa-f]{6})", markup)
    bare = re.findall(r"background:(#[0-9A-Fa-f]{6})(?!;color)", markup)
    return found + [(bg, "#000000") for bg in bare]  # no colour set: the page's black text


def test_wcag_contrast_of_every_highlight_colour():
    an = alignkit.analyze_text(
        "Putin met NATO, the EU and Hamas in Moscow; Russia and the United Nations agreed."
    )
    doc = str(render.highlight(an))
    pairs = _pairs(doc)
    assert {bg.upper() for bg, _ in pairs} >= set(render.TYPE_COLOURS.values())
    for bg, fg in pairs:
        assert render.contrast(bg, fg) >= 4.5, (bg, fg, render.contrast(bg, fg))
    for typ, bg in render.TYPE_COLOURS.items():
        assert render.contrast(bg, render.TYPE_TEXT_COLOURS[typ]) >= 4.5, typ
    assert render.contrast("#0072B2", "#000000") < 4.5  # why bloc text is white


def test_wcag_contrast_of_the_view_marks(money):
    from alignkit.notebook import views

    for markup in (render.MARK_CSS, str(views.statements_html(money))):
        for bg, fg in _pairs(markup):
            assert render.contrast(bg, fg) >= 4.5, (bg, fg)


def test_every_view_of_article_text_is_mathjax_safe(money):
    from alignkit.notebook import widgets

    net = widgets.network_explorer(money)
    st = widgets.statement_explorer(money)
    box = widgets.article_input(MONEY, publication_date="2025-01-15", run=True)
    shown = {
        "article_view": str(widgets.article_view(money)),
        "statements_html": str(widgets.statements_html(money)),
        "statement explorer": st.statements.value,
    }
    for label, edge in net.controls["Edge"].options:
        net.controls["Edge"].value = edge
        shown[f"evidence {label}"] = net.evidence.value
    for i, out in enumerate(box.output.outputs):
        if "text/html" in out["data"]:
            shown[f"article_input output {i}"] = out["data"]["text/html"]
    assert any("$2 billion" in plain(v) for k, v in shown.items() if k.startswith("evidence"))
    assert "$3 billion" in plain(shown["statements_html"])
    for name, markup in shown.items():
        assert not typeset_candidates(markup), (name, typeset_candidates(markup))
