"""Groups that speak as a side (party strategists, her allies, striking workers), and a
group noun after a state's demonym that leaves the state to speak (texts written for
these tests)."""

from __future__ import annotations

import pytest
from said import said

import alignkit


def _said(text: str) -> list[tuple]:
    return said(text, "name", "type", "content")


def test_a_side_s_people_speak_as_a_group():
    got = _said("Party strategists say the fuel tax will cost the Liberals the north.")
    assert got == [("strategists", "group", "the fuel tax will cost the Liberals the north")]
    got = _said("Striking workers said the port of Gdansk would stay shut.")
    assert got == [("workers", "group", "the port of Gdansk would stay shut")]


def test_a_group_noun_after_a_demonym_leaves_the_state_to_speak():
    an = alignkit.analyze_text("Russian leaders said they would back the rebels.")
    assert an.statements["speaker"].tolist() == ["RUS"]


def test_a_part_of_a_group_speaks_for_the_group():
    got = _said("Some of her longtime allies said they have come to accept the plan.")
    assert got == [("allies", "group", "they have come to accept the plan")]
    got = _said("A handful of Democrats said the deal was dead.")
    assert [(n, k) for n, k, _ in got] == [("Democrats", "group")]


def test_a_participle_or_a_second_verb_speaks_for_the_clause_s_subject():
    got = _said(
        "Several Conservatives cautioned against reading too much into the vote, "
        "saying the economy mattered more."
    )
    assert [c for _, _, c in got] == ["the economy mattered more"]
    got = _said("Marta Lind survived five years in prison and says such methods are cruel.")
    assert got == [("Marta Lind", "person", "such methods are cruel")]


@pytest.mark.parametrize(
    "text",
    [
        "Defense Minister Jane Roe met Prime Minister John Doe of Fiji on Monday. "
        "The two men said the new agreement will deepen ties.",
        "Foreign Minister Jane Roe met Foreign Minister John Doe of Fiji. "
        "Both leaders stressed the need for calm.",
    ],
)
def test_the_two_people_named_last_speak_as_the_pair(text):
    an = alignkit.analyze_text(text)
    assert set(an.statements["speaker"]) == {"jane-roe", "john-doe"}


def test_unnamed_men_are_no_speakers():
    an = alignkit.analyze_text("Jane Roe met John Doe. Armed men said nothing of it.")
    assert an.statements.empty


def test_those_who_met_are_they():
    an = alignkit.analyze_text(
        "In Muscat, U.S. Special Envoy Jane Roe met with Omani Foreign Minister John Doe. "
        "They all agreed on the need for an immediate ceasefire."
    )
    agreed = an.statements.loc[an.statements["cue"] == "agreed", "speaker"]
    assert set(agreed) == {"jane-roe", "john-doe"}


def test_the_states_of_those_who_met_are_the_two_countries():
    edges = alignkit.analyze_text(
        "Kenyan President Jane Roe met Somali President John Doe in Nairobi. "
        "The two countries agreed to reopen the border."
    ).network.edges(data=True)
    assert {(a, b, d["sign"]) for a, b, d in edges} == {("KEN", "SOM", 1)}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Labour politicians said the levy would fail.", "politicians"),
        ("The judges who heard the appeal said the law was void.", "judges"),
        ("Her confidants say she will run again.", "confidants"),
        ("The unions said the strike would go on.", "unions"),
    ],
)
def test_more_people_of_a_side_or_a_bench_speak_as_a_group(text, speaker):
    assert [n for n, _, _ in _said(text)] == [speaker]


def test_a_capitalized_definite_group_speaks_for_those_named_before():
    # readouts capitalize "Ministers": "Both Ministers" is no person's name
    an = alignkit.analyze_text(
        "The Foreign Minister of Peru and the Minister of Foreign Affairs of Chile met in "
        "Lima on 3 June. Both Ministers welcomed the role of Brazil. The Ministers agreed "
        "to meet again."
    )
    assert sorted(an.statements["speaker"]) == ["CHL", "CHL", "PER", "PER"]
    assert not (an.actors["type"] == "person").any()


def test_both_leaders_are_the_pair_a_readout_named_together_sentences_before():
    text = (
        "Source: https://example.org/readout (Office of the President; public domain)\n"
        "Date: 2023-06-12\n\n"
        "President meets Prime Minister of Ghana\n\n"
        "President Emmanuel Macron received Nana Akufo-Addo at the Elysee today. "
        "Akufo-Addo thanked the President for France's support. "
        "They discussed the crisis in the Sahel. The President stressed the need for "
        "elections in Mali. Trade was also on the agenda.\n\n"
        "Both leaders looked forward to a summit in Accra next year."
    )
    an = alignkit.analyze_text(text)
    st = an.statements[an.statements["cue"] == "looked forward"]
    assert set(st["speaker"]) == {"emmanuel-macron", "nana-akufo-addo"}


def test_both_leaders_after_a_third_person_is_named_are_no_one_guessed():
    text = (
        "Talks in Paris\n\n"
        "President Emmanuel Macron received Nana Akufo-Addo at the Elysee today. "
        "They discussed the crisis in the Sahel. Trade was also on the agenda. "
        "Later, Olaf Scholz called in by video.\n\n"
        "Both leaders looked forward to a summit in Accra next year."
    )
    an = alignkit.analyze_text(text)
    st = an.statements[an.statements["cue"] == "looked forward"]
    assert "olaf-scholz" not in set(st["speaker"])


def test_they_after_a_call_between_two_people_are_both():
    text = (
        "Readout of the Minister's Call with President Juan Perez of Chile\n\n"
        "Foreign Minister Jane Roe of Peru spoke on the phone today with President Juan Perez "
        "of Chile to discuss the border.\n\n"
        "They discussed the trade talks held in June. They also shared their concerns about "
        "the unrest in Bolivia."
    )
    an = alignkit.analyze_text(text)
    rows = an.statements
    for cue in ("discussed", "shared their concerns"):
        assert set(rows[rows["cue"] == cue]["speaker"]) == {"jane-roe", "juan-perez"}


def test_they_after_two_people_who_did_not_meet_stay_unread():
    text = (
        "President Juan Perez of Chile thanked Foreign Minister Jane Roe of Peru for the aid. "
        "They discussed the talks."
    )
    rows = alignkit.analyze_text(text).statements
    assert rows[rows["cue"] == "discussed"].empty
