"""A cue whose content is only a lead-in running to a colon, and the quotation set in the
next paragraph ('said of the new platform:') (texts written for these tests)."""

from __future__ import annotations

from said import said


def test_a_lead_in_to_a_colon_takes_the_quotation_below():
    text = (
        "Port Strike\n\nIn a release on Monday, the dockers' union said of the new contract:"
        '\n\n"It gives the owners everything and the workers nothing."'
    )
    got = said(text, "name", "cue", "kind", "content")
    assert got == [
        (
            "dockers' union",
            "said",
            "direct",
            '"It gives the owners everything and the workers nothing."',
        )
    ]


def test_a_clause_before_a_colon_stays_what_was_said():
    text = (
        "Port Strike\n\nThe dockers' union said the owners had refused to meet:"
        '\n\n"We waited all day."'
    )
    got = said(text, "cue", "content")
    assert ("said", "the owners had refused to meet") in got
