"""Acts one state does to another that the twelfth session's readable blind batch told in
words the event vocabulary lacked, each shown on sentences written for this file (other
states, other wars, other outlets' styles), with sentences where the rule must not fire:
sanctions told as designations, an ambassador's withdrawal told as a noun, recognition
with its agent after ``by``, arms sales and support halted or ended, help given ``with the
support of`` a state set off by commas, and a laser aimed at a crew.
"""

from __future__ import annotations

from signed_edges import edges


def test_a_sanctions_designation_of_a_states_organs_or_firms_sanctions_that_state():
    text = "The British Treasury designated Iran's defence ministry and two state banks."
    assert edges(text) == {("GBR", "IRN", "-")}
    assert edges("Canada designated three Russian shipping companies on Friday.") == {
        ("CAN", "RUS", "-")
    }
    assert edges("Ottawa announced the designation of Venezuela's central bank.") == {
        ("CAN", "VEN", "-")
    }


def test_a_designation_of_a_person_or_of_ones_own_ministry_is_an_appointment():
    assert edges("Kenya designated its Ministry of Interior to lead the response.") == set()
    assert edges("Peru designated a senior diplomat as its envoy to Chile.") == set()


def test_the_withdrawal_of_an_ambassador_told_as_a_noun_is_a_diplomatic_sanction():
    assert edges("Peru ordered the withdrawal of its ambassador to Chile.") == {("CHL", "PER", "-")}
    assert edges("Chad's recall of its envoy from Niger surprised diplomats.") == {
        ("NER", "TCD", "-")
    }
    # in a speaker's own words, "our" ambassador is the speaker's state's
    text = '"We ordered the withdrawal of our ambassador to Quito," the Peruvian premier said.'
    assert edges(text) == {("ECU", "PER", "-")}


def test_a_withdrawal_of_troops_stays_a_pullback():
    assert edges("Moscow ordered the withdrawal of its troops from Georgia.") == {
        ("GEO", "RUS", "+")
    }


def test_recognition_told_as_a_noun_takes_its_agent_after_by():
    assert edges("The recognition of Kosovo by Peru angered Belgrade.") >= {("PER", "XKX", "+")}
    text = (
        "After the recognition of Kosovo as an independent state by the Chilean government, "
        "Serbia protested."
    )
    assert ("CHL", "XKX", "+") in edges(text)
    assert ("SRB", "XKX", "+") not in edges(text)  # the clause's subject recognised nothing


def test_arms_sales_or_support_halted_or_ended_reduce_help_to_the_state():
    assert edges("Washington immediately halted two arms sales to Egypt.") == {("EGY", "USA", "-")}
    assert edges("Sweden paused arms exports to Turkey after the invasion.") == {
        ("SWE", "TUR", "-")
    }
    assert edges("Germany cancelled an arms sale to Egypt.") == {("DEU", "EGY", "-")}
    text = "Canada announced the end of its support for Colombia's offensive operations."
    assert edges(text) == {("CAN", "COL", "-")}


def test_aid_cancelled_for_a_project_names_no_state():
    assert edges("The ministry said it would cancel funding for the border project.") == set()


def test_help_set_off_by_commas_after_the_subject_helps_the_subject():
    assert edges("Chad, with the active support of Niger, repelled the raid.") == {
        ("NER", "TCD", "+")
    }
    text = "Reports say that Rwanda, with the support of Uganda and others, defeated the attack."
    assert ("RWA", "UGA", "+") in edges(text)
    # company alone is no help
    assert edges("Kenya, with its neighbours, signed the accord.") == set()


def test_a_laser_aimed_at_a_crew_or_an_aircraft_is_coercion():
    text = "A Vietnamese coast guard ship directed a laser at the crew of a Malaysian vessel."
    assert edges(text) == {("MYS", "VNM", "-")}
    text = "The Indonesian navy pointed a laser beam at an Australian patrol aircraft."
    assert edges(text) == {("AUS", "IDN", "-")}
    assert edges("The Chinese navy said it used lasers for range-finding in the drill.") == set()


def test_an_envoy_recalled_in_the_passive_is_the_recall_of_the_envoys_state():
    assert edges("The Bolivian ambassador to Chile was recalled on Monday.") == {
        ("BOL", "CHL", "-")
    }
    assert edges("Bolivian envoy recalled from Chile after border row") == {("BOL", "CHL", "-")}
    assert edges("Chile's ambassador to Bolivia has been recalled for consultations.") == {
        ("BOL", "CHL", "-")
    }
    # an ambassador who remembers recalls no one
    assert edges("The Bolivian ambassador recalled his years in Chile.") == set()


def test_letters_in_parentheses_abbreviate_the_party_named_before_them():
    # "MoD" alone may name another state's ministry; after a name it abbreviates that name
    text = "Today, Japan is designating Peru's Ministry of Defense (MoD) and two state banks."
    assert edges(text) == {("JPN", "PER", "-")}
