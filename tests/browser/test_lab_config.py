"""JupyterLab as `make lab` serves it (etc/jupyter, see etc/README.md): the page loads with the
kit's page configuration, asks the server for no build check, no language server and no news,
and no plugin fails to activate (the guarded page fails on any console error)."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from playwright.sync_api import expect

#: Requests the Lab page made before the kit's configuration, for plugins the kit never uses.
UNUSED = ("/lab/api/build", "/lsp/", "/api/config/jupyterlabapputilsextensionannouncements")


def test_lab_page_runs_the_kits_configuration(lab_server, guarded_page):
    page, guard = guarded_page
    asked: list[str] = []
    page.on("request", lambda r: asked.append(urlsplit(r.url).path))
    page.goto(lab_server.url("lab", reset=""), wait_until="commit")
    expect(page.locator("#jp-main-dock-panel")).to_be_visible(timeout=60_000)
    expect(page.locator("#jupyterlab-splash")).to_have_count(0, timeout=60_000)  # restored
    page.wait_for_load_state("networkidle", timeout=30_000)  # every start-up request made
    config = json.loads(page.locator("#jupyter-config-data").text_content())
    assert config["buildCheck"] is False and config["buildAvailable"] is False
    disabled = set(config["disabledExtensions"])
    assert {"@jupyterlab/lsp-extension", "@jupyterlab/apputils-extension:announcements"} <= disabled
    assert "/api/contents" in asked and "/lab/api/settings" in asked, asked  # it did load
    unused = [p for p in asked if p.startswith(UNUSED)]
    assert not unused, f"requests for plugins the kit switches off: {unused}"
    guard.assert_clean()
