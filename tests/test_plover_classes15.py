"""Classes of English that PLOVER-style one-sentence reports need, each shown on sentences
written for this file (other states, other wars): peacekeepers or police who arrive in a
state serve it.
"""

from __future__ import annotations

from signed_edges import edges


def test_peacekeepers_who_arrive_in_a_state_serve_it():
    # troops qualified as peacekeepers (or police) are no show of force in their host
    assert edges("Nepalese peacekeeping troops arrived in Lebanon on Tuesday.") == {
        ("LBN", "NPL", "+")
    }
    assert edges("A contingent of Ghanaian peacekeeping soldiers arrived in Liberia.") == {
        ("GHA", "LBR", "+")
    }
    assert edges(
        "Uruguayan peacekeeping troops arrived in Congo on Monday, joining a larger force"
        " already deployed there, officials said."
    ) == {("COD", "URY", "+")}


def test_troops_who_arrive_unqualified_say_nothing_of_their_host():
    # an arrival of armed men may be a deployment with the host or an incursion on it
    assert edges("Russian troops arrived in Belarus on Monday.") == set()
    assert edges("Rwandan troops arrived in Mozambique last week.") == set()


def test_the_last_state_of_a_list_set_off_by_an_aside_belongs_to_the_list():
    # "A, B and, <aside>, C": the parser hangs C on the aside, not on the list
    assert edges("Japan agreed to send aid to Nepal, Bhutan, and with strings attached, Laos.") == {
        ("BTN", "JPN", "+"),
        ("JPN", "LAO", "+"),
        ("JPN", "NPL", "+"),
    }
    assert edges("Canada resumed flights to Peru, Chile, and after a long delay, Bolivia.") == {
        ("BOL", "CAN", "+"),
        ("CAN", "CHL", "+"),
        ("CAN", "PER", "+"),
    }


def test_a_clause_after_a_list_keeps_its_own_subject():
    # the state after the aside opens a clause of its own: it joins no list
    assert edges(
        "Russia condemned Poland and Latvia, and on Tuesday, China welcomed Lithuania."
    ) == {
        ("LVA", "RUS", "-"),
        ("POL", "RUS", "-"),
        ("CHN", "LTU", "+"),
    }


def test_aid_committed_is_aid_and_a_refusal_to_commit_it_a_rejection():
    assert edges("Japan committed $2 billion in aid to Indonesia.") == {("IDN", "JPN", "+")}
    assert edges("Japan refused to commit any aid to Myanmar.") == {("JPN", "MMR", "-")}
    # the leader of a war is who the refused help would serve
    assert edges(
        "Egypt has refused to commit to any military assistance to the Saudi-led war in Yemen,"
        " citing domestic opposition."
    ) == {("EGY", "SAU", "-"), ("SAU", "YEM", "-")}


def test_troops_committed_to_a_war_are_no_aid_to_its_place():
    assert edges("Russia committed more troops to its offensive in Ukraine.") == {
        ("RUS", "UKR", "-")
    }


def test_harm_done_in_a_states_custody_is_the_keepers():
    assert edges("A Ukrainian prisoner was tortured in Russian custody.") == {("RUS", "UKR", "-")}
    assert edges("An Iranian sailor was beaten while in Saudi custody, his family said.") == {
        ("IRN", "SAU", "-")
    }
    assert edges(
        "A Georgian detainee died as a result of torture while in Russian police custody,"
        " according to a report by a doctor."
    ) == {("GEO", "RUS", "-")}


def test_a_death_in_custody_with_no_harm_told_is_no_assault():
    assert edges("A Chadian soldier died in Libyan custody.") == set()
    assert edges("A Ukrainian prisoner was not tortured in Russian custody.") == set()


def test_a_cooperative_act_ruled_out_or_opposed_is_rejected():
    # a gerund's act governed by "rule out", "reject", "oppose" is refused, as "refuse to" is
    assert edges("The EU ruled out lifting sanctions on Belarus.") == {("BLR", "EU", "-")}
    assert edges("Japan ruled out resuming talks with North Korea.") == {("JPN", "PRK", "-")}
    assert edges("Poland is opposed to easing sanctions on Russia.") == {("POL", "RUS", "-")}


def test_a_hostile_act_ruled_out_or_a_refusal_denied_gives_no_edge():
    assert edges("Sweden ruled out attacking Russia.") == set()
    assert edges("Japan did not rule out lifting sanctions on North Korea.") == set()


def test_a_sum_of_money_pledged_or_sent_to_a_state_is_aid():
    # news writes sums with a currency sign; the field's dictionary names money by words
    assert edges("Germany pledged $20 million to Iraq.") == {("DEU", "IRQ", "+")}
    assert edges("Japan sent $5 million to Nepal after the earthquake.") == {("JPN", "NPL", "+")}
    assert edges("Saudi Arabia promised 300 million dollars to Jordan.") == {("JOR", "SAU", "+")}


def test_a_sum_spent_on_a_war_is_no_aid_to_its_victim():
    assert ("RUS", "UKR", "+") not in edges("Russia spent $50 billion on the war against Ukraine.")


