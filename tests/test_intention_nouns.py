"""The owner of a decision or intention does the act of its infinitive: "Ecuador's
decision to storm the embassy" (``intention_nouns.csv``). Sentences written for issue 23,
none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Ecuador's decision to storm the Mexican embassy in Quito drew condemnation.",
         ("ECU", "MEX", "-")),
        ("Algeria's move to close its airspace to Moroccan aircraft angered Rabat.",
         ("DZA", "MAR", "-")),
        ("Serbia's bid to block Kosovo's membership of the Council of Europe failed.",
         ("SRB", "XKX", "-")),
    ],
)  # fmt: skip
def test_the_owner_of_an_intention_does_its_act(text, edge):
    assert edge in edges(text)


def test_a_refusal_does_not_tell_the_act():
    """A refusal denies its act: ``refusal`` is no noun of intention."""
    found = edges("Israel's refusal to allow aid into Gaza was condemned.")
    assert ("ISR", "PSE", "+") not in found
