"""Sympathy with the dead is no disapproval of their state (issue 23): CAMEO files a bare
'mourn' and 'grieve' under disapproval (110), and ``cameo_defaults.csv`` gives them no event
when none of their patterns is in reach. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        'The Kenyan ambassador said: "We mourn the Ukrainian victims."',
        "Chile's president mourned the Peruvian soldiers.",
        "The Ghanaian foreign minister said Ghana grieves for the Malian peacekeepers.",
    ],
)  # fmt: skip
def test_mourning_the_dead_is_no_act_against_their_state(text):
    assert not {e for e in edges(text) if e[2] == "-"}


def test_a_condemnation_beside_the_mourning_still_counts():
    text = "Ghana condemned Mali's attack on its peacekeepers and mourned the dead."
    assert ("GHA", "MLI", "-") in edges(text)
