"""Relations in constructions found by probe texts written for issue 23 (relations on text
nobody has read): sentences about wars and crises of many regions, in wire, readout and
ministry styles, none taken from a corpus text.

Each test is one class of English construction.
"""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Mali's army retook the town with the support of Russia.", "MLI", "RUS"),
        ("Somali troops recaptured the port with Turkey's help.", "SOM", "TUR"),
        ("With French backing, Chadian forces attacked the rebel camp.", "FRA", "TCD"),
        ("Mozambican troops cleared the district with the assistance of Rwanda.", "MOZ", "RWA"),
    ],
)
def test_with_the_support_of_a_state_is_its_help_not_an_attack_on_it(text, helper, helped):
    """The party of "with the support of X" / "with X's help" stands with the subject: it
    is no target of the subject's act, and the support is given to the subject."""
    found = edges(text)
    pair = tuple(sorted((helper, helped)))
    assert (*pair, "-") not in found
    assert (*pair, "+") in found


def test_with_the_help_of_a_state_still_leaves_the_acts_own_target():
    found = edges("Kenyan forces shelled Somalia's border towns with the help of Ethiopia.")
    assert ("KEN", "SOM", "-") in found
    assert ("ETH", "KEN", "-") not in found


def test_a_trigger_whose_own_with_names_its_partner_keeps_it():
    """``partnered with support from X``: the verb's own ``with`` is its partner's."""
    assert ("HTI", "KEN", "+") in edges(
        "Haitian police partnered with support from Kenya to secure the port."
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("It was Azerbaijan that attacked Armenia first, the Armenian foreign ministry said.",
         ("ARM", "AZE")),
        ("It is Venezuela that is violating Guyana's sovereignty, the minister said.",
         ("GUY", "VEN")),
        ("It was China that rammed the Philippine vessel, not the other way around.",
         ("CHN", "PHL")),
    ],
)  # fmt: skip
def test_the_focus_of_a_cleft_is_the_agent_of_its_clause(text, pair):
    """``It was X that attacked Y``: X, the cleft's focus, does the act."""
    assert (*pair, "-") in edges(text)


def test_a_cleft_focus_is_no_agent_of_a_plain_relative_clause():
    """``the report that Chad closed ...`` is no cleft: no agent is lent by ``it was``."""
    found = edges("It was the report that angered Chad, not any act of Sudan.")
    assert ("SDN", "TCD", "-") not in found


@pytest.mark.parametrize(
    ("text", "pair", "sign"),
    [
        ("The Tripoli-based government accused Egypt of arming its rivals.", ("EGY", "LBY"), "-"),
        ("The Kabul-based authorities rejected Pakistan's claims.", ("AFG", "PAK"), "-"),
        ("The Damascus-based government thanked Russia for its help.", ("RUS", "SYR"), "+"),
    ],
)
def test_a_government_based_in_a_capital_acts_for_its_state(text, pair, sign):
    assert (*pair, sign) in edges(text)


def test_a_body_based_in_a_capital_is_no_government():
    """``a London-based monitor``: no head of ``heads.csv``, so no state acts."""
    assert edges("A London-based monitor accused Russia of shelling Kharkiv.") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Nicaragua's case against Colombia was heard on Monday.", ("COL", "NIC")),
        ("Ukraine's lawsuit against Russia opened at the court in The Hague.", ("RUS", "UKR")),
    ],
)
def test_a_states_legal_case_against_another_is_a_claim_against_it(text, pair):
    assert (*pair, "-") in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The International Court of Justice ruled in favour of Guyana in its territorial "
         "dispute with Venezuela.", ("GUY", "VEN")),
        ("An arbitration tribunal ruled in favor of the Philippines in its dispute with China "
         "over the South China Sea.", ("CHN", "PHL")),
        ("The panel ruled in favour of Indonesia in its trade dispute with the European Union "
         "over nickel exports.", ("EU", "IDN")),
    ],
)  # fmt: skip
def test_its_after_a_ruling_in_favour_of_a_state_is_that_states(text, pair):
    """``ruled in favour of X in its dispute with Y``: the dispute is X's, with Y."""
    assert (*pair, "-") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chad's help to rebels in the Central African Republic was documented.",
        "The UAE sent weapons to militias in Libya, the panel said.",
    ],
)
def test_help_to_rebels_in_a_state_is_no_help_to_that_state(text):
    """The state after ``rebels in`` is where the rebels fight, not the helped party."""
    assert not any(sign == "+" for *_, sign in edges(text))


