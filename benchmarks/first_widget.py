"""Notebook 03's first widget in a real browser: where the seconds go, in JupyterLab and Voila.

Run with ``make bench`` (after the other rows) or alone:
``python benchmarks/first_widget.py --runs 5 [--lab|--voila]``. Needs Chromium (Debian's
``chromium``) and Playwright's Python package, as the browser suite does; without them it says
so and stops.

Each run starts a fresh server the way the user's command does (``make lab``:
:func:`lab_command`; ``make dashboard``: :func:`voila_command`), on a temporary copy of
``notebooks/`` (Lab autosaves) and with every Jupyter folder in a temporary directory, opens
notebook 03 in a fresh headless Chromium page and records, in milliseconds from the page's
navigation start (``performance.now()``, in the page itself):

* ``html``: the first byte of the page; ``dom``: DOMContentLoaded; ``load``: the load event;
* Lab: ``shell`` (the splash screen gone: Lab's shell restored), ``cells`` (the notebook's
  cells on screen), ``session`` (Lab asks the server for the notebook's session: the kernel is
  started then) and ``kernel_started`` (the server's answer: the kernel process launched),
  ``kernel_idle`` (the kernel's first ``idle`` on its websocket: ready), ``run`` (the first
  ``execute_request``, sent by Run > Run All Cells, clicked like a user once the notebook is
  open and its kernel idle);
* both: ``ws_open`` (the kernel websocket opened), ``imports`` (the reply to the first cell:
  ``import alignkit ...`` and the analysis), ``comm_open`` (the first widget's model arrives),
  ``widget`` (the first widget view in the page: the first-widget figure of issue 22),
  ``network`` (the cytoscape canvas drawn).

Voila runs the cells in the server while it streams the page, so its ``imports`` is not seen
by the browser; its ``comm_open`` is when the page's widget manager receives the models.
Prints each run and the median and range of each mark. The server's start-up (before the
navigation) is not counted: a user opens the page once the server is up.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))
from browser_launch import CHROMIUM_ARGS, find_chromium  # noqa: E402  (shared with the browser suite)

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = "03-alignment-network.ipynb"
WIDGET = (
    ".jupyter-widgets.widget-dropdown, .jupyter-widgets.widget-html, .alignkit-network-explorer"
)

#: Installed in the page before it loads: DOM milestones and the kernel websocket's messages,
#: timed with performance.now() (ms from navigation start). Kernel messages are read in both
#: wire formats (JSON text, and the binary v1.kernel.websocket.jupyter.org protocol).
MARKS_JS = """
(() => {
  const m = window.__marks = {};
  const mark = (k) => { if (!(k in m)) m[k] = performance.now(); };
  const WIDGET = __WIDGET__;
  new MutationObserver(() => {
    if (document.querySelector('.jp-LabShell') && !document.querySelector('#jupyterlab-splash'))
      mark('shell');
    if (document.querySelector('.jp-NotebookPanel .jp-Cell')) mark('cells');
    if (document.querySelector(WIDGET)) mark('widget');
    if (document.querySelector('.alignkit-graph-canvas canvas')) mark('network');
  }).observe(document, {childList: true, subtree: true});
  const text = new TextDecoder();
  const parse = (data) => {
    if (typeof data === 'string') return JSON.parse(data);
    const buf = data instanceof ArrayBuffer ? data : data.buffer;
    const dv = new DataView(buf);
    const n = Number(dv.getBigUint64(0, true));
    const off = [];
    for (let i = 0; i < n; i++) off.push(Number(dv.getBigUint64(8 * (i + 1), true)));
    const part = (i) => JSON.parse(text.decode(new Uint8Array(buf, off[i], off[i + 1] - off[i])));
    return {header: part(1), parent_header: part(2), content: off.length > 5 ? part(4) : {}};
  };
  let firstRun = null;
  const log = window.__kernelLog = [];
  const seen = (msg, sent) => {
    const type = msg.header && msg.header.msg_type || msg.msg_type;
    log.push([Math.round(performance.now()), sent ? 'sent' : 'got', type,
              type === 'status' ? msg.content.execution_state : '']);
    if (sent) {
      if (type === 'execute_request' && !firstRun) { firstRun = msg.header.msg_id; mark('run'); }
      return;
    }
    const parent = (msg.parent_header || {}).msg_id;
    if (type === 'status' && msg.content.execution_state === 'idle') mark('kernel_idle');
    if (type === 'execute_reply' && firstRun && parent === firstRun) mark('imports');
    if (type === 'comm_open' && (msg.content.target_name || '') === 'jupyter.widget')
      mark('comm_open');
  };
  const nativeFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = String(input && input.url || input);
    const method = (init && init.method || input && input.method || 'GET').toUpperCase();
    const started = url.includes('/api/sessions') && method === 'POST';
    if (started) mark('session');
    const reply = nativeFetch.apply(this, arguments);
    if (started) reply.then(() => mark('kernel_started'), () => {});
    return reply;
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      if (!/\\/channels/.test(String(url))) return;
      this.addEventListener('open', () => mark('ws_open'));
      this.addEventListener('message', (e) => {
        try {
          if (e.data instanceof Blob) e.data.arrayBuffer().then(b => seen(parse(b), false));
          else seen(parse(e.data), false);
        } catch (err) { /* not a kernel message */ }
      });
    }
    send(data) {
      try { if (!(data instanceof Blob)) seen(parse(data), true); } catch (err) { }
      return super.send(data);
    }
  };
})();
""".replace("__WIDGET__", json.dumps(WIDGET))

LAB_ORDER = ["html", "dom", "load", "shell", "cells", "session", "kernel_started", "ws_open",
             "kernel_idle", "run", "imports", "comm_open", "widget", "network"]  # fmt: skip
VOILA_ORDER = ["html", "dom", "load", "ws_open", "comm_open", "widget", "network"]


# ------------------------------------------------------------------------------ servers
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lab_command(port: int, token: str) -> str:
    """``make lab``'s own command (``make -n lab``, with this interpreter's ``bin/``), on
    ``port``, with ``token``, no browser, on 127.0.0.1 only."""
    cmd = subprocess.run(
        ["make", "-n", "-s", "--no-print-directory", "-o", ".venv/.alignkit-installed", "lab",
         f"BIN={Path(sys.executable).parent}", f"PORT={port}"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    return (f"{cmd} --no-browser --allow-root --ServerApp.ip=127.0.0.1 "
            f"--ServerApp.port_retries=0 --IdentityProvider.token={token}")  # fmt: skip


def voila_command(port: int, token: str) -> str:
    """``make dashboard``'s own command (tests/browser/dashboard.sh), on ``port`` with
    ``token``: notebooks 03 and 04 as Voila dashboards."""
    return (
        f"PORT={port} PYTHON={sys.executable} bash {ROOT / 'tests/browser/dashboard.sh'} "
        f"--Voila.token={token}"
    )


def environment(home: Path) -> dict:
    """This environment with every Jupyter folder (and matplotlib's) in ``home``, and the
    worktree's ``lib/`` first on the path."""
    env = {k: v for k, v in os.environ.items() if k not in {"MPLBACKEND", "JUPYTER_TOKEN"}}
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        (home / name).mkdir()
        env[name] = str(home / name)
    env["MPLCONFIGDIR"] = str(home / "matplotlib")
    env["ALIGNKIT_WORKSPACE"] = str(home / "workspace")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "lib")] + [env.get("PYTHONPATH", "")])
    return env


