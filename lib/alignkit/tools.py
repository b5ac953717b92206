"""Maintenance commands: ``python -m alignkit.tools execute-notebooks notebooks``.

``eval [FOLDER...] [--details]`` scores the kit and the naive peer side by side on annotated
folders (default: the sample corpus ``data/corpus``, and ``../shared/dev`` when it exists);
the rule and the figures are :func:`alignkit.evaluation.devset.evaluate_corpus`'s.

``execute-notebooks`` runs every notebook of a folder in place with nbclient (kernel
``python3``, working directory the folder, no timing records), then strips what changes from
run to run without the analysis changing:

* ``metadata.widgets`` (the saved widget state, with random model ids);
* each cell's ``metadata.execution`` (timestamps);
* the ``application/vnd.jupyter.widget-view+json`` part of widget outputs (a random model id
  that no longer resolves once the state is stripped: Lab then shows the widget's text
  fallback instead of "model not found").

A notebook whose content did not change is not rewritten, so re-running is byte-identical.

Examples
--------
>>> nb = {"metadata": {"widgets": {}}, "cells": [{"cell_type": "code", "metadata":
...       {"execution": {"iopub.status.idle": "2025"}}, "outputs": [{"output_type":
...       "display_data", "data": {"text/plain": "VBox()", WIDGET_MIME: {"model_id": "ab"}}}]}]}
>>> clean = strip_volatile(nb)
>>> clean["metadata"], clean["cells"][0]["metadata"], clean["cells"][0]["outputs"][0]["data"]
({}, {}, {'text/plain': 'VBox()'})
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

__all__ = ["eval_folders", "execute_notebook", "execute_notebooks", "main", "strip_volatile"]

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def strip_volatile(nb):
    """Remove widget state, execution timing and widget model ids from a notebook (in place)."""
    nb["metadata"].pop("widgets", None)
    for cell in nb["cells"]:
        meta = cell.get("metadata", {})
        meta.pop("execution", None)
        for out in cell.get("outputs", []):
            out.get("data", {}).pop(WIDGET_MIME, None)
    return nb


def execute_notebook(path: str | Path, *, timeout: int = 600, kernel: str = "python3") -> bool:
    """Execute ``path`` in place (cwd = its folder). Returns True when the file changed."""
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    before = path.read_text(encoding="utf-8")
    nb = nbformat.reads(before, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent.resolve())}},
    )
    client.execute()
    strip_volatile(nb)
    after = nbformat.writes(nb)
    if not after.endswith("\n"):
        after += "\n"
    if after == before:
        return False
    from alignkit.network import _atomic_write

    # a crash mid-write must not leave a half-written notebook behind
    _atomic_write(path, lambda fh: fh.write(after.encode("utf-8")))
    return True


def execute_notebooks(folder: str | Path, *, timeout: int = 600) -> list[tuple[str, bool, float]]:
    """Execute every ``*.ipynb`` of ``folder`` in name order; (name, changed, seconds) each."""
    results = []
    for path in sorted(Path(folder).glob("*.ipynb")):
        t0 = time.perf_counter()
        changed = execute_notebook(path, timeout=timeout)
        results.append((path.name, changed, time.perf_counter() - t0))
    return results


def readme_figure(path: str | Path) -> int:
    """Write the seed article's signed network (the README's picture) as a PNG, atomically."""
    import alignkit
    from alignkit.notebook.views import node_names
    from alignkit.notebook.widgets import network_figure

    an = alignkit.analyze(alignkit.SEED)
    fig = network_figure(
        an.network,
        an.blocs,
        title="Signed alignment network: Russia and Iran strengthen ties",
        labels=node_names(an),
    )
    from alignkit.network import _atomic_write

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, lambda fh: fig.savefig(fh, format="png", metadata={"Software": None}))
    print(f"wrote {path}")
    return 0


def eval_folders(folders: list[str], *, details: bool = False) -> int:
    """Print :func:`alignkit.evaluation.devset.report` for each folder (default: the sample
    corpus and the dev set)."""
    from alignkit.evaluation.devset import DevsetError, report, sample_corpus
    from alignkit.reading.codebook import project_dir

    if not folders:
        dev = project_dir().parent / "shared" / "dev"
        folders = [str(sample_corpus())] + ([str(dev)] if dev.is_dir() else [])
    for i, folder in enumerate(folders):
        if i:
            print()
        try:
            print(report(folder, details=details))
        except DevsetError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m alignkit.tools", description=__doc__.split("\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("execute-notebooks", help="execute every notebook of a folder in place")
    ex.add_argument("folder", nargs="?", default="notebooks")
    ex.add_argument("--timeout", type=int, default=600, help="seconds per cell (default 600)")
    fig = sub.add_parser("readme-figure", help="draw the seed's network for the README")
    fig.add_argument("path", nargs="?", default="notebooks/figures/alignment-network.png")
    ev = sub.add_parser("eval", help="score the kit and the naive peer on annotated folders")
    ev.add_argument("folders", nargs="*", help="default: data/corpus and ../shared/dev")
    ev.add_argument("--details", action="store_true", help="list every miss and wrong edge")
    args = parser.parse_args(argv)
    if args.command == "eval":
        return eval_folders(args.folders, details=args.details)
    if args.command == "readme-figure":
        return readme_figure(args.path)

    from nbclient.exceptions import CellExecutionError

    try:
        for name, changed, seconds in execute_notebooks(args.folder, timeout=args.timeout):
            print(f"{name}: {'updated' if changed else 'unchanged'} ({seconds:.1f} s)")
    except CellExecutionError as err:
        print(f"error: a cell failed, the notebook was left as it was:\n{err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
