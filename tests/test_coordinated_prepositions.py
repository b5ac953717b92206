"""A trigger's preposition repeated after "and" names more of its parties: "grateful to
Kenya for leading the mission, and to Benin and Chad for pledging personnel". Sentences
written for issue 23, none taken from a corpus text."""

from __future__ import annotations

from signed_edges import edges

SPEECH = (
    "Source: https://usun.usmission.gov/x/ (U.S. Mission to the United Nations; public domain)\n"
    "Date: 2024-04-22\n\nRemarks at a Security Council briefing\n\n"
    "We are grateful to Kenya for its willingness to lead the mission, "
    "and to Benin, Chad and the Bahamas for pledging personnel.\n"
)


def test_the_same_preposition_after_and_names_more_parties():
    found = edges(SPEECH)
    assert {("KEN", "USA", "+"), ("BEN", "USA", "+"), ("TCD", "USA", "+"),
            ("BHS", "USA", "+")} <= found  # fmt: skip


def test_another_clause_after_a_semicolon_is_not_read():
    text = SPEECH.replace(", and to Benin, Chad and the Bahamas for pledging personnel.",
                          "; and to Benin we say nothing.")  # fmt: skip
    assert ("BEN", "USA", "+") not in edges(text)


def test_coordinated_possessives_are_each_a_party():
    speech = SPEECH.replace(
        "We are grateful to Kenya for its willingness to lead the mission, "
        "and to Benin, Chad and the Bahamas for pledging personnel.",
        "We appreciate Kenya's and Angola's leadership of these processes.",
    )
    assert {("AGO", "USA", "+"), ("KEN", "USA", "+")} <= edges(speech)
