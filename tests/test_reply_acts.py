"""A reply told by an act is no statement: ``Ankara responded by expelling two
diplomats``, ``Seoul replied by recalling ...`` (a gerund after ``by`` that is no cue of its
own, past adverbs and a time: ``responded on Friday by abruptly closing ...``); a reply
with words still is (``responded that ...``, ``responded by saying ...``, ``responded,
"..."``, ``replied to the letter: "..."``). ``post`` reports words only with them
(``posted on Facebook that ...``), not a thing posted (``posted a photo``).
Nor is ``add up`` a cue: figures that do not add up say nothing. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text",
    [
        "Turkey responded by expelling two Dutch diplomats from Ankara.",
        "The Kenyan government replied swiftly by closing the border crossing at Busia.",
        "The Nigerian army responded on Friday by abruptly closing the border at Kano.",
    ],
)
def test_an_act_or_a_sum_is_no_statement(text):
    assert said(text, "cue") == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("Turkey responded that the Dutch envoy was unwelcome.", "the Dutch envoy was unwelcome"),
        (
            "Turkey responded by saying that the Dutch envoy was unwelcome.",
            "the Dutch envoy was unwelcome",
        ),
        ("Kenya replied on Monday that the border would stay open.", "the border would stay open"),
        (
            'Asked about the mines, the Thai envoy responded, "They are not ours."',
            '"They are not ours."',
        ),
        (
            'Niamey replied to the ECOWAS letter: "We will not be dictated to."',
            '"We will not be dictated to."',
        ),
    ],
)
def test_a_reply_in_words_is_a_statement(text, content):
    assert content in [c for (c,) in said(text, "content")]


def test_add_up_is_no_cue_and_leaves_the_clause_whole():
    text = "Kremlin officials said that the sanctions plans overpromise and do not add up."
    got = said(text, "cue", "content")
    assert got == [("said", "the sanctions plans overpromise and do not add up")]


@pytest.mark.parametrize(
    "text",
    [
        '"The talks are over," the Bolivian envoy replied.',
        "The talks are over, the Bolivian envoy replied.",
        '"The talks are over," replied Foreign Minister Jane Roe of Bolivia.',
    ],
)
def test_a_reply_after_its_words_is_a_statement(text):
    assert said(text, "cue") != []


@pytest.mark.parametrize(
    "text",
    [
        "Kagame posted a photo of the summit on Friday.",
        "The ruling party posted a ten-point lead in the polls.",
    ],
)
def test_a_thing_posted_is_no_statement(text):
    assert said(text, "cue") == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("Kagame wrote on X that the talks had failed.", "the talks had failed"),
        ("Kagame posted on Facebook that the talks had failed.", "the talks had failed"),
        ('Kagame posted on X: "We will not retreat."', '"We will not retreat."'),
        (
            "Kagame wrote in a letter to the Council that the talks had failed.",
            "the talks had failed",
        ),
        (
            'In a letter to the Council, Kagame wrote: "We will not retreat."',
            '"We will not retreat."',
        ),
        ('"We will not retreat," Kagame wrote.', '"We will not retreat,"'),
    ],
)
def test_words_written_are_a_statement(text, content):
    assert said(text, "content") == [(content,)]
