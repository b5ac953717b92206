"""Classes of English that PLOVER-style one-sentence reports need, each shown on sentences
written for this file (other states, other wars): phrasal verbs of refusal, and an
agreement its party is told not to make.
"""

from __future__ import annotations

from signed_edges import edges


def test_phrasal_verbs_of_refusal_reject_what_they_take():
    assert edges("Peru turned down a Bolivian offer of talks on the border.") == {
        ("BOL", "PER", "-")
    }
    assert edges("Hungary brushed aside a Romanian demand for minority schools.") == {
        ("HUN", "ROU", "-")
    }
    assert edges("Vietnamese officials turned down the request from Laos.") == {("LAO", "VNM", "-")}


def test_an_agreement_denied_by_its_own_party_is_a_rejection():
    assert edges("Sweden would not accept the Norwegian proposal on fishing quotas.") == {
        ("NOR", "SWE", "-")
    }
    assert edges("Ghana said it has never agreed to the Togolese plan.") == {("GHA", "TGO", "-")}


def test_other_denials_are_no_rejection():
    # a ban lifted is a concession; talks suspended are no agreement refused
    assert edges("Kenya lifted its ban on Ugandan sugar.") == {("KEN", "UGA", "+")}
    assert ("CHL", "PER", "-") not in edges("Chile and Peru did not meet on Monday.")


def test_a_states_civilians_harmed_by_an_armed_act_make_it_the_target():
    assert edges("Chadian jets bombed Libyan civilians near the oasis.") == {("LBY", "TCD", "-")}
    assert edges("Armenian shelling killed six Azerbaijani civilians overnight.") == {
        ("ARM", "AZE", "-")
    }
    # a state's own people, and a population not named as harmed, stay no edge
    assert edges("Burmese troops shot Burmese civilians.") == set()
    assert edges("Ugandan jets bombed Kenyan protesters.") == set()
    # no armed act: a population is no party of its state
    assert edges("Chile welcomed Peruvian civilians fleeing the floods.") == set()


def test_goods_of_relief_sent_to_a_state_are_aid():
    assert edges("Australia shipped wheat to Yemen last month.") == {("AUS", "YEM", "+")}
    assert edges("Canada airlifted tents and blankets to Nepal after the quake.") == {
        ("CAN", "NPL", "+")
    }
    assert edges("Norway said it would send rice to Myanmar.") == {("MMR", "NOR", "+")}
    # a flow of goods halted is no aid
    assert ("EGY", "UKR", "+") not in edges("Ukraine halted grain supplies to Egypt.")


def test_forces_massed_moved_or_alerted_at_a_border_are_shown_to_its_state():
    assert edges("Eritrea massed 20,000 troops on its border with Djibouti.") == {
        ("DJI", "ERI", "-")
    }
    assert edges("Vietnam rushed reinforcements towards the Laotian border.") == {
        ("LAO", "VNM", "-")
    }
    assert edges("Sudanese forces went on full alert along the border with Chad.") == {
        ("SDN", "TCD", "-")
    }
    # troops moved to a state are no show of force against it
    assert edges("Russia moved troops to Belarus.") == set()


def test_a_denied_hesitation_is_a_readiness_not_a_denial():
    assert edges("Morocco said it would not hesitate to retaliate against Algeria.") == {
        ("DZA", "MAR", "-")
    }
    assert edges("Turkey would not hesitate to strike Syria.") == {("SYR", "TUR", "-")}
    assert edges("Turkey did not strike Syria.") == set()


def test_forces_pulled_out_of_a_state_are_a_withdrawal():
    assert edges("Rwanda pulled its soldiers out of Congo.") == {("COD", "RWA", "+")}
    assert edges("Ethiopia pulled its troops back from the border with Eritrea.") == {
        ("ERI", "ETH", "+")
    }


def test_what_a_demand_asks_for_is_asked_of_the_one_it_comes_from():
    assert edges("Britain demanded compensation from Iran.") == {("GBR", "IRN", "-")}
    assert edges("Poland demanded an apology from Belarus over the border incident.") == {
        ("BLR", "POL", "-")
    }
    # a judging verb's "from" on its object is the giver only for verbs that ask
    assert edges("Kenya welcomed aid from Japan.") == {("JPN", "KEN", "+")}


def test_a_verb_with_no_object_puts_its_subject_act_between_two_parties():
    assert edges("Fighting broke out between Peru and Ecuador.") == {("ECU", "PER", "-")}
    assert edges("Heavy fighting broke out between Thai and Cambodian troops on Friday.") == {
        ("KHM", "THA", "-")
    }
    assert edges("Talks resumed on Monday between Bolivia and Chile.") == {("BOL", "CHL", "+")}
    # its own sides, no states
    assert edges("Clashes erupted between police and protesters in Kenya.") == set()


def test_a_request_denied_or_pressure_resisted_is_a_rejection():
    assert edges("The State Department denied a Cuban request for landing rights.") == {
        ("CUB", "USA", "-")
    }
    assert edges("Korea has so far resisted Japanese pressure to open its fisheries.") == {
        ("JPN", "KOR", "-")
    }


def test_a_promise_made_to_a_party_commits_to_it():
    assert edges("Kenya promised Somalia that it would reopen the border crossings.") == {
        ("KEN", "SOM", "+")
    }
    assert edges("Italy pledged to Albania that it would send engineers.") == {("ALB", "ITA", "+")}
    # a gift promised, whatever harm it is to undo
    assert edges("Norway promised Angola help in clearing land mines.") == {("AGO", "NOR", "+")}
    # what is promised is no gift, or no one is promised
    assert edges("Iran promised Israel a crushing response.") == set()
    assert edges("Chad vowed to punish Sudan.") == {("SDN", "TCD", "-")}


def test_a_fight_for_control_is_a_fight_and_armed_forces_moving_up_a_show_of_force():
    assert edges("Libyan troops and Chadian forces battled for control of the oasis.") == {
        ("LBY", "TCD", "-")
    }
    assert edges("Cuban troops fighting for Angola.") == {("AGO", "CUB", "+")}
    assert edges("Iraqi troops moved toward the Kuwaiti border on Monday.") == {("IRQ", "KWT", "-")}
    assert edges("Turkey moved towards Russia on trade.") == set()


def test_a_hostile_act_a_state_says_it_might_do_is_its_threat():
    assert edges("Chad said it could strike Sudan.") == {("SDN", "TCD", "-")}
    assert edges("Bolivia said it might use force against Chile.") == {("BOL", "CHL", "-")}
    # what another is said to be able to do threatens no one
    assert ("ETH", "KEN", "-") not in edges("Kenya said Somalia could attack Ethiopia.")
    # force used against people of no state
    assert edges("Police used force against protesters in Kenya.") == set()


def test_an_offer_or_terms_accepted_are_an_accord_with_who_made_them():
    assert edges("Ethiopia accepted an Eritrean offer of talks.") == {("ERI", "ETH", "+")}
    assert edges("Serbia accepted the Hungarian terms for the transit deal.") == {
        ("HUN", "SRB", "+")
    }
    assert edges("Serbia would not accept the Hungarian terms.") == {("HUN", "SRB", "-")}


def test_a_call_to_hand_over_or_drop_something_is_a_demand_that_the_target_yield():
    assert edges("Kenya urged Uganda to hand over the suspects.") == {("KEN", "UGA", "-")}
    assert edges("Chile urged Bolivia to drop its claim to the coast.") == {("BOL", "CHL", "-")}
    # a call to help is no demand
    assert ("KEN", "UGA", "-") not in edges("Kenya urged Uganda to help the refugees.")
