"""The workspace: where pasted and uploaded texts are kept, so their corrections last.

A text pasted into notebook 07 (or uploaded there) is written once to the workspace folder
as ``article-<hash>.txt`` (uploaded: ``<name>-<hash>.txt``), ``<hash>`` the first ten hex
digits of the SHA-1 of the text's UTF-8 bytes, the same short hash that names a pasted text
(``article-<hash>``). The text is then read from that file, so its corrections are saved
beside it (``<stem>.corrections.json``, as for any article file) and come back when the same
text is pasted again, after a kernel restart or on another day.

The folder is ``$ALIGNKIT_WORKSPACE`` when that is set, else ``~/alignkit-workspace``
(named in the README). Nothing else is written there.

Examples
--------
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     a = keep_text("Russia and Iran signed a treaty.", folder=d)
...     b = keep_text("Russia and Iran signed a treaty.", folder=d)
...     c = keep_text("Russia and Iran signed a treaty.", name="My story.txt", folder=d)
...     (a == b == c, a.name, a.read_text(encoding="utf-8"))
(True, 'article-9ab958766f.txt', 'Russia and Iran signed a treaty.')
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..reading.codebook import slugify

__all__ = ["WORKSPACE_ENV", "keep_text", "text_hash", "workspace"]

#: The environment variable that names the workspace folder.
WORKSPACE_ENV = "ALIGNKIT_WORKSPACE"


def workspace() -> Path:
    """The workspace folder: ``$ALIGNKIT_WORKSPACE``, else ``~/alignkit-workspace``.

    Examples
    --------
    >>> workspace().name in {"alignkit-workspace", Path(os.environ.get(WORKSPACE_ENV, "x")).name}
    True
    """
    given = os.environ.get(WORKSPACE_ENV, "").strip()
    return Path(given).expanduser() if given else Path.home() / "alignkit-workspace"


def text_hash(text: str) -> str:
    """The stable short hash of ``text`` (what :func:`alignkit.analyze_text` calls it by).

    Examples
    --------
    >>> text_hash("Russia and Iran signed a treaty.")
    '9ab958766f'
    """
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def keep_text(text: str, *, name: str = "", folder=None) -> Path:
    """The file in the workspace (or ``folder``) that holds ``text``, written if new.

    One file per text: the same text, pasted or uploaded under any name, is the same file
    (``*-<hash>.txt``); a new text is ``article-<hash>.txt``, or ``<name>-<hash>.txt`` with the
    uploaded file's ``name`` made safe. The file is written whole or not at all.
    """
    where = Path(folder) if folder is not None else workspace()
    where.mkdir(parents=True, exist_ok=True)
    h = text_hash(text)
    found = sorted(where.glob(f"*-{h}.txt"))
    if found:
        return found[0]
    stem = slugify(Path(name).stem) if name else ""
    path = where / f"{stem or 'article'}-{h}.txt"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)
    return path
