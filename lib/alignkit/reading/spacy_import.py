"""spaCy imported without its command-line interface, which reading an article never uses.

``import spacy`` runs ``from .cli.info import info``, and importing ``spacy.cli`` imports
every command of spaCy's CLI with their own dependencies (typer, weasel, requests, httpx,
rich, click): about 200 modules and a third of spaCy's import time, on every cold start.
:func:`import_spacy` imports spaCy with a placeholder for that one name, then removes the
placeholder: ``spacy.info`` still works (it imports the real command on first call), and a
later ``import spacy.cli`` (``python -m spacy``, a user's own code) imports the real package.
If spaCy is already imported, or a spaCy version needs more than ``info`` from its CLI while
importing, spaCy is imported as usual: nothing but the time differs.

Examples
--------
>>> spacy = import_spacy()
>>> spacy.blank("en")("Iran and Russia.")[0].text
'Iran'
>>> import spacy.cli  # the real CLI, when asked for
>>> hasattr(spacy.cli, "download")
True
"""

from __future__ import annotations

import importlib
import sys
import types

__all__ = ["import_spacy"]

_PLACEHOLDERS = ("spacy.cli", "spacy.cli.info")


def _info(*args, **kwargs):
    """``spacy.info``: the real command, imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without ``spacy.cli`` when nothing imported it yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that ``spacy.cli.info`` resolves to the next entry
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:  # a spaCy whose import needs more of its CLI: the ordinary way
        for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[name]
        _drop(cli, info)
        return importlib.import_module("spacy")
    _drop(cli, info)
    spacy.__dict__.pop("cli", None)
    return spacy


def _drop(*placeholders: types.ModuleType) -> None:
    """Remove the placeholders from ``sys.modules`` (only if they are still ours)."""
    for name, module in zip(_PLACEHOLDERS, placeholders, strict=True):
        if sys.modules.get(name) is module:
            del sys.modules[name]
