"""Relations of issue 23 read in the twentieth session: a state's stance told by praising
or blaming an act, an effort or a role, and hostility or help told by a noun phrase.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Britain also recognises the efforts of His Highness the Amir of Kuwait to convene "
         "the presidents of Sudan and Chad for discussions.",
         {("GBR", "KWT", "+"), ("KWT", "SDN", "+"), ("KWT", "TCD", "+")}),
        ("Canada commended the efforts of His Majesty the King of Morocco to host talks "
         "between Mali and Niger.", {("CAN", "MAR", "+"), ("MAR", "MLI", "+")}),
    ],
)  # fmt: skip
def test_an_honorific_styles_the_title_whose_state_acts(text, wanted):
    es = edges(text)
    assert wanted <= es, es
    assert not {e for e in es if "GBR" in e and "SDN" in e}, es
