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
