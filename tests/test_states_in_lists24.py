"""States in lists: every listed state is a party of the act when the English makes it
one, none when it does not. A state's full name that heads the rest of the list ("the
United States of America, Ghana and Togo"), one text several governments issue. Every
sentence here is written for these tests, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit
from alignkit.reading.article import parse_article
from alignkit.reading.tagging import tag


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("The United States of America condemned the raid.", "United States of America"),
        ("Talks between the United States of America and Peru resumed.",
         "United States of America"),
    ],
)  # fmt: skip
def test_a_states_full_name_is_one_mention(text, form):
    t = tag(parse_article(text))
    found = [" ".join(t.words[m.tok : m.tok_end]) for m in t.mentions if m.actor == "USA"]
    assert found == [form]


def test_a_state_inside_another_states_name_still_does_not_split_it():
    t = tag(parse_article("South Sudan's army shelled Sudan."))
    assert [m.actor for m in t.mentions if t.actor_type(m.actor) == "country"] == ["SSD", "SDN"]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Angola sent envoys to the Democratic Republic of the Congo, Zambia and Malawi.",
         {("AGO", "COD", "+"), ("AGO", "ZMB", "+"), ("AGO", "MWI", "+")}),
        ("Japan held talks with the United States of America, Canada and Mexico.",
         {("JPN", "USA", "+"), ("CAN", "JPN", "+"), ("JPN", "MEX", "+")}),
    ],
)  # fmt: skip
def test_a_list_hung_on_the_last_word_of_a_name_keeps_every_state(text, pairs):
    assert pairs <= edges(text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The following statement was released by the governments of Ghana, Togo and Benin.",
         {("BEN", "GHA", "+"), ("GHA", "TGO", "+"), ("BEN", "TGO", "+")}),
        ("The text of the following statement was released by the Governments of the "
         "United States of America, Fiji, and Samoa on the occasion of the forum.",
         {("FJI", "USA", "+"), ("USA", "WSM", "+"), ("FJI", "WSM", "+")}),
        ("The foreign ministers of Chile, Peru and Bolivia issued a statement on drought.",
         {("BOL", "CHL", "+"), ("CHL", "PER", "+"), ("BOL", "PER", "+")}),
        ("Brazil welcomed a letter signed by Uruguay and Paraguay.", {("PRY", "URY", "+")}),
    ],
)  # fmt: skip
def test_one_text_issued_by_several_states_joins_its_issuers(text, pairs):
    assert pairs <= edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana, Togo and Benin each issued a statement on the coup.",
        "Ghana and Togo issued statements on the coup.",
        "Ghana issued a statement on Togo's election.",
        "Ghana did not sign a letter with Togo.",
        "The statement, issued by Ghana, was read out in Togo and Benin.",
    ],
)
def test_separate_texts_or_one_issuer_join_no_one(text):
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    assert not any(an.events.type == "AGREE")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The Turkish president spoke by phone with his counterparts in Iran, Iraq, and Syria.",
         {("IRN", "TUR", "+"), ("IRQ", "TUR", "+"), ("SYR", "TUR", "+")}),
        ("Chile's foreign minister met her counterparts from Peru and Bolivia.",
         {("CHL", "PER", "+"), ("BOL", "CHL", "+")}),
    ],
)  # fmt: skip
def test_ones_counterparts_in_listed_states_are_those_states(text, pairs):
    assert pairs <= edges(text)


def test_the_last_listed_person_hung_on_the_verb_is_still_met():
    found = edges(
        "The Japanese envoy engaged regional leaders including President Ruto in Kenya, "
        "President Museveni in Uganda, and President Kagame in Rwanda."
    )
    assert {("JPN", "KEN", "+"), ("JPN", "UGA", "+"), ("JPN", "RWA", "+")} <= found


def test_a_clause_after_the_list_adds_no_party_to_it():
    found = edges(
        "The Japanese envoy met President Ruto in Nairobi, President Museveni in Kampala, "
        "and President Kagame later criticized Burundi."
    )
    assert ("JPN", "RWA", "+") not in found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Norway and Iceland said in a statement that the whaling talks had failed.",
         {("ISL", "NOR", "+")}),
        ("In a statement, Kenya, Tanzania and Uganda urged calm in Burundi.",
         {("KEN", "TZA", "+"), ("KEN", "UGA", "+"), ("TZA", "UGA", "+")}),
    ],
)  # fmt: skip
def test_several_states_speaking_in_a_statement_issue_it_together(text, pairs):
    assert pairs <= edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both Norway and Iceland said in a statement that the talks had failed.",
        "Norway said in a statement that Iceland and Denmark had failed.",
        "Norway and Iceland were criticised in a statement by Denmark.",
    ],
)
def test_a_statement_of_one_or_of_each_joins_no_one(text):
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    assert not any(an.events.type == "AGREE")
