"""Real-browser harness: JupyterLab and Voila servers + headless Debian Chromium via Playwright.

Everything the browser tests need lives here, exposed as fixtures (no helper module to import):

* ``served_root``   a temporary copy of ``notebooks/`` (Lab autosaves: never the repo's folder)
* ``lab_server``    ``python -m jupyter lab`` on 127.0.0.1:<free port>, random token, offline flags
* ``voila_server``  ``python -m voila <copy>`` on 127.0.0.1:<free port>, random token
* ``guarded_page``  a fresh Chromium page that records page errors, console messages, kernel
  ``error`` messages seen on the websockets and every request not to 127.0.0.1 (aborted)
* ``ui``            helpers to drive ipywidgets controls by their description label and Lab itself

Servers are session-scoped and stopped in teardown: ``POST /api/shutdown``, then SIGTERM/SIGKILL of
the process group and of every process whose command line names the server's temporary folder
(kernels run in their own sessions); teardown fails if any of them survives. Servers are
started by ``spawn_tied``: when the test process is killed (SIGTERM, SIGKILL), a parent-death
signal kills the server and a watchdog kills its group and kernels.

``ALIGNKIT_BROWSER_NOTEBOOKS=<dir>`` serves another folder instead of ``notebooks/`` (used to
develop the harness against ``fixtures/stub-notebooks``); by default the real notebooks are tested.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# also when this file is loaded by path (tests/test_process_cleanup.py), not by pytest
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from browser_launch import CHROMIUM_ARGS, find_chromium  # noqa: E402

ARTIFACTS = REPO / "build" / "browser"
SELFTEST_SRC = HERE / "fixtures" / "selftest"
SELFTEST_DIR = "_browser_selftest"  # folder added to the served copy (never to the repo)
NOTEBOOKS_ENV = "ALIGNKIT_BROWSER_NOTEBOOKS"


SERVER_READY_TIMEOUT = 60  # s, /api/status polling
STOP_TIMEOUT = 15  # s, graceful shutdown before SIGKILL
UI_TIMEOUT = 60_000  # ms, default Playwright timeout for UI waits
RUN_TIMEOUT = 180_000  # ms, Run All Cells until every code cell has an execution count

# --------------------------------------------------------------------------------------------
# Console messages (warning/error) that do not fail a test. Each entry: (where, regex, reason).
# Anything else logged as a console warning or error fails the test that produced it.
# --------------------------------------------------------------------------------------------
# Scopes: "lab" (a JupyterLab page), "voila" (a /voila/render/ page), "voila-tree" (Voila's tree
# page, which `make dashboard` serves).
# Each entry: (scopes, message regex, regex on the logging script's URL or None, reason).
ALLOW_CONSOLE: list[tuple[set[str], re.Pattern, re.Pattern | None, str]] = [
    (
        {"lab"},
        re.compile(r"^Disabling terminals plugin because they are not available on the server"),
        None,
        "the harness starts Lab with ServerApp.terminals_enabled=False on purpose",
    ),
    (
        {"voila", "voila-tree"},
        re.compile(
            r"^(Unsatisfied version \S+ from \S+ of shared singleton module|"
            r"No satisfying version \S+ of shared module) @(jupyterlab|jupyter-widgets|lumino)/"
        ),
        None,
        "Voila 0.5 bundles JupyterLab 4.2 core packages while the installed federated "
        "extension jupyterlab_widgets was built against newer ones; webpack module federation "
        "warns and falls back to the extension's own copy. Rendering is unaffected "
        "(shared/notes/jupyter-testing.md: 'Unsatisfied version' warnings are not failures)",
    ),
    (
        {"voila-tree"},
        re.compile(
            r"^Plugin '(@jupyter-widgets/jupyterlab-manager|anywidget|matplotlib-jupyter):[\w.-]+' "
            r"failed "
            r"to activate\. Error: The model for kernel id\s+does not exist"
        ),
        None,
        "Voila 0.5's tree page (no notebook, so no kernel) still activates the ipywidgets "
        "plugins (and anywidget's, which registers its widgets with them; ipympl's too in a "
        "venv that still has it), which find no kernel; "
        "nothing on that page uses widgets",
    ),
    (
        {"voila-tree"},
        re.compile(r"^Failed to load resource: the server responded with a status of 404"),
        re.compile(r"^http://127\.0\.0\.1:\d+/api/kernels\b"),
        "Voila 0.5's tree page polls /api/kernels, which a standalone Voila does not serve",
    ),
    (
        {"voila"},
        re.compile(r"^Failed to load resource: the server responded with a status of 403"),
        re.compile(r"^http://127\.0\.0\.1:\d+/voila/api/shutdown/[0-9a-f-]+$"),
        "leaving a Voila dashboard (a reload) sends a kernel-shutdown beacon without the "
        "_xsrf token, which jupyter_server refuses (voila-dashboards/voila#1458, open); the "
        "old kernel then ends with the server, and the harness checks none is left",
    ),
]
# "Failed to load resource: net::ERR_FAILED" is tolerated only when its URL is one this harness
# aborted on purpose (a request not to 127.0.0.1, e.g. Voila's FontAwesome/MathJax CDN links).

# Rendered text of an error: Lab 4 turns an `error` output into an output area with
# data-mime-type="application/vnd.jupyter.stderr" (.jp-RenderedText) holding the traceback.
STDERR_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
ERROR_TEXT = re.compile(r"Traceback|\w*Error\b|\w*Exception\b")
KERNEL_ERROR_MSG = re.compile(r'"msg_type"\s*:\s*"error"')
KERNEL_STATUS_MSG = re.compile(r'"msg_type"\s*:\s*"status"')
KERNEL_IDLE = re.compile(r'"execution_state"\s*:\s*"idle"')
KERNEL_COMM_PARENT = re.compile(r'"msg_type"\s*:\s*"comm_msg"')
KERNEL_STDERR_MSG = re.compile(r'"msg_type"\s*:\s*"stream".*"name"\s*:\s*"stderr"', re.S)
BLOCKED: dict[str, list[str]] = {}  # test id -> requests not to 127.0.0.1 that were aborted


# --------------------------------------------------------------------------------------------
# processes
# --------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proc_table() -> dict[int, tuple[int, int, str]]:
    """pid -> (ppid, pgid, cmdline) for every live, non-zombie process (Linux /proc)."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] == "Z":
            continue
        table[int(entry)] = (int(fields[1]), int(fields[2]), cmd.strip())
    return table


