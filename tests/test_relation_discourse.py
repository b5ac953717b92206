"""Relations told above the single verb: demands and their victims, unmet withdrawals,
wars and occupations told as nouns, mediation, multilateral acts (issue: "Relations on any
topic").

Each test is one class of reading, on sentences written for it about conflicts the kit's
development texts do not cover.
"""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("France urged Rwanda to withdraw its troops from Congo.", ("COD", "RWA")),
        ("Ghana called on Mali to release the detained soldiers from Ivory Coast.", ("CIV", "MLI")),
        ("Kenya urged Somalia to stop attacks on Ethiopia.", ("ETH", "SOM")),
        ("Armenia refused to withdraw its forces from Azerbaijan.", ("ARM", "AZE")),
    ],
)
def test_a_withdrawal_asked_for_tells_a_conflict_now(text, pair):
    # the troops, the detention, the attacks are there now: not cooperation between them
    got = edges(text)
    assert (*pair, "-") in got
    assert (*pair, "+") not in got


def test_a_withdrawal_done_is_still_cooperation():
    assert ("GEO", "RUS", "+") in edges("Russia withdrew its troops from Georgia.")


@pytest.mark.parametrize(
    ("text", "agent", "victim"),
    [
        (
            "Norway condemned the shelling of Ukrainian cities by Russia.",
            ("NOR", "RUS"),
            ("NOR", "UKR"),
        ),
        (
            "Brazil condemned the attack on Colombia's embassy by Venezuela.",
            ("BRA", "VEN"),
            ("BRA", "COL"),
        ),
        ("Germany demanded that Serbia stop threatening Kosovo.", ("DEU", "SRB"), ("DEU", "XKX")),
    ],
)
def test_a_reaction_to_a_hostile_act_opposes_its_agent_not_its_victim(text, agent, victim):
    got = edges(text)
    assert (*agent, "-") in got
    assert (*victim, "-") not in got


@pytest.mark.parametrize(
    ("text", "actor", "victim", "asker"),
    [
        ("Japan called on China to end its pressure on the Philippines.", "CHN", "PHL", "JPN"),
        ("Peru urged Chile to end its blockade of Bolivia.", "CHL", "BOL", "PER"),
    ],
)
def test_the_party_asked_to_act_owns_the_act_it_is_asked_to_end(text, actor, victim, asker):
    # "its" is the one asked, not the asker: no conflict between asker and victim
    got = edges(text)
    assert (*sorted((actor, victim)), "-") in got
    assert (*sorted((asker, victim)), "-") not in got


def test_what_a_party_is_told_to_end_is_asked_for_not_reported():
    # "told X to halt its blockade of Y": the blockade is there now, its halt only asked for
    assert edges("Canada told Azerbaijan to halt its blockade of Armenia.") == {("ARM", "AZE", "-")}


def test_the_party_asked_to_act_is_the_source_of_the_act():
    # "urged Chile to end support to Bolivia": Chile's support, not Peru's
    got = edges("Peru urged Chile to end military support to Bolivia.")
    assert ("BOL", "CHL", "+") in got
    assert ("BOL", "PER", "+") not in got


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        (
            "Qatari-mediated talks between Rwanda and Congo resumed on Monday.",
            "QAT",
            ("RWA", "COD"),
        ),
        (
            "Talks hosted by Saudi Arabia between Sudan and South Sudan ended on Friday.",
            "SAU",
            ("SDN", "SSD"),
        ),
    ],
)
def test_a_mediator_deals_with_each_party_of_the_talks(text, mediator, parties):
    got = edges(text)
    for p in parties:
        assert (*sorted((mediator, p)), "+") in got
    assert (*sorted(parties), "+") in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Clashes on the India-China border killed twenty soldiers.", ("CHN", "IND")),
        ("Fighting on the Sudan-South Sudan border displaced thousands.", ("SDN", "SSD")),
        ("Skirmishes on the Kyrgyz-Tajik frontier left ten dead.", ("KGZ", "TJK")),
        ("The invasion of Kuwait by Iraq in 1990 shocked the region.", ("IRQ", "KWT")),
        ("The occupation of Cyprus by Turkey began in 1974.", ("CYP", "TUR")),
    ],
)
def test_a_war_told_as_a_noun_names_its_two_sides(text, pair):
    assert (*pair, "-") in edges(text)


