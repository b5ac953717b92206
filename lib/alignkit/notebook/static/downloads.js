// alignkit download links (anywidget): each file is made in the kernel on its first click.
// A click on a link not yet made asks the kernel for the file ({want: name}); the kernel
// answers with its bytes, which become a blob: URL on the link, and the link is clicked again
// to save it under its name. Later clicks save the same blob at once.

const GROUPS = [["table", "Tables (CSV)"], ["network", "Network"], ["figure", "Figures"]];

export default {
  render({ model, el }) {
    const links = new Map(); // name -> <a>
    const urls = [];
    const box = document.createElement("div");
    box.className = "alignkit-downloads-list";

    const draw = () => {
      links.clear();
      box.replaceChildren();
      const h = document.createElement("h4");
      h.textContent = model.get("heading");
      box.append(h);
      const items = model.get("items") || [];
      for (const [kind, heading] of GROUPS) {
        const got = items.filter((f) => f.kind === kind);
        if (!got.length) continue;
        const row = document.createElement("div");
        const b = document.createElement("b");
        b.textContent = heading + ":";
        row.append(b, " ");
        got.forEach((f, i) => {
          if (i) row.append(" · ");
          const a = document.createElement("a");
          a.className = "alignkit-download";
          a.download = f.name;
          a.dataset.kind = kind;
          a.href = "#";
          a.textContent = f.name;
          a.title = "made when clicked";
          a.addEventListener("click", (ev) => {
            if (a.dataset.ready) return; // a blob: URL, saved by the browser
            ev.preventDefault();
            if (a.dataset.asked) return;
            a.dataset.asked = "1";
            a.classList.add("alignkit-download-making");
            model.send({ want: f.name });
          });
          links.set(f.name, a);
          row.append(a);
        });
        box.append(row);
      }
    };

    const received = (msg, buffers) => {
      const a = msg && links.get(msg.name);
      if (!a || !buffers || !buffers.length) return;
      const url = URL.createObjectURL(new Blob([buffers[0]], { type: msg.mime }));
      urls.push(url);
      a.href = url;
      a.dataset.ready = "1";
      a.title = "";
      a.classList.remove("alignkit-download-making");
      if (a.dataset.asked) {
        delete a.dataset.asked;
        a.click(); // the view that asked saves it; another view of the widget only links it
      }
    };

    model.on("msg:custom", received);
    model.on("change:items", draw);
    model.on("change:heading", draw);
    draw();
    el.append(box);
    return () => {
      model.off("msg:custom", received);
      model.off("change:items", draw);
      model.off("change:heading", draw);
      for (const url of urls) URL.revokeObjectURL(url);
    };
  },
};
