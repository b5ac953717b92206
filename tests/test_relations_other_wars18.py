"""Relations of issue 23 read in the eighteenth session on other wars (batches K to P):
a trip or travel told as a noun, and agents that each relate to a partner named after
``with``. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced Secretary of State Antony Blinken's trip to Chile and Peru.",
        "Reporters were briefed on Secretary Blinken travel to Chile and Peru next week.",
        "Blinken's travel to Chile and Peru was postponed by a day.",
    ],
)
def test_a_trip_or_travel_noun_is_a_visit(text):
    assert {("CHL", "USA", "+"), ("PER", "USA", "+")} <= edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed a travel ban on Iranian officials.",
        "Canada advised its citizens against all travel to Iran.",
    ],
)
def test_a_ban_or_warning_on_travel_is_no_visit(text):
    assert not {e for e in edges(text) if e[2] == "+"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile, Peru and Brazil recognized Palestine and opened diplomatic relations with "
        "the new state.",
        "Ghana and Togo deepened cooperation with neighbouring states.",
    ],
)
def test_agents_of_a_tie_with_another_partner_are_not_paired(text):
    pairs = {frozenset(e[:2]) for e in edges(text)}
    assert not pairs & {frozenset(p) for p in (("CHL", "PER"), ("BRA", "CHL"), ("GHA", "TGO"))}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo established diplomatic relations in 1990.",
        "Ghana and Togo strengthened their ties with new trade deals.",
        "Ghana and Togo opened diplomatic relations with each other.",
    ],
)
def test_agents_of_their_own_tie_are_still_paired(text):
    assert ("GHA", "TGO", "+") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The absence of a normal relationship between Ghana and Togo has hurt trade.",
        "Donors regret the lack of cooperation between Ghana and Togo.",
    ],
)
def test_a_tie_told_as_missing_is_no_tie(text):
    assert ("GHA", "TGO", "+") not in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rising tensions show the importance for Ghana and Togo to engage in talks.",
        "It is vital for Ghana and Togo to resume their dialogue.",
        "The envoy stressed the need for Ghana and Togo to sign the border accord.",
    ],
)
def test_an_act_told_as_needed_is_not_done(text):
    assert ("GHA", "TGO", "+") not in edges(text)


def test_an_act_done_beside_a_need_is_still_done():
    assert ("GHA", "TGO", "+") in edges(
        "Ghana and Togo held talks on Monday, and it is important for donors to follow them."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Japan remains in close contact with the Government of Qatar on the hostages.",
        "Japan is in regular contact with the authorities of Qatar.",
    ],
)
def test_the_government_of_a_state_is_its_partner(text):
    assert ("JPN", "QAT", "+") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia said its troops were attacked by Azerbaijan on Sunday.",
        "The Armenian defence ministry said its posts were shelled by Azerbaijani forces.",
    ],
)
def test_a_reporters_own_victims_in_a_passive_clause(text):
    assert ("ARM", "AZE", "-") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armenian border posts were shelled overnight from the Azerbaijani side.",
        "Armenia says its troops near Tavush were shelled on Monday from the Azerbaijani side.",
    ],
)
def test_the_side_an_attack_came_from_is_its_doer(text):
    assert ("ARM", "AZE", "-") in edges(text)


def test_a_place_an_attack_came_from_is_no_doer():
    assert edges("Rockets were fired at Israel from Lebanon.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Japan welcomed the efforts of Ghana, Togo and Peru in drafting a plan for the port.",
        "Japan praised the efforts of Ghana and Togo to broker a truce in the north.",
    ],
)
def test_states_of_one_effort_with_its_aim_cooperate(text):
    assert ("GHA", "TGO", "+") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan has seen the efforts of Ghana, Togo and many others who have given aid.",
        "The efforts of the region, including Ghana and Togo, to end the war have failed.",
    ],
)
def test_efforts_listed_without_one_aim_are_each_states_own(text):
    assert ("GHA", "TGO", "+") not in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya urged Rwanda to end support to the UN-sanctioned M23.",
        "Angola renewed its call on Rwanda to halt support to the UN-sanctioned M23 movement.",
    ],
)
def test_a_party_described_by_who_sanctions_it_is_still_the_target(text):
    assert ("COD", "RWA", "-") in edges(text)


def test_a_patron_before_the_party_is_no_target():
    assert not {e for e in edges("Kenya sent food aid to the Iran-backed Houthis.") if "IRN" in e}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said that all outside support to armed groups in Congo must end, including "
        "Rwanda's assistance to M23.",
        "Kenya said Rwanda's support to M23 must end.",
    ],
)
def test_help_to_rebels_told_to_end_is_given_now(text):
    assert ("COD", "RWA", "-") in edges(text)


def test_help_to_rebels_told_as_possible_is_not_given():
    assert ("COD", "RWA", "-") not in edges("Kenya said Rwanda might support M23.")


def _turn(words: str) -> str:
    return (
        "Joint press remarks\n\nMinister of Foreign Affairs of the Republic of Finland "
        f"Liisa Marttinen: Good morning. {words}\n"
    )


@pytest.mark.parametrize(
    "words",
    [
        "We also express our deep appreciation to the Government of Norway for hosting the talks.",
        "We convey our sincere gratitude to Norway for its role in the talks.",
    ],
)
def test_thanks_told_by_a_noun_in_a_speakers_turn_are_the_speakers(words):
    assert ("FIN", "NOR", "+") in edges(_turn(words))


@pytest.mark.parametrize(
    "text",
    [
        "Japan reaffirmed its commitment to the peace and security of Chad.",
        "Japan reaffirmed its firm support for the sovereignty of Chad.",
    ],
)
def test_the_state_whose_sovereignty_or_security_follows_of_is_supported(text):
    assert ("JPN", "TCD", "+") in edges(text)
