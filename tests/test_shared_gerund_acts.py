"""Acts shared by parties a clause names together: ``X joined Y in doing Z`` (both do it
to Z), ``X, along with Y, condemned Z's attack`` (Y condemns with X; it did not attack);
``struck an oil refinery in Russia`` (an act at the state its object lies in).

Sentences written for these tests, on states and conflicts of several regions.
"""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain joined France in condemning Russia's strike on Kharkiv.",
            [("FRA", "RUS", "-"), ("GBR", "RUS", "-")],
        ),
        (
            "Japan joined the United States in imposing sanctions on Russia.",
            [("JPN", "RUS", "-"), ("RUS", "USA", "-")],
        ),
        (
            "Canada joined Australia and New Zealand in calling on China to release the "
            "detained journalists.",
            [("CAN", "CHN", "-"), ("AUS", "CHN", "-"), ("CHN", "NZL", "-")],
        ),
        (
            "Egypt and Saudi Arabia joined Jordan in rejecting Israel's plan to annex the valley.",
            [("EGY", "ISR", "-"), ("ISR", "SAU", "-"), ("ISR", "JOR", "-")],
        ),
        ("Spain followed Norway in recognising Palestine.", [("ESP", "PSE", "+")]),
    ],
)
def test_the_one_joined_and_the_joiner_both_do_the_act(text, expected):
    found = edges(text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Egypt and Saudi Arabia joined Jordan in rejecting Israel's plan to annex the valley.",
            [("EGY", "JOR", "-"), ("JOR", "SAU", "-")],
        ),
        ("Britain joined France in condemning Russia's strike on Kharkiv.", [("FRA", "GBR", "-")]),
    ],
)
def test_the_one_joined_is_no_target_of_the_act(text, wrong):
    found = edges(text)
    assert not any(e in found for e in wrong), found


def test_a_passive_join_shares_the_act_with_its_agent():
    found = edges(
        "Poland and the Baltic states were joined by Finland in accusing Belarus of pushing "
        "migrants across the border."
    )
    assert {("BLR", "POL", "-"), ("BLR", "FIN", "-")} <= found


def test_joining_talks_is_still_talks():
    assert ("GHA", "TGO", "+") in edges("Ghana joined talks with Togo in Accra.")


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Germany, along with France, condemned Iran's missile attack on Israel.",
            [("DEU", "IRN", "-"), ("FRA", "IRN", "-")],
            [("FRA", "IRN", "+"), ("FRA", "ISR", "-")],
        ),
        (
            "Kenya, together with Uganda, welcomed the ceasefire agreement between Sudan and "
            "South Sudan.",
            [("KEN", "SDN", "+"), ("KEN", "UGA", "+")],
            [],
        ),
    ],
)
def test_a_partner_in_judging_an_act_is_no_partner_in_the_act(text, right, wrong):
    found = edges(text)
    assert all(e in found for e in right), found
    assert not any(e in found for e in wrong), found


def test_a_partner_in_a_joint_strike_still_acts_with_its_agent():
    found = edges("Chad, along with Niger, launched joint strikes on the camps in Mali.")
    assert ("NER", "TCD", "+") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel struck a weapons depot in Syria.", ("ISR", "SYR")),
        ("Ukraine struck an oil refinery in Russia.", ("RUS", "UKR")),
        ("Russia attacked a power plant in Ukraine.", ("RUS", "UKR")),
        ("Sudan bombed a fuel storage site in South Sudan.", ("SDN", "SSD")),
    ],
)
def test_a_strike_on_a_place_in_a_state_is_aimed_at_that_state(text, pair):
    assert (*pair, "-") in edges(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Israel struck Hezbollah weapons depots in Lebanon.", ("ISR", "LBN", "-")),
        ("Rwanda struck rebel bases in Congo.", ("COD", "RWA", "-")),
    ],
)
def test_a_strike_on_an_armed_groups_place_is_not_aimed_at_its_host(text, wrong):
    assert wrong not in edges(text)


