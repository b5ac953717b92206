"""An accord named as the topic of a dispute is no accord of the disputing parties: "A and
B are locked in a dispute over the port deal". Sentences written for issue 23, none taken
from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ethiopia and Somalia are locked in a dispute over the port deal.", ("ETH", "SOM")),
        ("Guyana and Venezuela remain at odds over the 1899 arbitral award and the border "
         "agreement.", ("GUY", "VEN")),
    ],
)  # fmt: skip
def test_an_accord_that_is_the_topic_of_a_dispute_is_not_theirs(text, pair):
    found = edges(text)
    assert (*pair, "-") in found
    assert (*pair, "+") not in found
