"""Atomic exports to GEXF, GraphML, node-link JSON and CSV, one file or a whole set.

Single files (:func:`export_gexf` ...) are written to a temporary file beside the target
and renamed over it.  :func:`export_set` writes a folder of files as one set: everything
goes to a temporary folder beside the target, is fsynced, and the folder is swapped in
whole, so readers (and concurrent exporters) only ever see a complete set.  Temporary
files and folders are named ``.{name}.alignkit-tmp-{pid}-{random}``; those a killed
process leaves behind are removed by the next export of the same name.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import sys
import tempfile
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd


from ._common import _is_missing, _sorted, _to_native

#: Name of the manifest :func:`export_set` writes into every set.
MANIFEST = "alignkit-export.json"

_TMP_TAG = ".alignkit-tmp-"
_OLD_TAG = ".alignkit-old-"
_STALE = re.compile(r"^\.(?P<name>.+)\.alignkit-(?:tmp|old)-(?P<pid>[0-9]+)-[0-9A-Za-z_]+$")


class ExportError(OSError):
    """Raised when an export fails; the message names the target path and
    the original exception is chained as ``__cause__``."""


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def _clean_stale(directory: str, name: str) -> None:
    """Remove the temporary files/folders for ``name`` that dead processes left in ``directory``.

    Only entries named like ours (``.{name}.alignkit-tmp-{pid}-...`` or ``-old-``) whose pid
    no longer runs are removed; this process's own and live processes' are kept.
    """
    try:
        entries = os.listdir(directory)
    except OSError:
        return
    for entry in entries:
        m = _STALE.match(entry)
        if not m or m["name"] != name:
            continue
        pid = int(m["pid"])
        if pid == os.getpid() or _pid_alive(pid):
            continue
        path = os.path.join(directory, entry)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _fsync_dir(directory: str) -> None:
    # make renames durable; not possible on every platform
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _atomic_write(path, write: Callable) -> None:
    """Write via a temp file in the target directory, then ``os.replace``.

    ``write`` receives a binary file object.  On any failure the temp file is
    removed and an existing target is left untouched; temp files a killed process
    left for the same target are removed first.
    """
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    base = os.path.basename(target)
    tmp = None
    try:
        if os.path.isdir(target):
            raise IsADirectoryError(errno.EISDIR, "a folder is in the way", target)
        _clean_stale(directory, base)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{base}{_TMP_TAG}{os.getpid()}-")
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.exists(target):
            # keep the permissions of the file we replace
            os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        else:
            # mkstemp creates 0600 files; exports are meant to be shared
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        tmp = None
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, Exception):
            raise ExportError(f"failed to write {target}: {exc}") from exc
        raise
    _fsync_dir(directory)


# ---------------------------------------------------------------------------
# a folder written as one set
# ---------------------------------------------------------------------------


def safe_file_stem(text, default: str = "article") -> str:
    """A file-name stem made from ``text`` (e.g. an article id) that stays inside its folder.

    Letters are ASCII-folded; anything but letters, digits, ``.``, ``_`` and ``-`` becomes
    ``-``; runs of dots collapse and leading/trailing dots and dashes go, so path
    separators, ``..`` and absolute paths cannot leave the folder and the name is never
    hidden.  At most 100 characters; ``default`` when nothing is left.

    Examples
    --------
    >>> safe_file_stem("russia-iran-ties"), safe_file_stem("../outside"), safe_file_stem("/etc/x")
    ('russia-iran-ties', 'outside', 'etc-x')
    >>> safe_file_stem("Türkiye\\x00 talks"), safe_file_stem("..")
    ('Turkiye-talks', 'article')
    """
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", folded)
    stem = re.sub(r"\.{2,}", ".", stem).strip(".-_")
    return stem[:100].strip(".-_") or default


def _check_name(name: str) -> None:
    if (
        not isinstance(name, str)
        or name in ("", ".", "..", MANIFEST)
        or name.startswith(".")
        or "/" in name
        or (os.altsep and os.altsep in name)
        or os.sep in name
        or "\0" in name
    ):
        raise ExportError(
            f"{name!r} is not a plain file name (no path separators, '..' or leading dot); "
            "see safe_file_stem()"
        )


def _check_replaceable(target: str) -> None:
    """Raise unless ``target`` is absent, an empty folder, or a set an export wrote; never
    the working folder or one it lies in (swapping it would leave the process in a
    deleted folder)."""
    try:
        cwd = os.path.realpath(os.getcwd())
    except OSError:  # the working folder is gone already
        cwd = None
    if cwd is not None and os.path.commonpath([target, cwd]) == target:
        raise ExportError(
            f"cannot export to {target}: it is the working folder (or holds it), which an "
            "export would replace; export into a subfolder, e.g. 'export'"
        )
    if not os.path.lexists(target):
        return
    if not os.path.isdir(target):
        raise ExportError(f"cannot export to {target}: a file is in the way (expected a folder)")
    entries = set(os.listdir(target))
    if not entries:
        return
    if MANIFEST not in entries:
        raise ExportError(
            f"refusing to replace {target}: the folder is not empty and no export wrote it "
            f"(no {MANIFEST}); export into a new or empty folder"
        )
    try:
        with open(os.path.join(target, MANIFEST), encoding="utf-8") as fh:
            listed = set(json.load(fh)["files"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ExportError(f"refusing to replace {target}: unreadable {MANIFEST}: {exc}") from exc
    extra = sorted(entries - listed - {MANIFEST})
    if extra:
        raise ExportError(
            f"refusing to replace {target}: it holds files no export wrote: {extra[:5]}"
        )


@contextlib.contextmanager
def _dir_lock(directory: str):
    """Exclusive ``flock`` on ``directory`` itself (no lock file is left behind)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the swap is still atomic, just not serialized
        yield
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: str, b: str) -> bool:
    """Atomically swap two paths (Linux ``renameat2(RENAME_EXCHANGE)``); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), b)


def _swap_in(tmp: str, target: str) -> str | None:
    """Put folder ``tmp`` at ``target``; return the path now holding the old set, if any."""
    parent, base = os.path.split(target)
    if not os.path.lexists(target):
        os.rename(tmp, target)
        return None
    if _exchange(tmp, target):
        return tmp  # the old set now sits at tmp
    old = os.path.join(parent, f".{base}{_OLD_TAG}{os.getpid()}-{secrets.token_hex(4)}")
    os.rename(target, old)
    try:
        os.rename(tmp, target)
    except BaseException:
        os.rename(old, target)
        raise
    return old


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def export_set(
    folder, files: Sequence[tuple[str, Callable[[Path], None]]], meta: dict | None = None
) -> list[Path]:
    """Write ``files`` into ``folder`` as one set that replaces the folder whole.

    Each ``(name, write)`` pair calls ``write(path)`` (e.g. ``lambda p: export_csv(df, p)``)
    with a path in a temporary folder beside ``folder``; a manifest :data:`MANIFEST` with a
    run id, ``meta`` and the SHA-256 of every file is added; the folder is fsynced and
    swapped in for ``folder`` (an atomic exchange on Linux), and the old set removed.  A
    crash, an exception or a kill leaves either the old set or the new one, never a mix, and
    two processes exporting to one folder end with one of their sets.  The temporary folder
    is removed on any error, and ones killed processes left are removed by the next export.

    ``folder`` may be absent (parents are created), an empty folder, or a folder a previous
    export wrote; anything else (a file, a folder with other files) raises, untouched.

    Returns
    -------
    list of pathlib.Path
        The files, in the order given, then the manifest.

    Raises
    ------
    ExportError
        Naming the path and the problem: a name that is not a plain file name, a file
        where the folder should be, a folder that is not an export, a failed write.

    Examples
    --------
    >>> import json, os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = os.path.join(d, "out")
    ...     paths = export_set(out, [("a.txt", lambda p: open(p, "w").write("hi"))])
    ...     sorted(os.listdir(out)), [p.name for p in paths]
    (['a.txt', 'alignkit-export.json'], ['a.txt', 'alignkit-export.json'])
    """
    target, parent, base, names = _export_target(folder, files)
    tmp = None
    try:
        _clean_stale(parent, base)
        tmp = tempfile.mkdtemp(dir=parent, prefix=f".{base}{_TMP_TAG}{os.getpid()}-")
        _write_set(tmp, target, files, meta)
        # mkdtemp makes it 0700; keep the old folder's mode, else the usual 0755
        mode = os.stat(target).st_mode & 0o7777 if os.path.isdir(target) else 0o755
        os.chmod(tmp, mode)
        _fsync_dir(tmp)
        with _dir_lock(parent):
            _check_replaceable(target)
            try:
                old = _swap_in(tmp, target)
            except OSError as exc:
                raise ExportError(f"cannot export to {target}: {exc}") from exc
            tmp = old  # removed below, after the lock is released
        _fsync_dir(parent)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return [Path(target, name) for name in [*names, MANIFEST]]


def _export_target(folder, files) -> tuple[str, str, str, list[str]]:
    """The real target folder, its parent and base name, and the file names, checked
    before any work: plain unique names, a parent that exists, a replaceable target."""
    target = os.path.realpath(os.fspath(folder))
    parent, base = os.path.split(target)
    if not base:
        raise ExportError(f"cannot export to {target}: not a folder that can be replaced")
    names = [name for name, _ in files]
    for name in names:
        _check_name(name)
    if len(set(names)) != len(names):
        raise ExportError(f"cannot export to {target}: duplicate file names {names}")
    try:
        os.makedirs(parent, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            f"cannot export to {target}: cannot create folder {parent}: {exc}"
        ) from exc
    _check_replaceable(target)  # fail before the work; checked again under the lock
    return target, parent, base, names


def _write_set(tmp: str, target: str, files, meta: dict | None) -> None:
    """Every file of the set, then its manifest, written into the temporary folder."""
    for name, write in files:
        try:
            write(Path(tmp, name))
        except Exception as exc:
            cause = exc.__cause__ if isinstance(exc, ExportError) and exc.__cause__ else exc
            raise ExportError(f"failed to write {os.path.join(target, name)}: {cause}") from cause
    manifest = {
        "format": "alignkit-export",
        "version": 1,
        "run": uuid.uuid4().hex,
        **(meta or {}),
        "files": {name: {"sha256": _sha256(os.path.join(tmp, name))} for name, _ in files},
    }
    text = json.dumps(manifest, sort_keys=True, indent=2, default=_json_default) + "\n"
    _atomic_write(os.path.join(tmp, MANIFEST), lambda fh: fh.write(text.encode("utf-8")))


# GEXF stores these keys as XML attributes with special meaning (edge "type"
# is directed/undirected, "start"/"end" make the graph dynamic), so they are
# renamed instead of being misread.
_GEXF_RENAME = {
    "node": {"id": "attr_id", "pid": "attr_pid", "start": "span_start", "end": "span_end"},
    "edge": {"id": "attr_id", "type": "event_type", "start": "span_start", "end": "span_end"},
}
for _scope in _GEXF_RENAME.values():
    _scope.update({k: f"attr_{k}" for k in ("viz", "parents", "slices", "spells")})


def _flatten_value(key, value):
    value = (
        _to_native(value) if not isinstance(value, (list, tuple, set, frozenset, dict)) else value
    )
    if value is None:
        return ""
    if isinstance(value, dict) or (
        isinstance(value, (list, tuple)) and any(isinstance(x, (dict, list, tuple)) for x in value)
    ):
        return json.dumps(value, sort_keys=True, default=_json_default)
    if key == "evidence":
        return json.dumps(list(value), sort_keys=True, default=_json_default)
    if isinstance(value, (set, frozenset)):
        value = _sorted(value)
    if isinstance(value, (list, tuple)):
        return ";".join("" if _is_missing(x) else str(_to_native(x)) for x in value)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _homogenize(records: list[dict]) -> None:
    # GraphML declares one type per key: mixed int/float becomes float, any
    # other mix becomes str, so every value of a key has the same XML type
    types: dict[str, set] = {}
    for data in records:
        for k, v in data.items():
            types.setdefault(k, set()).add(type(v))
    for k, ts in types.items():
        if len(ts) <= 1:
            continue
        cast = float if ts <= {int, float} else str
        for data in records:
            if k in data:
                data[k] = cast(data[k])


# XML 1.0 allows tab, newline and carriage return but no other C0 control character,
# and neither lone surrogates (not encodable) nor U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(value):
    """``value`` with XML-illegal characters replaced by U+FFFD (non-strings unchanged)."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("\ufffd", value)
    return value


