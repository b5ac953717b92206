"""More manners of speaking that report words only beside a quotation: fumed, cautioned,
whispered, opined, pressed... (texts written for these tests)."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize("verb", ["fumed", "cautioned", "whispered", "opined", "recounted"])
def test_a_manner_beside_a_quotation_reports_it(verb):
    got = said(f'"The ferry will not run again," Mayor Jane Roe {verb}.', "name", "cue", "kind")
    assert got == [("Jane Roe", verb, "direct")]


@pytest.mark.parametrize(
    "text",
    ["Mayor Jane Roe pressed the button twice.", "Mayor Jane Roe recounted the ballots."],
)
def test_a_manner_without_a_quotation_reports_nothing(text):
    assert said(text, "cue") == []