@contextlib.contextmanager
def server(kind: str, tmp: Path):
    """A fresh Lab or Voila server on a copy of notebooks/; yields its base URL and token."""
    work = tmp / "work"
    shutil.copytree(ROOT / "notebooks", work / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))  # fmt: skip
    for entry in ROOT.iterdir():
        if entry.name not in {"notebooks", ".git", ".venv", "build"}:
            (work / entry.name).symlink_to(entry)
    port, token = free_port(), os.urandom(16).hex()
    cmd = lab_command(port, token) if kind == "lab" else voila_command(port, token)
    log = open(tmp / f"{kind}.log", "w")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(cmd, shell=True, cwd=work, env=environment(tmp), stdout=log,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{base}/?token={token}", timeout=5).read()
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{kind} did not start: {(tmp / f'{kind}.log').read_text()}")
            time.sleep(0.2)
        yield base, token
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
        log.close()


# ------------------------------------------------------------------------------ one run
CONSOLE: list[str] = []  # console errors and warnings of every page, printed with --console


def _page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1900})
    context.add_init_script(MARKS_JS)
    page = context.new_page()
    page.on("console", lambda m: m.type in {"error", "warning"} and CONSOLE.append(m.text))
    # offline, as on a machine without network: nothing leaves 127.0.0.1
    page.route("**/*", lambda r: r.continue_() if "//127.0.0.1:" in r.request.url else r.abort())
    return context, page