def _flatten_for_export(G: nx.Graph, rename: dict | None = None) -> nx.Graph:
    """Copy of ``G`` with attributes XML formats can store.

    Lists/sets become ``;``-joined strings, dicts and the ``evidence`` list
    become JSON strings, None becomes ``""``, numpy scalars become Python
    scalars; ``rename`` maps ``{"node"|"edge": {old: new}}`` attribute names.
    In every string (node ids, attribute names and values) characters XML 1.0
    forbids (control characters other than tab/newline/CR) become U+FFFD, so the
    file is well-formed whatever the text held.
    """
    rename = rename or {}
    x = _xml_safe
    H = G.__class__()
    H.graph.update({x(k): x(_flatten_value(k, v)) for k, v in G.graph.items()})
    node_rename = rename.get("node", {})
    edge_rename = rename.get("edge", {})

    def attrs(data, names):
        return {x(names.get(k, k)): x(_flatten_value(k, v)) for k, v in data.items()}

    nodes = [(x(u), attrs(d, node_rename)) for u, d in G.nodes(data=True)]
    if G.is_multigraph():
        edges = [
            (x(u), x(v), x(key), attrs(d, edge_rename))
            for u, v, key, d in G.edges(keys=True, data=True)
        ]
    else:
        edges = [(x(u), x(v), attrs(d, edge_rename)) for u, v, d in G.edges(data=True)]
    _homogenize([a for _, a in nodes])
    _homogenize([e[-1] for e in edges])
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    return H


