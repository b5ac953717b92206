"""A described speaker after an inverted cue (``"...," said the woman``) and a cue that
closes its clause after a quotation and a noun phrase (``"...," the banner read``): texts
written for these tests."""

from __future__ import annotations

from said import said


def _said(text: str) -> list[tuple]:
    return said(text, "name", "cue", "content")


def test_any_noun_after_an_inverted_cue_beside_a_quotation_speaks():
    got = _said('"The harbor will reopen in May," said the woman, who did not give her name.')
    assert got == [("woman", "said", '"The harbor will reopen in May,"')]
    got = _said('"Is the harbor open?" asked a 70-year-old fisherman.')
    assert [n for n, _, _ in got] == ["70-year-old fisherman"]


def test_a_time_after_an_inverted_cue_is_no_speaker():
    assert _said('"The harbor will reopen in May," said the next day.') == []


def test_a_cue_taken_for_a_noun_after_a_quotation_is_a_verb():
    got = _said('Protesters carried banners. "Hands off Taiwan," the banner read.')
    assert got == [("banner", "read", '"Hands off Taiwan,"')]
    got = _said('"We will strike until the mines reopen," the union\'s statement read.')
    assert [(n, c) for n, c, _ in got] == [("union's statement", "read")]


def test_a_noun_cue_without_a_quotation_is_still_a_noun():
    assert _said("The banner read was unclear to the crowd.") == []


def test_one_of_a_group_is_named_by_the_group_not_by_of():
    got = _said(
        '"The harbor will reopen in May," said one of the advisers, who asked not to be named.'
    )
    assert [n for n, _, _ in got] == ["advisers"]
    got = _said('"The harbor will reopen in May," one of his oldest friends said.')
    assert [n for n, _, _ in got] == ["oldest friends"]


def test_a_double_space_around_an_inverted_cue_is_no_break():
    got = _said("The two ministers met in Oslo. They ''actually got along,''  said Ilse Varga.")
    assert [(n, c) for n, c, _ in got] == [("Ilse Varga", "said")]
    got = _said('"The talks went nowhere,"  said  a senior aide.')
    assert got == [("senior aide", "said", '"The talks went nowhere,"')]


def test_according_to_a_counted_source_or_past_a_double_space():
    got = _said("The rebels hold the airport, according to three intelligence sources.")
    assert got == [("three intelligence sources", "according to", "The rebels hold the airport")]
    got = _said("The rebels hold the airport, according to  spokesman Amadou Diallo.")
    assert [n for n, _, _ in got] == ["Amadou Diallo"]
    assert _said("The ferry left at noon, according to plan.") == []


def test_a_question_quoted_before_its_speaker_is_what_was_said():
    got = _said('"Will the talks resume, who knows?" Varga told Kenyan television in an interview.')
    assert got == [("Varga", "told", '"Will the talks resume, who knows?"')]
    got = _said('"Why?" Varga asked the crowd, adding that the talks had failed.')
    assert got == [("Varga", "asked", '"Why?"'), ("Varga", "adding", "the talks had failed")]


def test_a_pronoun_after_words_naming_a_person_is_not_that_person():
    text = (
        "President Juan Perez spoke to the press in Lima. He thanked the navy for freeing "
        "Chilean hostage Mateo Lopez. Seeing Mateo back with his family was a joy, he added."
    )
    assert said(text, "speaker", "cue")[-1] == ("juan-perez", "added")
    text = 'President Juan Perez spoke first. "Mateo Lopez is a brave man," he said.'
    assert said(text, "speaker", "cue") == [("juan-perez", "said")]