def test_snipers_and_gunboats_named_by_a_demonym_act_for_their_state():
    assert edges("Azerbaijani snipers killed an Armenian soldier.") == {("ARM", "AZE", "-")}
    assert edges("An Iranian gunboat fired on a Kuwaiti tanker.") == {("IRN", "KWT", "-")}
    assert edges("Iranian gunboats attacked a US destroyer in the Gulf.") == {("IRN", "USA", "-")}
    assert edges("Iraqi gunners fired on Iranian aircraft over Basra.") == {("IRN", "IRQ", "-")}


def test_help_to_rebuild_or_steady_a_state_is_aid_to_it():
    assert edges("Japan gave $10 million to help rebuild Haiti.") == {("HTI", "JPN", "+")}
    assert edges("Norway gave money to help stabilize Somalia.") == {("NOR", "SOM", "+")}
    assert edges("Turkey sent engineers to help reconstruct Syria's power grid.") == {
        ("SYR", "TUR", "+")
    }


def test_help_to_fight_a_state_is_no_aid_to_it():
    assert ("RUS", "UKR", "+") not in edges("Iran sent drones to help Russia fight Ukraine.")


def test_a_request_for_aid_from_a_state_is_a_request_of_it():
    assert edges("Uruguay requested emergency aid from Argentina after the floods.") == {
        ("ARG", "URY", "+")
    }
    assert edges("Nepal asked India for emergency aid after the earthquake.") == {
        ("IND", "NPL", "+")
    }
    assert edges("Ukraine sought weapons from South Korea.") == {("KOR", "UKR", "+")}


def test_a_request_for_aid_with_no_one_asked_is_no_edge():
    assert edges("The Ukrainian president asked for help.") == set()


def test_airspace_or_ports_opened_to_a_state_is_cooperation_with_it():
    assert edges("Iran opened its airspace to Iraqi planes.") == {("IRN", "IRQ", "+")}
    assert edges("Turkey reopened its ports to Greek ships.") == {("GRC", "TUR", "+")}
    # closing them is the opposite act
    assert edges("Turkey closed its airspace to Russian planes.") == {("RUS", "TUR", "-")}


def test_doctors_or_rescue_teams_sent_to_a_state_are_aid_to_it():
    assert edges("Cuba sent doctors to Angola.") == {("AGO", "CUB", "+")}
    assert edges("Turkey dispatched rescue teams to Syria after the earthquake.") == {
        ("SYR", "TUR", "+")
    }
    assert edges("China sent a medical team to Italy.") == {("CHN", "ITA", "+")}


def test_nationalists_activists_and_dissidents_of_a_people_are_not_its_state():
    # a movement named by a demonym is a population, as protesters are (heads.csv)
    assert edges("Croatian police cracked down on Serbian nationalists in Vukovar.") == set()
    assert edges("Kenyan police arrested Ugandan activists at the border.") == set()
    # the state that objects to their arrest is a party
    assert edges("Georgia condemned Russia for arresting Georgian activists.") == {
        ("GEO", "RUS", "-")
    }


def test_troops_put_on_alert_at_a_states_border_are_a_show_of_force_at_it():
    assert edges("India put its troops on high alert along the Pakistani border.") == {
        ("IND", "PAK", "-")
    }
    assert edges("Greece placed its forces on alert near Turkey.") == {("GRC", "TUR", "-")}


def test_troops_put_on_alert_at_no_party_are_no_edge():
    assert edges("Sudan put its army on alert.") == set()


def test_a_place_in_a_state_is_that_states_though_the_parser_hangs_in_on_the_verb():
    assert edges("Armenia withdrew its troops from villages in Azerbaijan.") == {
        ("ARM", "AZE", "+")
    }
    assert edges("Ethiopian troops withdrew from border towns in Eritrea on Monday.") == {
        ("ERI", "ETH", "+")
    }
    # a flight from danger stays no act toward the place's state
    assert edges("Uganda evacuated its citizens from towns in South Sudan.") == set()


def test_people_or_remains_held_and_given_back_are_a_return_to_their_state():
    assert edges("Iran returned the bodies of Iraqi soldiers.") == {("IRN", "IRQ", "+")}
    assert edges("Ethiopia repatriated 300 Eritrean prisoners of war.") == {("ERI", "ETH", "+")}
    assert edges("India returned three Pakistani fishermen on Monday.") == {("IND", "PAK", "+")}


def test_people_who_return_home_are_no_return_by_a_state():
    assert edges("Ukrainian refugees returned from Poland.") == set()


def test_a_travel_warning_lifted_is_a_concession_as_a_travel_ban_lifted_is():
    assert edges("Norway lifted its travel warning for Kenya.") == {("KEN", "NOR", "+")}
    assert edges("The United States dropped its travel advisory against Egypt.") == {
        ("EGY", "USA", "+")
    }
    # issuing one is no concession (a statement, cues.csv "issue warning", whose stance is
    # its content's: an advisory against travel to a border names no target)
    assert ("GBR", "KEN", "+") not in edges("Britain issued a travel warning for Kenya.")
