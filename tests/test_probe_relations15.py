"""Relations in constructions found by probe texts written for issue 23 (relations on text
nobody has read), eighth session: sentences about wars and crises of many regions, in
wire, readout, joint-statement and UN styles, none taken from a corpus text.

Each test is one class of English construction.
"""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Canada joins the Malian authorities in condemning the attack on the convoy.",
         ("CAN", "MLI")),
        ("Norway joined Sudanese officials in denouncing the looting of the aid depot.",
         ("NOR", "SDN")),
        ("Peru joined Colombian authorities in criticizing the smuggling networks.",
         ("COL", "PER")),
    ],
)  # fmt: skip
def test_the_party_joined_in_a_condemnation_is_no_target_of_it(text, joined):
    """``X joined Y in condemning Z``: Y condemns beside X; it is not what X condemns."""
    ev = alignkit.analyze_text(text, publication_date="2024-05-01").events
    pair = ev.apply(lambda e: tuple(sorted((e.source_country, e.target_country))), axis=1)
    assert set(ev[pair == joined].sign) == {1}


def test_joining_in_a_condemnation_keeps_its_named_target():
    found = edges("The Netherlands joins Ukraine in condemning Russia's strikes on Kyiv.")
    assert {("NLD", "RUS", "-"), ("RUS", "UKR", "-"), ("NLD", "UKR", "+")} <= found


_JOINT_STATEMENT = """\
Source: https://example.org/js (Joint Statement of the Embassies of Canada, Norway and \
Sweden in Bamako; public domain)
Date: 2022-03-02

Joint Statement on Mali

We, the Embassies of Canada, Norway and Sweden, commend Mali for convening the national \
dialogue.

We join Malian authorities in rejecting foreign interference in Malian affairs, including \
the destabilizing role played by mercenaries.
"""


def test_signatories_joining_a_host_in_rejecting_interference_stand_with_it():
    found = edges(_JOINT_STATEMENT)
    assert {("CAN", "MLI", "+"), ("MLI", "SWE", "+")} <= found
    assert ("CAN", "MLI", "-") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mr. President, on March 3, the United States joined Norway and Egypt in welcoming "
         "the adoption of the resolution.", ("NOR", "USA")),
        ("Madam President, last week, Ireland joined Mexico in welcoming the truce in Sudan.",
         ("IRL", "MEX")),
    ],
)  # fmt: skip
def test_the_addressee_a_sentence_opens_with_is_no_subject(text, pair):
    """``Mr. President, ... X joined Y``: the vocative is no subject; X is."""
    assert (*pair, "+") in edges(text)


_UN_REMARKS = """\
Source: https://example.org/r (Remarks at a UN Security Council Briefing on Libya, U.S. \
Mission to the United Nations; public domain)
Date: 2021-03-10

Remarks at a UN Security Council Briefing on Libya

Thank you, Mr. President.

Mr. President, on March 3, the United States joined Norway, Italy, and Egypt in welcoming \
the adoption of Resolution 2570, and we reiterated our commitment to a political solution \
to the conflict in Libya. We urge all parties to cooperate with the UN Special Envoy.
"""


def test_a_state_joining_others_in_a_welcome_in_un_remarks_stands_with_them():
    found = edges(_UN_REMARKS)
    assert {("EGY", "USA", "+"), ("ITA", "USA", "+"), ("NOR", "USA", "+")} <= found


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("It was the largest Cobra Gold exercise in history with 9,000 troops from Thailand, "
         "the United States and Japan, the admiral said.", ("JPN", "THA", "USA")),
        ("The drill involved sailors from India, Australia and Japan.", ("AUS", "IND", "JPN")),
        ("The Sea Breeze exercise brought together forces from Ukraine, Romania and Turkey.",
         ("ROU", "TUR", "UKR")),
        ("The exercise, which involved 3,000 personnel from Egypt and Jordan, ended Sunday.",
         ("EGY", "JOR")),
    ],
)  # fmt: skip
def test_the_states_whose_troops_take_part_in_an_exercise_cooperate(text, states):
    """``an exercise with troops from A, B and C``: each two of them exercise together."""
    found = edges(text)
    pairs = {(a, b, "+") for i, a in enumerate(states) for b in states[i + 1 :]}
    assert pairs <= found


@pytest.mark.parametrize(
    "text",
    [
        "The drills drew condemnation from China and Russia.",
        "Officials from China and Russia criticized the exercise near their waters.",
    ],
)
def test_parties_from_states_outside_an_exercise_are_no_participants(text):
    assert ("CHN", "RUS", "+") not in edges(text)


