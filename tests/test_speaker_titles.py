"""A speaker behind a long title and after a party-and-state label (``Chair of the X
Sen. Ann Doe (D-Calif.) said``): sentences written for these tests."""

from __future__ import annotations

import alignkit


def _speakers(text: str) -> list[str]:
    return alignkit.analyze_text(text).statements["speaker"].tolist()


def test_a_long_title_and_a_party_label_before_the_cue_keep_the_speaker():
    text = (
        "Chairman of the Armed Services Committee Sen. Ruth Calder (D-N.M.) said the "
        "drone programme would be cut."
    )
    assert _speakers(text) == ["ruth-calder"]


def test_a_party_label_after_a_lead_in_clause_keeps_the_speaker():
    text = (
        "On Monday, while discussing the budget with reporters, Speaker of the Assembly "
        'Rep. Owen Pratt (R-Ohio) said "the money is not there."'
    )
    assert _speakers(text) == ["owen-pratt"]
