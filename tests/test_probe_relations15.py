"""Relations in constructions found by probe texts written for issue 23 (relations on text
nobody has read), eighth session: sentences about wars and crises of many regions, in
wire, readout, joint-statement and UN styles, none taken from a corpus text.

Each test is one class of English construction.
"""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mr. President, on March 3, the United States joined Norway and Egypt in welcoming "
         "the adoption of the resolution.", ("NOR", "USA")),
        ("Madam President, last week, Ireland joined Mexico in welcoming the truce in Sudan.",
         ("IRL", "MEX")),
    ],
)  # fmt: skip
def test_the_addressee_a_sentence_opens_with_is_no_subject(text, pair):
    """``Mr. President, ... X joined Y``: the vocative is no subject; X is."""
    assert (*pair, "+") in edges(text)


_UN_REMARKS = """\
Source: https://example.org/r (Remarks at a UN Security Council Briefing on Libya, U.S. \
Mission to the United Nations; public domain)
Date: 2021-03-10

Remarks at a UN Security Council Briefing on Libya

Thank you, Mr. President.

Mr. President, on March 3, the United States joined Norway, Italy, and Egypt in welcoming \
the adoption of Resolution 2570, and we reiterated our commitment to a political solution \
to the conflict in Libya. We urge all parties to cooperate with the UN Special Envoy.
"""


def test_a_state_joining_others_in_a_welcome_in_un_remarks_stands_with_them():
    found = edges(_UN_REMARKS)
    assert {("EGY", "USA", "+"), ("ITA", "USA", "+"), ("NOR", "USA", "+")} <= found
