"""The analyst's workbench in JupyterLab and Voila (headless Chromium): the interactive network
(cytoscape.js in an anywidget) zooms, pans, goes Home with every node in view, lets a node be
dragged, finds a country typed in its search box, reacts to hover and fills the evidence reader on
click; notebook 07 shows both explorers for a pasted text, and every download link gives a file
that parses.

Nodes and edges are found through the cytoscape instance the widget keeps on its container
(``box._cy``: rendered positions only, read-only); every action goes through the real mouse and
keyboard, and its effect is read back from the view (zoom, pan, positions) and the kernel's
evidence reader.
"""

from __future__ import annotations

import io
import json
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib.image as mpimg
import networkx as nx
import pandas as pd
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from alignkit.notebook.figures import CAMP_COLOURS

NETWORK_NB = "03-alignment-network.ipynb"
ARTICLE_NB = "07-your-own-article.ipynb"
NETWORK = ".alignkit-network-explorer"
CANVAS = ".alignkit-graph .alignkit-graph-canvas"
EDGE_HOVER = re.compile(
    r"(?P<a>.+?) — (?P<b>.+?): (?P<kind>cooperation|conflict) \([+−]\), (?P<n>\d+) evidence"
)
ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "browser"
PASTED = (
    "China and Russia Hold Talks\n\n"
    "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing, where the two "
    "leaders signed an agreement on energy cooperation. The United States sanctioned Russia.\n"
)

