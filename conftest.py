"""For every test run (tests/, the doctests of lib/, nbval's kernels): pasted and uploaded
texts are kept in a temporary workspace, never in the user's ``~/alignkit-workspace``."""

from __future__ import annotations

import os
import shutil
import tempfile

_OWN: list[str] = []


def pytest_configure(config):
    if "ALIGNKIT_WORKSPACE" not in os.environ:
        _OWN.append(tempfile.mkdtemp(prefix="alignkit-test-workspace-"))
        os.environ["ALIGNKIT_WORKSPACE"] = _OWN[0]


def pytest_unconfigure(config):
    for folder in _OWN:
        shutil.rmtree(folder, ignore_errors=True)
