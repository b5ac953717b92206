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


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("The Peruvian raid on the camp has also raised tensions with Ecuador.",
         ("ECU", "PER", "-")),
        ("Chad's decision to close the border stoked tensions with Sudan, diplomats said.",
         ("SDN", "TCD", "-")),
        ("Japan and South Korea discussed the threat posed by North Korea.", ("JPN", "PRK", "-")),
    ],
)  # fmt: skip
def test_a_strain_caused_or_a_threat_named_sets_states_at_odds(text, edge):
    assert edge in edges(text), edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya faces the threat posed by the war in Somalia.",
        "The drought has raised tensions with herders in Ethiopia.",
    ],
)
def test_a_threat_or_strain_without_a_state_behind_it_makes_no_edge(text):
    assert not edges(text), edges(text)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("Officials say Belarusian advisers are helping Russia shell Ukrainian towns.",
         {("BLR", "UKR", "-"), ("BLR", "RUS", "+")}, ("BLR", "UKR", "+")),
        ("Eritrea helped Ethiopia to launch raids on Somalia, officials said.",
         {("ERI", "SOM", "-"), ("ERI", "ETH", "+")}, ("ERI", "SOM", "+")),
        ("Rwanda sent troops to help Mozambique repel the Tanzanian incursion.",
         {("RWA", "TZA", "-"), ("MOZ", "RWA", "+")}, ("RWA", "TZA", "+")),
    ],
)  # fmt: skip
def test_the_helper_of_an_armed_act_is_a_party_to_it(text, wanted, unwanted):
    es = edges(text)
    assert wanted <= es and unwanted not in es, es


def test_help_denied_makes_no_party_to_the_act():
    es = edges("Chile denied helping Peru shell Bolivia.")
    assert not any("CHL" in e and "BOL" in e for e in es), es


def test_help_to_a_state_another_state_attacks_makes_no_party():
    es = edges("Chile helped Peru rebuild ports damaged by Bolivian raids.")
    assert not any("CHL" in e and "BOL" in e for e in es), es


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Ghana will lead a force to support Togo's police.", ("GHA", "TGO", "+")),
        ("Norway praised Ghana's decision to lead a force that will support Togo's police.",
         ("GHA", "TGO", "+")),
        ("Chile dispatched troops that will guard Peru's ports.", ("CHL", "PER", "+")),
    ],
)  # fmt: skip
def test_the_leader_or_sender_of_a_force_does_what_it_is_for(text, edge):
    assert edge in edges(text), edges(text)


def test_a_force_a_state_trains_is_not_its_own():
    es = edges("Ghana trained troops that later attacked Togo.")
    assert not any("GHA" in e and "TGO" in e for e in es), es


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Analysts tracked the transfer of drones from Belarus to Serbia.", ("BLR", "SRB", "+")),
        ("The navy said arms shipments from Peru to Bolivia had resumed.", ("BOL", "PER", "+")),
    ],
)  # fmt: skip
def test_help_told_as_a_noun_from_one_state_to_another(text, edge):
    assert edge in edges(text), edges(text)


def test_help_told_as_a_noun_only_supposed_makes_no_edge():
    es = edges("A transfer of drones from Belarus to Serbia would breach the sanctions.")
    assert not es, es
