"""alignkit benchmark: cold start, per-stage warm timings, throughput, peak memory.

Run with ``make bench``. Prints one table; timings live here, never in tests.

* cold start: a fresh process imports alignkit and analyzes the seed (median of 5);
* warm: each stage on the seed (median of many runs), and the total;
* floor: a bare spaCy blank English pipeline (tokenizer + sentencizer) on the same text;
* throughput: the seed and the test articles repeated to N articles (default 10,000),
  written to a temporary folder, analyzed on 1 process and on all cores;
* peak memory: maximum resident set size of the all-core run (parent + workers), measured
  in a child process so this script's own allocations do not count;
* explorers at scale: a generated article in which all 196 codebook countries speak about
  one another (390 statements), its statement and network explorers built and drawn in a
  fresh process: seconds, peak memory, figure size (target: under 2 s and 500 MB);
* flat paragraphs: one paragraph without full stops (one long sentence) against as many
  characters of ordinary sentences (target: within 2x per character at 1 MB).
"""

from __future__ import annotations

import argparse
import compileall
import math
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


def _medians_ms(fns: dict, n: int) -> dict[str, float]:
    """Median milliseconds of each function over ``n`` rounds.

    Every round calls each function once, in turn: on a shared machine whose speed drifts
    by tens of percent from one second to the next, interleaving keeps the stages and the
    floor measured under the same conditions, so their ratios hold.
    """
    for fn in fns.values():
        fn()  # warm caches
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(n):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(ts) * 1000 for name, ts in times.items()}


def long_texts(runs: int = 3) -> dict[str, float]:
    """Milliseconds (median of ``runs``) to parse texts that are long in one place: one
    paragraph of many sentences, a 40 KB token before two sentences, a run of 40,000 dots.
    Segmentation is linear in the text: twice the sentences, about twice the time."""
    from alignkit.reading.article import parse_article

    cases = {
        f"one paragraph of {n} sentences": " ".join(
            f"Sentence number {i} is here." for i in range(n)
        )
        for n in (500, 1000, 2000, 4000)
    }
    cases["a 40 KB token, then sentences"] = "x" * 40_000 + " Then more. And more."
    cases["a run of 40,000 dots"] = "Start " + "." * 40_000 + " End here. Done."
    fns = {name: lambda t=text: parse_article(t) for name, text in cases.items()}
    return _medians_ms(fns, runs)


