"""Commitments told in readouts: the state that owns a commitment, partnership or
support keeps it, and a commitment to a state's security supports that state. Sentences
written for issue 23, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        "Britain's commitment to Kenya's security remains firm.",
        "They discussed Britain's support for Kenya's defence.",
    ],
)
def test_a_commitment_to_a_states_security_supports_it(text):
    assert ("GBR", "KEN", "+") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary reaffirmed the United States' commitment to Jordan's security.",
        "The Secretary reaffirmed America's commitment to Jordan.",
        "The Minister reaffirmed Britain's partnership with Kenya.",
    ],
)
def test_the_owner_of_a_reaffirmed_commitment_is_its_source(text):
    """An unnamed official reaffirms a state's commitment: that state is committed to the
    party after it, not to itself."""
    found = edges(text)
    assert any(e[2] == "+" for e in found)
    assert {("JOR", "USA", "+"), ("GBR", "KEN", "+")} & found
