"""Legal action against a state told with "take ... to court": CAMEO 115, bring lawsuit
against. Sentences written for issue 23, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mexico took Ecuador to the International Court of Justice.", ("ECU", "MEX")),
        ("Guyana has taken Venezuela to the ICJ over the border.", ("GUY", "VEN")),
        ("Chile threatened to take Bolivia to arbitration.", ("BOL", "CHL")),
    ],
)  # fmt: skip
def test_taking_a_state_to_court_is_legal_action_against_it(text, pair):
    assert (*pair, "-") in edges(text)
