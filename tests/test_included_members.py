"""A state an ``including`` aside names in a group of states is one of the group: "urged
all member states, including the United Arab Emirates, to refrain from fuelling the
conflict" is a demand on the UAE. Sentences written for issue 23, none taken from a
corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        "Britain urged all member states, including the United Arab Emirates, to refrain "
        "from fuelling the conflict.",
        "Britain urged all states, including the UAE, to stop arming the warring parties.",
    ],
)
def test_a_state_included_in_a_group_urged_to_yield_is_asked_to(text):
    assert ("ARE", "GBR", "-") in edges(text)


def test_a_group_with_no_aside_names_no_state():
    assert not edges("Britain urged all member states to refrain from fuelling the conflict.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Italian defence minister met several regional leaders, including the Emir of "
         "Qatar, during his stay.", ("ITA", "QAT")),
        ("The Saudi delegation held talks with senior officials, including Egypt's foreign "
         "minister.", ("EGY", "SAU")),
        ("Spain's foreign minister consulted his counterparts, including Morocco's, on the "
         "migration plan.", ("ESP", "MAR")),
    ],
)  # fmt: skip
def test_a_state_included_among_the_leaders_met_is_met(text, pair):
    """Leaders, officials or counterparts met, with an ``including`` aside naming one of
    them, are a meeting with that one's state (itinerary classes of issue 23)."""
    found = edges(text)
    assert (*sorted(pair), "+") in found
    assert not {e for e in found if e[2] == "-"}