def _scaled_text(size: int) -> str:
    """The seed and the test articles, repeated to about ``size`` characters, one article."""
    body = "\n\n".join(
        p.read_text(encoding="utf-8").split("\n", 1)[-1].strip() for p in [SEED, *EXTRA]
    )
    text = "\n\n".join([body] * (size // len(body) + 1))[:size]
    return "Scaling Test\n\n" + text.rsplit("\n\n", 1)[0] + "\n"


SIZES = ((10_000, 5), (100_000, 3), (1_000_000, 1), (2_000_000, 1), (4_900_000, 1))


def _flat_text(size: int) -> str:
    """:func:`_scaled_text` with every full stop, question and exclamation mark a comma and
    every paragraph break a space: one paragraph, one sentence of ``size`` characters."""
    import re

    body = _scaled_text(size).split("\n\n", 1)[1]
    flat = re.sub(r"[.!?]+(\s|$)", r",\1", body).replace("\n\n", " ").strip()
    return "Scaling Test\n\n" + flat + "\n"


def flat_paragraphs(sizes=(200_000, 1_000_000)) -> list[tuple]:
    """Rows (characters, ordinary seconds, us/char, flat seconds, us/char, ratio): one
    article of ordinary sentences and one paragraph without full stops of the same size,
    analyzed whole. Linear work keeps the ratio near 1 (issue 21: within 2x)."""
    import alignkit

    alignkit.prepare()
    alignkit.analyze_text(_scaled_text(5000), publication_date="2024-06-01")  # warm
    rows = []
    for size in sizes:
        cells = []
        for text in (_scaled_text(size), _flat_text(size)):
            t0 = time.perf_counter()
            _ = alignkit.analyze_text(text, publication_date="2024-06-01").blocs
            secs = time.perf_counter() - t0
            cells += [secs, secs / len(text) * 1e6]
        rows.append((size, *cells, cells[3] / cells[1]))
    return rows


def scaling(sizes=SIZES, backends=("surface", "parse")) -> list[tuple]:
    """Rows (characters, {back-end: (seconds, microseconds per character)}): one article of
    each size analyzed whole (camps included), best of the given number of runs. Linear
    time keeps microseconds per character flat from 10 KB to 4.9 MB."""
    import alignkit

    alignkit.prepare()
    rows = []
    for size, runs in sizes:
        text = _scaled_text(size)
        cells = {}
        for name in backends:
            with _syntax(name):
                alignkit.analyze_text(text[:5000], publication_date="2024-06-01")  # warm
                best = math.inf
                for _ in range(runs):
                    t0 = time.perf_counter()
                    _ = alignkit.analyze_text(text, publication_date="2024-06-01").blocs
                    best = min(best, time.perf_counter() - t0)
            cells[name] = (best, best / len(text) * 1e6)
        rows.append((len(text), cells))
    return rows


class _syntax:
    """``ALIGNKIT_SYNTAX`` set for a block (the back-end is read at each call)."""

    def __init__(self, name: str):
        self.name = name

    def __enter__(self):
        self.old = os.environ.get("ALIGNKIT_SYNTAX")
        os.environ["ALIGNKIT_SYNTAX"] = self.name

    def __exit__(self, *exc):
        if self.old is None:
            os.environ.pop("ALIGNKIT_SYNTAX", None)
        else:
            os.environ["ALIGNKIT_SYNTAX"] = self.old


def parser_floor(n: int) -> dict[str, float]:
    """Milliseconds (medians of ``n`` interleaved rounds) on the seed: the bare tagger and
    parser of ``en_core_web_sm`` on the whole article (every sentence, over the kit's own
    tokens), the whole analysis with ``ALIGNKIT_SYNTAX=parse`` (which parses every sentence
    holding a candidate trigger or a statement cue), and with ``surface``.
    """
    from spacy.tokens import Doc

    import alignkit
    from alignkit.reading.dependency import get_parser

    nlp = get_parser()
    with _syntax("parse"):
        an = alignkit.analyze(alignkit.load_article(SEED))
        _ = an.blocs
    t = an.tagged
    parsed = len(t.caches.get("parses", {}))
    sents = [k for k, (lo, hi) in enumerate(t.sent_tok) if hi > lo]
    batch = []
    for k in sents:
        lo, hi = t.sent_tok[k]
        spaces = [i + 1 < hi and t.ends[i] < t.starts[i + 1] for i in range(lo, hi)]
        batch.append((list(t.words[lo:hi]), spaces))

    def bare():
        for words, spaces in batch:
            doc = Doc(nlp.vocab, words=words, spaces=spaces)
            for _, proc in nlp.pipeline:
                doc = proc(doc)

    def total(name):
        def run():
            with _syntax(name):
                return alignkit.analyze(alignkit.load_article(SEED)).blocs

        return run

    out = _medians_ms(
        {
            f"bare tagger + parser, all {len(sents)} sentences": bare,
            f"whole analysis, parse ({parsed} parsed)": total("parse"),
            "whole analysis, ALIGNKIT_SYNTAX=surface": total("surface"),
        },
        n,
    )
    return out


COLD = "import alignkit; an = alignkit.analyze(alignkit.SEED); an.blocs"
# the same, then every table and the networkx graph
COLD_TABLES = COLD + "; an.mentions, an.actors, an.events, an.statements, an.timeline"


def cold_start(code: str, runs: int = 5) -> tuple[float, float]:
    """Medians over ``runs`` fresh interpreters running ``code``: seconds from launch until
    the result is in hand, and until the process has exited (interpreter teardown too)."""
    # Bytecode as an installed package has it: an editable install (or a machine with
    # PYTHONDONTWRITEBYTECODE set) would otherwise recompile alignkit on every start.
    compileall.compile_dir(ROOT / "lib", quiet=1)
    child = f"{code}\nimport time; print(time.time(), flush=True)"
    ready, done = [], []
    for _ in range(runs):
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-c", child], check=True, capture_output=True, text=True
        ).stdout
        done.append(time.time() - t0)
        ready.append(float(out.split()[-1]) - t0)
    return statistics.median(ready), statistics.median(done)


def warm(n: int) -> dict[str, float]:
    import spacy

    import alignkit
    from alignkit.analysis.result import Analysis
    from alignkit.network import _adjacency, _balance, _country_edges, country_graph
    from alignkit.reading.article import parse_article
    from alignkit.reading.events import _extract, statement_events
    from alignkit.reading.statements import extract_statements
    from alignkit.reading.tagging import tag

    text = SEED.read_text(encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    art = alignkit.load_article(SEED)
    t = tag(art)
    st = extract_statements(t)
    ev, ms = _extract(t, st)
    an = Analysis(t, st, ev, ms)
    records = an._event_rows  # the rows the network stage reads inside analyze()

    def total():
        a = alignkit.analyze(alignkit.load_article(SEED))
        return a.blocs

    def with_tables():
        a = alignkit.analyze(alignkit.load_article(SEED))
        return a.blocs, a.mentions, a.actors, a.events, a.statements, a.themes, a.timeline

    return _medians_ms(
        {
            "floor: spaCy tokenize + sentences": lambda: nlp(text),
            "load (parse article)": lambda: parse_article(text),
            "tag (tokenize + actors + themes)": lambda: tag(art),
            "statements": lambda: extract_statements(t),
            "events (+ statement events)": lambda: (_extract(t, st), statement_events(t, st)),
            "network (signed edges + camps)": lambda: _balance(
                _adjacency(*_country_edges(records))
            ),
            "total: load + analyze + network + blocs": total,
            "  + the DataFrame tables": with_tables,
            "  + the networkx graph (an.network)": lambda: country_graph(records),
        },
        n,
    )


_EXPLORERS = r"""
import csv, resource, sys, time
import alignkit
from alignkit.notebook import widgets
from alignkit.reading.codebook import data_dir
with open(data_dir() / "codebook" / "countries.csv", encoding="utf-8") as f:
    names = [r["name"] for r in csv.DictReader(f)]
n = len(names)
text = "Every Country Speaks\n\n" + "\n\n".join(
    f"{c} said that {names[(i + 1) % n]} was a reliable partner. "
    f"Officials in {c} warned that {names[(i + 7) % n]} posed a threat."
    for i, c in enumerate(names)
) + "\n"
an = alignkit.analyze_text(text, publication_date="2025-01-15")
an.statements, an.events, an.network
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
for name in ("statement", "network"):
    build = getattr(widgets, name + "_explorer")
    t0 = time.perf_counter()
    box = build(an)
    png = box.figure_png
    dt = time.perf_counter() - t0
    w, h = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(name, n, len(an.statements), dt, peak, base, w, h)
"""


def explorers() -> list[tuple]:
    """Rows (explorer, countries, statements, seconds, peak MB, MB before, width, height)."""
    out = subprocess.run(
        [sys.executable, "-c", _EXPLORERS], check=True, capture_output=True, text=True
    ).stdout
    rows = []
    for line in out.splitlines():
        name, n, st, secs, peak, base, w, h = line.split()
        rows.append((name, int(n), int(st), float(secs), float(peak), float(base), int(w), int(h)))
    return rows


def _corpus(folder: Path, n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in [SEED, *EXTRA]]
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")


_CHILD = """
import resource, sys, time
from pathlib import Path
import alignkit
items = sys.argv[1]
if len(sys.argv) > 3:  # a slice of the folder: one of the independent halves
    items = sorted(Path(items).iterdir())[int(sys.argv[3]) : int(sys.argv[4])]
t0 = time.perf_counter()
c = alignkit.analyze_corpus(items, processes=int(sys.argv[2]), progress=False)
dt = time.perf_counter() - t0
peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
print(len(c.articles), dt, peak)
"""


def _child(*args) -> subprocess.Popen:
    cmd = [sys.executable, "-c", _CHILD, *map(str, args)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)


def _result(proc: subprocess.Popen) -> tuple[int, float, float]:
    out, _ = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"benchmark child failed with exit code {proc.returncode}")
    count, secs, peak = out.split()
    return int(count), float(secs), float(peak)


def throughput(n: int, rounds: int = 2) -> list[tuple[str, float, float, float]]:
    """Rows (label, articles/s, seconds, peak MB): 1 process, all cores, and the machine's
    own ceiling: one single-process run per core on its share of the corpus, all at once,
    with no coordination at all (what perfect scaling of this workload gives here).

    Each configuration runs ``rounds`` times, the rounds interleaved; the fastest run
    counts (noise on a shared machine only ever adds time) and the largest peak."""
    folder = Path(tempfile.mkdtemp(prefix="alignkit-bench-"))
    cores = os.cpu_count() or 1
    best: dict[str, tuple[float, float]] = {}

    def keep(label: str, secs: float, peak: float) -> None:
        old = best.get(label, (math.inf, 0.0))
        best[label] = (min(old[0], secs), max(old[1], peak))

    try:
        _corpus(folder, n)
        for _ in range(rounds):
            for procs in sorted({1, cores}):
                count, secs, peak = _result(_child(folder, procs))
                assert count == n, f"{count} of {n} articles analyzed"
                keep(f"{procs} process(es)", secs, peak)
            if cores > 1:
                cuts = [n * k // cores for k in range(cores + 1)]
                runs = [_child(folder, 1, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
                results = [_result(p) for p in runs]
                keep(
                    f"{cores} independent runs",
                    max(r[1] for r in results),
                    sum(r[2] for r in results),
                )
        return [(label, n / secs, secs, peak) for label, (secs, peak) in best.items()]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=2, help="throughput runs per configuration")
    ap.add_argument(
        "--sizes", type=int, default=4_900_000, help="largest article of the scaling rows (0: none)"
    )
    ap.add_argument(
        "--flat", type=int, default=1_000_000, help="largest paragraph without full stops (0: none)"
    )
    args = ap.parse_args(argv)

    print(f"alignkit benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    with _syntax("surface"):  # the parse back-end has its own rows, beside its parser
        w = warm(args.runs)
    floor = w["floor: spaCy tokenize + sentences"]
    print(f"{'warm stage, surface (median of ' + str(args.runs) + ')':<44}{'ms':>8}{'x floor':>9}")
    for name, ms in w.items():
        print(f"{name:<44}{ms:8.2f}{ms / floor:9.2f}")
    total = w["total: load + analyze + network + blocs"]
    tables = w["  + the DataFrame tables"] - total
    print(f"{'  the six tables alone (difference)':<44}{tables:8.2f}{tables / floor:9.2f}")
    print(f"\n{'parse_article, long texts (median of 3)':<44}{'ms':>8}")
    for name, ms in long_texts().items():
        print(f"{name:<44}{ms:8.1f}")
    print(f"\n{'cold start, fresh process (median of 5)':<44}{'result':>8}{'exited':>9}")
    cases = (("import alignkit, analyze the seed", COLD), ("  + every table", COLD_TABLES))
    for label, code in cases:
        ready, done = cold_start(code)
        print(f"{label:<44}{ready:7.2f}s{done:8.2f}s")
    ex = explorers()
    print(f"\n{'explorers, ' + str(ex[0][1]) + ' countries, ' + str(ex[0][2]) + ' statements':<44}"
          f"{'seconds':>8}{'peak MB':>9}{'figure px':>11}")  # fmt: skip
    for name, _, _, secs, peak, _, w, h in ex:
        print(f"{'  ' + name + ' explorer, built and drawn':<44}{secs:8.2f}{peak:9.0f}{w:>6}x{h}")
    head = f"throughput, {args.articles} articles (best of {args.rounds})"
    print(f"\n{head}\n{'':<28}{'art/s':>9}{'seconds':>9}{'peak MB':>9}")
    rows = throughput(args.articles, args.rounds)
    for label, rate, secs, peak in rows:
        print(f"{label:<28}{rate:9.1f}{secs:9.1f}{peak:9.0f}")
    if len(rows) == 3:
        print(f"{'scaling: all cores / 1':<28}{rows[1][1] / rows[0][1]:9.2f}x")
        print(f"{'  ceiling: independent / 1':<28}{rows[2][1] / rows[0][1]:9.2f}x")
    # last: the parser and the large articles would raise the peak memory (max RSS,
    # which a child inherits across exec) the sections above measure
    p = parser_floor(max(10, args.runs // 5))
    bare, kit = list(p.values())[:2]
    print(f"\n{'parse back-end on the seed (median of ' + str(max(10, args.runs // 5)) + ')':<44}"
          f"{'ms':>8}{'x bare':>9}")  # fmt: skip
    for name, ms in p.items():
        print(f"{name:<44}{ms:8.2f}{ms / bare:9.2f}")
    print(
        f"{'  the kit own work beside the parser':<44}{kit - bare:8.2f}{(kit - bare) / bare:8.0%}"
    )
    if args.sizes:
        print(f"\n{'one article of N characters (best of runs)':<30}"
              f"{'surface s':>10}{'us/char':>9}{'parse s':>10}{'us/char':>9}")  # fmt: skip
        rows = scaling(tuple((n, r) for n, r in SIZES if n <= args.sizes))
        base = rows[0][1]
        for n, cells in rows:
            sur, par = cells["surface"], cells["parse"]
            print(f"{n:>30,}{sur[0]:10.2f}{sur[1]:9.2f}{par[0]:10.2f}{par[1]:9.2f}")
        worst = {k: max(c[k][1] for _, c in rows) / base[k][1] for k in ("surface", "parse")}
        print(f"{'  most per char / 10 KB':<30}{worst['surface']:19.2f}x"
              f"{worst['parse']:18.2f}x")  # fmt: skip
    if args.flat:
        head = f"{'ordinary s':>11}{'us/char':>9}{'flat s':>9}{'us/char':>9}{'ratio':>7}"
        print(f"\n{'one paragraph without full stops':<30}{head}")
        for n, osec, ous, fsec, fus, ratio in flat_paragraphs(
            tuple(n for n in (200_000, 1_000_000) if n <= args.flat)
        ):
            print(f"{n:>30,}{osec:11.2f}{ous:9.2f}{fsec:9.2f}{fus:9.2f}{ratio:6.2f}x")
    print(f"\nself max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
