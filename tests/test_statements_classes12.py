"""Classes of English construction that carry statements on unseen text: readouts, wire
news, interviews (sentences written for these tests, in other wars and outlets' styles)."""

from __future__ import annotations

from said import said


def test_a_state_owning_the_noun_of_a_phrase_cue_keeps_the_cue():
    # "reiterated <state's> support for X": the state owns the support, the cue stands
    got = said(
        "Foreign Minister Penny Wong reiterated Australia's support for Timor-Leste's "
        "accession to ASEAN.",
        "name", "cue", "stance",
    )  # fmt: skip
    assert got == [("Penny Wong", "reiterated Australia's support", "positive")]
    got = said(
        "Chancellor Olaf Scholz expressed Germany's concern over Serbia's troop build-up.",
        "name", "stance",
    )  # fmt: skip
    assert got == [("Olaf Scholz", "negative")]


def test_a_party_before_a_word_that_is_no_noun_is_an_object_not_an_owner():
    # "sees Poland as": the object of a judgement, no owner of a cue noun
    assert said("Mayor Jane Roe sees Poland as a partner.", "cue") == []


def test_a_reply_told_by_how_it_was_made_gives_no_words():
    # "responded with strikes", "replied in kind": an act, no words given
    for text in (
        "General Abdel Fattah al-Burhan responded with air strikes on Omdurman.",
        "Senator Ana Lopez responded in kind.",
        "Minister Jane Roe responded as if the question had insulted her.",
    ):
        assert said(text, "cue") == [], text


def test_a_reply_that_gives_its_words_stands():
    got = said(
        "Minister Jane Roe responded to the report by saying it was fabricated.", "name", "cue"
    )
    assert got == [("Jane Roe", "responded")]
    got = said('Minister Jane Roe responded in writing: "We have nothing to hide."', "name", "kind")
    assert got == [("Jane Roe", "direct")]
    got = said("Minister Jane Roe replied that the talks would go on.", "name", "cue")
    assert got == [("Jane Roe", "replied")]


BRIEFING = """Source: https://example.org/briefing (Press briefing, written for these tests)
Date: 2024-02-27

Press Briefing by the Spokesperson

MS DOE: Good afternoon. Ukraine will receive more air defence systems this week.
QUESTION: Is Hungary going to agree to the package?
MS DOE: We believe Hungary will support it in the end.

Q Can you say whether Serbia has recognized Kosovo?

MS DOE: I have nothing new on that.
QUESTION: The Polish foreign minister said today that Poland will send more tanks.
"""


def test_a_question_in_a_questioners_turn_reports_no_words():
    got = said(BRIEFING, "cue", "content")
    assert all(c not in ("agree", "say") for c, _ in got), got
    assert ("said", "Poland will send more tanks") in got  # a questioner's telling stays


def test_a_finding_verb_with_a_reflexive_object_tells_no_finding():
    # "found itself isolated": the subject's own plight, nobody's finding
    for text in (
        "The Ethiopian government found itself isolated after the ceasefire collapsed.",
        "President Jane Roe found herself under pressure from Niger and Chad.",
        "The rebels soon found themselves surrounded near Goma.",
    ):
        assert said(text, "cue") == [], text
    got = said("Amnesty International found that Eritrean troops had looted Adigrat.", "cue")
    assert got == [("found",)]
