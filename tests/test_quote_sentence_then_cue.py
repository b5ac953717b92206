"""A quotation that ends with its own '!', '?' or full stop, then a sentence that is only
its speaker and a cue that needs a quotation ('"Not one more day!" Jane Roe shouted.')
(texts written for these tests)."""

from __future__ import annotations

from said import said


def test_a_manner_cue_after_a_quotation_that_is_a_sentence_of_its_own():
    got = said('"Not one more day!" Ana Lopez shouted.', "name", "cue", "content")
    assert got == [("Ana Lopez", "shouted", '"Not one more day!"')]
    got = said('"Is this the deal we were promised?" Tom Reyes wondered.', "name", "cue")
    assert got == [("Tom Reyes", "wondered")]


def test_a_cue_far_into_a_sentence_after_a_quotation_needs_its_own_quotation():
    text = '"We stay!" The crowd outside the town hall in Leeds shouted for an hour.'
    assert [c for _, c in said(text, "name", "cue")] == []
