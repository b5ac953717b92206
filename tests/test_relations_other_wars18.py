"""Relations of issue 23 read in the eighteenth session on other wars (batches K to P):
a trip or travel told as a noun. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced Secretary of State Antony Blinken's trip to Chile and Peru.",
        "Reporters were briefed on Secretary Blinken travel to Chile and Peru next week.",
        "Blinken's travel to Chile and Peru was postponed by a day.",
    ],
)
def test_a_trip_or_travel_noun_is_a_visit(text):
    assert {("CHL", "USA", "+"), ("PER", "USA", "+")} <= edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed a travel ban on Iranian officials.",
        "Canada advised its citizens against all travel to Iran.",
    ],
)
def test_a_ban_or_warning_on_travel_is_no_visit(text):
    assert not {e for e in edges(text) if e[2] == "+"}
