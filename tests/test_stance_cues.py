"""Stance verbs as attributions ('the senator attacked her rival', 'the union backs the
mayor'), and the guard that keeps them off armed acts in war news (texts written for
these tests)."""

from __future__ import annotations

import pytest
from said import said

import alignkit


def _said(text: str) -> list[tuple]:
    return said(text, "name", "cue", "content")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Premier Jane Roe supported the carbon levy in 2019.",
            [("Jane Roe", "supported", "the carbon levy in 2019")],
        ),
        (
            "Mayor John Doe is backing the transit referendum.",
            [("John Doe", "backing", "the transit referendum")],
        ),
        (
            "Senator Ana Lopez defended her vote on the pension bill.",
            [("Ana Lopez", "defended", "her vote on the pension bill")],
        ),
        (
            "Tom Reyes, a city councillor, opposes the stadium deal.",
            [("Tom Reyes", "opposes", "the stadium deal")],
        ),
        (
            "Governor Ada Quinn attacked her challenger over the school budget.",
            [("Ada Quinn", "attacked", "her challenger over the school budget")],
        ),
    ],
)
def test_a_person_s_stance_is_an_attribution(text, expected):
    assert _said(text) == expected


def test_a_passive_stance_names_its_holder_after_by():
    got = _said("The tariff plan was attacked by Senator Ana Lopez.")
    assert [(n, c) for n, c, _ in got] == [("Ana Lopez", "attacked")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a police convoy near Goma on Sunday.",  # armed speaker
        "Government forces attacked the town of Kidal at dawn.",  # armed speaker, a town
        "Russia attacked Ukraine in February 2022.",  # states
        "Iran backs the Houthis in Yemen.",  # a state and an armed group
        "Hamas attacked Israel on October 7.",  # an armed group
        "The Saudi-led coalition attacked Houthi positions near Hodeidah.",
        "General Jane Roe defended the city against the rebels.",  # a place held
        "Colonel Ivan Petrov attacked the village with artillery.",  # a weapon
        "John Doe attacked his neighbour with a knife.",  # a weapon, not a view
    ],
)
def test_an_armed_act_is_no_stance(text):
    an = alignkit.analyze_text(text)
    assert not any(c in ("attacked", "backs", "defended") for c in an.statements["cue"])


def test_the_one_backed_after_the_verb_is_no_speaker():
    # "backed Senator Ana Lopez": Lopez is backed; the union, before the verb, backs her
    got = _said("The teachers union backed Senator Ana Lopez in the primary.")
    assert [n for n, _, _ in got] != ["Ana Lopez"]
    assert all(c == "backed" for _, c, _ in got)


def test_a_verb_turned_by_its_particle_is_no_stance():
    assert _said("Mayor John Doe backed away from the transit referendum.") == []


def test_a_stance_inside_what_was_said_leaves_the_words_whole():
    got = _said("The minister said the president opposed the pipeline deal with Canada.")
    assert ("minister", "said", "the president opposed the pipeline deal with Canada") in got
    assert [c for _, c, _ in got] == ["said", "opposed"]


def test_a_stance_makes_no_verbal_event_and_leaves_the_act_to_the_events():
    # the verb's own event is read as before; the stance adds no verbal event of its own
    an = alignkit.analyze_text("Senator Ana Lopez defended Chancellor Olaf Scholz over the budget.")
    assert an.statements["cue_class"].tolist() == ["stance"]
    assert an.events["origin"].tolist() == ["event"]
    assert an.events["trigger"].tolist() == ["defended"]


def test_a_refusal_before_an_infinitive_is_a_stance_and_leaves_the_event():
    assert _said("Senator Ana Lopez refused to disavow the group.") == [
        ("Ana Lopez", "refused", "disavow the group")
    ]
    an = alignkit.analyze_text("Senator Ana Lopez refused to disavow the group.")
    assert an.statements["cue_class"].tolist() == ["stance"]
    assert "statement" not in set(an.events["origin"])


def test_a_refusal_without_an_infinitive_is_no_statement():
    assert _said("Senator Ana Lopez refused the award.") == []


def test_an_endorsement_is_its_possessor_s_stance():
    got = _said("Governor Ana Lopez's endorsement of Tom Reyes came on Monday.")
    assert [(n, c) for n, c, _ in got] == [("Ana Lopez", "endorsement")]
    assert got[0][2].startswith("Tom Reyes")
    an = alignkit.analyze_text("Governor Ana Lopez's endorsement of Tom Reyes came on Monday.")
    assert an.statements["cue_class"].tolist() == ["stance"]
