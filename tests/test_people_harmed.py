"""Those a harm is done to are no target of a reaction to it: "opposes any forced
displacement of Palestinians", "condemned the killing of Palestinians"
(``harmed_people_nouns.csv``); the doer named as its possessor still is. Sentences
written for issue 23, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States opposes any forced displacement of Palestinians from Gaza.",
         ("PSE", "USA")),
        ("The United States condemned the killing of Palestinians in the West Bank.",
         ("PSE", "USA")),
        ("Egypt rejected the displacement of Palestinians into Sinai.", ("EGY", "PSE")),
        ("Canada condemned the persecution of Afghan women.", ("AFG", "CAN")),
    ],
)  # fmt: skip
def test_those_harmed_are_no_target_of_a_reaction(text, pair):
    assert (*pair, "-") not in edges(text)


def test_the_doer_of_the_harm_is_still_the_target():
    found = edges("Kenya condemned Ethiopia's expulsion of Kenyan traders.")
    assert ("ETH", "KEN", "-") in found
