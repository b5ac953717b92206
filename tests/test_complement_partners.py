"""Partners named inside a verb's prepositional complement, and groups of people of two
states: sentences written for the class, about wars the development texts do not cover."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        "Thailand agreed to a truce with Cambodia.",
        "Thailand agreed to a ceasefire with Cambodia on Monday.",
        "Thailand entered into talks with Cambodia over the temples.",
    ],
)
def test_the_partner_of_an_accord_the_verb_takes_through_a_preposition(text):
    assert ("KHM", "THA", "+") in edges(text)
