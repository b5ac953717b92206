"""'seek to' and 'hoping' tell an aim or a hope, as 'plan to' and 'hope' do (texts
written for these tests)."""

from __future__ import annotations

from said import said


def test_seeking_to_is_an_aim():
    got = said(
        "Mayor Jane Roe sought to calm the bond markets on Monday.", "name", "cue", "cue_class"
    )
    assert got == [("Jane Roe", "sought", "intention")]


def test_seeking_a_thing_is_no_aim():
    assert said("The Lopez family sought asylum in Canada.", "cue") == []


def test_hoping_is_a_hope():
    got = said("Senator Ana Lopez spoke in Leeds on Friday, hoping the ferry would return.",
               "name", "cue", "cue_class")  # fmt: skip
    assert ("Ana Lopez", "hoping", "belief") in got
