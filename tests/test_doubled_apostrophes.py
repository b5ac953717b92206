"""Archived news prints the straight double mark as two apostrophes: ''...'' quotes as
"..." does (texts written for these tests)."""

from __future__ import annotations

from said import said

from alignkit.reading.quotations import quotations


def test_doubled_apostrophes_pair_as_a_quotation():
    text = "The mayor called the plan ''a fraud.'' Then ''We will sue,'' she said."
    assert [text[a:b] for a, b in quotations(text)] == ["''a fraud.''", "''We will sue,''"]


def test_a_single_mark_closing_inside_is_not_the_double_one():
    text = "''I would call it 'old-fashioned,''' said Jane Roe."
    assert [text[a:b] for a, b in quotations(text)] == [text[: text.index(" said")]]


def test_a_naming_verb_before_doubled_apostrophes_reports_the_words():
    got = said("Mayor Jane Roe called the ferry plan ''a fraud.''", "name", "cue", "content")
    assert got == [("Jane Roe", "called", "''a fraud.''")]
