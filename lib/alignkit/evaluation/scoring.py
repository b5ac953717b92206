"""Score an analysis against a hand annotation (the gold file in ``data/annotations/``).

The scoring rule is the annotation's own (``data/annotations/README.md``):

* mentions match when spans overlap and actor ids are equal; scored per ``kind`` (name,
  demonym) and together; places apart. Pronoun and title mentions are not annotated in the
  gold and are not scored;
* actors: set precision/recall over ids (places excluded), accuracy of ``type`` and
  ``country`` on the matched ones;
* statements match when the speaker is equal and the cue spans overlap; unmatched
  predictions are false positives unless they match an ``optional_statements`` entry;
  a prediction inside a ``not_statements`` span is counted there too;
* relations: unordered country pairs with a sign; a pair in ``not_relations`` predicted
  with the forbidden sign is a false positive;
* blocs: equal up to swapping the sides; timeline: dated events found with the gold date.

Examples
--------
>>> import alignkit
>>> scores = evaluate(alignkit.analyze(alignkit.SEED))
>>> scores.set_index("layer").loc["relations", ["precision", "recall"]].tolist()
[1.0, 1.0]
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

__all__ = ["evaluate", "evaluation_details", "load_gold", "SCORE_COLUMNS"]

SCORE_COLUMNS = ["layer", "tp", "fp", "fn", "precision", "recall", "f1", "note"]


def load_gold(path: str | Path | None = None) -> dict:
    from ..reading.codebook import data_dir

    p = Path(path) if path else data_dir() / "annotations" / "russia-iran-ties.gold.json"
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ValueError(f"{p}: cannot read the gold annotation ({err})") from err


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _overlap(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def _match_spans(pred: list[dict], gold: list[dict], key: str = "actor"):
    """Greedy one-to-one matching on overlap + equal key. Returns (matched, fp, fn)."""
    used = set()
    matched, fps = [], []
    for p in pred:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used
                and g[key] == p[key]
                and _overlap(p["start"], p["end"], g["start"], g["end"])
            ),
            None,
        )
        if hit is None:
            fps.append(p)
        else:
            used.add(hit)
            matched.append((p, gold[hit]))
    fns = [g for i, g in enumerate(gold) if i not in used]
    return matched, fps, fns


def _same_phrase(a: str, b: str) -> bool:
    """Two dating phrases name the same stretch: most words of the shorter are shared."""
    wa, wb = set(a.split()), set(b.split())
    return bool(wa and wb) and len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def evaluation_details(analysis, gold_path: str | Path | None = None) -> dict:
    """Scores plus, per layer, the misses (``fn``) and false alarms (``fp``) as DataFrames."""
    gold = load_gold(gold_path)
    sheet = _Sheet()
    for layer in (
        _score_mentions,
        _score_actors,
        _score_statements,
        _score_relations,
        _score_blocs,
        _score_timeline,
        _score_themes,
        _score_document,
    ):
        layer(sheet, analysis, gold)
    scores = pd.DataFrame(sheet.rows, columns=SCORE_COLUMNS)
    return {"scores": scores, **sheet.misses}


class _Sheet:
    """The score rows (:data:`SCORE_COLUMNS`) and, per layer, its misses and false alarms."""

    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.misses: dict[str, pd.DataFrame] = {}

    def add(self, layer, tp, fp, fn, note="", fp_rows=None, fn_rows=None) -> None:
        self.rows.append((layer, tp, fp, fn, *_prf(tp, fp, fn), note))
        self.misses[layer] = pd.DataFrame(
            [{"error": "false alarm", **r} for r in (fp_rows or [])]
            + [{"error": "miss", **r} for r in (fn_rows or [])]
        )


def _score_mentions(sheet: _Sheet, analysis, gold: dict) -> None:
    """Mentions per kind (name, demonym), both together, and places apart."""
    m = analysis.mentions
    gold_m = gold.get("mentions", [])
    for kind in ("name", "demonym"):
        pred = m[m["kind"] == kind][["start", "end", "text", "actor"]].to_dict("records")
        g = [x for x in gold_m if x["kind"] == kind]
        matched, fps, fns = _match_spans(pred, g)
        sheet.add(f"mentions:{kind}", len(matched), len(fps), len(fns), "", fps, fns)
    pred = m[m["kind"].isin(["name", "demonym"])][["start", "end", "text", "actor"]].to_dict(
        "records"
    )
    g = [x for x in gold_m if x["kind"] in ("name", "demonym")]
    matched, fps, fns = _match_spans(pred, g)
    sheet.add("mentions", len(matched), len(fps), len(fns), "name + demonym", fps, fns)
    pred = m[m["kind"] == "place"][["start", "end", "text", "actor"]].to_dict("records")
    matched, fps, fns = _match_spans(pred, [x for x in gold_m if x["kind"] == "place"])
    sheet.add("mentions:place", len(matched), len(fps), len(fns), "scored apart", fps, fns)


def _score_actors(sheet: _Sheet, analysis, gold: dict) -> None:
    """Actors: the set of ids (places excluded), then type and country on the matched ones."""
    a = analysis.actors
    a = a[a["type"] != "place"]
    gold_a = {x["id"]: x for x in gold.get("actors", []) if x["type"] != "place"}
    pred_ids = set(a["actor"])
    tp_ids = pred_ids & set(gold_a)
    sheet.add(
        "actors",
        len(tp_ids),
        len(pred_ids - set(gold_a)),
        len(set(gold_a) - pred_ids),
        "set of ids, places excluded",
        [{"actor": x} for x in sorted(pred_ids - set(gold_a))],
        [{"actor": x} for x in sorted(set(gold_a) - pred_ids)],
    )
    by_id = a.set_index("actor")
    for attr in ("type", "country"):
        wrong = [
            {"actor": i, "predicted": by_id.loc[i, attr], "gold": gold_a[i].get(attr) or ""}
            for i in sorted(tp_ids)
            if (by_id.loc[i, attr] or "") != (gold_a[i].get(attr) or "")
        ]
        ok = len(tp_ids) - len(wrong)
        sheet.rows.append(
            (
                f"actors:{attr}",
                ok,
                len(wrong),
                0,
                round(ok / len(tp_ids), 4) if tp_ids else 1.0,
                round(ok / len(tp_ids), 4) if tp_ids else 1.0,
                round(ok / len(tp_ids), 4) if tp_ids else 1.0,
                "accuracy on matched actors",
            )
        )
        sheet.misses[f"actors:{attr}"] = pd.DataFrame([{"error": "wrong", **w} for w in wrong])


def _score_statements(sheet: _Sheet, analysis, gold: dict) -> None:
    """Statements (speaker equal, cue spans overlap), speakers, and the spans where no
    statement may be found."""
    s = analysis.statements
    gold_s = gold.get("statements", [])
    optional = gold.get("optional_statements", [])
    used, tp, fps = set(), 0, []
    for row in s.itertuples(index=False):
        hit = next(
            (
                i
                for i, g in enumerate(gold_s)
                if i not in used
                and g["speaker"] == row.speaker
                and _overlap(row.cue_start, row.cue_end, *g["cue_span"])
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            tp += 1
        elif not any(
            g["speaker"] == row.speaker and _overlap(row.cue_start, row.cue_end, *g["cue_span"])
            for g in optional
        ):
            fps.append(
                {
                    "speaker": row.speaker,
                    "cue": row.cue,
                    "cue_start": row.cue_start,
                    "content": row.content,
                }
            )
    fns = [
        {
            "speaker": g["speaker"],
            "cue": g["cue"],
            "cue_start": g["cue_span"][0],
            "content": g["content"],
        }
        for i, g in enumerate(gold_s)
        if i not in used
    ]
    sheet.add("statements", tp, len(fps), len(fns), "speaker equal, cue spans overlap", fps, fns)
    gold_speakers = {g["speaker"] for g in gold_s}
    pred_speakers = set(s["speaker"])
    sheet.add(
        "speakers",
        len(gold_speakers & pred_speakers),
        len(pred_speakers - gold_speakers),
        len(gold_speakers - pred_speakers),
        "",
        [{"speaker": x} for x in sorted(pred_speakers - gold_speakers)],
        [{"speaker": x} for x in sorted(gold_speakers - pred_speakers)],
    )
    bad = [
        {"span": ns["span"], "why": ns["why"], "cue": row.cue}
        for ns in gold.get("not_statements", [])
        for row in s.itertuples(index=False)
        if _overlap(row.cue_start, row.cue_end, *ns["span"])
        or _overlap(row.content_start, row.content_end, *ns["span"])
        and row.content_start >= ns["span"][0]
    ]
    sheet.add(
        "not_statements",
        len(gold.get("not_statements", [])) - len(bad),
        len(bad),
        0,
        "spans where no statement may be found",
        bad,
        [],
    )


def _score_relations(sheet: _Sheet, analysis, gold: dict) -> None:
    """Relations: unordered country pairs with a sign, and the forbidden pairs."""
    G = analysis.network
    pred_rel = {tuple(sorted((u, v))): d["sign"] for u, v, d in G.edges(data=True)}
    gold_rel = {
        tuple(sorted((r["source"], r["target"]))): 1 if r["polarity"] == "+" else -1
        for r in gold.get("relations", [])
    }
    tp = sum(1 for k, v in pred_rel.items() if gold_rel.get(k) == v)
    forbidden = []
    for nr in gold.get("not_relations", []):
        k = tuple(sorted(nr["pair"]))
        if k in pred_rel and (
            nr["polarity"] == "any" or (1 if nr["polarity"] == "+" else -1) == pred_rel[k]
        ):
            forbidden.append({"pair": "–".join(k), "sign": pred_rel[k], "why": nr["why"]})
    fp_rel = [
        {"pair": "–".join(k), "sign": v}
        for k, v in sorted(pred_rel.items())
        if gold_rel.get(k) != v
    ]
    fn_rel = [
        {"pair": "–".join(k), "sign": v}
        for k, v in sorted(gold_rel.items())
        if pred_rel.get(k) != v
    ]
    sheet.add(
        "relations", tp, len(fp_rel), len(fn_rel), "unordered pairs with sign", fp_rel, fn_rel
    )
    sheet.add(
        "not_relations",
        len(gold.get("not_relations", [])) - len(forbidden),
        len(forbidden),
        0,
        "forbidden pairs",
        forbidden,
        [],
    )


def _score_blocs(sheet: _Sheet, analysis, gold: dict) -> None:
    """Blocs: equal up to swapping the sides."""
    gb = gold.get("blocs", {})
    if gb:
        want = {frozenset(x) for x in gb["partition"]}
        got = {frozenset(x) for x in analysis.blocs}
        same = int(want == got)
        sheet.rows.append(
            (
                "blocs",
                same,
                1 - same,
                1 - same,
                float(same),
                float(same),
                float(same),
                f"frustration {analysis.frustration} (gold {gb.get('frustration')})",
            )
        )
        sheet.misses["blocs"] = pd.DataFrame(
            []
            if same
            else [
                {
                    "error": "partition",
                    "predicted": sorted(map(sorted, got)),
                    "gold": sorted(map(sorted, want)),
                }
            ]
        )


def _score_timeline(sheet: _Sheet, analysis, gold: dict) -> None:
    """Timeline: the gold events found with the gold date."""
    tl = analysis.timeline
    found, lost = 0, []
    for g in gold.get("timeline", []):
        gt = g["text"].lower()
        ok = any(
            r.date == g["date"] and _same_phrase(gt, r.date_text.lower())
            for r in tl.itertuples(index=False)
            if r.date_text
        )
        found += ok
        if not ok:
            lost.append({"event": g["event"], "date": g["date"], "text": g["text"]})
    dated_fp = []
    sheet.add(
        "timeline",
        found,
        len(dated_fp),
        len(lost),
        "gold events found with the gold date",
        [],
        lost,
    )


def _score_themes(sheet: _Sheet, analysis, gold: dict) -> None:
    """Themes (recall of the gold's phrases)."""
    th = analysis.themes
    text = analysis.article.text
    t_found, t_lost = 0, []
    for theme, phrases in gold.get("themes", {}).items():
        for ph in phrases:
            pos = text.find(ph)
            ok = pos >= 0 and any(
                r.theme == theme and _overlap(r.start, r.end, pos, pos + len(ph))
                for r in th.itertuples(index=False)
            )
            t_found += ok
            if not ok:
                t_lost.append({"theme": theme, "phrase": ph})
    sheet.add("themes", t_found, 0, len(t_lost), "recall of gold phrases", [], t_lost)


def _score_document(sheet: _Sheet, analysis, gold: dict) -> None:
    """Document structure: paragraphs, captions, sentences, headline, section, publisher."""
    doc = gold.get("document", {})
    art = analysis.article
    checks = {
        "paragraphs": (len(art.paragraphs), doc.get("paragraphs")),
        "captions": ([[c.start, c.end] for c in art.captions], doc.get("captions")),
        "body_sentences": (len(art.body_sentences), doc.get("body_sentences")),
        "headline": (art.headline.text if art.headline else None, doc.get("headline")),
        "section": (art.section, doc.get("section")),
        "publisher": (art.publisher, doc.get("publisher")),
    }
    wrong = [
        {"field": k, "predicted": str(p), "gold": str(g)}
        for k, (p, g) in checks.items()
        if g is not None and p != g
    ]
    ok = len([1 for _, g in checks.values() if g is not None]) - len(wrong)
    sheet.add("document", ok, len(wrong), len(wrong), "structure fields equal", wrong, [])


def evaluate(analysis, gold_path: str | Path | None = None) -> pd.DataFrame:
    """Precision, recall and F1 per layer (columns :data:`SCORE_COLUMNS`)."""
    return evaluation_details(analysis, gold_path)["scores"]