def test_a_border_is_no_party_to_a_cooperative_act_on_it():
    assert edges("Trade on the Kenya-Uganda border grew last year.") == set()


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Brazil voted for a resolution condemning Russia.", ("BRA", "RUS", "-")),
        ("China vetoed a resolution condemning Syria.", ("CHN", "SYR", "+")),
        ("Russia vetoed a draft supporting Ukraine's sovereignty.", ("RUS", "UKR", "-")),
        ("India voted in favour of a resolution welcoming Palestine.", ("IND", "PSE", "+")),
        ("Kenya pledged 1,000 police officers to a mission in Haiti.", ("HTI", "KEN", "+")),
    ],
)
def test_a_vote_or_a_contribution_is_a_stance_toward_the_state_it_concerns(text, edge):
    assert edge in edges(text)


def test_a_condemned_invasion_is_not_aimed_at_its_victim():
    got = edges("Norway voted for a resolution condemning the invasion of Ukraine.")
    assert ("NOR", "UKR", "-") not in got


@pytest.mark.parametrize(
    ("text", "edge", "absent"),
    [
        (
            "The British minister said Iran's support for the Houthis must stop.",
            ("GBR", "IRN", "-"),
            ("GBR", "IRN", "+"),
        ),
        (
            "Secretary Blinken made clear that any support to armed groups in Ghana must end, "
            "including Togo's assistance to the rebels.",
            ("TGO", "USA", "-"),
            ("GHA", "USA", "-"),
        ),
    ],
)
def test_an_act_that_must_end_is_a_demand_on_its_owner(text, edge, absent):
    got = edges(text)
    assert edge in got
    assert absent not in got


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            '"We are grateful to our Nigerian friends for their work," '
            "the Ghanaian president said.",
            ("GHA", "NGA", "+"),
        ),
        (
            '"We are thankful to our Jordanian brothers for their help," '
            "the Iraqi prime minister said.",
            ("IRQ", "JOR", "+"),
        ),
    ],
)
def test_thanks_to_our_friends_of_a_state_are_thanks_to_that_state(text, edge):
    assert edge in edges(text)


@pytest.mark.parametrize(
    ("text", "agent", "defended"),
    [
        ("Greece warned Turkey against any violation of Cyprus's sovereignty.", "TUR", "CYP"),
        ("Estonia condemned the violation of Latvian airspace by Russian jets.", "RUS", "LVA"),
    ],
)
def test_a_state_whose_sovereignty_is_defended_is_no_target_of_the_warning(text, agent, defended):
    got = edges(text)
    speaker = "GRC" if text.startswith("Greece") else "EST"
    assert (*sorted((speaker, agent)), "-") in got
    assert (*sorted((speaker, defended)), "-") not in got


def test_a_protest_of_an_incursion_is_not_aimed_at_the_state_wronged():
    got = edges("Chile protested the incursion into Peruvian territory by Bolivian troops.")
    assert ("CHL", "PER", "-") not in got


def test_a_threat_to_a_states_integrity_is_aimed_at_that_state():
    assert ("GRC", "TUR", "-") in edges("Turkey threatened Greece's territorial integrity.")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Sweden applied to join NATO despite opposition from Russia.", ("RUS", "SWE", "-")),
        ("Japan released the water despite China's objections.", ("CHN", "JPN", "-")),
        (
            "Despite protests from Beijing, the Philippines resupplied its outpost.",
            ("CHN", "PHL", "-"),
        ),
    ],
)
def test_an_act_done_despite_a_states_objections_is_opposed_by_it(text, edge):
    assert edge in edges(text)


def test_the_owner_of_a_position_that_a_party_must_yield_is_no_target():
    # "X's position that Y must release": the demand is on Y, not on X
    got = edges(
        "The Canadian minister reiterated Mexico's clear position that Venezuela must release "
        "the detained diplomats."
    )
    assert ("CAN", "MEX", "-") not in got
    assert ("CAN", "VEN", "-") in got
