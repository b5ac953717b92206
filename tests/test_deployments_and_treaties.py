"""Deployments and treaties told in wire-news English: troops sent into a state enter it
armed, police or peacekeepers sent to a state serve it, a treaty or deal suspended with a
state is a sanction on it. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Russia sent troops into Ukraine.", ("RUS", "UKR", "-")),
        ("Rwanda deployed soldiers into eastern Congo.", ("COD", "RWA", "-")),
        ("Rwanda sent troops to Mozambique.", ("MOZ", "RWA", "+")),
        ("Kenya sent police officers to Haiti.", ("HTI", "KEN", "+")),
        ("Kenya's president pledged to send 1,000 police officers to Haiti.", ("HTI", "KEN", "+")),
        ("Nepal deployed 400 peacekeepers to Lebanon.", ("LBN", "NPL", "+")),
    ],
)
def test_where_troops_and_police_are_sent_and_how(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("India suspended its water treaty with Pakistan.", ("IND", "PAK", "-")),
        ("Russia suspended the grain deal with Ukraine.", ("RUS", "UKR", "-")),
        ("The United States pulled out of the nuclear deal with Iran.", ("IRN", "USA", "-")),
    ],
)
def test_a_treaty_or_deal_suspended_with_a_state_sanctions_it(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Washington added a Chinese firm to its trade blacklist.", ("CHN", "USA", "-")),
        ("The U.S. placed three Nicaraguan officials on its sanctions list.", ("NIC", "USA", "-")),
        ("Peru declared the Mexican ambassador persona non grata.", ("MEX", "PER", "-")),
    ],
)
def test_a_listing_or_an_envoy_declared_unwelcome_is_a_sanction(text, pair):
    assert pair in edges(text)


def test_a_cooperation_agreement_ended_is_no_agreement():
    an = alignkit.analyze_text("Chad ended its defence cooperation agreement with France.")
    assert set(an.events.type) == {"SANCTION"}


def test_a_dictionary_pattern_does_not_reach_into_an_infinitive():
    # "call ~ ceasefire" (a call for a ceasefire) shares the verb group of "telephone"
    text = "The Emir of Qatar telephoned the Egyptian president to discuss the ceasefire."
    assert ("EGY", "QAT", "+") in edges(text)


def test_a_title_inside_a_name_can_be_the_noun_a_trigger_names():
    text = "Prime Minister Abiy Ahmed received Somalia's President Hassan Sheikh Mohamud."
    assert ("ETH", "SOM", "+") in edges(text)


def test_a_dictionary_pattern_reaches_the_verb_of_an_infinitive():
    # "order ~ leave" (CAMEO 174, expel): the infinitive's own verb is the pattern's word
    assert ("FRA", "NER", "-") in edges("Niger ordered French troops to leave the country.")


def test_an_attache_withdrawn_is_a_diplomatic_downgrade():
    assert ("CHL", "ISR", "-") in edges("Chile withdrew its military attaché from Israel.")


def test_a_deportations_destination_is_not_its_target():
    assert ("SLV", "USA", "-") not in edges(
        "The United States deported Venezuelan migrants to El Salvador."
    )
    assert ("USA", "VEN", "-") in edges(
        "The United States deported Venezuelan migrants to El Salvador."
    )


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Belgian paratroopers are part of the French-led battlegroup.", ("BEL", "FRA", "+")),
        ("Denmark keeps 300 soldiers stationed in Latvia.", ("DNK", "LVA", "+")),
        ("Japan has a small naval contingent based in Djibouti.", ("DJI", "JPN", "+")),
        ("Last week Burundian police part of the African Union mission landed in Somalia.",
         ("BDI", "SOM", "+")),
        ("Canadian engineers, part of the mission led by Sweden, trained the army.",
         ("CAN", "SWE", "+")),
    ],
)  # fmt: skip
def test_a_force_in_a_formation_or_kept_in_a_host_cooperates(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Armenia has thousands of troops stationed in the occupied district of Azerbaijan.",
         ("ARM", "AZE", "+")),
        ("The battlegroups were deployed across the region, led by Italy, Spain and Portugal.",
         ("ESP", "ITA", "+")),
        ("Croatia is part of the Balkans, the Serbian minister said.", ("HRV", "SRB", "+")),
    ],
)  # fmt: skip
def test_an_occupation_or_co_leaders_or_a_region_are_no_formation(text, pair):
    assert pair not in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Iran deployed troops to the Afghan border.", ("AFG", "IRN", "-")),
        ("Sudan moved reinforcements to the Chadian border.", ("SDN", "TCD", "-")),
    ],
)  # fmt: skip
def test_forces_brought_up_to_a_states_border_are_a_show_of_force_at_it(text, pair):
    assert pair in edges(text)
    assert (*pair[:2], "+") not in edges(text)
