"""alignkit benchmark: cold start, per-stage warm timings, throughput, peak memory.

Run with ``make bench``. Prints one table; timings live here, never in tests.

* cold start: a fresh process imports alignkit and analyzes the seed (median of 5);
* warm: each stage on the seed (median of many runs), and the total;
* floor: a bare spaCy blank English pipeline (tokenizer + sentencizer) on the same text;
* throughput: the seed and the test articles repeated to N articles (default 10,000),
  written to a temporary folder, analyzed on 1 process and on all cores;
* peak memory: maximum resident set size of the all-core run (parent + workers), measured
  in a child process so this script's own allocations do not count.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "russia-iran-ties.txt"
EXTRA = sorted((ROOT / "tests" / "articles").glob("*.txt"))


def _median_ms(fn, n: int) -> float:
    fn()  # warm caches
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def cold_start(runs: int = 5) -> float:
    code = "import alignkit; an = alignkit.analyze(alignkit.SEED); an.events; an.blocs"
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def warm(n: int) -> dict[str, float]:
    import spacy

    import alignkit
    from alignkit.article import parse_article
    from alignkit.events import _extract, statement_events
    from alignkit.network import balance_partition, country_graph
    from alignkit.pipeline import Analysis
    from alignkit.statements import extract_statements
    from alignkit.tagging import tag

    text = SEED.read_text(encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    art = alignkit.load_article(SEED)
    t = tag(art)
    st = extract_statements(t)
    ev, ms = _extract(t, st)
    an = Analysis(t, st, ev, ms)
    records = [{**e.as_row(), "article": art.id} for e in an.all_event_records]

    def total():
        a = alignkit.analyze(alignkit.load_article(SEED))
        return a.blocs

    def with_tables():
        a = alignkit.analyze(alignkit.load_article(SEED))
        return a.blocs, a.mentions, a.actors, a.events, a.statements

    out = {
        "floor: spaCy tokenize + sentences": _median_ms(lambda: nlp(text), n),
        "load (parse article)": _median_ms(lambda: parse_article(text), n),
        "tag (tokenize + actors + themes)": _median_ms(lambda: tag(art), n),
        "statements": _median_ms(lambda: extract_statements(t), n),
        "events (+ statement events)": _median_ms(
            lambda: (_extract(t, st), statement_events(t, st)), n
        ),
        "network (graph + blocs)": _median_ms(lambda: balance_partition(country_graph(records)), n),
        "total: load + analyze + network + blocs": _median_ms(total, n),
        "  + the DataFrame tables": _median_ms(with_tables, n),
    }
    return out


def _corpus(folder: Path, n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in [SEED, *EXTRA]]
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")


_CHILD = """
import resource, sys, time
import alignkit
t0 = time.perf_counter()
c = alignkit.analyze_corpus(sys.argv[1], processes=int(sys.argv[2]), progress=False)
dt = time.perf_counter() - t0
peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
print(len(c.articles), dt, peak)
"""


def throughput(n: int) -> list[tuple[int, float, float, float]]:
    folder = Path(tempfile.mkdtemp(prefix="alignkit-bench-"))
    try:
        _corpus(folder, n)
        rows = []
        for procs in sorted({1, os.cpu_count() or 1}):
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, str(folder), str(procs)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            count, secs, peak = int(out[0]), float(out[1]), float(out[2])
            rows.append((procs, count / secs, secs, peak))
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args(argv)

    print(f"alignkit benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    w = warm(args.runs)
    floor = w["floor: spaCy tokenize + sentences"]
    print(f"{'warm stage (median of ' + str(args.runs) + ')':<44}{'ms':>8}{'x floor':>9}")
    for name, ms in w.items():
        print(f"{name:<44}{ms:8.2f}{ms / floor:9.2f}")
    cold = cold_start()
    print(f"\n{'cold start (fresh process, median of 5)':<44}{cold:8.2f} s")
    head = f"throughput, {args.articles} articles"
    print(f"\n{head:<28}{'art/s':>9}{'seconds':>9}{'peak MB':>9}")
    rows = throughput(args.articles)
    for procs, rate, secs, peak in rows:
        print(f"{str(procs) + ' process(es)':<28}{rate:9.1f}{secs:9.1f}{peak:9.0f}")
    if len(rows) == 2:
        print(f"{'scaling':<28}{rows[1][1] / rows[0][1]:9.2f}x")
    print(f"\nself max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
