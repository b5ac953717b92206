// alignkit's interactive network: cytoscape.js (shipped beside this file, no CDN) in an anywidget.
// The kernel sends `elements` (nodes with label/colour/size/hover, edges with colour/style/width/
// hover); hover text is shown here without a round trip; a tap sends `picked` to the kernel.
// CY_SRC (cytoscape.esm.min.mjs) is prepended by graph_widget.py.
function loadCytoscape() {
  if (!globalThis.__alignkitCytoscape) {
    const url = URL.createObjectURL(new Blob([CY_SRC], { type: "text/javascript" }));
    globalThis.__alignkitCytoscape = import(url).then((m) => m.default);
  }
  return globalThis.__alignkitCytoscape;
}

const STYLE = [
  { selector: "node", style: {
      label: "data(label)", "background-color": "data(colour)", width: "data(size)",
      height: "data(size)", "font-size": 13, "font-family": "DejaVu Sans, sans-serif",
      "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#ffffff",
      "text-outline-width": 2, "border-width": 1, "border-color": "#333333" } },
  { selector: "edge", style: {
      "line-color": "data(colour)", width: "data(width)", "line-style": "data(style)",
      "line-dash-pattern": [8, 5], "curve-style": "bezier", opacity: 0.9 } },
  { selector: ".faded", style: { opacity: 0.12 } },
  { selector: "node.found", style: { "border-width": 5, "border-color": "#000000" } },
  { selector: "node.picked", style: { "border-width": 5, "border-color": "#000000" } },
  { selector: "edge.picked", style: { "underlay-color": "#000000", "underlay-opacity": 0.25,
      "underlay-padding": 5 } },
];

function button(text, title, cls) {
  const b = document.createElement("button");
  b.textContent = text; b.title = title; b.className = "alignkit-graph-" + cls;
  b.style.marginLeft = "4px";
  return b;
}

function toolbar(el) {
  const bar = document.createElement("div");
  bar.className = "alignkit-graph-toolbar";
  bar.style.display = "flex"; bar.style.alignItems = "center"; bar.style.gap = "4px";
  const search = document.createElement("input");
  search.type = "search"; search.placeholder = "Search a country or actor";
  search.className = "alignkit-graph-search"; search.style.width = "16em";
  const found = document.createElement("span");
  found.className = "alignkit-graph-found"; found.style.fontSize = "small";
  const zin = button("+", "Zoom in", "zoom-in");
  const zout = button("−", "Zoom out", "zoom-out");
  const home = button("Home", "Back to the whole network", "home");
  bar.append(search, found, zin, zout, home);
  const hover = document.createElement("div");
  hover.className = "alignkit-hover"; hover.style.minHeight = "1.4em";
  el.append(bar, hover);
  return { search, found, zin, zout, home, hover };
}

function hint(model) {
  return "<small>" + model.get("hint") + "</small>";
}

function wire(cy, model, ui) {
  const fit = () => { cy.stop(true, false); cy.fit(undefined, 30); };
  const zoomBy = (f) => cy.zoom({ level: cy.zoom() * f,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  ui.home.onclick = fit;
  ui.zin.onclick = () => zoomBy(1.25);
  ui.zout.onclick = () => zoomBy(0.8);
  cy.on("mouseover", "node, edge", (e) => {
    const t = e.target;
    cy.elements().addClass("faded");
    (t.isNode() ? t.closedNeighborhood() : t.union(t.connectedNodes())).removeClass("faded");
    ui.hover.innerHTML = "<b></b>";
    ui.hover.firstChild.textContent = t.data("hover");
  });
  cy.on("mouseout", "node, edge", () => {
    cy.elements().removeClass("faded");
    ui.hover.innerHTML = hint(model);
  });
  cy.on("tap", "node, edge", (e) => {
    model.set("picked", { id: e.target.id(), n: Date.now() });
    model.save_changes();
  });
  ui.search.oninput = () => {
    const q = ui.search.value.trim().toLowerCase();
    cy.nodes().removeClass("found");
    if (!q) { ui.found.textContent = ""; return; }
    const hits = cy.nodes().filter((n) =>
      n.data("label").toLowerCase().includes(q) || n.id().toLowerCase() === q);
    hits.addClass("found");
    ui.found.textContent = hits.length ? hits.length + " found" : "none found";
    if (hits.length) cy.animate({ center: { eles: hits } }, { duration: 200 });
  };
  return fit;
}

function mark(cy, id) {
  cy.elements().removeClass("picked");
  if (id) cy.getElementById(id).addClass("picked");
}

export default {
  async render({ model, el }) {
    const cytoscape = await loadCytoscape();
    el.classList.add("alignkit-graph-view");
    const ui = toolbar(el);
    ui.hover.innerHTML = hint(model);
    const box = document.createElement("div");
    box.className = "alignkit-graph-canvas";
    box.style.width = "100%"; box.style.height = model.get("height") + "px";
    box.style.border = "1px solid #cccccc"; box.style.position = "relative";
    el.append(box);
    const cy = cytoscape({ container: box, elements: model.get("elements"),
      layout: { name: "preset" }, style: STYLE, minZoom: 0.2, maxZoom: 6 });
    box._cy = cy;  // for the browser tests
    const fit = wire(cy, model, ui);
    cy.ready(() => { fit(); mark(cy, model.get("highlight")); });
    // the same elements sent again (a control that changed nothing) keep the analyst's view
    let drawn = JSON.stringify(model.get("elements"));
    const redraw = () => {
      const next = JSON.stringify(model.get("elements"));
      if (next !== drawn) {
        drawn = next;
        cy.elements().remove(); cy.add(model.get("elements")); fit();
      }
      mark(cy, model.get("highlight"));
    };
    model.on("change:elements", redraw);
    model.on("change:highlight", () => mark(cy, model.get("highlight")));
    // a cell output can be laid out after render: fit again once it has a size
    const ro = new ResizeObserver(() => { cy.resize(); if (!box._fitted && cy.width()) {
      box._fitted = true; fit(); } });
    ro.observe(box);
    return () => { ro.disconnect(); cy.destroy(); };
  },
};
