"""A paragraph without full stops is one long sentence: its events cost linear work
(issue 21, "Long text"). Timings live in benchmarks/bench.py; here the work is counted:
the tokens the modality matcher is asked to scan while the events are read."""

from __future__ import annotations

import alignkit
from alignkit.reading.lexicon import SlotMatcher

CLAUSE = (
    "Russia condemned China, Iran signed a cooperation agreement with China, "
    "if the talks fail Russia could impose sanctions on Iran, "
)


def _scanned(monkeypatch, repeats: int) -> tuple[int, list]:
    """Tokens scanned by every SlotMatcher.find while one flat paragraph is analyzed."""
    scanned = 0
    find = SlotMatcher.find

    def counted(self, lower, start=0, end=None, names=None):
        nonlocal scanned
        scanned += (len(lower) if end is None else end) - start
        return find(self, lower, start, end, names)

    monkeypatch.setattr(SlotMatcher, "find", counted)
    text = "Talks Without End\n\n" + CLAUSE * repeats + "and so it went on\n"
    an = alignkit.analyze_text(text, publication_date="2024-06-01")
    monkeypatch.setattr(SlotMatcher, "find", find)
    return scanned, an


def test_a_paragraph_without_full_stops_is_scanned_in_linear_work(monkeypatch):
    small, an_small = _scanned(monkeypatch, 25)
    large, an_large = _scanned(monkeypatch, 100)
    assert len(an_small.article.body_sentences) == len(an_large.article.body_sentences) == 1
    assert len(an_large.events) >= 4 * len(an_small.events) > 0
    # four times the text, about four times the scanning (a scan from the sentence start
    # for every trigger grew sixteen-fold)
    assert large <= 5 * small
    # the condition still governs what follows it in the sentence
    modes = set(an_large.events["mode"])
    assert "conditional" in modes or "hypothetical" in modes