@pytest.mark.parametrize(
    ("text", "holder", "pair"),
    [
        ("There has been another exchange of fire between soldiers of Armenia and Azerbaijan. "
         "Ties between the two Russian allies are strained.", "RUS", ("ARM", "AZE")),
        ("Ethiopia and Eritrea exchanged fire on Monday. The two U.S. partners have clashed "
         "before.", "USA", ("ERI", "ETH")),
        ("Armenia and Azerbaijan traded accusations. Both Russian partners denied any "
         "wrongdoing.", "RUS", ("ARM", "AZE")),
    ],
)  # fmt: skip
def test_the_two_allies_of_a_state_are_the_pair_named_before(text, holder, pair):
    """``X and Y clashed ... the two U.S. allies``: each of the pair is the holder's ally."""
    found = edges(text)
    assert {tuple(sorted((holder, s))) + ("+",) for s in pair} <= found


def test_the_two_partners_with_no_holder_tell_no_tie_between_them():
    found = edges("Serbia and Kosovo traded accusations. Both partners denied any wrongdoing.")
    assert ("SRB", "XKX", "+") not in found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("A Sudanese delegation reportedly including envoys from the army, the police and the "
         "ministry, and an Eritrean delegation, traveled to Nairobi.",
         {("ERI", "KEN", "+"), ("KEN", "SDN", "+")}),
        ("A Colombian delegation including senators from Bogota and Cali, and a Venezuelan "
         "delegation, met in Havana.", {("COL", "VEN", "+")}),
    ],
)  # fmt: skip
def test_a_second_subject_after_the_firsts_modifier_shares_its_act(text, pairs):
    """``A delegation including ..., and B delegation, travelled``: both travelled, though
    the small parser hangs the second inside the first's modifier."""
    assert pairs <= edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States imposed sanctions targeting leaders of the South Sudanese "
         "government.", ("SSD", "USA")),
        ("Japan announced new sanctions aimed at North Korea.", ("JPN", "PRK")),
        ("Canada imposed sanctions targeting officials of Haiti on Friday.", ("CAN", "HTI")),
    ],
)  # fmt: skip
def test_sanctions_targeting_a_state_are_a_measure_against_it(text, pair):
    """``imposed sanctions targeting X``, ``sanctions aimed at X``: X is the target."""
    assert (*pair, "-") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "U.N. Secretary-General Ban Ki-moon visited Juba on Tuesday.",
        "UN Secretary-General Ban Ki-moon met President Obama at the White House.",
    ],
)
def test_a_un_secretary_general_acts_for_no_state(text):
    """The UN's chief speaks and acts for the UN, not for the state he comes from."""
    assert not any("KOR" in e for e in edges(text))


@pytest.mark.parametrize(
    ("text", "hostile", "co"),
    [
        ("Sudan and Egypt, locked in a dispute with Ethiopia over its giant Nile dam, were not "
         "present.", {("ETH", "SDN", "-"), ("EGY", "ETH", "-")}, ("EGY", "SDN", "-")),
        ("Kenya and Uganda, both locked in a feud with Somalia, met on Friday.",
         {("KEN", "SOM", "-"), ("SOM", "UGA", "-")}, ("KEN", "UGA", "-")),
    ],
)  # fmt: skip
def test_co_parties_of_a_dispute_with_a_third_are_not_at_odds(text, hostile, co):
    """``A and B, locked in a dispute with C,``: each is at odds with C, not with the
    other."""
    found = edges(text)
    assert hostile <= found
    assert co not in found


def test_a_dispute_named_with_no_other_party_is_between_its_subjects():
    ev = alignkit.analyze_text(
        "Armenia and Azerbaijan, locked in a dispute over Karabakh, met in Brussels.",
        publication_date="2024-05-01",
    ).events
    assert ("ARM", "AZE", "ACCUSE") in set(
        zip(ev.source_country, ev.target_country, ev.type, strict=True)
    )


@pytest.mark.parametrize(
    ("text", "judge", "venue"),
    [
        ("Serbia and Kosovo agreed to a deal after talks in Belgium. The deal was welcomed by "
         "Germany.", "DEU", "BEL"),
        ("Ethiopia's government and Tigrayan forces agreed Wednesday to a cessation of "
         "hostilities after talks in South Africa mediated by the African Union. The agreement "
         "was welcomed by the United States.", "USA", "ZAF"),
    ],
)  # fmt: skip
def test_the_venue_of_the_talks_is_no_party_to_their_accord(text, judge, venue):
    """``agreed after talks in X. Y welcomed the agreement``: X hosted, it signed nothing."""
    assert tuple(sorted((judge, venue))) + ("+",) not in edges(text)


