"""Actors and statements on other wars (issue 20): titles the codebook lacked, a state's
other spelling, people introduced by a long title and a comma. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import alignkit


def _people(text: str) -> dict[str, str]:
    an = alignkit.analyze_text(text)
    return {r.name: r.country for r in an.actors.itertuples() if r.type == "person"}


def _speakers(text: str) -> list[tuple[str, str]]:
    an = alignkit.analyze_text(text)
    t = an.article.text
    return [(r.speaker, t[r.cue_start : r.cue_end]) for r in an.statements.itertuples()]


def test_a_capital_d_spelling_of_cote_divoire_is_the_state():
    an = alignkit.analyze_text("Cote D'Ivoire and Ghana signed a border accord.")
    rows = {r.actor: r.type for r in an.actors.itertuples()}
    assert rows.get("CIV") == "country"
    assert "person" not in rows.values()


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Aid groups pressed State Counsellor Aung San Suu Kyi to open Rakhine.",
            "Aung San Suu Kyi",
        ),
        ("Beijing sent State Councilor Lin Feng to the summit in Vientiane.", "Lin Feng"),
        ("State Secretary Lena Vogt flew to Chisinau on Monday.", "Lena Vogt"),
    ],
)
def test_state_titles_introduce_a_person(text, name):
    people = _people(text)
    assert name in people
    assert not any(n.startswith("State") for n in people)


@pytest.mark.parametrize(
    "rank",
    ["Chief Warrant Officer 3", "Sgt. 1st Class", "Petty Officer 2nd Class", "Staff Sgt."],
)
def test_a_graded_military_rank_leads_to_the_speaker(rank):
    text = f"“The convoy reached the border before dawn,” said {rank} Dana Whitfield."
    assert ("dana-whitfield", "said") in _speakers(text)
    assert "Dana Whitfield" in _people(text)
