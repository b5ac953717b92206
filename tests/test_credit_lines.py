"""A reporter's credit line reports no words (texts written for these tests)."""

from __future__ import annotations

from said import said


def _said(text: str) -> list[tuple]:
    return said(text, "name", "cue", "content")


def test_a_reporter_s_credit_line_reports_nothing():
    assert _said("Jane Roe reported from Buenos Aires.") == []
    assert _said("Tom Reyes reported from Nairobi, Kenya; Ana Lopez, from Kampala.") == []
    got = _said("The agency reported from its field office that the dam had failed.")
    assert [c for _, c, _ in got] == ["reported"]
    got = _said('"The dam will hold," Jane Roe said from Buenos Aires.')
    assert [c for _, c, _ in got] == ["said"]
