"""How the kit launches headless Chromium, shared by the browser suite (``conftest.py``) and
``benchmarks/first_widget.py``: Debian's ``chromium`` with Playwright, never a downloaded
browser (``../shared/notes/jupyter-testing.md``)."""

from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _playwright_chromium() -> str | None:
    """The Chromium Playwright installed itself (``playwright install chromium``), if any."""
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            path = pw.chromium.executable_path
    except Exception:  # no playwright driver, or no browser of its own
        return None
    return path if path and Path(path).is_file() else None


def find_chromium() -> str | None:
    """Debian's ``chromium`` on PATH, else Playwright's own Chromium, else ``None``."""
    return shutil.which("chromium") or _playwright_chromium()
