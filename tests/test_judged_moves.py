"""An act judged in an apposition after it: "Lithuania let Taiwan open an office, a move
condemned by China" (China against Lithuania), "a decision praised by Israel" (Israel with
the doer). Sentences written for issue 23, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Lithuania allowed Taiwan to open a representative office, a move condemned by "
         "China.", ("CHN", "LTU", "-")),
        ("Kenya withdrew its recognition of Western Sahara's independence, a move welcomed "
         "by Morocco.", ("KEN", "MAR", "+")),
        ("Guatemala moved its embassy to Jerusalem, a decision praised by Israel.",
         ("GTM", "ISR", "+")),
        ("Ghana expelled the envoy, a move that Togo condemned.", ("GHA", "TGO", "-")),
    ],
)  # fmt: skip
def test_the_judge_of_a_move_in_apposition_judges_its_doer(text, edge):
    assert edge in edges(text)


def test_a_judgement_only_supposed_is_none():
    assert ("ETH", "KEN", "-") not in edges(
        "Kenya sent troops to Somalia, a move that could anger Ethiopia."
    )