#: Installed before a page loads: the time (ms from navigation) the first widget view and the
#: first drawn network (a cytoscape canvas) appear.
FIRST_PAINT = """
new MutationObserver((_, obs) => {
  const t = performance.now();
  if (!window.__firstWidget && document.querySelector('.jupyter-widgets.widget-dropdown, '
      + '.jupyter-widgets.widget-html, .alignkit-network-explorer')) window.__firstWidget = t;
  if (!window.__firstGraph && document.querySelector('.alignkit-graph-canvas canvas')) {
    window.__firstGraph = t; obs.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


# ------------------------------------------------------------------------------ the view
def cy(graph, body: str, arg=None):
    """Evaluate ``body`` (JavaScript, with ``cy`` the widget's cytoscape instance and ``arg``)."""
    return graph.evaluate(f"(box, arg) => {{ const cy = box._cy; {body} }}", arg)


def view(graph) -> dict:
    """Zoom, pan and whether every node (with its label) lies inside the visible area."""
    return cy(
        graph,
        """const w = cy.width(), h = cy.height();
        const inside = cy.nodes().every(n => { const b = n.renderedBoundingBox();
            return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= w && b.y2 <= h; });
        return {zoom: cy.zoom(), pan: cy.pan(), inside, w, h, n: cy.nodes().length};""",
    )


def node_at(graph, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    box = graph.bounding_box()
    p = cy(graph, "return cy.getElementById(arg).renderedPosition();", node_id)
    return box["x"] + p["x"], box["y"] + p["y"]


def node_of_colour(graph, colour: str) -> str | None:
    """The id of a node of ``colour`` with the most neighbours (the best to hover)."""
    return cy(
        graph,
        """const ns = cy.nodes().filter(n => n.data('colour') === arg)
             .sort((a, b) => b.degree() - a.degree());
        return ns.length ? ns[0].id() : null;""",
        colour,
    )


def conflict_edge_point(graph) -> tuple[str, tuple[float, float]] | None:
    """A dashed (conflict) edge and a point of it on the page far from every node and every
    other edge."""
    got = cy(
        graph,
        """const far = (p, e) => cy.nodes().every(n => { const q = n.renderedPosition();
                return Math.hypot(p.x - q.x, p.y - q.y) > n.renderedWidth() / 2 + 12; })
            && cy.edges().not(e).every(o => {
                const a = o.renderedSourceEndpoint(), b = o.renderedTargetEndpoint();
                const dx = b.x - a.x, dy = b.y - a.y, L = dx * dx + dy * dy || 1;
                const u = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / L));
                return Math.hypot(p.x - a.x - u * dx, p.y - a.y - u * dy) > 10; });
        const w = cy.width(), h = cy.height();
        for (const e of cy.edges('[style = "dashed"]')) {
          const p = e.renderedMidpoint();
          if (p.x > 10 && p.y > 10 && p.x < w - 10 && p.y < h - 10 && far(p, e))
            return [e.id(), p.x, p.y];
        }
        return null;""",
    )
    if not got:
        return None
    box = graph.bounding_box()
    return got[0], (box["x"] + got[1], box["y"] + got[2])


def empty_point(graph) -> tuple[float, float]:
    """A point of the view (page coordinates) with no node or edge within 25 px."""
    box = graph.bounding_box()
    p = cy(
        graph,
        """const w = cy.width(), h = cy.height();
        for (let y = 15; y < h - 15; y += 10) for (let x = 15; x < w - 15; x += 10) {
          const hit = cy.elements().some(e => { const b = e.renderedBoundingBox();
            return x > b.x1 - 25 && x < b.x2 + 25 && y > b.y1 - 25 && y < b.y2 + 25; });
          if (!hit) return {x, y};
        }
        return null;""",
    )
    assert p, "no empty spot on the network view"
    return box["x"] + p["x"], box["y"] + p["y"]


def hover(page, point) -> None:
    page.mouse.move(point[0] - 30, point[1] - 30)
    page.mouse.move(point[0], point[1], steps=5)


def drag(page, start, by) -> None:
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(start[0] + by[0] / 2, start[1] + by[1] / 2, steps=5)
    page.mouse.move(start[0] + by[0], start[1] + by[1], steps=5)
    page.mouse.up()


# ------------------------------------------------------------------------------ scenarios
def wait_graph(root):
    graph = root.locator(CANVAS)
    expect(graph).to_be_visible(timeout=120_000)
    graph.scroll_into_view_if_needed()
    UI_wait(
        root.page,
        lambda: cy(graph, "return !!cy && cy.nodes().length > 0 && cy.width() > 0;"),
        "network drawn",
    )
    return graph


def UI_wait(page, predicate, what, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = predicate()
        if got:
            return got
        page.wait_for_timeout(300)
    raise AssertionError(f"timed out waiting for {what}")


def settled_view(page, graph) -> dict:
    """The view once it stops moving (a late fit after the output is laid out)."""
    last = view(graph)
    for _ in range(20):
        page.wait_for_timeout(400)
        now = view(graph)
        if now["zoom"] == last["zoom"] and now["pan"] == last["pan"]:
            return now
        last = now
    return last


def exercise_view(page, graph, root) -> None:
    """Zoom in, pan, Home (every node back in view), drag a node, search a country."""
    graph.scroll_into_view_if_needed()
    start = settled_view(page, graph)
    assert start["n"] > 1 and start["inside"], f"not every node in view at the start: {start}"

    # zoom in: the wheel over the view, a few notches as a mouse sends them
    page.mouse.move(*empty_point(graph))
    for _ in range(10):
        page.mouse.wheel(0, -200)
        page.wait_for_timeout(40)
    UI_wait(page, lambda: view(graph)["zoom"] > start["zoom"] * 1.1, "zoom in")
    zoomed = view(graph)

    # pan: drag the background
    drag(page, empty_point(graph), (90, 50))
    panned = view(graph)
    assert abs(panned["pan"]["x"] - zoomed["pan"]["x"] - 90) < 15, (zoomed, panned)
    assert abs(panned["pan"]["y"] - zoomed["pan"]["y"] - 50) < 15, (zoomed, panned)
    assert panned["zoom"] == zoomed["zoom"]

    # Home: the whole network back in view
    root.locator(".alignkit-graph-home").click()
    home = UI_wait(page, lambda: (v := view(graph))["inside"] and v, "Home: every node in view")
    assert abs(home["zoom"] - start["zoom"]) < 0.01 * start["zoom"], (start, home)

    # drag a node: it moves with the mouse, the others stay
    node = node_of_colour(graph, CAMP_COLOURS[0]) or cy(graph, "return cy.nodes()[0].id();")
    before = cy(graph, "return cy.nodes().map(n => [n.id(), n.position()]);")
    drag(page, node_at(graph, node), (60, 40))
    after = dict(cy(graph, "return cy.nodes().map(n => [n.id(), n.position()]);"))
    z = home["zoom"]
    for n, p in before:
        moved = (after[n]["x"] - p["x"], after[n]["y"] - p["y"])
        if n == node:
            assert abs(moved[0] * z - 60) < 8 and abs(moved[1] * z - 40) < 8, (n, moved)
        else:
            assert moved == (0, 0), (n, moved)

    # search: typing a country's name marks its node
    name = cy(graph, "return cy.getElementById(arg).data('label');", node)
    search = root.locator(".alignkit-graph-search")
    search.fill(name[:4].lower())
    UI_wait(page, lambda: node in cy(graph, "return cy.$('node.found').map(n => n.id());"),
            f"search {name!r}")  # fmt: skip
    assert re.match(r"\d+ found", root.locator(".alignkit-graph-found").inner_text())
    search.fill("")
    root.locator(".alignkit-graph-home").click()
    UI_wait(page, lambda: view(graph)["inside"], "Home again: every node in view")


def exercise_graph(page, guard, ui, root, shot_name: str) -> None:
    graph = wait_graph(root)
    hover_line = root.locator(".alignkit-hover")
    evidence = root.locator(".alignkit-evidence")
    exercise_view(page, graph, root)

    # hover a node: its line (name, camp, edges) above the network, the rest faded
    camp_a = node_of_colour(graph, CAMP_COLOURS[0])
    assert camp_a, "no camp A node on the interactive network"
    hover(page, node_at(graph, camp_a))  # drawn in the browser: no kernel round trip
    ui.wait_until(page, lambda: "(camp A)" in hover_line.inner_text(), "hover text of a node")
    faded = cy(graph, "return cy.$('.faded').length;")
    others = cy(graph, "return cy.elements().not(cy.getElementById(arg).closedNeighborhood())"
                ".length;", camp_a)  # fmt: skip
    assert faded == others, (faded, others)

    # click the node: the reader shows its camp and the evidence of its edges
    guard.act(lambda: page.mouse.click(*node_at(graph, camp_a)), "click on a camp A node")
    node_head = root.locator(".alignkit-evidence h4.alignkit-node")
    expect(node_head).to_contain_text("(camp A)")
    assert node_head.inner_text().split(" (camp A)")[0] in hover_line.inner_text()
    assert evidence.locator("mark").count() > 0, "no evidence marked for the clicked node"

    # hover an edge: pair, sign in words, evidence count; click: its evidence in the reader
    graph.scroll_into_view_if_needed()
    found = conflict_edge_point(graph)
    assert found, "no conflict edge found on the interactive network"
    edge_id, point = found
    hover(page, point)
    said = ui.wait_until(
        page, lambda: (t := hover_line.inner_text()) and EDGE_HOVER.search(t) and t, "edge hover"
    )
    m = EDGE_HOVER.search(said)
    assert m["kind"] == "conflict", said
    guard.act(lambda: page.mouse.click(*point), "click on a conflict edge")
    ui.wait_until(page, lambda: node_head.count() == 0, "the reader to switch to the edge")
    head = evidence.locator("h4").first.inner_text()
    assert ": conflict," in head and m["a"] in head and m["b"] in head, (said, head)
    assert f"{m['n']} piece" in head, (said, head)
    picked = ui.selected(ui.dropdown(root, "Edge"))
    assert picked.endswith("(-)") and m["a"] in picked and m["b"] in picked, (picked, said)
    assert evidence.locator("mark").count() > 0
    # the picked edge is ringed in the view
    ui.wait_until(page, lambda: cy(graph, "return cy.$('edge.picked').map(e => e.id());")
                  == [edge_id], "the clicked edge ringed")  # fmt: skip
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    root.scroll_into_view_if_needed()
    root.screenshot(path=str(ARTIFACTS / shot_name))


def record_first_paint(page, ui, where: str, kernel: str = "fresh") -> None:
    """Navigation -> first widget and first drawn network of notebook 03 (seconds), and
    whether the page started its kernel (``fresh``) or found the one an earlier test of this
    session left running for the notebook (Lab keeps a notebook's session: the cells then
    run in a process that has imported alignkit already)."""
    got = page.evaluate("[window.__firstWidget, window.__firstGraph]")
    ui.timings[f"{where}_03_first_widget_s"] = round(got[0] / 1000, 2) if got[0] else None
    ui.timings[f"{where}_03_first_network_s"] = round(got[1] / 1000, 2) if got[1] else None
    ui.timings[f"{where}_03_kernel"] = kernel


def _parse(name: str, data: bytes) -> str:
    if name.endswith(".csv"):
        df = pd.read_csv(io.BytesIO(data))
        return f"{len(df)}x{len(df.columns)}"
    if name.endswith(".gexf"):
        G = nx.read_gexf(io.BytesIO(data))
        assert all({"name", "type"} <= set(d) for _, d in G.nodes(data=True)), name
        return f"{G.number_of_nodes()} nodes"
    if name.endswith(".graphml"):
        G = nx.read_graphml(io.BytesIO(data))
        return f"{G.number_of_nodes()} nodes"
    if name.endswith(".png"):
        assert data[:8] == b"\x89PNG\r\n\x1a\n", name
        return f"{mpimg.imread(io.BytesIO(data), format='png').shape}"
    if name.endswith(".svg"):
        return ET.fromstring(data).tag
    raise AssertionError(f"unexpected download {name}")


def _download(page, link, name):
    """Click a download link and return the download. A click can land while the widget
    area is still being laid out on a loaded machine, and the browser then starts no
    download: up to three clicks, each given 30 s, and the link must download once."""
    for attempt in range(3):
        link.scroll_into_view_if_needed()
        try:
            with page.expect_download(timeout=30_000) as info:
                link.click()
            return info.value
        except PlaywrightTimeoutError:
            if attempt == 2:
                raise AssertionError(f"{name}: three clicks started no download") from None
    raise AssertionError(name)


def open_tab(scope, title: str) -> None:
    """Click the workbench tab ``title`` (notebook 07's workbench shows one part at a time)."""
    tab = scope.locator(".alignkit-workbench-tabs .lm-TabBar-tab", has_text=title).first
    tab.click()
    expect(tab).to_have_class(re.compile(r"lm-mod-current"))


#: A screen: a laptop's browser window (the suite's own viewport is taller).
SCREEN_PX = 900


def assert_short(box, screens: int = 6) -> int:
    """Notebook 07's whole input box with one text analyzed, every tab tried, stays under
    ``screens`` screens (it was 31); returns its height in px."""
    heights = []
    for title in ("Network and evidence", "Statements", "The article", "Downloads"):
        open_tab(box, title)
        box.page.wait_for_timeout(300)
        heights.append(box.bounding_box()["height"])
    assert max(heights) <= screens * SCREEN_PX, f"07 is {heights} px tall (tabs)"
    open_tab(box, "Network and evidence")
    return int(max(heights))


def exercise_downloads(page, scope) -> dict:
    if scope.locator(".alignkit-workbench-tabs").count():
        open_tab(scope, "Downloads")
    links = scope.locator(".alignkit-downloads a.alignkit-download")
    n = links.count()
    assert n >= 12, f"only {n} download links"
    got = {}
    for i in range(n):
        link = links.nth(i)
        name = link.get_attribute("download")
        dl = _download(page, link, name)
        assert dl.suggested_filename == name
        data = Path(dl.path()).read_bytes()
        got[name] = _parse(name, data)
    kinds = {k.rsplit(".", 1)[-1] for k in got}
    assert kinds == {"csv", "gexf", "graphml", "png", "svg"}, kinds
    return got


# ------------------------------------------------------------------------------ JupyterLab
def test_lab_workbench_network(lab_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, NETWORK_NB)
    page.add_init_script(FIRST_PAINT)
    kernel = "reused" if ui._session(lab_server, name) else "fresh"
    ui.lab_open_and_run_all(page, lab_server, name)
    root = page.locator(NETWORK)
    expect(root).to_have_count(1, timeout=180_000)
    wait_graph(root)
    record_first_paint(page, ui, "lab", kernel)
    exercise_graph(page, guard, ui, root, "lab-workbench-03.png")
    got = exercise_downloads(page, page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)"))
    (ARTIFACTS / "downloads-03.json").write_text(json.dumps(got, indent=2) + "\n")
    guard.assert_clean()


def test_lab_your_article_workbench(lab_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, ARTICLE_NB)
    ui.lab_open_and_run_all(page, lab_server, name)
    box = page.locator(".alignkit-article-input").first
    expect(box.locator(NETWORK)).to_have_count(1, timeout=180_000)
    expect(box.locator(".alignkit-statement-explorer")).to_have_count(1)
    message = box.locator(".alignkit-message")
    expect(message).to_contain_text("no publication date: roles and relative dates are left open")
    old = message.inner_text()

    # paste another text, Analyze: both explorers for it
    textarea = box.locator("textarea").first
    textarea.fill(PASTED)
    guard.act(lambda: box.get_by_role("button", name="Analyze").click(), "Analyze")
    ui.wait_until(page, lambda: message.inner_text() != old, "the message for the new text")
    assert "no publication date" in message.inner_text()
    net = box.locator(NETWORK)
    expect(net).to_have_count(1)
    expect(box.locator(".alignkit-statement-explorer")).to_have_count(1)
    wait_graph(net)
    text = net.locator(".alignkit-evidence").inner_text()
    assert re.search(r"China|Russia|United States", text), text[:300]
    assert box.locator(".alignkit-statement-explorer .alignkit-figure img").count() == 1
    # one network figure in the whole box (it was drawn three times)
    assert box.locator(".alignkit-network-explorer").count() == 1
    height = assert_short(box)
    (ARTIFACTS / "lab-07-height.txt").write_text(f"{height}\n")
    got = exercise_downloads(page, box)
    assert any(k.endswith(".gexf") for k in got), got
    guard.assert_clean()


# ------------------------------------------------------------------------------ Voila
def test_voila_workbench_network(voila_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, NETWORK_NB)
    page.add_init_script(FIRST_PAINT)
    page.goto(voila_server.url(f"voila/render/{name}"), wait_until="commit")
    root = page.locator(NETWORK)
    expect(root).to_have_count(1, timeout=180_000)
    wait_graph(root)
    record_first_paint(page, ui, "voila")
    exercise_graph(page, guard, ui, root, "voila-workbench-03.png")
    exercise_downloads(page, page.locator("body"))
    guard.assert_clean()


def test_voila_your_article_workbench(voila_server, served_root, guarded_page, ui):
    page, guard = guarded_page
    name = ui.require_notebook(served_root, ARTICLE_NB)
    page.goto(voila_server.url(f"voila/render/{name}"), wait_until="commit")
    box = page.locator(".alignkit-article-input").first
    expect(box.locator(NETWORK)).to_have_count(1, timeout=180_000)
    message = box.locator(".alignkit-message")
    old = message.inner_text()
    box.locator("textarea").first.fill(PASTED)
    guard.act(lambda: box.get_by_role("button", name="Analyze").click(), "Analyze")
    ui.wait_until(page, lambda: message.inner_text() != old, "the message for the new text")
    expect(box.locator(NETWORK)).to_have_count(1)
    expect(box.locator(".alignkit-statement-explorer")).to_have_count(1)
    exercise_graph(page, guard, ui, box.locator(NETWORK), "voila-workbench-07.png")
    height = assert_short(box)
    (ARTIFACTS / "voila-07-height.txt").write_text(f"{height}\n")
    # the page as a whole: one input box, nothing else long
    page_height = page.evaluate("document.documentElement.scrollHeight")
    assert page_height <= 6 * SCREEN_PX + 600, page_height
    got = exercise_downloads(page, box)
    assert any(k.endswith(".gexf") for k in got), got
    guard.assert_clean()