def _json_default(obj):
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, (set, frozenset)):
        return _sorted(obj)
    if hasattr(obj, "isoformat"):  # pandas Timestamp, datetime, date
        return obj.isoformat()
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def export_gexf(G: nx.Graph, path) -> None:
    """Write ``G`` to GEXF atomically.

    List attributes are ``;``-joined, ``evidence`` becomes a JSON string, and
    attribute names GEXF reserves are renamed (edge ``type`` ->
    ``event_type``, ``start``/``end`` -> ``span_start``/``span_end``, others
    get an ``attr_`` prefix).

    Parameters
    ----------
    G : networkx.Graph
    path : str or os.PathLike

    Raises
    ------
    ExportError
        Naming ``path``; an existing file at ``path`` is left untouched.

    Examples
    --------
    >>> import networkx as nx
    >>> import os, tempfile
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", sign=1, types=["AGREE", "CONSULT"])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_gexf(G, os.path.join(d, "g.gexf"))
    ...     H = nx.read_gexf(os.path.join(d, "g.gexf"))
    >>> H.edges["RUS", "IRN"]["types"]
    'AGREE;CONSULT'
    """
    import networkx as nx

    # flattening happens inside the write so its errors also name the path
    _atomic_write(
        path, lambda fh: nx.write_gexf(_with_viz(G, _flatten_for_export(G, _GEXF_RENAME)), fh)
    )


