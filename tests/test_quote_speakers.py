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


FAR = """Harbour master Tomas Varga said the ferries would stop on Friday.

The port has been shut since March. The navy laid mines off the coast in April. The
insurers left the city. Fuel prices doubled. Schools closed early.

He added, “Nobody will risk a crossing until the mines are gone.”

“We have waited long enough,” he said."""


def test_he_far_from_any_person_is_the_man_who_spoke_last():
    an = alignkit.analyze_text(FAR)
    rows = an.statements[["speaker", "cue", "content"]].values.tolist()
    assert [
        "tomas-varga",
        "added",
        "“Nobody will risk a crossing until the mines are gone.”",
    ] in rows
    assert ["tomas-varga", "said", "“We have waited long enough,”"] in rows


def test_continued_after_a_quotation_reports_it():
    text = (
        "“The ceasefire holds in the north,” Tomas Varga said on Tuesday.\n\n"
        "“But in the south the shelling goes on,” he continued. “Nobody is safe there.”"
    )
    rows = alignkit.analyze_text(text).statements[["speaker", "cue", "content"]]
    assert ["tomas-varga", "continued", "“But in the south the shelling goes on,”"] in (
        rows.values.tolist()
    )


def test_continued_with_no_quotation_reports_nothing():
    text = "Tomas Varga said the talks failed. The shelling continued through the night."
    assert alignkit.analyze_text(text).statements["cue"].tolist() == ["said"]


def test_a_space_before_the_closing_mark_keeps_the_pronoun_cue():
    text = (
        "Senator Tomas Varga said the law would pass.\n\n"
        "“I regret that. I regret having listened to that advice, ” he said."
    )
    rows = alignkit.analyze_text(text).statements[["speaker", "content"]].values.tolist()
    assert ["tomas-varga", "“I regret that. I regret having listened to that advice, ”"] in rows


def test_he_after_a_lead_in_clause_speaks_the_quotation_after_his_cue():
    text = (
        "Tomas Varga said trade would grow. The crowd cheered. Prices fell. Nothing moved. "
        "Rain came.\n\nConceding that a deal was likely he warned: “It will not come soon.”"
    )
    rows = alignkit.analyze_text(text).statements[["speaker", "cue", "content"]]
    assert ["tomas-varga", "warned", "“It will not come soon.”"] in rows.values.tolist()


def test_a_quote_paragraph_after_a_lead_in_is_its_speakers():
    import alignkit

    text = (
        "Chadian forces shelled the camps, the army said.\n\n"
        "Army spokeswoman Jane Roe confirmed the attack on Tuesday.\n\n"
        '"Yes, it is true. There is a joint operation going on this morning."\n\n'
        "The militants have been fighting since 1996."
    )
    an = alignkit.analyze_text(text)
    quotes = an.statements[an.statements["content"].str.startswith('"Yes')]
    assert quotes["speaker"].tolist() == ["jane-roe"]
    # the quotation is one statement, and the next paragraph is no one's
    assert not an.statements["content"].str.contains("militants").any()
