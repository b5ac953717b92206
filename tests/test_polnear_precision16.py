"""Statement precision on sentences of our own (issue 20): cue words and turns that report
no words must not be read as statements."""

from __future__ import annotations

from alignkit import analyze_text
from alignkit.reading.turns import find_turns

_INTERVIEW = """Former envoy Maria Ortega talks about the war in Yemen

Former U.N. envoy Maria Ortega spent six years mediating between the warring sides. \
Questions and answers have been edited for length.

QWhy did the ceasefire in Hodeidah collapse?

A: Because neither side trusted the monitors. I think the rebels saw the truce as a pause.

QThe Saudi government says it wants a settlement. Do you believe it?

A: I do. Riyadh is tired of this war, and the cost has been enormous.
"""


def _contents(text: str) -> list[str]:
    an = analyze_text(text)
    return [
        text[int(r["content_start"]) : int(r["content_end"])]
        for r in an.statements.to_dict("records")
    ]


def test_glued_question_label_is_not_part_of_the_answer():
    contents = _contents(_INTERVIEW)
    assert not any("Do you believe" in c for c in contents)
    assert any("Riyadh is tired of this war" in c for c in contents)
    assert any("neither side trusted the monitors" in c for c in contents)


def test_a_line_opening_with_a_glued_capital_is_no_question_without_answer_lines():
    text = (
        "Rally in Ohio\n\nQAnon followers gathered outside the courthouse.\n\n"
        "QAnon banners were seen again on Sunday.\n\nPolice said the crowd left peacefully."
    )
    assert find_turns(text) == []
    assert any("the crowd left peacefully" in c for c in _contents(text))


def test_when_asked_is_no_statement_of_the_one_asked():
    text = (
        "Ceasefire holds in Tigray\n\n"
        '"We will not give up our land," Ethiopian Prime Minister Abiy Ahmed told state '
        "television when asked about the Eritrean troops.\n\n"
        "The Kenyan president smiled but said nothing if pressed on the refugees.\n"
    )
    an = analyze_text(text)
    cues = [text[int(r["cue_start"]) : int(r["cue_end"])] for r in an.statements.to_dict("records")]
    assert "asked" not in cues and "pressed" not in cues
    assert "told" in cues


def test_quote_before_when_asked_keeps_its_own_end():
    text = (
        "Border talks\n\n"
        'Indian Foreign Minister Subrahmanyam Jaishankar had earlier said "We will see," when '
        "asked whether New Delhi would send troops.\n"
    )
    an = analyze_text(text)
    rows = an.statements.to_dict("records")
    assert [text[int(r["content_start"]) : int(r["content_end"])] for r in rows] == [
        '"We will see,"'
    ]
    assert rows[0]["kind"] == "direct"