def _related(root_pid: int, marker: str) -> set[int]:
    """The server, its descendants, its process group, and anything naming its tmp folder."""
    table = _proc_table()
    found = {root_pid} if root_pid in table else set()
    found |= {p for p, (_, pgid, cmd) in table.items() if pgid == root_pid or marker in cmd}
    grew = True
    while grew:
        more = {p for p, (ppid, _, _) in table.items() if ppid in found} - found
        grew = bool(more)
        found |= more
    found.discard(os.getpid())
    return found


_PR_SET_PDEATHSIG = 1  # linux/prctl.h

# A watchdog per server, in its own session (a kill of the test's process group spares it):
# once its parent (the test process) is gone, however it died, it SIGKILLs the server's process
# group and every process naming the server's tmp folder (kernels run in their own sessions),
# then exits.  Teardown stops it first.
_WATCHDOG = r"""
import os, signal, sys, time
parent, pgid, marker = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3].encode()
while os.getppid() == parent:
    time.sleep(0.1)
for _ in range(3):  # again, for anything forked meanwhile
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                named = marker in fh.read()
        except OSError:
            continue
        if named:
            try:
                os.kill(int(entry), signal.SIGKILL)
            except OSError:
                pass
    time.sleep(0.2)
"""


def _die_with_parent():
    """A preexec_fn: SIGKILL the child when the thread that started it dies (Linux prctl).

    PR_SET_PDEATHSIG fires on the death of the parent *thread*: start servers from the main
    thread (pytest's fixtures run there), or the server dies when a worker thread ends."""
    parent = os.getpid()
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork
    except (AttributeError, OSError):  # not Linux: the watchdog alone
        prctl = None

    def preexec():
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


