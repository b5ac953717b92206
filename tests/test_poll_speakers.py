"""A poll or a survey as the speaker of its findings, whatever stands between it and its
verb: two makers' names joined by '/', a time ('last month', 'released Monday'), a
finding with 'that' the parser takes for a participle (texts written for these tests)."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The latest Gallup/Ipsos poll showed the mayor ahead.", "latest Gallup/Ipsos poll"),
        ("A YouGov/Times poll last month showed the premier trailing.", "YouGov/Times poll"),
        ("An Ifop survey released Monday showed the senator ahead in Lyon.", "Ifop survey"),
        ("A Monmouth University poll found last week that the governor would win.",
         "Monmouth University poll"),
    ],
)  # fmt: skip
def test_a_poll_speaks_past_a_slash_or_a_time(text, speaker):
    assert [n for n, _ in said(text, "name", "cue")] == [speaker]


def test_a_participle_with_that_after_a_plain_noun_stays_a_participle():
    # "sanctions announced Friday that target banks": a relative clause, no speaker
    text = "New sanctions announced Friday that target two banks will hurt trade."
    assert said(text, "name", "cue") == []


def test_the_surface_rules_read_a_poll_past_its_time(monkeypatch):
    monkeypatch.setenv("ALIGNKIT_SYNTAX", "surface")
    text = "A Gallup poll released last week found that the premier was trailing."
    assert said(text, "name", "cue") == [("Gallup poll", "found")]


def test_in_a_poll_opening_a_sentence_reports_its_finding():
    got = said("In a Gallup survey released Monday, most farmers opposed the levy.",
               "name", "cue", "content")  # fmt: skip
    assert ("Gallup survey", "In", "most farmers opposed the levy") in got


def test_in_a_document_leaves_a_sentence_whose_cue_has_a_speaker():
    got = said("In a statement, the ministry said the port would reopen.", "name", "cue")
    assert got == [("ministry", "said")]


def test_in_and_a_place_is_no_finding():
    assert said("In the town of Kidal, the market reopened on Monday.", "name", "cue") == []
