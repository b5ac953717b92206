"""Wrong edges of issue 23 read in the seventeenth session: a former official who acts for
no state, armed men a demonym names who are not its state's forces, and help told with its
giver (``support by X to Y``) that is no stance of the speaker's. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Minister of Peru welcomed Lula's talks with former Chilean President "
        "Michelle Bachelet, who offered to mediate.",
        "Poland thanked former German Chancellor Angela Merkel for her advice.",
        "Ukraine welcomed a visit by ex-Chancellor Angela Merkel.",
    ],
)  # fmt: skip
def test_a_former_official_acts_for_no_state(text):
    assert not {e for e in edges(text) if {"CHL", "DEU"} & set(e)}


def test_an_official_not_called_former_still_acts_for_the_state():
    assert ("CHL", "PER", "+") in edges("Chilean President Gabriel Boric met Peru's foreign "
                                        "minister and praised Peru's cooperation.")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Burundian rebels crossed into Tanzania and attacked a village.",
        "The envoy said Ugandan militias must withdraw from eastern Congo.",
        "Chadian insurgents fired on a Nigerien border post.",
    ],
)
def test_armed_men_named_by_a_demonym_are_no_state(text):
    assert edges(text) == set()


def test_a_states_troops_named_by_a_demonym_still_act_for_it():
    assert ("TZA", "UGA", "-") in edges("Ugandan troops crossed into Tanzania.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign ministry said there was clear evidence of support by senior "
        "Eritrean officers to the armed groups.",
        "A Kenyan spokesman said: We have seen reports of help from Eritrean officials to "
        "the insurgents.",
    ],
)  # fmt: skip
def test_help_told_with_its_giver_is_no_stance_for_the_giver(text):
    assert ("ERI", "KEN", "+") not in edges(text)


def test_help_welcomed_from_a_state_is_still_a_stance_for_it():
    assert ("FRA", "JPN", "+") in edges("The French minister welcomed support from Japan for "
                                        "the relief effort.")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "France is concerned about the plans announced during the visit of the Russian "
        "foreign minister to Serbia.",
        "Japan is worried about remarks made on the Chinese premier's trip to Cambodia.",
    ],
)  # fmt: skip
def test_the_host_of_a_visit_that_dates_the_matter_is_no_target(text):
    assert not {e for e in edges(text) if {"SRB", "KHM"} & set(e) and e[2] == "-"}


def test_the_visitor_of_such_a_visit_stays_a_target():
    text = ("France is concerned about the plans announced during the visit of the Russian "
            "foreign minister to Serbia.")  # fmt: skip
    assert ("FRA", "RUS", "-") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mali's hard fought freedom is at risk if armed groups use Mali as a base, the French "
        "foreign minister said.",
        "The French foreign minister said Sudan's war-torn cities need aid.",
    ],
)  # fmt: skip
def test_a_conflict_word_that_describes_a_noun_accuses_no_possessor(text):
    assert not {e for e in edges(text) if e[2] == "-"}


def test_a_possessors_own_hostile_act_still_accuses_it():
    text = "The French foreign minister said Russia's attacks continue."
    assert ("FRA", "RUS", "-") in edges(text)


def test_a_possessor_does_not_reach_over_a_determiner():
    text = ("We consider that Mali's security challenges and the fight against terrorist "
            "groups can only be addressed by a national army, the French foreign minister "
            "said.")  # fmt: skip
    assert ("FRA", "MLI", "-") not in edges(text)
    text = "The French foreign minister condemned Russia's unprovoked and brutal war on Ukraine."
    assert ("FRA", "RUS", "-") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Poland mourns all the Ukrainians who lost their lives, the Polish foreign minister "
        "said.",
        "Chile grieved for the Peruvians who died in the fire.",
    ],
)  # fmt: skip
def test_people_mourned_as_dead_are_no_target_of_disapproval(text):
    assert not {e for e in edges(text) if e[2] == "-"}


def test_people_condemned_for_their_act_stay_a_target():
    assert ("CHL", "PER", "-") in edges("Chile condemned the Peruvians who attacked the embassy.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Troops of the Uganda People's Defence Force crossed into South Sudan.", ("SSD", "UGA")),
        ("The Uganda People's Defense Forces shelled a village in Burundi.", ("BDI", "UGA")),
    ],
)  # fmt: skip
def test_a_body_of_its_own_node_named_after_another_state_is_that_states(text, pair):
    found = edges(text)
    assert (*pair, "-") in found
    assert not {e for e in found if "national-unity-government" in e}


@pytest.mark.parametrize(
    "text",
    [
        "The American ambassador expressed in this forum and elsewhere his delegation's "
        "gratitude for the contributions of Ghana.",
        "Britain expressed yesterday at a meeting in Geneva its thanks to Ghana.",
    ],
)  # fmt: skip
def test_express_with_its_object_beyond_reach_is_no_disapproval(text):
    assert not {e for e in edges(text) if e[2] == "-"}


def test_express_with_its_object_in_reach_keeps_its_pattern():
    assert ("GHA", "USA", "-") in edges("The American ambassador expressed concern over Ghana's "
                                        "decision.")  # fmt: skip
    assert ("GHA", "USA", "+") in edges("The American ambassador expressed gratitude to Ghana.")


def test_a_state_named_after_a_crisis_in_its_compass_part_is_its_place():
    text = ("The EU remains deeply concerned by the deterioration of the situation in the East "
            "of Chad.")  # fmt: skip
    assert ("EU", "TCD", "-") not in edges(text)
    assert ("EU", "TCD", "-") in edges("The EU remains deeply concerned by the violence in the "
                                       "South of Sudan and by Chad's raids.")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Britain urged Mali's government to bring to justice the perpetrators of "
        "the attacks on civilians.",
        "Norway urged Mali to fight the rebels in the north.",
    ],
)  # fmt: skip
def test_a_hostile_act_asked_of_a_party_or_done_by_the_unnamed_accuses_no_one(text):
    assert not {e for e in edges(text) if e[2] == "-"}


def test_a_party_named_as_responsible_is_still_accused():
    text = "Norway and Britain said Mali's army was responsible for the attacks on civilians."
    assert ("MLI", "NOR", "-") in edges(text)