def spawn_tied(cmd: list[str], marker: str, **popen) -> tuple[subprocess.Popen, subprocess.Popen]:
    """Start `cmd` so that it, its process group and its kernels die with this process.

    The server gets its own process group (``start_new_session``: teardown kills the group with
    ``os.killpg``) and a parent-death signal (SIGKILL), and a watchdog process is started that,
    when this process dies (SIGTERM, SIGKILL, a crash), kills the server's group and every
    process whose command line names `marker` (the server's tmp folder, on its kernels'
    command lines). Returns ``(server, watchdog)``; stop the watchdog on teardown."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("spawn_tied must run on the main thread (PR_SET_PDEATHSIG)")
    proc = subprocess.Popen(cmd, start_new_session=True, preexec_fn=_die_with_parent(), **popen)
    watchdog = subprocess.Popen(
        [sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(proc.pid), marker],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    return proc, watchdog


def _stop_watchdog(watchdog: subprocess.Popen | None) -> None:
    if watchdog is not None and watchdog.poll() is None:
        watchdog.kill()
    if watchdog is not None:
        watchdog.wait(5)


@dataclass
class Server:
    kind: str  # "lab" or "voila"
    proc: subprocess.Popen
    port: int
    token: str
    marker: str  # temporary folder named on the command lines of the server and its kernels
    log: Path
    started_at: float  # time.monotonic() just before Popen
    ready_after: float = 0.0
    seen_pids: set[int] = field(default_factory=set)
    watchdog: subprocess.Popen | None = None  # see spawn_tied

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str, **params: str) -> str:
        sep = "&" if "?" in path else "?"
        extra = "".join(f"&{k}" if v == "" else f"&{k}={v}" for k, v in params.items())
        return f"{self.base}/{path.lstrip('/')}{sep}token={self.token}{extra}"

    def api(self, path: str, method: str = "GET", parse: bool = True):
        req = urllib.request.Request(
            f"{self.base}/{path.lstrip('/')}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body and parse else body

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "<no log>"

    def wait_ready(self, timeout: float = SERVER_READY_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.kind} server exited with {self.proc.returncode}:\n{self.log_tail()}"
                )
            with contextlib.suppress(OSError, urllib.error.URLError, ValueError):
                # Lab: the REST status; standalone Voila has no /api: its tree page
                self.api("/api/status") if self.kind == "lab" else self.api("/", parse=False)
                self.ready_after = time.monotonic() - self.started_at
                return
            time.sleep(0.2)
        raise RuntimeError(f"{self.kind} server not ready after {timeout}s:\n{self.log_tail()}")

    def stop(self) -> list[str]:
        """Stop the server and every process it started; return the survivors (should be [])."""
        self.seen_pids |= _related(self.proc.pid, self.marker)
        if self.proc.poll() is None and self.kind == "lab":
            with contextlib.suppress(OSError, urllib.error.URLError, ValueError):
                self.api("/api/shutdown", method="POST")  # graceful: shuts the kernels down too
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(STOP_TIMEOUT)
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)  # Voila/Jupyter stop their kernels
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(STOP_TIMEOUT)
        leftovers = _related(self.proc.pid, self.marker) | (self.seen_pids & set(_proc_table()))
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for pid in leftovers:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, sig)
            deadline = time.monotonic() + 5
            while leftovers and time.monotonic() < deadline:
                live = set(_proc_table())
                leftovers &= live
                time.sleep(0.1)
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(5)
        _stop_watchdog(self.watchdog)
        table = _proc_table()
        survivors = (self.seen_pids | _related(self.proc.pid, self.marker)) & set(table)
        return [f"{pid}: {table[pid][2]}" for pid in sorted(survivors)]


def _start(kind: str, cmd: list[str], env: dict, cwd: Path, port: int, token: str, tmp: Path):
    log = tmp / f"{kind}.log"
    # per-server runtime dir: kernel connection files (named on each kernel's command line) land
    # under `tmp`, which is how teardown finds kernels that run in their own sessions
    env = dict(env, JUPYTER_RUNTIME_DIR=str(tmp / "runtime"))
    started = time.monotonic()
    marker = f"{tmp}{os.sep}"
    with open(log, "w") as out:
        # own process group (teardown kills the whole group), killed with this process
        proc, watchdog = spawn_tied(
            cmd,
            marker,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = Server(kind, proc, port, token, marker, log, started, watchdog=watchdog)
    try:
        server.wait_ready()
    except BaseException:
        server.stop()
        raise
    return server


# --------------------------------------------------------------------------------------------
# session fixtures: served copy, Jupyter env, servers, timings
# --------------------------------------------------------------------------------------------
def notebooks_source() -> Path:
    return Path(os.environ.get(NOTEBOOKS_ENV) or REPO / "notebooks").resolve()


@pytest.fixture(scope="session")
def served_root(tmp_path_factory) -> Path:
    """tmp/work/notebooks: a copy of notebooks/; the repo's other top-level entries (data/, lib/,
    ...) are symlinked beside it so that relative paths like ../data keep working."""
    work = tmp_path_factory.mktemp("served") / "work"
    work.mkdir()
    src = notebooks_source()
    dest = work / "notebooks"
    if src.is_dir():
        shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    else:
        dest.mkdir()
    for entry in REPO.iterdir():
        if (
            entry.name not in {"notebooks", ".git", ".venv", "build"}
            and not (work / entry.name).exists()
        ):
            (work / entry.name).symlink_to(entry)
    if SELFTEST_SRC.is_dir():
        shutil.copytree(SELFTEST_SRC, dest / SELFTEST_DIR)
    return dest


@pytest.fixture(scope="session")
def jupyter_env(tmp_path_factory) -> tuple[dict, Path]:
    """Environment for both servers: every Jupyter/IPython dir in tmp, Lab user settings that
    switch off news/update checks. The kernelspec `python3` is the venv's own
    (sys.prefix/share/jupyter/kernels, searched before system dirs in a venv); its argv[0]
    `python` is replaced by jupyter_client with the server's interpreter, i.e. this venv's."""
    home = tmp_path_factory.mktemp("jupyter")
    dirs = {
        "JUPYTER_CONFIG_DIR": home / "config",
        "JUPYTER_DATA_DIR": home / "data",
        "JUPYTER_RUNTIME_DIR": home / "runtime",
        "IPYTHONDIR": home / "ipython",
    }
    for d in dirs.values():
        d.mkdir()
    settings = home / "lab-user-settings"
    for plugin, value in {
        "@jupyterlab/apputils-extension/notification": {
            "fetchNews": "false",
            "checkForUpdates": False,
        },
        # render every cell (no virtual scrolling) so all prompts/outputs are in the DOM
        "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    }.items():
        pkg, name = plugin.rsplit("/", 1)
        (settings / pkg).mkdir(parents=True, exist_ok=True)
        (settings / pkg / f"{name}.jupyterlab-settings").write_text(json.dumps(value))
    (home / "workspaces").mkdir()
    drop = {"MPLBACKEND", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTER_PREFER_ENV_PATH",
            "JUPYTER_TOKEN"}  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update({k: str(v) for k, v in dirs.items()})
    env["MPLCONFIGDIR"] = str(home / "matplotlib")
    # pasted texts and their corrections (alignkit.notebook.workspace), shared by the servers
    env["ALIGNKIT_WORKSPACE"] = str(home / "workspace")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    # the kit's Jupyter configuration, as `make lab` and `make dashboard` set it: alignkit's
    # Voila template (etc/jupyter/voila/templates/alignkit) on JUPYTER_PATH; Lab's page and
    # server configuration (etc/jupyter/labconfig, jupyter_server_config.json) on
    # JUPYTER_CONFIG_PATH (etc/README.md)
    env["JUPYTER_PATH"] = env["JUPYTER_CONFIG_PATH"] = str(REPO / "etc" / "jupyter")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO / "lib")] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])
    )
    return env, home


@pytest.fixture(scope="session")
def timings():
    data: dict = {}
    yield data
    if data:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "timings.json").write_text(json.dumps(data, indent=2) + "\n")


def record_first_widget(timings: dict, server: Server, what: str) -> None:
    """Server start -> first alignkit widget visible in the browser (informative, not asserted)."""
    key = f"{server.kind}_start_to_first_widget_s"
    if key not in timings:
        timings[key] = round(time.monotonic() - server.started_at, 2)
        timings[f"{server.kind}_server_ready_s"] = round(server.ready_after, 2)
        timings[f"{server.kind}_first_widget_from"] = what


def _stop_and_check(server: Server) -> None:
    survivors = server.stop()
    assert not survivors, f"{server.kind} teardown left processes alive: {survivors}"


def _launch_lab(served_root: Path, jupyter_env: tuple[dict, Path], tmp: Path) -> Server:
    env, home = jupyter_env
    port, token = free_port(), os.urandom(24).hex()
    cmd = [
        sys.executable, "-m", "jupyter", "lab",
        "--no-browser", "--allow-root", "--ip", "127.0.0.1", "--port", str(port),
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        "--ServerApp.terminals_enabled=False",
        f"--ServerApp.root_dir={served_root}",
        f"--LabApp.user_settings_dir={home / 'lab-user-settings'}",
        f"--LabApp.workspaces_dir={home / 'workspaces'}",
    ]  # fmt: skip
    return _start("lab", cmd, env, served_root, port, token, tmp)


@pytest.fixture
def free_tcp_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def launch_lab(served_root, jupyter_env, tmp_path_factory):
    """Factory for an extra Lab server (harness self-test); the caller must `stop()` it."""
    return lambda: _launch_lab(served_root, jupyter_env, tmp_path_factory.mktemp("lab-extra"))


@pytest.fixture(scope="session")
def lab_server(served_root, jupyter_env, tmp_path_factory):
    server = _launch_lab(served_root, jupyter_env, tmp_path_factory.mktemp("lab"))
    yield server
    _stop_and_check(server)


@pytest.fixture(scope="session")
def voila_server(served_root, jupyter_env, tmp_path_factory):
    env, _ = jupyter_env
    tmp = tmp_path_factory.mktemp("voila")
    port, token = free_port(), os.urandom(24).hex()
    cmd = [
        sys.executable, "-m", "voila", str(served_root),
        "--no-browser", "--Voila.ip=127.0.0.1", f"--port={port}", "--Voila.port_retries=0",
        f"--Voila.token={token}",
        "--show_tracebacks=True",  # an error in a cell then shows its traceback (and fails)
        "--template=alignkit",  # etc/jupyter/voila/templates/alignkit: no CDN FontAwesome
        f"--Voila.connection_dir_root={tmp}",  # kernels' connection files: teardown's marker
    ]  # fmt: skip
    server = _start("voila", cmd, env, served_root, port, token, tmp)
    yield server
    _stop_and_check(server)


# --------------------------------------------------------------------------------------------
# browser
# --------------------------------------------------------------------------------------------
def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's `chromium`, else Playwright's own Chromium. Neither: CI (``CI=true``) fails;
    elsewhere the suite is skipped with the reason (a machine without root cannot install
    it)."""
    path = find_chromium()
    if path:
        return path
    why = (
        "no Chromium: Debian's `chromium` is not on PATH and Playwright has no browser of its "
        "own. Install it with `bash .ci/browser-deps.sh` (as root) or `playwright install "
        "chromium`. The suite never downloads a browser itself."
    )
    if _in_ci():
        pytest.fail(f"{why} CI=true: the browser suite is required here.", pytrace=False)
    pytest.skip(f"browser suite skipped: {why}")


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageGuard:
    """Collects everything that must fail a test; `problems()` lists it."""

    def __init__(self, page, where: str):
        self.page = page
        self.where = where
        self.page_errors: list[str] = []
        self.console: list[tuple[str, str, str, str]] = []  # (type, text, url, lab|voila)
        self.blocked: list[str] = []
        self.kernel_errors: list[str] = []
        self.ignore_output_errors = False
        self.comm_idle = 0  # kernel `status: idle` messages that answer a widget (comm) message
        page.on("pageerror", lambda exc: self.page_errors.append(f"{exc.name}: {exc.message}"))
        page.on("console", self._on_console)
        page.on("websocket", self._on_websocket)
        page.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _on_console(self, msg):
        if msg.type in {"error", "warning", "assert"}:
            url = (msg.location or {}).get("url", "")
            self.console.append((msg.type, msg.text, url, self._scope(url)))

    def _scope(self, script_url: str) -> str:
        """Which frontend logged a message: a Voila dashboard, Voila's tree page, or Lab."""
        if "/voila/render/" in self.page.url:
            return "voila"
        if "/voila/" in script_url or "/voila/" in self.page.url:
            return "voila-tree"
        return self.where

    def _on_websocket(self, ws):
        def frame(payload):
            text = payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
            if KERNEL_STATUS_MSG.search(text):
                # the parent header names the request: a widget change arrives as comm_msg
                if KERNEL_IDLE.search(text) and KERNEL_COMM_PARENT.search(text):
                    self.comm_idle += 1
            elif KERNEL_ERROR_MSG.search(text):  # an exception (cell or widget callback)
                ename = re.search(r'"ename"\s*:\s*"([^"]*)"', text)
                evalue = re.search(r'"evalue"\s*:\s*"((?:[^"\\]|\\.)*)"', text)
                self.kernel_errors.append(
                    f"{ename.group(1) if ename else '?'}: {evalue.group(1) if evalue else '?'}"
                )
            elif KERNEL_STDERR_MSG.search(text) and "Traceback" in text:
                # a traceback printed to stderr, e.g. an exception in a traitlets observer,
                # which ipykernel's comm manager logs instead of raising
                body = re.search(r'"text"\s*:\s*"((?:[^"\\]|\\.)*)"', text)
                self.kernel_errors.append(f"stderr traceback: {body.group(1) if body else text}")

        ws.on("framereceived", frame)

    def unexpected_console(self) -> list[str]:
        out = []
        for kind, text, url, scope in self.console:
            if text.startswith("Failed to load resource") and url in self.blocked:
                continue  # a request this harness aborted on purpose
            if any(
                scope in scopes and rx.search(text) and (url_rx is None or url_rx.search(url))
                for scopes, rx, url_rx, _ in ALLOW_CONSOLE
            ):
                continue
            out.append(f"console.{kind} [{scope}]: {text} ({url})")
        return out

    def output_errors(self) -> list[str]:
        """Error outputs rendered anywhere on the page (cells and Output widgets)."""
        texts = self.page.locator(STDERR_OUTPUT).all_inner_texts()
        return [t[:2000] for t in texts if ERROR_TEXT.search(t)]

    def dialogs(self) -> list[str]:
        return [t[:500] for t in self.page.locator(".jp-Dialog").all_inner_texts()]

    def problems(self) -> list[str]:
        out = [f"uncaught JS exception: {e}" for e in self.page_errors]
        out += self.unexpected_console()
        out += [f"kernel error message: {e}" for e in self.kernel_errors]
        # a page that asks the internet for anything breaks offline (and leaks who reads)
        out += [f"request to outside 127.0.0.1: {u}" for u in sorted(set(self.blocked))]
        with contextlib.suppress(Exception):  # page may be closed/crashed: reported elsewhere
            if not self.ignore_output_errors:
                out += [f"error output in the page:\n{t}" for t in self.output_errors()]
            out += [f"dialog open: {t}" for t in self.dialogs()]
        return out

    def assert_clean(self) -> None:
        problems = self.problems()
        assert not problems, "browser problems:\n" + "\n---\n".join(problems)

    def act(self, action, what: str, timeout: float = 120.0) -> None:
        """Do `action` (a widget change) and wait until the kernel has handled it: a
        `status: idle` answering a comm message arrives after it. Every state update the
        callback sent is then on the page (they precede that idle on the same socket)."""
        before = self.comm_idle
        action()
        UI.wait_until(
            self.page, lambda: self.comm_idle > before, f"kernel done with {what}", timeout
        )

    def reset(self, ignore_output_errors: bool = False) -> None:
        """Forget what was recorded (self-tests that provoke errors on purpose)."""
        self.ignore_output_errors = ignore_output_errors
        self.page_errors.clear()
        self.console.clear()
        self.kernel_errors.clear()
        self.blocked.clear()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def guarded_page(browser, request):
    """A fresh context/page; on teardown fails on recorded problems and screenshots failures."""
    name = request.node.name
    where = "voila" if "voila" in name else "voila-tree" if "dashboard" in name else "lab"
    # tall viewport: Lab scrolls inside its own panels, so a page screenshot shows only what is
    # on screen; 1900 px holds a whole explorer widget
    context = browser.new_context(viewport={"width": 1400, "height": 1900}, service_workers="block")
    context.set_default_timeout(UI_TIMEOUT)
    page = context.new_page()
    guard = PageGuard(page, where)
    yield page, guard
    rep = getattr(request.node, "rep_call", None)
    try:
        if rep is not None and rep.failed:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(Exception):
                page.screenshot(path=str(ARTIFACTS / f"FAILED-{request.node.name}.png"))
        if rep is not None and rep.passed:
            guard.assert_clean()
    finally:
        if guard.blocked:
            BLOCKED[request.node.nodeid] = sorted(set(guard.blocked))
        context.close()


