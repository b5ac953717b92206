"""Servers the browser harness starts die with the test process, however it is killed.

A pytest-like parent starts a dummy "server" (a sleeping Python child with a "kernel" in its
own session, like Jupyter's) through ``spawn_tied`` of ``tests/browser/conftest.py``, the helper
the real JupyterLab and Voila servers are started with; the parent is then killed and the
server's process group, its kernel and the watchdog must be gone within a few seconds.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

CONFTEST = Path(__file__).resolve().parent / "browser" / "conftest.py"

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

PARENT = textwrap.dedent(
    """
    import importlib.util, subprocess, sys, time

    spec = importlib.util.spec_from_file_location("browser_conftest", {conftest!r})
    harness = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = harness  # dataclasses look their module up
    spec.loader.exec_module(harness)
    marker = {marker!r}
    server_code = (
        "import subprocess, sys, time\\n"
        # a kernel: its own session, the marker on its command line (like a connection file)
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)', sys.argv[1]"
        " + 'kernel.json'], start_new_session=True)\\n"
        # a helper in the server's own group
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\\n"
        "time.sleep(600)\\n"
    )
    server, watchdog = harness.spawn_tied(
        [sys.executable, "-c", server_code, marker], marker, stdin=subprocess.DEVNULL
    )
    print(server.pid, watchdog.pid, flush=True)
    time.sleep(600)
    """
)


def _procs() -> dict[int, tuple[int, str]]:
    """pid -> (pgid, cmdline) of live, non-zombie processes (the harness's own table)."""
    return {pid: (pgid, cmd) for pid, (_, pgid, cmd) in _harness()._proc_table().items()}


def _harness():
    """``tests/browser/conftest.py`` as a module (the code under test)."""
    if "browser_conftest" not in sys.modules:
        spec = importlib.util.spec_from_file_location("browser_conftest", CONFTEST)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["browser_conftest"]


def _left(server: int, watchdog: int, marker: str) -> list[str]:
    return [
        f"{pid}: {cmd}"
        for pid, (pgid, cmd) in _procs().items()
        if pgid == server or pid in (server, watchdog) or marker in cmd
    ]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_server_group_and_kernels_die_with_the_killed_test_process(tmp_path, sig):
    marker = f"{tmp_path}{os.sep}"
    script = tmp_path / "parent.py"
    script.write_text(PARENT.format(conftest=str(CONFTEST), marker=marker))
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    server = watchdog = -1
    try:
        server, watchdog = map(int, parent.stdout.readline().split())
        deadline = time.monotonic() + 10  # the server starts its kernel and helper
        while time.monotonic() < deadline:
            procs = _procs()
            kernels = [p for p, (_, cmd) in procs.items() if f"{marker}kernel.json" in cmd]
            group = [p for p, (pgid, _) in procs.items() if pgid == server]
            if kernels and len(group) >= 2:
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"dummy server did not start its children: {_left(server, -1, marker)}")
        os.kill(parent.pid, sig)
        parent.wait(10)
        deadline = time.monotonic() + 5
        while (left := _left(server, watchdog, marker)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not left, f"still running after the test process died: {left}"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid, (pgid, cmd) in _procs().items():  # never leave our own dummies behind
            if pgid == server or pid in (server, watchdog) or marker in cmd:
                os.kill(pid, signal.SIGKILL)