#: How far from the centre :func:`camp_layout`'s unit circle is drawn in a GEXF file.
GEXF_RADIUS = 400.0


def _with_viz(G: nx.Graph, H: nx.Graph) -> nx.Graph:
    """``H`` (the flattened ``G``) with what Gephi shows: each node's ``label`` its ``name``
    (the id stays the node id), ``viz:color`` its camp's colour (``camp`` 0 or 1; grey
    otherwise) and ``viz:position`` where the notebook draws it
    (:func:`alignkit.network.layout.camp_layout`, camps apart, ordered by country and name)."""
    from .layout import CAMP_COLOURS, camp_layout

    def name(n) -> str:
        return str(G.nodes[n].get("name") or n)

    camp = {n: G.nodes[n].get("camp") for n in G.nodes}
    blocs = [{n for n, c in camp.items() if c == i} for i in (0, 1)]
    pos = camp_layout(G, blocs, sort_key=lambda n: (str(G.nodes[n].get("country") or ""), name(n)))
    for n in G.nodes:
        colour = CAMP_COLOURS[camp[n] if camp[n] in (0, 1) else 2]
        r, g, b = (int(colour[k : k + 2], 16) for k in (1, 3, 5))
        x, y = pos.get(n, (0.0, 0.0))
        H.nodes[_xml_safe(n)].update(
            label=_xml_safe(name(n)),
            viz={
                "color": {"r": r, "g": g, "b": b, "a": 1.0},
                "position": {"x": GEXF_RADIUS * x, "y": GEXF_RADIUS * y, "z": 0.0},
            },
        )
    return H


