"""A cue in a title-case headline is capitalized like every word of it, not a name's
(texts written for these tests)."""

from __future__ import annotations

from said import said


def test_a_title_case_headline_s_cue_reports():
    # a name the codebook knows ends the run of capitalized words before the cue
    text = "Emmanuel Macron Slams Ferry Plan as a Fraud.\n\nMacron spoke on Monday."
    got = said(text, "name", "cue", "content")
    assert ("Emmanuel Macron", "Slams", "Ferry Plan as a Fraud") in got


def test_a_capitalized_name_word_that_is_a_cue_form_stays_a_name():
    text = "The Lagos Post Assembles Reporters to Cover the Election.\n\nThe paper hired staff."
    assert [c for _, c in said(text, "name", "cue")] == []