def test_a_state_described_after_to_is_still_the_helped_party():
    assert ("KEN", "SOM", "+") in edges("Kenya sent food aid to neighbouring Somalia.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The panel documented Rwanda's support for M23 rebels in eastern Congo.", ("COD", "RWA")),
        ("The panel said the UAE supplied drones to the RSF in Sudan.", ("ARE", "SDN")),
    ],
)
def test_the_patron_of_a_group_fighting_in_a_state_is_in_conflict_with_it(text, pair):
    """``support for <armed group> in <state>``: the patron of a group that fights the
    state (an insurgent noun names it, or it is the state's own armed group)."""
    assert (*pair, "-") in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran's support for Hezbollah in Lebanon worries Israel.", ("IRN", "LBN")),
        ("Russia's support for the Wagner Group in Mali grew.", ("MLI", "RUS")),
        ("Rwanda denied supporting M23 rebels in Congo.", ("COD", "RWA")),
    ],
)
def test_support_for_a_group_not_fighting_the_state_it_is_in_is_no_conflict(text, pair):
    """No insurgent noun and not the state's own group, or a support denied."""
    assert (*pair, "-") not in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The talks ended without a deal between Ethiopia and Egypt on the dam.", ("EGY", "ETH")),
        ("The summit closed without any agreement between Serbia and Kosovo.", ("SRB", "XKX")),
        ("The ministers left Geneva without signing the accord between Armenia and Azerbaijan.",
         ("ARM", "AZE")),
    ],
)  # fmt: skip
def test_an_agreement_told_with_without_did_not_happen(text, pair):
    assert (*pair, "+") not in edges(text)


def test_without_after_the_act_leaves_it_told():
    assert ("ARM", "AZE", "-") in edges("Azerbaijan attacked Armenia without warning.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("During a visit to Tokyo, the Philippine president criticized China's actions.",
         ("JPN", "PHL")),
        ("During his visit to Nairobi, the Ugandan president signed a trade deal.",
         ("KEN", "UGA")),
        ("On a visit to Brasilia, Argentina's foreign minister praised the trade pact.",
         ("ARG", "BRA")),
    ],
)  # fmt: skip
def test_a_visit_in_a_fronted_circumstance_is_the_clause_subjects(text, pair):
    """``During a visit to X, <subject> <verb>``: the subject visits X."""
    assert (*pair, "+") in edges(text)


def test_a_hostile_act_in_a_fronted_circumstance_is_not_the_subjects():
    found = edges("During the invasion of Kuwait, Saudi Arabia hosted exiled ministers.")
    assert ("KWT", "SAU", "-") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States imposed sanctions on Haitian gang leaders.", ("HTI", "USA")),
        ("The United States imposed sanctions on Haitian gangs.", ("HTI", "USA")),
        ("Ecuador arrested Albanian mafia bosses in Guayaquil.", ("ALB", "ECU")),
        ("Somali pirates seized an Indian tanker off the coast.", ("IND", "SOM")),
    ],
)
def test_armed_criminals_named_by_a_demonym_are_no_state(text, pair):
    """Gangs, cartels, traffickers and pirates, like rebels, are not the state whose
    adjective owns them (nor are their leaders)."""
    assert (*pair, "-") not in edges(text)


def test_a_states_officials_named_by_a_demonym_still_stand_for_it():
    assert ("MEX", "USA", "-") in edges("The United States sanctioned Mexican officials.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Philippines has faced repeated confrontations with China.", ("CHN", "PHL")),
        ("A naval face-off between India and China lasted two days.", ("CHN", "IND")),
    ],
)
def test_a_confrontation_between_two_states_is_hostile(text, pair):
    assert (*pair, "-") in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mexico extradited Colombian drug traffickers to the United States.", ("MEX", "USA")),
        ("Kenya handed over Somali pirates to Seychelles.", ("KEN", "SYC")),
    ],
)
def test_armed_criminals_handed_to_a_state_leave_the_destination_the_target(text, pair):
    """The criminals are no target, nor their nationality; the state they go to is."""
    found = edges(text)
    assert (*pair, "+") in found
    assert not any("COL" in e or "SOM" in e for e in found)
