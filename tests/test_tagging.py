"""Actor tagging: the seed against the gold, and a hand-built article for what the seed lacks."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import alignkit
from alignkit.codebook import load_codebook

HAND_BUILT = Path(__file__).parent / "articles" / "hand-built.txt"


@pytest.fixture(scope="module")
def scores(seed_analysis):
    return alignkit.evaluate(seed_analysis).set_index("layer")


def test_seed_mention_f1(scores):
    assert scores.loc["mentions", "f1"] >= 0.97
    assert scores.loc["mentions:place", "f1"] >= 0.97


def test_seed_actor_set_type_and_country(scores):
    assert scores.loc["actors", "precision"] == 1.0
    assert scores.loc["actors", "recall"] == 1.0
    assert scores.loc["actors:type", "precision"] == 1.0
    assert scores.loc["actors:country", "precision"] == 1.0


def test_mentions_index_the_text(seed_analysis):
    text = seed_analysis.article.text
    for row in seed_analysis.mentions.itertuples():
        assert text[row.start : row.end] == row.text


def test_person_span_is_the_name_not_the_title(seed_analysis):
    m = seed_analysis.mentions
    assert "Russian President Vladimir Putin" not in set(m["text"])
    putin = m[m["actor"] == "vladimir-putin"]
    assert set(putin["text"]) == {"Vladimir Putin", "Putin"}


def test_possessives_surnames_and_demonyms(seed_analysis):
    m = seed_analysis.mentions.set_index("start")
    text = seed_analysis.article.text
    russia_s = text.index("Russia's actions")
    assert m.loc[russia_s, "actor"] == "RUS"
    trump_s = text.index("Trump's newly")
    assert m.loc[trump_s, "actor"] == "donald-trump"
    kim = text.index("Kim's support")
    assert m.loc[kim, "actor"] == "kim-jong-un" and m.loc[kim, "text"] == "Kim"
    iranian = text.index("Iranian President")
    assert (m.loc[iranian, "actor"], m.loc[iranian, "kind"]) == ("IRN", "demonym")


@pytest.fixture(scope="module")
def hand():
    return alignkit.analyze(HAND_BUILT)


def test_unknown_official_introduced_by_title(hand):
    cb = load_codebook()
    assert "wally-adeyemo" not in cb.actors, "the test needs an official the codebook lacks"
    a = hand.actors.set_index("actor")
    row = a.loc["wally-adeyemo"]
    assert (row["type"], row["country"], row["wikidata"]) == ("person", "USA", "")
    assert "Deputy Secretary" in row["role"]
    m = hand.mentions[hand.mentions["actor"] == "wally-adeyemo"]
    assert list(m["text"]) == ["Wally Adeyemo", "Adeyemo"]  # surname found again later
    assert "mikhail-galuzin" not in cb.actors
    assert a.loc["mikhail-galuzin", "country"] == "RUS"  # from the demonym before the title


def test_dprk_and_kim_jong_un_variants(hand):
    m = hand.mentions
    text = hand.article.text
    for form in ("DPRK", "Democratic People's Republic of Korea", "North Korea"):
        s = text.index(form)
        assert set(m[m["start"] == s]["actor"]) == {"PRK"}, form
    assert set(m[m["text"] == "Kim Jong-un"]["actor"]) == {"kim-jong-un"}
    # "Kim's sister": the surname is shared, the leader is the one named in full here
    assert set(m[m["text"] == "Kim"]["actor"]) == {"kim-jong-un"}
    assert set(m[m["text"] == "Wang Yi"]["actor"]) == {"wang-yi"}


def test_roles_resolve_at_the_article_date():
    text = HAND_BUILT.read_text(encoding="utf-8").replace("Date: 2025-02-03\n", "")
    before = alignkit.analyze_text(text, publication_date="2025-01-15")
    after = alignkit.analyze_text(text, publication_date="2025-02-03")
    role = lambda an: an.actors.set_index("actor").loc["donald-trump", "role"]  # noqa: E731
    assert "elect" in role(before).lower()
    assert role(after) == "President of the United States"
    cb = load_codebook()
    assert cb.role_at("joe-biden", dt.date(2025, 1, 19)) == "President of the United States"
    assert cb.role_at("joe-biden", dt.date(2025, 1, 20)) != "President of the United States"


def test_themes_per_sentence_with_trigger_phrase(seed_analysis):
    th = seed_analysis.themes
    text = seed_analysis.article.text
    for row in th.itertuples():
        assert text[row.start : row.end] == row.phrase
        sent = seed_analysis.article.sentences[row.sentence]
        assert sent.start <= row.start and row.end <= sent.end
    assert {"diplomacy", "sanctions", "war"} <= set(th["theme"])


def test_highlight_escapes_article_text():
    an = alignkit.analyze_text("<img src=x onerror=alert(1)> Putin met Kim Jong Un in Moscow.")
    html = str(alignkit.highlight(an))
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'title="vladimir-putin (person)"' in html


def test_no_header_text_is_not_tagged(seed_analysis):
    publisher_end = seed_analysis.article.text.index("\n")
    assert (seed_analysis.mentions["start"] > publisher_end).all()


# -- the tokenizer -----------------------------------------------------------------------

SHIPPED = [alignkit.SEED, *sorted((Path(__file__).parent / "articles").glob("*.txt"))]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_tokens_are_spacy_blank_english_tokens(path):
    # tokenize() runs spaCy's English rules on a lean vocabulary and warms spaCy's span
    # cache; the tokens must stay exactly those of spacy.blank("en"), first time and after.
    import spacy

    from alignkit.tagging import tokenize

    text = path.read_text(encoding="utf-8")
    text += " Don't U.S.-led e-mail http://x.org/a?b=1 :-) $5.5bn 10km 1990s o'clock Mr.Kim"
    theirs = [(t.idx, t.text, t.lower_) for t in spacy.blank("en")(text)]
    for _ in range(2):
        assert [(t.idx, t.text, t.lower_) for t in tokenize(text)] == theirs


_PIECES = [
    "U.S.",
    "Mr.",
    "can't",
    "Don't",
    "(AP)",
    "Putin's",
    "treaty,",
    "Jan.",
    "17,",
    "2025.",
    '"We',
    'said."',
    "e-mail",
    "U.S.-led",
    "$5bn",
    "10km",
    "p.m.",
    "o'clock",
    ":-)",
    "...",
    "Iran",
    "Russia",
    "—",
    "'s",
    "N.Korea",
    "http://x.org/a?b=1",
    "St.",
    "Lt.",
    "Gen.",
    "a.m.",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([" ", "\n", "  "]))
def test_warm_cache_never_changes_tokens(pieces, sep):
    # Special cases anywhere in the text, spans seen before in other company: the cached
    # path must split every text as spacy.blank("en") does.

    from alignkit.tagging import tokenize

    text = sep.join(pieces)
    ours = [(t.idx, t.text) for t in tokenize(text)]
    assert ours == [(t.idx, t.text) for t in _blank()(text)]


@lru_cache(maxsize=1)
def _blank():
    import spacy

    return spacy.blank("en")


def test_analyzing_an_article_imports_neither_pandas_nor_networkx():
    # The camps of one article are solved on plain dicts; tables and graphs import
    # pandas and networkx when first asked for. (A fresh process: this one has both.)
    import subprocess
    import sys

    code = (
        "import sys, alignkit\n"
        "an = alignkit.analyze(alignkit.SEED)\n"
        "print(sorted(an.blocs[0]), an.statement_records[0].speaker,\n"
        "      'pandas' in sys.modules, 'networkx' in sys.modules)\n"
        "an.events, an.network\n"
        "print('pandas' in sys.modules, 'networkx' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == [
        "['CHN', 'IRN', 'PRK', 'RUS'] dmitry-peskov False False",
        "True True",
    ]


def test_warm_set_is_capped_and_tokens_survive_the_reset(monkeypatch):
    from alignkit import tagging

    warmed = set()  # cleared and refilled in place
    monkeypatch.setattr(tagging, "_WARMED", warmed)
    monkeypatch.setattr(tagging, "_WARMED_CAP", 5)
    text = "Mr. Putin met Iran's president in Moscow on Jan. 17, officials said."
    first = [t.text for t in tagging.tokenize(text)]
    assert warmed == set(text.split())  # over the cap: cleared, then this text's
    again = [t.text for t in tagging.tokenize(text + " Then he left.")]
    assert warmed == {"Then", "he", "left."}  # cleared again: only the new spans
    assert again[: len(first)] == first
    assert again[len(first) :] == ["Then", "he", "left", "."]
