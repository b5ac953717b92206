"""Classes of English reporting that lost or misplaced a speaker: a crowd's participle
clause (``Protesters blocked the road, accusing the mayor of ...``), a sentence opener
before a full name (``But Ana Ferreira, ...``), a surname that is a title word (``Tom
King``), a role noun with ``of`` after an inverted cue (``said master of ceremonies Jane
Roe``) and digest lines ``Gov. Jane Roe: "..."``. Sentences written for these tests."""

from __future__ import annotations

import pytest
from said import said


def _said(text: str) -> list[tuple]:
    return said(text, "name", "cue", "content")


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            "Protesters in Porto blocked the bridge on Monday, accusing Mayor Rui Lopes of "
            "selling the harbor.",
            "Protesters",
            "Mayor Rui Lopes of selling the harbor",
        ),
        (
            "The demonstrators marched to the palace, demanding that President Ilse Varga resign.",
            "demonstrators",
            "President Ilse Varga resign",
        ),
    ],
)
def test_a_participle_after_a_comma_speaks_for_the_clause_subject_not_its_object(
    text, speaker, content
):
    got = _said(text)
    assert [(n, x) for n, _, x in got] == [(speaker, content)]


def test_a_participle_never_inverts_to_take_its_object_as_speaker():
    got = _said("Fishing boats crowded the port of Vigo, accusing Minister Ana Soto of neglect.")
    assert all(n != "Ana Soto" for n, _, _ in got)


def test_a_sentence_opener_before_a_full_name_leaves_the_name_whole():
    text = (
        "Union Vote\n\nBut Ana Ferreira, a longtime union organizer, drafted the plan.\n\n"
        '"The plan works," said Ferreira, adding that the vote would be close.'
    )
    got = _said(text)
    assert [(n, c) for n, c, _ in got] == [("Ana Ferreira", "said"), ("Ana Ferreira", "adding")]


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
    assert [n for n, _, _ in got] == ["Abdullah II"]  # the codebook's name, not the title and name


@pytest.mark.parametrize(
    "text, name",
    [
        (
            '"Welcome to our new neighbors," said master of ceremonies Lena Ortiz, a baker.',
            "Lena Ortiz",
        ),
        ('"We are proud of the result," said head of research Omar Haddad.', "Omar Haddad"),
    ],
)
def test_a_role_noun_with_of_before_a_name_after_an_inverted_cue(text, name):
    assert [n for n, _, _ in _said("Festival\n\nThe fair opened.\n\n" + text)] == [name]


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


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Ortega called Lopez a fascist on Monday.", "Ortega", "Lopez a fascist"),
        (
            "The minister called the plan reckless and dangerous.",
            "minister",
            "the plan reckless and dangerous",
        ),
        ("Mayor Ana Ruiz calls the tax a gift.", "Ana Ruiz", "the tax a gift"),
    ],
)
def test_calling_something_a_judgement_is_a_statement_without_quotes(text, speaker, content):
    assert [(n, x) for n, _, x in _said("Talks\n\n" + text)] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Ortega called snap elections for October.",
        "She called him on Sunday to discuss the plan.",
        "The sailors called the ship the Northern Star.",
    ],
)
def test_calling_with_no_judging_predicate_says_nothing(text):
    assert _said("Talks\n\n" + text) == []


def test_a_statement_issued_or_released_is_the_issuers_words():
    got = _said(
        "Talks\n\nThe Foreign Ministry issued a statement saying the border would stay closed."
    )
    assert got == [("Foreign Ministry", "issued a statement", "the border would stay closed")]
    got = _said('Talks\n\nMayor Ana Ruiz released a statement: "We will rebuild."')
    assert got == [("Ana Ruiz", "released a statement", '"We will rebuild."')]


def test_touting_a_record_is_a_statement():
    got = _said("Talks\n\nGovernor Ana Ruiz touted the new bridge.")
    assert got == [("Ana Ruiz", "touted", "the new bridge")]
    assert _said("Talks\n\nThe army countered the attack.") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Nine in 10 registered voters in Chile say they trust the mayor.", "voters"),
        ("Large majorities of rural voters in the north said they back the dam.", "voters"),
        ("One in four respondents said taxes should rise.", "respondents"),
    ],
)
def test_a_share_or_a_ratio_of_a_group_speaks_as_the_group(text, speaker):
    assert [n for n, _, _ in _said("Poll\n\n" + text)] == [speaker]


def test_a_headline_opening_with_an_untagged_name_and_a_colon_gives_that_persons_words():
    text = "Ann Roe: Vote Early, Vote Often\n\nThe senator told a crowd to vote. Roe spoke."
    assert ("Ann Roe", ":", "Vote Early, Vote Often") in _said(text)
    text = "EXCLUSIVE – Ann Roe: Vote Early\n\nThe senator spoke in Lyon. Roe took questions."
    assert ("Ann Roe", ":", "Vote Early") in _said(text)


def test_a_headline_opening_with_a_newspapers_name_gives_no_persons_words():
    text = "Bay Herald: Vote Early\n\nThe paper urged readers to vote. The Herald spoke for many."
    assert all(c != ":" for _, c, _ in _said(text))


def test_a_questioners_label_is_nobodys_even_when_tagged():
    text = (
        "Interview\n\nQ: Is the Q group behind it?\n\nMAYOR ROE: No. Q is not behind it.\n\n"
        "Q: Are you sure?\n\nMAYOR ROE: Yes."
    )
    assert all(n != "Q" for n, _, _ in _said(text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Three former employees of the mill said the owners knew.", "employees"),
        ("Teachers said the strike would go on until May.", "Teachers"),
        ("Liverpool fans told the paper the club had let them down.", "Liverpool fans"),
    ],
)
def test_people_of_a_trade_or_a_side_speak_as_a_group(text, speaker):
    assert [n for n, _, _ in _said("Mill\n\n" + text)] == [speaker]


def test_unnamed_commentators_stay_the_writers_summary():
    assert _said("Mill\n\nCritics said the owners knew.") == []


def test_a_surname_in_ly_before_a_cue_is_the_speaker_not_an_adverb():
    text = (
        "Senate Race\n\nMayor Ruth Jolly hopes to win the seat.\n\n"
        "Jolly said she would fund the ferry."
    )
    assert ("Ruth Jolly", "said", "she would fund the ferry") in _said(text)


def test_the_clause_before_a_speaker_whose_cue_a_participle_follows_is_what_was_said():
    text = 'Talks\n\nThe bridge will open soon, Mayor Ann Roe said, adding, "It is a good day."'
    assert _said(text) == [
        ("Ann Roe", "said", "The bridge will open soon"),
        ("Ann Roe", "adding", '"It is a good day."'),
    ]
