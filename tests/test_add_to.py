"""'add' reports words, 'add to' an increase (texts written for these tests)."""

from __future__ import annotations

from said import said


def test_adding_to_a_lead_is_no_statement():
    assert said("Jane Roe won the primary, adding to her lead over Tom Reyes.", "cue") == []
    assert said("The mayor's plan added to the city's debt.", "cue") == []


def test_added_still_reports_words():
    assert said("Jane Roe added that the port would reopen.", "cue") == [("added",)]
    got = said('"It was a good night," Jane Roe added to Le Monde.', "cue", "kind")
    assert got == [("added", "direct")]
