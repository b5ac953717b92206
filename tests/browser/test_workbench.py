"""The analyst's workbench in JupyterLab and Voila (headless Chromium): the interactive network
(ipysigma) fills the evidence reader on click and reacts to hover, notebook 07 shows both
explorers for a pasted text, and every download link gives a file that parses.

The network is an ipympl canvas (a PNG the kernel draws), so nodes and edges are found on a
screenshot of it by their colours (camps: alignkit.notebook.figures.CAMP_COLOURS; conflict:
CONFLICT_COLOUR); hover and click go through the real mouse and the kernel's mpl events.
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
import numpy as np
import pandas as pd
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from alignkit.notebook.figures import CAMP_COLOURS, CONFLICT_COLOUR

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


# ------------------------------------------------------------------------------ the canvas
def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)


def _mask(img: np.ndarray, colour: str, tol: float = 28.0) -> np.ndarray:
    return (np.abs(img[:, :, :3] * 255 - _rgb(colour)) <= tol).all(axis=2)


def graph_shot(graph) -> np.ndarray:
    graph.scroll_into_view_if_needed()
    return mpimg.imread(io.BytesIO(graph.screenshot()), format="png")


def node_point(img: np.ndarray, colour: str) -> tuple[int, int] | None:
    """A pixel well inside a node of `colour` (the one with most same-coloured neighbours)."""
    m = _mask(img, colour)
    ys, xs = np.nonzero(m)
    if not len(xs):
        return None
    k = 9  # a 19 px square fits inside a node, not inside a legend marker
    pad = np.pad(m, k)
    score = sum(
        pad[k + dy : k + dy + m.shape[0], k + dx : k + dx + m.shape[1]]
        for dy in range(-k, k + 1)
        for dx in range(-k, k + 1)
    )
    i = int(np.argmax(np.where(m, score, -1)))
    y, x = divmod(i, m.shape[1])
    return int(x), int(y)


def node_centres(img: np.ndarray) -> list[tuple[float, float]]:
    """Centres of the drawn nodes: pixels of a camp colour whose 19 px square is all that
    colour (legend markers are smaller), grouped by proximity."""
    k, points = 9, []
    for colour in CAMP_COLOURS:
        m = _mask(img, colour)
        pad = np.pad(m, k)
        full = np.ones_like(m)
        for dy in range(-k, k + 1, 3):
            for dx in range(-k, k + 1, 3):
                full &= pad[k + dy : k + dy + m.shape[0], k + dx : k + dx + m.shape[1]]
        ys, xs = np.nonzero(full)
        points += list(zip(xs.tolist(), ys.tolist(), strict=True))
    groups: list[list] = []
    for x, y in points:
        for g in groups:
            if abs(g[0][0] - x) < 30 and abs(g[0][1] - y) < 30:
                g.append((x, y))
                break
        else:
            groups.append([(x, y)])
    return [(float(np.mean([p[0] for p in g])), float(np.mean([p[1] for p in g]))) for g in groups]


def edge_point(img: np.ndarray, colour: str) -> tuple[int, int] | None:
    """A pixel of `colour` on the segment between two node centres, away from both ends."""
    edge = _mask(img, colour, tol=40)
    centres = node_centres(img)
    for i, (ax, ay) in enumerate(centres):
        for bx, by in centres[i + 1 :]:
            for t in np.linspace(0.35, 0.65, 31):
                x, y = round(ax + t * (bx - ax)), round(ay + t * (by - ay))
                if edge[y - 1 : y + 2, x - 1 : x + 2].sum() >= 5:
                    return int(x), int(y)
    return None


def click_at(page, graph, point) -> None:
    box = graph.bounding_box()
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])


def hover_at(page, graph, point) -> None:
    box = graph.bounding_box()
    page.mouse.move(box["x"] + point[0] - 30, box["y"] + point[1] - 30)
    page.mouse.move(box["x"] + point[0], box["y"] + point[1], steps=5)


# ------------------------------------------------------------------------------ scenarios
def wait_graph(root):
    graph = root.locator(CANVAS)
    expect(graph).to_be_visible(timeout=120_000)
    # the kernel's first PNG on the canvas: some pixel of a camp colour
    UI_wait(root.page, lambda: node_point(graph_shot(graph), CAMP_COLOURS[0]), "network drawn")
    return graph


def UI_wait(page, predicate, what, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = predicate()
        if got:
            return got
        page.wait_for_timeout(300)
    raise AssertionError(f"timed out waiting for {what}")


def exercise_graph(page, guard, ui, root, shot_name: str) -> None:
    graph = wait_graph(root)
    hover = root.locator(".alignkit-hover")
    evidence = root.locator(".alignkit-evidence")
    img = graph_shot(graph)

    # hover a node: the pair-less node line (name, camp, edges) appears above the network
    camp_a = node_point(img, CAMP_COLOURS[0])
    assert camp_a, "no camp A node on the interactive network"
    guard.act(lambda: hover_at(page, graph, camp_a), "hover over a camp A node")
    ui.wait_until(page, lambda: "(camp A)" in hover.inner_text(), "hover text of a node")

    # click the node: the reader shows its camp and the evidence of its edges
    guard.act(lambda: click_at(page, graph, camp_a), "click on a camp A node")
    node_head = root.locator(".alignkit-evidence h4.alignkit-node")
    expect(node_head).to_contain_text("(camp A)")
    assert node_head.inner_text().split(" (camp A)")[0] in hover.inner_text()
    assert evidence.locator("mark").count() > 0, "no evidence marked for the clicked node"

    # hover an edge: pair, sign in words, evidence count; click: its evidence in the reader
    img = graph_shot(graph)
    point = edge_point(img, CONFLICT_COLOUR)
    assert point, "no conflict edge found on the interactive network"
    guard.act(lambda: hover_at(page, graph, point), "hover over a conflict edge")
    said = ui.wait_until(
        page, lambda: (t := hover.inner_text()) and EDGE_HOVER.search(t) and t, "edge hover"
    )
    m = EDGE_HOVER.search(said)
    assert m["kind"] == "conflict", said
    guard.act(lambda: click_at(page, graph, point), "click on a conflict edge")
    ui.wait_until(page, lambda: node_head.count() == 0, "the reader to switch to the edge")
    head = evidence.locator("h4").first.inner_text()
    assert ": conflict," in head and m["a"] in head and m["b"] in head, (said, head)
    assert f"{m['n']} piece" in head, (said, head)
    picked = ui.selected(ui.dropdown(root, "Edge"))
    assert picked.endswith("(-)") and m["a"] in picked and m["b"] in picked, (picked, said)
    assert evidence.locator("mark").count() > 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    root.scroll_into_view_if_needed()
    root.screenshot(path=str(ARTIFACTS / shot_name))


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
    ui.lab_open_and_run_all(page, lab_server, name)
    root = page.locator(NETWORK)
    expect(root).to_have_count(1, timeout=180_000)
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
    page.goto(voila_server.url(f"voila/render/{name}"), wait_until="commit")
    root = page.locator(NETWORK)
    expect(root).to_have_count(1, timeout=180_000)
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
