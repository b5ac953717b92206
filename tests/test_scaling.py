"""Issue 13, reliability: every span of every table indexes the article's text.

Articles are generated from the codebook's own names, the cue verbs, event triggers,
quotations (before and after their speaker), transcript labels and runs of punctuation,
and analyzed under both syntax back-ends. Spans and results are asserted, never times
(``make bench`` measures those, per character from 10 KB to 4.9 MB).
"""

from __future__ import annotations

import csv
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import alignkit
from alignkit.reading.codebook import data_dir


def _column(table: str, name: str, limit: int) -> list[str]:
    with open(data_dir() / "codebook" / table, encoding="utf-8") as f:
        return [r[name] for r in csv.DictReader(f) if r[name]][:limit]


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, list[str]]:
    cues = [forms.split("|")[-2] for forms in _column("cues.csv", "forms", 40) if "|" in forms]
    # a verb form of each pattern's first slot (its second last, a past form, when the
    # slot lists several and more slots follow; a slot of one word as it stands)
    firsts = [(p.split("~")[0].split("|"), "~" in p) for p in _column("events.csv", "pattern", 60)]
    triggers = [alts[-2 if more and len(alts) > 1 else 0].strip() for alts, more in firsts]
    return {
        "party": ["Russia", "Iran", "the United States", "China", "Ukraine", "NATO"]
        + _column("countries.csv", "name", 40)
        + _column("people.csv", "name", 60),
        "cue": [c for c in cues if c.isalpha()] or ["said"],
        "trigger": [t for t in triggers if t.replace(" ", "").isalpha()] or ["met"],
    }


_PUNCT = list("\"'“”‘’.,;:!?()-—…") + ["...", "\"'", "''", "--"]


@st.composite
def _sentence(draw) -> str:
    v = _vocabulary()
    a, b, c = (draw(st.sampled_from(v["party"])) for _ in range(3))
    cue = draw(st.sampled_from(v["cue"]))
    trig = draw(st.sampled_from(v["trigger"]))
    punct = "".join(draw(st.lists(st.sampled_from(_PUNCT), max_size=6)))
    forms = [
        f"{a} {cue} that {b} {trig} {c}.",
        f'"{b} {trig} {c} and threatens peace," {a} {cue}.',
        f"“We support {b},” {a} {cue}, adding that {c} was a threat.",
        f"{a} {trig} {b} and {c}{punct}",
        f"According to {a}, {b} {trig} {c} in {c}{punct}",
        f"{a.upper()}: We welcome {b}. {c} is a danger.",
        f'{punct}"{a} {cue} {punct} {b}{punct}',
        f"The two leaders of {a} and {b} met. They {cue} {c} would {trig} them.",
        f"{punct}{punct}{punct}",
        f"On March 3, 2024, {a} {trig} {b}{punct}",
        f"{a} {trig} {b} last week, days before {c} took office.",
    ]
    return draw(st.sampled_from(forms))


_articles = st.lists(
    st.lists(_sentence(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5
).map(lambda paras: "A Generated Article\n\n" + "\n\n".join(paras) + "\n")


def _check_spans(an, text: str) -> None:
    n = len(text)

    def ok(a, b, what) -> None:
        assert 0 <= a <= b <= n, (what, a, b, n)

    for r in an.mentions.itertuples(index=False):
        ok(r.start, r.end, "mention")
        assert r.start < r.end and text[r.start : r.end] == r.text, r
    for r in an.statements.itertuples(index=False):
        for a, b, what in (
            (r.speaker_start, r.speaker_end, "speaker"),
            (r.cue_start, r.cue_end, "cue"),
            (r.content_start, r.content_end, "content"),
        ):
            ok(a, b, what)
            assert a < b, (what, r)
        assert text[r.content_start : r.content_end] == r.content, r
    for r in an.events.itertuples(index=False):
        ok(r.start, r.end, "event")
        assert r.start < r.end, r
    for r in an.themes.itertuples(index=False):
        ok(r.start, r.end, "theme")
        assert r.start < r.end and text[r.start : r.end] == r.phrase, r
    for r in an.timeline.itertuples(index=False):
        ok(r.start, r.end, "timeline")
        assert r.start < r.end, r


@pytest.mark.parametrize("backend", ["surface", "parse"])
@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=_articles)
def test_every_span_of_every_table_indexes_the_text(backend, text, monkeypatch):
    monkeypatch.setenv("ALIGNKIT_SYNTAX", backend)
    an = alignkit.analyze_text(text, publication_date="2024-06-01")
    _check_spans(an, an.article.text)
    assert an.article.text == text or an.article.text.strip() in text
    # the camps are a partition of the network's nodes
    left, right = an.blocs
    assert not left & right and left | right == set(an.network.nodes)


@pytest.mark.parametrize("backend", ["surface", "parse"])
def test_a_quotation_before_its_speaker_spans_quote_and_cue(backend, monkeypatch):
    # '"...," X said': the statement's event runs from the quotation to the cue
    monkeypatch.setenv("ALIGNKIT_SYNTAX", backend)
    text = 'Quote First\n\n"Russia is a threat to peace," Biden said.\n'
    an = alignkit.analyze_text(text, publication_date="2024-01-01")
    ev = an.events[an.events["origin"] == "statement"]
    assert ev[["source_country", "target_country", "start", "end"]].values.tolist() == [
        ["USA", "RUS", text.index('"Russia'), text.index("said") + len("said")]
    ]
    _check_spans(an, text)


def test_a_long_run_of_punctuation_is_tokenized_with_exact_offsets():
    # 22,000 characters of nested quotes once took spaCy's suffix search a minute
    from alignkit.reading.tagging import tokenize

    text = 'He said "' + "\"'" * 11_000 + " end. Russia warned Iran."
    doc = tokenize(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    assert [t.text for t in doc][-6:] == ["end", ".", "Russia", "warned", "Iran", "."]