def export_graphml(G: nx.Graph, path) -> None:
    """Write ``G`` to GraphML atomically.

    List attributes are ``;``-joined and ``evidence`` becomes a JSON string.

    Parameters
    ----------
    G : networkx.Graph
    path : str or os.PathLike

    Raises
    ------
    ExportError
        Naming ``path``; an existing file at ``path`` is left untouched.

    Examples
    --------
    >>> import networkx as nx
    >>> import os, tempfile
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", sign=1, types=["AGREE"])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_graphml(G, os.path.join(d, "g.graphml"))
    ...     H = nx.read_graphml(os.path.join(d, "g.graphml"))
    >>> H.edges["RUS", "IRN"]["sign"]
    1
    """
    import networkx as nx

    _atomic_write(path, lambda fh: nx.write_graphml(_flatten_for_export(G), fh))


def export_node_link(G: nx.Graph, path) -> None:
    """Write ``G`` as node-link JSON (``edges="edges"``) atomically.

    Keys are sorted and the JSON is indented by 2; lists and dicts are kept
    as such.  Read back with ``nx.node_link_graph(data, edges="edges")``.

    Parameters
    ----------
    G : networkx.Graph
    path : str or os.PathLike

    Raises
    ------
    ExportError
        Naming ``path``; an existing file at ``path`` is left untouched.

    Examples
    --------
    >>> import networkx as nx
    >>> import json, os, tempfile
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", sign=1, types=["AGREE"])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_node_link(G, os.path.join(d, "g.json"))
    ...     with open(os.path.join(d, "g.json")) as fh:
    ...         H = nx.node_link_graph(json.load(fh), edges="edges")
    >>> H.edges["RUS", "IRN"]["types"]
    ['AGREE']
    """
    import networkx as nx

    def write(fh):
        data = nx.node_link_data(G, edges="edges")
        text = json.dumps(data, sort_keys=True, indent=2, default=_json_default) + "\n"
        fh.write(text.encode("utf-8"))

    _atomic_write(path, write)


# Cells a spreadsheet would run as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value):
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        return json.dumps(
            _sorted(value) if isinstance(value, (set, frozenset)) else value,
            ensure_ascii=False,
            sort_keys=True,
            default=_json_default,
        )
    return value


