"""Self-tests of the harness: its checks must catch what they claim to catch.

They use `fixtures/selftest/errors.ipynb` (copied into the served tmp folder as
`_browser_selftest/`, never into notebooks/), which fails on purpose.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import expect

ERRORS_NB = "_browser_selftest/errors.ipynb"


def test_harness_serves_a_temporary_copy(served_root, lab_server):
    repo = Path(__file__).resolve().parents[2]
    assert repo not in served_root.resolve().parents, served_root
    assert lab_server.api("/api/contents/_browser_selftest")["type"] == "directory"
    assert lab_server.api("/api/kernelspecs")["default"] == "python3"


def test_harness_lab_catches_cell_and_callback_errors(lab_server, guarded_page, ui):
    page, guard = guarded_page
    ui.lab_open_and_run_all(page, lab_server, ERRORS_NB)
    # an exception in a cell: rendered as a stderr output area holding the traceback ...
    ui.wait_until(page, guard.output_errors, "the cell's error output")
    assert any("ValueError" in t and "Traceback" in t for t in guard.output_errors())
    # ... and seen as a kernel `error` message on the websocket
    ui.wait_until(page, lambda: any("ValueError" in e for e in guard.kernel_errors), "ws error")
    # an exception in a widget callback is only logged (Lab's log console), never rendered in
    # the cell: the websocket check is what catches it
    page.get_by_role("button", name="selftest-boom").click()
    ui.wait_until(
        page, lambda: any("RuntimeError" in e for e in guard.kernel_errors), "callback error"
    )
    assert not any("RuntimeError" in t for t in guard.output_errors())
    assert any(p.startswith("kernel error message: RuntimeError") for p in guard.problems())
    # an exception in a traitlets observer (how a filter's redraw runs) is not an `error`
    # message: ipykernel's comm manager prints its traceback to stderr (-> websocket stream)
    ui.choose(ui.dropdown(page.locator(".jp-OutputArea"), "selftest-pick"), "b")
    ui.wait_until(page, lambda: any("KeyError" in e for e in guard.kernel_errors), "observer error")
    guard.reset(ignore_output_errors=True)


def test_harness_voila_catches_cell_errors(voila_server, guarded_page, ui):
    page, guard = guarded_page
    page.goto(voila_server.url(f"voila/render/{ERRORS_NB}"), wait_until="commit")
    expect(page.get_by_role("button", name="selftest-boom")).to_be_visible(timeout=120_000)
    ui.wait_until(page, guard.output_errors, "Voila's error output for the failing cell")
    assert any("ValueError" in t for t in guard.output_errors()), guard.output_errors()
    guard.reset(ignore_output_errors=True)


def test_harness_catches_js_errors_console_and_external_requests(guarded_page, ui):
    page, guard = guarded_page
    page.set_content("<p>selftest</p>")
    page.evaluate("setTimeout(() => { throw new Error('selftest: uncaught') }, 0)")
    page.evaluate("console.error('selftest: console error')")
    page.evaluate("fetch('https://cdn.example.org/x.js').catch(() => {})")
    ui.wait_until(page, lambda: guard.page_errors and guard.blocked, "pageerror + blocked")
    problems = "\n".join(guard.problems())
    assert "selftest: uncaught" in problems
    assert "selftest: console error" in problems
    assert guard.blocked == ["https://cdn.example.org/x.js"]
    assert "request to outside 127.0.0.1: https://cdn.example.org/x.js" in problems
    guard.reset()


def test_harness_teardown_stops_server_and_kernels(launch_lab):
    server = launch_lab()
    try:
        kernel = server.api("/api/kernels", method="POST")
        deadline, pids = time.monotonic() + 60, []
        while time.monotonic() < deadline and not pids:
            pids = [
                int(p)
                for p in os.listdir("/proc")
                if p.isdigit() and kernel["id"] in _cmdline(p) and "ipykernel" in _cmdline(p)
            ]
            time.sleep(0.2)
        assert pids, "kernel process not found"
        argv0 = Path(_cmdline(str(pids[0])).split()[0])
        assert argv0.parent == Path(sys.executable).parent, argv0  # this venv's interpreter
        assert os.getpgid(pids[0]) != os.getpgid(server.proc.pid)  # kernels: own session
    finally:
        survivors = server.stop()
    assert survivors == []
    assert not [p for p in pids if _alive(p)]


def _cmdline(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def test_dashboard_script_serves_exactly_the_two_notebooks(guarded_page, ui, free_tcp_port):
    """`make dashboard` (tests/browser/dashboard.sh): Voila's tree lists the two dashboards."""
    page, guard = guarded_page
    script = Path(__file__).with_name("dashboard.sh")
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"alignkit-dashboard-{free_tcp_port}.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            ["bash", str(script)],
            # this interpreter (a worktree has no .venv of its own for the script to find)
            env=dict(os.environ, PORT=str(free_tcp_port), PYTHON=sys.executable),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        base = f"http://127.0.0.1:{free_tcp_port}/"

        def up():
            assert proc.poll() is None, f"dashboard.sh exited:\n{log.read_text()}"
            try:
                with urllib.request.urlopen(base, timeout=5) as resp:
                    return resp.status == 200
            except OSError:
                return False

        ui.wait_until(page, up, "dashboard.sh's Voila to answer")
        page.goto(base)
        listed = ui.wait_until(  # the tree is rendered client-side by Voila's treepage.js
            page,
            lambda: sorted(re.findall(r"[\w.-]+\.ipynb", page.inner_text("body"))),
            "the tree's notebook entries",
        )
        assert listed == ["03-alignment-network.ipynb", "04-statements.ipynb"], listed
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _group_alive(proc.pid):
        time.sleep(0.2)
    assert not _group_alive(proc.pid), "dashboard.sh left processes alive"
    assert "Traceback" not in log.read_text()


def _group_alive(pgid: int) -> list[int]:
    out = []
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            stat = Path(f"/proc/{p}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[2]) == pgid:
            out.append(int(p))
    return out