# --------------------------------------------------------------------------------------------
# UI helpers
# --------------------------------------------------------------------------------------------
class UI:
    """ipywidgets controls by description label, Lab's Run menu, small polling helpers."""

    def __init__(self, timings: dict):
        self.timings = timings

    # --- notebooks ---------------------------------------------------------------------------
    @staticmethod
    def require_notebook(served_root: Path, name: str) -> str:
        if not (served_root / name).is_file():
            pytest.fail(
                f"{notebooks_source() / name} does not exist: the browser suite tests the real "
                f"notebook and does not skip (set {NOTEBOOKS_ENV} only to develop the harness).",
                pytrace=False,
            )
        return name

    # --- ipywidgets --------------------------------------------------------------------------
    @staticmethod
    def control(root, css: str, label: str):
        """The ipywidgets control `css` (e.g. .widget-dropdown) whose description is `label`."""
        loc = root.locator(css).filter(
            has=root.page.locator(
                ".widget-label", has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")
            )
        )
        return loc.first

    def dropdown(self, root, label: str):
        return self.control(root, ".widget-dropdown", label).locator("select")

    # ipywidgets renders spaces in option labels as U+00A0: labels are compared normalised
    _LABELS = "s => Array.from(s.options).map(o => o.textContent.replace(/\\u00a0/g, ' ').trim())"

    def options(self, select) -> list[str]:
        return select.evaluate(self._LABELS)

    def selected(self, select) -> str:
        i = select.evaluate("s => s.selectedIndex")
        return self.options(select)[i] if i >= 0 else ""

    def choose(self, select, label: str) -> None:
        """Select the option whose (normalised) label is `label`, like a user would."""
        labels = self.options(select)
        assert label in labels, f"option {label!r} not in {labels}"
        assert self.selected(select) != label, f"{label!r} is already selected: no change"
        select.select_option(index=labels.index(label))

    def toggle(self, root, label: str, option: str) -> None:
        group = self.control(root, ".widget-toggle-buttons", label)
        group.get_by_role("button", name=option, exact=True).click()

    @staticmethod
    def wait_until(page, predicate, what: str, timeout: float = 60.0, interval: float = 0.2):
        """Poll `predicate()` (Python side) until truthy; return its value."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            with contextlib.suppress(Exception):
                last = predicate()
                if last:
                    return last
            page.wait_for_timeout(interval * 1000)
        raise AssertionError(f"timed out after {timeout}s waiting for: {what} (last: {last!r})")

    @staticmethod
    def img_src(root) -> str:
        """src of the figure PNG inside `root`'s .alignkit-figure ('' while it is redrawn)."""
        return root.evaluate(
            "r => { const i = r.querySelector('.alignkit-figure img'); return i ? i.src : ''; }"
        )

    def wait_new_figure(self, page, root, old: str) -> str:
        return self.wait_until(
            page,
            lambda: (src := self.img_src(root)) and src != old and src,
            "the .alignkit-figure img to be redrawn (src changes)",
        )

    # --- JupyterLab --------------------------------------------------------------------------
    @staticmethod
    def _session(server: Server, name: str):
        for s in server.api("/api/sessions"):
            if s.get("path") == name or s.get("notebook", {}).get("path") == name:
                return s
        return None

    def lab_open_and_run_all(self, page, server: Server, name: str) -> None:
        page.goto(server.url(f"lab/tree/{name}", reset=""), wait_until="domcontentloaded")
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        panel.locator(".jp-Cell").first.wait_for(timeout=UI_TIMEOUT)

        # the kernel: a session for this notebook whose kernel is idle with a live websocket,
        # and Lab's own indicator idle
        def kernel_idle():
            s = self._session(server, name)
            k = (s or {}).get("kernel") or {}
            return k.get("execution_state") == "idle" and k.get("connections", 0) >= 1

        self.wait_until(page, kernel_idle, f"kernel of {name} idle and connected", timeout=90)
        panel.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]').first.wait_for(
            timeout=UI_TIMEOUT
        )
        # Edit > Clear Outputs of All Cells (stored execution counts would look like a finished
        # run), then Run > Run All Cells, through the menu bar like a user.
        prompts = panel.locator(".jp-CodeCell .jp-InputPrompt")

        def cleared():
            return all(t.strip() == "[ ]:" for t in prompts.all_inner_texts())

        def started():
            return not cleared()

        self.menu(page, "Edit", "editmenu:clear-all", cleared, "outputs cleared")
        self.menu(page, "Run", "runmenu:run-all", started, "the first cell queued")

        def all_ran():
            texts = [t.strip() for t in prompts.all_inner_texts()]
            return texts and all(re.fullmatch(r"\[\d+\]:", t) for t in texts)

        self.wait_until(page, all_ran, f"every code cell of {name} executed", RUN_TIMEOUT / 1000)

    def menu(self, page, menu: str, command: str, done, what: str, attempts: int = 3) -> None:
        """Click menu bar `menu` > the item of `command`, until `done()` (up to `attempts`).

        Notebook items are enabled only while the notebook is Lab's current widget: its tab is
        activated first, and a disabled item (a click would do nothing) is retried."""
        tab = page.locator("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current").first
        item = page.locator(f'.lm-Menu-item[data-command="{command}"]')
        for _ in range(attempts):
            tab.click()
            page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(rf"^{menu}$")).click()
            item.wait_for(state="visible")
            if "lm-mod-disabled" in (item.get_attribute("class") or ""):
                page.keyboard.press("Escape")
                page.wait_for_timeout(1000)
                continue
            item.click()
            with contextlib.suppress(AssertionError):
                self.wait_until(page, done, what, timeout=20)
                return
        raise AssertionError(f"{menu} > {command}: {what} did not happen ({attempts} attempts)")

    @staticmethod
    def screenshot(page, name: str, element=None) -> Path:
        """build/browser/NAME: the page (Lab: the viewport, which it fills) or, for a page that
        scrolls as a whole (Voila), just `element`."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / name
        if element is not None and "/voila/" in page.url:
            element.screenshot(path=str(path))
            return path
        if element is not None:
            element.scroll_into_view_if_needed()
        page.screenshot(path=str(path))
        return path

    def first_widget(self, server: Server, what: str) -> None:
        record_first_widget(self.timings, server, what)


@pytest.fixture(scope="session")
def ui(timings) -> UI:
    return UI(timings)


# --------------------------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------------------------
def pytest_sessionstart(session):
    # never report a previous run's numbers or failures
    for old in [ARTIFACTS / "timings.json", ARTIFACTS / "blocked-requests.json"] + sorted(
        ARTIFACTS.glob("FAILED-*.png")
    ):
        with contextlib.suppress(OSError):
            old.unlink()


def pytest_collection_modifyitems(items):
    # the notebook tests first: each server's start-to-first-widget time is then measured on a
    # fresh server, and a broken notebook is reported before the harness self-tests run
    items.sort(key=lambda item: Path(str(item.fspath)).name == "test_harness.py")
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter):
    path = ARTIFACTS / "timings.json"
    if path.is_file():
        terminalreporter.write_sep("-", "browser suite timings (informative, not asserted)")
        for key, value in json.loads(path.read_text()).items():
            terminalreporter.write_line(f"{key}: {value}")
    if BLOCKED:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "blocked-requests.json").write_text(json.dumps(BLOCKED, indent=2) + "\n")
    for nodeid, urls in BLOCKED.items():
        terminalreporter.write_line(f"{nodeid}: aborted {len(urls)} request(s) not to 127.0.0.1")
        for url in urls:
            terminalreporter.write_line(f"    {url}")