def test_recalling_an_ambassador_reports_no_words():
    # a downgrade, not a memory told: no statement of Algeria, no stance toward Morocco
    text = "Algeria recalled its ambassador after France backed Morocco's plan for the region."
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    assert "DZA" not in set(an.statements["speaker"])
    assert ("DZA", "MAR", "+") not in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana recalled that Nigeria had supported the plan.",
        '"We have never been enemies of Ghana," the Togolese minister recalled.',
    ],
)
def test_recalling_words_is_still_a_statement(text):
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    assert list(an.statements["cue"]) == ["recalled"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Chinese warship rammed a Philippine boat.", ("CHN", "PHL")),
        ("A Russian soldier shot a Ukrainian civilian.", ("RUS", "UKR")),
        ("The Chinese ship rammed a Philippine boat.", ("CHN", "PHL")),
    ],
)
def test_one_ship_or_soldier_of_a_state_acts_for_it(text, pair):
    assert (*pair, "-") in edges(text)


def test_a_ship_that_crashes_acts_on_no_one():
    assert not edges("A Russian jet crashed near the border with Finland.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Russian fighter jet intercepted a British surveillance plane.", ("GBR", "RUS")),
        ("Washington slapped tariffs on Canadian steel.", ("CAN", "USA")),
        ("Chinese survey ships entered Japan's exclusive economic zone.", ("CHN", "JPN")),
        ("Chinese coast guard vessels entered Philippine waters near the shoal.", ("CHN", "PHL")),
    ],
)
def test_intercepts_tariffs_and_state_vessels_entering_waters_are_conflict(text, pair):
    assert (*pair, "-") in edges(text)


def test_tariffs_slapped_are_coercion_not_an_attack():
    an = alignkit.analyze_text("Washington slapped tariffs on Canadian steel.")
    assert set(an.events["type"]) == {"COERCE"}


@pytest.mark.parametrize(
    ("text", "speaker", "edge"),
    [
        (
            "BRUSSELS, Nov 15 (Reuters) - The European Union on Friday warned Serbia against "
            "escalation.",
            "EU",
            None,
        ),
        (
            "LIMA, March 3 (Wire) - Peru on Monday accused Bolivia of sheltering smugglers.",
            "PER",
            ("BOL", "PER", "-"),
        ),
    ],
)
def test_a_datelines_date_and_agency_are_no_speaker(text, speaker, edge):
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    assert list(an.statements["speaker"]) == [speaker]
    assert edge is None or edge in edges(text)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Serbia, backed by Russia, moved troops to the border.", ("RUS", "SRB", "+")),
        ("Sudan's army, supported by Egypt, retook the capital.", ("EGY", "SDN", "+")),
        ("Ukrainian cities struck by Russian missiles lost power.", ("RUS", "UKR", "-")),
    ],
)
def test_a_participle_with_its_agent_is_done_to_the_noun_it_describes(text, edge):
    assert edge in edges(text)


def test_a_participle_on_a_noun_that_is_no_party_aims_at_no_one():
    # the ceasefire Qatar brokered is no party: Qatar backs or fights no one here
    found = edges("A ceasefire brokered by Qatar took effect on Sunday.")
    assert not any("QAT" in e for e in found)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Serbia moved troops to the border with Russia's backing.", ("RUS", "SRB", "+")),
        ("Niger expelled French troops with Russian backing.", ("NER", "RUS", "+")),
    ],
)
def test_support_after_with_is_given_to_the_clauses_subject(text, edge):
    assert edge in edges(text)


def test_a_verbs_own_with_partner_is_no_one_helped():
    # "agreed with X's support": Kenya agrees with Ethiopia; Ethiopia does not back Kenya
    an = alignkit.analyze_text("Kenya agreed with Ethiopia's support for the plan.")
    assert "SUPPORT" not in set(an.events["type"])


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China halted imports of Australian wine.", ("AUS", "CHN")),
        ("Beijing suspended imports of Japanese seafood.", ("CHN", "JPN")),
        ("Russia suspended flights to Georgia.", ("GEO", "RUS")),
    ],
)
def test_halting_or_suspending_trade_is_a_sanction(text, pair):
    assert (*pair, "-") in edges(text)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Russia vetoed a resolution drafted by Britain.", ("GBR", "RUS", "-")),
        ("Russia vetoed a resolution proposed by the United States.", ("RUS", "USA", "-")),
        ("China blocked a proposal sponsored by India.", ("CHN", "IND", "-")),
    ],
)
def test_a_thing_named_by_its_authors_participle_is_theirs(text, edge):
    assert tuple(sorted(edge[:2])) + (edge[2],) in edges(text)
