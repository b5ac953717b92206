"""'see X as Y', 'view X as Y', 'regard X as Y': a judgement the subject holds (texts
written for these tests)."""

from __future__ import annotations

from said import said


def test_seeing_as_is_a_judgement_held():
    got = said("Mayor Jane Roe views the ferry deal as a trap.", "name", "cue_class", "content")
    assert got == [("Jane Roe", "belief", "a trap")]
    got = said("Senator Ana Lopez regards the levy as unfair.", "name", "cue_class", "content")
    assert got == [("Ana Lopez", "belief", "unfair")]


def test_seeing_without_as_is_no_judgement():
    assert said("Mayor Jane Roe sees the ferry every day.", "cue") == []
