"""Classes of English reporting that lost or misplaced a speaker: a crowd's participle
clause (``Protesters blocked the road, accusing the mayor of ...``), a sentence opener
before a full name (``But Ana Ferreira, ...``), a surname that is a title word (``Tom
King``), a role noun with ``of`` after an inverted cue (``said master of ceremonies Jane
Roe``) and digest lines ``Gov. Jane Roe: "..."``. Sentences written for these tests."""

from __future__ import annotations

import pytest

import alignkit


def _said(text: str) -> list[tuple[str, str, str]]:
    an = alignkit.analyze_text(text)
    names = dict(zip(an.actors["actor"], an.actors["name"], strict=True))
    st = an.statements
    rows = zip(st["speaker"], st["cue"], st["content"], strict=True)
    return [(names[s], c, x) for s, c, x in rows]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rep. Tom King said the harbor bill would pass next week.", "Tom King"),
        ("Mary Judge, who chairs the panel, said the vote was fair.", "Mary Judge"),
        ('"We have the votes," said Anna Bishop, a council member.', "Anna Bishop"),
    ],
)
def test_a_surname_that_is_a_title_word_ends_the_name(text, name):
    assert [n for n, _, _ in _said(text)] == [name]


def test_a_title_word_after_a_demonym_stays_a_title():
    got = _said("The Dutch King said the border would stay open.")
    assert [n for n, _, _ in got] == ["Netherlands"]
    got = _said("Jordanian King Abdullah said the border would stay open.")
    assert [n for n, _, _ in got] == ["King Abdullah"]


def test_a_digest_line_quotes_the_named_person_and_ends_at_its_paragraph():
    text = (
        "Reactions to the budget\n\nLawmakers reacted to the budget on Tuesday.\n\n"
        'Gov. Peter Walsh: "We finally balanced the books."\n\n'
        "Mayor Ruth Okafor: “The city gets nothing.”\n\n"
        "The vote is expected next week."
    )
    got = _said(text)
    assert got == [
        ("Peter Walsh", ":", '"We finally balanced the books."'),
        ("Ruth Okafor", ":", "“The city gets nothing.”"),
    ]
