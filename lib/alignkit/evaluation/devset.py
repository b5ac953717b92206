"""Score the kit on any annotated folder in the development-set format, and a naive peer.

A folder holds plain texts and one gold file: ``dev.gold.json``, else the single
``*.gold.json`` of the folder. The gold is keyed by text file name; each entry has
``actors`` (``[name, "person" | "country", ISO3]``), ``statements`` (``{speaker:
[alternatives], anchor, cue}``), ``relations`` and ``forbidden`` (``[ISO3, ISO3, "+" |
"-"]``) and optionally ``format``. The project's sample corpus is ``data/corpus/`` with its
gold in ``data/annotations/corpus.gold.json`` (:func:`sample_corpus` joins the two).

The rule is the reference scorer's (``score.py`` of the shared development set), figure for
figure:

* **actors** recall: a gold country counts when the ``actors`` table has a row whose
  ``actor`` is its code, or a ``country`` row whose ``country`` is; a gold person counts when
  a ``person`` row's ``name`` has the same words, or the same first and last word (case,
  hyphens and punctuation ignored);
* **statements** recall: some ``statements`` row has a speaker matching one of the
  alternatives (its id, its name or its country; person names as above) and a cue or
  content span overlapping the line that holds the anchor (first occurrence);
* **relations** recall: the network has an edge between the two codes with the same sign
  (an edge's ``sign`` > 0 is ``+``, anything else ``-``; edges without a sign are ignored);
* **relations_wrong**: edges with the wrong sign for a gold pair plus edges equal to a
  forbidden pair and sign, as a share of all signed edges of the network.

A folder total of 0 scores 0.0 (as the reference scorer prints it).

The naive peer (:func:`naive_network`, :func:`naive_peer`) pairs every two countries named
in one sentence and signs the pair ``-`` when the sentence holds a word of
``data/codebook/conflict_words.csv``, else ``+``.

Examples
--------
>>> import alignkit
>>> one = ["B06_state_blinken_aliyev_call.txt"]
>>> score = alignkit.evaluate_corpus(sample_corpus(), texts=one)
>>> score.summary[["layer", "total"]].values.tolist()[:3]
[['actors', 5], ['statements', 3], ['relations', 2]]
>>> score.per_text[["text", "format", "relations_total"]].values.tolist()
[['B06_state_blinken_aliyev_call.txt', 'statement', 2]]
>>> score.details.columns.tolist()
['text', 'layer', 'kind', 'item', 'predicted', 'note']
>>> naive = alignkit.evaluate_corpus(sample_corpus(), texts=one, analyze=naive_peer)
>>> naive.summary.set_index("layer").loc["statements", ["hits", "total"]].tolist()
[0, 3]
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "DETAIL_COLUMNS",
    "development_set",
    "side_by_side",
    "DevsetError",
    "LAYERS",
    "NAIVE_LAYERS",
    "PER_TEXT_COLUMNS",
    "SUMMARY_COLUMNS",
    "CorpusScore",
    "NaiveAnalysis",
    "conflict_words",
    "evaluate_corpus",
    "find_gold",
    "load_devset",
    "naive_network",
    "naive_peer",
    "report",
    "read_ledger",
    "ledger_scores",
    "conflicts_corpus",
    "sample_corpus",
]

#: the four figures, in the reference scorer's order
LAYERS = ("actors", "statements", "relations", "relations_wrong")
LABELS = {
    "actors": "actors recall",
    "statements": "statements recall",
    "relations": "relations recall",
    "relations_wrong": "wrong relations (share of predicted edges)",
}
#: the layers the naive peer makes (its actors are the kit's, it makes no statements)
NAIVE_LAYERS = ("relations", "relations_wrong")
SUMMARY_COLUMNS = ["layer", "label", "hits", "total", "score"]
PER_TEXT_COLUMNS = [
    "text",
    "format",
    *[f"{layer}_{part}" for layer in LAYERS for part in ("hits", "total")],
    *LAYERS,
]
DETAIL_COLUMNS = ["text", "layer", "kind", "item", "predicted", "note"]
_ENTRY_KEYS = ("actors", "statements", "relations", "forbidden")


class DevsetError(ValueError):
    """An annotated folder that cannot be scored; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


