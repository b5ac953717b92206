"""An obligation told with "needs to" or "has to" is a demand, as "must" is: "Rwanda
needs to withdraw its forces", "Rwanda's support for the M23 needs to end"; the noun
("the need to end violence") is none. Sentences written for issue 20, none taken from a
corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges

HEAD = """Source: https://www.state.gov/briefings/x/ (Department Press Briefing; public domain)
Date: 2024-09-20

Department Press Briefing

MR. DOYLE: {}

QUESTION: Thanks.

MR. DOYLE: Sure.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Rwanda needs to withdraw its forces from the DRC.",
        "We've been very clear that Rwanda has to end its support for the M23.",
        "Rwanda's support for the M23 needs to end.",
    ],
)
def test_needs_to_and_has_to_are_demands(sentence):
    assert ("RWA", "USA", "-") in edges(HEAD.format(sentence))


def test_the_noun_need_is_no_demand_of_the_possessor_before_it():
    text = HEAD.format("We back Kenya's efforts and the need to end violence in Haiti.")
    assert ("KEN", "USA", "-") not in edges(text)
