"""Relations told in the forms readouts and analyses use most: talks reported with a
reporting verb, pairs joined by a hyphen after an abbreviation or before a noun of tension,
standing relations told by a noun (issue: "Relations on any topic").

Each test is one class of reading, on sentences written for it about states the kit's
development texts do not cover.
"""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya discussed regional trade with Tanzania.", ("KEN", "TZA")),
        ("President Ruto discussed border security with Tanzanian officials.", ("KEN", "TZA")),
        ("Kenya and Tanzania discussed regional trade.", ("KEN", "TZA")),
        ("The Chilean minister discussed fisheries with her Peruvian counterpart.", ("CHL", "PER")),
    ],
)
def test_a_discussion_with_a_party_is_talks_between_them(text, pair):
    assert (*pair, "+") in edges(text)


def test_a_discussion_of_a_party_is_a_topic_not_talks():
    # "discussed Sudan": Sudan is what was talked about, not who was talked with
    assert ("KEN", "SDN", "+") not in edges("Kenya discussed the war in Sudan on Monday.")


@pytest.mark.parametrize(
    ("text", "pair", "sign"),
    [
        ("India-Pakistan tensions rose after the attack.", ("IND", "PAK"), "-"),
        ("The Egypt-Ethiopia dispute over the dam deepened.", ("EGY", "ETH"), "-"),
        ("The Guyana-Venezuela rivalry shapes the region.", ("GUY", "VEN"), "-"),
        ("The U.S.-Morocco partnership has never been stronger.", ("MAR", "USA"), "+"),
        ("U.K.-Nigeria ties remain strong.", ("GBR", "NGA"), "+"),
    ],
)
def test_a_hyphenated_pair_before_a_noun_of_relations(text, pair, sign):
    assert (*pair, sign) in edges(text)


@pytest.mark.parametrize(
    ("text", "pair", "sign"),
    [
        ("Kenya is a key partner of the United States in East Africa.", ("KEN", "USA"), "+"),
        ("Egypt remains an important security partner for Israel.", ("EGY", "ISR"), "+"),
        ("Qatar, a close U.S. ally, hosts the air base.", ("QAT", "USA"), "+"),
        ("Japan and South Korea are allies.", ("JPN", "KOR"), "+"),
        ("Algeria, Morocco's regional rival, closed its airspace.", ("DZA", "MAR"), "-"),
        ("Washington's longtime adversary Cuba protested the visit.", ("CUB", "USA"), "-"),
    ],
)
def test_a_noun_of_alignment_tells_a_standing_relation(text, pair, sign):
    assert (*pair, sign) in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt is not an ally of Iran.", ("EGY", "IRN")),
        ("Mali, a former partner of France, expelled the envoy.", ("FRA", "MLI")),
        ("Chile is a neighbor of Peru.", ("CHL", "PER")),
    ],
)
def test_a_denied_past_or_neutral_tie_is_no_relation(text, pair):
    assert not {e for e in edges(text) if e[:2] == pair}
