"""Relations on PLOVER's gold-standard records: one coded sentence at a time.

PLOVER (``openeventdata/PLOVER``, CC BY-SA 4.0) publishes
``gold_standard_records/PLOVER_GSR_CAMEO.txt``: 322 one-sentence examples from the CAMEO
manual, each coded with a PLOVER event type and its source and target actors
(``"code": "HUN"``...). This script keeps the records whose actors name at least two
different states, reads each sentence with the kit, and asks whether the kit's signed
network holds each coded pair with the sign of the event's quad class
(``data/codebook/plover.csv``). The records belong to the Open Event Data Alliance: the
script reads them from a local copy and never writes them into the repo.

Usage::

    python benchmarks/plover_gsr.py --plover DIR_OR_GIT_MIRROR [--half dev|held-out|all]
        [--details]

``DIR_OR_GIT_MIRROR`` is a checkout of the PLOVER repository or a bare git mirror (read
at ``HEAD``).

Halves, kept honest
-------------------
The records are split in two by a hash of their ``id``: ``dev`` records may be read for
development (``--details`` lists the misses and wrong edges of dev records only);
``held-out`` records are scored by summary figures only, so that a rule written after
reading misses is never credited on the records it was written on.

Measures
--------
``pairs found``
    Coded state pairs whose edge in the kit's network has the coded sign (the rule of
    ``../shared/dev/score.py``: the pair and its sign).
``wrong``
    Predicted edges whose pair is coded with the other sign, over all predicted edges.
``naive``
    The same figures for the naive co-occurrence reader of :mod:`alignkit.evaluation`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

RECORDS = "gold_standard_records/PLOVER_GSR_CAMEO.txt"
# codes of the GSR that are not ISO 3166-1 alpha-3
_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA"}
_NOT_STATES = {"IGO", "NGO", "IMG", "REB", "UNK", "MNC", "INS"}


def read_records(source: str) -> list[dict]:
    """The GSR records from a checkout or a bare git mirror."""
    path = Path(source)
    if (path / RECORDS).is_file():
        return json.loads((path / RECORDS).read_text(encoding="utf-8"))
    out = subprocess.run(
        ["git", "--git-dir", str(path), "show", f"HEAD:{RECORDS}"],
        capture_output=True,
        check=False,
    )
    if out.returncode:
        sys.exit(f"{source}: neither a checkout holding {RECORDS} nor a git mirror of PLOVER")
    return json.loads(out.stdout.decode("utf-8"))


def _states(side) -> list[str]:
    if not side:
        return []
    items = [side] if isinstance(side, (dict, str)) else side
    codes = [a.get("code", "") if isinstance(a, dict) else a for a in items]
    codes = [_CODE_FIXES.get(c, c) for c in codes]
    return [
        c for c in codes if len(c) == 3 and c.isalpha() and c.isupper() and c not in _NOT_STATES
    ]


def _signs(plover_csv: Path) -> dict[str, str]:
    with plover_csv.open(encoding="utf-8") as fh:
        return {r["type"]: "+" if int(r["sign"]) > 0 else "-" for r in csv.DictReader(fh)}


def coded_pairs(record: dict, signs: dict[str, str]) -> dict[frozenset, str]:
    """``{frozenset((a, b)): sign}`` of a record: source x target, or the sources among
    themselves when the record codes a compound actor with no target (``SRC/TAR``)."""
    src, tar = _states(record.get("source")), _states(record.get("target"))
    sign = signs.get(record.get("event", ""))
    if sign is None:
        return {}
    pairs = {frozenset((a, b)) for a in src for b in tar if a != b}
    if not tar:
        pairs = {frozenset(p) for p in combinations(sorted(set(src)), 2)}
    return dict.fromkeys(pairs, sign)


def half(record_id: str) -> str:
    """``dev`` or ``held-out``, fixed by the id's hash."""
    return "dev" if hashlib.sha1(record_id.encode()).digest()[0] % 2 == 0 else "held-out"


def score(records: list[dict], signs: dict[str, str], details: bool) -> dict:
    from alignkit import analyze_text
    from alignkit.evaluation.devset import naive_peer, signed_pairs

    tally = {"coded": 0, "kit_found": 0, "kit_edges": 0, "kit_wrong": 0}
    tally |= {"naive_found": 0, "naive_edges": 0, "naive_wrong": 0}
    for r in records:
        gold = coded_pairs(r, signs)
        an = analyze_text(r["text"])
        for who, net in (("kit", an.network), ("naive", naive_peer(an).network)):
            pred = signed_pairs(net)
            found = [p for p, s in gold.items() if pred.get(p) == s]
            wrong = [p for p, s in pred.items() if p in gold and gold[p] != s]
            tally[f"{who}_found"] += len(found)
            tally[f"{who}_edges"] += len(pred)
            tally[f"{who}_wrong"] += len(wrong)
            if details and who == "kit" and (len(found) < len(gold) or wrong):
                want = {"-".join(sorted(p)): s for p, s in gold.items()}
                got = {"-".join(sorted(p)): s for p, s in pred.items()}
                print(f"{r['id']} {r['event']} want {want} got {got}\n    {r['text']}")
        tally["coded"] += len(gold)
    return tally


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plover", required=True, help="PLOVER checkout or bare git mirror")
    ap.add_argument("--half", choices=("dev", "held-out", "all"), default="dev")
    ap.add_argument("--details", action="store_true", help="list misses (dev half only)")
    args = ap.parse_args(argv)
    if args.details and args.half != "dev":
        sys.exit("--details lists misses of the dev half only: held-out records stay unread")
    signs = _signs(Path(__file__).resolve().parents[1] / "data/codebook/plover.csv")
    records = [r for r in read_records(args.plover) if r.get("text") and coded_pairs(r, signs)]
    if args.half != "all":
        records = [r for r in records if half(r["id"]) == args.half]
    t = score(records, signs, args.details)
    print(f"PLOVER GSR, {args.half} half: {len(records)} sentences, {t['coded']} coded state pairs")
    for who in ("kit", "naive"):
        rec = t[f"{who}_found"] / max(t["coded"], 1)
        wrong = t[f"{who}_wrong"] / max(t[f"{who}_edges"], 1)
        print(
            f"  {who:5s} pairs found {rec:.3f} ({t[f'{who}_found']}/{t['coded']}),"
            f" wrong {wrong:.3f} ({t[f'{who}_wrong']}/{t[f'{who}_edges']})"
        )


if __name__ == "__main__":
    main()
