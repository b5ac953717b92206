"""A hostile deed named with its doer's demonym (issue 23, twelfth session): ``deter
Russian aggression`` aims the speaker's stance at Russia, as ``Russia's aggression`` does;
a demonym before a word that tells no hostile deed (the speaker's own support, a people's
plight, an opposition) aims nothing. Sentences written for these tests, none taken from a
corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            'Polish Defence Minister Mariusz Blaszczak said: "Our soldiers stand with our '
            'allies on the eastern flank to deter Russian aggression."',
            ("POL", "RUS", "-"),
        ),
        (
            '"We will not be silent in the face of Iranian aggression," Saudi Arabia\'s '
            "foreign minister said on Sunday.",
            ("IRN", "SAU", "-"),
        ),
    ],
)
def test_a_hostile_deed_s_demonym_names_its_doer(text, pair):
    assert pair in edges(text)


def test_the_demonym_comes_before_the_clause_s_subject():
    text = (
        "Estonia's foreign ministry said on Monday: \"NATO troops here are a shield "
        'against Russian aggression."'
    )
    found = edges(text)
    assert ("EST", "RUS", "-") in found
    assert ("EST", "NATO", "-") not in found  # the shield's bearers are no target


@pytest.mark.parametrize(
    "text, other",
    [
        (
            '"We stand with the Ukrainian people against aggression," Kenya\'s foreign '
            "minister said.",
            "UKR",
        ),
        ('"We met the Syrian opposition in Geneva," Kenya\'s foreign minister said.', "SYR"),
    ],
)
def test_a_demonym_before_no_hostile_deed_aims_nothing(text, other):
    assert not {e for e in edges(text) if other in e[:2] and e[2] == "-"}
