"""Direct quotations paired with their cue in the standard news patterns (texts written
for these tests: other wars, other outlets' styles)."""

from __future__ import annotations

import alignkit
from alignkit.reading.quotations import quotations


def _rows(text: str) -> list[tuple[str, str, str]]:
    st = alignkit.analyze_text(text).statements
    return list(zip(st["speaker"], st["content"], st["kind"], strict=True))


def test_a_quote_over_several_sentences_is_one_direct_statement():
    text = (
        'The talks in Jeddah broke down on Sunday. "We came with an offer. They refused it, '
        'and the fighting goes on," Sudanese envoy Omar Salih said. "We will return."'
    )
    rows = _rows(text)
    assert rows[0] == (
        "omar-salih",
        '"We came with an offer. They refused it, and the fighting goes on,"',
        "direct",
    )
    assert rows[1] == ("omar-salih", '"We will return."', "direct")


def test_a_quote_over_several_paragraphs_is_one_quotation():
    text = (
        "Colombia's defence minister Ana Ruiz said: “The guerrillas broke the truce.\n"
        "“We will answer in kind, and soon.”\n"
        "The army did not comment."
    )
    assert [text[a:b] for a, b in quotations(text)] == [
        "“The guerrillas broke the truce.\n“We will answer in kind, and soon.”"
    ]
    rows = _rows(text)
    assert [(r[1], r[2]) for r in rows] == [
        ("“The guerrillas broke the truce.\n“We will answer in kind, and soon.”", "direct")
    ]


def test_said_then_a_titled_name_after_the_quote():
    text = (
        '"The border villages are empty now," said Armenian rights monitor Lilit Sargsyan. '
        "“No one is coming back,” said Army Col. Tigran Hakobyan."
    )
    rows = _rows(text)
    assert [(r[0], r[2]) for r in rows] == [
        ("lilit-sargsyan", "direct"),
        ("tigran-hakobyan", "direct"),
    ]


def test_said_at_the_head_of_the_sentence():
    rows = _rows('The port was shelled again. Said Maria Lopez, "We have nowhere to go."')
    assert rows == [("maria-lopez", '"We have nowhere to go."', "direct")]


def test_a_title_in_quotes_is_no_quotation_of_the_speaker():
    text = 'Speaking on "Meet the Press," Senator Ann Doe said the aid package would pass.'
    rows = _rows(text)
    assert rows == [("ann-doe", "the aid package would pass", "indirect")]


def test_a_phrase_quoted_inside_a_sentence_is_not_the_next_cues_content():
    text = 'Ana Ruiz called the ceasefire "a sham" and said the army would advance.'
    rows = _rows(text)
    assert ("ana-ruiz", "the army would advance", "indirect") in rows


def test_a_quote_ending_its_sentence_then_the_speaker_and_cue():
    text = (
        "“The ceasefire will not hold. The militias are rearming.” Mali analyst Boubacar "
        "Diallo said.\n"
        '"Will anyone stop them?" Diallo asked, shaking his head.'
    )
    rows = _rows(text)
    assert rows == [
        (
            "boubacar-diallo",
            "“The ceasefire will not hold. The militias are rearming.”",
            "direct",
        ),
        ("boubacar-diallo", '"Will anyone stop them?"', "direct"),
    ]


def test_a_speaker_after_a_quote_that_ends_with_a_full_stop_takes_no_other_clause():
    rows = _rows('"We will win." Jane Roe said the polls were wrong.')
    assert rows == [("jane-roe", "the polls were wrong", "indirect")]


def test_according_to_a_poll_is_the_pollster_speaking():
    an = alignkit.analyze_text(
        "Labour leads the Conservatives by 12 points, according to a YouGov poll "
        "released Monday. According to Gallup, voters are tired."
    )
    st = an.statements
    assert list(zip(st["speaker"], st["cue"], strict=True)) == [
        ("yougov", "according to"),
        ("gallup", "According to"),
    ]
    types = dict(zip(an.actors["actor"], an.actors["type"], strict=True))
    assert types["yougov"] == "organization"


def test_a_thing_named_with_a_quotation_is_the_namers_direct_statement():
    text = (
        'Kenyan opposition leader Raila Odinga called the election result "a coup." '
        "Odinga called his supporters in Kisumu on Monday."
    )
    rows = _rows(text)
    assert rows == [("raila-odinga", '"a coup."', "direct")]


def test_he_after_a_long_quotation_is_the_person_named_before_it():
    text = (
        "Kenyan opposition leader Raila Odinga addressed the crowd in Kisumu.\n"
        '"The count was stolen. We have the forms. We will go to court. We will win there," '
        "he said.\n"
        "Police watched from the road."
    )
    rows = _rows(text)
    assert rows == [
        (
            "raila-odinga",
            '"The count was stolen. We have the forms. We will go to court. We will win there,"',
            "direct",
        )
    ]


def test_a_headline_opening_with_a_persons_name_and_a_colon_gives_their_words():
    text = (
        "Odinga: The Count Was Stolen and We Will Go to Court\n\n"
        "Kenyan opposition leader Raila Odinga spoke in Kisumu on Monday.\n"
    )
    rows = _rows(text)
    assert rows == [("raila-odinga", "The Count Was Stolen and We Will Go to Court", "indirect")]
    assert _rows("Editor's note: this story was updated.\n\nJane Roe left Kisumu.") == []


def test_a_question_quoted_then_the_speaker_said_to_an_audience():
    text = (
        '"Who will pay for the dams?" Ethiopian minister Abebe Tadesse said to a crowd in '
        'Bahir Dar. "We will," he added.\n'
        '"We agreed." Tadesse said in Addis Ababa that the talks were over.'
    )
    rows = _rows(text)
    assert rows[0] == ("abebe-tadesse", '"Who will pay for the dams?"', "direct")
    assert ("abebe-tadesse", "the talks were over", "indirect") in rows


def test_a_quotation_glued_to_its_cue_by_a_comma_is_the_subjects_direct_quote():
    # no space after the comma: spaCy, whose tokens the kit keeps, leaves 'said,“The' one token
    an = alignkit.analyze_text(
        "Tomas Varga, the harbour master, said,“The ferries will not sail until the mines "
        "are cleared. Nobody will risk it.”"
    )
    rows = an.statements[["speaker", "cue", "content", "kind"]].values.tolist()
    assert rows == [
        [
            "tomas-varga",
            "said",
            "“The ferries will not sail until the mines are cleared. Nobody will risk it.”",
            "direct",
        ]
    ]


def test_a_quotation_glued_to_a_word_that_is_no_cue_speaks_for_no_one():
    an = alignkit.analyze_text('Tomas Varga painted the wall,"Open" and "Closed" on the doors.')
    assert an.statements.empty


def test_a_quotation_over_paragraphs_cut_before_its_closing_mark_runs_to_the_end():
    # a copy cut before the last closing mark: each paragraph opens with a mark
    text = (
        "Kenya Statement on Somalia\n\nDefence Minister Amina Odhiambo said:\n\n"
        "\u201cThe raid on the market in Baidoa killed twelve traders.\n\n"
        "\u201cI urge Ethiopia and Somalia to open the border crossings."
    )
    got = alignkit.analyze_text(text).statements
    assert got["content"].str.contains("I urge Ethiopia").any()
    assert set(got["speaker"]) == {"amina-odhiambo"}


def test_an_unpaired_mark_before_an_unquoted_paragraph_is_no_quotation():
    text = 'A "mark left open.\n\nThe next paragraph has none.\n\n"Nor this one.'
    assert quotations(text) == []
