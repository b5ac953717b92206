"""A quotation, then its speaker's name with an appositive, then the cue ('"...," Ana
Lopez, a union official, said'): the surface rules read the name across the comma as they
do after a comma (texts written for these tests)."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize("backend", ["surface", "parse"])
def test_a_name_right_after_a_quotation_speaks_across_its_appositive(monkeypatch, backend):
    monkeypatch.setenv("ALIGNKIT_SYNTAX", backend)
    got = said("“The harvest was poor,” Ana Lopez, a farm union official, said on Monday.",
               "name", "cue", "kind")  # fmt: skip
    assert got == [("Ana Lopez", "said", "direct")]
    got = said('"We will appeal," Ana Lopez, a farm union official, told reporters.',
               "name", "cue", "kind")  # fmt: skip
    assert got == [("Ana Lopez", "told", "direct")]
