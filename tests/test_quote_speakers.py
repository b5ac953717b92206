"""A quotation's pronoun speaker continues the person who spoke last, and the subject of
a passive cue is the one spoken to (texts written for these tests)."""

from __future__ import annotations

import alignkit

TEXT = """Senator Ana Ruiz spoke in Lima on Monday.

“We will fund the clinics,” the senator said. “Every town will get one.”

The budget is tight this year. The treasury has warned of cuts to the rural roads plan.

“It is not a luxury to see a doctor,” she said."""


def test_he_or_she_after_a_quotation_is_the_person_who_spoke_last():
    an = alignkit.analyze_text(TEXT)
    rows = an.statements[["speaker", "content"]].values.tolist()
    assert ["ana-ruiz", "“It is not a luxury to see a doctor,”"] in rows


def test_the_subject_of_a_passive_cue_does_not_speak():
    for text in (
        "Ana Ruiz was asked about the cost of the clinics in Lima.",
        "Mayor Luis Paz of Lima was told that the clinics had closed.",
    ):
        assert alignkit.analyze_text(text).statements.empty, text
    an = alignkit.analyze_text("Peru is deeply concerned about the clinics in Bolivia.")
    assert an.statements["speaker"].tolist() == ["PER"]


def test_a_title_line_with_a_full_stop_opening_with_a_name_gives_its_words():
    text = (
        "Ana Ruiz: Clinics in the Andes Will Stay Open.\n\n"
        "LIMA — Senator Ana Ruiz said on Monday that the clinics would stay open."
    )
    rows = alignkit.analyze_text(text).statements[["speaker", "cue", "content"]]
    assert rows.values.tolist()[0] == ["ana-ruiz", ":", "Clinics in the Andes Will Stay Open"]
    body = "LIMA — Ana Ruiz: the clinics would stay open, she said on Monday in Cusco."
    assert ":" not in set(alignkit.analyze_text(body + "\n\nShe spoke.").statements["cue"])