def _finish(page) -> dict:
    page.locator(".alignkit-graph-canvas canvas").first.wait_for(timeout=120_000)
    page.wait_for_function("() => 'widget' in window.__marks && 'network' in window.__marks")
    marks = page.evaluate(
        """() => { const t = performance.getEntriesByType('navigation')[0];
        return Object.assign({html: t.responseStart, dom: t.domContentLoadedEventEnd,
                              load: t.loadEventEnd}, window.__marks); }"""
    )
    return {k: round(v / 1000, 2) for k, v in marks.items()}


def run_lab(browser, base: str, token: str) -> dict:
    context, page = _page(browser)
    try:
        page.goto(f"{base}/lab/tree/{NOTEBOOK}?token={token}&reset", wait_until="commit")
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        panel.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]').first.wait_for(
            timeout=90_000
        )
        page.wait_for_function("() => 'kernel_idle' in window.__marks", timeout=90_000)
        item = page.locator('.lm-Menu-item[data-command="runmenu:run-all"]')
        for _ in range(20):  # the item is enabled once the notebook is Lab's current widget
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
            item.wait_for(state="visible")
            if "lm-mod-disabled" not in (item.get_attribute("class") or ""):
                item.click()
                break
            page.keyboard.press("Escape")
            page.wait_for_timeout(100)
        return _finish(page)
    finally:
        context.close()


def run_voila(browser, base: str, token: str) -> dict:
    context, page = _page(browser)
    try:
        page.goto(f"{base}/voila/render/{NOTEBOOK}?token={token}", wait_until="commit")
        return _finish(page)
    finally:
        context.close()


# ------------------------------------------------------------------------------ report
def measure(kind: str, runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    chromium = find_chromium()
    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                with tempfile.TemporaryDirectory(prefix=f"alignkit-{kind}-") as tmp:  # noqa: SIM117
                    with server(kind, Path(tmp)) as (base, token):
                        got = (run_lab if kind == "lab" else run_voila)(browser, base, token)
                out.append(got)
                order = LAB_ORDER if kind == "lab" else VOILA_ORDER
                print(f"  {kind} run: " + " ".join(f"{k} {got[k]:.2f}" for k in order if k in got),
                      flush=True)  # fmt: skip
        finally:
            browser.close()
    return out


def summary(kind: str, rows: list[dict]) -> None:
    order = LAB_ORDER if kind == "lab" else VOILA_ORDER
    print(f"\n{kind}: notebook 03, seconds from navigation (median [range] of {len(rows)})")
    for key in order:
        vals = [r[key] for r in rows if key in r]
        if vals:
            print(f"  {key:<12}{statistics.median(vals):6.2f}  [{min(vals):.2f}–{max(vals):.2f}]")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lab", action="store_true", help="JupyterLab only")
    ap.add_argument("--voila", action="store_true", help="Voila only")
    ap.add_argument("--json", type=Path, help="write every run's marks here")
    ap.add_argument("--console", action="store_true", help="print the pages' console warnings")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the servers on the way out
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("first widget: playwright is not installed (pip install -e '.[test]'); skipped")
        return 0
    if not find_chromium():
        print("first widget: no Chromium (bash .ci/browser-deps.sh); skipped")
        return 0
    kinds = [k for k, on in (("lab", args.lab), ("voila", args.voila)) if on] or ["lab", "voila"]
    got = {}
    for kind in kinds:
        got[kind] = measure(kind, args.runs)
        summary(kind, got[kind])
    if args.json:
        args.json.write_text(json.dumps(got, indent=2) + "\n")
    if args.console:
        print("\nconsole warnings and errors:", *sorted(set(CONSOLE)), sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
