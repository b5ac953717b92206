"""A statement's words are its quotation when only an addressee or a circumstance stands
before it, whatever follows the quotation (texts written for these tests)."""

from __future__ import annotations

from said import said


def test_words_after_the_quotation_are_not_what_was_said():
    text = 'Mayor Jane Roe wrote to her 20,000 followers, "The ferry will run," and shared a map.'
    assert said(text, "cue", "kind", "content") == [("wrote", "direct", '"The ferry will run,"')]


def test_quotations_joined_by_and_are_read_together():
    text = 'Mayor Jane Roe told the crowd, "We won," and, "We will build the bridge."'
    got = said(text, "cue", "content")
    assert got == [("told", '"We won," and, "We will build the bridge."')]


def test_a_verb_before_the_quotation_keeps_the_whole():
    text = 'Mayor Jane Roe said the port was open, "and busy," on Monday.'
    assert said(text, "content") == [('the port was open, "and busy," on Monday',)]