# ----------------------------------------------------------------------------- loading


def find_gold(folder: str | Path) -> Path:
    """The gold file of ``folder``: ``dev.gold.json``, else its one ``*.gold.json``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DevsetError(folder, "not a folder")
    if (folder / "dev.gold.json").exists():
        return folder / "dev.gold.json"
    golds = sorted(folder.glob("*.gold.json"))
    if len(golds) != 1:
        found = ", ".join(p.name for p in golds) if golds else "none"
        raise DevsetError(folder, f"expected one *.gold.json, found {len(golds)} ({found})")
    return golds[0]


def load_devset(folder: str | Path, gold: str | Path | None = None) -> tuple[Path, Path, dict]:
    """Read and check a folder's gold: ``(folder, gold path, gold dict)``.

    ``gold`` names the gold file when it lives elsewhere (the sample corpus keeps it in
    ``data/annotations/``). Every problem raises :class:`DevsetError` before any text is
    analysed: invalid JSON, an entry that is not an object or lacks a list, a malformed
    item, a text file that does not exist, an anchor that is not in its text.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DevsetError(folder, "not a folder")
    path = Path(gold) if gold is not None else find_gold(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise DevsetError(path, f"cannot read the gold file ({err.strerror or err})") from err
    except ValueError as err:
        raise DevsetError(path, f"invalid JSON ({err})") from err
    if not isinstance(data, dict) or not data:
        raise DevsetError(path, "the gold must be a non-empty JSON object keyed by text file name")
    for name, entry in data.items():
        where = f"entry {name!r}"
        if not isinstance(entry, dict):
            raise DevsetError(path, f"{where} is not an object")
        for key in _ENTRY_KEYS:
            if not isinstance(entry.get(key), list):
                raise DevsetError(path, f"{where} has no list {key!r}")
        for item in entry["actors"]:
            if not (isinstance(item, list) and len(item) == 3 and item[1] in ("person", "country")):
                raise DevsetError(path, f"{where}: bad actor {item!r} (want [name, type, ISO3])")
        for key in ("relations", "forbidden"):
            for item in entry[key]:
                if not (isinstance(item, list) and len(item) == 3 and item[2] in ("+", "-")):
                    raise DevsetError(path, f"{where}: bad {key} item {item!r}")
        for st in entry["statements"]:
            if not (
                isinstance(st, dict)
                and isinstance(st.get("speaker"), list)
                and isinstance(st.get("anchor"), str)
                and st["anchor"]
            ):
                raise DevsetError(path, f"{where}: bad statement {st!r} (want speaker, anchor)")
        text_path = folder / name
        if not text_path.is_file():
            raise DevsetError(path, f"{where} names a text that does not exist: {text_path}")
        if entry["statements"]:
            text = text_path.read_text(encoding="utf-8", errors="replace")
            for st in entry["statements"]:
                if st["anchor"] not in text:
                    raise DevsetError(path, f"{where}: anchor {st['anchor']!r} not in text")
    return folder, path, data


def sample_corpus() -> Path:
    """``data/corpus``: the sample corpus (its gold is ``data/annotations/corpus.gold.json``)."""
    from ..reading.codebook import data_dir

    return data_dir() / "corpus"


def conflicts_corpus() -> Path:
    """``data/conflicts``: texts on other wars, annotated blind, with a ledger of what
    the developers have read (:func:`read_ledger`)."""
    from ..reading.codebook import data_dir

    return data_dir() / "conflicts"


def ledger_scores(folder: str | Path, analyze: Callable | None = None) -> pd.DataFrame:
    """The kit beside the naive peer on a folder with a ledger: its in-sample texts (whose
    failures the developers read) and its held-out texts in separate columns.

    Examples
    --------
    >>> table = ledger_scores(conflicts_corpus())
    >>> table.columns.tolist()
    ['in-sample: alignkit', 'in-sample: naive peer', 'held out: alignkit', 'held out: naive peer']
    """
    from ..analysis.pipeline import analyze as kit_analyze
    from ..reading.article import load_article

    folder = Path(folder)
    ledger = read_ledger(folder)
    if not ledger:
        raise DevsetError(folder, "no ledger.csv: nothing says which texts were read")
    kit = {n: (analyze or kit_analyze)(load_article(folder / n)) for n in ledger}
    naive = {n: naive_peer(a) for n, a in kit.items()}
    groups = {
        "in-sample": [n for n, d in ledger.items() if d],
        "held out": [n for n, d in ledger.items() if not d],
    }
    scores = {}
    for label, names in groups.items():
        scores[f"{label}: alignkit"] = evaluate_corpus(folder, analyses=kit, texts=names)
        scores[f"{label}: naive peer"] = evaluate_corpus(folder, analyses=naive, texts=names)
    return side_by_side(scores)


def _sample_gold(folder: Path) -> Path | None:
    from ..reading.codebook import data_dir

    if folder.resolve() == sample_corpus().resolve():
        return data_dir() / "annotations" / "corpus.gold.json"
    return None


# ----------------------------------------------------------------------------- the rule


def _norm(name) -> list[str]:
    return re.sub(r"[^a-z ]", "", str(name).lower().replace("-", " ")).split()


def same_person(a, b) -> bool:
    """Same words, or same first and last word (case, hyphens, punctuation ignored)."""
    ta, tb = _norm(a), _norm(b)
    return bool(ta) and bool(tb) and (ta == tb or (ta[-1] == tb[-1] and ta[0] == tb[0]))


def _overlap(a0, a1, b0, b1) -> bool:
    try:
        return bool(a0 < b1 and b0 < a1)
    except TypeError:  # a missing span (None) overlaps nothing
        return False


def signed_pairs(network) -> dict[frozenset, str]:
    """``{frozenset((u, v)): "+" | "-"}`` for every edge of ``network`` that has a sign."""
    out = {}
    for u, v, d in network.edges(data=True):
        s = d.get("sign")
        if s is not None:
            out[frozenset((u, v))] = "+" if float(s) > 0 else "-"
    return out


def _line(text: str, anchor: str) -> tuple[int, int]:
    a = text.index(anchor)
    lo = text.rfind("\n", 0, a) + 1
    hi = text.find("\n", a)
    return lo, (len(text) if hi < 0 else hi)


def _score_text(name: str, text: str, an, g: dict) -> tuple[dict, list[tuple]]:
    res = {layer: [0, 0] for layer in LAYERS}
    rows: list[tuple] = []  # (layer, kind, item, predicted, note)
    acts = an.actors
    for gname, typ, cc in g["actors"]:
        res["actors"][1] += 1
        if typ == "country":
            ok = (
                (acts["actor"] == cc) | ((acts["country"] == cc) & (acts["type"] == "country"))
            ).any()
        else:
            ok = any(same_person(n, gname) for n in acts.loc[acts["type"] == "person", "name"])
        res["actors"][0] += bool(ok)
        if not ok:
            item = f"{gname} ({typ}, {cc})"
            rows.append(("actors", "missed", item, "", f"actor missed: {item}"))
    info = {r.actor: r for r in acts.itertuples()}

    def speaker_ok(sid, st) -> bool:
        r = info.get(sid)
        cand = [sid] + ([r.name, r.country] if r is not None else [])
        cand = [c for c in cand if isinstance(c, str)]
        return any(c in st["speaker"] for c in cand) or any(
            same_person(c, s) for c in cand for s in st["speaker"] if " " in s
        )

    for st in g["statements"]:
        res["statements"][1] += 1
        lo, hi = _line(text, st["anchor"])
        ok = any(
            speaker_ok(row.speaker, st)
            and (
                _overlap(row.cue_start, row.cue_end, lo, hi)
                or _overlap(row.content_start, row.content_end, lo, hi)
            )
            for row in an.statements.itertuples()
        )
        res["statements"][0] += bool(ok)
        if not ok:
            who = st["speaker"][0] if st["speaker"] else "?"
            item = f"{who} at {st['anchor']!r}"
            rows.append(("statements", "missed", item, "", f"statement missed: {item}"))
    pred = signed_pairs(an.network)
    wrong_sign = []
    for x, y, s in g["relations"]:
        res["relations"][1] += 1
        got = pred.get(frozenset((x, y)))
        res["relations"][0] += got == s
        if got != s:
            item = f"{x}-{y} {s}"
            kind = "missed" if got is None else "wrong sign"
            note = f"relation {item}: " + ("missed" if got is None else f"wrong sign {got}")
            rows.append(("relations", kind, item, got or "", note))
            if got is not None:
                wrong_sign.append(("relations_wrong", "wrong sign", item, got, note))
    for x, y, s in g["forbidden"]:
        if pred.get(frozenset((x, y))) == s:
            res["relations_wrong"][0] += 1
            item = f"{x}-{y} {s}"
            rows.append(
                ("relations_wrong", "forbidden", item, s, f"forbidden relation made: {item}")
            )
    res["relations_wrong"][0] += len(wrong_sign)
    rows.extend(wrong_sign)
    res["relations_wrong"][1] += len(pred)
    return res, rows


# ----------------------------------------------------------------------------- results


@dataclass
class CorpusScore:
    """The scores of one folder.

    Attributes
    ----------
    folder, gold_path : Path
    summary : DataFrame
        One row per layer (``actors``, ``statements``, ``relations``, ``relations_wrong``):
        ``layer``, ``label`` (the reference scorer's wording), ``hits`` (found, or wrong
        edges for ``relations_wrong``), ``total`` (gold items, or signed edges of the
        network for ``relations_wrong``), ``score`` (hits / total; 0.0 when total is 0).
    per_text : DataFrame
        One row per text in gold order: ``text`` (file name), ``format``,
        ``<layer>_hits`` and ``<layer>_total`` for each layer, and ``<layer>``, the score
        (NaN when that text has no items of the layer).
    details : DataFrame
        Every miss and wrong edge: ``text``, ``layer``, ``kind`` (``missed``,
        ``wrong sign``, ``forbidden``), ``item`` (the gold item), ``predicted`` (the sign
        of the network's edge, "" for none), ``note`` (the reference scorer's line).
        A wrong sign is listed twice: under ``relations`` (a miss) and under
        ``relations_wrong`` (a wrong edge), so that the rows of a recall layer number
        ``total - hits`` and those of ``relations_wrong`` number its ``hits``.
    """

    folder: Path
    gold_path: Path
    summary: pd.DataFrame
    per_text: pd.DataFrame
    details: pd.DataFrame

    def score(self, layer: str) -> float:
        """The folder's figure for ``layer``."""
        return float(self.summary.set_index("layer").loc[layer, "score"])

    def notes(self, text: str) -> list[str]:
        """The reference scorer's ``--details`` lines for one text, in its order."""
        d = self.details[self.details["text"] == text]
        d = d[~((d["layer"] == "relations_wrong") & (d["kind"] == "wrong sign"))]
        return d["note"].tolist()

    def lines(self) -> list[str]:
        """The reference scorer's summary lines (``actors recall: 0.887 (149/168)``)."""
        return [f"{r.label}: {r.score:.3f} ({r.hits}/{r.total})" for r in self.summary.itertuples()]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def evaluate_corpus(
    folder: str | Path,
    *,
    gold: str | Path | None = None,
    analyze: Callable[[Any], Any] | None = None,
    analyses: Mapping[str, Any] | None = None,
    texts: Iterable[str] | None = None,
    codebook=None,
) -> CorpusScore:
    """Score an annotated folder layer by layer and text by text (the reference rule).

    Parameters
    ----------
    folder : path
        Texts plus ``dev.gold.json`` or one ``*.gold.json`` (see :func:`find_gold`). For the
        sample corpus (:func:`sample_corpus`) the gold is found in ``data/annotations/``.
    gold : path, optional
        The gold file, when it is not in the folder.
    analyze : callable, optional
        ``analyze(article) -> analysis`` for each :class:`~alignkit.reading.article.Article`
        loaded from the folder; default :func:`alignkit.analyze`. Pass :func:`naive_peer`
        (or any baseline) to score it with the same rule. An analysis needs ``actors``
        (``actor``, ``name``, ``type``, ``country``), ``statements`` (``speaker``,
        ``cue_start``, ``cue_end``, ``content_start``, ``content_end``) and ``network``
        (a networkx graph whose edges carry ``sign``).
    analyses : mapping, optional
        Precomputed analyses keyed by text file name (``analyze`` is then used only for
        the texts it lacks).
    texts : iterable of str, optional
        Score only these gold entries (file names), in gold order.

    Raises
    ------
    DevsetError
        For a folder without a gold file, with two, invalid JSON, a malformed entry, a text
        named in the gold that is missing, or an anchor that is not in its text.
    """
    folder = Path(folder)
    if gold is None:
        gold = _sample_gold(folder)
    folder, gold_path, data = load_devset(folder, gold)
    if texts is not None:
        data = _gold_entries(data, texts, gold_path)
    from ..reading.article import load_article

    if analyze is None:
        analyze = _kit_analyze(codebook)
    analyses = analyses or {}
    totals = {layer: [0, 0] for layer in LAYERS}
    per_text, details = [], []
    for name, g in data.items():
        article = load_article(folder / name)
        for st in g["statements"]:
            if st["anchor"] not in article.text:
                raise DevsetError(gold_path, f"entry {name!r}: anchor {st['anchor']!r} not in text")
        an = analyses[name] if name in analyses else analyze(article)
        res, rows = _score_text(name, article.text, an, g)
        row = {"text": name, "format": g.get("format", "")}
        for layer, (hits, total) in res.items():
            totals[layer][0] += hits
            totals[layer][1] += total
            row[f"{layer}_hits"], row[f"{layer}_total"] = hits, total
            row[layer] = hits / total if total else math.nan
        per_text.append(row)
        details.extend((name, *r) for r in rows)
    summary = pd.DataFrame(
        [
            (layer, LABELS[layer], hits, total, hits / total if total else 0.0)
            for layer, (hits, total) in totals.items()
        ],
        columns=SUMMARY_COLUMNS,
    )
    return CorpusScore(
        folder,
        gold_path,
        summary,
        pd.DataFrame(per_text, columns=PER_TEXT_COLUMNS),
        pd.DataFrame(details, columns=DETAIL_COLUMNS),
    )


def _gold_entries(data: dict, texts: Iterable[str], gold_path) -> dict:
    """The gold entries named in ``texts``, in gold order; a DevsetError for a name the
    gold lacks."""
    wanted = set(texts)
    unknown = sorted(wanted - set(data))
    if unknown:
        raise DevsetError(gold_path, f"no gold entry for {', '.join(unknown)}")
    return {k: v for k, v in data.items() if k in wanted}


def _kit_analyze(codebook=None) -> Callable[[Any], Any]:
    """:func:`alignkit.analyze` with ``codebook`` (default: the package codebook)."""
    from ..analysis.pipeline import analyze as kit_analyze
    from ..reading.codebook import load_codebook

    cb = codebook or load_codebook()

    def analyze(article):
        return kit_analyze(article, cb)

    return analyze


# ----------------------------------------------------------------------------- naive peer


@lru_cache(maxsize=4)
def conflict_words(root: str | None = None) -> tuple[str, ...]:
    """The ``word`` column of ``conflict_words.csv`` (lower case, whole words or phrases)."""
    from ..reading.codebook import CodebookError, read_table

    rows = read_table("conflict_words.csv", Path(root) if root else None)
    words = tuple(sorted({r["word"].lower() for r in rows if r.get("word")}))
    if not words:
        raise CodebookError("conflict_words.csv: no words")
    return words


@lru_cache(maxsize=4)
def _conflict_re(root: str | None = None) -> re.Pattern:
    words = sorted(conflict_words(root), key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def naive_network(analysis, *, words_root: str | Path | None = None):
    """The naive peer's signed country network for one analysis.

    Every two distinct countries named in one sentence (the kit's sentences and country
    mentions: an actor id that is a country of the codebook) make an edge; the sentence
    says ``-`` when it holds a conflict word, else ``+``. A pair named together in several
    sentences is ``-`` when any of them holds a conflict word. Edges carry ``sign``
    (+1/-1), ``weight`` (sentences) and ``sentences`` (their indexes).

    Examples
    --------
    >>> import alignkit
    >>> an = alignkit.analyze_text("Russia attacked Ukraine. China and Iran signed a deal.")
    >>> sorted((u, v, d["sign"]) for u, v, d in naive_network(an).edges(data=True))
    [('CHN', 'IRN', 1), ('RUS', 'UKR', -1)]
    """
    import networkx as nx

    cb = analysis.codebook
    is_country = {
        a
        for a in set(analysis.mentions["actor"])
        if (x := cb.actors.get(a)) and x.type == "country"
    }
    pattern = _conflict_re(str(words_root) if words_root else None)
    sentences = analysis.article.sentences
    votes: dict[tuple[str, str], list[int]] = {}
    by_sentence = analysis.mentions[analysis.mentions["actor"].isin(is_country)]
    for si, group in by_sentence.groupby("sentence"):
        codes = sorted(set(group["actor"]))
        if len(codes) < 2 or not 0 <= si < len(sentences):
            continue
        sign = -1 if pattern.search(sentences[si].text) else 1
        for i, u in enumerate(codes):
            for v in codes[i + 1 :]:
                votes.setdefault((u, v), []).append((int(si), sign))
    g = nx.Graph()
    for (u, v), vs in votes.items():
        sign = min(s for _, s in vs)
        g.add_edge(u, v, sign=sign, weight=len(vs), sentences=[i for i, _ in vs])
    return g


@dataclass
class NaiveAnalysis:
    """The naive peer's reading of one article: the kit's ``actors`` (its tagging is what
    the peer pairs), no statements, and :func:`naive_network` as ``network``."""

    article: Any
    actors: pd.DataFrame
    statements: pd.DataFrame
    network: Any


def naive_peer(article_or_analysis, codebook=None) -> NaiveAnalysis:
    """The naive peer for an Article (analysed by the kit first) or an existing analysis."""
    an = article_or_analysis
    if not hasattr(an, "mentions"):
        from ..analysis.pipeline import analyze

        an = analyze(an, codebook)
    statements = an.statements.iloc[0:0]
    return NaiveAnalysis(an.article, an.actors, statements, naive_network(an))


# ----------------------------------------------------------------------------- printing


def development_set() -> Path | None:
    """The shared development set beside the repository (``../shared/dev``), if present.

    It is reference material that a clone of the kit does not have; the texts that may
    ship are the sample corpus (:func:`sample_corpus`).
    """
    from ..reading.codebook import project_dir

    folder = project_dir().parent / "shared" / "dev"
    return folder if (folder / "dev.gold.json").is_file() else None


def side_by_side(scores: Mapping[str, CorpusScore]) -> pd.DataFrame:
    """One column per named score, one row per layer: ``0.759 (66/87)``.

    ``relations_wrong`` is the share of the network's edges that are wrong (lower is
    better); the naive peer's statement and actor cells are ``-`` (it reads relations only).

    Examples
    --------
    >>> one = ["B06_state_blinken_aliyev_call.txt"]
    >>> kit = evaluate_corpus(sample_corpus(), texts=one)
    >>> side_by_side({"kit": kit}).index.tolist()[:3]
    ['actors recall', 'statements recall', 'relations recall']
    """
    columns = {}
    for name, score in scores.items():
        cells = []
        for r in score.summary.itertuples():
            naive = "naive" in name and r.layer not in NAIVE_LAYERS
            cells.append("-" if naive else f"{r.score:.3f} ({r.hits}/{r.total})")
        columns[name] = cells
    labels = [LABELS[layer] for layer in LAYERS]
    return pd.DataFrame(columns, index=pd.Index(labels, name="layer"))


def read_ledger(folder: str | Path) -> dict[str, str]:
    """``ledger.csv`` of an annotated folder: text -> the date its failures were first read
    by a developer (``""``: never, held out). Empty when the folder keeps no ledger.

    Examples
    --------
    >>> from alignkit.reading.codebook import data_dir
    >>> ledger = read_ledger(data_dir() / "conflicts")
    >>> len(ledger) >= 30, any(not d for d in ledger.values())
    (True, True)
    """
    from ..reading.codebook import CodebookError, read_table

    path = Path(folder) / "ledger.csv"
    if not path.is_file():
        return {}
    try:
        rows = read_table(path.name, path.parent)
    except CodebookError as err:
        raise DevsetError(path, str(err)) from None
    if rows and not {"text", "read"} <= set(rows[0]):
        raise DevsetError(path, "a ledger needs the columns text and read")
    return {r["text"]: r["read"] for r in rows}


def report(folder: str | Path, *, gold: str | Path | None = None, details: bool = False) -> str:
    """The kit and the naive peer on one folder, side by side: layers, then texts.

    A folder with a ledger (:func:`read_ledger`) is reported as a whole, then its in-sample
    texts (failures read) and its held-out texts apart; per-text rows and ``details`` cover
    the in-sample texts only, so that a report never reads a held-out text's failures.
    With ``details``, every miss and wrong edge of the kit, text by text (the reference
    scorer's ``--details`` lines), then the naive peer's relation misses and wrong edges.
    """
    from ..analysis.pipeline import analyze
    from ..reading.article import load_article
    from ..reading.codebook import load_codebook

    folder = Path(folder)
    if gold is None:
        gold = _sample_gold(folder)
    folder, gold_path, data = load_devset(folder, gold)
    cb = load_codebook()
    kit_an = {name: analyze(load_article(folder / name), cb) for name in data}
    naive_an = {k: naive_peer(a) for k, a in kit_an.items()}

    def scores(texts=None):
        kit = evaluate_corpus(folder, gold=gold_path, analyses=kit_an, texts=texts)
        naive = evaluate_corpus(folder, gold=gold_path, analyses=naive_an, texts=texts)
        return kit, naive

    ledger = read_ledger(folder)
    kit, naive = scores()
    out = [f"== {folder} ({len(data)} texts, gold {gold_path.name})"]
    out += _summary_lines(kit, naive)
    shown = list(data)
    if ledger:
        shown = [n for n in data if ledger.get(n)]
        held = [n for n in data if not ledger.get(n)]
        for label, names in (("in-sample: failures read", shown), ("held out", held)):
            if names:
                out += ["", f"-- {label} ({len(names)} texts)"]
                out += _summary_lines(*scores(names))[1:-1]
    out.append("")
    out += _per_text_lines(kit, naive, shown)
    if details:
        out += _detail_lines(kit, naive, shown)
    return "\n".join(out)


def _summary_lines(kit, naive) -> list[str]:
    out = [f"{'layer':<44}{'kit':>18}{'naive peer':>18}"]
    for k, n in zip(kit.summary.itertuples(), naive.summary.itertuples(), strict=True):
        peer = f"{n.score:.3f} ({n.hits}/{n.total})" if n.layer in NAIVE_LAYERS else "-"
        out.append(f"{k.label:<44}{f'{k.score:.3f} ({k.hits}/{k.total})':>18}{peer:>18}")
    out.append("(the naive peer reads only relations: it pairs the kit's country mentions)")
    return out


def _per_text_lines(kit, naive, names) -> list[str]:
    short = {"actors": "act", "statements": "stm", "relations": "rel", "relations_wrong": "wrong"}
    head = "".join(f"{short[x]:>8}" for x in LAYERS)
    out = [f"{'text':<48}{head}{'naive rel':>11}{'wrong':>8}"]
    wanted = set(names)
    for k, n in zip(kit.per_text.itertuples(), naive.per_text.itertuples(), strict=True):
        if k.text not in wanted:
            continue
        cells = "".join(
            f"{getattr(k, f'{x}_hits')}/{getattr(k, f'{x}_total')}".rjust(8) for x in LAYERS
        )
        out.append(
            f"{k.text[:47]:<48}{cells}{f'{n.relations_hits}/{n.relations_total}':>11}"
            f"{f'{n.relations_wrong_hits}/{n.relations_wrong_total}':>8}"
        )
    return out


def _detail_lines(kit, naive, names) -> list[str]:
    out = ["", "-- kit: misses and wrong edges"]
    for name in names:
        notes = kit.notes(name)
        if notes:
            out.append(f"== {name}")
            out.extend("  " + n for n in notes)
    out += ["", "-- naive peer: relation misses and wrong edges"]
    for name in names:
        notes = [n for n in naive.notes(name) if n.startswith(("relation", "forbidden"))]
        if notes:
            out.append(f"== {name}")
            out.extend("  " + n for n in notes)
    return out
