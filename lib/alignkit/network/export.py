"""Atomic exports to GEXF, GraphML, node-link JSON and CSV."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd


from ._common import _is_missing, _sorted, _to_native


class ExportError(OSError):
    """Raised when an export fails; the message names the target path and
    the original exception is chained as ``__cause__``."""


def _atomic_write(path, write: Callable) -> None:
    """Write via a temp file in the target directory, then ``os.replace``.

    ``write`` receives a binary file object.  On any failure the temp file is
    removed and an existing target is left untouched.
    """
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(
            dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".tmp"
        )
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
    # make the rename itself durable; not possible on every platform
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


def _flatten_for_export(G: nx.Graph, rename: dict | None = None) -> nx.Graph:
    """Copy of ``G`` with attributes XML formats can store.

    Lists/sets become ``;``-joined strings, dicts and the ``evidence`` list
    become JSON strings, None becomes ``""``, numpy scalars become Python
    scalars; ``rename`` maps ``{"node"|"edge": {old: new}}`` attribute names.
    """
    rename = rename or {}
    H = G.__class__()
    H.graph.update({k: _flatten_value(k, v) for k, v in G.graph.items()})
    node_rename = rename.get("node", {})
    edge_rename = rename.get("edge", {})
    nodes = [
        (u, {node_rename.get(k, k): _flatten_value(k, v) for k, v in d.items()})
        for u, d in G.nodes(data=True)
    ]
    if G.is_multigraph():
        edges = [
            (u, v, key, {edge_rename.get(k, k): _flatten_value(k, x) for k, x in d.items()})
            for u, v, key, d in G.edges(keys=True, data=True)
        ]
    else:
        edges = [
            (u, v, {edge_rename.get(k, k): _flatten_value(k, x) for k, x in d.items()})
            for u, v, d in G.edges(data=True)
        ]
    _homogenize([attrs for _, attrs in nodes])
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
    _atomic_write(path, lambda fh: nx.write_gexf(_flatten_for_export(G, _GEXF_RENAME), fh))


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


def export_csv(df: pd.DataFrame, path) -> None:
    """Write a DataFrame to CSV (UTF-8, no index, ``\\n`` endings) atomically.

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
    >>> df = pd.DataFrame({"u": ["IRN"], "v": ["RUS"], "sign": [1]})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export_csv(df, os.path.join(d, "edges.csv"))
    ...     back = pd.read_csv(os.path.join(d, "edges.csv"))
    >>> back.values.tolist()
    [['IRN', 'RUS', 1]]
    """
    _atomic_write(
        path, lambda fh: fh.write(df.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    )
