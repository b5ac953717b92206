"""Statements and actors on texts the kit was not tuned on (issue 20, eighth session): each
class of miss seen on the readable conflict texts and PolNeAR, on sentences written for
these tests (other wars, other outlets)."""

from __future__ import annotations

from said import said


def _said(text: str) -> list[tuple]:
    return said(text, "name", "cue", "content")


def test_a_pronoun_after_a_quotation_is_no_one_the_quotation_names():
    text = (
        "Talks\n\nThe spokesman of the opposition delegation, Tomas Herrera, said the meeting"
        ' was a good sign.\n\n"We hope that our leaders, Dr. Maduro and Juan Guaidó, will meet'
        ' soon," he said.'
    )
    assert [n for n, c, _ in _said(text) if c == "said"] == ["Tomas Herrera"] * 2
    got = _said('Talks\n\nPaul Kagame walked out. "Ruto is lying and Museveni knows it," he said.')
    assert [n for n, c, _ in got if c == "said"] == ["Paul Kagame"]


def test_a_pronoun_opening_the_next_sentence_continues_the_narrated_speaker():
    got = _said('Talks\n\n"Kiir is lying," Machar said on Sunday. He added that talks were over.')
    assert [(n, c) for n, c, _ in got] == [("Machar", "said"), ("Machar", "added")]


def test_a_pronoun_inside_a_quotation_may_still_be_someone_it_names():
    got = _said('Talks\n\n"We met Ruto on Monday and he promised troops," Kagame said.')
    assert [(n, c) for n, c, _ in got] == [("William Ruto", "promised"), ("Paul Kagame", "said")]
