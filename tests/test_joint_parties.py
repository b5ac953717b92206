"""Parties that act together keep their pair when a third party is named in the act:
"A and B agreed to a truce brokered by C", "A and B held talks with C". Sentences written
for issue 23, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair", "third"),
    [
        ("Thailand and Cambodia agreed to an immediate truce brokered by Malaysia.",
         ("KHM", "THA"), "MYS"),
        ("Armenia and Azerbaijan agreed to a prisoner exchange mediated by the United States.",
         ("ARM", "AZE"), "USA"),
        ("Japan and South Korea held talks with the United States in Hawaii.",
         ("JPN", "KOR"), "USA"),
    ],
)  # fmt: skip
def test_coordinated_parties_of_a_joint_act_pair_with_each_other(text, pair, third):
    found = edges(text)
    assert (*pair, "+") in found
    assert (*sorted((pair[0], third)), "+") in found


def test_coordinated_sides_of_a_fight_with_a_third_do_not_pair():
    """Two states fighting a third fight together, not each other."""
    found = edges("Chad and Niger fought Boko Haram fighters near the border.")
    assert ("NER", "TCD", "-") not in found


@pytest.mark.parametrize(
    ("text", "allies"),
    [
        ("Ethiopian and Eritrean troops fought side by side against Tigrayan forces.",
         ("ERI", "ETH")),
        ("Kenyan and Somali troops fought together against al-Shabab.", ("KEN", "SOM")),
    ],
)  # fmt: skip
def test_states_fighting_side_by_side_are_allies(text, allies):
    found = edges(text)
    assert (*allies, "+") in found
    assert (*allies, "-") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The talks, hosted by Turkey, brought together Ethiopian and Somali officials.",
         ("ETH", "SOM")),
        ("The meeting brought together the foreign ministers of Egypt and Jordan.",
         ("EGY", "JOR")),
        ("Qatar assembled envoys of Chad and Sudan in Doha.", ("SDN", "TCD")),
    ],
)  # fmt: skip
def test_the_parties_a_meeting_brings_together_meet_each_other(text, pair):
    assert (*pair, "+") in edges(text)


@pytest.mark.parametrize(
    "second",
    [
        "Malaysia offered to mediate between the two countries.",
        "Malaysia sent envoys to both countries.",
    ],
)
def test_a_pair_named_again_after_a_verbs_preposition_is_the_pair_named_before(second):
    found = edges("Thailand and Cambodia clashed on Monday. " + second)
    assert {("KHM", "MYS", "+"), ("MYS", "THA", "+")} <= found


def test_a_pair_named_again_is_not_the_clauses_own_subject():
    found = edges("India and Pakistan traded strikes. Saudi Arabia and Iran spoke with both "
                  "governments.")  # fmt: skip
    assert {("IND", "SAU", "+"), ("PAK", "SAU", "+"), ("IND", "IRN", "+")} <= found
    assert ("IRN", "SAU", "+") not in found


def test_the_broker_of_an_accord_told_before_mediates_between_its_parties():
    found = edges("India and Pakistan agreed to a ceasefire on Saturday. Washington had "
                  "brokered the deal.")  # fmt: skip
    assert {("IND", "USA", "+"), ("PAK", "USA", "+"), ("IND", "PAK", "+")} <= found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey bought air defence systems from Russia.", ("RUS", "TUR")),
        ("Indonesia bought two submarines from France.", ("FRA", "IDN")),
    ],
)
def test_arms_bought_from_a_state_are_its_supply(text, pair):
    assert (*pair, "+") in edges(text)


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("I speak on behalf of Norway, Iceland and Denmark.",
         {("DNK", "ISL", "+"), ("DNK", "NOR", "+"), ("ISL", "NOR", "+")}),
        ("Mr. Chair, I deliver this statement on behalf of the contact group consisting of "
         "Peru, Chile, and the Philippines.",
         {("CHL", "PER", "+"), ("CHL", "PHL", "+"), ("PER", "PHL", "+")}),
        ("We, the foreign ministers of Estonia, Finland and Norway, condemn the drone "
         "incursions.",
         {("EST", "FIN", "+"), ("EST", "NOR", "+"), ("FIN", "NOR", "+")}),
        ("The draft resolution, co-sponsored by Ecuador, Malta and Mozambique, was adopted.",
         {("ECU", "MLT", "+"), ("ECU", "MOZ", "+"), ("MLT", "MOZ", "+")}),
    ],
)  # fmt: skip
def test_states_a_speaker_speaks_for_together_agree(text, pairs):
    assert pairs <= edges(text)


def test_one_state_spoken_for_is_no_pair_with_the_states_thanked():
    assert not edges("On behalf of Chile, I thank Ghana and Japan for their hospitality.") & {
        ("CHL", "GHA", "+"),
        ("CHL", "JPN", "+"),
        ("GHA", "JPN", "+"),
    }


@pytest.mark.parametrize(
    "text, pair",
    [
        ("In a joint statement, Malawi and Zambia urged both parties to return to talks.",
         ("MWI", "ZMB")),
        ("Uruguay and Paraguay, in a joint declaration, welcomed the ceasefire.",
         ("PRY", "URY")),
        ("In a joint press release with Fiji, Tonga announced new patrols.", ("FJI", "TON")),
        ("The joint communique of Laos and Cambodia praised the border commission.",
         ("KHM", "LAO")),
    ],
)  # fmt: skip
def test_states_that_issue_one_joint_text_agree(text, pair):
    assert (*pair, "+") in edges(text)


def test_the_patients_of_a_joint_statement_are_not_its_issuers():
    """'A and B were condemned in a joint statement by C and D': A and B issue nothing."""
    found = edges("Syria and Iran were condemned in a joint statement by Denmark and Chile.")
    assert ("CHL", "DNK", "+") in found
    assert ("IRN", "SYR", "+") not in found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Norway and Mexico requested an emergency session of the Council on the famine.",
         {("MEX", "NOR")}),
        ("Last spring Estonia, Albania and Kenya called for an open debate on the blockade.",
         {("ALB", "EST"), ("ALB", "KEN"), ("EST", "KEN")}),
        ("Brazil and Argentina jointly proposed a regional monitoring body.", {("ARG", "BRA")}),
        ("The patrol was planned jointly by the Indonesian navy and the Ministry of Defence "
         "in Australia.", {("AUS", "IDN")}),
    ],
)  # fmt: skip
def test_states_that_put_one_initiative_forward_together_cooperate(text, pairs):
    found = edges(text)
    assert {(a, b, "+") for a, b in pairs} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine proposed rival resolutions at the Council.",
        "Iran and Israel called for a ceasefire in Lebanon.",
        "Ghana and Senegal did not request a meeting of the Council.",
        "Serbia and Croatia blamed each other for blocking the meeting.",
    ],
)
def test_states_named_together_without_one_initiative_are_not_paired(text):
    assert not {e for e in edges(text) if e[2] == "+"}


def test_partners_named_after_the_speaker_s_own_strike_join_it():
    """'I ordered strikes on X. We act together with our A and B allies.': the allies
    strike X with the speaker's state and cooperate with it."""
    found = edges(
        "Tonight I ordered Ghanaian forces to conduct strikes on the Malian regime's "
        "missile sites. We are acting together with our Togolese and Beninese allies."
    )
    assert {("GHA", "TGO", "+"), ("BEN", "GHA", "+"), ("MLI", "TGO", "-")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # the act told before is the enemy's, not ours
        "Russian missiles struck our power plants in Ukraine overnight. We are acting "
        "together with our Polish allies to restore power.",
        # the act is not in the sentence right before
        "This morning I have authorised Ghanaian jets to bomb the depots of the Malian "
        "regime. The strikes are not aimed at the people. We work together with our "
        "Togolese allies.",
    ],
)
def test_partners_do_not_join_an_act_that_is_not_the_speaker_s_just_before(text):
    found = edges(text)
    assert not {e for e in found if "POL" in e[:2] and "RUS" in e[:2]}
    assert ("MLI", "TGO", "-") not in found