def _csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with text cells neutralized and list cells as JSON (a copy when anything changes)."""
    import pandas as pd

    out = None
    for pos in range(df.shape[1]):
        s = df.iloc[:, pos]
        if not (pd.api.types.is_object_dtype(s) or pd.api.types.is_string_dtype(s)):
            continue  # numbers, booleans, dates: no text cell in them
        mapped = s.astype(object).map(_csv_cell)
        if not mapped.equals(s.astype(object)):
            if out is None:
                out = df.copy()
            out.isetitem(pos, mapped)
    header = [_csv_cell(c) if isinstance(c, str) else c for c in df.columns]
    if header != list(df.columns):
        out = (df if out is None else out).set_axis(header, axis=1)
    return df if out is None else out


def export_csv(df: pd.DataFrame, path) -> None:
    """Write a DataFrame to CSV (UTF-8, no index, ``\\n`` endings) atomically.

    Made safe for spreadsheets: a text cell (or column name) that begins with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return, which Excel, LibreOffice and Google
    Sheets would run as a formula, is written with a leading ``'`` (OWASP's advice
    against CSV injection); numbers, such as ``-1`` in an integer column, are left as
    they are.  List, tuple, set and dict cells are written as JSON (``["IRN", "RUS"]``),
    which ``json.loads`` reads back.  Text cells are quoted (``csv.QUOTE_NONNUMERIC``),
    so one holding a carriage return or newline stays one cell.

    Parameters
    ----------
    df : pandas.DataFrame
    path : str or os.PathLike

    Raises
    ------
    ExportError
        Naming ``path``; an existing file at ``path`` is left untouched.

    Examples
    --------
    >>> import os, tempfile
    >>> import pandas as pd
    >>> df = pd.DataFrame({"u": ["IRN"], "v": ["RUS"], "sign": [-1], "note": ["=1+1"],
    ...                    "targets": [["IRN", "RUS"]]})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_csv(df, os.path.join(d, "edges.csv"))
    ...     back = pd.read_csv(os.path.join(d, "edges.csv"))
    >>> back.values.tolist()
    [['IRN', 'RUS', -1, "'=1+1", '["IRN", "RUS"]']]
    """
    _atomic_write(
        path,
        lambda fh: fh.write(
            _csv_frame(df)
            .to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
            .encode("utf-8")
        ),
    )


#: Node and edge keys :func:`export_dynamic_gexf` writes as GEXF time, not as attributes.
_TIME_KEYS = ("start", "end", "spells")


def _gexf_time(value):
    """A GEXF time: ISO date text (``timeformat="date"``)."""
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    return str(value)[:10]


def _dynamic_for_export(G: nx.Graph, dynamic: Sequence[str] = ()) -> nx.Graph:
    """:func:`_flatten_for_export` of ``G`` (GEXF names) that keeps time: each node's and
    edge's ``start``, ``end`` (dates) and ``spells`` (``[(start, end), ...]``), and the
    ``dynamic`` attributes, whose values are ``[(value, start, end), ...]``."""

    held: dict = {}
    S = G.copy()
    for *_, d in S.edges(data=True):
        if isinstance(d.get("evidence"), list):  # article spans under names of their own
            d["evidence"] = [
                {("span_" + k if k in ("start", "end") else k): v for k, v in ev.items()}
                for ev in d["evidence"]
            ]
    items = [("node", n, d) for n, d in S.nodes(data=True)]
    items += [("edge", (u, v), d) for u, v, d in S.edges(data=True)]
    for kind, key, d in items:
        keep = {k: d.pop(k) for k in (*_TIME_KEYS, *dynamic) if k in d}
        if keep:
            held[(kind, key)] = keep
    H = _flatten_for_export(S, _GEXF_RENAME)
    x = _xml_safe
    for (kind, key), keep in held.items():
        data = H.nodes[x(key)] if kind == "node" else H.edges[x(key[0]), x(key[1])]
        for k, v in keep.items():
            if v is None or (isinstance(v, (list, tuple)) and not v):
                continue
            if k in ("start", "end"):
                data[k] = _gexf_time(v)
            elif k == "spells":
                data[k] = [(_gexf_time(s), _gexf_time(e)) for s, e in v]
            else:
                data[k] = [
                    (x(_flatten_value(k, val)), _gexf_time(s), _gexf_time(e)) for val, s, e in v
                ]
    H.graph["mode"] = "dynamic"
    return H


def export_dynamic_gexf(G: nx.Graph, path, dynamic: Sequence[str] = ()) -> None:
    """Write ``G`` to GEXF as a dynamic graph (``mode="dynamic"``, ``timeformat="date"``)
    that Gephi's timeline plays, atomically.

    Nodes' and edges' ``start`` and ``end`` (dates, or ISO text; GEXF reads both ends as
    inclusive) and ``spells`` (a list of ``(start, end)``) are written as GEXF time, and the
    attributes named in ``dynamic`` (values ``[(value, start, end), ...]``) as attributes
    whose value changes over time. Everything else is written as :func:`export_gexf` writes
    it; article spans never use the names ``start``/``end`` there: they are ``span_start``
    and ``span_end``, in the ``evidence`` JSON too.

    Examples
    --------
    >>> import networkx as nx
    >>> import os, tempfile
    >>> G = nx.Graph()
    >>> G.add_edge("RUS", "IRN", sign=1, start="2024-01-01", end="2024-06-30",
    ...            spells=[("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-06-30")],
    ...            articles_in_period=[(1, "2024-01-01", "2024-03-31")])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_dynamic_gexf(G, os.path.join(d, "g.gexf"), dynamic=["articles_in_period"])
    ...     H = nx.read_gexf(os.path.join(d, "g.gexf"))
    >>> H.graph["mode"], H.edges["RUS", "IRN"]["start"], H.edges["RUS", "IRN"]["end"]
    ('dynamic', '2024-01-01', '2024-06-30')
    """
    import networkx as nx

    _atomic_write(path, lambda fh: nx.write_gexf(_with_viz(G, _dynamic_for_export(G, dynamic)), fh))