def test_the_parties_of_an_accord_made_at_talks_abroad_are_still_welcomed():
    found = edges("Serbia and Kosovo agreed to a deal after talks in Belgium. Germany welcomed "
                  "the deal.")  # fmt: skip
    assert {("DEU", "SRB", "+"), ("DEU", "XKX", "+")} <= found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sudan and Chad signed a truce on Sunday.", ("SDN", "TCD")),
        ("Armenia and Azerbaijan signed a cease-fire in Moscow.", ("ARM", "AZE")),
    ],
)
def test_signing_a_truce_is_an_agreement_as_agreeing_to_one_is(text, pair):
    ev = alignkit.analyze_text(text, publication_date="2024-05-01").events
    assert (*pair, "AGREE") in set(zip(ev.source_country, ev.target_country, ev.type, strict=True))


@pytest.mark.parametrize(
    ("text", "allies"),
    [
        ("Burundi and Uganda have deployed troops to fight armed groups in the region.",
         ("BDI", "UGA")),
        ("Kenya and Ethiopia fought al-Shabab militants along the border.", ("ETH", "KEN")),
        ("Chad and Niger are fighting jihadists in the Lake Chad basin.", ("NER", "TCD")),
    ],
)  # fmt: skip
def test_states_fighting_a_named_foe_do_not_fight_each_other(text, allies):
    """``A and B fought al-Shabab``: the object is the foe they fight side by side."""
    assert (*allies, "-") not in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India and Pakistan fought three wars over Kashmir.", ("IND", "PAK")),
        ("Ethiopia and Eritrea fought a border war from 1998 to 2000.", ("ERI", "ETH")),
        ("Kyrgyzstan and Tajikistan fought fierce battles along the border.", ("KGZ", "TJK")),
    ],
)
def test_states_fighting_a_war_named_as_the_object_fight_each_other(text, pair):
    assert (*pair, "-") in edges(text)


_BRIEFING = """\
Source: https://example.org/brief (U.S. Department of State press briefing; public domain)
Date: 2023-09-20

Department Press Briefing

MR MILLER: Good afternoon. We are working closely with the European Union on Armenia.

QUESTION: Does the United States blame Azerbaijan for the escalation?

MR MILLER: We are still gathering the facts.
"""


def test_a_reporters_question_naming_its_agent_with_the_asserts_no_act():
    """``Does the United States blame X?``: the name's own ``the`` makes no definite noun
    phrase of the verb; the question asserts nothing, so no edge to Azerbaijan."""
    assert not any("AZE" in e for e in edges(_BRIEFING))


def test_a_question_whose_agent_is_named_with_the_is_a_question():
    ev = alignkit.analyze_text("Will the United Kingdom sanction Iran over the drones?").events
    assert set(ev["mode"]) == {"question"}


def test_a_definite_act_told_by_a_demonym_is_presupposed_in_a_question():
    ev = alignkit.analyze_text("Did the Russian war in Ukraine change that?").events
    assert ("RUS", "UKR", "actual") in set(
        zip(ev.source_country, ev.target_country, ev["mode"], strict=True)
    )


def test_the_two_allies_of_a_state_are_no_pair_that_holds_that_state():
    found = edges("China and the United States urged calm on Monday. Ties between the two "
                  "U.S. allies are strained.")  # fmt: skip
    assert ("CHN", "USA", "+") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenyan troops entered Somalia at the request of the Somali government.",
         ("KEN", "SOM")),
        ("Ugandan forces moved into eastern Congo at the invitation of the Congolese "
         "government.", ("COD", "UGA")),
        ("Chadian troops crossed into Cameroon at the request of Yaounde to fight Boko Haram.",
         ("CMR", "TCD")),
    ],
)  # fmt: skip
def test_troops_entering_a_state_at_its_request_help_it(text, pair):
    """``entered X at the request of X's government``: help to the host, no incursion."""
    found = edges(text)
    assert (*pair, "+") in found
    assert (*pair, "-") not in found


def test_troops_entering_a_state_at_anothers_request_still_move_against_it():
    assert ("KAZ", "RUS", "-") in edges(
        "Russian troops entered Kazakhstan at the request of Belarus."
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chinese Foreign Minister Wang Yi was in Moscow for talks on Tuesday.", ("CHN", "RUS")),
        ("The Qatari envoy is in Kabul for consultations.", ("AFG", "QAT")),
        ("The former U.S. ambassador, Jane Roe, was in Nepal for official talks this week.",
         ("NPL", "USA")),
    ],
)  # fmt: skip
def test_presence_in_a_state_for_talks_is_a_visit(text, pair):
    """``X was in Moscow for talks``: X visits Russia, as ``X visited Moscow`` does."""
    assert (*pair, "+") in edges(text)


def test_a_denied_presence_is_no_visit():
    assert ("AFG", "QAT", "+") not in edges("The Qatari envoy was not in Kabul for talks.")
