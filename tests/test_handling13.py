"""Dealing with a party is handling it, not cooperating with it (issue 23): CAMEO files a
bare 'deal' with bargaining (050), and ``cameo_defaults.csv`` gives it no event when none of
its patterns is in reach. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "handled"),
    [
        ("Canadian, Danish Defense Chiefs Discuss Arctic Security, Dealing With Russia", "RUS"),
        ("Denmark and Canada discussed dealing with Russia.", "RUS"),
        ("Estonia and Latvia must deal with Belarus together.", "BLR"),
        ("Japan dealt with China's coast guard for years.", "CHN"),
    ],
)  # fmt: skip
def test_dealing_with_a_party_is_no_cooperation_with_it(text, handled):
    assert not {e for e in edges(text) if e[2] == "+" and handled in e[:2]}


def test_a_deal_reached_still_counts():
    text = "Armenia and Azerbaijan reached a deal on the border."
    assert ("ARM", "AZE", "+") in edges(text)
