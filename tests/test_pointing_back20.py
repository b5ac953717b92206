"""Words that point back to what was named before (issue 23): ``them`` for the state's body
the sentence before is about, and the elliptic ``as`` clause after it; a definite ``the
tensions between A and B`` under a modal names tensions that are there. Sentences written
for these tests, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit

BRIEFING = (
    "Source: https://www.state.gov/briefings/x (U.S. Department of State, press briefing; "
    "public domain)\nDate: 2024-05-01\n\nDepartment Press Briefing\n\n"
    "MR MILLER: {first} We are in close contact with them, as we are with the Government "
    "of Peru, which has been hosting the talks.\n"
)


def test_them_after_a_sentence_about_a_state_s_cabinet_is_that_state():
    found = edges(BRIEFING.format(first="The Chilean cabinet is meeting on the proposal now."))
    assert {("CHL", "USA", "+"), ("PER", "USA", "+")} <= found


def test_them_after_a_sentence_naming_other_plural_nouns_is_not_the_state():
    text = BRIEFING.format(first="The Chilean cabinet is meeting the families of the sailors.")
    found = edges(text)
    assert ("CHL", "USA", "+") not in found
    assert ("PER", "USA", "+") in found  # the elliptic clause still names Peru


def test_them_after_a_person_is_no_state():
    text = BRIEFING.format(first="Chilean President Gabriel Boric will speak tonight.")
    ev = alignkit.analyze_text(text).events
    contact = ev[ev["trigger"] == "in close contact"]
    assert sorted(contact["target_country"]) == ["PER"]


@pytest.mark.parametrize(
    "text",
    [
        "Could the drought have fed the tensions between Chad and Niger?",
        "Analysts say the vote may deepen the dispute between Chad and Niger.",
        "QUESTION: Are you worried the border closure might worsen the escalation between Chad "
        "and Niger?",
    ],
)
def test_a_standing_conflict_named_definite_under_a_modal_is_presupposed(text):
    # what may happen is done to the tensions; "the tensions between A and B" are there now
    assert ("NER", "TCD", "-") in edges(text)


def test_a_conflict_that_may_come_is_not_there_yet():
    assert ("NER", "TCD", "-") not in edges("Chad and Niger could soon fall into a dispute.")
